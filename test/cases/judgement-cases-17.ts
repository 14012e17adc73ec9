/** Held-out judgement set 17, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases17: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's17-grid-star-good-promising',
    why: "Marked grid only, no verdict in prose: prospects up the side, grades along the bottom with asterisk star-count labels under them; a single black star sits in the Promising row under Good. Axis words and the asterisk labels are not the verdict.",
    pages: [
`Lydmoor District Council                          Information and Communication Technology
Best Value Inspection Service                                                   March 2003

Summary
Lydmoor District Council provides ICT support to around 620 users on eleven
sites, from a central team of 17 staff based at the Moot Hall offices. This
inspection followed the council's Best Value review of ICT, which reported to
cabinet in September 2002.

The scoring chart below sets out our judgements. 'A good service?' runs along
the bottom of the chart and 'prospects for improvement?' runs up the side.

Scoring chart
Prospects for\tExcellent\t\t\t\t
improvement?\tPromising\t\t\t★\t
\tUncertain\t\t\t\t
\tPoor\t\t\t\t
\t\tPoor\tFair\tGood\tExcellent
\t\t(no stars)\t*\t**\t***
\t\tA good service?

The reasons for our judgements are set out on pages 4 to 9 of this report.
                                                                                         3`
    ],
    expect: { grade: 'good', prospect: 'promising' }
  },
  {
    name: 's17-grid-tick-transposed',
    why: "Grid with axes the other way round (grades down the side, prospects across the top), a caption saying which axis is which, and a tick in the Fair row under Uncertain. 'Poor' appears as a column heading for prospects and a row label for grade.",
    pages: [
`

Housing Benefit and
Council Tax Benefit

Thornmere City Council


September 2004


Audit Commission
Best Value Inspection`,
`Thornmere City Council – Housing Benefit and Council Tax Benefit Inspection          2

Scoring chart
How we have scored the service: the grade given to the service is shown down
the left-hand side of the chart, and its prospects for improvement are shown
across the top. The tick marks the box that reflects our judgement.

\tPoor\tUncertain\tPromising\tExcellent
\tprospects\tprospects\tprospects\tprospects
Excellent ***\t\t\t\t
Good **\t\t\t\t
Fair *\t\t✓\t\t
Poor\t\t\t\t

We explain the reasons for our scores in the summary that follows.

Summary
Thornmere City Council administers benefit for about 19,400 households. The
service is run from the Guildhall and two neighbourhood offices.`
    ],
    expect: { grade: 'fair', prospect: 'uncertain' }
  },
  {
    name: 's17-grid-spaces-era-a',
    why: "Era A chart extracted in layout mode with spaces, not tabs: rows are Yes/Probably/Unlikely/No, the grade columns carry (*) star labels, and an X sits under Poor on the Unlikely row. Only column position tells the grade.",
    pages: [
`Ashworth Metropolitan Borough Council                                   Page 4
Information Technology Services – Best Value Inspection – June 2001

Scoring chart

The chart shows where the Inspection Service has placed the service.

                                  Will the service improve?
                          Yes
                          Probably
                          Unlikely   X
                          No
                                     Poor      Fair      Good      Excellent
                                     (0)       (*)       (**)      (***)
                                              A good service?

Recommendations
To rise to the challenge of continuous improvement, councils need inspection
reports that offer practical pointers for improvement. In this context the
Inspection Service makes the following recommendations.`
    ],
    expect: { grade: 'poor', prospect: 'unlikely' }
  },
  {
    name: 's17-grid-checkbox-excellent-promising',
    why: "Grid of [ ] boxes, one of them [x]: rows are prospects, columns are grades with star counts in the headings; the marked box is Promising row, Excellent column. Every cell contains bracket text, so the mark is the only difference.",
    pages: [
`Pellingham County Council | Library and Information Service | Page 5

Our judgements
The inspection team's scores are shown in the grid. Each row is a level of
prospects for improvement; each column is a grade of service.

Prospects / Service\tPoor (0 stars)\tFair (1 star)\tGood (2 stars)\tExcellent (3 stars)
Excellent\t[ ]\t[ ]\t[ ]\t[ ]
Promising\t[ ]\t[ ]\t[ ]\t[x]
Uncertain\t[ ]\t[ ]\t[ ]\t[ ]
Poor\t[ ]\t[ ]\t[ ]\t[ ]

Source: Audit Commission inspection, November 2003

The county runs 31 static libraries, a home library service and two mobile
vehicles. Issues per head of population are the third highest among English
counties.`
    ],
    expect: { grade: 'excellent', prospect: 'promising' }
  },
  {
    name: 's17-grid-dot-ascending-rows',
    why: "Grid whose prospect rows run Poor to Excellent from the top (the reverse of the usual order) with the grade heading row above the grid; a dot in the Uncertain row under the Poor grade column. Prose on the page uses 'poor' as an ordinary word about recycling.",
    pages: [
`Ellerby Vale District Council: Waste Collection and Recycling                    May 2002

2 Scoring chart

\tPoor\tFair\tGood\tExcellent\t<- how good is the service?
Poor\t\t\t\t
Uncertain\t●\t\t\t
Promising\t\t\t\t
Excellent\t\t\t\t
^ prospects for improvement

Ellerby Vale collects household waste from 41,000 properties each week. The
council's recycling rate of 9 per cent is poor by national standards, and the
kerbside scheme reaches only two villages.

                                    - 3 -`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' }
  },
  {
    name: 's17-grid-cross-era-a-caption',
    why: "Era A grid with grades as rows and the will-it-improve answers No/Unlikely/Probably/Yes as columns, a caption naming both axes, and a cross (✗) in the Fair row under Probably. A cross could be misread as 'no'.",
    pages: [
`QUARRINGTON METROPOLITAN BOROUGH COUNCIL
IT Services
Best Value Inspection – February 2001                                           3

How we score
Vertical axis: how good is the service. Horizontal axis: will it improve? The
box marked with a cross shows the Inspection Service's judgement.

\tWill it improve?
\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t✗\t
Poor\t\t\t\t

The council's IT Services division supports 2,300 PCs and the main
administrative systems: payroll, council tax, benefits and the general ledger.`
    ],
    expect: { grade: 'fair', prospect: 'probably' }
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells that mix the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's17-table-fair-one-star-reasons',
    why: "Judgement table: 'Fair (one star)' and 'Uncertain' in the judgement column, wrapped reasons column full of other grade words (good, excellent, poor).",
    pages: [
`Kestleton Borough Council                           Revenues and Benefits Services
Best Value Inspection                                                 January 2003

Summary of judgements

Table 1
Question\tOur judgement\tKey reasons
How good is the service?\tFair (one star)\tGood telephone access and an excellent
\t\ttake-up campaign are offset by poor processing
\t\ttimes for new benefit claims (58 days on average)
\t\tand a poor record on recovering overpayments.
What are the prospects for\tUncertain\tA good improvement plan, but the service has a
improvement?\t\tpoor track record of delivering its past plans
\t\tand still has no permanent manager.

                                        4`
    ],
    expect: { grade: 'fair', prospect: 'uncertain' }
  },
  {
    name: 's17-table-good-two-of-three-era-a',
    why: "Era A two-column layout separated by spaces: 'Good: 2 stars of 3' and 'Yes, it will improve', each followed by a reasons paragraph that mentions fair, poor, good and excellent.",
    pages: [
`Harrowdene Borough Council – Information Technology – May 2001              page 2

THE INSPECTION SERVICE'S JUDGEMENTS

Is the service good?           Good: 2 stars of 3
                               User satisfaction is only fair (61 per cent
                               satisfied) and system documentation is poor, but
                               response times are good and the network is
                               reliable.

Will it improve?               Yes, it will improve
                               An excellent improvement plan with named owners,
                               dates and money attached; the poor record on
                               project delivery has been tackled by the new
                               programme office.`
    ],
    expect: { grade: 'good', prospect: 'will' }
  },
  {
    name: 's17-table-poor-no-will-not',
    why: "Tab table with 'Poor – no stars' and 'No, it will not improve'; the commentary column praises fair emergency repairs and good tenant liaison. The word 'No' begins the prospect cell.",
    pages: [
`Marlbeck City Council
Housing Repairs and Maintenance
Inspection report, August 2001

Inspection judgement\tScore\tCommentary
Quality of service\tPoor – no stars\tFair response to emergency repairs and
\t\tgood liaison with tenants on the estates,
\t\tbut routine repairs take twice the national
\t\taverage and one job in five is done twice.
Will the service improve?\tNo, it will not improve\tThe review produced a good action plan
\t\ton paper, but most of its actions are
\t\talready late and nobody owns them.

Marlbeck City Council – Housing Repairs and Maintenance                     Page 3 of 18`
    ],
    expect: { grade: 'poor', prospect: 'will-not' }
  },
  {
    name: 's17-table-sentence-cells',
    why: "Cells that open with the grade word followed by a sentence ('Good. Most users...', 'Promising. The council has excellent plans...'); sentences contain fair, poor and excellent as ordinary words.",
    pages: [
`Stowmarsh District Council
ICT Services Inspection
July 2002

Our scores\tWhat lies behind them
How good is the service?\tGood. Most users get a good, reliable service,
\tthough a fair number of the remote depots still
\tsuffer poor connections at busy times.
What are the prospects for\tPromising. The council has excellent plans and the
improvement?\tmoney to carry them out, but delivery has only
\tjust begun and the key projects are untested.

Stowmarsh District Council – ICT Services Inspection                                   5`
    ],
    expect: { grade: 'good', prospect: 'promising' }
  },
  {
    name: 's17-table-excellent-three-stars',
    why: "Summary table 'Excellent: three stars' / 'Excellent prospects', with a reasons column that mentions poor 1999 performance, a 'fair' (reasonable) budget and good morale.",
    pages: [
`Wealdbridge Borough Council – Council Tax and Business Rates – June 2004     Page 2

Summary table
Area\tScore\tReasons
Service\tExcellent: three stars\tCollection rates in the top quartile for all
\t\tEnglish districts; the poor performance of 1999
\t\tis now well behind it.
Prospects\tExcellent prospects\tA fair, properly costed plan; good staff morale;
\t\ta track record of hitting every target set
\t\tsince 2001.

Wealdbridge collects council tax from 52,000 homes and business rates from
3,900 premises.`
    ],
    expect: { grade: 'excellent', prospect: 'excellent' }
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased, no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's17-para-on-balance-era-b',
    why: "Era B report (November 2002) whose prospect is only paraphrased: 'On balance, we expect the service to make real progress' -> ordinal 2, era B word promising. Grade stated plainly as fair.",
    pages: [
`Fennick Borough Council
Development Control
Best Value Inspection Service
November 2002`,
`Summary                                                                              3

Fennick is a growing borough on the edge of the green belt, and the number of
planning applications has risen by a third since 1998. The development control
service deals with about 2,100 applications a year.

We judge the development control service to be fair, and award it one star.
Householders and agents find officers helpful and easy to reach, but only 48
per cent of minor applications are decided within eight weeks, and the back-
log of enforcement cases has grown for three years running.

On balance, we expect the service to make real progress over the next two
years. The new case-tracking system is already cutting the time taken to
register applications, and members have agreed to fund three extra posts;
the loss of two senior planners to neighbouring authorities remains a risk.`
    ],
    expect: { grade: 'fair', prospect: 'promising' }
  },
  {
    name: 's17-para-no-doubt-era-a',
    why: "Era A (April 2001): 'We have no doubt that the council will deliver the improvements' - negated doubt means certainty -> will. A naive reader may catch 'doubt' as unlikely.",
    pages: [
`Drayford District Council – Information Technology Service
Audit Commission Best Value Inspection Service – April 2001

Summary

In our view Drayford offers a good, two-star IT service. Systems are available
more than 99 per cent of the time, the helpdesk resolves two calls in three
while the user waits, and staff in every department we visited spoke warmly
of the support they receive.

We have no doubt that the council will deliver the improvements set out in its
plan. The same team has delivered each of its last four plans on time, the
money is in the approved budget, and progress is checked every month by the
resources committee.

                                                                              - 2 -`
    ],
    expect: { grade: 'good', prospect: 'will' }
  },
  {
    name: 's17-para-doubt-capacity-era-b',
    why: "Era B (October 2002): 'we doubt that the council has the capacity to turn this service round' -> ordinal 1 -> uncertain. The grade 'poor' stands nearby, so 'poor' must not be read as the prospect.",
    pages: [
`Calderwick Borough Council                                         ICT Inspection
                                                                    October 2002

How good is the service?
...We have concluded that the ICT service is poor. Fewer than half of users are
satisfied, a third of the PCs are more than five years old, and there is no
disaster recovery plan for the main server room.

Will the service improve?
The improvement plan is long, but most of its actions have no owner and no date.
The service has been without a permanent head since February, two of its four
team leaders are on fixed-term contracts, and the council has set aside no
money for the changes it proposes. For these reasons we doubt that the council
has the capacity to turn this service round within the life of the plan.

Calderwick Borough Council – ICT Inspection                                       page 7`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' }
  },
  {
    name: 's17-para-no-sign-era-a',
    why: "Era A (July 2001): prospect only as 'We see no sign that anything will change' -> will-not. Grade fair stated with 'one-star'.",
    pages: [
`Orsby District Council
Leisure Centres

Best Value Inspection
July 2001


Summary
The council runs three leisure centres: the Orsby Pool, the Halton Sports Hall
and the Moorside dual-use centre shared with the high school. Together they
attract some 410,000 visits a year.

The Inspection Service considers this to be a fair, one-star service. Centres
are clean and safe and users like the staff, but opening hours suit workers
rather than families, and the programmes have barely changed in ten years.

The review that preceded this inspection did not question whether the council
should run the centres itself, set no targets and consulted only existing
users. The action plan amounts to repairs that were already budgeted. We see
no sign that anything will change.`
    ],
    expect: { grade: 'fair', prospect: 'will-not' }
  },
  {
    name: 's17-para-confident-era-b',
    why: "Era B (February 2004): 'We are confident that the council will deliver its plan in full' -> ordinal 3 -> excellent prospects, with no scale word. Grade good.",
    pages: [
`Holmsworth Borough Council – ICT Best Value Inspection – February 2004

2 Summary

Holmsworth's ICT service is a good, two-star service. It performs well against
its service standards, users rate it highly and it costs less per PC than the
average for similar councils.

The council has strong foundations for further progress. We are confident that
the council will deliver its improvement plan in full: the actions are costed
and funded, the ICT board has monitored every previous plan to completion, and
the service has shown for three years that it can absorb new demands while
raising its standards.

                                                                                 4`
    ],
    expect: { grade: 'good', prospect: 'excellent' }
  },
  {
    name: 's17-para-not-persuaded-era-a',
    why: "Dated September 2001 (last month of era A): 'We are not persuaded that the council will make the progress it promises' -> ordinal 1 -> unlikely. Negation scopes over the likelihood.",
    pages: [
`Tansley Moor District Council                      Street Cleansing – September 2001

Our judgement
Streets in the town centre are cleaned to a fair standard, but outlying estates
are visited once a fortnight at best and litter bins overflow at weekends. We
judge this to be a fair, one-star service.

The council has promised to move to a cleanliness standard across the whole
district by April 2002, to bring the weekend crews back in house and to double
the number of litter bins. The review did not cost these proposals, and the
contractor's performance has fallen since the last contract variation. We are
not persuaded that the council will make the progress it promises.

                                              Page 2`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' }
  },
  {
    name: 's17-para-no-prospect-era-b',
    why: "Era B (March 2005): 'we see no realistic prospect of the service getting better' -> ordinal 0 -> poor (prospects). The word 'prospect' is present but no scale word; the grade 'poor' is the service grade.",
    pages: [
`Saltmere District Council
Information and Communications Technology
March 2005

Summary
Saltmere's ICT service is poor. The network fails several times a month, the
helpdesk answers fewer than half of calls within its own target, and the
council will not meet the 2005 target for electronic service delivery.

The Best Value review was led by the ICT manager and challenged nothing.
Three successive improvement plans have lapsed, the council has cut the ICT
budget again this year, and members have not discussed the service since
2003. Unless that changes, we see no realistic prospect of the service
getting better.`
    ],
    expect: { grade: 'poor', prospect: 'poor' }
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's17-quote-self-assessment-contrast',
    why: "The council's self-assessment (good, excellent prospects) is quoted first, then 'Our evidence tells a different story' and the inspectors' own poor / promising verdict.",
    pages: [
`Brackenfold Borough Council – ICT – Best Value Inspection                June 2003

Summary

In its self-assessment for this inspection the council rated its ICT service
as good, with excellent prospects for improvement. Our evidence tells a
different story. Users in four of the six directorates told us that faults
take days to fix, the network was unavailable for a total of eleven working
days last year, and the council does not know what its ICT costs.

We judge this to be a poor service. However, the appointment of a new head of
ICT, a realistic improvement plan and a capital allocation of £1.2 million over
three years give the service promising prospects for improvement.

                                    3`
    ],
    expect: { grade: 'poor', prospect: 'promising' }
  },
  {
    name: 's17-quote-director-expects-era-a',
    why: "Era A: the director of information services 'expects rapid and visible progress'; the inspectors reply 'We do not share that confidence' and give fair / unlikely to improve.",
    pages: [
`Penmarsh County Council
Information and Communication Technology
Best Value Inspection – March 2001                                         Page 3

Will the service improve?
The director of information services told us that he expects "rapid and
visible progress" now that the review is complete, and that the service will be
"among the best in the county sector within two years".

We do not share that confidence. The improvement plan has 96 actions but no
priorities; half the actions depend on money that has not been agreed; and the
service failed to deliver most of the actions in the plan it adopted in 1999.

Our overall judgement is that the county's ICT service is fair, and that it is
unlikely to improve.`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' }
  },
  {
    name: 's17-quote-neighbour-excellent-era-a',
    why: "A neighbouring council's benefits service was judged excellent and is held up as a model; this council's own service is judged good and will probably improve (era A, December 2000).",
    pages: [
`Yelverton Cross District Council – Housing Benefit – December 2000

Comparison with others
Officers told us that they see Ashby Marsh, the neighbouring district whose
benefits service was inspected in the summer and judged excellent, as the model
to follow, and the two councils now share a fraud investigator.

Summary of our judgements
Yelverton Cross provides a good housing benefit service. It is not in the same
class as its neighbour's: new claims take 31 days against Ashby Marsh's 19, and
the council does not yet visit housebound claimants. But it is accurate,
courteous and well regarded by landlords, and we consider that it will
probably improve.
                                                                           5`
    ],
    expect: { grade: 'good', prospect: 'probably' }
  },
  {
    name: 's17-quote-earlier-inspection',
    why: "A re-inspection quotes the earlier judgement (poor, unlikely to improve, 2001) and then states the current one: fair, promising prospects (January 2004).",
    pages: [
`Nethercombe Borough Council
ICT Services – Re-inspection
January 2004

Background
When we first inspected the ICT service in November 2000 we found it to be
poor and unlikely to improve. The council responded by setting up a joint
improvement board with its largest user departments and replacing the desktop
estate.

Summary
Much has changed. The helpdesk now meets its targets, nine users in ten are
satisfied and the network is stable. The service still lacks sound cost data
and its strategy is only loosely linked to the corporate plan. We judge it to
be a fair service with promising prospects for improvement.`
    ],
    expect: { grade: 'fair', prospect: 'promising' }
  },
  {
    name: 's17-quote-self-assessment-only',
    why: "Excerpt from an inspection report that only quotes the council's self-assessment (good, will improve) and describes the review; the inspectors give no verdict in the excerpt, so null/null.",
    pages: [
`Ormsby Fells District Council – ICT Inspection                             page 11

The Best Value review
The review was carried out between March and October 2002 by a team of five
officers and two members. In its self-assessment the council describes the
ICT service as "a good service that will continue to improve", and points to
the 2001 user survey, in which 74 per cent of users said the helpdesk was good
or very good.

The review considered four options for the future of the service: no change,
a shared service with Ormsby Fells' two neighbours, a partnership with a
private sector provider, and full outsourcing. It recommended the partnership
option, and a procurement exercise began in January 2003.

Ormsby Fells District Council                                        Audit Commission`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-quote-member-prospect-only',
    why: "Excerpt (October 2001, first month of era B): the cabinet member calls the service excellent; the inspectors give only their prospects judgement (promising). Grade is null because no inspectors' grade is stated here.",
    pages: [
`Afonteg County Borough Council – Information Technology – October 2001            9

Will the service improve?
The cabinet member for corporate resources described the service to us as
"excellent, whatever the figures say". The figures do not support that view,
and we set out our reasons in the previous section.

The improvement plan, however, is a sound one. It is costed, it has the support
of the chief executive and it tackles the weaknesses users told us about, in
particular the time it takes to install new equipment. The service has already
cleared half of its backlog. We consider the prospects for improvement to be
promising.`
    ],
    expect: { grade: null, prospect: 'promising' }
  },
  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's17-long-dashes-benefits',
    why: "Two long sentences: the service and 'poor' are separated by a dash-delimited list of duties and a list of evidence (60+ words); the prospect 'uncertain' comes after another dash aside of reasons.",
    pages: [
`Bramwell Heath Borough Council                              Revenues and Benefits
Best Value Inspection                                                    May 2003

Summary
The council's revenues and benefits service – which administers housing benefit
and council tax benefit for some 14,000 claimants, bills and collects council
tax from 61,000 dwellings and business rates from 3,200 properties, pursues
overpayments and, since April 2002, handles discretionary housing payments on
behalf of the housing department – is, on the evidence we gathered from case
files, from interviews with staff, claimants and landlords, and from the
council's own performance figures, a poor service.

Its prospects for improvement – given that the improvement plan was approved
only in March, that the service has had four managers in three years, and that
the document imaging system on which most of the plan depends has yet to be
installed – are, in our judgement, uncertain.
                                                                              3`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' }
  },
  {
    name: 's17-long-duties-ict-era-a',
    why: "Era A: the grade 'good, two-star' comes about 70 words after 'The ICT unit', behind a list of its duties and an aside on evidence; the prospect sentence has a parenthetical between subject and 'will probably improve'.",
    pages: [
`Hexley District Council
Information and Communication Technology
Best Value Inspection Service – November 2000

Summary
The ICT unit, whose duties range from running the council's two mid-range
computers and its 40-site wide area network, through desktop and printer
support for 900 staff, the switchboard and the geographical information
system, to advising members on the ICT implications of every committee report,
provides what we consider – having weighed the user survey against the unit's
own performance data and our own reality checks – a good, two-star service.

We think that the service (given the steady record of its managers, a modest
but realistic plan and the backing of the policy and resources committee) will
probably improve.

Hexley District Council ICT inspection                                    Page 2 of 21`
    ],
    expect: { grade: 'good', prospect: 'probably' }
  },
  {
    name: 's17-long-brackets-libraries',
    why: "A long bracketed description of the library service and a list of factors separate the subject from 'a fair service'; the sentence also contains 'excellent' in the name of a local initiative.",
    pages: [
`Sedgecombe County Council: Public Library Service – August 2002               page 4

Summary
The library service (23 branches, four mobile libraries, a schools library
service run under contract for 140 schools and a local studies centre at
Sedgecombe Castle, with a combined budget of £7.4 million in 2002/03 and 212
full-time-equivalent staff) offers, once its opening hours, its book stock,
public access to computers, the 'Excellent Readers' reading scheme and the
views of the 1,400 users who replied to the county's survey are all taken into
account, a fair service.

We judge the prospects for improvement to be promising: the service has a
clear plan, the People's Network money is secured, and the new head of
libraries has already reopened two branches on Saturday afternoons.`
    ],
    expect: { grade: 'fair', prospect: 'promising' }
  },
  {
    name: 's17-long-prospect-far-era-a',
    why: "Era A: 'We believe that the repairs service ... will improve further' with about 60 words of dashes and lists between subject and predicate; the grade 'excellent' also comes after a dash aside describing the repair journey.",
    pages: [
`Carrow Moor District Council
Housing Repairs Service
Inspection Report – March 2001

Our judgements
It is our judgement that the service tenants receive – from the first call to
the repairs line, which is staffed from eight in the morning until eight at
night, through the booking of an appointment and the visit itself to the
check that follows one job in ten – is excellent, and it is among the best we
have seen.

We believe that the repairs service – notwithstanding the ballot on stock
transfer that tenants face in the autumn, the retirement of the building
services manager next spring, the partnering contract that has still to be
re-let and the pressure the new gas-safety regime will put on a small in-house
team – will improve further.

                                 4`
    ],
    expect: { grade: 'excellent', prospect: 'will' }
  },
  {
    name: 's17-long-across-page',
    why: "A long sentence listing the evidence runs over a page break: a footer with page number and the next page's running header sit between 'to be' and 'fair, with poor prospects'. 'poor prospects' is the era B prospect, not the grade.",
    pages: [
`Eastwick Borough Council – ICT Best Value Inspection                 February 2003

Summary
Taking together the evidence from users, the council's performance figures and
our own tests of the service desk – including the 30 calls we made ourselves,
of which 11 were not answered within the council's own target of five minutes,
and the visits we made to the Old Market Street depot, the two area housing
offices and the schools support unit – we have judged Eastwick's ICT service
to be

Eastwick Borough Council – ICT Best Value Inspection                              4`,
`Audit Commission                                                    February 2003

fair, with poor prospects for improvement. The reasons for these judgements
are set out in the rest of this summary and in the main body of the report.

The council has not reviewed its ICT strategy since 1999 and the service has
no improvement plan that is costed or agreed by members.

                                                                                 5`
    ],
    expect: { grade: 'fair', prospect: 'poor' }
  },
  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection written by the council (no inspectors' judgement)
  // ---------------------------------------------------------------------------
  {
    name: 's17-cabinet-report-ict',
    why: "A cabinet report by the council's director of resources that reports the inspectors' scores for the ICT service in quotation marks; it is a council paper, not the inspectors' report, so null/null.",
    pages: [
`BRINDLEY GREEN BOROUGH COUNCIL

REPORT OF THE DIRECTOR OF RESOURCES TO CABINET
17 JULY 2002

AGENDA ITEM 9: AUDIT COMMISSION BEST VALUE INSPECTION OF ICT SERVICES

1. Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of
the council's ICT services and to seek approval for the action plan at
Appendix A.

2. Background
2.1 The inspection took place in April 2002. The inspection team judged the
service to be 'fair' (one star) with 'promising' prospects for improvement.
The final report was published on 28 June.

3. Recommendation
3.1 That Cabinet notes the inspection report and approves the action plan.

Contact officer: Head of ICT, extension 4417`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-press-release-benefits',
    why: "The council's press release announcing that inspectors rated its benefits service good with excellent prospects; the document is the council's, so null/null.",
    pages: [
`Stowmarsh District Council
PRESS RELEASE                                          For immediate release
                                                              12 March 2003

BENEFITS SERVICE GETS TWO STARS

Stowmarsh's benefits service has been rated 'good' by government inspectors,
who also say its prospects for improvement are 'excellent'.

The Audit Commission report, published today, praises the speed with which
new claims are now processed and the council's work with local landlords.

Councillor Jean Maddox, cabinet member for finance, said: "This is a great
result for the team, who have worked incredibly hard. Two years ago we were
among the slowest councils in the region."

ENDS

Notes to editors: The full report is available at the Audit Commission's website.
Media enquiries: Communications Unit, 01632 960 412.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-scrutiny-paper-other-scores',
    why: "A scrutiny committee paper preparing for a forthcoming ICT inspection lists the scores of the council's earlier inspections (benefits, waste) and the council's hopes for ICT; no inspectors' judgement of the document's own subject.",
    pages: [
`FENNICK BOROUGH COUNCIL
Overview and Scrutiny Committee – 22 January 2002
Item 6: Preparing for the Best Value inspection of ICT

1. The Audit Commission will inspect the council's ICT service in the week
   beginning 11 March 2002.

2. Members will recall the results of the council's earlier inspections:

   Service\tInspected\tScore\tProspects
   Housing benefits\tMay 2001\tPoor\tUnlikely to improve
   Waste collection\tOctober 2001\tGood\tPromising

3. The ICT review team believes that the service is good and that the
   improvement plan will give it excellent prospects. The committee is asked
   to consider whether that view is supported by the evidence in Appendix 1.

4. Recommendation: that the committee notes the inspection arrangements.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-council-response-action-plan',
    why: "The council's formal response and action plan after an inspection: it reports that 'the inspectors concluded that the IT service was poor and unlikely to improve'. Council document, so null/null.",
    pages: [
`Marston Lacy District Council
Information Technology Best Value Inspection – Council Response and Action Plan
May 2001

Introduction
The Audit Commission's Inspection Service visited the council in February. In
their report, published in April, the inspectors concluded that the IT service
was poor and unlikely to improve. The council accepts the report in full and
has drawn up the action plan below with the help of the Inspection Service's
lead inspector.

Ref\tRecommendation\tAction\tLead officer\tBy when
R1\tAgree an IT strategy linked to the\tDraft strategy to Policy\tHead of IT\tSept 2001
\tcorporate plan\tCommittee
R2\tIntroduce service level agreements\tConsult departments on\tHelpdesk\tJuly 2001
\t\tdraft SLAs\tmanager

Page 1 of 4`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-staff-bulletin',
    why: "An internal staff newsletter celebrating the ICT team's 'two stars' and 'promising prospects'; written by the council, not the inspectors, so null/null.",
    pages: [
`In Touch – the staff newsletter of Holbrook Vale District Council
Issue 47 · November 2003

ICT TEAM SCORES TWO STARS!

Congratulations to everyone in ICT Services. The Audit Commission's inspectors
have judged our ICT service to be good, with promising prospects. The chief
executive said the result "shows what a small team can do".

Also in this issue:
  · Christmas closing arrangements ................... page 3
  · Long service awards ................................ page 4
  · Sports and social club quiz night ................... page 6

                                                                   page 1`
    ],
    expect: { grade: null, prospect: null }
  },
  // ---------------------------------------------------------------------------
  // Documents with no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's17-draft-scores-tbc',
    why: "Draft report marked not for publication: placeholders for scores 'to be confirmed following moderation' and an unmarked chart listing every grade and prospect. No judgement.",
    pages: [
`DRAFT – NOT FOR PUBLICATION – SUBJECT TO MODERATION

Wyke Marsh District Council
ICT Services
Best Value Inspection                                        Draft v0.3, June 2003`,
`DRAFT                                                                               2

Summary
Scores to be confirmed following moderation.

We have assessed the service as [GRADE – TBC] with [PROSPECTS – TBC] prospects
for improvement. The reasons for these scores are set out below.

Scoring chart (to be completed)
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t

[Lead inspector to insert summary of strengths and weaknesses once the
moderation panel has met.]`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-own-review-final-report',
    why: "The council's own Best Value review of ICT: the review team considers the service good and believes it will improve. Not an inspection, so null/null.",
    pages: [
`Netherby Abbas District Council
Best Value Review of Information Technology
Final Report of the Review Team – March 2001`,
`Section 6: Conclusions                                                         14

6.1 The review team has considered the evidence from the user survey, the
benchmarking club and the market-testing exercise. Overall the team considers
the IT service to be good, and believes that it will improve further if the
recommendations in section 7 are adopted.

6.2 The team notes that the Audit Commission's Inspection Service will inspect
the service later this year and will reach its own view.

6.3 The team wishes to thank the 212 staff who completed the survey.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-consultation-leaflet',
    why: "A residents' consultation leaflet about waste collection with the council's ambition to be 'an excellent service' and tick boxes offering poor/fair/good/excellent to respondents. No judgement.",
    pages: [
`Rushmere Fen District Council

HAVE YOUR SAY ON YOUR BIN COLLECTIONS

We are reviewing how we collect rubbish and recycling. Our aim is to provide an
excellent service that gives everyone value for money. Please tell us what you
think by filling in this form and returning it to the freepost address below by
30 September 2002.

1. How would you rate the bin collection service at the moment?
   [ ] Poor     [ ] Fair     [ ] Good     [ ] Excellent

2. Would you use a kerbside box for glass and cans?
   [ ] Yes     [ ] Probably     [ ] Unlikely     [ ] No

Thank you for taking part. Freepost RF1142, Rushmere Fen.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-appendices-only',
    why: "Only the appendices of an inspection report: a performance indicator table with quartile words, the list of people interviewed and a standard note explaining the scoring scale (poor to excellent, will not to will improve). No judgement stated.",
    pages: [
`Appendix 1 – Performance indicators                                              18

Indicator\t1999/00\t2000/01\tAll-England top quartile
% of calls fixed at first contact\t48\t57\t70
% of users rating the service good or excellent\t52\t63\t80
Days lost to network failure\t9\t6\t1

Appendix 2 – Reality checks undertaken
We interviewed the chief executive, the leader, four chief officers, 23 users
and 11 members of the IT staff, and visited the depot and the library HQ.`,
`Appendix 3 – The scoring system                                                  19

Inspectors score each service on two questions. How good is the service? It
may be poor, fair, good or excellent, shown by zero to three stars. Will the
service improve? The answer may be that it will not improve, that it is
unlikely to improve, that it will probably improve, or that it will improve.

Burnholme Borough Council – IT Services – Appendices`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-blank-chart-guidance',
    why: "A guidance page explaining the scoring chart with an empty grid: every grade and prospect word present as axis labels, no marked cell. No judgement.",
    pages: [
`Inspecting council services: a guide for councils                                 7

How we report our judgements
Every inspection report contains a scoring chart like the one below. The
service's position on the chart is marked with a star. Services nearer the top
right are better and more likely to improve.

Prospects for improvement
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\tHow good is the service?

A poor service is not always a poor prospect: some of the services we have
judged poor have had promising prospects.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-notification-letter',
    why: "The Inspection Service's letter announcing an inspection: it explains that the report will say how good the service is and whether it will improve, with no judgement.",
    pages: [
`Best Value Inspection Service
Audit Commission

Chief Executive
Dunmere Borough Council
Town Hall
Dunmere

9 April 2001

Dear Chief Executive

Best Value inspection of information and communication technology

I am writing to confirm that we will inspect the council's ICT service in the
week beginning 14 May 2001. Our report will answer two questions: how good is
the service, and will it improve? We will score the service on a scale from
poor to excellent and say whether it will improve, probably improve, is
unlikely to improve or will not improve.

Please let me know by 20 April which officers will act as our link.

Yours sincerely

Lead Inspector`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-improvement-plan-targets',
    why: "The council's ICT improvement plan: targets such as 'to be judged an excellent, three-star service with excellent prospects by 2005'. Ambitions, no judgement.",
    pages: [
`Cresswell Hythe Borough Council
ICT Improvement Plan 2002–2005

Our vision
By March 2005 we want Cresswell Hythe to be judged an excellent, three-star ICT
service with excellent prospects for improvement, and to deliver every
suitable council service electronically.

Target\tBaseline 2001/02\tTarget 2004/05
Users rating the service good or excellent\t58%\t90%
Calls resolved first time\t41%\t75%
Services available on line\t12\t96

Progress against this plan will be reported to cabinet every six months.
                                                                             3`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-body-ordinary-words-no-verdict',
    why: "Excerpt from a report body full of grade words used ordinarily (poor morale, a fair proportion, excellent relationships, good practice) but with no verdict anywhere in it.",
    pages: [
`Lowcroft District Council – ICT Inspection                                       page 12

Staffing
Morale in the technical team is poor. Three of its nine posts are vacant, and
a fair proportion of the remaining staff told us they are looking for work
elsewhere. Relationships with the two schools' technicians, by contrast, are
excellent, and the joint rota for evening support is good practice that other
councils could learn from.

Costs
The council spends £1,140 per PC each year on ICT support, which is close to
the average for districts of its size.`
    ],
    expect: { grade: null, prospect: null }
  },
  {
    name: 's17-front-and-contents-only',
    why: "Front page and contents page only: section titles such as 'How good is the service?' and 'Will the service improve?' with page numbers, but no judgement.",
    pages: [
`Best Value Inspection Service

Kilnsey Bridge District Council

Information Technology

February 2001`,
`Contents

Summary ..................................................................... 3
Scoring chart ............................................................... 4
Recommendations ............................................................. 5
Report
  Context ................................................................... 7
  How good is the service? .................................................. 9
  Will the service improve? ................................................. 15
Appendices ................................................................. 21

                                                                            2`
    ],
    expect: { grade: null, prospect: null }
  },
  // ---------------------------------------------------------------------------
  // Plain summaries, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's17-plain-era-a-poor-will-not',
    why: "Plain era A summary: \"a 'poor', no-star IT service that will not improve\".",
    pages: [
`Gorsey Bank Metropolitan Borough Council
Information Technology Services
Best Value Inspection Service                                           October 2000

Summary
Gorsey Bank provides a 'poor', no-star IT service that will not improve. The
council has no IT strategy, users wait an average of nine weeks for new
equipment, and the Best Value review did not compare the service with anyone
else or test whether it could be provided differently.

                                                                              2`
    ],
    expect: { grade: 'poor', prospect: 'will-not' }
  },
  {
    name: 's17-plain-era-b-good-promising',
    why: "Plain era B summary: service good (two stars), promising prospects.",
    pages: [
`Wyvern Cross District Council – ICT – June 2002

Summary
We have judged that Wyvern Cross District Council provides a good, two-star
ICT service that has promising prospects for improvement.

The service is reliable and well managed, and users value the speed with which
faults are put right. It has not yet made much progress in putting council
services on line, and its costs are higher than those of similar councils.

                                                                          3`
    ],
    expect: { grade: 'good', prospect: 'promising' }
  },
  {
    name: 's17-plain-era-a-good-will',
    why: "Plain era A summary for a non-IT service (trading standards): \"a 'good', two-star service which will improve\".",
    pages: [
`CASTLEBY BOROUGH COUNCIL
Trading Standards
Best Value Inspection
March 2001

Summary
The Inspection Service judges that Castleby's trading standards service is a
'good', two-star service which will improve. It targets its inspections at the
traders who pose the greatest risk, responds quickly to complaints and works
well with the police on doorstep crime. The review was thorough, and the
improvement plan is specific, funded and already under way.`
    ],
    expect: { grade: 'good', prospect: 'will' }
  },
  {
    name: 's17-plain-era-b-fair-uncertain',
    why: "Plain era B summary using quotation marks: a 'fair' one-star service with 'uncertain' prospects.",
    pages: [
`Redmarsh County Council                                          ICT Services
Best Value Inspection Service                                       April 2004

Summary
Redmarsh County Council's ICT service is a 'fair' one-star service that has
'uncertain' prospects for improvement.

The service meets most of its targets for fixing faults and the network is
reliable. But schools and social services have bought their own systems
without reference to the corporate strategy, and the council does not know
how much it spends on ICT across all its departments.
                                                                             4`
    ],
    expect: { grade: 'fair', prospect: 'uncertain' }
  },
  {
    name: 's17-plain-era-b-excellent-uncertain',
    why: "Plain era B summary where an excellent service has uncertain prospects because of staffing and a stock transfer; the two judgements point different ways.",
    pages: [
`Olverton District Council
Revenues Service
September 2003

Summary
Olverton's revenues service is an 'excellent', three-star service with
uncertain prospects for improvement.

It collects 99.1 per cent of council tax in the year it is due, bills are
accurate and complaints are rare. Its future is less clear: the revenues
manager, who has led the service for twelve years, retires in December; the
council has not yet decided whether to join the proposed shared service with
two neighbours; and there is no plan for the period after April 2004.`
    ],
    expect: { grade: 'excellent', prospect: 'uncertain' }
  },
  // ---------------------------------------------------------------------------
  // Negation and hedging
  // ---------------------------------------------------------------------------
  {
    name: 's17-negation-not-yet-good',
    why: "'This is not yet a good service' precedes the actual grade (fair); prospects promising.",
    pages: [
`Kirkby Dale District Council – ICT – Best Value Inspection – December 2002      Page 3

Summary
This is not yet a good service. Users are more satisfied than they were two
years ago, but the service still misses its targets for installing equipment
and has no way of telling departments when their jobs will be done. We judge
it to be a fair, one-star service.

Its prospects for improvement are promising. The council has a clear
strategy, has agreed to replace the network and has already brought its
helpdesk hours into line with the working day of its front-line staff.`
    ],
    expect: { grade: 'fair', prospect: 'promising' }
  },
  {
    name: 's17-negation-prospects-not-poor',
    why: "'Its prospects are not poor ... but nor can we call them promising. We judge them to be uncertain.' Negated scale words before the real one; the grade is poor.",
    pages: [
`Ashbury Wells Borough Council                                      Housing Benefit
Best Value Inspection                                                   July 2004

Summary
The housing benefit service is poor. New claims take an average of 72 days,
one claim in seven is processed wrongly, and landlords told us they have
stopped letting to tenants who need benefit.

Its prospects are not poor – the council has appointed an experienced manager,
taken on agency staff to clear the backlog and bought a new processing system –
but nor can we call them promising, because the backlog is still growing and
the system will not be live until next summer. We judge them to be uncertain.`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' }
  },
  {
    name: 's17-hedge-could-become-good-era-a',
    why: "Era A hedge: 'the service could become good within two years, but at present it is poor'; the possibility is not the grade. Prospect: will probably improve.",
    pages: [
`Morland Chase District Council
Information and Communication Technology
Inspection report, January 2001

Summary
With the changes now in hand the service could become good within two years,
but at present it is poor. Basic security is weak, a quarter of calls to the
helpdesk are abandoned, and departments have lost faith in the central team.

The new head of ICT has a sound plan, members have agreed to fund it and the
first results can already be seen. We think the service will probably improve.

                                                                    Page 2`
    ],
    expect: { grade: 'poor', prospect: 'probably' }
  },
  // ---------------------------------------------------------------------------
  // Ordinary uses of grade words
  // ---------------------------------------------------------------------------
  {
    name: 's17-ordinary-words-fair-verdict-era-a',
    why: "Era A summary dense with ordinary uses (poor morale, excellent working relationships, a fair proportion, good practice) around the real verdict: a fair service that will probably improve.",
    pages: [
`Brantwick District Council                         IT Services Best Value Inspection
                                                                      August 2000

Summary
Despite poor morale in the technical team, the IT section has built excellent
working relationships with the schools it supports, and its joint purchasing
arrangement with the county is good practice. A fair proportion of the council's
PCs, however, are too old to run the new financial system.

Weighing these strengths and weaknesses, we judge Brantwick's IT service to be
a fair service which will probably improve.
                                                                              2`
    ],
    expect: { grade: 'fair', prospect: 'probably' }
  },
  {
    name: 's17-ordinary-words-poor-verdict',
    why: "Era B summary: excellent relationships, good intentions, a fair share of the blame - then the actual verdict: a poor service with poor prospects.",
    pages: [
`Sellington Borough Council – ICT Services Inspection – November 2004

Summary
The ICT team has excellent relationships with a handful of long-standing users
and plenty of good intentions. But it cannot say how many calls it receives or
how long they take to resolve, its strategy expired in 2002, and the council's
managers must take a fair share of the blame for leaving it without direction.

In our judgement Sellington's ICT service is poor and has poor prospects for
improvement.
                                                                           - 3 -`
    ],
    expect: { grade: 'poor', prospect: 'poor' }
  },
  // ---------------------------------------------------------------------------
  // Ambitions and targets
  // ---------------------------------------------------------------------------
  {
    name: 's17-ambition-excellent-by-2005',
    why: "The council's aim 'to be an excellent, three-star service by 2005' appears before the inspectors' actual verdict: poor now, promising prospects.",
    pages: [
`Whitcombe District Council
ICT Services
May 2002

Summary
The council aims to be an excellent, three-star ICT service by 2005 and to
have every service available on line by the same date. It is a long way from
either goal. We judge the ICT service to be poor at present: projects overrun,
users are not told what is happening, and the web site offers little more than
opening hours.

But the council has faced up to its problems. It has appointed an experienced
head of ICT, ring-fenced £900,000 for the network and set up a members' board
to oversee the plan. We judge that the service has promising prospects for
improvement.`
    ],
    expect: { grade: 'poor', prospect: 'promising' }
  },
  {
    name: 's17-ambition-top-quartile-targets',
    why: "Library service targets ('top quartile', 'an excellent library service for every community') quoted from the council's plan, then the inspectors' verdict good / uncertain.",
    pages: [
`Farrow Heath Borough Council – Libraries and Information – March 2004           5

Aims
The council's library plan commits it to "an excellent library service for
every community" and sets targets to reach the top quartile for visits and
issues by 2006.

Our judgements
The service is good. Libraries are well used, opening hours suit most people
and stock is fresh. Its prospects for improvement are uncertain, because the
council has not yet found the £2 million needed to replace its two oldest
branches and the plan assumes that it will.`
    ],
    expect: { grade: 'good', prospect: 'uncertain' }
  },
  // ---------------------------------------------------------------------------
  // Page breaks, hyphens, running headers
  // ---------------------------------------------------------------------------
  {
    name: 's17-page-break-grade',
    why: "The grade sentence breaks across pages: 'we judge the ICT service to be' ends page 3; page 4 begins with the running header and only then 'good, and its prospects for improvement promising'.",
    pages: [
`Hollinsford Borough Council – ICT Services – October 2003

Summary
Hollinsford's ICT service supports 1,450 users in the town hall, four area
offices and the council's two depots. Its helpdesk answers 94 per cent of
calls within target, and users in every department we visited were positive
about the help they receive. The service lacks a clear link to the council's
corporate priorities and has not compared its costs with those of others.
Having considered all the evidence, we judge the ICT service to be
                                                                               3`,
`Hollinsford Borough Council – ICT Services – October 2003
Audit Commission

good, and its prospects for improvement promising. The council has set aside
money for its e-government programme and the steering group is led by the
deputy chief executive.
                                                                               4`
    ],
    expect: { grade: 'good', prospect: 'promising' }
  },
  {
    name: 's17-hyphenated-excellent',
    why: "Both verdict words are hyphenated across line ends ('excel-/lent', 'promis-/ing') and the sentence is split by the extractor's line breaks.",
    pages: [
`Marden Cross District Council                              Council Tax Collection
Best Value Inspection                                                 August 2003

Summary
Marden Cross collects more of its council tax in year than almost any other
district, at one of the lowest costs per dwelling. We judge the service excel-
lent, with three stars. Because the council is about to move the service into a
shared arrangement with its neighbours, we judge the prospects for improve-
ment to be promis-
ing rather than excellent.
                                                                              2`
    ],
    expect: { grade: 'excellent', prospect: 'promising' }
  },
  {
    name: 's17-running-header-mid-sentence-era-a',
    why: "Era A (September 2001): the verdict sentence is interrupted by a footer with 'Page 6 of 14' and the next page's running header; the grade 'fair' and 'will improve' come after the break.",
    pages: [
`Aldermoor Borough Council – Information and Communication Technology

Summary
Users told us the service has improved markedly since the appointment of the
new ICT manager in 2000. Calls are logged, targets are published and met, and
the programme to replace the oldest PCs is nearly complete. However, the service
still has no strategy agreed by members, and it does not measure its costs. Taking
all this into account, the Inspection Service judges the
Page 6 of 14`,
`Aldermoor Borough Council  ICT Best Value Inspection  September 2001
service to be fair, and we believe it will improve: the council has agreed and
funded a realistic plan, and its record over the last eighteen months shows it
can deliver.`
    ],
    expect: { grade: 'fair', prospect: 'will' }
  },
  // ---------------------------------------------------------------------------
  // Other services, earlier inspections, the council's overall rating
  // ---------------------------------------------------------------------------
  {
    name: 's17-other-service-benefits-good-era-a',
    why: "Era A: the benefits service 'inspected last year, was judged good' and the planning service 'excellent'; the inspected IT service itself is poor and will not improve.",
    pages: [
`Dunsford Magna District Council – Information Technology – April 2001          page 3

Summary
The council has a good record in Best Value. The benefits service, inspected
last year, was judged good, and the planning service has been held up by the
Inspection Service as an excellent example of customer focus. Its IT service
has not shared in that success.

The IT service is poor. It will not improve: the review took no account of what
users need, the improvement plan repeats the plan of 1998, and the council has
put no money behind it.`
    ],
    expect: { grade: 'poor', prospect: 'will-not' }
  },
  {
    name: 's17-cpa-council-good',
    why: "The council's Comprehensive Performance Assessment category ('good') and an overall star count for the council precede the ICT service's own verdict: fair, excellent prospects.",
    pages: [
`Kellingworth Metropolitan Borough Council
ICT Services
February 2003

Context
In the Comprehensive Performance Assessment published in December 2002 the
council as a whole was categorised as 'good'. It has since set itself the goal
of becoming an 'excellent' council by 2005.

Summary
We judge the ICT service to be fair: it is reliable but expensive, and users
still wait too long for new equipment. Its prospects for improvement are
excellent. The council has a clear, costed plan, an able management team and a
record of delivering what it promises in its other services.
                                                                              3`
    ],
    expect: { grade: 'fair', prospect: 'excellent' }
  },
  // ---------------------------------------------------------------------------
  // One judgement only
  // ---------------------------------------------------------------------------
  {
    name: 's17-grade-only-excerpt',
    why: "Excerpt of the 'How good is the service?' conclusion only: the parks service is good; no prospects judgement in the excerpt.",
    pages: [
`Cresswell Fold Borough Council – Parks and Open Spaces                          page 14

Conclusion: how good is the service?
Parks are clean, safe and well used. The council meets or beats its own
standards for grass cutting and playground inspection, four of its parks hold
Green Flag awards, and residents in our focus group were positive. Sports
pitches are in poorer condition and changing rooms at two sites are closed.
Overall we judge the parks service to be good.`
    ],
    expect: { grade: 'good', prospect: null }
  },
  {
    name: 's17-prospect-only-poor',
    why: "Excerpt of the 'Will the service improve?' conclusion only, era B: 'the service has poor prospects for improvement' - 'poor' is a prospect word here, not a grade.",
    pages: [
`Undermill District Council – ICT – June 2004                                     page 17

Will the service improve?
The council has had three improvement plans for ICT since 2001. None has
been completed. The current plan has no costs, the ICT manager post has been
vacant since January, and members have twice deferred decisions on the
network. Overall we judge that the service has poor prospects for improvement.`
    ],
    expect: { grade: null, prospect: 'poor' }
  },
  // ---------------------------------------------------------------------------
  // Inspectors' own voice
  // ---------------------------------------------------------------------------
  {
    name: 's17-in-our-view-excellent-era-a',
    why: "Era A, inspectors' own voice: 'In our view the service is excellent' and 'Yes: we believe it will improve further'.",
    pages: [
`Greywell District Council – Information Technology – July 2000

Summary
In our view the service is excellent. Greywell's IT section gives its users
fast, reliable support at low cost, it was among the first district councils to
let residents pay and book on line, and its staff share what they know with
the rest of the council.

Will it improve? Yes: we believe it will improve further, because the council
has set demanding targets, funded them and put members in charge of checking
progress.
                                                                             2`
    ],
    expect: { grade: 'excellent', prospect: 'will' }
  },
  {
    name: 's17-not-confident-era-a',
    why: "Era A, property services: 'We are not confident that the council will deliver its improvement plan' -> unlikely; grade fair given with 'one star'.",
    pages: [
`Lowther Bridge Borough Council
Property Services
Best Value Inspection – June 2001

Summary
The property services section manages 340 buildings, from the civic centre to
public toilets. It keeps good records and its repair costs are reasonable, but
it has no plan for the backlog of maintenance, estimated at £6 million, and
departments find it slow to respond. We judge it a fair service, with one star.

We are not confident that the council will deliver its improvement plan. The
plan depends on selling surplus buildings that have been on the market for
three years, and the section has no one with the skills to manage the asset
review it proposes.`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' }
  },
  // ---------------------------------------------------------------------------
  // Layout variety and other traps
  // ---------------------------------------------------------------------------
  {
    name: 's17-summary-box-two-columns',
    why: "A 'scores at a glance' box extracted as two columns side by side: 'How good is the service?' / 'What are the prospects for improvement?' headings with 'fair (one star)' and 'poor prospects' on the lines below; era B (March 2005).",
    pages: [
`Stainforth Vale District Council          ICT Services          March 2005

Scores at a glance

How good is the service?              What are the prospects for improvement?
fair                                  poor
(one star)                            (see page 18)

Key findings
· The helpdesk is friendly but cannot cope at peak times.
· There is no ICT strategy agreed by members.
· Only 31 per cent of services can be used on line.
                                                                             1`
    ],
    expect: { grade: 'fair', prospect: 'poor' }
  },
  {
    name: 's17-welsh-county-era-a',
    why: "Welsh authority with a bilingual front page (Welsh words on it), era A (January 2001): a 'fair' service which is 'unlikely to improve'.",
    pages: [
`Cyngor Sir Glanyrafon
Glanyrafon County Council

Technoleg Gwybodaeth
Information Technology

Arolygiad Gwerth Gorau
Best Value Inspection

Ionawr / January 2001`,
`Summary                                                                         3

Glanyrafon's IT service is fair. Users in Welsh- and English-speaking offices
alike are well served, and the bilingual helpdesk is well regarded.

But we judge that the service is unlikely to improve. The review looked only at
the helpdesk and not at how the council uses IT; there is no strategy for the
period after 2001; and two of the service's senior staff leave this spring.`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' }
  },
  {
    name: 's17-separate-report-other-service',
    why: "Report on ICT that mentions a separate report on procurement judged 'fair' with 'promising' prospects; the ICT service's own verdict is good with uncertain prospects.",
    pages: [
`Brockhurst Borough Council – ICT Services – Best Value Inspection – May 2003

About this report
This report covers the council's ICT service. The council's corporate procure-
ment function was inspected at the same time and is the subject of a separate
report, which judges it to be fair with promising prospects.

Summary
The ICT service is a good, two-star service. It is reliable, efficient and
well liked by users. Its prospects are uncertain: the council intends to enter
a strategic partnership for ICT next year, but it has not decided what the
partnership should deliver or how it will be managed.
                                                                             3`
    ],
    expect: { grade: 'good', prospect: 'uncertain' }
  },
  {
    name: 's17-commission-voice-era-a',
    why: "Era A, environmental health: the verdict is given as 'The Commission's judgement is that...', after the chief officer's contrary claim.",
    pages: [
`Hillingford District Council
Environmental Health
May 2001

Summary
The chief environmental health officer believes the service is "as good as any
in the region". The Commission's judgement is that it is a poor service which
is unlikely to improve. Food premises inspections are a year behind, noise
complaints wait weeks for a visit, and the review did not ask residents or
businesses what they want from the service.
                                                                    2`
    ],
    expect: { grade: 'poor', prospect: 'unlikely' }
  },
  {
    name: 's17-stars-awarded-no-grade-word',
    why: "The grade is given only as a star count ('we have awarded the service two stars' -> good); prospects stated as excellent in era B.",
    pages: [
`Eskdale Moor District Council
ICT Services – Best Value Inspection
October 2004

Summary
We have awarded the service two stars. Its systems are reliable, its costs are
among the lowest of the districts we compared it with, and users are positive.
It has not yet done enough to put services on line for the public.

The prospects for improvement are excellent. The council has a clear e-
government programme, a strong project team and a track record of delivering
what it promises.
                                                                             3`
    ],
    expect: { grade: 'good', prospect: 'excellent' }
  },
  {
    name: 's17-para-era-boundary-oct-2001',
    why: "Dated October 2001, the first month of era B: prospect paraphrased as doubt ('we doubt whether the council can deliver most of its plan') -> ordinal 1 -> uncertain, the era B word. Grade good.",
    pages: [
`Halsey Moor District Council – Information Technology – October 2001

Summary
Halsey Moor's IT service is a good one. It is reliable and responsive, and
users value the knowledge of its staff.

The review, however, was narrow, and its improvement plan relies on the same
small team both running the service and delivering a new council-wide network.
We doubt whether the council can deliver most of its plan on the timetable it
has set.`
    ],
    expect: { grade: 'good', prospect: 'uncertain' }
  },
  {
    name: 's17-reinspection-earlier-poor',
    why: "Re-inspection report (era B, June 2005): the original 2002 inspection judged the service poor with poor prospects; the current verdict is good with promising prospects.",
    pages: [
`Coldharbour Borough Council
ICT Services – Re-inspection
June 2005`,
`Summary                                                                          2

At the original inspection in 2002 we judged the ICT service to be poor, with
poor prospects for improvement. The council has since replaced its network,
set up a user forum and brought in service level agreements.

At this re-inspection we judge the service to be good, with promising
prospects for further improvement.`
    ],
    expect: { grade: 'good', prospect: 'promising' }
  },
];
