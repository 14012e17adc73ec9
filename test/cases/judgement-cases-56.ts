/** Held-out judgement set 56, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases56: JudgementCase[] = [
  // ─────────────────────────────────────────────────────────────────────────
  // 1. Marked scoring grids: the marked cell carries both judgements
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-grid-tabs-asterisk-fair-promising',
    why: "Kind 1 (marked grid). Era B chart flattened with tabs: grades as rows, prospects as two-line column labels. The asterisk in the Fair row is in the third cell, under 'Promising prospects'. Every grade and prospect word appears on the axes; the note underneath uses 'excellent' and 'poor' as ordinary words.",
    pages: [
`Ashcombe Borough Council
Information and Communications Technology
Best Value inspection
Audit Commission
Best Value Inspection Service
February 2003`,
`Ashcombe Borough Council – ICT services\t\t\t\t7
Scoring chart
The chart records our two judgements: how good the service is now (up the side) and
its prospects for improvement (along the bottom).
'How good is the service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
\tprospects\tprospects\tprospects\tprospects
'What are the prospects for improvement?'
Source: Audit Commission
Users told us that the web team gives excellent support, but that the response to
faults in the outlying offices is poor.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-grid-spaces-cross-good-probably',
    why: "Kind 1 (marked grid). Era A chart extracted with runs of spaces; prospects are the rows and grades the columns (the caption says so). The X in the 'Will probably improve' row sits under 'Good'. Only column position gives the grade.",
    pages: [
`HARNLEY METROPOLITAN BOROUGH COUNCIL
Information Technology Services
Inspection carried out: April 2001
Report published: June 2001
Audit Commission Best Value Inspection Service – North West`,
`Harnley MBC – IT Services                                                Page 4
Scoring chart
Prospects for improvement are shown down the left-hand side; the quality of the
service now is shown across the top. The cross marks our judgement.
                               Poor      Fair      Good      Excellent
                               (0)       (1)       (2)       (3)
Will improve
Will probably improve                              X
Unlikely to improve
Will not improve
Recommendations follow on page 5.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's56-grid-wrapped-rows-tick-poor-uncertain',
    why: "Kind 1 (marked grid). Era B chart with prospect labels wrapped over two lines ('Uncertain' / 'prospects') and grades along the bottom. The tick is on the 'Uncertain' line, in the 'Poor' column. The axis title ''a good service?'' contains 'good' and is not the verdict.",
    pages: [
`Mardale District Council
Corporate ICT and e-Government
Best Value Inspection Service
September 2002`,
`Scoring chart                                                 Mardale DC   5
'a good service?' is shown along the bottom axis; prospects up the side.
Excellent
prospects
Promising
prospects
Uncertain         ✓
prospects
Poor
prospects
                  Poor        Fair        Good        Excellent
                            'a good service?'`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's56-grid-dot-star-labels-good-excellent',
    why: "Kind 1 (marked grid). Era B chart where the grade rows carry star symbols as labels ('Good **'), so an asterisk is not the mark here; the mark is a filled dot in the Good row under 'Excellent prospects'. Column labels wrap over two lines.",
    pages: [
`Eastmoor County Council
ICT Services
Best Value Inspection
November 2004`,
`How we have scored this service
                    Poor         Uncertain    Promising    Excellent
                    prospects    prospects    prospects    prospects
Excellent ***
Good **                                                    ●
Fair *
Poor –
The dot shows where the inspection team placed the service.
Eastmoor County Council – ICT Services – Best Value inspection           page 6`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's56-grid-pipes-root-tick-fair-unlikely',
    why: "Kind 1 (marked grid). Era A chart extracted with vertical bars; row labels wrap ('Unlikely to' / 'improve'). A Wingdings tick has come out as the root sign in the second cell of the 'Unlikely to' row, i.e. the Fair column.",
    pages: [
`Sallowfield Borough Council
Information Technology
Best Value Inspection Service
Date of inspection: November 2000        Date of report: January 2001`,
`Scoring chart
                  |  Poor  |  Fair  |  Good  | Excellent |
Will improve      |        |        |        |           |
Will probably     |        |        |        |           |
improve
Unlikely to       |        |   √    |        |           |
improve
Will not improve  |        |        |        |           |
                    How good is the service?
'Will the service improve?' is shown down the side of the chart.
Sallowfield BC                                                               8`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's56-grid-reversed-axes-x-good-uncertain',
    why: "Kind 1 (marked grid). Era B chart printed in an unusual order: grades run Poor to Excellent down the page and prospects run Excellent to Poor across it. The X is in the third cell of the Good row, which is 'Uncertain prospects'. A reader that assumes the usual order gets it wrong.",
    pages: [
`Kestrel Vale District Council
Information Services (ICT)
Audit Commission inspection report
August 2002`,
`Kestrel Vale DC\tInformation Services\t9
Scoring chart
Vertical axis: how good is the service? Horizontal axis: what are its prospects?
\tExcellent prospects\tPromising prospects\tUncertain prospects\tPoor prospects
Poor\t\t\t\t
Fair\t\t\t\t
Good\t\t\tX\t
Excellent\t\t\t\t
X = inspectors' judgement`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's56-grid-star-counts-heavy-tick-good-will',
    why: "Kind 1 (marked grid). Era A chart with the short labels Yes / Probably / Unlikely / No as rows and star counts with small grade words as columns. The heavy tick is in the 'Yes' row under '2 stars / good', so the service is good and will improve.",
    pages: [
`Westonbury City Council
IT Support and Development
Best Value Inspection Service – South West
July 2001`,
`Scoring chart                                            Westonbury City Council
Will the service improve?
Yes                                         ✔
Probably
Unlikely
No
                  0 stars     1 star      2 stars     3 stars
                  poor        fair        good        excellent
How good is the service?
                                                                             10`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's56-grid-shaded-square-poor-promising',
    why: "Kind 1 (marked grid). Era B chart in lower case with prospects down the side and grades along the bottom; the shaded square is on the 'promising' line in the 'poor' column. The page also says the review was excellent in places and that a fair number of calls are late.",
    pages: [
`Brackenfield District Council
Customer Services and ICT
Best Value Inspection
March 2004`,
`Scoring chart                                    Brackenfield DC – page 8
'prospects for
improvement?'
excellent
promising     ■
uncertain
poor
              poor        fair        good        excellent
                        'a good service?'
Key: the shaded square shows the inspectors' judgement.
Parts of the review were excellent, yet a fair number of calls to the contact centre
still go unanswered.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 2. Table cells mixing the grade word with stars or a sentence, beside reasons
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-table-good-two-stars-promising-reasons',
    why: "Kind 2 (mixed cells). Era B summary table with three tab-separated columns; the judgement cells wrap ('Good: two stars' / 'out of three', 'Promising – on' / 'balance we expect' / 'progress'). The reasons column uses 'excellent' and 'poor' about parts of the service.",
    pages: [
`Greyhope Borough Council – ICT Services – Best Value inspection\t\t3
Summary of judgements
Question\tJudgement\tReasons
How good is the service?\tGood: two stars\tNetwork availability of 99.7% and an
\tout of three\texcellent, well-used self-service portal;
\t\tbut poor project control on the schools
\t\tnetwork and weak service-level reporting.
Will the service improve?\tPromising – on\tThe review challenged the need for an in-
\tbalance we expect\thouse data centre; the action plan is
\tprogress\tcosted but not yet approved by Cabinet.
Inspection: May 2003`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's56-table-fair-one-star-unlikely-why',
    why: "Kind 2 (mixed cells). Era A space-aligned table: 'Fair (one star)' and 'Unlikely – the council has yet to show it can deliver', wrapped over lines. The WHY column contains 'excellent', 'fair share' and 'poor'.",
    pages: [
`Castle Linton District Council
Information Technology
Best Value Inspection Service
February 2001`,
`Castle Linton DC – Information Technology                                  2
SUMMARY
JUDGEMENT               SCORE                     WHY
Quality of service      Fair (one star)           Staff commitment is excellent, but
                                                  the help desk closes a fair share of
                                                  calls late and PC replacement is poor.
Likelihood of           Unlikely – the council    No costed plan; the last two IT
improvement             has yet to show it can    strategies were not delivered.
                        deliver`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's56-table-poor-no-stars-will-not',
    why: "Kind 2 (mixed cells). Era A table from September 2001 (the last month of the first vocabulary): 'Poor – no stars' and 'No: on present evidence it will not improve'. The reasons cell mentions 'some good practice'.",
    pages: [
`London Borough of Merrivale
Information Technology
Best Value inspection report
September 2001`,
`Our judgements at a glance
Is the service good?        Poor – no stars      Some good practice on the help desk
                                                 cannot offset chronic network failure
                                                 and missed deadlines.
Will it improve?            No: on present       There is no approved plan, no budget
                            evidence it will     line and the post of head of IT has
                            not improve          been vacant for nine months.
LB Merrivale – Best Value Inspection Service                                  4`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's56-table-two-stars-good-uncertain-benefits',
    why: "Kind 2 (mixed cells). Era B table for a revenues and benefits service: 'Two stars (good)' and 'Uncertain (see paragraphs 61–74)'. The reasons include 'a fair proportion', which is not the grade.",
    pages: [
`Ravensholm Metropolitan Borough Council
Revenues and Benefits
Best Value Inspection
January 2004`,
`Ravensholm MBC\tRevenues and Benefits\t3
Our judgements
Current service\tTwo stars (good)\tProcessing times are now in the top quartile; a
\t\tfair proportion of claims still need re-work.
Prospects\tUncertain (see paragraphs 61–74)\tThe new document imaging system is late and
\t\tthe software contract ends in 2005.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's56-table-one-star-fair-excellent-prospects',
    why: "Kind 2 (mixed cells). Era B Welsh council table: '1 star – a fair service' beside 'Excellent prospects: strong political leadership...'. The reasons mention 'poor user satisfaction'. The excellent belongs to prospects, not the grade.",
    pages: [
`Afon Ddu County Borough Council
Information and Communication Technology
Best Value Inspection
December 2002`,
`Summary table
Judgement area           Rating                          Main reasons
Current performance      1 star – a fair service         Poor user satisfaction (52%);
                                                         slow fault fixing in schools.
Prospects for            Excellent prospects: strong     Costed plan, new partnership
improvement              political leadership and a      already in place, early gains
                         fully funded plan               visible.
Afon Ddu CBC – ICT                                                           page 3`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's56-table-yes-believe-good-two-of-three',
    why: "Kind 2 (mixed cells). Era A table with the prospect row first: 'Yes – we believe it will' (will improve) and 'Good – two of three stars'. The reasons cell begins 'Not yet excellent', a negated grade word.",
    pages: [
`Oxley Marsh District Council
Information Technology
Best Value Inspection Service
March 2001`,
`Oxley Marsh DC – Information Technology – page 2
Headline judgements
Will it improve?\tYes – we believe it will\tThe action plan is costed, owned by
\t\tchief officers and already half delivered.
How good is it?\tGood – two of three stars\tNot yet excellent: response times
\t\tfor the smaller offices still lag.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's56-table-poor-zero-poor-sentence-library',
    why: "Kind 2 (mixed cells). Era B two-column layout for a libraries and information service: each cell is a sentence, 'Poor (0 stars). The service is failing...' and 'Poor. We have little confidence...'. The same word answers both questions.",
    pages: [
`Holmbridge City Council
Libraries and Information Service (including the People's Network)
Best Value Inspection
June 2005`,
`Holmbridge City Council                                                     2
Summary of our judgements
How good is the service?
Poor (0 stars). The service is failing to meet its own standards for
opening hours, stock and public computer access.
What are the prospects for improvement?
Poor. We have little confidence that the council can deliver its
plan, which is unfunded beyond next March.
Reasons in full are given in sections 3 and 4.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 3. Prospects paraphrased as likelihood, belief or negation (no scale word)
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-para-on-balance-get-better-fair',
    why: "Kind 3 (paraphrase). Era A. 'on balance we expect the IT service to get better' is a hedged positive expectation, i.e. will probably improve; no prospect scale word is used. The grade is stated plainly as fair.",
    pages: [
`Tarnbury Borough Council
Information Technology
Best Value Inspection Service
May 2001`,
`Tarnbury BC – IT                                                             11
Looking ahead
4.21 The review was thorough in places and thin in others. Weighing its strengths against
the gaps in the action plan, on balance we expect the IT service to get better over the
next two years: the plan is realistic about the money available, and the new head of IT
has already cleared half of the backlog of PC installations.
4.22 As things stand we judge it to be a fair, one-star service.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's56-para-not-persuaded-capacity-poor',
    why: "Kind 3 (paraphrase). Era A. 'We are not persuaded that the council has the capacity to deliver its action plan' is doubt about delivery, i.e. unlikely to improve. The IT manager's contrary confidence is quoted first and is not the verdict.",
    pages: [
`Fernleigh District Council
IT Services
Best Value inspection
January 2001`,
`Capacity to deliver
The IT manager is confident that the targets in the action plan will all be met by
March. We are not persuaded that the council has the capacity to deliver its action
plan. The same targets have slipped twice already, two of the five posts in the
development team are empty, and no budget has been identified for the new servers.
Our overall view of the service today is that it is poor.
Fernleigh DC – IT Services                                                    9`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's56-para-nothing-to-suggest-change-will-not',
    why: "Kind 3 (paraphrase). Era A. 'We found nothing to suggest that the present position will alter' plus the absence of plan, budget and owner means the service will not improve; no scale word. The council's 'excellent intentions' are ordinary words.",
    pages: [
`Dunsby Borough Council
Information technology
Best Value Inspection Service – Eastern Region
August 2001`,
`Dunsby Borough Council – Information technology                          page 7
Summary
The council has excellent intentions, set out at length in its IT vision, but intentions
are all it has. We found nothing to suggest that the present position will alter: there
is no plan, no budget and no one charged with producing either. The service is poor and,
in our judgement, will stay that way.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's56-para-confident-delivered-on-time-good',
    why: "Kind 3 (paraphrase). Era A. 'We are confident that the council will carry out the programme... and do so on time' is a firm expectation of delivery, i.e. will improve. Grade good is stated with the star count.",
    pages: [
`Norbeck City Council
IT Services
Best Value Inspection Service
April 2001`,
`Norbeck City Council – IT Services                                          3
Summary
We judge the IT service to be good – a two-star service.
We are confident that the council will carry out the programme in its action plan, and
do so on time. The money is set aside, the project managers are in post and the first
milestones have already been met.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's56-para-more-likely-than-not-fair',
    why: "Kind 3 (paraphrase). Era B. 'more likely than not that the council will make the progress it has promised' is a positive but hedged expectation, i.e. promising prospects. No prospect word is used.",
    pages: [
`Whitlow Metropolitan Borough Council
ICT Services
Audit Commission
March 2003`,
`Whitlow MBC – ICT Services – Best Value inspection                          12
Can the council deliver?
5.3 It seems to us more likely than not that the council will make the progress it has
promised, although some of the harder steps – moving the housing system to the new
platform and agreeing service levels with schools – are still some way off.
5.4 For the present, the service is a fair one.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-para-finely-balanced-doubt-fair',
    why: "Kind 3 (paraphrase). Era B. 'finely balanced... we doubt that the council has yet found the capacity' expresses doubt about delivery, i.e. uncertain prospects. The self-assessment's 'good' is quoted and not the verdict.",
    pages: [
`Stanthorpe District Council
ICT
Best Value Inspection
July 2004`,
`Stanthorpe DC – ICT                                                         10
The outlook
Whether the ICT service gets better is, in our view, finely balanced. There is a sound
plan and real enthusiasm among staff, but we doubt that the council has yet found the
capacity to see the plan through alongside the move to the new civic offices.
The council's self-assessment describes the service as good. We found a fair service.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's56-para-no-realistic-route-poor',
    why: "Kind 3 (paraphrase). Era B. 'We could find no realistic route by which the service will get better' is a firm negative, i.e. poor prospects, phrased without a scale word. Grade poor is stated separately.",
    pages: [
`Corrie Bay Borough Council
ICT and Customer Access
Best Value Inspection
January 2005`,
`Corrie Bay BC – ICT and Customer Access                                      6
Summary
The service is poor. Systems fail often, the help desk misses most of its targets and the
website offers almost nothing that residents can complete online.
We could find no realistic route by which the service will get better in the foreseeable
future: the council has cut the ICT budget for next year, the review proposed no change,
and the two most experienced staff have left.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's56-para-no-doubt-carry-through-good',
    why: "Kind 3 (paraphrase). Era B. 'We have no doubt that the council will carry through its plan in full' is certainty of delivery, i.e. excellent prospects. The negated 'not a service resting on its laurels' is praise, not a verdict word.",
    pages: [
`Lydgate County Council
Information Technology
Best Value Inspection
October 2002`,
`Lydgate CC – Information Technology                                          4
Summary
This is not a service resting on its laurels. We judge it to be good (two stars).
We have no doubt that the council will carry through its plan in full and on time:
members have committed the money, the partnership contract is signed and the first
two phases were delivered ahead of schedule.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's56-para-chances-slim-fair',
    why: "Kind 3 (paraphrase). Era A. 'the chances of the plan being carried through are, in our judgement, slim' is a low likelihood of delivery, i.e. unlikely to improve. The aside names the benefits service, which is not graded.",
    pages: [
`Amblehurst District Council
IT Services
Best Value Inspection Service
June 2001`,
`Amblehurst DC – IT Services                                                  8
Capacity
Without a budget for the replacement network, and with the same small team also
committed to the benefits system upgrade, the chances of the plan being carried through
are, in our judgement, slim.
Quality now
We consider the service to be fair: one star.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 4. Quoted views that are not the inspectors', usually followed by a contrast
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-quote-self-assessment-good-vs-fair',
    why: "Kind 4 (quoted view). Era B. The council's self-assessment claims a good service with excellent prospects; the inspectors then reject it ('What we found does not bear that out') and give fair / uncertain.",
    pages: [
`Pelham Borough Council
ICT Services
Best Value Inspection
November 2003`,
`Pelham BC – ICT Services                                                      3
Summary
The council's self-assessment, prepared for this inspection, describes a 'good' service
with 'excellent prospects'. What we found does not bear that out. We judge the ICT
service to be fair, and its prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's56-quote-director-optimism-unlikely',
    why: "Kind 4 (quoted view). Era A. The IT director predicts rapid progress and a three-star service within a year; the inspectors do not share that optimism and judge poor / unlikely to improve.",
    pages: [
`Hatherleigh District Council
Information Technology
Best Value Inspection Service
July 2001`,
`Hatherleigh DC – Information Technology                                      5
Will the service improve?
The director of resources told us he expects 'rapid progress' and a three-star service
within a year. We do not share that optimism. The action plan has no costs, no dates and
no named owners, and we think the service is unlikely to improve.
How good is the service?
In our judgement it is poor.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's56-quote-neighbour-excellent-vs-good',
    why: "Kind 4 (quoted view). Era B. A neighbouring council's ICT service rated excellent with three stars is quoted as a comparison; this council's service is good with uncertain prospects.",
    pages: [
`Ingleby Moor Borough Council
ICT
Best Value Inspection
June 2003`,
`Ingleby Moor BC – ICT                                                        14
Comparison with others
The review team visited Kelsey District Council, whose ICT service was judged excellent,
with three stars, when it was inspected in 2002, and borrowed several of its ideas.
Our judgement
Ingleby Moor's service is good, but its prospects for improvement are uncertain: the
borrowed ideas have not yet been costed or given owners.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's56-quote-earlier-inspection-then-now',
    why: "Kind 4 (quoted view). Era B re-inspection. The first inspection (December 2000, era A words) found a poor service that would not improve; today's verdict is fair with promising prospects. The earlier verdict must not be taken.",
    pages: [
`Saltmarsh City Council
Information Technology – re-inspection
Best Value Inspection
April 2003`,
`Saltmarsh City Council – IT re-inspection                                   2
Background
When we first inspected this service in December 2000 we found a poor service that, in
our view at the time, would not improve. Much has changed since.
Summary
The service is now a fair, one-star service and we consider it has promising prospects
for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-quote-council-aim-three-star',
    why: "Kind 4 (quoted view). Era A. The council's stated aim to be an excellent, three-star service by 2003 is a target; the inspectors' own view is fair and will probably improve.",
    pages: [
`Rookwood District Council
IT Services
Best Value Inspection Service
March 2001`,
`Rookwood DC – IT Services                                                    6
Aims
The council's IT strategy states its ambition 'to be recognised as an excellent,
three-star IT service by 2003'.
Our view
That ambition is a long way off. The service is fair today. It will probably improve,
because the review has produced a sensible, funded plan, but not as quickly as the
council hopes.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's56-quote-cabinet-member-excellent-prospects',
    why: "Kind 4 (quoted view). Era B. A cabinet member is quoted claiming 'excellent prospects'; the inspectors disagree and give uncertain prospects and a poor grade.",
    pages: [
`Marlstone Metropolitan Borough Council
ICT Services
Best Value Inspection
February 2004`,
`Marlstone MBC – ICT Services                                                 4
Summary
In the foreword to the review report the cabinet member for resources writes that the
service 'has excellent prospects now the new contract is in place'. We do not agree.
The contract is six months old and already behind schedule, and we regard the prospects
for improvement as uncertain. The service itself is poor.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's56-quote-head-of-ict-agreed-good-promising',
    why: "Kind 4 (quoted view, agreement variant). Era B. The head of ICT's expectation is quoted and the inspectors agree, then give their own verdict: good with promising prospects. Users' description of the old service as 'poor' is also quoted and is not the verdict.",
    pages: [
`Tidewell District Council
ICT
Best Value Inspection
September 2004`,
`Tidewell DC – ICT                                                            7
Will the service improve?
Users we spoke to described the service of three years ago as 'poor'. The head of ICT
told us she expects 'steady, not spectacular' progress. We agree with her. In our view
the service is a good one and its prospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 5. Long sentences whose verdict stands far from its subject
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-long-dash-aside-fair-promising',
    why: "Kind 5 (long sentence). Era B. A dashed list of the service's duties and an aside praising 'genuinely excellent work by the web team' come between 'The council's ICT service' and 'a fair service'; the prospects sentence also has a bracketed aside before 'are promising'.",
    pages: [
`Thurlow Borough Council
ICT Services
Best Value Inspection
May 2004`,
`Thurlow BC – ICT Services                                                    2
Summary
The council's ICT service – which runs the corporate network, supports some 2,300 users
across 41 sites, manages the contracts for the revenues and benefits systems and, since
April, hosts the telephony for the new contact centre – is, in our judgement and despite
some genuinely excellent work by the web team, a fair service. Its prospects, taking
account of the challenge in the review, the partly costed plan and (not least) the arrival
of a new head of ICT in June, are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-long-page-break-header-good-probably',
    why: "Kind 5 (long sentence). Era A. The summary sentence runs over a page break: page 1 ends on 'a', page 2 opens with a running header and page number, then 'good service that will probably im-' / 'prove.' The verdict is split by header, page number and hyphenation.",
    pages: [
`Midshire County Council – Information Technology – Best Value inspection    4
Summary
Having looked at the help desk, the wide area network linking the county's 160 sites,
the support given to schools and social services, and the way the review was carried
out, we have concluded that the IT service, though still uneven between directorates, is,
taking everything we have seen into account, a`,
`Midshire County Council – Information Technology – Best Value inspection    5
good service that will probably im-
prove over the next two years.
Inspection: March 2001. Report: June 2001.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's56-long-hyphenated-excellent-promising',
    why: "Kind 5 (long sentence). Era B. Line-end hyphenation splits both verdict words ('ex-' / 'cellent', 'prom-' / 'ising'), and a long aside sits between the subject and the grade.",
    pages: [
`Wexcombe District Council
Information Systems Division
Best Value Inspection
January 2003`,
`Wexcombe DC – Information Systems Division                                   3
Summary
We judge that the Information Systems Division, which over the last three years has re-
built the council's network, moved every department onto a single document management
system and put forty services online, provides an ex-
cellent, three-star service that has prom-
ising prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's56-long-brackets-will-not-split-negation',
    why: "Kind 5 (long sentence). Era A. 'will not' and 'improve' are some forty words apart, with a bracketed list of duties and a quoted 'excellent in theory' in between. The grade is given in a second long sentence.",
    pages: [
`Barrowden Borough Council
Information Technology
Best Value Inspection Service
September 2000`,
`Barrowden BC – Information Technology                                        5
Our judgement
The IT service (which, besides running the council's mainframe, processes payroll for two
neighbouring councils, maintains some 900 PCs, answers about 14,000 help desk calls a
year and, since a restructuring in 1999 that staff still describe as 'excellent in
theory', also looks after the telephones) will not, in our judgement and on the evidence
we saw during a week on site, improve. Its current standard of service, measured against
the aims the council set for it and the performance of similar councils, is poor.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's56-long-verdict-first-subject-last',
    why: "Kind 5 (long sentence). Era B. The grade word comes first ('Fair –') and the service is named only at the end of the clause; the prospect word comes at the end of a long clause with a dashed aside. The 2005 targets are not a judgement.",
    pages: [
`Elmsworth City Council
ICT
Best Value Inspection
August 2005`,
`Elmsworth City Council – ICT                                                 9
Conclusions
Fair – that, after weighing the evidence on the help desk, the network, the support given
to schools and the programme for meeting the 2005 e-government targets, is how we rate
the ICT service; and as to whether it will improve, our answer – given that the plan is
unfunded after next year and the partnership with the county has yet to be signed – is
that its prospects are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's56-long-aside-other-services-grades',
    why: "Kind 5 (long sentence). Era B. The aside names the revenues service (judged good) and the libraries (judged excellent) between the subject and its own grade, poor; prospects are uncertain. The nearest grade word to the subject is another service's.",
    pages: [
`Netherfield Metropolitan Borough Council
IT Services
Best Value Inspection
March 2002`,
`Netherfield MBC – IT Services                                                2
Summary
The IT service, which unlike the revenues service (judged good in 2001) and the libraries
(judged excellent last year) has never been inspected before, and which still relies on a
network installed in 1994, is a poor service; its prospects for improvement, taking into
account the new IT director and the partly funded plan, we assess as uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 6. Documents about an inspection (committee papers, press releases, minutes)
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-about-cabinet-report-fair-uncertain',
    why: "Kind 6 (about an inspection). Era B cabinet report by an officer that relays the Commission's verdict in quotation marks ('fair', one star, 'uncertain'). The council's own aim of an excellent service is also stated.",
    pages: [
`KNIGHTON PARVA DISTRICT COUNCIL
CABINET – 17 MARCH 2003
REPORT OF THE HEAD OF CORPORATE SERVICES
BEST VALUE INSPECTION OF ICT SERVICES – OUTCOME
1. Purpose
To inform Cabinet of the outcome of the Audit Commission's Best Value inspection of the
council's ICT services, published on 3 March 2003.
2. The inspectors' findings
2.1 The inspectors judged the service to be 'fair' (one star) with 'uncertain' prospects
for improvement.
2.2 This falls short of the council's aim of an excellent ICT service by 2005.
3. Recommendation
That Cabinet notes the report and approves the revised action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's56-about-press-release-good-excellent',
    why: "Kind 6 (about an inspection). Era B council press release relaying the rating (good, two stars; excellent prospects). The leader's quote calls it 'an excellent result', an ordinary use of the word.",
    pages: [
`NEWS RELEASE
Calderbrook Metropolitan Borough Council – Press Office
For immediate release: 18 November 2004
Watchdog praises council's IT
Calderbrook Council's information technology service has been rated 'good' by the Audit
Commission, which awarded it two stars out of a possible three. The inspectors also said
the service's prospects for improvement were excellent.
Council leader Cllr Jean Ashworth said: 'This is an excellent result for a team that was
written off five years ago.'
Notes to editors: the full report is available from the Audit Commission website.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's56-about-minutes-fair-probably-benefits-poor',
    why: "Kind 6 (about an inspection). Era A committee minutes report the IT verdict (fair, would probably improve) in reported speech; a councillor then mentions the benefits service, judged poor in February, which is another service.",
    pages: [
`SOWERTON BOROUGH COUNCIL
Minutes of the Policy and Resources Committee held on 12 July 2001
34. BEST VALUE INSPECTION: INFORMATION TECHNOLOGY
The Director of Finance introduced the Audit Commission's report on the council's IT
service. The inspectors had concluded that the service was fair and would probably
improve. Councillor Hughes noted that the benefits service had been judged poor in
February and asked whether lessons had been shared between the two reviews.
RESOLVED: that the report be noted and the action plan be referred to the IT steering group.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's56-about-scrutiny-briefing-good-uncertain-repairs',
    why: "Kind 6 (about an inspection). Era B scrutiny briefing note in bullets. The housing repairs service (poor) is mentioned first; the ICT verdict relayed is good, uncertain prospects.",
    pages: [
`Hexley Borough Council
Resources Scrutiny Panel – briefing note – 9 October 2003
Subject: Audit Commission inspection of ICT services
• Members will recall that the housing repairs service was rated poor in the spring.
• The ICT inspection report was published last week.
• Inspectors rated ICT as a good (two-star) service.
• They judged prospects for improvement to be uncertain, mainly because the
  council has not yet agreed how to fund the replacement of the finance system.
• The Panel may wish to call in the Head of ICT in November.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's56-about-commission-press-notice-poor-unlikely',
    why: "Kind 6 (about an inspection). Era A Audit Commission regional press notice relaying the verdict (poor, unlikely to improve) with a quote from the lead inspector; it mentions 'excellent examples elsewhere'.",
    pages: [
`AUDIT COMMISSION
PRESS NOTICE – Northern Region
22 May 2001
Lowther Vale IT service 'poor', says Commission
The Audit Commission today published its inspection of information technology at
Lowther Vale District Council. It found that the service is poor and unlikely to improve.
Lead inspector Maria Oduya said: 'There are excellent examples elsewhere in the region
that the council could learn from, but it has not yet looked for them.'
Ends`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's56-about-paper-other-service-grade-only',
    why: "Kind 6 (about an inspection, other service's grade only). Era B committee paper preparing for the coming ICT inspection; the only verdict in it belongs to the benefits service, inspected last year. The ICT service has no judgement yet: null.",
    pages: [
`Wrenfield District Council
Corporate Resources Committee – 4 February 2003
Agenda item 7: Forthcoming Best Value inspection of ICT
1. The Audit Commission will inspect the council's ICT service during the week beginning
10 March 2003.
2. Members will recall that the benefits service, inspected last year, was judged good
with promising prospects. Officers intend to use the same approach to preparing for
inspection.
3. Members are asked to note the arrangements set out in the appendix.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-about-members-bulletin-zero-stars-promising',
    why: "Kind 6 (about an inspection). Era B members' e-bulletin giving the result in shorthand ('zero stars', 'promising'), after a reminder that the council's target was two stars.",
    pages: [
`From: Members' Services
Sent: 14 April 2005
Subject: Members' Bulletin 212 – contact centre inspection result
Dear Councillor,
Our target was two stars. The Audit Commission's report on the Customer Contact Centre,
published today, gives the service zero stars – a poor service – but says its prospects
for improvement are promising. The inspectors highlighted long call-waiting times and
noted the new telephony system due in the summer.
A seminar for members will be held on 28 April.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 7. Plain statements in many forms
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-plain-to-our-minds-fair-probably',
    why: "Kind 7 (plain). Era A, inspectors' own voice: 'To our minds the service is fair' and 'We think that it will probably improve'.",
    pages: [
`Upton Fell District Council
IT Services
Best Value Inspection Service
January 2001`,
`Upton Fell DC – IT Services                                                  2
Summary
To our minds the service is fair. Users are generally content and the network is reliable,
but the council has no clear picture of its costs. We think that it will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's56-plain-passive-assessed-poor-poor',
    why: "Kind 7 (plain). Era B passive form: 'has been assessed by the inspection team as poor, with poor prospects for improvement'. The same word is used for both scales.",
    pages: [
`Gorsedene Borough Council
ICT Services
Best Value Inspection
June 2003`,
`Gorsedene BC – ICT Services                                                  3
Summary
The ICT service has been assessed by the inspection team as poor, with poor prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's56-plain-front-page-headline-box',
    why: "Kind 7 (plain, headline box). Era B front page with a boxed headline giving the two judgements as labelled values.",
    pages: [
`Audit Commission
Best Value Inspection Service
Whinmoor City Council
ICT Services
February 2002
┌──────────────────────────────────────────┐
  How good is the service?      Good
  Prospects for improvement     Promising
└──────────────────────────────────────────┘`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's56-plain-summary-box-fair-yes',
    why: "Kind 7 (plain, summary box). Era A summary box: 'How good is the service? Fair' and 'Will it improve? Yes'. A bare 'Yes' means will improve.",
    pages: [
`Little Haddow District Council
Information Technology
Best Value Inspection Service
December 2000`,
`Little Haddow DC – Information Technology                                    1
AT A GLANCE
How good is the service?\tFair
Will it improve?\tYes
Inspectors: two, on site for five days in October 2000.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's56-plain-sections-good-probably',
    why: "Kind 7 (plain, section endings). Era A. The verdicts close the 'How good is the service?' and 'Will the service improve?' sections; both follow text about strengths and weaknesses that uses 'excellent' and 'poor'.",
    pages: [
`Kirkby Stoke Metropolitan Borough Council
IT Services
Best Value Inspection Service
August 2001`,
`How good is the service?
3.1 The network is excellent: it was available 99.8% of the time last year.
3.2 Departmental users rate the help desk well, although PC replacement has been poor.
3.3 Overall we consider this to be a good service.
Kirkby Stoke MBC – IT Services                                               6`,
`Will the service improve?
4.1 The review challenged why the council runs its own print room and data centre.
4.2 The plan is costed and has the backing of the chief executive.
4.3 We think the service will probably improve.
Kirkby Stoke MBC – IT Services                                               7`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's56-plain-excellent-three-stars-excellent-prospects',
    why: "Kind 7 (plain). Era B top marks on both scales: 'excellent, scoring three stars' and 'prospects... are excellent'.",
    pages: [
`Marchbank County Council
ICT Services
Best Value Inspection
March 2005`,
`Marchbank CC – ICT Services                                                  2
Summary
The inspection team concluded that Marchbank's ICT service is excellent, scoring three
stars, and that its prospects for improvement are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's56-plain-judged-good-but-unlikely',
    why: "Kind 7 (plain). Era A passive with a contrast inside the verdict: 'judged to be good but unlikely to improve'.",
    pages: [
`Ousebridge Borough Council
Information Technology
Best Value Inspection Service
June 2001`,
`Ousebridge BC – Information Technology                                       2
Summary
Ousebridge's information technology services are judged to be good but unlikely to
improve, because the council has no plan for what happens when its outsourcing contract
ends next year.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's56-plain-commission-quoted-terms-poor-will-not',
    why: "Kind 7 (plain). Era A, the Commission's own verdict given with the scale words in quotation marks: 'a 'poor' service that 'will not improve''. These quotation marks are the inspectors' own.",
    pages: [
`Crowhurst District Council
IT Services
Best Value Inspection Service
February 2001`,
`Crowhurst DC – IT Services                                                   3
The Commission's judgement is that this is a 'poor' service that 'will not improve'.
The reasons are set out in the paragraphs that follow.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's56-plain-question-answer-october-2001',
    why: "Kind 7 (plain, question and answer). Era B from October 2001, the first month of the new vocabulary: 'Is the service good? No. We rate it as fair' and 'They are uncertain'. The 'No' answers the grade question, not the prospect question.",
    pages: [
`Felldale District Council
ICT
Best Value Inspection
October 2001`,
`Felldale DC – ICT                                                            2
Is the service good?
No. We rate it as fair, with one star.
Are its prospects for improvement good?
They are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's56-plain-lead-inspector-letter',
    why: "Kind 7 (plain, letter). Era B covering letter from the lead inspector to the chief executive stating the scores.",
    pages: [
`Audit Commission
Best Value Inspection Service – Wales and the West
2 July 2003
Mr D Price, Chief Executive, Wyebridge District Council
Dear Mr Price
Best Value inspection of ICT services
Thank you for your help during our inspection. I am writing to confirm that we have scored
the service as a fair, one-star service with promising prospects for improvement. The
report will be published on 16 July.
Yours sincerely
Helen Marsh, Lead Inspector`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-plain-not-yet-good-planning',
    why: "Kind 7 (plain, negation before the verdict). Era B planning service: 'This is not yet a good service: we judge it fair', followed by promising prospects.",
    pages: [
`Lambourne Heath District Council
Planning and Development Control
Best Value Inspection
July 2003`,
`Lambourne Heath DC – Planning                                                4
Summary
This is not yet a good service: we judge it fair. Householder applications are decided
quickly but major applications are not. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's56-plain-will-it-improve-yes-benefits',
    why: "Kind 7 (plain). Era A benefits service with the section heading as question and the answer 'Yes.' on its own, plus a good grade in the other section.",
    pages: [
`Bretton Borough Council
Housing and Council Tax Benefits
Best Value Inspection Service
April 2001`,
`How good is the service?
We judge the benefits service to be good.
Will the service improve?
Yes. The council has a clear, costed plan and has already cut the time taken to process
new claims from 61 days to 34.
Bretton BC – Benefits                                                        5`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's56-plain-bullets-zero-stars-waste',
    why: "Kind 7 (plain, bullet summary). Era B waste and recycling service, given as terse bullets: 'poor service, 0 stars' and 'prospects: uncertain'.",
    pages: [
`Aldermoor Borough Council
Waste Collection and Recycling
Best Value Inspection
November 2002`,
`Key findings
• poor service, 0 stars
• prospects: uncertain
• recycling rate 8%, well below the national target
• missed collections up by a third on last year
Aldermoor BC – Waste and Recycling                                           1`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's56-plain-working-relationships-good-will',
    why: "Kind 7 (plain). Era A. 'excellent working relationships' comes before the verdict and is an ordinary use of the word; the verdict is good and will improve.",
    pages: [
`Hambleside District Council
IT Services
Best Value Inspection Service
May 2001`,
`Hambleside DC – IT Services                                                  2
Summary
The IT team has excellent working relationships with the departments it serves. We judge
the service to be good, and we believe it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's56-plain-poor-morale-then-verdict',
    why: "Kind 7 (plain). Era B. 'poor morale' and 'poor' network performance come before the verdict, which is stated in the active voice: we rate the service poor, prospects uncertain.",
    pages: [
`Grimsworth Metropolitan Borough Council
ICT Services
Best Value Inspection
April 2004`,
`Grimsworth MBC – ICT Services                                                3
Summary
Staff in the ICT unit suffer from poor morale after two restructurings in three years.
We rate the service as poor. Prospects for improvement are uncertain: the new plan is
sound but no money has yet been found for it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's56-plain-procurement-good-excellent',
    why: "Kind 7 (plain). Era B procurement service; the verdict is in a one-line summary with a colon ('good: two stars', 'excellent prospects').",
    pages: [
`St Aldhelm District Council
Corporate Procurement
Best Value Inspection
September 2003`,
`St Aldhelm DC – Corporate Procurement                                        2
Our overall judgement – good: two stars; excellent prospects for improvement.
The council's e-procurement system has cut the cost of ordering by 40%.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 8. No judgement at all: expect null for both
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's56-none-draft-unmarked-grid',
    why: "Kind 8 (no judgement). Era B draft report: the scoring chart is printed with every axis word but no cell is marked, and the caption says scores are to be confirmed after moderation.",
    pages: [
`DRAFT – NOT FOR PUBLICATION
Ferrybridge Borough Council
ICT Services
Best Value Inspection
Draft v0.3 – 12 August 2003`,
`Scoring chart (scores to be confirmed following moderation)
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-council-self-assessment-we',
    why: "Kind 8 (no judgement). A council's self-assessment written in the first person plural: 'we believe the service is good and will improve'. Here 'we' is the council, not the inspectors.",
    pages: [
`Greymarsh Borough Council
Self-assessment for the Best Value inspection of ICT Services
Prepared by the ICT Management Team – May 2002`,
`Section 1 – How good is our service?
We believe that the ICT service is good. Our network availability is among the best in
the county and users tell us that our help desk staff are excellent.
Section 2 – Will we improve?
We believe we will improve: the review has produced a clear plan and the money is in the
budget. We expect to be a three-star service by 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-improvement-plan-targets',
    why: "Kind 8 (no judgement). A council improvement plan whose targets use the scale words ('three stars', 'excellent prospects', 'from poor to good' for a performance indicator). Targets are not verdicts.",
    pages: [
`Harrowfield District Council
ICT Improvement Plan 2002–2005
Approved by Executive, 9 September 2002`,
`Objective\tTarget\tBy
Achieve a three-star (excellent) ICT service\tInspection outcome\tMarch 2005
Secure excellent prospects for improvement\tInspection outcome\tMarch 2005
Move help desk satisfaction from poor to good\t85% satisfied\tMarch 2004
Harrowfield DC – ICT Improvement Plan – page 3`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-pre-inspection-paper-explains-scales',
    why: "Kind 8 (no judgement). An officer's paper before the inspection that explains both scales, listing every grade and every prospect word in both vocabularies.",
    pages: [
`Pendle Cross Borough Council
Report to Management Team – 21 January 2002
Preparing for the Best Value inspection of Information Technology
1. The inspection will take place in the week beginning 25 February 2002.
2. The inspectors will answer two questions. First, how good is the service: poor (no
stars), fair (one star), good (two stars) or excellent (three stars). Second, what are its
prospects for improvement: poor, uncertain, promising or excellent. (Before October 2001
the second judgement was expressed as 'will not improve', 'unlikely to improve', 'will
probably improve' or 'will improve'.)
3. Management Team is asked to note the timetable at Appendix 1.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-ict-strategy-other-service-grade',
    why: "Kind 8 (no judgement). A council's ICT strategy that mentions another service's inspection (benefits, rated good, will probably improve) as an example; the ICT service itself has no verdict.",
    pages: [
`Burnside City Council
Information and Communications Technology Strategy 2001–2004
July 2001`,
`2. Where we are now
2.1 The benefits service, inspected in March, was rated good and will probably improve;
much of the credit went to the new document imaging system that ICT installed.
2.2 Other services have not had such support. Our network is ageing and our PCs are, in
places, poor.
Burnside City Council – ICT Strategy                                         4`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-guidance-note-blank-chart',
    why: "Kind 8 (no judgement). A guidance note explaining how to read a scoring chart, with a blank example grid and a worked sentence about a hypothetical service.",
    pages: [
`Reading an inspection report: a note for councillors
Produced by the Member Development Unit, Eastbrook County Council, 2003
Every report contains a chart like the one below. A mark is placed in one box. For
example, a mark in the top right-hand box would mean an excellent service with excellent
prospects; a mark in the bottom left would mean a poor service with poor prospects.
Excellent
Good
Fair
Poor
          Poor        Uncertain   Promising   Excellent
No mark is shown here because this is only an illustration.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-review-team-final-report',
    why: "Kind 8 (no judgement). The council's own Best Value review report: the review team's conclusions use 'fair', 'poorly' and 'good value', but no inspection has yet taken place.",
    pages: [
`Marshwood Borough Council
Best Value Review of IT Services – Final Report of the Review Team
October 2000`,
`7. Conclusions of the review team
7.1 The service performs poorly against the standards set in 1999 for fixing faults.
7.2 Costs per PC are fair when compared with our family group.
7.3 The in-house help desk offers good value and should be retained.
7.4 The service will next be inspected by the Audit Commission in spring 2001.
Marshwood BC – Best Value Review of IT                                      22`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-notification-letter',
    why: "Kind 8 (no judgement). The Commission's letter announcing an inspection and its scope; it describes what will be judged but judges nothing.",
    pages: [
`Audit Commission – Best Value Inspection Service
14 June 2004
Ms R Clarke, Chief Executive, Ashdown Vale District Council
Dear Ms Clarke
Inspection of ICT services
I write to confirm that we will inspect the council's ICT services from 6 to 10 September
2004. We will reach judgements on how good the service is and on its prospects for
improvement, and will share our findings with you at a feedback meeting on 24 September.
Yours sincerely
Tom Whitfield, Inspection Manager`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-user-survey-results',
    why: "Kind 8 (no judgement). Results of a user survey that use the grade words as response options ('good or excellent', 'poor'); users' ratings are not the inspectors' verdict.",
    pages: [
`Oakhampton District Council
ICT Help Desk User Survey 2002 – Summary of Results`,
`Q4 How would you rate the help desk overall?
Excellent\t18%
Good\t54%
Fair\t19%
Poor\t9%
72% of respondents rated the help desk good or excellent, up from 61% in 2001.
Prepared by the Corporate Policy Unit, March 2002`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-minutes-report-embargoed',
    why: "Kind 8 (no judgement). Minutes in which an officer says the inspection report is embargoed and the scores cannot be discussed; a councillor hopes for a 'good' outcome.",
    pages: [
`Stoneleigh Moor District Council
Minutes of the Audit Committee – 2 December 2002
45. ICT inspection
The Head of ICT reported that the inspection had finished on 15 November. The report
was embargoed until publication and officers could not discuss the scores. Councillor
Pryce said he hoped for a good outcome given the hard work of staff. Members agreed to
consider the report at their next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-performance-plan-bvpi',
    why: "Kind 8 (no judgement). A performance plan table of indicators with targets and a traffic-light column; 'Good' is a target label, not an inspection verdict.",
    pages: [
`Linford Borough Council – Best Value Performance Plan 2003/04
Section 5: Corporate services – ICT`,
`Indicator\t2002/03 actual\t2003/04 target\tStatus
BVPI 157 – % of interactions e-enabled\t38%\t60%\tFair progress
Help desk calls fixed first time\t71%\t80%\tGood
PCs older than five years\t22%\t10%\tPoor
Linford BC – Performance Plan                                               31`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-annual-audit-letter-other-services',
    why: "Kind 8 (no judgement, about other services only). An annual audit letter listing the verdicts of two other services' inspections and stating that ICT was not inspected this year.",
    pages: [
`Annual Audit Letter 2002/03
Kirkhaven Borough Council
Audit Commission – December 2003`,
`Inspection
During the year the Commission inspected two services:
Benefits\tfair, one star\tpromising prospects
Waste management\tgood, two stars\tuncertain prospects
The council's ICT services have not been inspected this year; an inspection is planned
for 2004/05.
Kirkhaven BC – Annual Audit Letter                                           5`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-internal-audit-it-security',
    why: "Kind 8 (no judgement). An internal audit report on IT security with its own assurance opinion; 'poor' and 'excellent' describe controls, and there is no Best Value verdict.",
    pages: [
`Tansley District Council – Internal Audit
IT Security Review – Final Report – March 2004
Audit opinion: limited assurance`,
`Findings
1. Password controls are poor: 41 accounts had not changed their password in a year.
2. The backup regime is excellent and was tested successfully in January.
3. Leavers' accounts are not always removed promptly.
Management response: agreed; target date 30 June 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's56-none-draft-placeholders',
    why: "Kind 8 (no judgement). A draft report whose summary has square-bracket placeholders instead of the scores, next to the usual wording around them.",
    pages: [
`Audit Commission – DRAFT FOR FACTUAL ACCURACY CHECK
Hallowby City Council
IT Services
Version 2 – 30 July 2001`,
`Summary
We judge that Hallowby City Council's IT service is a [X]-star, [grade] service that
[prospects to be agreed at moderation panel].
Note to council: please confirm the factual accuracy of paragraphs 3.1–3.14 by 10 August.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
