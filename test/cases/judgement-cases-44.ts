/** Held-out judgement set 44, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases44: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's44-grid-tabs-asterisk-fair-promising',
    why: 'kind 1: tab-separated grid, grades down the side, prospects across; the asterisk sits in row Fair, column Promising; summary states an aim of excellent',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Harrowfield Borough Council
March 2003`,
      `Summary
This report sets out the findings of our inspection of the council's ICT service, which supports
some 2,100 staff in 46 buildings. The council's stated ambition is to become an excellent service
with excellent prospects by 2005.
Scoring chart
Our judgements are shown on the chart below.
\tProspects for improvement?
a good service?\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
The help desk is well regarded, but asset records are incomplete and the replacement
programme has slipped.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's44-grid-spaces-x-grades-across-good-probably',
    why: 'kind 1: layout grid aligned with runs of spaces, grades as columns and the era A prospects as rows; X under Good in the "Will probably improve" row',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Information Technology Services
Castlebridge City Council
August 2001`,
      `Summary
We inspected the IT service in June 2001, following the council's Best Value review.
The chart shows the inspectors' judgement. The horizontal axis shows how good the service is;
the vertical axis shows whether it will improve.

                          How good is the service?
                          Poor        Fair        Good        Excellent
Will improve
Will probably improve                             X
Unlikely to improve
Will not improve

Staff morale in the network team is poor following a restructure, and a fair proportion of
calls are still logged by telephone rather than through the web form.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's44-grid-one-cell-per-line-tick-poor-uncertain',
    why: 'kind 1: extractor emitted one cell per line with blank lines for empty cells; the tick is the second cell of row Poor, i.e. column Uncertain',
    pages: [
      `Inspection report
ICT and e-government services
Moorland Vale District Council
June 2004
Audit Commission`,
      `Scoring chart
Key: the vertical axis shows how good the service is (excellent at the top); the horizontal axis
shows its prospects for improvement (poor on the left). The tick marks our judgement.
'a good service?'
'prospects for improvement?'
Poor
Uncertain
Promising
Excellent
Excellent




Good




Fair




Poor

✓


Recommendations
The council should agree a costed ICT strategy with members and set measurable targets.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's44-grid-star-mark-rows-prospects-poor-will-not',
    why: 'kind 1: star used as the mark (not as a grade count); rows are Yes/Probably/Unlikely/No for "Will it improve?", star sits under Poor in row No',
    pages: [
      `Best Value Inspection Service
Corporate IT Support
Kenwick Metropolitan Borough Council
January 2001`,
      `Summary of judgements
The position of the star in the chart below records our judgement.

                              Is it a good service?
Will it improve?              Poor       Fair       Good       Excellent
Yes
Probably
Unlikely
No                            ★

The council's review claims that the service is 'on the way to being good', and its action plan
aims for a two-star rating by 2002.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's44-grid-tabs-dot-rows-prospects-excellent-excellent',
    why: 'kind 1: caption says prospects are the vertical axis; both axes contain the word Excellent; the dot is in the last column of the Excellent prospects row; an earlier inspection is mentioned as fair',
    pages: [
      `Audit Commission
Inspection of ICT Services
Linfield Borough Council
October 2004`,
      `Summary
When the service was last inspected, in 2001, it was found to be fair. Since then it has been
rebuilt around a new data centre and a single customer database.
Chart 1: inspection scores
Vertical axis: prospects for improvement. Horizontal axis: a good service?
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t•
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t
The dot shows where the inspectors have placed the service.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's44-grid-bracket-cells-reversed-columns-fair-unlikely',
    why: 'kind 1: every cell printed as [ ] with the marked one as [x]; prospects run from "Will improve" on the left to "Will not improve" on the right; row labels carry asterisks as star counts, which are not the mark',
    pages: [
      `Best Value Inspection Service
Information Technology
Dunmere County Council
May 2001`,
      `Summary
The inspection took place in March 2001. Our scores are marked in the grid.

Will the service improve?      Will improve   Will probably improve   Unlikely to improve   Will not improve
How good is the service?
Excellent (***)                [ ]            [ ]                     [ ]                   [ ]
Good (**)                      [ ]            [ ]                     [ ]                   [ ]
Fair (*)                       [ ]            [ ]                     [x]                   [ ]
Poor                           [ ]            [ ]                     [ ]                   [ ]

Relationships between the IT team and schools are excellent, but the council has no agreed
plan for replacing its ageing financial system.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's44-grid-spaces-descending-grades-good-poor',
    why: 'kind 1: grades run Excellent..Poor left to right across the top, prospects down the side; the asterisk in the Poor prospects row is under Good, so the word Poor on that row is the prospect, not the grade',
    pages: [
      `Inspection Report
ICT Services
Farleigh Heath Borough Council
September 2002`,
      `Summary
Columns show how good the service is, from excellent on the left to poor on the right; rows show
the prospects for improvement. The asterisk marks our judgement.

                          A good service?
Prospects for improvement Excellent   Good        Fair        Poor
Excellent
Promising
Uncertain
Poor                                  *

The head of ICT and two of the three team leaders are leaving, and the council has no
improvement plan in place for the service.`,
    ],
    expect: { grade: 'good', prospect: 'poor' },
  },
  {
    name: 's44-grid-pipe-table-x-excellent-will',
    why: 'kind 1: pipe-delimited grid, era A prospects across from "Will not improve" to "Will improve"; X in the last column of row Excellent',
    pages: [
      `Best Value Inspection Service
IT and Information Management
Oldharbour Unitary Council
February 2001`,
      `1. Summary
The chart below gives the inspection team's scores for the service.

|                  | Will not improve | Unlikely to improve | Will probably improve | Will improve |
| Excellent        |                  |                     |                       |      X       |
| Good             |                  |                     |                       |              |
| Fair             |                  |                     |                       |              |
| Poor             |                  |                     |                       |              |

A fair proportion of the council's other services are still on paper-based systems, which the
IT unit is now helping to replace.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 2: table cells with words, stars and reasons
  {
    name: 's44-table-pipes-good-2-of-3-yes-probably',
    why: 'kind 2: judgement cells "Good: 2 stars of 3" and "Yes - it will probably improve"; the reasons column uses poor and excellent about other things',
    pages: [
      `Audit Commission - Best Value Inspection
Information Technology Service
Pennick Borough Council
June 2001`,
      `Summary of judgements
Question | Judgement | Why
How good is the service? | Good: 2 stars of 3 | Reliable network and a responsive help desk; performance on PC replacement remains poor.
Will the service improve? | Yes - it will probably improve | A sound improvement plan, although an excellent plan on paper is not yet matched by secured funding.
The remainder of this report explains how we reached these judgements.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's44-table-tabs-poor-no-stars-uncertain',
    why: 'kind 2: tab-separated rows; cells "Poor - no stars" and "Uncertain. The plan lacks targets"; reasons mention good practice elsewhere and a fair survey result',
    pages: [
      `Inspection of Information and Communication Technology
Stonebury City Council
Audit Commission
November 2002`,
      `Our judgements
Key question\tScore\tMain reasons
A good service?\tPoor - no stars\tFrequent network failures; no service standards; users wait weeks for repairs. Good practice seen at other councils has not been adopted.
Prospects for improvement?\tUncertain. The improvement plan lacks targets and costings.\tA new head of ICT has started well and the user survey gave a fair result, but capacity is thin.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's44-table-one-cell-per-line-fair-one-star-no-will-not',
    why: 'kind 2: a three-column table extracted one cell per line; cells "Fair (one star)" and "No, it will not improve"; the reasons praise excellent staff commitment',
    pages: [
      `Best Value Inspection Service
IT Support Services
Hollins Green District Council
April 2001`,
      `Table 1: the inspectors' judgements
Question
Judgement
Reasons
Is the service good?
Fair (one star)
Most users get a basic service; excellent commitment from front-line staff, but poor systems for logging and tracking faults.
Will it improve?
No, it will not improve
The review produced no improvement plan, and there is no money or management time set aside to change things.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's44-table-stars-excellent-excellent-reasons',
    why: 'kind 2: star glyphs plus the word in the score cell, "Excellent - strong record of delivery" in the prospects cell; reasons note a few fair results',
    pages: [
      `Audit Commission
ICT Services Inspection
Wendover Vale Borough Council
July 2003`,
      `Scores and reasons
How good is the service?      ★★★  Excellent          Consistently high performance across all indicators; only a few fair results on the user survey.
What are the prospects?       Excellent - strong record of delivery     Ambitious, costed plan led by the chief executive; poor performers elsewhere have visited to learn from the council.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's44-table-two-stars-good-promising',
    why: 'kind 2: "Two stars (good)" with "Promising prospects" in the judgement column; the reasons column uses poor about the web site',
    pages: [
      `Best Value Inspection Service
Information Technology and e-Services
Barlow Moor Metropolitan Borough Council
February 2003`,
      `Summary
Judgement | Score | Reasons
Current service | Two stars (good) | Well-run infrastructure and good call resolution; the web site remains poor.
Improvement | Promising prospects | Clear plan, early results, but the partnership contract is not yet signed.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's44-table-poor-zero-stars-unlikely',
    why: 'kind 2: "Poor (0 stars)" and "Unlikely to improve" in cells; reasons mention good ideas and an excellent consultant report',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Management Information and IT
Thornley District Council
September 2001`,
      `Inspection scores
How good is the service?          Poor (0 stars)          Good ideas in the ICT strategy but very little delivered; frequent system outages.
Will the service improve?         Unlikely to improve     An excellent consultant report in 2000 has not been acted upon; no one owns the plan.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 3: prospects paraphrased, no scale word
  {
    name: 's44-paraphrase-on-balance-get-better-fair-probably',
    why: 'kind 3: era A; grade stated plainly as fair; prospect only as "on balance, we expect the service to get better" = probably',
    pages: [
      `Best Value Inspection Service
Information Technology
Ashcombe Borough Council
March 2001`,
      `Summary
We judge the IT service to be a fair, one-star service. It does the basics adequately but has
little influence on how the rest of the council works.
On balance, we expect the service to get better over the next two years. The improvement plan is
sensible and has the backing of the management team, although some of its milestones look tight.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's44-paraphrase-confident-deliver-plan-good-will',
    why: 'kind 3: era A; "we are confident that the council will deliver its improvement plan in full" = will',
    pages: [
      `Audit Commission
Best Value Inspection
ICT Services
Greyfriars City Council
July 2001`,
      `How good is the service?
The inspection team considers this to be a good service that meets most users' needs.
Will the service improve?
We are confident that the council will deliver its improvement plan in full. It has a strong
record of doing what it says it will do, the plan is fully costed, and the people needed to
carry it out are already in post.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's44-paraphrase-nothing-suggests-change-poor-will-not',
    why: 'kind 3: era A; "nothing ... to suggest that this service is going to change" = will not improve; no scale words',
    pages: [
      `Best Value Inspection Service
IT Services
Marlstone District Council
December 2000`,
      `Summary
In our view the IT service is poor. Systems are unreliable, users have lost confidence in the
help desk, and there are no service standards.
There is nothing in the review, in the resources behind it or in the council's track record to
suggest that this service is going to change. The action plan is a list of intentions with no
owners or dates.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's44-paraphrase-doubt-capacity-not-confident-fair-unlikely',
    why: 'kind 3: era A; "we doubt that the council has the capacity ... we are not confident that the service will get better" = unlikely',
    pages: [
      `Best Value Inspection Service
Information and Technology Services
Redbank Borough Council
May 2001`,
      `Summary
The service is fair. Day-to-day support is adequate, but development work is slow.
We doubt that the council has the capacity to carry through its improvement plan. Key posts are
vacant, the budget has not been agreed, and we are not confident that the service will get
better in the time the council has set itself.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's44-paraphrase-every-confidence-achieved-good-excellent',
    why: 'kind 3: era B; "we have every confidence that the improvements ... will be achieved" = excellent prospects, no scale word used for prospects',
    pages: [
      `Inspection Report
ICT Services
Fenmarsh District Council
May 2003
Audit Commission`,
      `Summary
This is a good service. We have every confidence that the improvements set out in the council's
plan will be achieved: the plan is costed, milestones so far have all been met, and members
review progress every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's44-paraphrase-far-from-clear-turn-round-poor-uncertain',
    why: 'kind 3: era B; "far from clear that the council can turn the service round; real doubts about its capacity" = uncertain (ordinal 1)',
    pages: [
      `Audit Commission Inspection Report
Information Technology
Coldwater Borough Council
January 2003`,
      `Summary
The inspectors judged the ICT service to be poor.
It is far from clear that the council can turn the service round. Some first steps have been
taken - an interim manager is in place and a user group has met twice - but we have real doubts
about whether the council has the capacity to deliver its plan.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's44-paraphrase-more-likely-than-not-fair-promising',
    why: 'kind 3: era B; "we think it more likely than not that the service will make the progress it needs" = promising',
    pages: [
      `Inspection of ICT
Tollbridge Borough Council
Audit Commission
August 2004`,
      `Summary
We have judged the service to be fair. Taking everything into account, we think it more likely
than not that the service will make the progress it needs to, because the council has a clear
plan and has already begun to act on it.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's44-paraphrase-no-sign-anything-will-change-poor-poor',
    why: 'kind 3: era B; "we found no sign that anything will change" = poor prospects, with no scale word in the prospect statement',
    pages: [
      `Audit Commission
ICT Services
Brackley Fen District Council
March 2002`,
      `Summary
Our judgement is that the ICT service is a poor service.
We found no sign that anything will change. There is no improvement plan, no money has been set
aside, and nobody at senior level has been given responsibility for making things happen.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's44-quoted-self-assessment-good-contrast-fair-uncertain',
    why: 'kind 4: the council self-assessment rated the service good with excellent prospects; "Our evidence tells a different story" - inspectors judge fair, uncertain',
    pages: [
      `Audit Commission
Inspection of ICT Services
Eastmoor Borough Council
October 2002`,
      `Summary
In its self-assessment the council rated its ICT service as good, with excellent prospects for
improvement. Our evidence tells a different story. We judge the service to be fair: users get a
reasonable day-to-day service, but projects routinely overrun and costs are not understood. Its
prospects for improvement are uncertain, because the improvement plan is not yet funded.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's44-quoted-it-director-rapid-progress-poor-unlikely',
    why: 'kind 4: the IT director expects rapid progress; "However, we are not persuaded" - inspectors: poor and unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Stanway District Council
April 2001`,
      `Summary
The IT director told us that he expects rapid progress once the new network is installed, and
believes the service will soon be among the best in the county. However, we are not persuaded.
We judge this to be a poor service which is unlikely to improve: the network project is already
a year late and there is no plan for the rest of the service.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's44-quoted-neighbour-excellent-this-good-promising',
    why: 'kind 4: a neighbouring council was rated excellent with excellent prospects; this service is judged good with promising prospects',
    pages: [
      `Audit Commission Inspection Report
ICT Services
Harnham Borough Council
March 2004`,
      `Summary
The council has modelled much of its review on Westbury District Council, whose ICT service was
rated excellent with excellent prospects when it was inspected in 2003. Harnham is not yet at
that level. In our view Harnham's ICT service is a good, two-star service, and its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's44-quoted-earlier-benefits-poor-this-good-will',
    why: 'kind 4: era A; the benefits service inspected last year was judged poor and unlikely to improve; the IT service in this report is good and will improve',
    pages: [
      `Best Value Inspection Service
IT Services
Lowgate City Council
August 2001`,
      `Summary
The council's benefits service, inspected last year, was judged poor and unlikely to improve,
largely because of problems with its computer system. The IT service itself is a different
matter. We found a good service that is well managed and well regarded by users, and we judge
that it will improve: the plan is realistic, funded and already half delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's44-quoted-review-team-excellent-contrast-poor-poor',
    why: 'kind 4: the council review team called the service "excellent in all respects"; inspectors say poor with poor prospects',
    pages: [
      `Inspection Report
Information and Communications Technology
Ridgeway District Council
December 2002
Audit Commission`,
      `Summary
The council's Best Value review team described the ICT service as 'excellent in all respects'
and forecast 'a bright future'. We do not share that view. We consider the ICT service to be a
poor service, and its prospects for improvement are poor: the review did not challenge existing
arrangements, and its action plan would change very little.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's44-quoted-cautious-self-assessment-fair-but-excellent-promising',
    why: 'kind 4: the council modestly rated itself fair; the inspectors found an excellent service with promising prospects (contrast runs upwards)',
    pages: [
      `Audit Commission
ICT Services Inspection
Quenby Borough Council
September 2003`,
      `Summary
The council was cautious in its self-assessment, rating the service fair and describing its
prospects as uncertain. In fact, we found an excellent service. Performance is in the top
quarter on nearly every measure and users are highly satisfied. We judge the prospects for
improvement to be promising rather than excellent, because two major projects depend on a
partner that has yet to be appointed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's44-quoted-consultant-good-inspectors-fair-probably',
    why: 'kind 4: era A; a consultant called the service good and a manager says it is "the best it has ever been"; the inspection team view is fair, will probably improve',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Caversham Vale District Council
February 2001`,
      `Summary
A consultant's report commissioned by the council in 1999 concluded that IT was 'a good service
by local government standards', and the IT manager told us it is 'the best it has ever been'.
The inspection team's view is that the service is fair. The help desk works well, but projects
are poorly controlled. We think that the service will probably improve, because the review has
produced a sensible plan that members have agreed to fund.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's44-long-dashes-duties-good-promising',
    why: 'kind 5: era B; a dash-delimited list of duties and an aside separate "The council\'s ICT service" from "a good service"; the prospects sentence is just as long',
    pages: [
      `Audit Commission
Inspection of Information and Communications Technology
Abbotsley Borough Council
June 2004`,
      `Summary
The council's ICT service - which runs the corporate network of some 3,000 devices, the help
desk, the data centre at Riverside House and, since April 2002, the telephony for the contact
centre, and which is also responsible, jointly with the library service, for the public access
terminals in branch libraries - is, taking into account all of the evidence we gathered during
our visit and the views of the staff, members and partners we interviewed, a good service.
Its prospects for improvement - given a costed plan, a new head of service who has already
delivered early changes, and members who have protected the ICT budget through two difficult
settlements, but bearing in mind that the outsourcing of the data centre has yet to be tested
- are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's44-long-running-header-hyphen-poor-will-not',
    why: 'kind 5: era A; the grade sentence is broken by a page break with a running header and page number, and a hyphenated line end ("ser-vice"); prospects sentence has a bracketed aside',
    pages: [
      `Best Value Inspection Service
Information Technology
Northfleet Borough Council
October 2000`,
      `Summary
The IT section, which has eleven staff and is responsible (in theory at least) for the council's
network, its desktop computers, the payroll and housing systems, and the support contract for
the schools' administration software, provides, in the judgement of the inspectors, a ser-`,
      `Northfleet Borough Council - IT Best Value Inspection                               Page 3
vice that is poor. The action plan that came out of the review (a two-page list of tasks with no
costs, no timescales and, in most cases, no named officer responsible for them) gives us no
reason to believe otherwise, and our conclusion is that the service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's44-long-brackets-excellent-excellent',
    why: 'kind 5: era B; subject and grade separated by a bracketed list of awards and figures; a "poor" word appears inside the aside about other councils',
    pages: [
      `Inspection Report
ICT and Customer Access
Kingsmere City Council
November 2004
Audit Commission`,
      `Summary
We found that the ICT service (which has won two national awards for its on-line services, resolves
nine out of ten help desk calls at the first contact, and has helped several councils in the
region whose own services had been rated poor to redesign their networks) is, by any reasonable
measure and on the basis of every source of evidence available to us, an excellent service. We
also judge that - because the council has a track record of delivering what it plans, a fully
funded three-year programme and strong leadership from the chief executive and the cabinet
member - its prospects for improvement are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's44-long-concessions-fair-probably',
    why: 'kind 5: era A; two long sentences each full of concessions (good help desk, poor projects) before the verdicts fair and will probably improve',
    pages: [
      `Best Value Inspection Service
Information Technology and Telecommunications
Pendlebury Borough Council
June 2001`,
      `Summary
Although the help desk is good and popular with users, and although the network has been
reliable since the new switches were installed last autumn, the IT service as a whole - once the
poor control of projects, the lack of service standards and the absence of any regular reporting
to members are weighed against those strengths - is, in our judgement, no better than fair.
Because the review has led to a plan which is realistic, which has been costed and agreed by the
policy committee, and which is already being put into effect by a new team leader with clear
responsibility for it, we believe that the service will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's44-long-line-broken-fair-poor-prospects',
    why: 'kind 5: era B; "fair" comes at the end of a long sentence and the prospect word "poor" is split from "prospects" by a line break and an aside; the same page uses "poor morale"',
    pages: [
      `Audit Commission
ICT Services
Selbrook District Council
April 2002`,
      `Summary
The service that the council's ICT unit provides to its 900 users - covering desktop support,
the finance and revenues systems and, through a contract that was let in 1998 and has never been
re-tendered, the maintenance of the network - is, when set against the standards achieved
elsewhere and the targets the council has set itself, fair. Staff morale is poor after two
restructures. For the future, we consider the prospects for improvement, bearing in mind that
the review was completed late, that its recommendations have not been costed and that the
council has no plan to fund them, to be
poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's44-long-list-of-duties-good-unlikely',
    why: 'kind 5: era A; the grade sentence runs through a long list of the service\'s duties; the prospect follows a string of conditions: good and unlikely to improve',
    pages: [
      `Best Value Inspection Service
IT Services
Waterley County Council
September 2001`,
      `Summary
The county's IT service, responsible for the wide area network linking 120 sites, for the social
services client index, the highways maintenance system and the libraries catalogue, for
purchasing and installing all desktop equipment, for the support of over 4,000 users, and for
the county's contribution to the joint emergency planning system, is, in the view of the
inspection team, a good service.
Given that the chief officer who drove the improvements will retire in December, that the
partnership with the district councils on which most of the plan depends has not been agreed,
and that no money has been identified for the second phase, we consider that the service is
unlikely to improve further.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's44-about-commission-press-release-fair-promising',
    why: 'kind 6: Audit Commission press release announcing its own verdict on this ICT service (the Commission is the holder): fair, promising; quotes the council leader\'s aim of excellent',
    pages: [
      `AUDIT COMMISSION
NEWS RELEASE
For immediate release: 12 February 2003
Inspectors find 'fair' ICT service at Dunsford with 'promising' prospects
The Audit Commission has rated Dunsford Borough Council's information and communications
technology service as fair, with promising prospects for improvement.
Inspectors found that users receive a reliable day-to-day service, but that the council has been
slow to put services on-line.
The leader of the council said: 'We intend to be an excellent council by 2005 and ICT is central
to that.'
Notes to editors
1. The Commission rates services from no stars (poor) to three stars (excellent), and their
prospects for improvement as poor, uncertain, promising or excellent.
2. The full report is available on the Commission's web site.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's44-about-committee-paper-reports-own-it-result-good-probably',
    why: 'kind 6: era A committee paper reporting the published inspection of this council\'s own IT service; it cites the inspectors\' verdict (good, will probably improve) as the report\'s outcome, with no other service scored',
    pages: [
      `HALLINGFORD DISTRICT COUNCIL
POLICY AND RESOURCES COMMITTEE - 5 JULY 2001
REPORT OF THE DIRECTOR OF CORPORATE SERVICES
BEST VALUE INSPECTION OF THE INFORMATION TECHNOLOGY SERVICE
1. Purpose
To inform members of the outcome of the Audit Commission's inspection of the IT service.
2. Outcome
2.1 The Audit Commission published its inspection report on the council's IT service on 14 June
2001. The inspectors judged the IT service to be a good, two-star service that will probably
improve.
2.2 The report makes six recommendations, set out in Appendix A, which officers propose to
incorporate into the IT improvement plan.
3. Recommendation
That members note the inspection report and endorse the revised improvement plan.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's44-about-committee-paper-other-service-score-null',
    why: 'kind 6: a committee paper on the ICT Best Value review that quotes the benefits service\'s inspection score; the ICT inspection has not yet happened, so no judgement of this service',
    pages: [
      `CRANMOOR BOROUGH COUNCIL
CABINET - 18 SEPTEMBER 2002
ICT BEST VALUE REVIEW: PROGRESS REPORT
1. The ICT Best Value review began in April 2002 and is due to report to cabinet in December.
2. Members will recall that the housing benefits service was inspected by the Audit Commission in
May and was judged to be a fair, one-star service with promising prospects for improvement.
Several of the inspectors' comments concerned the benefits computer system, and the ICT review
will take account of them.
3. The Audit Commission has indicated that it intends to inspect the ICT service in spring 2003.
4. Recommendation: that cabinet notes progress.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-about-minutes-scores-not-yet-available-null',
    why: 'kind 6: minutes of a scrutiny meeting discussing a forthcoming inspection report whose scores are not yet released; member hopes for "good" are not a judgement',
    pages: [
      `ELMSWORTH COUNTY COUNCIL
Minutes of the Corporate Scrutiny Panel held on 3 March 2004
Item 6: Audit Commission inspection of ICT services
The Head of ICT reported that the inspection team had completed its on-site work on 20 February.
The Lead Inspector had given informal feedback on strengths and areas for improvement, but had
made clear that the scores would be confirmed only after moderation and would not be shared
before publication.
Councillor Patel said she hoped the service would be rated at least good, given the excellent
work done on the contact centre. Councillor Drew noted that staff morale remained poor.
RESOLVED: that the Panel receive the final report when it is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-about-council-press-release-good-excellent',
    why: 'kind 6: the council\'s own press release reporting the Audit Commission\'s published verdict on its ICT service (good, excellent prospects); the leader\'s ambition for three stars is not the verdict',
    pages: [
      `PRESS RELEASE
Stowley Borough Council
21 October 2003
COUNCIL'S ICT SERVICE PRAISED BY INSPECTORS
Inspectors from the Audit Commission have rated Stowley's ICT service as 'good' (two stars),
with 'excellent' prospects for improvement, in a report published today.
The inspectors praised the council's on-line payment system and its training programme for staff.
Council leader Jean Hartley said: 'This is a great result. Our aim now is to be a three-star,
excellent service by 2005.'
Ends`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's44-about-committee-report-poor-unlikely',
    why: 'kind 6: era A report to members on the published inspection of their IT service; it quotes the Commission\'s verdict (poor, unlikely to improve) and the officers\' response',
    pages: [
      `BRAMSHOTT DISTRICT COUNCIL
REPORT TO: Resources Committee
DATE: 19 September 2001
SUBJECT: Audit Commission report on the IT service
1. The Audit Commission's Best Value Inspection Service has now published its report on the
council's IT service. The Commission concluded that the service is poor and that it is unlikely
to improve.
2. Officers accept the main findings. The chief executive has asked the head of IT to prepare a
revised improvement plan, with costings, for the November meeting.
3. Members are asked to note the report.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------- kind 7: plain statements, both eras
  {
    name: 's44-plain-a-passive-poor-will-not',
    why: 'kind 7: era A; passive voice "has been judged to be poor" and "will not improve"',
    pages: [
      `Best Value Inspection Service
Information Technology
Salterton Borough Council
November 2000`,
      `Summary
The IT service has been judged to be poor. Users described it as slow and unreliable, and there
are no agreed standards of service. It has also been concluded that the service will not improve,
since the review did not question how the service is provided and proposes no real change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's44-plain-a-headings-fair-unlikely',
    why: 'kind 7: era A; judgements given under the headings "How good is the service?" and "Will the service improve?"',
    pages: [
      `Best Value Inspection Service
IT and Communications
Broadwater District Council
January 2001`,
      `How good is the service?
Fair. The service meets basic needs, but response times vary widely between departments.
Will the service improve?
Unlikely. The improvement plan depends on a restructure that has been postponed twice.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's44-plain-a-we-judge-good-probably',
    why: 'kind 7: era A; active voice "We judge that ... is good ... and that it will probably improve"',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Information Technology Unit
Fordham City Council
April 2001`,
      `Summary
We judge that the Information Technology Unit provides a good service, and that it will probably
improve. Users are largely satisfied, the network is stable, and the review has produced a
practical plan.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's44-plain-a-our-judgement-excellent-will',
    why: 'kind 7: era A; "Our judgement is that this is an excellent service which will improve"',
    pages: [
      `Best Value Inspection Service
IT Services
Wychbury Borough Council
June 2001`,
      `1 Summary
1.1 Our judgement is that this is an excellent service which will improve. It is among the best
run IT services we have inspected, and the review has set it challenging but achievable targets.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's44-plain-a-inspectors-found-good-will',
    why: 'kind 7: era A; "The inspectors found a good, two-star service" and "Yes, it will improve"',
    pages: [
      `Best Value Inspection Service
Corporate ICT
Tamsford County Council
March 2001`,
      `Summary
The inspectors found a good, two-star service, which is valued by the departments it supports.
Will it improve? Yes, it will improve. The council has already delivered the first stage of its
improvement plan and the rest is funded.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's44-plain-a-this-report-finds-fair-will-not',
    why: 'kind 7: era A; "This report finds the service to be fair" and "it will not improve"',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology Services
Aldercott District Council
July 2001`,
      `Summary
This report finds the IT service to be fair, with one star. It meets most of its basic service
standards. However, we have concluded that it will not improve: the council has decided not to
act on the review's main recommendations and has cut the IT budget for the coming year.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's44-plain-a-in-our-view-excellent-probably',
    why: 'kind 7: era A; "In our view the service is excellent" and "will probably improve"',
    pages: [
      `Best Value Inspection Service
Information and Communication Technology
Ravensworth Metropolitan Borough Council
September 2001`,
      `Summary
In our view the service is excellent. Performance is high, costs are low, and users are very
satisfied. We think it will probably improve further, although a planned move to new premises
carries some risk of disruption.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's44-plain-a-team-concluded-poor-unlikely',
    why: 'kind 7: era A; "The inspection team concluded that the service is poor and is unlikely to improve"',
    pages: [
      `Best Value Inspection Service
IT Services
Holmebridge Borough Council
August 2000`,
      `Summary
The inspection team concluded that the IT service is poor and is unlikely to improve. Too many
systems fail, users are not told when problems will be fixed, and the review's plan is vague.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's44-plain-b-we-judge-poor-poor',
    why: 'kind 7: era B; "We judge the service to be poor, with poor prospects for improvement"',
    pages: [
      `Audit Commission
Inspection Report
ICT Services
Gatesby Borough Council
February 2002`,
      `Summary
We judge the ICT service to be poor, with poor prospects for improvement. The council has no ICT
strategy, the network is unreliable and the review has not led to any change.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's44-plain-b-headings-fair-uncertain',
    why: 'kind 7: era B; "How good is the service?" and "What are the prospects for improvement?" headings with short answers',
    pages: [
      `Inspection of Information Technology
Milbourne District Council
Audit Commission
July 2002`,
      `How good is the service?
The service is fair. It provides a stable network, but development projects are poorly planned.
What are the prospects for improvement?
Uncertain. The improvement plan is sound on paper but has no budget attached to it.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's44-plain-b-inspectors-consider-good-promising',
    why: 'kind 7: era B; "The inspectors consider this to be a good service that has promising prospects"',
    pages: [
      `Audit Commission
ICT Services
Ferrybridge City Council
April 2003`,
      `Summary
The inspectors consider this to be a good service that has promising prospects for improvement.
The help desk performs well and the council has a clear plan for extending on-line services.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's44-plain-b-our-judgement-excellent-excellent',
    why: 'kind 7: era B; "Our judgement is that the ICT service is excellent (three stars) and that its prospects are excellent"',
    pages: [
      `Inspection Report
ICT and e-Government
Beaumont Borough Council
January 2005
Audit Commission`,
      `Summary
Our judgement is that the ICT service is excellent (three stars) and that its prospects for
improvement are excellent. It is well led, performs strongly against its peers and has a firm
grip on its improvement programme.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's44-plain-b-rated-fair-poor-prospects',
    why: 'kind 7: era B; passive "is rated as a fair, one-star service" and "prospects ... are poor"',
    pages: [
      `Audit Commission
Information Technology
Pelham Moor District Council
May 2002`,
      `Summary
The ICT service is rated as a fair, one-star service. Its prospects for improvement are poor:
the review was not completed, there is no improvement plan, and the council has not set aside
any resources to change the service.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's44-plain-b-we-found-good-uncertain',
    why: 'kind 7: era B; "We found a good service" and "we judge its prospects to be uncertain"',
    pages: [
      `Inspection Report
ICT Services
Langford Abbey Borough Council
March 2003
Audit Commission`,
      `Summary
We found a good service, well regarded by its users. However, we judge its prospects for
improvement to be uncertain, because the council has yet to decide how the service will be
provided once the current contract ends in 2004.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's44-plain-b-this-inspection-excellent-promising',
    why: 'kind 7: era B; "This inspection has found an excellent, three-star service" and "promising prospects"',
    pages: [
      `Audit Commission
Inspection of ICT Services
Dalesford County Council
October 2003`,
      `Summary
This inspection has found an excellent, three-star service with promising prospects for
improvement. The service performs strongly; its plans are ambitious, but some depend on
national funding that has not yet been confirmed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's44-plain-b-scored-poor-promising',
    why: 'kind 7: era B; "we have scored the service as poor" yet "its prospects ... are promising" thanks to new management',
    pages: [
      `Inspection Report
Information and Communications Technology
Wrenbury Borough Council
August 2003
Audit Commission`,
      `Summary
Performance has been weak for several years and we have scored the service as poor. Its
prospects for improvement, however, are promising: a new head of ICT was appointed in March,
members have approved a funded recovery plan and early results are encouraging.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  // ---------------------------------------------------------------- kind 8: no judgement of the service
  {
    name: 's44-none-draft-blank-grid-to-be-confirmed',
    why: 'kind 8: a draft report whose scoring chart has axis words but no mark, and "scores to be confirmed"',
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Audit Commission
Inspection of ICT Services
Hartcliffe Borough Council
Draft of 14 November 2003`,
      `Summary
[Scores to be confirmed following moderation.]
Scoring chart
\tProspects for improvement?
a good service?\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
The service has a well-run help desk, but the council's web site is poor and only a fair
proportion of transactions can be completed on-line.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-council-own-best-value-review',
    why: 'kind 8: the council\'s own Best Value review report; it rates itself against the Commission\'s scale, which is a self-assessment, not an inspection verdict',
    pages: [
      `ICT BEST VALUE REVIEW
Final Report of the Review Team
Kestrel Vale District Council
March 2001`,
      `Executive summary
The review team has assessed the IT service against the Audit Commission's criteria. We consider
the service to be good and believe that, with the changes proposed in this report, it will
improve. Users rated the help desk excellent in our survey, although satisfaction with the speed
of repairs was poor.
Our vision is an excellent IT service by 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-guidance-explaining-scale',
    why: 'kind 8: guidance for councils describing the two judgements and both vocabularies; no service is judged',
    pages: [
      `Seeing is Believing - a guide for councils preparing for inspection
Best Value Inspection Service
2002`,
      `How services are scored
Inspectors answer two questions. How good is the service? Services are scored from no stars
(poor) through one star (fair) and two stars (good) to three stars (excellent).
Will the service improve? Until September 2001 the answer was given as 'will not improve',
'unlikely to improve', 'will probably improve' or 'will improve'. From October 2001, prospects are
described as poor, uncertain, promising or excellent.
A good self-assessment will help the inspection team, but it does not determine the score.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-scrutiny-notes',
    why: 'kind 8: scrutiny committee briefing notes with ordinary uses of poor/good/excellent and no inspection verdict',
    pages: [
      `Overview and Scrutiny Committee
Briefing note: ICT service performance, quarter 2 2002/03
Oakhurst Borough Council
November 2002`,
      `Key points
- Help desk call volumes rose by 12 per cent on the same quarter last year.
- Network availability was excellent at 99.8 per cent.
- Performance on PC repairs was poor: only 61 per cent were completed within target.
- Members may wish to ask whether the good results on availability can be sustained once the
  new telephone system is installed.
- The Audit Commission has not yet inspected the ICT service.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-service-plan-aims-excellent',
    why: 'kind 8: an ICT service plan whose aim is an "excellent, three-star service with excellent prospects" - an ambition, not a judgement',
    pages: [
      `ICT Service Plan 2003/04
Corporate Services Directorate
Northam Borough Council`,
      `Our aims
We aim to be recognised as an excellent, three-star ICT service with excellent prospects for
improvement by the time of our inspection in 2005.
To get there we will:
1. meet the 2005 target for electronic service delivery;
2. cut the average time to fix a fault to four hours;
3. raise user satisfaction from a fair 68 per cent to 85 per cent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-draft-placeholders',
    why: 'kind 8: draft with placeholder scores "[GRADE]" and "to be agreed"',
    pages: [
      `Audit Commission
Inspection Report (DRAFT v0.3)
ICT Services
Lynmouth Vale District Council
Prepared: June 2004`,
      `Summary
The service is a [GRADE] service with [PROSPECTS] prospects for improvement.
Scores: to be agreed by the lead inspector and the quality reviewer before publication.
Note to report writer: do not circulate outside the inspection team.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-ict-strategy-ordinary-words',
    why: 'kind 8: a council ICT strategy using poor, excellent, fair and good as ordinary words',
    pages: [
      `Information and Communications Technology Strategy 2002-2005
Seacombe Metropolitan Borough Council
Approved by Cabinet, January 2002`,
      `1. Where we are now
Our staff survey found poor morale in some teams, but excellent working relationships between ICT
and the schools. A fair proportion of our systems are more than ten years old. We have a good
network but poor integration between our main business systems.
2. Where we want to be
A council in which residents can contact us in the way that suits them, at any time.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-self-assessment-claims-good-promising',
    why: 'kind 8: the council\'s self-assessment submitted before inspection claims "good" and "promising"; no inspectors\' verdict exists in the document',
    pages: [
      `Self-assessment for Audit Commission Inspection
ICT Services
Danbury Borough Council
Submitted: 2 September 2002`,
      `Section 4: Our assessment
We believe our ICT service is a good service, with promising prospects for improvement.
Evidence:
- 93 per cent of users satisfied or very satisfied (2002 survey)
- new customer relationship management system live since June
- improvement plan agreed by cabinet in July`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-consultant-benchmarking-report',
    why: 'kind 8: a consultant\'s benchmarking report placing the council in quartiles; uses "good" and "poor" for performance bands, no inspection judgement',
    pages: [
      `ICT Benchmarking Study
Prepared for Whitlow District Council by Parmenter Associates
October 2001`,
      `Findings
Cost per user: second quartile (good).
Help desk first-time fix rate: fourth quartile (poor).
Project delivery on time: third quartile.
Compared with the 24 councils in the benchmarking club, Whitlow's overall position is average.
We recommend that the council adopts the performance measures in Appendix 3.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-inspection-scoping-letter',
    why: 'kind 8: a letter from the Commission setting out the scope of a forthcoming inspection; it describes the two judgements but makes none',
    pages: [
      `Audit Commission
Best Value Inspection Service
15 January 2001
Dear Chief Executive
Inspection of the IT Best Value review
I write to confirm that we will inspect the council's IT service during the week of 12 March.
At the end of the inspection we will judge how good the service is and whether it will improve,
and we will give initial feedback on the final day. The inspection team will be led by
Mrs A. Fenwick.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-annual-report-other-services-scores',
    why: 'kind 8: a council annual report listing other services\' inspection scores; the ICT service is not yet inspected',
    pages: [
      `Best Value Performance Plan 2002/03
Corby Heath Borough Council
June 2002`,
      `Inspections during 2001/02
Service | Score | Prospects
Housing benefits | Good (2 stars) | Promising
Waste management | Fair (1 star) | Uncertain
Libraries | Poor (0 stars) | Poor
The ICT service review will be completed in March 2003, and we expect the service to be inspected
later that year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-internal-audit-it-controls',
    why: 'kind 8: an internal audit report on IT controls giving an audit assurance opinion ("limited"/"good"), which is not an inspection grade or prospect',
    pages: [
      `Internal Audit Report
IT General Controls 2000/01
Fairmead County Council
Issued: February 2001`,
      `Overall opinion
We can give only limited assurance over the IT control environment. Controls over back-up are
good, but password management is poor and change control is not documented.
Management response
The head of IT accepts the findings and expects all actions to be complete by June 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's44-none-improvement-plan-progress',
    why: 'kind 8: the council\'s progress report on its own ICT improvement plan, with RAG statuses and a target to be "good" next time; no judgement by inspectors',
    pages: [
      `ICT Improvement Plan - Progress Report
Tarnside District Council
Report to Cabinet, 9 December 2004`,
      `Summary
Of the 22 actions in the plan, 14 are complete (green), 5 are in progress (amber) and 3 are
behind schedule (red). Officers are confident that the plan will be fully delivered by March 2005,
and the council's aim remains for the service to be judged good, with promising prospects, when
it is next inspected.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
