/** Held-out judgement set 20, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases20: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's20-grid-tab-cells-fair-probably',
    why: 'kind 1: era A grid, prospects as rows and grades as columns, asterisk in the Probably row under Fair; all axis words present',
    pages: [
`Kelsford Borough Council
Information Technology Services
Best Value Inspection Service
March 2001

Scoring the service
We have assessed the service using the chart below. The vertical axis shows our judgement
on whether the service will improve; the horizontal axis shows how good it is now.

Will the service improve?
Yes
Probably\t\t*\t\t
Unlikely\t\t\t\t
No\t\t\t\t
\tPoor\tFair\tGood\tExcellent
A good service?

2 Kelsford Borough Council - IT Services`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's20-grid-swapped-axes-poor-uncertain',
    why: 'kind 1: era B grid with the axes swapped (grades as rows, prospects as columns) and a caption saying so; "Poor" and "Excellent" appear on both axes; star in Poor row / Uncertain column',
    pages: [
`Fenwold District Council                                  Inspection report
ICT and e-Government

The scoring chart
Figure 1: rows show how good the service is; columns show its prospects for improvement.

                 Poor        Uncertain     Promising     Excellent
                 prospects   prospects     prospects     prospects
Excellent
Good
Fair
Poor                         \u2605

Source: Audit Commission

Fenwold District Council  |  7`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's20-grid-tick-good-promising',
    why: 'kind 1: era B grid extracted as rows of cells separated by runs of spaces; a tick mark carries the judgement; the verdict words appear only as axis labels',
    pages: [
`Saltmarsh City Council - Best Value Inspection - Customer Access and ICT - January 2003

Summary chart

'a good service?'
                 Poor       Fair       Good       Excellent
Excellent
prospects
Promising                              \u2713
prospects
Uncertain
prospects
Poor
prospects
'prospects for improvement?'

page 4`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's20-grid-x-excellent-excellent',
    why: 'kind 1: era B grid, an X in the top right cell; prospects axis lists "excellent" and "poor" like the grade axis, so only the mark position decides',
    pages: [
`Ashcombe Metropolitan Borough Council
Revenues and Benefits ICT
Inspection: May 2004

How we score services

Prospects for improvement
Excellent | | | | X
Promising | | | |
Uncertain | | | |
Poor | | | |
 | Poor | Fair | Good | Excellent
 How good is the service?

The inspection team's scoring is shown above. An explanation of the scoring is given in
Appendix 3.
                                                                                      5`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's20-grid-bracket-x-poor-will-not',
    why: 'kind 1: era A grid where every cell is an empty "[ ]" except one "[x]" in the No row under Poor',
    pages: [
`Thornbury Vale District Council - Computer Services - Best Value Inspection - July 2001

Scoring

Will it improve?     Poor    Fair    Good    Excellent
Yes                  [ ]     [ ]     [ ]     [ ]
Probably             [ ]     [ ]     [ ]     [ ]
Unlikely             [ ]     [ ]     [ ]     [ ]
No                   [x]     [ ]     [ ]     [ ]

                              How good is the service?
Page 3 of 18`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's20-grid-dot-fair-unlikely-columns-first',
    why: 'kind 1: era A grid with grades as rows read top to bottom Excellent..Poor and prospects as columns No..Yes; a solid dot in Fair row under Unlikely',
    pages: [
`BRYNFFOS COUNTY BOROUGH COUNCIL
Information and Communications Technology
Best Value Inspection Service - August 2001

Our judgement in chart form
(the row shows how good the service is today, the column whether it will improve)

\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\u25cf\t\t
Poor\t\t\t\t

Brynffos CBC - ICT - page 6`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 2: table cells mixing the word with stars or a sentence
  {
    name: 's20-table-fair-one-star-yes-will',
    why: 'kind 2: era A summary table; cells read "Fair (one star)" and "Yes, it will improve"; the reasons column mentions good and poor aspects',
    pages: [
`Harrowmere Borough Council - IT Support Services
Summary of judgements

Question                      Judgement                       Main reasons
How good is the service?      Fair (one star)                 Good help desk response for
                                                              routine faults; poor project
                                                              delivery; excellent staff
                                                              commitment
Will the service improve?     Yes, it will improve            Robust improvement plan, firm
                                                              member backing

Best Value Inspection Service, April 2001                                  Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's20-table-good-two-stars-of-three-promising',
    why: 'kind 2: era B table "Good: 2 stars of 3" and "Promising prospects", reasons column using excellent and poor',
    pages: [
`Calderwick District Council\tICT Services\tNovember 2002

Inspection summary
Area\tOur judgement\tWhy
Current service\tGood: 2 stars of 3\tExcellent network availability; poor take-up of online forms
Prospects\tPromising prospects\tClear plan, but fair progress only on procurement so far

Calderwick District Council - ICT Services - 3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's20-table-poor-no-stars-no-will-not',
    why: 'kind 2: era A table cells "Poor - no stars" and "No, it will not improve" with reasons mentioning a good helpdesk',
    pages: [
`Pendlemoor Borough Council
Best Value Inspection of Information Technology
June 2001

THE INSPECTORS' JUDGEMENTS
| Is it a good service?      | Poor - no stars             | The help desk is good but most systems are out of date |
| Will the service improve?  | No, it will not improve     | No agreed plan; no funding identified                   |

Pendlemoor Borough Council - page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's20-table-excellent-three-stars-probably',
    why: 'kind 2: era A cells "Excellent - three stars" and "Will probably improve", the reasons column says "fair" about a small area',
    pages: [
`Ravensholt Metropolitan Borough Council
Library Services
Best Value Inspection, September 2001

Judgement                Score                          Comments
Quality of service       Excellent - three stars        Very high usage; only fair provision
                                                        of evening opening in two branches
Likelihood of            Will probably improve          Strong track record; some plans
improvement                                             not yet costed

4`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's20-table-fair-one-star-uncertain',
    why: 'kind 2: era B table, cells "Fair: one star" and "Uncertain (see section 5)", reasons column praises good frontline staff',
    pages: [
`Oakhurst Borough Council - Housing Repairs - Inspection Report - February 2003

Our scores
How good is the service?           Fair: one star
                                   (good front-line staff, poor
                                   appointment system)
What are the prospects for         Uncertain (see section 5)
improvement?                       (good plans; excellent intentions
                                   but no track record)
                                                                 page 2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's20-table-poor-unlikely-paragraph-ref',
    why: 'kind 2: era A table with cells "Poor (0 stars)" and "Unlikely - see paragraph 42"; the reasons column cites a good budget position',
    pages: [
`Merrowdale District Council\tComputer Services\tMay 2001
Scorecard
Question\tScore\tReasons
A good service?\tPoor (0 stars)\tFrequent network failures; good budget position not used
Will it improve?\tUnlikely - see paragraph 42\tImprovement plan lacks targets and owners
Merrowdale District Council\t\t3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 3: paraphrased prospects
  {
    name: 's20-paraphrase-on-balance-promising',
    why: 'kind 3: era B report, prospect stated only as "on balance ... more likely than not to get better"; grade stated plainly',
    pages: [
`Westerby Borough Council - ICT Services - Inspection Report - March 2003

Summary
We judge that Westerby provides a fair, one-star ICT service. Systems are mostly reliable,
but departments still wait too long for new equipment. Looking ahead, and on balance, we
think the service is more likely than not to get better: a new head of ICT is in post, the
improvement plan has clear milestones and members have agreed the funding for year one.

Westerby Borough Council                                                            1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's20-paraphrase-serious-doubts-unlikely',
    why: 'kind 3: era A (June 2001) prospect given as doubt about capacity to deliver the plan; no scale word',
    pages: [
`Greystone District Council
Information Technology - Best Value Inspection - June 2001

Our judgements
This is a poor service. Staff work hard but too many systems are unsupported and users
report long delays. We have serious doubts that the council has the people or the money
to deliver the improvement plan it has drawn up, and previous plans have not been carried
through.
                                                                             2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's20-paraphrase-confident-excellent-prospects',
    why: 'kind 3: era B, "we are confident ... will be delivered" expresses the top ordinal with no scale word',
    pages: [
`Lindenford City Council - e-Government and ICT - October 2003

In our view Lindenford provides a good, two-star service. We are confident that the
council will deliver its improvement plan in full: it has a strong track record of
meeting deadlines, the plan is costed and owned by the cabinet, and progress is already
visible on every action.

Lindenford City Council\tPage 3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's20-paraphrase-no-prospect-will-not',
    why: 'kind 3: era A, "we see no prospect of the service improving" maps to will-not',
    pages: [
`Eastholme Borough Council - Computer Services - Best Value Inspection - February 2001

Summary
The inspection team found a poor service. Managers have not accepted the findings of their
own review and the action plan is a list of intentions with no dates. We see no prospect
of the service improving while these conditions remain.

page 1 of 14`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's20-paraphrase-far-from-certain-uncertain',
    why: 'kind 3: era B, "it is far from certain that the council will make the progress it needs" maps to uncertain',
    pages: [
`Birchley Borough Council
Benefits Service
Inspection report - July 2002

Summary
Overall the benefits service is fair and earns one star. Claims are processed more quickly
than a year ago, but overpayments are rising. It is far from certain that the council will
make the progress it needs: the restructure is only half complete and the new IT system
has slipped twice.
                                                                    3`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's20-paraphrase-no-sign-poor-prospects',
    why: 'kind 3: era B, "there is no sign that anything will change" maps to poor (prospects)',
    pages: [
`Cranmoor District Council | ICT | Inspection | June 2004

Our view of the service
We found a poor service that does not meet the basic needs of its users. There is no sign
that anything will change: the review stalled, the steering group has not met since
January and no one owns the action plan.

Cranmoor District Council                                                     4`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's20-paraphrase-certain-will-eraA',
    why: 'kind 3: era A, "we are certain that the service will get better" maps to will',
    pages: [
`Hollinsbridge Borough Council\tInformation Services\tDecember 2000

Summary
In the inspectors' view this is a good service. We are certain that it will get better
still: the department has met every target in its last three plans and the new plan
builds on that record.

Hollinsbridge Borough Council - page 2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's20-quote-self-assessment-good-inspectors-fair',
    why: 'kind 4: the council self-assessed as good; the inspectors contrast and judge fair with promising prospects',
    pages: [
`Marlwick Borough Council - ICT Services - Inspection Report - September 2002

Summary
The council's self-assessment rated the ICT service good and judged its prospects excellent.
Our evidence tells a different story. We judge the service to be fair: it has one star.
Its prospects for improvement are promising because the new strategy is sound and funded.
                                                                      2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's20-quote-director-expects-progress-inspectors-doubt',
    why: 'kind 4: the IT director expects rapid progress; the inspectors do not share the view and give uncertain prospects; grade stated plainly',
    pages: [
`Dunsford City Council
Information Technology
Best Value Inspection - April 2003

The head of IT told us that he expects the service to be "excellent within eighteen months".
We do not share his confidence. The service is currently fair, with one star, and its
prospects are uncertain: the plan depends on a partnership that has not yet been procured.

Dunsford City Council - page 5`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's20-quote-neighbour-excellent-this-good',
    why: 'kind 4: a neighbouring council rated excellent is mentioned for comparison; this service is good and will probably improve (era A)',
    pages: [
`Northcote District Council - IT Services - Best Value Inspection - May 2001

Comparison with others
The neighbouring authority's IT service, which we inspected last autumn, was judged
excellent, and Northcote officers visited it during their review. Northcote is not at that
level yet. Our judgement is that Northcote provides a good service that will probably
improve.
                                                                               8`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's20-quote-earlier-inspection-poor-now-fair',
    why: 'kind 4: an earlier inspection found the service poor and unlikely to improve; the present inspection judges fair and promising',
    pages: [
`Tarnside Borough Council\tHousing Benefits\tInspection Report\tDecember 2002

Background to this inspection
When we last inspected the service, in 2000, we judged it poor and unlikely to improve.
Since then the council has replaced its processing system and cleared most of the backlog.

Our judgements
The service is now fair (one star) and has promising prospects for improvement.
                                                                              1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's20-quote-self-assessment-only-null',
    why: 'kind 4: the council summarises its own self-assessment ("we consider our service good, likely to improve") in a pre-inspection submission; no inspectors\' verdict',
    pages: [
`Wrexley Borough Council
Self-assessment submitted to the Best Value Inspection Service
ICT Services - October 2002

1. Our assessment
We consider that the ICT service is a good service and that its prospects for improvement
are promising. Users rate the help desk highly and our network availability is excellent.
We recognise that training remains a weakness.

2. Evidence
The attached appendices set out the evidence for our assessment.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-quote-manager-view-no-verdict-excerpt',
    why: 'kind 4: excerpt of a report body quoting a manager who calls the service excellent and sure to improve; the excerpt has no inspectors\' verdict',
    pages: [
`Kingsmere City Council - Information Technology - Inspection Report - March 2004

Performance against aims
The IT manager described the service to us as "excellent, and certain to get better once
the new data centre opens". Call volumes have risen by a third over two years while staff
numbers stayed the same. Most calls are resolved within the target time.

Kingsmere City Council                                                             11`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-quote-other-service-poor-this-good',
    why: 'kind 4: mentions a different service previously judged poor; this IT service is judged good with excellent prospects',
    pages: [
`Sedgecombe Borough Council - ICT - Inspection - January 2004

The council's benefits service, inspected last year, was judged poor with uncertain
prospects, and many of its problems were blamed on IT. We found that this was not a fair
picture of the ICT service today. In our judgement ICT at Sedgecombe is a good service,
and its prospects for improvement are excellent.
                                                                     2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's20-quote-self-excellent-evidence-poor',
    why: 'kind 4: self-assessment excellent, then "however" and the inspectors\' poor verdict with poor prospects',
    pages: [
`Ambleworth District Council
Information and Communication Technology
Inspection Report - November 2003

The council rated its own ICT service as excellent in its Best Value review. However, the
inspection team found a poor service: projects are late, users are not consulted and costs
are high. Prospects are poor, because the council does not accept that there is a problem.

2                                                    Ambleworth District Council`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- kind 5: long sentences, far verdict
  {
    name: 's20-long-duties-list-poor-uncertain',
    why: 'kind 5: the grade word comes 40+ words after the subject, after a list of duties; era B',
    pages: [
`Fellbridge Borough Council - ICT Services - Inspection - August 2003

Summary
The ICT service - which runs the council's network of some 1,400 PCs, supports 60 business
applications, maintains the corporate website and the intranet, provides telephony to 30
sites and, since April, manages the contract for the new revenues system on behalf of the
finance department - is, in our judgement, a poor service, and its prospects for improvement
are uncertain.
                                                                        3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's20-long-brackets-good-promising',
    why: 'kind 5: bracketed asides and dashes between subject and verdict; prospects after a further aside',
    pages: [
`Holbeck Vale District Council
ICT and Customer Services
Inspection Report - May 2003

We consider that the service (which was brought together from three separate departmental
IT teams in 2001, and whose staff - many of them on temporary contracts - have carried it
through two reorganisations and a move to new offices without serious loss of service) is
a good one, and - given the quality of the improvement plan and the backing of members - its
prospects are promising.

Holbeck Vale DC - page 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's20-long-prospect-far-probably',
    why: 'kind 5: era A; the prospect predicate "will probably improve" stands far from "the service" after a long list',
    pages: [
`Stannington Borough Council - Information Technology - Best Value Inspection - January 2001

We judge this to be a fair service. The service, taking into account the scale of the
changes now under way - the move to a single corporate network, the replacement of the
housing and council tax systems, the new call-logging arrangements, the training programme
for the 200 new users in social services and the agreement with the county council on
shared data centres - will, in our view, probably improve.
                                                                                   4`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's20-long-excellent-will-eraA',
    why: 'kind 5: era A; a long sentence with a list of achievements ends "is excellent, and will improve"',
    pages: [
`Penrallt County Council
Information Technology Services
Best Value Inspection - March 2001

The inspection team concluded that the county's IT service, which supports schools, social
services, highways and the fire authority across 40 sites, has delivered every major project
on time for four years, publishes its performance monthly to every department and was the
first in Wales to offer online payments for most council services, is excellent, and that it
will improve further.
                                                                          1`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's20-long-unlikely-dashes',
    why: 'kind 5: era A; verdict after dashes and a parenthesis, "is poor and - unless ... - unlikely to improve"',
    pages: [
`Quarrington District Council - Computer Services - September 2001

Our conclusion is that the computer service at Quarrington - a small team of nine (two posts
vacant since last year) looking after finance, payroll, planning and the mainframe-based
council tax system that the council has twice decided to replace and twice deferred - is
poor and, unless the council takes a decision on the replacement this year, is unlikely
to improve.

Quarrington District Council\t\t\tPage 2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's20-long-good-probably-list-of-sites',
    why: 'kind 5: era A; grade comes at the end of a sentence that begins with the service and lists 8 functions; prospect plainly stated separately',
    pages: [
`Wickenham Borough Council - IT and Telecommunications - Best Value Inspection - April 2001

The IT and telecommunications service, responsible for the council's data network, the
switchboard, mobile telephones, the payroll and financial systems, the geographic information
system, printing and reprographics, the schools' administration network and the housing
management system, is, on the evidence we collected, a good service. We think it will
probably improve.
                                                                              3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  // ---------------------------------------------------------------- kind 6: documents about an inspection (not the report)
  {
    name: 's20-council-committee-paper-benefits-good',
    why: 'kind 6: committee paper reporting the inspectors\' grade for the benefits service; not the inspectors\' report, so no judgement',
    pages: [
`REPORT TO: Resources Scrutiny Committee
DATE: 14 January 2003
REPORT OF: Director of Finance
SUBJECT: Best Value Inspection of the Benefits Service

1. Purpose
1.1 To inform members of the outcome of the Audit Commission's inspection of the benefits
service.
2. Outcome
2.1 The inspectors judged the service to be good (two stars) with promising prospects for
improvement. This is an excellent result for the council.
3. Recommendation
3.1 That members note the report and the action plan at Appendix A.

Agenda item 7                                                                    Page 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-press-release-libraries-two-stars',
    why: 'kind 6: council press release celebrating two stars for libraries; not the report itself',
    pages: [
`NEWS RELEASE
Embleton Borough Council
For immediate release: 3 March 2004

LIBRARIES SHINE IN INSPECTION
Embleton's library service has been awarded two stars by government inspectors, who said
the service was "good" and had "excellent prospects" for improvement. Councillor Jane Hurst,
cabinet member for culture, said: "This is fantastic news for our staff and our readers."

Notes to editors: the full report is available from the Audit Commission website.
ENDS`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-cabinet-report-ict-poor',
    why: 'kind 6: cabinet report summarising the ICT inspection result (poor, uncertain) and the council response; council paper, so null',
    pages: [
`Cabinet - 9 September 2003
Report of the Chief Executive
ICT Best Value Inspection: outcome and response

Summary
The Audit Commission has published its report on the council's ICT service. The inspectors
scored the service as poor, with uncertain prospects for improvement. Officers accept most
of the findings and propose the response set out below.

Recommendations
(a) That cabinet notes the inspection outcome.
(b) That cabinet approves an additional \u00a3350,000 for ICT in 2004/05.

Ashbourne Vale District Council                                     Cabinet 09.09.03`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-minutes-waste-fair',
    why: 'kind 6: minutes of a scrutiny meeting recording the waste service\'s inspection score and a councillor\'s view',
    pages: [
`MINUTES OF THE ENVIRONMENT OVERVIEW AND SCRUTINY PANEL
held on Tuesday 22 October 2002

34. BEST VALUE INSPECTION - WASTE COLLECTION
The Head of Environmental Services reported that the inspectors had rated the service fair
(one star) and that it would probably improve. Councillor Barnes said that a fair service was
not good enough and asked for quarterly progress reports.
RESOLVED: that the report be noted.

Chair ............................                                            22.10.02`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-newsletter-it-excellent-aim',
    why: 'kind 6: staff newsletter article about a forthcoming and a past inspection, citing another council\'s grade and its own target',
    pages: [
`INSIDE ROWANFIELD - staff newsletter - issue 41 - Spring 2002

IT inspection: what happens next?
Last year inspectors called our revenues service "poor" but said it would probably
improve. Now it's the turn of IT. Our neighbours at Castlebury were rated good, with
promising prospects, and we want to do at least as well: our aim is to be excellent.
Inspectors will be on site from 8 April. Please make them welcome!`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------- no judgement at all
  {
    name: 's20-draft-scores-to-be-confirmed',
    why: 'no judgement: a draft report with placeholder scores to be confirmed',
    pages: [
`DRAFT - NOT FOR PUBLICATION
Greenhithe Borough Council
ICT Services - Inspection Report
Draft v0.3, June 2003

Summary
[Scores to be confirmed following the challenge meeting on 30 June.]
How good is the service?  [TBC - fair/good?]
Prospects for improvement: [TBC]

The service has made real improvements to its help desk ...
                                                    DRAFT page 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-own-review-report',
    why: 'no judgement: the council\'s own Best Value review of IT, with its own aims and targets using grade words',
    pages: [
`Brackenhurst District Council
Best Value Review of Information Technology
Final report of the review team - November 2001

1. Introduction
This review was carried out by a cross-party member panel supported by officers. It used
the four Cs: challenge, compare, consult and compete.

2. Findings
Users told us the help desk is good but that training is poor. Our costs compare
fairly with similar districts.

3. Our vision
To provide an excellent IT service, rated three stars by 2004.`,
      `4. Improvement plan
The review recommends 14 actions, set out in Appendix B, which will be monitored by the
Corporate Performance Panel.

Brackenhurst DC - BV Review of IT                                             2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-consultation-leaflet',
    why: 'no judgement: a consultation leaflet asking residents about online services; uses "good", "poor" in questions',
    pages: [
`HAVE YOUR SAY
Dorrington City Council wants to hear from you

We are reviewing how you contact us - by phone, in person or online.
How would you rate our website?   [ ] Excellent  [ ] Good  [ ] Fair  [ ] Poor
Do you think our services will improve over the next year?
[ ] Yes   [ ] Probably   [ ] Unlikely   [ ] No

Return this form free of charge to: Freepost DCC Best Value Review`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-appendix-only-people-met-and-blank-chart',
    why: 'no judgement: appendices only - a list of people interviewed and an explanation of the scoring chart with no cell marked',
    pages: [
`Appendix 2 - People we met
Chief Executive; Director of Corporate Services; Head of ICT; ICT Service Desk Manager;
focus group of 12 front-line staff; Unison branch secretary.

Appendix 3 - How we score
The chart shows the two judgements. A 'poor' service scores no stars and an 'excellent'
service three. Prospects may be poor, uncertain, promising or excellent.

          Poor     Fair     Good     Excellent
Excellent
Promising
Uncertain
Poor
                                                                          21`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-terms-of-reference-letter',
    why: 'no judgement: the inspection service\'s notification letter and scope, describing the scale',
    pages: [
`Best Value Inspection Service
Regional office

Dear Chief Executive
Inspection of Information Technology, Tollerton Borough Council
I am writing to confirm that the inspection will begin on 12 February 2001. We will judge
how good the service is (poor, fair, good or excellent) and whether it will improve (yes,
probably, unlikely or no). The lead inspector will contact your Head of IT shortly.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's20-council-improvement-plan-targets',
    why: 'no judgement: the council\'s post-inspection improvement plan, listing targets ("from fair to good by 2004") and ambitions',
    pages: [
`Ellerby Borough Council
ICT Improvement Plan 2003-2005

Our goal is to move the service from fair to good by March 2004 and to have excellent
prospects at the next inspection.

Action\tOwner\tDate\tTarget
1 Service level agreements\tHead of ICT\tJun 03\tAll departments signed
2 User training programme\tTraining Manager\tSep 03\t90% of staff trained
3 Benchmarking club\tICT Performance Officer\tDec 03\tJoin SOCITM benchmarking

page 1 of 4`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------- one judgement only
  {
    name: 's20-excerpt-grade-only',
    why: 'one judgement only: an excerpt of the How good section ending with the grade; the prospects section is not included',
    pages: [
`Lowther Borough Council - Revenues Service - Inspection Report - March 2004

How good is the service? - conclusion
Taking all of this together, we judge that the revenues service is good. Collection rates
are in the top quartile and customers are served promptly.

Lowther Borough Council                                              page 17`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 's20-excerpt-prospect-only',
    why: 'one judgement only: excerpt of the Will it improve section; prospects promising, no grade in excerpt',
    pages: [
`Ferncliffe City Council - ICT - Inspection Report - 2002

Will the service improve? - conclusion
The improvement plan is realistic, resourced and already under way. We judge that the
service has promising prospects for improvement.
                                                                 page 24`,
    ],
    expect: { grade: null, prospect: 'promising' },
  },
  // ---------------------------------------------------------------- plain summaries, both eras
  {
    name: 's20-plain-summary-eraA-fair-probably',
    why: 'plain era A summary with quoted scale words',
    pages: [
`Hartwell District Council
Information Technology
Best Value Inspection Service - February 2001

Summary
We judge that Hartwell District Council provides a 'fair', one-star IT service that will
probably improve.
                                                                        1`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's20-plain-summary-eraB-poor-uncertain',
    why: 'plain era B summary',
    pages: [
`Mossdale Borough Council - ICT - Inspection Report - April 2002

SUMMARY
Mossdale Borough Council's ICT service is a 'poor', no-star service with uncertain
prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's20-plain-summary-eraB-excellent-promising-commission',
    why: 'plain era B summary in the Commission\'s voice ("The Commission judges")',
    pages: [
`Ribbleton City Council - Council Tax and Business Rates - Inspection Report - June 2003

Summary
The Commission judges the service to be excellent, meriting three stars. Its prospects for
improvement are promising.

Ribbleton City Council                                                   3`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's20-plain-summary-eraA-good-unlikely',
    why: 'plain era A summary, good service unlikely to improve (a less common combination)',
    pages: [
`Castlebury Borough Council - Information Technology - Best Value Inspection - August 2001

Summary of judgements
Castlebury's IT service is good, but it is unlikely to improve because the council has no
approved plan and the key staff who drove past improvements have left.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's20-plain-yes-eraA-fair',
    why: 'era A answer "Yes" as the prospect judgement in Q&A layout',
    pages: [
`Ormside District Council - Computer and Network Services - November 2000

Is the service good?
We judge the service to be fair.
Will the service improve?
Yes. The improvement plan is realistic and the council has already delivered its first
three actions.
                                                                       2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  // ---------------------------------------------------------------- negation and hedging
  {
    name: 's20-negation-not-yet-good-fair-promising',
    why: 'negation: "not yet a good service" before the real verdict fair; prospects promising',
    pages: [
`Wetherstone Borough Council - ICT - Inspection - February 2004

This is not yet a good service. It is a fair service, with one star: the basics work but
users cannot rely on projects being delivered. Prospects for improvement are promising.
                                                                  2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's20-negation-not-excellent-but-good',
    why: 'negation: "not an excellent service, but it is a good one"; era A prospect stated "will probably"',
    pages: [
`Brindlecombe District Council\tIT\tBest Value Inspection\tJuly 2001

The IT service at Brindlecombe is not an excellent service, but it is a good one, and we
think it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's20-negation-not-poor-prospects-uncertain-fair',
    why: 'negation scoping: "we do not consider the prospects poor; they are uncertain"; grade fair in table',
    pages: [
`Gillingdon Borough Council - Housing Repairs - Inspection Report - January 2003

How good is the service?\tFair
We do not consider the prospects for improvement to be poor, because there is a new
contract in place; but they are uncertain until the contractor's performance is proven.
                                                                               4`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's20-negation-will-not-improve-poor-eraA',
    why: 'negation in era A: "we do not believe the service will improve"; grade poor; "not yet good" hedging about a sub-area',
    pages: [
`Pelham Moor District Council - IT Services - March 2001

Telephone support is not yet good enough, and the wider service is poor. We do not
believe that the service will improve: no-one has been given responsibility for the plan.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  // ---------------------------------------------------------------- ordinary words
  {
    name: 's20-ordinary-words-good-uncertain',
    why: 'ordinary words: "poor morale", "excellent working relationships", "a fair proportion" surround the real verdict good/uncertain',
    pages: [
`Hexton City Council - ICT Services - Inspection Report - September 2003

Staff told us of poor morale after the restructure, although the team has excellent
working relationships with schools, and a fair proportion of calls are now resolved at the
first contact. Overall, we judge the ICT service to be good. Its prospects for improvement
are uncertain because the head of service is leaving and the budget is not settled.

Hexton City Council                                                            2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's20-ordinary-words-poor-promising',
    why: 'ordinary words with the grade poor and promising prospects; "excellent" used about a website award',
    pages: [
`Strathmere Borough Council - Customer Services and ICT - Inspection Report - July 2004

The council's website won an excellent rating in a regional award, and a fair number of
transactions can now be done online. But the telephone and IT support that residents and
staff depend on every day is poor, and we rate the service poor overall. The prospects are
promising: a new partnership is in place and early results are good.
                                                                        5`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's20-ordinary-words-fair-share-will-not',
    why: 'ordinary words "fair share", "good deal", "excellent progress" in a member\'s quote; real verdict fair and will not improve (era A)',
    pages: [
`Tanfield Borough Council - Information Technology - Best Value Inspection - June 2001

The cabinet member told us IT had "made excellent progress" and was getting its fair share
of the budget. We found that the service is fair: it does a good deal of routine work well.
But it will not improve without a strategy, and none is in prospect.

Tanfield Borough Council                                                        6`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  // ---------------------------------------------------------------- ambitions and targets
  {
    name: 's20-ambition-three-star-by-2005-fair-uncertain',
    why: 'ambitions: "aims to be an excellent, three-star service by 2005" precedes the real verdict fair and uncertain',
    pages: [
`Colwick Borough Council - ICT - Inspection Report - March 2003

The council aims to be an excellent, three-star ICT service by 2005 and has published this
ambition in its corporate plan. We found a fair service, which currently merits one star,
and the prospects of reaching that goal - or of improving at all - are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's20-ambition-good-by-2003-poor-poor',
    why: 'targets: council target "good by 2003" and "promising" hoped-for prospects; inspectors give poor/poor',
    pages: [
`Linthorpe District Council - Computer Services - Inspection Report - December 2002

The service plan sets a target of becoming a good service by the end of 2003, with
promising prospects at the next inspection. On our evidence the service is poor and its
prospects for improvement are poor.
                                                                            3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- page breaks, headers, hyphens
  {
    name: 's20-page-break-inside-verdict-fair-probably',
    why: 'page break splits the verdict; running header and page number between "a" and "fair"',
    pages: [
`Greysbridge Borough Council - Information Technology - Best Value Inspection - April 2001

Summary
Having considered all the evidence, the inspection team judges that Greysbridge provides a`,
      `Greysbridge Borough Council                                         Information Technology
2
fair, one-star service, which will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's20-hyphenated-excellent-promising',
    why: 'hyphenation at a line end splits "ex-cellent"; prospects word split across a page break',
    pages: [
`Amberley Heath District Council - Libraries - Inspection Report - May 2002

Summary
We judge that the library service is an ex-
cellent, three-star service. Its prospects for improvement are prom-`,
      `Amberley Heath District Council - Libraries                          page 2
ising, although the council has not yet agreed funding for the two new branches.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's20-footer-inside-sentence-good-will',
    why: 'a footer and page number land inside the sentence between "service" and "is good"; era A "will improve"',
    pages: [
`Pennington Borough Council - IT - Best Value Inspection - October 2000

In the inspectors' view the IT service
Pennington Borough Council                                  Best Value Inspection Service
                                             3
is good, and we believe it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ---------------------------------------------------------------- mixed, longer documents
  {
    name: 's20-multi-page-poor-will-not-grid-and-text',
    why: 'a 3-page excerpt: summary with verdict in text, a grid mark confirming it, and a body mentioning an earlier "good" payroll service',
    pages: [
`Okeford District Council
Information Technology
Best Value Inspection Service
January 2001

Summary
The IT service at Okeford is poor and we do not expect it to improve. The payroll team,
which sits in the same division, was judged good when the Commission looked at
payroll last year, but that has no bearing on this judgement.`,
      `Scoring chart
Will the service improve?
Yes
Probably
Unlikely
No\t*\t\t\t
\tPoor\tFair\tGood\tExcellent
A good service?
                                                                     2`,
      `Recommendations
We recommend that the council:
- agrees an IT strategy linked to its corporate aims;
- sets service standards with departments;
- trains users in the new financial system.
                                                                     3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's20-verdict-in-body-only-good-promising',
    why: 'both judgements only in the body sections (no summary), with the council\'s "excellent" aim in the aims section',
    pages: [
`Rushbourne Borough Council - ICT Services - Inspection Report - March 2005

How good is the service?
Aims: the council's ICT strategy states that it intends to provide "excellent, customer-
focused technology". ...
Conclusion: we judge the service to be good. It meets most of its service levels, and
users are generally satisfied.
                                                                        9`,
      `Rushbourne Borough Council - ICT Services                          10
Will the service improve?
The council has a credible plan, and it has delivered its e-government targets ahead
of time. We judge the prospects for improvement to be promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's20-we-rate-fair-excellent-prospects',
    why: 'fair service with excellent prospects in era B; "excellent" applies to prospects only',
    pages: [
`Dunholme City Council - ICT - Inspection Report - November 2004

We rate Dunholme's ICT service as fair. It is improving quickly from a low base and its
prospects for improvement are excellent: a new strategy, a strong team, and a cabinet that
has put money behind it.
                                                                         2`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's20-benefits-poor-will-probably-eraA',
    why: 'non-IT service, era A; "poor" also used of morale; verdict poor/probably',
    pages: [
`Westmarch Borough Council - Housing and Council Tax Benefits - Best Value Inspection - March 2001

Summary
Claimants wait an average of 72 days for a decision. Staff morale is poor. We judge the
service to be poor. However, the new management team has made a good start and we think
the service will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's20-waste-fair-unlikely-eraA-table-and-text',
    why: 'non-IT, era A: verdict stated in text and repeated in a two-column table; reasons mention excellent recycling participation',
    pages: [
`Cottesbrook District Council - Waste Collection - Best Value Inspection - July 2001

Our judgement is that waste collection is a fair service that is unlikely to improve.

How good is the service?        Fair
Will it improve?                Unlikely
Notes: participation in the pilot recycling scheme is excellent, but the pilot
covers only 8% of homes.
                                                                            2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's20-joint-service-two-councils-good-will',
    why: 'a shared IT service: the partner council\'s separate rating quoted; this report\'s verdict good and yes (era A)',
    pages: [
`Wellingford Borough Council and Ashdon District Council
Joint IT Service
Best Value Inspection - September 2001

Ashdon's own pre-inspection assessment described the joint service as fair. We disagree.
The joint IT service is good, and it will improve: the partnership board has already
approved the next phase.
                                                                        1`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's20-fair-promising-inspection-team-voice',
    why: 'inspection-team voice with two stars mentioned as the council\'s target, one star as the finding',
    pages: [
`Pickmere Borough Council - ICT - Inspection Report - August 2002

The council hoped for two stars. The inspection team awarded one: the ICT service is fair.
The team judged that prospects are promising, because the improvement plan is specific and
has the support of the corporate management team.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's20-poor-uncertain-housing-repairs',
    why: 'non-IT service with verdict "In our view ... poor" and uncertain prospects; "good" appears about a contractor',
    pages: [
`Bleasdale City Council - Housing Repairs - Inspection Report - October 2002

In our view the housing repairs service is poor. Tenants wait too long for routine repairs
and appointments are often missed, even though the new contractor has a good record
elsewhere. The service's prospects for improvement are uncertain.
                                                                        4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's20-good-excellent-eraB-plain',
    why: 'era B, good service with excellent prospects, stated in a summary box',
    pages: [
`+------------------------------------------------------------+
| Summary                                                    |
| Scoring: the ICT service at Thirlby Borough Council is a   |
| good, two-star service with excellent prospects for        |
| improvement.                                               |
+------------------------------------------------------------+
Thirlby Borough Council - ICT - Inspection Report - January 2005      1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's20-excellent-will-eraA-libraries-summary-box',
    why: 'era A, excellent service that will improve, in a boxed summary; "poor" used about a neighbouring authority\'s stock',
    pages: [
`Kirkhaven Metropolitan Borough Council - Library Service - Best Value Inspection - May 2001

SUMMARY
  Kirkhaven's library service is excellent.
  It will improve.
Unlike the neighbouring authority, whose book stock was described as poor in its own
review, Kirkhaven spends above average on new stock.
                                                                   2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's20-poor-unlikely-eraA-doubt-self-rating-fair',
    why: 'kind 4 + 3: council rated itself fair; inspectors find poor and doubt it will improve (era A, unlikely)',
    pages: [
`Hensley Borough Council - IT Services - Best Value Inspection - April 2001

In its review, the council described the IT service as "a fair service which will
improve". We take a less favourable view. The service is poor, and we doubt that it will
improve: the review did not challenge the way the service is provided.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's20-grid-era-B-fair-poor-shaded-star-char',
    why: 'kind 1: era B grid with asterisk in Poor-prospects row, Fair column; caption names the axes',
    pages: [
`Chilbury District Council - ICT - Inspection Report - September 2004

Scoring chart (x axis: how good the service is; y axis: prospects for improvement)

Excellent
Promising
Uncertain
Poor                      *
             Poor       Fair       Good       Excellent

Chilbury District Council                                                   3`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
];
