/** Held-out judgement set 31, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases31: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's31-grid-tabs-asterisk-fair-promising',
    why: `kind 1: tab-separated grid, prospects as rows and grades as columns; the asterisk sits in the Fair column of the Promising row. Axis text lists every grade and prospect; the body has "good working relationships" and "poor" call records as ordinary words.`,
    pages: [
`Audit Commission
Best Value Inspection Service
Information Technology Services
Kelderby Borough Council
Inspection report
February 2002`,
`Kelderby Borough Council – IT Services\t\t2
Summary
The IT section employs 41 staff and supports around 1,900 PCs across six directorates. Staff
have good working relationships with the larger departments, but the help desk's call records
are poor and response times vary widely between sites.
Scoring chart
\tHow good is the service?
\tPoor\tFair\tGood\tExcellent
Excellent prospects\t\t\t\t
Promising prospects\t\t*\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
Will the service improve?
The chart records our judgement of the service against the Commission's two four-point scales.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's31-grid-spaces-cross-poor-unlikely',
    why: `kind 1: era A grid laid out with runs of spaces; the X is aligned under Poor / 0 stars in the "Unlikely to improve" row. No other statement of the verdict; "excellent" appears only as an axis label and in a council aim.`,
    pages: [
`Best Value Inspection Service
ICT and Support Services
Borough of Marlcombe
May 2001
Audit Commission`,
`Marlcombe ICT – inspection report                                    page 3
Scoring chart
                         How good is the service?
                         0 stars      1 star       2 stars      3 stars
                         Poor         Fair         Good         Excellent
Will improve
Will probably improve
Unlikely to improve      X
Will not improve
                         Will the service improve?

The council spends about £2.3 million a year on ICT. Its corporate plan says it wants an
"excellent, modern council" by 2004, but the ICT strategy was last revised in 1997.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's31-grid-swapped-axes-tick-good-excellent',
    why: `kind 1: axes swapped (grades are rows with star labels, prospects are columns); the tick is in the Good row under "Excellent prospects". The council's 2005 aim of an "excellent" service is an ambition, not the verdict.`,
    pages: [
`Inspection Report
Information and Communication Technology
Hallam Vale District Council
September 2003
Audit Commission – Best Value inspection`,
`Scoring chart: the rows show how good the service is; the columns show its prospects for improvement.
                 Poor        Uncertain   Promising   Excellent
                 prospects   prospects   prospects   prospects
Excellent ***
Good **                                              ✓
Fair *
Poor

Context
Hallam Vale is a largely rural district of 96,000 people. The council's stated aim is "an
excellent, customer-focused ICT service by 2005". The ICT unit has 23 staff and a revenue
budget of £1.6 million.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's31-grid-one-cell-per-line-bracket-good-will',
    why: `kind 1: text extraction put each grid cell on its own line as [ ] or [x]; the [x] is the third box of the "Yes" row, and the column labels (Poor, Fair, Good, Excellent) follow the grid, so it reads good / will improve (era A, August 2001).`,
    pages: [
`THE AUDIT COMMISSION
Best Value inspection
Information Technology
Stowbridge Metropolitan Borough Council
August 2001`,
`Scoring chart
Will the service improve?
Yes
[ ]
[ ]
[x]
[ ]
Probably
[ ]
[ ]
[ ]
[ ]
Unlikely
[ ]
[ ]
[ ]
[ ]
No
[ ]
[ ]
[ ]
[ ]
Poor
Fair
Good
Excellent
How good is the service?
The chart should be read together with the summary and recommendations that follow.`,
      `Stowbridge MBC – Information Technology          4
Recommendations
To rise further the council should:
• publish service standards for the help desk;
• extend the satisfaction survey to schools; and
• report progress against the plan to members every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's31-grid-reversed-columns-star-poor-uncertain',
    why: `kind 1: columns run Excellent to Poor (reversed) and rows run Poor prospects to Excellent prospects; the ★ is the last cell of the Uncertain row, i.e. the Poor column. The star labels in the header are axis text, not the mark.`,
    pages: [
`Audit Commission
Inspection of ICT Services
Redlynch Borough Council
November 2002`,
`Redlynch Borough Council\tICT Services\tPage 2
The scoring chart
How good is the service?\tExcellent (3 stars)\tGood (2 stars)\tFair (1 star)\tPoor (0 stars)
Poor prospects\t\t\t\t
Uncertain prospects\t\t\t\t★
Promising prospects\t\t\t\t
Excellent prospects\t\t\t\t
(rows: will the service improve?)
Morale in the technical team is poor after two restructures in three years, and the council
recognises that its network is near the end of its life.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's31-grid-dot-caption-excellent-probably',
    why: `kind 1: era A grid with prospects as columns (No, Unlikely, Probably, Yes) and grades as rows; a caption says which axis is which; the bullet dot sits in the Excellent row under Probably.`,
    pages: [
`Best Value Inspection Service
Information Technology Services
Cathmoor City Council
Inspection carried out March 2001; report published June 2001`,
`Scoring chart
In this chart the rows give our view of how good the service is and the columns show
whether we think it will improve.
              No         Unlikely   Probably   Yes
Excellent                           •
Good
Fair
Poor
The service supports 4,200 users across 140 sites. A fair proportion of calls are still
logged by telephone rather than through the self-service web form.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's31-grid-star-count-columns-fair-poor',
    why: `kind 1: columns are labelled only by star counts (0 stars .. 3 stars) and rows by bare prospect words; the asterisk is in the "1 star" column of the Poor row, so fair with poor prospects. "Poor" labels both a row and the grade scale, which is axis text.`,
    pages: [
`Audit Commission Best Value Inspection
ICT Service
Ormsby District Council
April 2004`,
`Ormsby DC ICT inspection\t\t\t3
Scoring chart
\tHow good is the service?
\t0 stars\t1 star\t2 stars\t3 stars
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t*\t\t
Prospects for improvement (rows)
Why we have given these scores is set out in the two main sections of this report.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's31-grid-spaces-cross-fair-will-not',
    why: `kind 1: era A grid with the grade labels along the bottom and star counts beneath; the X in the "No" row lines up with Fair. A running header and the council's own "good" self-assessment score are distractors.`,
    pages: [
`Audit Commission
Best Value Inspection Service
Computer and Information Services
Wendlebury Borough Council
January 2001`,
`Wendlebury BC – Computer and Information Services         Page 4 of 22
Scoring chart: will the service improve? (rows) against how good is the service? (columns)
Yes
Probably
Unlikely
No                      X
            Poor        Fair        Good        Excellent
            (0 stars)   (1 star)    (2 stars)   (3 stars)
The council's best value review scored its own service as good; the evidence behind our
scores is given in sections 3 and 4.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or sentences
  // ---------------------------------------------------------------------------
  {
    name: 's31-table-cells-fair-one-star-probably',
    why: `kind 2: summary table extracted as runs of spaces; judgement cells read "Fair (one star)" and "Will probably improve", while the reasons column uses "good" and "excellent" about parts of the service.`,
    pages: [
`Best Value Inspection
Information Technology
Dunholme Borough Council
April 2001
Audit Commission`,
`Summary of our judgements
Question                     Judgement                Main reasons
How good is the service?     Fair (one star)          Good help desk response; no asset
                                                      register; service standards not set
Will the service improve?    Will probably improve    Realistic plan; excellent commitment
                                                      from the new head of IT; funding for
                                                      year two not yet agreed`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's31-table-cells-good-two-stars-uncertain',
    why: `kind 2: each cell on its own line; the grade cell is "Good – ★★ (two stars out of three)" and the prospect cell begins "Uncertain."; the reasons column mentions "excellent desktop support" and "poor links".`,
    pages: [
`Audit Commission
Inspection report: ICT
Bramshaw Borough Council
July 2002`,
`Bramshaw BC ICT report 2
Our scores
Judgement
Score
Reasons
How good is the service?
Good – ★★ (two stars out of three)
Excellent desktop support and high user satisfaction, but poor links between the ICT plan and the corporate plan.
Will the service improve?
Uncertain. The review was narrow and the improvement plan has no costs or named owners.
The council has not yet decided how to fund the network replacement.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's31-table-cells-poor-no-stars-will-not',
    why: `kind 2: tab-separated judgement table; cells "Poor – no stars" and "No, it will not improve"; the reasons column uses "fair" and "good" as ordinary words.`,
    pages: [
`Best Value Inspection Service
IT Services
Caverley District Council
Published: February 2001`,
`Judgements
Question\tVerdict\tReasons
How good is the service?\tPoor – no stars\tOnly a fair proportion of faults are fixed within the target time; good relations with finance do not extend to other departments
Will the service improve?\tNo, it will not improve\tThe review did not challenge current practice; there is no plan and no one owns the work`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's31-table-cells-three-stars-excellent-promising',
    why: `kind 2: grade cell "★★★ Excellent", prospect cell "Promising: ..." with a reason mentioning poor take-up of online forms; reasons text uses "poor".`,
    pages: [
`Inspection Report
e-Services and ICT
Pennington Unitary Council
Audit Commission – January 2004`,
`Summary table
How good is the service?      ★★★ Excellent      Reliable systems, clear standards, services
                                                 benchmarked with the best in the region
Will the service improve?     Promising: a clear, costed plan, but take-up of online forms in
                              rural wards is still poor and two senior posts are to be filled`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's31-table-cells-good-stars-yes-will',
    why: `kind 2: era A table; the grade cell "Good ★★" and prospect cell "Yes – the service will improve" with a reasons column that says the previous system was poor.`,
    pages: [
`Audit Commission
Best Value Inspection Service
Information and Communications Technology
Thornleigh Borough Council
June 2001`,
`Thornleigh BC ICT\t3
Inspection judgements at a glance
How good is the service?\tGood ★★\tThe new network works well; the previous system was poor and unreliable
Will it improve?\tYes – the service will improve\tThe plan is costed, owned by the chief executive and already half delivered`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's31-table-cells-zero-stars-poor-poor',
    why: `kind 2: era B table in which the grade cell reads "0 stars: poor" and the prospect cell "Poor – no credible plan"; reasons mention "good staff commitment" and an "excellent" ambition.`,
    pages: [
`Audit Commission
ICT Services Inspection
Lowther Vale Borough Council
March 2003`,
`Inspection outcome
Area\tResult\tWhy
Quality of service\t0 stars: poor\tGood staff commitment, but frequent outages and no service standards
Prospects for improvement\tPoor – no credible plan\tThe council wants an "excellent" service but has not said how it will get there`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's31-table-cells-excellent-three-stars-excellent-prospects',
    why: `kind 2: both cells carry extra text ("Excellent – three stars, among the best we have seen" / "Excellent prospects – ..."); the reasons column mentions a fair level of complaints in one directorate.`,
    pages: [
`Audit Commission
Best Value inspection
Information Technology and e-Government
Ravensholt City Council
December 2004`,
`Ravensholt City Council IT and e-Government\t\tpage 2
Scores
How good is the service?\tExcellent – three stars, among the best we have seen\tOnly in social services is there a fair level of complaint about response times
Will the service improve?\tExcellent prospects – a strong track record and a funded three-year plan\tMembers and the chief executive drive the programme`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased, with no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's31-paraphrase-no-sign-change-poor-will-not',
    why: `kind 3: era A; the grade is plainly poor; the prospect is given only as "nothing to suggest" change and "not going to get better" (will not improve), with no scale word.`,
    pages: [
`Best Value Inspection Service
Information Technology
Gorsedale Borough Council
December 2000`,
`Summary
The IT service is poor. Users wait weeks for simple repairs and there is no agreed list of
priorities.
We found nothing to suggest that the council is going to change the way IT is run. There is
no improvement plan, no budget set aside for one and no officer accountable for delivering
it. In our view the service is not going to get better.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's31-paraphrase-doubt-capacity-fair-unlikely',
    why: `kind 3: era A; "we doubt whether the council has the capacity" and "the odds are against" paraphrase ordinal 1 (unlikely) without the scale word.`,
    pages: [
`Audit Commission
Best Value Inspection
ICT Services
Fernbrook District Council
March 2001`,
`Fernbrook DC – ICT 2
Our judgement
We judge this to be a fair, one-star service.
The improvement plan is long on intentions and short on detail. We doubt whether the council
has the capacity to deliver it: the IT manager post has been vacant for eight months and there
is no money in next year's budget for the new help desk system. The odds are against the
service getting better within the life of the plan.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's31-paraphrase-on-balance-expect-good-probably',
    why: `kind 3: era A; "on balance we expect the service to get better" with listed risks is ordinal 2 (probably) with no scale word.`,
    pages: [
`Best Value Inspection Service
Computer Services
Ashcombe Borough Council
July 2001`,
`How good is the service?
The computer service is good. Systems are available for more than 99 per cent of the
working day and users rate the help desk highly.
Will the service improve?
The plan is realistic and most of it is funded. Some risks remain – the partnership with
the county council is untested, and key staff could be hard to keep – but on balance we
expect the service to get better over the next two years.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's31-paraphrase-no-doubt-deliver-excellent-will',
    why: `kind 3: era A (September 2001, the last month of the first vocabulary); "we are in no doubt that the council will deliver its improvement plan" is ordinal 3 (will), no scale word in the prospect sentence.`,
    pages: [
`Audit Commission
Best Value Inspection
Information Services
Carrow Valley Council
September 2001`,
`Summary
This is an excellent service. It is well run, good value and highly regarded by the
people who depend on it.
We are in no doubt that the council will deliver its improvement plan. It has done what
it said it would at every stage so far, the money is in place and the staff are behind it.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's31-paraphrase-nothing-will-change-fair-poor',
    why: `kind 3: era B (March 2003); "we see no sign that anything will change" and "no reason to expect progress" paraphrase poor prospects (ordinal 0) without the scale word.`,
    pages: [
`Audit Commission
Inspection Report
ICT Services
Brinkmoor Borough Council
March 2003`,
`Brinkmoor BC ICT                                             5
Summary
The ICT service is fair. Day-to-day support is adequate, but the council has made little
use of technology to change how it serves the public.
We see no sign that anything will change. The best value review was a paper exercise, the
action plan has slipped by a year, and senior managers gave us no reason to expect progress.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's31-paraphrase-not-convinced-poor-uncertain',
    why: `kind 3: era B; the inspectors cannot say whether the service will get better and have real doubts about capacity, which paraphrases ordinal 1 (uncertain) with no scale word in the prospect text.`,
    pages: [
`Audit Commission
Best Value inspection of ICT
Elmstead District Council
June 2002`,
`Our judgement
We judge the service to be poor.
Whether it will get better is an open question. The plan is sound on paper, but two key
posts are empty and funding after next March has not been agreed. We are not convinced the
council can carry the plan through, although it is too early to rule that out.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's31-paraphrase-expect-progress-good-promising',
    why: `kind 3: era B (July 2002); "on balance we expect the service to make further progress" paraphrases ordinal 2 (promising) with no scale word.`,
    pages: [
`Inspection report
Information Technology
Sutterby Borough Council
July 2002
Audit Commission`,
`Sutterby BC – IT\t\t2
Summary
In our view the service is good: it is reliable, users trust it and costs compare well with
similar councils.
The improvement plan is realistic and members are following it closely. There are some gaps
– the e-government programme depends on a partner that has yet to be chosen – but on
balance we expect the service to make further progress.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's31-paraphrase-confident-plan-delivered-excellent-excellent',
    why: `kind 3: era B; "we are confident the plan will be delivered in full" and "will keep getting better" paraphrase ordinal 3 (excellent prospects); the grade is stated plainly.`,
    pages: [
`Audit Commission
ICT and Customer Access
Fallowfield Metropolitan Borough Council
October 2003`,
`How good is the service?
We judge the service to be excellent.
Will the service improve?
The council has a strong record of doing what it says. We are confident that the
improvement plan will be delivered in full and that the service will keep getting better.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's31-quoted-self-assessment-contrast-fair-unlikely',
    why: `kind 4: era A; the council's self-assessment rated the service good and said it would improve; "Our evidence tells a different story" and the inspectors judge fair, unlikely to improve.`,
    pages: [
`Best Value Inspection Service
IT Services
Kingsleigh Borough Council
April 2001`,
`Summary
The council's self-assessment rated the IT service as good and concluded that it would
improve. Our evidence tells a different story. Users in four of the six departments we
visited were unhappy with the help desk, and the review did not compare costs with anyone.
We judge the service to be fair. It is unlikely to improve, because the plan is not funded.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's31-quoted-director-expects-progress-poor-uncertain',
    why: `kind 4: era B (October 2001, first month of the new vocabulary); the Head of ICT expects rapid progress and calls the prospects excellent; "However" introduces the inspectors' verdict of poor, uncertain prospects.`,
    pages: [
`Audit Commission
Inspection of ICT
Ravenfield District Council
October 2001`,
`Ravenfield DC ICT – page 2
The Head of ICT told us he expects rapid progress once the new server room is finished and
believes the service has excellent prospects.
However, we found that the improvement plan has no milestones, the budget for it has not been
approved, and no member has taken responsibility for it.
The inspection team judges the service to be poor, with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's31-quoted-neighbour-excellent-good-promising',
    why: `kind 4: era B; a neighbouring council's ICT service was judged excellent and members treat it as a benchmark; the inspectors' own verdict on this council is good with promising prospects.`,
    pages: [
`Inspection report
Information and Communication Technology
Wickhambrook District Council
Audit Commission
June 2003`,
`Comparison with others
Brackenfield District Council's ICT service, next door, was judged excellent with excellent
prospects in 2002, and Wickhambrook members told us they regard it as the standard to beat.
Wickhambrook is not there yet.
Our judgement is that Wickhambrook's ICT service is good and has promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's31-quoted-earlier-inspection-now-fair-promising',
    why: `kind 4: era B re-inspection; the earlier (December 2000) inspection judged the service poor and said it would not improve; the inspectors now judge it fair with promising prospects.`,
    pages: [
`Audit Commission
Re-inspection report
IT Services
Gorsedale Borough Council
November 2003`,
`Background
When we first inspected the IT service in December 2000 we judged it to be poor and said it
would not improve. Much has changed since then: a new head of service, a funded plan and a
help desk that now meets most of its targets.
Our judgement
We now judge the service to be fair, with promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's31-quoted-director-excellent-inspectors-good-probably',
    why: `kind 4: era A; the Director of Corporate Services calls the service "excellent and getting better all the time"; the inspectors do not share the view and judge it good, will probably improve.`,
    pages: [
`Best Value Inspection Service
ICT
Lyndhurst Borough Council
February 2001`,
`Lyndhurst BC ICT\t4
How good is the service?
The Director of Corporate Services describes the service as "excellent and getting better
all the time". We do not share that view. Response times are good and the network is
reliable, but the council has no clear plan for putting services on-line.
In our view this is a good service that will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's31-quoted-own-review-fair-inspectors-excellent',
    why: `kind 4: era B; the council's own best value review (2002) rated the service only fair with uncertain prospects; the inspectors' findings are more positive and they judge excellent with excellent prospects.`,
    pages: [
`Audit Commission
Inspection report
ICT Services
Westerby City Council
May 2004`,
`Summary
The council's own best value review, completed in 2002, rated the ICT service as fair and
its prospects as uncertain. A great deal has been achieved since the review, and our findings
are more positive.
We have judged the service to be excellent, with excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's31-quoted-members-confident-poor-will-not',
    why: `kind 4: era A; members say they are confident the service will improve once a new system arrives; "We disagree" introduces the inspectors' verdict, poor and will not improve.`,
    pages: [
`Audit Commission
Best Value Inspection Service
Information Technology
Sallowfield District Council
March 2001`,
`Will the service improve?
Members told us they are confident the service will improve once the new finance system is
installed next year. We disagree. The new system is a like-for-like replacement, the review
considered no alternatives, and the plan does not address the backlog of user requests.
The service is poor and will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's31-quoted-consultant-good-inspectors-poor-poor',
    why: `kind 4: era B; an external consultant's review called the service "good, with some gaps"; the inspection team found a much weaker picture and judges it poor with poor prospects.`,
    pages: [
`Audit Commission
ICT Services Inspection
Harcourt Borough Council
February 2003`,
`Harcourt BC ICT    page 3
An external review commissioned by the council in 2002 described the ICT service as "good,
with some gaps". We found a much weaker picture: systems fail often, the help desk has no
targets, and departments are buying their own equipment because they have lost faith in the
central service.
The inspection team judges this to be a poor service with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences; verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's31-long-dash-aside-good-probably',
    why: `kind 5: era A; a long dash-delimited list of duties separates "The IT service" from "a good service", and a bracketed caveat separates the prospects sentence's subject from "will probably improve"; line-end hyphenation.`,
    pages: [
`Best Value Inspection Service
Information Technology
Millbeck Borough Council
July 2001`,
`Summary
The IT service – which runs the council's network, some 1,400 desktop PCs, the payroll and
council tax systems, the web site and, since April, the help desk for the borough's schools –
is, in the view of the inspection team and despite the gaps in its asset records that we
describe later in this report, a good service.
The service, given the realistic and costed improve-
ment plan agreed by members in January (with the caveat that its second phase depends on a
bid for external funding which has not yet been decided), will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's31-long-across-page-break-fair-uncertain',
    why: `kind 5: era B; the grade sentence is split across a page break with a running header and page number between subject and "fair"; the prospect sentence puts a bracketed list before "uncertain".`,
    pages: [
`Audit Commission
Inspection report
ICT Services
Northmoor Borough Council
August 2002`,
`Summary
The ICT service, which is responsible for the council's 2,100 PCs, its wide area network
linking 38 offices and depots, the corporate web site, the contact centre telephony, the
printing unit and the support contracts for the revenues and housing systems, is, taking
account of what users told us and of its performance against the targets it has set itself,`,
`Northmoor Borough Council – ICT Services                                  Page 5
a fair service. Its prospects for improvement (bearing in mind the delays to the network
replacement, the vacancy in the post of e-government manager and the lack of any agreed
budget beyond March) are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's31-long-brackets-poor-unlikely',
    why: `kind 5: era A; a long parenthetical and a list of failings stand between "Our view of the information technology service" and "is that it is poor", and between the plan and "unlikely to improve".`,
    pages: [
`Best Value Inspection Service
Information Technology
Quenby District Council
November 2000`,
`Quenby DC IT                               3
Our view of the information technology service (which, for the purposes of this inspection,
includes the central computer unit, the telephone switchboard, the print room and the IT
staff who are employed within the housing and leisure departments but managed, in practice,
by no one in particular), having regard to its frequent system failures, its lack of any
service standards and the absence of a strategy, is that it is poor; and the service, since
the improvement plan consists of a single page of intentions with no dates, no costs and no
owners, and since the council has not set aside any money to carry it out, is unlikely to
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's31-long-subordinate-clauses-excellent-promising',
    why: `kind 5: era B; a long sentence in which a list of achievements intervenes before "an excellent service", then "promising" arrives at the end of a second long sentence; "poor" appears in an aside about the former position.`,
    pages: [
`Audit Commission
Inspection report: Information and Communications Technology
Tollerton Borough Council
October 2004`,
`Summary
Tollerton's ICT service, which five years ago was widely regarded within the council as poor
and which has since replaced its entire network, moved two-thirds of its transactions with
the public on-line, opened a shared data centre with its neighbour and cut its unit costs by
a fifth, is now, in our judgement, an excellent service.
We consider that its prospects – with a new three-year plan that is funded and owned by the
cabinet, albeit with some risk arising from the retirement next year of the head of service
and the renegotiation of the main supplier contract – are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's31-long-hyphen-line-break-excellent-will',
    why: `kind 5: era A; the verdict "excellent" is separated from "the service" by a long relative clause that includes a word hyphenated across a line end ("deliv-" / "ering"); the prospect "will improve" comes only after a long because-clause.`,
    pages: [
`Best Value Inspection Service
Information Services
Ellerby City Council
June 2001`,
`Ellerby City Council Information Services\t\tpage 2
Summary
We found that the service, which employs 64 staff, supports more than 5,000 users in over
200 buildings, runs the council's call centre systems and has, since 1998, been deliv-
ering a programme of electronic services that other councils now visit to learn from, is
excellent. Because the council has a clear, funded plan, strong leadership from the chief
executive and members, and a track record of doing what it says it will do, the service
will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's31-long-semicolon-list-poor-poor',
    why: `kind 5: era B; a semicolon-separated list of failings comes between "The ICT service" and "is poor"; the prospects sentence has a long aside about an abandoned procurement before "poor"; "excellent" appears only in a quoted aim.`,
    pages: [
`Audit Commission
Inspection Report
ICT
Greyfriars Borough Council
January 2003`,
`Greyfriars BC ICT\t\t4
Summary
The ICT service – with a help desk that resolves fewer than half of its calls on the day; a
network that failed eleven times last year; no service standards; no reliable inventory; and
a strategy whose aim of "an excellent, e-enabled council" bears no relation to the work
actually being done – is poor. The prospects for improvement, given that the council
abandoned its procurement of a new partner halfway through and has not replaced it with any
other plan that we could identify, are also poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's31-long-inverted-order-good-excellent',
    why: `kind 5: era B; inverted sentences put the verdict first ("Good is how we would describe ...") with a long list of the service's duties following, and the prospects verdict "excellent" far from the subject after a long aside.`,
    pages: [
`Audit Commission
Information Technology
Coldharbour District Council
Inspection report, November 2002`,
`Summary
Good is how we would describe the service that the IT team provides – a team of only
fourteen staff who look after the district's 600 PCs, its planning and revenues systems, its
web site and, under a shared arrangement, the IT of two neighbouring parish councils.
Looking ahead, and having examined the improvement plan, the partnership agreement signed
with the county council in the summer, the training programme for all staff and the
budget that members have set aside for the next three years, we judge the prospects for
improvement to be excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's31-about-press-release-fair-promising',
    why: `kind 6: an Audit Commission news release reporting the inspectors' verdict on this council's IT service (fair, promising prospects); the release quotes a lead inspector; the date puts it in era B.`,
    pages: [
`NEWS RELEASE
Audit Commission
12 March 2002 – for immediate release
KESTLEWOOD COUNCIL'S IT SERVICE "FAIR" WITH "PROMISING" PROSPECTS, SAY INSPECTORS
Kestlewood Borough Council's information technology service is fair and has promising
prospects for improvement, according to a report published today by the Audit Commission.
Inspectors gave the service one star out of three. They praised a help desk that is quick
to respond but found that many staff lack basic IT skills.
The lead inspector said: "The council has a good plan. The challenge now is to deliver it."
Notes to editors
1. Services are scored from no stars (poor) to three stars (excellent).`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's31-about-committee-minutes-poor-unlikely',
    why: `kind 6: era A committee minutes recording the Audit Commission's judgement of this council's IT service (poor, unlikely to improve); members' own reactions are not a judgement.`,
    pages: [
`Whitcombe District Council
Minutes of the Policy and Resources Committee
held on 19 June 2001
Item 7. Best Value inspection of IT Services
The Committee received the report of the Audit Commission's Best Value inspection of IT
Services, published in May 2001. The inspectors had judged the service to be poor and
unlikely to improve.
Councillor Marsh said the report was a fair reflection of what members had been hearing
from staff for some time. Councillor Greaves felt the judgement did not reflect the good
work of the help desk team.
RESOLVED: that an action plan responding to the recommendations be brought to the next
meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's31-about-cabinet-report-good-uncertain',
    why: `kind 6: era B report to Cabinet setting out the inspection outcome for this service (good, uncertain); the Head of ICT's disagreement with the prospects score is a manager's view, not the verdict.`,
    pages: [
`Ashdown Borough Council
Report to Cabinet – 9 September 2003
Subject: Audit Commission inspection of the ICT service
1. Purpose
To inform Cabinet of the outcome of the Audit Commission's inspection of the ICT service.
2. Outcome
The inspectors assessed the service as a "good", two-star service with "uncertain" prospects
for improvement.
3. Comment
The Head of ICT believes the prospects score is harsh and that the service has excellent
prospects once the new data centre opens. An action plan is attached at Appendix A.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's31-about-trade-news-good-will',
    why: `kind 6: era A trade-press news item reporting what the inspectors found for this council's IT service (good, will improve); the council leader's quote and a comparison with another council are not the verdict.`,
    pages: [
`IT IN LOCAL GOVERNMENT – NEWS
August 2001
Borough IT earns two stars from inspectors
Audit Commission inspectors have found Brackley Borough Council's IT service to be good and
say it will improve, in a report published this week. The two-star rating puts Brackley
ahead of nearby Fosworth, whose IT service was judged poor in the spring.
The council's leader said he wanted the service to be "excellent by 2003".
Inspectors highlighted the council's partnership with a private supplier and its investment
in staff training.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's31-about-scrutiny-paper-other-service-score',
    why: `kind 6: era B committee paper about preparing for the ICT inspection; the only score it quotes belongs to the benefits service. A careful reader gives no judgement for the ICT service.`,
    pages: [
`Bellingham District Council
Corporate Scrutiny Committee – 14 January 2003
Preparing for the Audit Commission inspection of ICT
1. The Audit Commission will inspect the ICT service in May 2003.
2. Members will recall that the benefits service, inspected last year, was judged good with
promising prospects. Officers intend to learn from that inspection.
3. The ICT self-assessment is being prepared and will be brought to the next meeting.
4. Members are asked to note the timetable.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-about-national-summary-no-single-service',
    why: `kind 6: era A Audit Commission summary of many IT inspections; it gives counts of grades across councils but no judgement of any one service, so both are null.`,
    pages: [
`Audit Commission – Briefing
IT services: what inspection has found so far
July 2001
Of the 40 council IT services we have inspected since April 2000, 12 were judged poor,
19 fair and 9 good; none has yet been judged excellent. Around two-thirds were judged likely
to improve. Common weaknesses include IT strategies that do not match corporate aims,
limited user training and poor communication between IT staff and front-line services.
This briefing does not report on individual councils; their reports are on our web site.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many forms
  // ---------------------------------------------------------------------------
  {
    name: 's31-plain-passive-poor-will-not',
    why: `kind 7: era A (October 2000); passive form "has been judged to be a poor, zero-star service which will not improve".`,
    pages: [
`Best Value Inspection Service
Information Technology
Stannington Borough Council
October 2000`,
`Summary
Following our inspection, the IT service has been judged to be a poor, zero-star service
which will not improve.
The reasons for our judgement are set out below.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's31-plain-we-judge-fair-unlikely',
    why: `kind 7: era A; active "We judge the service to be fair (one star)" then "It is unlikely to improve."`,
    pages: [
`Audit Commission
Best Value Inspection
ICT Services
Aldermoor District Council
December 2000`,
`Aldermoor DC ICT\t2
Summary
We judge the service to be fair (one star). It is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's31-plain-headings-good-probably',
    why: `kind 7: era A; the two standard headings each followed by a short plain statement.`,
    pages: [
`Best Value Inspection Service
Information Technology
Pitsford Borough Council
March 2001`,
`How good is the service?
The service is good. Users are well supported and costs are below average.
Will the service improve?
The service will probably improve. The plan is sound, though not yet fully costed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's31-plain-our-judgement-excellent-will',
    why: `kind 7: era A; "Our judgement is that this is an excellent service which will improve."`,
    pages: [
`Audit Commission
Best Value Inspection
Corporate ICT
Bradwell City Council
July 2001`,
`Summary
Our judgement is that this is an excellent service which will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's31-plain-consider-fair-believe-will',
    why: `kind 7: era A; "Overall we consider the service fair" and "We believe it will improve", an uncommon pairing stated plainly.`,
    pages: [
`Best Value Inspection Service
IT and Telephony
Marston Vale Borough Council
May 2001`,
`Marston Vale BC                                      Page 3
Summary
Overall we consider the service fair: it meets most of its basic targets but does little more.
We believe it will improve. The new head of service has a clear, costed plan and the backing
of the chief executive, and the first changes are already being made.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's31-plain-commission-judgement-poor-probably',
    why: `kind 7: era A; a labelled line "The Audit Commission's judgement:" followed by "a poor service that will probably improve".`,
    pages: [
`Audit Commission
Best Value Inspection
Information Technology
Larkhill District Council
August 2001`,
`Key findings
The Audit Commission's judgement: a poor service that will probably improve.
The council has accepted that the service is failing its users and has recruited an
experienced head of IT to lead a funded recovery plan.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's31-plain-team-found-poor-uncertain',
    why: `kind 7: era B (January 2002); "The inspection team found the service to be poor, with uncertain prospects for improvement."`,
    pages: [
`Audit Commission
Inspection Report
ICT Services
Heathcote Borough Council
January 2002`,
`Summary
The inspection team found the service to be poor, with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's31-plain-headings-fair-promising',
    why: `kind 7: era B; standard headings, "This is a fair, one-star service." and "The service has promising prospects for improvement."`,
    pages: [
`Inspection report
Information and Communications Technology
Crowmarsh District Council
April 2003
Audit Commission`,
`Crowmarsh DC ICT\t\t2
How good is the service?
This is a fair, one-star service.
Will the service improve?
The service has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's31-plain-we-have-judged-good-excellent',
    why: `kind 7: era B; "We have judged the service as good (two stars) with excellent prospects."`,
    pages: [
`Audit Commission
ICT Services
Easterholme Borough Council
October 2004`,
`Summary
We have judged the service as good (two stars) with excellent prospects.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's31-plain-report-concludes-excellent-excellent',
    why: `kind 7: era B (March 2005); "This report concludes that the service is excellent and that its prospects for improvement are excellent."`,
    pages: [
`Audit Commission
Inspection report
e-Government and ICT
Thamesmead Unitary Council
March 2005`,
`Summary
This report concludes that the service is excellent and that its prospects for improvement
are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's31-plain-we-rate-fair-prospects-poor',
    why: `kind 7: era B; "We rate the service as fair. Its prospects are poor."`,
    pages: [
`Audit Commission
ICT Inspection
Sheringham Borough Council
December 2002`,
`Summary
We rate the service as fair. Its prospects are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's31-plain-poor-service-promising-prospects',
    why: `kind 7: era B; "It is a poor service with promising prospects", an uncommon pairing stated plainly after a new head of service arrives.`,
    pages: [
`Audit Commission
Inspection report: IT Services
Oakhampton District Council
September 2002`,
`Summary
It is a poor service with promising prospects. A new head of IT arrived in the spring and
has already secured funding for a replacement network.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's31-none-draft-blank-grid-era-b',
    why: `kind 8: era B draft report with a blank tab-separated grid (no mark) and "scores to be confirmed"; both judgements are null.`,
    pages: [
`DRAFT – NOT FOR PUBLICATION
Audit Commission
Inspection report
ICT Services
Wrexley Borough Council
May 2003`,
`Scoring chart (scores to be confirmed after moderation)
\tPoor\tFair\tGood\tExcellent
Excellent prospects\t\t\t\t
Promising prospects\t\t\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
Summary
[Summary to be drafted once the scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-draft-empty-boxes-era-a',
    why: `kind 8: era A draft with a one-cell-per-line grid in which every box is empty; the judgements are "to be agreed"; both null.`,
    pages: [
`Best Value Inspection Service
DRAFT FOR FACTUAL ACCURACY CHECK ONLY
Information Technology
Hexford District Council
June 2001`,
`Scoring chart
Will the service improve?
Yes
[ ]
[ ]
[ ]
[ ]
Probably
[ ]
[ ]
[ ]
[ ]
Unlikely
[ ]
[ ]
[ ]
[ ]
No
[ ]
[ ]
[ ]
[ ]
Poor
Fair
Good
Excellent
Judgements to be agreed at the moderation panel on 3 July.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-council-own-review-we-judge',
    why: `kind 8: the council's own Best Value review of its IT service; its "we judge" is the council's voice, not the inspectors'; both null.`,
    pages: [
`Tanfield Borough Council
Best Value Review of Information Technology
Final report of the review team
January 2002`,
`4. Conclusions of the review team
Having challenged and compared the service, we judge it to be a fair service with promising
prospects. We believe the actions in section 5 will take it to good within two years.
The Audit Commission is expected to inspect the service in the autumn.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-self-assessment-era-a',
    why: `kind 8: era A council self-assessment submitted before inspection ("Our assessment: good; will improve"); no inspector has yet judged; both null.`,
    pages: [
`Penhallow District Council
IT Services – Self-Assessment for Best Value Inspection
Prepared by the Head of IT, February 2001`,
`Our assessment
How good is the service? Good – we meet all our service standards.
Will the service improve? Yes – the improvement plan has been approved by members.
This self-assessment will be sent to the Audit Commission with the review report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-guidance-scoring-scales',
    why: `kind 8: guidance explaining the two scales and the chart; every grade and prospect word appears but nothing is judged; both null.`,
    pages: [
`Audit Commission
Best Value Inspection: a guide for councils
2002 edition`,
`How we score services
Inspectors answer two questions. How good is the service? We score it as poor (no stars), fair
(one star), good (two stars) or excellent (three stars). Will the service improve? We judge
its prospects to be poor, uncertain, promising or excellent. Before October 2001 the second
judgement was expressed as will not improve, unlikely to improve, will probably improve or
will improve.
Both judgements are shown on a scoring chart on the summary page of each report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-guidance-example-sentences',
    why: `kind 8: guidance for inspectors with illustrative example wordings ("for example, ... 'a good service that will probably improve'"); examples, not a verdict on any service; both null.`,
    pages: [
`Best Value Inspection Service
Internal guidance note 4: writing the summary
March 2001`,
`The summary must state both judgements clearly. For example: "We judge this to be a good
service that will probably improve" or "This is a poor service which is unlikely to improve".
Avoid phrases such as "reasonably good" that do not match the scale.
Make sure the scoring chart and the text agree.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-scrutiny-questions',
    why: `kind 8: scrutiny notes listing members' questions ahead of an ICT inspection; "poor" and "excellent" are ordinary words; no verdict; both null.`,
    pages: [
`Dunsford Borough Council
Overview and Scrutiny – Resources Panel
Briefing notes, 4 November 2003
ICT service: questions for the Head of ICT`,
`1. Why is morale in the ICT team so poor?
2. The service plan describes "excellent working relationships" with schools – what evidence
supports this?
3. What will the council do if the inspection is critical?
4. How do our costs compare with those of neighbouring councils?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-service-plan-aims-excellent',
    why: `kind 8: a service plan aiming to be an "excellent, three-star service with excellent prospects" by 2005; ambitions, not judgements; both null.`,
    pages: [
`Corby Fields District Council
ICT Service Plan 2003–2006`,
`Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects, in
the top quarter of district councils on every measure.
Our targets
• 95% of faults fixed within one working day
• all key services available on-line by December 2005
• user satisfaction of at least 85%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-inspection-terms-of-reference',
    why: `kind 8: era A letter setting out the scope of a forthcoming inspection and how it will be scored; nothing judged yet; both null.`,
    pages: [
`Best Value Inspection Service
Letter to the Chief Executive, Rushmere Borough Council
12 January 2001
Inspection of IT Services: scope and timetable`,
`We will carry out the inspection during the weeks beginning 5 and 12 March. We will judge
how good the service is, on a scale from poor to excellent, and whether it will improve.
Our report will be published about eight weeks after the site visit.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-ict-strategy-ordinary-words',
    why: `kind 8: the council's ICT strategy, full of ordinary uses of grade words ("poor morale", "excellent working relationships", "a fair proportion", "good progress"); no inspection verdict; both null.`,
    pages: [
`Farrowdale City Council
Information and Communications Technology Strategy 2002–2005`,
`Where we are now
We have made good progress since 1999. We enjoy excellent working relationships with our
main suppliers, but poor morale in the technical team after the restructure has slowed some
projects, and a fair proportion of our desktop PCs are more than five years old.
Where we want to be
A modern, reliable ICT service that supports the council's priorities.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-committee-paper-other-council-rating',
    why: `kind 8: committee paper quoting a neighbouring council's IT inspection score as a benchmark; this council's IT service has not been inspected; both null.`,
    pages: [
`Stourfield District Council
Resources Committee – 22 October 2002
Item 9: Learning from others`,
`Our neighbour, Ambleton Borough Council, had its ICT service inspected in July. The
Audit Commission judged it to be good with promising prospects. Officers visited Ambleton
in September and this report sets out what we might adopt before our own inspection, which
has not yet been scheduled.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-pre-inspection-questionnaire',
    why: `kind 8: a questionnaire completed by the council's IT manager, answering "Good" and "Yes"; it is a manager's view, not an inspection judgement; both null.`,
    pages: [
`Best Value Inspection Service
Pre-inspection questionnaire
Council: Yarrowby District Council     Service: IT
Completed by: IT Manager     Date: 2 April 2001`,
`Q12. How good do you consider the service to be?   Good
Q13. Do you think the service will improve?         Yes
Q14. What are the main risks?                       Funding for the new network; staff turnover.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-performance-plan-target-rating',
    why: `kind 8: a Best Value Performance Plan extract setting a target Audit Commission rating of "good (2 stars) by 2003"; a target, not a verdict; both null.`,
    pages: [
`Holmbury Borough Council
Best Value Performance Plan 2002/03 – extract`,
`Service: ICT
Indicator\t2001/02 actual\t2002/03 target
Help desk calls resolved first time\t62%\t75%
Audit Commission inspection rating\tnot yet inspected\tgood (2 stars) by 2003
Prospects for improvement\tnot yet inspected\tpromising or better`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's31-none-steering-group-minutes-embargoed',
    why: `kind 8: minutes of an IT steering group that discussed the factual accuracy of a draft report; the draft judgements are embargoed and not recorded; both null.`,
    pages: [
`Linfield Borough Council
IT Steering Group – notes of meeting, 11 February 2004`,
`3. Draft Audit Commission report
The group went through the draft inspection report for factual accuracy. Twelve corrections
will be sent to the lead inspector. The draft judgements are embargoed until publication and
were not discussed.
4. Any other business
None.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
