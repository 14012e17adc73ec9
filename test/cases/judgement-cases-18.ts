/** Held-out judgement set 18, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases18: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's18-grid-star-mark-grades-down',
    why: 'Scoring grid only (no verdict in prose): grades down the side, prospects along the bottom, an asterisk in the Good row under Promising. Axis words list every grade and prospect.',
    pages: [
      `Brackenfield District Council
Information and Communications
Technology
Best Value Inspection Service
February 2003
Audit Commission`,
      `Brackenfield District Council – ICT                                          3
Summary
The council's ICT section supports around 640 users across the main
offices at Kelsey Road and four satellite depots. The section was
reviewed under Best Value during 2001/02 and this inspection followed in
November 2002.
Scoring chart
The chart below shows our judgement of the ICT service.
'a good service?'
Excellent ★★★\t\t\t\t
Good ★★\t\t\t*\t
Fair ★\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'
The reasons for these judgements are set out in the sections of this
report that follow.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's18-grid-x-prospects-down-era-a',
    why: 'Era A grid with axes the other way round (prospect words down the side, grades across the top) and an X in the Unlikely row, Fair column.',
    pages: [
      `OTTERBURY BOROUGH COUNCIL
Corporate IT Support
Best Value Inspection
July 2001
Audit Commission Best Value Inspection Service`,
      `2                              Otterbury Borough Council: Corporate IT Support
Scoring the service
We have assessed the service against two questions. The chart records
our answers; the vertical axis is 'will the service improve?' and the
horizontal axis is 'how good is the service?'.
Will the service\tPoor\tFair\tGood\tExcellent
improve?
Yes\t\t\t\t
Probably\t\t\t\t
Unlikely\t\tX\t\t
No\t\t\t\t
\tHow good is the service?
The service has strengths in its help desk but the council has not yet
shown how the review will change the way IT is planned and bought.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's18-grid-tick-captioned',
    why: 'Caption names the axes (vertical = prospects, horizontal = quality); a tick sits in the Uncertain row, first (Poor) column. Only the mark position carries the verdict.',
    pages: [
      `Fenwick Vale Borough Council
ICT and e-Government
November 2002
Best Value Inspection Service`,
      `Fenwick Vale Borough Council                  ICT and e-Government      page 4
Chart 1: the vertical axis gives our judgement of the prospects for
improvement; the horizontal axis gives how good the service is now.
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t✓\t\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\t(no stars)\t(one star)\t(two stars)\t(three stars)
Why we have given these judgements is explained in the report; our
recommendations are on page 6.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's18-grid-bracket-x-grades-descending',
    why: 'Grid printed as check boxes "[ ]" with one "[x]"; grade columns run Excellent to Poor (descending), prospects down the side with a split axis label in the first column.',
    pages: [
      `Saltmarsh City Council
Waste Management
Best Value Inspection Service
May 2004`,
      `Saltmarsh City Council – Waste Management                                    5
Scoring chart
\t\tService quality
\t\tExcellent\tGood\tFair\tPoor
Prospects\tExcellent\t[ ]\t[ ]\t[ ]\t[ ]
for\tPromising\t[ ]\t[ ]\t[ ]\t[ ]
improvement\tUncertain\t[ ]\t[ ]\t[ ]\t[ ]
\tPoor\t[ ]\t[ ]\t[x]\t[ ]
The kerbside recycling scheme now reaches most households, but missed
collections remain common and the improvement plan has no costed
actions.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's18-grid-dot-top-right',
    why: 'Filled-dot mark in the top-right cell; text around the chart repeats the verdict in ordinary prose. Both should agree: excellent service, excellent prospects.',
    pages: [
      `Kingsholme Metropolitan Borough Council
Library and Information Service
October 2004
Audit Commission Inspection Service`,
      `Kingsholme MBC – Library and Information Service                       Page 3
Summary
Kingsholme's libraries are well used, open when people want them, and
run by staff who know their communities. We judged the service to be
excellent, with excellent prospects for improvement.
'a good service?'
Excellent\t\t\t\t●
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
\t'prospects for improvement?'`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's18-grid-cross-era-a-columns-reversed',
    why: 'Era A grid whose prospect columns run No, Unlikely, Probably, Yes; the cross is in the Poor row, first column. Star glyphs sit in the row labels.',
    pages: [
      `Danesford District Council
IT Services
Best Value Inspection
March 2001`,
      `Danesford District Council                                                      6
IT Services
How we score
\tWill the service improve?
How good is the service?\tNo\tUnlikely\tProbably\tYes
Excellent ★★★\t\t\t\t
Good ★★\t\t\t\t
Fair ★\t\t\t\t
Poor\t✗\t\t\t
A cross marks our judgement.
7`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's18-grid-unmarked-draft',
    why: 'Draft report: the scoring chart is printed with no cell marked and the text says scores are to be confirmed. Axis words must not be read as a verdict: no judgement.',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Holmbury Borough Council
Information Technology
Best Value Inspection
Draft report for factual accuracy check – January 2003`,
      `DRAFT                                       Holmbury Borough Council – IT    2
Scoring chart
[Scores to be confirmed following moderation – chart left blank]
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'
The council is asked to comment on matters of fact only by 14 February.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-grid-layout-spaces',
    why: 'Grid extracted in layout mode: no tabs, the asterisk is aligned by spaces under the Promising column heading in the Fair row.',
    pages: [
      `Rowanbridge Borough Council
Customer Services and ICT
Best Value Inspection Service
September 2002`,
      `Rowanbridge Borough Council                                              4
Scoring chart
                         Prospects for improvement
                  Poor        Uncertain    Promising    Excellent
Excellent
Good
Fair                                          *
Poor
How good is the service?
The chart shows our judgement. The reasons are given in sections 3 and 4.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the verdict with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's18-cell-fair-one-star-reasons-column',
    why: 'Judgement table: "Fair (one star)" and "Promising" in the judgement column; the reasons column uses good, poor and fair in other senses.',
    pages: [
      `Heronsgate Borough Council
Housing Benefit and Council Tax Benefit
Best Value Inspection Service – January 2003`,
      `Heronsgate Borough Council – Benefits                                      2
Our judgements
Question\tJudgement\tMain reasons
How good is the\tFair (one star)\tGood access at the three customer offices;
service?\t\tpoor processing times for new claims
Will the service\tPromising\tA good improvement plan with clear milestones;
improve?\t\tonly a fair track record of delivery so far
The rest of this report explains these judgements in detail.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's18-cell-good-two-of-three-era-a',
    why: 'Era A table cells "Good: 2 stars of 3" and "Yes, probably"; the comments column mentions poor response times and an excellent help desk.',
    pages: [
      `Wetherton County Council
Information and Communication Technology
Best Value Inspection
August 2001`,
      `Wetherton County Council – ICT                                      Page 2 of 18
Summary of judgements
\tJudgement\tComment
Is it a good service?\tGood: 2 stars of 3\tExcellent help desk; poor response times
\t\tfor schools and remote sites
Will it improve?\tYes, probably\tRealistic plan, but funding beyond
\t\t2002/03 is not yet agreed
1.1 The county council spends about £7.4 million a year on ICT.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's18-cell-no-will-not-improve',
    why: 'Cells "Poor (0 stars)" and "No, it will not improve"; the reasons cell speaks of excellent relationships and a fair number of PCs replaced.',
    pages: [
      `Colbeck District Council
IT Services
Best Value Inspection Service
April 2001`,
      `Colbeck District Council
IT Services
Key findings
Inspectors' judgement\tScore\tReasons
How good?\tPoor (0 stars)\tNo service standards; fault logging is
\t\tad hoc; excellent relationships between
\t\tIT staff and users do not make up for
\t\tunreliable systems
Will it improve?\tNo, it will not improve\tA fair number of PCs have been replaced,
\t\tbut the review produced no plan with
\t\ttargets, owners or money attached
                                                                          3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's18-cell-excellent-three-stars-caveat',
    why: 'Cells "Excellent (three stars)" and "Promising prospects – but see capacity"; reasons mention a poor record in one area. Grade is excellent, prospect promising.',
    pages: [
      `Thornleigh City Council
ICT Services
Inspection report – March 2004`,
      `Thornleigh City Council – ICT Services                                          2
Summary table
Dimension\tOur judgement\tWhy
Quality of service\tExcellent (three stars)\tSystems available 99.6% of the time; users
\t\trate the service highly; only a poor record
\t\ton project closure lets it down
Prospects for\tPromising prospects – but see\tStrong plan, but two senior posts vacant
improvement\tcapacity, paragraph 74\tand no deputy for the head of ICT`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's18-cell-uncertain-colon-reason',
    why: 'Cell carries the word then a sentence ("Uncertain: the improvement plan is unfunded…"); grade cell "Fair – 1 star out of 3".',
    pages: [
      `Quarrington Borough Council
Revenues Service
Best Value Inspection Service
March 2002`,
      `Quarrington Borough Council – Revenues                                        3
What we found
How good is the service?\tFair – 1 star out of 3
What are the prospects?\tUncertain: the improvement plan is unfunded and
\thas few measurable targets
Collection of council tax has risen to 96.1 per cent, a good result for a
council with this level of deprivation, but arrears recovery remains slow.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's18-cell-wrapped-lines',
    why: 'Table cells wrap across extracted lines ("Poor (no" / "stars)", "Unlikely to" / "improve"); reasons column uses "a good deal" and "excellent goodwill". Dated September 2001, era A.',
    pages: [
      `Abbotsley District Council
Information Technology
Best Value Inspection
September 2001`,
      `4                                           Abbotsley District Council – IT
Inspection judgements
How good is\tPoor (no\tStandards poorly defined; a good
the service?\tstars)\tdeal of user dissatisfaction
Will the\tUnlikely to\tThe review did not challenge the
service\timprove\tneed for the service; excellent
improve?\t\tgoodwill among staff but little capacity
Our recommendations follow on page 5.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's18-cell-yes-it-will-improve',
    why: 'Era A library report: cells "Good (two stars)" and "Yes – it will improve"; reasons say a fair number of branches still close early.',
    pages: [
      `Eastwold Borough Council
Library Service
Best Value Inspection Service
June 2001`,
      `Eastwold Borough Council – Library Service                              Page 2
Summary
Judgement\tResult\tPrincipal reasons
Service quality\tGood (two stars)\tBook stock refreshed; strong children's work;
\t\ta fair number of branches still close on
\t\tSaturday afternoons
Will it improve?\tYes – it will improve\tCosted plan agreed by members; new library
\t\tmanagement system already installed`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased as likelihood, belief or negation
  // ---------------------------------------------------------------------------
  {
    name: 's18-para-on-balance-expect',
    why: 'Era B report (November 2002); grade said plainly, prospect only as "on balance, we expect the service to improve" with no scale word: promising.',
    pages: [
      `Greymoor District Council
ICT Services
Best Value Inspection Service
November 2002`,
      `Greymoor District Council – ICT Services                                        2
Summary
The ICT service at Greymoor is a fair, one-star service. Users can get
help when they need it, and the network is reliable, but the council has
no agreed plan for replacing its ageing finance and payroll systems.
The Best Value review was thorough and honest about the service's
failings. The improvement plan is realistic and has been costed, and
the new head of ICT has already started to act on it. There are risks,
chiefly the small size of the team, but on balance we expect the service
to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's18-para-confident-deliver-era-a',
    why: 'Era A (March 2001): "we are confident that the council will deliver its improvement plan in full" – top ordinal without the scale word.',
    pages: [
      `Haddonfield County Council
Information and Communications Technology
Best Value Inspection
March 2001`,
      `Haddonfield County Council – ICT                                               3
Summary
In our view Haddonfield provides a good ICT service. Systems are
reliable, staff are well supported and the service is well regarded by
schools and social services alike.
Members and senior officers own the improvement plan, it is funded for
three years, and progress is reported to cabinet every quarter. We are
confident that the council will deliver its improvement plan in full.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's18-para-doubt-capacity',
    why: 'Era B (July 2003) housing repairs: "we doubt that the council has the capacity to turn the service round" – doubt maps to the second-lowest ordinal, uncertain.',
    pages: [
      `Pellingham Borough Council
Housing Repairs and Maintenance
Best Value Inspection Service
July 2003`,
      `Pellingham Borough Council – Housing Repairs                                   2
Summary
Tenants wait too long for repairs: only 61 per cent of urgent jobs are
finished on time, and the council does not know how many appointments
are kept. We judge this to be a poor service.
The council has recognised the problem and has a plan, but it relies on
a new contractor who is not yet appointed and on a repairs IT system
that has slipped twice. We doubt that the council has the capacity to
turn the service round within the timescale it has set itself.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's18-para-no-sign-era-a',
    why: 'Era A (January 2001) benefits: "we see no sign that anything will change" – lowest ordinal, will-not. Also "poor morale" as ordinary words.',
    pages: [
      `Stourmouth District Council
Housing and Council Tax Benefits
Best Value Inspection
January 2001`,
      `Stourmouth District Council – Benefits                                         4
Summary
Claimants in Stourmouth wait on average 74 days for a new claim to be
decided, one of the longest waits in the region. Staff suffer from poor
morale and turnover is high. The service, in our judgement, is poor.
The review was late and did not look at alternatives to in-house
delivery. Managers accept the findings of earlier audits but have not
acted on them, and we see no sign that anything will change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's18-para-certain-continue',
    why: 'Era B (June 2004): "we are certain that it will keep getting better" – top ordinal, excellent prospects, without the scale word.',
    pages: [
      `Ravensworth City Council
ICT Services
Inspection report
June 2004`,
      `Ravensworth City Council – ICT                                               2
Summary
Ravensworth's ICT service is a good, two-star service that has improved
steadily since its review. It meets almost all of its service levels
and it has delivered each stage of the council's e-government plan on
time. The service has a track record of doing what it says, a funded
three-year programme and strong leadership from the top. We are certain
that it will keep getting better.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's18-para-not-convinced-era-a',
    why: 'Era A (May 2001): negated belief "we are not convinced that the service will improve" – unlikely.',
    pages: [
      `Lowbridge Borough Council
IT Services
Best Value Inspection Service
May 2001`,
      `Lowbridge Borough Council – IT                                               2
Summary
The IT service meets some basic needs well: the help desk answers most
calls quickly and the network is stable. But it does little beyond
that, and departments increasingly buy their own systems. We judge it a
fair service.
The improvement plan repeats the aims of the last IT strategy, most of
which were not met, and it has no budget. We are not convinced that the
service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's18-para-no-realistic-prospect',
    why: 'Era B (February 2003) waste collection: "no realistic prospect of the council turning the service round" – lowest ordinal, poor prospects; the word "prospect" is not the scale word "promising".',
    pages: [
      `Cranmoor District Council
Waste Collection and Street Cleansing
Best Value Inspection Service
February 2003`,
      `Cranmoor District Council – Waste                                           3
Summary
Residents are dissatisfied with street cleanliness and the council
recycles less than 7 per cent of household waste. This is a poor service.
The council has set aside no money for the changes its own review
called for, elected members have twice deferred decisions on a new
collection contract, and there is no realistic prospect of the council
turning the service round in the next two years.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's18-para-more-likely-than-not-era-a',
    why: 'Era A (July 2001): "more likely than not that the service will get better" – probably.',
    pages: [
      `Sedgebury Borough Council
Information and Communications Technology
Best Value Inspection
July 2001`,
      `Sedgebury Borough Council – ICT                                          Page 3
Summary
Sedgebury's ICT service is fair. It has improved its help desk since
1999 but has not yet given departments the systems they need to deal
with the public electronically.
The council has started to put its review findings into effect and the
new ICT board meets monthly. Some key actions are still unfunded, so
there is a risk of delay, but we think it more likely than not that the
service will get better.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's18-quote-self-assessment-vs-evidence',
    why: 'The council\'s self-assessment rated the service good; "our evidence tells a different story" and the inspectors find it fair with uncertain prospects.',
    pages: [
      `Marchfield Borough Council
ICT Services
Best Value Inspection Service
April 2003`,
      `Marchfield Borough Council – ICT Services                                    5
How good is the service?
42 The council's self-assessment, prepared for this inspection, rated
the ICT service as good and said that it was on course to achieve
excellent prospects. Our evidence tells a different story. Fewer than
half of the users we surveyed were satisfied, call-backs are routinely
missed and there is no reliable information on system availability.
43 We have concluded that Marchfield's ICT service is fair.
Will the service improve?
57 The plan addresses the right issues but it depends on staff who are
already fully stretched. The prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's18-quote-it-manager-expects-era-a',
    why: 'Era A: the IT manager "expects the service to be excellent within two years"; "however, we doubt…" gives the inspectors\' view (unlikely). Grade stated in the inspectors\' voice as poor.',
    pages: [
      `Kestrel Vale District Council
Information Technology
Best Value Inspection
February 2001`,
      `Kestrel Vale District Council – IT                                            3
Summary
The IT manager told us that he expects the service to be excellent
within two years and that the new network will solve most of the
problems users raise. However, the new network is not yet designed,
there is no money for it in next year's budget and users were not asked
what they need. In our view the service is currently poor, and we doubt
that it will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's18-quote-neighbour-excellent',
    why: 'A neighbouring council\'s service is quoted as excellent (comparison); the inspected service is good with promising prospects.',
    pages: [
      `Carrow Heath Borough Council
ICT Services
Best Value Inspection Service
December 2002`,
      `Carrow Heath Borough Council – ICT                                           7
Comparison with others
61 Carrow Heath compared itself mainly with its neighbour, Ellesby, whose
ICT service we inspected in 2002 and judged to be excellent with
excellent prospects. Ellesby spends about a third more per user.
62 Against that benchmark Carrow Heath does well on cost and on help desk
response, less well on project delivery.
Overall judgement
63 Taking all the evidence together, we judge that Carrow Heath provides
a good, two-star ICT service that has promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's18-quote-earlier-inspection-reinspection',
    why: 'Reinspection (July 2001) quotes the earlier inspection\'s verdict (poor, will not improve) and then gives the new one: fair, will probably improve.',
    pages: [
      `Tennant Cross District Council
Information Technology – Reinspection
Best Value Inspection Service
July 2001`,
      `Tennant Cross District Council – IT Reinspection                              2
Summary
When we first inspected this service in May 2000 we found it to be poor
and said that it would not improve without a change of approach. The
council has since replaced its IT management, agreed service levels with
every department and begun to consult users.
Our reinspection finds a fair service that will probably improve. The
remaining weaknesses lie in project management and in training.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's18-quote-views-only-no-verdict',
    why: 'Excerpt that reports only other people\'s views (self-assessment, a manager\'s, users\' survey) with no inspectors\' verdict anywhere: no judgement.',
    pages: [
      `Halsey Moor Borough Council – ICT                                            6
The council's view of the service
38 The council's own assessment, submitted before the inspection, rates
the ICT service as good and its prospects as promising. The head of ICT
told us that she believes the service will improve rapidly once the
new data centre opens, and the deputy chief executive described the
ICT team as "excellent".
39 The 2002 user survey recorded 71 per cent satisfaction, which the
council describes as a good result.
40 We examine this evidence in the sections below.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-quote-cabinet-member-disagree',
    why: 'The portfolio holder calls the service "excellent"; the inspectors "do not share that view" and judge it good with uncertain prospects.',
    pages: [
      `Wyebourne County Council
Information and Communications Technology
Best Value Inspection Service
October 2002`,
      `Wyebourne County Council – ICT                                               3
Summary
The cabinet member for resources described the county's ICT service to
us as "excellent, and getting better every month". We do not share that
view. The service is reliable and users are generally content, and we
judge it to be good. But the council has lost three of its five senior
ICT staff in the past year and has not yet filled their posts, so its
prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's18-quote-modest-self-assessment',
    why: 'The council modestly rated itself fair; the inspectors find better: good, with excellent prospects (era B, 2004).',
    pages: [
      `Brindlecombe Borough Council
ICT and Customer Access
Inspection report – August 2004`,
      `Brindlecombe Borough Council                                                 2
Summary
Brindlecombe's self-assessment rated its ICT and customer access service
as fair, and managers were reluctant to claim more. We found a stronger
service than the council gives itself credit for. It is, in our view, a
good service, and with a funded programme, a strong track record and
members who take ICT seriously, its prospects for improvement are
excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's18-long-dashes-list-of-duties',
    why: 'The grade comes more than 40 words after "the revenues and benefits service", past a dash-delimited list of duties; prospects stated later as poor prospects.',
    pages: [
      `Hartsmere District Council
Revenues and Benefits
Best Value Inspection Service
October 2002`,
      `Hartsmere District Council – Revenues and Benefits                           2
Summary
The revenues and benefits service – which bills and collects council tax
on some 48,000 homes, collects business rates from 2,100 firms, assesses
housing and council tax benefit for about 9,500 households and, since
April, runs the council's counter-fraud team as well – is, taking the
evidence as a whole, a fair, one-star service.
The council has not yet agreed how the service will be delivered after
the current contract ends in 2004, and there is no plan for replacing
the benefits system. Its prospects for improvement are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's18-long-prospect-far-from-subject',
    why: 'The prospect verdict ends a long sentence whose subject ("the council\'s capacity to improve its ICT service") is separated by a bracketed list of risks.',
    pages: [
      `Elderton Borough Council
ICT Services
Best Value Inspection Service
May 2003`,
      `Elderton Borough Council – ICT                                                 4
Summary
Elderton runs a good ICT service: systems are dependable, the help desk
resolves two-thirds of calls at first contact and users speak well of
the staff.
The council's capacity to improve its ICT service (given the departure
of the head of ICT in March, a capital programme that has been cut by a
quarter for 2003/04, the transfer of the revenues system to a partner
that has not yet been chosen, and an e-government programme that is
already behind schedule) is, in our view, uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's18-long-brackets-era-a',
    why: 'Era A; grade word arrives after bracketed and comma-separated asides; a later sentence states "will probably improve".',
    pages: [
      `Middlewick District Council
IT Services
Best Value Inspection
June 2001`,
      `Middlewick District Council – IT Services                               Page 2
Summary
The IT service, which supports the council's 380 staff at its offices in
Market Street (and, through a leased line installed in 1998, at the
depot and the leisure centre), maintains the housing, finance and
payroll systems, and is also expected to provide the council's website
and the members' e-mail service, is poor.
Since the review, however, the council has appointed an IT manager with
a clear brief, agreed a three-year budget and set service standards. We
think the service will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's18-long-page-break-header-inside',
    why: 'Era A; the long grade sentence is broken by a page break, with a running footer, page number and header appearing mid-sentence before "fair".',
    pages: [
      `Thistleford Borough Council
Information and Communications Technology
Best Value Inspection Service
August 2001`,
      `Thistleford Borough Council – ICT                                             3
Summary
We have looked at the ICT service as users see it – at the help desk, at
the PC replacement programme, at the systems that support housing,
planning and council tax, and at the council's plans for giving the
public access to services through the web – and we consider that, taken
together, these amount to a service that is
Audit Commission Best Value Inspection Service                               3`,
      `Thistleford Borough Council – ICT                                             4
fair, though with some good features.
The council has already begun to act on its review. Members have agreed
and funded the improvement plan, a programme board reports to them
quarterly, and the first milestones have been met. The service will
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's18-long-hyphenation-welsh',
    why: 'Welsh county borough; line-end hyphenation splits words ("pro-vides", "ser-vice", "promis-ing") inside long verdict sentences.',
    pages: [
      `Pennard Valley County Borough Council
Information and Communications Technology
Best Value Inspection – March 2003`,
      `Pennard Valley CBC – ICT                                                       2
Summary
Although the ICT unit has had to absorb two reorganisations since local
government reorganisation, the loss of its training room, and a sharp
rise in demand from schools, we judge that it now pro-
vides a good ser-
vice to the council's departments and to the public.
The unit has a clear plan, members have funded it for three years, and
partnership work with neighbouring authorities is well advanced; for
these reasons, and despite the risks we set out in section 5, we judge
the prospects for improvement to be promis-
ing.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's18-long-aside-other-service-grade',
    why: 'A bracketed aside mentions another service judged good; the inspected benefits service, far away in the same sentence, is poor. Prospects uncertain.',
    pages: [
      `Hambrook Borough Council
Benefits Service
Best Value Inspection Service
September 2003`,
      `Hambrook Borough Council – Benefits                                          3
Summary
The benefits service, which shares its customer office with the library
service (itself inspected last year and judged good) and which has been
run since 2001 by a partnership with a private company that also
provides the council's ICT and payroll, is, on the evidence we have
seen, poor: claims take too long, too many are wrong, and overpayments
are not recovered.
The partnership has a new recovery plan, but it is too early to say
whether it will work; prospects for improvement are therefore uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection written by the council (no judgement)
  // ---------------------------------------------------------------------------
  {
    name: 's18-council-committee-paper-ict',
    why: 'A council committee paper reports the inspectors\' scores for its own ICT service. Not the inspectors\' report, so no judgement is expected.',
    pages: [
      `WOLDHAVEN BOROUGH COUNCIL
RESOURCES OVERVIEW AND SCRUTINY COMMITTEE
14 May 2003
Report of the Director of Corporate Services
BEST VALUE INSPECTION OF ICT SERVICES – OUTCOME
1. Purpose of report
1.1 To inform members of the outcome of the Audit Commission's
inspection of the council's ICT services, which took place in
February 2003.
2. Outcome
2.1 The inspectors judged the service to be 'fair' (one star) with
'promising' prospects for improvement. The report was published on
2 May.`,
      `Agenda item 7                                                         Page 2
2.2 The inspectors made six recommendations, which are reproduced at
Appendix A together with the action the service proposes to take.
3. Recommendation
3.1 That members note the outcome of the inspection and endorse the
action plan at Appendix A.
Contact officer: R. Ashworth, Head of ICT, ext. 4412`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-council-press-release-libraries',
    why: 'A council press release celebrating a "good" rating for its libraries and quoting the council leader; a council document, so no judgement.',
    pages: [
      `NEWS RELEASE
Linthorpe Vale District Council
Communications Unit
For immediate release: 19 November 2002
LIBRARIES RATED GOOD BY GOVERNMENT INSPECTORS
Linthorpe Vale's libraries have been given a two-star 'good' rating by
the Audit Commission, which also said the service had 'promising'
prospects.
Council Leader Cllr Maureen Oakes said: "This is an excellent result
for our staff, and we won't stop here – we want to be a three-star
service within two years."
The full report is available at www.linthorpevale.gov.uk/libraries.
Ends
Notes to editors: the inspection took place in September 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-council-cabinet-report-other-service',
    why: 'Cabinet report on the forthcoming ICT inspection quotes another service\'s earlier score (benefits, good) and the council\'s hopes for ICT. No inspectors\' verdict.',
    pages: [
      `Ashcombe City Council
Cabinet – 9 September 2002
Report of the Chief Executive
Item 11: Preparing for the Best Value inspection of ICT
1 Summary
1.1 The Audit Commission will inspect the council's ICT service in
November. This report sets out the preparation under way.
2 Background
2.1 The council's last inspection, of the benefits service in March,
judged it good with promising prospects. Officers believe that ICT can
achieve at least a similar result.
2.2 The ICT self-assessment (Appendix 1) rates the service as fair but
improving.`,
      `Cabinet 9 September 2002                                         Item 11 – 2
3 Recommendations
3.1 That cabinet notes the arrangements for the inspection and agrees
that the portfolio holder for resources should meet the lead inspector.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-council-scrutiny-minutes-era-a',
    why: 'Era A scrutiny minutes record the outcome of a housing repairs inspection as reported by officers, with members\' comments. A council document: no judgement.',
    pages: [
      `BRAMSHOTT DISTRICT COUNCIL
MINUTES OF THE HOUSING SCRUTINY PANEL
held on 21 June 2001
Present: Councillors Greene (Chair), Patel, Whitlow and Yeo
14. BEST VALUE INSPECTION – HOUSING REPAIRS
The Head of Housing reported that the Audit Commission's inspection
report had been received. The inspectors had found the repairs service
to be poor and had concluded that it was unlikely to improve.
Councillor Patel said that the result was disappointing but that staff
morale was good and the new partnering contract would make a difference.
RESOLVED: that the action plan be brought to the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-council-staff-newsletter',
    why: 'Internal staff newsletter: "inspectors give IT two stars" with the head of IT\'s comment. Written by the council, not the inspectors: no judgement.',
    pages: [
      `IN TOUCH
The staff newsletter of Greystone Metropolitan Borough Council
Issue 42 – April 2004
TWO STARS FOR IT!
Well done to everyone in IT Services, who heard last week that Audit
Commission inspectors have rated the service as good, with excellent
prospects for improvement.
Head of IT Services Dev Mistry said: "The inspectors recognised the hard
work that has gone into the new service desk. We now want to go for
three stars."
Also in this issue: car parking changes, the summer fun run, retirements.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------------------
  // Other documents with no judgement
  // ---------------------------------------------------------------------------
  {
    name: 's18-none-draft-scores-tbc',
    why: 'Draft inspection report whose summary has placeholders for both judgements ("to be confirmed"); descriptive text uses good/poor in passing. No judgement.',
    pages: [
      `DRAFT v0.3 – CONFIDENTIAL
Westmarch District Council
Information Technology
Best Value Inspection Service
Draft for discussion – scores to be confirmed`,
      `DRAFT                                     Westmarch DC – Information Technology
Summary
[Judgement on quality: to be confirmed at moderation panel]
[Judgement on prospects: to be confirmed]
The service has some good features: the help desk is well staffed, and
users we met spoke well of individual technicians. There are also
weaknesses, including poor control of software licences.
NB: do not circulate beyond the inspection team and the council's
liaison officer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-none-council-own-review',
    why: 'The council\'s own Best Value review report rates itself ("we consider the service to be fair … will improve") – not an inspection, so no judgement.',
    pages: [
      `Felbrigg Borough Council
Best Value Review of Information Technology
Final Report of the Review Team
December 2000`,
      `Felbrigg Borough Council – BV Review of IT                                  9
6 Conclusions of the review team
6.1 Applying the Audit Commission's own criteria, the review team
considers that the IT service is currently fair, and that it will
improve if the recommendations in this report are implemented.
6.2 Our challenge of the service found a clear continuing need for an
in-house IT unit, but the comparison exercise showed that our costs per
PC are higher than those of most similar districts.
6.3 The review team recommends that the improvement plan at section 7 be
adopted by the Policy and Resources Committee.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-none-consultation-leaflet',
    why: 'Consultation leaflet asking residents to rate online services ("excellent / good / fair / poor" tick boxes). No judgement.',
    pages: [
      `Have your say on our online services
Northwick Borough Council is reviewing how you contact us – by phone,
in person and on the web. We want our e-services to be excellent, and
we need your views.
1. How would you rate our website?
[ ] Excellent  [ ] Good  [ ] Fair  [ ] Poor
2. Do you think our online services will improve over the next year?
[ ] Yes  [ ] Probably  [ ] Unlikely  [ ] No
3. What one thing would make the biggest difference to you?
Please return this form in the freepost envelope by 31 March 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-none-appendices-only',
    why: 'Only the appendices of a report: list of interviews, performance indicator table whose columns say "good" quartiles. No judgement stated in this text.',
    pages: [
      `Lindford Borough Council – ICT                                               21
Appendix 1 – Performance indicators
Indicator\t2000/01\t2001/02\tAll-England top quartile
% calls resolved at first contact\t52%\t61%\t70%
% PCs less than 4 years old\t38%\t44%\t75%
Availability of main systems\t97.2%\t98.9%\t99.5%
Source: council; Audit Commission comparison data. Performance in the
top quartile is generally regarded as good.`,
      `Lindford Borough Council – ICT                                               22
Appendix 2 – Activities undertaken by the inspection team
We interviewed the chief executive, the leader, the head of ICT and
eleven other staff; held two focus groups with users; observed the help
desk; and examined the documents listed in Appendix 3.
Appendix 3 – Documents reviewed
ICT strategy 2001–04; Best Value review report; user survey 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-none-inspection-scoping-letter',
    why: 'Letter announcing an inspection and describing the two questions ("is it a good service? will it improve?") – a plan, not a verdict.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Chief Executive
Ravensmoor District Council
12 March 2002
Dear Mr Hale
Best Value inspection of ICT services
I write to confirm that we will inspect the council's ICT services
during the week beginning 22 April. As you know, the inspection will
assess how good the service is and whether it is likely to improve, and
will result in a score on a scale from poor (no stars) to excellent
(three stars), and a judgement of prospects from poor to excellent.
Please send us the documents listed overleaf by 5 April.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's18-none-onsite-feedback-note',
    why: 'Inspectors\' end-of-fieldwork feedback note: lists emerging strengths and weaknesses but says judgements will come in the final report. No judgement.',
    pages: [
      `Ollerton Bridge Borough Council – ICT inspection
Feedback to the council at the end of on-site work – 28 November 2003
This note records the main points made at the feedback meeting. It is
not the inspection report, and the final judgements will be made only
after the moderation process.
Emerging strengths
- good relationships between ICT staff and schools
- excellent availability of the network
Emerging areas for improvement
- poor project management, with three major projects over budget
- no performance information reported to members`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------------------
  // Plain summaries, negation, hedging, ordinary words, targets, breaks
  // ---------------------------------------------------------------------------
  {
    name: 's18-plain-era-a-summary',
    why: 'Plain era A summary stating both judgements in the scale words.',
    pages: [
      `Crossfell District Council
IT Services
Best Value Inspection Service
November 2000`,
      `Crossfell District Council – IT Services                                      2
Summary
Crossfell's IT section is small – five staff – and has struggled to keep
up with the council's growing use of computers. Users told us that
faults take days to fix and that they are rarely told what is happening.
The Best Value review was largely descriptive and did not compare the
service with others.
We have concluded that the IT service is poor and that it is unlikely to
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's18-plain-era-b-summary',
    why: 'Plain era B summary: "fair, one-star service with uncertain prospects for improvement".',
    pages: [
      `Tarnside Borough Council
ICT Services
Best Value Inspection Service
January 2002`,
      `Tarnside Borough Council – ICT                                               3
Summary
We judge this to be a fair, one-star service with uncertain prospects
for improvement.
The service is reliable for day-to-day work but it has not helped the
council to make the most of its systems. The improvement plan has good
intentions but few dates and no named owners.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's18-plain-era-b-good-excellent',
    why: 'Plain era B summary, inspectors\' voice: good service, excellent prospects.',
    pages: [
      `Lowestead County Council
Information and Communications Technology
Inspection report – September 2003`,
      `Lowestead County Council – ICT                                          page 2
Summary
Our judgement is that Lowestead provides a good, two-star ICT service
that has excellent prospects for improvement.
The county's ICT strategy is tied closely to its corporate plan, the
chief executive chairs the ICT board, and the service has a record of
delivering major projects on time and within budget.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's18-not-yet-good',
    why: 'Negation "not yet a good service" precedes the real grade (fair); prospects promising. The word "good" is negated.',
    pages: [
      `Marrick Down District Council
ICT Services
Best Value Inspection Service
June 2002`,
      `Marrick Down DC – ICT                                                        2
Summary
The ICT service has made real progress over the past eighteen months,
but it is not yet a good service. Too many users still wait more than a
week for routine requests, and the council's website is out of date.
Overall we judge it to be a fair service.
The improvement plan is well founded and already being delivered, so
the service's prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's18-hedged-not-poor-falls-short',
    why: 'Hedged grade: "while not a poor service, it falls short of good … we judge it fair"; era A, will probably improve with a hedge.',
    pages: [
      `Chesterwell Borough Council
Housing Benefit Service
Best Value Inspection
April 2001`,
      `Chesterwell Borough Council – Housing Benefit                                 3
Summary
While the housing benefit service is not a poor one, it falls short of
good in too many respects – processing times, accuracy and the quality
of letters to claimants – and we judge it to be fair.
The council has a sensible plan and has started to deliver it. The
service will probably improve, although not as quickly as the council
hopes.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's18-ordinary-words-era-a',
    why: 'Ordinary uses of "poor morale", "a fair proportion", "excellent working relationships" surround a plain era A verdict (good, will improve).',
    pages: [
      `Ulverby Borough Council
Information Technology Services
Best Value Inspection Service
December 2000`,
      `Ulverby Borough Council – IT                                                 4
Summary
Two years ago the IT section suffered from poor morale and high staff
turnover. A new manager has since built excellent working relationships
with the departments, and a fair proportion of the council's systems
have been replaced.
We judge the IT service to be good. The council has agreed and funded
a realistic improvement plan, and the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's18-ambition-three-star-target',
    why: 'Council ambition ("an excellent, three-star service by 2005") precedes the actual verdict: poor service, promising prospects.',
    pages: [
      `Harwood Fen District Council
ICT Services
Best Value Inspection Service
January 2004`,
      `Harwood Fen District Council – ICT                                           2
Summary
The council's ICT strategy states that it aims to be an excellent,
three-star service by 2005 and to deliver all of its services
electronically by the end of that year. It is a long way from that
today. Key systems fail often, users have little confidence in the help
desk and there is no information on costs. At present the service is
poor.
A new partnership with a neighbouring council, agreed in the autumn,
gives the service access to skills and systems it has lacked, and the
early signs are good. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's18-page-break-inside-verdict',
    why: 'Verdict sentence split by a page break with a running header and page number before "good"; prospects in the same sentence.',
    pages: [
      `Stanwick Green Borough Council
Benefits Service
Best Value Inspection Service
April 2003`,
      `Stanwick Green Borough Council – Benefits                                     4
Summary
The service has cut the time taken to process new claims from 58 to 31
days in a year, and claimants we spoke to were complimentary about the
staff at the customer centre. Taking account of all the evidence, the
inspection team judges that the benefits service is
                                                                             4`,
      `Stanwick Green Borough Council – Benefits                                     5
good, and that its prospects for improvement are promising.
Recommendations
To rise further, the council should:
• reduce the error rate in claims assessment;`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's18-grade-only-excerpt',
    why: 'Excerpt of the "How good is the service?" section ending with the inspectors\' grade; no prospects judgement in the text.',
    pages: [
      `Pinfold Cross City Council – ICT Services                                    12
Conclusion on how good the service is
68 The service meets or exceeds all of its published standards, its costs
are in the lowest quartile of comparable cities, and its users – in
every department we visited – spoke highly of it. It has led the
council's e-government work with skill.
69 We therefore judge that Pinfold Cross's ICT service is excellent.`,
    ],
    expect: { grade: 'excellent', prospect: null },
  },
  {
    name: 's18-prospect-only-excerpt-era-a',
    why: 'Era A excerpt of the "Will the service improve?" section only; "good at" and "a good start" are ordinary words, not a grade.',
    pages: [
      `Reddington District Council – IT Services                                    14
Will the service improve?
71 The council is good at producing plans but has been less good at
carrying them out. This time there are signs of change: the improvement
plan has been costed, and the IT manager reports progress to members
every two months. The first three actions have been completed on time.
72 The council has made a good start. We consider that the service will
probably improve.`,
    ],
    expect: { grade: null, prospect: 'probably' },
  },
  {
    name: 's18-running-header-inside-sentence-era-a',
    why: 'Two-column extraction interleaves the running header and a page number inside the prospect sentence; era A, fair and will not improve.',
    pages: [
      `Morwick District Council
IT Services
Best Value Inspection
August 2001`,
      `Summary
We consider that the IT service is fair but that, because the council
Morwick District Council – IT Services                               page 3
has neither the money nor the management capacity to carry out the plan
arising from its review, it will not
3
improve.
Recommendations
We recommend that the council:
• decides how the IT service will be funded over the next three years;`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's18-welsh-poor-poor',
    why: 'Welsh council, era B; both judgements are the same word ("poor"), plus "poor" used ordinarily about the network.',
    pages: [
      `Cwm Aderyn County Borough Council
Information and Communications Technology
Best Value Inspection
October 2002`,
      `Cwm Aderyn CBC – ICT                                                         3
Summary
Staff in the outlying offices work with a poor network that is often
unavailable in the afternoons, and the council has no record of how much
it spends on ICT across its departments.
Our judgement is that this is a poor service with poor prospects for
improvement. The council has not yet agreed a replacement for its ICT
strategy, which lapsed in 2001.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's18-reinspection-era-change',
    why: 'Era B reinspection quotes the first (era A) verdict "fair … will probably improve"; the new verdict is good with excellent prospects.',
    pages: [
      `Farleigh Marsh Borough Council
ICT Services – Reinspection
Audit Commission Inspection Service
October 2002`,
      `Farleigh Marsh Borough Council – ICT Reinspection                             2
Summary
Our first inspection, in February 2001, found a fair service that would
probably improve. It has done so. Since then the council has introduced
service level agreements, replaced two-thirds of its PCs and launched an
online payments service.
We now judge Farleigh Marsh's ICT service to be good. Its prospects for
improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's18-excellent-service-uncertain-prospects',
    why: 'Unusual pairing: excellent service, uncertain prospects because of a risky outsourcing decision (era B).',
    pages: [
      `Hatherton Bridge Metropolitan Borough Council
ICT Services
Inspection report – November 2004`,
      `Hatherton Bridge MBC – ICT                                                    2
Summary
Hatherton Bridge runs an excellent ICT service. It is cheap, reliable and
well liked, and it has put the council among the leaders in electronic
service delivery.
However, the council has decided to transfer the service to a private
partner next spring, and the contract terms, the transfer of staff and
the arrangements for monitoring the partner are not yet settled. We
therefore judge its prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'excellent', prospect: 'uncertain' },
  },
  {
    name: 's18-commission-voice-era-a',
    why: 'Era A; the verdict is given as "the Commission\'s view" after a paragraph of the council\'s claims.',
    pages: [
      `Sallowby District Council
Council Tax and Business Rates
Best Value Inspection Service
March 2001`,
      `Sallowby District Council – Council Tax and Business Rates                  5
Conclusions
The council told us that it regards the service as one of its best and
that collection rates will reach 98 per cent by 2002.
The Commission's view is that the service is fair. Collection has
improved, but recovery action is slow and the review did not consider
other ways of running the service. The Commission does not consider
that the service is likely to improve, because the council has not
committed the resources its plan requires.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's18-summary-with-targets-noise',
    why: 'Era A good/will verdict amid targets ("100 per cent electronic delivery by 2005", "be rated excellent").',
    pages: [
      `Kirkholme Borough Council
Information and Communications Technology
Best Value Inspection
April 2001`,
      `Kirkholme Borough Council – ICT                                               2
Summary
The council has set itself demanding targets: to make all its services
available electronically by 2005, to answer 90 per cent of help desk
calls within 20 seconds, and to be rated excellent at its next
inspection. We consider that the ICT service is already good, and that
it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's18-other-services-in-same-report',
    why: 'The report cites other services\' inspection results (benefits poor, planning excellent) before judging the ICT service fair with poor prospects.',
    pages: [
      `Dunsley Heath District Council
ICT Services
Best Value Inspection Service
August 2002`,
      `Dunsley Heath District Council – ICT                                         6
Context
14 The council has had two earlier Best Value inspections: its benefits
service was judged poor in 2001 and its planning service excellent in
early 2002. Both depend heavily on ICT.`,
      `Dunsley Heath District Council – ICT                                         7
Our judgements
22 We judge that the ICT service is fair. It keeps the council's systems
running but has little capacity to help services change.
23 The council has no agreed plan for the service beyond the current
financial year and no one at senior level is responsible for it. The
prospects for improvement are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's18-ordinary-words-era-b',
    why: 'Era B: "excellent relationships", "a fair proportion", "good intentions", "poor morale" are ordinary uses; verdict poor, uncertain prospects.',
    pages: [
      `Yarrowfield Borough Council
ICT Services
Best Value Inspection Service
March 2003`,
      `Yarrowfield Borough Council – ICT                                            3
Summary
ICT staff have excellent relationships with the few departments they
work with closely, and a fair proportion of users are happy with the
help they get. But the service has poor morale, no performance
information and a backlog of more than 400 requests. Managers have good
intentions, but little has changed.
We judge this to be a poor service whose prospects for improvement are
uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's18-excellent-plain-era-b',
    why: 'Plain era B top verdict: "excellent, three-star" with excellent prospects.',
    pages: [
      `London Borough of Westhollow
ICT and Customer Services
Inspection report – December 2004`,
      `London Borough of Westhollow – ICT and Customer Services                     2
Summary
Westhollow provides an excellent, three-star ICT and customer service.
Residents can do most business with the council on line or by phone at
one call, and the service's costs are among the lowest in London. With
strong leadership and a funded plan to go further, its prospects for
improvement are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's18-question-answer-format-era-a',
    why: 'Era A question-and-answer summary: "Is it a good service? Yes – we judge it good" / "Will it improve? Probably."',
    pages: [
      `Trevenna District Council
Information Technology
Best Value Inspection
June 2001`,
      `Trevenna District Council – IT                                                3
The inspectors' answers
Is it a good service?
Yes. We judge it good (two stars). Users are well supported and systems
are reliable, though project management is weak.
Will it improve?
Probably. The plan is sound and funded for one year, but the council has
not decided how it will pay for the second and third years.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's18-star-glyphs-score',
    why: 'Score given as star glyphs with one filled star ("★☆☆ – one star, fair"); prospects word in a following line.',
    pages: [
      `Westover Vale District Council
ICT Services
Best Value Inspection Service
July 2002`,
      `Westover Vale DC – ICT                                                        2
Summary
Score: ★☆☆ – one star, a fair service
Prospects for improvement: promising
Users value the help desk but too many systems are out of date. The
council's plan to replace them is realistic and is being delivered.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's18-covering-letter-from-inspectors',
    why: 'Covering letter from the lead inspector (the inspectors\' own voice) states both judgements; poor service, promising prospects.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Mrs J. Dorling
Chief Executive
Grantley Moor Borough Council
20 January 2003
Dear Mrs Dorling
Best Value inspection of ICT services
I enclose our report on the inspection of your ICT services. We have
judged the service to be poor, but with promising prospects for
improvement, largely because of the strength of the plan now in place.
I would like to thank your staff for their help.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's18-good-not-excellent-era-a',
    why: 'Era A; "good, though not excellent" – the negated "excellent" is not the grade; plain "will improve".',
    pages: [
      `Heathcote Borough Council
Library Service
Best Value Inspection
May 2001`,
      `Heathcote Borough Council – Libraries                                         2
Summary
The library service is good, though not excellent: opening hours are
generous and book issues are rising, but the mobile library reaches too
few villages. The council has agreed a costed plan to extend the mobile
service and to open two branches on Sundays. We are sure the service
will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's18-summary-box-poor-poor',
    why: 'Verdict only in a summary box of key facts ("Score\t0 stars (poor)", "Prospects\tPoor"); the box also has neutral facts.',
    pages: [
      `Kettleby District Council
Housing Repairs
Best Value Inspection Service
June 2003`,
      `Kettleby District Council – Housing Repairs                                  2
At a glance
Homes managed\t3,240
Repairs per year\t14,600
Score\t0 stars (poor)
Prospects\tPoor
Main issues\tLate repairs; no tenant involvement; no contract review
The rest of this report explains how we reached our judgements.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's18-little-confidence-deliver',
    why: 'Era B: "we have little confidence that the plan will be delivered" – paraphrased prospect, uncertain; grade fair in the same summary.',
    pages: [
      `Oxley Fields Borough Council
ICT Services
Best Value Inspection Service
May 2002`,
      `Oxley Fields Borough Council – ICT                                           2
Summary
The ICT service is fair. It is reliable and users are broadly satisfied,
but it costs more than similar councils' services and has no clear
direction.
The improvement plan was written by consultants and has not been adopted
by members, and the service has no one to lead it since the ICT
manager's post was deleted. We have little confidence that the plan will
be delivered.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's18-excellent-library-era-a',
    why: 'Era A top grade in prose with an em-dash aside ("excellent – a three-star service –"), and "will improve further".',
    pages: [
      `Ambleworth Borough Council
Library and Information Service
Best Value Inspection Service
August 2001`,
      `Ambleworth Borough Council – Libraries                                       2
Summary
We judge Ambleworth's library service to be excellent – a three-star
service – because it is well used by every part of the community, its
costs are low, and it consults its users constantly. It has a clear and
funded plan, and it will improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
];
