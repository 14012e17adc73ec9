/** Held-out judgement set 52, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases52: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell gives both judgements; axis words are not the verdict
  // ---------------------------------------------------------------------------
  {
    name: 's52-grid-tabs-fair-promising',
    why: 'Kind 1 (marked grid). Tab-separated grid, grades as rows, era B prospects as columns, X in the Fair row under Promising. Axis label "A good service?" and prose with "excellent working relationships" / "poor turnaround" are not the verdict.',
    pages: [
`Best Value Inspection Service

Harrowfield Borough Council
Information and Communications Technology

Inspection report
June 2003

Audit Commission`,
`Harrowfield Borough Council – ICT inspection\t\t\t2
Summary
The ICT service supports about 1,900 staff at 36 sites and runs the council's network, e-mail and
the corporate systems for finance, payroll and housing. Users told us of excellent working
relationships with individual engineers but poor turnaround for anything beyond a password reset.
Scoring chart
The chart records our judgement of the service today (rows) and of its prospects (columns).
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\tX\t
Poor\t\t\t\t
\t\tProspects for improvement?
A good service?
Recommendations follow on page 4.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-grid-spaces-transposed-good-probably',
    why: 'Kind 1 (marked grid). Era A chart laid out with spaces; axes swapped (prospects as rows, grades as columns with star counts). The "*" mark sits under Good in the "Will probably improve" row; the "(2 stars)" labels are axis text.',
    pages: [
`Kestle District Council
Information Technology Services
Best Value inspection, May 2001
Audit Commission – Best Value Inspection Service`,
`SUMMARY AND SCORING

We have assessed how good the IT service is and whether it will improve. The asterisk in the
chart below shows where we place the service. Grades run across the top; the likelihood of
improvement runs down the side.

                          Poor        Fair        Good        Excellent
                          (no stars)  (1 star)    (2 stars)   (3 stars)
Will improve
Will probably improve                               *
Unlikely to improve
Will not improve

Kestle District Council – IT services                                      page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's52-grid-tick-wrapped-labels-poor-uncertain',
    why: 'Kind 1 (marked grid). Column labels wrapped over four lines ("Uncertain / prospects / for / improvement"); a tick in the Poor (0 stars) row under Uncertain. Every grade and prospect word appears as axis text.',
    pages: [
`Aldmoor Metropolitan Borough Council
ICT Services
November 2002
Best Value Inspection Service`,
`Aldmoor MBC                         ICT Services                         3

Scoring chart

                       Poor         Uncertain    Promising    Excellent
                       prospects    prospects    prospects    prospects
                       for          for          for          for
                       improvement  improvement  improvement  improvement
Excellent  (3 stars)
Good       (2 stars)
Fair       (1 star)
Poor       (0 stars)                 ✓

The tick marks the inspectors' judgement.

Why we reached this view
The service has an excellent record on network security but very poor performance in almost
everything its users notice: the help desk answers fewer than half of calls within a minute.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's52-grid-dots-good-promising',
    why: 'Kind 1 (marked grid). Every cell printed as an open circle; the filled dot is in the good row, third column (promising). Benefits service, era B. Cells are counted by order, not alignment.',
    pages: [
`Wenlow City Council – Benefits Service                              September 2004

Scoring chart
'How good is the service?' runs down the side; 'What are the prospects for improvement?'
runs across the top.

           poor   uncertain   promising   excellent
excellent  ○      ○           ○           ○
good       ○      ○           ●           ○
fair       ○      ○           ○           ○
poor       ○      ○           ○           ○

● = the inspectors' judgement

The service processes new claims in an average of 31 days, against a national top-quartile
figure of 29 days; only a fair proportion of claimants get a decision at their first visit.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-grid-reversed-columns-fair-unlikely',
    why: 'Kind 1 (marked grid). Era A grid with columns in reverse order (Yes / Probably / Unlikely / No) and row labels carrying asterisks as star counts; the X mark is in the "Fair *" row, third column = Unlikely. The asterisks are axis text, not the mark.',
    pages: [
`PENNOCK BOROUGH COUNCIL
Information and Communications Technology
Best Value Inspection – February 2001`,
`2 Pennock Borough Council ICT
Our judgement
How good is the service? (down)    Will it improve? (across)
\tYes\tProbably\tUnlikely\tNo
Excellent ***\t\t\t\t
Good **\t\t\t\t
Fair *\t\t\tX\t
Poor –\t\t\t\t
Managers were candid that the service is not yet excellent, and they wanted the inspection to tell
them what "good" would look like.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's52-grid-bracket-cells-good-excellent',
    why: 'Kind 1 (marked grid). Cells printed as "[ ]" with the judgement shaded "[■]"; Good row, fourth column = excellent prospects. The council aim of an "excellent" service in the text is a target.',
    pages: [
`Tarrant Vale District Council
ICT and E-Government
March 2005
Inspection report`,
`Tarrant Vale District Council – ICT and E-Government – March 2005                          4

Scoring chart

                      Prospects for improvement
                      Poor    Uncertain  Promising  Excellent
***  Excellent        [ ]     [ ]        [ ]        [ ]
**   Good             [ ]     [ ]        [ ]        [■]
*    Fair             [ ]     [ ]        [ ]        [ ]
-    Poor             [ ]     [ ]        [ ]        [ ]

The shaded box shows our judgement. The council's stated ambition is to be an excellent service
by 2006; the reasons for our view of where it stands now are given in the sections that follow.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's52-grid-prospect-rows-tick-good-uncertain',
    why: 'Kind 1 (marked grid). Tab grid with prospects as rows and grades as columns, caption says which axis is which; the ✓ is in the "uncertain prospects" row under good.',
    pages: [
`Holmbridge Council
ICT Services
Best Value Inspection Service Report – April 2002`,
`Scoring chart – prospects for improvement (rows) against quality of service (columns)
Our judgement\tpoor\tfair\tgood\texcellent
excellent prospects\t\t\t\t
promising prospects\t\t\t\t
uncertain prospects\t\t\t✓\t
poor prospects\t\t\t\t
Holmbridge Council\tICT Services\t\tPage 3`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's52-grid-split-page-poor-unlikely',
    why: 'Kind 1 (marked grid). Era A grid split by a page break: column header on one page, rows on the next after a running header. The * under Unlikely in the Poor row; "poor morale" and "excellent" in prose are ordinary words.',
    pages: [
`Brenfield District Council – IT services inspection                    Page 2

Summary
The IT unit has eight staff and supports 390 users. We found poor morale in the help desk team
and an excellent, if under-used, asset database.

Scoring chart
                     Will the service improve?
                     No          Unlikely    Probably    Yes`,
`Brenfield District Council – IT services inspection                    Page 3
Excellent
Good
Fair
Poor                              *
How good is the service? (rows)   Inspection carried out in August 2001`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells that mix the grade word with stars or a sentence, beside a reasons column
  // ---------------------------------------------------------------------------
  {
    name: 's52-cell-good-two-stars-reasons',
    why: 'Kind 2 (mixed cells). "Good: 2 stars out of 3" and "Promising" in the judgement column; the reasons column uses "excellent", "poor" and "fair at best" about other things.',
    pages: [
`Corbridge Borough Council\tICT Best Value inspection\tMarch 2003
Our judgements at a glance
Question\tOur judgement\tThe main reasons
How good is the service?\tGood: 2 stars out of 3\tUsers describe the help desk as excellent and the network was available 99.6% of the time; against that, the asset register is poor and software licences are not tracked.
What are the prospects for improvement?\tPromising\tThe review genuinely challenged the in-house model. The old ICT plan, which members themselves called fair at best, has been replaced by a costed programme.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-cell-poor-no-will-not',
    why: 'Kind 2 (mixed cells). Era A table laid out with spaces and a wrapped reasons column: "Poor – no stars" and "No, it will not improve"; reasons mention "good" courtesy and "a fair proportion".',
    pages: [
`Maltby Vale District Council – Housing Repairs – July 2001

Judgement                  Score                        Reasons
How good is the            Poor – no stars              Tenants rate the operatives'
service?                                                courtesy as good, but only a
                                                        fair proportion of urgent jobs
                                                        are done on time and there is
                                                        no reliable job costing.
Will the service           No, it will not improve      The action plan repeats last
improve?                                                year's and nobody owns it.

Best Value Inspection Service                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's52-cell-fair-one-star-probably',
    why: 'Kind 2 (mixed cells). Era A: "Fair (one star)" and "Probably will improve" with reasons that praise an "excellent" call-logging system.',
    pages: [
`Oakhurst City Council
IT Services – Best Value Inspection
January 2001`,
`Table 1: Our judgements
Service quality         Fair (one star)           The excellent new call-logging system is not yet used to
                                                  manage performance; typical desktop faults take four days.
Will it improve?        Probably will improve     A sound review and a realistic, costed plan; delivery
                                                  depends on filling two vacant posts.
Oakhurst City Council – IT Services                                       page 5`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's52-cell-wrapped-fair-uncertain',
    why: 'Kind 2 (mixed cells). Era B table whose cells wrap across lines ("Fair – one" / "star"; "Uncertain –" / "the plan is" / "not yet costed"); commentary uses "Good practice", "excellent vision", "poor project management".',
    pages: [
`Rothwaite Borough Council – ICT – October 2002

Judgement          Rating           Commentary
Quality of the     Fair – one       Good practice in the schools
service            star             support team is not matched
                                    elsewhere in the service.
Prospects for      Uncertain –      An excellent vision, but poor
improvement        the plan is      project management and no
                   not yet costed   named owners for key actions.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's52-cell-star-glyphs-fair-excellent',
    why: 'Kind 2 (mixed cells). Library service, era B: star glyphs "★☆☆ (fair)" and an "Excellent" prospects cell; reasons say "good" opening hours and "the poorest in the region".',
    pages: [
`Lindale Council – Library Service Inspection – February 2004
Judgement summary
Current service\t★☆☆ (fair)\tOpening hours are good for a rural authority, but the book fund per head is the poorest in the region.
Prospects for improvement\tExcellent\tThe service has delivered every action in its last two plans on time, and the new plan is costed and owned by members.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's52-cell-two-inspections-good-promising',
    why: 'Kind 2 (mixed cells). Table with a row for the 2001 inspection (Fair / Will probably improve) and a row for this inspection (Good (2 stars) / Promising). Only the current row is the verdict.',
    pages: [
`Dunsworth Metropolitan Borough Council
ICT Services re-inspection
November 2003`,
`How the service has moved on
Inspection\tService rating\tProspects\tComment
March 2001 (first inspection)\tFair (1 star)\tWill probably improve\tReview lacked challenge; no benchmarking
November 2003 (this inspection)\tGood (2 stars)\tPromising\tMost 2001 recommendations delivered
Dunsworth MBC\t\t\t7`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-cell-numeric-poor-uncertain',
    why: 'Kind 2 (mixed cells). Scores given as numbers with a word in brackets ("0 stars (poor)", "1 of 3 – uncertain"); reasons use "poor morale" and "excellent".',
    pages: [
`Whitcombe District Council
ICT Best Value inspection – February 2003

Inspection outcome
Score for the current service:     0 stars (poor)
Prospects score:                   1 of 3 – uncertain
Reasons:                           Staff morale is poor after two restructures; the one
                                   excellent feature is the new schools network, which is run
                                   by a contractor.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief and negation (no scale word)
  // ---------------------------------------------------------------------------
  {
    name: 's52-para-confident-will',
    why: 'Kind 3 (paraphrased prospect). Era A; "We are confident that the council will deliver the programme" = will improve. Grade plain: "good – it earns two of the three available stars".',
    pages: [
`Farleigh Borough Council – IT Service – Best Value inspection – April 2001`,
`How good is the service?
The IT service is good – it earns two of the three available stars. Users are satisfied, the
network is reliable and costs are below average for similar councils.

Will the service improve?
We are confident that the council will deliver the programme set out in its improvement plan.
The programme is costed, each action has a named owner, and the first three milestones have
already been met.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's52-para-doubt-capacity-uncertain',
    why: 'Kind 3 (paraphrased prospect). Era B; "We doubt that the council has the capacity ... to turn the service round" = unlikely, i.e. uncertain prospects.',
    pages: [
`Cawood Metropolitan Borough Council
ICT
July 2002`,
`Summary
We judge the ICT service to be poor. Projects run late, costs are not known and departments
have begun buying their own systems.

We doubt that the council has the capacity – or, for the moment, the corporate will – to turn
the service round. The improvement plan is ambitious but depends on a restructuring that
members have twice deferred.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's52-para-no-sign-will-not',
    why: 'Kind 3 (paraphrased prospect). Era A waste collection; "We found no sign that anything will change" = will not improve.',
    pages: [
`Great Ayle District Council
Waste Collection and Street Cleansing
Best Value Inspection Service
March 2001`,
`2. Summary
The waste collection service is poor. Missed collections have doubled in two years and the
district is among the dirtiest in the county on the council's own survey.
We found no sign that anything will change. The improvement plan restates the targets of
1999, none of which was met, and no member or officer has been made responsible for it.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's52-para-more-likely-promising',
    why: 'Kind 3 (paraphrased prospect). Era B; "more likely than not that the service will get better" = probably, i.e. promising.',
    pages: [
`Hexley Borough Council – ICT Services – January 2004`,
`Our judgement
In our view this is a fair service: it does the basics reliably but has done little to support
new ways of working.
Weighing the evidence, we think it more likely than not that the service will get better over
the next two years, though the pace will depend on whether the council can recruit a permanent
head of ICT.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-para-no-doubt-excellent',
    why: 'Kind 3 (paraphrased prospect). Era B; "We have no real doubt that the IT unit will deliver its plan" = will, i.e. excellent prospects (the negation "no doubt" is positive).',
    pages: [
`Norbury Vale Council
IT Services
September 2003`,
`Summary
Norbury Vale's IT service is a good one, and users told us so repeatedly.
We have no real doubt that the IT unit will deliver its plan: it has done so twice before, the
plan is funded to 2006 and progress is reported to Cabinet every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's52-para-not-persuaded-unlikely',
    why: 'Kind 3 (paraphrased prospect). Era A; "We are not persuaded that the council will make much headway" = unlikely to improve.',
    pages: [
`Thornden District Council – Information Technology – June 2001`,
`Summary
The service is fair. It is cheap to run and the help desk is well liked, but it has not kept up
with what departments now need from it.
We are not persuaded that the council will make much headway. The plan is thin, and the one
officer who might have driven it is leaving in the autumn.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's52-para-no-route-poor',
    why: 'Kind 3 (paraphrased prospect). Era B benefits; negation scope: "It is not that we doubt the commitment of staff" is not the verdict; "we can see no realistic route by which the service will get better" = will not, i.e. poor prospects.',
    pages: [
`Lowmarsh Borough Council
Housing and Council Tax Benefits
April 2005`,
`Will the service improve?
It is not that we doubt the commitment of the benefits staff – we do not. It is that we can see
no realistic route by which the service will get better while the processing backlog grows by
300 claims a week and the new system has been deferred for a third time.

How good is the service?
On balance the service is fair: claims are assessed accurately once they are worked on.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's52-para-odds-favour-probably-no-grade',
    why: 'Kind 3 (paraphrased prospect). Era A excerpt of the "Will the service improve?" section only: "the odds favour improvement" = will probably improve. No grade in the excerpt.',
    pages: [
`Kirkby Moor District Council – ICT – September 2001                          11

Will the service improve?
The review was thorough and members were closely involved in it. The plan has weaknesses –
some targets are vague and the e-government work is not yet costed – but the head of ICT has
already recruited the two project managers it depends on.
Taken together, the odds favour improvement over the next eighteen months.`,
    ],
    expect: { grade: null, prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors', followed by the inspectors' own view
  // ---------------------------------------------------------------------------
  {
    name: 's52-quote-self-assessment-good-vs-fair',
    why: 'Kind 4 (quoted view). The self-assessment rated the service good with excellent prospects; "Our evidence tells a different story": fair, uncertain.',
    pages: [
`Ulverdale District Council
Information and Communications Technology
May 2002`,
`Summary
The council's self-assessment, prepared for this inspection, rated the ICT service as good
and its prospects as excellent.
Our evidence tells a different story. We judge the service to be fair, and its prospects for
improvement uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's52-quote-director-optimism-unlikely',
    why: 'Kind 4 (quoted view). Era A; the head of IT "believes the service will improve" (manager\'s view); the inspectors "do not share that optimism": poor, unlikely to improve.',
    pages: [
`Brackwell Borough Council – IT Services – July 2001`,
`Will the service improve?
The head of IT told us he expects "rapid and visible progress" within a year and believes the
service will improve once the new network is in.
We do not share that optimism. The network project is a year late, there is no money for the
next phase and departments have stopped waiting.
In our judgement this is a poor service that is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's52-quote-neighbour-excellent',
    why: 'Kind 4 (quoted view). A neighbouring council\'s rating (excellent, excellent prospects) is quoted; this council is judged good with promising prospects.',
    pages: [
`Marnham Council
ICT Services
December 2004`,
`Comparison with others
Neighbouring Eastholme's ICT service, inspected in 2003, was rated excellent with excellent
prospects, and is often held up locally as the model to follow.
Marnham is not there yet. We judge its ICT service to be good, with promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-quote-earlier-inspection',
    why: 'Kind 4 (quoted view). An earlier inspection (2001, era A words: poor, unlikely to improve) is recalled; this re-inspection judges fair with promising prospects.',
    pages: [
`Pelham Borough Council
ICT re-inspection
October 2003`,
`Background
When the Commission first inspected ICT at Pelham in March 2001, the service was judged poor
and unlikely to improve.
Much has changed since then: a new head of service, a funded replacement programme and a
help desk that now meets its targets.
Our judgement
We now judge the service to be fair, with promising prospects.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-quote-council-aim-2005',
    why: 'Kind 4 (quoted view). The council\'s aim of "an excellent, three-star ICT service with excellent prospects by 2005" is a target; inspectors: fair, uncertain.',
    pages: [
`Yarwood City Council – ICT – March 2002`,
`Aims
The council's stated aim is "an excellent, three-star ICT service with excellent prospects by
2005".
At present the service falls well short of that aim. It is a fair, one-star service, and we
judge that its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's52-quote-cabinet-member',
    why: 'Kind 4 (quoted view). A cabinet member called the service "good and getting better" in the press; "We cannot agree": poor service, poor prospects (era B).',
    pages: [
`Dunmere Council
IT Services
Inspection report, August 2002`,
`Summary
The cabinet member for resources told the local paper in May that Dunmere's IT service was
"good and getting better".
We cannot agree. The service is poor, and its prospects for improvement are also poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's52-quote-consultants-good',
    why: 'Kind 4 (quoted view). Era A; consultants\' view ("good by any standard") is quoted and then contradicted: fair, will probably improve.',
    pages: [
`Easterby District Council
Information Technology
March 2001`,
`How good is the service?
Consultants engaged by the council in 2000 concluded that IT support was "good by any
standard". Our own evidence is less flattering: a third of faults take more than a week to fix.
We judge the service to be fair.
Will the service improve?
We think it will probably improve. The plan is realistic and it is funded.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's52-quote-agree-grade-not-prospects',
    why: 'Kind 4 (quoted view). Inspectors agree with the self-assessment on the grade (good) but not on prospects: the council said excellent, the inspectors say promising.',
    pages: [
`Harbury Council – ICT – June 2004`,
`Summary
We agree with the council's own assessment that this is a good service.
We are less sure than the council that its prospects are excellent: the self-assessment
overlooks the risks in the contract renewal due next year. We judge its prospects to be
promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's52-long-duties-list-fair-uncertain',
    why: 'Kind 5 (long sentence). A list of the service\'s duties separates "The ICT service" from "a fair service"; the prospects verdict "uncertain" follows three dashed asides.',
    pages: [
`Castlegate Borough Council – ICT Services – February 2003`,
`Summary
The ICT service, which the council's resources directorate runs from two sites in the town
centre and which, as well as maintaining some 2,300 desktop computers, the corporate network
and 140 business applications, now also manages the telephony contract, the reprographics unit
and – since April – the schools broadband project, is in our judgement, and having weighed the
evidence set out in the rest of this report, a fair service that deserves one star.
Its prospects for improvement – given a plan that is ambitious but not yet costed, a review
that did little to test other ways of providing the service, and a senior management team that
changed twice during the review – are, we consider, uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's52-long-brackets-good-will',
    why: 'Kind 5 (long sentence). Era A; a bracketed aside of facts sits between the subject and "a good service"; the prospects verdict "will, in our judgement, improve" is split by a dash aside.',
    pages: [
`Wyebridge District Council
IT Section
June 2001`,
`Summary
The IT section (eleven staff, a budget of £1.2 million, responsibility for the council's 480
PCs, its Unix servers and the links to the county's social services system, and a help desk
that takes about 900 calls a month) provides, on the evidence we collected through interviews,
reality checks, a users' focus group and a review of its performance records, a good service.
The service – with a newly appointed head of IT, a steering group chaired by the chief executive
and a costed three-year plan already a quarter delivered – will, in our judgement, improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's52-long-poor-then-promising',
    why: 'Kind 5 (long sentence). The grade "poor" ends a sentence of some fifty words of duties; "Yet the prospects ... are promising" has a bracketed list in between.',
    pages: [
`Kirkmoor Borough Council
ICT Services
November 2004`,
`Our judgement
Taken as a whole the ICT service – responsible for the council's 1,100 computers, its
website, the telephone switchboard, the data centre at Moor Lane, the contracts with three
software suppliers and, since last year, the support of the housing association's systems under
a service agreement – is poor.
Yet the prospects, for reasons we set out in section 4 (a new partnership with the county
council, a costed plan, and members who now ask about ICT at every meeting), are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's52-long-dashes-hyphen-fair-unlikely',
    why: 'Kind 5 (long sentence). Era A; long dash asides, and both verdict words are hyphenated across line ends ("ser-/vice", "un-/likely").',
    pages: [
`Scarth Vale District Council – IT Service – July 2001`,
`Summary
The council's IT service – which has lost four of its nine technical staff in eighteen months,
runs a network designed in 1994 and has seen its budget cut in each of the last three years –
is, we conclude, a fair ser-
vice; and the same pressures – vacancies, an ageing network and a shrinking budget – lead us
to conclude that it is un-
likely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's52-long-page-break-good-promising',
    why: 'Kind 5 (long sentence). The subject and "is, in our" end one page; the running header of the next page intervenes before "judgement, a good service".',
    pages: [
`Ottery Fields Council – ICT                                              Page 2

Summary
The ICT service that the council provides to its own departments, to the 56 schools that buy
back support and, under an agreement signed last year, to two neighbouring district councils is,
in our`,
`Ottery Fields Council – ICT                                              Page 3
judgement, a good service. Its prospects for improvement, for the reasons given in the second
half of this report, are promising.
Inspection carried out in May 2003.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-long-excellent-revenues',
    why: 'Kind 5 (long sentence). Revenues service: "is – measured against ... – an excellent service" after a long list of duties; prospects stated separately as promising.',
    pages: [
`Hatherley Borough Council
Revenues Service (Council Tax and Business Rates)
October 2004`,
`Summary
The revenues service, which bills and collects council tax from 61,000 households and business
rates from 3,400 properties, administers discounts, exemptions and reliefs, runs the cashiers'
offices in three market towns and, since 2003, has handled the recovery work that was previously
contracted to a private firm, is – measured against its own targets, against the best councils
in its family group and against what its customers told us – an excellent service.
Its prospects for improvement are promising rather than excellent, because the new system it
depends on has yet to be tested at year end.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee paper, press release, minutes, newsletter)
  // ---------------------------------------------------------------------------
  {
    name: 's52-about-cabinet-report-fair-promising',
    why: 'Kind 6 (about an inspection). Cabinet report relaying the inspectors\' verdict (fair, promising); the self-assessment\'s "good" and the hoped-for "excellent" are not the verdict.',
    pages: [
`STANBRIDGE BOROUGH COUNCIL
Report of the Director of Corporate Services to Cabinet
14 January 2004
Subject: Audit Commission inspection of ICT services`,
`1. Purpose
To inform members of the outcome of the Best Value inspection of ICT services.
2. Outcome
The inspection report was published on 5 January. The inspectors judged the ICT service to be
"fair" (one star) with "promising" prospects for improvement.
3. The service's own self-assessment had suggested a good service. Members will wish to note
the difference and the inspectors' reasons, set out in section 4.
4. Our ambition remains an excellent service by 2006.
Recommendation: that Cabinet notes the report and approves the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-about-press-release-good-probably',
    why: 'Kind 6 (about an inspection). Era A press release relaying "good" and "will probably improve"; a councillor\'s wish to be excellent is an aim.',
    pages: [
`NEWS RELEASE
12 September 2001
GOOD MARKS FOR COUNCIL'S IT
Audit Commission inspectors have rated Fellbury District Council's information technology
service as "good" and say it will probably improve.
Councillor Jean Pardoe, portfolio holder for resources, said: "This is a real tribute to our
staff. We want to be excellent, and the inspectors have shown us how to get there."
Ends
Notes for editors: Best Value inspections give services a rating of between zero and three stars.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's52-about-minutes-other-service-null',
    why: 'Kind 6 (about an inspection). Minutes before the ICT inspection; the only judgement stated is of the benefits service (poor, uncertain). The ICT service has no judgement.',
    pages: [
`Minutes of the Resources Scrutiny Panel
3 March 2003
Present: Councillors Ahmed (Chair), Bell, Corrigan, Doyle
5. Best Value inspection of ICT
The Head of ICT reported that two inspectors would be on site from 24 March. A self-assessment
had been submitted and the reality-check programme agreed.
Members noted that the benefits service had been judged poor with uncertain prospects when it
was inspected last year, and asked that lessons from that inspection be applied.
RESOLVED: that a report on the outcome of the ICT inspection be brought to the panel in June.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-about-staff-newsletter-fair-uncertain',
    why: 'Kind 6 (about an inspection). Staff newsletter relaying "one star – a fair service – with uncertain prospects"; "excellent" teamwork is ordinary praise.',
    pages: [
`ICT NEWS\tIssue 14\tSummer 2002
Rushmere Council – for everyone in ICT Services
Our inspection result
The inspection report is out, and the headline is one star – a "fair" service – with
"uncertain" prospects for improvement. That is not what we hoped for, but the inspectors were
clear about why: we don't measure what we do, and our plan isn't costed.
Thank you for the excellent teamwork during inspection week.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's52-about-scrutiny-planning-poor-will-not',
    why: 'Kind 6 (about an inspection). Era A scrutiny paper relaying the development control verdict (poor, will not improve); building control, inspected alongside, was fair - another service.',
    pages: [
`Report to Environment Scrutiny Committee
9 October 2001
Best Value inspection of the development control service
Report of the Head of Planning`,
`2. The Audit Commission's report, published in August, judged the development control service
to be poor and concluded that it will not improve. The inspectors said that fundamental change
in the way applications are handled would be needed.
3. The building control service, inspected at the same time, was judged fair.
4. Officers are preparing a recovery plan, which will come to this committee in December.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's52-about-newspaper-libraries-good-promising',
    why: 'Kind 6 (about an inspection). Local newspaper article on the library inspection (good, promising); the IT department\'s zero stars last year is another service.',
    pages: [
`ASHCOMBE GAZETTE\tThursday 18 March 2004\tPage 7
LIBRARIES EARN TWO STARS
Ashcombe's library service has been rated "good" by government inspectors, who also say its
prospects of getting better are "promising".
It is a turnaround for the council, whose IT department scored zero stars – "poor" – when it was
inspected last year. Library users praised the new Sunday opening at the central library.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-about-staff-email-fair-will',
    why: 'Kind 6 (about an inspection). Era A: an e-mail from the head of IT relaying "one star – a fair service" and "they say we will improve".',
    pages: [
`From: Head of IT Services
To: All IT staff
Date: 28 September 2001
Subject: Inspection report

The Audit Commission's report on our service is published today. The inspectors have given us
one star – a fair service – and, better than many of us expected, they say we will improve.
The full report is on the intranet. I will go through it with each team next week.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms
  // ---------------------------------------------------------------------------
  {
    name: 's52-plain-we-judge-fair-promising',
    why: 'Kind 7 (plain statement). Active "We judge that ... is a \'fair\', one-star service that has promising prospects"; "poor morale" beforehand is an ordinary word.',
    pages: [
`Felsham District Council
ICT Services
February 2003`,
`Summary
We found poor morale in the help desk team after a long period of vacancies.
We judge that Felsham's ICT service is a "fair", one-star service that has promising prospects
for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-plain-passive-good-probably',
    why: 'Kind 7 (plain statement). Era A passive form: "The service is judged to be good, and it is considered that it will probably improve"; the council aim of "excellent" is a target.',
    pages: [
`Coldharbour Borough Council – IT Services – December 2000`,
`Summary
The council aims to provide an excellent IT service by 2003.
The service is judged to be good, and it is considered that it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's52-plain-headline-poor-uncertain',
    why: 'Kind 7 (plain statement). Headline-style summary heading "A poor service with uncertain prospects" followed by bullets.',
    pages: [
`Ravensby Council
ICT
August 2003`,
`Summary
A poor service with uncertain prospects
• Nearly one PC in three is more than five years old.
• The help desk closes at 4pm, before many service desks finish their day.
• The improvement plan is sound in outline, but nobody has yet been given the job of delivering it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's52-plain-summary-box-good-excellent',
    why: 'Kind 7 (plain statement). Summary box lines wrapped: "A good, two-star service / with excellent prospects / for improvement".',
    pages: [
`Quarrendon District Council
ICT Services
July 2004`,
`OUR JUDGEMENT
A good, two-star service
with excellent prospects
for improvement

Quarrendon District Council – ICT Services                                  1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's52-plain-sections-fair-will',
    why: 'Kind 7 (plain statement). Era A; conclusions at the end of the "How good is the service?" and "Will the service improve?" sections ("fair"; "will improve"). Comparison paragraph mentions "excellent" neighbours.',
    pages: [
`Brampford Borough Council
Information Technology
March 2001`,
`How good is the service?
Users value the help desk but complain about the time taken to install new software. Costs
are close to average. Two neighbouring councils have excellent help desk performance by
comparison.
Overall, we consider the service to be fair.
Will the service improve?
The review challenged the service hard, the plan is costed and members are monitoring it.
We conclude that the service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's52-plain-team-view-poor-unlikely',
    why: 'Kind 7 (plain statement). Era A: "The inspection team\'s view is that this is a poor service which is unlikely to improve."',
    pages: [
`Stockwood District Council – IT – November 2000`,
`Summary
The inspection team's view is that this is a poor service which is unlikely to improve.
The reasons are set out below.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's52-plain-commission-rates-good-uncertain',
    why: 'Kind 7 (plain statement). "The Audit Commission rates this ICT service as good. Its prospects for improvement are uncertain." with "excellent use" as an ordinary word.',
    pages: [
`Elmsworth City Council
ICT Services
March 2004`,
`Summary
The service makes excellent use of its small team.
The Audit Commission rates this ICT service as good. Its prospects for improvement are
uncertain, mainly because the council has not decided how it will pay for the next phase of
its e-government programme.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's52-plain-line-wrap-hyphen-fair-promising',
    why: 'Kind 7 (plain statement). Judgement split across line ends, with "pro-/mising" hyphenated.',
    pages: [
`Grisedale Borough Council – ICT – September 2002`,
`Summary
This is a fair,
one-star service with pro-
mising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-plain-page-split-poor-uncertain',
    why: 'Kind 7 (plain statement). "Overall we judge the service to be" ends a page; footer and next running header intervene before "poor."',
    pages: [
`Summary
The service has tried hard to respond to growing demand but has been overwhelmed by it.
Overall we judge the service to be
Lydford Council – ICT inspection – January 2003                          page 3`,
`Lydford Council – ICT inspection – January 2003                          page 4
poor. Prospects for improvement are uncertain: the plan is sound but the money to deliver it
has not been found.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's52-plain-in-our-view-poor-poor',
    why: 'Kind 7 (plain statement). "In our view the service is poor" and poor prospects (era B); "excellent working relationship" with the supplier is an ordinary word.',
    pages: [
`Cresswell Borough Council
IT Services
December 2002`,
`Summary
The service has an excellent working relationship with its main software supplier.
In our view the service is poor, and we judge its prospects for improvement to be poor too.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's52-plain-qa-fair-probably',
    why: 'Kind 7 (plain statement). Era A short question-and-answer form: "How good is the service? – Fair. Will it improve? – Probably."',
    pages: [
`Hanbury District Council – IT Services – August 2001`,
`Our answers to the two questions
How good is the service? – Fair.
Will it improve? – Probably.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's52-plain-report-concludes-excellent-excellent',
    why: 'Kind 7 (plain statement). "This report concludes that the council provides an excellent IT service whose prospects for improvement are excellent."',
    pages: [
`Amberley Vale Council
IT Services
October 2003`,
`Summary
This report concludes that the council provides an excellent IT service whose prospects for
improvement are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's52-plain-yes-will-improve',
    why: 'Kind 7 (plain statement). Era A; "Will the service improve? Yes." after a plain "a good service".',
    pages: [
`Northope District Council
IT
May 2001`,
`How good is the service?
Northope provides a good service to its users.
Will the service improve?
Yes. The plan is realistic, funded and already under way.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's52-plain-welsh-fair-promising',
    why: 'Kind 7 (plain statement). Welsh council; "The inspectors judge that ... provides a fair, one-star service"; "a fair proportion of calls" is an ordinary phrase.',
    pages: [
`Cyngor Bwrdeistref Sirol Llanferyn
Llanferyn County Borough Council
ICT Services
June 2003`,
`Summary
A fair proportion of calls to the help desk are resolved at once.
The inspectors judge that Llanferyn provides a fair, one-star ICT service. Its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's52-plain-two-stars-opening',
    why: 'Kind 7 (plain statement). Opening sentence: "Two stars and promising prospects: that is our assessment of Tolbury\'s IT service."',
    pages: [
`Tolbury Council – IT Services – April 2002`,
`Summary
Two stars and promising prospects: that is our assessment of Tolbury's IT service.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's52-plain-bvis-found-poor-probably',
    why: 'Kind 7 (plain statement). Era A housing benefit: "The Best Value Inspection Service found that the housing benefit service is poor but will probably improve."',
    pages: [
`Westerhope Metropolitan Borough Council
Housing Benefit
February 2001`,
`Summary
The Best Value Inspection Service found that the housing benefit service is poor but will
probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's52-plain-scored-poor-promising',
    why: 'Kind 7 (plain statement). "We have scored the service as \'poor\' but with \'promising\' prospects for improvement."',
    pages: [
`Farthingdale District Council – ICT – May 2005`,
`Summary
We have scored the service as "poor" but with "promising" prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's52-none-draft-scores-tbc',
    why: 'Kind 8 (no judgement). Draft report: unmarked scoring chart and "scores to be confirmed".',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Sefton Ridge Borough Council
ICT Services
Inspection report – draft for factual accuracy check`,
`Scoring chart
Scores to be confirmed following the Commission's quality assurance process.
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-self-assessment',
    why: 'Kind 8 (no judgement). The council\'s own self-assessment: "we consider our ICT service to be good" is not an inspection verdict.',
    pages: [
`Bexmoor District Council
ICT Services – Self-assessment for Best Value inspection
January 2003`,
`1. How good is our service?
We consider our ICT service to be good. Availability is high and users are satisfied.
2. Will it improve?
We are confident that the service will improve: the plan is funded and members support it.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-ict-strategy-target',
    why: 'Kind 8 (no judgement). ICT strategy with a target of "an excellent, three-star service with excellent prospects by 2005".',
    pages: [
`Corby Heath Council
ICT Strategy 2002–2005`,
`Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects, delivering
every council service electronically.
Where we are now
The network is reliable but PCs are ageing and the help desk is stretched.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-bv-review-report',
    why: 'Kind 8 (no judgement). The council\'s own Best Value review report (4Cs, improvement plan) with ordinary "poor" and "good" words.',
    pages: [
`Best Value Review of Information Technology
Final report of the review team
Hollins Vale District Council
October 2000`,
`Challenge: we asked whether the council needs its own data centre.
Compare: our costs per PC are in the middle of the range for district councils; response
times are good.
Consult: a survey of 400 staff found poor awareness of the help desk's opening hours.
Compete: we tested the market for desktop support.
Improvement plan: see Appendix C.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-member-briefing-pre-inspection',
    why: 'Kind 8 (no judgement). Briefing for members before the inspection listing all possible grades and prospects.',
    pages: [
`Briefing note for members
Forthcoming Best Value inspection of ICT
Penwortham Vale Council – February 2004`,
`The inspectors will reach two judgements: how good the service is, and what its prospects for
improvement are. Grades range from poor (no stars) through fair and good to excellent (three
stars); prospects may be judged poor, uncertain, promising or excellent.
The inspection starts on 8 March. The report is expected in June.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-ict-plan-other-services',
    why: 'Kind 8 (no judgement). ICT improvement plan that cites other services\' inspection results (benefits good, libraries fair) but has no judgement of ICT.',
    pages: [
`Redwater Borough Council
ICT Improvement Plan 2003–04`,
`Learning from other inspections
The benefits service was judged good with promising prospects in 2002; the libraries were
judged fair. Both reports praised the use of performance information, and we want ICT to
learn from that.
Actions
1. Introduce monthly performance reports. Owner: Head of ICT. Date: June 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-inspection-letter',
    why: 'Kind 8 (no judgement). Letter announcing an inspection; no verdict exists yet.',
    pages: [
`Audit Commission
Best Value Inspection Service

Chief Executive
Morbury District Council

12 April 2001

Dear Chief Executive
Best Value inspection of IT services
I am writing to confirm that we will inspect the council's IT services during the weeks
beginning 11 and 18 June. The inspection will consider how good the service is and whether it
will improve.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-scoring-guidance',
    why: 'Kind 8 (no judgement). Guidance on how to read the scoring chart, with a blank grid and example wording.',
    pages: [
`How to read our scoring chart
The chart has four rows, one for each grade (excellent, good, fair, poor), and four columns,
one for each set of prospects (excellent, promising, uncertain, poor). The inspectors mark one
cell. A service marked in the top right-hand cell would be an excellent service with excellent
prospects.
\tpoor\tuncertain\tpromising\texcellent
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\t\t
poor\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-user-survey',
    why: 'Kind 8 (no judgement). User satisfaction survey form and results using the grade words as rating options.',
    pages: [
`IT Help Desk – User Satisfaction Survey 2002
Whitford Council
How would you rate the help desk overall?   [ ] Excellent  [ ] Good  [ ] Fair  [ ] Poor
Results (312 replies)
Excellent 18%   Good 44%   Fair 27%   Poor 11%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-postponed',
    why: 'Kind 8 (no judgement). Notice that the inspection was postponed; it names the earlier intention and no result.',
    pages: [
`Kestrel Moor Council
Notice to staff
The Best Value inspection of ICT services planned for November 2002 has been postponed at the
council's request while the new head of ICT takes up post. No report will be published this
year. The Commission will agree new dates in the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-job-advert',
    why: 'Kind 8 (no judgement). Job advert using "excellent" as an aspiration and "poor" as an ordinary word.',
    pages: [
`HEAD OF ICT
Braxton District Council
£48,000 – £52,000
We want an excellent ICT service, and we want you to lead it. You will take charge of a team of
24, a £3 million budget and a network that, frankly, has had poor investment for too long.
Closing date: 30 June 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-bvpp-targets',
    why: 'Kind 8 (no judgement). Best Value Performance Plan extract with targets and the hope of a "good" rating when inspected.',
    pages: [
`Best Value Performance Plan 2001/02
Lowther Fells District Council
Section 6: Information technology
Indicator\t2000/01 actual\t2001/02 target
Calls resolved at first contact\t58%\t65%
Network availability\t98.9%\t99.5%
We aim to achieve a "good" rating when the service is inspected in 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-cabinet-scoping-review',
    why: 'Kind 8 (no judgement). Cabinet minute agreeing the scope of the ICT Best Value review, before any inspection.',
    pages: [
`Cabinet – 19 July 2000
Minute 42: Best Value review of ICT
Cabinet agreed the scope of the review, which will cover the help desk, the network and the
corporate systems. The review will report in spring 2001, and the Audit Commission is expected
to inspect the service later that year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's52-none-staff-presentation-questions',
    why: 'Kind 8 (no judgement). Slides preparing staff for inspection: the two questions appear as headings with no answers.',
    pages: [
`Getting ready for inspection – slide 3
What will the inspectors ask?
• How good is the service?
• Will the service improve?
• How do we compare with the best?`,
`Getting ready for inspection – slide 4
What you can do
• Know our targets
• Be honest about what is not yet good enough`,
    ],
    expect: { grade: null, prospect: null },
  },
];
