/** Held-out judgement set 25, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases25: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's25-grid-asterisk-tabs-prospects-across',
    why: 'kind 1: tab-separated chart, prospects across the top and grades down the side; the asterisk is in the Fair row under Promising; the summary also mentions an ambition to be excellent and poor morale',
    pages: [
`Audit Commission
Best Value Inspection Service

Information and Communications
Technology Services

Castlebridge Borough Council

February 2003`,
`Castlebridge Borough Council – ICT Services\t2

Summary
The ICT unit supports around 1,600 staff at 31 sites. It runs the corporate
network and desktop support, and has a small applications team of nine. The
council aims to become an excellent, three-star service by 2005. Morale in the
applications team is poor after two restructures in eighteen months.

Scoring the service
We have assessed the service against the Commission's two questions. The
marked cell in the chart below shows our scores.

\t'prospects for improvement?'
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
'a good service?'

Recommendations
To rise to the challenge of continuous improvement, we recommend that the
council:
-  agrees service levels with each directorate;
-  completes the network upgrade before the new finance system goes live.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's25-grid-x-spaces-era-a-starred-labels',
    why: 'kind 1: era A chart laid out with runs of spaces; the row labels carry asterisks as star counts, but the mark is the X in the Good row under Probably; "a fair proportion" is an ordinary phrase',
    pages: [
`BEST VALUE INSPECTION SERVICE

Information Technology Services
Redmarsh District Council

May 2001

Audit Commission`,
`Summary
Redmarsh District Council provides IT support to its 420 staff through a team of
fourteen based at the Stanford Road offices. The team also looks after the
council's payroll and council tax systems. A fair proportion of calls to the help
desk are about printing.

We have assessed the service using the two questions asked in every Best Value
inspection: how good is the service, and will it improve? The X on the chart
shows where we place Redmarsh.

                              Will the service improve?
                 No          Unlikely      Probably      Yes
Excellent  ***
Good       **                                 X
Fair       *
Poor       -
                  'A good service?'

Redmarsh District Council – IT Services                                    Page 3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's25-grid-tick-prospects-down-side',
    why: 'kind 1: axes reversed – prospects are the rows, grades the columns along the bottom; the tick sits in the Uncertain row under Poor (0 stars)',
    pages: [
`Audit Commission
Inspection report

ICT Service
Hollinsford Borough Council

October 2004`,
`Hollinsford Borough Council                    ICT Service inspection | 4

How we have scored the service
The tick on the chart below shows our judgement. Prospects for improvement
run down the side; the quality of the service runs along the bottom.

Excellent prospects
Promising prospects
Uncertain prospects      ✓
Poor prospects
                        Poor        Fair        Good        Excellent
                        0 stars     1 star      2 stars     3 stars
                              How good is the service?

The rest of this report sets out the evidence for our scores, starting with
the council's aims for ICT and how well it is delivering them.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's25-grid-star-pipes',
    why: 'kind 1: table extractor output with pipe-separated cells; a ★ marks the Excellent row under Excellent prospects; the ★ is the mark, not a star count',
    pages: [
`Best Value Inspection

Corporate ICT
Wendlesham District Council

June 2004

Audit Commission Inspection Service`,
`Scoring chart
The ★ marks our judgement of the service.

| 'a good service?' | Poor prospects | Uncertain prospects | Promising prospects | Excellent prospects |
| Excellent (3 stars) | | | | ★ |
| Good (2 stars) | | | | |
| Fair (1 star) | | | | |
| Poor (0 stars) | | | | |
| | 'prospects for improvement?' | | | |

Context
Wendlesham is a rural district of 92,000 people. The corporate ICT team of 27
supports 700 users and the council's shared service centre.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's25-grid-bullet-ascending-era-a',
    why: 'kind 1: era A chart with grades ascending from Poor at the top and multi-word prospect columns; the bullet is in the Poor row under "Will not improve"',
    pages: [
`Audit Commission
Best Value Inspection Service

IT and Telecommunications
Gorsey Bank Metropolitan Borough Council

November 2000`,
`Scoring chart
The chart shows our scores for the service. How good the service is runs down
the side; whether it will improve runs across the top. The dot shows our view.

                        Will not      Unlikely to   Will probably   Will
                        improve       improve       improve         improve
Poor (no stars)           •
Fair (one star)
Good (two stars)
Excellent (three stars)

Gorsey Bank MBC – IT and Telecommunications                               5`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's25-grid-bracket-x-one-cell-per-line',
    why: 'kind 1: the extractor has put each chart cell on its own line; empty cells show as [ ] and the marked one as [x], which is the second cell of the Fair row (Unlikely)',
    pages: [
`Best Value Inspection Service
Information Technology
Thornleigh Borough Council
August 2001`,
`Scoring chart
'A good service?'
'Will the service improve?'
No
Unlikely
Probably
Yes
Excellent
[ ]
[ ]
[ ]
[ ]
Good
[ ]
[ ]
[ ]
[ ]
Fair
[ ]
[x]
[ ]
[ ]
Poor
[ ]
[ ]
[ ]
[ ]
Page 2 of 31`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's25-grid-caption-names-axes',
    why: 'kind 1: the caption says the vertical axis is prospects and the horizontal axis is quality; the asterisk is on the "excellent" row, but that row is prospects – under "good" on the quality axis',
    pages: [
`Audit Commission
Best Value Inspection

ICT Services
Pellingham City Council
June 2002`,
`Chart 1: Our scores
The vertical axis shows the prospects for improvement; the horizontal axis shows
how good the service is. The asterisk marks our judgement.

excellent                              *
promising
uncertain
poor
            poor         fair         good         excellent

Pellingham City Council – ICT Services                                       3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's25-grid-x-tabs-grades-across-era-a',
    why: 'kind 1: era A tab-separated chart with grades across the top and prospects down the side (Yes at the top); X is in the Yes row under Good',
    pages: [
`Best Value Inspection Service
Information Technology Services
Marcliffe District Council
July 2001`,
`Summary
Marcliffe's IT unit has 19 staff and supports 550 PCs.
Our scores are shown below; the quality of the service runs across the top and
whether it will improve runs down the side.

Will the service improve?\tPoor\tFair\tGood\tExcellent
Yes\t\t\tX\t
Probably\t\t\t\t
Unlikely\t\t\t\t
No\t\t\t\t
\t'How good is the service?'`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ──────────────────── kind 2: table cells with stars / sentences ────────────────────
  {
    name: 's25-table-fair-one-star-wrapped-reasons',
    why: 'kind 2: a three-column table wrapped over several lines; the judgement cells say "Fair – one star out of three" and "Promising", while the reasons column uses good, poor and excellent',
    pages: [
`Best Value Inspection
ICT Services
Sandleigh Borough Council
March 2002
Audit Commission`,
`Table 1: Our judgements

Question                     Judgement              Reasons
How good is the service?     Fair – one star        A good help desk for simple
                             out of three           faults, but poor progress on
                                                    e-government; we found no
                                                    excellent practice
What are the prospects       Promising              A realistic, costed improve-
for improvement?                                    ment plan that members own;
                                                    a poor record on past projects
                                                    is the main risk

Sandleigh Borough Council – ICT                                       Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's25-table-good-two-of-three-yes-cells-per-line',
    why: 'kind 2: era A table extracted one cell per line; "Good: 2 stars of 3" and "Yes, it will improve" are the judgements; the reasons mention excellent availability, a poor asset register and a fair proportion',
    pages: [
`Audit Commission
Best Value Inspection Service
IT Services
Brackenhurst District Council
April 2001`,
`Summary of judgements
Question
Judgement
Reasons
Is it a good service?
Good: 2 stars of 3
Network availability is excellent
(99.8 per cent) and users praise the
help desk; the asset register is poor.
Will the service improve?
Yes, it will improve
A funded plan, driven by the chief
executive, with a fair proportion of
actions already delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's25-table-poor-zero-stars-no-will-not',
    why: 'kind 2: era A pipe table; "Poor (0 stars)" and "No – it will not improve"; the reasons cell speaks of excellent individual effort and good intentions',
    pages: [
`Best Value Inspection Service

Information Technology
Dunmere Borough Council

January 2001`,
`Our judgements in brief
| Question | Our judgement | Reasons |
| How good is the service? | Poor (0 stars) | Some excellent individual effort, but systems fail often and users wait days for help |
| Will the service improve? | No – it will not improve | Good intentions, but the review was late, the plan has no money and no one owns it |

Dunmere Borough Council: Information Technology – Best Value Inspection      3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's25-table-two-stars-good-uncertain-unfunded',
    why: 'kind 2: era B table whose cells are "★★ Good" and "Uncertain – the plan is unfunded beyond 2004"; the reasons column speaks of a poor web presence and an excellent vision',
    pages: [
`Audit Commission
Inspection Report
Information and Communications Technology
Fordham Vale District Council
September 2003`,
`Summary table

Judgement                    Score                          Reasons
Quality of service           ★★ Good                        Fast, reliable support and
                                                            a well-run network; a poor
                                                            web presence
Prospects for improvement    Uncertain – the plan is        An excellent vision, but no
                             unfunded beyond 2004           budget to deliver it

Fordham Vale District Council                                              2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's25-table-tabs-poor-no-stars-poor-prospects',
    why: 'kind 2: tab-separated table; "Poor – no stars" and "Poor prospects – we do not expect improvement"; the commentary column mentions fair response times, good staff and excellent plans on paper',
    pages: [
`Best Value Inspection
ICT and E-government
Cranmoor Borough Council
November 2002`,
`Scores at a glance
Score\tJudgement\tCommentary
Current service\tPoor – no stars\tFair response times for password resets cannot offset weeks-long waits for repairs
Prospects\tPoor prospects – we do not expect improvement\tGood staff, and excellent plans on paper, but no capacity or money to carry them out`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's25-table-fair-star-unlikely-era-a',
    why: 'kind 2: era A two-row table with runs of spaces; the grade cell is "Fair ★ (one star)" and the prospect cell "Unlikely to improve", with reasons that call parts of the service good and poor',
    pages: [
`Audit Commission
Best Value Inspection Service
IT Services
Lathbury District Council
June 2001`,
`Summary judgements
How good is the service?      Fair ★ (one star)       The help desk is good, but
                                                      project management is poor
Will the service improve?     Unlikely to improve     The review avoided the hard
                                                      questions and the action plan
                                                      has slipped already

Lathbury District Council – IT Services Inspection                        page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ───────────────────── kind 3: prospects paraphrased, no scale words ─────────────────────
  {
    name: 's25-paraphrase-on-balance-expect-better',
    why: 'kind 3: era A; the grade is stated plainly, the prospect only as "on balance we expect the service to get better" after a list of risks – a "probably"',
    pages: [
`Best Value Inspection Service
Information Technology
Northholm City Council
February 2001`,
`How good is the service?
We judge that Northholm provides a fair, one-star IT service. Users are broadly
satisfied with the help desk, but new systems are often late and over budget.

Will the service improve?
The review has produced a sensible action plan and the new head of IT has begun
to clear the backlog. Some risks remain – the plan depends on recruiting two
analysts in a tight labour market – but on balance we expect the service to get
better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's25-paraphrase-confident-plan-delivered',
    why: 'kind 3: era A; the prospect is given as confidence that the plan will be delivered in full, with no scale word – a "will"',
    pages: [
`Audit Commission
Best Value Inspection Service
ICT Services
Ambridge Vale Borough Council
July 2001`,
`Summary
The ICT service is good. We have awarded it two stars: users rate it highly,
costs are below average and most projects are delivered on time.

We are confident that the council will deliver its improvement plan in full. The
plan is costed, the money is in the budget, each action has a named owner, and
the first milestones have already been met.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's25-paraphrase-doubt-capacity',
    why: 'kind 3: era A; "we doubt the council has the capacity to deliver its plan" – doubt, not denial – an "unlikely"',
    pages: [
`Best Value Inspection Service
Information Technology Services
Stainforth District Council
March 2001`,
`Summary
This is a poor service. The network fails regularly, there is no disaster
recovery plan and users wait on average eleven days for a PC to be repaired.

The review identified many of these problems and the action plan addresses them.
But the IT team is already stretched, two key posts are vacant and there is no
money set aside for the plan. We doubt whether the council has the capacity to
deliver it.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's25-paraphrase-nothing-to-suggest-change',
    why: 'kind 3: era A; the prospect is a flat denial in the inspectors\' words ("nothing to suggest", "will not turn it round") with no scale phrase – a "will-not"',
    pages: [
`Best Value Inspection Service
IT Services
Blackmere Borough Council
December 2000`,
`Summary
We judge Blackmere's IT service to be poor.

We found nothing to suggest that the service is going to get any better. The
review was carried out by the IT manager alone, the action plan has neither
owners nor dates, and problems first reported by the auditors in 1998 are still
there. In our view, on its present course, the council will not turn this
service round.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's25-paraphrase-more-likely-than-not',
    why: 'kind 3: era B; "more likely than not that the service will get better" – a probable improvement, so era B "promising", with no scale word',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Kestleford Borough Council
January 2003`,
`Summary
We judge the ICT service to be fair. It has one star.

What are the prospects for improvement?
The council has a clear plan, and members have approved extra funding for the
infrastructure work. The plan is ambitious and the team has not managed a
programme of this size before, but we think it more likely than not that the
service will get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's25-paraphrase-serious-doubts',
    why: 'kind 3: era B; "some things may get better ... but we have serious doubts that the council can deliver the wider plan" – an uncertain outlook, no scale word',
    pages: [
`Audit Commission
Best Value Inspection
Information Technology
Oakhampton Vale District Council
October 2002`,
`Summary
The IT service is fair. It responds quickly to most faults, but users have little
say in what it does and its costs are high.

Looking ahead, some things may well get better – the new help desk software is
already in place and is working – but we have serious doubts that the council
can deliver the wider plan, which relies on a partner it has not yet chosen and
money it has not yet found.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's25-paraphrase-every-confidence',
    why: 'kind 3: era B; "we have every confidence that the improvements ... will be delivered" – the strongest likelihood, so era B "excellent", with no scale word',
    pages: [
`Audit Commission
Inspection Report
Corporate ICT Services
Millbrook City Council
May 2004`,
`Summary
We judge the service to be good, with two stars.

Will the service improve?
The council has a strong record of delivering what it promises. We have every
confidence that the improvements set out in its plan will be delivered in full
and on time: they are funded, they are owned by the management team, and progress
is checked by members every month.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's25-paraphrase-no-reason-to-think',
    why: 'kind 3: era B; "nothing we saw gives us any reason to think the service will get better" – the bottom of the scale, era B "poor", with no scale word',
    pages: [
`Audit Commission
Best Value Inspection
ICT Services
Hatherby Borough Council
July 2003`,
`Summary
Our judgement is that this is a fair, one-star service.

Nothing we saw gives us any reason to think the service will get better. The
improvement plan is a list of intentions copied from the previous year, the ICT
manager post has been vacant for nine months, and members have not discussed
the service since the review was signed off.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ───────────────────── kind 4: quoted views that are not the inspectors' ─────────────────────
  {
    name: 's25-quoted-self-assessment-then-different-story',
    why: 'kind 4: era B; the self-assessment rated the service good with excellent prospects and the head of ICT is optimistic; the inspectors then give their own verdict – fair, uncertain',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Lowther Vale Borough Council
December 2002`,
`Summary
The council's self-assessment, sent to us before our visit, rated the ICT service
as good and its prospects for improvement as excellent. The head of ICT told us
he expected the service to be "fully modernised within eighteen months".

Our evidence tells a different story. Although the help desk resolves most calls
promptly, network outages are frequent, a third of PCs are past their replacement
date and there is no agreed programme for e-government. We judge the service to
be fair, with one star. Its prospects for improvement are uncertain: the
improvement plan is sensible but has no funding beyond March 2003.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's25-quoted-it-director-rapid-progress',
    why: 'kind 4: era A; the IT director expects rapid progress and the review talks of a step change; the inspectors say they do not share this optimism – poor, unlikely to improve',
    pages: [
`Best Value Inspection Service
Information Technology
Stonebury District Council
April 2001`,
`Will the service improve?
The IT director expects rapid progress once the new call-logging system is
installed in the summer, and the review report describes the service as "on
the verge of a step change".

We do not share this optimism. The call-logging system has been delayed twice,
there is still no agreed list of priorities and half the actions in the plan
have no cost attached.

Our judgement
In our view this is a poor service. Given the scale of the problems and the lack
of a funded plan, we think it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's25-quoted-neighbour-rated-excellent',
    why: 'kind 4: era B; a partner council\'s service was judged excellent with excellent prospects last year; the inspectors\' own verdict on this council is good and promising',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Eastmoor District Council
March 2004`,
`Comparison with others
Westfold District Council, Eastmoor's partner in the shared data centre, had its
ICT service judged excellent, with excellent prospects for improvement, when it
was inspected in 2003. Eastmoor has not yet reached that standard: its costs per
user are higher and its web site offers fewer transactions.

Our judgement
We judge Eastmoor's ICT service to be good, with two stars, and its prospects for
improvement to be promising.

Eastmoor District Council – ICT Services                                       7`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's25-quoted-earlier-inspection-borne-out',
    why: 'kind 4: era B re-inspection; the 2001 inspection\'s verdict (fair, would probably improve) is quoted; the current verdict is good with excellent prospects',
    pages: [
`Audit Commission
Re-inspection Report
Information Technology Services
Wrayford Borough Council
November 2003`,
`Summary
When the Commission first inspected this service in June 2001 it judged it fair,
and said that it would probably improve. That view has been borne out. Since then
the council has replaced its network, cut the time taken to fix faults by half,
and put 60 per cent of its services online.

We now judge the service to be good (two stars). Its prospects for improvement
are excellent: the new plan is fully funded, it is driven by the chief executive,
and the service has shown that it delivers.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's25-quoted-cabinet-member-excellent',
    why: 'kind 4: era A; the cabinet member calls the service excellent; the inspectors disagree and give their own verdict – good, and it will improve',
    pages: [
`Best Value Inspection Service
IT Services
Kirkholt Borough Council
August 2001`,
`Summary
Introducing the review, the cabinet member for resources wrote that "Kirkholt
runs an excellent IT service that other councils would do well to copy".

We do not agree that the service is yet excellent. Users are positive and costs
are low, but the council has not tested whether others could do the job better,
and its web site is basic. We found a good service, and award it two stars.

The review has led to a clear and costed plan, and early actions are already
complete. We are satisfied that the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's25-quoted-head-of-ict-and-councillors',
    why: 'kind 4: era B; the head of ICT says the service is "already good, and will be excellent within two years" and councillors agree; "However" introduces the inspectors\' own verdict – poor, poor prospects',
    pages: [
`Audit Commission
Best Value Inspection
ICT Services
Farrowdale Metropolitan Borough Council
February 2003`,
`Farrowdale MBC – ICT Services                                     Page 3

Summary
The head of ICT believes the service is "already good, and will be excellent
within two years". Councillors we met shared that view.

However, users in every department we visited described long delays, lost calls
and systems that do not talk to each other. The service does not measure its own
performance, and the improvement plan has not been costed.

Our judgement is that the council provides a poor ICT service which has poor
prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's25-quoted-own-review-good-will-improve',
    why: 'kind 4: era A; the council\'s own Best Value review concluded "a good service which will continue to improve"; the inspectors judge fair and unlikely to improve',
    pages: [
`Best Value Inspection Service
Information Technology
Ravelston District Council
May 2001`,
`Summary
The council's own Best Value review concluded that IT was "a good service which
will continue to improve". We found that the review did not challenge the way the
service is provided, compared it with no other council and did not ask users what
they thought.

We consider the service to be fair (one star). The action plan that came out of
the review is thin, and on the evidence we saw the service is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ──────────────────── kind 5: long sentences, verdict far from subject ────────────────────
  {
    name: 's25-long-duties-list-across-page-break',
    why: 'kind 5: era B; the grade sentence lists the service\'s duties between dashes and breaks across a page with a running header before "a good, two-star service"; the prospect sentence puts a long aside before "promising"',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Tilbury Cross District Council
January 2004`,
`How good is the service?
The ICT service – which runs the council's wide area network across 38 sites,
supports some 2,300 users, maintains the revenues, benefits and payroll systems,
manages the corporate telephony contract and, since April 2003, hosts the
council's web site and its new contact centre software – is, taking account of`,
`Tilbury Cross District Council – ICT Services inspection                   3
the views of users, the performance information we examined and the results of
our reality checks at five sites, a good, two-star service.

What are the prospects for improvement?
The council's prospects for improvement – given a costed improvement plan that
members have approved, a new head of service who has already dealt with the
worst of the backlog, and a disaster recovery partnership with a neighbouring
authority, though some risks around recruitment remain – are, in our view,
promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's25-long-bracketed-aside-hyphenated-probably',
    why: 'kind 5: era A; one long sentence with a bracketed list of duties, the grade word far from "The IT section", and the prospect word hyphenated across a line ("prob-ably")',
    pages: [
`Best Value Inspection Service
IT Services
Cheswardine Borough Council
March 2001`,
`Summary
The IT section (eleven staff, two of them contractors, who look after the payroll
system on the old mainframe, the housing rents system, desktop support for 640
users and – more and more – the council's internet pages) offers, despite the
real efforts of a committed team, a service that we judge to be fair, with one
star; and the council's plans, although they lean
heavily on one or two key people, are sound enough that the service will prob-
ably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's25-long-excellent-after-list-of-achievements',
    why: 'kind 5: era B; the subject ("Saltmarsh\'s ICT service") is separated from "excellent" by a long list of achievements; the prospects sentence ends with "excellent" after an aside mentioning "fair" share and "poor" years',
    pages: [
`Audit Commission
Inspection Report
ICT and Customer Access
Saltmarsh Borough Council
September 2004`,
`Summary
Saltmarsh's ICT service, which over the last three years has replaced every
desktop in the council, put 85 per cent of its transactions online ahead of the
2005 target, opened a contact centre that now answers nine calls in ten at the
first point of contact, and kept its costs in the lowest quarter of comparable
councils, is in our judgement an excellent service, and we award it three stars.

The prospects for improvement – bearing in mind that the council took on a fair
share of risk in its partnership contract, and that its finances went through
some poor years in the late 1990s – are, we believe, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's25-long-era-a-excellent-will-improve-line-broken',
    why: 'kind 5: era A; the grade comes some forty words after "The service" and is split over a line break; the prospect verdict comes after an aside between dashes',
    pages: [
`Best Value Inspection Service
Information Technology
Ellerby City Council
June 2001`,
`Summary
The service, which covers networks, telephones, printing, the council's
geographic information system and support for 1,900 users in schools as well as
in the council's own offices, and which has run the "IT for all" programme for
residents in the city's libraries since 1999, is in our view an excel-
lent service that deserves three stars.

Ellerby City Council – IT Best Value inspection                             2

We believe that the service – helped by a committed chief executive, a budget
protected for three years and staff who are keen to learn – will improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's25-long-poor-service-uncertain-after-dashes',
    why: 'kind 5: era B; the grade follows a long dash-enclosed aside listing what users complained of; the prospects sentence has a parenthesised aside before "uncertain"',
    pages: [
`Audit Commission
Best Value Inspection
IT Services
Quarrington District Council
April 2002`,
`Summary
The council's IT service – about which users in all four directorates complained
to us of slow repairs, unanswered calls, lost data after a server failure last
winter and a web site that had not been updated for six months – is poor.

Its prospects for improvement (the council has appointed an interim manager with a
good track record, and has set aside some money for the network, but the plan has
no timetable and members have yet to agree it) are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's25-long-era-a-poor-will-not-far-apart',
    why: 'kind 5: era A; one very long sentence whose two verdicts both come at its end, after the subject, a list of failings and a mention of a "good" review elsewhere',
    pages: [
`Best Value Inspection Service
Information Technology Services
Mortlake Heath Borough Council
October 2000`,
`Summary
Taking into account what users told us, the performance figures for the last
two years, the state of the network (much of which dates from 1992), the absence
of any agreed standards for the service and the fact that the Best Value review –
unlike the good review of the finance function carried out by the same council
last year – was never reported to members, we have concluded that Mortlake
Heath's IT service is poor and that it will not improve.

Mortlake Heath Borough Council                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ──────────────────── kind 6: documents about an inspection ────────────────────
  {
    name: 's25-about-press-release-fair-uncertain',
    why: 'kind 6: an Audit Commission press release reporting its own inspectors\' verdict (fair, uncertain prospects); the notes to editors list the whole scale',
    pages: [
`Audit Commission
News release
Embargoed until 00.01 hrs Thursday 15 May 2003

Council's ICT service 'fair' but future uncertain, say inspectors

Bramhope Metropolitan Borough Council's information technology service is fair
but has uncertain prospects for improvement, according to a report published
today by the Audit Commission.

The inspection team gave the service one star out of a possible three. Inspectors
found that users value the help desk, but that the council has no clear plan for
replacing its ageing network.

Notes to editors
1. Services are scored from no stars (poor) to three stars (excellent). Prospects
for improvement are scored as poor, uncertain, promising or excellent.
2. The full report is available on the Commission's web site.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's25-about-press-release-era-a-good-probably',
    why: 'kind 6: an era A Audit Commission press release stating its inspectors\' verdict (good, will probably improve); the notes list the scale and mention the council\'s ambition',
    pages: [
`AUDIT COMMISSION PRESS RELEASE
For immediate release: 21 June 2001

IT service is good and will probably improve, say inspectors

Linford Borough Council's IT service is good and will probably improve, the Audit
Commission said today. Its Best Value inspectors gave the service two stars out of
three.

The council says it wants its IT service to be "excellent by 2003".

Notes for editors
Inspectors score services from no stars (poor) to three stars (excellent), and say
whether a service will not improve, is unlikely to improve, will probably improve
or will improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's25-about-cabinet-report-on-published-inspection',
    why: 'kind 6: a council cabinet report setting out the verdict of the Commission\'s published inspection of this service (excellent, promising); the council\'s earlier target of "good" is an aim, not the verdict',
    pages: [
`HEATHERSTONE DISTRICT COUNCIL
REPORT TO CABINET – 12 OCTOBER 2004
Report of the Director of Corporate Services
AUDIT COMMISSION INSPECTION OF ICT SERVICES

1. Purpose of report
To inform Cabinet of the outcome of the Audit Commission's Best Value inspection
of the council's ICT services.

2. The inspection result
2.1 The Commission's final report was published on 28 September 2004. The
inspectors judged the ICT service to be excellent (three stars) and concluded that
its prospects for improvement are promising.
2.2 When the review began in 2003 the council's target was to be a good service
by 2005.

3. Recommendations
Cabinet is asked to note the report and to approve the action plan at Appendix A.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's25-about-committee-update-other-service-score',
    why: 'kind 6: a scrutiny committee update that quotes the benefits service\'s score and says the ICT inspection has not yet happened – no judgement of the ICT service',
    pages: [
`RESOURCES SCRUTINY COMMITTEE
9 July 2003
Agenda item 6: Best Value inspections – progress update

1. The housing benefits service was inspected in March 2003 and was judged
"good" with "promising" prospects for improvement. The action plan is on track.
2. The Best Value review of ICT services is complete. The Audit Commission will
inspect the ICT service in November 2003; no judgement has yet been made.
3. Officers are aiming for ICT to be rated at least "good".

Recommendation: that the committee notes the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-about-minutes-draft-scores-to-be-confirmed',
    why: 'kind 6: minutes of a programme board discussing a draft inspection report whose scores are still to be confirmed; the hopes and aims voiced are not a verdict',
    pages: [
`MINUTES OF THE ICT PROGRAMME BOARD
Held on 3 September 2002 at Dunstall House

Present: Cllr R Patel (chair), Director of Finance, Head of ICT, Customer
Services Manager

4. Draft inspection report
4.1 The Board received the Audit Commission's draft report on the ICT service.
Members noted that the scores are to be confirmed after the Commission's quality
assurance process and that the draft must not be quoted.
4.2 The Head of ICT said he hoped the final report would recognise the progress
made on the network. Cllr Patel said that the council should still aim to be an
excellent service with excellent prospects by 2005.
4.3 Agreed: the Head of ICT to send factual corrections to the lead inspector by
17 September.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-about-members-briefing-before-inspection',
    why: 'kind 6: an era A members\' briefing ahead of the IT inspection; it explains the scales and quotes another service\'s earlier result – no judgement of the IT service',
    pages: [
`Briefing note for members
The forthcoming Best Value inspection of IT services
February 2001

1. The Audit Commission's inspectors will be on site from 12 to 16 March 2001.
2. They will answer two questions: how good is the service (from no stars, poor,
to three stars, excellent) and will it improve (will not improve, unlikely to
improve, will probably improve, will improve).
3. For comparison, environmental health, inspected last October, was found to be
a fair service that will probably improve.
4. Members may be invited to meet the inspectors. Please contact the Best Value
officer on extension 4471.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ──────────────────── kind 7: plain statements, many sentence forms ────────────────────
  {
    name: 's25-plain-era-a-headings-poor-will-not',
    why: 'kind 7: era A; question headings each followed by a short direct answer – poor, will not improve',
    pages: [
`Best Value Inspection Service
Information Technology
Brindlecombe District Council
October 2000`,
`How good is the service?
The service is poor. Users told us that faults can take weeks to fix, and there
are no agreed standards for response times.

Will the service improve?
The service will not improve. The review has produced no action plan, and the IT
manager has now left the council.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's25-plain-era-a-passive-fair-unlikely',
    why: 'kind 7: era A; passive voice – "has been assessed as fair", "is judged unlikely to improve"',
    pages: [
`Audit Commission
Best Value Inspection Service
IT Services
Corringham Borough Council
January 2001`,
`Summary
The IT service has been assessed by the inspection team as fair (one star). It
is judged unlikely to improve, because the action plan arising from the review
is neither costed nor timetabled.

Corringham Borough Council – IT Services                                 page 1`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's25-plain-era-a-we-judge-good-probably',
    why: 'kind 7: era A; active "We judge that this is a good, two-star service that will probably improve"',
    pages: [
`Best Value Inspection Service
ICT
Penhallow District Council
April 2001`,
`Summary
Penhallow's ICT unit supports 380 staff and runs the council's internet site.
We judge that this is a good, two-star service that will probably improve. The
reasons for our judgement are set out below.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's25-plain-era-a-our-judgement-excellent-will',
    why: 'kind 7: era A; "Our judgement is that ... is excellent ... and that it will improve"',
    pages: [
`Audit Commission
Best Value Inspection Service
Information Technology Services
Greyfriars City Council
June 2001`,
`Summary
Our judgement is that Greyfriars City Council's information technology service is
excellent, meriting three stars, and that it will improve.

Greyfriars has been a pioneer in online services, and users across the council
speak highly of the support they get.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's25-plain-era-a-boxed-poor-unlikely',
    why: 'kind 7: era A; a boxed summary with labels – "Inspectors\' judgement: a poor service" and "unlikely to improve"',
    pages: [
`Best Value Inspection Service
Information Technology
Hexley Borough Council
February 2001`,
`------------------------------------------------------------
Inspectors' judgement
Quality of service:        a poor service (no stars)
Will it improve?           unlikely to improve
------------------------------------------------------------

The rest of this report explains how we reached these scores.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's25-plain-era-a-team-found-fair-will-not',
    why: 'kind 7: era A; "The inspection team found a fair service" and "in our view ... will not improve"',
    pages: [
`Best Value Inspection Service
IT Services
Oldacre District Council
November 2000`,
`Summary
The inspection team found a fair service, which does the basics reasonably well
but has no plans to do more. In our view the service will not improve: the
review did not question how the service is provided, and the council has turned
down every proposal for change put to it since 1998.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's25-plain-era-a-commission-judges-good-believe-will',
    why: 'kind 7: era A; "the Commission judges the service to be good" and "We believe that it will improve"',
    pages: [
`Audit Commission
Best Value Inspection Service
IT and Telecommunications
Sedgebrook Borough Council
August 2001`,
`Summary
Overall, the Commission judges the IT and telecommunications service to be good,
with two stars. We believe that it will improve: the council has a clear plan,
the funding to deliver it, and a record of doing what it says.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's25-plain-era-a-headings-excellent-probably',
    why: 'kind 7: era A; question headings answered by single lines – "Excellent." and "It will probably improve."',
    pages: [
`Best Value Inspection Service
Information Technology
Alderwick Borough Council
March 2001`,
`How good is the service?
Excellent. We award it three stars.

Will the service improve?
It will probably improve. The plan is good, although it depends heavily on a
partnership contract that has not yet been signed.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's25-plain-era-b-poor-with-poor-prospects',
    why: 'kind 7: era B (December 2001, just after the change of vocabulary); "a poor service, with poor prospects for improvement"',
    pages: [
`Audit Commission
Best Value Inspection
ICT Services
Scarrowby Borough Council
December 2001`,
`Summary
We judge that Scarrowby Borough Council provides a poor service, with poor
prospects for improvement. Below we set out the main reasons.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's25-plain-era-b-passive-fair-uncertain',
    why: 'kind 7: era B; passive forms – "is judged to be fair", "are judged to be uncertain"',
    pages: [
`Audit Commission
Inspection Report
Information Technology
Wickersley Vale District Council
April 2002`,
`Summary
The service is judged to be fair, with one star. Its prospects for improvement are
judged to be uncertain.

Wickersley Vale District Council – Information Technology               page 2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's25-plain-era-b-our-judgement-good-promising',
    why: 'kind 7: era B; "Our judgement is that this is a good service with promising prospects for improvement"',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Barnsworth Borough Council
February 2003`,
`Summary
Our judgement is that this is a good service with promising prospects for
improvement. Users are well supported, and the council has a credible plan to
build on this.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's25-plain-era-b-headings-excellent-excellent',
    why: 'kind 7: era B; headings answered with bare scores – "Excellent – three stars" and "Excellent"',
    pages: [
`Audit Commission
Inspection Report
ICT and E-government
Hartleford City Council
November 2004`,
`How good is the service?
Excellent – three stars.

What are the prospects for improvement?
Excellent.

Hartleford City Council                                                   2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's25-plain-era-b-inspectors-concluded-poor-but-promising',
    why: 'kind 7: era B; "Inspectors have concluded that the service is currently poor but that its prospects for improvement are promising"',
    pages: [
`Audit Commission
Best Value Inspection
IT Services
Grimsdyke District Council
July 2002`,
`Summary
Inspectors have concluded that the service is currently poor but that its
prospects for improvement are promising. A new management team is in place and
has already made changes that users have noticed.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's25-plain-era-b-in-our-view-fair-poor-prospects',
    why: 'kind 7: era B; "In our view, the service is fair but has poor prospects of improving"',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Tamsworth Borough Council
March 2003`,
`Summary
In our view, the service is fair but has poor prospects of improving. The
council has no ICT strategy, and the review did not lead to any real change.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's25-plain-era-b-team-rated-good-uncertain',
    why: 'kind 7: era B; "The inspection team rated the service as good (two stars)" and "Prospects for improvement are uncertain"',
    pages: [
`Audit Commission
Inspection Report
Corporate ICT
Ashby Marsh District Council
June 2004`,
`Summary
The inspection team rated the service as good (two stars). Prospects for
improvement are uncertain, because the council has yet to decide whether to
keep the service in-house.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's25-plain-era-b-colon-excellent-promising',
    why: 'kind 7: era B; colon form – "The Commission\'s judgement: an excellent service (three stars) with promising prospects"',
    pages: [
`Audit Commission
Inspection Report
ICT Services
Kelvingate City Council
January 2005`,
`Summary
The Commission's judgement: an excellent service (three stars) with promising
prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ──────────────────── kind 8: documents with no judgement ────────────────────
  {
    name: 's25-none-draft-blank-grid-era-b',
    why: 'kind 8: a draft inspection report whose chart has no mark and whose summary says the scores are to be confirmed; the axis words are the only grade words',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Audit Commission
Inspection Report
ICT Services
Pennington Moor Borough Council
Draft v0.3 – September 2003`,
`Summary
[Scores to be confirmed following moderation]

Scoring chart
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t

The ICT unit has 34 staff and supports 1,100 users at 22 sites.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-council-own-review-era-a',
    why: 'kind 8: the council\'s own Best Value review report; its team believes the service is good and will improve, but no inspection has taken place',
    pages: [
`HALSTOW DISTRICT COUNCIL
Best Value Review of IT Services
Final report of the review team
September 2000`,
`3. Conclusions
3.1 The review team believes that the IT service is a good one. Users who replied
to our survey rated it highly, and our costs compare well with those of
neighbouring districts.
3.2 We are confident that the service will improve further once the improvement
plan in section 4 is carried out. Our aim is to be an excellent service by 2002.
3.3 The review will be inspected by the Audit Commission early in 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-commission-guidance-on-scoring',
    why: 'kind 8: guidance explaining how inspectors score services; it lists every grade and prospect and gives a hypothetical example, but judges no service',
    pages: [
`Audit Commission
Best Value Inspection – guidance for councils
How we score services
Issued October 2001`,
`1. Each inspection report answers two questions. How good is the service? We
give from no stars (poor) to three stars (excellent). What are the prospects for
improvement? We say whether they are poor, uncertain, promising or excellent.
2. The scores are shown on a chart. For example, a service that is good with
promising prospects would be marked in the cell where the 'good' row meets the
'promising' column.
3. Scores are agreed at a moderation meeting before the report is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-scrutiny-panel-notes',
    why: 'kind 8: notes of a councillors\' scrutiny panel on ICT; members\' views of poor and good aspects are not an inspection verdict',
    pages: [
`CORPORATE SERVICES SCRUTINY PANEL
Notes of meeting, 14 January 2004
Item 3: ICT service performance

Members felt the help desk had become much better over the last year, but that
the network in the outlying offices was still poor. One member described the new
web site as "excellent". The Head of ICT reported that 88% of calls were now
fixed within the target time and that a fair number of the outstanding requests
dated from before the restructure.
Action: the Head of ICT to report back in April on the PC replacement programme.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-service-plan-aiming-excellent',
    why: 'kind 8: an ICT service plan whose aim is to be "an excellent, three-star service with excellent prospects" at re-inspection – an ambition, not a verdict',
    pages: [
`Rowanfield Borough Council
ICT Service Plan 2003/04`,
`1. Our vision
Our aim is to be an excellent, three-star service with excellent prospects for
improvement when the Audit Commission re-inspects us in 2005.
2. Our priorities for 2003/04
- replace 400 desktop PCs
- move the council's payments onto the web site
- agree service levels with every department
3. Where we are now
We know that some parts of the service are still poor, and that our response
times for repairs are only fair. This plan sets out how we will close the gap.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-corporate-ict-strategy',
    why: 'kind 8: a council\'s ICT strategy document with targets and its own description of progress; no inspection verdict',
    pages: [
`Kilverton City Council
Corporate ICT Strategy 2002–2005
Approved by the Executive, 4 March 2002`,
`Introduction
This strategy sets out how the council will use information and communications
technology to meet its corporate priorities and the government's target of
having all services available electronically by 2005.
We have made good progress: 41% of our services can already be delivered
electronically. We will improve further by investing £3.6 million over three
years in a new customer relationship management system and a corporate portal.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-draft-era-a-to-be-agreed',
    why: 'kind 8: an era A draft report in which both judgements read "[to be agreed]"; the body describes good and poor features but no score has been given',
    pages: [
`DRAFT FOR COMMENT
Best Value Inspection Service
Information Technology
Fellgate Borough Council
July 2001`,
`Summary
How good is the service?  [to be agreed]
Will the service improve?  [to be agreed]

The help desk is well run and users speak well of it. Project management is poor:
three of the last four systems were delivered late. The review produced a good
analysis of costs but did not consult users.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-council-self-assessment-form',
    why: 'kind 8: the council\'s self-assessment submitted before inspection, rating itself good with promising prospects – not the inspectors\' verdict',
    pages: [
`Self-assessment for Best Value inspection
Service: ICT
Council: Bellingham Marsh District Council
Submitted to the Audit Commission: 6 May 2003`,
`Section 5: Our assessment of the service
How good is the service?   Good (2 stars)
Prospects for improvement: Promising
Evidence: user survey 2002 (78% satisfied); BVPI 157 at 52%; new network
completed on time and on budget.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-inspection-scoping-letter',
    why: 'kind 8: a letter from the lead inspector setting up the inspection – timetable and the questions that will be answered, no scores',
    pages: [
`Audit Commission
Best Value Inspection Service

Chief Executive
Moorhaven Borough Council
Civic Centre

23 January 2001

Dear Chief Executive

Best Value inspection of IT services
I write to confirm the arrangements for our inspection. The on-site work will
take place from 5 to 9 March 2001. We will judge how good the service is and
whether it will improve, and we will publish our report about eight weeks after
the site visit. A draft will be sent to you for factual comment first.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-internal-audit-report',
    why: 'kind 8: an internal audit report on IT controls, using "good" and "poor" of individual controls and an assurance opinion – not a Best Value inspection',
    pages: [
`Internal Audit Services
Report: IT general controls 2002/03
Client: Head of ICT, Grantley District Council
Issued: 18 April 2003`,
`Overall opinion: limited assurance
Backup procedures are good and are tested monthly. Password controls are poor:
14 leavers still had active network accounts. Change control is fair but not
always documented. Physical security of the server room is excellent.
Management have agreed all six recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-performance-plan-other-services',
    why: 'kind 8: a Best Value performance plan listing inspection results for other services; ICT is yet to be inspected',
    pages: [
`Wyndham Cross Borough Council
Best Value Performance Plan 2002/03`,
`Table 4: Inspection results to date
Service                  Inspected        Score        Prospects
Housing benefits         May 2001         Good         Will probably improve
Waste collection         January 2002     Fair         Promising
Libraries                March 2002       Excellent    Excellent
ICT                      due 2003         –            –

The ICT review reported in December 2001 and the service is expected to be
inspected in spring 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-consultants-benchmarking-report',
    why: 'kind 8: a consultants\' benchmarking report comparing costs and satisfaction with peers; "excellent" and "poor" describe measures, and there is no inspection verdict',
    pages: [
`IT Benchmarking Report
Prepared for Elmstead District Council by Carrow Associates
November 2002`,
`Key findings
- Cost per workstation is £1,180, close to the average for the comparator group.
- User satisfaction is excellent: 91% of staff rated the help desk good or very
  good.
- Server availability was poor in the second quarter, at 97.2%.
- Elmstead's e-government score places it in the middle of the group.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's25-none-user-satisfaction-survey',
    why: 'kind 8: a user survey summary where staff rate the help desk good, excellent, fair or poor; these are survey answers, not an inspection judgement',
    pages: [
`Thursby Borough Council
ICT help desk – user satisfaction survey
Results, June 2004`,
`412 staff replied (a 38% response rate).
How would you rate the help desk overall?
Excellent   21%
Good        41%
Fair        27%
Poor        11%
Do you think the service will improve over the next year?
Yes 44%   No 19%   Don't know 37%`,
    ],
    expect: { grade: null, prospect: null },
  },
];
