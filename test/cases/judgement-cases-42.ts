/** Held-out judgement set 42, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases42: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's42-grid-tabs-asterisk-good-promising',
    why: 'kind 1: tab-separated grid, grades as rows and prospects as columns with the axis labels along the bottom; the asterisk sits in row Good, fourth cell = Promising. Every grade and prospect word appears as axis text.',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Brackmoor Borough Council
November 2002
Audit Commission`,
      `Summary
The ICT service supports 1,900 users across 14 sites. Help desk performance has improved steadily and users we
spoke to were mostly satisfied, although the network is slow at the outlying depots. The council aims to be an
excellent service by 2005 and its improvement plan is realistic and costed.
Our judgement of the service is shown in the chart below. The vertical axis shows how good the service is;
the horizontal axis shows its prospects for improvement. The asterisk marks our judgement.
Scoring chart
'a good service?'
Excellent\t\t\t\t
Good\t\t\t*\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'
Brackmoor Borough Council – ICT                                                                   3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's42-grid-one-cell-per-line-x-swapped-axes',
    why: 'kind 1: axes swapped (rows are the era-A prospect answers, columns the grades) and extracted one cell per line with dashes for empty cells; the X is in row Unlikely, second column = Fair.',
    pages: [
      `Audit Commission
Best Value Inspection
IT Support Services
Corrow District Council
June 2001`,
      `Summary
Corrow's IT support service is valued by front-line staff for its friendliness, but it is slow to resolve faults
and has no agreed service levels. The Best Value review was narrow and did not test other ways of providing
the service.
Scoring chart. In this chart the columns show how good the service is and the rows show whether it will
improve. The cell marked X is the inspectors' judgement.
Will it improve?
How good is the service?
Poor
Fair
Good
Excellent
Yes
–
–
–
–
Probably
–
–
–
–
Unlikely
–
X
–
–
No
–
–
–
–
Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's42-grid-spaces-tick-poor-uncertain',
    why: 'kind 1: grid laid out with runs of spaces, prospects as rows and grades as columns; the tick sits directly under the first grade column (Poor) in the Uncertain row.',
    pages: [
      `Information Technology Services
Harnley Metropolitan Borough Council
Best Value Inspection Service – March 2003`,
      `Summary
The IT service has struggled for several years. Response times are long, the network fails frequently and
departments have started to buy their own systems. A new head of ICT arrived in the autumn and has begun to
draw up a recovery plan, but it is at an early stage and is not yet funded.
The chart below sets out our scores. The tick shows where the service sits.
                          Poor      Fair      Good      Excellent
Excellent prospects
Promising prospects
Uncertain prospects       ✓
Poor prospects
                          How good is the service?
Harnley MBC – IT Services – Best Value Inspection                                                    page 2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's42-grid-pipes-star-good-will',
    why: 'kind 1: era-A grid with pipe separators and a star mark (stars are also the grade symbol elsewhere); the star is in row Good under the Yes column.',
    pages: [
      `ICT and e-Services
Wexcombe County Council
Best Value Inspection Service
February 2001`,
      `Summary and scores
Wexcombe's ICT service is well managed. Users praise the help desk and the council's intranet is widely used.
The scoring chart is reproduced below; the ★ shows the inspectors' judgement on both questions.
How good is the service? | Will the service improve?
                         | No | Unlikely | Probably | Yes
Excellent                |    |          |          |
Good                     |    |          |          | ★
Fair                     |    |          |          |
Poor                     |    |          |          |
The remainder of this report explains how we reached these judgements.`,
      `Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer practical
recommendations. We recommend that the council:
• publishes service standards for response to faults;
• extends the user survey to schools.
3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's42-grid-dot-captioned-axes-excellent-excellent',
    why: 'kind 1: a caption says the vertical axis is prospects and the horizontal is quality; columns labelled by star counts; the dot is in the Excellent prospects row, last column (three stars).',
    pages: [
      `Best Value Inspection Service
Corporate ICT Service
Lindford City Council
May 2004`,
      `Summary
Lindford's ICT service is one of the strongest we have inspected. It is low cost, highly rated by users and
has delivered an ambitious programme of online services on time.
Chart 1. Vertical axis: prospects for improvement. Horizontal axis: how good is the service (stars).
A dot (•) marks the inspectors' judgement.
Excellent prospects\t\t\t\t•
Promising prospects\t\t\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
\t0 stars (poor)\t★ (fair)\t★★ (good)\t★★★ (excellent)
Lindford City Council                                     2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's42-grid-bracket-boxes-poor-will-not',
    why: 'kind 1: era-A grid extracted one cell per line with [ ] boxes; column order reversed (Will improve first); the [x] is the fourth box of the Poor row = Will not improve.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Pennick Borough Council
August 2001`,
      `Summary
The IT service fails to meet most of its own standards and there is a poor relationship with the departments.
The Best Value review was late and did not address the central problems.
Figure 1 – scoring chart
Rows: how good is the service. Columns: will the service improve. [x] marks our judgement.
Will improve
Will probably improve
Unlikely to improve
Will not improve
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
[ ]
[ ]
[ ]
Poor
[ ]
[ ]
[ ]
[x]
4`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's42-grid-reversed-rows-x-fair-poor',
    why: 'kind 1: tab grid with rows in reverse order (Poor at top) and prospect columns from Excellent to Poor; the X is the last cell of the Fair row = Poor prospects, so "poor" is both an axis word and the prospect.',
    pages: [
      `Information and Communication Technology
Sallow Vale District Council
Best Value Inspection – September 2003`,
      `Summary
The basic service to users is adequate, but the council has no ICT strategy, its partnership contract is
due to end next year with no plans for what follows, and three of the five senior IT posts are vacant.
Scoring chart (X = inspectors' judgement)
\tExcellent prospects\tPromising prospects\tUncertain prospects\tPoor prospects
Poor\t\t\t\t
Fair\t\t\t\tX
Good\t\t\t\t
Excellent\t\t\t\t
Sallow Vale DC                                                                                   5`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ───────────────────── kind 2: table cells with words, stars and reasons ─────────────────────
  {
    name: 's42-table-fair-one-star-reasons-column',
    why: 'kind 2: three-column table whose multi-line cells interleave on extraction; the reasons column says "good", "excellent", "poor" and "promising start", but the score cells are Fair (one star) and Uncertain.',
    pages: [
      `Best Value Inspection Service
ICT Services
Torbury Borough Council
January 2003`,
      `Summary of judgements
Judgement            Score                              Main reasons
How good is the      Fair – one star out of three       Help desk performance is good and user
service?                                                satisfaction excellent at 89%, but project
                                                        delivery is poor and costs are high.
Prospects for        Uncertain – the plan lacks         The council has made a promising start on
improvement          costs and milestones               its strategy but capacity is stretched.
Torbury BC                                                                                       2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's42-table-poor-no-stars-yes-will-improve',
    why: 'kind 2: era-A table row cells "Poor – no stars (0 of 3)" and "Yes – the service will improve"; reasons mention excellent working relationships and a good plan.',
    pages: [
      `Audit Commission – Best Value Inspection
Information Technology Service
Mardale Metropolitan Borough Council
March 2001`,
      `Inspectors' scores
Question | Score | Why
How good is the service? | Poor – no stars (0 of 3) | Frequent network failures; no service standards; excellent working relationships with schools do not make up for weak core services.
Will the service improve? | Yes – the service will improve | A new, fully funded improvement plan; good leadership from the new director; early results already visible.
3`,
    ],
    expect: { grade: 'poor', prospect: 'will' },
  },
  {
    name: 's42-table-three-stars-excellent-promising',
    why: 'kind 2: cells mix star symbols with the grade word and a parenthesised sentence; the reasons column uses "poor" about an older system.',
    pages: [
      `Best Value Inspection Service
Customer Access and ICT
Rhoswen County Borough Council
July 2004`,
      `The inspectors' judgements
Area                     Judgement                               Reasons
Quality of service       ★★★ Excellent                           Very high user satisfaction; costs in the
                                                                 lowest quartile; 78% of services online.
Prospects                Promising (improvement is likely,       The replacement of the poor legacy housing
                         but capacity is stretched)              system will absorb much of the team's time.
Rhoswen CBC – Customer Access and ICT                                                             page 3`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's42-table-fair-one-star-probably',
    why: 'kind 2: era-A table with cell text "Fair (one star)" and "Probably – we think the service will probably improve", one cell per line.',
    pages: [
      `Information Technology
Eastwick District Council
Best Value Inspection Service
July 2001`,
      `Table 1: scores
How good is the service?
Fair (one star)
Strengths: good help desk; Weaknesses: poor asset records
Will the service improve?
Probably – we think the service will probably improve
The plan is sound but relies on one key post being filled.
Eastwick DC                                                 4`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's42-table-two-stars-excellent-prospects',
    why: 'kind 2: cells "Good: 2 stars of 3" and "Excellent prospects – well placed to improve"; reasons column contains "poor" and "fair" in other senses.',
    pages: [
      `Best Value Inspection Service
Information Services
Kelbourne City Council
April 2003`,
      `Scores at a glance
Criterion\tScore\tComment
Current service\tGood: 2 stars of 3\tStrong help desk; a fair proportion of calls still logged by phone; poor take-up of self-service.
Prospects for improvement\tExcellent prospects – the service is well placed to improve\tStrong leadership, funded plan, track record of delivery.
Kelbourne CC – Information Services                                                             2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's42-table-good-two-stars-unlikely',
    why: 'kind 2: era-A (September 2001) table with "Good (two stars)" and "Unlikely to improve – we do not think the plan will be delivered"; the reasons column praises the help desk as excellent.',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT
Pelham Forest District Council
September 2001`,
      `Summary
Scores
-----------------------------------------------------------------
Is it a good service?      Good (two stars)
                           Reason: excellent help desk and low costs.
Will it improve?           Unlikely to improve – we do not think the plan
                           will be delivered; it is unfunded and the
                           review did not challenge current provision.
-----------------------------------------------------------------
2`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ───────────────────── kind 3: prospects paraphrased, no scale word ─────────────────────
  {
    name: 's42-paraphrase-on-balance-expect-better-a',
    why: 'kind 3: era A; "on balance we expect the service to get better" with no scale word = probably; grade stated plainly as fair.',
    pages: [
      `Best Value Inspection Service
Information Technology
Grantham Vale Borough Council
April 2001`,
      `Summary
We have judged the IT service to be a fair, one-star service. Costs are average and most users are content,
but the service does not know how its performance compares with others.
Looking ahead, the review has produced a clear set of actions and the first of them are already under way.
There are risks: two of the actions depend on capital bids that have not yet been approved. On balance,
however, we expect the service to get better over the next two years.
1`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's42-paraphrase-confident-plan-delivered-a',
    why: 'kind 3: era A; "we are confident that the improvement plan will be delivered in full" = will; grade good.',
    pages: [
      `Audit Commission
IT Services – Best Value Inspection
Ashwater Borough Council
May 2001`,
      `Summary
In our view the IT service is good. Systems are reliable, faults are fixed quickly and users rate the service
highly. The improvement plan is specific, costed and owned by the corporate management team, and progress
is reported to members each quarter. We are confident that the improvement plan will be delivered in full.
Ashwater BC                                                                                    2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's42-paraphrase-doubt-capacity-a',
    why: 'kind 3: era A; "we doubt that the council has the capacity to turn the service round" = unlikely (doubt, not certainty of failure); grade poor.',
    pages: [
      `Best Value Inspection Service
Information Technology
Dunmere District Council
March 2001`,
      `Summary
Dunmere's IT service is poor. Users wait weeks for faults to be fixed and the council's main systems are
out of date.
The council has produced an improvement plan with sensible aims. But the IT section has lost four of its
eleven staff this year and the plan makes no provision to replace them. We doubt that the council has the
capacity to turn the service round.
2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's42-paraphrase-no-sign-of-change-a',
    why: 'kind 3: era A; "there is nothing to suggest that anything will change" = will not; the grade is stated as poor.',
    pages: [
      `Audit Commission – Best Value Inspection
Computer Services
Yarrow Bridge Borough Council
January 2001`,
      `Summary
We found the computer services section to be poor. It has no targets, no user survey and no plan.
The Best Value review was carried out by the section's own manager and concluded that no change was needed.
Members have not challenged this conclusion. There is nothing to suggest that anything will change: the
council has no plan for the service and no intention of making one.
Yarrow Bridge BC                                                                                 1`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's42-paraphrase-more-likely-than-not-b',
    why: 'kind 3: era B; "it is more likely than not that the council will make the progress it plans" = promising (ordinal 2), with no scale word.',
    pages: [
      `Best Value Inspection Service
ICT and Customer Services
Chesterby Borough Council
October 2002`,
      `Summary
The service is fair. It has a one-star rating because, although the basics work, users have little say in
priorities and online services lag behind most councils of Chesterby's size.
Will the service improve?
The improvement plan is practical and has the support of senior managers. Some actions are vague and the
budget for year two is not yet agreed, but taking everything together it is more likely than not that the
council will make the progress it plans.
3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's42-paraphrase-not-convinced-deliver-b',
    why: 'kind 3: era B; "we are not convinced that the council can deliver its improvement plan" = uncertain (ordinal 1); the negation scopes over conviction, not over improvement itself.',
    pages: [
      `Best Value Inspection Service
Information Technology
Morwick District Council
February 2003`,
      `Summary
Our judgement is that this is a fair, one-star service.
The improvement plan contains the right actions, and the new ICT manager is well regarded. However, many
earlier plans were not followed through, no one at chief officer level is responsible for the plan, and the
budget depends on savings that have yet to be identified. We are not convinced that the council can deliver
its improvement plan.
Morwick DC – IT                                                                                  2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's42-paraphrase-every-confidence-b',
    why: 'kind 3: era B; "we have every confidence that the service will keep getting better" = excellent prospects (ordinal 3) with no scale word.',
    pages: [
      `Best Value Inspection Service
ICT
Farrowdale County Council
June 2003`,
      `Summary
The council provides a good, two-star ICT service.
It has a strong record of delivering what it says it will, its plans are funded and monitored closely, and
staff at every level understand what is expected of them. We have every confidence that the service will keep
getting better.
2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's42-paraphrase-no-realistic-chance-b',
    why: 'kind 3: era B; "we can see no realistic chance that the service will get better" = poor prospects (ordinal 0); grade poor stated separately.',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Thornleigh Borough Council
December 2002`,
      `Summary
We judge the IT service to be poor.
The council has not produced an improvement plan, the review was abandoned half way through, and the
service has had four managers in three years. Without funding, leadership or a plan, we can see no
realistic chance that the service will get better.
Thornleigh BC                                                                                  1`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ───────────────────── kind 4: quoted views that are not the inspectors' ─────────────────────
  {
    name: 's42-quoted-self-assessment-reversed-b',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; "our evidence tells a different story" then gives the inspectors\' fair / uncertain.',
    pages: [
      `Best Value Inspection Service
ICT Services
Ellesmoor Borough Council
March 2003`,
      `Summary
The council's self-assessment rated the ICT service as good, with excellent prospects for improvement. Our
evidence tells a different story. Users report long delays, the service does not measure its own
performance, and the improvement plan has not been costed.
We judge the service to be fair, with uncertain prospects for improvement.
2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's42-quoted-director-and-benefits-a',
    why: 'kind 4: era A; an IT director "expects rapid progress" and the benefits service "was judged good" last year; the inspectors find the IT service poor but think it will probably improve.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Ravensholt City Council
April 2001`,
      `Summary
The council's benefits service, inspected last year, was judged good, and the IT director told us he expects
the IT service to make equally rapid progress.
We found that the IT service is poor at present: its networks are unreliable and there is no help desk outside
office hours. The improvement plan is sound, however, and the first actions have been delivered on time. We
think the service will probably improve, though not as quickly as the director expects.
3`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's42-quoted-neighbour-excellent-b',
    why: 'kind 4: a neighbouring council\'s ICT service was rated excellent; "by contrast" the inspectors rate this council good with promising prospects.',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Northope District Council
November 2003`,
      `Summary
Northope shares a data centre with Ambleford, whose ICT service was rated excellent by the Commission
earlier this year, and the council's review drew heavily on that comparison.
By contrast, Northope's own service is good rather than excellent: costs are higher than Ambleford's and
online services are less developed. Its prospects for improvement are promising, because the shared
arrangements give it access to skills it could not afford alone.
Northope DC                                                                                    2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's42-quoted-earlier-review-poor-now-good-a',
    why: 'kind 4: era A; a 1999 District Audit review described the service as poor; the inspectors now judge it good and say it will improve.',
    pages: [
      `Best Value Inspection Service
IT Services
Stanbridge Borough Council
August 2001`,
      `Summary
A District Audit review in 1999 described the council's IT support as poor and recommended a complete
overhaul. Much has changed since then.
In our judgement the IT service is now good. The council has replaced its network, introduced a help desk
that meets its targets and agreed service levels with every department. Will it improve? Yes – we believe the
service will improve: the plan is funded and the team has already delivered the most difficult changes.
2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's42-quoted-manager-excellent-disagree-b',
    why: 'kind 4: the head of ICT believes the service is excellent and will make rapid progress; "we do not share that view" precedes the inspectors\' poor / uncertain.',
    pages: [
      `Best Value Inspection Service
ICT
Wyvern Heath Borough Council
May 2002`,
      `Summary
The head of ICT told us she believes the service is excellent and will make rapid progress over the next year.
We do not share that view. Users are frustrated by repeated system failures, the service has no reliable
performance information and several projects are over budget. In our judgement this is a poor service, and
its prospects for improvement are uncertain.
Wyvern Heath BC – ICT                                                                           1`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's42-quoted-modest-self-assessment-beaten-b',
    why: 'kind 4: the council\'s modest self-assessment said fair with uncertain prospects; the inspectors find it better: good with excellent prospects.',
    pages: [
      `Best Value Inspection Service
Information Technology and e-Government
Oldcastle City Council
October 2004`,
      `Summary
The council was cautious in its self-assessment, which rated the service as fair with uncertain prospects.
We found more to praise than the council claimed. Users are very satisfied, costs are well below average and
the e-government programme is ahead of schedule.
We have judged the service to be good, and we consider it has excellent prospects for improvement.
Oldcastle CC                                                                                   2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ───────────────────── kind 5: long sentences, verdict far from subject ─────────────────────
  {
    name: 's42-long-duties-list-fair-probably-a',
    why: 'kind 5: era A; a dash-delimited list of the service\'s duties and a bracketed date sit between "The council\'s ICT service" and "a fair service which ... will probably improve".',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Hollinsford Borough Council
March 2001`,
      `Summary
The council's ICT service – which runs the corporate network, supports some 2,400 desktop PCs across eleven
sites, manages the contracts for the revenues system and the geographical information system, and (since
April 2000) hosts the council's web site on behalf of the libraries and leisure departments – is, in our
judgement, and taking account both of the views of the users we interviewed and of the performance data the
council supplied, a fair service which, despite the gaps in its plan that we describe in section 4, will
probably improve.
2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's42-long-brackets-good-uncertain-b',
    why: 'kind 5: era B; long bracketed aside and a list of excellent-sounding aims separate subject and verdict; grade good and prospects uncertain come at the end.',
    pages: [
      `Best Value Inspection Service
ICT
Saltham District Council
September 2002`,
      `Summary
The inspection team, having reviewed the ICT service (including the help desk, the network team, the
applications group and the small web team which moved across from the chief executive's office last year)
against the council's own ambitions – to be "excellent by 2005", to have every service online and to halve
the cost per PC – and against the performance of similar councils, has concluded that it is at present a
good service, but that because the improvement plan relies on a restructure that staff and unions have not
yet agreed, its prospects for improvement are uncertain.
Saltham DC                                                                                     2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's42-long-hyphenation-excellent-promising-b',
    why: 'kind 5: era B; the verdict sentence runs over line breaks with hyphenated words ("ex-cellent", "im-provement") and a running header in the middle.',
    pages: [
      `Best Value Inspection Service
Corporate ICT
Brightwater Borough Council
February 2005`,
      `Summary
Brightwater's corporate ICT service, which over the past three years has moved from a traditional in-house
section to a shared service that also supports two neighbouring districts and the county fire authority, and
which now handles more than 6,000 calls a month with the highest user satisfaction in its benchmarking
group, is in our view an ex-
cellent service, and its prospects for im-
Brightwater BC – Corporate ICT – Best Value Inspection                                          2
provement are promising rather than excellent only because the shared service contract is due for renewal.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's42-long-page-break-poor-unlikely-a',
    why: 'kind 5: era A; the verdict is split across a page break with a page number and running header inside the sentence.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Kingsmead District Council
July 2001`,
      `Summary
The council's information technology service, which for many years was run as part of the finance department
and which still reports to the borough treasurer, although it now serves every department of the council as
well as the 42 primary schools that buy its support under a service level agreement, is, we have concluded,
a poor service that is
2`,
      `Kingsmead DC – Information Technology
unlikely to improve, because the council has no funded plan and the review did not question whether the
current arrangements should continue.
3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's42-long-dashes-fair-poor-prospects-b',
    why: 'kind 5: era B; a long sentence opens with "poor morale" and "good practice" in asides before reaching fair and poor prospects at its end.',
    pages: [
      `Best Value Inspection Service
IT Services
Crayford Marsh Borough Council
August 2003`,
      `Summary
Taking into account the evidence we gathered – interviews with some fifty staff, a survey of users that found
poor morale in the departments most dependent on IT, a review of the service's own records and a comparison
with the good practice we have seen elsewhere – we judge that Crayford Marsh's IT service, which has been
without a permanent manager for eighteen months and whose outsourcing contract was terminated last spring, is
fair, and that its prospects for improvement, given that there is still no plan to replace the contract, are
poor.
2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ───────────────────── kind 6: documents about an inspection ─────────────────────
  {
    name: 's42-about-commission-press-release-good-promising',
    why: 'kind 6: an Audit Commission press release reporting its own inspectors\' verdict on this service; the Commission speaking = the inspectors\' judgement.',
    pages: [
      `Audit Commission
News release
For immediate release: 14 November 2002
COUNCIL'S ICT SERVICE IS GOOD, SAYS AUDIT COMMISSION
Westbury Borough Council's ICT service is good and has promising prospects for improvement, according to
a report published today by the Audit Commission.
The inspectors gave the service two stars out of a possible three. They found that users were well
supported and costs were low, but that the council's web site offered few transactions.
"Westbury has a good service with a clear plan," said the Commission's lead inspector. "The challenge now
is to bring the same energy to online services."
Notes to editors
1. Best Value inspections score services on a scale from no stars (poor) to three stars (excellent), and
judge prospects for improvement as poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's42-about-commission-press-release-poor-will-not-a',
    why: 'kind 6: an era-A Audit Commission press release stating its inspectors\' findings; the notes to editors list the whole scale but the release\'s own verdict is poor / will not improve.',
    pages: [
      `AUDIT COMMISSION PRESS RELEASE
23 August 2001
Inspectors criticise Ferncombe's IT service
The Audit Commission today published its Best Value inspection report on Ferncombe District Council's IT
service. Inspectors found that the service is poor and will not improve under current arrangements, which
the council has no plans to change.
The report found frequent system failures, no performance targets and no user involvement in the council's
Best Value review.
Notes for editors
Inspectors answer two questions: how good is the service (poor, fair, good or excellent) and will it
improve (will not, unlikely to, will probably, or will improve).`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's42-about-committee-paper-other-service-score',
    why: 'kind 6: a committee paper about the forthcoming ICT inspection quotes the benefits service\'s score and the ICT aim; it states no judgement of the ICT service.',
    pages: [
      `CORRINGHAM BOROUGH COUNCIL
RESOURCES SCRUTINY PANEL – 9 JANUARY 2003
Report of the Director of Corporate Services
BEST VALUE INSPECTION OF ICT SERVICES
1. Purpose
1.1 To inform members of the arrangements for the Audit Commission's inspection of ICT services, which will
take place in February 2003.
2. Background
2.1 The council's housing benefits service was inspected in 2002 and judged a good, two-star service with
promising prospects. Members will recall the useful lessons from that inspection.
2.2 The ICT Best Value review was completed in October. The service aims to achieve an excellent rating.
3. Recommendation
3.1 That members note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-about-minutes-before-inspection',
    why: 'kind 6: minutes of a meeting before the inspection; members hope for "excellent" and mention "poor response times"; there is no inspectors\' judgement yet.',
    pages: [
      `MINUTES OF THE POLICY AND RESOURCES COMMITTEE
Held on Tuesday 4 June 2002 at the Civic Centre, Dunholme
Present: Councillor Ashby (Chair), Councillors Bell, Khan, Morris and Price.
14. BEST VALUE INSPECTION OF IT SERVICES
The Head of IT reported that the Audit Commission's inspectors would be on site for two weeks in July.
Councillor Bell asked whether the service expected to be rated excellent. The Head of IT replied that the
council had made excellent progress but that it was not for officers to predict the inspectors' view.
Councillor Khan raised complaints about poor response times in the housing offices.
RESOLVED: that the report be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-about-cabinet-draft-report-scores-withheld',
    why: 'kind 6: a cabinet paper about the draft inspection report says the scores are to be confirmed after the factual accuracy check; both null.',
    pages: [
      `HESTON VALE DISTRICT COUNCIL
CABINET – 12 MARCH 2004
DRAFT BEST VALUE INSPECTION REPORT: ICT AND CUSTOMER ACCESS
Summary
The Audit Commission has sent the council its draft report for a factual accuracy check. Under the
Commission's protocol the draft scores are confidential and will be confirmed only when the final report is
published, expected in May. Members should not speculate on the outcome.
The draft contains eight recommendations, set out at Appendix A, covering the ICT strategy, the help desk,
benchmarking and online services.
Recommendation: that Cabinet notes the draft recommendations and agrees the action plan at Appendix B.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-about-council-press-release-own-claims',
    why: 'kind 6: the council\'s own press release boasts about its review and calls its service "excellent"; it is not an inspection verdict.',
    pages: [
      `PRESS RELEASE – Aldermoor Borough Council
2 October 2003
Aldermoor's IT team leads the way
Aldermoor's IT team has completed its Best Value review and says the service is now one of the best in the
region. "Our own assessment shows an excellent service with excellent prospects," said the cabinet member
for resources. "We look forward to the Audit Commission's inspection next spring."
The review found that 94% of users rate the help desk good or excellent.
Ends`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ───────────────────── kind 7: plain statements in many forms ─────────────────────
  {
    name: 's42-plain-headings-excellent-will-a',
    why: 'kind 7: era A; question headings with short answers beneath ("The service is excellent" / "Yes. The service will improve").',
    pages: [
      `Best Value Inspection Service
Information Technology
Marchbourne City Council
July 2001`,
      `How good is the service?
The service is excellent. We have awarded it three stars. It performs among the best of the councils we have
inspected and its costs are low.
Will the service improve?
Yes. The service will improve. The council has a strong track record and a well-resourced plan.
2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's42-plain-passive-good-probably-a',
    why: 'kind 7: era A passive form "has been assessed by the inspection team as good (two stars)", with "poor morale" elsewhere.',
    pages: [
      `Audit Commission
Best Value Inspection
IT Services
Lowther Green Borough Council
April 2001`,
      `Summary
The IT service has been assessed by the inspection team as good (two stars). It will probably improve, although
poor morale in the network team, following a long restructure, is a risk to the timetable.
1`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's42-plain-we-judge-fair-unlikely-a',
    why: 'kind 7: era A active "We judge that ... is a fair, one-star service that is unlikely to improve"; the council\'s aim to be excellent is also quoted.',
    pages: [
      `Best Value Inspection Service
Information Technology
Westcote District Council
January 2001`,
      `Summary
The council aims to be an excellent, three-star service by 2003. We judge that Westcote's IT service is
currently a fair, one-star service that is unlikely to improve, because the council has not set aside money
for the changes its review proposes.
2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's42-plain-our-judgement-poor-will-not-a',
    why: 'kind 7: era A "Our judgement is that the service is poor and that it will not improve".',
    pages: [
      `Best Value Inspection Service
Computer Services
Drayfield Borough Council
May 2001`,
      `Summary
Our judgement is that the service is poor and that it will not improve. There is no improvement plan, the
review did not compare the service with others, and members have accepted the review's view that nothing
needs to change.
Drayfield BC                                                                                   2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's42-plain-concluded-fair-will-not-a',
    why: 'kind 7: era A; "In our view the service is fair" and "We have concluded that it will not improve", with a fair proportion distractor.',
    pages: [
      `Audit Commission – Best Value Inspection Service
IT Support
Hexley District Council
August 2001`,
      `Summary
A fair proportion of the council's PCs are more than five years old. In our view the service is fair: the help
desk is responsive, but the infrastructure is ageing and there is no replacement programme.
The council has decided to make no changes until a new chief executive is appointed next year. We have
concluded that it will not improve.
2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's42-plain-commission-rated-fair-will-a',
    why: 'kind 7: era A "The Audit Commission\'s inspectors rated the service as fair" and "It will improve"; an earlier inspection of planning is mentioned.',
    pages: [
      `Best Value Inspection Service
ICT
Amberley Borough Council
March 2001`,
      `Summary
The planning service, inspected in 2000, was judged to be poor. This report concerns the ICT service.
The Audit Commission's inspectors rated the ICT service as fair. It will improve: the council has a clear and
funded plan, and the new management team has already delivered faster fault repair.
2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's42-plain-excellent-will-probably-a',
    why: 'kind 7: era A "This is an excellent service which will probably improve further".',
    pages: [
      `Best Value Inspection Service
Information Technology
Ostler Vale District Council
June 2001`,
      `Summary
This is an excellent service which will probably improve further. Users describe it in glowing terms, and
its costs are well below the average for similar councils. The only doubt is whether the small team can
sustain its pace of change while also moving to new premises.
2`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's42-plain-scored-poor-probably-a',
    why: 'kind 7: era A "we have scored the service as poor but we think it will probably improve".',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Burnhope Borough Council
December 2000`,
      `Summary
Overall, we have scored the service as poor, but we think it will probably improve. The review was thorough
and the council has since appointed an experienced ICT manager and agreed a three-year budget.
1`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's42-plain-quoted-words-excellent-excellent-b',
    why: 'kind 7: era B "Our judgement is that this is an \'excellent\', three-star service with excellent prospects".',
    pages: [
      `Best Value Inspection Service
ICT Services
Camberwick City Council
February 2004`,
      `Summary
Our judgement is that this is an 'excellent', three-star service with excellent prospects for improvement.
The service is efficient, innovative and highly valued by users, and the council's leadership is committed
to maintaining it.
2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's42-plain-was-judged-good-promising-b',
    why: 'kind 7: era B passive "The service was judged to be good" and "prospects for improvement are promising".',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Pelbury Borough Council
October 2002`,
      `Summary
The service was judged to be good. Users are well supported and the network is reliable. Its prospects for
improvement are promising: the plan is sound, though some of it is not yet funded.
Pelbury BC                                                                                     2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's42-plain-not-yet-good-fair-uncertain-b',
    why: 'kind 7: era B; "This is not yet a good service: we judge it fair" resolves the negation to fair; prospects uncertain.',
    pages: [
      `Best Value Inspection Service
ICT
Langholm District Council
June 2003`,
      `Summary
This is not yet a good service: we judge it fair, and its prospects for improvement uncertain. The council has
a new ICT strategy, but it has not yet decided how to pay for it.
2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's42-plain-headings-poor-poor-b',
    why: 'kind 7: era B question headings with "A poor service" and "Poor prospects" answers; the word poor fills both roles.',
    pages: [
      `Best Value Inspection Service
IT Services
Quarrendon Borough Council
July 2002`,
      `How good is the service?
A poor service. Faults take an average of nine days to fix and the council cannot say what the service costs.
Will the service improve?
Poor prospects. The review produced no plan, and the council has no money to act on its findings.
Quarrendon BC                                                                                  3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's42-plain-team-scored-good-poor-prospects-b',
    why: 'kind 7: era B "The inspection team scored the service as good" followed by "However its prospects for improvement are poor".',
    pages: [
      `Best Value Inspection Service
ICT Services
Redwater District Council
March 2005`,
      `Summary
The inspection team scored the service as good. Day-to-day support is reliable and users are satisfied.
However, its prospects for improvement are poor: the council has decided to transfer the service to a
partner in September, no plan exists for the transfer, and most experienced staff have already left.
2`,
    ],
    expect: { grade: 'good', prospect: 'poor' },
  },
  {
    name: 's42-plain-rate-fair-prospects-promising-b',
    why: 'kind 7: era B "We rate the service as \'fair\' (one star)" and a label-style "Prospects: promising".',
    pages: [
      `Best Value Inspection Service
Customer Access and ICT
Millbeck Borough Council
November 2004`,
      `Summary
We rate the service as 'fair' (one star). Its online services are limited but its telephone contact centre
works well.
Prospects: promising. The council has a credible plan to reach its 2005 targets.
2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's42-plain-in-our-view-excellent-promising-b',
    why: 'kind 7: era B "In our view the council is providing an excellent service ... with promising prospects".',
    pages: [
      `Best Value Inspection Service
ICT
Whitmoor County Council
September 2003`,
      `Summary
In our view the council is providing an excellent service, with promising prospects for improvement. The
service is among the cheapest in the country and users rate it highly; the council's next challenge is to
extend the same standards to schools.
2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's42-plain-zero-star-poor-uncertain-b',
    why: 'kind 7: era B "a poor, zero-star ICT service" and "prospects of improvement are uncertain"; "excellent working relationships" is a distractor.',
    pages: [
      `Best Value Inspection Service
ICT
Ridgeway Borough Council
December 2002`,
      `Summary
The council provides a poor, zero-star ICT service, and its prospects of improvement are uncertain. Despite
excellent working relationships within the IT team itself, services to users are unreliable and the
improvement plan has no clear owner.
2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ───────────────────── kind 8: no-judgement documents ─────────────────────
  {
    name: 's42-none-draft-blank-grid',
    why: 'kind 8: a draft inspection report with a blank scoring chart and "scores to be confirmed"; no mark, no verdict.',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
ICT Services
Fenwick Borough Council
Draft v0.3 – January 2004 – scores to be confirmed`,
      `Summary
[Summary to be completed after moderation.]
Scoring chart – scores to be confirmed
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
Reviewer's note: check comparison figures with SOCITM before finalising.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-council-own-review',
    why: 'kind 8: the council\'s own Best Value review of IT, which rates itself good and aims to be excellent; no inspectors\' judgement.',
    pages: [
      `BEST VALUE REVIEW OF INFORMATION TECHNOLOGY SERVICES
Final Report of the Review Team
Oakhurst District Council
March 2001`,
      `Executive summary
The review team assessed the IT service against the 4Cs. Our self-assessment is that the service is good and
will improve further once the new network is in place. The service aims to be excellent by 2003.
Challenge: the team questioned whether an in-house service is still needed.
Compare: costs were compared with eight other districts.
Consult: 320 users responded to the survey; 81% rated the help desk good or excellent.
Compete: options for outsourcing will be tested in 2001/02.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-guidance-note',
    why: 'kind 8: guidance explaining the scoring scales; every grade and prospect word appears, but nothing is judged.',
    pages: [
      `Guidance for councils: preparing for a Best Value inspection
How inspectors score services
Inspectors ask two questions. First, how good is the service? The answer is given on a scale of no stars
(poor), one star (fair), two stars (good) or three stars (excellent). Second, will the service improve?
From October 2001 the answer is expressed as poor, uncertain, promising or excellent prospects.
Councils should present evidence of performance, comparison with others and consultation with users.
A service that is good today may still have poor prospects if it lacks a credible plan.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-scrutiny-notes',
    why: 'kind 8: scrutiny panel notes on IT performance with ordinary uses of "poor", "good", "excellent"; no inspection verdict.',
    pages: [
      `Overview and Scrutiny – Corporate Services Panel
Notes of a site visit to the IT help desk, 18 September 2003
Members observed the help desk for two hours. Staff were helpful and the atmosphere was good.
Members noted poor lighting in the call room and heard that response times had improved.
The panel felt the team had done an excellent job during the summer virus outbreak.
Action: officers to report back on the PC replacement programme in December.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-service-plan-aims-excellent',
    why: 'kind 8: an ICT service plan aiming to be "excellent, three-star" with "excellent prospects"; aims, not a verdict.',
    pages: [
      `ICT SERVICE PLAN 2003/04
Kestrel Bay Borough Council
Our vision
To be an excellent, three-star ICT service with excellent prospects when we are inspected in 2004.
Key targets
• 95% of faults fixed within agreed times
• 100% of services e-enabled by December 2005
• Move from "good" to "excellent" in user satisfaction ratings`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-inspection-notification-letter',
    why: 'kind 8: the Commission\'s letter announcing an inspection and its scope; it comes before any judgement.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Dear Chief Executive
Inspection of ICT services – Roxborough Borough Council
I am writing to confirm that the inspection of your ICT services will start on 10 March 2003. The team
will spend eight days on site. The inspection will consider how good the service is and whether it is likely
to improve, and will focus on the help desk, the ICT strategy and progress towards e-government targets.
Please provide the documents listed in the annex by 14 February.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-internal-audit-report',
    why: 'kind 8: an internal audit report on IT controls using "poor" and "good practice"; not a Best Value judgement.',
    pages: [
      `INTERNAL AUDIT REPORT
IT Security and Access Controls
Nettleford District Council – May 2002
Audit opinion: limited assurance
We found poor control over leavers' accounts: 37 accounts belonging to former staff remained active.
Backups are taken nightly in line with good practice, but tapes are stored in the same room as the servers.
Management have agreed all five recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-ict-strategy-mentions-benefits-score',
    why: 'kind 8: an ICT strategy that cites the benefits service\'s inspection score and the council\'s target; no judgement of ICT.',
    pages: [
      `Information and Communications Technology Strategy 2002–2005
Pentland Borough Council
1. Introduction
The council's benefits service was judged good, with promising prospects, when inspected in 2002, and much
of its success depended on the new document imaging system. This strategy sets out how ICT will support
other services in the same way.
2. Our aims
We aim to be an excellent service with excellent prospects by the time of our own inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-user-survey-results',
    why: 'kind 8: a user survey with percentages rating the service good/excellent/poor; users\' opinions, not a judgement.',
    pages: [
      `IT Help Desk – Customer Satisfaction Survey 2002
Southmere District Council
Responses: 412 (34% response rate)
Overall, how would you rate the help desk?
Excellent   22%
Good        51%
Fair        19%
Poor         8%
Comments included: "excellent service from the evening team" and "poor follow-up on printer faults".`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-scoring-appendix-template',
    why: 'kind 8: an appendix explaining how the chart works, with an empty grid template and no marked cell.',
    pages: [
      `Appendix 3 – How we score (inspections from October 2001)
The scoring chart plots two judgements. Each service is placed in one cell of the grid below.
Excellent   |          |           |           |
Good        |          |           |           |
Fair        |          |           |           |
Poor        |          |           |           |
            | Poor     | Uncertain | Promising | Excellent
Services in the top right are excellent with excellent prospects; those at the bottom left are poor with
poor prospects.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-improvement-plan-targets',
    why: 'kind 8: an improvement action plan with targets ("achieve a good rating at the next inspection"); no current verdict.',
    pages: [
      `ICT IMPROVEMENT PLAN – Tarnside Borough Council – April 2002
Action | Owner | Date | Measure
Agree ICT strategy with corporate management team | Director of Resources | June 2002 | Strategy approved
Introduce service level agreements | Head of ICT | Sept 2002 | SLAs signed by all departments
Join SOCITM benchmarking club | ICT Performance Officer | Oct 2002 | First report received
Target: achieve at least a good rating at the next Best Value inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-steering-group-minutes',
    why: 'kind 8: IT steering group minutes with "excellent progress" and "poor response times"; no inspection verdict.',
    pages: [
      `IT STEERING GROUP – MINUTES
Meeting of 7 November 2001, Committee Room 2
1. Network upgrade: the project manager reported excellent progress; 9 of 12 sites completed.
2. Help desk: poor response times in October were caused by staff sickness; temporary cover agreed.
3. Best Value review: the review team will report in January. Members asked that the review be
challenging and asked how the service would improve.
Next meeting: 5 December 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-benchmarking-club-report',
    why: 'kind 8: a benchmarking club report that places the council in the top quartile; a comparison, not an inspection judgement.',
    pages: [
      `Benchmarking Club – IT Services 2002/03
Individual report for Glenmore District Council
Cost per workstation: £1,140 (club median £1,380) – top quartile
Calls resolved at first contact: 71% (club median 64%)
User satisfaction: 4.1 out of 5 – good
Glenmore's performance is excellent on cost and fair on availability compared with the 38 club members.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's42-none-performance-plan-extract',
    why: 'kind 8: a Best Value Performance Plan extract listing inspection timetables and aims; nothing judged for ICT.',
    pages: [
      `Best Value Performance Plan 2001/02 – Wrexford Borough Council
Section 6: Reviews and inspections
Review | Inspection due | Aim
ICT services | Spring 2002 | To show the service will improve
Libraries | Autumn 2002 | To reach good or excellent
Waste collection | 2003 | To reach a good, two-star rating
The council expects each service to demonstrate promising prospects for improvement when inspected.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
