/** Held-out judgement set 9, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases9: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's9-grid-prospect-rows-asterisk-under-star-header',
    why: 'Marked grid, prospects as rows and grades as columns; the column header carries star counts (* ** ***) so an asterisk appears in the header too; only the row of the lone asterisk (Uncertain) and its column (Fair) count.',
    pages: [
`Brindleford Borough Council                                   Information and Communications Technology
Best Value Inspection Service                                                           November 2002

Scoring the service
We have assessed Brindleford's ICT service as follows.

'how good is the service?'
\tpoor\tfair\tgood\texcellent
\t\t*\t**\t***
Excellent
Promising
Uncertain\t\t*
Poor
'prospects for improvement?'

The reasons for these judgements are set out in the rest of this report. In brief, the service
keeps the council's 1,400 desktops running and users value the helpdesk staff, but it has not
matched its spending to corporate priorities and the review did little to challenge how the
service is provided.
                                                                                              4`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's9-grid-grade-rows-tick-with-caption',
    why: 'Axes swapped: grades down the side, prospects across the top, and a caption says so; a tick in the Good row under the Uncertain column. The caption itself names both axes and all scale words.',
    pages: [
`Cwmderwen County Borough Council – Library Service                                         page 3

Scoring chart
The chart below shows our judgements. Reading across: prospects for improvement (poor, uncertain,
promising, excellent). Reading down: how good the service is now (excellent at the top, poor at
the bottom).

                 Poor          Uncertain      Promising      Excellent
Excellent  ***
Good       **                  ✓
Fair       *
Poor       –

Audit Commission in Wales                                           Best Value inspection, July 2003`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's9-grid-era-a-cross-headers-over-two-lines',
    why: 'Era A grid (Yes/Probably/Unlikely/No rows) with column headers split over two extracted lines (\'a poor / service\'); the X sits in the Unlikely row, first grade column. Era A token expected.',
    pages: [
`Lower Tarrant Metropolitan Borough Council
Best Value Inspection of IT Support Services
January 2001

Summary of judgements

Will the service improve?
\ta poor\ta fair\ta good\tan excellent
\tservice\tservice\tservice\tservice
Yes
Probably
Unlikely\tX
No

How good is the service?

The service is provided by a team of 31 staff from the Civic Centre and supports 900 users.
Section 3 explains how we reached our view of the current service; section 4 explains our view of
whether it will improve.
Lower Tarrant MBC – IT Support                                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's9-grid-bracket-checkboxes',
    why: 'Every cell of the grid is an empty checkbox "[ ]" except one "[x]"; the judgement comes from the position of the [x] (Excellent prospects row, Good column), not from any word. Surrounding prose uses "excellent" as an ordinary word.',
    pages: [
`Hollinbrook District Council                                       Waste Collection and Recycling
                                                                                   February 2004
2  Scoring chart

                         How good is the service?
Prospects for            Poor      Fair      Good      Excellent
improvement
Excellent                [ ]       [ ]       [x]       [ ]
Promising                [ ]       [ ]       [ ]       [ ]
Uncertain                [ ]       [ ]       [ ]       [ ]
Poor                     [ ]       [ ]       [ ]       [ ]

Residents told us the crews are courteous and the new kerbside boxes are excellent, and the
council's relationship with its contractor is close. The reasons for our scores are given in
sections 5 and 6.
Best Value Inspection Service                                                                   5`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's9-grid-era-a-axis-labels-at-bottom',
    why: 'Era A grid where the grade axis labels come after the rows (at the foot of the chart as extracted); the mark "✱" sits in the Probably row, third column (good).',
    pages: [
`Kettlewick City Council
Information Technology Services – Best Value inspection report, August 2001

The inspection team's judgement

Will the service improve?
Yes\t\t\t\t
Probably\t\t\t✱\t
Unlikely\t\t\t\t
No\t\t\t\t
\tPoor\tFair\tGood\tExcellent
How good is the service?

Our reasoning is summarised on page 5. The chart is the inspectors' judgement; it does not reflect
the council's own scoring in its review report, which placed the service in the top box.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's9-grid-layout-spaces-dot-poor-poor',
    why: 'pdftotext -layout style grid aligned with spaces only; a dot "●" in the bottom-left cell (Poor prospects, poor service). Text below uses "poor morale" as an ordinary phrase.',
    pages: [
`Saltmarsh District Council - ICT Services                                         Inspection report

                                    Scoring chart

                          a poor        a fair        a good        an excellent
                          service       service       service       service
    Excellent
    prospects
    Promising
    prospects
    Uncertain
    prospects
    Poor                    ●
    prospects

The council's ICT section has lost four of its nine technical staff in eighteen months and
those who remain told us of poor morale and unclear direction.

May 2003                                                                                      3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's9-grid-reversed-order-axes',
    why: 'Grid with both axes in the unusual order (grades poor→excellent top to bottom, prospects excellent→poor left to right); a tick in the Fair row, second column which is Promising. A reader assuming the usual order would get it wrong.',
    pages: [
`Ivelsham Borough Council
Housing Benefit and Council Tax Benefit
Best Value Inspection – March 2003

Figure 1: Scoring chart (rows: how good is the service; columns: prospects for improvement)

\tExcellent\tPromising\tUncertain\tPoor
Poor\t\t\t\t
Fair\t\t✓\t\t
Good\t\t\t\t
Excellent\t\t\t\t

Source: Audit Commission
Ivelsham BC – Benefits                                     6`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with more than a bare word
  {
    name: 's9-table-fair-one-star-no-will-not',
    why: 'Era A judgement table: cells "Fair (one star)" and "No, it will not improve", with a reasons column that says good, excellent and poor about parts of the service.',
    pages: [
`Pellingham Borough Council – Housing Repairs and Maintenance                         June 2001

Our judgements

Question\tJudgement\tMain reasons
How good is the service?\tFair (one star)\tGood emergency response times; excellent tenant
\t\tsatisfaction on gas servicing; poor performance on routine
\t\trepairs and a large backlog of void properties.
Will the service improve?\tNo, it will not improve\tThe review did not question the in-house
\t\tcontract; the improvement plan has no targets or costs; the
\t\tpartnering proposal was dropped without explanation.

The detailed findings follow.
Pellingham BC                                    Best Value Inspection Service                       3`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's9-table-good-two-stars-of-three',
    why: 'Table cells "Good: 2 stars of 3" and "Promising – see section 5"; the reasons column mentions a poor helpdesk and "not yet excellent".',
    pages: [
`Marrowby County Council                                               ICT Services Inspection
October 2003

Summary table

How good is the service?      Good: 2 stars of 3        Reliable network, 99.6% availability;
                                                        helpdesk response poor at peak times;
                                                        not yet excellent on e-government.
What are the prospects        Promising – see section 5 A well-argued review; partnership with
for improvement?                                        the county's schools ICT service; plan
                                                        is costed but some milestones are late.

Marrowby CC – ICT                                                                               2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's9-table-poor-no-stars-uncertain',
    why: 'Table cells "Poor (no stars)" and "Uncertain prospects"; reasons cite "a fair proportion" and "excellent staff commitment" which are ordinary words.',
    pages: [
`Eastwold District Council
Council Tax and Business Rates
Inspection report, March 2002

1. Judgement at a glance

|  Question                         |  Our score           |  Why                                            |
|  How good is the service?         |  Poor (no stars)     |  Collection rate 93.1%, bottom quarter; a fair  |
|                                   |                      |  proportion of bills issued late; recovery      |
|                                   |                      |  action slow.                                   |
|  Will the service improve?        |  Uncertain prospects |  Excellent staff commitment, but the plan has   |
|                                   |                      |  no resources behind it and the new system is   |
|                                   |                      |  a year late.                                   |

Eastwold DC                                                                       Audit Commission`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's9-table-excellent-three-stars-yes',
    why: 'Era A table with "Excellent – three stars" and "Yes. The service will improve."; the reasons column speaks of the poor condition of two branch buildings.',
    pages: [
`Northwray Borough Council
Public Libraries – Best Value inspection
April 2001

Scores

How good is the service?        Excellent – three stars
                                Long opening hours, 7.9 visits per head, the highest in its family
                                group; the poor condition of two branch buildings is being tackled.
Will the service improve?       Yes. The service will improve.
                                A demanding review, strong consultation with readers, and an
                                improvement plan owned by members.

Northwray BC – Libraries                                                            Page 2 of 24`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's9-table-star-glyph-and-probably-with-caveats',
    why: 'Era A table cells "★ Fair (1 of 3)" and "Probably – but see the caveats below"; a caveat mentions that the service "will not" meet one target, which is not the verdict.',
    pages: [
`Greysands District Council: Revenues IT Systems

Inspection judgements (September 2001)
---------------------------------------------------------------
How good is the service?        ★ Fair (1 of 3)
Will the service improve?       Probably – but see the caveats below
---------------------------------------------------------------
Caveats: the council will not meet its own target to move all benefit claims onto document
imaging by March 2002, and the funding for the second phase of the system upgrade has yet to be
agreed by members.

Best Value Inspection Service                                                                   2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased, no scale word
  {
    name: 's9-para-on-balance-likely-to-get-better',
    why: 'Era B report whose prospect is only a likelihood ("on balance ... likely to get better") with no scale word; the grade is plain.',
    pages: [
`Radstow Borough Council – ICT                                                          June 2002

Summary
Radstow's ICT service is a fair, one-star service. It keeps the basic infrastructure working and
costs compare reasonably with similar districts, but departments have little say in what is
bought and the intranet is out of date.

Looking ahead, the council has appointed a head of e-government, agreed a three-year ICT
investment programme and set up a users' board chaired by a director. Some of this is very new.
On balance we think it likely that the service will get better over the next two years, although
the plan depends on recruiting two project managers the council has so far failed to attract.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's9-para-confident-plan-delivered-era-a',
    why: 'Era A (May 2001): prospect given as confidence that the plan will be delivered ("will"), no scale word.',
    pages: [
`Fernleigh City Council
Payroll and Personnel Information Systems
Best Value Inspection – May 2001

2 Summary
We judge that the service is good and deserves two stars: pay is accurate and on time, the
self-service pilot is popular and costs are in the lowest quarter for cities.
The review was thorough and the improvement plan is specific, costed and already under way, with
progress reported to members every quarter. We are confident that the council will deliver its
improvement plan in full.
                                                                                              3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's9-para-doubt-capacity-turn-round',
    why: 'Era B: "we doubt that the council has the capacity to turn the service round" → uncertain; the grade is stated as "does not yet reach the standard of a fair service" (i.e. poor), stated explicitly as zero stars.',
    pages: [
`Dunmere District Council                                                       December 2002
Information Technology – Best Value Inspection

Summary
The ICT service does not yet reach the standard of a fair service: we have scored it as poor,
with no stars. Systems fail regularly, there is no disaster recovery plan and the council cannot
tell what it spends on IT across departments.

The council has recognised the problems and the new strategy says the right things. But it rests
on one interim manager and an unfunded budget bid, and we doubt that the council has the capacity
to turn the service round without outside help.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's9-para-no-prospect-of-change',
    why: 'Era B: "we see no prospect of real change" → poor prospects; no scale word. Grade stated plainly.',
    pages: [
`Oakhurst Vale Borough Council – Sport and Leisure Centres
Best Value Inspection Service, April 2004

Summary
We have judged this to be a poor service. Three of the four centres are in poor repair,
usage is falling and prices are among the highest in the region.

The review was carried out by the managers who run the centres and did not look at any other way
of providing them. Members have twice deferred decisions on closing or transferring the oldest
pool. Until those decisions are taken we see no prospect of real change in the service.
                                                                                     Page 4`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's9-para-no-sign-era-a',
    why: 'Era A (March 2001): "there is little sign that anything will change" → will-not; the sentence also contains "improve" in an ambition clause.',
    pages: [
`Vennington Borough Council – Development Control
Best Value Inspection, March 2001

Summary
In our view this is a fair service: most minor applications are decided within eight weeks
and appeal performance is good, though major applications take far too long.

The council says it wants to improve its speed of decision and its advice to applicants, but
the review recommended only minor changes, there is no timetable and no-one is accountable for
the plan. We found little sign that anything will change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's9-para-no-doubt-will-continue',
    why: 'Era B: "we have no doubt that the service will continue to improve" (negated doubt = certainty) → excellent prospects; earlier in the paragraph "unlikely" is used about something else.',
    pages: [
`Wolsey Cross City Council
Customer Contact Centre
Best Value Inspection Service – September 2003

Summary
This is an excellent, three-star service. Nine calls in ten are answered within twenty seconds,
most queries are settled at first contact and customers rate the service highly.

Callers are unlikely to notice the move to the new building next spring, which has been planned
in detail. The centre has a record of hitting its targets, managers measure everything that
matters, and the next phase is funded. We have no doubt that the service will continue to
improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's9-para-more-likely-than-not-era-a',
    why: 'Era A: "more likely than not that the service will improve" → probably, no scale word.',
    pages: [
`Langmoor District Council – Environmental Health (Food Safety)            July 2001

Summary of our findings
Langmoor provides a fair service. High-risk premises are inspected on time, but lower-risk
premises are visited irregularly and complaints are not always followed up.

The review has produced a sensible plan and the new team leader has made an energetic start.
Against that, the plan relies on a staff restructuring not yet agreed. Weighing both, we think
it more likely than not that the service will improve.
Best Value Inspection Service                                                     2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's9-quote-self-assessment-good-then-fair',
    why: 'The council\'s self-assessment said "good" with "excellent prospects"; the inspectors contrast ("our evidence tells a different story") and give fair / uncertain.',
    pages: [
`Thornleigh Borough Council                                                     ICT Services
                                                                                 January 2003
Summary
In its self-assessment the council rated its ICT service as good, with excellent prospects for
improvement, pointing to its new network and its Investors in People award. Our evidence tells
a different story. Users in four of the six departments we visited described slow fault
resolution and systems bought without their involvement. We judge the service to be fair
(one star). Its prospects for improvement are uncertain, because the improvement plan has not
been costed and the council's ICT strategy has not been agreed by members.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's9-quote-it-director-expects-progress-era-a',
    why: 'Era A: the IT director expects rapid progress and is "sure the service will improve"; the inspectors say they think it unlikely. Grade stated as fair.',
    pages: [
`Ashcombe Vale District Council
Information Technology – inspection report
February 2001

Summary
The head of IT told us he expects rapid progress now that the new finance system is live, and
he is sure the service will improve within the year. We do not share his optimism. The review
was narrow, there has been no consultation with users outside the finance department, and the
action plan has no owners or dates. The service is fair, but we think it is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's9-quote-neighbour-excellent-ours-good',
    why: 'A neighbouring council\'s benefits service "was judged excellent" (another council, another inspection); the inspectors\' verdict on this service is good with promising prospects.',
    pages: [
`Sandford Mere Borough Council – Benefits Service
Inspection report, November 2002

How good is the service? – Comparison
The council compares itself mainly with its neighbour, Kettlewick City Council, whose benefits
service was judged excellent by the Commission last year. Sandford Mere is not at that level:
new claims take 38 days against Kettlewick's 22. But it outperforms most of its family group on
accuracy and fraud work.

Our judgement
Taking everything into account, Sandford Mere's benefits service is a good, two-star service
with promising prospects for improvement.
Page 11`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's9-quote-earlier-inspection-reinspection',
    why: 'Re-inspection: the earlier Commission inspection (2001) judged the service poor and unlikely to improve; the current verdict is fair with promising prospects. Both verdicts are in the Commission\'s voice; only the current one counts.',
    pages: [
`Coldharbour Metropolitan Borough Council
ICT Services – Re-inspection
August 2003

Summary
When we first inspected this service in June 2001 we judged it poor and unlikely to improve.
Since then the council has appointed a new head of ICT, outsourced the data centre and set up a
programme board led by the deputy chief executive.

This re-inspection finds a much-changed service. It is now a fair, one-star service and we
consider that it has promising prospects for improvement.
Coldharbour MBC                                                               2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's9-quote-only-no-inspectors-verdict',
    why: 'Excerpt from the "will it improve" section of an inspection report that quotes the council\'s self-assessment ("a good service with promising prospects") and a manager\'s view, but the excerpt contains no verdict by the inspectors. Null.',
    pages: [
`Quarrymoor Borough Council – ICT Services                                            page 17

5.3 The council's self-assessment
The council's own assessment, prepared for this inspection, describes the ICT service as "a good
service with promising prospects", citing its network upgrade and falling unit costs. The chief
information officer told us that he considered the service "well on the way to excellent".

5.4 We tested these claims by interviewing users in each directorate and by examining the
service's performance data for the last three years. Our findings are set out below.
5.5 Performance data`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-quote-members-believe-excellent',
    why: 'Members and the portfolio holder describe the service as excellent; the inspectors find it good and say they are not confident the council will deliver the plan (era B → uncertain).',
    pages: [
`Marrowby County Council – Trading Standards
Best Value Inspection Service
June 2003

Summary
Members we met described trading standards as an excellent service and the portfolio holder
believes it will go on improving. We found much to praise: a strong record on under-age sales
and good work with local businesses. However, it is a good rather than an excellent service, as
rural areas get little attention and complaints take too long to resolve.
We are not confident that the council will deliver the improvements it has planned, since two of
the four posts that the plan depends on are unfunded beyond March.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 5: verdict far from its subject
  {
    name: 's9-long-revenues-dashes-and-duties',
    why: 'The grade comes more than 50 words after the subject, after a dash-delimited list of the service\'s duties; the prospects sentence is also long with a bracketed aside.',
    pages: [
`Brindleford Borough Council – Revenues Service                                  March 2004

Summary
The revenues service – which bills and collects council tax from some 61,000 dwellings, collects
business rates from 2,900 properties, runs the council's sundry debtors system and, since April
2003, administers the free school meals scheme on behalf of the education department – is, in
the inspection team's judgement and after weighing the strengths set out in section 3 against
the weaknesses, a fair, one-star service.
The service's prospects (which depend heavily on the new document management system, on the
restructuring agreed by cabinet in January, and on the partnership with the neighbouring district
for recovery work, none of which is yet complete) are, in our view, promising.
                                                                                              2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's9-long-ict-era-a-brackets',
    why: 'Era A; "We believe that the council\'s ICT service, whose responsibilities include (...) will probably improve" with the verb 40+ words after the subject; grade in a similar long sentence.',
    pages: [
`Hollinbrook District Council
IT Services
Inspection report – April 2001

Summary
The IT service (a section of eighteen staff within the finance directorate responsible for the
mainframe revenues system, the council's 520 networked PCs, the telephone switchboard, printing
and reprographics and, since last autumn, the council's first web site) provides, on the evidence
we have gathered from users, members and performance records, a good service.
We believe that the council's IT service, whose responsibilities now also include support for
the members' home computers and for the new one-stop shop in the town centre, and whose budget
has been cut in each of the last three years, will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's9-long-excellent-list-in-brackets',
    why: 'Excellent grade stated far from the subject after a bracketed list; excellent prospects stated after a long clause. Also a future aspiration ("to become a beacon") that is not a judgement.',
    pages: [
`Ivelsham Borough Council – Registration and Bereavement Services
Best Value Inspection Service                                                    October 2002

Summary
The registration and bereavement services (the register office and its two satellite offices,
the naming, marriage and civil ceremonies service, two crematoria, eleven cemeteries and the
council's contribution to the county's coroner's service) are, taking account of what customers
told us, what we saw and how costs and performance compare, excellent.
The council wants the service to become a beacon for bereavement care. Given the strength of its
management, its record of delivering what it plans and the funding already agreed, the service
has, in our judgement, excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's9-long-poor-split-over-lines-era-a',
    why: 'Era A; poor grade and "will not improve" both split across line breaks with hyphenation ("improve-/ment", "ser-/vice"), subject far from the verdict.',
    pages: [
`Radstow Borough Council
Refuse Collection and Street Cleansing
Best Value Inspection – December 2000

Summary
Refuse collection and street cleansing, which between them account for almost a fifth of the
council's net budget and which residents consistently place first among the services they care
about, are currently being provided, in our view, at a level which makes this a poor ser-
vice. We also consider that the review, which was completed late and without the involve-
ment of any residents or of the private sector, has produced an improvement plan so thin that
the service will not
improve.
Best Value Inspection Service                                                       page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's9-long-good-across-page-break',
    why: 'The grade sentence runs across a page break with a running header, footer and page number inside it; prospects stated after a long aside.',
    pages: [
`Greysands District Council – ICT and e-Government                        Inspection report
Summary
Greysands' ICT service, which has been run since 1999 under a partnership with a private
company and which supports not only the council's 600 staff but also the town's community
                                                                               Page 3
Audit Commission  Best Value Inspection Service                          November 2003`,
`Greysands District Council – ICT and e-Government                        Inspection report
access points and the county's shared emergency planning system, is a good, two-star service.
The partnership, despite the strains that the renegotiation of the contract caused last year and
the departure of the council's client manager in the spring, has promising prospects for
improvement.
                                                                               Page 4`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection (council papers) → no judgement
  {
    name: 's9-cabinet-report-housing-repairs-result',
    why: 'A council cabinet report reporting the Commission\'s grade of the housing repairs service and prospects. It is the council\'s paper, not the inspectors\' report: null.',
    pages: [
`PELLINGHAM BOROUGH COUNCIL
REPORT TO: CABINET                                           DATE: 12 SEPTEMBER 2002
REPORT OF: DIRECTOR OF HOUSING                               AGENDA ITEM: 7

BEST VALUE INSPECTION OF HOUSING REPAIRS – OUTCOME

1. Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of the housing repairs
service and to seek approval for the revised improvement plan.

2. Background
2.1 The inspection took place in May 2002. The Commission's report, published on 28 August,
judged the service to be 'fair' (one star) with 'promising' prospects for improvement.
2.2 The inspectors made six recommendations, which are attached at Appendix A.

3. Recommendation
3.1 That Cabinet notes the inspection report and approves the revised improvement plan.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-press-release-libraries-two-stars',
    why: 'Council press release: "Inspectors give libraries two stars" and quotes the portfolio holder. Reports the inspectors\' verdict second-hand: null.',
    pages: [
`NEWS RELEASE
Northwray Borough Council Press Office                                    For immediate release
                                                                                  14 March 2003
LIBRARIES 'GOOD' SAY GOVERNMENT INSPECTORS

Northwray's libraries have been rated 'good' by Audit Commission inspectors, who also said the
service has 'promising prospects' for further improvement.

Councillor Jean Oduya, Executive Member for Culture, said: "This is an excellent result for our
staff and for the thousands of people who use our libraries every week. We aim to be a three-star
service by 2005."

The full inspection report is available at www.audit-commission.gov.uk.
ENDS
Notes to editors: Best Value inspections judge how good a service is on a scale from no stars
(poor) to three stars (excellent) and whether it will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-ict-committee-paper-cites-benefits',
    why: 'An ICT steering group paper preparing for its own inspection, citing the benefits service\'s recent score ("good, will probably improve") as a model. Not an inspection report; the ICT service has not yet been judged: null.',
    pages: [
`FERNLEIGH CITY COUNCIL
ICT Steering Group – 4 October 2001
Item 5: Preparing for the Best Value inspection of ICT

1. The ICT service is due to be inspected in February 2002 following completion of the Best
Value review. The inspectors will judge how good the service is and whether it will improve.
2. Members will recall that the Benefits service, inspected in April, was judged good and
likely to improve ('will probably improve'). Officers propose to follow the same approach to
evidence gathering.
3. The review team's self-assessment places ICT as 'fair' with 'promising' prospects. The
steering group is asked to comment on this assessment before it is sent to the inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-scrutiny-minutes-note-inspection',
    why: 'Scrutiny committee minutes noting the inspection outcome of the waste service. A council paper: null, even though the outcome is stated.',
    pages: [
`HOLLINBROOK DISTRICT COUNCIL
MINUTES OF THE ENVIRONMENT SCRUTINY PANEL
held on Tuesday 9 March 2004 at 7.00 pm

Present: Councillors Ahmed (Chair), Byrne, Clough, Dale and Evans.

41. BEST VALUE INSPECTION – WASTE COLLECTION AND RECYCLING
The Head of Environmental Services reported that the Audit Commission had judged the service good,
with excellent prospects for improvement. Members congratulated staff. Councillor Byrne noted
that residents in the rural wards still had poor access to bring sites.
RESOLVED: That the inspection report be noted and the action plan be monitored quarterly.

42. ANY OTHER BUSINESS
None.                                                                                        -31-`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-staff-newsletter-inspection-result',
    why: 'A staff newsletter article about the ICT inspection ("We did it – fair and promising!"). Council\'s own publication: null.',
    pages: [
`INSIDE RADSTOW
The staff newsletter of Radstow Borough Council                              Issue 37, Summer 2002

ICT INSPECTION: WE'RE ON OUR WAY
After months of preparation, the ICT inspection report is out. The inspectors found a fair,
one-star service and said they think it is likely to get better – what they call 'promising'
prospects. Head of ICT Mark Feeney said: "Nobody pretends we're an excellent service yet, but
this shows we're moving in the right direction. Thanks to everyone who gave up time to talk to
the inspectors."
Also in this issue: new car parking arrangements, page 3; retirement of Joan Pike, page 4.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- other documents with no judgement
  {
    name: 's9-draft-scores-to-be-confirmed',
    why: 'Draft inspection report: the summary says scores are to be confirmed after moderation, and the grid is unmarked. Null.',
    pages: [
`DRAFT – NOT FOR PUBLICATION – FOR FACTUAL ACCURACY CHECK ONLY
Dunmere District Council – ICT Services                                            October 2002

Summary
[Scores to be confirmed following moderation.]
The service is [  ] and its prospects for improvement are [  ].

Scoring chart
\tPoor\tFair\tGood\tExcellent
Excellent
Promising
Uncertain
Poor

The draft findings below are provided to the council so that it can correct any errors of fact.
The team's provisional view is set out in section 4 and will be reviewed by the moderation panel.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-council-own-review-final-report',
    why: 'The council\'s own Best Value review report, with its self-assessment ("we assess the service as fair; we believe it will improve"). No inspectors: null.',
    pages: [
`ASHCOMBE VALE DISTRICT COUNCIL
BEST VALUE REVIEW OF INFORMATION TECHNOLOGY
FINAL REPORT OF THE REVIEW TEAM – NOVEMBER 2000

6. Self-assessment
6.1 Using the Audit Commission's two questions, the review team assesses the current service as
fair. Users are broadly satisfied with the helpdesk but response to new requests is slow.
6.2 The team believes the service will improve if the recommendations in section 7 are adopted,
in particular the creation of a corporate IT board and a rolling PC replacement budget.

7. Recommendations
7.1 Establish a corporate IT board chaired by the chief executive.
7.2 Create a rolling PC replacement fund of £120,000 a year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-consultation-leaflet-have-your-say',
    why: 'Consultation leaflet for residents about a library review; uses "excellent" and "poor" as aims and survey options. Null.',
    pages: [
`HAVE YOUR SAY ON YOUR LIBRARY SERVICE
Cwmderwen County Borough Council is reviewing its libraries as part of Best Value.

How would you rate your local library?
[ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor

Do you think the service will improve over the next two years?
[ ] Yes   [ ] Probably   [ ] Unlikely   [ ] No

Our aim is an excellent library service within reach of everyone in the county borough.
Please return this form to any library by 30 June 2002 or complete it online.
Rhowch eich barn – this leaflet is available in Welsh.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-appendices-only',
    why: 'Appendices of an inspection report only: documents reviewed, people met, performance indicator table with quartiles ("poor" quartile labels). No judgement on these pages: null.',
    pages: [
`Appendix 1 – Documents reviewed
ICT Strategy 2002-2005; Best Value review report (March 2003); Improvement plan; Helpdesk
statistics 2001/02 and 2002/03; User satisfaction survey (2002); e-Government Statement (IEG2).

Appendix 2 – Reality checks undertaken
Visits to the helpdesk, the data centre, two area offices and the one-stop shop.
Interviews with 34 staff, 7 members and representatives of two partner organisations.
                                                                                           24`,
`Appendix 3 – Performance indicators
Indicator                               2001/02    2002/03    Quartile
Helpdesk calls fixed first time           61%        68%       Poor
PCs per 100 staff                          71         84        Good
Network availability                     98.9%      99.7%      Excellent
BV157 e-enabled transactions              24%        41%       Fair
Source: council data; quartile labels from the Society of IT Managers' benchmarking club.
                                                                                           25`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-inspection-scoping-brief',
    why: 'The inspection\'s scoping letter before fieldwork: explains the scale and what will be judged. No judgement yet: null.',
    pages: [
`Audit Commission – Best Value Inspection Service
Wexcombe City Council: Inspection of ICT Services – scope of inspection
Date of issue: 2 September 2002

The inspection will answer two questions: how good is the service, and what are its prospects
for improvement? Services are scored from poor (no stars) to excellent (three stars), and
prospects as poor, uncertain, promising or excellent.
Fieldwork will take place in the weeks commencing 7 and 14 October. The lead inspector will
feed back the team's emerging findings to the chief executive on the final day. We will focus
on the ICT strategy, the helpdesk, and progress towards the 2005 e-government target.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's9-unmarked-grid-guidance-page',
    why: 'A "how to read the scoring chart" guidance page with an unmarked grid listing all grades and prospects. Null.',
    pages: [
`How we score services

Each service is given two scores. The first, shown along the bottom of the chart, says how good
the service is now. The second, shown up the side, says how likely it is to improve.

                 Poor         Fair         Good         Excellent
                 (no stars)   (one star)   (two stars)  (three stars)
Excellent
Promising
Uncertain
Poor

The judgement for the service is marked in the chart on the inspection report's summary page.
                                                                                     Page ii`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- single judgement excerpts
  {
    name: 's9-grade-only-excerpt',
    why: 'Excerpt ending the "How good is the service?" section: the grade is stated, the prospects section is not part of the excerpt, so prospect is null.',
    pages: [
`Eastwold District Council – ICT Services                                                  19

3.41 Overall, users are well supported day to day and the network is reliable, but the service
has been slow to help departments use IT to change the way they work.
3.42 Taking all of these factors into account, we judge the ICT service at Eastwold to be a
good, two-star service.
                                                                                  Inspection report`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 's9-prospect-only-excerpt-era-a',
    why: 'Excerpt from the "Will the service improve?" conclusion, era A (June 2001): "Yes – we believe it will improve", grade not in the excerpt.',
    pages: [
`Wexcombe City Council – Benefits                                               Best Value Inspection
                                                                                       June 2001
4.30 Will the service improve? Yes – we believe it will. The council has a clear, costed plan,
has already cut the backlog by a third since the review reported, and has a strong record of
delivering change in its revenues service.
4.31 Our recommendations, which are intended to help the council deliver that improvement, are
set out in section 5.
                                                                                            27`,
    ],
    expect: { grade: null, prospect: 'will' },
  },

  // ---------------------------------------------------------------- plain summaries, both eras
  {
    name: 's9-plain-summary-era-a-fair-will',
    why: 'Plain era A summary: "fair" and "will improve" (ordinal 3, "yes").',
    pages: [
`Oakhurst Vale Borough Council
Parks and Open Spaces
Best Value Inspection Service – June 2001

Summary
We have judged the parks service to be fair, with one star. Parks are clean and safe but play
areas are dated and sports pitches poorly drained. We consider that the service will improve:
the review was challenging, the council has committed £1.2 million of capital, and a new parks
partnership with the local wildlife trust is already working.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's9-plain-summary-era-b-poor-promising',
    why: 'Plain era B summary: a poor service with promising prospects (new management) — an unusual but real combination.',
    pages: [
`Lower Tarrant Metropolitan Borough Council – ICT Services
Inspection report – January 2004

Summary
The inspection team judges Lower Tarrant's ICT service to be a 'poor' service that has promising
prospects for improvement. Desktop support, network reliability and project delivery are all
weak and users have lost confidence in the service. However, the new director of resources has
taken personal charge, a credible recovery plan is funded and the first improvements can
already be seen.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- negation and hedging
  {
    name: 's9-negation-not-yet-good',
    why: '"This is not yet a good service" followed by the actual grade (fair); prospects uncertain. Negation scope must exclude "good".',
    pages: [
`Kettlewick City Council – ICT Services                                          February 2003

Summary
This is not yet a good service. It meets users' basic needs and its costs are in line with
other cities, but systems are poorly integrated and performance information is weak. We have
therefore scored it as fair (one star). Its prospects for improvement are uncertain: the ICT
strategy is sound on paper but is not yet linked to the council's budget.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's9-negation-wrong-to-call-excellent',
    why: '"It would be wrong to call this an excellent service" then "it is good"; era A "will probably improve". Excellent is negated.',
    pages: [
`Wolsey Cross City Council – Council Tax Collection
Best Value inspection report, July 2001

Summary
Collection rates are high and the service is well run, but it would be wrong to call this an
excellent service while one in five telephone calls goes unanswered. It is a good service. The
review produced a realistic plan and we think the service will probably improve, although it has
not yet tested whether a partner could run the call handling better.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's9-hedge-falls-short-of-good-poor-prospects',
    why: '"falls short of a good service" with grade given as one star (fair); "poor prospects" stated; "poor" also used as an ordinary word earlier.',
    pages: [
`Saltmarsh District Council – Housing Benefits                                   May 2002

Summary
The service has improved its processing times this year and the quality of decisions is
reasonable. It still falls short of a good service, mainly because of poor communication with
landlords and claimants, and we have awarded it one star (fair).
The council has not completed its review, has no improvement plan that we could assess and has
set no targets for next year. The service therefore has poor prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- ordinary words
  {
    name: 's9-ordinary-words-good-will-era-a',
    why: 'Ordinary uses of poor, fair, excellent (poor morale in one team, a fair proportion, excellent relationships) around a good / will-improve verdict (era A).',
    pages: [
`Coldharbour Metropolitan Borough Council
Information Services – Best Value inspection, March 2001

Summary
Information Services has excellent working relationships with the schools it supports and a
fair proportion of its work is now sold to other public bodies. Poor morale in the print unit,
which is to be closed, is being handled sensitively.
We judge Information Services to be a good service. It will improve: the review's proposals are
ambitious, agreed by members and funded.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's9-ordinary-words-poor-unlikely-era-a',
    why: 'Era A: "good practice", "excellent ideas", "fair to say" as ordinary words; verdict poor, and "we doubt the council can deliver" → unlikely.',
    pages: [
`Vennington Borough Council
Highways Maintenance
Best Value Inspection – September 2000

Summary
It is fair to say that staff have excellent ideas for improving the service and there are
examples of good practice, such as the new pothole hotline. But roads and footways are in worse
condition than in most similar councils, repairs take too long and costs are high. This is a
poor service. The review has produced a long list of actions with no priorities, and we doubt
that the council can deliver them.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- ambitions and targets
  {
    name: 's9-ambition-three-star-by-2005',
    why: 'The council aims to be "an excellent, three-star service by 2005"; the actual verdict is poor with uncertain prospects.',
    pages: [
`Thornleigh Borough Council – e-Government and ICT                                  April 2003

Summary
The council's ICT strategy states its aim to be 'an excellent, three-star ICT service by 2005'
and to have all services available online by then. It is a long way from that goal. At present
this is a poor service: the helpdesk misses its targets, fewer than a quarter of transactions
can be done electronically, and departments buy their own systems. Prospects for improvement are
uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's9-vision-statement-then-verdict',
    why: 'The council\'s vision ("excellent services, good value") and a target to reach "good" by next year precede the inspectors\' verdict: fair and promising.',
    pages: [
`Sandford Mere Borough Council – Libraries and Information                           July 2002

Summary
The council's vision is of 'excellent services that give good value to every resident', and
the library plan sets a target to reach 'good' on all the public library standards by April
2003. Against that ambition, we found a fair service: book stock is old and opening hours are
short, though staff are helpful and the mobile library is well used. The prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- page and line breaks, headers inside verdicts
  {
    name: 's9-page-break-hyphenated-grade-era-a',
    why: 'Grade word hyphenated across a page break ("po-" / running header / "or"), and "will not improve" split by the footer of the next page.',
    pages: [
`Eastwold District Council – Cleansing Services
Summary
Having looked at the evidence from residents, staff and performance records, we judge Eastwold's
street cleansing service to be po-
Best Value Inspection Service                                                   January 2001    3`,
`Eastwold District Council – Cleansing Services
or. Streets in the town centre are cleaned well, but the estates are neglected and fly-tipping
is cleared slowly. The review did not compare the service with others or test it against the
market, and there is no plan we could assess. In our view the service will
Best Value Inspection Service                                                   January 2001    4`,
`Eastwold District Council – Cleansing Services
not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's9-header-inside-prospect-phrase',
    why: 'Era B: "a poor service with poor" / page break with running header and page number / "prospects for improvement".',
    pages: [
`Quarrymoor Borough Council  |  Benefits Service  |  Best Value inspection report  |  March 2004
Summary
The benefits service takes an average of 71 days to decide a new claim, more than twice the
national target, and a third of the files we examined contained errors. It is a poor service
with poor
                                                                                        2`,
`Quarrymoor Borough Council  |  Benefits Service  |  Best Value inspection report  |  March 2004
prospects for improvement, because the council has not yet accepted the scale of the problem.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's9-hyphenated-excellent-promising',
    why: 'The grade word is hyphenated at a line end ("excel-/lent"); prospects "promising" also at a line break.',
    pages: [
`Langmoor District Council – Planning Policy and Development Control              June 2004

Summary
Applications are decided quickly, customers and agents praise the advice they get, and the
local plan is up to date. The inspection team regards this as an excel-
lent service – one of very few such planning services in the region. Its prospects for improve-
ment are promising rather than excellent, because the council has not yet worked out how it will
fund the extra staff needed for the new development framework.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- other services, other regimes in the same report
  {
    name: 's9-other-service-judged-excellent-earlier',
    why: 'ICT report mentions that "the benefits service, inspected last year, was judged excellent"; the ICT verdict is poor with promising prospects.',
    pages: [
`Northwray Borough Council – ICT Services                                        November 2003

Context
2.4 The council has a good record in inspections: the benefits service, inspected last year, was
judged excellent, and the library service good. ICT is the first corporate service to be
inspected.

Summary
2.9 Against that background, the ICT service stands out. It is a poor service, with an unreliable
network and no corporate strategy. But the council has recognised this, has brought in an
experienced head of ICT and has funded a recovery plan; the service has promising prospects.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's9-cpa-rating-versus-service-verdict',
    why: 'The council\'s Comprehensive Performance Assessment category ("good council") is quoted; the service verdict is fair with poor prospects.',
    pages: [
`Wexcombe City Council – Revenues and Benefits ICT                                     May 2003

Summary
Wexcombe was assessed as a 'good' council in last December's Comprehensive Performance
Assessment, and members expect every service to match that rating. Revenues and benefits ICT
does not. The systems are old, the upgrade has been postponed twice and users rely on manual
workarounds. We judge it to be a fair service with poor prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's9-wales-good-will-improve-era-a',
    why: 'A Welsh council\'s report (Audit Commission in Wales) in era A; verdict good and "will improve"; bilingual heading.',
    pages: [
`Cyngor Bwrdeistref Sirol Cwmderwen / Cwmderwen County Borough Council
Gwasanaethau TGCh / ICT Services
Audit Commission in Wales – Best Value Inspection – May 2001

Summary
Cwmderwen's ICT service is good. It supports 1,100 users across 38 sites in the valleys with
few complaints, and it has led the council's work with the Welsh Assembly on shared systems.
We believe the service will improve because the review was rigorous and the plan is owned by
the corporate management team.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's9-in-our-view-excellent-will-era-a',
    why: 'Verdict in the inspectors\' voice ("In our view ... an excellent service"; "we believe it will improve further"), era A.',
    pages: [
`Fernleigh City Council – Pest Control and Dog Warden Service
Best Value Inspection, February 2001

Summary
In our view, this is an excellent service. Response times are the best we have seen, residents
are very satisfied and costs are low. The service has already won contracts from two
neighbouring councils. We believe it will improve further: the review set stretching targets and
the team has a strong record of meeting them.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's9-not-confident-deliver-era-b',
    why: 'Era B: "We are not confident that the council will deliver its plan" → uncertain (ordinal 1), not will/excellent; grade poor.',
    pages: [
`Ashcombe Vale District Council – ICT Services                                 November 2002

Summary
Ashcombe Vale provides a poor ICT service. Three major projects have overrun, there is no
agreed strategy and departments do not trust the service to deliver. The council has produced a
detailed improvement plan. We are not confident that the council will deliver it, as the plan
has no funding beyond April and the two posts that would lead it are vacant.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's9-commission-judgement-heading-poor-poor',
    why: 'Verdict under a heading "The Commission\'s judgement" in short, sentence-fragment style; "poor" grade and "poor" prospects.',
    pages: [
`Dunmere District Council – Housing Advice and Homelessness                      February 2004

The Commission's judgement
Service: poor – no stars.
Prospects for improvement: poor.

Homeless households wait too long for decisions, temporary accommodation is overused and the
council does not know how many people it turns away. Nothing in the review or the action plan
tackles these problems.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's9-question-answer-format-era-a',
    why: 'Era A question-and-answer layout ("How good is the service? Fair." / "Will it improve? Probably.") with the words standing alone on lines.',
    pages: [
`Marrowby County Council
Adult Education
Best Value Inspection Service – October 2000

Summary

How good is the service?
Fair.

Will it improve?
Probably.

Courses are well taught and learners are positive, but take-up in the rural north is poor and
the service has little information on outcomes.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's9-stars-only-grade',
    why: 'The grade is given only as a star count ("awarded two stars") with no grade word; prospects "excellent".',
    pages: [
`Pellingham Borough Council – Bereavement Services                                 March 2004

Summary
We have awarded the service two stars. Cemeteries and the crematorium are well kept, families
are treated with dignity and charges are below average. With a new memorial garden funded, a
strong management team and a plan that has already delivered most of its first-year actions,
the service has excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's9-dated-sept-2001-paraphrase-era-a',
    why: 'Dated September 2001 (era A). Prospect paraphrased ("on balance we expect the service to improve") → probably, era A token.',
    pages: [
`Greysands District Council – ICT Services
Best Value Inspection report – September 2001

Summary
Greysands has a good ICT service: reliable, cheap and well regarded by staff. Its web site is
basic and there is little joint working with departments on new ways of working. On balance we
expect the service to improve, as the review identified these gaps and the council has set aside
money to close them.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's9-dated-oct-2001-paraphrase-era-b',
    why: 'Dated October 2001 (era B). Prospect paraphrased ("we think it unlikely that the council will deliver its plan") → era B token uncertain.',
    pages: [
`Radstow Borough Council – Housing Benefit
Best Value Inspection report – October 2001

Summary
The benefit service is fair: new claims are handled in 34 days and most decisions are accurate,
but the backlog of changes of circumstance is growing. The plan to bring in a new computer system
is sensible, but it is late, over budget and has no fall-back. We think it unlikely that the
council will deliver its plan on time.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's9-context-table-of-other-inspections',
    why: 'The inspectors\' report contains a context table of other services\' earlier inspection scores (Benefits good/promising, Waste fair/uncertain); this service\'s verdict (fair, poor prospects) is in the summary on the next page.',
    pages: [
`Langmoor District Council – ICT Services                                          August 2003

Context
Table 1: Best Value inspections of Langmoor's services to date
Service                  Date          Score        Prospects
Benefits                 Mar 2002      Good         Promising
Waste collection         Nov 2002      Fair         Uncertain
Leisure centres          Jan 2003      Poor         Poor
Source: Audit Commission                                                                     5`,
`Langmoor District Council – ICT Services                                          August 2003

Summary
The ICT service is a fair service. It is cheap and reliable, but it has not helped other
services to modernise and the council has no e-government strategy. Its prospects for
improvement are poor: the review was cut short, there is no plan and no-one in senior
management owns the agenda.                                                                   6`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
];
