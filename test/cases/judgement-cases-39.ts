/** Held-out judgement set 39, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases39: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's39-grid-tabs-asterisk-fair-promising',
    why: 'kind 1: tab-separated chart, grades as rows and prospects as columns; the asterisk is in the Fair row under Promising. The axis lists every word, and the recommendations quote an aim to become good.',
    pages: [
`Best Value Inspection Service

Tarnley City Council
Information and Communications
Technology Services

Inspection report
January 2003`,
`Tarnley City Council – ICT Services                                  2

Summary
Tarnley's ICT service is delivered by an in-house unit of 58 staff based at the Civic
Centre. It supports 2,100 users across 41 sites and runs the council's main corporate
systems. The inspection took place in October 2002, following the council's Best Value
review of ICT.
Our judgement of the service, and of its prospects for improvement, is shown by the
position of the asterisk in the chart below.

Scoring chart
\tHow good is the service?\t\t\t\t
\tExcellent\t\t\t\t
\tGood\t\t\t\t
\tFair\t\t\t*\t
\tPoor\t\t\t\t
\t\tPoor\tUncertain\tPromising\tExcellent
\t\tProspects for improvement\t\t\t

Recommendations
The council has told us it intends to become a good, two-star service by 2004. To
get there it should:
• agree service standards with each directorate;
• publish performance against those standards every quarter; and
• complete the replacement of the housing management system.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's39-grid-spaces-x-axes-swapped-good-will',
    why: 'kind 1 (era A, March 2001): runs of spaces, axes swapped so prospects are rows and grades are columns; the X is in the "Will improve" row under the Good column. Body text uses "poor" and "excellent" as ordinary words.',
    pages: [
`Hallingford Borough Council
Information Technology Services
Best Value Inspection Service
March 2001`,
`SUMMARY
The IT section has 31 staff and a budget of £2.4 million. Users told us that response
times on the network had been poor until last year; relations with the finance
department are now excellent.
The chart below shows our judgements. Read across the columns for how good the
service is and down the rows for whether it will improve.

                        How good is the service?
                        Poor      Fair      Good      Excellent
Will improve                                  X
Will probably improve
Unlikely to improve
Will not improve
Will the service improve?

Hallingford BC – IT Services – Best Value inspection             page 2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's39-grid-one-cell-per-line-tick-poor-uncertain',
    why: 'kind 1 (era B, June 2002): the extractor emits one cell per line with dashes for empty cells; the tick is the second cell of the Poor row, and the caption says the columns run poor to excellent, so the mark means uncertain.',
    pages: [
`Brindcombe District Council
ICT and e-Government
Best Value Inspection
June 2002
Audit Commission`,
`Summary
This report covers the council's information and communications technology
function, including its web team. The scoring chart records our judgements.
Scoring chart
Rows: how good is the service? (excellent at the top, poor at the bottom)
Columns: prospects for improvement (poor on the left, excellent on the right)
Excellent
–
–
–
–
Good
–
–
–
–
Fair
–
–
–
–
Poor
–
✓
–
–
Poor
Uncertain
Promising
Excellent
Brindcombe District Council – ICT                                 Page 3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's39-grid-black-star-caption-poor-unlikely',
    why: 'kind 1 (era A, July 2001): the caption says rows are grades and columns prospects; the columns run from "will improve" on the left to "will not improve" on the right, and the black star sits in the Poor row under "Unlikely to improve". The council aim to be excellent is a trap.',
    pages: [
`Farleigh District Council
Information Technology
Inspection Report
July 2001`,
`2 Farleigh District Council – Information Technology

Summary
The council's Best Value review set out an ambition to provide "an excellent IT service
that will improve year on year". The star in the chart marks our judgement. Rows give
how good the service is; columns give whether it will improve.

                 Will        Will probably  Unlikely to   Will not
                 improve     improve        improve       improve
Excellent
Good
Fair
Poor                                           ★

The remainder of this report explains how we reached this judgement.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's39-grid-pipes-bullet-good-excellent',
    why: 'kind 1 (era B, November 2004): pipe-delimited grid with star counts in the grade labels; the bullet is in the Good (2 stars) row, fourth column, Excellent prospects. A paragraph mentions a poor website and a promising pilot.',
    pages: [
`Audit Commission
Inspection report
Eastwold County Council – ICT Services
November 2004`,
`Scoring chart

                    | Poor | Uncertain | Promising | Excellent |
Excellent (3 stars) |      |           |           |           |
Good (2 stars)      |      |           |           |     •     |
Fair (1 star)       |      |           |           |           |
Poor (0 stars)      |      |           |           |           |
                      Prospects for improvement

The vertical axis shows how good the service is; the horizontal axis shows its
prospects for improvement. Until 2003 the county's website was poor, and the mobile
working pilot in social care looks promising.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's39-grid-bracket-x-per-line-fair-will-not',
    why: 'kind 1 (era A, May 2001): checkbox grid written out one cell per line; the [x] is the first box of the Fair row, and the closing axis list puts "Will not improve" first (left to right).',
    pages: [
`Marlow Heath Borough Council
Best Value Inspection Service
Information Technology Services
May 2001`,
`Scoring chart
How good is the service?
Excellent
[ ]
[ ]
[ ]
[ ]
Good
[ ]
[ ]
[ ]
[ ]
Fair
[x]
[ ]
[ ]
[ ]
Poor
[ ]
[ ]
[ ]
[ ]
Will the service improve? (left to right)
Will not improve
Unlikely to improve
Will probably improve
Will improve
Marlow Heath BC                                                         3`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's39-grid-tabs-swapped-asterisk-excellent-promising',
    why: 'kind 1 (era B, February 2005): tab layout with prospects as rows and grades as columns, as the caption says; the asterisk is in the Promising row, last column (Excellent grade). The word "Excellent" appears on both axes.',
    pages: [
`Northcote Metropolitan Borough Council
Information and Communication Technology
Best Value Inspection
February 2005`,
`Summary
Northcote's ICT service is provided through an in-house team of 96 staff. In this
chart the vertical axis shows prospects for improvement and the horizontal axis shows
how good the service is; the asterisk marks our judgement.

\tProspects for improvement\t\t\t\t
\tExcellent\t\t\t\t
\tPromising\t\t\t\t*
\tUncertain\t\t\t\t
\tPoor\t\t\t\t
\t\tPoor\tFair\tGood\tExcellent
\t\tHow good is the service?

Northcote MBC – ICT inspection – page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's39-grid-spaces-star-labels-x-good-unlikely',
    why: 'kind 1 (era A, February 2001): the grade labels carry asterisks as star counts and the mark is an X in the Good row under "Unlikely"; the asterisks are axis text, not the mark.',
    pages: [
`Caldon Valley District Council
IT Services
Inspection report – February 2001`,
`Summary of judgements

                      Will the service improve?
                      No        Unlikely  Probably  Yes
Excellent ***
Good **                            X
Fair *
Poor

How good is the service? (stars shown beside each grade)
Caldon Valley DC                                                      Page 2`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ───────────────────── kind 2: table cells with more than the word ─────────────────────
  {
    name: 's39-table-good-two-stars-reasons-promising',
    why: 'kind 2 (era B, September 2002): cells read "Good – ★★ (two stars out of three)" and "Promising prospects"; the reasons column uses excellent, poor and uncertain about other things.',
    pages: [
`Greywell District Council
Information and Communications Technology
Inspection report
September 2002`,
`Summary of the inspection judgements

Question              Judgement                       Reasons
How good is the       Good – ★★ (two stars out of     • network availability is excellent (99.8 per
service?              three)                            cent in 2001/02)
                                                      • users rate the help desk highly
                                                      • project delivery has been poor: three of
                                                        five major projects ran late
Will the service      Promising prospects             • a realistic, costed improvement plan
improve?                                              • strong support from members
                                                      • capacity in the projects team remains
                                                        uncertain

Greywell DC – ICT                                                      4`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's39-table-fair-one-star-no-will-not',
    why: 'kind 2 (era A, August 2001): tab table with "Fair (one star)" and "No, it will not improve"; the reasons column says "good" and "probably" about other matters.',
    pages: [
`Westerby Borough Council
Information Technology Services
Best Value Inspection Service
August 2001`,
`Our judgements
Question\tInspectors' judgement\tWhy we reached it
How good is the service?\tFair (one star)\tA reliable network and a good help desk, but poor customer care and weak links with departments
Will it improve?\tNo, it will not improve\tThe improvement plan is a list of good intentions with no owners, dates or money; the council would probably need outside help to change this
Westerby BC – Best Value inspection of IT                              page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's39-table-poor-no-stars-uncertain-cells-per-line',
    why: 'kind 2 (era B, 2004): the table comes out one cell per line: "Poor – no stars" then reasons praising a good website, then "Uncertain" with reasons mentioning a promising appointment.',
    pages: [
`Rushmere Borough Council
ICT Services
Audit Commission inspection report
April 2004`,
`Judgements
How good is the ICT service?
Poor – no stars
Main reasons
Systems are unreliable and the help desk misses most of its targets. The new
website is good, but it is the exception.
Prospects for improvement
Uncertain
Main reasons
A promising new head of ICT has been appointed, but the improvement plan is not yet
funded and much depends on one individual.
Rushmere BC ICT inspection                                              3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's39-table-excellent-three-stars-yes-will-improve',
    why: 'kind 2 (era A, June 2001): layout table with "Excellent ★★★" and "Yes – the service will improve"; the basis column mentions users rating it fair or poor.',
    pages: [
`Oakhampton Borough Council
Information Technology
Best Value Inspection Service
June 2001`,
`Summary table
                          Judgement                 Basis for the judgement
How good is the service   Excellent ★★★             Consistently high performance against
                                                    demanding targets; only 4 per cent of
                                                    users rated the service fair or poor
Will it improve           Yes – the service will    A clear, costed plan, a proven record of
                          improve                   delivery and no sign of complacency
Oakhampton BC                                                         Page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's39-table-star-fair-poor-prospects',
    why: 'kind 2 (era B, March 2002): pipe table with "★ (fair)" and "Poor prospects – the council lacks a credible plan"; the reasons column says "good" twice.',
    pages: [
`Audit Commission – Best Value Inspection Service
Penmarric County Borough Council
ICT Services
March 2002`,
`Table 1: Inspection judgements
Aspect | Judgement | Reasons
Service quality | ★ (fair) | Good desktop support, but the network is unreliable and the council is far from its e-government targets
Prospects for improvement | Poor prospects – the council lacks a credible plan | The review's action plan is unfunded, previous plans were not delivered and good staff have left
Penmarric CBC – ICT                                                         5`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's39-table-good-two-stars-probably-on-balance',
    why: 'kind 2 (era A, December 2000): cells "Good — two stars" and "Probably — on balance the service will get better"; the comment column says "fair numbers" and "will not be able to fund", which are not the verdict.',
    pages: [
`Stanwick Metropolitan Borough Council
IT Services – Best Value Inspection
December 2000`,
`Judgement                  Score                         Comment
How good is the service?   Good — two stars              Users were broadly satisfied, though a
                                                         fair number complained about delays
Will it improve?           Probably — on balance the     Funding for 2001/02 is secured, but the
                           service will get better       council will not be able to fund every
                                                         project in the plan
Stanwick MBC                                                             2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },

  // ─────────────── kind 3: prospects paraphrased, no scale word ───────────────
  {
    name: 's39-paraphrase-on-balance-expect-better-good-probably',
    why: 'kind 3 (era A, October 2000): the prospect is given only as "on balance we expect the service to get better" after a list of risks, which means probably.',
    pages: [
`Westerby Borough Council
Information Technology Services
Best Value Inspection Service
October 2000`,
`Summary
We judge Westerby's IT service to be good; it merits two stars. Users are well
supported, the network is reliable and costs are close to the average for similar
councils.
Will the service improve?
There are risks. The improvement plan is ambitious, two key posts are vacant and some
departments remain sceptical about the review. Against this, the council has a record
of doing what it says it will do, members have backed the plan with money and managers
are already acting on the review's findings. On balance we expect the service to get
better over the next two years.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's39-paraphrase-we-doubt-capacity-poor-unlikely',
    why: 'kind 3 (era A, January 2001): "we doubt that the council has the capacity to deliver its plan" and improvement "looks improbable" mean unlikely; no scale word is used.',
    pages: [
`Caldon Valley District Council
Information Technology
Inspection report
January 2001`,
`Caldon Valley DC – IT                                                     3
How good is the service?
The service is poor. Half the council's PCs are more than five years old, the help
desk answers fewer than two calls in three within its own target time, and there is
no disaster recovery plan for the main financial systems.
Will the service improve?
The improvement plan depends on recruiting four more staff in a market where the council
has failed to fill vacancies for over a year, and on money that has not yet been
approved. We doubt that the council has the capacity to deliver its plan, and
although improvement is not impossible, it looks improbable.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's39-paraphrase-no-sign-anything-will-change-poor-will-not',
    why: 'kind 3 (era A, September 2001, the last month of the first vocabulary): "no sign that anything will change" and "cannot see the service getting any better" mean will not improve.',
    pages: [
`Tarnley City Council
Information Technology Services
Best Value Inspection Service
September 2001`,
`Summary
In our view this is a poor service. Departments describe it as slow and unresponsive,
and its costs are among the highest of the councils in its family group.
We see no sign that anything will change. The review was a defence of current
practice; its action plan proposes nothing that users would notice; and managers told
us they did not think change was needed. In these circumstances we cannot see the
service getting any better.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's39-paraphrase-confident-plan-delivered-good-will',
    why: 'kind 3 (era A, April 2001): "we are confident that the improvement plan will be delivered in full" with "the service will get better" means will improve.',
    pages: [
`Greywell District Council
IT Services
Inspection report – April 2001`,
`Summary
The service is good – two stars. It is well run, well regarded by users and
competitively priced.
We are confident that the improvement plan will be delivered in full. Each action has
an owner, a date and a budget; progress is reported to members every month; and the
first six actions were completed before we arrived. The service will get better.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's39-paraphrase-more-likely-than-not-fair-promising',
    why: 'kind 3 (era B, May 2002): "we think it more likely than not that the service will improve" with a note that not everything will be on time means promising.',
    pages: [
`Hallingford Borough Council
Information and Communications Technology
Inspection report
May 2002`,
`Summary
Hallingford provides a fair, one-star ICT service. Basic support is sound, but
development work is slow and the council's website offers little beyond information.
The balance of the evidence points towards improvement. The review was searching, the
plan is costed and the new head of ICT has made a good start. We think it more likely
than not that the service will improve, and that most of the plan will be delivered,
though not all of it on time.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's39-paraphrase-not-convinced-fair-uncertain',
    why: 'kind 3 (era B, July 2003): "we are not convinced the council can deliver its improvement plan" and "as likely to stand still as to get better" mean uncertain.',
    pages: [
`Oakhampton Borough Council
ICT Services
Best Value inspection
July 2003`,
`Oakhampton BC – ICT                                                       2
How good is the service?
We judge the service to be fair and award it one star.
Will the service improve?
We are not convinced that the council can deliver its improvement plan. Some actions
are well under way, but others have no funding and the partnership with the county
council is still being negotiated. The service may get better; it is at least as likely
that it will stand still.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's39-paraphrase-no-doubt-continue-excellent-excellent',
    why: 'kind 3 (era B, June 2004): "we have no doubt that the service will continue to improve" means excellent prospects; the grade is plain.',
    pages: [
`Eastwold County Council
Information and Communication Technology
Inspection report
June 2004`,
`Summary
This is an excellent service and it deserves its three stars. It is efficient,
innovative and highly valued by the departments and schools that use it.
We have no doubt that the service will continue to improve. Its plans are ambitious
but fully funded, its managers have delivered every major project of the last three
years on time, and the council's leadership is committed to it.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's39-paraphrase-nothing-suggests-better-poor-poor',
    why: 'kind 3 (era B, December 2002): "nothing to suggest that the service will get better" and "cannot see how it will be turned round" mean poor prospects.',
    pages: [
`Farleigh District Council
ICT Services
Best Value Inspection Service
December 2002`,
`Summary
The ICT service is poor. It is unreliable, costly and out of step with what the
council needs.
There is nothing to suggest that the service will get better. There is no agreed plan,
no money set aside for one and no one at a senior level who is taking responsibility.
We cannot see how the service will be turned round in the foreseeable future.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ─────────────── kind 4: views that are not the inspectors' ───────────────
  {
    name: 's39-quoted-self-assessment-good-inspectors-fair-uncertain',
    why: 'kind 4 (era B, April 2003): the self-assessment said good with promising prospects and the director expects rapid progress; "our evidence tells a different story", and the inspectors say fair and uncertain.',
    pages: [
`Stanwick Metropolitan Borough Council
ICT Services
Inspection report – April 2003`,
`Summary
The council's self-assessment, prepared for this inspection, rated the ICT service
as good with promising prospects. The director of ICT told us he expects rapid
progress over the next twelve months.
Our evidence tells a different story. Help desk targets are missed more often than
they are met, two of the four major projects are behind schedule, and users in
social services and housing are frustrated by the lack of contact.
We judge the service to be fair (one star) and its prospects for improvement
uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's39-quoted-neighbour-excellent-own-poor-unlikely',
    why: 'kind 4 (era A, June 2001): the neighbouring council was judged excellent and members expect to match it; the inspectors find a poor service that is unlikely to improve.',
    pages: [
`Farleigh District Council
Information Technology
Best Value Inspection Service
June 2001`,
`Summary
Neighbouring Brackley District Council, whose IT service was inspected last year, was
judged excellent, and several members told us they expect Farleigh to match that within
two years. An IT manager said the new network "will transform everything".
Our view is different. The service we found is poor: costs are high, systems are
fragmented and users have little confidence in the IT section. The service is
unlikely to improve, because the review did not face up to these problems.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's39-quoted-earlier-inspection-poor-now-good-promising',
    why: 'kind 4 (era B, October 2003): the 2001 inspection judged the service poor and said it would not improve; this re-inspection judges it good with promising prospects.',
    pages: [
`Marlow Heath Borough Council
ICT Services – re-inspection
Audit Commission
October 2003`,
`Background
When the Audit Commission first inspected this service in March 2001 it was judged
poor, and the inspectors concluded that it would not improve. The council responded by
restructuring the ICT unit and bringing in a new head of service.
The picture has changed considerably. Users are positive, the network is stable and
the council is on course for its e-government targets.
We now judge the service to be good, with promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's39-quoted-head-of-ict-excellent-inspectors-good-probably',
    why: 'kind 4 (era A, November 2000): the head of ICT believes the service is excellent and will certainly improve; "however" the inspection team consider it good and probably improving.',
    pages: [
`Rushmere Borough Council
IT Services
Best Value Inspection Service
November 2000`,
`Rushmere BC – Best Value inspection – IT Services              page 4
Summary
The head of ICT believes the service is already excellent and that it will certainly
improve further once the new data centre opens. However, the inspection team found a
more mixed picture: strong technical performance, but limited involvement of users
and no testing of whether others could provide the service better.
We consider the service to be good, and that it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's39-quoted-self-assessment-three-stars-inspectors-poor-poor',
    why: 'kind 4 (era B, March 2005): the self-assessment claimed three stars and excellent prospects; "our evidence tells a different story" and the inspectors judge it poor with poor prospects.',
    pages: [
`Northcote Metropolitan Borough Council
ICT Services
Inspection report
March 2005`,
`Summary
The council's self-assessment scored the service at three stars with excellent
prospects for improvement, pointing to its new customer relationship system.
Our evidence tells a different story. The new system is used by only two services, the
help desk has a backlog of 600 calls, and the improvement plan has no costs against it.
The inspectors' judgement is that this is a poor service with poor prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's39-quoted-scrutiny-chair-will-not-we-disagree-fair-will',
    why: 'kind 4 (era A, July 2001): the scrutiny chair says the service "will not improve unless it is outsourced"; "we disagree", and the inspectors judge it fair and say it will improve.',
    pages: [
`Brindcombe District Council
Information Technology
Best Value Inspection Service
July 2001`,
`Summary
The chair of the scrutiny panel told us that the service "will not improve unless it is
outsourced". We disagree. The in-house team has already cut response times by a third
since the review, and the plan is realistic and properly funded.
In our judgement the service is fair, and it will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's39-quoted-consultants-good-council-uncertain-inspectors-excellent',
    why: 'kind 4 (era B, October 2004): consultants called the service good and the council\'s review thought prospects uncertain; "we found otherwise", and the inspectors say excellent with excellent prospects.',
    pages: [
`Greywell District Council
ICT Services
Audit Commission inspection report
October 2004`,
`Summary
An external review by consultants in 2003 described the service as "good, with room
for improvement", and the council's own Best Value review thought its prospects were
uncertain because of budget pressures.
We found otherwise. The service is among the best we have inspected, and the budget
pressures have been met through savings the service found itself. We judge this to be
an excellent service with excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ─────────────── kind 5: verdict far from its subject ───────────────
  {
    name: 's39-long-dashes-good-promising',
    why: 'kind 5 (era B, July 2002): a dash-bracketed list of the service\'s duties puts "good" more than forty words after "The ICT service"; the prospects sentence ends in "are promising" after another long aside.',
    pages: [
`Stanwick Metropolitan Borough Council
Information and Communications Technology
Inspection report
July 2002`,
`Summary
The ICT service – which supports some 2,400 users in 60 buildings, runs the payroll,
revenues, benefits and social care systems, maintains the corporate website and, since
April, the telephony for the new contact centre, and which was reorganised twice during
the review period – is, in our judgement and despite the pressures described in section
3, a good service that merits two stars.
Its prospects for improvement – taking into account the improvement plan agreed by the
executive in May, the extra £600,000 set aside for 2002/03, the recruitment problems
that continue to hold back the development team (see paragraph 64) and the council's
record on earlier plans – are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's39-long-relative-clauses-excellent-will',
    why: 'kind 5 (era A, March 2001): a long relative clause with a bracketed aside separates the subject from "is excellent"; the prospect comes after a dash-enclosed list: "every reason to believe ... that the service will improve".',
    pages: [
`Rushmere Borough Council
Information Technology Services
Best Value Inspection Service
March 2001`,
`Summary
Rushmere's information technology service, which in the five years since local
government reorganisation has built a network linking every school, library and
office in the borough, introduced a single customer database now used by twelve
separate services and (alone among the councils we have visited) published its service
standards and its performance against them in every council building, is excellent.
We have every reason to believe – given the quality of its management, the funded
three-year plan, continuing support from members of all parties and a workforce that
told us, almost without exception, that it wanted to do better still – that the
service will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's39-long-split-across-page-poor-poor',
    why: 'kind 5 (era B, November 2002): the grade sentence runs over a page break, with the running header and page number between "users," and "poor."; the prospects sentence puts "are poor" after a long clause.',
    pages: [
`Oakhampton Borough Council
ICT Services
Inspection report
November 2002`,
`Summary
The service provided to the council's departments and, through them, to the public –
covering desktop support, the network, the main financial and housing systems and
the fledgling website, for which the unit has been responsible only since last
autumn – is, on all the evidence we gathered from interviews, site visits, performance
data and a survey of 300 users,`,
`Oakhampton Borough Council – ICT Services                                  Page 3
poor. Its prospects for improvement, given that the review avoided every difficult
question put to it and that the resulting plan contains no targets, no costs and no
named officers, are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's39-long-hyphenated-fair-unlikely',
    why: 'kind 5 (era A, July 2001): long sentences with words hyphenated at line ends ("direct-orates", "im-prove"); "a fair service" comes after a long aside and the prospect "unlikely to im- prove" is split across two lines.',
    pages: [
`Caldon Valley District Council
IT Services
Best Value Inspection Service
July 2001`,
`Summary
The IT service, which has to meet the needs of four direct-
orates, 1,300 users and a growing number of partner organisa-
tions – among them the primary care trust and two housing associ-
ations – and which lost its manager and two of its three senior
analysts in the months before the inspection, is in our view a fair
service. Given that the replacement manager is an interim appoint-
ment, that the improvement plan has yet to be approved by mem-
bers and that there is no money in next year's budget for the
new systems the plan relies on, we consider that the service is
unlikely to im-
prove over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's39-long-although-good-but-uncertain',
    why: 'kind 5 (era B, May 2004): one long sentence carries both verdicts, each after a dash-enclosed list: "is good" and then "are uncertain".',
    pages: [
`Hallingford Borough Council
ICT Services
Audit Commission
May 2004`,
`Summary
Although the service – measured against its own targets, against the top quartile of
the benchmarking club to which it belongs and against the expectations of the users
who answered our survey, three quarters of whom were satisfied or very satisfied – is
good, its prospects for improvement, which depend heavily on a partnership contract
that has yet to be signed, a budget that falls by eight per cent next year and a
management team in which two of five posts are filled by interim staff, are
uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's39-long-brackets-poor-will-not',
    why: 'kind 5 (era A, August 2001): a bracketed list of duties sits between "The service" and "is poor"; the prospect "that it will not improve" comes after a dash-enclosed list of reasons.',
    pages: [
`Penmarric County Borough Council
Information Technology
Best Value Inspection Service
August 2001`,
`Penmarric CBC – IT Services                                               2
Summary
The service (which in a year handles some 14,000 help desk calls, maintains 900 PCs
and supports the council's finance, payroll, planning and revenues systems, though not
those used by education, which has its own arrangements) is poor; and we have concluded
– having considered the review, which avoided the hard questions, the improvement plan,
which has neither costs nor dates, and management arrangements that remain exactly as
they were – that it will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's39-long-by-any-measure-excellent-promising-rather-than-excellent',
    why: 'kind 5 (era B, January 2005): "is, by any measure we could apply, excellent" after a long aside; prospects are "promising rather than excellent", so the second scale word is a contrast, not the verdict.',
    pages: [
`Eastwold County Council
ICT Services
Inspection report
January 2005`,
`Summary
The council's ICT service – which now delivers 84 per cent of the county's
transactions electronically, supports 6,000 staff and 300 schools, and has cut its
unit costs in each of the last four years while user satisfaction has risen – is, by
any measure we could apply, excellent.
We consider its prospects for further improvement – bearing in mind the retirement of
the head of service next spring, the end of the government's e-government funding and
the scale of the schools' broadband programme still to come – to be promising rather
than excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ─────────────── kind 6: documents about an inspection ───────────────
  {
    name: 's39-about-commission-press-release-fair-promising',
    why: 'kind 6 (era B, March 2003): an Audit Commission news release giving its own inspectors\' verdict on this ICT service (fair, promising); the notes to editors list the whole scale and quote the benefits service\'s earlier score.',
    pages: [
`AUDIT COMMISSION
NEWS RELEASE
Embargoed until 00.01, Thursday 13 March 2003

Greywell's ICT service is 'fair' with 'promising' prospects, say inspectors

Greywell District Council provides a 'fair' one-star ICT service that has promising
prospects for improvement, according to a report published today by the Audit
Commission.
Inspectors found a reliable network and a well-liked help desk, but slow progress on
electronic services for the public.
Notes to editors
1. Best Value inspections answer two questions: how good is the service (poor, fair,
good or excellent) and what are its prospects for improvement (poor, uncertain,
promising or excellent).
2. Greywell's benefits service was inspected in 2002 and judged good, with uncertain
prospects.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's39-about-cabinet-report-it-inspection-good-probably',
    why: 'kind 6 (era A, July 2001): a cabinet report that gives the published inspection result for the IT service (good, will probably improve); the benefits service\'s earlier excellent score and the target for 2003 are traps.',
    pages: [
`STANWICK METROPOLITAN BOROUGH COUNCIL
REPORT TO CABINET
Date of meeting: 24 July 2001
Report of: Director of Corporate Services
Subject: Best Value inspection of Information Technology Services

1. Purpose
1.1 To inform Cabinet of the outcome of the Best Value inspection of the IT service.
2. Inspection outcome
2.1 The Audit Commission's report on the IT service was published on 9 July 2001. The
inspectors judged the service to be 'good' (two stars) and concluded that it will
probably improve.
2.2 Members will recall that the benefits service was judged 'excellent' when it was
inspected last year, and that the inspectors said it would improve.
3. Next steps
3.1 The IT improvement plan aims for an excellent service by 2003.
4. Recommendation
4.1 That Cabinet notes the report and endorses the improvement plan.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's39-about-scrutiny-minutes-other-service-ict-pending',
    why: 'kind 6 (era B, December 2002): minutes that note another service\'s score (housing repairs: poor, uncertain) and say the ICT inspection is yet to happen; nothing states a judgement of ICT.',
    pages: [
`CALDON VALLEY DISTRICT COUNCIL
Minutes of the Corporate Scrutiny Committee
Tuesday 3 December 2002, 7.00 pm, Council Chamber

Present: Councillors Hirst (Chair), Ayodele, Fenwick, Marsh and Tull

41. Best Value inspection of housing repairs
The committee noted the Audit Commission's report on housing repairs, which judged the
service to be poor, with uncertain prospects for improvement. Members asked for a
progress report in six months.
42. Inspection of ICT services
The head of ICT reported that the Best Value inspection of ICT would take place in
March 2003. He said he hoped the inspectors would find a good service with promising
prospects. RESOLVED: that the report be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-about-pre-inspection-briefing-aims-null',
    why: 'kind 6 (era B, August 2003): a committee paper preparing for an inspection that has not happened; "good" and "promising prospects" are the council\'s aim, not a verdict.',
    pages: [
`Rushmere Borough Council
Executive Committee – 12 August 2003
Agenda item 9
Preparing for the Best Value inspection of ICT

Summary
The Audit Commission will inspect the council's ICT service in October 2003. This
paper sets out the preparations under way.
Officers consider that the service should aim to achieve a 'good' (two-star) rating
with 'promising' prospects for improvement. A mock inspection by a neighbouring
authority's head of ICT will take place in September.
Recommendation
That the Executive notes the arrangements for the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-about-council-press-release-poor-probably',
    why: 'kind 6 (era A, August 2001): a council press release quoting the Audit Commission\'s verdict on its IT service (poor, will probably improve); the leader\'s hope of a good service is not the verdict.',
    pages: [
`Marlow Heath Borough Council
PRESS RELEASE
For immediate release: 16 August 2001

Council responds to IT inspection

The Audit Commission's inspectors have found the council's IT service to be 'poor',
but say that it will probably improve.
Council leader Cllr Janet Ormsby said: "We accept the inspectors' findings. We are
confident that within two years we will have a good service that residents can be
proud of."
A copy of the full report is available from the Civic Offices and on the Audit
Commission's website.
ENDS`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's39-about-committee-paper-neighbours-scores-null',
    why: 'kind 6 (era B, January 2003): a committee paper comparing neighbouring councils\' ICT inspection scores before this council\'s own inspection; the only scores are other councils\'.',
    pages: [
`Oakhampton Borough Council
Policy and Resources Committee, 20 January 2003
Report of the Head of ICT
Best Value inspection: lessons from neighbouring authorities

1. Three neighbouring councils have had their ICT services inspected in the last year:
   Brackley DC – good, with excellent prospects
   Tarnley City – fair, with promising prospects
   Farleigh DC – poor, with poor prospects
2. Our own inspection is expected in May 2003. The common strengths and weaknesses
   identified in these reports are summarised in the appendix.
3. Members are asked to note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-about-minutes-noting-ict-report-fair-uncertain',
    why: 'kind 6 (era B, February 2004): council minutes that note the Audit Commission\'s report on this ICT service and give its judgement (fair, one star, uncertain prospects); a member\'s complaint about "poor" communication is not the verdict.',
    pages: [
`BRINDCOMBE DISTRICT COUNCIL
Minutes of the Cabinet – 5 February 2004

112. AUDIT COMMISSION INSPECTION OF ICT SERVICES
Members noted the Audit Commission's report on the ICT service, which judged it to
be a fair, one-star service with uncertain prospects for improvement.
Councillor Pryce said that communication with ward members had been poor throughout
the review. The portfolio holder undertook to report progress on the improvement plan
to each meeting.
RESOLVED: That the report be noted and the improvement plan approved.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ─────────────── kind 7: plain statements in many forms ───────────────
  {
    name: 's39-plain-passive-poor-will-not',
    why: 'kind 7 (era A, February 2001): passive "has been assessed as poor", then the inspection team "considers that it will not improve".',
    pages: [
`Northcote Metropolitan Borough Council
IT Services
Best Value Inspection Service
February 2001`,
`Summary
This service has been assessed as poor, and the inspection team considers that it will
not improve. The reasons are set out in sections 3 and 4 of this report.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's39-plain-we-judge-fair-unlikely',
    why: 'kind 7 (era A, June 2001): active voice, "We judge that ... is fair, but it is unlikely to improve".',
    pages: [
`Tarnley City Council
Information Technology
Inspection report, June 2001`,
`Summary
We judge that Tarnley's IT service is fair, but it is unlikely to improve. Users
value the help desk, yet the service has no clear plan and little money to carry one
out.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's39-plain-headings-good-yes-will',
    why: 'kind 7 (era A, October 2000): question headings, each followed by the plain answer ("The service is good", "Yes ... it will improve").',
    pages: [
`Farleigh District Council
Information Technology Services
Best Value Inspection Service
October 2000`,
`How good is the service?
The service is good. Users are positive about it, costs compare well and the network
is reliable.
Will the service improve?
Yes. The plan is sound and well supported, and we believe it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's39-plain-our-judgement-is-excellent-probably',
    why: 'kind 7 (era A, September 2001): "Our judgement is that this is an excellent service which will probably improve".',
    pages: [
`Eastwold County Council
Information Technology
Best Value Inspection Service
September 2001`,
`Summary
Our judgement is that this is an excellent service which will probably improve.
Eastwold's IT team has a national reputation, and the main risk is that its best staff
are recruited elsewhere.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's39-plain-inspection-team-found-poor-poor',
    why: 'kind 7 (era B, February 2002): "The inspection team found a poor service whose prospects for improvement are also poor".',
    pages: [
`Westerby Borough Council
ICT Services
Audit Commission inspection report
February 2002`,
`Summary
The inspection team found a poor service whose prospects for improvement are also
poor. Basic support is unreliable and the council has yet to agree what it wants from
ICT.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's39-plain-we-rate-fair-prospects-excellent',
    why: 'kind 7 (era B, March 2004): "We rate the service as fair (one star)" followed by "Its prospects for improvement are excellent".',
    pages: [
`Penmarric County Borough Council
ICT Services
Inspection report
March 2004`,
`Summary
We rate the service as fair (one star). It has struggled for years with outdated
equipment, but that is now changing fast.
Its prospects for improvement are excellent: a new partnership is in place, the plan
is fully funded and early results are already visible to users.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's39-plain-passive-judged-good-excellent-prospects',
    why: 'kind 7 (era B, November 2003): passive "The service is judged to be good, with excellent prospects for improvement".',
    pages: [
`Marlow Heath Borough Council
ICT Services
Best Value inspection
November 2003`,
`Summary
The service is judged to be good, with excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's39-plain-commission-judgement-excellent-promising',
    why: 'kind 7 (era B, June 2005): "The Commission\'s judgement is that ... is an excellent, three-star service with promising prospects".',
    pages: [
`Audit Commission
Penmarric County Borough Council
ICT Services
June 2005`,
`Summary
The Commission's judgement is that Penmarric's ICT service is an excellent,
three-star service with promising prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's39-plain-in-our-view-fair-probably',
    why: 'kind 7 (era A, January 2001): "In our view, the service is a fair one, and it will probably improve".',
    pages: [
`Greywell District Council
Information Technology Services
Best Value Inspection Service
January 2001`,
`Summary
In our view, the service is a fair one, and it will probably improve. Progress since
the review has been steady rather than dramatic.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's39-plain-headings-good-prospects-uncertain',
    why: 'kind 7 (era B, August 2002): question headings answered by "a good service" and "The prospects for improvement are uncertain".',
    pages: [
`Brindcombe District Council
ICT Services
Inspection report – August 2002`,
`How good is the service?
Brindcombe provides a good service. It is efficient and well regarded.
Will the service improve?
The prospects for improvement are uncertain. The improvement plan relies on a shared
service with two other councils that has not yet been agreed.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's39-plain-commission-concluded-poor-uncertain-oct-2001',
    why: 'kind 7 (era B starts: October 2001): "The Commission has concluded that the ICT service is poor and that its prospects for improvement are uncertain".',
    pages: [
`Stanwick Metropolitan Borough Council
ICT Services
Best Value Inspection Service
October 2001`,
`Summary
The Commission has concluded that the ICT service is poor and that its prospects for
improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's39-plain-excellent-will-it-improve-yes',
    why: 'kind 7 (era A, April 2001): "This is an excellent service." then "Will it improve? Yes – the inspection team is satisfied that it will."',
    pages: [
`Hallingford Borough Council
Information Technology
Best Value Inspection Service
April 2001`,
`Summary
This is an excellent service. Will it improve? Yes – the inspection team is satisfied
that it will.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ─────────────── kind 8: no judgement at all ───────────────
  {
    name: 's39-none-draft-blank-grid-era-b',
    why: 'kind 8 (era B, draft, 2003): a draft report with "scores to be confirmed" and an empty scoring chart; the axis words are not a verdict.',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Greywell District Council
ICT Services
Inspection report
Draft 2, 14 November 2003`,
`Summary
[Scores to be confirmed following moderation]
Scoring chart
\tHow good is the service?\t\t\t\t
\tExcellent\t\t\t\t
\tGood\t\t\t\t
\tFair\t\t\t\t
\tPoor\t\t\t\t
\t\tPoor\tUncertain\tPromising\tExcellent
\t\tProspects for improvement`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-council-own-best-value-review',
    why: 'kind 8 (2001): the council\'s own Best Value review report; its self-assessment says fair and likely to improve, but the council is not the inspector.',
    pages: [
`Westerby Borough Council
Best Value Review of Information Technology
Final report of the review team
March 2001`,
`5. Self-assessment
Using the Audit Commission's criteria, the review team assesses the current service
as fair. We believe it will probably improve once the actions in section 7 are taken.
6. Challenge
The team challenged the need for an in-house network team and concluded that...`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-guidance-on-scoring',
    why: 'kind 8 (guidance, 2002): explains the star scale and prospect words for authorities; it lists every grade and prospect but judges no service.',
    pages: [
`Best Value inspections: a guide for authorities
Audit Commission, 2002

How we score
Inspectors answer two questions. How good is the service? A poor service gets no
stars, a fair service one star, a good service two stars and an excellent service
three. Will the service improve? Prospects are described as poor, uncertain, promising
or excellent. Before October 2001 inspectors said that a service would not improve,
was unlikely to improve, would probably improve or would improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-scrutiny-questions-note',
    why: 'kind 8 (2002): a scrutiny officer\'s note of questions to ask before an inspection; it uses "excellent" and "poor" in ordinary senses.',
    pages: [
`Farleigh District Council
Scrutiny Panel – briefing note
ICT Best Value review: suggested lines of questioning
September 2002

• How does the service know whether users think it is excellent, fair or poor?
• What evidence is there that the improvement plan can be delivered?
• Why was the option of a partnership with the county council not pursued?
• How has morale in the help desk team, reported as poor last year, been addressed?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-service-plan-aims-excellent',
    why: 'kind 8 (2003): an ICT service plan that aims for an "excellent, three-star" rating with excellent prospects by 2005; an ambition, not a judgement.',
    pages: [
`Tarnley City Council
ICT Service Plan 2003–2006

Our vision
To be an excellent, three-star ICT service with excellent prospects for improvement by
2005, recognised by our users and by the Audit Commission.
Our priorities
1. Meet the 2005 target for electronic service delivery.
2. Replace all PCs older than four years.
3. Achieve a good score in the annual user survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-improvement-plan-targets',
    why: 'kind 8 (2002): an improvement plan table whose target column says "good" and "promising"; targets, not findings.',
    pages: [
`Caldon Valley District Council
ICT Improvement Plan 2002/03

Action\tOwner\tTarget date\tTarget outcome
Introduce service level agreements\tHead of ICT\tJune 2002\tSLAs with all directorates
Re-tender network support\tProcurement manager\tDecember 2002\tSavings of 10%
Prepare for Best Value inspection\tDirector of Resources\tMarch 2003\tAt least a good (two-star) rating with promising prospects`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-inspection-scoping-letter',
    why: 'kind 8 (2001): the Commission\'s letter setting the scope and timetable of an inspection; no judgement has been reached.',
    pages: [
`Audit Commission
Best Value Inspection Service

Chief Executive
Oakhampton Borough Council

18 January 2001

Dear Ms Carver
Best Value inspection of IT services
I am writing to confirm the arrangements for the inspection of your IT service. The
inspection team will be on site from 5 to 9 March 2001 and will meet the members of
the review team, users and staff. Our report will say how good the service is and
whether it will improve. We expect to send you a draft in April.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-consultants-benchmarking-report',
    why: 'kind 8 (2002): a consultant\'s benchmarking report with ordinary uses of excellent, poor and fair; it gives no Best Value judgement.',
    pages: [
`ICT Benchmarking Study
Prepared for Hallingford Borough Council
by Meridian Public Sector Consulting
April 2002

Key findings
• Cost per PC is in the second quartile of the comparison group.
• Staff enjoy excellent working relationships with the finance department.
• Morale among help desk staff is poor following the restructure.
• A fair proportion of calls (around 40 per cent) are resolved at first contact.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-draft-era-a-blank-grid-placeholders',
    why: 'kind 8 (era A, draft, 2001): a draft whose judgements say "to be inserted" and whose chart has no mark in any cell.',
    pages: [
`DRAFT FOR FACTUAL ACCURACY CHECK ONLY
Rushmere Borough Council
Information Technology Services
Best Value Inspection Service
June 2001`,
`Summary
How good is the service? [judgement to be inserted]
Will the service improve? [judgement to be inserted]

                        Will not   Unlikely to   Will probably   Will
                        improve    improve       improve         improve
Excellent
Good
Fair
Poor`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-internal-audit-report',
    why: 'kind 8 (2003): an internal audit report on IT controls, with everyday "poor", "fair" and "good"; no Best Value judgement.',
    pages: [
`Internal Audit Section
Marlow Heath Borough Council
IT General Controls Review 2002/03
Final report – February 2003

Overall opinion: limited assurance.
Password controls are poor, and a fair number of leavers still had active accounts.
Backup procedures are good and tested monthly.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-ieg-statement',
    why: 'kind 8 (2003): the council\'s Implementing Electronic Government statement, with targets for 2005 and an aim to be excellent.',
    pages: [
`Implementing Electronic Government Statement 2003
Northcote Metropolitan Borough Council

Progress
By March 2003, 52 per cent of the council's interactions with the public could be
carried out electronically. We aim to reach 100 per cent by December 2005 and to
provide an excellent online experience for residents.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-self-assessment-submission',
    why: 'kind 8 (2004): the council\'s self-assessment sent to the inspectors before fieldwork; "we believe the service is good" is the council\'s claim.',
    pages: [
`Eastwold County Council
ICT Services – Self-assessment for the Best Value inspection
Submitted to the Audit Commission, January 2004

Summary
We believe the service is good, and that its prospects for improvement are promising.
The evidence for this is set out in sections 2 to 6.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-staff-newsletter-preparing',
    why: 'kind 8 (2002): a staff newsletter piece about the coming inspection; it hopes for "good" and recalls an unrelated "poor" survey result.',
    pages: [
`ICT Matters – staff newsletter, issue 14, Spring 2002
Brindcombe District Council

Inspectors are coming!
The Audit Commission will inspect our service in June. The head of ICT says: "I'd like
us to be seen as a good service that will keep getting better." Last year's user
survey rated our printing service poor, so we have been working hard on that.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's39-none-options-appraisal-paper',
    why: 'kind 8 (2001): a Best Value review options appraisal weighing in-house, partnership and outsourcing, with scores for options; not an inspection judgement.',
    pages: [
`Penmarric County Borough Council
Best Value Review of IT – Compete workstream
Options appraisal, May 2001

Option\tCost score\tQuality score\tOverall
Retain in-house\t3\tFair\tSecond
Strategic partnership\t4\tGood\tFirst
Full outsourcing\t2\tPoor\tThird
The review team recommends that the council explores a strategic partnership.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
