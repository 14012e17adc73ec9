/** Held-out judgement set 27, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases27: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's27-grid-asterisk-tabs-grade-rows',
    why: 'kind 1: tab-separated grid, grades as rows and era-A prospects as columns; the only * is in the Fair row under "Will probably improve". The aim to be excellent, poor morale and excellent relationships are traps.',
    pages: [
      `The Audit Commission
Best Value Inspection Service

Information Technology Services
Kestrel Vale Borough Council

Best Value inspection report
June 2001`,
      `Kestrel Vale Borough Council – IT Services                                  3

Summary
1. The IT unit supports around 1,400 users on eleven sites and runs the
council's network, help desk and main business applications. The council's
stated aim is to be an excellent, three-star service by 2004.
2. Morale in the unit is poor after two restructures in eighteen months, but
working relationships with the schools' network team are excellent.

Scoring chart
\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
Rows: how good is the service?   Columns: will the service improve?

3. Our reasons for these judgements are set out in the body of the report.`,
      `Kestrel Vale Borough Council – IT Services                                  7

How good is the service?
14. The help desk answers most calls within its target time, and the network
was available for 99.1 per cent of core hours last year. Project work is less
strong: three of the five projects started in 2000 ran late.
Will the service improve?
22. The review produced a costed improvement plan with named owners. Some
actions depend on recruiting two analysts, which the council has tried and
failed to do before.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's27-grid-x-one-cell-per-line',
    why: 'kind 1: extractor put each grid cell on its own line (empty cells as empty lines); prospects run down, grades across; the X is the third cell of the "Promising prospects" row, i.e. Good. A benefits service judged poor is a trap.',
    pages: [
      `Inspection report
ICT Services
Northmoor District Council
February 2003
Audit Commission – Best Value Inspection Service`,
      `Summary
Northmoor's ICT service has a budget of £2.1 million and 38 staff. It moved
into a new data centre during 2002. The council's benefits service, inspected
in 2001, was judged poor.

Scoring chart
The horizontal axis shows how good the service is; the vertical axis shows its
prospects for improvement.
Poor
Fair
Good
Excellent
Excellent prospects




Promising prospects


X

Uncertain prospects




Poor prospects




Source: Audit Commission`,
      `Northmoor District Council – ICT Services                         page 4

Recommendations
To rise to the challenge of continuous improvement, councils need inspection
reports that offer practical recommendations. We recommend that the council:
• agrees service standards with the three largest departments by June 2003;
• reports help desk performance to members every quarter; and
• completes the move of the planning system to the new platform.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's27-grid-tick-spaces-reversed-columns',
    why: 'kind 1: space-aligned grid, grades as rows, era-B prospects as columns in reverse order (Excellent first); the tick sits in the Poor row under "Uncertain". Axis words and "not yet good" are not the verdict.',
    pages: [
      `Best Value Inspection Service
Audit Commission

Wyvern Coast District Council
Information and Communication Technology

November 2002`,
      `Summary
The ICT section has 19 staff and supports 650 users. It is not yet a good
service: the help desk misses its own targets and there is no reliable record
of the council's equipment.

Scoring chart
                        Prospects for improvement
                        Excellent    Promising    Uncertain    Poor
Is it a good service?
Excellent
Good
Fair
Poor                                                 ✓

Wyvern Coast District Council – ICT                                            2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's27-grid-filled-star-prospect-rows',
    why: 'kind 1: era-A grid with prospects as rows and grades as columns; the ★ is in the "Will not improve" row under Poor. Star counts in axis labels are not marks; another council\'s "excellent" is a trap.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Computer Services
Castlebridge Borough Council
March 2001`,
      `Castlebridge Borough Council – Computer Services                               5

Scoring chart
Will the service improve? How good is the service?
                          Poor       Fair       Good       Excellent  
                          0 stars    1 star     2 stars    3 stars
Will improve
Will probably improve
Unlikely to improve
Will not improve           ★

The council compared its costs with those of a neighbouring authority whose IT
service it describes as excellent, but it did not use that comparison to set
any targets of its own.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's27-grid-bullet-pipe-table',
    why: 'kind 1: pipe-delimited grid, grades as rows (best first) and era-B prospects as columns; the bullet is in the "excellent (3 stars)" row under "Excellent prospects". Every axis cell names a grade or prospect.',
    pages: [
      `Lindenshire County Council
ICT and e-Services
Best Value inspection report
Audit Commission Inspection Service – June 2004`,
      `Scoring chart
| How good is the service? | Poor prospects | Uncertain prospects | Promising prospects | Excellent prospects |
| excellent (3 stars)      |                |                     |                     | •                   |
| good (2 stars)           |                |                     |                     |                     |
| fair (1 star)            |                |                     |                     |                     |
| poor (0 stars)           |                |                     |                     |                     |

The county council set up a shared service with four district councils in 2002.
Users told us the help desk was "poor" before the partnership began.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's27-grid-bracket-x-boxes',
    why: 'kind 1: era-A grid drawn with [ ] boxes; prospects are rows, grades columns; [x] falls in the "Will improve" row under Good. The Sept 2001 date keeps the era-A vocabulary.',
    pages: [
      `BEST VALUE INSPECTION
Information Technology
Harrowfield Metropolitan Borough Council
September 2001
Audit Commission`,
      `Summary
The IT division supports 3,100 users and manages the council's contact centre
systems. It has grown quickly since 1999.

Scoring chart (prospects down the side, service quality along the top)
                        Poor   Fair   Good   Excellent
Will improve            [ ]    [ ]    [x]    [ ]
Will probably improve   [ ]    [ ]    [ ]    [ ]
Unlikely to improve     [ ]    [ ]    [ ]    [ ]
Will not improve        [ ]    [ ]    [ ]    [ ]

Harrowfield MBC – IT Best Value inspection                                    3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's27-grid-x-axis-labels-below',
    why: 'kind 1: chart laid out like a graph, grade labels with star strings on the left and era-B prospect labels printed underneath; the X is in the Fair row above "Poor". Stars in the labels, the aim to be good and "poor morale" are traps.',
    pages: [
      `Audit Commission
Inspection report
ICT Services
Stonegate City Council
July 2002`,
      `Summary
Stonegate's ICT service aims to be a good, two-star service by 2004. Staff in
the unit work hard, but morale is poor and turnover is high.

Excellent  ***
Good  **
Fair  *          X
Poor
                Poor         Uncertain    Promising    Excellent
                Prospects for improvement

Scoring chart: how good is the service, and what are its prospects for improvement?`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with stars/sentences and a reasons column
  {
    name: 's27-table-good-two-stars-of-three',
    why: 'kind 2: judgement cells "Good: 2 stars of 3" and "Probably – we think it will improve" wrap across lines beside a reasons column that says poor, excellent and fair.',
    pages: [
      `Best Value Inspection Service
Brackwater City Council
Information Technology
April 2001`,
      `Summary of judgements

Question                     Judgement                          Reasons
How good is the service?     Good: 2 stars of 3                 Meets most of its own targets; the help desk
                                                                resolves 78% of calls at first contact. Asset
                                                                records are poor and we saw no excellent
                                                                practice in project control.
Will the service improve?    Probably – we think it             A realistic, funded plan, and early actions
                             will improve                       are done. Capacity in the web team is a fair
                                                                concern.

Brackwater City Council – IT inspection                                        2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's27-table-fair-one-star-uncertain',
    why: 'kind 2: "Fair (one star)" and "Uncertain – the plan is not yet resourced" cells, with a Why column that praises excellent relationships and mentions a poor record.',
    pages: [
      `Audit Commission
Best Value inspection
ICT Services
Elmsworth Borough Council
January 2003`,
      `Our judgements at a glance

Judgement area              Score                     Why
Quality of service          Fair (one star)           Systems are reliable and relationships with
                                                      schools are excellent, but users wait too long
                                                      for new equipment and good practice is patchy.
Prospects for improvement   Uncertain – the plan      The plan is sound on paper; the council has a
                            is not yet resourced      poor record of finishing ICT projects.

The remainder of this report explains these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's27-table-poor-zero-stars-no-will-not',
    why: 'kind 2: pipe-separated judgement table, "Poor (0 stars)" and "No, it will not improve", with a reasons cell mentioning good intentions and a fair number of actions.',
    pages: [
      `THE AUDIT COMMISSION
BEST VALUE INSPECTION SERVICE

Marlow Heath District Council
IT Support Services
Inspection report – December 2000`,
      `Table 1: Inspection judgements
How good is the service? | Poor (0 stars). The service misses nine of its twelve targets. | Reasons: the IT strategy has good intentions, but a fair number of its actions were dropped without explanation.
Will the service improve? | No, it will not improve. | Reasons: the review produced no plan, no owner and no budget for change.

Marlow Heath District Council – IT Support                                      3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's27-table-three-stars-excellent-promising',
    why: 'kind 2: one table row gives "★★★ Excellent" and "Promising – well placed to keep improving"; the commentary cell mentions poor take-up and another service judged fair.',
    pages: [
      `Audit Commission Inspection Service
Ashcombe Vale Council
ICT and e-services
Inspection report
June 2004`,
      `Summary table
Service              Star rating      Prospects                  Commentary
ICT and e-services   ★★★ Excellent    Promising – well placed    Users rate the help desk highly; poor
                                      to keep improving          take-up of online payments is the main
                                                                 gap. The revenues service (inspected in
                                                                 2003) was judged fair.

Ashcombe Vale Council – ICT and e-services                                     2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's27-table-fair-one-star-out-of-three-yes',
    why: 'kind 2: question/answer table with one cell per line: "Fair: one star out of three" and "Yes – it will improve", each followed by a reasons cell that says "not yet good" and "poor systems".',
    pages: [
      `Best Value Inspection Service
Fenbridge District Council
Information and Communications Technology
August 2001`,
      `INSPECTION JUDGEMENTS
Is the service good?
Fair: one star out of three
The service is not yet good: response times are slipping, though users value
the help desk staff.
Will it improve?
Yes – it will improve
The council has a clear, costed plan and a strong record of delivery; the poor
systems of 1999 have already been replaced.

Fenbridge District Council – ICT                                              page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's27-table-poor-no-stars-cell-per-line',
    why: 'kind 2: table extracted one cell per line (header cells, then label / score / reasons); "Poor – no stars" and "Poor prospects"; the reasons mention good work and a fair amount of goodwill.',
    pages: [
      `Inspection report
Audit Commission
Corston Borough Council
ICT Services
March 2002`,
      `Table 2: the inspectors' judgements
Judgement
Score
Reasons
Quality of the current service
Poor – no stars
Backlogs of over 400 calls; the good work of a few staff cannot make up for
weak systems.
Prospects for improvement
Poor prospects
The improvement plan has no costs, no targets and no timetable; a fair amount
of goodwill is not enough.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased, no scale words
  {
    name: 's27-paraphrase-more-likely-than-not',
    why: 'kind 3: era A; prospects only as "more likely than not that the service will get better" with a hedge about a tight timetable -> probably. Grade stated plainly as good.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Elmsworth Borough Council
May 2001`,
      `Summary
We judge Elmsworth's IT service to be good, and award it two stars. It is
reliable, users trust it, and its costs are low for a council of this size.

Will the service get better?
Taking the evidence as a whole, we think it more likely than not that the
service will get better over the next two years. The timetable for the new
finance system is tight, and a slip there would hold back other work, but the
plan is sensible and the people responsible for it are capable.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's27-paraphrase-no-doubt-deliver-plan',
    why: 'kind 3: era A; "we have no doubt that the council will deliver its improvement plan" – the negation sits on doubt, so this is certainty -> will. Grade fair.',
    pages: [
      `Best Value inspection report
Ravensholme District Council
IT Services
January 2001
The Audit Commission`,
      `Summary
The service is fair. It has one star: it does the basics reliably, but it
offers users little beyond that, and its project work has been slow.

We have no doubt that the council will deliver its improvement plan. Several
actions are already complete, the plan is costed and funded in this year's
budget, and members check progress against it every month. This is not a
service that is standing still.

Ravensholme District Council – IT Services                                    2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's27-paraphrase-doubt-capacity',
    why: 'kind 3: era A; "we doubt that the council has the capacity to carry out its plan" plus "more reasons to doubt progress than to expect it" -> unlikely. Grade poor in the inspectors\' voice.',
    pages: [
      `Audit Commission – Best Value Inspection Service
Sandmere Borough Council
Information Technology
July 2001`,
      `Summary
In our view the service is poor. Users wait up to three weeks for faults to be
fixed, and two large projects have been abandoned since 1999.

The council has written an improvement plan with 30 actions. We doubt that it
has the capacity to carry that plan out: the IT unit has four vacancies, no
one has been given responsibility for the plan, and there is no money set
aside for it. Some change is possible once a new head of IT is in post, but we
see more reasons to doubt progress than to expect it.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's27-paraphrase-no-sign-of-change',
    why: 'kind 3: era A; "there is no sign that anything will change", "nothing to suggest the service will get better" -> will-not. Grade poor.',
    pages: [
      `BEST VALUE INSPECTION
Computer and Network Services
Oldcastle District Council
February 2001`,
      `Oldcastle District Council                                            Page 2

Summary
The service is poor. It costs more than similar services elsewhere, it meets
few of its targets and users have lost confidence in it.

The Best Value review did not produce an improvement plan, and members have not
discussed the review's findings. There is no sign that anything will change.
We found nothing to suggest that the service will get better in the next two
years.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's27-paraphrase-not-convinced-can-deliver',
    why: 'kind 3: era B; "we are not convinced that the council can deliver the changes it has planned" and "finely balanced" -> uncertain, with no scale word. Grade fair.',
    pages: [
      `Inspection report
ICT Services
Bramleigh Borough Council
May 2002
Audit Commission`,
      `Summary
We judge the ICT service to be fair, scoring one star out of three.

We are not convinced that the council can deliver the changes it has planned.
Some improvements are under way – a new call-logging system went live in March
– but others depend on funding that has not yet been agreed, and the
project manager leaves in the summer. Whether the service gets better is
finely balanced.

Bramleigh Borough Council – ICT                                               3`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's27-paraphrase-on-balance-expect-progress',
    why: 'kind 3: era B; "On balance we expect the service to make progress" with reservations -> promising, no scale word. Grade fair.',
    pages: [
      `Audit Commission
Best Value inspection
ICT and Customer Access
Thornbury Vale District Council
October 2003`,
      `Summary
The service is fair (one star). It is improving from a low base: network
failures have halved since 2001, but the web site offers few transactions.

Looking ahead, there are risks – the council relies heavily on one supplier
and has not yet agreed its budget for 2004/05. On balance, though, we expect
the service to make progress: the plan is realistic, senior managers are
committed to it, and the first milestones have been met on time.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's27-paraphrase-confident-plan-delivered',
    why: 'kind 3: era B; "We are confident that the council will deliver its plan in full" -> excellent prospects, with no scale word. Grade good.',
    pages: [
      `Audit Commission Inspection Service
Information and Communications Technology
Greyfriars City Council
April 2004`,
      `How good is the service?
Greyfriars provides a good, two-star ICT service. Users are positive about it
and it performs well against other cities.

Will it get better?
We are confident that the council will deliver its plan in full and that the
service will keep getting better. It has a strong record of meeting its
targets, the plan is fully funded, and progress is reported to the executive
every quarter.

Greyfriars City Council – ICT                                                 4`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's27-paraphrase-no-realistic-chance',
    why: 'kind 3: era B; "no realistic chance of the service getting better" -> poor prospects, no scale word; grade fair.',
    pages: [
      `Best Value Inspection Service
ICT Services
Hallam Cross Borough Council
September 2002`,
      `Summary
We judge the service to be fair. Day-to-day support is adequate and users
speak well of individual staff.

However, the improvement plan consists of a list of intentions without
targets, costs or owners, and the council has cut the ICT budget for next
year. While this remains the case we see no realistic chance of the service
getting better.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's27-quoted-self-assessment-then-contrast',
    why: 'kind 4: the council\'s self-assessment says good with promising prospects; "Our evidence tells a different story" and the inspectors judge fair with uncertain prospects.',
    pages: [
      `Audit Commission
ICT Services
Kingsferry District Council
Best Value inspection report
November 2003`,
      `Summary
The council's self-assessment, completed in June 2003, rated the ICT service
as good with promising prospects for improvement. Our evidence tells a
different story. Response times have worsened for two years running and few
users know what standard of service to expect.

We judge the service to be fair. Its prospects for improvement are uncertain:
the improvement plan is sensible but is not yet funded, and the council's
track record on ICT projects is mixed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's27-quoted-it-director-expects-progress',
    why: 'kind 4: era A; the IT director expects rapid progress and the review team called the service "fair and improving"; the inspectors do not share that view: poor, unlikely to improve.',
    pages: [
      `Best Value Inspection Service
Information Technology
Upton Marsh Borough Council
March 2001`,
      `Summary
The IT director told us he expects rapid progress now that the new structure
is in place, and the council's own review team described the service as
"fair and improving". We do not share that view.

In our judgement the service is poor, and it is unlikely to improve: the new
structure has left key posts empty and there is no agreed plan for filling
them.

Upton Marsh Borough Council – IT                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's27-quoted-neighbour-rated-excellent',
    why: 'kind 4: a neighbouring council\'s ICT service "was rated excellent by the Commission in 2002"; the inspectors\' own verdict on this service is good with promising prospects.',
    pages: [
      `Audit Commission Inspection Service
Harrowfield Metropolitan Borough Council
ICT Partnership Services
June 2003`,
      `Context
Harrowfield shares its data centre with neighbouring Brantwood Borough
Council, whose ICT service was rated excellent, with excellent prospects, by
the Commission in 2002. Harrowfield's managers told us they regard Brantwood
as the standard to aim for.

Our judgement
Harrowfield has not reached that standard yet. We consider its ICT service to
be good, with two stars, and its prospects for improvement promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's27-quoted-earlier-inspection-poor',
    why: 'kind 4: the earlier (2001, era-A) inspection found the service poor and unlikely to improve; the current report says it is now good with excellent prospects.',
    pages: [
      `Audit Commission
Re-inspection report
ICT Services
Dunmore Borough Council
February 2004`,
      `Summary
When we first inspected the service in August 2001 we found it poor, and we
judged then that it was unlikely to improve. The position now is very
different. The council has replaced its network, cleared its backlog of
requests and agreed standards with every department.

The service is now good, and its prospects for further improvement are
excellent.

Dunmore Borough Council – ICT re-inspection                                   3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's27-quoted-cabinet-member-claim',
    why: 'kind 4: the cabinet member calls the service "excellent by any measure"; "However" the inspection team judged it poor with poor prospects.',
    pages: [
      `Best Value Inspection
ICT Services
Westleigh District Council
August 2002
Audit Commission`,
      `Summary
The cabinet member for resources described the service to us as "one of the
best in the region – excellent by any measure". However, the inspection team
found a service that misses most of its targets, has no disaster recovery
arrangements and is not trusted by its users.

The inspection team judged the service to be poor, with poor prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's27-quoted-consultant-report-improve-rapidly',
    why: 'kind 4: era A; a consultant predicted the service "will improve rapidly"; "Our evidence tells a different story" – the inspectors judge it fair and unlikely to improve.',
    pages: [
      `The Audit Commission
Best Value Inspection Service
IT Services
Pennock Borough Council
June 2001`,
      `Summary
A consultant's report commissioned by the council in 2000 concluded that the
service "will improve rapidly once the new network is in place". Our evidence
tells a different story. The network is now in place, but the problems users
raise with us – slow responses, no priorities, little training – remain.

We judge that the IT service is fair, and that it is unlikely to improve.

Pennock Borough Council – IT Services                                        2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's27-quoted-modest-self-assessment-excelled',
    why: 'kind 4: the council\'s own assessment was modest (good, uncertain prospects); the inspectors "take a more positive view": excellent, promising prospects.',
    pages: [
      `Audit Commission Inspection Service
ICT Services
Lowther Dales District Council
December 2004`,
      `Summary
The council's own assessment was modest: it scored the service as good and
described its prospects as uncertain because two senior staff are due to
retire.

We take a more positive view. In our view this is an excellent service: users
are very satisfied, costs are low and performance is in the top quarter
nationally. Succession plans are in place, and we judge the prospects for
improvement to be promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's27-long-sentence-fair-will',
    why: 'kind 5: era A; the grade "fair" comes some sixty words after "The council\'s ICT service", past dashes, brackets and a list of duties (and "poor" asset records); the prospect comes at the end of another long sentence -> will.',
    pages: [
      `Best Value Inspection Service
The Audit Commission
Information and Communications Technology
Tilbury Moss Borough Council
April 2001`,
      `Summary
The council's ICT service – which runs the wide area network linking 23
offices and libraries, a help desk that took 31,000 calls last year, the
corporate web site and (since April 2000) the payroll and pensions systems for
4,200 staff, and which has been through two restructures and a change of head
of service in three years – is, in the judgement of the inspection team and
despite the poor state of its asset records, a fair service.

The improvement plan agreed by the cabinet in February, backed by a capital
allocation of £1.3 million over three years, a new service-level agreement
with every department and a programme of user training that (unusually, in our
experience) has already begun, gives us good reason to say that the service
will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's27-long-sentence-excellent-promising',
    why: 'kind 5: era B; long subject with a bracketed list of services and an aside about a "poor" inspection of another service before "is excellent"; prospects promising at the end of a long sentence.',
    pages: [
      `Audit Commission
Inspection report
Shared ICT Service (Ambridge and Felsham Councils)
December 2004`,
      `Summary
The shared ICT service, which the two councils set up in 2002 to replace their
separate IT sections (and which now supports revenues, benefits, planning,
environmental health and the joint contact centre – the last of these having
been the subject of a poor inspection report in 2003 under its previous
management), is, on the evidence we gathered from users, managers and
performance data, excellent.
Its prospects for improvement – given a funded plan, a governing board that
meets monthly and a track record of meeting deadlines, though set against the
risk that the partnership agreement is due for renewal next year – are, in our
view, promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's27-long-sentence-page-break-poor',
    why: 'kind 5: era B; the grade sentence is split by a page break with a running header and page number; "poor" arrives far from "the service"; prospects uncertain come after a long aside. "Good" describes the staff, not the service.',
    pages: [
      `Best Value Inspection Service
ICT Services
Marchbank District Council
January 2002`,
      `Summary
The service, despite the good efforts of a small and committed team, the
arrival of a new head of ICT last autumn and a series of recent changes to the
help desk (extended opening hours, a new telephone system and a self-help page
on the intranet), remains, when judged against what users need and what other
district councils achieve with similar`,
      `Marchbank District Council – ICT Services                                    3

resources, poor.
Whether it will get better – and the council has now agreed an improvement
plan, though that plan has no costs attached and several of its actions rely
on staff who are already fully stretched – is a question to which our answer
is that the prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's27-long-sentence-good-unlikely',
    why: 'kind 5: era A; "good" stands at the end of a sentence full of asides (including an "excellent" reputation for schools support); "unlikely to improve" follows a long list of risks.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Corporate IT Services
Gillingstone County Council
November 2000`,
      `Summary
Corporate IT Services – a unit of 64 staff that supports 5,000 users across the
county, maintains the council's mainframe and its growing number of servers,
and has (according to the head teachers we spoke to) an excellent reputation
for schools support – provides, taking account of its costs, its performance
against target and the views of its users, a service that we judge to be good.
But the unit's plans for the next three years, which assume a budget that has
not been agreed, staff who have not been recruited and a replacement mainframe
contract that has not been let, convince us that the service is unlikely to
improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's27-long-sentence-good-excellent',
    why: 'kind 5: era B; a long sentence lists the service\'s duties and an earlier "fair" rating of the helpdesk contract before the verdict "good"; "excellent" prospects close a long second sentence.',
    pages: [
      `Audit Commission Inspection Service
ICT and Digital Services
Sefton Moor Metropolitan Council
May 2005`,
      `Summary
Sefton Moor's ICT and digital services – covering the network, 2,700 desktops,
the contact centre systems, the council's web site and the helpdesk contract
that the council's own review in 2003 called only "fair" – now offer, in our
judgement, a good service.
The combination of a fully funded programme, strong project management, the
chief executive's personal involvement and a record of hitting every major
milestone in the last two years leads us to conclude that the prospects for
improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's27-long-sentence-hyphenated-excellent',
    why: 'kind 5: era A; the grade word is hyphenated across a line end ("excel-/lent") after a long list, and "im-/prove" is split in the prospect sentence (-> probably); poor and fair appear in asides.',
    pages: [
      `Best Value inspection report
Information Technology
Quenby Borough Council
July 2001
Best Value Inspection Service`,
      `Quenby Borough Council – IT                                                  2

Summary
The IT service, which was rebuilt in 1998 after a poor audit report and which
now supports every department, the libraries and (under a service agreement)
a fair number of the borough's schools, is, in the view of the inspectors, an
excel-
lent service.
Although the improvement plan has some gaps, and one or two of its targets look
over-ambitious, we think that the service will probably im-
prove further.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's27-about-commission-news-release',
    why: 'kind 6: an Audit Commission news release reporting its own inspectors\' verdict on this service (good, promising); notes to editors list the whole scale, and a quote mentions poor record-keeping in the past.',
    pages: [
      `Audit Commission
News release
12 March 2003
For immediate release

"Good" ICT service in Lindenshire has promising prospects, say inspectors

Lindenshire County Council's ICT service is good and has promising prospects
for improvement, according to a report published today by the Audit
Commission's inspection service. Inspectors awarded the service two stars.

The lead inspector said: "Lindenshire has turned round a service whose
record-keeping was poor only three years ago. Users now get a reliable
service, and the council has a credible plan for the next stage."

Notes to editors
1. Services are scored from no stars (poor) to three stars (excellent).
2. Prospects for improvement are judged as poor, uncertain, promising or
excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's27-about-committee-paper-other-service-score',
    why: 'kind 6: a committee paper about the forthcoming ICT inspection; it quotes the benefits service\'s score and the target of "good" – no judgement of the ICT service exists yet, so both null.',
    pages: [
      `Kingsferry District Council
Report to: Resources Scrutiny Committee
Date: 18 November 2002
Subject: Best Value inspection of ICT services – preparation

1. Purpose
To inform members of the arrangements for the Audit Commission's inspection of
ICT services, which will take place in May 2003.

2. Background
2.1 The benefits service was inspected in 2002 and judged "good" with
"promising" prospects. Officers have reviewed that inspection to learn lessons
for ICT.
2.2 The ICT improvement plan aims for the service to be rated at least good,
with promising or excellent prospects.

3. Recommendation
That members note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-about-minutes-before-inspection',
    why: 'kind 6: minutes of a panel meeting before the IT inspection; members hope for "good" and mention a neighbour\'s "excellent"; nobody states an inspection verdict – both null.',
    pages: [
      `WHITMOOR DISTRICT COUNCIL
MINUTES of the meeting of the Best Value Panel held on 6 February 2001

Present: Councillors Ames (Chair), Bright, Dunn and Okafor

14. IT SERVICES – BEST VALUE INSPECTION
The Head of IT reported that inspectors from the Audit Commission would be on
site from 19 February. Councillor Bright hoped the service would be judged
good and would improve, noting that Brantwood's IT service had been described
locally as excellent. Councillor Dunn said that staff morale was poor and that
the panel should not raise expectations.
RESOLVED: that the report be noted and a further report be brought to the
panel when the inspection report is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-about-committee-paper-reports-outcome',
    why: 'kind 6: era A committee paper reporting the published inspection of this IT service: the inspectors judged it "fair" (one star) and said it "will probably improve"; the hoped-for "good" and another service judged poor are traps.',
    pages: [
      `Askern Vale District Council
Report of the Director of Corporate Services
To: Cabinet, 23 August 2001
BEST VALUE INSPECTION OF THE IT SERVICE – OUTCOME

1. The Audit Commission's Best Value inspection report on the IT service was
published on 2 August 2001.
2. The inspectors judged the service to be "fair" (one star) and concluded
that it "will probably improve". Officers had hoped for a rating of good.
3. For comparison, the housing repairs service, inspected in March, was
judged poor.
4. The inspectors made six recommendations, set out in Appendix A, which
officers will build into the improvement plan.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's27-about-council-press-release-quoting',
    why: 'kind 6: era A council press release quoting the Audit Commission\'s verdict on this IT service (good, will improve); the leader\'s wish to be excellent is an aim.',
    pages: [
      `RYECROFT CITY COUNCIL – PRESS RELEASE
24 May 2001

TWO STARS FOR RYECROFT IT

Ryecroft's IT service has been given a clean bill of health by government
inspectors. The Audit Commission's Best Value inspectors found the service to
be good and said that it will improve.

Council leader Cllr Mary Hollis said: "This is a great result for our staff.
We won't rest here – we want to be an excellent service by 2003."

ENDS
Notes: The full report is available from the Audit Commission.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's27-about-newsletter-draft-scores-unconfirmed',
    why: 'kind 6: staff newsletter about a draft inspection report whose scores are not yet confirmed; it hopes for good/promising – both null.',
    pages: [
      `ICT NEWS – staff bulletin of Coldharbour Borough Council
Issue 41, September 2003

Inspection update
The inspectors' draft report arrived last week. The scores are still to be
confirmed after the factual accuracy check, so we cannot say yet how the
service has been rated. Thank you to everyone who took part in the focus
groups – the inspectors said the discussions were excellent.

We are hoping for a good rating with promising prospects, but whatever the
outcome, the improvement plan continues.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-about-cabinet-report-fair-uncertain',
    why: 'kind 6: era B cabinet report on the Commission\'s ICT inspection: the Commission judged the service "fair" with "uncertain" prospects; the council\'s own "good" self-assessment is contrasted.',
    pages: [
      `Penhallow District Council
CABINET – 14 October 2002
Item 7: Audit Commission inspection of ICT services

Summary
The Audit Commission published its inspection report on the council's ICT
services on 1 October 2002. The Commission judged the service to be a fair,
one-star service with uncertain prospects for improvement. The council's
self-assessment had rated the service good.

Recommendations
(a) That Cabinet notes the Commission's judgements.
(b) That the revised improvement plan at Appendix 1 is approved.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 7: plain statements, many sentence forms
  {
    name: 's27-plain-passive-poor-will-not',
    why: 'kind 7: era A, passive voice: "The service is judged to be poor" and "it is judged that the service will not improve"; "good intentions" is a trap.',
    pages: [
      `Best Value Inspection Service
Information Technology
Crowhurst District Council
November 2000`,
      `Summary
The service is judged to be poor. Users experience frequent network failures
and there are no agreed service standards. The review set out good intentions
but no firm proposals, and it is judged that the service will not improve.

Crowhurst District Council – IT                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's27-plain-we-judge-fair-will-not',
    why: 'kind 7: era A, active "We judge" for both judgements: fair, will not improve; "a fair proportion" is an ordinary use of the word.',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT Services
Lambrook Borough Council
July 2001`,
      `Summary
A fair proportion of the council's IT spending goes on maintaining systems
that are out of date. We judge that the IT service is fair: it is cheap and
users find staff helpful, but it does little beyond keeping systems running.
We judge that the service will not improve. The council has decided to leave
the service as it is until a corporate restructure is complete, and no date
has been set for that.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's27-plain-our-judgement-poor-unlikely',
    why: 'kind 7: era A, "Our judgement is that this is a poor service that is unlikely to improve" in one sentence; the council\'s aim to be "good" is a trap.',
    pages: [
      `THE AUDIT COMMISSION – BEST VALUE INSPECTION
Computer Services
Hexley Borough Council
January 2001`,
      `Summary
Hexley's improvement plan aims to make computer services "good" within two
years.
Our judgement is that this is a poor service that is unlikely to improve. The
plan's targets are not backed by resources, and many of the same weaknesses
were identified by the District Auditor in 1998.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's27-plain-headings-good-unlikely',
    why: 'kind 7: era A, answers under the headings "How good is the service?" and "Will the service improve?" – good, unlikely to improve; "poor" project discipline is a detail.',
    pages: [
      `Best Value inspection report
Information Technology
Redbourne County Council
June 2001
Best Value Inspection Service`,
      `How good is the service?
The service is good. It is reliable, users value it, and it costs less than
the average for county councils.
Will the service improve?
Unlikely. Project discipline is poor, the improvement plan is a list of
wishes rather than actions, and the council has not set aside any money to
carry it out.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's27-plain-inspection-team-fair-probably',
    why: 'kind 7: era A, "The inspection team scored the service as fair, with one star, and considers that it will probably improve"; the neighbour\'s good service is a trap.',
    pages: [
      `Best Value Inspection Service
IT and Telecommunications
Nethercott District Council
March 2001`,
      `Summary
The inspection team scored the service as fair, with one star, and considers
that it will probably improve. Nethercott's costs are higher than those of its
neighbour, Lambrook, whose service the council regards as good, but its plan
to close the gap is realistic.

Nethercott District Council – IT                                             2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's27-plain-report-concludes-excellent-probably',
    why: 'kind 7: era A, "This report concludes that..." – an excellent, three-star service that will probably improve further.',
    pages: [
      `The Audit Commission
Best Value Inspection Service
Information Services
Abbotsleigh Borough Council
August 2001`,
      `Summary
This report concludes that Abbotsleigh's information services are excellent,
meriting three stars, and that they will probably improve further. The main
risk is the loss of two experienced managers next year.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's27-plain-we-consider-good-will',
    why: 'kind 7: era A, "We consider that the council provides a good IT service and that it will improve"; "excellent working relationships" is an ordinary phrase.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Corporate IT
Marston Lacy District Council
October 2000`,
      `Summary
Staff in the IT unit have excellent working relationships with the finance
and housing departments.
We consider that the council provides a good IT service and that it will
improve: a funded plan is in place, the first milestones have been met and
members monitor progress closely.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's27-plain-qa-excellent-yes',
    why: 'kind 7: era A, question-and-answer summary: "How good is the service? Excellent – three stars." and "Will it improve? Yes." -> will.',
    pages: [
      `BEST VALUE INSPECTION
IT Services
Corfe Hollow Borough Council
April 2001`,
      `The inspectors' answers to the two questions
How good is the service?  Excellent – three stars.
Will it improve?  Yes. The council has a clear plan, the money to deliver it
and a history of doing what it says it will do.

Corfe Hollow Borough Council – IT Services                                   1`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's27-plain-poor-poor-prospects',
    why: 'kind 7: era B, passive "is judged to be" / "are judged to be": a poor service with poor prospects; "not a good service" negation supports poor.',
    pages: [
      `Audit Commission
Best Value inspection
ICT Services
Tenbury Wells District Council
January 2002`,
      `Summary
This is not a good service. It is judged to be poor, scoring no stars, and
its prospects for improvement are judged to be poor.

Tenbury Wells District Council – ICT                                         2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's27-plain-fair-poor-prospects',
    why: 'kind 7: era B, "In our view" – fair, one star, poor prospects; the target of "good by 2005" is an aim.',
    pages: [
      `Audit Commission Inspection Service
Information Technology
Crickmere Borough Council
June 2003`,
      `Summary
The council's target is to be rated good by 2005. In our view the ICT service
is currently a fair, one-star service whose prospects for improvement are
poor, because the improvement plan has stalled and the budget for it has been
cut.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's27-plain-headings-poor-uncertain',
    why: 'kind 7: era B, headings answered in the inspectors\' voice: poor (0 stars); prospects uncertain; the "excellent" new web site is a detail.',
    pages: [
      `Inspection report
ICT and Customer Services
Pendle Reach Borough Council
March 2004
Audit Commission`,
      `How good is the service?
We found a poor service. Although the new web site is excellent, the systems
behind it fail often, and users wait too long for help.
What are the prospects for improvement?
We judge them to be uncertain. The plan is promising on paper, but the
council has not yet shown that it can deliver it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's27-plain-good-uncertain-commission',
    why: 'kind 7: era B, "The Commission judges..." – good, two stars, uncertain prospects; "poor" recruitment is a detail.',
    pages: [
      `Audit Commission
Best Value inspection report
ICT Services
Farleigh Down District Council
October 2002`,
      `Summary
The Commission judges that Farleigh Down's ICT service is good, scoring two
stars, but that its prospects for improvement are uncertain. Recruitment has
been poor for two years and the service relies on a few key people.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's27-plain-fair-promising-split-line',
    why: 'kind 7: era B, "We have judged" with the prospect phrase split over a line break; fair, promising.',
    pages: [
      `Audit Commission Inspection Service
ICT Services
Wexcombe City Council
July 2004`,
      `Summary
We have judged the ICT service to be fair (one star) with promising
prospects for improvement. The new strategy is sound and is beginning to
deliver results.

Wexcombe City Council – ICT                                                  3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's27-plain-excellent-promising-this-report',
    why: 'kind 7: era B, "This report finds" – excellent, three stars, promising prospects; the previous "fair" contractor rating is a detail.',
    pages: [
      `Audit Commission
Inspection report
ICT Services
Brackenholme Borough Council
February 2005`,
      `Summary
This report finds Brackenholme's ICT service to be excellent, meriting three
stars, with promising prospects for improvement. The council replaced a
contractor whose performance it had rated only fair.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's27-plain-good-excellent-our-judgement',
    why: 'kind 7: era B, "Our judgement is that..." – a good service with excellent prospects; the aim to be "excellent" is distinct from the prospects.',
    pages: [
      `Audit Commission Inspection Service
ICT Services
Otterbridge District Council
November 2003`,
      `Summary
Otterbridge wants to be an excellent council by 2006.
Our judgement is that the ICT service is good and that it has excellent
prospects for improvement.

Otterbridge District Council – ICT                                           2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's27-plain-excellent-excellent-inspectors',
    why: 'kind 7: era B, "The inspectors found..." – excellent (three stars) with excellent prospects.',
    pages: [
      `Audit Commission
Best Value inspection
ICT Services
Gorsley Heath Borough Council
September 2004`,
      `Summary
The inspectors found an excellent, three-star ICT service with excellent
prospects for improvement. It is well led, well funded and highly regarded
by its users.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's27-none-draft-blank-grid',
    why: 'kind 8: draft report with an unmarked scoring grid and "scores to be confirmed"; axis text lists every grade and prospect – both null.',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
ICT Services
Coldharbour Borough Council
Inspection report (draft 2, August 2003)`,
      `Summary
[Scores to be confirmed following the moderation panel.]

Scoring chart
\tPoor prospects\tUncertain prospects\tPromising prospects\tExcellent prospects
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t

The service supports 900 users and has a budget of £1.4 million.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-council-best-value-review',
    why: 'kind 8: the council\'s own Best Value review report, era A; it calls its service good and expects improvement – the council\'s view, not an inspection verdict: both null.',
    pages: [
      `Lambrook Borough Council
Best Value Review of Information Technology
Final report of the review team
December 2000`,
      `Conclusions of the review
The review team considers that the IT service is good and that, once the
actions in Section 8 are taken, it will improve further. Users rated the help
desk "good" or "excellent" in 71% of survey returns, although a fair number
complained about response times.
The review will be inspected by the Audit Commission in the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-scoring-guidance',
    why: 'kind 8: guidance explaining how inspectors score services; defines every grade and prospect, judges nothing – both null.',
    pages: [
      `Best Value inspections: how we score services
A guide for councils, 2002

Inspectors answer two questions.
How good is the service? Services are placed on a scale from poor (no stars)
through fair (one star) and good (two stars) to excellent (three stars).
What are the prospects for improvement? Prospects are judged to be poor,
uncertain, promising or excellent.
An excellent service is one that is delivering outstanding results for its
users at a reasonable cost. A poor service is one that fails to meet the
needs of users in important respects.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-scrutiny-notes',
    why: 'kind 8: scrutiny panel notes on the ICT service with members\' views ("a good service", "will improve") – no inspection verdict: both null.',
    pages: [
      `Pendle Reach Borough Council
Corporate Scrutiny Panel – notes of informal session, 9 June 2003
ICT service review

• Members felt the help desk gave a good service but that the web site was poor.
• Cllr Shaw asked whether the service would improve once the new contract
  started. The Head of ICT said she expected it to.
• The panel agreed to ask for quarterly performance figures.
• Next session: 8 September 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-service-plan-aiming-excellent',
    why: 'kind 8: the ICT service plan sets the aim of an excellent three-star rating with excellent prospects by 2005 – an ambition, not a judgement: both null.',
    pages: [
      `Otterbridge District Council
ICT Service Plan 2003/04

Our vision
To be an excellent, three-star ICT service with excellent prospects by the
time of our next inspection in 2005.

Where we are now
Some users still see the service as poor at keeping them informed. We want to
become good at this within twelve months.

Key targets
• 95% of faults fixed within eight working hours
• 100% of services available electronically by December 2005`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-inspection-notification-letter',
    why: 'kind 8: era A letter announcing an inspection; explains the two questions and the scale but gives no verdict – both null.',
    pages: [
      `Best Value Inspection Service
The Audit Commission

Chief Executive
Redbourne County Council
12 March 2001

Dear Chief Executive

Best Value inspection of IT services
I am writing to confirm that we will inspect the council's IT services
between 14 and 25 May 2001. The inspection will judge how good the service
is (on a scale from poor to excellent) and whether it will improve (will not
improve, unlikely to improve, will probably improve, or will improve).

Please send the documents listed in the annex by 20 April.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-improvement-plan-progress',
    why: 'kind 8: a council progress report on its ICT improvement plan with ordinary uses of "poor", "excellent", "fair" and "good" – no inspection verdict: both null.',
    pages: [
      `Wexcombe City Council
ICT Improvement Plan – progress report, quarter 2, 2003/04

Action 4: staff survey. Complete. Morale was poor in the network team, and a
fair proportion of staff asked for more training.
Action 7: relationship managers. Complete. Feedback from departments has
been excellent.
Action 11: disaster recovery test. Delayed to quarter 3.
Overall, good progress has been made: 14 of 20 actions are on track.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-performance-plan-other-services',
    why: 'kind 8: a Best Value Performance Plan table of inspection results for other services; ICT is listed as not yet inspected – no judgement of the ICT service: both null.',
    pages: [
      `Hexley Borough Council
Best Value Performance Plan 2002/03

Table 6: Audit Commission inspections to date
Service               Date        Score            Prospects
Benefits              Jan 2002    Good (2 stars)   Promising
Waste collection      Apr 2002    Fair (1 star)    Uncertain
Housing repairs       Jun 2002    Poor (0 stars)   Poor
ICT services          Due 2003    –                –

We aim for every service to be at least good by 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-draft-placeholder-choices',
    why: 'kind 8: era A draft with placeholder choices ("[fair/good – TBC]", "[will probably improve / will improve – to be agreed]") – no decided verdict: both null.',
    pages: [
      `Best Value Inspection Service
DRAFT FOR DISCUSSION WITH THE COUNCIL
IT Services
Nethercott District Council
March 2001`,
      `Summary
The service is [fair/good – TBC]. The service [will probably improve / will
improve – to be agreed by the inspection team after the feedback meeting].

Note to lead inspector: scores to be confirmed at the quality review.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-internal-audit-report',
    why: 'kind 8: an internal audit report on IT controls with audit ratings of controls ("good", "poor") – not a Best Value inspection verdict: both null.',
    pages: [
      `Farleigh Down District Council
Internal Audit Services
Audit of IT general controls, 2003/04

Overall opinion: substantial assurance.
Findings
1. Backup arrangements are good and are tested monthly.
2. Password controls are poor: 40% of accounts have never changed their
   password.
3. Change control is fair but not always documented.
Management response: the ICT manager expects all actions to be complete by
March 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-user-satisfaction-survey',
    why: 'kind 8: the council\'s user survey results, with percentages rating the service excellent/good/fair/poor – users\' opinions, not an inspection verdict: both null.',
    pages: [
      `Gorsley Heath Borough Council
ICT user satisfaction survey 2004 – results

How would you rate the ICT help desk overall?
Excellent   18%
Good        47%
Fair        24%
Poor        11%

Do you think the service has improved in the past year?
Yes 58%   No 21%   Don't know 21%

412 responses (response rate 38%).`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-it-strategy-aims',
    why: 'kind 8: era A council IT strategy with aims ("excellent authority", "we will improve") – no inspection verdict: both null.',
    pages: [
      `Abbotsleigh Borough Council
Information Technology Strategy 2001–2004
Approved by the Policy Committee, January 2001

1. Our ambition is to be an excellent authority, making the best use of
   technology to serve local people.
2. We will improve access to services by delivering them electronically.
3. We will replace poor legacy systems, starting with the housing system.
4. We will seek a good return on every pound spent on IT.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's27-none-outsourcing-specification',
    why: 'kind 8: a procurement specification for an ICT partnership; the supplier must help the council reach an "excellent" rating – an aim, not a verdict: both null.',
    pages: [
      `Crickmere Borough Council
ICT Strategic Partnership – Statement of Requirements
Issued October 2004

3. Objectives
3.1 The partner will help the council move from its current position to an
excellent ICT service with excellent prospects for improvement, as judged at
the next inspection.
3.2 Bidders should describe how they would address poor performance in
desktop support and improve response times.
3.3 Evaluation: 60% quality, 40% price.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
