/** Held-out judgement set 48, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases48: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell carries both judgements
  // ---------------------------------------------------------------------------
  {
    name: 's48-grid-tabs-asterisk-fair-promising',
    why: 'grid: tab-separated rows with grades down the side and era B prospects across the top; the asterisk sits in the Fair row under Promising; the summary only points at the chart and the axis text lists every grade and prospect',
    pages: [
      `Best Value Inspection Service
Hartwell London Borough Council
Information and Communications Technology
February 2003
Audit Commission`,
      `Summary
This report covers the ICT service provided by the Resources Directorate to all council departments
and to 61 schools. Our judgements are shown in the chart below and explained in the body of the
report.
Scoring chart
'a good service?'\t\t\t'prospects for improvement?'
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
Hartwell LBC - ICT\tpage 4`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-grid-spaces-x-labels-below',
    why: 'grid: era A chart laid out with spaces, prospect labels printed beneath the grid and wrapped over two lines; the row labels carry star symbols (*) that are not the mark; the X lines up with "Will probably improve" in the Fair row',
    pages: [
      `Castlebridge Borough Council
Best Value Inspection of Information Technology
May 2001
Inspected by the Audit Commission's Best Value Inspection Service`,
      `2   Castlebridge Borough Council - Information Technology

How we have scored the service
The scoring chart combines our two judgements. The vertical axis shows how good the service is now;
the horizontal axis shows whether we think it will improve.

                 Excellent  ***
  A good         Good       **
  service?       Fair       *                                     X
                 Poor       -
                                 Will not      Unlikely to   Will probably   Will
                                 improve       improve       improve         improve
                                           Will the service improve?

The reasons for our scores are set out in the sections that follow.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's48-grid-transposed-tick-good-uncertain',
    why: 'grid: axes the other way round (prospects as rows, grades with star counts as columns) and a caption says so; a tick in the Uncertain row falls in the Good (2 stars) column',
    pages: [
      `Metropolitan Borough of Ashdown
Corporate ICT Services
Best Value inspection report, September 2003`,
      `Scoring chart
Figure 1: the vertical axis shows the prospects for improvement; the horizontal axis shows how good the
service is.
Prospects for improvement\tPoor (0 stars)\tFair (1 star)\tGood (2 stars)\tExcellent (3 stars)
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t✓\t
Poor\t\t\t\t
Source: Audit Commission
Ashdown MBC - Corporate ICT Services                                                        5`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's48-grid-dots-filled-circle',
    why: 'grid: a dingbat chart where every cell prints an empty circle and one cell a filled circle; the filled dot is in the good row under excellent; the ordinary words "excellent" and "poor" also appear in the surrounding text',
    pages: [
      `Tennford District Council
IT and e-Government
Inspection report - March 2004
Best Value Inspection Service`,
      `Summary
Tennford's IT team is small - eleven staff - but it has excellent working relationships with the
service departments and has turned round what was, three years ago, a poor reputation with users.

Scoring chart: how good is the service and what are its prospects for improvement?

                      poor    uncertain   promising   excellent
   ★★★ excellent        ○        ○           ○           ○
   ★★  good             ○        ○           ○           ●
   ★   fair             ○        ○           ○           ○
   -   poor             ○        ○           ○           ○

                         prospects for improvement`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's48-grid-split-across-pages-heavy-tick',
    why: 'grid: era A chart broken by a page break, so the marked row (Unlikely) is on the next page below a running header and away from the column labels; the tick is in the first column, Poor',
    pages: [
      `Wyrecombe County Council
Information and Communications Technology
A Best Value inspection - August 2001`,
      `Scoring chart
The chart shows our two judgements: how good the service is (across) and whether it will improve (down).
Will the service improve?\tPoor\tFair\tGood\tExcellent
Yes - will improve\t\t\t\t
Will probably improve\t\t\t\t`,
      `Wyrecombe County Council - ICT\tBest Value Inspection Service\t3
Unlikely to improve\t✔\t\t\t
No - will not improve\t\t\t\t
\tHow good is the service?
The council's stated aim is to be rated excellent by 2004.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's48-grid-star-count-columns-x',
    why: 'grid: era B chart whose columns are star counts rather than grade words, rows are "... prospects" labels, and the X sits in the Poor prospects row under 1 star; the summary mentions an "excellent" target',
    pages: [
      `Llanfellin County Borough Council
Information Technology Services
Inspection report - December 2002`,
      `The council's IT strategy sets a target of 'excellent customer satisfaction' for the help desk.
Our scores are shown below.

SCORING CHART
                      A good service?
                      0 stars   1 star   2 stars   3 stars
Excellent prospects
Promising prospects
Uncertain prospects
Poor prospects                    X

                                                                   Page 6`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's48-grid-shaded-square-good-will',
    why: 'grid: era A chart flattened into one line per row with empty squares and one shaded square; the shaded square is in the Good row, last column (will improve); the legend explains the shading',
    pages: [
      `Brackenholt City Council
Information Technology Service
Best Value Inspection, April 2001`,
      `Scoring chart
Key: the shaded square shows our judgement.  □ = not selected   ■ = our judgement
Columns, left to right: will not improve | unlikely to improve | will probably improve | will improve
Excellent ***    □    □    □    □
Good **          □    □    □    ■
Fair *           □    □    □    □
Poor             □    □    □    □
Brackenholt City Council - IT   4`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells mixing the grade word with stars or a sentence, beside a reasons column
  // ---------------------------------------------------------------------------
  {
    name: 's48-table-fair-one-of-three-uncertain',
    why: 'table: "Fair: 1 star of 3" in the judgement cell, era B prospect in the next row; the reasons column uses good, poor and excellent about other things',
    pages: [
      `Summary of judgements - Northwick Borough Council, ICT Services, November 2002
Question\tOur judgement\tMain reasons
How good is the service?\tFair: 1 star of 3\tGood help desk response times; poor control of projects; excellent
\t\trelationships with head teachers
What are the prospects for improvement?\tUncertain\tThe improvement plan is not costed and the good ICT strategy has
\t\tno funding beyond next March
Northwick BC\tBest Value Inspection Service\t2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's48-table-no-it-will-not-improve',
    why: 'table: era A cells "Poor (no stars)" and "No - it will not improve", spaced columns; reasons cell praises "excellent ideas" in the review and the word "good" appears in the reasons',
    pages: [
      `Oldmoor Metropolitan Borough Council
Information Technology - Best Value inspection, January 2001

THE JUDGEMENTS IN BRIEF
Is the service good?      Poor (no stars)               Users we surveyed rate the network as
                                                        unreliable; only 58% of calls fixed in target
Will it improve?          No - it will not improve      The review contains excellent ideas but no
                                                        plan, no budget and no one to lead it; good
                                                        intentions alone will not change the service`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's48-table-two-stars-promising-earlier-fair',
    why: 'table: star glyphs and a sentence in the cell ("★★ - a good service"), era B prospect cell with a sentence; the reasons column says the service was fair at an earlier inspection',
    pages: [
      `Sedgeborough Borough Council - ICT and Customer Access - Inspection report, June 2004

Table 1: Our judgements
Judgement\tScore\tReasons
Current service\t★★ - a good service\tMuch improved since 2002, when it was judged fair; availability now 99.6%
Prospects\tPromising prospects for improvement\tClear, costed plan; strong leadership; some risk in the
\t\tcontact centre project`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's48-table-yes-good-two-stars-era-a',
    why: 'table: era A cells "Good (two stars)" and "Yes - the service will improve"; the reasons column quotes the members\' target of an excellent service',
    pages: [
      `Fairhaven District Council
Computer Services
Best Value Inspection - July 2001`,
      `Summary table
Question                        Answer                            Why we think so
How good is the service?        Good (two stars)                  Reliable systems, low costs, satisfied
                                                                  users; members' target is an excellent
                                                                  service by 2003
Will the service improve?       Yes - the service will improve    Costed plan already half delivered;
                                                                  poor performers have been tackled
Fairhaven DC                                                                                    3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's48-table-wrapped-cells-one-star',
    why: 'table: labels and values wrapped across lines by the extractor ("Fair" / "(one star)"), era B; the reasons column uses "good", "poor" and "a fair proportion" as ordinary words',
    pages: [
      `Quarrington Borough Council  -  Revenues and Benefits ICT  -  October 2002

Judgement          Score                 Why
Quality of         Fair                  Performance is good on system
service            (one star)            availability but poor on the time
                                         taken to resolve calls
Prospects for      Promising             A fair proportion of the improvement
improvement                              plan is already in place

Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-table-excellent-three-stars-shared-service',
    why: 'table: the rare top grade, "Excellent - ★★★ (3 stars)", and "Excellent prospects" in a pipe-delimited table; the reasons column contrasts with a neighbouring council rated fair',
    pages: [
      `Coldwater and Haybridge Councils
Joint ICT Shared Service
Inspection report, May 2005`,
      `Our judgements
| Question | Judgement | Reasons |
| How good is the service? | Excellent - ★★★ (3 stars) | Top-quartile costs and user satisfaction; more efficient than
the neighbouring shared service, rated fair in 2004 |
| What are the prospects for improvement? | Excellent prospects | Strong track record of delivery; funded three-year plan |`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief or negation (no scale word)
  // ---------------------------------------------------------------------------
  {
    name: 's48-para-on-balance-get-better',
    why: 'paraphrase: era B report (March 2003) says "on balance we expect the service to get better" - a qualified positive expectation, i.e. promising; the grade is stated plainly',
    pages: [
      `Dunmore Borough Council - Information Technology Services - Best Value inspection - March 2003`,
      `What are the prospects for improvement?
The council has a new ICT strategy, a reorganised IT section and, for the first time, a capital
programme for replacing desktop equipment. Some of the harder projects - the document management
system and the move to a single customer database - have slipped, and two key posts are vacant.
On balance, we expect the service to get better, although the pace may be slower than the council
hopes.
How good is the service?
We judge the service to be good. It meets most of its service standards and users speak well of it.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's48-para-confident-deliver-plan-era-a',
    why: 'paraphrase: era A report (June 2001) with "we are confident that the council will deliver its improvement plan in full" and no scale words - the top prospect (will); grade fair stated in a sentence with "fair" next to "excellent" as an ordinary word',
    pages: [
      `Pelham Vale District Council
Information Technology
Best Value Inspection Service - June 2001`,
      `Summary
Despite some excellent individual projects, the IT service overall is a fair one: it is reliable but
expensive, and departments have little say in what it does.
Our view of the future is more positive. The review was rigorous, the improvement plan is specific,
costed and owned by the management team, and several actions are already complete. We are confident
that the council will deliver its improvement plan in full and on time.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's48-para-doubt-capacity-era-b',
    why: 'paraphrase: era B (January 2004) inspectors "doubt that the council has the capacity" to carry through its plan - a doubtful prospect, uncertain; the grade is given in the "zero-star" form with poor',
    pages: [
      `Kelthorpe Borough Council
ICT Services
Inspection report, January 2004`,
      `Will the service improve?
The improvement plan is ambitious. It commits the council to replacing its network, re-letting the
desktop support contract and putting 60 transactions on line within eighteen months. But the IT
section has lost a third of its staff in a year and the plan has no agreed budget. We doubt that the
council has the capacity to carry through the changes it has set itself.
Overall, we have judged this to be a poor, zero-star service.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's48-para-no-sign-anything-will-change',
    why: 'paraphrase: era A (March 2001) "there is no sign that anything will change" - the lowest prospect, will-not; grade plain; "poor" also appears as an ordinary word about morale',
    pages: [
      `Marlow Fen District Council - Data Processing Services - Best Value Inspection, March 2001

In our view this is a poor service. Morale in the section is also poor, and it shows.
Will the service improve?
The review did not question whether the council should run its own mainframe at all. The action plan
repeats targets set in 1998 that were never met, and nobody is responsible for them. There is no sign
that anything will change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's48-para-not-saying-cannot-more-likely-than-not',
    why: 'paraphrase and negation scope: era B (September 2002) "we are not saying the service cannot improve ... more likely than not that it will make real progress" - the negation does not reach the verdict, which is promising',
    pages: [
      `Glanrhyd County Borough Council
Information Technology
Inspection report - September 2002`,
      `How good is the service?  A fair, one-star service.
Will it improve?
We are not saying that the service cannot improve; the council's own staff are keen and the new
head of ICT has made a good start. But the plan is thin. Weighing the two, we think it more likely
than not that the service will make real progress over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-para-not-likely-get-better-era-a',
    why: 'paraphrase: era A (August 2001) "it is not likely that the service will get better" - negated likelihood, i.e. unlikely, without the scale word; the grade appears as "one star"',
    pages: [
      `Stoneleigh Borough Council
Information and Communication Technology
Best Value inspection: August 2001

Our judgements
We award the service one star: it is fair.
The Best Value review barely touched the issues that matter to users, and its action plan is mostly a
list of technical upgrades. Unless the council changes course, it is not likely that the service will
get better in the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's48-para-every-reason-turn-round',
    why: 'paraphrase: era B (June 2004) "we have every reason to believe the council will turn the service round, and quickly" - strong certainty, excellent prospects, with no scale word; a fair grade stated in a passive sentence',
    pages: [
      `Ravensholme City Council
ICT and Customer Services
Inspection report - June 2004`,
      `The service is judged to be fair.
Prospects for improvement
Since the last election members have made ICT a top priority, and the chief executive chairs a weekly
programme board. The improvement plan is fully funded and the early milestones have all been met.
We have every reason to believe the council will turn the service round, and do so quickly.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's48-para-do-not-believe-any-better',
    why: 'paraphrase: era B (April 2003) "we do not believe the service will get any better" plus "nothing has changed" - the bottom of the scale, poor prospects; the scale word is not used for the prospect, and "poor" appears only for the grade',
    pages: [
      `Heathcote District Council - IT Services - Best Value Inspection Service - April 2003

Our judgements
This is a poor service.
We do not believe the service will get any better while the present arrangements last. Two previous
reviews produced plans that were never acted on, nothing has changed since the last one, and the
council has no means of paying for the new systems it says it needs.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' own, then the inspectors' verdict
  // ---------------------------------------------------------------------------
  {
    name: 's48-quote-self-assessment-good-excellent',
    why: 'quoted view: the council\'s self-assessment rated the service good with excellent prospects; "our evidence tells a different story" and the inspectors say fair and uncertain',
    pages: [
      `Ambridge Vale Borough Council
ICT Services
Inspection report - October 2003`,
      `Summary
The council's self-assessment rated the ICT service as good, with excellent prospects for
improvement. Our evidence tells a different story. Performance against the council's own service
standards has fallen for two years running, and the new help desk system is not yet being used
properly. We judge the service to be fair, and its prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's48-quote-it-director-expects-rapid-progress',
    why: 'quoted view: a manager (the head of IT) expects rapid progress; the inspection team does not share the optimism and judges unlikely (era A); grade poor given in the inspectors\' voice',
    pages: [
      `Greyfriars Borough Council - Information Technology - Best Value inspection - February 2001

The head of IT told us that he expects rapid progress now that the new network contract has been let,
and that the service will be 'unrecognisable' within a year.
The inspection team does not share this optimism. The contract was let late and over budget, no one
has been appointed to manage it, and users have not been told what will change. We consider the
service to be poor, and it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's48-quote-neighbour-rated-excellent',
    why: 'quoted view: a neighbouring council\'s ICT service was judged excellent and is held up as a model; the inspected council\'s own grade is good with promising prospects',
    pages: [
      `Eastholme District Council
Information and Communication Technology
Inspection report, July 2002`,
      `Comparison with others
Neighbouring Westbury District Council's ICT service was judged excellent last year, and Eastholme's
officers often cite it as the model they want to follow. Westbury spends a third more per user.
Our judgements
Eastholme's own service, in our judgement, is good. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's48-quote-earlier-inspection-reinspection',
    why: 'quoted view: an earlier inspection (March 2002) judged the service poor with uncertain prospects; this re-inspection finds it fair with promising prospects',
    pages: [
      `Harbury Metropolitan Borough Council
ICT Services - re-inspection
Best Value Inspection Service, May 2004`,
      `Background
When we first inspected the service in March 2002 we judged it to be poor, with uncertain prospects
for improvement. The council accepted our recommendations and appointed an interim director.
What we found this time
This re-inspection finds a much better service. We now judge it to be fair (one star), and its
prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-quote-council-aim-three-star',
    why: 'quoted view: the council\'s aim to be an excellent, three-star service; set against it, the inspectors say the service today is fair and will probably improve (era A)',
    pages: [
      `Lowick Borough Council
Information Technology Services
Best Value inspection report - September 2001`,
      `Aims
The council aims to be an excellent, three-star IT service by 2003, and says so on the front of its
ICT strategy.
Our judgement
Set against that aim, the service today is fair. We think it will probably improve, though not as
far or as fast as the council intends.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's48-quote-cabinet-member-on-the-way-up',
    why: 'quoted view: the cabinet member calls ICT "a service on the way up" and staff call their help desk excellent; the inspectors disagree - poor prospects, poor service (era B)',
    pages: [
      `Sowerby Moor Borough Council
Information Technology
Inspection report, February 2003`,
      `The cabinet member for resources described ICT to us as 'a service on the way up', and help desk
staff told us their team was 'excellent'.
We do not agree. There is no funded plan, the strategy is three years out of date and the service's
performance is among the worst we have seen. We judge the service to be poor, with poor prospects
for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's48-quote-consultants-good-and-improving',
    why: 'quoted view: consultants hired by the council called the service "good and improving"; the inspectors\' view is "more guarded": fair and unlikely to improve (era A)',
    pages: [
      `Ellingham County Council
Information Systems and Technology
A Best Value inspection - April 2001`,
      `Consultants engaged by the council (report of January 2001) described the service as 'good and
improving', and the review team adopted that description in its final report.
The inspectors' view is more guarded. We found the service to be fair. And because the improvement
plan leaves the issues raised by users untouched, we think it is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences: the verdict stands far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's48-long-dashes-list-of-duties',
    why: 'long sentence: a dash-delimited list of the service\'s duties, including a bracket about another service judged good, separates "The ICT service" from "a fair, one-star service"; prospects in a later sentence',
    pages: [
      `Corbridge Borough Council - ICT Services - Inspection report - December 2002

Summary
The ICT service - which supports some 2,300 users across 41 sites, runs the council's payroll,
revenues and social care systems, maintains the website and, since April, has also managed the
telephone contact centre for the housing department (itself the subject of a separate inspection,
which found it good) - is, in our judgement, a fair, one-star service. Its prospects for improvement
are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-long-hyphenated-line-ends',
    why: 'long sentence split by the extractor with hyphenated line ends inside both verdict words ("ser-/vice", "prob-/ably"), era A',
    pages: [
      `Whitlow District Council
Information Technology
Best Value inspection - July 2001

Summary
Having considered the evidence from our interviews, reality checks and the user survey, together
with the council's own performance information and the findings of its Best Value review, we
judge that the information technology service, although it has not yet tackled the weaknesses in
its project management, is a good ser-
vice which will prob-
ably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's48-long-page-break-running-header',
    why: 'long sentence broken by a page break with a running header and page number inside it; the grade lands on page 2 after a list of weaknesses; era B prospect follows',
    pages: [
      `Kingsmere Borough Council - ICT Services - Inspection report - November 2003

How good is the service?
Taking all of the evidence together - the uneven performance against targets, the backlog of 400
outstanding calls, the slow progress on putting services on line and the absence of any`,
      `Kingsmere Borough Council - ICT Services - Best Value Inspection\t7
benchmarking with other councils - we judge the service to be poor. Its prospects for improvement
are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's48-long-weighing-factors-probably',
    why: 'long sentence: the era A prospect verdict comes after a long list of factors with subordinate clauses (vacancy open nine months, a new chief executive); grade poor stated briefly earlier',
    pages: [
      `Thornaby Borough Council
Information Technology
Best Value Inspection Service - May 2001`,
      `We judge the IT service to be poor.
Will the service improve?
Whether the service will improve depends on several things, but, having weighed the council's poor
record of delivering past plans, the unfunded parts of the new plan, the vacancy in the post of head
of IT, which has now been open for nine months, and the commitment shown by the new chief executive,
who has taken personal charge of the programme and reports on it to every cabinet meeting, we
believe that it will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's48-long-brackets-review-quote-then-good',
    why: 'long sentence: bracketed exclusions and the council review\'s phrase "excellent in parts" come between the subject and "is good"; era B prospects given as "we consider these to be excellent"',
    pages: [
      `Radley Cross Borough Council
ICT and Web Services
Inspection report - January 2005`,
      `How good is the service?
The service, which for the purposes of this inspection includes the corporate help desk, the network
and infrastructure team, the applications development unit (but not the education management
systems transferred to schools in 2002) and the small web team that sits within corporate
communications, and which the council's own review described as 'excellent in parts', is good.
What are the prospects for improvement?
We consider these to be excellent: the plan is funded, owned and already delivering.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's48-long-notwithstanding-unlikely-split',
    why: 'long sentence: "unlikely ... to improve" is split by a long "given" clause, and praise with "excellent" and "a fair proportion" (ordinary words) sits between subject and verdict; era A; grade fair in a short closing sentence',
    pages: [
      `Aldersby County Council - Information Technology - Best Value Inspection - June 2001

In our view the service, notwithstanding the excellent working relationships between the network
team and schools, the fair proportion of calls resolved at the first contact and some good practice
in project management, is unlikely, given the loss of its two most experienced managers and the
absence of any budget for the improvement plan, to improve. Our judgement of the service as it stands
today is that it is fair.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee paper, press release, minutes, newsletter)
  // ---------------------------------------------------------------------------
  {
    name: 's48-about-cabinet-report-relays-fair',
    why: 'about an inspection: a report to cabinet relays the Commission\'s verdict on ICT (fair, promising, era B) and also recalls the benefits service\'s earlier good grade',
    pages: [
      `AGENDA ITEM 9
Report of the Director of Resources to Cabinet, 11 February 2003
AUDIT COMMISSION INSPECTION OF ICT SERVICES
1. Purpose
1.1 To inform members of the outcome of the Best Value inspection of ICT services and to seek
approval for the revised improvement plan.
2. The inspection findings
2.1 The Audit Commission published its report on 14 January 2003. The inspectors judged the service
to be 'fair' (one star) with 'promising' prospects for improvement.
2.2 Members will recall that the Benefits service was judged 'good' with 'excellent' prospects in 2002.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's48-about-press-release-good-will-improve',
    why: 'about an inspection: an era A council press release with a headline relaying "good and will improve" and a council leader\'s aim to be excellent',
    pages: [
      `NEWS RELEASE
For immediate release: 3 August 2001
Inspectors give council IT the thumbs-up
Dunford Borough Council's information technology service is good and will improve, according to a
report published today by the Audit Commission's Best Value Inspection Service.
Council leader Cllr Maureen Oates said: "This is a tribute to our staff. But we won't rest until we
are excellent."
Notes for editors: the inspection took place in May 2001. The full report is on the Audit Commission
website.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's48-about-scrutiny-minutes-no-stars',
    why: 'about an inspection: scrutiny committee minutes relay the ICT verdict as "no stars (poor)" and "uncertain"; a councillor calls it "poor reward" and another service\'s two stars are mentioned',
    pages: [
      `MINUTES OF THE CORPORATE SCRUTINY COMMITTEE held on 24 March 2004
Present: Cllr Hughes (Chair), Cllrs Barr, Dean, Okafor and Prentice
47. BEST VALUE INSPECTION: ICT SERVICES
The Chair reported that the Audit Commission's inspection of ICT services had awarded no stars
('poor') and had judged the prospects for improvement to be 'uncertain'.
Cllr Barr said the result was poor reward for the efforts of front-line staff. Cllr Dean noted that the
Council Tax service had received two stars earlier in the year.
RESOLVED: that the Head of ICT attend the next meeting to present the improvement plan.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's48-about-staff-newsletter-two-stars',
    why: 'about an inspection: a staff newsletter relays "two stars" and "excellent prospects" for ICT in informal words, while "excellent" is also used of the help desk team',
    pages: [
      `INSIDE TRACK - the staff newsletter of Pemberton Borough Council - Issue 42, Summer 2004
ICT GETS TWO STARS!
Congratulations to everyone in ICT. The Audit Commission inspectors have rated our ICT service as
good - two stars out of three - and they think our prospects for improvement are excellent.
Head of ICT Priya Lall thanked "our excellent help desk team, who kept smiling through the busiest
inspection week of the year".`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's48-about-newspaper-one-star-unlikely',
    why: 'about an inspection: a local newspaper story (era A) relays "one star" and "unlikely to improve" in a journalist\'s words, and quotes a council spokesman who disputes it',
    pages: [
      `THE MIDDLEFORD ADVERTISER, Thursday 20 September 2001
Watchdog slams council computers
Middleford's council computer service has been given just one star out of a possible three by
government inspectors, who said it was "unlikely to improve".
The Audit Commission report, published on Tuesday, says staff wait weeks for repairs and the
council's website is out of date.
A council spokesman said: "We think the report is unfair. We believe we will improve rapidly."`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's48-about-audit-committee-table-several-services',
    why: 'about an inspection: a paper on the ICT inspection result includes a table of the year\'s inspections of several services; only the ICT row is this service (fair, uncertain)',
    pages: [
      `Audit Committee - 7 July 2003
Outcome of the Best Value inspection of ICT
Summary: the inspection of ICT was completed in May. The table below sets the result alongside the
other inspections carried out in 2002/03.
Service\tInspected\tStars\tProspects
Revenues\tSeptember 2002\t2 (good)\tPromising
ICT\tMay 2003\t1 (fair)\tUncertain
Leisure and culture\tFebruary 2003\t0 (poor)\tPoor
Recommendation: that the committee notes the ICT result and the action plan at Appendix 1.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms
  // ---------------------------------------------------------------------------
  {
    name: 's48-plain-summary-box-caps',
    why: 'plain: an era B summary box in capitals with labels and values on separate lines',
    pages: [
      `Brantwood Borough Council
ICT Services - inspection report, April 2003
+--------------------------------------------------+
| OUR JUDGEMENTS                                   |
| The service is:                                  |
| GOOD (two stars)                                 |
| Prospects for improvement:                       |
| UNCERTAIN                                        |
+--------------------------------------------------+`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's48-plain-passive-assessed-housing-repairs',
    why: 'plain: era A passive forms ("has been assessed by the inspection team as poor", "is judged unlikely to improve") for a non-ICT service',
    pages: [
      `Culverton Borough Council
Housing Repairs and Maintenance
Best Value inspection report - November 2000`,
      `Summary
The housing repairs service has been assessed by the inspection team as poor. Tenants wait too long
for repairs, and one job in five has to be done twice. The service is judged unlikely to improve,
because the review did not look at alternative ways of delivering it.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's48-plain-headline-benefits-uncertain',
    why: 'plain: the verdict given as a headline under the title page ("A fair, one-star service with uncertain prospects"), era B, benefits service',
    pages: [
      `Ystrad Mawr County Borough Council
Housing and Council Tax Benefits
Inspection report - January 2003

A fair, one-star service with uncertain prospects for improvement`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's48-plain-question-sections-era-a-yes',
    why: 'plain: era A "How good is the service?" and "Will the service improve?" sections, the second answered "Yes" followed by a sentence',
    pages: [
      `Sandbury District Council - Information Technology - Best Value inspection, June 2000

How good is the service?
We consider the service to be good. Systems are available when users need them, costs are below
average and the help desk is well regarded.`,
      `Sandbury District Council - Information Technology\t5
Will the service improve?
Yes. We believe the service will improve. The improvement plan is clear, costed and owned by the
management team.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's48-plain-in-our-view-poor-morale-trap',
    why: 'plain: era B "In our view the service is poor" with "poor morale" and "poor communication" as ordinary words, and prospects that are promising',
    pages: [
      `Marsh Eaton Borough Council
ICT Services
Inspection report, August 2003`,
      `Summary
Staff in the ICT section suffer from poor morale after two restructurings in three years, and there
is poor communication with the departments.
In our view the service is poor. However, a new management team is in place, members have found
£2 million for the network, and a clear plan is being followed. The prospects for improvement are
promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's48-plain-fair-proportion-trap-era-a',
    why: 'plain: era A summary "a fair service which will probably improve" preceded by "a fair proportion" as an ordinary word',
    pages: [
      `Kirkby Stanton Borough Council
Payroll and Personnel Systems
Best Value Inspection Service - March 2001

Summary
The payroll and personnel systems take a fair proportion of the council's IT budget. This is a fair
service which will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's48-plain-excellent-three-star-ict',
    why: 'plain: the rare excellent grade in an active sentence, era B promising prospects, with "excellent" also used of ordinary things',
    pages: [
      `Oakfield Borough Council
ICT Services
Inspection report - February 2005`,
      `Summary
Oakfield's ICT service has excellent systems for logging and tracking faults and an excellent
reputation with its users. We judge it to be an excellent, three-star service. Its prospects for
improvement are promising: the service has been so good for so long that the remaining gains are
harder to find.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's48-plain-commission-judgement-era-a',
    why: 'plain: era A "The Commission\'s judgement is that the service is good and will probably improve", with the council\'s hope of excellence quoted first',
    pages: [
      `Upper Wendle District Council - Information and Communications Technology - February 2001

The council had hoped to be judged excellent. The Commission's judgement is that the service is good
and will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's48-plain-benefits-good-promising',
    why: 'plain: era B summary for a benefits service; the inspection team\'s verdict in one sentence wrapped over two lines',
    pages: [
      `Lindale Borough Council
Benefits Service
Inspection report - March 2004`,
      `Summary
The inspection team judged the benefits service to be good, with promising prospects for
improvement. New claims are processed in 24 days on average, against 36 days three years ago.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's48-plain-not-yet-good-then-fair',
    why: 'plain with negation: "This is not yet a good service" must not yield good; the verdict follows, fair, with uncertain prospects (era B)',
    pages: [
      `Penhallow District Council - IT Services - Inspection report - May 2002

How good is the service?
This is not yet a good service. We judge it to be fair: it is reliable but slow to respond to
requests, and its costs are high.
What are the prospects for improvement?
Uncertain. The plan is sound but relies on a single manager who is due to retire next year.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's48-plain-two-star-will-probably-improve',
    why: 'plain: era A "Our judgement:" line using the star count alone ("a two-star service") with "will probably improve"',
    pages: [
      `Rothwick County Council
Information Technology
Best Value inspection - January 2001

Our judgement: a two-star service that will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's48-plain-audit-commission-concluded-waste',
    why: 'plain: era B "The Audit Commission has concluded that the service is poor and that its prospects for improvement are poor" for a waste service',
    pages: [
      `Grindley Borough Council
Waste Collection and Recycling
Inspection report, October 2002`,
      `Summary
The Audit Commission has concluded that the service is poor and that its prospects for improvement
are poor. Recycling rates are the lowest in the county and missed collections have doubled.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's48-plain-inspectors-found-zero-star-will-not',
    why: 'plain: era A "the inspectors found ... a poor, zero-star service" and "we judge that it will not improve"',
    pages: [
      `Blackthorn Metropolitan Borough Council - Information Technology - Best Value Inspection - April 2001

Summary
The inspectors found the IT service to be a poor, zero-star service. Nothing in the review or the
action plan addresses the problems users raised with us, and we judge that it will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's48-plain-libraries-good-uncertain',
    why: 'plain: era B library service with good grade and uncertain prospects stated in two separate short sentences',
    pages: [
      `Westcombe City Council
Libraries and Information Service
Inspection report - September 2004`,
      `Summary
The service is good. Its prospects for improvement are uncertain.
Libraries are well used and popular, but the council has not decided how it will pay for the new
library management system.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's48-plain-excellent-prospects-fair-service',
    why: 'plain: era B excellent prospects for a fair service; "excellent" also appears as an ordinary word about a training programme',
    pages: [
      `Hollinsford Borough Council
ICT and e-Government
Inspection report - July 2003`,
      `Summary
We judge the ICT service to be fair. The council has an excellent ICT training programme, but
systems are old and unreliable. Its prospects for improvement, however, are excellent: the new
network is funded and half built, and the council has a strong record of delivering what it plans.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's48-plain-good-but-unlikely-era-a',
    why: 'plain: era A "We have judged the IT service to be a good, two-star service that is unlikely to improve" in one sentence, with a bullet list of reasons',
    pages: [
      `Moorhaven Borough Council
Information Technology Services
Best Value Inspection Service - September 2000`,
      `Our judgements
We have judged the IT service to be a good, two-star service that is unlikely to improve, because:
- the review did not challenge the way the service is provided;
- there is no money for the improvement plan; and
- the management team is stretched by the move to new offices.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all: drafts, self-assessments, plans, papers before the inspection,
  //    documents about other services only
  // ---------------------------------------------------------------------------
  {
    name: 's48-none-draft-scores-to-be-confirmed',
    why: 'no judgement: a draft report with "scores to be confirmed following moderation" and an unmarked scoring chart whose axes list every grade and prospect',
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Hexley Borough Council
ICT Services
Inspection report - version 0.3, 12 June 2003`,
      `Scoring chart
[Scores to be confirmed following moderation]
'a good service?'\t'prospects for improvement?'
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
How good is the service?
[Text to follow once the judgement has been agreed]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-self-assessment-we-believe-good',
    why: 'no judgement: the council\'s own self-assessment written in the first person ("we believe the service is good", "yes, it will improve"); "we" is the council, not the inspectors',
    pages: [
      `Ferrisford Borough Council
Best Value Inspection of Information Technology
Self-assessment submitted to the Audit Commission - March 2001`,
      `1. How good is the service?
We believe our IT service is good (two stars). Users are satisfied and our costs are low.
2. Will the service improve?
Yes. We are confident that the improvement plan will be delivered and that the service will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-improvement-plan-targets',
    why: 'no judgement: an ICT improvement plan whose targets use scale words ("achieve a good, two-star rating", "be judged to have excellent prospects")',
    pages: [
      `Tollbridge District Council
ICT Improvement Plan 2003-2006
Action\tOwner\tBy\tTarget
Replace network core switches\tHead of ICT\tMar 2004\t99.5% availability
Introduce ITIL-based help desk\tService desk manager\tSep 2004\t80% of calls fixed first time
Prepare for re-inspection\tDirector of Resources\tJan 2005\tAchieve a good, two-star rating and be
\t\t\tjudged to have excellent prospects
Poor performers: monthly review of all missed targets by ICT management team`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-paper-before-inspection',
    why: 'no judgement: a committee paper written before the inspection, explaining that inspectors will grade the service from poor to excellent and judge its prospects',
    pages: [
      `Report to the Resources Overview Panel - 19 May 2003
FORTHCOMING BEST VALUE INSPECTION OF ICT SERVICES
1. The Audit Commission will inspect the council's ICT services during the week beginning 9 June
2003.
2. Inspectors will reach two judgements: how good the service is, on a scale from poor (no stars) to
excellent (three stars), and whether its prospects for improvement are poor, uncertain, promising or
excellent.
3. Officers are preparing a self-assessment and a programme of reality checks for the inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-paper-quotes-benefits-score',
    why: 'no judgement: a paper about getting ICT ready for inspection quotes only another service\'s score (benefits, good and promising)',
    pages: [
      `Corporate Management Team - 3 September 2002
ICT inspection: readiness
The ICT inspection is scheduled for January. Lessons from the Benefits inspection are relevant: that
service was judged good with promising prospects, largely because of its strong performance
information and thorough consultation with claimants. ICT should aim to show the same.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-inspection-scoping-letter',
    why: 'no judgement: the inspection team\'s scoping letter and timetable, which names the judgements to come but gives none',
    pages: [
      `Best Value Inspection Service
Dear Chief Executive,
Inspection of Information and Communication Technology - Stourley Borough Council
I write to confirm the arrangements for the inspection. The inspection will take place between 15
and 26 October 2001. Our report will state how good the service is and what its prospects for
improvement are. We will share our emerging findings with you at a feedback meeting on 26 October.
Yours sincerely,
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-guidance-leaflet-scale',
    why: 'no judgement: a general guidance note explaining the scoring chart and both vocabularies, with an example phrase that is not about any real service',
    pages: [
      `Understanding your inspection report
Each report answers two questions. How good is the service? The answer is given on a scale of
poor, fair, good or excellent, shown as 0 to 3 stars. Will the service improve? Until September 2001
the answer was will not improve, unlikely to improve, will probably improve or will improve; since
then it has been expressed as poor, uncertain, promising or excellent prospects.
For example, a chart might show 'a good service with promising prospects'.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-steering-group-minutes',
    why: 'no judgement: minutes of an internal IT steering group full of ordinary uses of poor, excellent, good and fair',
    pages: [
      `IT Steering Group - notes of meeting held 14 November 2002
1. Help desk performance: response times in October were poor owing to two vacancies.
2. Feedback from the schools conference was excellent.
3. The network upgrade is going well; good co-operation from the contractor.
4. The finance director felt it was fair to ask departments to share the cost of new licences.
5. Date of next meeting: 12 December.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-performance-plan-other-services',
    why: 'no judgement: an annual performance plan table of other services\' inspection results, with ICT listed as not yet inspected',
    pages: [
      `Ashcombe Borough Council - Best Value Performance Plan 2002/03
Table 4: External inspections to date
Service\t\tDate\t\tScore\t\tProspects
Benefits\t\tMar 2001\tGood\t\tWill probably improve
Waste\t\tJan 2002\tFair\t\tPromising
Planning\t\tJun 2002\tPoor\t\tUncertain
ICT\t\tdue 2003\t-\t\t-`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-benchmarking-club-report',
    why: 'no judgement: a benchmarking club return on IT costs that uses quartile language ("excellent", "poor") but is not an inspection',
    pages: [
      `IT Benchmarking Club - Comparative Report 2003 - Participant: Norbrook District Council
Measure\tYour result\tClub median\tQuartile
Cost per workstation\t£1,140\t£1,310\tTop (excellent)
Calls fixed first time\t54%\t67%\tBottom (poor)
User satisfaction\t71%\t74%\tThird
This report is provided for comparison only and does not constitute an assessment of the service.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-best-value-review-final-report',
    why: 'no judgement: the council\'s own Best Value review of ICT concluding the service is "good in parts" and "likely to improve", written before any inspection',
    pages: [
      `Kestrel Vale Borough Council
Fundamental Best Value Review of Information and Communications Technology
Final report of the review team - July 2002`,
      `Conclusions
The review team concluded that the service is good in parts but needs to do better on project
delivery. With the actions in this report, we consider it likely to improve significantly over the
next three years.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-ict-strategy-vision',
    why: 'no judgement: an ICT strategy document whose vision uses "excellent" and "three-star" as aspirations',
    pages: [
      `Brookmere County Council
ICT Strategy 2002-2005
Our vision
To provide excellent, joined-up services to the people of Brookmere, available when and where they
want them, and to be recognised as a three-star council by 2005.
Our priorities
- Replace the poor, ageing network in the north of the county
- Put all suitable services on line by December 2005`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-feedback-presentation-provisional',
    why: 'no judgement: slides from the inspectors\' on-site feedback listing strengths and weaknesses, stating that the judgements will appear only in the final report',
    pages: [
      `Inspection of ICT Services - Feedback to officers - 28 February 2003
Emerging findings: for discussion only
Strengths
- Good network availability
- Excellent relationship with schools
Areas for improvement
- Poor project management
- No benchmarking of costs
Judgements will be confirmed in the final report, after moderation.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's48-none-appendix-reality-checks',
    why: 'no judgement: an appendix page (documents reviewed, reality checks) from an inspection report, with no verdict on the page, and a running header',
    pages: [
      `Farthing Borough Council - ICT Services\t23
Appendix 2: Reality checks undertaken
- Visited the help desk and observed calls being logged and resolved
- Visited two libraries and a housing office to test public access terminals
- Mystery-shopped the council website for five common transactions
- Met the schools ICT forum
Appendix 3: Documents reviewed
- ICT Strategy 2002-05; Best Value review final report; self-assessment; performance reports`,
    ],
    expect: { grade: null, prospect: null },
  },
];
