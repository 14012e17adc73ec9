/** Held-out judgement set 40, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases40: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's40-grid-asterisk-tabs-era-a-fair-probably',
    why: 'kind 1: tab-separated grid, grades across and prospects up; the asterisk sits in the Fair column on the probably row; axis words list every value',
    pages: [
      `Best Value Inspection Service
Inspection of Information and Communications Technology
Northmoor District Council
June 2001`,
      `Summary
The council's ICT section supports around 900 users across six sites. The scoring chart below shows
our judgement.
Scoring chart
'A good service?' runs across the foot of the chart; 'Will the service improve?' runs up the side.
Will improve\t\t\t\t\t
Will probably improve\t\t*\t\t\t
Unlikely to improve\t\t\t\t\t
Will not improve\t\t\t\t\t
\tPoor\tFair\tGood\tExcellent
Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer
practical recommendations for change. We recommend that the council ...`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's40-grid-x-spaces-era-b-good-promising',
    why: 'kind 1: grades down the side, prospects across the top, aligned by runs of spaces; the X falls under Promising on the Good row',
    pages: [
      `Audit Commission
ICT Services
Ashbourne Vale Borough Council
Best Value Inspection
March 2003`,
      `Scoring chart
Quality of the service (rows) against prospects for improvement (columns)

                Poor          Uncertain     Promising     Excellent
                prospects     prospects     prospects     prospects
Excellent
Good                                        X
Fair
Poor

The council's ICT service supports the delivery of front-line services and the corporate
e-government programme. Users were broadly satisfied, though response times vary between sites.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's40-grid-tick-one-cell-per-line-era-b-poor-uncertain',
    why: 'kind 1: extraction put each cell on its own line; the tick is the first cell (Poor column) of the Uncertain prospects row',
    pages: [
      `Best Value Inspection
IT Support and Development
Kelsey Moor Metropolitan Borough Council
November 2002`,
      `Scoring chart
How good is the service (columns) and what are the prospects for improvement (rows)?
Columns, left to right: Poor | Fair | Good | Excellent
Excellent prospects
–
–
–
–
Promising prospects
–
–
–
–
Uncertain prospects
✓
–
–
–
Poor prospects
–
–
–
–
Page 4`,
      `Summary of findings
The IT unit has been slow to respond to departmental requests and several projects have
overrun. A new head of ICT started in the summer and a restructuring is under way.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's40-grid-black-star-pipes-era-a-excellent-will',
    why: 'kind 1: pipe-table grid with grades as rows and era A prospects as columns; the ★ is in the Excellent row under Will improve',
    pages: [
      `Inspection Report
Information Technology Services
City of Wexcombe Council
August 2001
Best Value Inspection Service`,
      `Scoring chart
| A good service? | Will not improve | Unlikely to improve | Will probably improve | Will improve |
| Excellent       |                  |                     |                       | ★            |
| Good            |                  |                     |                       |              |
| Fair            |                  |                     |                       |              |
| Poor            |                  |                     |                       |              |
The grid shows the inspectors' two judgements in a single marked cell.
Context
The IT service has a budget of £4.2 million and 61 staff. It runs the corporate network, the
data centre and a help desk open twelve hours a day.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's40-grid-dot-reversed-axes-era-b-fair-poor',
    why: 'kind 1: columns run Excellent to Poor (reversed) and prospects rows start at Poor; the bullet is in the Fair column of the Poor prospects row',
    pages: [
      `Audit Commission Inspection
Corporate ICT
Hartfield District Council
May 2004`,
      `Scoring chart
Prospects for improvement are shown down the side; the quality of the service across the top.
\tExcellent\tGood\tFair\tPoor
Poor prospects\t\t\t•\t
Uncertain prospects\t\t\t\t
Promising prospects\t\t\t\t
Excellent prospects\t\t\t\t
Summary
Staff morale in the ICT team is poor after two failed restructures. Relationships with the main
supplier remain excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's40-grid-bracket-x-era-b-good-excellent',
    why: 'kind 1: every cell rendered as [ ] with one [x]; prospects rows listed Excellent first, grades Poor to Excellent across; the mark is Good / Excellent prospects',
    pages: [
      `Best Value Inspection of ICT and e-Government
Thornbury Heath Borough Council
September 2004`,
      `Scoring chart                                  Poor   Fair   Good   Excellent
Excellent prospects                            [ ]    [ ]    [x]    [ ]
Promising prospects                            [ ]    [ ]    [ ]    [ ]
Uncertain prospects                            [ ]    [ ]    [ ]    [ ]
Poor prospects                                 [ ]    [ ]    [ ]    [ ]
(Columns: 'How good is the service?'  Rows: 'What are the prospects for improvement?')
The council aims to be an excellent, three-star service by 2006.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's40-grid-asterisk-caption-running-header-era-a-poor-will-not',
    why: 'kind 1: caption names the axes, a running header breaks the grid; the asterisk is in the Poor column of the Will not improve row',
    pages: [
      `Best Value Inspection Service
Information Technology
Brindley Fields District Council
February 2001`,
      `Scoring chart (vertical axis: will the service improve? horizontal axis: a good service?)
Will improve
Will probably improve
Unlikely to improve
Brindley Fields DC – IT inspection                                   Page 3
Will not improve         *
                         Poor        Fair        Good        Excellent
The IT section has lost half its technical staff in eighteen months and the council has no
agreed plan for replacing its ageing network.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ───────────────────────── kind 2: mixed table cells ─────────────────────────
  {
    name: 's40-cells-good-two-stars-uncertain-reasons',
    why: 'kind 2: grade cell mixes word and stars; reasons column uses "excellent" and "poor" about other things',
    pages: [
      `Audit Commission
Best Value Inspection: ICT Services
Dunmere Borough Council
January 2003`,
      `Our judgements
Judgement                        | Score                               | Main reasons
How good is the service?         | Good – two stars out of three       | Excellent help desk satisfaction; poor record on project delivery
What are the prospects?          | Uncertain prospects                 | Improvement plan unfunded beyond 2003/04; no owner for e-government
The council's own target is to be excellent by 2005.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's40-cells-no-will-not-improve-poor-no-stars',
    why: 'kind 2: "Poor (no stars)" and "No – it will not improve" in cells; reasons column mentions "fair" and "good" in passing',
    pages: [
      `Best Value Inspection Service
Information Technology
Caldwick Council
April 2001`,
      `Summary table
Question                      Answer                                   Why
Is it a good service?         Poor (no stars)                          Only a fair proportion of calls fixed first time; good staff but no strategy
Will it improve?              No – it will not improve                 No review of options; members not engaged
Recommendations follow on page 6.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's40-cells-fair-one-star-yes-will-improve',
    why: 'kind 2: cells read "Fair (one star)" and "Yes – the service will improve"; the "why" column talks of a good plan',
    pages: [
      `Inspection of IT Services
Penmarris County Council
Best Value Inspection Service – July 2001`,
      `The inspectors' judgements
A good service?\tFair (one star)\tSound basics, but users wait too long for new systems
Will the service improve?\tYes – the service will improve\tA good, costed plan; strong member support; early gains already made
Context
The county's IT unit employs 48 staff and manages 2,300 desktops.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's40-cells-three-stars-excellent-promising',
    why: 'kind 2: grade cell is stars then word; prospects cell word plus a sentence; third column uses "poor"',
    pages: [
      `Best Value Inspection
ICT and Customer Access
Lydford Marches District Council
October 2003`,
      `Inspection scores
Service quality:        ★★★  Excellent            Reasons: very few poor results on any indicator
Prospects:              Promising prospects – likely to keep improving, though the partnership
                        contract ends in 2005 and is not yet re-let
This is the first three-star ICT inspection in the region.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's40-cells-good-2-of-3-probably-line-break',
    why: 'kind 2: "Good: 2 stars of 3" and "Probably – will probably improve" with the prospect cell split over two lines; reasons mention poor morale and excellent relationships',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Hollinsbury Metropolitan Borough Council
May 2001`,
      `Judgement           Rating                          Reasons
Quality             Good: 2 stars of 3              Excellent working relationships with schools
Improvement         Probably – the service will     Some poor morale after restructuring, but a
                    probably improve                credible plan
Page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's40-cells-zero-stars-poor-prospects',
    why: 'kind 2: "0 stars – poor" and "Poor prospects – no credible plan"; reasons column uses "fair" in ordinary sense',
    pages: [
      `Audit Commission
Inspection of Corporate ICT
Ravensholme Borough Council
June 2004`,
      `Summary of judgements
• How good is the service? .......... 0 stars – poor
• Prospects for improvement ......... Poor prospects – no credible plan, no funding identified
• Comment: the council has had a fair amount of advice since 2002 but acted on little of it.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ───────────────────────── kind 3: paraphrased prospects ─────────────────────────
  {
    name: 's40-paraphrase-on-balance-expect-better-era-a',
    why: 'kind 3: "on balance we expect it to get better" = probably; grade stated plainly',
    pages: [
      `Best Value Inspection Service
IT Services – Glenholme District Council
March 2001`,
      `Summary
We judge the IT service to be a fair, one-star service. Users are mostly content with the help
desk but the council lacks a clear picture of what its systems cost.
On balance we expect the service to get better: the review was thorough and the action plan is
realistic, although it depends on two posts that are not yet filled.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's40-paraphrase-confident-deliver-plan-era-a',
    why: 'kind 3: "we are confident the council will deliver its plan in full" = will improve',
    pages: [
      `Inspection of Information Technology
Stourleigh Borough Council
Best Value Inspection Service, September 2001`,
      `Summary
In our view this is a good service that meets most of its users' needs.
We are confident that the council will deliver its improvement plan in full and on time. The
chief executive chairs the ICT board, the money is in the budget and the first milestones have
already been met.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's40-paraphrase-doubt-capacity-era-a',
    why: 'kind 3: "we doubt the council has the capacity to deliver" = unlikely',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Marlow Fen District Council
January 2001`,
      `Summary
The service is poor. Systems fail often and there is no disaster recovery plan.
We doubt that the council has the capacity to carry out the improvement plan it has drawn up:
the IT manager is also the project manager for every major scheme, and no extra money has been set
aside.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's40-paraphrase-no-sign-change-era-a',
    why: 'kind 3: "no sign that anything will change" and "will not turn the service round" = will not improve',
    pages: [
      `Best Value Inspection Service
ICT – Tarnside Council
August 2001`,
      `Our judgement
This is a poor service. The Best Value review did not challenge the way the service is provided,
and there is no sign that anything will change. Nothing we saw suggests the present arrangements
will turn the service round.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's40-paraphrase-more-likely-than-not-era-b',
    why: 'kind 3: era B; "more likely than not that the service will improve" = promising',
    pages: [
      `Audit Commission
ICT Services
Coldharbour District Council
February 2003`,
      `Summary
The inspectors judge the ICT service to be fair.
We believe it is more likely than not that the service will improve. The new strategy is linked to
the council's priorities and has member backing, but some of the targets are still vague.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's40-paraphrase-not-convinced-era-b',
    why: 'kind 3: era B; "not convinced the improvements will be delivered" = uncertain (some doubt, not denial)',
    pages: [
      `Best Value Inspection
Information and Communications Technology
Saltmarsh Borough Council
December 2002`,
      `Summary
We judge that Saltmarsh provides a fair, one-star ICT service.
We are not yet convinced that the planned improvements will be delivered. The plan is sensible,
but similar plans in 1999 and 2001 came to little, and the budget for 2003/04 has still to be
agreed. It may improve; the evidence either way is finely balanced.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's40-paraphrase-every-reason-to-believe-era-b',
    why: 'kind 3: era B; "every reason to believe it will keep getting better" with strong track record = excellent prospects',
    pages: [
      `Audit Commission Inspection Report
ICT Services – Wyvern Hills Council
July 2003`,
      `Summary
This is a good service. We have every reason to believe that it will continue to get better. The
council has a strong record of delivering what it promises, improvement is built into the way the
ICT division is managed, and the plan is fully costed and funded.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's40-paraphrase-little-prospect-era-b',
    why: 'kind 3: era B; "we can see no realistic prospect of improvement" = poor prospects',
    pages: [
      `Best Value Inspection
Corporate IT Services
Oldbridge Council
April 2004`,
      `Summary
In our view the service is poor.
We can see no realistic prospect of the service getting better in the near future. There is no
agreed strategy, the improvement plan has no owner, and senior managers do not accept the findings
of their own review.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ───────────────────────── kind 4: quoted views ─────────────────────────
  {
    name: 's40-quoted-self-assessment-good-inspectors-fair',
    why: 'kind 4: self-assessment claims good and excellent prospects; "however" the inspectors find fair with promising prospects',
    pages: [
      `Audit Commission
ICT Services
Elmstead Borough Council
October 2002`,
      `Summary
The council's self-assessment rated the ICT service as good, with excellent prospects.
However, our evidence tells a different story. We judge the service to be fair: users in two
directorates still wait weeks for basic repairs. The prospects for improvement are promising,
because the new strategy is funded and members are now involved.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's40-quoted-it-director-rapid-progress-era-a',
    why: 'kind 4: IT director expects rapid progress; inspectors are not confident = unlikely',
    pages: [
      `Best Value Inspection Service
Information Technology
Grangemoor District Council
May 2001`,
      `Summary
The service is fair. It handles routine requests well but has no plan for the council's future
needs.
The IT director expects rapid progress once the new structure is in place. We do not share his
optimism. We are not confident that the council will deliver its plan, and we think it unlikely
that the service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's40-quoted-neighbour-excellent-this-good',
    why: 'kind 4: a neighbouring council\'s excellent rating is quoted; this service is good and will improve',
    pages: [
      `Best Value Inspection Service
IT Services – Kingsway District Council
September 2001`,
      `Comparison with others
The ICT service at neighbouring Fernley Council was judged excellent by inspectors earlier this
year, and Kingsway officers visited it to learn from it.
Summary of our judgement
Kingsway's IT service is a good, two-star service, and it will improve: the plan is costed, the
first stage has been delivered and the chief executive monitors progress monthly.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's40-quoted-earlier-inspection-poor-now-fair',
    why: 'kind 4: an earlier (era A) inspection of the same service judged it poor and unlikely to improve; this era B inspection finds fair / promising',
    pages: [
      `Audit Commission
Re-inspection of ICT Services
Bexmoor Borough Council
June 2003`,
      `Background
When the service was first inspected in March 2001 it was judged poor and unlikely to improve.
Our findings
Since then the council has invested heavily. We now judge the service to be fair, and its
prospects for improvement promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's40-quoted-scrutiny-panel-poor-inspectors-good',
    why: 'kind 4: council scrutiny panel called the service poor; "our evidence tells a different story" — inspectors say good, uncertain prospects',
    pages: [
      `Best Value Inspection
ICT Services
Westerham Vale Council
March 2004`,
      `Summary
In its report last autumn the council's own scrutiny panel described the ICT service as poor and
said it would not improve without outsourcing.
Our evidence tells a different story. The inspectors judge the service to be good. Its prospects
for improvement are, however, uncertain, because the outsourcing debate has stalled decisions on
investment.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's40-quoted-members-believe-quick-improvement',
    why: 'kind 4: members believe the service will improve quickly; but inspectors judge it poor and unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Aldergate District Council
June 2001`,
      `Summary
Elected members told us they believe the service will improve quickly now the review is complete.
But the inspectors found little to support that belief. We judge the service to be poor, and we
consider that it is unlikely to improve: the action plan lists aims but not actions.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's40-quoted-self-assessment-good-inspectors-excellent',
    why: 'kind 4: self-assessment said good; inspectors go higher: excellent and excellent prospects',
    pages: [
      `Audit Commission
ICT and e-Government
Priorsfield Borough Council
November 2003`,
      `Summary
The council's self-assessment modestly placed the service as good with promising prospects.
We disagree. In our view this is an excellent service, and its prospects for improvement are
excellent: it has met every target in its plan for three years running.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────────── kind 5: long sentences ─────────────────────────
  {
    name: 's40-long-duties-list-era-a-fair-probably',
    why: 'kind 5: a dash-bounded list of duties stands between the subject and "fair"; prospects sentence is long too',
    pages: [
      `Best Value Inspection Service
Information Technology
Ferrybridge Moor Council
April 2001`,
      `Summary
The IT service – which runs the corporate network, the help desk, the payroll and finance systems,
the council's telephone switchboard and (since April last year) the web site, and which also
advises schools on procurement under a service level agreement – is, in our judgement, a fair
service.
The service, given the review's careful work on costs, the new head of IT's clear priorities and
the council's willingness, for the first time, to fund a replacement programme, will probably
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's40-long-brackets-era-b-good-promising',
    why: 'kind 5: long bracketed aside separates the service from "good"; the prospects word comes at the end of a long clause',
    pages: [
      `Audit Commission
ICT Services
Hallowmere District Council
August 2003`,
      `Summary
Hallowmere's ICT service (a team of 34 people supporting some 1,100 users in the town hall, the
depots, the libraries and three leisure centres, together with a small development group that
builds and maintains the council's web pages and its contact centre software) is, taken as a
whole and allowing for weaknesses in project management, a good service.
Looking at the strategy, the money set aside for the next three years and the way progress is
now reported to the cabinet each quarter, we consider the prospects for improvement to be
promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's40-long-excellent-excellent-era-b',
    why: 'kind 5: the grade "excellent" comes more than forty words after the subject; prospects likewise at sentence end',
    pages: [
      `Best Value Inspection
e-Government and ICT
Riversmeet City Council
May 2004`,
      `Summary
The ICT and e-government service, which not only supports every directorate's systems but also
runs the joint contact centre with two neighbouring districts, manages the broadband partnership
for schools and libraries, and has already made 96 per cent of the council's transactions
available electronically a year ahead of the national deadline, is excellent.
Because the council has a record of doing what it says, has a funded four-year plan, and tests
itself routinely against the best performers nationally, its prospects for further improvement
are, in our view, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's40-long-page-break-era-a-poor-will-not',
    why: 'kind 5: the verdict sentence is split across a page break with a running header and page number in between',
    pages: [
      `Best Value Inspection Service
IT Services – Coombe Lacey District Council
July 2001
Summary
The IT section, whose eleven staff are expected to support all of the council's desktops, its
finance, housing and planning systems and a network spread over nine buildings without any
documented procedures, is a`,
      `Coombe Lacey DC – Inspection of IT Services                    7
poor service. Given that the review produced no options for change, that no money has been
identified and that senior managers have not taken ownership of the plan, the service will not
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's40-long-hyphenated-era-b-poor-uncertain',
    why: 'kind 5: hyphenated words at line ends and a long aside between subject and verdict',
    pages: [
      `Audit Commission
Corporate ICT
Stennard Borough Council
January 2004`,
      `Summary
The corporate ICT function – which, following the collapse of the joint venture with a private
partner in 2002, has had to rebuild its own infrastructure team, re-let its main-
tenance contracts and take back the help desk at short notice – is, in the inspect-
ors' view, poor. Whether it will improve is uncertain: a new plan exists, but it is only weeks
old and its funding depends on savings not yet identified, so we judge the prospects for improve-
ment to be uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's40-long-good-unlikely-era-a',
    why: 'kind 5: good grade after a long aside; the unlikely-to-improve verdict follows a long list of concerns',
    pages: [
      `Best Value Inspection Service
Information Technology
Lanchester Heath Council
March 2001`,
      `Our judgements
The service that the council's small in-house IT team provides to its own departments – measured
by call-fixing times, system availability, the results of the user survey we ran and the views of
the heads of service we interviewed – is good.
However, because the review did not look seriously at other ways of providing the service,
because the plan is not costed, and because the IT manager retires in the autumn with no
successor in sight, we believe the service is unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ───────────────────────── kind 6: documents about an inspection ─────────────────────────
  {
    name: 's40-about-committee-paper-reports-fair-promising',
    why: 'kind 6: committee paper reporting the Audit Commission\'s verdict on this same ICT service; a careful reader labels it with that reported verdict',
    pages: [
      `Kestrel Valley Borough Council
Report to the Policy and Resources Committee
18 February 2003
Subject: Audit Commission Best Value Inspection of ICT Services`,
      `1. Purpose
To inform members of the outcome of the Audit Commission's inspection of ICT Services.
2. Findings
2.1 The inspectors judged that the ICT service is a fair, one-star service that has promising
prospects for improvement.
2.2 The report makes six recommendations, set out in Appendix A.
3. Recommendation
That members note the report and approve the action plan.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's40-about-press-release-good-probably',
    why: 'kind 6: Audit Commission press release on this IT service stating the inspectors\' judgements',
    pages: [
      `PRESS RELEASE – embargoed until 00.01, 12 July 2001
Audit Commission: Tollbury's IT service is 'good' and 'will probably improve'
Tollbury District Council's information technology service is good and will probably improve,
according to a report published today by the Audit Commission's Best Value Inspection Service.
The inspectors gave the service two stars out of three. "Users get a reliable service," said the
lead inspector, "and the council has a sensible plan, though it has yet to be tested."
Notes to editors: the Audit Commission scores services on two scales ...`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's40-about-minutes-other-service-score',
    why: 'kind 6: cabinet minutes quote the benefits service\'s two-star score; the ICT inspection has not yet happened, so no ICT judgement',
    pages: [
      `Minutes of the Cabinet
Harrowdene Borough Council
Held on 4 March 2002
Minute 57 – Inspection results
The Leader reported that the benefits service had been rated two stars (good) with promising
prospects by the Audit Commission.
Minute 58 – ICT inspection
Members noted that the Best Value inspection of ICT services is scheduled for September. The head
of ICT said the aim was to achieve at least a good rating.
Resolved: that the timetable be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-about-committee-draft-scores-to-be-confirmed',
    why: 'kind 6: committee paper on a draft inspection report whose scores are not yet confirmed',
    pages: [
      `Report to the Overview and Scrutiny Committee
Brackwater District Council – 9 October 2003
Best Value Inspection of Information Technology – draft report`,
      `1. The Audit Commission has issued its draft report for factual accuracy checking.
2. The inspectors' scores will be confirmed only after the council's comments have been
considered, and officers have been asked not to speculate on them.
3. Members will receive the final report, including the scores, at the December meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-about-council-news-poor-unlikely',
    why: 'kind 6: council news release faithfully reporting the inspectors\' poor / unlikely verdict on its own IT service',
    pages: [
      `Milbrook Council – News
1 August 2001
Council responds to IT inspection
The Audit Commission's inspectors have judged Milbrook's IT service to be poor and unlikely to
improve. The council accepts the findings. "We know we have a lot to do," said the chief
executive, "and we expect rapid progress over the next year."
The report can be read at the council offices.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's40-about-scrutiny-notes-neighbour-rating',
    why: 'kind 6: scrutiny notes discuss a neighbouring council\'s ICT rating; nothing about an inspection of this council\'s service',
    pages: [
      `Notes of the ICT Scrutiny Working Group
Pelham Ridge District Council – 21 January 2004
Item 3: Learning from others
Members noted that neighbouring Ashcombe's ICT service had been judged good with excellent
prospects. The chair asked officers to arrange a visit. Pelham Ridge's own inspection is not
expected until 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-about-board-summary-fair-uncertain',
    why: 'kind 6: briefing to the management board summarising the final inspection report on this ICT service',
    pages: [
      `Corporate Management Board – Briefing Note
Subject: Final Audit Commission report on ICT Services
Date: 14 May 2003
Summary
The Audit Commission published its final report on our ICT service last week. The inspectors
scored the service as fair (one star) and judged that its prospects for improvement are
uncertain. The board is asked to agree the response at Annex 1.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ───────────────────────── kind 7: plain statements ─────────────────────────
  {
    name: 's40-plain-we-judge-excellent-will-era-a',
    why: 'kind 7: active "we judge" statement, era A will improve',
    pages: [
      `Best Value Inspection Service
ICT Services – Great Oakham Borough Council
April 2001`,
      `Summary
We judge the ICT service to be excellent. It will improve further: the council has already
agreed and funded the next stage of its plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's40-plain-passive-poor-will-not-era-a',
    why: 'kind 7: passive statements of both judgements',
    pages: [
      `Best Value Inspection Service
Information Technology – Saddleworth Edge Council
November 2000`,
      `Summary
The service is judged to be poor. It is considered that the service will not improve.
The reasons for these judgements are set out below.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's40-plain-headings-good-probably-era-a',
    why: 'kind 7: question headings with answers underneath',
    pages: [
      `Best Value Inspection Service
IT Services – Nethercott District Council
June 2001`,
      `How good is the service?
The service is good. Most users rate it highly and systems are reliable.
Will the service improve?
The service will probably improve. The plan is realistic though not yet fully funded.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's40-plain-our-judgement-fair-unlikely-era-a',
    why: 'kind 7: "Our judgement is that ..." both in one sentence',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Hazelford Council
February 2001`,
      `Summary
Our judgement is that this is a fair service that is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's40-plain-inspectors-consider-excellent-probably-era-a',
    why: 'kind 7: "the inspectors consider" form; excellent with probably improve',
    pages: [
      `Best Value Inspection Service
IT Services – Wolverdale City Council
September 2001`,
      `Summary
The inspectors consider the IT service to be an excellent, three-star service. They also consider
that it will probably improve, although the loss of two senior staff is a risk.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's40-plain-fair-will-era-a',
    why: 'kind 7: "In our view" form; fair and will improve',
    pages: [
      `Best Value Inspection Service
ICT – Ambersley Borough Council
May 2001`,
      `Summary
In our view the service is fair. The service will improve: the council has made a firm commitment,
backed by money, and progress since the review has been rapid.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's40-plain-poor-poor-prospects-era-b',
    why: 'kind 7: era B; both judgements in one sentence',
    pages: [
      `Audit Commission
Best Value Inspection of ICT
Carrickmoor District Council
March 2003`,
      `Summary
We have judged Carrickmoor's ICT service to be a poor, no-star service with poor prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's40-plain-excellent-excellent-era-b',
    why: 'kind 7: era B; Commission\'s voice',
    pages: [
      `Audit Commission
ICT Services
Silverdale Royal Borough
December 2004`,
      `Summary
The Audit Commission's judgement is that the service is excellent and that it has excellent
prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's40-plain-fair-poor-prospects-era-b',
    why: 'kind 7: era B; judgements in separate sentences with "This report" as holder',
    pages: [
      `Audit Commission
Inspection of IT Services
Wrenfield Borough Council
July 2002`,
      `Summary
This report finds that the IT service is fair.
The prospects for improvement are poor: the plan has no money behind it and no one is in charge of
delivering it.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's40-plain-excellent-promising-era-b',
    why: 'kind 7: era B; "The inspection team found" form',
    pages: [
      `Audit Commission
e-Government and ICT Services
Tamworth Cross Council
October 2003`,
      `Summary
The inspection team found an excellent service with promising prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's40-plain-headings-good-excellent-era-b',
    why: 'kind 7: era B; question headings, answers a line below',
    pages: [
      `Audit Commission
ICT Services – Longmarsh District Council
February 2004`,
      `How good is the service?
Good.
What are the prospects for improvement?
Excellent. The council has a strong track record, a funded plan and robust monitoring.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's40-plain-poor-uncertain-era-b',
    why: 'kind 7: era B; "we judge ... and we consider ..." statements',
    pages: [
      `Audit Commission
Corporate ICT
Northgate Marsh Borough Council
August 2002`,
      `Summary
We judge the service to be poor. We consider that it has uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ───────────────────────── kind 8: no-judgement documents ─────────────────────────
  {
    name: 's40-none-draft-blank-grid',
    why: 'kind 8: draft report with an unmarked scoring chart and "scores to be confirmed"',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection of ICT Services
Foxleigh District Council
September 2003`,
      `Scoring chart – scores to be confirmed after moderation
\tPoor\tFair\tGood\tExcellent
Excellent prospects\t\t\t\t
Promising prospects\t\t\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-council-own-review',
    why: 'kind 8: council\'s own Best Value review report; its opinions are not an inspection verdict',
    pages: [
      `Holmbury Council
Best Value Review of Information Technology
Final Report of the Review Team – January 2001`,
      `Conclusions
The review team believes the IT service is good and will improve if the recommendations below
are adopted. Staff morale is poor in the network team. A fair proportion of users responded to
the survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-guidance-scale',
    why: 'kind 8: guidance describing the scoring scales; lists every value, judges nothing',
    pages: [
      `Guidance for councils: preparing for a Best Value inspection
Issued 2002
How services are scored
Inspectors answer two questions. How good is the service? – poor (no stars), fair (one star), good
(two stars) or excellent (three stars). What are the prospects for improvement? – poor,
uncertain, promising or excellent. Before October 2001 the second answer was given as will not
improve, unlikely to improve, will probably improve or will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-scrutiny-notes',
    why: 'kind 8: scrutiny notes about ICT performance; ordinary uses of "poor" and "excellent"',
    pages: [
      `Resources Scrutiny Panel – notes of meeting, 12 June 2003
Dunholme Borough Council
ICT performance update
Members heard that help desk response had been poor in April because of staff sickness but had
recovered. The head of ICT praised the excellent working relationship with the library service.
Members asked for a further report in September.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-service-plan-aims-excellent',
    why: 'kind 8: ICT service plan with an ambition to be excellent / three stars',
    pages: [
      `ICT Service Plan 2003–2006
Corfe Valley District Council`,
      `Our vision
We aim to be an excellent, three-star service by 2005, with excellent prospects for further
improvement. Our targets: 100 per cent of services online by December 2005; 95 per cent of calls
resolved within agreed times.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-self-assessment-submission',
    why: 'kind 8: the council\'s self-assessment sent to inspectors before the visit; its own claim, not a verdict',
    pages: [
      `Self-assessment for the Best Value Inspection of ICT
Submitted by Ravenscar Borough Council, March 2004`,
      `Our assessment
We consider that we provide a good service with promising prospects for improvement. Evidence
for this view is set out in sections 2 to 5.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-terms-of-reference-letter',
    why: 'kind 8: letter fixing the inspection\'s scope and dates',
    pages: [
      `Audit Commission – Best Value Inspection Service
To: Chief Executive, Lowesby District Council
Date: 3 April 2002
Inspection of ICT Services
I write to confirm that the inspection will take place between 10 and 21 June. The inspectors
will judge how good the service is and what its prospects for improvement are. The lead
inspector will contact your ICT manager to agree the timetable.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-ieg-statement',
    why: 'kind 8: Implementing Electronic Government statement; targets only',
    pages: [
      `Implementing Electronic Government Statement 2003
Bramwell Heath Council
Progress against the 2005 target
58 per cent of interactions are now e-enabled. We expect to reach 100 per cent by December 2005.
The council's web site was rated good by its users in a recent survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-benchmarking-club-report',
    why: 'kind 8: benchmarking club comparison; quartiles and ordinary words, no inspection',
    pages: [
      `ICT Benchmarking Club – Annual Comparison 2002/03
Participant report: Eastwold District Council
Cost per desktop: £1,020 (upper quartile – relatively poor value)
User satisfaction: 78 per cent (a fair result, close to the median)
Availability: 99.6 per cent (among the best in the club – excellent)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-consultant-health-check',
    why: 'kind 8: consultants\' health check of the IT function; not an inspection',
    pages: [
      `IT Function Health Check
Prepared for Gildersome Council by an external adviser
October 2001`,
      `Key findings
The IT function is in fair shape overall. Morale is poor, communication with departments good.
With the right leadership we believe it will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-draft-chart-placeholder',
    why: 'kind 8: draft with chart to be inserted; the summary leaves the judgements as placeholders',
    pages: [
      `Best Value Inspection Service
Information Technology – Ormskirk Vale Council
Draft v0.3 – July 2001`,
      `Summary
[Scoring chart to be inserted following quality assurance]
We judge the service to be [GRADE]. The service [PROSPECTS].
Recommendations (provisional) ...`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-notification-timetable',
    why: 'kind 8: council intranet notice about a forthcoming inspection',
    pages: [
      `Staff news – Wickhamford Borough Council – 5 May 2003
Inspectors are coming
The Audit Commission will inspect our ICT services next month. Please make time to meet the
inspectors if asked. We want to show them a good service that will keep improving.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-performance-plan-extract',
    why: 'kind 8: Best Value performance plan extract; promises and targets, no inspection verdict',
    pages: [
      `Best Value Performance Plan 2001/02 – extract
Tewin Marsh District Council
Information technology
Our services will improve year on year. The IT review (completed March 2001) found some poor
practice in asset management, which we are addressing. The service expects to be inspected in
2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-inspection-of-other-service-appendix',
    why: 'kind 8: ICT business case citing another service\'s inspection result as an example',
    pages: [
      `Business case: replacement of the housing management system
Fordingbridge Council, 2003
Appendix B – Why this matters
The housing repairs service was judged fair with uncertain prospects in 2002, and inspectors said
its IT systems held it back. This business case seeks £650,000 for a new system.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's40-none-improvement-plan-after-review',
    why: 'kind 8: council improvement plan drafted before inspection; hopes, not a verdict',
    pages: [
      `ICT Improvement Plan – version 2
Silverbrook Borough Council – November 2002
Purpose
This plan sets out how we will move from a fair service to a good one, with the aim of showing
promising prospects when inspected next year. Actions 1–14 follow.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
