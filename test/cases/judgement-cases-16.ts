/** Held-out judgement set 16, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases16: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's16-grid-asterisk-prospect-rows',
    why: 'Marked grid, era B: prospects on the rows (top = excellent), grades on the columns; an asterisk in the Promising row, third data column (Good). No verdict words in the prose; the axis labels list every grade and prospect.',
    pages: [
`Best Value Inspection Service

Tollbury Borough Council
Information and Communications Technology

February 2003

Summary
Tollbury's ICT service supports around 1,400 staff working on 22 sites, and
manages the council's wide area network, its corporate applications and a
help desk that logs some 900 calls a month. The council finished its Best
Value review of the service in June 2002 and this inspection took place over
eight days in November and December 2002.

Scoring the service
The chart on the next page summarises our two judgements. The asterisk marks
the cell that reflects our view of how good the service is now and of its
prospects for improvement. Our reasons are set out in the body of the report.
                                                                          1`,
`Tollbury Borough Council – ICT                                           2

Scoring chart
'Prospects for improvement?'
Excellent\t\t\t\t
Promising\t\t\t*\t
Uncertain\t\t\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
'How good is the service?'

The council told us that it wants the ICT service to reach the top of both
scales within three years. Users we spoke to were complimentary about the
help desk staff, whom several described as excellent, although many were
frustrated by the time taken to replace old equipment.
Our recommendations follow on page 3.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's16-grid-tick-grade-rows-era-a',
    why: 'Marked grid, era A: grades on the rows with the axis title split across the first column, prospects on the columns with two-line labels; a tick in the Fair row under "Will probably improve". A quoted ambition ("excellent band") must not count.',
    pages: [
`AUDIT COMMISSION
Best Value Inspection

Kilbury District Council
Revenues and Benefits Service

June 2001

Contents
Summary ........................................................ 3
Scoring chart .................................................. 4
Recommendations ................................................ 5
Report .......................................................... 7
Appendices ..................................................... 19`,
`Kilbury District Council – Revenues and Benefits                   Page 4

How we have scored the service
Figure 2 shows the two judgements together. The vertical axis is how good the
service is; the horizontal axis is whether it will improve. The tick shows
where we have placed the service.

Figure 2: Scoring chart
How good is\tExcellent\t\t\t\t
the service?\tGood\t\t\t\t
\tFair\t\t\t✓\t
\tPoor\t\t\t\t
\t\tWill not\tUnlikely to\tWill probably\tWill
\t\timprove\timprove\timprove\timprove
\t\tWill the service improve?

The benefits manager's stated aim is for the service to reach the 'excellent'
band by the end of 2003. Our reasons for scoring the service as we have are
set out in the rest of this report.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's16-grid-x-space-layout-caption',
    why: 'Marked grid extracted with space layout (pdftotext -layout): the caption says rows are prospects and columns are the current service; an X sits under the "Poor" column in the "Uncertain prospects" row. Position, not words, carries the verdict.',
    pages: [
`Audit Commission in Wales
Best Value Inspection

Caerwen County Borough Council
Library and Information Service
September 2002

Summary
Caerwen runs 14 branch libraries, two mobile libraries and a schools library
service for a largely rural county of 58,000 people. Opening hours have been
cut twice since 1998 and the book fund is among the lowest per head in Wales.
Library staff have excellent local knowledge and the public values them, but
the service has lost ground on almost every measure we looked at.

The scoring chart below shows our judgement. The rows give the prospects
for improvement and the columns how good the service is now.`,
`Caerwen CBC – Library and Information Service                          5

                        Poor      Fair      Good      Excellent
  Excellent prospects
  Promising prospects
  Uncertain prospects    X
  Poor prospects
                             How good is the service?

Recommendations
To rise to the challenge of improving the service, the council should:
  • agree a realistic book fund and publish it for three years ahead;
  • restore Saturday opening at the four busiest branches; and
  • set targets against the Welsh public library standards.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's16-grid-dot-poor-row-first',
    why: 'Marked grid, era B, unusual order: grades on the rows running Poor (top) to Excellent (bottom), prospects across; a dot in the Fair row, first prospect column (Poor prospects). A residents\' survey quoting "good" is a trap.',
    pages: [
`Wellmarsh District Council
Waste Collection and Recycling
Best Value Inspection – March 2004                                    Page 3

Summary
The council collects household waste from 31,000 homes and runs a fortnightly
kerbside recycling service that reaches about two thirds of them. In the
council's 2003 residents' survey 64 per cent rated collection rounds as good
or very good. The recycling rate, however, has stayed at 11 per cent for three
years, well below the statutory target of 18 per cent for 2003/04.

Scoring chart: Wellmarsh DC waste collection and recycling
\tPoor prospects\tUncertain prospects\tPromising prospects\tExcellent prospects
Poor service\t\t\t\t
Fair service\t●\t\t\t
Good service\t\t\t\t
Excellent service\t\t\t\t
Key: the dot shows the inspection team's judgement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's16-grid-bracket-x-grade-rows',
    why: 'Marked grid, era B, every cell printed as "[ ]" and one as "[x]": grades on the rows (Excellent top), prospects across; the [x] is in the Excellent row, third column (Promising). Column labels wrap onto two lines.',
    pages: [
`Aldersey City Council – Housing and Council Tax Benefits          November 2002

Scoring the service

                 Poor        Uncertain   Promising   Excellent
                 prospects   prospects   prospects   prospects
Excellent        [ ]         [ ]         [x]         [ ]
Good             [ ]         [ ]         [ ]         [ ]
Fair             [ ]         [ ]         [ ]         [ ]
Poor             [ ]         [ ]         [ ]         [ ]

Rows: how good is the service? Columns: what are the prospects for
improvement?

New claims are decided in an average of 19 days and the accuracy of
assessments, checked by the council's own sample, has been above 98 per cent
for two years. The service was among the first in the region to take claims
at the doorstep on laptops.
                                                                          4`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's16-grid-star-pipes-era-a',
    why: 'Marked grid, era A, drawn with rules that extract as pipes; prospects labelled Yes/Probably/Unlikely/No across the top in an order that starts with No; a star in the Poor row, first cell (No = will not improve).',
    pages: [
`Northolme Borough Council                          Information Technology
Best Value Inspection Service                               December 2000

Our judgement

                              Will the service improve?
                 No         Unlikely    Probably    Yes
  Excellent  |          |           |           |           |
  Good       |          |           |           |           |
  Fair       |          |           |           |           |
  Poor       |    ★     |           |           |           |
How good is the service?

Chart 1. The star marks where the inspectors have placed the service.

The IT unit has lost five of its eleven technical staff in eighteen months
and morale among those remaining is poor. The council has no agreed IT
strategy and the Best Value review did not consider alternative ways of
providing the service.
                                                                   - 4 -`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's16-grid-cross-prospect-rows-era-a',
    why: 'Marked grid, era A: prospect rows Yes/Probably/Unlikely/No, grade columns; a cross in the Unlikely row, third data column (Good). A tenants\' panel describing the service as "fair at best" is not the verdict.',
    pages: [
`Ravensmoor District Council
Housing Repairs and Maintenance
Best Value Inspection                                          August 2001

Summary
The council owns 5,200 homes. Its direct labour organisation carries out
about 21,000 responsive repairs a year, and planned work is let to
contractors. Tenants' panel members told us that they regarded the repairs
service as "fair at best", but the satisfaction survey commissioned by the
council showed 83 per cent of tenants satisfied with their last repair.

Chart 1 – Scoring the service
Will the service improve?
Yes\t\t\t\t
Probably\t\t\t\t
Unlikely\t\t\t✗\t
No\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\tHow good is the service?

                                                                         2`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's16-table-fair-one-star-yes-it-will',
    why: 'Judgement table, era A: "Fair (one star)" and "Yes, it will improve" wrapped over two lines, beside a reasons column that says good, poor, excellent.',
    pages: [
`Stourwick District Council                          Best Value Inspection
Council Tax and Business Rates Collection                      March 2001

2  Summary of judgements

Judgement\tScore\tMain reasons
How good is the\tFair (one star)\tCollection rate of 96.1 per cent is good for the
service?\t\tdistrict group, but arrears recovery is poor and an
\t\texcellent counter service cannot offset slow replies
\t\tto letters
Will the service\tYes, it will\tA realistic, costed improvement plan; a new
improve?\timprove\tdocument imaging system already installed; poor
\t\tperformers in the team are being managed

3  The rest of this report explains how we reached these judgements.
                                                                         3`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's16-table-good-two-of-three-uncertain',
    why: 'Judgement table, era B: "Good: 2 stars of 3" and "Uncertain: the plan is not costed", reasons column says excellent, fair, poor and promising.',
    pages: [
`Fenbridge Borough Council – Sport and Leisure Services                    7

Table 1: Our judgements

Question                     Our judgement          Why
How good is the service?     Good: 2 stars of 3     Excellent pools and a fair spread of
                                                    sessions for older people; the
                                                    booking system is poor
What are the prospects       Uncertain: the plan    Promising work with schools is not
for improvement?             is not costed          matched by capacity in the small
                                                    leisure development team

Inspected July 2003.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's16-table-poor-no-stars-will-not',
    why: 'Judgement table, era A: "Poor (no stars)" and "No, it will not improve"; the comment column contains good, fair at best, unlikely and will probably — none of which is the verdict.',
    pages: [
`Hartsmere Borough Council
Information Technology Services
Best Value Inspection Service, February 2001

Inspection judgement    Score                    Comment
Quality of service      Poor (no stars)          Staff are committed and some good
                                                 work is done on the network, but
                                                 users judge the help desk fair at
                                                 best
Will it improve?        No, it will not          The council is unlikely to find the
                        improve                  £1.2 million the plan needs, and
                                                 the plan will probably slip again

                                                                    Page 2 of 24`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's16-table-stars-symbols-promising',
    why: 'Scores table, era B, tab separated: the grade cell is "★★ Good (two stars)"; the comment cells use excellent, fair, poor and good.',
    pages: [
`Quenby Borough Council
Development Control
May 2004

Inspection area\tScore\tComment
Current performance\t★★ Good (two stars)\tExcellent pre-application advice; a fair share of minor applications decided late; poor record on enforcement
Prospects for improvement\tPromising\tThe service has a good track record of delivering its plans; e-planning is not yet live

The council has been a planning delivery grant authority since 2003 and uses the grant to fund four temporary planning officer posts.
                                                                         2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's16-table-one-star-probably-provided',
    why: 'Judgement table, era A (September 2001, last month of the old wording): "1 star – fair" and "Probably – provided the new system goes live", with a basis column that says poor, good and unlikely.',
    pages: [
`Brackenfold District Council
Payroll and Personnel Information Systems
Best Value Inspection – September 2001

Our judgement in brief
                        Rating                  Basis
Is the service good?    1 star – fair           The payroll runs accurately and on
                                                time; the personnel system is poor
                                                and little used by managers
Will it improve?        Probably – provided     A good plan exists but is unlikely
                        the new system goes     to be funded in full next year
                        live in April

                                                                          3`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's16-table-excellent-three-stars',
    why: 'Judgement table, era B: "Excellent (three stars)" and "Excellent – improvement already under way"; the evidence column mentions a fair number of complaints, a good track record and poor pest control performance.',
    pages: [
`Bexmoor City Council
Environmental Health – Food Safety and Pollution Control
January 2005

Judgement\tScore\tEvidence
How good is the service?\tExcellent (three stars)\tAll high-risk food premises inspected on time for three years; a fair number of complaints about noise response times remain
Prospects for improvement\tExcellent – improvement already under way\tGood track record; members and managers own the plan; poor performance on pest control response already tackled
                                                                         1`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased, no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's16-para-on-balance-expect-improve',
    why: 'Era B report; the prospect is given only as "on balance, we expect the service to improve" after a list of doubts — promising. The grade is stated plainly.',
    pages: [
`Greyhaven Borough Council – ICT Services                     October 2002

Summary
We judge the ICT service to be a 'fair', one-star service. Core systems are
reliable and the network was available for 99.4 per cent of working hours
last year, but the council has no current ICT strategy, desktop equipment in
three of the five directorates is more than five years old and departments
buy their own software with little reference to the ICT section.

The new head of ICT has been in post only since July, the improvement plan
is untested and funding for its second year is not yet agreed. On balance,
however, we expect the service to improve: the plan is specific and
realistic, members have set aside money for the first year, and the service
has already cleared most of its backlog of help desk calls.
                                                                          3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's16-para-confident-deliver-era-a',
    why: 'Era A report; prospect paraphrased as "we are confident that the council will deliver its improvement plan" — will improve.',
    pages: [
`Pennick District Council
Revenues Service
Best Value Inspection, May 2001

Summary
Pennick's revenues section collects council tax from 38,000 homes and
business rates from 2,100 properties. In-year collection has risen for four
successive years and is now in the top quarter for district councils.

We judge that Pennick's revenues service is a good, two-star service. We are
confident that the council will deliver its improvement plan, which is
costed, has clear milestones and is already being monitored monthly by the
finance portfolio holder.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's16-para-doubt-capacity-turn-round',
    why: 'Era B housing report; "we doubt that the council has the capacity to turn the service round" — uncertain prospects, no scale word.',
    pages: [
`Housing Inspectorate
Sallowfield Borough Council
Housing Repairs and Maintenance
February 2004

Summary
We consider this to be a 'poor', zero-star service. Tenants wait on average
41 days for routine repairs, appointments are offered for fewer than one job
in five and the council does not know how many of its homes fail the decent
homes standard.

The council has recognised many of these problems and has produced an action
plan. However, the repairs manager post has been vacant for eleven months,
the plan depends on a new IT system that has not yet been bought, and we doubt
that the council has the capacity to turn the service round.
                                                                          2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's16-para-no-sign-will-change',
    why: 'Era B report; "there is no sign that this will change" and "we do not expect the service to get better" — poor prospects. The grade sentence is hedged with "not a poor service".',
    pages: [
`Lowmoor Metropolitan Borough Council
Information and Communications Technology

Best Value Inspection Service                                    June 2003

Summary
The ICT service is not a poor service: the network is stable and the help
desk resolves most calls on first contact. We judge it to be 'fair', with one
star. It remains, though, a service that reacts to requests rather than
helping the council to change the way it works.

The Best Value review was carried out by the ICT section itself, consulted no
one outside the council and did not compare costs with other providers. The
improvement plan has no targets. Senior managers have not questioned this,
there is no sign that this will change, and we do not expect the service to
get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's16-para-likely-make-progress-era-a',
    why: 'Era A; grade given in the inspectors\' voice ("In our view the service is fair"), prospect as "it is likely that the service will make progress" — will probably improve.',
    pages: [
`Corriston City Council – Highway Maintenance                  January 2001

1. Summary
1.1 Corriston maintains 640 kilometres of roads and 900 kilometres of
footway. Spending on structural maintenance has fallen in real terms for a
decade, and the backlog is estimated at £31 million.

1.2 In our view the service is fair. Safety inspections are carried out on
time and claims against the council have fallen, but residents wait too long
for non-urgent repairs and the council has little information about the
condition of its footways.

1.3 It is likely that the service will make progress over the next two years.
The council has adopted a new asset management approach, has tested its
contract against the private sector and has agreed a three-year programme
with members.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's16-para-in-no-doubt-continue',
    why: 'Era B; "we are in no doubt that it will continue to improve" — negated doubt means certainty: excellent prospects. The word "doubt" must not be read as hedging.',
    pages: [
`Mardle District Council
Customer Access and E-government
Best Value Inspection – November 2003

Summary
Mardle's customer service centre now answers 78 per cent of all calls to the
council and resolves most of them at the first point of contact. Residents can
pay, book and report 60 per cent of council services on line, and the council
is on course to meet the government's 2005 target early.

We judge this to be a good, two-star service. The council has a clear
vision, a proven record of delivering its plans on time and within budget,
and strong political backing. We are in no doubt that it will continue to
improve.
                                                                          2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's16-para-not-convinced-deliver-era-a',
    why: 'Era A; "we are not convinced that the council will deliver" — unlikely to improve; the grade is fair, stated plainly.',
    pages: [
`Easthythe Borough Council
Parks and Open Spaces
August 2001

Summary
The council manages 46 parks, 120 hectares of amenity grass and three
cemeteries. Parks are clean and well used, and the rangers' work with
schools is widely valued. We judge the service to be fair.

Easthythe's improvement plan is ambitious. It promises Green Flag status for
four parks by 2003 and a new management structure. We are not convinced that
the council will deliver it: the plan is not costed, no one officer owns it,
and previous plans for the parks have been overtaken by budget cuts.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's16-para-no-prospect-while-era-a',
    why: 'Era A; "we see no prospect of the service improving while the present arrangements continue" — will not improve; grade poor stated as "a poor service".',
    pages: [
`KESTLEMERE DISTRICT COUNCIL
Information Technology
Best Value Inspection Service                              November 2000

Summary
Kestlemere's IT section has four staff and supports 260 users. It has no
service level agreements, no record of how long faults take to fix and no
budget for replacing equipment. We found that it is a poor service.

The Best Value review was completed in a month, did not involve users and
concluded that no change was needed. We see no prospect of the service
improving while the present arrangements continue.
                                                                          1`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's16-quote-self-assessment-then-different-story',
    why: 'The council\'s self-assessment (good, excellent prospects) is quoted first; "our evidence tells a different story" introduces the inspectors\' own verdict: fair, uncertain.',
    pages: [
`Haverleigh District Council – ICT                                 April 2003

Summary
The council's self-assessment, submitted to us before the inspection, rated
the ICT service as good and its prospects for improvement as excellent. Our
evidence tells a different story. Two of the four system upgrades promised
last year are still outstanding, the help desk does not record whether calls
are resolved, and departments told us they had not been asked what they need
from the service.

We judge the ICT service to be 'fair' and its prospects for improvement
uncertain. The council has the makings of a sound plan, but it has not yet
shown that it can deliver one.
                                                                          3`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's16-quote-director-expects-rapid-progress',
    why: 'A director\'s expectation of rapid progress is quoted, then "we do not share that confidence"; the inspectors\' verdict is poor and unlikely to improve (era A).',
    pages: [
`Tarnside Metropolitan Borough Council
Information Technology
Best Value Inspection – July 2001

Will the service improve?
The Director of Corporate Services told us that she expects the service to
improve rapidly once the new help desk software is installed in the autumn,
and that she regards the present difficulties as temporary.

We do not share that confidence. The software has been postponed twice, the
IT strategy has not been revised since 1997 and there is no plan to address
the shortage of network staff. We judge that the service is poor and that it
is unlikely to improve.
                                                                         11`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's16-quote-neighbour-rated-excellent',
    why: 'A neighbouring council\'s benefits service "was judged excellent"; the inspected council is good with promising prospects. The neighbour\'s rating appears first and is nearer the words "benefits service".',
    pages: [
`Brindlecombe Borough Council
Housing Benefit and Council Tax Benefit
December 2002

Comparison with others
The council has compared its benefits service with that of neighbouring
Stannerley Borough Council, whose benefits service was judged excellent by
the Audit Commission earlier this year. Stannerley processes new claims in
an average of 16 days against Brindlecombe's 27.

Our judgement
Brindlecombe's benefits service is good. It pays claims accurately, fraud
work is well organised and claimants are treated with courtesy, although new
claims still take too long. Its prospects for improvement are promising: the
council has learned from Stannerley and has begun to copy its visiting
arrangements.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's16-quote-earlier-inspection-would-not',
    why: 'An earlier inspection (2000) judged the service poor and said it would not improve (era A words); this era B report judges it fair with promising prospects.',
    pages: [
`Marlow Heath Borough Council
Waste Management
Re-inspection report                                         September 2004

Summary
When we last inspected this service, in November 2000, we judged it to be
poor and said that it would not improve. Much has changed since then. The
council has let a new collection contract, introduced kerbside recycling to
every household and cut missed collections by two thirds.

We now judge the service to be a 'fair' one-star service with promising
prospects for improvement. Recycling rates remain below target, but the
council knows why and has a credible plan to address this.
                                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's16-quote-self-assessment-appendix-only',
    why: 'Only the appendix reproducing the council\'s self-assessment: "we" here is the council ("we consider our ICT service to be good ... we are confident it will improve"). No inspectors\' verdict in the document: null.',
    pages: [
`Thornleigh Borough Council – ICT                                         27

Appendix 3 – The council's self-assessment (as submitted)

The following is reproduced as it was submitted to the inspection team.

"We consider our ICT service to be good (two stars). Over the past year we
have replaced 400 PCs, introduced a single help desk number and published
service standards for all departments. We are confident that the service
will improve further as the new ICT strategy is implemented, and our aim is
to be recognised as an excellent service within three years."

Signed: Head of ICT, on behalf of the Corporate Management Team`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-quote-member-excellent-however',
    why: 'The executive member called the centres "excellent"; "However, the inspection team judged..." gives good and will probably improve (era A).',
    pages: [
`Dunmere Borough Council                       Leisure Centres
Best Value Inspection                                   April 2001

Summary
The executive member for leisure described the council's three centres to us
as "excellent, the best in the county". Usage has certainly grown and the
centres are clean and well staffed. However, the inspection team judged the
service to be good rather than excellent: opening hours do not suit working
people, prices for low-income users are high and there is little
information on who uses the centres.

The service will probably improve. The council has consulted widely,
compared its costs with private operators and agreed a plan that managers
and staff understand.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 5: verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's16-long-dashes-list-of-duties',
    why: 'Era B; the grade comes more than 60 words after "The ICT service", after a dashed aside listing its duties with a bracket inside; the prospect sentence has its own aside.',
    pages: [
`Ystrad Cennen County Borough Council
Information and Communications Technology
January 2003

Summary
The ICT service – which supports some 1,900 users at 37 locations, runs the
corporate network, the payroll, council tax and housing benefit systems and
the council's web site, has (since last April) taken over the telephone
switchboard, and has had three heads of service in two years – is, in our
judgement, a 'fair', one-star service.

Its prospects for improvement, given that the new ICT strategy has still to
be approved by the executive board, that the savings on which the
improvement plan depends have not been identified and that the section
carries six vacancies, are uncertain.
                                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's16-long-brackets-before-poor-era-a',
    why: 'Era A; brackets and a semicolon list between "the housing benefit service" and "poor"; the prospect follows a long conditional clause (unlikely).',
    pages: [
`Fellgate Metropolitan Borough Council
Housing Benefit and Council Tax Benefit
Best Value Inspection Service – October 2000

Summary
We have concluded that the housing benefit service (which pays £48 million a
year to some 19,000 claimants, two thirds of them council tenants; which is
also responsible, since the reorganisation in 1999, for the council's
counter-fraud work; and which has been the subject of three internal audit
reports in as many years) is a poor service.

Unless the council both finds the money to clear a backlog of 6,300
unprocessed claims and changes the way the section is managed, neither of
which it has yet committed to doing, the service is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's16-long-prospect-after-taking-account',
    why: 'Era A; the prospect verb phrase ("will probably improve") stands about 50 words after "the council\'s IT service", behind a list of considerations; grade given separately as two stars.',
    pages: [
`Westerby District Council – Information Technology               March 2001

Summary
We consider the IT service to be a good, two-star service. It is reliable,
users rate it highly and its costs compare well with those of similar
councils.

We consider that the council's IT service, taking account of the quality of
its Best Value review, the fact that the improvement plan has been agreed by
members and funded for three years, the recent appointment of a business
analyst to work with departments, and the risk that the planned move to a
new office building in 2002 will divert staff, will probably improve.
                                                                          4`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's16-long-sentence-across-page-break',
    why: 'Era B; a long sentence breaks across a page with a running header and a page number between "is" and "a \'good\'"; the prospect sentence also crosses a line with a hyphenated word.',
    pages: [
`Pontmorlais County Borough Council – ICT                        August 2004

Summary
Taking everything into account – the stability of the network, the speed
with which faults are fixed, the progress made with on-line services, the
views of the staff and members we interviewed and the council's spending on
ICT, which is lower than that of most Welsh councils – we consider that the
ICT service is
                                                                          2`,
`Pontmorlais County Borough Council – ICT                        August 2004

a 'good', two-star service. The service has promising prospects for improve-
ment because its plans are realistic, owned by the corporate management team
and already showing results.

Recommendations
We recommend that the council:
  • publishes service levels for each department; and
  • tests the cost of its desktop support against the market.
                                                                          3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's16-long-excellent-after-aside',
    why: 'Era B; "excellent" appears about 45 words after "the library service" behind an aside about branches and a bracketed list; prospects are excellent, stated after a semicolon list.',
    pages: [
`Ashgrove City Council
Library and Heritage Service
Best Value Inspection – June 2004                                         3

Summary
The library service, which operates a central library, 19 branches and a
mobile service, manages the city archive and two small museums, and has in
the past three years rebuilt five branches (Oakley, Fairmead, St Luke's,
Brayton and Holm Lane) with lottery and private funding, is in our view an
excellent service.

Visits have risen by 22 per cent since 2000; book issues, against the
national trend, have risen too; the service knows its users well; and its
plans are costed and backed by members. Its prospects for improvement are
excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------------------
  // Kind 6: council documents about an inspection (not the inspectors' report)
  // ---------------------------------------------------------------------------
  {
    name: 's16-council-cabinet-report-it-outcome',
    why: 'A cabinet report by the council reporting the inspection outcome for its own ICT service ("fair" with "promising prospects"). It is a council paper, not the inspectors\' report: no judgement.',
    pages: [
`HARROWDENE BOROUGH COUNCIL

REPORT TO: Cabinet
DATE: 12 December 2002
REPORT OF: Director of Resources
SUBJECT: Outcome of the Best Value inspection of ICT

1. Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of
the ICT service, carried out in September 2002, and to seek approval for the
action plan at Appendix A.

2. Inspection outcome
2.1 The inspectors judged the ICT service to be 'fair' (one star) with
'promising prospects' for improvement. Officers consider this a reasonable
outcome given the investment made in the last two years.
2.2 The report makes eight recommendations, which are addressed in the
action plan.

3. Recommendation
3.1 That Cabinet notes the inspection report and approves the action plan.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-council-press-release-libraries',
    why: 'A council press release celebrating its libraries\' "good" rating with "excellent prospects". Reported by the council, not the inspectors\' report: no judgement.',
    pages: [
`NEWS RELEASE
Corriston City Council Press Office
For immediate release: 3 March 2003

CITY LIBRARIES RATED GOOD – AND SET TO GET BETTER

Corriston's libraries have been rated 'good' by government inspectors, who
also said the service has 'excellent prospects' for improvement.

Councillor Maureen Tate, executive member for culture, said: "This is a
tremendous result for our staff, who have worked so hard to turn the
service round. We are determined to be an excellent, three-star service by
2005."

The Audit Commission inspection took place in November 2002. The full
report is available at the central library and on the council's web site.

Ends
Notes to editors: Best Value inspections score services from zero to three
stars and judge whether they are likely to improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-council-review-report-cites-other-service',
    why: 'The council\'s own ICT Best Value review report cites another service\'s inspection result ("benefits ... judged good and will probably improve"). A council document about a different service: no judgement.',
    pages: [
`Northbrook District Council
Best Value Review of Information and Communications Technology
Final report of the review team – April 2001

4. Lessons from other reviews
4.1 The benefits service, inspected by the Audit Commission last year, was
judged to be a good service that will probably improve. The inspectors
praised its use of document imaging, and the review team has drawn on that
experience in its options for ICT.
4.2 The review team considers that ICT should aim for at least the same
rating when it is inspected in the autumn.

5. Options
5.1 The review team considered four options: retaining the service in
house, a strategic partnership, outsourcing desktop support only, and a
shared service with a neighbouring district.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-council-scrutiny-minutes',
    why: 'Overview and scrutiny minutes recording the Head of ICT reporting a "poor" score with "uncertain prospects" and members\' comments. Council minutes, not the inspectors\' report: no judgement.',
    pages: [
`TOLLESBY BOROUGH COUNCIL
MINUTES OF THE RESOURCES OVERVIEW AND SCRUTINY COMMITTEE
held on 8 July 2003

Present: Councillor Brand (Chair), Councillors Ahmed, Greaves, Lowe,
O'Neill and Pryce.

23. BEST VALUE INSPECTION OF ICT
The Head of ICT reported that the Audit Commission had scored the service
as 'poor' with 'uncertain prospects' for improvement. He said that the
inspectors had acknowledged the excellent work of the help desk team and
that the score reflected historic under-investment.
Councillor Greaves said that the result was disappointing but not
surprising. Councillor O'Neill asked whether the service would improve
without extra money; the Head of ICT said he was confident it would.
RESOLVED: that the report be noted and an action plan be brought to the
September meeting.                                                      Page 6`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-council-staff-newsletter',
    why: 'A council staff newsletter paraphrasing the inspection result for waste collection ("two stars ... likely to improve"). No inspectors\' report: no judgement.',
    pages: [
`Inside Wellbridge
The staff newsletter of Wellbridge District Council
Issue 47 – Spring 2004

Bin crews earn two stars
Our refuse and recycling team has been awarded two stars out of a possible
three by the Audit Commission's inspectors, who also said the service was
likely to improve further. Well done to everyone at the Mill Road depot!

Waste manager Dave Kerr said: "The inspectors spotted some things we need
to work on, like missed bins on the new estates, but overall they liked
what they saw. Next time we're going for three stars."

Also in this issue: the new pension scheme explained, page 3; long service
awards, page 5; sports and social club news, page 8.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-council-chief-exec-briefing',
    why: 'A chief executive\'s briefing note to members summarising two inspections (ICT "good", benefits "poor, will not improve"). A council paper: no judgement for either service.',
    pages: [
`Oxley Vale District Council
Members' briefing note from the Chief Executive – No. 14/01
28 June 2001

Best Value inspections: results so far
Members will wish to know the outcome of the two Best Value inspections
completed this year.
  • Information technology: the inspectors rated the service 'good' and
    said that it will probably improve.
  • Benefits: the inspectors rated the service 'poor' and concluded that it
    will not improve without significant change. A recovery plan is being
    prepared and will come to the Policy Committee on 19 July.
I should be grateful if members would treat the benefits result as
confidential until the report is published next month.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------------------
  // Documents with no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's16-none-draft-scores-to-be-confirmed',
    why: 'A draft report whose summary says the scores are to be confirmed after moderation; tentative wording ("currently minded to place the service in the fair band") is not a verdict.',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Subject to factual accuracy check and moderation

Best Value Inspection Service
Hollinsend Borough Council – ICT
Draft report, version 0.3, January 2003

Summary
[Scores to be confirmed following moderation.]
The inspection team is currently minded to place the service in the 'fair'
band, but this will be reviewed at the moderation panel on 21 January.
Prospects for improvement: [TBC]

The council's ICT service supports 2,100 users and is managed within the
Corporate Services directorate.
                                                                          1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-draft-empty-scoring-chart',
    why: 'A draft with the scoring chart printed but no cell marked ("chart to be completed"): axis labels list every grade and prospect, but there is no judgement.',
    pages: [
`Brackley Moor District Council – Planning Services
DRAFT FOR COMMENT – October 2003                                          3

Scoring chart (to be completed after moderation)
'Prospects for improvement?'
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
'How good is the service?'

Note to council: the chart will be completed when the report is finalised.
Please send any comments on factual accuracy to the lead inspector by
7 November.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-council-own-review',
    why: 'The council\'s own Best Value review of ICT: it grades itself ("we believe the service is fair", "we expect to improve") and sets ambitions. Not an inspection report: no judgement.',
    pages: [
`Kingsmere Borough Council
Best Value Review of ICT Services
Report of the Review Board – March 2002

Executive summary
The review board has challenged why and how the ICT service is provided,
compared it with eleven other councils, consulted 340 staff and all
members, and tested the market for desktop support.
Our assessment is that the service is fair: it is reliable but reactive,
and users want more help to get the best from their systems. We expect the
service to improve significantly over the next three years if the
improvement plan is approved, and we aim to achieve a 'good' rating with
'excellent' prospects at inspection.`,
      `Kingsmere Borough Council – Best Value Review of ICT                     2

Improvement plan – key actions
1. Adopt an e-government strategy by July 2002.
2. Introduce service level agreements with every directorate.
3. Train 200 staff in the new document management system.
4. Benchmark desktop support costs annually through the SOCITM survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-consultation-leaflet-tick-boxes',
    why: 'A consultation leaflet asking residents to rate the library service with tick boxes labelled Excellent / Good / Fair / Poor. No judgement.',
    pages: [
`Have your say about your library
Fosbrook District Council is reviewing its library service
and we want to hear from you.

1. How would you rate the library service overall?
   [ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor

2. Do you think the service has got better in the last two years?
   [ ] Yes   [ ] No   [ ] Don't know

3. How likely are you to use the library's new on-line catalogue?
   [ ] Very likely   [ ] Quite likely   [ ] Unlikely

Please return this form to any library by 30 September 2001. Your answers
will help us to shape the Best Value review, which will be inspected by the
Audit Commission next year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-appendices-only',
    why: 'Only the appendices of an inspection report (documents reviewed, reality checks, people met). Mentions "excellent" and "poor" in passing but no judgement.',
    pages: [
`Stannard Borough Council – ICT                                           31

Appendix 1 – Documents reviewed
  • ICT Strategy 2001–2004
  • Best Value Review of ICT: final report and improvement plan
  • Help desk statistics, April 2001 to March 2002
  • Minutes of the ICT Steering Group, 2001/02

Appendix 2 – Reality checks undertaken
  • Observed the help desk for two half days
  • Visited six departmental offices, including the poor working conditions
    at the Foundry Street depot, which staff pointed out to us
  • Tested the council's web site against 20 common enquiries`,
      `Stannard Borough Council – ICT                                           32

Appendix 3 – List of people interviewed
Chief Executive; Director of Finance; Head of ICT; ICT team leaders (3);
Leader of the Council; Chair of the Resources Committee; departmental
systems administrators (6); trade union representatives (2).

We would like to thank the staff of Stannard Borough Council for their
excellent co-operation during the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-notification-letter',
    why: 'A letter announcing a forthcoming inspection and explaining the two judgements and the scale. It describes the scale but judges nothing.',
    pages: [
`Audit Commission
Best Value Inspection Service – Southern Region

Ms J Farrant
Chief Executive
Wenlow District Council

14 May 2002

Dear Ms Farrant
Best Value inspection of revenues and benefits
I am writing to confirm that we will inspect the revenues and benefits
service between 17 and 28 June. Our report will answer two questions: how
good is the service (scored from poor, no stars, to excellent, three
stars) and what are its prospects for improvement (poor, uncertain,
promising or excellent).
I enclose a list of the documents we should like to see before we arrive.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-performance-plan-targets',
    why: 'A Best Value Performance Plan excerpt with targets and ambitions ("achieve a good, two-star rating", "will improve by") — no inspection verdict.',
    pages: [
`Chalkbourne Borough Council
Best Value Performance Plan 2001/02                                     17

Section 5: Our programme of Best Value reviews
Year two reviews (2001/02): information technology; parks and open spaces;
housing repairs.

Information technology – targets
  • Achieve a 'good', two-star rating when the service is inspected.
  • Help desk: 90 per cent of calls resolved within one working day by
    March 2002 (2000/01: 71 per cent).
  • 25 per cent of transactions available electronically by March 2002.
We will improve the PC replacement cycle from seven years to four.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's16-none-contents-and-introduction',
    why: 'The front matter of a report only: front page, contents and a methodology note explaining how the two judgements are scored. No verdict appears in the excerpt.',
    pages: [
`Best Value Inspection Service

Wyedale County Council
Trading Standards
December 2002

Contents
Summary ................................................................ 3
Report ................................................................. 6
  Context .............................................................. 6
  How good is the service? ............................................. 8
  What are the prospects for improvement? ............................. 14
Appendices ............................................................ 19`,
      `Wyedale County Council – Trading Standards                               2

About this inspection
Best Value inspections are carried out under section 10 of the Local
Government Act 1999. Inspectors answer two questions: how good is the
service, scored on a four-point scale from poor to excellent; and what are
its prospects for improvement, judged as poor, uncertain, promising or
excellent. The inspection team spent eight days on site in October 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------------------
  // Plain summaries, negation, ordinary words, ambitions, layout traps
  // ---------------------------------------------------------------------------
  {
    name: 's16-plain-era-a-good-will-improve',
    why: 'Plain era A summary: "a \'good\' two-star service that will improve".',
    pages: [
`Cresswold District Council
Bereavement Services – Cemeteries and Crematorium
Best Value Inspection Service
November 2000`,
      `Cresswold District Council – Bereavement Services                         3

Summary
The council runs four cemeteries and a crematorium that carries out about
1,700 cremations a year. Grounds are well kept, bereaved families are
treated with sensitivity, and the service has consulted funeral directors
and faith groups about its plans.

We have judged that the service is a 'good' two-star service that will
improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's16-plain-era-b-poor-poor-prospects',
    why: 'Plain era B summary: "a \'poor\' service that has poor prospects for improvement" — the same word for both judgements.',
    pages: [
`Saltby Borough Council
Information and Communications Technology
Best Value Inspection Service – March 2003

Summary
Saltby's ICT service does not meet the basic needs of its users. A third of
help desk calls are still open after a week, the network failed on 14
working days last year, and the council has no disaster recovery
arrangements. The council has not set out what it wants ICT to achieve.

We judge that Saltby Borough Council's ICT service is a 'poor' service that
has poor prospects for improvement.
                                                                          2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's16-plain-era-b-excellent-excellent',
    why: 'Plain era B summary with the top of both scales, stated with star count.',
    pages: [
`Carnmoor County Council
Trading Standards Service
December 2004

Summary
Carnmoor's trading standards service protects consumers and honest traders
across a county of 510,000 people. It targets its work at the greatest risks,
works closely with the police and neighbouring authorities, and has secured
more convictions for doorstep crime than any other shire county in the
region.

We judge this to be an 'excellent', three-star service that has excellent
prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's16-plain-era-a-boundary-september-2001',
    why: 'Plain era A summary dated September 2001 (the last month of the old vocabulary): fair, unlikely to improve.',
    pages: [
`Lindisworth District Council
Information Technology
September 2001

Summary
We judge that Lindisworth's IT service is a 'fair' one-star service that is
unlikely to improve. It provides reliable support for the council's main
systems, but the council has no agreed IT strategy, the Best Value review did
not challenge the way the service is provided, and the improvement plan has
neither targets nor money attached to it.
                                                                          1`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's16-negation-not-yet-good',
    why: 'Era B: "This is not yet a good service" precedes the verdict "we judge it to be fair"; a negated poor ("nor is it a poor one") too. Prospects promising.',
    pages: [
`Pelham Cross Borough Council – ICT                                  May 2003

Summary
This is not yet a good service. Nor is it a poor one: the ICT section has
improved its help desk, replaced most old PCs and, after years of
argument, agreed a corporate ICT strategy with the management team. We judge
the service to be fair, with one star.

The service has promising prospects for improvement. The strategy is
funded, a programme board chaired by the deputy chief executive oversees
it, and the council is working with two neighbouring councils to buy a
shared customer relationship system.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's16-negation-prospects-not-poor-nor-promising',
    why: 'Era B: "not poor, but nor are they yet promising: we judge them uncertain" — two scale words negated before the real one; grade poor given via zero stars.',
    pages: [
`Heddon Vale District Council
Housing and Council Tax Benefits
October 2003

How good is the service?
We judge the benefits service to be poor, with no stars. New claims take an
average of 58 days, one in five payments is wrong, and the backlog of work
has grown every month since April.

What are the prospects for improvement?
The prospects are not poor, but nor are they yet promising: we judge them
uncertain. An interim manager has made a good start and the council has
paid for agency staff to clear the backlog, but none of the permanent
changes has yet been made.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's16-ordinary-words-poor-morale-poor-prospects-promotion',
    why: 'Era B report full of ordinary uses of grade words ("poor morale", "a fair proportion", "excellent working relationships", "poor prospects for promotion"); the verdict is good with promising prospects.',
    pages: [
`Gorsey Bank Borough Council – ICT Services                      January 2004

Context
The ICT service has 34 staff. A staff survey in 2003 found poor morale in
the technical support team, many of whom said they saw poor prospects for
promotion within the council. A fair proportion of the council's 1,600 PCs
are more than four years old. The service enjoys excellent working
relationships with the schools ICT team.
                                                                          6`,
      `Gorsey Bank Borough Council – ICT Services                      January 2004

Our judgement
We judge the ICT service to be good, with two stars: it is reliable, it
costs less than the average for similar councils and departments trust it.
It has promising prospects for improvement.
                                                                          7`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's16-ordinary-will-not-improve-network',
    why: 'Era A: "the council will not improve the network until 2002" and "users are unlikely to notice" are ordinary sentences, not the prospect; the verdict is poor and will improve.',
    pages: [
`Quarrendon District Council
Information Technology
April 2001

Summary
The network links 11 buildings, most of them over slow leased lines. The
council will not improve the network until the new civic offices open in
2002, and users in the outlying depots are unlikely to notice any change
before then.

We judge the IT service to be poor. It has no service standards and cannot
tell how well it is performing. Nevertheless, our judgement is that it is a
'poor' service that will improve: the council has recruited an experienced
IT manager, agreed a realistic plan and set aside money to carry it out.`,
    ],
    expect: { grade: 'poor', prospect: 'will' },
  },
  {
    name: 's16-ambition-excellent-by-2005',
    why: 'Era B: the council "aims to be an excellent, three-star service by 2005" and has "excellent" in its vision; the inspectors\' verdict is fair with uncertain prospects.',
    pages: [
`Rothley Borough Council – ICT                                  November 2002

Summary
The council's ICT strategy sets out its vision of "an excellent, three-star
ICT service by 2005, with excellent prospects for further improvement". It
is a bold aim. At present, however, the service struggles to keep up with
requests for new equipment and has only just begun to publish information
about its performance.

We judge Rothley's ICT service to be 'fair' (one star). Its prospects for
improvement are uncertain because the strategy is not yet funded beyond
this year.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's16-target-good-will-improve-era-a',
    why: 'Era A: the council\'s target "to be a good service that will improve" echoes the exact scale words; the inspectors judge poor, will probably improve.',
    pages: [
`Merrow District Council – Planning Services                   February 2001

Summary
In its Best Value review the council set itself the target "to be a good
service that will improve" by the time of this inspection. The target has
not been met. Only 38 per cent of householder applications are decided
within eight weeks and the council cannot say how many enforcement cases
are open.

We judge the service to be poor. It will probably improve, because a new
head of planning has been appointed, the backlog is falling month by month
and members have agreed to fund two extra planning officers.
                                                                          2`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's16-page-break-inside-verdict-era-a',
    why: 'Era A: the verdict sentence is cut by a page break after "is a", with a running header, footer and page number between "a" and "\'fair\'".',
    pages: [
`Coldharbour Borough Council                      Information Technology
July 2001

Summary
The IT section supports 980 users and the council's main systems. It has
cleared a long backlog of faults this year and users speak well of the help
desk. The council has, however, no IT strategy that links to its corporate
priorities. Taking these points together, we judge that the service is a

Best Value Inspection Service                                           3`,
      `Coldharbour Borough Council                      Information Technology
July 2001

'fair' one-star service that will probably improve. The reasons for our
judgement are set out below.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's16-hyphenated-line-ends-era-a',
    why: 'Era A: hyphenation at line ends splits "two-star" and "unlikely" ("un-" / "likely"), and the word "ex-" / "cellent" in an unrelated sentence.',
    pages: [
`Abbotsley District Council
Council Tax and Benefits
Best Value Inspection – May 2001

Summary
Staff in the council's three cash offices provide an ex-
cellent face-to-face service and complaints are rare. We judge the service
to be a 'good', two-
star service that is un-
likely to improve, because the council has not decided whether to keep the
service in house or transfer it to a private partner, and staff are leaving
while the decision is awaited.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's16-running-header-inside-sentence',
    why: 'Era B: running headers and page numbers interrupt both verdict sentences ("is a \'poor\'" / header / "service"; "prospects for" / page number / "improvement are promising").',
    pages: [
`Burnside Metropolitan Borough Council – Information and Communications Technology
Summary
Burnside has spent less on ICT per head than almost any other metropolitan
council for five years. The effect is plain: old equipment, slow systems and
a help desk that cannot cope. Despite the committed efforts of its staff,
our judgement is that Burnside's ICT service is a 'poor'
                                                                          2`,
      `Burnside Metropolitan Borough Council – Information and Communications Technology
Best Value Inspection Service                                     May 2002
service. The council has, however, agreed a £4.5 million investment
programme, appointed an interim head of ICT with a strong record elsewhere,
and begun to consult departments about their needs. The service's
prospects for
                                                                          3
improvement are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's16-grade-only-excerpt',
    why: 'Excerpt of the "How good is the service?" section of an era B report; the prospects section is not included, so the prospect is null.',
    pages: [
`Penhallow District Council – ICT Services                          July 2002

How good is the service?
42. The ICT section's aims are clear and published. It meets most of the
service standards it has agreed with departments, although desktop
installations still take three weeks against a standard of ten days.
43. Costs are close to the average for similar councils.
44. Overall, we judge the ICT service to be fair: it does the basics
reliably, but it has not yet helped the council to make use of the
opportunities that new technology offers.
                                                                         12`,
    ],
    expect: { grade: 'fair', prospect: null },
  },
  {
    name: 's16-prospect-only-excerpt',
    why: 'Excerpt of the closing "What are the prospects for improvement?" section of an era B report; the grade is on a page not included, so the grade is null.',
    pages: [
`Tolland Borough Council – Customer Services                    March 2004

What are the prospects for improvement?
61. The customer services programme has the full backing of the leader and
the chief executive. Each stage so far has been delivered on time, and the
council has the people and the money to complete the next two.
62. We therefore conclude that the service has excellent prospects for
improvement.
                                                                         18`,
    ],
    expect: { grade: null, prospect: 'excellent' },
  },
  {
    name: 's16-old-wording-after-october-2001',
    why: 'Report dated November 2001 (era B date) but the verdict still uses era A wording ("will probably improve"): the token follows the vocabulary used.',
    pages: [
`Galbraith Borough Council
Street Cleansing
Best Value Inspection Service – November 2001

Summary
The inspection took place in July 2001. Town centre streets are cleaned to a
high standard but residential areas are visited only once every six weeks,
and the council does not measure how clean its streets are.
We judge the service to be 'fair' and that it will probably improve.
                                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's16-inspectors-voice-body-only',
    why: 'Era B, no summary box: both judgements only in the body in the inspectors\' voice ("In our view the service is poor"; "We do not believe ... will improve") — poor prospects.',
    pages: [
`Wrexholme County Borough Council – ICT                         April 2003

How good is the service?
24. Departments told us they no longer ask the ICT section for help because
they do not expect a reply. In our view the service is poor.

Will the service improve?
37. The council has produced three ICT strategies in four years; none has
been implemented. The Best Value review repeated the conclusions of the
last one. We do not believe that the service will improve while this pattern
continues.
                                                                          9`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's16-housing-homelessness-fair-poor-prospects',
    why: 'Era B Housing Inspectorate report, not IT: "fair" one-star, "poor prospects"; "poor" also appears in ordinary use (poor-quality bed and breakfast).',
    pages: [
`Housing Inspectorate
Inspection report

Cotterdale District Council
Homelessness and Housing Advice
August 2003`,
      `Cotterdale District Council – Homelessness and Housing Advice             3

Summary
Cotterdale placed 140 families in poor-quality bed and breakfast hotels last
year, some for more than six months. Advice at the housing office is
helpful, but there is little work to prevent homelessness.
We judge that this is a 'fair' one-star service that has poor prospects
for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's16-other-service-judged-excellent-first',
    why: 'Era A IT report that first mentions the revenues service "judged excellent ... will improve" at an earlier inspection; the IT service itself is fair and will not improve.',
    pages: [
`Elmfield District Council – Information Technology            June 2001

Summary
The council's revenues service, inspected in 2000, was judged excellent and
the inspectors expected it to improve further; much of that success rested
on the revenues team's own systems staff, who are not part of the IT
section.

The IT section itself is a fair, one-star service. It will not improve: the
council has decided to leave its structure unchanged, the review did not
consider alternative providers, and there is no money for the plan.
                                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's16-excellent-libraries-era-a-will',
    why: 'Era A, non-IT service judged excellent and that will improve ("Yes"); the summary states "three stars" and "Will it improve? Yes".',
    pages: [
`Harcombe City Council
Libraries and Information Service
Best Value Inspection Service
June 2001

Summary
How good is the service? Excellent – three stars. Harcombe's libraries are
open longer than any others in the region, issues per head are among the
highest in England and the service has led the way in offering free
internet access in every branch.
Will it improve? Yes. The council has a clear plan, costed and agreed, and
the service has consistently delivered what it has promised.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's16-two-column-sidebar-interleaved',
    why: 'Era B two-column layout extracted without -layout: the sidebar "Scores" box is interleaved in the middle of body text; the sidebar states good and excellent prospects.',
    pages: [
`Lydmouth County Borough Council
Customer Services and Contact Centre
Best Value Inspection – April 2004                                        3

Summary
The contact centre opened in 2002 and now
handles 19 services. Calls are answered
Our scores
Current service: Good
★★
Prospects for improvement:
Excellent
within 20 seconds on average and four in
five enquiries are resolved at the first
contact. Face-to-face services are being
moved into three one-stop shops.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's16-stars-without-grade-word',
    why: 'Era B: the grade is given only as "a two-star service" (no grade word); prospects uncertain. A "fair" appears in ordinary use.',
    pages: [
`Ellerby Borough Council
Revenues Service
September 2003

Summary
We have judged the revenues service to be a two-star service with uncertain
prospects for improvement. Collection rates are high and rising, and a fair
amount of recovery work is now done by telephone rather than by letter. The
council plans to merge the service with that of two neighbouring councils,
but has not yet decided how or when.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's16-question-answer-headings-no',
    why: 'Era A: answers under question headings, "Our judgement: a fair service (one star)" and "Our judgement: no" under "Will the service improve?" — will not improve.',
    pages: [
`Dunholm Borough Council – Information Technology               January 2001

How good is the service?
Our judgement: a fair service (one star).
Users say the help desk is courteous and usually fixes problems within a
day, but most projects are late and the council's systems do not talk to
each other.

Will the service improve?
Our judgement: no.
The Best Value review has been shelved, the improvement plan has not been
agreed, and the council's budget for 2001/02 cuts IT spending by 8 per cent.
                                                                          3`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's16-excellent-but-uncertain',
    why: 'Era B: an excellent three-star service whose prospects are uncertain because of a planned shared service; "good" appears in "good reason".',
    pages: [
`Stowbridge Borough Council
Housing Benefit and Council Tax Benefit
February 2005

Summary
We judge the benefits service to be excellent. It processes claims faster
than almost any other council in England, its error rate is among the
lowest we have seen, and claimants praise its staff.
Its prospects for improvement are uncertain. The council plans to merge the
service with two neighbours from April 2006, and there is good reason to
fear that performance will dip during the transfer: no transition plan yet
exists and three senior officers have already left.
                                                                          2`,
    ],
    expect: { grade: 'excellent', prospect: 'uncertain' },
  },
];
