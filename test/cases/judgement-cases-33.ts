/** Held-out judgement set 33, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases33: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's33-grid-tabs-asterisk-fair-promising',
    why: 'kind 1: tab-separated grid with prospects down the side and grades across; the asterisk sits in the Fair column of the Promising row; the axis labels list every word and the summary names no verdict',
    pages: [
      `Ashcombe Borough Council
Information and Communications Technology
Best Value Inspection Service
November 2002
Audit Commission`,
      `Summary
Ashcombe's ICT service supports around 1,900 users in the town hall, two depots and eleven
libraries. We looked at the help desk, the network, desktop support and the council's progress
towards electronic service delivery.
Scoring chart
Our judgement is shown by the marked cell in the chart below.
'How good is the service?'
\tPoor\tFair\tGood\tExcellent
Excellent prospects\t\t\t\t
Promising prospects\t\t*\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
'What are the prospects for improvement?'
Source: Audit Commission
Calls to the help desk are answered quickly and the network is reliable. However, the asset
register is incomplete, departments complain that projects overrun, and the council has only
recently begun to compare its costs with those of other authorities.
Ashcombe Borough Council – ICT                                                    page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's33-grid-spaces-x-good-probably',
    why: 'kind 1: space-aligned grid from the first era, grades down the side (with star counts in the labels) and prospects across; the X lies under "Probably" in the Good row; the star counts in the axis are not marks',
    pages: [
      `Brackenford District Council
Information Technology Services
Best Value Inspection
February 2001
Audit Commission Best Value Inspection Service`,
      `2   Brackenford District Council – Information Technology Services
Scoring the service
The chart summarises the inspectors' two judgements.
                    Will the service improve?
                    Will not    Unlikely    Probably    Yes
Excellent (3 stars)
Good (2 stars)                                 X
Fair (1 star)
Poor (0 stars)
How good is the service?
The service has a stable network, a help desk that users rate highly and a realistic
plan. Its main weakness is that departments have had little say in how IT money is spent.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's33-grid-one-cell-per-line-tick-poor-uncertain',
    why: 'kind 1: the grid was extracted one cell per line, empty cells as blank lines; grades down, prospects across (Poor, Uncertain, Promising, Excellent); the tick is the second cell of the Poor row',
    pages: [
      `Dunholt Metropolitan Borough Council
IT Services
Inspection report
Audit Commission – Best Value Inspection
April 2003`,
      `Scoring chart
How good is the service?
Prospects for improvement
Poor
Uncertain
Promising
Excellent
Excellent




Good




Fair




Poor

✓


Dunholt MBC – IT Services                                                3
We reached this view after eight days on site in January and February 2003. The rest of this
report sets out the evidence behind it and the recommendations we make.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's33-grid-caption-axes-star-poor-will-not',
    why: 'kind 1: caption says prospects run down and grades across; first-era prospect labels; the black star is under Poor in the "Will not improve" row; the text around it uses "good" and "excellent" of other things',
    pages: [
      `Caddington Vale Council
Information and Communications Technology
Best Value Inspection Service
March 2001`,
      `Summary
Figure 1: scoring chart (vertical axis – will the service improve?; horizontal axis – how good
is the service?)
                       Poor     Fair     Good     Excellent
Will improve
Will probably improve
Unlikely to improve
Will not improve        ★
The IT team has some good people and excellent working relationships with the finance
department, but the service as a whole is let down by an unreliable network and the absence of
any plan that the council has agreed and funded.
Caddington Vale Council – ICT – March 2001                                     page 3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's33-grid-reversed-columns-bullet-excellent-excellent',
    why: 'kind 1: tab grid whose prospect columns run Excellent to Poor (reversed) with grades down; a bullet dot in the first cell of the Excellent row; other bullets appear in the recommendations list on the next page',
    pages: [
      `Kestleton City Council
ICT and e-Government Services
Best Value Inspection
January 2004
Audit Commission Inspection Service`,
      `Scoring chart
Columns: prospects for improvement. Rows: a good service?
\tExcellent\tPromising\tUncertain\tPoor
Excellent\t•\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
Kestleton City Council                                                   5`,
      `Recommendations
To rise to the challenges ahead the council should:
• publish the results of its user survey and the action it will take;
• agree with schools a service level for network support;
• extend its benchmarking to include costs per user.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's33-grid-checkboxes-x-good-will',
    why: 'kind 1: every cell shows an empty box "[ ]" and one shows "[x]"; prospects (first era) down, grades across; the marked box is in the Good column of the "Will improve" row',
    pages: [
      `Fernmouth Borough Council
Corporate IT Service
Best Value inspection – July 2001
Audit Commission`,
      `Judgement
                       | Poor | Fair | Good | Excellent |
Will improve           | [ ]  | [ ]  | [x]  |    [ ]    |
Will probably improve  | [ ]  | [ ]  | [ ]  |    [ ]    |
Unlikely to improve    | [ ]  | [ ]  | [ ]  |    [ ]    |
Will not improve       | [ ]  | [ ]  | [ ]  |    [ ]    |
Vertical axis: will the service improve?   Horizontal axis: how good is the service?
The service performs well against most of its targets and has a clear, costed plan. The
reasons for our judgement are set out in sections 3 and 4.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's33-grid-across-down-caption-asterisk-fair-poor',
    why: 'kind 1: caption says prospects across and grades down; the asterisk sits under "Poor" prospects in the Fair row, so the word poor in the axis is the prospect, not the grade',
    pages: [
      `Glenridge District Council
Information Technology
Inspection report
September 2003`,
      `The scoring chart
Across: prospects for improvement.  Down: how good is the service.
              Poor      Uncertain   Promising   Excellent
Excellent
Good
Fair            *
Poor
This chart records the Audit Commission's judgement. Our reasons follow in the report: the
help desk works, but the improvement plan has no money behind it and the two senior posts
that would drive it have been vacant for a year.
Glenridge DC – Information Technology – page 2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's33-grid-pipes-reversed-grades-x-fair-unlikely',
    why: 'kind 1: pipe-drawn grid with grades across in reverse order (Excellent to Poor) and first-era prospects down; the X is in the third column (Fair) of the "Unlikely" row',
    pages: [
      `Holmwood Chase Borough Council
Information and Communication Technology Service
Report of a Best Value inspection – May 2001`,
      `Scoring chart
|                        | Excellent | Good | Fair | Poor |
| Will improve           |           |      |      |      |
| Will probably improve  |           |      |      |      |
| Unlikely to improve    |           |      |  X   |      |
| Will not improve       |           |      |      |      |
Holmwood Chase BC                                             Audit Commission   4
The service has improved its network reliability since 1999, but users still wait too long
for repairs, and the plan that came out of the review has no timetable.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's33-table-spaces-good-two-stars-promising',
    why: 'kind 2: space-aligned summary table; the judgement cells read "Good – two stars out of three" and "Promising: we think..."; the wrapped reasons column uses poor and excellent about other things',
    pages: [
      `Larchfield Borough Council
ICT Services
Best Value Inspection Service – March 2003`,
      `Summary of our judgements
Question                        Judgement                          Our reasons
How good is the service?        Good – two stars out of three      Reliable network and a well-run help desk;
                                                                   poor asset records and slow responses to
                                                                   schools hold it back.
What are the prospects for      Promising: we think the service    A costed plan with member support; capacity
improvement?                    will improve                       is stretched, though the team has an
                                                                   excellent record on smaller projects.
Larchfield Borough Council – ICT Services                                               3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's33-table-cell-per-line-fair-one-star-probably',
    why: 'kind 2: first-era table extracted one cell per line; "Fair (one star)" and "Yes, it will probably improve" sit beside reasons that praise excellent help desk staff and call the asset register poor',
    pages: [
      `Marbury Heath District Council
Information Technology
Best Value Inspection
Fieldwork January 2001 – report published April 2001`,
      `Table 1: Inspection judgements
Question
Judgement
Reasons
Is the service good?
Fair (one star)
Users praise the excellent help desk staff, but the asset register is poor and response
times vary widely between sites.
Will the service improve?
Yes, it will probably improve
The review produced a sound plan; some targets are vague and the council has been slow to
learn from good practice elsewhere.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's33-table-tabs-poor-no-stars-will-not',
    why: 'kind 2: tab-separated first-era table; cells "Poor – no stars" and "No, it will not improve"; the reasons column speaks of good intentions and good aspirations',
    pages: [
      `Netherstow Borough Council
Information Systems Service
Best Value Inspection Service
June 2001`,
      `Our judgements at a glance
Question\tScore\tWhy we reached it
How good is the service?\tPoor – no stars\tGood intentions in the IT strategy are not matched by delivery; a third of calls miss their target.
Will it improve?\tNo, it will not improve\tThe improvement plan is a list of good aspirations with no owners, dates or money.
Netherstow BC – Information Systems\tpage 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's33-table-labelled-cells-good-stars-uncertain',
    why: 'kind 2: cells "Good ★★ (two stars)" and "Uncertain – the plan is not yet funded", with a strengths/weaknesses column containing "excellent" and "poor" about staff and consultation',
    pages: [
      `Oakhurst Borough Council
Information and Communications Technology
Audit Commission inspection report
December 2002`,
      `Section 1 – Summary
Judgement                 Score                                   Strengths / weaknesses
Quality of service        Good ★★ (two stars)                     + fast fault fixing, excellent staff
                                                                  commitment
                                                                  – poor consultation with schools
Prospects for             Uncertain – the plan is not yet         + clear priorities agreed by members
improvement               funded                                  – no budget beyond March 2003
Oakhurst Borough Council                                                                 2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's33-table-excellent-three-of-three-will-yes',
    why: 'kind 2: first-era table; "Excellent: 3 stars of 3" and "Yes – it will improve"; the reasons column mentions that poor performers were dealt with and morale is good',
    pages: [
      `Pennridge County Council
Information Services
Best Value Inspection – May 2001`,
      `2. Our judgement
Judgement                    Result                        Main reasons
Is the service good?         Excellent: 3 stars of 3       Consistently meets demanding targets; users
                                                           are highly satisfied; costs are low.
Will the service improve?    Yes – it will improve          The plan is owned by chief officers, funded,
                                                           and already being delivered; poor performers
                                                           from 1999 have been dealt with and morale is
                                                           good.
Pennridge County Council – Information Services – May 2001`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's33-table-fair-one-of-three-poor-prospects',
    why: 'kind 2: cells "Fair: 1 of 3 stars" and "Poor prospects – no credible plan", beside reasons praising good staff morale and excellent relationships with schools',
    pages: [
      `Quarrington Borough Council
IT Services
Inspection report – Audit Commission
August 2004`,
      `Summary table
How good is the service?
Fair: 1 of 3 stars
Reasons: good staff morale and excellent relationships with schools, but slow desktop support
and no service standards for departments.
What are the prospects for improvement?
Poor prospects – no credible plan
Reasons: the improvement plan has not been costed, has no owner at chief officer level, and
repeats targets that were missed in the last two years.
Quarrington BC                                                                    page 4`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased with no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's33-paraphrase-on-balance-expect-better-good',
    why: 'kind 3: grade stated plainly (good, two stars); prospects given only as "on balance we expect the service to get better" in a second-era report (promising)',
    pages: [
      `Redlake District Council
Information and Communications Technology
Best Value inspection
September 2002`,
      `Summary
We have judged the ICT service to be good, with two stars. It is reliable, its costs are in
line with similar councils and users speak well of the help desk.
Looking ahead, on balance we expect the service to get better. The plan that came out of the
review is sound and costed, although several key posts are vacant and two large projects are
competing for the same staff.
Redlake DC – ICT                                                                   1`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's33-paraphrase-not-convinced-capacity-fair',
    why: 'kind 3: second-era report; grade stated as fair; prospects only as "we are not convinced that the council has the capacity to deliver its improvement plan" (doubt = uncertain)',
    pages: [
      `Saltmarsh Borough Council
ICT Services
Inspection report
Audit Commission, February 2004`,
      `Summary
This is a fair, one-star service. Day-to-day support is adequate, but departments have no
agreed service levels and the council cannot say what its ICT costs per user.
We are not convinced that the council has the capacity to deliver its improvement plan. The
plan is sensible, but it depends on a restructuring that has already slipped by six months and
on money that has not been set aside.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's33-paraphrase-nothing-suggests-better-poor',
    why: 'kind 3: second-era report; grade poor; prospects given as "nothing we saw suggests the service will get any better" (poor prospects) with no scale word',
    pages: [
      `Thornleigh Borough Council
Information Technology
Audit Commission inspection – June 2002`,
      `Summary
In our judgement the IT service is poor. The network fails several times a month, a quarter of
help desk calls are not resolved within a week, and the service does not know what it costs.
Nothing we saw suggests that the service will get any better. The improvement plan has no
owners, no money and no timetable, and the same weaknesses were reported to members in 1999
and again in 2001 without any action following.
Thornleigh BC – IT – June 2002                                                      2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's33-paraphrase-confident-plan-delivered-good',
    why: 'kind 3: second-era report; grade good; prospects given as confidence that the council will deliver its plan in full (excellent prospects) without the scale word',
    pages: [
      `Upperton City Council
ICT Services
Best Value Inspection
October 2003`,
      `How good is the service?
We judge that Upperton's ICT service is good. It meets most of its service standards,
has low costs and is well regarded by users.
What are the prospects for improvement?
We are confident that the council will deliver its improvement plan in full. The plan is
costed and funded, each action has a named chief officer, progress is reported to the
executive every month, and the service has already met the first six milestones ahead of time.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's33-paraphrase-doubt-turn-round-poor-era-a',
    why: 'kind 3: first-era report (August 2001); grade poor; prospects given as "we doubt whether the council has the capacity to turn the service round" (unlikely)',
    pages: [
      `Vinehall District Council
Information Technology
Best Value Inspection Service
August 2001`,
      `Summary
The inspectors found a poor service. Users wait weeks for faults to be fixed, and the council
has not replaced its main servers since 1994.
We doubt whether the council has the capacity to turn the service round. The head of IT
post has been filled on an interim basis for eighteen months, and the review's action plan
relies on money that members have not yet agreed to find.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's33-paraphrase-no-sign-change-poor-era-a',
    why: 'kind 3: first-era report (December 2000); grade poor; prospects as "there is no sign that anything will change" (will not improve)',
    pages: [
      `Westerby Borough Council
Computer Services
Report of a Best Value inspection
December 2000`,
      `Summary
Computer Services is a poor service. It does not meet its own targets, users are dissatisfied
and it has not been compared with any other provider.
The review was carried out by the service's own managers, who concluded that no change was
needed. There is no sign that anything will change: there is no improvement plan worth the
name, and members have not asked for one.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's33-paraphrase-no-doubt-keep-getting-better-excellent',
    why: 'kind 3: first-era report; grade excellent; prospects as "we are in no doubt that the service will continue to get better" (a negated doubt = will improve)',
    pages: [
      `Yarnfield County Council
Information and Communication Technology
Best Value Inspection Service – March 2001`,
      `Summary
Yarnfield's ICT service is excellent. It is among the cheapest of its kind in the country, it
meets demanding service standards and users speak highly of it.
We are in no doubt that the service will continue to get better. Its plan is realistic and
funded, and its record of delivering what it promises is strong.
Yarnfield CC – ICT – page 1`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's33-paraphrase-odds-favour-fair-era-a',
    why: 'kind 3: first-era report; grade fair; prospects as "the odds favour improvement ... we believe the council will make most of the changes" (will probably improve)',
    pages: [
      `Zennor Vale District Council
IT Services
Best Value inspection – January 2001`,
      `Summary
The IT service is fair. It does the basics adequately but has not kept pace with what
departments now need from it.
The odds favour improvement. We believe the council will make most of the changes it has
planned, though not all of them on time, because members have backed the plan with money and
a new head of service has been appointed.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's33-quoted-self-assessment-good-inspectors-fair',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; "our evidence tells a different story" and the inspectors judge fair with uncertain prospects',
    pages: [
      `Ashvale Borough Council
Information Technology Services
Best Value Inspection
Audit Commission – July 2002`,
      `Summary
The council's self-assessment rated the IT service as good and its prospects for improvement
as excellent. Our evidence tells a different story.
We judge the service to be fair. It has a reliable network, but departments wait too long for
new equipment and the council has little information on what users think of the service.
Its prospects for improvement are uncertain: the plan is sensible but not yet funded, and the
team that must deliver it is already fully stretched.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's33-quoted-it-director-rapid-progress-poor-unlikely',
    why: 'kind 4: the IT director expects rapid progress and says the service will improve within a year; the inspectors are not confident and judge it poor and unlikely to improve (first era)',
    pages: [
      `Brindley Vale Borough Council
IT Services
Best Value Inspection Service
April 2001`,
      `Summary
The IT director expects rapid progress once the new network is in place and told us that the
service will improve "within a year". We are not confident of this. The network project is
already nine months late, and the review's other actions have no one responsible for them.
In our view this is a poor service that is unlikely to improve.
Brindley Vale BC – IT Services                                                       2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's33-quoted-neighbour-excellent-this-good-promising',
    why: 'kind 4: a neighbouring council whose ICT service was judged excellent with excellent prospects is used as a comparator; this service is judged good with promising prospects',
    pages: [
      `Carrowmere District Council
ICT Services
Inspection report
Audit Commission, May 2003`,
      `Summary
The review compared Carrowmere with Dellmoor, the neighbouring district whose ICT service the
Commission judged excellent, with excellent prospects, in 2002. The comparison was useful but
Carrowmere is not yet in that league.
We judge Carrowmere's ICT service to be good: it is reliable and users value it. Its prospects
are promising, as the improvement plan is well founded and has the backing of members, though
it will need careful management to keep to time.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's33-quoted-earlier-inspection-poor-now-fair',
    why: 'kind 4: a reinspection; the 2001 inspection judged the service poor and said it would not improve; the current verdict is fair with promising prospects (second era)',
    pages: [
      `Eastling Borough Council
Information and Communications Technology
Reinspection report
Audit Commission – May 2003`,
      `Summary
When the Commission first inspected this service in June 2001 it judged it poor and said it
would not improve. Since then the council has appointed a new head of ICT, replaced its
network and introduced service standards for every department.
We now judge the service to be fair, with one star. Its prospects for improvement are
promising: the council has shown that it can deliver change, although a number of
departments are still waiting for the new systems they were promised.
Eastling BC – ICT reinspection                                                        1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's33-quoted-review-team-excellent-inspectors-good',
    why: 'kind 4: the Best Value review team scored the service excellent; the inspectors "do not share that view" and judge it good; it will probably improve (first era)',
    pages: [
      `Fallowfield District Council
Information Technology
Best Value Inspection Service
July 2001`,
      `Summary
The Best Value review team scored the service as excellent in its final report to members.
We do not share that view. The service is good: it is reliable and efficient, but it has
not yet shown that it gives departments the support they need to change how they work.
The service will probably improve. The action plan is realistic and has been costed, but it
depends on a partnership with the county council that has not yet been agreed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's33-quoted-members-believe-quick-improvement-poor-prospects',
    why: 'kind 4: members believe the service will improve quickly; "however, we found little to support that belief"; inspectors judge it fair with poor prospects (second era)',
    pages: [
      `Greyhaven Borough Council
IT Services
Audit Commission inspection report
March 2004`,
      `Summary
Members told us they believe the service will improve quickly once the new outsourcing
partner is in place. However, we found little to support that belief. The contract has not
been let, the specification is incomplete and no money has been set aside for the transition.
The service is fair – it provides a basic, reasonably reliable service – but its prospects
for improvement are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's33-quoted-council-modest-fair-inspectors-excellent',
    why: 'kind 4: the council scored itself fair; the inspectors found more and judge the service excellent, and answer "Yes" to will it improve (first era)',
    pages: [
      `Hatherleigh District Council
Information Services
Best Value Inspection
June 2001`,
      `Summary
The council's own assessment was modest: in its review report it scored the service as fair
and expected only slow progress. We found rather more than that.
This is an excellent service. It is cheap, reliable and highly valued by users, and its staff
have a strong record of introducing new systems on time.
Will the service improve? Yes. The plan is clear, funded and already under way.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's33-long-dashes-good-excellent-prospects',
    why: 'kind 5: a dash-delimited list of duties separates "The ICT service" from "is ... a good service", and a long clause separates "The prospects" from "are in our view excellent" (second era)',
    pages: [
      `Ivydene Borough Council
Information and Communications Technology
Best Value Inspection
Audit Commission, June 2003`,
      `Summary
The ICT service – which supports some 2,400 users across fourteen sites, runs the corporate
network and the help desk, manages the contract for the council's financial systems and,
since April, has also taken on the telephony and print services previously run by the Chief
Executive's department, all while being asked to lead the council's work towards the 2005
electronic service targets – is, in our judgement and on the evidence set out in the rest of
this report, a good service.
The prospects for the service, given a plan that is costed, owned by named chief officers,
monitored every month by the executive and already ahead of schedule on nine of its twelve
milestones, and given a track record of delivering what it has promised, are in our view
excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's33-long-brackets-fair-will-not',
    why: 'kind 5: a bracketed list of the service\'s parts separates subject from "is fair"; a long list of evidence separates "We have concluded" from "will not improve" (first era)',
    pages: [
      `Jarrowfield Borough Council
IT Services
Report of a Best Value inspection
November 2000`,
      `Summary
Taken as a whole, the service (which includes the help desk, network support, the
development team of six analysts and programmers, the training unit and – since last year – the
management of the council's contract with its payroll supplier) is fair.
We have concluded, having looked at the improvement plan, the resources behind it, the
absence of any agreed timetable and the record of the last two years, in which three
successive restructurings were each abandoned before they were finished, that the service
will not improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's33-long-split-across-page-poor-poor',
    why: 'kind 5: the grade sentence breaks across a page with a running header and page number inside it ("is, on every measure we examined, [header] poor"); prospects stated later (second era)',
    pages: [
      `Kingsmere Borough Council
Information Technology
Audit Commission Inspection Report
January 2002`,
      `Summary
Despite the efforts of a small and committed team, who have kept the council's ageing
systems running with very little money and without the support of a strategy agreed by
members or chief officers, the corporate IT service is, on every measure we examined,`,
      `Kingsmere Borough Council – Information Technology                              Page 4
poor. Costs are high, users are dissatisfied and the service has not compared itself with
anyone.
For the reasons we give in section 5 – chiefly that the council has neither a funded plan nor
anyone with the authority to drive one – the service has poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's33-long-hyphenated-excellent-probably',
    why: 'kind 5: a long sentence with asides ends in a grade word hyphenated across a line break ("excel-/lent"); prospects "will probably improve" come at the end of another long sentence (first era)',
    pages: [
      `Lowbridge City Council
Information and Communication Technology
Best Value Inspection Service
February 2001`,
      `Summary
Lowbridge's ICT service, which (unusually among the councils we have inspected) has kept its
costs per user below the average for its family group for five years running while also
introducing a new financial system, a corporate intranet and a network linking all
twenty-three of its libraries, is in our judgement excel-
lent.
The council has set itself a stretching plan for the next three years, some of which depends
on partners outside its control, and so although we found much to give us confidence, we
conclude that the service will probably improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's33-long-duties-poor-but-promising',
    why: 'kind 5: a long list of duties separates the service from "poor"; a long sentence about the new plan ends in "promising"; the page also has "poor morale" as an ordinary phrase (second era)',
    pages: [
      `Midfield Metropolitan Borough Council
ICT Services
Inspection report – Audit Commission
November 2002`,
      `Summary
The ICT service, responsible for a network of 3,100 PCs, the council's contact centre
systems, support to 90 schools, the corporate website and all of the council's major
business applications from payroll to planning, and managed since 2001 through a joint venture
whose terms have been renegotiated twice, is poor.
Poor morale among staff has been a feature of the service for some years. Even so, the new
management team's plan, which is costed, has been agreed by the executive, has realistic
milestones and is already showing early results in the help desk, means that the prospects
for improvement are, in our view, promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's33-long-nested-clause-good-unlikely',
    why: 'kind 5: the verdict "good" comes forty words after "The service"; the prospect "unlikely to improve" comes after a long clause about the head of service leaving (first era)',
    pages: [
      `Norcastle District Council
Information Technology
Best Value Inspection
September 2001`,
      `Summary
The service, which the council set up in 1996 by bringing together three separate
departmental computer sections and which now supports the whole authority, its partners in the
local health trust and, under a contract agreed last year, two neighbouring district councils,
has been run well and is good.
However, with the head of service and two of the three senior analysts having left during the
inspection, with no plan to replace them and with a review that did not look at any
alternative way of providing the service, it is unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's33-about-commission-press-release-fair-uncertain',
    why: 'kind 6: an Audit Commission press release announcing its own judgement on this ICT service (fair, uncertain prospects); the notes to editors list every grade and prospect word',
    pages: [
      `PRESS RELEASE
Embargoed until 00.01 hours, Tuesday 14 January 2003
Audit Commission publishes report on Oakmere council's IT service
The Audit Commission has judged Oakmere Borough Council's information technology service to be
a 'fair' one-star service with uncertain prospects for improvement.
The inspectors found that the help desk responds quickly and the network is stable, but that
the council has no clear idea of what its departments need from IT over the next few years.
Lead inspector Helen Marsh said: "Staff work hard and users value them, but until the council
decides what it wants from IT, it will be difficult for the service to move forward."
Notes to editors
1. Inspections score services on a scale from no stars (poor) through one star (fair) and two
stars (good) to three stars (excellent). Prospects for improvement are judged as poor,
uncertain, promising or excellent.
2. Copies of the report are available from the council and on the Commission's website.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's33-about-committee-paper-own-service-good-probably',
    why: 'kind 6: a committee paper reporting the published inspection of this IT service (good, will probably improve, first-era words) and also quoting the benefits service\'s earlier fair score, which is not this service',
    pages: [
      `PENNINGTON BOROUGH COUNCIL
POLICY AND RESOURCES COMMITTEE – 18 SEPTEMBER 2001
REPORT OF THE DIRECTOR OF RESOURCES
BEST VALUE INSPECTION OF THE IT SERVICE
1. Purpose
To inform members of the outcome of the Audit Commission's inspection of the IT service.
2. Background
2.1 The Commission published its report on 3 September 2001. The inspectors judged the IT
service to be good (two stars) and that it will probably improve.
2.2 For comparison, the housing benefits service was judged fair when it was inspected in
2000.
3. Recommendation
That members note the report and approve the action plan at Appendix A.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's33-about-cabinet-paper-other-service-score-null',
    why: 'kind 6: a cabinet paper preparing for an ICT inspection that has not happened; it quotes the benefits service\'s score and the council\'s aim for ICT, so there is no judgement of the ICT service',
    pages: [
      `Quayside District Council
Cabinet – 9 October 2002
Agenda item 7: Preparing for the Best Value inspection of ICT
Report of the Head of Corporate Services
1. The Audit Commission will inspect the ICT service in February 2003, following the Best
Value review completed in the summer.
2. The benefits service, inspected last year, was judged good with promising prospects.
Officers believe lessons from that inspection should be applied to ICT.
3. The council's aim is for the ICT service to achieve at least two stars.
4. Cabinet is asked to note the timetable at Appendix 1.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-about-scrutiny-minutes-scores-not-confirmed-null',
    why: 'kind 6: scrutiny minutes recording that scores are not yet confirmed and members\' hope that the service will be rated good; no judgement has been given',
    pages: [
      `Rowanbank Borough Council
Minutes of the Resources Scrutiny Panel
Held on 12 March 2003
Present: Councillors Ahmed (Chair), Baker, Chandler, Doyle
14. Best Value inspection of Information Technology
The Head of ICT reported that the inspectors had completed their fieldwork on 28 February and
had given verbal feedback to the chief executive. The scores would not be confirmed until the
draft report was received in April.
Members expressed the hope that the service would be rated good, and asked whether the
council could expect excellent prospects given the investment agreed last year. The Head of
ICT said it would be wrong to speculate.
RESOLVED: that the draft report be brought to the panel's next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-about-council-press-release-excellent-excellent',
    why: 'kind 6: the council\'s own press release reporting the Commission\'s published verdict on this ICT service (excellent, excellent prospects); the leader\'s praise is not the verdict but the reported Commission rating is',
    pages: [
      `NEWS FROM SEFTONBRIDGE CITY COUNCIL
For immediate release – 21 June 2004
Top marks for city's IT service
Seftonbridge City Council's ICT service has been rated excellent – the top, three-star
rating – by the Audit Commission, which also said the service has excellent prospects for
improvement.
The inspectors praised the council's online services, which now allow residents to carry out
more than 80 per cent of transactions on the web.
Council leader Cllr Mary Denholm said: "This is a fantastic result for a team that has worked
incredibly hard."
Ends`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's33-about-cabinet-outcome-poor-uncertain-officers-expected-fair',
    why: 'kind 6: a cabinet report on the outcome of this ICT inspection; officers had expected a one-star fair rating, but the inspectors concluded poor with uncertain prospects',
    pages: [
      `Tarnside Borough Council
Report to Cabinet – 16 July 2002
Best Value inspection of ICT: outcome and action plan
1. Summary
1.1 The Audit Commission's report on the council's ICT service was published on 2 July 2002.
1.2 Officers had anticipated a one-star 'fair' rating on the basis of the self-assessment.
The inspectors instead concluded that the service is poor, with no stars, and that its
prospects for improvement are uncertain.
1.3 The inspectors' recommendations and the council's response are set out in Appendix B.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many sentence forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's33-plain-we-judge-poor-unlikely-era-a',
    why: 'kind 7: active "We judge that..." in a first-era report: poor and unlikely to improve',
    pages: [
      `Ulverby District Council
Information Technology Services
Best Value Inspection Service
February 2001`,
      `Summary
We judge that Ulverby's IT service is a poor service which is unlikely to improve. The
reasons are set out below.
The service supports 650 users in the council offices and two area bases. Calls to the help
desk are logged on paper, so the service cannot say how quickly it responds, and users told us
they often bypass it altogether. The review team did not consult departments or compare the
service with any other council.
Ulverby DC – IT Services – February 2001                                              1`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's33-plain-team-assessed-fair-will-not-era-a',
    why: 'kind 7: "The inspection team has assessed the service as fair" and "we have concluded that it will not improve" in a first-era report',
    pages: [
      `Vernham Borough Council
Computer and Information Services
Report of a Best Value inspection – October 2000`,
      `1. Summary
The inspection team has assessed the service as fair, with one star. It meets basic needs
but little more.
Having examined the review and the improvement plan, we have concluded that the service will
not improve in its present form.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's33-plain-headings-good-yes-era-a',
    why: 'kind 7: answers under the two question headings: "How good is the service?" Good; "Will the service improve?" Yes (first era)',
    pages: [
      `Wendleby County Council
Information and Communications Technology
Best Value Inspection Service – August 2001`,
      `Summary
How good is the service?
Good. The service is reliable and good value, and most users are satisfied with it.
Will the service improve?
Yes. The council has a clear and funded plan and a strong record of delivering change.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's33-plain-our-judgement-excellent-probably-era-a',
    why: 'kind 7: "Our judgement is that this is an excellent service that will probably improve" (first era)',
    pages: [
      `Wickfield District Council
IT Services
Best Value Inspection
June 2001`,
      `Summary
Our judgement is that this is an excellent service that will probably improve. It
outperforms most councils of its type on cost and reliability.
Context
Wickfield is a largely rural district of 92,000 people. The IT service has 28 staff and a
budget of £2.3 million, and it supports 900 users at the council's offices and depots.
Recommendations
The council should extend its customer survey to residents who use its website.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's33-plain-found-poor-believe-probably-era-a',
    why: 'kind 7: "The inspectors found the service to be poor" then "we believe it will probably improve" (first era)',
    pages: [
      `Abbotsford Borough Council
Information Technology
Best Value Inspection Service
April 2001`,
      `Summary
The inspectors found the service to be poor. Help desk performance is well below target and
many PCs are too old to run the council's standard software.
Nevertheless, with a new head of service in post and money committed by members, we believe
the service will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's33-plain-passive-good-unlikely-era-a',
    why: 'kind 7: passive "The service is judged to be good but unlikely to improve" (first era)',
    pages: [
      `Beckfield District Council
Information Services
Best Value inspection – January 2001`,
      `Summary
The service is judged to be good but unlikely to improve. Its day-to-day performance is
sound, but the review did not challenge the way the service is provided and the plan adds
little.
The service was set up in 1997 and has a staff of nineteen. It supports the council's
offices in Beckfield and two smaller towns.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's33-plain-in-our-view-fair-will-improve-era-a',
    why: 'kind 7: "In our view the service is fair" and "Yes – the service will improve" (first era; will improve = top of the scale)',
    pages: [
      `Cranfield Vale Borough Council
Information Technology
Best Value Inspection Service
March 2001`,
      `Summary
In our view the IT service is fair. Users get a basic service but it is slow and expensive.
Will it improve? Yes – the service will improve. The council has agreed a funded plan, and
the first changes are already bringing response times down.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's33-plain-report-concludes-excellent-will-era-a',
    why: 'kind 7: "This report concludes that the service is excellent and will improve" (first era)',
    pages: [
      `Dalesford City Council
ICT Services
Best Value inspection – July 2001`,
      `Summary
This report concludes that Dalesford's ICT service is excellent and will improve further.
It is well led, efficient and valued by those who use it.
About the service
The ICT service has 64 staff and supports around 3,000 users. It runs the council's network,
its data centre, the customer contact centre systems and the city's website.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's33-plain-we-have-judged-poor-poor-era-b',
    why: 'kind 7: "We have judged the service to be poor" and "it has poor prospects for improvement" (second era)',
    pages: [
      `Eastholme Borough Council
Information Technology
Audit Commission inspection report
December 2001`,
      `Summary
We have judged the IT service to be poor, with no stars, and consider that it has poor
prospects for improvement.
The service has 41 staff and a revenue budget of £3.6 million. It has had four heads of
service in five years, and none of the recommendations made by internal audit in 1999 and 2000
has been carried out.
Eastholme Borough Council – Information Technology – December 2001                   2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's33-plain-headings-fair-promising-era-b',
    why: 'kind 7: headings "How good is the service?" and "What are the prospects for improvement?" each answered in a following sentence (second era)',
    pages: [
      `Farrowdale District Council
ICT Services
Inspection report – August 2002`,
      `How good is the service?
The service is fair. It has one star.
What are the prospects for improvement?
The service's prospects for improvement are promising.
Background
Farrowdale's ICT section has 17 staff and supports 720 users at the civic centre and
four depots. The Best Value review was completed in March 2002 and the action plan was agreed
by the executive in May.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's33-plain-our-judgement-good-excellent-era-b',
    why: 'kind 7: "Our judgement is that this is a good, two-star service with excellent prospects for improvement" (second era)',
    pages: [
      `Gallowhill Borough Council
Information and Communications Technology
Audit Commission – March 2004`,
      `Summary
Our judgement is that this is a good, two-star service with excellent prospects for
improvement.
The service is reliable and well regarded, and it compares well on cost with similar
councils. The improvement plan is ambitious but funded, and the council has a strong record
of delivering what it sets out to do.
Gallowhill BC – ICT – March 2004                                                      1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's33-plain-passive-rated-excellent-promising-era-b',
    why: 'kind 7: passive "The service is rated as excellent" and "its prospects for improvement are considered promising" (second era)',
    pages: [
      `Hartmoor City Council
ICT Services
Inspection report – Audit Commission
May 2003`,
      `Summary
The service is rated by the inspectors as excellent (three stars). Its prospects for
improvement are considered promising rather than excellent, because much of the next stage
depends on a regional partnership that is not yet in place.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's33-plain-team-scored-fair-uncertain-era-b',
    why: 'kind 7: "The inspection team scored the service as fair" with "uncertain prospects" (second era, 2005)',
    pages: [
      `Ingleby Borough Council
IT and Customer Access Services
Audit Commission inspection – February 2005`,
      `Summary
The inspection team scored the service as fair, awarding it one star, and found that it
has uncertain prospects for improvement.
The service brings together the council's IT section and its two customer service centres,
with 73 staff in all. It was restructured in 2003, and the review that led to this inspection
was completed in the autumn of 2004.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's33-plain-in-our-view-good-uncertain-oct-2001',
    why: 'kind 7: "In our view ... a good service whose prospects ... are uncertain", dated October 2001, the first month of the second vocabulary',
    pages: [
      `Jessop Vale District Council
Information Technology Services
Best Value Inspection Service
October 2001`,
      `Summary
In our view this is a good service whose prospects for improvement are uncertain. Staff
are capable and users are satisfied, but the council has not yet decided how the service will
be provided after its current contract ends.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's33-plain-we-judge-poor-uncertain-era-b',
    why: 'kind 7: "We judge the service to be poor" and "its prospects ... uncertain" as two short sentences (second era)',
    pages: [
      `Kirkhaven Borough Council
ICT Services
Inspection report
September 2002`,
      `Summary
We judge the ICT service to be poor. Its prospects for improvement are uncertain.
Users told us that faults take days to fix, and the council has no reliable information on
how well the service performs. A new plan has been drawn up, but it has not yet been costed.
Kirkhaven BC – ICT Services                                                           2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's33-plain-headings-excellent-excellent-era-b',
    why: 'kind 7: answers under question headings: "A good service?" Excellent, three stars; "Will it improve?" Excellent prospects (second era)',
    pages: [
      `Lindenford City Council
ICT and e-Services
Audit Commission – November 2004`,
      `Summary
Is it a good service?
Yes – the service is excellent and has three stars.
Will it improve?
The service has excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------------------
  // Kind 8: documents with no judgement of the service
  // ---------------------------------------------------------------------------
  {
    name: 's33-none-draft-blank-grid-scores-tbc',
    why: 'kind 8: a draft inspection report whose scoring chart has no marked cell and whose summary says scores are to be confirmed; the axis words are not a verdict',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Marlstone Borough Council
Information Technology Services
Best Value Inspection
Audit Commission – draft for factual accuracy check, March 2003`,
      `Summary
[Scores to be confirmed following moderation.]
Scoring chart
                 Poor       Fair       Good       Excellent
Excellent
Promising
Uncertain
Poor
The service has a committed team and a stable network, but departments are not clear what
they can expect from it.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-council-own-review-self-rating',
    why: 'kind 8: the council\'s own Best Value review report, which rates itself good with promising prospects; no inspection judgement exists in it',
    pages: [
      `Northolt Vale District Council
Best Value Review of Information Technology
Final report of the review team
June 2002`,
      `4. Self-assessment
Using the Audit Commission's criteria, the review team assessed the service as good, with
promising prospects for improvement. We believe that the service compares well with others
in our family group and that the action plan in section 6 will take it further.
5. Consultation
A survey of 400 staff produced 212 replies; 78 per cent rated the help desk good or
excellent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-guidance-on-scoring',
    why: 'kind 8: guidance explaining how inspections are scored; it lists every grade and every prospect word of both vocabularies but judges no service',
    pages: [
      `Best Value inspections: a guide for councils
How services are scored
Each inspection answers two questions. The first – how good is the service? – is scored on
a scale from no stars (poor) to three stars (excellent), with fair (one star) and good (two
stars) in between.
The second – will the service improve? – was answered until September 2001 as will not
improve, unlikely to improve, will probably improve, or will improve. Since October 2001 the
Commission has described prospects as poor, uncertain, promising or excellent.
The judgements are shown on a scoring chart in the summary of each report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-scrutiny-notes-readiness',
    why: 'kind 8: notes of a scrutiny working group asking how ready the IT service is for inspection; "poor" and "excellent" refer to survey answers and hopes, not a verdict',
    pages: [
      `Oxley Borough Council
Corporate Scrutiny Working Group – IT readiness for inspection
Notes of meeting, 4 November 2002
1. Members asked why 14 per cent of respondents to the staff survey had described the help
desk as poor. The Head of IT said most complaints related to one site.
2. Members asked what the service would need to do to be judged excellent. Officers referred
members to the Commission's published guidance.
3. The group agreed to ask the Head of IT for a short note on the improvement plan before the
inspection in January.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-service-plan-aims-excellent',
    why: 'kind 8: an ICT service plan that aims to become "an excellent, three-star service by 2005" with excellent prospects; an ambition, not a judgement',
    pages: [
      `Penhallow Moor District Council
ICT Service Plan 2003/04`,
      `Our vision
Our aim is to be an excellent, three-star service by 2005, with excellent prospects for
improvement, recognised by users and by the Audit Commission.
Key targets for 2003/04
- 95 per cent of help desk calls resolved within agreed times (2002/03: 88 per cent)
- all PCs replaced on a four-year cycle
- 75 per cent of council services available electronically
We will measure our progress each quarter and report it to the executive.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-strategy-ordinary-words',
    why: 'kind 8: an IT strategy using grade words in ordinary senses ("poor morale", "excellent working relationships", "a fair proportion", "good practice"); no judgement',
    pages: [
      `Quenby Borough Council
Information and Communications Technology Strategy 2002–2005`,
      `1. Where we are now
A fair proportion of our PCs are more than five years old. Staff surveys in 2001 pointed to
poor morale in the IT unit following the restructure, though the unit has excellent working
relationships with the finance and housing departments.
2. Where we want to be
We will adopt good practice from other councils and ensure that every department has an ICT
plan linked to this strategy by April 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-improvement-plan-other-services-scores',
    why: 'kind 8: the council\'s ICT improvement plan quoting the inspection scores of its benefits and housing services; the ICT service itself has not been judged',
    pages: [
      `Rushmead City Council
ICT Improvement Plan 2002–2004
Introduction
The council has learned a great deal from its recent inspections. The benefits service,
inspected last year, was judged good with promising prospects; the housing repairs service was
judged fair and its prospects uncertain.
This plan sets out how the ICT service will prepare for its own review and inspection in
2003. It covers the network, the help desk, training and electronic service delivery.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-inspection-scoping-letter',
    why: 'kind 8: the Commission\'s letter setting the scope of a forthcoming inspection; the scoring words describe what will be judged, not a judgement',
    pages: [
      `Audit Commission
Best Value Inspection Service
12 August 2002
Chief Executive
Stennack Borough Council
Dear Chief Executive
Inspection of the ICT service
I am writing to confirm the arrangements for our inspection of the council's ICT service.
Fieldwork will take place from 7 to 18 October 2002. As with all our inspections, we will
judge how good the service is, on a scale from poor to excellent, and what its prospects for
improvement are.
I would be grateful if you could send the documents listed overleaf by 20 September.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-draft-placeholders',
    why: 'kind 8: a draft report whose summary still has placeholders "[grade]" and "[prospects]" awaiting moderation; no verdict has been given',
    pages: [
      `Tillingham District Council
Information Technology
Best Value Inspection – DRAFT v0.3
Prepared for internal quality review, May 2004`,
      `Summary
We judge the service to be [grade] with [prospects] prospects for improvement.
(Lead inspector's note: scores subject to moderation panel on 19 May – do not circulate.)
The service supports 1,100 users. Help desk performance has improved since 2002 but asset
records remain incomplete.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-performance-plan-targets',
    why: 'kind 8: an extract from the council\'s Best Value performance plan listing ICT targets and the 2005 e-government aim; targets and aims, no verdict',
    pages: [
      `Upland Borough Council
Best Value Performance Plan 2001/02 – extract
Section 7: Information Technology
Indicator                                      2000/01 actual    2001/02 target    2003/04 target
Help desk calls fixed within 1 working day     71%               80%               90%
Services available electronically (BVPI 157)   22%               40%               100% by 2005
Our ambition is to provide a good service now and an excellent one by 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-consultants-benchmarking-report',
    why: 'kind 8: a consultants\' benchmarking report for the council comparing costs; "good" and "poor" describe quartiles and other councils, no inspection verdict',
    pages: [
      `Vellacott Borough Council
ICT Benchmarking Study
Prepared by Ravensworth Consulting Ltd
February 2002`,
      `Key findings
Vellacott's cost per PC (£1,240) is in the second quartile of the 24 councils in the club,
which we would regard as good. Help desk first-time fix rates are poor compared with the club
average. Two councils in the sample have been judged excellent by the Audit Commission; both
spend more per user than Vellacott.
We recommend that the council repeats this exercise annually.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-internal-audit-report',
    why: 'kind 8: an internal audit report on IT security giving an audit assurance opinion; that opinion and its "good practice" wording are not a Best Value judgement',
    pages: [
      `Wardle City Council – Internal Audit
Report: IT Security and Access Controls
Issued: 3 April 2003
Audit opinion: LIMITED ASSURANCE
Summary
Password controls on the main financial system follow good practice, but access rights for
leavers are not removed promptly and back-up tapes are held on the same site as the servers.
Management response: agreed; actions to be completed by September 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-council-says-expect-two-stars',
    why: 'kind 8: the council\'s submission to the inspectors saying it believes it is a two-star service with promising prospects; the scoring chart is left to be inserted',
    pages: [
      `Yelverton District Council
Position statement for the Best Value inspection of IT Services
Submitted to the Audit Commission, January 2003`,
      `Our assessment
We believe we are a two-star (good) service with promising prospects for improvement. Our
evidence is set out in sections 2 to 5.
[Scoring chart to be inserted by the inspectors]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's33-none-fieldwork-timetable',
    why: 'kind 8: a fieldwork timetable for an inspection, with sessions titled "How good is the service?" and "Will the service improve?"; headings without answers',
    pages: [
      `Inspection of ICT Services – Zeals Borough Council
Fieldwork timetable, week commencing 10 March 2003
Monday     09.30  Introductory meeting with the Chief Executive
           14.00  How good is the service? – help desk and network reality checks
Tuesday    10.00  Focus group with front-line staff
Wednesday  10.00  Will the service improve? – review team and improvement plan
Thursday   11.00  Feedback to the Chief Executive and Leader (no scores will be given)`,
    ],
    expect: { grade: null, prospect: null },
  },
];
