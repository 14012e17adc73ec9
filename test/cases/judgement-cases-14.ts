/** Held-out judgement set 14, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases14: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's14-grid-asterisk-prospect-rows',
    why: 'Kind 1. Scoring chart flattened into tab-separated rows; the asterisk is in the Promising row, second cell (Fair). The x-axis also carries star symbols under every grade, which are axis labels, not the mark.',
    pages: [
`Ryebridge City Council – Information Technology Services                     5

Scoring chart
'A good service?' and 'Will it improve?'

Prospects for
improvement?
Excellent\t \t \t \t 
Promising\t \t*\t \t 
Uncertain\t \t \t \t 
Poor\t \t \t \t 
\tPoor\tFair\tGood\tExcellent
\t\t✩\t✩✩\t✩✩✩
A good service?

The chart shows our judgement of the service against the two questions
the Commission asks of every inspected service. Our reasons are set out
in the remainder of this report.

Best Value Inspection Service                                 January 2003`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's14-grid-x-grades-as-rows-caption',
    why: 'Kind 1, axes swapped: grades run down the side and prospects across the top, and a caption says so. The X is in the Good row under Uncertain.',
    pages: [
`Marlcaster Borough Council                                   Information and
                                                             Communications Technology
4

Scoring chart

Chart 1 – how the inspection team scored the service
(The vertical axis shows how good the service is now; the horizontal axis
shows the prospects for improvement. A cross marks the inspectors' score.)

\tPoor\tUncertain\tPromising\tExcellent
Excellent ***\t \t \t \t 
Good **\t \tX\t \t 
Fair *\t \t \t \t 
Poor\t \t \t \t 
\tProspects for improvement

Audit Commission Best Value Inspection Service – October 2002`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's14-grid-tick-era-a-yes-probably-rows',
    why: 'Kind 1, first-era chart: rows are Yes / Probably / Unlikely / No, columns are the grades with star counts in brackets. Tick in the Unlikely row, first column (Poor).',
    pages: [
`North Ashmoor District Council – Best Value Inspection of IT Support      Page 6

How good is the service and will it improve?

Will the
service
improve?
Yes\t \t \t \t 
Probably\t \t \t \t 
Unlikely\t✓\t \t \t 
No\t \t \t \t 
\tPoor\tFair\tGood\tExcellent
\t(no stars)\t(one star)\t(two stars)\t(three stars)
How good is the service?

Inspection carried out: June 2001`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's14-grid-bracket-x-every-cell',
    why: 'Kind 1. Every cell of the grid is a checkbox "[ ]"; only one is "[x]" (Poor prospects row, Fair column). Space-aligned extraction; a key under the chart repeats all the grade words.',
    pages: [
`APPENDIX 1 – SCORING CHART                          Fenholt District Council
                                                    Corporate ICT – March 2004

                     'a good service?'
                     Poor     Fair     Good     Excellent
Prospects for
improvement?
  Excellent          [ ]      [ ]      [ ]      [ ]
  Promising          [ ]      [ ]      [ ]      [ ]
  Uncertain          [ ]      [ ]      [ ]      [ ]
  Poor               [ ]      [x]      [ ]      [ ]

Key: [x] = inspectors' score. Stars: Poor = none, Fair = 1, Good = 2,
Excellent = 3.
                                                                           21`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's14-grid-filled-dot-among-hollow',
    why: 'Kind 1. Two-page excerpt (cover + summary). The grid is drawn with hollow circles in every cell and one filled dot (Promising, Good). The only statement of the judgement is the chart.',
    pages: [
`Wendlebury Metropolitan Borough Council

Information Services

Best Value Inspection

February 2003



Audit Commission
Best Value Inspection Service`,
`Wendlebury MBC – Information Services                                           3

Summary
Wendlebury's information services unit supports around 2,900 users in
nine directorates and the borough's 71 schools. This inspection looked at
the whole unit, including the corporate help desk and the GIS team.

Our scores are shown below.

Prospects
for improvement
Excellent\t○\t○\t○\t○
Promising\t○\t○\t●\t○
Uncertain\t○\t○\t○\t○
Poor\t○\t○\t○\t○
\tPoor\tFair\tGood\tExcellent
\tA good service?`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's14-grid-shaded-box-era-a-phrases',
    why: 'Kind 1, first era with the full phrases as row labels; caption says prospects down the side, quality across the top. Shaded square in the "will improve" row, Fair column.',
    pages: [
`Dunmere Borough Council — Information Technology — February 2001               7

Scoring the service
The chart below shows our two judgements. Prospects for improvement are
shown down the side; the quality of the service across the top. The
shaded box is our score.

\tpoor\tfair\tgood\texcellent
will improve\t□\t■\t□\t□
will probably improve\t□\t□\t□\t□
unlikely to improve\t□\t□\t□\t□
will not improve\t□\t□\t□\t□`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's14-grid-overleaf-self-assessment-contrast',
    why: 'Kind 1 + 4. Page 1 quotes the council\'s self-assessment (fair, promising) and says the inspectors disagree; the chart overleaf has a black star in the Uncertain row under Poor, while the column headings also carry star symbols.',
    pages: [
`Kelsham County Council                                       ICT Support Services
Summary                                                                         2

Kelsham's corporate ICT section supports libraries, social services and
the county's highways depots from a central team at County Hall. In its
self-assessment the council placed itself in the 'fair' column of the
scoring chart, with promising prospects. We have not reached the same
view. The chart overleaf shows the scores given by the inspection team;
the reasons are set out in the sections which follow.`,
`Kelsham County Council – ICT Support Services – January 2004                    3

Scoring chart

                 'a good service?'
                 Poor      Fair      Good      Excellent
                 (none)    (★)       (★★)      (★★★)
Excellent
Promising
Uncertain        ★
Poor
'Prospects for improvement?'`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 2: table cells mixing words, stars and sentences
  {
    name: 's14-table-fair-one-star-no-will-not',
    why: 'Kind 2, first era. "Fair (one star)" and "No, it will not improve" in the judgement column; the reasons column uses good, excellent, poor and "probable".',
    pages: [
`Ashcombe Vale District Council
Best Value Inspection: Information Technology
March 2001                                                                      2

Summary of judgements

Question\tJudgement\tReasons
How good is the service?\tFair (one star)\tGood first-time fix rate at the help desk and an excellent
\t\tintranet; poor control of the PC replacement programme
Will the service improve?\tNo, it will not improve\tThe review did not challenge the need for the service; the
\t\timprovement plan has no timetable and its probable cost
\t\thas not been estimated`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's14-table-good-two-stars-of-three',
    why: 'Kind 2. "Good: 2 stars of 3" and "Promising"; the reasons column says "poor performance" and "uncertain" about other things.',
    pages: [
`Stanway Heath Borough Council – Revenues ICT Support                      Page 5

Table 2
Inspection judgement\tScore\tWhy we reached it
Quality of the current service\tGood: 2 stars of 3\tUsers rate the service highly; poor performance
\t\tonly on out-of-hours cover
Prospects for improvement\tPromising\tA realistic, costed plan, though funding
\t\tbeyond 2004 is uncertain

Best Value Inspection Service – November 2002`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's14-table-poor-no-stars-space-aligned',
    why: 'Kind 2. Space-aligned table: "Poor – no stars" and "Uncertain prospects"; comment column wraps and mentions fair, good and excellent.',
    pages: [
`Holbrook and Lyne District Council — e-Government and ICT                       iv

Our judgements at a glance

                     Score                       Comment
A good service?      Poor – no stars             A fair start on the web site cannot
                                                 offset weak core systems and slow
                                                 repairs
Will it improve?     Uncertain prospects         Good intentions and excellent staff
                                                 commitment, but no costed plan

Inspected: July 2003`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's14-table-excellent-three-stars-yes',
    why: 'Kind 2, first era. "Excellent (three stars)" and "Yes – the service will improve"; comment cells say "still poor" and "Slippage is unlikely".',
    pages: [
`Castle Brennan City Council
Information and Communication Technology Services
Inspection report – May 2001

Table A: inspection scores
Judgement\tResult\tComment
Is the service good?\tExcellent (three stars)\tTwo local indicators are still poor, but
\t\tperformance is top quartile on every national one
Will it improve?\tYes – the service will improve\tSlippage is unlikely given the council's
\t\ttrack record of delivering ICT projects on
\t\ttime`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's14-table-wrapped-cells-probably',
    why: 'Kind 2, first era. Narrow cells wrap so "Fair" and "(1 star)" sit on different lines and "Probably – we / expect it to / improve" spans three; reasons use good and poor.',
    pages: [
`Greyfriars Hythe Borough Council – Information Technology                         8

The service\tScore\tOur reasons
How good is it?\tFair\tRecords of system availability
\t(1 star)\tare good but user support is
\t\tpoor at peak times
Will it improve?\tProbably – we\tThe plan is sound but
\texpect it to\tdepends on a new support
\timprove\tcontract starting in 2002

Best Value Inspection Service                                     August 2001`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------- kind 3: paraphrased prospects
  {
    name: 's14-para-more-likely-than-not-housing-repairs',
    why: 'Kind 3. Housing repairs, dated 2003 (second era). Grade stated plainly; prospect only as "more likely than not that the service will get better" -> promising.',
    pages: [
`Penrose Mill District Council – Housing Repairs – September 2003              1

Summary

Penrose Mill owns 4,300 homes and spends about £5.1 million a year on
responsive and planned repairs through its in-house direct services
organisation. Tenants told us that the appointment system has improved,
although the time taken to complete non-urgent repairs is still too long.

We consider the service to be a fair, one-star service. On balance, we
think it more likely than not that the service will get better over the
next two years: the council has a realistic improvement plan, tenants are
involved in monitoring it, and the new handheld system for operatives
is already reducing return visits.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's14-para-confident-plan-delivered-era-a',
    why: 'Kind 3, first era (April 2001). "We are confident that the council will deliver its improvement plan" -> will.',
    pages: [
`Eastwick and Thorne District Council
Information Technology Services
Best Value Inspection Report, April 2001                                        3

Summary

The IT service employs 23 staff and runs the council's network, its
finance and revenues systems and a help desk that takes about 900 calls
a month. Users in every department we visited spoke well of the help desk
and of the way projects are planned with them.

In our judgement the IT service is good, with two stars. We are confident
that the council will deliver its improvement plan: the actions are few,
costed and owned by named officers, and most are already under way.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's14-para-doubt-capacity-era-b',
    why: 'Kind 3, second era. "We doubt that the council has the capacity to deliver the changes" -> uncertain; grade stated as poor.',
    pages: [
`Borough of Saltings Reach
ICT Services – Best Value Inspection
June 2002                                                                    page 2

Summary

The ICT service is poor. Systems are unreliable – the main network failed
on eleven occasions in the last year – and departments have bought their
own equipment because the central team could not meet their requests.

The council's improvement plan is ambitious: it includes a new
data centre, a customer contact centre and a web portal by 2004. We doubt
that the council has the capacity to deliver the changes it has set out.
Two of the four senior posts in the ICT team are vacant and the plan
has not been costed.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's14-para-no-prospect-of-change-benefits',
    why: 'Kind 3, second era, benefits. "We see no prospect of the service improving" (the word prospect but no scale word) -> poor prospects.',
    pages: [
`Tollbridge District Council: Benefits Service                                   4
Audit Commission Inspection, November 2004

Summary

The council pays housing and council tax benefit to about 6,800
households. New claims take an average of 71 days to process, against a
national top-quartile figure of 28 days, and one claim in eight is paid
wrongly. We judge this to be a poor, no-star service.

The council has now produced its third action plan in three years. None
of the earlier plans was delivered and the new one repeats most of their
actions. We see no prospect of the service improving while the present
management arrangements remain in place.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's14-para-nothing-to-suggest-era-a',
    why: 'Kind 3, first era (January 2001). "We found nothing to suggest that it will get any better" -> will not improve.',
    pages: [
`Hatherleigh Cross Borough Council – IT Services – January 2001                  2

Summary
Our judgement is that this is a poor service. Users wait weeks for faults
to be fixed, there is no agreement on what the IT section should deliver,
and spending per PC is among the highest of the councils we compared.

We found nothing to suggest that it will get any better. The Best Value
review was carried out by the IT section itself, did not look at other
ways of providing the service, and ended with a plan that commits the
council to no change of substance.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's14-para-no-doubt-will-deliver',
    why: 'Kind 3 with a negated doubt: "We have no doubt that the council will deliver" is certainty -> excellent prospects (second era).',
    pages: [
`Oakhanger City Council – Information and Communications Technology
Best Value Inspection – October 2003                                            3

Summary

Oakhanger's ICT service is good. It scores well against most national
indicators, users value it and its costs are below those of similar
cities. It has two stars.

The council has already delivered the first half of its improvement plan,
ahead of time and within budget, and the remaining projects are staffed
and funded. We have no doubt that the council will deliver the rest of
the plan and that the service will continue to get better.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's14-para-doubtful-whether-era-a',
    why: 'Kind 3, first era (September 2001, still first vocabulary). "It is doubtful whether the service will improve" -> unlikely.',
    pages: [
`Lowmoor Borough Council: Information Technology                        September 2001
                                                                              5
Will the service improve?

The Best Value review produced a list of 46 actions but gives no order of
priority and no owner for most of them. Members have not agreed the
funding the plan assumes, and the IT manager is leaving in December.

It is doubtful whether the service will improve. We have therefore
recommended that the council reduces the plan to a small number of costed
priorities.

How good is the service?
Overall the service is fair. We have given it one star.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's14-quote-self-assessment-good-then-fair',
    why: 'Kind 4. The council\'s self-assessment rated the service good with excellent prospects; "Our evidence tells a different story" and the inspectors judge fair with promising prospects.',
    pages: [
`Hallowmere Borough Council
ICT Services
Best Value Inspection                                                  March 2003
                                                                               2
Summary

The council's self-assessment, prepared for this inspection, rated the ICT
service as good and said that its prospects were excellent. Our evidence
tells a different story. Only a third of the users we surveyed were
satisfied with the help desk, the network strategy is four years old, and
several departments run systems that the ICT section does not support.

We judge that Hallowmere provides a fair, one-star ICT service that has
promising prospects for improvement. A new head of ICT has been appointed,
the review has produced a short and realistic plan and members have
agreed to fund it.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's14-quote-director-expects-rapid-progress',
    why: 'Kind 4, first era. The Director of IT expects the service to be "good by Christmas"; "However, we are not convinced" and the inspectors give poor / unlikely to improve.',
    pages: [
`Brackenfold District Council – Information Technology – July 2001               4

Summary

The Director of IT told us that he expects rapid progress once the new
network is installed this autumn, and that the service will be "good by
Christmas". However, we are not convinced. The network project is already
five months late, the review did not consult users, and the council has
no means of knowing whether its IT costs are high or low.

In our view the service is poor and is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's14-quote-neighbour-rated-excellent',
    why: 'Kind 4, first era. A neighbouring council\'s IT service "was rated excellent"; this council is judged good and will probably improve.',
    pages: [
`Sallowfield Borough Council – IT Services – February 2001                     3

How good is the service? – comparison with others

The council chose to compare its IT service with neighbouring Ollerby,
whose service was inspected last year and was rated excellent with three
stars. Ollerby spends about the same per user but resolves more calls at
the first contact and has a much clearer link between its IT strategy and
its corporate plan.

By comparison, Sallowfield's service is good (two stars). Its help desk
performance is close to Ollerby's and its project work is well regarded
by departments. On the evidence of the review and the plan, the service
will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's14-quote-earlier-inspection-first-era-words',
    why: 'Kind 4: a re-inspection quotes the earlier (2001) verdict in first-era words (poor, would not improve) and then gives the current verdict in second-era words: good, excellent prospects.',
    pages: [
`Cranmoor County Council                                        ICT re-inspection
June 2004                                                                       1

Summary

When we first inspected the county's ICT service in March 2001, we judged
it to be poor and said that it would not improve without a fundamental
change of direction. That change has happened. The council outsourced
infrastructure support in 2002, created a corporate ICT board chaired by
the chief executive and has since replaced most of its core systems.

We now judge the service to be good, with excellent prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's14-quote-self-assessment-only-no-verdict',
    why: 'Kind 4 with no inspectors\' verdict: an excerpt of the context section reports only the council\'s self-assessment (two stars, promising). No judgement by the inspectors is stated here.',
    pages: [
`Wyvernbridge District Council – Customer Services and ICT                       6

Context

The council's ICT section has 14 staff and an annual budget of £1.6
million. It supports 520 PCs across three offices and a depot.

In its self-assessment for this inspection the council described the
service as a good, two-star service with promising prospects, pointing to
the new call-logging system and the award of a Charter Mark to the
customer service centre in 2002.

The council's corporate plan, 'Wyvernbridge 2006', sets out four
priorities: safer streets, a cleaner district, affordable homes and
modern, accessible services.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-quote-head-of-service-believes-excellent',
    why: 'Kind 4. The head of service believes the service is "already excellent"; inspectors "do not share that view" and give fair with uncertain prospects.',
    pages: [
`Mardale Vale Borough Council – Information Services
Best Value Inspection, May 2002                                                 2

Summary

The head of information services told us she believed the service was
already excellent and needed only more money to stay that way. We do not
share that view. Performance information is thin, users have not been
asked what they want since 1999 and the unit's costs have not been
compared with anyone else's.

In our judgement this is a fair service. Its prospects for improvement
are uncertain: the plan depends on a bid for capital that has not yet been
approved.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's14-long-benefits-dashes-duties',
    why: 'Kind 5. The grade "poor" comes more than 60 words after "The council\'s benefits service", behind a dash-delimited list of duties and an "on the evidence" clause; prospects promising stated separately.',
    pages: [
`Ormsby Fen District Council – Housing and Council Tax Benefits               3
December 2002

Summary

The council's benefits service – which administers housing benefit and
council tax benefit for about 14,200 households, runs a fraud
investigation team shared with two neighbouring districts, and (since
April 2002) also processes discretionary housing payments on behalf of
the county – is, on the evidence we have seen of slow processing, a
backlog of unprocessed changes of circumstances and a high rate of
overpayments, a poor service.

The new benefits manager, the partnership agreed with Ormsby's two
neighbours and the clear targets in the improvement plan mean that the
service has promising prospects.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's14-long-ict-bracketed-list-era-a',
    why: 'Kind 5, first era. A bracketed list of the IT unit\'s responsibilities separates the subject from "good"; a second long sentence carries "will probably improve".',
    pages: [
`Thornbury Wells Borough Council – IT Services – June 2001                      2

Summary

The IT unit (which runs the council's wide area network, the financial
and payroll systems, the housing management system, the revenues and
benefits system, the planning and building control applications, the
geographical information system and a help desk for some 700 users in
eleven buildings) is, we have concluded after visiting every department,
good. The improvement plan that the unit has drawn up with its users –
although it is dependent on a capital bid for the replacement of the
housing system and will need the council to fill two analyst posts that
have been vacant since January – means that the service will probably
improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's14-long-prospect-after-uncertainty-aside',
    why: 'Kind 5. The prospect judgement ("promising") is 50+ words from "The service", after an aside about uncertainty over a data centre; grade excellent stated earlier. The word "uncertainty" is not the verdict.',
    pages: [
`Elsworth Heath County Council – ICT and e-Services
Best Value Inspection – April 2005                                             3

Summary

In our view the county's ICT service is excellent (three stars). It is
well led, costs less per user than all but one of the counties we compared
it with, and is trusted by the departments it serves.

The service – despite the retirement next spring of the head of ICT, who
has led it for eleven years, the uncertainty over the shared data centre
with the fire authority (on which no decision is expected until late
2005), and a capital programme that is already committed to replacing the
social care system – has, in our judgement, promising prospects for
improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's14-long-sentence-across-page-break',
    why: 'Kind 5 + page break. A long sentence ends page 1 with "...ICT service is a" and continues on page 2 after a running header and page number: "fair, one-star service". Prospects uncertain.',
    pages: [
`Borough of Cresswold – ICT – Best Value Inspection                             6

Overall judgement

Taking into account the strengths we found in the help desk and the
network, the weaknesses in project management and in the asset register,
the council's failure to consult users before the last upgrade, and the
fact that its costs are broadly in line with those of similar boroughs,
we judge that the Borough's ICT service is a`,
`Borough of Cresswold – ICT – Best Value Inspection                             7

fair, one-star service. Its prospects for improvement are uncertain,
because the improvement plan relies on a restructuring that staff and
unions have not yet accepted.

November 2003`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's14-long-waste-contract-history-era-a',
    why: 'Kind 5, first era, waste service. Bracketed description of collection rounds and contract history before "is, the inspection team concluded, poor"; "will not improve" follows.',
    pages: [
`Hexley District Council – Waste Collection and Recycling                     2
Best Value Inspection Service, March 2001

Summary

Refuse collection and recycling in the district (weekly collection from
38,000 households, a fortnightly kerbside paper round, eleven bring sites
and a bulky waste service, all delivered under a contract let in 1994 and
extended twice without competition) is, the inspection team concluded,
poor: recycling is at 6 per cent, missed collections are twice the
average, and residents have never been asked what they want.

The service will not improve. The review recommended extending the
present contract again and set no targets for recycling.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------- kind 6: council papers about an inspection (no judgement)
  {
    name: 's14-council-committee-paper-ict-scores',
    why: 'Kind 6. A committee report by the council\'s own officer reports the inspectors\' scores for ICT (fair, poor prospects). The document is not the inspectors\' report, so no judgement.',
    pages: [
`FENHOLT DISTRICT COUNCIL

REPORT TO:      Policy and Resources Committee
DATE:           22 April 2004
REPORT OF:      Head of Corporate Services
SUBJECT:        Best Value Inspection of Corporate ICT – outcome

1. Purpose of report
1.1 To inform members of the outcome of the Audit Commission's inspection
of the corporate ICT service and to seek approval of the action plan.

2. Background
2.1 The Audit Commission's inspectors visited the council in January 2004.
Their report, published on 30 March, judged the ICT service to be 'fair'
(one star) with 'poor' prospects for improvement.
2.2 Officers are disappointed with the prospects score but welcome the
inspectors' recognition of the progress made on e-government.

3. Recommendation
3.1 That members approve the action plan at Appendix A.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-council-press-release-libraries',
    why: 'Kind 6. A council press release celebrating the library service\'s "good" rating and "excellent prospects". Council document, not the inspectors\' report -> no judgement.',
    pages: [
`NEWS RELEASE
Marlcaster Borough Council Press Office
For immediate release: 14 August 2003

LIBRARIES SERVICE RATED 'GOOD' BY GOVERNMENT INSPECTORS

Marlcaster's libraries have been judged a good, two-star service with
excellent prospects for improvement by the Audit Commission.

Councillor Jean Pavey, Executive Member for Culture, said: "This is a
tremendous result for our library staff, who have worked incredibly hard.
We want to be an excellent service by 2005 and this shows we are on the
way."

The inspectors praised the new opening hours and the free internet
access at all eight branches.

ENDS
Notes to editors: the full report is available at www.audit-commission.gov.uk`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-council-cabinet-report-quotes-benefits-score',
    why: 'Kind 6. A cabinet report on the council\'s own ICT review quotes another service\'s inspection score (benefits, two stars) as a benchmark. No inspectors\' judgement of anything in this document.',
    pages: [
`Agenda item 9

CABINET – 3 July 2002
BEST VALUE REVIEW OF INFORMATION TECHNOLOGY: FINAL REPORT
Report of the Director of Resources

Summary
The Best Value review of IT began in September 2001. This report presents
its findings and the improvement plan, which will be submitted to the
Audit Commission before the inspection in the autumn.

Members will recall that the benefits service, inspected in March, was
rated good (two stars) with promising prospects. The review team has
drawn on the benefits action plan in preparing the IT plan, and believes
that the IT service can achieve a similar score.

Recommendations
(a) That Cabinet approves the improvement plan.
(b) That £240,000 is added to the capital programme for 2002/03.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-council-scrutiny-minutes',
    why: 'Kind 6. Minutes of a scrutiny panel discussing an inspection report; officers and members restate the scores ("poor" and "uncertain"). Minutes are not the report -> no judgement.',
    pages: [
`SALTINGS REACH BOROUGH COUNCIL
MINUTES OF THE CORPORATE SCRUTINY PANEL
held on Tuesday 9 July 2002 at 7.00 pm

Present: Councillor R Dyson (Chair); Councillors Amin, Fellowes, Hurst and
Quayle.

14. AUDIT COMMISSION INSPECTION OF ICT SERVICES
The Head of ICT introduced the inspection report. He reminded members that
the service had been scored as poor, with uncertain prospects, and said
that a number of the inspectors' criticisms related to problems that had
since been resolved.

Councillor Fellowes said she was not surprised by the outcome; the poor
morale in the ICT team had been raised at this panel twice last year.

RESOLVED: That the Head of ICT reports back in October on progress
against the inspectors' recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-council-staff-newsletter',
    why: 'Kind 6. An internal staff newsletter reports the IT team was "rated excellent" and "will improve". Council publication, not the inspectors\' report -> no judgement.',
    pages: [
`INSIDE CASTLE BRENNAN
The staff newsletter of Castle Brennan City Council – Issue 37, June 2001

Three stars for our IT team!

Congratulations to everyone in ICT Services, whose work has been rated
excellent by the Audit Commission's Best Value inspectors. The inspectors
also said that the service will improve further – a first for the city.

Head of ICT Services Dev Maddox said: "This belongs to the whole team and
to our users, who have put up with a lot of change."

Also in this issue: new car parking arrangements at Guildhall; the
Christmas party booking form; retirements.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- documents with no judgement
  {
    name: 's14-none-draft-scores-to-be-confirmed',
    why: 'No judgement: a draft inspection report whose summary has placeholders and says scores are to be confirmed after moderation; the chart is unmarked.',
    pages: [
`DRAFT – NOT FOR PUBLICATION – FOR FACTUAL ACCURACY CHECK ONLY

Ashcombe Vale District Council
ICT Services – Best Value Inspection
Draft v0.3, 19 September 2002                                                   2

Summary

[Scores to be confirmed following moderation.]

We judge that the council provides a [GRADE], [n]-star service that has
[PROSPECTS] prospects for improvement.

Scoring chart (to be completed)

\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t

Comments on factual accuracy should reach the lead inspector by 4 October.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-none-council-own-best-value-review',
    why: 'No judgement: the council\'s own Best Value review report, in the council\'s voice ("we believe the service is good and will improve"). No inspectors involved.',
    pages: [
`Best Value Review of Information Technology
Final Report of the Review Team
Greyfriars Hythe Borough Council – January 2001                                 11

6. Conclusions of the review team

6.1 We believe that the IT service is a good one. Users are broadly
satisfied, the network is reliable and costs compare well with the
CIPFA family group.
6.2 There is room for improvement in training and in the way the IT
section communicates with departments, and the improvement plan at
section 7 addresses both. With these changes in place we are confident
that the service will improve.
6.3 The review team recommends that the service remains in-house and that
support for the schools' network is market tested in 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-none-consultation-leaflet',
    why: 'No judgement: a council consultation leaflet asking residents about online services; full of "excellent" and "good" as aims and survey options.',
    pages: [
`HAVE YOUR SAY
How should Wendlebury deliver services online?

Wendlebury Council wants to be an excellent council that is easy to
contact – by phone, in person or on the internet. By 2005 every service
that can be delivered electronically will be available online.

Please tell us what you think:

1. How would you rate the council's website?
   Excellent \t Good \t Fair \t Poor \t Don't know
2. Which services would you most like to use online?
   [ ] Pay council tax   [ ] Report a missed bin   [ ] Book a sports pitch
3. Will you use the internet to contact us in the next year?
   [ ] Yes   [ ] Probably   [ ] Unlikely   [ ] No

Return this form free of charge to: Freepost WB 112, Town Hall, Wendlebury.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-none-appendices-only',
    why: 'No judgement: the appendices of a report (documents reviewed, people met, a performance indicator table with "good" and "poor" bands). The summary is not in the excerpt.',
    pages: [
`Stanway Heath Borough Council – Revenues ICT Support                      Page 19

Appendix 2 – Documents reviewed
• ICT strategy 2001–2004
• Best Value review report and improvement plan, June 2002
• Service level agreements with revenues and benefits
• Minutes of the ICT steering group, 2001–2002

Appendix 3 – People we met
Chief Executive; Director of Finance; Head of Revenues; ICT Manager;
help desk staff (focus group); the Leader of the Council.`,
`Stanway Heath Borough Council – Revenues ICT Support                      Page 20

Appendix 4 – Performance indicators

Indicator\t2000/01\t2001/02\tQuartile
Calls resolved at first contact (%)\t61\t68\tgood
System availability (%)\t97.2\t98.9\ttop
Average days to install new PC\t23\t19\tpoor
User satisfaction (% good or excellent)\t54\t63\tfair

Source: council data, checked by the inspection team.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-none-how-we-score-explainer',
    why: 'No judgement: a generic explanatory page on how inspections are scored, listing every grade and prospect word and describing the chart; no score is given.',
    pages: [
`How we inspect and score services

The Best Value Inspection Service asks two questions of every service it
inspects: how good is the service, and what are its prospects for
improvement?

A service may be judged poor (no stars), fair (one star), good (two
stars) or excellent (three stars). Its prospects for improvement may be
poor, uncertain, promising or excellent. Both judgements are shown on a
scoring chart, in which a single box is marked.

A service that is judged excellent with excellent prospects is one that
others should learn from. A poor service with poor prospects will usually
be re-inspected within two years.

The inspection team is made up of a lead inspector, a second inspector
and, where possible, an inspector seconded from local government.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's14-none-context-ambition-only',
    why: 'No judgement: excerpt of the context section of an inspection report, giving facts and the council\'s ambition "to be an excellent, three-star service by 2005". Verdict pages not included.',
    pages: [
`Kelsham County Council – ICT Support Services – January 2004                    5

Context

The locality
Kelsham is a largely rural county of 520,000 people. Unemployment is low
but there are pockets of deprivation in the former mining villages.

The council
The council's corporate plan commits it to 'excellent services, close to
the customer'. Its ICT strategy, approved in 2003, aims for the ICT
service to be an excellent, three-star service by 2005 and for all
services to be available electronically by December of that year.

The service
The corporate ICT section has 61 staff and a revenue budget of £5.4
million. It supports around 3,800 users and 140 sites.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- only one judgement stated
  {
    name: 's14-one-grade-only-excerpt',
    why: 'One judgement only: the excerpt ends with the "How good is the service?" section, which concludes "good"; the prospects section is not included, so prospect is null.',
    pages: [
`Oakhanger City Council – Information and Communications Technology            14

How good is the service?

Performance against aims
The service has met nine of the eleven targets in its service plan. The
two it missed were both for the installation of new equipment, where the
supplier was at fault.

How does the service compare?
Costs per user are 12 per cent below the average of the cities in the
benchmarking club, and availability of the main systems is the highest.

Overall, we judge the service to be good.

October 2003`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 's14-one-prospect-only-era-a',
    why: 'One judgement only, first era: an excerpt of the "Will the service improve?" section concluding "will probably improve"; no grade in the excerpt.',
    pages: [
`Lindell Marsh District Council – Information Technology                          17
Inspection: May 2001

Will the service improve?

The review was challenging. It questioned whether the council should
provide IT support itself at all and tested the market before deciding to
keep the help desk in-house and to buy network support from a partner.
The plan is costed and has been agreed by members.

There are risks. The partner has not yet been chosen and the council has
no experience of managing a contract of this kind. Taking both points
into account, we judge that the service will probably improve.`,
    ],
    expect: { grade: null, prospect: 'probably' },
  },
  {
    name: 's14-one-prospect-only-poor-word',
    why: 'One judgement only, second era: the prospects verdict is "poor", and the grade is not in the excerpt. The bare word "poor" here is the prospect, not the grade.',
    pages: [
`Tollbridge District Council – Council Tax Collection                              9
December 2002

Is the service likely to improve?

The improvement plan contains no targets for collection rates and has not
been shared with staff. The service has had four managers in three years
and the post is currently filled by an agency worker. Members were not
involved in the review.

The prospects for improvement are therefore poor.`,
    ],
    expect: { grade: null, prospect: 'poor' },
  },

  // ---------------------------------------------------------------- plain summaries
  {
    name: 's14-plain-era-a-fair-probably',
    why: 'Plain first-era summary: "fair, one-star service that will probably improve".',
    pages: [
`Ashleigh Bourne Borough Council
Information Technology Services
Best Value Inspection
August 2001

Audit Commission – Best Value Inspection Service`,
`Ashleigh Bourne Borough Council – IT Services                                   3

Summary
The council's IT service is a fair, one-star service that will probably
improve. It has reliable systems and a good record on project delivery,
but it has not yet worked out what the council needs from IT over the
next five years, and the help desk is stretched.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's14-plain-era-b-good-promising',
    why: 'Plain second-era summary: "a \'good\' two-star service that has promising prospects for improvement".',
    pages: [
`Summary

Beckwith Down District Council – Environmental Health – February 2003          2

Overall, we judge that Beckwith Down provides a 'good' two-star
environmental health service that has promising prospects for
improvement. Food premises are inspected on time, complaints are dealt
with quickly and the service works well with local businesses. The
service knows where it needs to improve and has a plan to do so.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's14-plain-era-b-poor-poor',
    why: 'Plain second-era summary with the same word twice: "a poor service with poor prospects for improvement".',
    pages: [
`Eastmere Borough Council – ICT – Best Value Inspection – August 2002          2

Summary

We found a poor service with poor prospects for improvement. Basic
systems fail often, the council has no ICT strategy, and the review that
preceded this inspection did not ask whether the service could be
provided better in another way.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's14-plain-era-a-good-will',
    why: 'Plain first-era summary: "good, two-star service which will improve".',
    pages: [
`Redstone Minster City Council – Information Technology – April 2001           2

Summary
The inspectors found that the IT service is a good, two-star service which
will improve. Its staff are skilled and well regarded, its costs are low,
and the council has a clear and well-supported plan for the next three
years.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's14-plain-era-b-excellent-excellent',
    why: 'Plain second-era summary of a top-rated service (libraries): excellent, three stars, excellent prospects.',
    pages: [
`Pendlebury Cross Metropolitan Borough Council
Library Services
Best Value Inspection Service – March 2004                                      1

Summary

This is an excellent, three-star library service with excellent prospects
for improvement. Visits and issues have risen for four years in a row,
every branch offers free internet access and the service is consistently
among the best performers in its family group.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- negation and hedging
  {
    name: 's14-neg-not-yet-a-good-service',
    why: 'Negation: "This is not yet a good service" must not be read as good; the verdict that follows is fair, with promising prospects.',
    pages: [
`Dunmere Borough Council – ICT – re-inspection                                  3
Audit Commission, February 2004

Summary

The ICT service has made real progress since our last visit, but this is
not yet a good service. Users still wait too long for new equipment and
the council's e-government programme is behind schedule.

We judge it to be fair (one star). Its prospects for improvement are
promising, because the council has put in place the leadership and the
funding that were missing before.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's14-neg-neither-poor-nor-good',
    why: 'Hedging, first era: "Although not a poor service, it is not yet good either" before "We rate it fair"; prospects "unlikely to improve".',
    pages: [
`Brackenbury St Giles Borough Council – IT Services                              4
Inspected: March 2001

Summary

Although not a poor service, the IT service is not yet good either. It
does the basics reliably but adds little to the way other services work.
We rate it fair.

The review lacked challenge and the improvement plan is a list of
existing projects. The service is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's14-neg-not-confident-deliver',
    why: 'Negated confidence, second era, no scale word: "We are not confident that the council will deliver its plan" -> uncertain. Grade poor stated.',
    pages: [
`Holbrook and Lyne District Council — ICT Services                              2
Best Value Inspection, January 2003

Summary

In our view the service is poor. We are not confident that the council
will deliver its plan: it depends on a partnership that has not yet been
procured, and the council has no-one with experience of managing one.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's14-neg-unlikely-to-reach-excellent',
    why: 'Hedged ambition using a first-era prospect word ("unlikely to be excellent") in a second-era report; the verdicts are fair and poor prospects.',
    pages: [
`Fallowfield Chase Borough Council – Information Services                         2
Best Value Inspection – September 2004

Summary

The council wants its information services to be excellent by 2006. On
present evidence the service is unlikely to reach that standard within
the life of the plan.

The inspection team judges the service to be fair, with one star, and its
prospects for improvement to be poor: the plan has no funding beyond
next March and the two managers who wrote it have both left.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- ordinary words
  {
    name: 's14-ordinary-poor-morale-good-service',
    why: 'Ordinary words: "poor morale" and "excellent working relationships" describe staff, not the service; the verdict is good with promising prospects.',
    pages: [
`Lindell Marsh District Council – ICT Services                                    2
Best Value Inspection, July 2002

Summary

The restructuring of the ICT section last year has left poor morale among
some of the longer-serving staff, and two posts remain vacant. Despite
this, the section has kept excellent working relationships with the
departments it supports and has met almost all of its service standards.

We judge this to be a good service with promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's14-ordinary-fair-proportion',
    why: 'Ordinary words: "a fair proportion of calls" and "good reason" are not judgements; the verdict is poor with poor prospects, given in the inspectors\' voice.',
    pages: [
`Eastmere Borough Council – Customer Contact and ICT                            5
January 2005

How good is the service?

A fair proportion of calls to the contact centre are now answered within
twenty seconds, and users had good reason to welcome the new self-service
password reset. But these are exceptions. Half of all faults take more
than a week to fix, the council's website fails basic accessibility tests
and nobody monitors whether e-mail enquiries are answered.

The inspection team's judgement is that this is a poor service. Because
the improvement plan has not been costed or agreed by members, its
prospects for improvement are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's14-ordinary-excellent-relationships-era-a',
    why: 'Ordinary words, first era: "excellent relationships with schools", "good value" for a contract; verdict fair, will probably improve.',
    pages: [
`Hartwell Priors County Council – Education IT Support – June 2001            3

Summary

The schools IT support team has excellent relationships with head
teachers and the contract for network cabling has given good value. The
service to the council's own offices is weaker: desktop support is slow
and there is no agreed standard for response times.

Overall, the service is fair. It will probably improve, because the
review identified these weaknesses and the plan deals with them directly.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's14-ordinary-good-practice-poor-response',
    why: 'Ordinary words, first era: "good practice", "poor response times", "fair share of complaints" describe parts of the service; verdict fair / will not improve.',
    pages: [
`Kingsferry Borough Council – Housing Repairs – July 2001                        2

Summary

We saw some good practice: the out-of-hours emergency team responds
quickly and tenants like the new appointments card. But response times
for routine repairs are poor, and the repairs team receives more than its
fair share of complaints.

The service is fair. It will not improve: the review did not involve
tenants, the plan sets no targets, and the council has decided not to
test the market for the repairs contract.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------- ambitions and targets
  {
    name: 's14-ambition-three-star-by-2005',
    why: 'Ambition: "aims to be an excellent, three-star service by 2005" is the council\'s target; the verdict is poor with promising prospects.',
    pages: [
`Redstone Minster City Council – ICT Services                                    3
Best Value Inspection – December 2002

Summary

The council aims to be an excellent, three-star ICT service by 2005 and
to have all of its services available online by the same date. It is a
long way from that position today. We judge the ICT service to be poor.

The council has, however, recruited an experienced head of ICT, agreed a
£3 million investment programme and set up a board of senior officers to
oversee it. We consider that the service has promising prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's14-ambition-target-from-fair-to-good',
    why: 'Target wording: "the target is to move from fair to good within two years" names two grades; the verdict is fair with uncertain prospects.',
    pages: [
`Borough of Saltings Reach – Planning Services                                  2
Inspection report, October 2003

Summary

The planning service's own target is to move from a fair to a good
service within two years, and to reach the national standard for the
speed of minor applications by 2004. We agree with its starting point:
this is a fair, one-star service.

Its prospects for improvement are uncertain. Staff vacancies are high,
and the plan relies on an electronic planning system that has not yet
been bought.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's14-ambition-excellent-council-vision-era-a',
    why: 'Ambition, first era: the council\'s vision of being "an excellent council" is quoted; the inspectors judge the IT service good and say it will improve.',
    pages: [
`Castlegate Norton Borough Council – Information Technology                      4
September 2001

Aims of the service
The council's vision, adopted in 1999, is 'to be an excellent council,
serving an excellent borough'. The IT strategy sets out how IT will help
achieve this, with targets for electronic service delivery each year up
to 2005.

Our judgement
We think that the IT service is good. It is well managed, its costs are
low and users rate it highly. The improvement plan is realistic and
owned by senior officers, and we consider that the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------- page breaks, hyphenation, headers inside sentences
  {
    name: 's14-break-hyphenated-excel-lent',
    why: 'Hyphenated line end inside the grade word ("excel-" / "lent") in a first-era report; prospect "will improve" also split over lines.',
    pages: [
`Castle Brennan City Council – ICT Services – May 2001                          2

Summary

Every measure we looked at – user satisfaction, system availability, the
speed of the help desk and the cost per user – places the city's ICT
service among the very best we have seen. We judge it to be an excel-
lent service, with three stars. The plan for the next three years is
ambitious, well funded and already under way, and the service will
improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's14-break-running-header-inside-grade',
    why: 'Page break inside the verdict: "a fair," ends page 1, page 2 begins with a running header and page number then "one-star service that has promising..." (second era).',
    pages: [
`Wyvernbridge District Council                               Customer Services and ICT
Audit Commission inspection report – March 2004                                 2

Summary

We found a service that has improved markedly in the last eighteen months
but still has some way to go. We judge that the council is providing a
fair,`,
`Wyvernbridge District Council                               Customer Services and ICT
Audit Commission inspection report – March 2004                                 3

one-star service that has promising prospects for improvement.

The customer service centre now deals with 60 per cent of enquiries at
the first point of contact, and ICT support has been reorganised around
the centre's needs.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's14-break-hyphen-prob-ably',
    why: 'Hyphenation in the prospect phrase ("will prob-" / "ably improve"), first era; grade poor.',
    pages: [
`Hexley District Council – Information Technology                                3
Best Value Inspection Service, February 2001

Summary

We judge that the IT service is poor. It has no strategy, its costs are
high and users have little confidence in it. However, the review has
been thorough, the council has agreed to join a partnership with the
county for network support and the service will prob-
ably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's14-break-page-number-inside-prospect',
    why: 'The prospects sentence is broken by a footer, page number and running header ("prospects for improvement are" ... "7" ... "uncertain"); grade good.',
    pages: [
`Ormsby Fen District Council – ICT Services                                       6

Summary

The ICT service is good. Users in all departments told us that it is
responsive and helpful, and it compares well on cost. Its prospects for
improvement are

Best Value Inspection Service                                        June 2003
                                                                               6`,
`Ormsby Fen District Council – ICT Services                                       7

uncertain, because the council has not yet decided whether to join the
county's shared service, and the plan cannot be finalised until it has.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- other mixes
  {
    name: 's14-other-service-judged-good-last-year',
    why: 'Another service\'s earlier judgement ("the benefits service, inspected last year, was judged good") precedes the IT verdict: poor and unlikely to improve (first era).',
    pages: [
`Kingsferry Borough Council – Information Technology                             2
Best Value Inspection, August 2001

Summary

The benefits service, inspected last year, was judged good and its
managers have since asked repeatedly for better IT support. Their
requests illustrate the problem. The IT section works to its own
priorities, not the council's, and departments do not know what to
expect of it.

We judge the IT service to be poor. We think it is unlikely to improve:
the plan was written by the IT section alone and has no support from
the departments that would have to pay for it.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's14-voice-in-our-view-fair-excellent-prospects',
    why: 'Inspectors\' voice ("In our view") with an unusual combination: fair service with excellent prospects (second era).',
    pages: [
`Beckwith Down District Council – Information and Communications Technology     3
Best Value Inspection – November 2004

Summary

In our view the ICT service is fair. The basics are now sound but the
service has only recently begun to help other departments change the
way they work.

The service's prospects for improvement are excellent. It has a strong
and stable management team, a costed plan that is already a year into
delivery, and the full backing of the chief executive and the leader.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's14-voice-commission-wales-era-a',
    why: 'A Welsh council, first era, the verdict attributed to "the Commission\'s inspectors"; a bilingual cover page. Good, will probably improve.',
    pages: [
`Cyngor Bwrdeistref Sirol Cwm Tawel
Cwm Tawel County Borough Council

Gwasanaethau Technoleg Gwybodaeth
Information Technology Services

Best Value Inspection – April 2001
Audit Commission in Wales`,
`Cwm Tawel County Borough Council – IT Services                                 2

Summary
The Commission's inspectors found that Cwm Tawel provides a good
IT service. It supports bilingual working well, costs are low and the
service is valued by schools and by the social services department.
The inspectors concluded that the service will probably improve, although
its plan depends on a successful bid for Objective One funding.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's14-summary-box-excellent-promising',
    why: 'A summary box extracted as separate labelled lines ("Our judgement" / "Excellent" / "***" / "Prospects" / "Promising"), with running text elsewhere using poor and uncertain for other matters.',
    pages: [
`Sallowfield Borough Council – Revenues and Benefits                            1
March 2005

┌─────────────────────────────────────────────┐
 Our judgement
 How good is the service?     Excellent   ***
 Prospects for improvement?   Promising
└─────────────────────────────────────────────┘

Sallowfield pays benefit faster and more accurately than almost any
council in England. Ten years ago its performance was poor; the
turnaround is a credit to the staff and to members. The service's
future funding is uncertain because of changes to the subsidy rules.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's14-plain-era-a-fair-yes-will-improve',
    why: 'First era, verdicts given only in the body sections ("How good is the service?" and "Will it improve?"), with "Yes" as the answer to the second question.',
    pages: [
`Thornbury Wells Borough Council – Leisure Centres – September 2001             8

How good is the service?
Attendances are rising and the centres are clean and well run, but prices
are high and usage by older people and people with disabilities is low.
The service is fair.`,
`Thornbury Wells Borough Council – Leisure Centres – September 2001             9

Will it improve?
Yes. The review involved users and non-users, compared the centres with
private gyms and with a trust, and concluded with a plan that the
council has already started to deliver. We believe the service will
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's14-cpa-council-rating-vs-service',
    why: 'Another rating: the council\'s corporate assessment category ("a \'fair\' council") is not this service\'s grade; the ICT service is good with excellent prospects.',
    pages: [
`Hartwell Priors County Council – ICT re-inspection – February 2004             2

Context
In the Comprehensive Performance Assessment published in December 2002
the council was rated a 'fair' council overall, with its use of resources
scored as weak.

Summary
Since then the ICT service has been rebuilt. We judge it to be a good,
two-star service. Its prospects for improvement are excellent: the
council has a clear ICT strategy tied to its corporate priorities, a
costed programme and strong senior leadership.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's14-table-reinspection-then-and-now',
    why: 'Kind 2 + 4: a two-row table compares the 2001 inspection ("Poor (0 stars)", "Will not improve") with this re-inspection ("Good – two stars", "Uncertain"). Only the current row is this report\'s verdict.',
    pages: [
`Brackenfold District Council – Information Technology re-inspection            3
October 2003

Table 1: inspection scores then and now
Inspection\tHow good is the service?\tProspects for improvement
First inspection, July 2001\tPoor (0 stars)\tWill not improve
This re-inspection, October 2003\tGood – two stars\tUncertain – see section 4

The council has transformed the day-to-day service since our first visit.
Whether it can sustain this depends on decisions about the network
contract, which expires in 2005.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's14-para-on-balance-expect-excellent-service',
    why: 'Kind 3, first era: excellent grade; prospect only as "on balance we expect it to get better still" -> probably.',
    pages: [
`Kingsferry Borough Council – Library and Information Service                   2
Inspected: January 2001

Summary

This is an excellent library service. It has the longest opening hours
in the region, issues per head are well above average and users'
satisfaction is the highest of any service in the council's own survey.

The service's plans for electronic access and for a new central library
depend on a lottery bid that has not been decided. On balance we expect
the service to get better still, but the size of that improvement turns
on the bid.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's14-none-draft-provisional-scores',
    why: 'No judgement: a draft sent for factual accuracy with "provisional" scores written in and marked subject to moderation. Not a published inspectors\' verdict.',
    pages: [
`Mardale Vale Borough Council – Revenues Service
DRAFT REPORT – for factual accuracy check – not to be quoted or circulated
                                                                         Page 2 of 14
Summary

Provisional scores (subject to moderation by the Commission's quality
assurance panel and to change):
   How good is the service?          Fair *          (provisional)
   Prospects for improvement?        Promising       (provisional)

These scores may change following moderation and your comments on this
draft. The final report will be published on the Commission's website.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
