/** Held-out judgement set 34, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases34: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's34-grid-tick-spaces-good-promising',
    why: "kind 1: era B grid laid out with runs of spaces, tick under Promising on the Good row; the axes list every grade and prospect, and the summary text says 'poor response times'",
    pages: [
      `Best Value Inspection Service
Inspection of ICT Services
Harrowfield Borough Council
November 2002
The Audit Commission is an independent body`,
      `Harrowfield Borough Council – ICT Services                                        2
Summary
Harrowfield's ICT service supports around 1,900 users in the civic centre and 31 outlying sites.
Network reliability has risen sharply since 2000, although several departments still report poor
response times when they ask for new equipment.
Scoring chart
The chart below records the inspectors' judgement of the service.
                     Prospects for improvement
                     Poor       Uncertain  Promising  Excellent
'A good service?'
Excellent
Good                                       ✓
Fair
Poor
'A good service?' runs down the left-hand side and 'Prospects for improvement' across the top.
Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer
practical recommendations. We recommend that the council agrees service levels with each directorate.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's34-grid-tabs-x-fair-probably',
    why: 'kind 1: era A grid extracted with tab separators; X is the third cell after the row label on the Fair row, i.e. under Will probably improve; the header row names every prospect',
    pages: [
      `Best Value Inspection
Westmarsh District Council
Information Technology Service
June 2001`,
      `Summary
The IT service at Westmarsh employs 14 staff and a budget of £1.1m. It runs the council's finance,
payroll and revenues systems and a help desk that takes about 600 calls a month.
How we scored the service
\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve
Excellent
Good
Fair\t\t\tX
Poor
How good is the service? (down the side) against Will the service improve? (across the top)
Key findings
•\tthe help desk is well regarded by users, who describe staff as helpful;
•\tthe council does not yet compare its costs with other district councils;
•\ta fair proportion of the improvement plan has already been started.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's34-grid-swapped-axes-star-poor-uncertain',
    why: 'kind 1: era B grid with axes swapped (grades across, prospects down), caption says so; the star sits under Poor on the Uncertain prospects row; the word "excellent working relationships" appears in text',
    pages: [
      `Inspection of ICT and e-government
Caldbeck Metropolitan Borough Council
Best Value Inspection Service
March 2003`,
      `Caldbeck MBC ICT – Best Value inspection report                   page 4
Summary
The ICT division has excellent working relationships with the two largest directorates, but its
projects routinely overrun and a third of PCs are more than five years old.
Scoring chart
In this chart 'How good is the service?' is the horizontal axis and 'Prospects for improvement'
is the vertical axis.
                        Poor      Fair      Good      Excellent
Excellent prospects
Promising prospects
Uncertain prospects     ★
Poor prospects
Recommendations
The council should agree a single programme of ICT projects with a named sponsor for each.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's34-grid-one-cell-per-line-checkbox-good-will',
    why: 'kind 1: era A grid extracted one cell per line with [ ] and [x] checkboxes; the [x] is the fourth box under Good, and the columns are No, Unlikely, Probably, Yes, so good / will improve',
    pages: [
      `BEST VALUE INSPECTION
Ravensford City Council
IT Support Services
Report published January 2001`,
      `SCORING CHART
A good service?
Will the service improve?
(columns, left to right)
No
Unlikely
Probably
Yes
Excellent
[ ]
[ ]
[ ]
[ ]
Good
[ ]
[ ]
[ ]
[x]
Fair
[ ]
[ ]
[ ]
[ ]
Poor
[ ]
[ ]
[ ]
[ ]
Ravensford City Council – IT Support Services                         3`,
      `Summary
The IT support service has modernised its network and now meets most of its published standards.
Staff told us that the service used to be poor but that the last two years have seen a marked
change. The service's improvement plan is costed and has the backing of the chief executive.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's34-grid-dot-star-labels-fair-poor',
    why: 'kind 1: era B grid whose row labels carry asterisks for star counts (Excellent ***, Good **, Fair *); the marking is a bullet dot under Poor prospects on the Fair * row; era B so the prospect token is poor',
    pages: [
      `Audit Commission
Best Value Inspection Service
Torrbridge Borough Council
Information and Communications Technology
September 2002`,
      `Summary
We inspected Torrbridge's ICT service in June 2002. The council aims to deliver all its services
electronically by 2005 but has no agreed route for doing so.
Our scores are shown in the chart below.
                     Will the service improve?
                     Poor         Uncertain    Promising    Excellent
                     prospects    prospects    prospects    prospects
Excellent ***
Good **
Fair *               •
Poor
                     A good service? (rows)
The main reasons for our scores are set out in paragraphs 48 to 61.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's34-grid-asterisk-reversed-columns-poor-willnot',
    why: 'kind 1: era A grid with prospects on the rows and grades across in reverse order (Excellent first); the asterisk sits at the far right under Poor on the Will not improve row',
    pages: [
      `Best Value Inspection Service
Inspection report
Information Technology
Elmstead District Council
August 2001`,
      `Elmstead District Council                                                         2
Summary
The scoring chart records our judgement. Columns show how good the service is; rows show whether
the service will improve.
                        Excellent  Good       Fair       Poor
Will improve
Will probably improve
Unlikely to improve
Will not improve                                         *
The IT service has lost four of its nine staff in the last year and the replacement of the
council's financial system has been abandoned twice.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's34-grid-pipes-x-good-excellent',
    why: 'kind 1: era B grid extracted with pipe separators and collapsed empty cells, rows in ascending order (Poor first); X in the fourth prospect cell of the Good (2 stars) row = excellent prospects',
    pages: [
      `Inspection of ICT Services
Northwold County Council
Best Value Inspection Service – April 2004`,
      `Scoring chart
| A good service? | Poor | Uncertain | Promising | Excellent |
| Poor (no stars) | | | | |
| Fair (1 star) | | | | |
| Good (2 stars) | | | | X |
| Excellent (3 stars) | | | | |
Column headings show the prospects for improvement.
Northwold County Council – ICT Services – Inspection Report                        5`,
      `Why we gave these scores
The county's ICT service is reliable and good value. Users in district offices were less positive
than those at County Hall, and some still think the old mainframe service was excellent. Plans for
the next three years are funded, owned by the corporate management team and already under way.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with more than the word
  {
    name: 's34-table-good-two-stars-yes-will',
    why: "kind 2: era A judgement table, cells 'Good – two stars out of a possible three' and 'Yes, the service will improve', wrapped across lines; the reasons column uses excellent, fair and poor",
    pages: [
      `BEST VALUE INSPECTION SERVICE
Ashcombe Borough Council
Computer Services
Inspection report, July 2001`,
      `Summary of our judgements
Judgement                 Our score                Main reasons
A good service?           Good – two stars         Excellent network availability (99.6 per
                          out of a possible three  cent); desktop support only fair; poor
                                                   training offer for staff in schools
Will it improve?          Yes, the service will    Plan is costed and timetabled; we found
                          improve                  no reason to doubt it will be delivered
Ashcombe Borough Council – Computer Services                                         page 3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's34-table-fair-one-star-uncertain',
    why: "kind 2: era B table rows 'Fair (one star)' and 'Uncertain – the plan is not yet resourced', with a reasons column that says good and excellent about parts of the service",
    pages: [
      `Best Value Inspection Service
ICT Services
Lowther Vale Borough Council
February 2003`,
      `Table 1: Summary of inspection judgements
Question | Score | Why
How good is the service? | Fair (one star) | The help desk gives a good service and users praise it, but the council is a long way from its e-government targets.
What are the prospects for improvement? | Uncertain – the plan is not yet resourced | Some excellent ideas in the ICT strategy, but no budget and no timetable behind them.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's34-table-poor-no-stars-no-will-not',
    why: "kind 2: era A table cells 'Poor – no stars' and 'No, it will not improve'; reasons mention fair progress on one project",
    pages: [
      `Inspection of Information Technology
Stanbury District Council
Best Value Inspection Service
May 2001`,
      `Our judgement in brief
Is it a good service?
Poor – no stars
Reasons: systems fail often; users wait weeks for repairs; fair progress on the new payroll system
is the one exception.
Will it improve?
No, it will not improve
Reasons: the action plan is a list of intentions with no owner or budget; the review did not
challenge whether the service should be provided in-house.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's34-table-three-stars-excellent-promising-sentence',
    why: "kind 2: era B table cells '★★★ Excellent' and a prospect cell that opens 'Promising.' followed by a sentence; reasons column uses poor and fair about former years",
    pages: [
      `Best Value Inspection Service
Kesterton City Council
ICT and Customer Access
October 2004`,
      `Kesterton City Council                                                          Inspection report
Judgement                  Score              Reasons
Quality of the service     ★★★ Excellent      Systems available 99.8 per cent of the time; users
                                              rate the service highly; costs well below similar
                                              cities. Five years ago the service was poor and
                                              morale was only fair.
Prospects for improvement  Promising. The     A strong, funded plan; but two senior posts are
                           service is well    vacant and the new contact centre is untested.
                           placed to improve`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's34-table-fair-star-unlikely-capacity',
    why: "kind 2: era A table with 'Fair *' and 'Unlikely to improve: capacity is thin'; the reasons column contains good and poor",
    pages: [
      `Best Value Inspection
IT Services
Hallam Fields Borough Council
February 2001`,
      `Summary table
Aspect                 Judgement                               Commentary
Current performance    Fair *                                  A good help desk, but poor project delivery
                                                               and no service level agreements.
Will it improve?       Unlikely to improve: capacity is thin   Two staff carry all development work; the
                                                               plan depends on a bid that has failed twice.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's34-table-poor-zero-stars-poor-prospects',
    why: "kind 2: era B; table cells 'Poor (0 of 3 stars)' and 'Poor prospects – no credible plan'; the reasons cell praises good practice in schools ICT, which is not the verdict",
    pages: [
      `Inspection report
Information and Communication Technology
Marlow Heath Borough Council
Best Value Inspection Service, June 2002`,
      `2. Summary
2.1 Our judgements are summarised below.
How good is the service?      Poor (0 of 3 stars)                 Some good practice in schools ICT,
                                                                  but the corporate service misses
                                                                  most of its own targets
Prospects for improvement     Poor prospects – no credible plan   No owner, no budget, review did
                                                                  not consider alternatives`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased
  {
    name: 's34-paraphrase-on-balance-expect-fair-probably',
    why: "kind 3: era A; 'on balance we expect the service to get better' with no scale word = probably; grade stated plainly as fair",
    pages: [
      `Best Value Inspection Service
Inspection of IT Services
Oakhurst District Council
March 2001`,
      `Summary
The IT service is fair. It meets most of its targets for system availability but users in the
housing and planning departments wait too long for help.
Turning to the future, the council's review produced a sensible plan and some early changes have
been made. There are risks: the plan relies on the appointment of a new manager. On balance we
expect the service to get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's34-paraphrase-confident-deliver-plan-good-will',
    why: "kind 3: era A (September 2001); 'we are confident that the council will deliver its improvement plan in full' = will; grade good",
    pages: [
      `Best Value Inspection
Pennington Borough Council
Information Technology
September 2001`,
      `Summary
Pennington's IT service is a good service. Systems are reliable, users are well supported and costs
compare well with other boroughs.
The improvement plan is specific, timetabled and funded, and the chief executive chairs the board
that oversees it. We are confident that the council will deliver its improvement plan in full.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's34-paraphrase-doubt-capacity-poor-unlikely',
    why: "kind 3: era A; 'we doubt that the council has the capacity to deliver' = unlikely; grade poor given in active voice",
    pages: [
      `Best Value Inspection Service
Corby Lees District Council
Information Technology Services
November 2000`,
      `Summary
We judge the IT service to be poor. Response times are slow, the council's main systems are out of
date and there is no IT strategy.
The Best Value review identified many of these problems and the action plan is ambitious. But the
IT section has a vacancy rate of 30 per cent and no budget has been set aside for the plan. We doubt
that the council has the capacity to deliver the changes it has promised.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's34-paraphrase-no-sign-change-poor-willnot',
    why: "kind 3: era A; 'there is no sign that anything will change' and 'nothing to suggest the service will get better' = will not; grade poor",
    pages: [
      `Inspection of Information Technology
Brackley Moor Borough Council
Best Value Inspection Service
April 2001`,
      `Brackley Moor Borough Council – Information Technology                                    3
Summary
This is a poor service. Half of all help desk calls are not resolved within the council's own
target time and several departments have bought their own systems without telling the IT section.
The improvement plan has no owner, no budget and no timetable. There is no sign that anything
will change, and we have seen nothing to suggest the service will get better.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's34-paraphrase-more-likely-than-not-fair-promising',
    why: "kind 3: era B; 'more likely than not that the service will make the improvements' = ordinal 2, which in the era B vocabulary is promising; no scale word used",
    pages: [
      `ICT Services
Fenwick Cross Borough Council
Best Value Inspection Service
January 2003`,
      `Summary
In our view the ICT service is fair. It provides a dependable network but its support for
front-line services is patchy.
A new head of ICT has been in post since the summer and the corporate management team has agreed a
three-year programme. On the evidence we have seen, it is more likely than not that the service
will make the improvements it has planned.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's34-paraphrase-not-convinced-fair-uncertain',
    why: "kind 3: era B; 'we are not convinced that the improvement plan will be delivered' = doubt, ordinal 1, era B uncertain",
    pages: [
      `Best Value Inspection Service
Inspection of ICT
Dunmore Valley Council
June 2004`,
      `Summary
The council provides a fair ICT service which has some clear strengths, notably its web site.
However, the improvement plan depends on a partnership that has not yet been agreed and the ICT
budget has been cut for the third year running. We are not convinced that the improvement plan will
be delivered, and there is a real risk that it will stall before the 2005 deadline.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's34-paraphrase-no-realistic-prospect-turned-round-poor-poor',
    why: "kind 3: era B; 'we see no realistic prospect of the service being turned round' = will not, era B poor; the word prospect appears but no scale word",
    pages: [
      `Inspection of ICT Services
Gillingstone Borough Council
Best Value Inspection Service
May 2002`,
      `Summary
We found a poor service. Systems are unreliable and users have little confidence in the ICT unit.
The Best Value review was late and did not challenge the way the service is provided; the action
plan that came out of it has already been abandoned. We see no realistic prospect of the service
being turned round without a fundamental change of approach.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's34-paraphrase-no-doubt-continue-excellent-excellent',
    why: "kind 3: era B; 'we have no doubt that the service will continue to improve' = will, era B excellent; negated doubt means certainty",
    pages: [
      `Best Value Inspection Service
ICT Services
Lindenbrook City Council
December 2004`,
      `Summary
This is an excellent, three-star service. It is well managed, cheap compared with others and
highly valued by its users.
The service has a strong record of delivering what it promises, a funded plan and a management team
that seeks out better ways of working. We have no doubt that the service will continue to improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's34-quoted-self-assessment-good-then-fair-uncertain',
    why: "kind 4: era B; the council's self-assessment said good with promising prospects; 'our evidence tells a different story' and the inspectors give fair and uncertain",
    pages: [
      `Best Value Inspection Service
Inspection of ICT Services
Sandwell Reach Borough Council
March 2002`,
      `Summary
The council's self-assessment, prepared for this inspection, rated the ICT service as good and its
prospects for improvement as promising. Our evidence tells a different story. Users in three of the
five directorates told us they wait weeks for simple changes, and the council has no reliable figures
on how the service performs. In our view this is a fair, one-star service, and its prospects for
improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's34-quoted-it-director-rapid-progress-poor-unlikely',
    why: "kind 4: era A; the IT director expects rapid progress; the inspectors are less optimistic and judge poor and unlikely to improve",
    pages: [
      `Best Value Inspection
Information Technology
Hexley Borough Council
October 2000`,
      `Summary
The IT director told us that he expects rapid progress now that the review is complete and that the
service will be transformed within a year. We are less optimistic. The review's action plan has no
costings, and the two projects started last year are both behind schedule.
Overall we judge that the IT service is poor and that it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's34-quoted-neighbour-excellent-own-good-promising',
    why: "kind 4: era B; a neighbouring council's ICT service was rated excellent and the council compares itself with it; the inspectors' own verdict on this service is good with promising prospects",
    pages: [
      `ICT Services
Farley Green District Council
Best Value Inspection Service
July 2003`,
      `Summary
The council has chosen to compare itself with its neighbour, whose ICT service was rated excellent
by inspectors last year. That is a demanding benchmark. Farley Green does not yet match it, but the
gap is narrowing.
This service is good (two stars). Its prospects for improvement are promising: the council has a
clear plan, agreed by members, and a track record of delivering projects on time.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's34-quoted-benefits-last-year-poor-ict-good-probably',
    why: "kind 4: era A; the benefits service, inspected last year, was judged poor and unlikely to improve; that is another service; the IT service itself is good and will probably improve",
    pages: [
      `Best Value Inspection Service
Information Technology Services
Middleham Borough Council
June 2001`,
      `Context
Middleham's housing benefits service, inspected last year, was judged poor and unlikely to improve.
Many of its problems were blamed on the IT systems that support it, and the council asked for its IT
service to be reviewed early.
Summary
We found that the IT service is not the cause of the benefits service's difficulties. It is a good
service, and we think it will probably improve further as the new network is completed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's34-quoted-earlier-inspection-fair-probably-now-good-excellent',
    why: "kind 4: era B re-inspection; the earlier (2001) inspection's era-A verdict 'fair, will probably improve' is quoted; the current verdict is good with excellent prospects",
    pages: [
      `Re-inspection of ICT Services
Throxton Metropolitan Borough Council
Best Value Inspection Service
September 2003`,
      `Summary
When we first inspected the ICT service in May 2001 we judged it to be fair and that it would
probably improve. The council has since delivered almost all of the improvement plan.
The service is now a good one. Given its record since 2001, a funded strategy and strong support
from members, we judge that its prospects for further improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's34-quoted-own-review-excellent-inspectors-poor-poor',
    why: "kind 4: era B; the council's own review described the service as 'excellent'; the inspectors disagree and give poor with poor prospects",
    pages: [
      `Inspection report
ICT and Customer Services
Wendlebury Borough Council
Best Value Inspection Service, November 2002`,
      `Summary
The council's own Best Value review described the ICT service as 'excellent' and its future as
'bright'. We do not agree. The review relied on the views of ICT staff and did not ask users.
The inspection team judges the service to be poor, and its prospects for improvement are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's34-quoted-head-of-it-doubts-inspectors-will',
    why: "kind 4: era A; the head of IT doubts anything will change without more money (a pessimistic quoted view); the inspectors take a different view: good and will improve",
    pages: [
      `Best Value Inspection Service
Inspection of Information Technology
Sherbourne Vale District Council
August 2001`,
      `Summary
The head of IT told us that he doubted anything would change without a large increase in his budget.
We take a different view. Much of what the plan proposes costs little, the changes already made have
worked, and the corporate team is committed to it.
We judge the service to be good, and we believe it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's34-long-dashes-fair-promising',
    why: 'kind 5: era B; a list of duties between dashes separates the ICT service from the word fair; the prospects sentence has a bracketed aside and a hyphenated line break before promising',
    pages: [
      `Best Value Inspection Service
Inspection of ICT
Brentmoor Borough Council
February 2002`,
      `Summary
The ICT service – which looks after some 2,300 desktop computers, the wide area network linking the
civic offices to 43 libraries and depots, technical support for schools and, since April 2001, the
council's web site and the telephony for its new contact centre – is, in the inspectors' judgement
and after weighing the evidence from our reality checks, a fair, one-star service.
The prospects for the service, given a newly agreed ICT strategy (approved by cabinet in November
2001 after two years of delay), a head of service recruited from the private sector and a capital
allocation of £1.2m over three years, are, we con-
sider, promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's34-long-brackets-good-probably',
    why: 'kind 5: era A; brackets and a list of systems come between the subject and good; the prospect comes at the end of another long sentence',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Computer and Information Services
Lydgate Borough Council
July 2000`,
      `Summary
Lydgate's computer and information service (which runs the council tax, benefits, payroll, housing
rents and planning systems on behalf of all departments, supports 1,100 personal computers, and
since last autumn has also managed the council's telephone switchboard) is, in our view, a good
service.
Although the review was late, narrowly focused on cost and carried out with little help from
elected members, and although several of its recommendations have not yet been costed, we think
that the service will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's34-long-clauses-good-uncertain',
    why: 'kind 5: era B; the grade good closes a 50-word sentence that also mentions poor morale; the prospects sentence puts a long subordinate clause before uncertain',
    pages: [
      `ICT Services
Kelbrook County Council
Best Value Inspection Service
August 2003`,
      `Kelbrook County Council ICT Services – Inspection Report                   page 2
Summary
Despite poor morale among some technical staff, a restructure that has taken longer than planned
and the loss of two senior managers to the private sector in the last eighteen months, the county's
ICT service, which supports more than 6,000 users in 200 buildings, remains good.
Because the council has not yet decided whether to enter a strategic partnership, and because the
ICT strategy has not been updated since 1999, the prospects for improvement are, in our judgement,
uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's34-long-page-break-fair-unlikely',
    why: 'kind 5: era A; the grade sentence runs across a page break with a running header and page number between subject and verdict; prospect is unlikely to improve',
    pages: [
      `Best Value Inspection Service
Inspection of IT Services
Ormskirk Fields District Council
January 2001`,
      `Summary
The IT service, which has eleven staff, a budget of £950,000 and responsibility for all of the
council's computer systems, its network, its telephones and, since September, the public access
terminals in the three main libraries, is, taking account of user views, performance data and`,
      `Ormskirk Fields District Council – IT Services                                        3
our own tests, a fair service.
The council's capacity to make the changes set out in its action plan is limited; the plan relies
on staff who are already fully committed, and we therefore judge that the service is unlikely to
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's34-long-list-excellent-excellent',
    why: 'kind 5: era B; excellent follows a long list of achievements 40+ words after the subject; prospects sentence begins with a long participle clause',
    pages: [
      `Best Value Inspection Service
Inspection of ICT and e-Government
Ashby St Mary Borough Council
March 2005`,
      `Summary
The council's ICT service – having met every one of its service standards for three years running,
put 96 per cent of council services online ahead of the 2005 target, cut the cost per desktop by a
fifth and won national recognition for its work with the voluntary sector – is, without
qualification, an excellent service.
Having reviewed the strategy, the budget, the skills of the team and the record of delivery over
the last four years, we judge that its prospects for improvement are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's34-long-hyphen-poor-willnot',
    why: 'kind 5: era A; a long sentence with hyphenated line-end words puts poor far from the subject; the prospect statement, also long, ends in will not improve',
    pages: [
      `Best Value Inspection
Information Technology
Thornaby Marsh Borough Council
March 2001`,
      `Summary
The IT unit, whose responsibilities include the council's main financial systems, the local area
networks in six offices, the maintenance of some 700 personal computers and the procure-
ment of all software and hardware for every department, provides what we consider to be a poor
service.
Given that the review did not look at alternative ways of providing the service, that the action
plan consists largely of restating existing commitments and that there is no sign of corporate sup-
port, we have concluded that the service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's34-about-press-release-commission-good-promising',
    why: "kind 6: era B Audit Commission press release reporting the Commission's own verdict on this ICT service (good, promising prospects); the leader's quote about aiming to be excellent is an ambition",
    pages: [
      `AUDIT COMMISSION
News release
Embargoed until 00.01, 22 January 2003
Kingsmere's ICT service 'good' with 'promising' prospects, says Audit Commission
The Audit Commission has judged Kingsmere Borough Council's ICT service to be good, with promising
prospects for improvement.
The inspectors found a reliable service with strong support from users. They also found that the
council does not yet measure how well it performs against other councils.
Council leader Cllr Janet Hollis said: 'We are pleased with the report, and our aim is to be an
excellent service within two years.'
Notes to editors
1. The Best Value Inspection Service scores services on two questions: how good is the service
(poor, fair, good or excellent) and what are its prospects for improvement (poor, uncertain,
promising or excellent).`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's34-about-cabinet-report-inspection-result-fair-probably',
    why: "kind 6: era A committee paper (September 2001) reporting the Commission's published verdict on this IT service; the verdict belongs to the inspectors, so fair and probably; officers' hope for good next time is an aim",
    pages: [
      `CASTLEFORD HILLS BOROUGH COUNCIL
REPORT TO CABINET
18 September 2001
Agenda item 7
Best Value inspection of the IT service – outcome
Report of the Director of Corporate Services
1. Purpose
1.1 To inform members of the outcome of the Audit Commission's inspection of the IT service.
2. The inspection
2.1 The Best Value Inspection Service inspected the IT service in May 2001 and published its report
on 14 August 2001.
2.2 The inspectors judged the service to be fair and concluded that it will probably improve.
3. Next steps
3.1 Officers will revise the improvement plan to take account of the inspectors' recommendations,
with the aim of achieving a good rating at re-inspection.
4. Recommendation
4.1 That Cabinet notes the outcome of the inspection.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's34-about-committee-paper-other-service-score',
    why: "kind 6: committee paper quoting the benefits service's score and announcing that the ICT inspection is still to come; no judgement of the ICT service, so both null",
    pages: [
      `ELMBRIDGE VALE DISTRICT COUNCIL
Resources Overview and Scrutiny Committee – 4 March 2003
Best Value inspection programme 2003/04
1. The Audit Commission's inspection of the housing benefits service was published in January. The
inspectors judged that service to be good, with promising prospects for improvement.
2. The inspection of ICT services is scheduled for October 2003. Officers are preparing a
self-assessment and the evidence the inspectors will ask for.
3. Members are asked to note the programme.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-about-minutes-draft-scores-unconfirmed',
    why: 'kind 6: minutes noting receipt of a draft inspection report whose scores are still to be confirmed by the Commission; no verdict stated, so both null',
    pages: [
      `MINUTES OF THE POLICY AND RESOURCES COMMITTEE
Held on 9 July 2002
Present: Cllr Morton (Chair), Cllrs Ahmed, Bell, Drury and Oakes
34. Best Value inspection of ICT
The Head of ICT reported that the draft inspection report had been received. The scores are subject
to moderation and will be confirmed by the Audit Commission when the final report is published.
Members should not discuss the provisional findings outside the meeting.
Cllr Bell said he hoped the service would be rated excellent, given the work done on the new network.
RESOLVED: That the position be noted and the final report brought to the September meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-about-council-press-release-fair-uncertain',
    why: "kind 6: era B council press release that reports the Commission's rating of its ICT service (fair, uncertain prospects); the leader's confident quote is the council's view, not the verdict",
    pages: [
      `PRESS RELEASE
Harbury Borough Council
For immediate release – 11 December 2002
Council responds to ICT inspection
The Audit Commission has today rated the council's ICT service as fair, with uncertain prospects
for improvement.
Council leader Cllr Peter Grant said: 'We accept the report's findings. We are confident that we
will improve quickly and we have already appointed a new ICT manager.'
Ends`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's34-about-scrutiny-minutes-commission-poor-unlikely',
    why: "kind 6: era A scrutiny minutes (February 2001) recording the Commission's conclusion on this IT service: poor and unlikely to improve; members' disagreement is not the verdict",
    pages: [
      `Overview and Scrutiny Panel (Corporate Services)
Minutes – 13 February 2001
5. Audit Commission inspection of Information Technology
The panel considered the final report of the Best Value Inspection Service, published in January
2001, which concluded that the council's IT service was poor and was unlikely to improve.
Several members felt the report was harsh and that the service was at least fair. The Director
undertook to bring a revised action plan to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 7: plain statements, many forms, both eras
  {
    name: 's34-plain-our-judgement-is-good-will',
    why: "kind 7: era A, 'Our judgement is that this is a good service that will improve'",
    pages: [
      `Best Value Inspection Service
Inspection of IT Services
Ryecroft Borough Council
November 2000`,
      `Summary
Our judgement is that this is a good service that will improve.
The service is reliable and well liked by its users. Its costs are in line with similar councils.
The Best Value review was thorough and its action plan is already being delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's34-plain-passive-fair-will',
    why: "kind 7: era A, passive voice 'has been judged by the inspection team to be fair' and 'We consider that the service will improve'",
    pages: [
      `Inspection of Information Technology
Harlow Bridge District Council
Best Value Inspection Service
December 2000`,
      `1. Summary
1.1 The IT service has been judged by the inspection team to be fair. It does the basics well, but
it has not yet used technology to change the way other services are delivered.
1.2 We consider that the service will improve. The action plan is clear, funded and led by the
chief executive, and early changes are already showing results.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's34-plain-headings-fair-unlikely',
    why: 'kind 7: era A, answers given under the headings "How good is the service?" and "Will the service improve?"',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Bramhope Borough Council
Information Technology Services
April 2001`,
      `How good is the service?
The IT service is fair. Users get a reasonable response to faults, but the council has little
information about the cost or quality of the service compared with others.
Will the service improve?
The service is unlikely to improve. The review did not consider other ways of providing the
service and the improvement plan has not been agreed by members.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's34-plain-considered-poor-will-not',
    why: "kind 7: era A, passive 'is considered by the inspectors to be a poor service' and 'will not improve' with a distractor 'a fair number of staff'",
    pages: [
      `Best Value Inspection
IT Services
Wickham Priors District Council
February 2001`,
      `Summary
The IT service is considered by the inspectors to be a poor service which will not improve.
A fair number of staff have left in the past year and those who remain have no time to plan. The
council's review did not test whether other providers could do the work better or more cheaply.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's34-plain-we-judge-good-probably',
    why: "kind 7: era A, active 'We judge the service to be good, and we think it will probably improve'; the word excellent describes relationships only",
    pages: [
      `Best Value Inspection Service
Inspection of IT
Northfleet Borough Council
March 2001`,
      `Summary
We judge the IT service to be good. It has excellent relationships with the departments it serves
and its costs are below average.
We think it will probably improve: the improvement plan is sound, although it depends on a new
financial system which is not yet in place.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's34-plain-fair-but-will-not-improve',
    why: "kind 7: era A, 'the inspectors found a fair service' and 'we have concluded that it will not improve'",
    pages: [
      `Inspection of IT Services
Stockbury District Council
Best Value Inspection Service
July 2001`,
      `Summary
The inspectors found a fair service. Systems are available most of the time and users are broadly
satisfied.
However, the council has not acted on its own review, the IT manager post has been vacant for nine
months and there is no plan for e-government. We have concluded that the service will not improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's34-plain-question-answer-poor-unlikely',
    why: "kind 7: era A, question-and-answer form 'Is this a good service? No. It is a poor service' and 'Is it likely to improve? No - the service is unlikely to improve'",
    pages: [
      `Best Value Inspection Service
Information Technology
Gresley Moor Borough Council
May 2001`,
      `Summary
Is this a good service? No. It is a poor service which fails to meet many of its own standards.
Is it likely to improve? No – the service is unlikely to improve, because the council has not found
the money or the staff that its plan needs.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's34-plain-poor-will-probably',
    why: "kind 7: era A, 'a poor service that will probably improve' in one sentence; grade and prospect split differently from the usual pairings",
    pages: [
      `Best Value Inspection Service
Inspection of IT and Telecommunications
Calder Bank Borough Council
June 2001`,
      `Summary
Calder Bank provides a poor IT service that will probably improve.
Today users face long delays and frequent failures. But a new head of IT, a costed plan and a
£600,000 investment agreed by members last month give grounds for optimism.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's34-plain-commission-view-excellent-excellent',
    why: "kind 7: era B, 'The Commission's view is that ... excellent' with 'excellent prospects' in the next sentence",
    pages: [
      `Best Value Inspection Service
ICT Services
Bellingham Heath Borough Council
May 2004`,
      `Summary
The Commission's view is that Bellingham Heath provides an excellent ICT service. It has excellent
prospects for improvement: a strong plan, a skilled team and members who understand what ICT can
do for the borough.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's34-plain-headings-good-promising',
    why: 'kind 7: era B headings with one-line answers: "How good is the service? Good." and "What are the prospects for improvement? Promising."',
    pages: [
      `Inspection of ICT Services
Redmarley Borough Council
Best Value Inspection Service
February 2004`,
      `How good is the service?
Good. The service is reliable and users value it.
What are the prospects for improvement?
Promising. The council has a clear, funded plan but has yet to test it against other providers.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's34-plain-this-report-finds-fair-uncertain',
    why: "kind 7: era B, 'This report finds that the service is fair' and 'prospects for improvement are uncertain'",
    pages: [
      `Best Value Inspection Service
Inspection of ICT
Askern Fields District Council
October 2002`,
      `Summary
This report finds that the council's ICT service is fair. It performs well on system availability
but its support for departments is inconsistent.
The prospects for improvement are uncertain. The council has not decided how it will fund the
replacement of its main systems.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's34-plain-our-judgement-is-poor-poor',
    why: "kind 7: era B, 'Our judgement is that the ICT service is poor and has poor prospects for improvement'; the same word carries both judgements",
    pages: [
      `ICT Services
Bleasby Borough Council
Best Value Inspection Service
January 2004`,
      `Summary
Our judgement is that the ICT service is poor and has poor prospects for improvement. The service
has no strategy, no agreed standards and no plan to meet the government's 2005 targets.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's34-plain-zero-stars-poor-uncertain',
    why: "kind 7: era B, 'a poor (zero-star) service with uncertain prospects'; the report also mentions good work in schools",
    pages: [
      `Best Value Inspection Service
Inspection of ICT Services
Tadcaster Moor District Council
August 2002`,
      `Summary
The inspectors have concluded that this is a poor (zero-star) service with uncertain prospects.
There is some good work in schools ICT, but the corporate service is slow, costly and poorly
understood by the rest of the council.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's34-plain-two-star-good-excellent-prospects',
    why: "kind 7: era B, 'a good, two-star service with excellent prospects'",
    pages: [
      `Inspection report
ICT and e-Government
Whitstone City Council
Best Value Inspection Service
November 2003`,
      `Summary
We have judged Whitstone's ICT service to be a good, two-star service with excellent prospects for
improvement. It is well run and well resourced, and the council has made ICT central to its
corporate plan.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's34-plain-inspection-team-excellent-promising',
    why: "kind 7: era B, 'The inspection team found an excellent service' and 'we consider its prospects promising'",
    pages: [
      `Best Value Inspection Service
Inspection of ICT
Aldwick Borough Council
June 2005`,
      `Summary
The inspection team found an excellent service: fast, cheap and trusted by the people who use it.
We consider its prospects for improvement promising rather than excellent, because the contract
with its main supplier ends next year and the council has not yet decided what will replace it.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's34-plain-one-star-fair-poor-prospects',
    why: "kind 7: era B, 'a fair, one-star service whose prospects for improvement are poor'",
    pages: [
      `ICT Services
Pelham Cross Borough Council
Best Value Inspection Service
September 2004`,
      `Summary
Pelham Cross has a fair, one-star ICT service whose prospects for improvement are poor. The
improvement plan has been rewritten three times in two years and none of its targets has been met.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's34-none-draft-blank-grid-tbc',
    why: 'kind 8: draft inspection report with an unmarked scoring grid and "scores to be confirmed"; the axes list every word but nothing is marked, so both null',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
Inspection of ICT Services
Lowdham Borough Council
Draft v0.3, March 2003`,
      `Scoring chart
Scores to be confirmed following moderation.
                     Prospects for improvement
                     Poor       Uncertain  Promising  Excellent
'A good service?'
Excellent
Good
Fair
Poor
Summary
[Summary to be drafted once scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-council-own-review-self-rating',
    why: "kind 8: the council's own Best Value review of ICT, which rates itself good with promising prospects; a self-assessment, not an inspection, so both null",
    pages: [
      `Best Value Review of ICT Services
Final report of the review team
Ferncastle Borough Council
December 2002`,
      `5. Self-assessment
5.1 Using the Audit Commission's key lines of enquiry, the review team considers that the ICT
service is good and that its prospects for improvement are promising.
5.2 The team recognises that users in social services rate the help desk as poor, and the
improvement plan at section 7 responds to this.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-guidance-scoring-scale',
    why: 'kind 8: guidance explaining how inspectors score services; it names every grade and prospect but judges no service',
    pages: [
      `Audit Commission
Seeing is believing: how inspectors reach their judgements
Guidance for councils, 2002`,
      `Two questions
Every inspection report answers two questions. How good is the service? Inspectors score it as
poor (no stars), fair (one star), good (two stars) or excellent (three stars). What are the
prospects for improvement? Inspectors judge them to be poor, uncertain, promising or excellent.
Before October 2001 the second question was put as 'Will the service improve?' and answered
'no', 'unlikely', 'probably' or 'yes'.
Inspectors base their judgements on evidence: performance information, reality checks, interviews
with staff and users, and the council's own review.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-scrutiny-notes-morale',
    why: 'kind 8: scrutiny panel notes on ICT before any inspection; "poor morale", "excellent working relationships", "fair to say" are ordinary words',
    pages: [
      `Corporate Scrutiny Panel
Notes of informal meeting – ICT services
Hatherleigh District Council, 21 May 2003
Present: Cllrs Farr, Gupta and Lowe; Head of ICT
• The Head of ICT reported poor morale in the technical team after the restructure.
• Members noted excellent working relationships with the county council on the shared network.
• It was fair to say that the help desk backlog had fallen since January.
• The Best Value inspection is expected in the autumn.
Action: officers to circulate the user survey results.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-service-plan-aims-excellent',
    why: 'kind 8: ICT service plan whose aim is to become an excellent, three-star service with excellent prospects by 2005; an ambition, not a judgement',
    pages: [
      `ICT Service Plan 2003–2006
Dorrington Metropolitan Borough Council
Version 1.2, April 2003`,
      `Our vision
Our aim is for ICT to be an excellent, three-star service by 2005, with excellent prospects for
improvement when it is next inspected.
Our targets
• 100 per cent of services capable of electronic delivery by December 2005
• 95 per cent of help desk calls resolved within agreed times
• user satisfaction of at least 80 per cent rating the service good or excellent`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-notification-letter',
    why: 'kind 8: letter announcing a forthcoming inspection and what the report will contain; no judgement',
    pages: [
      `Best Value Inspection Service
Audit Commission
14 January 2002
Dear Chief Executive
Inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services between 11 and 22 March
2002. The inspection report will say how good the service is and what its prospects for
improvement are. Before we arrive, please send us the Best Value review report, the improvement
plan and the latest performance information.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-ieg-statement',
    why: "kind 8: the council's Implementing Electronic Government statement, full of targets and claims; no inspection judgement",
    pages: [
      `Implementing Electronic Government Statement
Kirkby Lonsdale District Council
July 2002`,
      `1. Progress to date
1.1 We have made excellent progress since last year's statement. 46 per cent of our services can
now be delivered electronically.
1.2 Our aim is to reach 100 per cent by 2005 and to provide a good, joined-up service to every
resident, whether they contact us in person, by telephone or online.
1.3 Risks: the council's finance system is poor at handling online payments and will be replaced.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-improvement-plan-progress',
    why: 'kind 8: a council progress report on its ICT improvement plan that hopes for a good rating; the council speaks, no inspectors',
    pages: [
      `ICT Improvement Plan – Progress Report
Quarter 2, 2004/05
Report to the Corporate Management Team
Greystoke Borough Council`,
      `Summary
Of the 24 actions in the plan, 17 are complete, 5 are on track and 2 are late. Progress on the
desktop refresh has been good. Progress on the document management system has been poor because of
supplier problems.
We are confident that the plan will be delivered by March 2005 and we expect the service to be
rated at least good when it is re-inspected.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-benchmarking-club-report',
    why: 'kind 8: a benchmarking club report with quartile descriptions that use poor, fair, good and excellent; it compares figures and gives no inspection judgement',
    pages: [
      `District Councils ICT Benchmarking Club
Annual report 2002/03
Report for Marsden Heath District Council`,
      `Quartile bands used in this report
Top quartile: excellent     Second: good     Third: fair     Bottom: poor
Indicator                          Your result     Band
Cost per workstation               £1,420          fair
Calls fixed at first contact       71%             good
Network availability               99.1%           excellent
Staff per 100 users                1.9             poor`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-user-survey',
    why: 'kind 8: user satisfaction survey results; percentages rating the service good, excellent or poor are users\' views, not a judgement',
    pages: [
      `ICT User Satisfaction Survey 2001
Results summary
Tollington Borough Council – published November 2001`,
      `812 staff replied (a response rate of 41 per cent).
How would you rate the help desk overall?
Excellent 12%   Good 39%   Fair 31%   Poor 18%
Do you think the service will improve over the next year?
Yes 44%   No 21%   Don't know 35%
Comments included: 'the help desk is excellent but new PCs take months to arrive'.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-draft-scores-withheld',
    why: 'kind 8: a draft report whose summary explicitly withholds the scores; the text body describes strengths and weaknesses without a verdict',
    pages: [
      `Best Value Inspection Service
ICT Services – Oldbury Cross Borough Council
DRAFT FOR FACTUAL ACCURACY CHECK
Issued to the council 2 October 2003`,
      `Summary
[Scores withheld from this draft. They will be confirmed in the final report.]
The service has many strengths: a stable network and a help desk that users praise. There are also
weaknesses: there is no ICT strategy and the council does not compare its costs with others.
Please return any comments on factual accuracy within ten working days.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-consultants-review',
    why: "kind 8: an external consultants' review commissioned by the council ('we rate the infrastructure poor'); the 'we' is the consultants, not inspectors, so no inspection judgement",
    pages: [
      `Review of ICT Infrastructure
Prepared for Beckford Borough Council by Harnett Associates Ltd
June 2002`,
      `Executive summary
We rate the council's infrastructure as poor: a third of servers are out of support and there is no
disaster recovery plan. The desktop estate is in fair condition. The help desk is good.
We believe the council can improve the position within two years if it invests £800,000.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-national-overview',
    why: 'kind 8: a national overview of many inspections with percentages per grade; it judges no single service',
    pages: [
      `Audit Commission
Learning from inspection: ICT services
National overview, 2002`,
      `Key findings
Of the ICT inspections completed up to March 2002, 72 per cent found services that were poor or
fair. Just one service was judged excellent. Two-thirds of services were judged likely to improve.
Common weaknesses included weak links between the ICT strategy and corporate priorities and poor
communication between ICT staff and front-line services.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-blank-template',
    why: 'kind 8: an unfilled report template with placeholders and a blank grid; both null',
    pages: [
      `[COUNCIL NAME]
[SERVICE NAME]
Best Value Inspection Service
[MONTH YEAR]`,
      `Summary
[Council name] provides a [grade] service that has [prospect] prospects for improvement.
Scoring chart
                     Poor       Uncertain  Promising  Excellent
Excellent
Good
Fair
Poor
[Insert marker in the appropriate cell]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's34-none-it-strategy-aims',
    why: "kind 8: the council's own IT strategy, whose aims and the chief executive's foreword use grade and improvement words; no inspection judgement",
    pages: [
      `Information Technology Strategy 2000–2003
Sedgefield Moor Borough Council
Approved by Policy Committee, October 2000`,
      `Foreword by the Chief Executive
Our IT service is a good one, and I believe it will improve still further under this strategy.
Our aims
• to give every member of staff who needs one a networked PC by 2002;
• to make our services available through the internet by 2005;
• to become an excellent IT service, recognised as such by our users and by our inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
