/** Held-out judgement set 29, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases29: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's29-grid-asterisk-spaces-good-promising',
    why: 'kind 1: grid laid out with runs of spaces; star glyphs label the grade rows, the mark is a plain asterisk under "promising" on the good row; the council aims to be excellent (ambition, not verdict)',
    pages: [
      `Best Value Inspection Service

Holbrook Vale Borough Council
Information and Communications Technology Services

Inspection report
June 2002

The Audit Commission is an independent body responsible for ensuring that public money is spent
economically, efficiently and effectively.`,
      `Holbrook Vale BC – ICT Services                                               3

Scoring chart
The chart below summarises our judgements. The vertical axis shows how good the service is; the
horizontal axis shows its prospects for improvement. The council told us it wants the service to be
excellent within three years.

                         'a good service?'
  ★★★  excellent
  ★★   good                                     *
  ★    fair
       poor
                 poor         uncertain     promising     excellent
                          'prospects for improvement?'

Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that provide
practical pointers for improvement. We recommend that the council:
• agrees service standards with each directorate;
• completes the replacement of the remaining 300 older desktop PCs;
• publishes help desk performance quarterly.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's29-grid-tabs-swapped-axes-fair-unlikely',
    why: 'kind 1: era A grid extracted as tab-separated cells with prospects as ROWS and grades as COLUMNS (caption says so); X sits in the "Unlikely to improve" row under "Fair"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Marlow Fen District Council
Information Technology
April 2001`,
      `Summary
The district's IT section supports 640 users in the main offices and four depots. This report sets
out what we found and what the council should do next.

Scoring chart
In this chart the rows show whether the service will improve and the columns show how good it is now.
\tPoor\tFair\tGood\tExcellent
Will improve (yes)\t\t\t\t
Will probably improve\t\t\t\t
Unlikely to improve\t\tX\t\t
Will not improve\t\t\t\t

Marlow Fen DC – IT                                                  page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's29-grid-one-cell-per-line-tick-fair-poor',
    why: 'kind 1: extraction gives one cell per line (empty cells as dashes); the tick is the first cell of the "fair" row, i.e. the poor-prospects column; every axis word appears as text',
    pages: [
      `Kettlewick Borough Council
ICT and Customer Access
Best Value inspection
November 2003
Audit Commission – Best Value Inspection Service`,
      `Scoring chart
Prospects for improvement (columns, left to right)
poor
uncertain
promising
excellent
A good service? (rows, top to bottom)
excellent ★★★
–
–
–
–
good ★★
–
–
–
–
fair ★
✓
–
–
–
poor
–
–
–
–
The marked cell shows the inspectors' judgement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's29-grid-bracket-x-good-will',
    why: 'kind 1: era A form-style grid with [ ] boxes; the only [x] is in the Good row under "Will improve"; two-line column headers',
    pages: [
      `Best Value Inspection Service
Thornbury Moor Borough Council
Information Technology Services
Report of inspection, July 2001`,
      `Thornbury Moor BC                       Information Technology Services                        5

Our judgements

                 Will not      Unlikely to    Will probably    Will
                 improve       improve        improve          improve
Excellent        [ ]           [ ]            [ ]              [ ]
Good             [ ]           [ ]            [ ]              [x]
Fair             [ ]           [ ]            [ ]              [ ]
Poor             [ ]           [ ]            [ ]              [ ]

The marked box shows how good the service is now and whether it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's29-grid-bullet-reversed-axes-poor-uncertain',
    why: 'kind 1: unusual axis order (poor row at the top, best prospects on the left); the bullet on the poor row sits under "uncertain"; "excellent working relationships" in the text is ordinary language',
    pages: [
      `Redlinch City Council
ICT Services
Inspection report – March 2004
Best Value Inspection Service`,
      `Scoring chart
Quality of service is shown down the side (poor at the top) and prospects for improvement across the
page, with the best prospects on the left.

                excellent    promising    uncertain    poor
poor                                      •
fair
good
excellent

The ICT manager has excellent working relationships with the schools service, but this is not
reflected in the experience of most users.

Redlinch City Council – ICT                                                      4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's29-grid-star-mark-excellent-will',
    why: 'kind 1: era A grid where the grade labels say "3 stars" etc. in words and the mark itself is a ★ glyph in the Excellent row under "Yes"',
    pages: [
      `Audit Commission
Penwarden Borough Council
IT Services – Best Value inspection
May 2001`,
      `Scoring chart

                                    Will the service improve?
                     No        Unlikely     Probably     Yes
Excellent (3 stars)                                      ★
Good (2 stars)
Fair (1 star)
Poor (0 stars)
                        How good is the service? (down the side)

This is the first IT service we have inspected that we have placed in the top row of the chart.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's29-grid-x-prospects-down-side-good-excellent',
    why: 'kind 1: caption says prospects run down the side and quality along the bottom; X on the "excellent prospects" row sits over the "good / 2 stars" column, so "excellent" is the prospect, not the grade',
    pages: [
      `Best Value Inspection Service
Oakhurst Metropolitan Borough Council
Corporate ICT
September 2002`,
      `Figure 1: scoring chart. Prospects for improvement are shown down the left-hand side; the quality of
the service runs along the bottom.

excellent prospects                        X
promising prospects
uncertain prospects
poor prospects
                      poor      fair      good      excellent
                      0 stars   1 star    2 stars   3 stars

Oakhurst MBC – Corporate ICT                                                  page 3 of 28`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's29-grid-pipes-asterisk-poor-poor',
    why: 'kind 1: grid extracted as a pipe table; asterisk in the first data column of the Poor row (poor prospects); the corporate plan wanting an "excellent" ICT service is an aim',
    pages: [
      `Greyhaven District Council
Information Technology
Best Value Inspection Service – February 2003`,
      `Summary
The council's corporate plan says it wants an 'excellent' ICT service that supports modern, joined-up
services. The chart below shows where we place the service today.

Scoring chart
| A good service? | Poor prospects | Uncertain prospects | Promising prospects | Excellent prospects |
| Excellent ★★★ |  |  |  |  |
| Good ★★ |  |  |  |  |
| Fair ★ |  |  |  |  |
| Poor | * |  |  |  |

2   Greyhaven DC – IT inspection report`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing grade words with stars or sentences, beside reasons
  // ---------------------------------------------------------------------------
  {
    name: 's29-table-fair-one-star-uncertain-reasons',
    why: 'kind 2: judgement cells "Fair – one star out of three" and "Uncertain"; the reasons column uses good, excellent and poor about parts of the service',
    pages: [
      `Eastholme District Council
ICT Services
Best Value inspection report
October 2002
Audit Commission`,
      `Summary of judgements

Question
Judgement
Reasons
How good is the service?
Fair – one star out of three
Good progress on the intranet and an excellent schools network are offset by poor help desk
performance and weak asset records.
What are the prospects for improvement?
Uncertain
The improvement plan is sound in parts but is not costed; staff morale is poor and two key posts are
vacant.

Eastholme DC                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's29-table-poor-no-stars-no-will-not',
    why: 'kind 2: era A table, cells "Poor (no stars)" and "No, it will not improve"; reasons column has "a fair proportion" and "good reason"',
    pages: [
      `Best Value Inspection Service
Linbridge Borough Council
Information Technology Support
February 2001`,
      `Table 1: Inspectors' judgements

Is the service good?     Poor (no stars)            A fair proportion of calls are handled promptly, but
                                                    most users rate the service as poor and unit costs
                                                    are among the highest in the region.
Will it improve?         No, it will not improve    The review did not challenge the service; the plan
                                                    has no targets; we found no good reason to expect
                                                    change.

Linbridge BC – IT Support                                                  3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's29-table-good-two-of-three-promising',
    why: 'kind 2: "Good: 2 stars of 3" and "Promising – likely to improve"; the reasons mention "not yet excellent" and a web team whose prospects were judged poor last year',
    pages: [
      `Audit Commission
Quarrington Borough Council
Information and Communication Technology
Inspection report – January 2003`,
      `Summary

Judgement            Score                              Why
Current service      Good: 2 stars of 3                 Reliable network and a well-regarded help desk;
                                                        not yet excellent because few services can be
                                                        used on line.
Prospects            Promising – likely to improve      Costed plan and committed members; capacity is
                                                        still thin in the web team, whose own prospects
                                                        an internal review called poor last year.

Quarrington BC – ICT                                                            page 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's29-table-excellent-stars-yes-will',
    why: 'kind 2: era A table with "Excellent ★★★" and "Yes – it will improve"; reasons mention a poor switchboard and an "unlikely" phrase that is not the verdict',
    pages: [
      `Best Value Inspection Service
Sandmere Borough Council
IT Services
August 2001`,
      `Summary

How good is the service?      Excellent ★★★              Costs are low, users rate the service highly and
                                                         availability is close to 100 per cent; only the
                                                         telephone switchboard is poor.
Will it improve?              Yes – it will improve      An ambitious but realistic plan, backed by a record
                                                         of delivery that makes slippage unlikely.

Sandmere BC – IT Services                                              2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's29-table-cells-per-line-good-excellent',
    why: 'kind 2: table extracted one cell per line; "Good (two stars)" and "Excellent prospects"; reasons call out-of-hours support poor, the web site only fair and the leadership excellent',
    pages: [
      `Fallowmere City Council
ICT Services
Inspection report
Best Value Inspection Service
August 2004`,
      `Our judgements
Question
Judgement
Main reasons
Is it a good service?
Good (two stars)
Strengths clearly outweigh weaknesses, although out-of-hours support is poor and the web site is
only fair.
What are the prospects for improvement?
Excellent prospects
A strong track record, a fully funded plan, and leadership that we found to be excellent.

Fallowmere City Council – ICT                                              3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's29-table-fair-1-star-probably-on-balance',
    why: 'kind 2: era A row "Fair (1 star)" and "Will probably improve – on balance"; reasons say improvement is unlikely in one part of the service and user satisfaction is "a fair level"',
    pages: [
      `Audit Commission
Wexcombe District Council
Information Technology
March 2001`,
      `Judgement      Rating                                  Reasons
Quality        Fair (1 star)                           Good network availability; poor project
                                                       management; a fair level of user satisfaction.
Improvement    Will probably improve – on balance      Improvement in the web service is unlikely unless
                                                       extra staff are found, but the core plan is
                                                       realistic and has member support.

Wexcombe DC – Information Technology                                     4`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased as likelihood, belief and negation
  // ---------------------------------------------------------------------------
  {
    name: 's29-paraphrase-on-balance-expect-better-fair-probably',
    why: 'kind 3: era A; "on balance we expect the service to get better" with no scale word = will probably improve; grade stated plainly as fair',
    pages: [
      `Best Value Inspection Service
Northfleet Downs District Council
Information Technology
January 2001`,
      `Summary
The IT service is fair. Users can generally rely on the network, but new systems are delivered late
and the help desk closes at 4.30pm.

Will the service improve?
On balance, we expect the service to get better over the next two years, although progress will be
slow and depends on the council filling two vacant analyst posts. The improvement plan is realistic
and has been agreed by members.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's29-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "we doubt that the council has the capacity to deliver" = unlikely to improve; no scale word used',
    pages: [
      `Audit Commission
Ravensmoor Borough Council
Information Technology Services
June 2001`,
      `Summary
In our view this is a poor service. Fault repairs take more than twice as long as in comparable
councils and most departments have given up reporting minor problems.

The council has produced an improvement plan with 46 actions. We doubt that it has the capacity to
deliver it: the plan depends on a restructure that has not been agreed, no money has been set aside,
and the officer who wrote it has since left the authority.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's29-paraphrase-no-sign-of-change-poor-will-not',
    why: 'kind 3: era A; "there is no sign that anything will change" and "we see no prospect of it getting better" = will not improve',
    pages: [
      `Best Value Inspection Service
Coldharbour District Council
Computer Services
December 2000`,
      `Coldharbour DC – Computer Services                                         2

How good is the service?
We judge the service to be poor: it is expensive, unreliable and poorly regarded by the staff who use
it.

Will the service improve?
There is no sign that anything will change. The review restated existing practice, the action plan
contains no targets or dates, and senior managers told us that they see no need for a different
approach. We see no prospect of the service getting better without a fundamental change of direction.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's29-paraphrase-double-negation-confident-good-will',
    why: 'kind 3: era A (September 2001, last month of the first vocabulary); "nothing we saw gives us reason to doubt" and "we are confident" = will improve',
    pages: [
      `Audit Commission
Best Value Inspection Service
Ashbourne Vale Borough Council
ICT Services
September 2001`,
      `Summary
This is a good service that users trust. Nothing we saw during the inspection gives us reason to
doubt that the council will deliver its improvement plan in full, and we are confident that the
service will continue to get better: the plan is costed, owned by the management team and already
half complete.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's29-paraphrase-cannot-turn-round-poor-poor',
    why: 'kind 3: era B; "we do not believe the council can turn this service round" = ordinal 0, which in the later vocabulary is poor prospects; the scale phrase itself is absent',
    pages: [
      `Best Value Inspection Service
Saltmarsh Borough Council
ICT and E-government
May 2003`,
      `Summary
The service is poor and has no stars. Only a third of the council's services can be reached on line,
the network fails several times a month, and departments are buying their own systems.

We do not believe that the council can turn this service round. Its improvement plan repeats the
targets of the last two years, none of which were met, and the council has no money set aside to
deliver it. There is no realistic chance of improvement under the present arrangements.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's29-paraphrase-more-likely-than-not-fair-promising',
    why: 'kind 3: era B; "more likely than not that the service will make the progress it needs" = ordinal 2 = promising; no scale word',
    pages: [
      `Audit Commission
Brackenfield District Council
Information and Communications Technology
April 2004`,
      `Summary
We judge the ICT service to be fair (one star).

Looking ahead, we think it more likely than not that the service will make the progress it needs. A
new head of ICT has brought focus, the plan is funded for its first two years, and early actions have
been completed on time; however, several key projects have yet to start.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's29-paraphrase-real-doubts-fair-uncertain',
    why: 'kind 3: era B; "we have real doubts whether the plan will be delivered" = ordinal 1 = uncertain prospects; no scale word',
    pages: [
      `Best Value Inspection Service
Hollins Cross Borough Council
ICT Services
December 2002`,
      `Hollins Cross BC                                                                3

Our judgement is that this is a fair, one-star service.

We have real doubts whether the improvement plan will be delivered. It is ambitious, but it relies on
savings that have not been identified, and the council's record of completing ICT projects is
patchy. Some improvement may happen, but we cannot say with any confidence that the service will
make the progress it needs.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's29-paraphrase-every-confidence-good-excellent',
    why: 'kind 3: era B; "we have every confidence that the plan will be delivered in full" = ordinal 3 = excellent prospects; no scale word',
    pages: [
      `Audit Commission
Tarnbrook City Council
ICT and Customer Services
July 2004`,
      `Summary
The service is good: it is reliable, well managed and valued by its users.

We have every confidence that the improvement plan will be delivered in full and that the service will
keep getting better. The council has a strong record of delivering what it promises, the plan is fully
funded, and members and senior managers are closely involved in monitoring it.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's29-quoted-self-assessment-good-then-fair-uncertain',
    why: 'kind 4: the council\'s self-assessment rated the service good with promising prospects; "our evidence tells a different story" and the inspectors judge fair and uncertain',
    pages: [
      `Best Value Inspection Service
Gilsland Borough Council
ICT Services
March 2003`,
      `Summary
In its self-assessment the council rated the ICT service as good, with promising prospects for
improvement, pointing to its new network and its e-government plan.

However, our evidence tells a different story. Users in four of the five directorates told us that
faults take days to resolve, and the network upgrade is six months late. We judge the service to be
fair. Its prospects for improvement are uncertain: the plan has no clear priorities and the council
has not shown that it can manage projects of this size.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's29-quoted-it-director-rapid-progress-poor-unlikely',
    why: 'kind 4: era A; the IT director "expects rapid progress" (a manager\'s view); the inspectors "do not share this confidence" and say unlikely to improve',
    pages: [
      `Audit Commission
Penhallow District Council
Information Technology
March 2001`,
      `Will the service improve?
The IT director told us that he expects rapid progress once the new help desk software is installed
this summer, and that most of the review's recommendations will be in place by Christmas.

We do not share this confidence. Similar promises were made in 1999 and were not kept, and the
software alone will not address the shortage of skilled staff. In our view the service is poor and
it is unlikely to improve.

Penhallow DC – IT                                                                   6`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's29-quoted-neighbour-excellent-this-good-promising',
    why: 'kind 4: a neighbouring council\'s ICT service was judged excellent with excellent prospects; this service is good with promising prospects',
    pages: [
      `Best Value Inspection Service
Dunford Borough Council
Information and Communications Technology
October 2003`,
      `Comparison with others
The council has chosen neighbouring Wexcombe as its main comparator. Wexcombe's ICT service was
inspected last year and judged excellent, with excellent prospects, and Dunford has borrowed several
of its ideas.

Dunford is not yet at that level. We judge its ICT service to be good, with promising prospects
for improvement: it performs well on reliability and cost, and its plan is realistic, but it has
further to go on electronic service delivery.

Dunford BC – ICT                                                           page 7`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's29-quoted-earlier-inspection-poor-reinspection-fair-promising',
    why: 'kind 4: a 2001 inspection found a poor service that would not improve (earlier vocabulary); this 2003 re-inspection judges fair with promising prospects',
    pages: [
      `Audit Commission
Stainmoor Metropolitan Borough Council
ICT Services – re-inspection
November 2003`,
      `Background
When we first inspected the ICT service in June 2001 we judged it to be poor and concluded that it
would not improve. This re-inspection looks at what has changed since then.

Summary
The service has changed considerably. We now judge it to be a fair, one-star service. Prospects for
improvement are promising: the council has invested in a new network, brought in experienced
managers, and is delivering its plan to time.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's29-quoted-members-believe-excellent-inspectors-good-probably',
    why: 'kind 4: era A; members believe the service is excellent (council view); "The inspectors\' view is" good and will probably improve',
    pages: [
      `Best Value Inspection Service
Hexley Borough Council
Information Technology Services
July 2001`,
      `Summary
Members told us that they regard the IT service as excellent and see little need for change. The
inspectors' view is more measured. The service is good – reliable, responsive and reasonably
priced – but it does not yet support the council's wider ambitions for electronic service delivery.
We consider that the service will probably improve, as the plan is sound, although its later stages
are not yet funded.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's29-quoted-consultants-poor-inspectors-good-excellent',
    why: 'kind 4: external consultants in 2002 called the service poor; the inspectors found "a much better picture": good, with excellent prospects',
    pages: [
      `Audit Commission
Lowerby District Council
ICT Services
February 2004`,
      `Context
In 2002 the council commissioned external consultants to review ICT. Their report described the service
as poor and recommended that it be outsourced.

Summary
We found a much better picture. Since the consultants reported, the service has been restructured
and performance has improved on every measure. The inspection team judges the service to be good,
and we consider its prospects for improvement to be excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's29-quoted-self-assessment-agree-fair-but-only-probably',
    why: 'kind 4: era A; self-assessment said "fair and will improve"; inspectors agree on fair but say only that it will probably improve',
    pages: [
      `Best Value Inspection Service
Brimley District Council
Information Technology
May 2001`,
      `Brimley DC – Information Technology                                      4

The council's self-assessment concluded that the service was fair and that it will improve. We agree
that the service is fair. We are less certain about the future than the council is: the plan is
sensible, but the council has not yet found the money for the second phase. Our conclusion is that
the service will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from subject
  // ---------------------------------------------------------------------------
  {
    name: 's29-long-dashes-list-of-duties-poor-uncertain',
    why: 'kind 5: the grade word comes some forty words after "The ICT service", past a dash-enclosed list of duties and a bracketed cross-reference; prospects sentence likewise long',
    pages: [
      `Best Value Inspection Service
Millbeck Borough Council
ICT Services
June 2003`,
      `Summary
The ICT service – which runs the corporate network, supports some 2,300 users across 40 sites,
manages the council's contract with its telephony provider and, since April, hosts the public web site
(see paragraph 12) – is, in our judgement and having taken account of the comparisons set out in
Appendix 2, a poor service.
Its prospects for improvement, given a plan that is well intentioned but unfunded beyond March, a
management team that has only recently been completed and a record of projects that have started
well and then stalled, are in our view uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's29-long-brackets-good-probably',
    why: 'kind 5: era A; brackets and a subordinate clause separate "the service" from "good"; the prospect clause is far from its subject too',
    pages: [
      `Audit Commission
Corrington District Council
Information Technology
February 2001`,
      `Summary
We consider that the information technology service (which, as well as supporting the council's own
offices, provides payroll and network services under contract to two neighbouring authorities and to
the local fire service) is, when its costs, its reliability and the views of the people who use it
are taken together, good.
The service, if the council holds to the timetable in its improvement plan and fills the two posts
now being advertised, will in our view probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's29-long-page-break-header-fair-poor',
    why: 'kind 5: era B; the grade is split from "we judge the service to be" by a page break with running header and page number; prospects stated after a long list',
    pages: [
      `Best Value Inspection Service
Kettering Fields Borough Council
ICT Services
January 2004`,
      `Summary
Having looked at the service's costs, at its performance against its own standards and those of
similar councils, and at what users across the council told us in interviews and focus groups, we
judge the service to be`,
      `Kettering Fields BC – ICT Services                                              4

fair.
For a service whose plan has been rewritten three times in two years, whose head post has been
filled on an interim basis since 2002, and whose budget is to be cut by a further ten per cent, the
prospects for improvement are, we have concluded, poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's29-long-hyphenated-line-ends-fair-unlikely',
    why: 'kind 5: era A; verdict words hyphenated across line ends ("ser-vice", "un-likely", "im-prove") and separated from the subject by a long aside',
    pages: [
      `Audit Commission
Ormside District Council
Information Technology
August 2001`,
      `Summary
The IT section, small as it is and stretched across the council's three main offices and its leisure
centres, provides what we judge to be, on the evidence of user surveys, help desk records and our own
tests, a fair ser-
vice. Because the improvement plan was written by the section without reference to the rest of the
council, and because it contains no costed actions, the service is, in our view, un-
likely to im-
prove.

Ormside DC                                                                   3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's29-long-notwithstanding-excellent-excellent',
    why: 'kind 5: era B; a long sentence with "notwithstanding the poor state of the telephony contract" between subject and "excellent"; prospects sentence also long',
    pages: [
      `Best Value Inspection Service
Wainfleet City Council
ICT and Customer Access
March 2005`,
      `Summary
Taking together everything we saw and heard, the inspection team's view is that the ICT service
provided to schools, departments and the public – despite the pressure of the 2005 targets, the loss
of its deputy head in the autumn, and notwithstanding the poor state of the telephony contract it
inherited from the former county arrangement – is excellent.
The prospects of the service continuing to improve, resting as they do on a fully funded three-year
plan, on members and senior officers who monitor it closely, and on a track record of delivering
what it promises, are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's29-long-semicolons-poor-will-not',
    why: 'kind 5: era A; a long list separated by semicolons sits between the subject and "poor", and the prospect "will not improve" follows a long conditional clause',
    pages: [
      `Audit Commission
Scarrow Borough Council
Computer Services
November 2000`,
      `Summary
The computer service – responsible for the mainframe, which runs payroll, council tax and benefits;
for some 900 desktop PCs; for the telephone system; and, nominally, for the council's web pages, which
have not been updated since 1998 – is, in the view of the inspectors, poor.
The service, unless the council is prepared to rethink the whole basis on which it is provided
rather than make the minor adjustments proposed in its review, will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's29-about-commission-press-release-fair-promising',
    why: 'kind 6: an Audit Commission press release announcing its own published verdict on this service (the Commission is the inspector), so the verdict counts; the council leader\'s hope of "excellent" does not',
    pages: [
      `AUDIT COMMISSION
NEWS RELEASE
Embargoed until 00.01 hrs, Thursday 14 November 2002

Sandmere's ICT service: "making headway" say inspectors

Inspectors from the Audit Commission have judged Sandmere Borough Council's information and
communications technology service to be 'fair' with 'promising' prospects for improvement.

The inspectors found a reliable network and a well-used help desk, but said that too few council
services could yet be used on line. The council's plan to improve was realistic and had strong
support from members.

Councillor Ann Breward, leader of the council, said: "We want to be an excellent service and this
report shows we are on our way."

Notes to editors
1. The Audit Commission's Best Value Inspection Service inspects council services and publishes
   its findings. Reports are available at www.audit-commission.gov.uk.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's29-about-cabinet-report-quotes-final-verdict-good-uncertain',
    why: 'kind 6: a cabinet report on the published inspection of this same ICT service, quoting the Commission\'s final verdict; the other service\'s score it also mentions is not this service\'s',
    pages: [
      `LINDHOLME BOROUGH COUNCIL
CABINET – 9 APRIL 2003
REPORT OF THE DIRECTOR OF RESOURCES
BEST VALUE INSPECTION OF ICT SERVICES: OUTCOME

1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of the council's ICT
service and to seek approval for the action plan attached at Appendix A.

2. The inspection findings
2.1 The Commission's final report was published on 21 March 2003. The inspectors judged the ICT
service to be 'good' (two stars) with 'uncertain' prospects for improvement.
2.2 The inspectors' main concern was the council's capacity to deliver its improvement plan while
also implementing the new revenues system.
2.3 Members will recall that the housing repairs service, inspected in 2002, was judged 'fair' with
'promising' prospects.

3. Recommendation
3.1 That Cabinet notes the report and approves the action plan.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's29-about-committee-paper-other-service-score-null',
    why: 'kind 6: committee paper on the ICT review before any ICT inspection; the only scores quoted belong to the benefits service, so there is no judgement of this service',
    pages: [
      `WEXCOMBE DISTRICT COUNCIL
RESOURCES SCRUTINY PANEL – 17 JUNE 2002
AGENDA ITEM 6: BEST VALUE REVIEW OF ICT – PROGRESS

1. The Best Value review of ICT services began in January and the final report is expected in
September. The Audit Commission is expected to inspect the service early in 2003.
2. Members will wish to note the outcome of last year's inspection of the benefits service, which
the Audit Commission judged to be 'good' with 'excellent' prospects for improvement. The review team
has met the benefits manager to learn from that experience.
3. The ICT review team will report its options appraisal to the next meeting of the panel.

Contact officer: Head of ICT, ext. 4412`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-about-minutes-draft-scores-to-be-confirmed-null',
    why: 'kind 6: era A minutes discussing a draft report whose scores are "to be confirmed"; a member worries it may be "unlikely to improve" — speculation, no verdict',
    pages: [
      `CORRINGTON DISTRICT COUNCIL
Minutes of the Policy and Resources Committee held on 5 December 2000

47. BEST VALUE INSPECTION – INFORMATION TECHNOLOGY
The Director of Finance reported that the draft report of the Audit Commission's inspection of the
IT service had been received for factual accuracy checking. The scores were marked "to be confirmed"
and would not be known until the final report was published in the new year.
Councillor Hedley asked whether the service was likely to be rated poor. The Director said he could
not anticipate the inspectors' findings. Councillor Moss expressed concern that the service might be
found "unlikely to improve" and asked that the action plan be brought forward.
RESOLVED: that the report be noted and the final report be brought to the February meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-about-council-press-release-own-claims-null',
    why: 'kind 6: a council press release claiming its ICT service is heading for excellence and quoting the libraries\' two-star inspection; no inspection verdict on ICT',
    pages: [
      `PRESS RELEASE
Greyhaven District Council
For immediate release: 3 March 2004

COUNCIL ON THE ROAD TO EXCELLENCE ONLINE

Greyhaven's ICT team is "well on the way to an excellent, three-star service", according to the
council's cabinet member for resources, Cllr Peter Dowling.

"We expect the Audit Commission to inspect our ICT service later this year and we are confident
that it will see a service with excellent prospects," he said. "Our library service was rated good
(two stars) last year, and ICT is following the same path."

More than half of the council's services can now be accessed on line at www.greyhaven.gov.uk.

ENDS`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-about-staff-bulletin-final-report-poor-probably',
    why: 'kind 6: era A staff bulletin reporting the published inspection of this IT service and quoting the inspectors\' verdict (poor, will probably improve)',
    pages: [
      `IT MATTERS
Staff newsletter of the IT Services Division, Hexley Borough Council
Issue 14 – September 2001

INSPECTORS PUBLISH THEIR REPORT
The Audit Commission published its report on our Best Value inspection in August. The inspection took place in
June. The inspectors found that the IT service is currently 'poor', but that it 'will probably
improve'. They praised the new help desk team and the progress of the network project, but said that
too many users still wait too long for faults to be fixed.

Head of IT Sue Carrick said: "This is a fair report and it gives us a clear agenda for the next year."

Also in this issue: the new starters' page, and the results of the e-mail quiz.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 7: plain statements, both eras, all values
  // ---------------------------------------------------------------------------
  {
    name: 's29-plain-a-headings-poor-will-not',
    why: 'kind 7: era A; answers under the headings "How good is the service?" and "Will the service improve?"',
    pages: [
      `Best Value Inspection Service
Drayfield Borough Council
Information Technology
December 2000`,
      `How good is the service?
The service is poor. Users have little confidence in it and costs are high.

Will the service improve?
The service will not improve. The review did not question how the service is provided and the action
plan would change very little.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's29-plain-a-passive-fair-unlikely',
    why: 'kind 7: era A; passive voice for both judgements',
    pages: [
      `Audit Commission
Best Value Inspection Service
Fenwick Heath District Council – IT Services
January 2001`,
      `Summary
The IT service has been judged to be a fair, one-star service. It is judged unlikely to improve,
because the review was narrow and the improvement plan has not been agreed by members.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's29-plain-a-our-judgement-good-will',
    why: 'kind 7: era A; "Our judgement is that" form, both judgements in one sentence',
    pages: [
      `Best Value Inspection Service
Ullswick Borough Council
Information Technology
March 2001`,
      `Summary
Our judgement is that this is a good, two-star service that will improve. The council has a clear IT
strategy, a committed team and a costed plan that is already being delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's29-plain-a-we-judge-excellent-probably',
    why: 'kind 7: era A; "we judge" active form; excellent grade with "will probably improve"',
    pages: [
      `Audit Commission
Brinsworth City Council
Information Services
June 2001`,
      `Summary
We judge the information services function to be excellent. It is among the lowest-cost services of
its kind and its users are highly satisfied. We also judge that it will probably improve further,
although some of the improvements it plans depend on partners outside the council.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's29-plain-a-team-found-fair-will',
    why: 'kind 7: era A; "The inspection team found" plus "it will improve"',
    pages: [
      `Best Value Inspection Service
Harlow Marsh District Council
IT and Office Services
July 2001`,
      `Harlow Marsh DC                                                               2

Summary
The inspection team found a fair service, with one star. It will improve: the council has already
replaced its network, reorganised the help desk and agreed a programme of further changes with a
budget and named officers for each action.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's29-plain-a-good-but-unlikely',
    why: 'kind 7: era A; a good service judged unlikely to improve, stated plainly with "but"',
    pages: [
      `Audit Commission
Westcote Borough Council
Information Technology
April 2001`,
      `Summary
The IT service is a good one (two stars), but it is unlikely to improve. The Best Value review did
not look beyond the service's current way of working, and the improvement plan has neither targets
nor resources.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's29-plain-a-inspectors-concluded-poor-probably',
    why: 'kind 7: era A; "Inspectors have concluded" third-person form',
    pages: [
      `Best Value Inspection Service
Abbotsley District Council
Computer Services
October 2000`,
      `Summary
Inspectors have concluded that the computer service is poor but will probably improve. A new
manager has been appointed and an improvement plan agreed, though it is too early to see results.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's29-plain-a-fair-will-not',
    why: 'kind 7: era A; "a fair service that will not improve" in one short sentence',
    pages: [
      `Audit Commission
Mardle Vale Borough Council
Information and Communication Technology
August 2001`,
      `Summary
This is a fair service that will not improve. The council has not accepted the need for change, and
the review's recommendations have been shelved.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's29-plain-b-headings-poor-poor',
    why: 'kind 7: era B (November 2001, first months of the new vocabulary); heading answers "poor" and "poor prospects"',
    pages: [
      `Best Value Inspection Service
Thackley Borough Council
ICT Services
November 2001`,
      `How good is the service?
We judge the service to be poor. It scores no stars.

What are the prospects for improvement?
The service has poor prospects for improvement. The council has no agreed plan and the service has
no permanent manager.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's29-plain-b-our-judgement-fair-uncertain',
    why: 'kind 7: era B; "Our judgement is" with fair and uncertain prospects',
    pages: [
      `Audit Commission
Coldwell District Council
Information and Communications Technology
March 2002`,
      `Summary
Our judgement is that Coldwell District Council provides a fair, one-star ICT service which has
uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's29-plain-b-passive-good-promising',
    why: 'kind 7: era B; passive "has been judged" with good and promising prospects',
    pages: [
      `Best Value Inspection Service
Eddleston Borough Council
ICT and E-government
July 2002`,
      `Summary
The ICT service has been judged to be good, and its prospects for improvement are promising. Users
are positive about the help desk and the council has a clear plan for electronic service delivery.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's29-plain-b-we-judge-excellent-excellent',
    why: 'kind 7: era B; "we judge" excellent three-star service with excellent prospects',
    pages: [
      `Audit Commission
Pellworth City Council
ICT Services
December 2004`,
      `Summary
We judge that Pellworth City Council's ICT service is excellent, with three stars. Its prospects for
improvement are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's29-plain-b-poor-promising',
    why: 'kind 7: era B; a poor service with promising prospects, stated as "a poor service that has promising prospects"',
    pages: [
      `Best Value Inspection Service
Barnoldby Borough Council
Information Technology
February 2003`,
      `Summary
The inspection team found a poor service that has promising prospects for improvement. Performance
has been weak for several years, but a new management team is in place and the plan is funded.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's29-plain-b-commission-rates-good-excellent',
    why: 'kind 7: era B; active "The Commission rates" form with good and excellent prospects',
    pages: [
      `Audit Commission
Hambury District Council
ICT Services
September 2003`,
      `Hambury DC – ICT                                                          page 2

Summary
The Commission rates the ICT service as good (two stars). We consider that the service has excellent
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's29-plain-b-excellent-promising',
    why: 'kind 7: era B; an excellent service with promising (not excellent) prospects',
    pages: [
      `Best Value Inspection Service
Lindale Borough Council
ICT and Customer Access
May 2004`,
      `Summary
In our view the ICT service is excellent. Its prospects for improvement are promising rather than
excellent, because its plan for the next two years is still being costed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's29-plain-b-good-uncertain',
    why: 'kind 7: era B (2005); good service, uncertain prospects, with a reason clause',
    pages: [
      `Audit Commission
Nethercott District Council
Information and Communications Technology
January 2005`,
      `Summary
The service is good. However, it has uncertain prospects for improvement, as the council is about to
transfer ICT staff to a new shared service and the arrangements have not been settled.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  // ---------------------------------------------------------------------------
  // Kind 8: no-judgement documents
  // ---------------------------------------------------------------------------
  {
    name: 's29-none-draft-blank-grid-scores-tbc',
    why: 'kind 8: draft report with the scoring chart printed but no cell marked and "scores to be confirmed"',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
Hollins Cross Borough Council
ICT Services
Draft report for factual accuracy checking – September 2002`,
      `Scoring chart
Scores to be confirmed following moderation.

                         'a good service?'
  ★★★  excellent
  ★★   good
  ★    fair
       poor
                 poor         uncertain     promising     excellent
                          'prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-council-own-best-value-review',
    why: 'kind 8: era A; the council\'s own Best Value review report, in which the review team says "we believe the service is good and will improve" — the council\'s view, not an inspection',
    pages: [
      `ASHBOURNE VALE BOROUGH COUNCIL
BEST VALUE REVIEW OF INFORMATION TECHNOLOGY
Final report of the review team
February 2001`,
      `4. Conclusions of the review team
4.1 Having challenged the need for the service, compared it with six other councils, consulted users
and tested its competitiveness, we believe the IT service is good and will improve further if the
action plan in section 5 is adopted.
4.2 We expect the Audit Commission to inspect the service in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-guidance-explaining-scales',
    why: 'kind 8: guidance note explaining the two scales; every grade and prospect word appears but no service is judged',
    pages: [
      `Best Value Inspection Service
Guidance for councils: how we score services
Issued October 2001`,
      `1. Every inspection report answers two questions. How good is the service? We place it on a scale
from poor (no stars), through fair (one star) and good (two stars), to excellent (three stars).
2. What are the prospects for improvement? From October 2001 we describe prospects as poor,
uncertain, promising or excellent. These replace the earlier wording (will not improve, unlikely to
improve, will probably improve, will improve).
3. Both judgements are shown on a scoring chart in the summary of each report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-scrutiny-notes-questions',
    why: 'kind 8: scrutiny panel notes listing members\' questions about whether the ICT service will improve; no judgement made by anyone',
    pages: [
      `Millbeck Borough Council
Corporate Scrutiny Panel – informal briefing notes
22 May 2003`,
      `ICT service – questions for the Head of ICT
• Is the service good enough to support the customer contact centre?
• Will the service improve in time for the 2005 e-government target?
• How does our help desk compare with the excellent one at Wainfleet?
• Why is staff morale reported as poor in the staff survey?
Answers to be circulated before the June meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-service-plan-aims-excellent',
    why: 'kind 8: ICT service plan that aims to be "an excellent, three-star service by 2005" and to show "excellent prospects" — targets, not verdicts',
    pages: [
      `Lindale Borough Council
ICT Service Plan 2003/04`,
      `Our vision
Our aim is to be an excellent, three-star ICT service by 2005, with excellent prospects for
improvement when the Audit Commission next inspects us.
Key targets for 2003/04
• 95% of faults fixed within agreed times (2002/03: 81%)
• 75% of council services available electronically
• user satisfaction rated good or better by 80% of staff`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-inspection-terms-of-reference',
    why: 'kind 8: era A letter setting out the scope of a forthcoming inspection; it says what will be judged, not a judgement',
    pages: [
      `Audit Commission
Best Value Inspection Service
Letter to the Chief Executive, Scarrow Borough Council
12 September 2000`,
      `Dear Chief Executive
Inspection of computer services
I am writing to confirm the arrangements for our inspection of the council's computer services, which
will take place in the week beginning 16 October 2000. The inspection will judge how good the service
is and whether it will improve. We will meet members, managers, staff and users, and we will review
the documents listed in the annex.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-draft-judgements-to-be-inserted',
    why: 'kind 8: draft report whose summary has placeholders "[to be inserted following moderation]" instead of the judgements',
    pages: [
      `DRAFT v0.3 – CONFIDENTIAL
Audit Commission
Dunford Borough Council – Information and Communications Technology
Best Value inspection – draft report, August 2003`,
      `Summary
How good is the service? [Judgement to be inserted following moderation]
What are the prospects for improvement? [Judgement to be inserted following moderation]
The service supports 1,800 users across 22 sites. Users praise the help desk staff, but many
complain about delays in replacing equipment.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-self-assessment-submission',
    why: 'kind 8: the council\'s self-assessment submitted before inspection, rating itself fair with promising prospects; no inspectors\' verdict',
    pages: [
      `Eddleston Borough Council
ICT Services
Self-assessment for the Best Value inspection
Submitted to the Audit Commission, April 2002`,
      `Section 6: Our assessment of the service
We assess the ICT service as fair (one star). We believe its prospects for improvement are promising:
the new network will be complete by December and the plan is funded.
Section 7: Evidence
A list of supporting documents is attached.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-committee-paper-housing-benefit-score',
    why: 'kind 8: era A committee paper on the IT review that quotes only the housing benefit service\'s inspection result (fair, will probably improve)',
    pages: [
      `BRIMLEY DISTRICT COUNCIL
FINANCE AND RESOURCES COMMITTEE – 12 MARCH 2001
BEST VALUE PERFORMANCE PLAN: PROGRESS ON REVIEWS`,
      `1. Reviews completed
1.1 Housing benefit: the Audit Commission inspected the service in November and judged it fair, and
said that it will probably improve.
2. Reviews in progress
2.1 Information technology: the review is at the consultation stage. An inspection is not expected
before the autumn.
3. Recommendation
3.1 That the Committee notes progress.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-it-strategy-ordinary-words',
    why: 'kind 8: council IT strategy full of ordinary uses of grade words ("poor morale", "excellent working relationships", "a fair proportion", "good practice")',
    pages: [
      `Fenwick Heath District Council
Information Technology Strategy 2001–2004
Approved by Cabinet, 14 November 2001`,
      `2. Where we are now
Staff surveys show poor morale in some sections, although the IT team has excellent working
relationships with the planning and environmental health departments. A fair proportion of desktop
equipment is more than five years old.
3. Where we want to be
We will adopt good practice from other councils and aim to improve the service year on year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-user-survey-results',
    why: 'kind 8: results of the council\'s ICT user satisfaction survey, with users\' ratings "excellent/good/fair/poor" in a table — users\' answers, not an inspection verdict',
    pages: [
      `Coldwell District Council
ICT user satisfaction survey 2002
Results summary`,
      `Question: How would you rate the ICT help desk overall?
Excellent   12%
Good        41%
Fair        30%
Poor        17%
Question: Do you think the service will improve over the next year?
Yes 38%   No 21%   Don't know 41%
Number of responses: 412 (response rate 34%)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-inspection-programme-letter',
    why: 'kind 8: Audit Commission programme letter listing forthcoming inspections and mentioning a past score of another service',
    pages: [
      `Audit Commission
Relationship Manager's annual letter
Tarnbrook City Council – inspection programme 2004/05`,
      `Planned inspections
• ICT and customer access – autumn 2004
• Waste management – spring 2005
Previous results
Your planning service was inspected in 2003 and judged to be good with promising prospects for
improvement. We will agree the detailed scope of the ICT inspection with you in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's29-none-internal-audit-report',
    why: 'kind 8: internal audit report on ICT security with its own assurance opinion ("good", "limited assurance"); not a Best Value inspection judgement',
    pages: [
      `Ravensmoor Borough Council
Internal Audit Service
Audit of ICT security and access controls
Final report – July 2002`,
      `Audit opinion
Limited assurance. Password controls are poor and leavers' accounts are not removed promptly, although
physical security at the data centre is good.
Recommendations: 9 (3 high priority). Management responses are set out in the action plan.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
