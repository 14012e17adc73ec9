/** Held-out judgement set 60, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases60: JudgementCase[] = [
  // ─────────────────────────────────────────────────────────────────────────
  // 1. Marked scoring grids: the marked cell's row and column carry both
  //    judgements; the axis labels list every grade and every prospect.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-grid-x-tabs-fair-promising',
    why: "kind 1: tab-separated grid, grades down the side, era B prospects across the top; the X in the Fair row sits under Promising. Axis words and the 'excellent working relationships' / 'poor record' prose are not the verdict",
    pages: [
`Kelmscote Borough Council
Information and Communications Technology
Best Value Inspection Service
March 2003`,
`Kelmscote Borough Council – ICT\t\t\t\t\tpage 3
Scoring chart
The chart below shows our judgements. How good the service is runs down the side; the
prospects for improvement run across the top.
\tProspects for improvement
\tPoor\tUncertain\tPromising\tExcellent
Excellent ***\t\t\t\t
Good **\t\t\t\t
Fair *\t\t\tX\t
Poor –\t\t\t\t
The council has excellent working relationships with its main suppliers, but a poor record of
consulting the departments it serves.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-grid-star-spaces-axes-swapped-era-a',
    why: "kind 1: era A grid laid out with runs of spaces, prospects as rows and grades as columns (axes the other way round); an asterisk under Fair in the 'Unlikely to improve' row. Only column position gives the grade",
    pages: [
`WEXCOMBE DISTRICT COUNCIL
IT Services
Best Value inspection report
May 2001`,
`Wexcombe District Council                                   IT Services
Scoring chart
Will the service improve? is shown down the page; How good is the service? across it.

                          Poor      Fair      Good      Excellent
Will improve
Will probably improve
Unlikely to improve                 *
Will not improve

The reasons for these judgements are set out in the body of this report.
                                                                            4`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's60-grid-tick-wrapped-labels-good-uncertain',
    why: "kind 1: column labels wrapped over two lines ('promising' / 'prospects'), quoted axis words, a ✓ in the good row under the uncertain column",
    pages: [
`Brackenford City Council – IT Support and Development – Inspection report – November 2002
Scoring chart
'How good is the service?' is read down the left-hand side; 'What are the prospects for
improvement?' is read along the top.
\t'poor'\t'uncertain'\t'promising'\t'excellent'
\tprospects\tprospects\tprospects\tprospects
'excellent'\t\t\t\t
'good'\t\t✓\t\t
'fair'\t\t\t\t
'poor'\t\t\t\t
Source: Audit Commission
11`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's60-grid-dot-three-line-labels-era-a',
    why: "kind 1: era A column labels broken over three extracted lines ('Will / probably / improve'); a ● in the Poor row under the third column. The grid text contains every era A phrase in pieces",
    pages: [
`Hallowfield Metropolitan Borough Council
Information Technology Services – Best Value inspection – July 2001
Scoring chart
\tWill\tUnlikely\tWill\tWill
\tnot\tto\tprobably\timprove
\timprove\timprove\timprove\t
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t●\t
Hallowfield MBC\t\t\t\t\t5`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's60-grid-root-tick-prospect-rows',
    why: "kind 1: caption names the axes (vertical = prospects, horizontal = grade with star counts on a second label line); a √ in the 'Promising prospects' row under Good",
    pages: [
`Stanmoor Council
Corporate ICT
June 2004
Best Value Inspection Service`,
`Figure 1 – Scoring chart
Vertical axis: prospects for improvement. Horizontal axis: how good the service is (0 to 3 stars).
\tPoor\tFair\tGood\tExcellent
\t(0 stars)\t(1 star)\t(2 stars)\t(3 stars)
Excellent prospects\t\t\t\t
Promising prospects\t\t\t√\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
Stanmoor Council – Corporate ICT\t\t\t\t\t2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's60-grid-x-spaces-reversed-rows',
    why: "kind 1: rows printed poor-first (reversed order) and spaced columns; the X in the 'A poor service' row falls under Uncertain. Later prose uses 'excellent' and 'poor' as ordinary words",
    pages: [
`Luddenham Borough Council
Customer Access and ICT
Best Value inspection
February 2004`,
`Scoring chart
                     Prospects for improvement
                     Poor        Uncertain   Promising   Excellent
A poor service                   X
A fair service
A good service
An excellent service

Staff in the contact centre are enthusiastic and give excellent service on the telephone, but
the systems behind them are poor and often fail at peak times.
Luddenham Borough Council                                                       page 4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-grid-star-mark-among-star-labels',
    why: "kind 1: era A grid whose grade labels carry asterisks ('***  excellent') and whose mark is also an asterisk; only the lone * in the last column of the good row is the mark (Yes – will improve)",
    pages: [
`Norbridge District Council – Information Technology – August 2001
Scoring chart
\tNo – will not improve\tUnlikely to improve\tWill probably improve\tYes – will improve
***  excellent\t\t\t\t
**  good\t\t\t\t*
*  fair\t\t\t\t
–  poor\t\t\t\t
Key: *** = three stars; the marked box shows our judgement.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's60-grid-shaded-boxes',
    why: "kind 1: extractor renders every box as □ and the shaded one as ■; the ■ is in the poor / 0 row under the poor prospects column. Nearby text mentions an 'excellent' target",
    pages: [
`Gransden Borough Council
ICT and e-government
Best Value inspection report
October 2002`,
`Gransden Borough Council                                ICT and e-government          3
Scoring chart
                 poor       uncertain    promising    excellent
excellent  3     □          □            □            □
good       2     □          □            □            □
fair       1     □          □            □            □
poor       0     ■          □            □            □
The council's e-government statement promises an excellent online service by 2005. Little of the
groundwork for that has been done.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 2. Table cells that mix the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-table-fair-one-star-reasons-column',
    why: "kind 2: judgement cell 'Fair – one star' next to a reasons cell containing 'Good progress', 'poor response' and 'excellent'; prospects cell 'Promising' with a wrapped row label",
    pages: [
`Marlbeck District Council                                     ICT inspection – September 2003
Summary of judgements
Question\tJudgement\tWhy we reached it
How good is the service?\tFair – one star\tGood progress on network resilience and a well-run help desk, offset by
\t\tpoor response times for schools and an excellent but little-used intranet.
What are the prospects for\tPromising\tA costed plan and strong officer leadership; member
improvement?\t\tinvolvement remains weak, and a good plan is not yet a delivered one.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-table-no-stars-will-not',
    why: "kind 2: era A cells 'Poor: 0 stars of 3' and 'No, it will not improve'; the reasons column says 'good level' and 'poor morale'",
    pages: [
`Oxleigh Borough Council
Information Technology Services
January 2001`,
`Inspection judgements
Is the service good?\tPoor: 0 stars of 3\tThe service falls short of what users need; only the payroll system
\t\tperforms at a good level.
Will it improve?\tNo, it will not improve\tThere is no improvement plan worth the name, and poor morale
\t\tamong staff has gone unaddressed for two years.
Oxleigh Borough Council\t\t2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's60-table-spaces-good-uncertain-hedged-cell',
    why: "kind 2: space-aligned table; 'Good (2 stars)' with 'excellent practice' in the reasons; the prospects cell is a wrapped phrase beginning 'Uncertain –' beside 'poor' in the reasons",
    pages: [
`Cresswick Council – ICT Infrastructure – Best Value inspection – December 2002

Judgement           Score                    Reasons
Quality             Good (2 stars)           Strengths clearly outweigh weaknesses. Some excellent
                                             practice in the schools team is not shared.
Prospects           Uncertain – the plan     The council's record of delivering projects is poor
                    is sound but untested    and capacity is stretched.
                                                                                      page 1`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's60-table-wrapped-row-labels-yes',
    why: "kind 2: era A; row labels wrapped over two lines, grade cell 'Good' followed by a separate '**' cell, prospect cell 'Yes – will improve'; reasons say 'poor documentation' and 'fair share'",
    pages: [
`Pellingham District Council
Corporate IT
Inspected March 2001`,
`Question\tOur judgement\t\tKey reasons
How good is\tGood\t**\tReliable systems; poor
the service?\t\t\tdocumentation of procedures.
Will the service\tYes – will improve\t\tFirm, costed plan; a fair
improve?\t\t\tshare of next year's budget already agreed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's60-table-three-stars-benefits',
    why: "kind 2: non-ICT service; cell 'Three stars (excellent)' and prospects cell 'Excellent'; reasons mention 'one poor area' and 'a fair number'",
    pages: [
`Thornbury Vale Council
Housing and Council Tax Benefits
Best Value Inspection Service – April 2004`,
`Our judgements at a glance
Service quality\tThree stars (excellent)\tClaims are paid quickly and accurately; the one poor area,
\t\toverpayment recovery, is already improving.
Prospects for improvement\tExcellent\tA record of delivery and strong leadership; a fair number of
\t\tthe plan's actions are already complete.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's60-table-this-inspection-vs-last',
    why: "kind 2: two judgement columns, the 2001 inspection (poor, unlikely to improve) and this 2004 re-inspection (Fair *, Promising); only the 'this report' column counts",
    pages: [
`Ashworth Borough Council – ICT re-inspection – June 2004
Table 1: our judgements, this inspection and last
\t2001 inspection\t2004 re-inspection (this report)
How good is the service?\tPoor (no stars)\tFair *
Will it improve? / Prospects\tUnlikely to improve\tPromising
Comment\tService failing its users\tSteady progress; help desk still poor at weekends`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-table-spaces-probably-wrapped-cell',
    why: "kind 2: era A; space-aligned cells wrapped over lines: 'Fair (one star)' beside 'Poor morale ... excellent', and 'Probably – on balance it will improve' spread over three lines beside 'good intentions'",
    pages: [
`Redditon Borough Council
IT and Telecommunications
June 2001

Judgement       Finding              Reasons
Service now     Fair (one star)      Poor morale in the network team; an excellent
                                     disaster recovery arrangement.
Improvement     Probably – on        A realistic plan, although good intentions have
                balance it will      not always been carried through in the past.
                improve
                                                                              3`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 3. Prospects paraphrased as likelihood, belief or negation, with no scale
  //    word for the prospect.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-para-on-balance-get-better',
    why: "kind 3: era B; 'On balance we expect the service to get better' = promising, with no scale word; grade stated plainly as fair",
    pages: [
`Broadwater Borough Council
Information and Communications Technology
January 2003`,
`How good is the service?
52. Weighing what users told us against the performance data, we judge this to be a fair,
one-star service.
What are the prospects for improvement?
53. On balance we expect the service to get better. The improvement plan is costed and owned
by the corporate management team, although delivery depends on filling three vacant posts
in the applications team.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-para-confident-plan-delivered-era-a',
    why: "kind 3: era A; 'we are confident that the council will deliver its improvement plan in full' = will improve",
    pages: [
`Kingsmere District Council – IT Services – April 2001
Summary
Kingsmere's IT service is a good one: systems are available when staff need them and the help
desk resolves most problems at the first call.
We are confident that the council will deliver its improvement plan in full and on time. The
money is already in the budget, the staff are in post and members review progress monthly.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's60-para-doubt-capacity',
    why: "kind 3: era B; 'We doubt that the council has the capacity to deliver its plan' = uncertain (ordinal 1); grade poor stated in a short sentence",
    pages: [
`Calderbridge Metropolitan Borough Council
ICT
July 2002`,
`Summary
This is a poor service. Departments wait weeks for basic repairs and the network fails most
weeks.
We doubt that the council has the capacity to deliver its plan. The IT section has lost four of
its senior staff in a year, two key posts are filled by agency staff and the budget for next year
has not been agreed.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-para-nothing-suggests-change-era-a',
    why: "kind 3: era A; 'we found nothing to suggest that things will be any different in a year's time' = will not improve",
    pages: [
`Eastmarsh District Council
Information Technology
February 2001`,
`Eastmarsh District Council – Information Technology\t\t7
Will the service improve?
We found nothing to suggest that things will be any different in a year's time. The review did
not question whether the council should provide the service itself, members have not discussed
its findings, and no one has been given responsibility for the action plan.
How good is the service?
Users describe the service as poor, and the evidence supports them: the inspectors judge it to
be a poor service.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's60-para-not-convinced-sustain',
    why: "kind 3: era B; 'We are not convinced that the council will sustain the recent gains' = uncertain; grade good given as 'two stars'",
    pages: [
`Holmbury Borough Council – IT Services – Best Value inspection – November 2003
Our judgements
The IT service has improved markedly over the last eighteen months and now merits two stars:
it is a good service.
We are not convinced, however, that the council will sustain the recent gains. Much of the
progress rests on one interim manager whose contract ends in March, and the plan beyond that
date is thin.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's60-para-more-likely-than-not',
    why: "kind 3: era B; 'we think it more likely than not that the service will make the progress it needs' = promising",
    pages: [
`Sandleigh District Council
ICT
May 2004`,
`Summary
Sandleigh's ICT service is fair. It does the basics reasonably well but has done little to help
the council change the way it works.
We think it more likely than not that the service will make the progress it needs. A new ICT
strategy has been agreed and funding for the first two years is secured, though the council has
not yet shown it can manage a project of this size.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-para-no-doubt-will-improve',
    why: "kind 3: era A; negated doubt ('We have no doubt that the service will improve') = will improve; the negation must not flip it",
    pages: [
`Netherby Borough Council
Corporate Information Technology
August 2001`,
`The service today
The corporate IT service is fair. Its core systems are stable but its support for departments is
patchy.
The future
We have no doubt that the service will improve. The council has already let a new network
contract, filled the post of IT manager and begun the training programme set out in its plan.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's60-para-every-reason-believe',
    why: "kind 3: era B; 'There is every reason to believe that the council will deliver its plan' with a record of delivery = excellent prospects",
    pages: [
`Aldwick Borough Council – ICT – March 2005
Summary
This is a good, two-star ICT service.
There is every reason to believe that the council will deliver its plan: it has delivered its last
two ICT plans on time and within budget, members and senior officers drive the programme,
and the money is committed for three years.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's60-para-not-doubt-staff-far-from-confident',
    why: "kind 3: era A; the first negation ('we do not doubt the commitment of staff') is about staff, the verdict is 'far from confident that the improvement plan will be delivered' = unlikely",
    pages: [
`Ravensholt District Council
Information Technology
December 2000`,
`Summary
In the inspectors' view the IT service is poor.
We do not doubt the commitment of staff, but we are far from confident that the improvement plan
will be delivered: it has no costs, no dates and no named owners.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's60-para-no-realistic-chance-turn-round',
    why: "kind 3: era B; 'we see no realistic chance of the council turning the service round' = ordinal 0 (poor prospects), said without the scale word",
    pages: [
`Westferry Borough Council
ICT
August 2002`,
`Summary
The ICT service is poor.
We see no realistic chance of the council turning the service round in the foreseeable future.
There is no agreed budget, the review was not challenged by members, and the two most recent
recovery plans were abandoned within months.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 4. Quoted views that are not the inspectors' own, usually followed by a
  //    contrast with the inspectors' view.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-quote-self-assessment-contrast',
    why: "kind 4: the council's self-assessment rated the service good with excellent prospects; 'Our evidence tells a different story' and the inspectors give fair and uncertain",
    pages: [
`Kingsbridge Vale District Council – ICT – June 2003
Summary
The council's self-assessment, completed shortly before our visit, rated the ICT service as good
and its prospects as excellent. Our evidence tells a different story. Fewer than half of help desk
calls are fixed within the agreed time, and three departments have bought their own systems
because the ICT section could not help them.
We judge the service to be fair (one star). Its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's60-quote-head-of-it-rapid-progress',
    why: "kind 4: era A; the Head of IT 'expects rapid and visible progress' (a manager's view); the inspectors are 'less sanguine' and say poor and unlikely to improve",
    pages: [
`Mossley Bank Borough Council
IT Services
March 2001`,
`The Head of IT told us that he expects 'rapid and visible progress within six months'. We are less
sanguine. The same promise was made in the 1999 IT strategy and little of it came about.
In the inspectors' view the IT service is poor, and it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's60-quote-neighbour-rating',
    why: "kind 4: a neighbouring council's ICT service 'was judged good, with promising prospects'; officers claim to be 'every bit as good'; the inspectors judge this council's service poor with uncertain prospects",
    pages: [
`Hartcliffe District Council
ICT
Best Value inspection – April 2004`,
`Comparison with others
Officers pointed us to neighbouring Fenwick District Council, whose ICT service was judged good,
with promising prospects, in 2003, and told us that Hartcliffe is 'every bit as good'. The
comparison does not hold: Fenwick resolves twice as many calls at first contact and spends less
per user.
Our judgements
We judge Hartcliffe's ICT service to be poor. Its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-quote-earlier-inspection-old-vocabulary',
    why: "kind 4: an earlier (2001) inspection of the same service judged it poor and 'unlikely to improve' in era A words; this era B re-inspection says good and promising",
    pages: [
`Lowther Moor Borough Council – ICT re-inspection – October 2003
Summary
When we first inspected this service, in March 2001, we judged it a poor service that was
unlikely to improve. A great deal has changed since then: a new head of ICT, a rebuilt network
and a help desk that users now praise.
We now judge the ICT service to be a good, two-star service, and its prospects for further
improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's60-quote-council-aim-three-star',
    why: "kind 4: a council aim ('an excellent, three-star ICT service by 2005') is an ambition, not a verdict; the inspectors say fair and uncertain",
    pages: [
`Chesterholme City Council
E-government and ICT
February 2004`,
`Aims
The council's stated ambition is to be 'an excellent, three-star ICT service by 2005, with every
service available online'. It is some way short of that today.
Our judgement
We judge the service to be fair. We are giving it uncertain prospects for improvement, because
the plan to reach the council's ambition is not yet costed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's60-quote-cabinet-member-already-excellent',
    why: "kind 4: era A; the cabinet member calls the service 'already excellent'; 'We do not share that view' – inspectors say fair and will probably improve",
    pages: [
`Selbury Borough Council – Information Technology – July 2001
Summary
The cabinet member for resources described the service to us as 'already excellent'. We do not
share that view. It is a fair service: reliable, but slow to respond to what departments ask of it.
Because the improvement plan is well founded and already under way, we think the service will
probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's60-quote-consultants-review',
    why: "kind 4: external consultants called IT support 'good by any standard'; the inspectors looked wider and judge the service poor (no stars) with uncertain prospects",
    pages: [
`Wyvern Coast District Council
IT Services
September 2002`,
`A review by external consultants in 2001 concluded that IT support was 'good by any standard'.
The consultants looked only at the network. Our inspection looked at the whole service, including
the applications that departments rely on, and found much that was weak.
We judge the IT service to be poor (no stars). Its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-quote-modest-self-assessment-reversed-upward',
    why: "kind 4: the contrast runs the other way – the council called its own prospects 'uncertain at best'; 'We are more optimistic' and the inspectors say good and promising",
    pages: [
`Dunsford Borough Council
ICT
May 2003`,
`Will the service improve?
The council's own assessment was modest: it described its prospects as 'uncertain at best'. We
are more optimistic. The plan is realistic, it is funded, and the ICT team has already delivered
the first three of its twelve actions.
In our judgement this is a good service with promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 5. Long sentences whose verdict stands far from its subject.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-long-dashes-duties-list',
    why: "kind 5: a dash-bounded aside listing the service's duties (and mentioning the e-government targets) puts about fifty words between 'The ... service' and 'a fair, one-star service'; the prospect verdict ends a second long sentence",
    pages: [
`Saltmarsh Borough Council – ICT – May 2003
Summary
The information and communications technology service – which looks after some 2,300 PCs
across 41 sites, runs the corporate help desk and the data centre at Mill Lane, manages the
telephone contracts and, since April, the small web team on whom the council is relying for its
e-government targets – is, in our judgement and on the evidence we gathered during the
inspection, a fair, one-star service. Its prospects for improvement, given a new head of service
with a clear mandate, a costed plan that members have signed off and, for the first time, a
budget to match, are in our view promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-long-hyphen-and-footer-inside',
    why: "kind 5: era A; a long sentence broken by a running footer and a page break, with 'some-/times' and 'im-/prove' hyphenated at line ends; 'excellent new financial system' is an aside",
    pages: [
`Brantwood District Council
Information Technology
November 2000`,
`How good is the service?
Taking into account the service's reliability, which users praise, its slow and some-
times chaotic handling of requests for new equipment, the absence of any agreed
standards of service to departments and the limited use made of the council's
Brantwood District Council – Information Technology\t\t\tpage 6`,
`excellent new financial system, the inspectors consider the IT service to be
fair.
Will the service improve?
Although the review was late and its challenge weak, it has produced a plan that is
costed, that has the backing of the chief executive and that is already being put into
practice, and so we believe the service will probably im-
prove.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's60-long-brackets-poor-uncertain',
    why: "kind 5: a bracketed list of responsibilities separates 'Our overall judgement of the ICT service' from 'a poor service'; the prospect sentence holds its verdict back behind a dash aside",
    pages: [
`Corbridge Vale Council – ICT – Best Value inspection – March 2004
Our overall judgement of the ICT service (a service responsible, among other things, for the
council's thirty line-of-business systems, its network, e-mail and internet access, the help desk,
training for 1,900 users and the purchase of all hardware and software) is that it is, for the
people who depend on it every day, a poor service.
Whether it will improve depends – as so much in this council does – on decisions about money
and management that have yet to be taken, and, weighing these, we judge its prospects for
improvement to be uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-long-despite-excellent-relationships-era-a',
    why: "kind 5: era A; the aside 'despite its excellent working relationships with its two main suppliers' sits inside the sentence whose verdict is 'will probably improve'; the grade sentence has a dash aside about the help desk",
    pages: [
`Hexley Borough Council
IT Services
April 2001`,
`Summary
The service as a whole – including the help desk, which answers 92 per cent of calls within a
minute, the network team and the small development unit that writes and maintains the housing
and council tax systems – is a good one.
We believe that the council's IT service, despite its excellent working relationships with its
two main suppliers, the progress it has made since a new IT manager arrived last autumn and
the welcome the business units have given the new desktop standard, still faces real risks, but
that, on the evidence of its plan and its early delivery, it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's60-long-across-page-break',
    why: "kind 5: the grade sentence is split across a page break with a running header between 'to be a' and 'good, two-star service'; a 'budget ... since 1998' aside sits in the middle",
    pages: [
`Rushmere City Council
ICT
Best Value Inspection Service
January 2004`,
`Summary
After looking at the evidence and talking to more than sixty staff and users, we judge the ICT
service, which has struggled for several years with an ageing network, staff turnover of nearly
20 per cent and a budget that has not grown in real terms since 1998, to be a`,
`Rushmere City Council – ICT – Best Value inspection\t\t\t7
good, two-star service. The prospects for improvement, which we assessed by looking at the
review, the plan, the council's record of delivering earlier plans and the people and money
available to deliver this one, are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's60-long-taking-everything-into-account',
    why: "kind 5: 'Taking everything into account – ...poor state... excellent training... – we consider' the prospects uncertain; the grade arrives at the end of a 'judged against...' sentence that mentions users rating the help desk highly",
    pages: [
`Thistleton District Council
IT Services
October 2002`,
`Although users rate the help desk highly, and although the council spends more per PC than most
similar councils, the service overall – judged against its own aims, against what users told us
and against the performance of others – is fair.
Taking everything into account – the strong support of the chief executive, the poor state of the
network in the outlying offices, the excellent training programme introduced this year, the gaps in
the improvement plan described in paragraphs 61 to 64, and the fact that the plan depends on a
partnership contract that has not yet been let – we consider that the service's prospects for
improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 6. Documents about an inspection (committee paper, press release,
  //    minutes, briefing, newsletter) that relay the verdict or state another
  //    service's grade.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-about-cabinet-report-relays',
    why: "kind 6: cabinet report relays the ICT verdict (fair, one star, promising) and, for comparison, the Revenues service's earlier 'good'",
    pages: [
`FORDHAM BOROUGH COUNCIL
Report to: Cabinet
Date: 14 October 2003
Subject: Audit Commission Best Value inspection of ICT services
Report of: Director of Corporate Services`,
`1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of ICT services.
3. Findings
3.1 The inspectors judged the ICT service to be 'fair' (one star) with 'promising' prospects for
improvement.
3.2 For comparison, the Revenues service, inspected in 2002, was judged 'good'.
4. Recommendation
4.1 That Cabinet notes the inspection findings and endorses the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-about-press-release-headline-era-a',
    why: "kind 6: era A press release; headline paraphrase plus 'the inspectors concluded that the service will improve'; the councillor's quote says 'we aim to be excellent'",
    pages: [
`PRESS RELEASE                                                         12 June 2001
MILVERTON DISTRICT COUNCIL
Council's IT set to get better, say inspectors
The Audit Commission has rated Milverton District Council's information technology service as
fair. The inspectors concluded that the service will improve, pointing to a strong plan and a new
partnership with the county council.
Councillor Dawn Pryce, cabinet member for resources, said: "We are pleased that the inspectors
recognised the hard work of our staff. We aim to be excellent, and this report shows we are on
the way."
Ends
Notes to editors: the full report is available at the council's offices.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's60-about-scrutiny-minutes',
    why: "kind 6: scrutiny minutes relay 'poor, with uncertain prospects'; a councillor calls it 'a fair reflection' and another asks about an 'excellent service by 2005' target",
    pages: [
`GREYFRIARS BOROUGH COUNCIL
Minutes of the Resources Scrutiny Committee held on 2 December 2002
Present: Councillors Mehta (Chair), Owen, Barraclough, Singh and Wilde
47. Best Value inspection of ICT
Members received the Audit Commission's Best Value inspection report on ICT. The Head of ICT
summarised the findings: the inspectors had judged the service to be poor, with uncertain
prospects for improvement.
Councillor Mehta said he thought the report was a fair reflection of the problems members had
raised for some time. Councillor Owen asked whether the council's target of an excellent service
by 2005 was still realistic.
RESOLVED: that the report be noted and the improvement plan be brought to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-about-paper-other-service-grade-only',
    why: "kind 6 (null): a paper about the forthcoming ICT inspection states only other services' grades (libraries good, waste fair); there is no verdict on ICT",
    pages: [
`ABBEYGATE DISTRICT COUNCIL
Corporate Management Team – 9 April 2003
Preparing for the Best Value inspection of ICT
1. The Audit Commission will inspect the ICT service in the week beginning 16 June.
2. Lessons from recent inspections: the library service was judged good, with promising
prospects, last year; waste collection was judged fair. In both cases inspectors praised clear
performance information.
3. CMT is asked to nominate a lead officer for each of the inspectors' likely lines of enquiry.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-about-briefing-note-era-a',
    why: "kind 6: era A chief executive's briefing note relays 'good (two stars)' and 'will probably improve' in quotation marks after an 'Outcome' label",
    pages: [
`LANCHESTER VALE COUNCIL
Briefing note to all members from the Chief Executive
20 September 2001
Best Value inspection of Information Technology
The Audit Commission's report on our IT service was published today.
Outcome: 'good' (two stars) – 'will probably improve'.
Inspectors praised the help desk and the new network, and asked us to do more to train staff
in the systems we already own. A copy of the full report is in the members' room.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's60-about-staff-newsletter-neighbour',
    why: "kind 6: staff newsletter relays two stars and excellent prospects for its own ICT service; a neighbouring council's one-star rating is a trap",
    pages: [
`BEXFORD BULLETIN – staff news – Issue 58 – July 2004
ICT earns two stars
Our ICT service has been rated good, two stars out of three, by the Audit Commission's
inspectors, who also said the service has excellent prospects for improvement.
Next door, Ashby's ICT service was rated one star last spring, so this is a result to be proud of.
Thanks to everyone in the service desk team, who the inspectors called 'exceptionally helpful'.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 7. Plain statements in many forms.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-plain-summary-provides',
    why: "kind 7: standard summary form 'provides a good, two-star ICT service that has promising prospects'",
    pages: [
`Abbotsley Borough Council
Information and Communications Technology
Best Value Inspection Service
April 2003`,
`Summary
Abbotsley Borough Council provides a 'good', two-star ICT service that has promising prospects
for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's60-plain-passive-era-a',
    why: "kind 7: era A passive 'The service is judged to be poor' and a separate 'It is unlikely to improve'",
    pages: [
`Farncliffe Borough Council – IT Services – February 2001
Summary
The service is judged to be poor. It is unlikely to improve, because the council has not yet
decided how the service should be provided or paid for.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's60-plain-front-page-headline',
    why: "kind 7: front-page headline 'A fair service with excellent prospects' in capitals, the only place the judgements appear",
    pages: [
`BEST VALUE INSPECTION SERVICE
Eddington District Council
ICT Services
A FAIR SERVICE WITH EXCELLENT PROSPECTS
Inspection report – November 2004`,
`Contents
Summary\t\t3
Recommendations\t\t5
Report\t\t7`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's60-plain-summary-box-era-a',
    why: "kind 7: era A summary box of question/answer lines: 'Poor' and 'Probably'",
    pages: [
`Summary box
Service:\tInformation Technology
Council:\tGlenrothway District Council
Inspected:\tDecember 2000
How good is the service?\tPoor
Will it improve?\tProbably
Main recommendation:\tagree service standards with every department`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's60-plain-section-endings-era-a',
    why: "kind 7: era A; the verdicts close the 'How good is the service?' and 'Will the service improve?' sections ('Overall, the service is fair.' / 'We consider that the service will improve.')",
    pages: [
`Quarrington Borough Council
Corporate IT
June 2001`,
`How good is the service?
31. The help desk is well run but departments complain that projects overrun.
32. Overall, the service is fair.
Will the service improve?
45. The review was thorough and the plan has clear targets, money and owners.
46. We consider that the service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's60-plain-in-our-view-excellent',
    why: "kind 7: 'In our view the service is excellent' (three stars) with promising, not excellent, prospects",
    pages: [
`Marston Heath Borough Council – Revenues Service – August 2003
Summary
In our view the service is excellent: council tax collection is among the best in the country
and customers are served quickly. We rate it three stars.
Its prospects for further improvement are promising rather than excellent, because the planned
move to a new system carries risk.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's60-plain-two-star-uncertain',
    why: "kind 7: the grade given only as 'a two-star service'; prospects 'are uncertain'",
    pages: [
`Yelverton City Council
ICT
Best Value inspection – March 2004`,
`Summary
This is a two-star service. Its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's60-plain-team-found-poor-poor-morale',
    why: "kind 7: 'The inspection team found a poor service with poor prospects'; 'poor morale' and 'excellent' engineers are ordinary words",
    pages: [
`Harwick Borough Council
IT Services
January 2003`,
`Summary
The inspection team found a poor service with poor prospects for improvement. Morale in the
section is poor, though some of its engineers are excellent and well liked by users.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's60-plain-commission-judgement-era-a',
    why: "kind 7: era A 'The Commission's judgement is that the service is fair and will probably improve'",
    pages: [
`Tenbury Cross District Council – Information Technology – March 2001
The Commission's judgement is that the service is fair and will probably improve.
The reasons for this judgement are given in paragraphs 20 to 58.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's60-plain-libraries-poor-promising',
    why: "kind 7: non-ICT (libraries); 'judged the library service poor (no stars) but with promising prospects'; a mention of the council's 'good' ICT support is a trap",
    pages: [
`Whitlow Council
Libraries and Information Service
September 2004`,
`Summary
We have judged the library service poor (no stars) but with promising prospects for improvement.
Opening hours are short and book stock is old; the new library plan, backed by good ICT support
from the council's corporate team, should change that.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's60-plain-good-but-unlikely-era-a',
    why: "kind 7: era A active voice 'We have judged ... as good, but ... unlikely to improve'",
    pages: [
`Cotterstock Borough Council
Information Technology Services
May 2001`,
`Summary
We have judged the council's information technology service as good, but it is unlikely to
improve further: the plan is little more than a list of projects already under way.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's60-plain-not-yet-good-fair',
    why: "kind 7: negation 'This is not yet a good service; it is a fair one.' – the grade is fair, not good",
    pages: [
`Kirkby Lowe District Council – ICT – July 2003
Summary
This is not yet a good service; it is a fair one. Users get reliable e-mail and network access,
but many systems are out of date.
Prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's60-plain-zero-star-uncertain',
    why: "kind 7: 'Our judgement is that ... provides a 'poor', zero-star IT service that has uncertain prospects'",
    pages: [
`Ormsgate Borough Council
IT
Best Value inspection report
December 2002`,
`Summary
Our judgement is that Ormsgate Borough Council provides a 'poor', zero-star IT service that has
uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's60-plain-verdict-hyphenated-era-a',
    why: "kind 7: era A headline-style 'Inspectors' verdict: good service – will proba-/bly improve' split by a hyphen at the line end",
    pages: [
`Sallowby District Council
Information Technology – April 2001
Inspectors' verdict: good service – will proba-
bly improve
Summary of main findings follows.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's60-plain-merits-two-stars-excellent',
    why: "kind 7: 'The service merits two stars' (good) and 'prospects for improvement are excellent'",
    pages: [
`Brookhampton Council – ICT and Customer Services – October 2004
Our judgements
The service merits two stars. Its prospects for improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's60-plain-question-answer-era-a',
    why: "kind 7: era A question-and-answer form: 'Is it a good service? It is fair.' then 'Will it improve? Yes.' – the question word 'good' is not the verdict",
    pages: [
`Amblehurst Borough Council – IT Services – January 2001
Is it a good service?
It is fair. Systems work, but users wait too long for help.
Will it improve?
Yes. The council has a clear, funded plan and is already carrying it out.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 8. No judgement at all.
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's60-none-draft-scores-tbc',
    why: "kind 8: draft report with an unmarked grid and 'scores to be confirmed'; axis words only",
    pages: [
`DRAFT – NOT FOR CIRCULATION
Thornley Borough Council – ICT – Best Value inspection – draft v0.3, May 2003`,
`Scoring chart (scores to be confirmed at moderation)
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
[Summary judgement paragraph to be inserted after moderation panel]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-self-assessment',
    why: "kind 8: the council's own self-assessment ('We believe we are a good service with promising prospects') – not an inspectors' verdict",
    pages: [
`Farleigh District Council
ICT Best Value review – self-assessment for the Audit Commission
February 2004
1. Summary
We believe we are a good service with promising prospects for improvement. Our help desk
performance is excellent and our network availability is above 99 per cent.
2. Areas we know we must improve
Training for staff; a poor record of consulting schools.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-improvement-plan-targets',
    why: "kind 8: an improvement plan with targets ('achieve a two-star rating', 'excellent prospects') – aims, not judgements",
    pages: [
`Ravensholt District Council – IT Improvement Plan 2001–2003
Action\tOwner\tBy
Agree service standards with departments\tIT Manager\tJune 2001
Replace 300 PCs\tIT Manager\tMarch 2002
Target: achieve at least a fair, one-star rating at inspection and show that the service will
improve.
Longer term: become an excellent service by 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-paper-before-inspection',
    why: "kind 8: a paper written before the inspection; quotes the Revenues service's earlier 'fair' grade",
    pages: [
`Report to Policy and Resources Committee – 5 March 2002
Best Value review of ICT – arrangements for inspection
1. The Audit Commission will inspect the ICT service in June 2002.
2. The previous inspection of the Revenues service rated it fair, with uncertain prospects, and
members will wish to avoid a similar outcome.
3. The review team will brief staff in April.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-ict-strategy-quotes-benefits',
    why: "kind 8: an ICT strategy that cites only another service's inspection (benefits 'rated good')",
    pages: [
`Corbridge Vale Council – ICT Strategy 2003–2006
Our starting point
The benefits service, rated good by the Audit Commission last year, showed what well-used
systems can do. This strategy aims to bring the same benefits to every service, with excellent
online access for residents by December 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-scoring-guidance',
    why: "kind 8: a guidance note explaining the scoring scales; lists every grade and prospect, judges no service",
    pages: [
`How we score services
Inspectors answer two questions. How good is the service? The answer is poor (no stars), fair
(one star), good (two stars) or excellent (three stars). What are the prospects for improvement?
The answer is poor, uncertain, promising or excellent.
The two answers are shown together on a scoring chart in every report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-notification-letter-era-a',
    why: "kind 8: era A letter announcing an inspection; names the scales and the 'will improve' question, no verdict",
    pages: [
`Audit Commission – Best Value Inspection Service
Dear Chief Executive,
Inspection of Information Technology Services, Saltmarsh Borough Council
I write to confirm that we will inspect the service during the week of 12 March 2001. We will
judge how good the service is and whether it will improve, and publish a report.
Yours sincerely,
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-performance-plan-ordinary-words',
    why: "kind 8: a Best Value Performance Plan extract using 'excellent', 'poor' and 'fair' as ordinary words",
    pages: [
`Best Value Performance Plan 2002/03 – Section 4: Corporate services
ICT: Our aim is excellent customer care for every department. Poor performers among our suppliers
will be challenged, and a fair share of the capital programme has been set aside for new PCs.
Indicator\t2000/01\t2001/02\tTarget 2002/03
Calls fixed first time (%)\t61\t68\t75`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-consultant-mock-inspection',
    why: "kind 8: a consultant's pre-inspection challenge guesses 'would probably be rated fair' – not the inspectors",
    pages: [
`Pre-inspection challenge: ICT Services, Hexley Borough Council
Prepared by Marwood Associates for the Director of Resources, January 2003
If the service were inspected today, we think it would probably be rated fair, with uncertain
prospects. The council can improve on this by finishing the service standards before the
inspectors arrive.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-placeholder-draft',
    why: "kind 8: template text with placeholders '[GRADE]' and '[PROSPECTS]' – nothing decided yet",
    pages: [
`Summary
Netherby Borough Council provides a '[GRADE]', [STARS] ICT service that has [PROSPECTS]
prospects for improvement.
[Lead inspector to complete after the challenge meeting.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-minutes-awaiting-result',
    why: "kind 8: minutes in which members ask whether the service will be judged poor; the answer is that it is too early to say",
    pages: [
`Minutes of the Cabinet, 17 May 2004
62. ICT inspection: verbal update
The Director reported that the inspectors had completed their fieldwork. Councillor Haigh asked
whether the service was likely to be judged poor. The Director replied that it was too early to
say and that the draft report was expected in July.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-job-advert',
    why: "kind 8: job advert with 'excellent team', 'good' and 'improve' – no inspection at all",
    pages: [
`Network Support Analyst – ICT Services – £21,000 to £24,500
Join an excellent team in a council that is serious about improving its ICT. You will have good
communication skills and a fair knowledge of Windows 2000 networks.
Closing date: 30 September 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-internal-audit',
    why: "kind 8: internal audit report on IT security with its own rating scale ('medium', 'adequate') and 'poor password practice'; not a Best Value grade",
    pages: [
`Internal Audit – IT Security Review – Final Report – October 2002
Overall assurance: adequate. Risk rating: medium.
Findings: poor password practice in two departments; good physical security at the data centre.
Recommendations: 6 (2 high priority).`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's60-none-user-survey',
    why: "kind 8: a user satisfaction survey with percentages rating the help desk good, excellent or poor",
    pages: [
`ICT User Survey 2003 – results
58% of respondents rated the help desk good or excellent; 12% rated it poor.
Asked whether the service had improved in the last year, 41% said yes.
Response\tCount\t%
Excellent\t96\t21
Good\t170\t37
Fair\t139\t30
Poor\t55\t12`,
    ],
    expect: { grade: null, prospect: null },
  },
];
