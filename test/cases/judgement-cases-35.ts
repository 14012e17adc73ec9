/** Held-out judgement set 35, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases35: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's35-grid-asterisk-spaced-fair-promising',
    why: 'kind 1: asterisk in a space-aligned grid, grades down the side (row labels carry their own asterisks), era-B prospects across; only the marked cell counts, not the axis words',
    pages: [
`Best Value Inspection Service

Information and Communication Technology
Thornbury Vale District Council

Inspection report
February 2003

Summary
This report covers the council's ICT service, which supports about 1,100 staff at
the civic centre and eleven outlying offices. Our two judgements are recorded in
the scoring chart that follows; the evidence for them is set out in the body of
the report.`,
`Scoring chart

How good is the service? (down)  /  What are the prospects for improvement? (across)

                 Poor            Uncertain       Promising       Excellent
                 prospects       prospects       prospects       prospects
Excellent ***
Good **
Fair *                                           *
Poor

The asterisk in the body of the chart marks the inspectors' judgement.

Recommendations
The council should:
- agree service levels with each directorate;
- publish help desk performance every month.                                  2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's35-grid-x-prospect-rows-good-probably',
    why: 'kind 1: axes swapped (era-A prospects as rows, grades as columns) with a caption saying so; X sits under Good in the "probably" row',
    pages: [
`AUDIT COMMISSION
Best Value Inspection Service

Metropolitan Borough of Ashcombe
IT Services
June 2001

Contents
Summary                                   1
Scoring chart                             2
Recommendations                           3
Report                                    4`,
`Summary
Ashcombe's IT service is delivered in-house by 64 staff from a single data centre.
The Best Value review was completed in January 2001. The chart below gives our
judgements.

Scoring chart
Rows: will the service improve?   Columns: how good is the service?

                         Poor       Fair       Good       Excellent
                                    *          **         ***
Yes, will improve
Probably will improve                          X
Unlikely to improve
Will not improve

Ashcombe MBC - IT Services - Best Value inspection                           2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's35-grid-tick-one-cell-per-line-poor-poor',
    why: 'kind 1: extraction gives one cell per line; unticked boxes keep the positions, the tick is the first cell of the Poor row under the first prospect column (Poor)',
    pages: [
`Audit Commission
Inspection report
Corporate ICT Service
Kelstow Borough Council
June 2004

Summary
The inspection took place in March 2004. Our judgements are shown in the chart
below, which plots the quality of the service against its prospects.`,
`Scoring chart
A good service?
Prospects for improvement?
Poor
Uncertain
Promising
Excellent
Excellent
□
□
□
□
Good
□
□
□
□
Fair
□
□
□
□
Poor
✓
□
□
□
The tick shows where the inspection team placed the service.
Kelstow Borough Council – Corporate ICT – page 2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's35-grid-black-star-ascending-poor-will-not',
    why: 'kind 1: grades listed bottom-up (Poor first) and era-A prospects across (No / Unlikely / Probably / Yes); the black star under "No" in the Poor row is the verdict',
    pages: [
`Best Value Inspection Service
Information Technology Services
Caddon District Council
November 2000

Summary
Caddon's Best Value review of IT was completed in July 2000. We inspected the
service in September. Our scores are given by the star in the chart below.`,
`Scoring chart

                     'Will the service improve?'
'How good is         No         Unlikely   Probably   Yes
 the service?'
Poor                 ★
Fair
Good
Excellent

Key: the position of the star shows our judgement on both questions.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's35-grid-bullet-tabs-descending-excellent-excellent',
    why: 'kind 1: tab-separated grid with prospect columns in descending order (Excellent first); the bullet is the first cell of the Excellent row',
    pages: [
`Inspection Report
ICT and e-Services
Brayford City Council
Best Value Inspection Service — December 2002

Summary
This is a short report: the service is strong and our findings are set out briefly.
Our scores appear in the chart.`,
`Scoring chart
Rows: a good service?   Columns: prospects for improvement
\tExcellent\tPromising\tUncertain\tPoor
Excellent ***\t•\t\t\t
Good **\t\t\t\t
Fair *\t\t\t\t
Poor\t\t\t\t
The dot marks the judgement of the inspectors.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's35-grid-checkbox-fair-unlikely',
    why: 'kind 1: checkbox grid, every cell "[ ]" except one "[x]" in the Fair row under "Unlikely to improve" (era A)',
    pages: [
`Audit Commission — Best Value Inspection Service
Borough of Pensworth
Information Technology Support
Inspection report, March 2001`,
`Our judgements

                    Will not    Unlikely    Probably    Will
                    improve     to improve  improve     improve
Excellent  ***      [ ]         [ ]         [ ]         [ ]
Good       **       [ ]         [ ]         [ ]         [ ]
Fair       *        [ ]         [x]         [ ]         [ ]
Poor                [ ]         [ ]         [ ]         [ ]

The box marked [x] records the inspectors' scores.

The service supports 900 users. It has made some progress since the review
but the improvement plan lacks costs and target dates.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's35-grid-x-star-columns-good-uncertain',
    why: 'kind 1: rows are era-B prospects, columns are star counts with grade words beneath; X in "Uncertain prospects" under "2 stars / good"; summary also quotes an excellent ambition',
    pages: [
`Best Value inspection
Information and Communications Technology
Radwell Borough Council
Audit Commission, January 2005

Summary
The council's stated ambition is to run an excellent, three-star ICT service by
2006. The chart below records where we found the service to be now.`,
`Scoring chart
Vertical axis: prospects for improvement. Horizontal axis: quality of service (stars).

                      0 stars    1 star     2 stars    3 stars
                      poor       fair       good       excellent
Excellent prospects
Promising prospects
Uncertain prospects                         X
Poor prospects

Radwell BC ICT inspection                                                page 2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  // ---------------------------------------------------------------- kind 2: table cells with extra text
  {
    name: 's35-table-stars-of-three-good-promising',
    why: 'kind 2: judgement cell "Good: 2 stars of 3" and "Promising prospects", beside a reasons column that uses poor, fair and excellent',
    pages: [
`Harlow Marsh Borough Council
Best Value inspection of ICT and e-government
Audit Commission — September 2003

Summary of our judgements

Question            Judgement                Reasons
How good is the     Good: 2 stars of 3       Help desk resolves most calls at first contact and users
service?                                     rate it highly; but project management is poor and
                                             network availability only fair.
What are the        Promising prospects      A realistic improvement plan with named owners; excellent
prospects for                                relationships with suppliers; capacity is still stretched.
improvement?`,
`Recommendations
1  Introduce a single project management method for all ICT projects.
2  Report network availability to the corporate management team quarterly.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's35-table-pipes-fair-one-star-will-not',
    why: 'kind 2: pipe-separated key judgements: "Fair (one star)" and "No, it will not improve"; the reasons cells praise good and excellent support and call managers poor',
    pages: [
`Best Value Inspection Service
Inspection of Information Technology
Lower Dunmore District Council
July 2001

Key judgements
Question | Our assessment | Why
Is this a good service? | Fair (one star) | The help desk is good at logging calls and some users report excellent support from individual engineers, but faults take too long to fix.
Will it improve? | No, it will not improve | The review did not challenge the way the service is provided; the improvement plan has no targets; senior managers have a poor grasp of what users need.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's35-table-black-stars-good-yes-will',
    why: 'kind 2: cells "★★ Good" and "Yes – it will improve" (era A); commentary column quotes an excellent aim and a poor start',
    pages: [
`Audit Commission
Best Value Inspection Service
Stanmoor Metropolitan Borough Council
Information Technology
December 2000`,
`Summary

Assessment                  Score                     Commentary
Quality of service          ★★ Good                   Reliable network and a well run help
                                                      desk. The council's aim of an excellent
                                                      service by 2003 is still some way off.
Likelihood of improvement   Yes – it will improve     Despite a poor start to the review, the
                                                      improvement plan is costed, timetabled
                                                      and already being delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's35-table-sentence-cells-poor-uncertain',
    why: 'kind 2: cells "Poor – no stars. ..." and "Uncertain. The plan is excellent on paper, but ..."; a comment row uses good without judging the service',
    pages: [
`Inspection report
ICT Services
Greyhaven Borough Council
Audit Commission, May 2004

Judgement                  Inspectors' finding
Current service            Poor – no stars. Most performance targets were missed in
                           2003/04 and users have little confidence in the help desk.
Prospects                  Uncertain. The improvement plan is excellent on paper, but
                           funding for its second and third years has not been agreed.
Comment                    Staff are committed, and there is good practice in the
                           schools support team which is not shared elsewhere.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's35-table-excellent-three-stars-promising',
    why: 'kind 2: "Excellent ★★★" with "Promising prospects"; reasons say the service was once poor and mention an excellent track record',
    pages: [
`Best Value Inspection Service
Information Technology and Customer Access
Corbridge Vale Council
November 2002

Scores
Area          Grade                   Why
Quality       Excellent ★★★           Once a poor performer, the service now meets or beats
                                      every one of its published targets and costs less per
                                      user than any comparable council we have seen.
Prospects     Promising prospects     The plan is sound, though the loss of two senior staff
                                      makes further gains less certain than the excellent
                                      track record might suggest.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's35-table-one-star-fair-unlikely',
    why: 'kind 2: two-column score table (era A): "One star – fair." and "Unlikely to improve." with reasons mentioning good intentions and good ideas',
    pages: [
`AUDIT COMMISSION
Best Value Inspection Service
Whitmarsh District Council
IT and Office Systems
April 2001

Judgement                     Reason
One star – fair.              Good intentions but few results: half of the PCs are
                              more than five years old and e-mail is unreliable.
Unlikely to improve.          The improvement plan is a list of good ideas with no
                              costs, no owners and no dates.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 3: prospects paraphrased
  {
    name: 's35-paraphrase-on-balance-expect-poor-probably',
    why: 'kind 3: era-A report; grade stated plainly (poor); prospect only as "on balance we expect the service to get better" (ordinal 2)',
    pages: [
`Best Value Inspection Service
Information Technology
Eastling Borough Council
January 2001

How good is the service?
We judge the IT service to be poor. Systems are unreliable, the help desk answers
fewer than half of calls within its own target and departments have bought their
own equipment to get round the central service.

Will it improve?
On balance we expect the service to get better. The improvement plan is sensible
and a new head of IT has made a good start, although the plan depends on savings
that have not yet been found.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's35-paraphrase-confident-deliver-good-will',
    why: 'kind 3: era A (August 2001); "we are confident that the council will deliver its improvement plan in full" = will improve; grade good stated plainly',
    pages: [
`Audit Commission
Inspection of IT Services
Fenwick Cross District Council
August 2001

Summary
Fenwick Cross provides a good IT service. Users are positive about the help desk
and the network has been available for more than 99 per cent of working hours.

We are confident that the council will deliver its improvement plan in full and on
time: the plan is costed, the money is in the budget, and the first three actions
have already been completed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's35-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "we doubt that the council has the capacity to turn the service round" = unlikely; no scale word for the prospect',
    pages: [
`Best Value Inspection Service
Haverleigh Borough Council
Information and Technology Services
February 2001

Summary
This is a poor service. Projects run late, costs are not controlled and the service
cannot say how much it spends on support.

We doubt that the council has the capacity to turn the service round. The improvement
plan relies on the same small management team that has struggled to run the service
day to day, and no extra money has been set aside.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's35-paraphrase-nothing-suggests-change-poor-will-not',
    why: 'kind 3: era A; "nothing we saw gives any reason to think the service will get better" = will not improve; grade poor plainly',
    pages: [
`Audit Commission
Best Value Inspection Service
Information Technology
Moorgate Vale Council
May 2001

Our judgements
The IT service is poor.

Nothing we saw gives any reason to think the service will get better. The Best Value
review was carried out by the service itself, challenged nothing, and produced an
action plan that repeats the targets the service has already failed to meet for two
years.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's35-paraphrase-more-likely-than-not-fair-promising',
    why: 'kind 3: era B (March 2002); "more likely than not that the service will improve" = ordinal 2 = promising; fair stated plainly',
    pages: [
`Inspection report
ICT Services
Broadwater District Council
Audit Commission Best Value Inspection Service
March 2002

Summary
Broadwater's ICT service is fair. It provides a reliable basic service but has been
slow to support the council's plans for electronic service delivery.

We think it more likely than not that the service will improve. A new ICT strategy
has been agreed by the executive and the first year of extra funding is in place,
but several key posts are still vacant.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's35-paraphrase-serious-doubts-fair-uncertain',
    why: 'kind 3: era B (January 2004); "we have serious doubts about whether the council can deliver the plan" = ordinal 1 = uncertain',
    pages: [
`Best Value inspection
Information Technology
Ellesby Borough Council
January 2004

How good is the service?
We judge the service to be fair: one star.

What are the prospects for improvement?
We have serious doubts about whether the council can deliver the plan. It depends on
a new network contract that has not yet been let, and the ICT manager's post has been
filled on an interim basis for eighteen months.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's35-paraphrase-no-doubt-good-excellent',
    why: 'kind 3: era B (June 2003); "we have no doubt that the service will continue to improve" - the negation removes the doubt, so certainty = excellent prospects',
    pages: [
`Audit Commission
Inspection of ICT and e-government
Quenby Borough Council
June 2003

Summary
This is a good, two-star service. Users told us that it had been transformed over
the last two years.

We have no doubt that the service will continue to improve. It has delivered every
milestone in its plan to date, the funding for the next three years is secured, and
managers at every level understand what has to be done.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's35-paraphrase-no-realistic-chance-poor-poor',
    why: 'kind 3: era B (October 2004); "we see no realistic chance of the service getting better" = ordinal 0 = poor prospects; grade poor',
    pages: [
`Inspection report
Corporate IT
Sallowfield District Council
October 2004

Our judgement
Sallowfield's corporate IT service is poor.

We see no realistic chance of the service getting better while the present arrangements
continue. Three successive plans have been abandoned, members have not agreed a budget
for the replacement of the main servers, and the council has no agreed ICT strategy.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's35-quoted-self-assessment-good-then-fair-uncertain',
    why: 'kind 4: council self-assessment says good with excellent prospects; "our evidence does not support this" and the inspectors judge fair and uncertain',
    pages: [
`Best Value Inspection Service
ICT Services
Penhallow Borough Council
July 2002

Summary
The council's self-assessment, prepared for this inspection, rated the ICT service as
good, with excellent prospects for improvement. Our evidence does not support this.
Help desk targets are met, but users in several departments wait weeks for routine
changes and there is no reliable information on costs.

We judge the service to be fair (one star), with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's35-quoted-head-of-it-optimism-poor-unlikely',
    why: 'kind 4: the head of IT expects rapid progress; "we do not share that optimism" and the inspectors say poor and unlikely to improve (era A)',
    pages: [
`Audit Commission
Inspection report: Information Technology
Redlake District Council
March 2001

Summary
The head of IT told us he expects rapid progress once the new network is installed
this summer, and that the service will be "one of the best in the county within a
year". We do not share that optimism.

In our judgement the service is poor and is unlikely to improve. The network project
is already six months late and there is no plan for the training that users will need.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's35-quoted-neighbour-excellent-this-good-promising',
    why: 'kind 4: neighbouring council\'s ICT judged excellent last year; by contrast the inspectors judge this council good with promising prospects',
    pages: [
`Inspection report
Information and Communications Technology
Lindhurst Borough Council
Best Value Inspection Service, February 2004

Comparison with others
Officers often cited neighbouring Westford, whose ICT service the Commission judged
excellent last year, as the model they want to follow. Lindhurst is not yet in that
class.

Summary of our judgements
By contrast with Westford, we judge Lindhurst's ICT service to be good, and its
prospects for improvement to be promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's35-quoted-benefits-good-this-fair-probably',
    why: 'kind 4: the benefits service inspected earlier was judged good; the IT service "is not at that level": fair, will probably improve (era A)',
    pages: [
`Best Value Inspection Service
Information Technology
Aldercombe District Council
October 2000

Context
Aldercombe's benefits service, inspected in the spring, was judged good, and the
council hoped for a similar result here.

Our judgements
The IT service is not at that level. We judge it to be a fair service which will
probably improve: the review has produced a sound plan, but the service has yet to
show that it can deliver change quickly.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's35-quoted-earlier-inspection-poor-now-good-excellent',
    why: 'kind 4: reinspection in era B; the 2001 inspection said poor and unlikely to improve (era-A words); the current verdict is good with excellent prospects',
    pages: [
`Audit Commission
Reinspection report
ICT Services
Marlow Heath Borough Council
November 2004`,
`Background
When the Commission first inspected this service in March 2001 it was judged poor and
unlikely to improve. The council accepted the findings and replaced its ICT management.

Our judgement now
Much has changed. We now judge this to be a good, two-star service with excellent
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's35-quoted-consultants-excellent-different-story-poor-poor',
    why: 'kind 4: consultants described the service as excellent; "our evidence tells a different story": poor with poor prospects (era B)',
    pages: [
`Best Value inspection
ICT Service
Tregarrick District Council
September 2003

Summary
A health check by consultants, commissioned by the council in 2002, described the
ICT service as "excellent" and "among the best in the region". Our evidence tells a
different story. Nearly a third of calls to the help desk are reopened, the last two
major projects were abandoned, and no one could show us how the service measures its
performance.

We judge the service to be poor, and its prospects for improvement are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's35-quoted-modest-self-assessment-then-good-will',
    why: 'kind 4: the council\'s self-assessment said fair and would probably improve; the inspectors take a more positive view: good, will improve (era A)',
    pages: [
`Best Value Inspection Service
Information Technology Services
Castle Orrin Borough Council
June 2001

Summary
In its self-assessment the council placed the IT service as fair and said it would
probably improve. We take a more positive view.

The service is good. Users are well supported, costs are below average and the service
has a clear plan which it is already delivering; we judge that it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 5: long sentences
  {
    name: 's35-long-dashes-duties-fair-probably',
    why: 'kind 5: the subject "The IT service" and "a fair service" are separated by a long dash-delimited list of duties; the prospect sentence is long too (era A)',
    pages: [
`Best Value Inspection Service
Information Technology
Kingsmere Borough Council
April 2001

Summary
The IT service — which looks after some 2,400 PCs across 46 sites, runs the payroll
and council tax systems overnight, maintains the wide area network linking the
libraries and depots, and (since April 2000) supports the administrative systems of
the borough's schools under a service level agreement — is, taking account both of
what users told us and of the performance information we examined, a fair service.

The service, given a realistic and costed improvement plan, the appointment last autumn
of a permanent head of service after two years of interim arrangements, and the early
gains already visible in help desk response times, will in our judgement probably
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's35-long-brackets-excellent-excellent',
    why: 'kind 5: long bracketed asides and a page break between the subject and the grade word; era B (December 2002)',
    pages: [
`Audit Commission
Inspection report
ICT and Customer Services
Ormsby Park Borough Council
December 2002

Summary
Ormsby Park's ICT service (which, unusually, also runs the council's contact centre,
its web site and the one-stop shops in the three market towns, and which was brought
back in house in 1999 after a five-year outsourcing contract ended) is, on every
measure we examined and in the view of almost all of the users we spoke to, an`,
`Ormsby Park BC – ICT and Customer Services                                  2

excellent service.

Its prospects for improvement (given a track record of delivering each year what it
promised, secured funding to 2005, a strong and stable management team and members
who follow its work closely) are, in our judgement, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's35-long-hyphenated-poor-uncertain',
    why: 'kind 5: era B (March 2005); long sentence with a hyphenated line break and asides; the grade ("poor") and the prospect ("uncertain") come far after their subjects',
    pages: [
`Best Value inspection
Information and Communications Technology
Hadley Brook District Council
March 2005

Summary
The ICT service, responsible for the council's 700 desktops, its telephone system, the
revenues and benefits software and (jointly with the county) the broadband link to the
rural offices, and which has been without a permanent manager for most of the past
two years, is, judged against its own targets, against what users need and against
the performance of similar councils, a poor ser-
vice.

The prospects that this service will improve — bearing in mind a new ICT strategy that
members approved in December, a partnership with the county that is still being nego-
tiated, and a budget settled only for the current year — are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's35-long-list-good-will',
    why: 'kind 5: era A (September 2000); the verdict words come after a long list of achievements; "Yes, in our view" for the prospect',
    pages: [
`Best Value Inspection Service
IT Services
Wexcombe Borough Council
September 2000

How good is the service?
Wexcombe's IT service, which in the past two years has replaced every desktop in the
council, moved its main systems to a new data centre without losing a day's service,
introduced a single help desk for all departments and published service standards that
it reports on every month to the management team, is, in our judgement, good.

Will the service improve?
Yes. The plan that came out of the review, with its clear targets, its agreed budget
and its named owners for every action, will be delivered, and the service will
improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's35-long-running-header-fair-poor',
    why: 'kind 5: era B (June 2002); a running header and page number interrupt the sentence before "fair"; the prospect verdict ends a long sentence',
    pages: [
`Audit Commission
Inspection report
Information Technology
Dunsford Vale Council
June 2002

Summary
Taking everything into account — the reliable network, the help desk that users
generally like, the lack of any strategy for electronic service delivery, costs that
are among the highest of the councils we compared it with, and a review that looked
at almost none of the options for providing the service differently — we judge the`,
`Dunsford Vale Council – Information Technology                              3

IT service to be fair.

The prospects for a service which has no agreed improvement plan, whose manager is
leaving in the summer, and for which members have refused to set aside any extra money,
are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's35-long-nested-asides-excellent-probably',
    why: 'kind 5: era A (July 2001); nested asides put forty-odd words between "the service" and "excellent"; prospect "will probably improve" at the end of a long sentence',
    pages: [
`Best Value Inspection Service
Information Technology and Telecommunications
Ashby Lacey Borough Council
July 2001

Summary
The service — and we include here not only the central IT unit but also the
telephone exchange, the print room and the small team (three people) that supports
the members' laptops, all of which were brought together under one manager in 1999
— is, by any measure we could find, excellent.

Whether it will improve further is harder to say with certainty; the service is
already near the top of every comparison we made, and the plan, although sound, is
modest, but we conclude that it will probably improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's35-about-cabinet-paper-other-service-null',
    why: 'kind 6: cabinet paper quotes the benefits service\'s score; the ICT inspection report has not yet been received, so no judgement of the ICT service',
    pages: [
`CABINET – 14 OCTOBER 2003
REPORT OF THE DIRECTOR OF RESOURCES
BEST VALUE INSPECTIONS – PROGRESS REPORT

1. Purpose
To update Cabinet on Audit Commission inspections carried out this year.

2. Housing benefits
The Audit Commission's report on the benefits service was published in August. The
inspectors judged the service good, with promising prospects for improvement.

3. ICT services
Inspectors were on site for the ICT inspection in the week of 15 September. Their
report is expected in December and will be brought to Cabinet in January.

4. Recommendation
That Cabinet notes the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-about-scrutiny-minutes-self-assessment-null',
    why: 'kind 6: scrutiny minutes record the council\'s own self-assessment (good, promising) before the inspection; no inspectors\' verdict exists yet',
    pages: [
`CORPORATE SCRUTINY PANEL
Minutes of the meeting held on 21 February 2002

34. ICT Best Value inspection
The Head of ICT reported that the Audit Commission would inspect the service in May.
The service's self-assessment placed it as a good service with promising prospects.
Councillor Ames asked whether the inspectors were likely to agree; the Head of ICT said
that he could not predict their view but was confident the evidence was strong.

RESOLVED: that the Panel receives the inspection report when it is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-about-commission-press-release-fair-promising',
    why: 'kind 6: an Audit Commission news release stating the Commission\'s own verdict on this council\'s ICT service (fair, promising; October 2002); the council leader\'s quote is not the verdict',
    pages: [
`AUDIT COMMISSION
NEWS RELEASE
For immediate release: 29 October 2002

Nettlebury's ICT service "fair" with promising prospects, say inspectors

Nettlebury Borough Council's ICT service is a 'fair' one-star service with promising
prospects for improvement, according to a report published today by the Audit
Commission's Best Value Inspection Service.

The inspectors found a reliable network and a popular help desk, but too little
progress towards the government's 2005 e-government target.

The leader of the council said: "We believe we are already an excellent service and
the report does not reflect the hard work of our staff."

Notes to editors
Inspections answer two questions: how good is the service, and what are its prospects
for improvement?`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's35-about-committee-report-outcome-poor-will-not',
    why: 'kind 6: committee report relays the published inspectors\' judgement of this IT service (poor, will not improve; era A); the council\'s hopeful response is its own view, not the verdict',
    pages: [
`POLICY AND RESOURCES COMMITTEE
9 AUGUST 2001
AUDIT COMMISSION INSPECTION OF IT SERVICES
Report of the Chief Executive

1. The Audit Commission published its Best Value inspection report on the council's IT
services on 12 July 2001. A copy is attached.

2. The inspectors judged the service to be poor, and concluded that it will not
improve under the current improvement plan.

3. Officers believe that the service can and will improve, and a revised plan is being
prepared for the Committee's September meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's35-about-council-press-release-other-service-null',
    why: 'kind 6: council press release celebrating the library service\'s excellent rating; the IT review is only mentioned as under way',
    pages: [
`Harbridge City Council
Press release – 3 March 2004

THREE STARS FOR CITY LIBRARIES

The city's library service has been judged excellent, with excellent prospects, by
Audit Commission inspectors – the first three-star library service in the region.

The council's Best Value review of its ICT services is still under way and will be
inspected later in the year. "We want ICT to follow where the libraries have led,"
said the Cabinet member for resources.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-about-staff-newsletter-aim-three-stars-null',
    why: 'kind 6: staff newsletter about a forthcoming ICT inspection; only an aim of three stars, no judgement',
    pages: [
`IT MATTERS
Staff newsletter of the IT Unit – issue 14, January 2003

Inspectors are coming!
The Audit Commission will inspect our service in the week of 10 March. They will ask
two questions: how good is the service, and what are its prospects for improvement?
Our aim is nothing less than an excellent, three-star result with excellent prospects.

Please make sure your call logs are up to date, and be ready to talk to the inspectors
about your work.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------- kind 7: plain statements, many forms
  {
    name: 's35-plain-passive-good-probably-era-a',
    why: 'kind 7: passive "The service is judged to be good" and "It will probably improve" (August 2001, era A)',
    pages: [
`Best Value Inspection Service
Information Technology
Colbrook District Council
August 2001

Summary
The service is judged to be good. It will probably improve.

The IT unit provides a dependable service to the council's 600 staff. Its review was
thorough, but the improvement plan is at an early stage.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's35-plain-we-judge-excellent-yes-will',
    why: 'kind 7: active "We judge the service to be excellent" and "Yes: it will improve" (February 2001, era A)',
    pages: [
`Audit Commission
Information Technology
Thistleford Borough Council
February 2001

Summary
We judge the IT service to be excellent: three stars. Will it improve? Yes: it will
improve, because the plan is ambitious, costed and owned by the whole management team.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's35-plain-headings-poor-unlikely',
    why: 'kind 7: verdicts given as short answers under the headings "How good is the service?" and "Will the service improve?" (November 2000, era A)',
    pages: [
`Best Value Inspection Service
Information Technology Services
Pillingham Borough Council
November 2000`,
`How good is the service?
Poor.

Users complain of slow response, the network fails several times a month and the
service does not know what it costs.

Will the service improve?
Unlikely to improve.

The review was completed late and the plan has no money attached to it.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's35-plain-our-judgement-not-yet-good-fair-will-not',
    why: 'kind 7: "This is not yet a good service" (negation) then "Our judgement is that it is fair and will not improve" (June 2001, era A)',
    pages: [
`Best Value Inspection Service
Information Technology
Rowanfield District Council
June 2001

Summary
This is not yet a good service. Our judgement is that it is a fair, one-star service
that will not improve: the review ignored the views of users, and the plan commits the
council to nothing it is not already doing.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's35-plain-team-rated-good-unlikely',
    why: 'kind 7: "The inspection team rated the service good but unlikely to improve" (January 2001, era A); "poor morale" is an ordinary word',
    pages: [
`Audit Commission
Best Value Inspection Service
Linwood Borough Council
Information Technology
January 2001

Summary
The inspection team rated the IT service as good but unlikely to improve. Day-to-day
service is reliable, yet poor morale after a long restructuring, and the loss of
several senior staff, leave the service without the capacity to carry out its plan.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's35-plain-three-star-excellent-probably',
    why: 'kind 7: "a three-star, excellent service which will probably improve" (July 2001, era A); "a fair proportion" is an ordinary phrase',
    pages: [
`Best Value Inspection Service
IT and Telecommunications
Beauchamp Hill Borough Council
July 2001

Summary
Beauchamp Hill has a three-star, excellent IT service which will probably improve.
A fair proportion of the improvements in its plan are already under way, although a
few depend on a partnership that is not yet agreed.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's35-plain-we-judge-poor-poor-prospects',
    why: 'kind 7: first month of era B (October 2001): "We judge the ICT service to be poor, with poor prospects for improvement"',
    pages: [
`Audit Commission
Inspection report
ICT Service
Grangemoor District Council
October 2001

Summary
We judge the ICT service to be poor, with poor prospects for improvement.

Most of the service's targets were missed last year, and the council has not yet
decided how the service will be provided after the current contract ends.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's35-plain-our-judgement-fair-uncertain',
    why: 'kind 7: "Our judgement is that the service is fair and that its prospects are uncertain" (April 2002, era B); "excellent working relationships" is an ordinary phrase',
    pages: [
`Best Value Inspection Service
Information and Communications Technology
Fairleigh Borough Council
April 2002

Summary
Our judgement is that the ICT service is fair and that its prospects for improvement
are uncertain. Staff have excellent working relationships with the main departments,
but the service has no agreed strategy and its budget is under review.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's35-plain-headings-good-promising',
    why: 'kind 7: headings "How good is the service?" / "What are the prospects for improvement?" with answers in the inspectors\' voice (January 2003, era B)',
    pages: [
`Inspection report
ICT Services
Stowell Borough Council
January 2003`,
`How good is the service?
In our view this is a good service. It earns two stars out of a possible three.

What are the prospects for improvement?
We consider the prospects for improvement to be promising. The improvement plan is
clear and is funded, although the service has little spare capacity.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's35-plain-passive-excellent-excellent',
    why: 'kind 7: passive "has been assessed as excellent" and "its prospects are judged to be excellent" (July 2004, era B)',
    pages: [
`Audit Commission
Inspection report
ICT and e-Government
Yarrowby Borough Council
July 2004

Summary
The service has been assessed as excellent (three stars), and its prospects for
improvement are judged to be excellent. Yarrowby met the 2005 e-government target a
year early.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's35-plain-quoted-words-good-excellent',
    why: 'kind 7: scale words in quotation marks: "a \'good\' service that has \'excellent\' prospects" (May 2003, era B)',
    pages: [
`Best Value Inspection Service
Information Technology
Ansford District Council
May 2003

Summary
This is a 'good' service that has 'excellent' prospects for improvement. The service
has improved steadily since its review, and the council has committed the money and
the people needed to complete its plan.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's35-plain-commission-scores-fair-promising',
    why: 'kind 7: "The Commission scores the service as fair" / "prospects ... are promising" (February 2005, era B)',
    pages: [
`Audit Commission
Inspection report
Corporate ICT
Welbourne Borough Council
February 2005

Summary
The Commission scores Welbourne's corporate ICT service as fair, one star. The
prospects for improvement are promising: a new partnership with a private supplier
began in January and early results are encouraging.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's35-plain-poor-but-promising',
    why: 'kind 7: "This is a poor service, but its prospects for improvement are promising" (August 2002, era B) - the contrast joins two inspectors\' judgements',
    pages: [
`Best Value Inspection Service
ICT Services
Mortlake Vale District Council
August 2002

Summary
This is a poor service, but its prospects for improvement are promising. A new ICT
manager was appointed in the spring, members have approved a three-year investment
programme, and the first projects are on time.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's35-plain-split-page-break-excellent-promising',
    why: 'kind 7: the grade sentence is split across a page break with a running header between "an" and "excellent"; prospects stated plainly (November 2003, era B)',
    pages: [
`Audit Commission
Inspection report
Information and Communications Technology
Lambourne Forest District Council
November 2003

Summary
Lambourne Forest's ICT service is, in the inspectors' view, an`,
`Lambourne Forest DC – ICT inspection – November 2003                        2

excellent service. Its prospects for improvement are promising rather than excellent,
because the service depends heavily on two key staff.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's35-none-draft-blank-grid',
    why: 'kind 8: draft report with a scoring chart whose cells are all empty and "scores to be confirmed"; axis labels list every word',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
ICT Services
Coldharbour Borough Council
Draft 2 – September 2002`,
`Scoring chart (scores to be confirmed)

                 Poor            Uncertain       Promising       Excellent
Excellent ***
Good **
Fair *
Poor

The inspectors' scores will be added after the moderation panel has met.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-council-own-review',
    why: 'kind 8: the council\'s own Best Value review concludes its service is good and will improve; this is self-assessment, not an inspection verdict',
    pages: [
`Oakbridge District Council
Best Value Review of Information Technology
Final report of the review team
May 2001

Conclusions
The review team considers that the IT service is good, and we believe it will improve
further once the actions in this report are carried out. We compared our costs with
six similar councils and found them to be about average.

Next steps
The review will be inspected by the Audit Commission later this year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-scoring-guidance',
    why: 'kind 8: guidance explaining the star scale and both prospect vocabularies; every scale word appears, none is a judgement of a service',
    pages: [
`Audit Commission
Best Value inspections: how we score services
Guidance for councils – November 2001

Every inspection answers two questions.

How good is the service? Services are scored on a four-point scale: poor (no stars),
fair (one star), good (two stars) or excellent (three stars).

What are its prospects for improvement? Until September 2001 we said whether a service
would not improve, was unlikely to improve, would probably improve or would improve.
From October 2001 we describe prospects as poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-scrutiny-briefing-questions',
    why: 'kind 8: scrutiny briefing listing questions members might ask the inspectors; hypothetical grades only',
    pages: [
`Resources Scrutiny Committee
Briefing note: forthcoming inspection of ICT services
Prepared by the Scrutiny Officer, March 2003

Questions members may wish to raise
- If the service is judged poor, what support will the council give it?
- What would the service need to do to be judged good rather than fair?
- How will the inspectors decide whether prospects are promising or uncertain?
- Has the service compared its costs with other councils?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-service-plan-aiming-excellent',
    why: 'kind 8: ICT service plan whose target is to be an excellent, three-star service with excellent prospects by 2005; an aim, not a judgement',
    pages: [
`Brackenhurst Borough Council
ICT Service Plan 2003–2006

Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects,
delivering every service the council offers electronically.

Where we are now
Users describe the help desk as good, but we know that our project delivery needs to
improve. Our Best Value review begins in April.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-draft-judgements-withheld',
    why: 'kind 8: fact-check draft of an inspection report with body text but the judgements withheld pending moderation',
    pages: [
`Best Value Inspection Service
Information Technology
Fernleigh District Council
FACTUAL ACCURACY DRAFT – July 2001

Summary
[Judgements withheld pending moderation]

The service supports 450 users from a single office. The review was completed in
March 2001. Users told us that the help desk is friendly but slow, and that the
network is reliable.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-inspection-scope-letter',
    why: 'kind 8: letter setting out the scope and timetable of an inspection; no findings yet',
    pages: [
`Audit Commission
Best Value Inspection Service

Chief Executive
Pelham Abbey Borough Council
15 January 2004

Dear Chief Executive

Inspection of ICT services
I write to confirm the arrangements for the inspection of your ICT services. The
inspection team will be on site from 8 to 12 March. We will consider how good the
service is and what its prospects for improvement are, and will report our findings
to you in draft by the end of April.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-improvement-plan-ordinary-words',
    why: 'kind 8: council improvement plan using "poor morale", "excellent working relationships", "a fair share" as ordinary words; no inspection judgement',
    pages: [
`Hollins Vale District Council
IT Improvement Plan 2002/03

Issues
1. Poor morale in the network team following last year's restructuring.
2. Excellent working relationships with the finance department should be extended to
   other departments.
3. The service should receive a fair share of the capital programme.

Actions
Action 1: team development programme – owner: IT manager – by June 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-benchmarking-club-report',
    why: 'kind 8: benchmarking club report comparing costs; quartile words and "a fair proportion", but no inspection judgement',
    pages: [
`Northern ICT Benchmarking Club
Annual comparison 2003
Report for Westerby Borough Council

Cost per workstation: £1,210 (third quartile)
First-time fix rate: 71 per cent (median)
Satisfaction: a fair proportion of users (38 per cent) rated support as excellent; 9
per cent rated it poor.

This report is for the council's own use and is not an inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-ieg-statement',
    why: 'kind 8: the council\'s Implementing Electronic Government statement; targets and aims only',
    pages: [
`Implementing Electronic Government Statement
Thornleigh Borough Council
July 2002

Our aim is for 100 per cent of services that can be delivered electronically to be
available on line by December 2005. At present 41 per cent are available.

We believe our progress is good, and we expect to improve rapidly once the customer
relationship management system goes live next year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-internal-audit-report',
    why: 'kind 8: internal audit report on ICT controls; an audit assurance opinion is not a Best Value grade or prospect',
    pages: [
`Internal Audit Section
Audit of ICT Security and Access Controls
Queensbury District Council
Report no. IA/2004/17, June 2004

Audit opinion: substantial assurance.
Controls over new user accounts are good. Password management is poor in two
departments. Back-up arrangements are satisfactory.

Management response: agreed; all actions to be completed by September 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-how-to-read-chart-appendix',
    why: 'kind 8: appendix explaining how to read a scoring chart, with an example blank chart; no mark and no verdict',
    pages: [
`Appendix 3: reading the scoring chart

The chart on the front of each report has the star rating of the service on one axis
and the prospects for improvement on the other. One cell is marked.

                 Poor        Uncertain    Promising    Excellent
Excellent
Good
Fair
Poor

A mark in the top right-hand cell would mean an excellent service with excellent
prospects; a mark in the bottom left-hand cell a poor service with poor prospects.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-performance-plan-extract',
    why: 'kind 8: extract from the council\'s Best Value Performance Plan; targets and the council\'s own claims only',
    pages: [
`Best Value Performance Plan 2001/02 – extract
Section 6: Information Technology

Target for 2001/02: 95 per cent of help desk calls resolved within agreed times
(2000/01: 87 per cent).

We consider that the IT service is improving and will be good by the end of the year.
A Best Value review of the service is programmed for 2002/03.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's35-none-self-assessment-form',
    why: 'kind 8: a self-assessment form completed by the council with "Good" and "Promising" boxes chosen - the council\'s view, no inspectors\' verdict',
    pages: [
`Pre-inspection self-assessment
Service: ICT
Council: Marsden Clough Borough Council
Completed by: Head of ICT, 4 November 2003

1. How good is the service? (self-assessed)   Good
2. Prospects for improvement (self-assessed)  Promising

Evidence: see attached performance report and user survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
