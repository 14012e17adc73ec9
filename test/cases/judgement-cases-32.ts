/** Held-out judgement set 32, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases32: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's32-grid-spaces-asterisk-fair-promising',
    why: 'kind 1: space-aligned grid, grades down the side (excellent at top), prospects across; the asterisk sits under Promising in the Fair row. Every axis word appears, only the mark position counts.',
    pages: [
      `Best Value Inspection Service
Information and Communication
Technology
Harrowfield Borough Council
January 2003
Audit Commission`,
      `Summary
Harrowfield Borough Council's ICT service provides the corporate network, desktop support
and the main business applications for around 1,400 staff in six directorates. The service
was reviewed under Best Value during 2002 and we inspected it in October and November 2002.

Scoring chart
'How good is the service?' is shown on the vertical axis and 'What are the prospects for
improvement?' on the horizontal axis.

                          Prospects for improvement
               Poor         Uncertain    Promising    Excellent
  Excellent
  Good
  Fair                                      *
  Poor

Our reasons for these judgements are set out below and in the body of the report.
Recommendations are on page 4.
Harrowfield Borough Council – ICT                                                        2`,
      `Why we gave these scores
Help desk calls are answered quickly and most users we spoke to were satisfied with the
support they get, but the network fails too often and project work is regularly late.
The Best Value review challenged the way the service is delivered and the improvement
plan is costed and has the backing of senior managers, although it has only just started.
Harrowfield Borough Council – ICT                                                        3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's32-grid-tabs-x-swapped-axes-good-probably',
    why: 'kind 1: era A grid extracted with tabs, axes swapped (prospects are the rows, grades the columns); the X is in the third grade column (Good) on the Will probably improve row.',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology Services
Brackley Vale District Council
March 2001`,
      `Summary
The IT section of Brackley Vale District Council employs 23 staff and supports some 600
users. It also runs the council's small website. The council completed its Best Value
review of IT in September 2000.

Scoring chart
Across: 'A good service?'   Down: 'Will the service improve?'
\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t
Will probably improve\t\t\tX\t
Unlikely to improve\t\t\t\t
Will not improve\t\t\t\t

The chart shows the inspectors' two judgements. Our reasons follow.
Brackley Vale DC                                    2                    Best Value Inspection`,
      `The service meets most of its standards for fault repair and is well regarded by users.
It costs less per PC than most similar councils. The review produced a realistic action
plan, although some actions depend on the outcome of a budget bid for 2001/02.
Brackley Vale DC                                    3                    Best Value Inspection`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's32-grid-one-cell-per-line-shaded-poor-uncertain',
    why: 'kind 1: grid extracted one cell per line; empty cells come out as hollow squares, the marked cell as a filled square. The fill is in the Poor row, second column (Uncertain). Row labels carry stars, which are not marks.',
    pages: [
      `Audit Commission
Inspection Report
ICT and e-Government Services
Northlynn Metropolitan Borough Council
June 2004`,
      `Summary
Scoring chart
Prospects for improvement
Poor
Uncertain
Promising
Excellent
A good service?
Excellent ★★★
□
□
□
□
Good ★★
□
□
□
□
Fair ★
□
□
□
□
Poor
□
■
□
□
Source: Audit Commission
Northlynn MBC – ICT and e-Government | page 2`,
      `The ICT service has not met any of its published standards for the last two years and
departments are buying their own systems to work around it. The council has recently
appointed an interim head of ICT and a modernisation plan is being drawn up, but it is too
early to say whether it will deliver.
Northlynn MBC – ICT and e-Government | page 3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's32-grid-tick-caption-prospects-vertical-excellent-will',
    why: 'kind 1: era A grid whose caption says the vertical axis is the prospects question; the tick is in the Yes – will improve row under the Excellent column. Body text also quotes an aim to "remain excellent", which is not the verdict.',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Corporate IT Services
Ashcombe County Council
August 2001`,
      `Summary
Scoring chart (vertical axis: will the service improve?  horizontal axis: how good is the
service?)

                         Poor      Fair      Good      Excellent
  Yes – will improve                                      ✓
  Probably
  Unlikely
  No – will not improve

Ashcombe's corporate IT service supports 9,000 users across the county, including schools.
The council's stated aim is to "remain an excellent service and a model for others".
page 2`,
      `Recommendations
We recommend that the council:
• publishes its service standards on the intranet;
• extends the user satisfaction survey to schools.
page 3`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's32-grid-dot-starred-axis-good-excellent',
    why: 'kind 1: the row labels carry stars (Good ★★ etc.) but the mark is a bullet dot in the Good row under the Excellent prospects column; the stars in labels are axis text, not the mark.',
    pages: [
      `Information Technology
Kestermoor District Council
Best Value Inspection Report
November 2002
Audit Commission – Best Value Inspection Service`,
      `SUMMARY
Scoring chart
                     'Will the service improve?'
                     Poor        Uncertain   Promising   Excellent
'A good service?'
Excellent ★★★
Good ★★                                                     •
Fair ★
Poor

Kestermoor's IT team has improved network availability to 99.7 per cent and its help desk
fixes most faults on the day they are reported.
KESTERMOOR DC                                                                         2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's32-grid-bracket-cells-poor-poor',
    why: 'kind 1: checkbox-style grid, lower-case axis labels; only one cell reads [x], in the poor row under the poor prospects column. The text also mentions "poor morale" and "excellent relationships", which are ordinary words.',
    pages: [
      `Audit Commission
Best Value inspection
ICT Services
Saltney Harbour Borough Council
September 2003`,
      `SCORING CHART
How good is the service? (rows)    What are the prospects for improvement? (columns)
                poor   uncertain   promising   excellent
excellent       [ ]    [ ]         [ ]         [ ]
good            [ ]    [ ]         [ ]         [ ]
fair            [ ]    [ ]         [ ]         [ ]
poor            [x]    [ ]         [ ]         [ ]

Staff in the ICT unit told us of poor morale after two restructures in three years, although
they have excellent working relationships with the main software supplier.
Saltney Harbour BC  ICT Services                                                   page 2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's32-grid-star-mark-reversed-columns-fair-unlikely',
    why: 'kind 1: era A grid with grade columns running Excellent→Poor (reversed) and prospect rows Yes/Probably/Unlikely/No; the ★ is in the third column (Fair) on the Unlikely row.',
    pages: [
      `Best Value Inspection
Information Services
Corrington City Council
February 2001
Audit Commission`,
      `Summary
Scoring chart
                    Is the service good?
                    Excellent  Good       Fair       Poor
Will it improve?
Yes
Probably
Unlikely                                     ★
No

Corrington's Information Services division provides IT, telephony and printing for the
council. Its budget for 2000/01 is £3.2 million.
Corrington City Council                                                        Page 2 of 14`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's32-grid-pipes-asterisk-poor-will-not',
    why: 'kind 1: era A grid extracted as pipe-separated rows with empty cells kept; the asterisk is in the first prospect column (Will not improve) of the Poor row.',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT Support Services
Mellford Borough Council
July 2001`,
      `1 Summary
Scoring chart
 | Will not improve | Unlikely to improve | Will probably improve | Will improve
Excellent |  |  |  | 
Good |  |  |  | 
Fair |  |  |  | 
Poor | * |  |  | 
The scoring chart records how good the service is (rows) and whether it will improve
(columns).
Mellford Borough Council – IT Support – Page 2`,
      `2 Context
The IT support service has 14 staff and an annual budget of £1.1 million. It was market
tested in 1996 and brought back in house in 1999.
Mellford Borough Council – IT Support – Page 3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ───────────────────── kind 2: table cells with extra words and reasons ─────────────────────
  {
    name: 's32-table-fair-one-star-uncertain-reasons',
    why: 'kind 2: judgement table; the score cell reads "Fair – one star out of three" and "Uncertain"; the reasons column uses good, poor and excellent about parts of the service, which are not the verdict.',
    pages: [
      `Wexcombe District Council
ICT and e-Government
Best Value Inspection
May 2003
Audit Commission`,
      `Summary
Table 1: Inspection judgements
Judgement                   Score                           Main reasons
How good is the service?    Fair – one star out of three    Good help desk response times, but
                                                            poor project delivery and an ICT
                                                            strategy not linked to corporate aims.
Prospects for improvement   Uncertain                       An excellent vision on paper, but no
                                                            costed plan and little spare capacity
                                                            in the ICT team.
Wexcombe DC – ICT and e-Government                                                    2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's32-table-no-poor-no-will-not-improve',
    why: 'kind 2: era A table whose answer cells read "No – poor (no stars)" and "No, it will not improve"; the reasons column praises good work in schools ICT, which is not the grade.',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Information Technology
Pendlebrook Borough Council
December 2000`,
      `Summary of judgements
Question                        Answer                              Reasons
Is the service good?            No – poor (no stars)                Frequent system failures; no service
                                                                    standards; some good work in schools
                                                                    ICT is not typical of the service.
Will the service improve?       No, it will not improve             The review did not challenge the
                                                                    service and the improvement plan
                                                                    has no targets or owners.
Pendlebrook Borough Council                   2                     Audit Commission`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's32-table-cell-per-line-good-two-stars-promising',
    why: 'kind 2: table extracted one cell per line; the rating cells read "Good: 2 stars of 3" and "Promising – the plan is sound and funded"; the "Why" cells mention poor performance and "not yet excellent".',
    pages: [
      `Audit Commission
ICT Services
Oldmere Borough Council
Inspection report
March 2004`,
      `Summary table
Judgement
Rating
Why
Quality of service
Good: 2 stars of 3
Most targets met; poor performance only on invoice payment; web access not yet excellent.
Prospects for improvement
Promising – the plan is sound and funded
Some risk: past projects were poorly managed and two key posts are vacant.
Oldmere BC ICT – 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's32-table-excellent-three-stars-yes-will-improve',
    why: 'kind 2: era A table with "Excellent (★★★)" and "Yes – will improve"; the reasons column recalls poor results in 1998, an earlier state, not the verdict.',
    pages: [
      `Best Value Inspection
IT Services
Thornley Heath Borough Council
June 2001
Audit Commission`,
      `Summary
Our judgements
  The current service      Excellent (★★★)        Consistently meets demanding standards;
                                                   transformed since poor results in 1998.
  Will it improve?         Yes – will improve      Clear, funded plan owned by the chief
                                                   executive; strong track record of delivery.
Thornley Heath BC – IT Services                                                   page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's32-table-fair-star-poor-prospects-wrapped',
    why: 'kind 2: era B table where the prospect cell "Poor prospects – the council has not shown it can deliver change" wraps over two lines; grade cell is "Fair ★". The service is fair and its prospects poor: the same word poor must go to the prospect only.',
    pages: [
      `Audit Commission
Inspection of ICT Services
Glanford Vale County Borough Council
October 2002`,
      `Summary
 Aspect                    Judgement                          Comment
 How good is the service   Fair ★                             Users are generally content with
                                                              day-to-day support.
 Prospects                 Poor prospects – the council       Three previous IT strategies were
                           has not shown it can deliver       abandoned unfinished.
                           change
Glanford Vale CBC                                                                 2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's32-table-good-two-stars-unlikely-capacity',
    why: 'kind 2: era A two-column summary table: "Good (two stars)" and "Unlikely to improve – capacity already stretched", beside a notes column mentioning a "fair proportion" of calls.',
    pages: [
      `Audit Commission – Best Value Inspection
Computer Services
Ryebourne District Council
April 2001`,
      `Summary
| How good is the service?   | Good (two stars)                 | A fair proportion of calls are still
|                            |                                  | logged by phone, but users rate the
|                            |                                  | service highly.
| Will the service improve?  | Unlikely to improve – capacity   | The plan relies on the same four
|                            | already stretched                | staff who run the service daily.
Ryebourne District Council – Computer Services – 2`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ───────────────────── kind 3: prospects paraphrased, no scale word ─────────────────────
  {
    name: 's32-paraphrase-on-balance-expect-better-good',
    why: 'kind 3: era A; prospect given only as "On balance, we expect the service to get better", a likelihood (probably); grade stated plainly as good.',
    pages: [
      `Audit Commission
Best Value Inspection
Information and Communications Technology
Dunholme Borough Council
April 2001`,
      `Summary
Dunholme's ICT service is a good one. Users receive reliable support, the network is
stable and costs compare well with similar councils.

Looking ahead, the council has agreed an ICT strategy and a three-year improvement plan,
but some of the plan depends on money that has not yet been found. On balance, we expect
the service to get better over the next two years, though not all of the plan will be
achieved on time.
Dunholme BC                                                                      page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's32-paraphrase-not-convinced-capacity-poor',
    why: 'kind 3: era A; "we are not convinced that the council has the capacity to deliver its plan" is doubt about delivery (unlikely), with no scale word; grade poor stated plainly.',
    pages: [
      `BEST VALUE INSPECTION
IT Services
Farrowdale District Council
July 2001`,
      `Summary
We judge the IT service to be poor. It has no service standards, users wait weeks for
simple changes, and the council could not tell us what the service costs.

The improvement plan is long and ambitious. However, it is to be delivered by the same
small team that is struggling to keep the present systems running, and no extra
resources have been agreed. We are not convinced that the council has the capacity to
deliver the plan.
Farrowdale DC – IT Services – 2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's32-paraphrase-no-sign-of-change-poor',
    why: 'kind 3: era A; "We found no sign that anything will change" (will not), no scale word; grade poor.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Hollins Cross Borough Council
November 2000`,
      `Summary
In our judgement the IT service is poor.

The problems identified by the council's own internal audit in 1998 – unclear priorities,
no performance information and a backlog of over 300 requests – are all still present.
The Best Value review did not address them and the action plan repeats the previous
plan almost word for word. We found no sign that anything will change.
Hollins Cross BC                        2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's32-paraphrase-confident-plan-delivered-good',
    why: 'kind 3: era A; "We are confident that the improvement plan will be delivered in full and that the service will get better" – certainty (will), no scale word; grade good.',
    pages: [
      `Best Value Inspection
Corporate ICT
Lindhurst City Council
March 2001
Audit Commission`,
      `Summary
Lindhurst's corporate ICT service is good. It meets almost all of its targets and users
across the council value it.

The review was thorough and the improvement plan is clear, costed and agreed by
members. The head of ICT has delivered two similar programmes in the last four years. We
are confident that the improvement plan will be delivered in full and that the service
will get better as a result.
Lindhurst City Council – Corporate ICT                                      2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's32-paraphrase-doubt-turn-round-era-b-poor',
    why: 'kind 3: era B (2003) report; "we doubt that the council has the capacity to turn the service round" is doubt (ordinal 1), so uncertain in the era B vocabulary; no scale word used.',
    pages: [
      `Audit Commission
ICT Services
Marlbury Borough Council
Inspection Report – February 2003`,
      `Summary
The ICT service is poor. Systems are old, several are no longer supported by their
suppliers, and departments report long delays in getting faults fixed.

Some first steps have been taken – an interim manager is in post and a new structure is
out to consultation – but we doubt that the council has the capacity to turn the service
round while its finances remain so tight.
Marlbury BC ICT Services – 2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's32-paraphrase-confident-continue-era-b-good',
    why: 'kind 3: era B (2005); "We are confident that the council will deliver its plan and that the service will continue to get better" is certainty (ordinal 3), so excellent prospects; no scale word.',
    pages: [
      `Audit Commission
Inspection report
Information and Communications Technology
Stanwick County Council
January 2005`,
      `Summary
We judge Stanwick's ICT service to be good, two stars.

The council has a strong record of delivering on ICT projects to time and budget, the
chief executive chairs the ICT programme board, and the plan for 2005-08 is funded. We are
confident that the council will deliver its plan and that the service will continue to
get better.
Stanwick County Council – ICT                                            Page 2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's32-paraphrase-nothing-to-suggest-progress-era-b-fair',
    why: 'kind 3: era B (2002); "There is nothing to suggest that the service will make any real progress" (ordinal 0 → poor prospects) with no scale word; grade fair. The report also says poor only about telephone answering.',
    pages: [
      `Audit Commission
ICT Services
Beltonbridge District Council
August 2002`,
      `Summary
We consider the ICT service to be fair. Day-to-day support is adequate, although
telephone answering at the help desk is poor at peak times.

The council has no ICT strategy, the improvement plan has not been approved by members,
and the Best Value review did not compare the service with anyone else. There is nothing
to suggest that the service will make any real progress in the next two years.
Beltonbridge DC                                                               2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's32-paraphrase-more-likely-than-not-era-a-fair',
    why: 'kind 3: era A (May 2001); "more likely than not that the service will get better" is a likelihood (probably) with no scale word; grade fair stated in passive voice.',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Information Technology
Kingsmarsh Borough Council
May 2001`,
      `Summary
The service is judged to be fair.

The action plan addresses most of the weaknesses we found and has the support of the
management team, but two of its key actions depend on a restructure that has not yet
been agreed with staff. Taking everything into account, we think it more likely than
not that the service will get better.
Kingsmarsh Borough Council                                      page 2 of 12`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's32-paraphrase-believe-likely-improve-era-b-fair',
    why: 'kind 3: era B (2003); "we believe the service is likely to get better, although not without risk" is a likelihood (ordinal 2), so promising; no scale word.',
    pages: [
      `Audit Commission
Inspection Report
ICT
Weston Parva Borough Council
June 2003`,
      `Summary
Weston Parva's ICT service is fair: it does the basics reasonably well but users are
seldom asked what they need.

The new head of ICT has brought in a clear plan, members have approved extra funding, and
early actions are already on track. We believe the service is likely to get better,
although not without risk while the new network is being installed.
Weston Parva BC – ICT – 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ───────────────────── kind 4: quoted views that are not the inspectors' ─────────────────────
  {
    name: 's32-quoted-self-assessment-good-excellent-vs-fair-uncertain',
    why: 'kind 4: the council self-assessment rated the service good with excellent prospects; "Our evidence tells a different story" and the inspectors judge fair / uncertain.',
    pages: [
      `Audit Commission
ICT Services
Eastmarsh Borough Council
Inspection report – July 2003`,
      `Summary
Before the inspection the council's self-assessment rated the ICT service as good, with
excellent prospects for improvement. Our evidence tells a different story. We judge the
service to be fair: it provides reliable basic support, but it does not measure its
performance and has not consulted users since 1999. Its prospects for improvement are
uncertain, because the improvement plan is not yet costed.
Eastmarsh BC ICT – page 2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's32-quoted-it-director-expects-rapid-progress-poor-unlikely',
    why: 'kind 4: era A; the head of IT "expects rapid progress", which is a manager\'s view; the inspectors say "We do not share this confidence" and judge the service poor and unlikely to improve.',
    pages: [
      `BEST VALUE INSPECTION
Information Technology Unit
Scarthwaite District Council
June 2001
Audit Commission`,
      `Summary
The head of IT told us that he expects rapid progress once the new help desk software is
installed this summer, and that the service will be "transformed within a year".

We do not share this confidence. The service is poor: it has missed every one of its
own targets for two years, and there is no plan for the staff training the new software
will need. In our view it is unlikely to improve.
Scarthwaite DC                                                                2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's32-quoted-neighbour-excellent-this-service-good-promising',
    why: 'kind 4: a neighbouring council\'s ICT service "was judged excellent last year"; that is another council\'s rating. This council\'s service is judged good with promising prospects.',
    pages: [
      `Audit Commission
Inspection of ICT Services
Kelby Borough Council
April 2004`,
      `Summary
Kelby compared its ICT service with that of neighbouring Castlebridge, whose ICT service
was judged excellent, with excellent prospects, by the Audit Commission last year. Kelby
has adopted several of Castlebridge's practices.

Kelby's own ICT service is, in our judgement, a good service with promising prospects for
improvement. It is reliable and well regarded, and its improvement plan is realistic,
although it has not yet been tested against the market.
Kelby Borough Council – ICT Services                                         2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's32-quoted-earlier-inspection-poor-now-good-excellent',
    why: 'kind 4: a re-inspection; the 2002 inspection "judged the service poor with poor prospects" (earlier inspection, not this verdict). This report now judges the service good with excellent prospects.',
    pages: [
      `Audit Commission
Re-inspection of ICT Services
Tollington Borough Council
November 2004`,
      `Summary
When we first inspected this service in March 2002 we judged it to be a poor service with
poor prospects for improvement. Since then the council has replaced its network, created
a single ICT service desk and put ICT at the centre of its corporate plan.

The service has been transformed. We now judge it to be a good, two-star service, and
its prospects for further improvement are excellent.
Tollington BC – ICT re-inspection                                     page 2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's32-quoted-council-review-excellent-inspectors-fair-probably',
    why: 'kind 4: era A; the council\'s Best Value review concluded the service was "excellent"; "We do not agree" – the inspectors judge it fair and say it will probably improve.',
    pages: [
      `Best Value Inspection Service
IT Services
Ambridge Heath District Council
February 2001`,
      `Summary
The council's Best Value review concluded that its IT service was excellent and needed
only minor changes. We do not agree. We judge the service to be fair. Users are
satisfied with routine support but the service has no performance measures that would
show whether it is improving, and its costs are high.

The review's action plan is sensible, if modest, and the new IT manager is committed to
it. The service will probably improve.
Ambridge Heath DC – 2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's32-quoted-members-best-in-region-poor-will-not',
    why: 'kind 4: era A; members describe the service as "one of the best in the region", which is not the inspectors\' view; "However" the inspectors judge it poor and say it will not improve.',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology
Hartside Borough Council
October 2000`,
      `Summary
Several elected members told us that Hartside's IT service is "one of the best in the
region" and that the Best Value review was "a formality".

However, the inspectors found a service that is costly, slow to respond and out of touch
with the departments it serves. Our judgement is that the service is poor and that it will
not improve: the review challenged nothing, and the council has not accepted that change
is needed.
Hartside BC                                                                      2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ───────────────────── kind 5: long sentences, verdict far from subject ─────────────────────
  {
    name: 's32-long-sentence-dashes-fair-promising',
    why: 'kind 5: era B; the service is described through a long dash-delimited list of duties and a concession before "is, in our judgement, … a fair service"; the prospects sentence is similarly long and ends "promising".',
    pages: [
      `Audit Commission
ICT Services
Redwater Borough Council
December 2002`,
      `Summary
The ICT service – which runs the corporate network, the help desk, the data centre at
Mill Lane, the council's website and intranet, the GIS team and (since April) the contact
centre's telephone system, and which also supports 41 schools under a service level agree-
ment – is, in our judgement, and notwithstanding the recent improvement in help desk re-
sponse times that users told us about, a fair service.
The prospects for the service, given the new ICT strategy that members approved in Sep-
tember, the additional £450,000 identified in the medium-term financial plan and the
appointment of an experienced programme manager, though not yet the results these
should bring, are promising.
Redwater Borough Council                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's32-long-sentence-brackets-excellent-will',
    why: 'kind 5: era A; a long sentence with brackets and a list of duties separates "The IT service" from "is excellent"; the prospects sentence runs across a page break with a running header inside it before "will improve".',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Information Technology
Carlingford City Council
July 2001
Audit Commission`,
      `Summary
The IT service (which provides desktop and network support to 3,200 staff, manages the
council's 60 business applications, runs the payroll and revenues systems on behalf of
two neighbouring districts, and – alone among the councils we have inspected – publishes
its performance against every service standard on the internet each week) is excellent.
The council has agreed a fully funded programme to replace its finance and personnel
systems, and the service, judged against its record of delivering every major project
since 1997 on time and within budget and the clear commitment of the chief executive and
Carlingford City Council – IT                                                      2`,
      `Carlingford City Council – IT                                                      3
the leader of the council to the programme, will improve.
Recommendations
We recommend that the council shares its approach to service standards with other
councils in the region.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's32-long-sentence-poor-uncertain-hyphenated',
    why: 'kind 5: era B (2005); subject and verdict are separated by a long clause about the service\'s history, with line-end hyphenation; "poor" also appears earlier as "poor morale", and "excellent" describes a supplier relationship.',
    pages: [
      `Audit Commission
Inspection Report
ICT and Customer Access
Brindlemoor Metropolitan Borough Council
March 2005`,
      `Summary
Despite the excellent relationship the council enjoys with its main supplier and the
commitment of individual staff, many of whom spoke to us of poor morale, we found that
the ICT and customer access service, which was brought together from three separate
teams in 2003 and which has since had four different managers, two of them interim,
and a budget that has been cut in each of the last three years, is, taken as a whole, a
poor service. Whether the service will improve is, in the absence of any agreed and
funded plan and with the council's attention now focused on its wider financial
difficulties, un-
certain.
Brindlemoor MBC – ICT and Customer Access – 2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's32-long-sentence-good-unlikely-asides',
    why: 'kind 5: era A; the grade ("good") comes after a long aside about what users told us; the prospects sentence separates "the service" from "is unlikely to improve" with an aside about the review.',
    pages: [
      `Audit Commission
Best Value Inspection
IT Services
Tamsford District Council
January 2001`,
      `Summary
The service that Tamsford's small IT team provides to its 450 users – quick, friendly
and, according to almost everyone we spoke to in the housing, planning and revenues
sections, far better than what they had experienced under the previous contractor – is
good.
The service, however, because the review that the council carried out was narrow, did
not look at alternative ways of providing IT and produced an improvement plan with no
targets, is unlikely to improve.
Tamsford District Council – IT Services                                   page 2`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's32-long-sentence-excellent-excellent-era-b',
    why: 'kind 5: era B (2004); the grade word "excellent" ends a sentence forty-odd words after "The ICT service", and a second long sentence ends "excellent" for prospects. An aim about a 2005 target is also mentioned.',
    pages: [
      `Audit Commission
ICT Services
Middlecombe County Council
October 2004`,
      `Summary
The ICT service, measured against its own demanding standards, against the best-perform-
ing county councils with which it has benchmarked itself, and against what users in
every directorate, in schools and in the council's partner organisations told us about
the support and advice they receive from it, is excellent.
The council aims to meet all of the 2005 e-government targets by next summer. Its pros-
pects for continuing to improve the ICT service, which rest on a record of delivery, a
funded plan and leadership from the chief executive and cabinet, are, in our judgement,
excellent.
Middlecombe CC – ICT                                                              2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────── kind 6: documents about an inspection ─────────────────────
  {
    name: 's32-about-cabinet-paper-other-service-score-null',
    why: 'kind 6: a cabinet paper preparing for an ICT inspection; it quotes the benefits service\'s earlier score (good, promising) – another service – and states no judgement of the ICT service. Both null.',
    pages: [
      `ALDERBURY BOROUGH COUNCIL
CABINET – 14 JANUARY 2003
REPORT OF THE DIRECTOR OF RESOURCES
BEST VALUE INSPECTION OF ICT SERVICES
1. Purpose
1.1 To inform Cabinet of the arrangements for the Audit Commission's inspection of ICT
services, which will take place in March 2003.
2. Background
2.1 The Best Value review of ICT was completed in November 2002. The improvement plan was
approved by Cabinet on 3 December 2002.
2.2 Members will recall that the Benefits service, inspected last year, was judged to be a
good service with promising prospects for improvement.
3. Recommendation
3.1 That Cabinet notes the arrangements for the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-about-commission-press-release-poor-poor',
    why: 'kind 6: Audit Commission press release reporting its own inspectors\' verdict on this service (poor, poor prospects); the council leader\'s contrary view is quoted but is not the verdict.',
    pages: [
      `Audit Commission
News release
For immediate release: 26 September 2002
Inspectors find Dunmere's IT service "poor"
The Audit Commission today published its inspection report on Dunmere District Council's
information technology service. Inspectors rated the service as 'poor' (no stars) with
'poor prospects' for improvement.
The inspectors found that the council had no ICT strategy, that many systems were out of
date and that staff across the council had had little or no training.
Councillor Jean Pryce, leader of the council, said: "We believe we have a good service
and we are disappointed with this report."
Notes to editors
1. Best Value inspections answer two questions: how good is the service, and what are
the prospects for improvement?`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's32-about-committee-minutes-report-good-probably',
    why: 'kind 6: era A committee minutes recording the published inspection report on this IT service ("The inspectors had judged the service to be good (two stars) and that it will probably improve"); the housing repairs score in the same minutes is another service.',
    pages: [
      `STOWFORD DISTRICT COUNCIL
MINUTES OF THE POLICY AND RESOURCES COMMITTEE
held on 24 April 2001
47. BEST VALUE INSPECTION: INFORMATION TECHNOLOGY
The Committee received the Audit Commission's inspection report on the IT service,
published in March 2001. The inspectors had judged the service to be good (two stars) and
that it will probably improve.
The Head of IT thanked his staff. Members noted that the housing repairs service,
inspected in January, had been rated poor.
RESOLVED: that the report and the action plan in response to its recommendations be
noted.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's32-about-council-press-release-aiming-excellent-null',
    why: 'kind 6: a council press release issued before the inspection, saying the IT team is "aiming for excellent"; an ambition, not a judgement. Both null.',
    pages: [
      `NEWS FROM WOLDHAM BOROUGH COUNCIL
12 June 2002
IT team gears up for inspection
Woldham's IT team will be inspected by the Audit Commission next month. Head of IT Sarah
Okafor said: "We are aiming for an excellent, three-star rating and we have excellent
prospects. Our customers tell us we provide a good service."
The inspectors will look at how good the service is and at its prospects for improvement.
Their report is expected in the autumn.
ENDS`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-about-scrutiny-minutes-draft-scores-unconfirmed-null',
    why: 'kind 6: scrutiny minutes discussing a draft inspection report whose scores are "not yet confirmed"; members speculate ("probably fair") but nothing is a published verdict. Both null.',
    pages: [
      `LANGTON VALE COUNCIL
Resources Scrutiny Panel – Minutes – 18 November 2003
Item 6: Draft Audit Commission report on ICT services
The Assistant Director (ICT) explained that the council had received the draft report for
factual accuracy checking only. The provisional scores had not yet been confirmed by the
Commission and must not be reported publicly.
Councillor Hale said that in his view the service would probably be rated fair and that
prospects might be uncertain. The Assistant Director said it was too early to say.
Agreed: that the final report be brought to the January meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-about-committee-report-published-poor-uncertain',
    why: 'kind 6: a committee report about the published ICT inspection that relays the inspectors\' verdict on this service (poor, uncertain); it also lists another service\'s good score and the council\'s own earlier view that the service was fair.',
    pages: [
      `HADLEY CROSS METROPOLITAN BOROUGH COUNCIL
Report to: Executive Board
Date: 9 February 2004
Subject: Audit Commission inspection of ICT services – final report
Summary
1. The Audit Commission published its inspection report on the council's ICT services on
20 January 2004. The inspectors judged the service to be 'poor' (no stars) with 'uncertain'
prospects for improvement.
2. The council's own self-assessment had described the service as fair. The inspectors'
report explains why they reached a different view.
3. For comparison, the Revenues service was inspected in 2003 and judged good.
Recommendation
4. That the Executive Board approves the action plan at Appendix A.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ───────────────────── kind 7: plain statements, many sentence forms ─────────────────────
  {
    name: 's32-plain-our-judgement-poor-will-not-era-a',
    why: 'kind 7: era A, "Our judgement is that this is a poor, no-star service that will not improve."',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT Services
Crossmoor District Council
January 2001`,
      `Summary
Crossmoor's IT service supports 380 staff from a single office. Our judgement is that
this is a poor, no-star service that will not improve. The reasons are set out in the
rest of this summary.
Crossmoor DC – IT Services – 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's32-plain-passive-fair-unlikely-era-a',
    why: 'kind 7: era A, passive voice: "The service is judged to be fair (one star). It is judged unlikely to improve."',
    pages: [
      `Best Value Inspection
Information Technology
Penhallow District Council
May 2001`,
      `Summary
The service is judged to be fair (one star). It is judged unlikely to improve, because
the improvement plan is not linked to the budget.
Penhallow DC                                               Audit Commission          2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's32-plain-headings-good-probably-era-a',
    why: 'kind 7: era A, the two standard headings each followed by the answer: "The service is good." / "The service will probably improve."',
    pages: [
      `Audit Commission
Best Value Inspection
ICT
Broadwell Borough Council
February 2001`,
      `How good is the service?
The service is good. It meets most of its standards and users are positive about it.
Will the service improve?
The service will probably improve. The plan is sound but two key posts are vacant.
Broadwell Borough Council                                                       3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's32-plain-inspectors-judge-excellent-will-era-a',
    why: 'kind 7: era A, third-person inspectors: "Inspectors judge that the service is excellent (three stars) and that it will improve."',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Information Services
Fernley Borough Council
June 2001`,
      `Summary
Inspectors judge that Fernley's information services are excellent (three stars) and that
they will improve. The service is one of the few we have seen that routinely compares its
costs and performance with the private sector.
Fernley BC – Information Services – page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's32-plain-we-judge-fair-will-not-era-a',
    why: 'kind 7: era A, active first person across two sentences: "We judge the service to be fair." / "We have concluded that it will not improve."',
    pages: [
      `Audit Commission
Best Value Inspection
Computer Services
Oakhurst District Council
December 2000`,
      `Summary
We judge the service to be fair. Routine support is adequate, but there are no service
standards and the council does not know what IT costs.
We have concluded that it will not improve. The Best Value review was carried out by the
service itself and challenged nothing.
Oakhurst District Council                      2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's32-plain-overall-consider-poor-unlikely-era-a',
    why: 'kind 7: era A, "Overall we consider the service to be poor and it is unlikely to improve", split over a line break; "a fair proportion" earlier is ordinary wording, not a grade.',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology
Sandmere Borough Council
March 2001`,
      `Summary
A fair proportion of users told us they now bypass the help desk and call individual
technicians directly. Overall we consider the service to be poor and it is unlikely to
improve.
Sandmere BC IT                                                                     2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's32-plain-this-is-good-yes-will-era-a',
    why: 'kind 7: era A, "This is a good service." and "Will it improve? Yes, it will improve." as question and answer in the summary.',
    pages: [
      `Best Value Inspection Service
IT Services
Greywell Borough Council
August 2001`,
      `Summary
Is it a good service?
This is a good service. Users are satisfied and costs are low.
Will it improve?
Yes, it will improve. The council has a clear, funded plan and a strong record of
delivering it.
Greywell BC                                                            page 2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's32-plain-we-rate-excellent-probably-era-a',
    why: 'kind 7: era A, "We rate the service as excellent. It will probably improve further."',
    pages: [
      `Audit Commission
Best Value Inspection
Corporate ICT
Merrow County Council
April 2001`,
      `Summary
We rate the service as excellent. It will probably improve further, although the pace of
change may slow while the new finance system is installed.
Merrow County Council – Corporate ICT                                      2`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's32-plain-poor-poor-prospects-era-b',
    why: 'kind 7: era B, "The service is poor and has poor prospects for improvement" – the same word for both judgements.',
    pages: [
      `Audit Commission
ICT Services
Rivington District Council
Inspection report – May 2002`,
      `Summary
The ICT service is poor and has poor prospects for improvement. Systems fail often, users
have no way to report problems outside office hours and the improvement plan has been
neither costed nor approved.
Rivington DC – ICT                                                             2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's32-plain-we-judge-fair-one-star-uncertain-era-b',
    why: 'kind 7: era B, one sentence giving both: "We judge Eastbury\'s ICT service to be a fair, one-star service with uncertain prospects for improvement."',
    pages: [
      `Audit Commission
ICT Services
Eastbury Borough Council
February 2003`,
      `Summary
We judge Eastbury's ICT service to be a fair, one-star service with uncertain prospects for
improvement.
Eastbury Borough Council – ICT                                              2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's32-plain-headings-good-promising-era-b',
    why: 'kind 7: era B, the headings "How good is the service?" and "What are the prospects for improvement?" each followed by the answer.',
    pages: [
      `Audit Commission
Inspection report
ICT
Chalkley Borough Council
October 2003`,
      `How good is the service?
The ICT service is good. It meets most of its targets and users are generally positive.
What are the prospects for improvement?
The service has promising prospects. The plan is realistic and has been funded.
Chalkley Borough Council – ICT – page 3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's32-plain-our-judgement-excellent-excellent-era-b',
    why: 'kind 7: era B, "Our judgement is that the service is excellent and that its prospects for improvement are excellent."',
    pages: [
      `Audit Commission
ICT and e-Government
Harlingham City Council
September 2004`,
      `Summary
Our judgement is that the service is excellent and that its prospects for improvement are
excellent. Harlingham already meets all the 2005 e-government targets.
Harlingham City Council – ICT and e-Government – 2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's32-plain-passive-assessed-fair-poor-prospects-era-b',
    why: 'kind 7: era B, passive: "The service has been assessed as fair, with poor prospects for improvement."',
    pages: [
      `Audit Commission
ICT Services
Whitchester Borough Council
January 2004`,
      `Summary
The service has been assessed as fair, with poor prospects for improvement. There is no
funded plan, and the council has cut the ICT budget by 12 per cent this year.
Whitchester BC – ICT Services – 2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's32-plain-in-our-view-good-uncertain-era-b',
    why: 'kind 7: era B, "In our view this is a good service; its prospects for improvement are uncertain."',
    pages: [
      `Audit Commission
Inspection of ICT Services
Lowerby District Council
July 2002`,
      `Summary
In our view this is a good service; its prospects for improvement are uncertain, because
the council has not decided whether to join a shared service with its neighbours.
Lowerby DC                                                                  2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's32-plain-poor-service-promising-prospects-era-b',
    why: 'kind 7: era B, "a poor service that has promising prospects for improvement" – the grade and prospect point in different directions.',
    pages: [
      `Audit Commission
ICT Services
Quarrington Borough Council
March 2003`,
      `Summary
Quarrington's ICT service is a poor service that has promising prospects for improvement.
A new head of ICT, a funded strategy and strong backing from the chief executive should
change it quickly.
Quarrington BC – ICT Services – page 2`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's32-plain-excellent-three-star-promising-era-b',
    why: 'kind 7: era B, the inspection team "has scored the service as an excellent, three-star service with promising prospects".',
    pages: [
      `Audit Commission
ICT
Greenholme Borough Council
Inspection report, June 2005`,
      `Summary
The inspection team has scored the ICT service as an excellent, three-star service with
promising prospects for improvement.
Greenholme BC – ICT                                                         2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ───────────────────── kind 8: documents with no judgement ─────────────────────
  {
    name: 's32-none-draft-blank-grid-scores-tbc-era-b',
    why: 'kind 8: a draft report with an unmarked scoring chart and "scores to be confirmed"; every axis word appears but no cell is marked. Both null.',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
ICT Services
Pelham Green Borough Council
Draft for factual accuracy check – November 2003`,
      `Summary
Scoring chart – scores to be confirmed
                          Prospects for improvement
               Poor         Uncertain    Promising    Excellent
  Excellent
  Good
  Fair
  Poor
[Summary judgements to be inserted after moderation]
Pelham Green BC – DRAFT – 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-council-own-review-thinks-good',
    why: 'kind 8: the council\'s own Best Value review report (era A); the review team "considers the service to be good" and "likely to improve" – the council\'s view, not an inspection verdict. Both null.',
    pages: [
      `Ferndean Borough Council
Best Value Review of Information Technology
Final report of the review team
October 2000`,
      `5. Conclusions
5.1 The review team considers the IT service to be good overall, and believes it will
improve further once the actions in section 6 are in place.
5.2 The service compares well with the other districts in the county on cost per PC, although
its help desk resolution rate is below the average of the group.
5.3 Users consulted through the staff survey were broadly positive.
6. Improvement plan
See Appendix B.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-commission-guidance-on-scoring',
    why: 'kind 8: guidance explaining the two judgements and both scales; it lists every grade and every prospect word as definitions and inspects no service. Both null.',
    pages: [
      `Audit Commission
Best Value Inspection: how we score services
Guidance for councils, 2002`,
      `Our reports answer two questions.
How good is the service? We score the service as poor (no stars), fair (one star), good
(two stars) or excellent (three stars).
What are the prospects for improvement? Since October 2001 we describe prospects as poor,
uncertain, promising or excellent. Earlier reports said whether a service will not improve,
is unlikely to improve, will probably improve or will improve.
A service judged excellent with excellent prospects will usually be inspected less often.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-scrutiny-notes-on-ict-review',
    why: 'kind 8: scrutiny panel notes on the council\'s ICT review; members call performance "poor" in places and say the strategy shows "promising" ideas, but no inspection judgement exists. Both null.',
    pages: [
      `CORPORATE SCRUTINY PANEL
Notes of the working group on the ICT Best Value review
Meeting of 4 March 2002
Present: Cllrs Adeyemi (chair), Booth, Cartwright
1. The group noted poor performance on help desk call resolution in the second quarter.
2. Members felt the draft ICT strategy contained some promising ideas but needed clearer
links to the corporate plan.
3. The Head of ICT confirmed the Audit Commission inspection is expected in the summer.
4. Next meeting: 1 April 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-service-plan-aims-excellent-2005',
    why: 'kind 8: an ICT service plan whose vision is to be "an excellent, three-star service with excellent prospects by 2005" – an aim, not a judgement. Both null.',
    pages: [
      `Wrenfield District Council
ICT Service Plan 2002–2005`,
      `Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects, and to
deliver 100 per cent of council services electronically.
Where we are now
We believe our service is currently fair to good. Our customers rate us at 78 per cent
satisfied.
Priorities for 2002/03
• replace the network core switches
• roll out the new help desk system
• train all staff in the new e-mail system`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-inspection-notification-letter',
    why: 'kind 8: the Commission\'s letter announcing an inspection and its scope; it names the two questions the report will answer but gives no answer. Both null.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Mr D Thornton
Chief Executive
Upper Lyne District Council
15 January 2002
Dear Mr Thornton
Inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services in the weeks
beginning 11 and 18 March 2002. Our report will say how good the service is and what its
prospects for improvement are, using our published scoring chart.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-improvement-plan-action-table',
    why: 'kind 8: a Best Value improvement plan action table with targets; cells say "poor" and "good" about indicators and target states, not about the service. Both null.',
    pages: [
      `Branxholm Borough Council
ICT Best Value Review – Improvement Plan 2003/04
Action                              Current position                  Target                 Owner
Reduce help desk call backlog       Poor – 280 open calls             Under 50 by March      Service desk mgr
Publish service standards           None in place                     Published by Sept      Head of ICT
User satisfaction                   61% good or very good             75% good or better     Head of ICT
Web transactions                    12 of 40 services online          All by Dec 2005        e-Gov officer`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-draft-era-a-score-to-be-inserted',
    why: 'kind 8: an era A draft whose scoring chart is unmarked and whose summary reads "[score to be inserted]"; the axis phrases "will probably improve" etc. are labels only. Both null.',
    pages: [
      `DRAFT
Best Value Inspection Service
Information Technology
Coldharbour Borough Council
Draft 2 – 14 May 2001`,
      `Summary
The service is [score to be inserted]. It [prospects judgement to be inserted].
Scoring chart
\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
Draft – subject to moderation – not for circulation`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-staff-survey-ordinary-words',
    why: 'kind 8: a staff survey summary full of ordinary uses of the scale words (poor morale, excellent relationships, a fair proportion, good prospects for promotion). Both null.',
    pages: [
      `Hambleford Council – ICT Division
Staff Survey 2003 – Summary of Results
• 64% of staff describe morale as poor or very poor.
• Relationships with colleagues were rated excellent by a fair proportion of respondents.
• Only 22% think they have good prospects for promotion.
• Staff are uncertain about the proposed restructure.
Response rate: 71% (48 of 68 staff).`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-committee-paper-other-services-scores',
    why: 'kind 8: a committee paper summarising the scores of other services (benefits good, housing poor/uncertain) while the ICT review is still under way; nothing about the ICT service is judged. Both null.',
    pages: [
      `MOORSIDE DISTRICT COUNCIL
AUDIT COMMITTEE – 30 June 2003
Best Value inspections: progress report
1. Three services have now been inspected:
   Benefits – good, promising prospects (2002)
   Housing management – poor, uncertain prospects (2002)
   Leisure centres – fair, promising prospects (2003)
2. The Best Value review of ICT services is under way and is due to report in December.
No date has been set for its inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-consultant-benchmarking-report',
    why: 'kind 8: a consultant\'s benchmarking report for the council; it compares costs and calls results "good" or "poor" against a peer group, but it is not an inspection and gives no judgement. Both null.',
    pages: [
      `ICT Benchmarking Study
Prepared for Castleford Vale Borough Council
by Northgate Associates, February 2002`,
      `Key findings
Cost per workstation (£1,050) is in the second quartile: a good result for a council of
this size. First-time fix rate (58%) is poor compared with the club average of 71%.
Network availability is excellent at 99.8%.
We recommend the council repeats this exercise annually.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-self-assessment-submission',
    why: 'kind 8: the council\'s self-assessment submitted before inspection ("we believe the service is good and our prospects are promising") – the council\'s claim, with no inspectors\' verdict. Both null.',
    pages: [
      `Tarnbridge Borough Council
Self-assessment for the Audit Commission inspection of ICT services
August 2003`,
      `Section 1: Our assessment
We believe the ICT service is a good service and that our prospects for improvement are
promising. We base this on our performance against local indicators, a user survey and
the external benchmarking carried out in 2002.
Section 2: Evidence
See the attached portfolio.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-peer-challenge-neighbour-view',
    why: 'kind 8: notes from a peer challenge by a neighbouring council\'s ICT manager ("we would rate your service as good and likely to improve") – not the inspectors. Both null.',
    pages: [
      `Peer challenge of Ashby Fold District Council ICT service
Notes by the Head of ICT, Brenton Borough Council
10 September 2002
Overall, we would rate your service as good, and we think it is likely to improve if the
new network is funded. Your help desk compares well with ours. The inspection will no
doubt form its own view.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's32-none-ict-strategy-document',
    why: 'kind 8: a council ICT strategy setting out aims and principles; it says the current service has "poor" links to front-line services and aims for "excellent" customer access. No inspection judgement. Both null.',
    pages: [
      `Brookmere City Council
Information and Communications Technology Strategy 2004–2007
Approved by Cabinet, 20 April 2004`,
      `1. Introduction
This strategy sets out how ICT will support the council's corporate priorities.
2. Where we are
Links between the ICT team and front-line services have been poor. Our 2003 user survey
showed that 58% of staff rated the service good.
3. Where we want to be
Excellent customer access through the web, telephone and one-stop shops by 2006.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
