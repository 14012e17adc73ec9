/** Held-out judgement set 15, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases15: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's15-grid-asterisk-layout-era-a',
    why: "Scoring chart kept in layout spacing: grades across the top, era-A prospects down the side; the asterisk sits under Fair in the Probably row. The reasons below use 'good' and 'poorest' in ordinary senses.",
    pages: [
`Tarrowdale District Council                              Benefits Service
Best Value Inspection Service – July 2001                               4

Summary

Tarrowdale administers housing benefit and council tax benefit for about
9,400 households from one office in Kirkby Tarrow. A new benefits computer
system went live in October 2000 and the backlog of unprocessed new claims
peaked at more than 1,100 in January 2001. It has since fallen to 380.

We have scored the service as shown in the chart.

                          'A good service?'
                  Poor      Fair      Good      Excellent
           Yes
'Will the  Probably          *
service    Unlikely
improve?'  No

Scoring chart. The horizontal axis shows how good the service is now; the
vertical axis shows whether it will improve.

We reached this view because claimants receive courteous and accurate
advice at the counter and the new system has good potential, but the time
taken to decide new claims (62 days on average last year) is among the
poorest in the region. The council now has a clear plan to clear the
backlog, with extra staff funded until March 2002, and the early results
are encouraging.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's15-grid-swapped-tick-tabs-era-b',
    why: "Axes swapped (grades are the rows, prospects the columns) and the caption says so; cells are tab-separated with empty cells kept, the tick is in the Poor row under Uncertain. 'Poor' is both a row label and a column label.",
    pages: [
`Stenholme Borough Council
Development Control
Best Value inspection report, March 2003                                 5

How we have scored the service

Each row of the chart is a level for how good the service is now; each
column is a level for its prospects for improvement. The tick marks our
judgement.

\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t✓\t\t
Columns: prospects for improvement. Rows: a good service?

Applicants and agents value the pre-application advice offered on major
schemes, which one developer called excellent. Most householders, however,
wait more than eleven weeks for a decision on a simple extension, and only
34 per cent of minor applications were decided within eight weeks in
2001/02, against a national target of 65 per cent. The council has
recruited two planning officers and adopted a new scheme of delegation,
but it is too early to say whether these steps will be enough.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's15-grid-bracket-x-era-b',
    why: "Every cell of the chart is a checkbox '[ ]' and one is '[x]' (Good column, Promising row). The text after the chart quotes the council's 'excellent' e-government target, which is an aspiration, not a score.",
    pages: [
`Haverleigh Metropolitan Borough Council – ICT Services     Inspection report
February 2003                                                        page 3

Scoring chart

                        How good is the service?
                        Poor     Fair     Good     Excellent
Excellent prospects     [ ]      [ ]      [ ]      [ ]
Promising prospects     [ ]      [ ]      [x]      [ ]
Uncertain prospects     [ ]      [ ]      [ ]      [ ]
Poor prospects          [ ]      [ ]      [ ]      [ ]

The chart records the inspection team's judgement. It should not be
confused with the council's e-government statement, which sets a target of
an 'excellent' customer-facing service by 2005; that is an aspiration, not
a score.

Key points
• Users rate the help desk highly and 92 per cent of calls are fixed at the
  first contact.
• The network is reliable, but schools and social services still run
  systems the corporate team cannot support.
• The new ICT strategy is linked to the community plan and has a funded
  programme for the next three years.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's15-grid-star-labels-x-mark',
    why: "Column labels carry star glyphs (Fair ★, Good ★★, Excellent ★★★) so stars are axis decoration, not the mark; the mark is an 'X' in the Excellent-prospects row under Good. The prose says 'not yet excellent' about the service.",
    pages: [
`KELBRIDGE CITY COUNCIL
Revenues Service – Best Value Inspection
September 2002

Page 6

Scoring chart
Prospects for improvement are shown down the side; the quality of the
service is shown across the top.

                    Poor        Fair ★      Good ★★     Excellent ★★★
Excellent                                    X
Promising
Uncertain
Poor

Collection of council tax reached 97.8 per cent in 2001/02, placing Kelbridge
in the top quarter of metropolitan and unitary councils, and business rates
collection was 98.9 per cent. Recovery action is prompt and fair. The service
is not yet excellent: customers who telephone at peak times still wait too
long, and the council does not measure how many calls are abandoned.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's15-grid-bullet-dot-era-a',
    why: "Era-A chart whose row labels are the full prospect phrases; the mark is a bullet dot in the 'Unlikely to improve' row under Poor. The text has 'poor morale' and 'good' collection in ordinary senses.",
    pages: [
`Lowmoor District Council                 Waste Collection and Recycling
Inspection report                                              April 2001

2  Summary

The scoring chart records our judgements.

Is the service good?      Poor     Fair     Good     Excellent
Will improve
Will probably improve
Unlikely to improve        •
Will not improve

Lowmoor collects household refuse weekly from 31,000 properties using an
in-house workforce. Crews are reliable and residents told us the collection
itself is good. Recycling, however, stands at 6 per cent – one of the lowest
rates in the county – and the council has no costed plan to reach its
statutory target of 18 per cent by 2003/04. Sickness absence among the crews
is high and morale is poor.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's15-grid-cross-rows-grades-caption-below',
    why: "Grades as rows (Excellent at the top), era-B prospects as columns, caption placed under the chart; the cross is in the Fair row under the Poor column, so only position separates grade-poor from prospect-poor.",
    pages: [
`Okeford Vale District Council                          Sport and Leisure
Best Value Inspection Service                              January 2004
                                                                       3
                 Poor       Uncertain    Promising    Excellent
Excellent
Good
Fair              ✗
Poor

Figure 1: scoring chart. Vertical axis – a good service? Horizontal axis –
prospects for improvement.

The council runs two leisure centres and a swimming pool with its own
staff. Users are mostly satisfied, and attendances have held up, but the
buildings are in poor repair and the council has not decided whether to
keep, close or transfer them. The leisure strategy approved in 2002 has no
action plan, and the officer who wrote it has left the council.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's15-grid-star-mark-tabs-era-a',
    why: "Era-A chart with grades as rows and prospects (No / Unlikely / Probably / Yes) as tab-separated columns; the mark is a star glyph in the Excellent row under Probably. The prose hedges ('likely but not assured') consistently with the mark.",
    pages: [
`Brackenfield City Council – Libraries and Information        August 2001
                                                                        7
The scoring chart
The rows show how good the service is; the columns show whether we think
it will improve.

\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t★\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t

Brackenfield's twelve libraries issued 2.9 million items last year, more
than any comparable city, and 71 per cent of residents hold a library card.
The service has led the region on public internet access. We think further
gains are likely but not assured: the book fund is to be cut by 8 per cent
next year and two senior posts are vacant.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's15-grid-unmarked-draft',
    why: 'A draft whose chart has every axis word but no marked cell, with scores explicitly awaiting moderation; the emerging findings use good/excellent in ordinary senses. No judgement.',
    pages: [
`DRAFT – NOT FOR PUBLICATION – SUBJECT TO QUALITY ASSURANCE
Hollinsford Borough Council – Information Technology Services
Inspection report (draft 2, 12 May 2003)

Summary

[Scores to be confirmed following the moderation panel on 28 May]

                        Poor      Fair      Good      Excellent
Excellent prospects
Promising prospects
Uncertain prospects
Poor prospects

The inspection team will complete the chart once the scores have been
agreed. Council officers are asked to check the factual accuracy of this
draft and not to circulate it.

Emerging findings
The IT section has good technical skills and users describe the help desk
staff as excellent, but there is no ICT strategy linked to the council's
priorities and the replacement of the finance system is a year late.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's15-table-fair-one-star-tabs',
    why: "Judgement table with tab-separated cells: 'Fair (one star)' and 'Promising – the action plan is realistic and funded'; the reasons column uses excellent, poor and good about parts of the service.",
    pages: [
`Pellingford Borough Council: Library and Information Service
Inspection report – November 2002                                        2

Summary of our judgements

Question\tOur judgement\tWhy
How good is the service?\tFair (one star)\tThe children's reading programme is excellent and staff are knowledgeable, but the book fund has fallen by a third since 1998 and opening hours at six of the nine branches are poor compared with similar councils.
What are the prospects for improvement?\tPromising – the action plan is realistic and funded\tThe council has a good record of delivering building projects, although its last library plan stalled in 2000.

The rest of this report sets out the evidence for these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's15-table-good-two-of-three-layout-era-a',
    why: "Era-A table in layout columns with wrapped cells: 'Good: 2 stars of 3' and 'Yes – it will / improve' split over two lines; the reasons column wraps 'poor', 'excellent' and 'fair' into the same rows.",
    pages: [
`Greyminster City Council
Environmental Health – Food Safety
Best Value Inspection Service, June 2001

Summary                                                                   3

 -----------------------------------------------------------------------
 Question                 Score                   Main reasons
 -----------------------------------------------------------------------
 Is the service good?     Good: 2 stars of 3      High-risk premises are
                                                  inspected on time; poor
                                                  follow-up of complaints
                                                  about low-risk outlets;
                                                  excellent joint work with
                                                  the port health authority.
 Will it improve?         Yes – it will           The improvement plan is
                          improve                 fair and realistic, and
                                                  members support it.
 -----------------------------------------------------------------------`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's15-table-no-it-will-not-improve',
    why: "Era-A table: 'Poor – no stars' and 'No, it will not improve'; the reasons cells quote the council's own review rating ('fair'), talk of 'good work' and 'a fair proportion'.",
    pages: [
`Dunstow Metropolitan Borough Council
Housing Repairs and Maintenance
Audit Commission Best Value Inspection – February 2001

Our judgements at a glance

A good service?\tPoor – no stars\tSome good work by the emergency repairs team, but tenants wait an average of 47 days for routine repairs and only a fair proportion of appointments are kept.
Will the service improve?\tNo, it will not improve\tThe council's own review rated the service 'fair' and proposed no change to the in-house contract; there is no timetable for tackling the £14 million repairs backlog.

Page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's15-table-excellent-three-stars-promising-not-excellent',
    why: "Label/value table: 'Excellent – three stars' for the service, and a prospects cell 'Promising, not excellent: ...' where the negated scale word must not win; reasons mention 'poor' and 'fair'.",
    pages: [
`Quenby Borough Council
Parks, Open Spaces and Countryside
Inspection report – May 2003                       Audit Commission

Scores

How good is the service?            Excellent – three stars
Prospects for improvement           Promising, not excellent: the next
                                    stage depends on external funding
                                    that has not yet been secured
Reasons                             Eleven Green Flag parks; only one park
                                    was rated poor by users in the 2002
                                    survey; a fair share of the budget now
                                    goes to community-led projects.
                                                                        2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's15-table-star-glyph-fair-uncertain-sentence',
    why: "Table where the grade cell is a star glyph with the word in brackets ('★ (fair)') and the prospects cell is a sentence starting 'Uncertain:'; the comment column quotes the council's 'excellent' target and uses good/poor.",
    pages: [
`Westhaven Borough Council – Customer Services
Best Value inspection – October 2003                            Page 2 of 31

Summary table

Judgement\tScore\tComment
Quality of service\t★ (fair)\tGood telephone answering – 88 per cent of calls answered within 20 seconds – but poor handling of e-mail and letters, which can take a month.
Prospects\tUncertain: the council has not yet shown it can keep the contact centre funded after the pilot ends\tThe council's own target is 'excellent' customer access by 2005.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's15-table-row-only-summary-sheet',
    why: 'Both judgements appear only as rows of a key-facts table (among dates and names); the prospects cell is the bare word Poor, the grade cell is Poor with no stars.',
    pages: [
`Fernley Borough Council
Private Sector Housing Renewal
February 2004

Inspection summary

Service inspected\tPrivate sector housing renewal, including disabled facilities grants
Inspection dates\t3–14 November 2003
Lead inspector\tM. Okonjo
Score – how good is the service?\tPoor – no stars
Score – prospects for improvement\tPoor
Previous inspection\tNone

This summary accompanies the full report. Older people wait up to two years
for an adaptation to their home, the council has spent only half of its
grant allocation in each of the last three years, and there is no plan to
deal with the 2,100 private homes it has itself identified as unfit.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased, no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's15-para-on-balance-expect-better-era-b',
    why: "Era-B report (Dec 2002) whose prospect is only 'On balance, we expect the service to get better', followed by a counterweight; ordinal 2 in era-B words is promising.",
    pages: [
`Marlstow District Council                                 Revenues Service
Inspection report, December 2002                                        4

Summary

Marlstow collects council tax from 41,000 homes and business rates from
2,300 businesses. Collection rates are close to the average for district
councils, and residents who contact the office are generally well served.
We judge this to be a fair, one-star service.

On balance, we expect the service to get better. The council has agreed a
realistic plan, with clear targets for collection and for the speed of
answering letters, and the new revenues manager has already cut the
number of unanswered items from 900 to 250. Against this, the plan relies
on a document imaging system that has not yet been procured.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's15-para-confident-deliver-plan-era-a',
    why: "Era-A report (March 2001): 'We are confident that the council will deliver the improvement plan' is the only prospect statement, meaning it will improve; the grade is 'a good one'.",
    pages: [
`Ravensholt Borough Council – IT Services                          March 2001
Best Value Inspection Service                                             3

Summary

Ravensholt's IT unit supports 640 users across nine sites. Users praise
the speed of response, the council's systems are reliable, and IT costs
per user are below those of most similar councils. The service is a good
one.

We are confident that the council will deliver the improvement plan it
agreed in January. Each action has an owner, a budget and a date; the
chief executive chairs the group that monitors progress; and the council
has a track record of doing what it says.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's15-para-doubt-capacity-era-b',
    why: "Era-B (June 2003): 'We doubt, however, that it has the capacity to deliver them' – doubt about delivering the plan is ordinal 1, uncertain.",
    pages: [
`Saltmarsh District Council
Housing Advice and Homelessness
Inspection report – June 2003

Summary                                                                   2

People who approach the council as homeless wait too long for a decision,
and 43 households – 19 of them with children – were living in bed and
breakfast hotels when we inspected. Advice is given at a counter with no
privacy. This is a poor service.

The council has written a homelessness strategy, as the law now requires,
and it has ideas for new hostel places. We doubt, however, that it has the
capacity to deliver them: the housing advice team has three vacancies out
of eight posts, the strategy has no costings, and the plan to work with
housing associations has not been discussed with the associations.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's15-para-no-sign-sept-2001',
    why: "Dated September 2001, the last month of era A: 'There is no sign that anything will change' is ordinal 0, will-not.",
    pages: [
`Wychbury District Council – Information Technology
Audit Commission Best Value Inspection Service – September 2001
                                                                         4
Summary

Wychbury's IT is run by a team of five who spend most of their time keeping
ageing equipment going. A third of the council's PCs cannot run current
office software, users wait weeks for faults to be fixed, and no one has
set out what the council needs IT to do. The service is poor.

We looked for signs that things are about to change and found none. The
Best Value review did not question whether the council should provide IT
itself, the improvement plan repeats targets that were missed last year,
and there is no money set aside for new equipment. There is no sign that
anything will change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's15-para-no-doubt-continue-improve',
    why: "Era-B (March 2004): 'We have no doubt that the service will continue to improve' – 'doubt' is negated, so this is certainty (excellent prospects), not the doubtful reading.",
    pages: [
`Holmcliffe Metropolitan Borough Council
Trading Standards Service
Inspection report, March 2004                              Audit Commission

3  Summary

The trading standards service is good. It targets rogue traders who prey
on older people, it has cut under-age sales of cigarettes in test
purchases from 41 per cent to 12 per cent, and businesses told us its
advice is clear and fair.

We have no doubt that the service will continue to improve. It has done
everything it promised after its own review, it has a costed plan to
extend its work to the two new retail parks, and its managers use
performance data every week to move staff to where they are needed.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's15-para-no-realistic-prospect-era-b',
    why: "Era-B (August 2002): 'We can see no realistic prospect of the service getting better' is ordinal 0, poor prospects, while the grade is 'a fair service'.",
    pages: [
`Eastley Borough Council – Street Cleansing
Inspection report  August 2002                                     page 2

Summary

Most of Eastley's streets are reasonably clean, and the town centre is
swept twice a day. Residents' satisfaction, at 61 per cent, is close to
average. Fly-tipping, graffiti and the state of the back lanes in the
older wards let the service down. Overall we judge it a fair service.

We can see no realistic prospect of the service getting better over the
next two years. The council has cut the cleansing budget twice since 1999,
the Best Value review produced a single recommendation – to buy a new
sweeper – and the contract with the in-house team runs unchanged until
2006.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's15-para-likely-get-better-era-a',
    why: "Era-A (May 2001): 'We think it likely that the service will get better' is ordinal 2 (probably); a substring matcher may see 'unlikely' inside it or miss it entirely.",
    pages: [
`Kingsmoor Borough Council
Planning Service
Best Value Inspection Service report – May 2001

1. Summary
The planning service is fair. Decisions on householder applications are
quick, but major applications take on average 26 weeks and the local plan
is three years behind timetable.

We think it likely that the service will get better. Members have agreed to
fund two extra planning officers, the new local plan timetable has been
published, and the council is now comparing its costs and speed with six
other councils. Much still depends on recruiting staff in a difficult
market.
                                                                         3`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's15-para-on-the-whole-oct-2001-boundary',
    why: "Dated October 2001, the first month of era B: the prospect is paraphrased ('On the whole we expect it to improve') so the era-B word promising applies.",
    pages: [
`Selbury Borough Council
IT Services
Best Value inspection – October 2001                                     2

Summary

Selbury's IT section supports 520 staff. Its help desk is well run, but
departments wait too long for new systems and there is no agreed list of
priorities. We judge the IT service to be fair.

On the whole we expect it to improve. The council has appointed an IT
manager with experience of a larger authority, members have approved a
replacement programme for the oldest PCs, and the review's action plan is
specific about who will do what. Some of the steps depend on savings that
have yet to be found.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's15-quote-self-assessment-contrast',
    why: "The council's self-assessment ('a good service with promising prospects') comes first; 'Our evidence tells a different story' reverses it, and the inspectors' own verdict is fair / uncertain.",
    pages: [
`Brantwell County Council                       Information and Communication
Inspection report – July 2002                                     Technology

Summary                                                                   3

The council's self-assessment, submitted before the inspection, described
ICT as a good service with promising prospects. Our evidence tells a
different story. Departments do not trust the corporate ICT unit to
deliver projects on time, and three of them have bought their own systems
without its involvement. The ICT strategy has not been updated since 1999.

In our judgement the service is fair. Its prospects for improvement are
uncertain: the new head of ICT has the right ideas, but the council has not
yet found the money to carry them out.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's15-quote-head-of-it-certainly-transformed',
    why: "The head of IT's quoted expectation ('certainly be transformed within the year') is not the verdict; 'We are not persuaded' precedes the inspectors' era-A verdict: poor, unlikely to improve.",
    pages: [
`Coldmere Borough Council
IT Services – Best Value Inspection
January 2001                                                              2

Summary
The head of IT expects rapid progress once the new network is installed,
and told us that the service would "certainly be transformed within the
year". We are not persuaded. The network project is already five months
late, there is no plan for training users, and departments have not been
asked what they need. We judge that Coldmere's IT service is a poor
service which is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's15-quote-neighbour-judged-excellent',
    why: "A neighbouring council's service was 'judged excellent by the Commission' – the right body, the wrong council; the verdict on this council is good / promising.",
    pages: [
`North Fenmoor District Council
Housing and Council Tax Benefits
April 2003                                                       Page 3

Summary

South Fenmoor's benefits service, next door, was judged excellent by the
Commission in 2002, and North Fenmoor has used it as a benchmark. North
Fenmoor is not at that level yet. New claims take 31 days to decide,
against 19 days in South Fenmoor, and overpayments are recovered slowly.
But the service is accurate, friendly and well regarded by landlords.

We judge North Fenmoor's benefits service to be good, with promising
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's15-quote-earlier-review-poor-now-good',
    why: "An earlier review (the district auditor, 1999) described the service as poor; 'That is no longer the case' and the inspectors judge it good and say it will probably improve (era A).",
    pages: [
`Ashworth Borough Council – Building Control
Best Value Inspection Service                                    July 2001

Summary                                                                  2
When the district auditor reviewed building control in 1999 the service
was described as poor: plans took eight weeks to check and site
inspections were often missed. That is no longer the case. Plans are now
checked within 15 days, 96 per cent of requested inspections take place on
the day asked for, and builders we spoke to were complimentary. We judge
the service to be good, and we think it will probably improve further
because the team now benchmarks itself against the best in the region.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's15-quote-self-assessment-document-only',
    why: "The council's own self-assessment prepared for an inspection, in the first person ('We believe ... a good, two-star service'; 'promising'); no inspectors' verdict exists in it.",
    pages: [
`Penrick District Council
ICT Service – Self-assessment for the Best Value inspection
Prepared by the Head of ICT, 4 February 2002

1. How good is our service?
We believe that ICT at Penrick is a good, two-star service. Users rate
the help desk highly (86 per cent satisfied), the network was available
99.6 per cent of the time last year, and costs are below the district
average.

2. What are our prospects for improvement?
We consider our prospects to be promising. The ICT strategy was approved
by the executive in December and is funded for three years.

3. Evidence
A list of supporting documents is attached at Annex A. The inspection team
will visit from 11 to 15 March 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-quote-manager-excellent-we-do-not-share',
    why: "The bereavement services manager calls the service excellent; 'We do not share that view.' The inspectors' verdict: a fair service that will not improve (era A).",
    pages: [
`Ulverdale District Council
Bereavement Services (cemeteries and crematorium)
Best Value inspection, August 2001                                        4

Summary

The bereavement services manager describes the service as excellent and
points to the crematorium's new chapel and the well-kept grounds at
Highfield cemetery. We do not share that view. Families told us that
staff are kind and helpful, but burial fees have risen by 40 per cent in
two years, there are only four years of burial space left, and the
crematorium will not meet the emission standards due in 2005.

Overall this is a fair service. Our judgement is that it will not
improve: the Best Value review ignored the shortage of burial land, and the
improvement plan consists largely of redecorating the office.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's15-quote-members-confident-we-less-sure',
    why: "Members and the housing director are 'confident that the service would improve quickly' – their belief, not the verdict; the inspectors: 'We are less sure' and the service is fair and unlikely to improve.",
    pages: [
`Castlereigh Borough Council – Housing Management
Inspection report – June 2001                                    Page 5

Summary
Members told us they were confident that the service would improve
quickly once the housing department's reorganisation is complete, and the
housing director shares that view. We are less sure.

The service is fair: rents are collected efficiently and empty homes are
relet in 28 days, close to the average. But tenants have little say in how
their estates are managed, the reorganisation has been delayed twice, and
the improvement plan has no measurable targets. We consider that the
service is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's15-quote-self-assessment-half-agreed',
    why: "The inspectors agree with half of the council's self-assessment ('fair') and reject the other half ('promising'); their own words give fair / uncertain.",
    pages: [
`Harrowfield District Council
Payroll and Personnel Services
Inspection report – November 2003                                        3

Summary
The council's self-assessment placed the service as 'fair', with
'promising' prospects. We agree with the first of these judgements but not
the second. Payroll is accurate and staff are paid on time, but
recruitment takes an average of 14 weeks and managers receive no regular
information on sickness absence. We consider that the service is fair and
that its prospects for improvement are uncertain, because the new HR system
on which the improvement plan depends has been postponed for a second time.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's15-quote-other-services-listed-first',
    why: "The context names other services' grades (benefits excellent, waste poor) before the inspectors' era-A verdict on this one: fair, unlikely to improve.",
    pages: [
`Cranmere Borough Council
Environmental Health
Best Value inspection report – April 2001                               2

Summary

This is the third of Cranmere's services to be inspected. The benefits
service was judged excellent in October 2000 and the waste collection
service poor in January of this year; the leisure review has not yet been
inspected.

Environmental health officers respond quickly to noise complaints and
their work on contaminated land is thorough. Food premises, however, are
inspected less often than the law requires, and pest control is slow. We
judge the environmental health service to be fair and unlikely to improve,
because the review did not tackle the shortage of qualified officers.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from the subject
  // ---------------------------------------------------------------------------
  {
    name: 's15-long-dashes-ict-fair',
    why: "Subject and grade are ~60 words apart with a dashed list of the service's duties; the prospect sentence is also held apart by a dashed aside (era B).",
    pages: [
`Mardenshire County Council – ICT Services
Best Value Inspection Service, October 2002                               3

Summary

Mardenshire's ICT service – which runs the county's wide-area network
linking 212 sites, a help desk handling some 4,000 calls a month, the
financial and payroll systems, the social services client index and, since
last April, the council's web site and the broadband contract for schools
– is, once we have weighed what users told us against the performance
figures the council gave us, a fair service.

Its prospects for improvement – given a costed ICT strategy approved by the
executive in July, a new head of ICT in post since May, and a partnering
contract that for the first time ties payment to the supplier's performance
– are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's15-long-brackets-highways-poor',
    why: "Bracketed list of duties and a long evidence clause separate 'The highway maintenance service' from 'a poor service'; 'will ... probably improve' is split by a dashed aside about the review (era A).",
    pages: [
`Medwardine County Council
Highways Maintenance
Inspection report – May 2001                                         page 2

Summary

The highway maintenance service (which looks after 3,100 kilometres of
roads, 2,400 kilometres of footways, some 900 bridges and culverts and the
county's street lighting, and which is delivered partly by the council's
own contracting arm and partly by two private firms) is, on the evidence
we collected from residents, parish councils, the police and our own
sample of 60 repair orders, a poor service. Footway condition is among the
worst in England, and the council does not know how long repairs take.

The service will, in our view – and in spite of the slow start the council
made on its Best Value review, which had to be restarted in the autumn
after the first review team was disbanded – probably improve, because
members have now agreed an extra £2 million a year for footways.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's15-long-list-procurement-good',
    why: "A single sentence lists the procurement team's duties for ~70 words before 'a good service'; the prospects sentence is short and plain (era B).",
    pages: [
`Cardenham County Council
Procurement
Best Value inspection report, January 2004                               4

Summary

The corporate procurement team, which sets the council's purchasing rules,
lets and manages contracts worth £140 million a year for everything from
school meals, stationery and agency staff to highway materials and the
residential care framework, trains the 300 officers who buy on the
council's behalf, runs the e-tendering portal and, with four neighbouring
councils, the regional purchasing consortium, provides, by any measure we
could apply – savings achieved, compliance with the rules, or the views of
the departments and suppliers we met – a good service.

The prospects that this service will improve further are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's15-long-welsh-youth-excellent',
    why: "Welsh council, era A: a long sentence with a list of provision, a bracket and a budget aside before 'is in our judgement excellent'; then the plain 'It will improve'.",
    pages: [
`Caerwen County Borough Council
Youth Service
Inspection report – July 2001                  Audit Commission in Wales

Summary                                                                   2

Caerwen's youth service, which works through 14 youth centres, two mobile
units that reach the upland villages, a detached team in the valley
towns, the Welsh-language youth forum and (jointly with the health
authority) a drop-in health clinic for young people in Pontfaen, and
which has been running on a budget roughly a fifth below the Welsh average
for the last three years, is in our judgement excellent. It will improve:
the council has already put in place most of the changes from its review,
young people helped to write the new plan, and every centre now reports
its results to members each quarter.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's15-long-sentence-across-page-break',
    why: "A long sentence about the IT section runs off the foot of page 3 ('what we consider to be a') and ends on page 4 after the running header ('poor service'); prospects 'also poor' (era B).",
    pages: [
`Skelbrook Borough Council – Information Technology              March 2002
Best Value Inspection Service

Summary                                                                   3

The IT section – seven staff, a help desk open from 9 to 4, a network of
about 350 PCs across the town hall, the depot and the two leisure
centres, and contracts with three separate suppliers for the finance,
housing and planning systems, none of which share data with each other –
provides, on the basis of the user survey we carried out, the help desk
records and the interviews we held with every head of department, what we
consider to be a`,
`Skelbrook Borough Council – Information Technology              March 2002
                                                                          4
poor service. The prospects for improvement are also poor: the council has
no ICT strategy, the Best Value review did not consider any alternative to
the current arrangements, and the improvement plan has not been costed.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: council documents about an inspection (not the inspectors' report)
  // ---------------------------------------------------------------------------
  {
    name: 's15-council-cabinet-report-ict',
    why: "A cabinet report by the council's director quotes the inspectors' result ('fair', 'promising') and a neighbour's 'poor'; it is a council paper, not the inspectors' report, so no judgement.",
    pages: [
`WENDLESHAM BOROUGH COUNCIL

REPORT TO:     Cabinet
DATE:          14 January 2003
REPORT OF:     Director of Resources
SUBJECT:       Audit Commission inspection of ICT services

1.  PURPOSE
1.1 To inform Cabinet of the outcome of the Best Value inspection of the
    council's ICT services, which took place in October 2002, and to seek
    approval for the action plan at Appendix A.

2.  BACKGROUND
2.1 The inspectors' report, published on 6 January, judged the service to
    be 'fair' (one star) with 'promising' prospects for improvement.
    Officers welcome this result, which compares favourably with the
    'poor' rating given to a neighbouring borough's ICT service last year.
2.2 The report makes eight recommendations, the most important of which
    concern the ICT strategy and the procurement of a new help desk system.

3.  RECOMMENDATION
3.1 That Cabinet notes the report and approves the action plan.

Contact officer: R. Chaudhry, ext. 2231`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-council-press-release-libraries',
    why: "A council news release reporting its libraries were rated 'good' with 'excellent' prospects, plus a councillor's quote; a council publicity document, not the inspectors' report.",
    pages: [
`Rushmere Borough Council
NEWS RELEASE
For immediate release: 21 October 2003

Inspectors give libraries the thumbs up

Rushmere's libraries have been rated 'good' by the Audit Commission, with
'excellent' prospects for improvement – one of the best results for a
library service in the region.

Councillor Jean Aldous, portfolio holder for leisure, said: "This is a
tremendous result for our staff. Five years ago our libraries were tired
and under-used; today they are among the busiest in the county."

The inspectors praised the new mobile library, the homework clubs and the
free internet sessions for older people. They recommended that the council
extend opening hours at its smaller branches.

Notes to editors
The full inspection report is available from the Audit Commission.
Press Office: 01632 960441`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-council-committee-paper-other-service',
    why: "A housing committee progress report on a review not yet inspected; it recalls that the benefits service 'was judged good with promising prospects' last year. Council paper, other service: no judgement.",
    pages: [
`Tenterdown District Council
Housing Committee – 9 September 2002
Agenda item 7

BEST VALUE REVIEW OF HOUSING REPAIRS: PROGRESS REPORT
Report of the Head of Housing

1. The review of the housing repairs service began in April and is due to
report in December. The Audit Commission expects to inspect the service in
spring 2003.

2. Members will recall that the benefits service, inspected last year, was
judged good with promising prospects, and that the inspectors singled out
its approach to consulting claimants. The review team intends to follow the
same approach.

3. A tenants' survey has been sent to 2,400 households. Early returns
suggest that a fair proportion of tenants are unhappy with the time taken
to complete routine repairs.

4. RECOMMENDATION: that the Committee notes progress.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-council-scrutiny-minutes',
    why: "Minutes of a scrutiny panel noting 'the inspectors' judgement that the service was poor and unlikely to improve', and a councillor disputing it. Minutes are not the report: no judgement.",
    pages: [
`MINUTES OF THE CORPORATE SCRUTINY PANEL
Held at the Civic Centre, Brackenfield, on Tuesday 4 December 2001

Present: Councillors Hale (Chair), Benbow, Dar, Mistry, O'Keefe and Tulloch

45. BEST VALUE INSPECTION – REVENUES AND BENEFITS
The Director of Finance introduced the Audit Commission's report. Members
noted the inspectors' judgement that the service was poor and unlikely to
improve, and asked why the risks had not been reported to the panel
earlier. The Director explained that the backlog had grown after the
system conversion in June.

Councillor Dar said that he did not accept that the service would not
improve, and that staff deserved credit for their efforts.

RESOLVED: that the Director report back in March 2002 on progress against
the improvement plan.

46. DATE OF NEXT MEETING
The next meeting will be held on 15 January 2002.                     Page 12`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-council-staff-newsletter',
    why: "An ICT division staff newsletter celebrating 'two stars' – good with promising prospects – in its own voice; not the inspectors' report, so no judgement.",
    pages: [
`ICT Matters
The newsletter of Kelbridge City Council's ICT Division – Issue 17, Spring 2003

TWO STARS FOR ICT!

We are delighted to tell you that the Audit Commission inspectors have
rated our service as good (two stars), with promising prospects. Thank you
to everyone who took part in the focus groups and interviews in January.

What the inspectors liked
• our help desk – "responsive and friendly"
• the new intranet
• the way we have involved schools in the broadband project

What happens next
The inspectors made six recommendations. The biggest is that we should
agree service levels with every department by the autumn. Watch this
space!

Help desk: ext. 4400                                                   Page 1`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Other documents with no judgement
  // ---------------------------------------------------------------------------
  {
    name: 's15-none-draft-scores-tbc',
    why: "Draft report with score placeholders ('[Score to be confirmed]') beside the two questions; nothing is stated. No judgement.",
    pages: [
`DRAFT REPORT – v0.3 – NOT FOR CIRCULATION
Marchfield Borough Council
Benefits Service
Best Value inspection – draft report, September 2003

Summary

How good is the service?            [Score to be confirmed]
Prospects for improvement           [Score to be confirmed]

The scores above will be confirmed by the Commission's moderation panel
before publication. Please do not quote this draft.

Main findings (draft)
Claimants who visit the office are dealt with courteously, but new claims
take 64 days to process, and the council has not checked whether its
target of 28 days is achievable. Fraud work is good.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-none-council-own-review',
    why: "The council's own Best Value review report: the review team thinks the service 'currently fair' and predicts it 'will improve to good'. Not an inspection: no judgement.",
    pages: [
`Dunstow Metropolitan Borough Council
Best Value Review of Information Technology
Final report of the review team – November 2000                         9

4. Where are we now?
4.1 The review team has assessed the current IT service against the
    questions the Audit Commission will ask. In the team's view the
    service is currently fair, and with the changes proposed in this
    report it will improve to good within two years.
4.2 Users' views were sought through a survey of 450 staff (response 38
    per cent). Most were satisfied with the help desk; a minority
    described training as poor.

5. Challenge
5.1 The team asked whether the council should continue to provide IT
    in-house. Three options were considered: ...`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-none-consultation-leaflet',
    why: "A residents' consultation leaflet for a Best Value review, with the council's aim of 'an excellent service'. No inspection, no judgement.",
    pages: [
`Have your say on Lowmoor's bin collections

Lowmoor District Council is reviewing its refuse and recycling service as
part of Best Value. We want your views.

Our aim is simple: an excellent service that every resident can rely on,
with recycling rising to 18 per cent by 2004.

  • Are you happy with a weekly collection?
  • Would you use a kerbside box for glass and paper?
  • How could we make it easier to report a missed bin?

Fill in the form inside and return it FREEPOST by 30 June 2000.
Every form returned goes into a draw for £50 of garden vouchers.

Your views will help us decide what the service should look like in
future.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-none-appendices-only',
    why: 'Only the appendices of a report: documents reviewed, the scoring scale spelled out with every grade and prospect word, and a list of interviews. No judgement.',
    pages: [
`Quenby Borough Council – Parks, Open Spaces and Countryside            19

Appendix 1 – Documents we reviewed
• Parks and Open Spaces Best Value review report, October 2002
• Green Space Strategy 2002–2007
• Performance plan 2002/03
• User survey results, summer 2002

Appendix 2 – The scoring scale
How good is the service?
Poor (no stars) – Fair (one star) – Good (two stars) – Excellent (three stars)
What are the prospects for improvement?
Poor – Uncertain – Promising – Excellent

Appendix 3 – Reality checks
We visited 14 parks and play areas, unannounced, on weekdays and at a
weekend, and walked two of the countryside trails with volunteer rangers.`,
`Quenby Borough Council – Parks, Open Spaces and Countryside            20

Appendix 4 – People we met
The Leader of the Council; the portfolio holder for the environment; the
chief executive; the head of parks; park keepers and rangers; the chair of
the Friends of Abbey Park; representatives of two bowls clubs, the youth
forum and the local access group.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-none-context-pages-only',
    why: "Context section of an inspection report: the council's 'excellent, three-star council by 2005' ambition and other services' past grades (good, poor); the verdict on this service is not in the excerpt.",
    pages: [
`Hexley City Council – ICT Division                        Inspection report
                                                                          7
Context

The council
Hexley is a unitary city council serving 214,000 people. The council's
corporate plan aims to make Hexley "an excellent, three-star council by
2005". Its benefits service, inspected in 2001, was judged good, and its
planning service, inspected last year, was judged poor.

The ICT division
The ICT division employs 58 staff and has a revenue budget of £6.1 million.
It runs the council's network, data centre and help desk, and manages
contracts for the social care and revenues systems. The council aims to
have all its services available on line by 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's15-none-notification-letter',
    why: "The Commission's letter announcing an inspection, which spells out the scale from poor to excellent; the inspection has not happened yet. No judgement.",
    pages: [
`Audit Commission
Best Value Inspection Service – South West

Mr D. Ferris
Chief Executive
Okeford Vale District Council
Council Offices, Market Street
Okeford

12 August 2003

Dear Mr Ferris

Best Value inspection of sport and leisure services

I am writing to confirm that we will inspect the council's sport and
leisure services from 3 to 7 November 2003. As you know, the inspection
will assess how good the service is, on a scale from poor (no stars) to
excellent (three stars), and its prospects for improvement, on a scale from
poor to excellent.

The lead inspector will be Ms Carys Pugh. She will contact your Best Value
officer to agree the programme of interviews and reality checks.

Yours sincerely

Head of Inspection, South West`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // One judgement only
  // ---------------------------------------------------------------------------
  {
    name: 's15-one-grade-only-how-good-section',
    why: "Excerpt of the 'How good is the service?' section only: it ends with the grade; the prospects are judged elsewhere in the report, not in this excerpt.",
    pages: [
`Morwick District Council – ICT Services                         June 2002
                                                                         11
How good is the service?

Are the council's aims for the service clear and challenging?
The ICT strategy, agreed in 2001, sets out what the council wants from
technology and links each project to one of the community plan's five
priorities.

How does the service compare?
Morwick spends £1,650 per PC per year, less than the average for districts
in its benchmarking club, and its help desk fixes 78 per cent of faults at
the first call.

Summary of how good the service is
Weighing these strengths against the weaknesses set out above – chiefly
the lack of training for users and the slow replacement of old PCs – we
consider that this is a good, two-star service.`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 's15-one-prospect-only-will-it-improve-section',
    why: "Excerpt of the 'Will the service improve?' section only (era A); its conclusion gives the prospect, and no grade is stated.",
    pages: [
`Mellingby Borough Council – Car Parking                     February 2001
                                                                         14
Will the service improve?

Does the Best Value review drive improvement?
The review compared the council's charges and enforcement costs with those
of eight similar towns and tested the market for the management of the
two multi-storey car parks. It was weaker on consultation: motorists and
town-centre traders were not asked for their views until late on.

Is the improvement plan realistic?
The plan is short and most of its actions have dates and named officers.
The new pay-and-display machines are funded; the promised residents'
parking schemes are not.

Conclusion
Taken together, these factors lead us to the view that the car parking
service will probably improve.`,
    ],
    expect: { grade: null, prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Plain summaries
  // ---------------------------------------------------------------------------
  {
    name: 's15-plain-era-a-fair-will-improve',
    why: "Plain era-A summary sentence 'a fair, one-star service that will improve' (the top of the era-A scale), with ordinary 'good' and 'poor' in the reasons.",
    pages: [
`Bexworth Borough Council
Museums and Archives
Best Value inspection report – December 2000

SUMMARY                                                                   1

The museums and archives service is a fair, one-star service that will
improve.

The town museum has good collections and a loyal body of volunteers, but
only 14,000 people visited last year and the archive searchroom is open on
just two days a week. Storage for the archive is poor. The council has
agreed to move the archive to the former library building in 2001, and the
funding for the move is in place.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's15-plain-era-b-commission-poor-uncertain',
    why: "Plain era-B opening in the Commission's voice with quoted scale words: a 'poor', no-star service with 'uncertain' prospects.",
    pages: [
`Carrowby District Council
Information and Communications Technology
Inspection report – April 2002

Summary                                                                   2

The Audit Commission has judged Carrowby District Council's ICT service to
be a 'poor', no-star service that has 'uncertain' prospects for
improvement.

Users wait an average of nine days for a fault to be fixed, the council's
web site has not been updated for a year, and there is no record of what
equipment the council owns. A new ICT manager started in January and has
drawn up a sensible plan, but it has no budget behind it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's15-plain-era-b-excellent-excellent',
    why: "A rare top result stated plainly (excellent service, excellent prospects) in era B; the same word is both grade and prospect.",
    pages: [
`Lanmouth City Council
Licensing Service
Inspection report, November 2004                          Audit Commission

Summary                                                                   3

Lanmouth's licensing service is an excellent, three-star service with
excellent prospects for improvement.

The service licenses 1,400 pubs, clubs, taxis and street traders. It
prepared early and well for the new Licensing Act, it publishes clear
standards, and it decides 98 per cent of applications within its own
target times. Residents' groups and the trade both told us they trust it.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's15-plain-three-star-only',
    why: "The grade is given only as 'three-star' (no grade word); the prospects sentence is plain. Excellent by the star scale.",
    pages: [
`Lowther Vale Borough Council – Council Tax and Business Rates
Best Value inspection, June 2003                                         2

Summary
We judge this to be a three-star service: collection of council tax, at
98.7 per cent, is among the highest in England, bills and letters are clear,
and residents who fall behind are offered sensible payment plans. Its
prospects for improvement are excellent, because the council keeps
testing itself against the best and has a costed plan for on-line payments.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Negation and hedging
  // ---------------------------------------------------------------------------
  {
    name: 's15-neg-not-yet-a-good-service',
    why: "'This is not yet a good service' must not yield good; the grade is stated later as fair, and prospects as 'uncertain' inside a 'Whether ... is uncertain' clause (era B).",
    pages: [
`Stowmarsh Borough Council – ICT                              January 2003
Best Value Inspection Service                                             3

Summary

This is not yet a good service. Staff in the larger departments are well
supported, but the smaller teams – environmental health, land charges,
elections – have to wait their turn and often go without. We judge it to
be a fair, one-star service.

Whether the service will improve is uncertain. The council has chosen a
partner to help modernise its systems, but the contract has not been
signed and no one has yet worked out what it will cost.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's15-neg-far-from-excellent-nor-poor',
    why: "'far from excellent, but nor is it poor' names two wrong grades before 'a fair, one-star service'; 'It is not, however, likely to improve' splits the negation from 'likely' (era A, unlikely).",
    pages: [
`Haddon Cross Borough Council
Grounds Maintenance
Best Value inspection – March 2001                                       2

Summary
The service is far from excellent, but nor is it poor: complaints from
residents have halved and the parks are tidier than they were two years
ago. It is a fair, one-star service. It is not, however, likely to improve
while the council leaves the current contract unchanged until 2004 and
makes no attempt to find out what residents want from their open spaces.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's15-neg-could-become-excellent-at-present-poor',
    why: "A conditional ('could become ... an excellent one') precedes the real grade ('At present, however, it is poor'); prospects promising (era B).",
    pages: [
`Wardle Heath Borough Council
Housing Benefit and Council Tax Benefit
Inspection report – May 2002                                   Page 4

Summary

With its committed staff and a new computer system, the benefits service
could become one of the best in the region – even, in time, an excellent
one. At present, however, it is poor: new claims take 71 days, one in
twelve claims contains an error, and landlords wait months for payment.

The prospects for improvement are promising. The backlog has fallen by a
third since February, the council has bought in extra processing capacity
for six months, and the improvement plan is detailed and monitored by
members every month.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Ordinary words
  // ---------------------------------------------------------------------------
  {
    name: 's15-ordinary-poor-morale-good-service',
    why: "'Morale is poor' and 'excellent working relationships' are ordinary words; the verdict (era A) is good and will probably improve.",
    pages: [
`Brinsop District Council
Environmental Protection (pollution control)
Best Value Inspection Service – June 2001                                 3

Summary
The pollution control team is small and stretched. Officers work long
hours and told us that morale is poor after two years of vacancies. They
have excellent working relationships with the Environment Agency and the
county's highways engineers.

Despite these pressures the service is good: air quality monitoring is
thorough, complaints are answered within two days, and the council's
contaminated land strategy was one of the first in the region. It will
probably improve as the two vacant posts are now filled.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's15-ordinary-fair-proportion-excellent-relationships',
    why: "'A fair proportion', 'excellent relationships' and 'good' CCTV coverage are ordinary words; the inspectors' verdict is poor with poor prospects (era B).",
    pages: [
`Aysgill Borough Council
Community Safety
Inspection report – November 2003                                        2

Summary
A fair proportion of the community safety budget goes on CCTV, and
coverage of the town centre is good. The partnership enjoys excellent
relationships with the police, who value the council's help with
licensing.

Nonetheless the service is poor. It has no clear priorities, it cannot
show that any of its projects has reduced crime, and residents on the two
estates with the highest burglary rates have never been asked what worries
them. Its prospects for improvement are poor: the partnership manager's
post has been vacant for eight months and the strategy runs out in March.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's15-ordinary-good-practice-excellent-website',
    why: "'Examples of good practice' and 'an excellent web site' are praise for parts, not the grade; the verdict is fair and 'It will improve' (era A).",
    pages: [
`Monkleigh District Council
Tourism and Visitor Services
Best Value inspection report – May 2001                                  2

Summary
We saw examples of good practice, including an excellent web site that lets
visitors book accommodation, and a well-used information centre at the
harbour. But the service does not know whether its spending brings more
visitors, and its three-year marketing plan has lapsed.

The service is fair. It will improve: the council has joined the regional
tourism partnership, it now surveys visitors every summer, and it has set
itself measurable targets for the first time.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Ambitions and targets
  // ---------------------------------------------------------------------------
  {
    name: 's15-ambition-three-star-by-2005',
    why: "The council's aim ('an excellent, three-star service by 2005') and strategy title are not the grade; the verdict is good with uncertain prospects (era B).",
    pages: [
`Drayfield City Council
Corporate ICT
Inspection report – July 2003                                            3

Summary
The council aims to be an excellent, three-star service by 2005, and its
ICT strategy carries the title "Excellence through e-Drayfield". We judge
the service as it is today to be good. The network is reliable, the help
desk is well regarded and costs are in line with similar councils.

The prospects for improvement are uncertain. The strategy depends on a
£9 million partnership that the council has not yet decided to enter, and
the head of ICT leaves in September.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's15-ambition-target-good-by-2002',
    why: "The council's target (to be 'good' by April 2002 and in the top quarter) precedes the inspectors' era-A verdict: poor and will not improve.",
    pages: [
`Thurlby Vale District Council
Corporate Property and Building Maintenance
Inspection report – August 2001                                          4

Summary
The council's stated target is for the service to be 'good' by April 2002
and to be in the top quarter of district councils for the condition of its
buildings by 2004. We found little to support either ambition.

Our judgement is that the building maintenance service is poor and that
it will not improve. The council does not know the condition of a third of
its buildings, repairs are ordered without any check on price, and the
review's action plan has no dates, no costs and no one responsible for it.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------------------
  // Breaks, hyphens, headers inside the verdict
  // ---------------------------------------------------------------------------
  {
    name: 's15-pagebreak-inside-grade-phrase',
    why: "'we judge the school transport service to be a' ends page 6; page 7 starts with a running header and page number, then 'good, two-star service that has promising prospects'.",
    pages: [
`Penmorfa County Borough Council – School Transport                       6

Summary
Penmorfa carries 6,800 pupils to school each day on 190 contracted routes
across a large rural county. Parents told us that buses are punctual and
drivers are vetted, although some children in the hill farms spend over an
hour travelling each way. Having considered the evidence set out in the rest
of this report, we judge the school transport service to be a`,
`Penmorfa County Borough Council – School Transport                       7
Inspection report – February 2003

good, two-star service that has promising prospects for improvement. The
council is retendering its routes in blocks, which should cut costs, and it
has begun to consult parents before changing routes.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's15-hyphenated-excellent-promising',
    why: "Both verdict words are hyphenated across line ends ('excel-/lent', 'pro-/mising'), as a justified PDF layout produces.",
    pages: [
`Okehurst Borough Council – Benefits                             June 2004
Best Value Inspection                                                    2

Summary

The inspection team judges Okehurst's housing and council tax benefits ser-
vice to be an excel-
lent, three-star service with pro-
mising prospects for improvement. New claims are decided in 18 days on
average, accuracy is checked every month, and claimants can apply at six
places across the borough. The service has not yet extended on-line claims
to private landlords, and its plans to do so depend on a new software
release.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's15-footer-inside-prospect-sentence',
    why: "The era-A prospect sentence ('we consider that the arts service will') breaks at the page foot; the next page opens with the running header, a page number and the inspection service line before 'probably improve'.",
    pages: [
`Frithby District Council
Arts Development                                                         11

Summary
Frithby's arts development team of three organises the summer festival,
supports 40 local arts groups and runs a small gallery in the old corn
exchange. Groups value the grants and the advice they receive. But the
service does not know who takes part, it has no targets, and its work is
concentrated in the town: villages see little of it. The arts development
service is fair.

Taking all of this into account, we consider that the arts service will`,
`Frithby District Council
Arts Development                                                         12
Audit Commission – Best Value Inspection Service – June 2001

probably improve. The new arts strategy was written with the groups
themselves, and members have agreed a small budget for village events.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Inspectors' own voice, scale explainers, Wales
  // ---------------------------------------------------------------------------
  {
    name: 's15-voice-in-our-view-not-confident',
    why: "'In our view the ICT service is good' and 'We are not confident that the council will deliver' – the negated confidence is ordinal 1 (era B uncertain), not 'will'.",
    pages: [
`Kelsey Moor District Council
ICT Services
Inspection report – November 2002                                        2

Summary
In our view the ICT service is good. It is cheap to run, its users are
satisfied, and it has kept the council's old systems working well beyond
their expected life.

We are not confident that the council will deliver its plan to replace
those systems. The plan depends on a joint procurement with two other
councils, which has already slipped by a year, and there is no fall-back
if the partnership fails.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's15-scale-explainer-then-verdict',
    why: "An 'About the scores' box lists every grade and prospect word before the report states its own scores (good, excellent prospects) in a different sentence shape.",
    pages: [
`Amberton Borough Council – Housing Options
Inspection report – September 2004                                       1

About the scores
The Commission scores every service it inspects on two questions. How
good is the service? – poor (no stars), fair (one star), good (two stars)
or excellent (three stars). What are its prospects for improvement? –
poor, uncertain, promising or excellent.

Our scores for Amberton
Amberton's housing options service earns two stars: it is a good service.
It prevented 310 households from becoming homeless last year, and no
family with children has been placed in bed and breakfast since 2003.
We rate its prospects for improvement as excellent, because the council
has a strong record of delivering its plans and is already working with
neighbouring councils on a shared lettings scheme.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's15-wales-plain-era-a-good-yes',
    why: "Welsh council, era A: 'good' and 'Yes, it will improve' given as answers to the two questions in the summary text.",
    pages: [
`Llanfadog County Council
Waste Management
Best Value Inspection – March 2001                Audit Commission in Wales

Summary                                                                   2

Is it a good service? Yes. Waste management in Llanfadog is a good service.
Recycling has risen from 4 to 15 per cent in three years through a network
of bring sites and a kerbside scheme in the three towns, and missed
collections are rare.

Will it improve? Yes, it will improve. The council has already started the
next phase of kerbside recycling, the costs are in the budget, and the
review team tested the cost of its crews against two private contractors.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
];
