/** Held-out judgement set 43, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases43: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's43-grid-asterisk-spaces-fair-probably',
    why: 'kind 1: asterisk under the Probably column on the Fair row; axis text lists every grade and prospect',
    pages: [
      `Best Value Inspection Service
Inspection Report
Information and Communications Technology
Borough of Ashgrove Vale
April 2001`,
      `Scoring chart
The chart below shows our judgement of the service.
                          Will the service improve?
How good is        No          Unlikely      Probably      Yes
the service?
Excellent
Good
Fair                                          *
Poor
'How good is the service?' is shown on the vertical axis and 'Will the service improve?' on the horizontal axis.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's43-grid-x-swapped-axes-one-cell-per-line',
    why: 'kind 1: axes swapped (prospects down the side, grades across); X in the Promising row, Good column; cells one per line',
    pages: [
      `AUDIT COMMISSION
Inspection of ICT Services
Harlow Fen District Council
Best Value Inspection Service – June 2002`,
      `Scoring chart
Caption: prospects for improvement run down the left; how good the service is runs across the top (Poor, Fair, Good, Excellent). Empty cells are left blank.
Poor
Fair
Good
Excellent
Excellent prospects




Promising prospects


X

Uncertain prospects




Poor prospects




The cross marks the inspectors' judgement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's43-grid-tick-tabs-poor-uncertain',
    why: 'kind 1: tab-separated grid, tick in Poor row under Uncertain prospects column',
    pages: [
      `Inspection report – Corporate IT Support
Westmarsh Metropolitan Borough Council
Published February 2003`,
      `Scoring chart\tHow good is the service? (rows) / What are the prospects for improvement? (columns)
\tPoor prospects\tUncertain prospects\tPromising prospects\tExcellent prospects
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t✓\t\t
The tick shows where the service stands.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's43-grid-star-mark-good-will',
    why: 'kind 1: black star as the mark, Good row, Yes column; era A axis words; star is a mark, not a rating',
    pages: [
      `Best Value Inspection Service
Kennet Reach Borough Council
Information Technology Services
Inspected January 2001`,
      `Summary
The council's IT division supports about 2,400 users across eleven sites. Our scores are shown below.
Scoring chart
                     Will the service improve?
                  No | Unlikely | Probably | Yes
Excellent   |    |          |          |
Good        |    |          |          | ★
Fair        |    |          |          |
Poor        |    |          |          |`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's43-grid-dot-spaces-excellent-excellent',
    why: 'kind 1: bullet dot in the top right cell (Excellent row, Excellent prospects column); axis words repeat "excellent"',
    pages: [
      `Audit Commission Inspection
ICT and e-Government Services
City of Brandmoor Council
November 2003`,
      `2
Scoring chart
How good is the service?
                 Poor         Uncertain       Promising       Excellent
                 prospects    prospects       prospects       prospects
Excellent                                                     •
Good
Fair
Poor
                 Prospects for improvement?`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's43-grid-bracket-x-cell-lines-poor-will-not',
    why: 'kind 1: checkbox style [x] against the cell Poor / No; every cell listed on its own line',
    pages: [
      `Best Value Inspection Service
Inspection of Information Technology
Torrin Bay District Council
Report issued August 2001`,
      `Scoring chart – cell by cell
Excellent / Yes [ ]
Excellent / Probably [ ]
Excellent / Unlikely [ ]
Excellent / No [ ]
Good / Yes [ ]
Good / Probably [ ]
Good / Unlikely [ ]
Good / No [ ]
Fair / Yes [ ]
Fair / Probably [ ]
Fair / Unlikely [ ]
Fair / No [ ]
Poor / Yes [ ]
Poor / Probably [ ]
Poor / Unlikely [ ]
Poor / No [x]
First word: how good is the service. Second word: will the service improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's43-grid-filled-square-fair-poor-prospects',
    why: 'kind 1: filled square in Fair row, first column (Poor prospects); columns listed poor→excellent',
    pages: [
      `Inspection Report
Information Services Division
Lowther Cross County Council
Audit Commission, September 2002`,
      `Scoring chart
            Poor        Uncertain     Promising     Excellent
            prospects   prospects     prospects     prospects
Excellent   □           □             □             □
Good        □           □             □             □
Fair        ■           □             □             □
Poor        □           □             □             □
The shaded square gives the inspectors' scores. Rows: a good service? Columns: will it improve?`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 2: table cells mixing grade word with stars / sentence
  {
    name: 's43-table-fair-one-star-promising-reasons',
    why: 'kind 2: "Fair – one star" cell beside a reasons column that says "excellent" and "poor"',
    pages: [
      `Best Value Inspection of ICT
Ravensholme Borough Council
Date of inspection: March 2002`,
      `Summary of judgements
Question | Judgement | Reasons
How good is the service? | Fair – one star | Excellent schools network, but poor response to faults in social services
What are the prospects for improvement? | Promising prospects | A costed plan, although the good intentions of earlier plans were not met`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's43-table-good-two-stars-yes-probably',
    why: 'kind 2: "Good (2 stars of 3)" and "Yes – probably" cells, reasons column mentions a fair proportion and poor morale',
    pages: [
      `Best Value Inspection Service
Dunstow District Council – IT Services
December 2000`,
      `Our judgements
How good is the service?        Good (2 stars of 3)        Most users rate support highly; a fair proportion of calls still breach target
Will the service improve?       Yes – probably             Sound review; poor morale in the network team is a risk`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's43-table-poor-zero-stars-no-will-not',
    why: 'kind 2: "Poor – no stars" and "No, it will not improve" cells; reasons column names an excellent plan elsewhere',
    pages: [
      `Inspection of Information Technology
Marrowby Borough Council
Best Value Inspection Service, May 2001`,
      `Table 1: Inspection judgements
Judgement
Score
Why
Quality of service
Poor – no stars
Systems fail often; users find the help desk hard to reach
Likelihood of improvement
No, it will not improve
The review did not challenge the service; the council's excellent finance team is not involved`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's43-table-excellent-three-stars-yes',
    why: 'kind 2: "Excellent ***" cell and "Yes, it will improve" with a reasons column mentioning a poor start',
    pages: [
      `Best Value Inspection Service
Salterby City Council
Information and Communication Technology
Report dated June 2001`,
      `Summary table
Area                     Score                         Reasons
Current service          Excellent  ***  (3 stars)     Recovered from a poor start in 1998; top-quartile costs and satisfaction
Will it improve?         Yes, it will improve          Clear targets, funded plan and a record of delivery`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's43-table-good-sentence-uncertain',
    why: 'kind 2: grade given as a sentence in the cell ("A good service – two stars"); prospect cell "Uncertain"; reasons say "promising start"',
    pages: [
      `Audit Commission
Inspection report: ICT Services
Penwick Borough Council
October 2002`,
      `Our judgements at a glance
1. Quality: "A good service – two stars." Reasons: reliable network, well-regarded help desk, fair costs.
2. Prospects: "Uncertain." Reasons: a promising start on the e-government plan, but no money yet set aside for the second phase.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's43-table-poor-nil-stars-poor-prospects',
    why: 'kind 2: "Poor (0 stars)" cell and "Poor prospects – see reasons" with reasons column quoting good and excellent',
    pages: [
      `Inspection of Information and Communications Technology
Eastlode District Council
Audit Commission – published April 2004`,
      `Inspectors' scores
Criterion\tScore\tReasons
How good is the service?\tPoor (0 stars)\tGood staff let down by excellent-sounding plans that never happen
What are the prospects for improvement?\tPoor prospects – see reasons\tNo agreed strategy; budget cut for third year running`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 3: paraphrased prospects
  {
    name: 's43-paraphrase-on-balance-expect-fair-probably',
    why: 'kind 3: "on balance we expect it to get better" with no scale word; era A (2001)',
    pages: [
      `Best Value Inspection Service
Corby Ford Borough Council – Information Technology
February 2001`,
      `Summary
We judge the IT service to be fair, offering a one-star service.
Weighing the review's weaknesses against the new management team's early actions, on balance we expect the service to get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's43-paraphrase-confident-delivery-good-will',
    why: 'kind 3: "we are confident the plan will be delivered" means will; era A',
    pages: [
      `Best Value Inspection
IT Services, Hexley Borough Council
Inspection carried out in July 2001`,
      `Summary
The inspection team found a good, two-star service.
We are confident that the improvement plan will be delivered: it is fully funded, each action has an owner, and the council has already completed the first six actions on time.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's43-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: "we doubt the council has the capacity" (unlikely) with no scale word; era A',
    pages: [
      `Best Value Inspection Service
Oakhurst District Council
Information Technology
March 2001`,
      `Summary
In our view this is a poor service.
We doubt that the council has the capacity to deliver its improvement plan; the two posts that would lead it are vacant and the plan has no budget beyond April.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's43-paraphrase-no-sign-change-poor-will-not',
    why: 'kind 3: "there is no sign that anything will change" (will not), no scale word; era A',
    pages: [
      `Inspection Report
Information Technology Services
Brackenfield Borough Council
Best Value Inspection Service, November 2000`,
      `Summary
The service is poor.
The review repeated the conclusions of the 1997 strategy, which was never implemented, and there is no sign that anything will change: no targets were set, members have not approved the action plan and no money has been found.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's43-paraphrase-era-b-expect-progress-fair-promising',
    why: 'kind 3: era B; "we think it more likely than not that the service will make progress" maps to promising',
    pages: [
      `Audit Commission
Inspection of ICT Services
Thornbury Vale District Council
January 2003`,
      `Summary
Inspectors judged the ICT service to be fair (one star).
We think it more likely than not that the service will make real progress: the plan is realistic and the new head of ICT has begun to deliver it, though some actions still lack money.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's43-paraphrase-era-b-every-confidence-excellent',
    why: 'kind 3: era B; "we have every confidence the council will turn its plans into further gains" maps to excellent prospects',
    pages: [
      `Inspection report
ICT and Customer Access
Ellesford City Council
Audit Commission – March 2004`,
      `Summary
We judge this to be an excellent, three-star service.
We have every confidence that the council will continue to get better: the improvement plan is funded to 2006, it is driven by the chief executive, and every milestone so far has been met early.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's43-paraphrase-era-b-not-sure-fair-uncertain',
    why: 'kind 3: era B; "we are not sure the council can deliver" maps to uncertain',
    pages: [
      `Audit Commission
Information Technology Inspection
Wrexley Borough Council
August 2002`,
      `Summary
The inspection team judged the service as fair.
Whether the service will get better is an open question. The plan is sensible, but we are not sure the council can deliver it while the outsourcing decision remains unresolved and half of the ICT posts are filled by agency staff.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's43-paraphrase-era-b-see-nothing-poor-poor',
    why: 'kind 3: era B; "we see nothing to suggest the service will improve" maps to poor prospects',
    pages: [
      `Inspection of Corporate ICT
Haddon Moor District Council
Audit Commission, May 2003`,
      `Summary
We found a poor service with no stars.
We see nothing to suggest that this service will improve. The council has no ICT strategy, the improvement plan was written by one officer without member approval, and the same failings were reported to the council by its auditors two years ago.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's43-quoted-self-assessment-good-inspectors-fair',
    why: 'kind 4: council self-assessment rated the service good; inspectors found fair with uncertain prospects',
    pages: [
      `Audit Commission
Inspection of ICT Services
Pendlecote Borough Council
July 2002`,
      `Summary
The council's self-assessment rated the ICT service as good and its prospects as promising. Our evidence tells a different story. We judge the service to be fair, and its prospects for improvement are uncertain because the plan depends on a restructure that has not been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's43-quoted-it-director-expects-rapid-progress',
    why: 'kind 4: IT director expects rapid progress; inspectors think improvement unlikely; era A',
    pages: [
      `Best Value Inspection Service
IT Services
Caulderbridge District Council
May 2001`,
      `Summary
The IT director told us that he expects rapid progress and that the service will be "the best in the county" within a year. We do not share that view. The service is fair, but it is unlikely to improve because the review did not test alternative ways of providing it and the plan has no targets.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's43-quoted-neighbour-excellent-this-good',
    why: 'kind 4: neighbouring council rated excellent; this council good with promising prospects',
    pages: [
      `Inspection report
ICT Services
Fallowfield District Council
Audit Commission – published December 2002`,
      `Comparison with others
Fallowfield's neighbour, Stourmere, was judged an excellent ICT service last year, and officers often measure themselves against it.
Summary of our judgement
Fallowfield is not at that level. We judge it a good service that has promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's43-quoted-earlier-inspection-poor-now-good',
    why: 'kind 4: an earlier inspection judged the service poor; this report finds good and will improve; era A',
    pages: [
      `Best Value Inspection Service
Re-inspection: Information Technology
Glenmarsh Borough Council
September 2001`,
      `Summary
When we first inspected this service in June 2000 we found it poor and unlikely to improve. Much has changed. The inspection team now judges it to be a good service, and it will improve: the council has kept every promise it made since our first visit.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's43-quoted-manager-merely-fair-inspectors-excellent',
    why: 'kind 4: head of ICT modestly calls the service merely fair; the inspectors judge it excellent with promising prospects',
    pages: [
      `Audit Commission
Inspection of ICT
Hollinsbury City Council
April 2003`,
      `Summary
The head of ICT describes the service as "fair at best" and says there is a great deal still to do. However, we judge the service to be excellent. Its prospects are promising rather than excellent, because the new contract for the data centre has yet to be let.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's43-quoted-self-assessment-will-improve-poor-unlikely',
    why: 'kind 4: council claims the service will improve; inspectors: poor and unlikely to improve; era A',
    pages: [
      `Best Value Inspection Service
Inspection of IT Services
Ashby Tarrant District Council
October 2000`,
      `Summary
In its submission the council stated that the service "will certainly improve" as a result of the review. Our view differs. We found a poor service that is unlikely to improve, since the actions in the plan are largely a restatement of work the council had already failed to complete.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's43-quoted-2001-inspection-fair-now-good-excellent',
    why: 'kind 4: earlier inspection (2001) rated fair and uncertain; this 2004 report judges good with excellent prospects',
    pages: [
      `Inspection report
ICT Services (re-inspection)
Morrow Heath Borough Council
Audit Commission, February 2004`,
      `Summary
Our 2001 inspection rated the service fair with uncertain prospects. Since then the council has reorganised ICT, appointed an e-government champion and doubled investment. We now judge the service to be good, and its prospects for improvement to be excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's43-long-sentence-excellent-probably',
    why: 'kind 5: forty-odd words of duties between "the service" and "excellent"; era A',
    pages: [
      `Best Value Inspection Service
Information Technology
Calder Mount City Council
March 2001`,
      `Summary
The IT service – which runs the council's networks, the 3,000-seat desktop estate, the revenues and benefits systems, the schools' broadband link (installed last year with a grant from the regional consortium) and the public-access terminals in the nineteen libraries – is, in the inspection team's judgement, excellent.
It will probably improve further, although the plan's later stages are not yet costed.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's43-long-sentence-poor-uncertain-page-break',
    why: 'kind 5: verdict sentence split across the page break with running header and page number inside it',
    pages: [
      `Audit Commission
Inspection of ICT Services
Selwood Borough Council
June 2003`,
      `Summary
We judge that the ICT service, which despite the goodwill of its staff and the efforts of a new manager (appointed only in January after a vacancy of eighteen months, during which the
Selwood Borough Council – ICT Inspection   3
service was run by contractors on a week-by-week basis), still fails many of its users, is a poor service, and that its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's43-long-sentence-fair-will-not-hyphenation',
    why: 'kind 5: long sentence with bracketed aside and a hyphenated line break; era A will not improve',
    pages: [
      `Best Value Inspection Service
IT and Telephony
Ormsby Fields District Council
January 2001`,
      `Summary
Taking account of the evidence we gathered on site (interviews with thirty-two staff, two focus groups of users, a re-
view of the help-desk logs for the last twelve months and a comparison with eight similar district councils), we consider that the IT and telephony service is fair; we also consider that it will not improve, because the review was never completed and no improvement plan has been adopted.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's43-long-sentence-good-excellent-prospects',
    why: 'kind 5: prospects verdict after a long list of reasons; era B',
    pages: [
      `Inspection report
ICT Services
Brightlingham County Council
Audit Commission – October 2004`,
      `Summary
The county's ICT service is good.
The prospects for improvement of a service that has, over three years, reorganised its support teams around the directorates they serve, let a ten-year infrastructure partnership after open competition, met every e-government target set for 2003 and built a performance framework that members actually use, are, in our view, excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's43-long-sentence-good-unlikely-dashes',
    why: 'kind 5: dashes between subject and verdict; the grade follows a list of good and poor features; era A',
    pages: [
      `Best Value Inspection Service
Information Services
Penhallow Borough Council
August 2001`,
      `Summary
Information Services – a section of forty staff that manages the mainframe, the payroll and housing systems, and the help desk, and that last year absorbed the former education computer unit with its poor record of project delivery – provides, we found, a good service to most users.
However, the council is unlikely to improve it further because the review's proposals were rejected by the cabinet and there is no alternative plan.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's43-long-sentence-excellent-promising',
    why: 'kind 5: verdict at the end of a sentence that opens with context about other services; era B',
    pages: [
      `Audit Commission
Inspection of E-Government and ICT
Kingsworth City Council
September 2003`,
      `Summary
Although several of the council's front-line services, including housing repairs and planning, have in the past been criticised for weak use of information, and although the ICT section itself was once regarded by staff as remote, the ICT and e-government service that we inspected this summer is, on the evidence of performance, user surveys and cost comparison, an excellent one with promising prospects.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's43-about-commission-press-release-fair-promising',
    why: 'kind 6: Audit Commission press release in the Commission\'s own voice about this inspection; the verdict is the Commission\'s',
    pages: [
      `AUDIT COMMISSION
News release – for immediate release
14 November 2002
Ravenscar council's ICT service "fair" but set to improve, says Audit Commission
The Audit Commission has judged Ravenscar District Council's ICT service to be fair, with one star, and found that it has promising prospects for improvement.
Inspectors praised the help desk but found the council had fallen behind on its e-government targets.
Notes to editors: the Commission's inspection reports grade services from no stars (poor) to three stars (excellent).`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's43-about-commission-news-release-good-will',
    why: 'kind 6: Commission news release (2001) reporting its inspectors\' judgement on the service',
    pages: [
      `Audit Commission – Best Value Inspection Service
Press notice, 21 June 2001
GOOD IT SERVICE WILL IMPROVE, SAY INSPECTORS
Inspectors from the Audit Commission have found that Fernleigh Borough Council runs a good information technology service that will improve.
"The council has a clear plan and the money to carry it out," said the lead inspector.
Notes: services are judged on a four-point scale from poor to excellent, and on whether they will improve (no, unlikely, probably, yes).`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's43-about-commission-press-release-poor-poor',
    why: 'kind 6: Commission press release on a poor ICT service with poor prospects; notes quote the scale',
    pages: [
      `AUDIT COMMISSION PRESS RELEASE
9 March 2004
Inspectors raise concerns over Grimsby Moor ICT
The Audit Commission today published its inspection of ICT at Grimsby Moor Borough Council. Inspectors rated the service poor, with no stars, and judged its prospects for improvement to be poor.
The lead inspector said: "Staff work hard, but without direction from the top the service cannot get better."
Background: ratings run from 0 stars (poor) to 3 stars (excellent); prospects are poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's43-about-scrutiny-minutes-inspection-scheduled',
    why: 'kind 6: scrutiny minutes noting the ICT inspection is due and citing last year\'s benefits score; no ICT judgement, so null',
    pages: [
      `MINUTES OF THE RESOURCES SCRUTINY COMMITTEE
Tuesday 4 September 2001
Item 6: Best Value inspection of IT services
The Head of IT reported that Audit Commission inspectors would be on site from 15 October. Members recalled that the benefits service, inspected last year, had been judged good and likely to improve, and asked whether IT could hope for the same.
The Head of IT said she hoped for at least a fair rating but that it was for the inspectors to decide.
RESOLVED: that the committee receive the inspection report when published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-about-committee-paper-other-service-score',
    why: 'kind 6: committee paper quoting the housing repairs inspection score while the ICT result is awaited; null',
    pages: [
      `Report to Cabinet
12 February 2003
Best Value Inspection Programme – progress update
Report of the Director of Corporate Services
1. The Audit Commission's inspection of housing repairs was published in January. Inspectors judged it a fair service with promising prospects.
2. The ICT inspection took place in December. The draft report is expected in March; no scores have yet been given.
3. Recommendation: that Cabinet notes the progress of the programme.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-about-council-press-release-aims-excellent',
    why: 'kind 6: council press release announcing the inspection and aiming to be excellent; null',
    pages: [
      `Westbury Down District Council – Press Office
For release 2 April 2002
COUNCIL WELCOMES ICT INSPECTORS
Inspectors from the Audit Commission arrive next week to examine the council's ICT service. Council leader Cllr Jean Farrow said: "We want to be an excellent, three-star service with excellent prospects, and we are confident we will get there."
The inspectors' report is expected in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-about-national-summary-press-release',
    why: 'kind 6: Commission release on national figures for many ICT inspections; no single service judged; null',
    pages: [
      `Audit Commission news
30 August 2001
IT services must align with council priorities
Of the first 76 Best Value inspections of council IT services, more than 70 per cent were graded poor or fair and none excellent. Most were judged likely to improve. The Commission calls on councils to align IT strategy with their corporate aims.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- kind 7: plain statements
  {
    name: 's43-plain-headings-good-probably',
    why: 'kind 7: verdicts given under the headings "How good is the service?" and "Will the service improve?"; era A',
    pages: [
      `Best Value Inspection Service
IT Services
Marlow Stoke Borough Council
February 2001`,
      `How good is the service?
The service is good. Users are satisfied and costs are below average.
Will the service improve?
The service will probably improve. The plan is sound, though some targets lack dates.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's43-plain-passive-poor-will-not',
    why: 'kind 7: passive "is judged to be poor" and "will not improve"; era A',
    pages: [
      `Best Value Inspection Service
Inspection of Information Technology
Hamblecote District Council
December 2000`,
      `Summary
The IT service is judged to be poor. It is also judged that the service will not improve, given the lack of any plan agreed by members.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's43-plain-we-judge-excellent-will',
    why: 'kind 7: active "we judge" for both; era A',
    pages: [
      `Best Value Inspection Service
ICT Services
Castlebury City Council
June 2001`,
      `Summary
We judge that Castlebury provides an excellent IT service that will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's43-plain-our-judgement-fair-unlikely',
    why: 'kind 7: "Our judgement is" form; era A',
    pages: [
      `Best Value Inspection Service
Information Technology
Whitlow Green Borough Council
April 2001`,
      `Summary
Our judgement is that this is a fair, one-star service which is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's43-plain-inspectors-found-poor-unlikely',
    why: 'kind 7: "inspectors found" active form, era A; body also mentions "poor morale" as ordinary words',
    pages: [
      `Best Value Inspection Service
IT Support and Development
Linwood Abbey District Council
July 2001`,
      `Summary
Inspectors found a poor service that is unlikely to improve.
Poor morale among support staff, frequent system failures and the absence of any service standards all contributed to this judgement.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's43-plain-three-star-excellent-yes',
    why: 'kind 7: "three-star, excellent service" and "Yes, it will improve" answer under the question heading; era A',
    pages: [
      `Best Value Inspection Service
IT Services
Stanmore Rise Borough Council
September 2001`,
      `Is it a good service?
It is a three-star, excellent service.
Will it improve?
Yes. The service will improve: the plan is ambitious, funded and already under way.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's43-plain-this-report-fair-will-not',
    why: 'kind 7: "This report concludes" form; era A',
    pages: [
      `Best Value Inspection Service
Inspection of IT Services
Northwold District Council
November 2000`,
      `Summary
This report concludes that the IT service is fair and will not improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's43-plain-inspection-team-good-probably',
    why: 'kind 7: "the inspection team considers"; era A; mentions "excellent working relationships" as ordinary words',
    pages: [
      `Best Value Inspection Service
IT Services
Ferrybridge Borough Council
May 2001`,
      `Summary
The inspection team considers the service to be good, and that it will probably improve.
Excellent working relationships with the schools have helped the service keep costs down.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's43-plain-era-b-excellent-excellent',
    why: 'kind 7: era B plain statement, excellent and excellent prospects',
    pages: [
      `Audit Commission
ICT Inspection
Sandholme City Council
May 2004`,
      `Summary
Sandholme provides an excellent, three-star ICT service which has excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's43-plain-era-b-poor-poor',
    why: 'kind 7: era B passive "is judged"; poor and poor prospects',
    pages: [
      `Audit Commission
Inspection of Corporate ICT
Rowley Bridge Borough Council
January 2002`,
      `Summary
The service is judged to be poor with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's43-plain-era-b-headings-good-uncertain',
    why: 'kind 7: era B; headings "How good is the service?" and "What are the prospects for improvement?"',
    pages: [
      `Audit Commission
ICT Services
Elmstead Borough Council
March 2003`,
      `How good is the service?
We judge the service to be good. It is reliable and users value it.
What are the prospects for improvement?
Prospects for improvement are uncertain. The council has not yet decided how to fund the new network.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's43-plain-era-b-our-view-excellent-promising',
    why: 'kind 7: era B "In our view the service is"',
    pages: [
      `Inspection report
ICT and Web Services
Westcombe District Council
Audit Commission – November 2002`,
      `Summary
In our view the service is excellent and has promising prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's43-plain-era-b-one-star-uncertain',
    why: 'kind 7: era B; "a fair, one-star service" and "uncertain prospects"; body says "a fair proportion" as ordinary words',
    pages: [
      `Audit Commission
Inspection of ICT
Tillingham Borough Council
December 2001`,
      `Summary
Tillingham's ICT service is a fair, one-star service with uncertain prospects for improvement.
A fair proportion of the council's spending on ICT still goes on maintaining old systems.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's43-plain-era-b-excellent-excellent-2',
    why: 'kind 7: era B "The Commission has rated" form',
    pages: [
      `Audit Commission
Inspection report: Information Management and Technology
Abbotsleigh County Council
July 2005`,
      `Summary
The Commission has rated this an excellent service. Its prospects for improvement are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's43-plain-era-b-poor-poor-2',
    why: 'kind 7: era B "we have concluded"; "not yet a good service" negation precedes the verdict',
    pages: [
      `Audit Commission
Inspection of ICT Services
Dunmere District Council
October 2003`,
      `Summary
This is not yet a good service. We have concluded that it is poor and that its prospects for improvement are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 8: no-judgement documents
  {
    name: 's43-none-draft-blank-grid',
    why: 'kind 8: draft report with an unmarked scoring chart and "scores to be confirmed"',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
IT Services – Quarrington Borough Council
August 2001`,
      `Scoring chart (scores to be confirmed at moderation)
                 No      Unlikely    Probably    Yes
Excellent
Good
Fair
Poor
Summary
[Text to follow once scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-council-own-review',
    why: 'kind 8: council\'s own Best Value review rating itself good; not an inspection',
    pages: [
      `Best Value Review of ICT
Final Report of the Review Team
Cranleigh Vale Borough Council
June 2002`,
      `3. Conclusions of the review
The review team considers the ICT service to be good and believes it has excellent prospects. The service will be inspected by the Audit Commission in the autumn.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-guidance-note-scale',
    why: 'kind 8: guidance on how inspections are scored; lists every grade and prospect; null',
    pages: [
      `Guidance for Council Officers
Preparing for a Best Value Inspection
Corporate Policy Unit, 2002`,
      `How inspectors score
Inspectors answer two questions. How good is the service? – poor, fair, good or excellent (0 to 3 stars). What are the prospects for improvement? – poor, uncertain, promising or excellent. Before October 2001 the second question was answered as will not improve, unlikely to improve, will probably improve or will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-scrutiny-notes',
    why: 'kind 8: scrutiny panel notes discussing ICT problems; no inspection verdict',
    pages: [
      `Overview and Scrutiny Panel – Notes of Meeting
ICT Service Review
Eastwick District Council, 17 March 2003`,
      `Members felt that ICT support was poor in outlying offices and that the new help desk was a good start. The Head of ICT said the service would improve once the new network was in place. The panel agreed to ask for a report on response times in June.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-service-plan-aim-excellent',
    why: 'kind 8: service plan aiming to be an excellent, three-star service by 2005',
    pages: [
      `ICT Service Plan 2003–2006
Holmfirth Bridge Borough Council`,
      `Our vision
We aim to be an excellent, three-star ICT service by 2005, with excellent prospects for further improvement.
Our targets
• 100% of services e-enabled by December 2005
• 95% of help-desk calls resolved within agreed times`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-improvement-plan-table',
    why: 'kind 8: improvement plan action table; ratings column is the council\'s own RAG status',
    pages: [
      `Improvement Plan: Information Technology
Sutton Wold District Council
Version 3, January 2001`,
      `Action | Owner | Target date | Status
Adopt IT strategy linked to corporate plan | Chief Executive | March 2001 | Good progress
Introduce service level agreements | Head of IT | June 2001 | Poor – delayed
Benchmark costs with CIPFA club | IT Manager | September 2001 | Fair`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-draft-placeholders',
    why: 'kind 8: draft inspection report with placeholders for the judgements',
    pages: [
      `Audit Commission
Inspection of ICT – DRAFT v0.4
Barnfield City Council
November 2003`,
      `Summary
We judge the service to be [GRADE] and its prospects for improvement to be [PROSPECTS]. Scores to be confirmed after the challenge panel on 2 December.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-benchmarking-report',
    why: 'kind 8: consultants\' benchmarking report comparing ICT costs; no inspection judgement',
    pages: [
      `ICT Benchmarking Study 2002
Prepared for Lydford Borough Council by an external consultancy`,
      `Key findings
Lydford's cost per workstation is in the upper quartile of the comparator group. User satisfaction (68%) is fair compared with the group average of 71%. The best performer in the group has excellent availability figures.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-ict-strategy',
    why: 'kind 8: the council\'s ICT strategy document; ambitions only',
    pages: [
      `Information and Communications Technology Strategy 2002–2005
Marsden Heath County Council`,
      `1. Introduction
This strategy sets out how ICT will support the council's corporate priorities. It will help us deliver good services and meet the government's 2005 target for electronic service delivery. We will know we have succeeded when the Audit Commission judges us excellent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-notification-letter',
    why: 'kind 8: Commission letter announcing scope of a forthcoming inspection; null',
    pages: [
      `Audit Commission
Best Value Inspection Service
18 January 2001
Dear Chief Executive
Inspection of IT Services
I write to confirm that the inspection of your IT service will begin on 5 February. The inspection will answer two questions: how good is the service, and will it improve? The lead inspector will contact your Head of IT to agree the timetable.
Yours sincerely
Regional Inspection Manager`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-pre-inspection-self-assessment',
    why: 'kind 8: council\'s pre-inspection self-assessment in its own voice; "we believe we will improve" is not the inspectors\' view',
    pages: [
      `Self-Assessment for Best Value Inspection
IT Services
Kirkby Lonsdale District Council
March 2001`,
      `Our assessment
We believe we provide a good service and that we will improve. Our users' survey shows 82% satisfaction. We recognise that our training offer is poor and we plan to address this.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-annual-audit-letter',
    why: 'kind 8: annual audit letter with ordinary uses of poor, fair and excellent; no service judgement',
    pages: [
      `Annual Audit Letter 2001/02
Wenlock Marsh District Council
District Auditor`,
      `Financial standing
The council's financial position is sound, and it holds a fair level of reserves. Staff turnover in finance has led to poor morale, but working relationships with audit remain excellent. We will report separately on the council's progress with e-government.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's43-none-members-briefing-blank-chart',
    why: 'kind 8: members\' briefing that reproduces an unmarked chart to explain the scoring; null',
    pages: [
      `Members' Briefing Note
Understanding Best Value inspection scores
Thorne Valley Borough Council, February 2004`,
      `An inspection report contains a chart like the one below. The inspectors mark one box.
              Poor prospects   Uncertain   Promising   Excellent prospects
Excellent
Good
Fair
Poor
Our ICT service will be inspected later this year.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
