/** Held-out judgement set 41, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases41: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's41-grid-tabs-asterisk-fair-promising',
    why: 'kind 1: tab-separated grid, grades down the side, era B prospects along the bottom; the asterisk sits in the Fair row under Promising; axis words (Poor, Excellent on both axes) are not the verdict',
    pages: [
      `Brackenford Borough Council
Information and Communication
Technology Services
Best Value Inspection Service
January 2003
Audit Commission`,
      `Brackenford Borough Council – ICT Services                                   2
Summary
The ICT service supports around 1,400 users across 22 sites. It runs the corporate network, the
telephone system, the help desk and some 60 business applications. The council com-
pleted its Best Value review of ICT in June 2002.
Scoring chart
The chart below records the inspection team's scores. The vertical axis asks how good the service
is; the horizontal axis asks about its prospects for improvement.
How good is the service?
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
\tProspects for improvement
Recommendations
To rise to the challenge of continuous improvement, the council should:
• agree service levels with each department and publish performance against them;
• complete the desktop replacement programme by March 2004.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's41-grid-spaces-cross-swapped-good-probably',
    why: 'kind 1: era A grid laid out with runs of spaces, axes swapped (prospects down the side, quality along the bottom); the X is in the Probably row under the Good column',
    pages: [
      `Millbury District Council
Information Technology Services
Best Value Inspection Service – inspection report
May 2001`,
      `Summary
Millbury's IT section has 19 staff and supports about 650 PCs in the council offices, three
depots and the leisure centre. The Best Value review of IT finished in December 2000.
Scoring chart
Whether the service will improve is shown on the vertical axis; how good the service is now is
shown on the horizontal axis. The cross marks our judgement.

Will the service improve?
Yes
Probably                                X
Unlikely
No
                Poor        Fair        Good        Excellent
                       How good is the service?

Millbury District Council – IT Services                                      page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's41-grid-cell-per-line-tick-poor-uncertain',
    why: 'kind 1: extraction gives one cell per line, empty cells as dashes; the tick is the second cell of the Poor row, i.e. uncertain prospects (era B); Poor and Excellent appear on both axes',
    pages: [
      `Haldon Vale District Council
ICT Services
Inspection carried out: February 2004
Report published: April 2004
Best Value Inspection Service`,
      `Haldon Vale District Council                              ICT Services
Summary
Haldon Vale's ICT team of 14 supports 520 staff in the main office at Ridgeway House and in
four outlying depots and offices.
Scoring chart
The vertical axis shows how good the service is; the horizontal axis shows the prospects for
improvement. A tick marks the inspectors' scores.
How good is the service?
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
Prospects for improvement?
3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's41-grid-tabs-star-excellent-will',
    why: 'kind 1: era A tab grid with prospects as No/Unlikely/Probably/Yes across the top; the star is in the last cell of the Excellent row (Yes = will improve); a history paragraph uses "poor" about 1997',
    pages: [
      `Kingsmere City Council
Information Technology
Best Value Inspection
February 2001`,
      `Summary
When District Audit looked at the IT section in 1997 it found poor control of projects and
a backlog of user requests. Much has changed since. The section now runs to agreed service
levels and its users speak highly of it.
Scoring chart
A star (★) in the chart below shows the inspectors' judgement.
Will the service improve?
\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t★
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
How good is the service?
Kingsmere City Council – Information Technology – 2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's41-grid-pipes-dot-swapped-good-excellent',
    why: 'kind 1: pipe-separated grid, axes swapped with a caption saying so; the dot is in the Excellent-prospects row under the Good column (era B)',
    pages: [
      `Wrexford Metropolitan Borough Council
ICT and e-Government
Audit Commission Inspection Report
June 2004`,
      `Wrexford MBC – ICT and e-Government                                        page 2
Scoring chart
In this chart the prospects for improvement are shown down the side and the quality of the
service along the bottom. The dot (•) shows the scores given by the inspection team.
Excellent prospects |      |      |  •   |
Promising prospects |      |      |      |
Uncertain prospects |      |      |      |
Poor prospects      |      |      |      |
                    | Poor | Fair | Good | Excellent
                      How good is the service? (0 to 3 stars)
Recommendations
The council should sustain its investment in the contact centre systems and publish its ICT
performance indicators alongside those of its family group.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's41-grid-brackets-poor-willnot',
    why: 'kind 1: era A grid where every cell is drawn as [ ] and only one is [x]: first cell of the Poor row, under "Will not improve"',
    pages: [
      `North Tarrant District Council
Information Technology Service
Best Value Inspection Service
July 2000`,
      `Scoring chart
                        Will not     Unlikely to   Will probably   Will
                        improve      improve       improve         improve
Excellent               [ ]          [ ]           [ ]             [ ]
Good                    [ ]          [ ]           [ ]             [ ]
Fair                    [ ]          [ ]           [ ]             [ ]
Poor                    [x]          [ ]           [ ]             [ ]
How good is the service? (rows) / Will the service improve? (columns)

Context
North Tarrant is a district council of 61,000 people. Its IT service has nine staff.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's41-grid-tabs-cross-swapped-fair-poor',
    why: 'kind 1: era B tab grid with lower-case labels, grade across the top and prospects down the side; the X is in the "poor" prospects row under the "fair" column, so the same word "poor" on the other axis is the trap',
    pages: [
      `Castleby County Council
Information and Communications Technology
Best Value Inspection
March 2002`,
      `Castleby County Council – ICT                                               4
Chart 1 – Scoring chart. Columns: how good is the service. Rows: what are the prospects
for improvement.
\tpoor\tfair\tgood\texcellent
excellent\t\t\t\t
promising\t\t\t\t
uncertain\t\t\t\t
poor\t\tX\t\t
Source: Audit Commission`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing grade words with stars or sentences
  // ---------------------------------------------------------------------------
  {
    name: 's41-table-cell-good-two-stars-promising',
    why: 'kind 2: judgement table with a reasons column that says "excellent" and "poor" and "fair"; the score cells are "Good – 2 stars out of 3" and "Promising"',
    pages: [
      `Ravensholme Borough Council
Information Technology
Best Value Inspection Service
November 2002`,
      `Summary of the inspectors' judgements
Question                     Score                       Main reasons
How good is the service?     Good – 2 stars out of 3     Help desk resolves most calls at first
                                                         contact; network availability is excellent;
                                                         project management remains poor.
What are the prospects       Promising                   Sound improvement plan; a fair track
for improvement?                                         record of delivering to time.
Ravensholme Borough Council – Information Technology                           3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's41-table-cell-fair-one-star-unlikely',
    why: 'kind 2: era A table extracted one cell per line; cells are "Fair (one star)" and "No – we think it is unlikely to improve"; reasons mention good relationships, poor control and an excellent new manager',
    pages: [
      `Stourhampton Borough Council
Information Technology Services
A Best Value Inspection
April 2001`,
      `Our judgements
Judgement
Verdict
Reasons
Is the service good?
Fair (one star)
Good working relationships with schools, but poor control of projects and no published service
standards.
Will it improve?
No – we think it is unlikely to improve
The improvement plan is a list of aspirations without costs; an excellent new manager has only
just arrived and has no deputy.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's41-table-cell-poor-zero-probably',
    why: 'kind 2: era A tab table; cells "Poor – 0 stars" and "Probably: the service will probably improve"; reasons use "fair at best" and "excellent review"',
    pages: [
      `Lydgate District Council
IT Services
Best Value Inspection Service
August 2000`,
      `Summary
Judgement\tScore\tReasons
How good is the service?\tPoor – 0 stars\tSystems fail often; users describe support as fair at best; no service standards.
Will the service improve?\tProbably: the service will probably improve\tAn excellent review, a costed plan and a new head of IT in post since June.
Lydgate District Council                                                  2`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's41-table-cell-excellent-three-stars-uncertain',
    why: 'kind 2: era B table with star glyphs in the grade cell and a cross-reference in the prospects cell; reasons column mentions "good" partner and "poor" procurement record',
    pages: [
      `Ashgrove Borough Council
ICT Services
Inspection Report
Best Value Inspection Service
February 2005`,
      `Ashgrove Borough Council – ICT Services – page 2
Summary table
Judgement          Rating                                  Reasons
Current service    Excellent ★★★ (three stars)             Users are very satisfied; 99.8% network
                                                           availability; a good partner in the
                                                           contractor.
Prospects          Uncertain – see paragraphs 41 to 47     The outsourcing contract ends in March
                                                           2006 and no decision has been taken on
                                                           what follows; poor record on procurement.`,
    ],
    expect: { grade: 'excellent', prospect: 'uncertain' },
  },
  {
    name: 's41-table-cell-poor-zero-poor',
    why: 'kind 2: era B pipe table with "0 stars (poor)" and "Poor prospects"; commentary uses "poor morale", "good initiatives" and the council\'s "excellent" ambition',
    pages: [
      `Pelham Forest District Council
Information and Communications Technology
Best Value Inspection
August 2003`,
      `Inspection judgement | Score | Commentary
Quality of service | 0 stars (poor) | Users are frustrated by slow repairs; staff morale is poor; one or two good initiatives in the libraries.
Prospects for improvement | Poor prospects | No agreed improvement plan; the 'excellent' ambition in the ICT strategy is not backed by any money.
Pelham Forest DC – ICT                                                      3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's41-table-cell-good-two-stars-will',
    why: 'kind 2: era A table with asterisks as stars: "** Good (two stars)" and "Yes – the service will improve"; reasons column says schools support is only fair',
    pages: [
      `Dunmore Borough Council
Information Technology
Best Value Inspection Service
March 2001`,
      `Summary of scores
Score for the service        ** Good (two stars)             Reliable network, well-run help desk;
                                                             support to schools is only fair.
Will it improve?             Yes – the service will improve  Plan is costed, owned by members and
                                                             already partly delivered.
Dunmore Borough Council – IT                                                   2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased without any scale word
  // ---------------------------------------------------------------------------
  {
    name: 's41-paraphrase-on-balance-fair-probably',
    why: 'kind 3: era A; "on balance, we expect ... to improve" with risks noted = probably; grade stated plainly as fair',
    pages: [
      `Eastmoor District Council
Information Technology
Best Value Inspection Service
June 2001`,
      `Summary
We judge this to be a fair, one-star service. The network is reliable, but users wait too long for
new equipment and there are no agreed service standards.
The Best Value review produced a realistic improvement plan. On balance, we expect the service to
improve over the next two years, although delivery depends on filling two vacant technical
posts and some risk remains.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's41-paraphrase-confident-good-will',
    why: 'kind 3: era A; "we are confident that the council will deliver its improvement plan" = will; grade good stated plainly',
    pages: [
      `Selworth City Council
IT Services
Best Value Inspection Service
January 2001`,
      `Summary
The IT service provided by Selworth City Council is good. It meets most of its targets and users
are positive about the help desk.
We are confident that the council will deliver its improvement plan: the plan is costed, has been
approved by members, and the first three actions in it have already been completed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's41-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "we doubt whether the council has the capacity to deliver" = unlikely; grade poor',
    pages: [
      `Gransden District Council
Information Technology
Best Value Inspection
November 2000`,
      `Summary
Gransden's IT service is poor. Systems are unreliable, there are no service standards and the
section does not know what it costs to run.
Will the service improve?
The review produced a long list of actions. We doubt whether the council has the capacity to
deliver them: the section is already stretched, no extra money has been found and there is no
one with the time to manage the work.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's41-paraphrase-no-sign-poor-willnot',
    why: 'kind 3: era A; "we found no sign that anything will change" = will not improve; grade poor',
    pages: [
      `Whitleigh Borough Council
Information Technology
Best Value Inspection Service
March 2001`,
      `Whitleigh Borough Council                                                      2
Summary
In our view this is a poor service.
Will the service improve?
We found no sign that anything will change. There is no improvement plan, no budget for one and
nobody has been given the job of producing one. The review team has disbanded.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's41-paraphrase-serious-doubts-fair-uncertain',
    why: 'kind 3: era B; "serious doubts that the council can make the improvements ... possible but far from assured" = uncertain; grade fair',
    pages: [
      `Fernley County Council
Information and Communications Technology
Inspection Report
February 2003`,
      `Summary
The inspection team judges the ICT service to be fair. Users get a reasonable service day to day but
projects often run late.
What are the prospects for improvement?
We have serious doubts that the council can make the improvements it has planned. Success is
possible, but it is far from assured: the plan relies on a restructure that has not yet been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's41-paraphrase-no-doubt-good-excellent',
    why: 'kind 3: era B; "we are in no doubt that the service will continue to improve" = definite improvement (excellent prospects); grade good',
    pages: [
      `Oakhurst Borough Council
ICT Services
Best Value Inspection Service
September 2004`,
      `Summary
Oakhurst's ICT service is a good, two-star service.
We are in no doubt that the service will continue to improve. Its managers have a strong record of
delivering what they promise, the improvement plan is fully funded and members and chief officers
are closely involved in driving it.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's41-paraphrase-likely-fair-promising',
    why: 'kind 3: era B; "likely, though not certain, that the service will get better" = promising; grade fair',
    pages: [
      `Marlow Vale District Council
Information Technology
Best Value Inspection Service
May 2002`,
      `Summary
We consider the IT service to be fair.
On the evidence we saw, it is likely, though not certain, that the service will get better. The
improvement plan is sensible and has started well, but it has not yet been tested by a difficult
project.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's41-paraphrase-no-realistic-prospect-poor-poor',
    why: 'kind 3: era B; "we see no realistic prospect of the service getting better" = poor prospects, without the scale phrase; grade poor',
    pages: [
      `Crossfield Metropolitan Borough Council
ICT Service
Inspection Report
December 2003`,
      `Summary
The ICT service is poor.
We see no realistic prospect of the service getting better while the council continues to treat
ICT as a back-office overhead. The improvement plan has no costs, no owners and no dates, and
the review did not question how the service is provided.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's41-quoted-self-assessment-contrast-fair-uncertain',
    why: 'kind 4: council self-assessment says good with excellent prospects; "our evidence tells a different story"; inspectors judge fair, uncertain (era B)',
    pages: [
      `Hartsmoor Borough Council
ICT Services
Best Value Inspection Service
April 2003`,
      `Summary
In its self-assessment the council rated the ICT service as a good service with excellent
prospects for improvement. Our evidence tells a different story. Help desk targets are missed
in most months and users in three departments told us they have given up reporting faults.
We judge the service to be fair, with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's41-quoted-it-director-optimism-poor-unlikely',
    why: 'kind 4: the IT director "expects rapid progress"; inspectors "do not share that confidence" and give poor / unlikely to improve (era A)',
    pages: [
      `Bramley Fold District Council
Information Technology
Best Value Inspection Service
June 2001`,
      `Summary
The IT director told us that he expects rapid progress now that the review is complete, and that
the service will be transformed within a year.
We do not share that confidence. The service is poor: equipment is old, systems are not
integrated, and users are not told when problems will be fixed. In our judgement it is unlikely to
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's41-quoted-neighbour-excellent-good-promising',
    why: 'kind 4: neighbouring council\'s ICT was judged excellent and members expect the same; inspectors\' own verdict is good with promising prospects (era B)',
    pages: [
      `Eddington City Council
Information and Communications Technology
Inspection Report
July 2004`,
      `Eddington City Council – ICT                                             page 2
Summary
Neighbouring Harbrook Borough Council's ICT service was judged excellent, with excellent
prospects, when it was inspected in 2003, and several members told us they expected Eddington to
be rated in the same way.
Our own judgement is that Eddington's ICT service is good, and that its prospects for improvement
are promising. It is not yet at Harbrook's level: too few services are available online and the
council does not compare its costs with others.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's41-quoted-district-audit-earlier-fair-probably',
    why: 'kind 4: an earlier District Audit letter (1999) called IT support poor; the inspectors now find fair and will probably improve (era A)',
    pages: [
      `Stanmoor County Council
Information Technology Services
Best Value Inspection Service
February 2001`,
      `Summary
In 1999 the District Auditor's management letter described IT support to departments as poor and
called for an urgent review.
The position has moved on since then. The inspectors found the service to be fair: most targets
are now met, although schools and social services still receive a weaker service than other
users. The service will probably improve; the review has produced a clear, costed plan.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's41-quoted-councillor-poor-contrast-good-excellent',
    why: 'kind 4: an opposition councillor quoted in the press calls it "a poor service that will never get better"; "our findings do not bear this out"; inspectors: good, excellent prospects (era B)',
    pages: [
      `Lowther Bay Borough Council
ICT Services
Best Value Inspection
July 2002`,
      `Summary
Earlier this year the local newspaper quoted an opposition councillor describing the council's IT
as "a poor service that will never get better".
Our findings do not bear this out. We judge Lowther Bay's ICT service to be good, and its
prospects for improvement to be excellent. The service has met every target in its 2001/02 plan,
and the council has committed the money needed for the next stage.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's41-quoted-other-service-good-poor-willnot',
    why: 'kind 4: another service (housing benefits) was judged good and likely to improve; this IT report\'s own verdict is poor and will not improve (era A)',
    pages: [
      `Quarry Hill District Council
Information Technology
Best Value Inspection Service
December 2000`,
      `Context
The council's housing benefits service, inspected by the Commission in April 2000, was judged good
and likely to improve. Officers told us they hoped IT would achieve a similar result.
Summary
That hope has not been borne out. The IT service is poor, and it will not improve: the review
did not look at alternative ways of providing the service, no improvement plan has been agreed
and the section's two senior posts have been vacant since the summer.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's41-quoted-self-assessment-agree-grade-fair-promising',
    why: 'kind 4: self-assessment says fair with uncertain prospects; inspectors agree on fair "however" take a more positive view: promising (era B)',
    pages: [
      `Greyfriars Borough Council
ICT Services
Best Value Inspection Service
January 2005`,
      `Summary
The council's self-assessment described the ICT service as fair, with uncertain prospects.
We agree that the service is fair. However, we take a more positive view of its future than the
council does: the new partnership with the county council, the funded replacement programme and
stronger project management mean that, in our view, its prospects for improvement are
promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's41-long-sentence-duties-list-good-probably',
    why: 'kind 5: era A; the service is the subject, a long dash aside lists its duties, and "a good service" comes some sixty words later; prospects split as "will, in our view, probably improve"',
    pages: [
      `Saltmarsh District Council
Information Technology
Best Value Inspection Service
April 2001`,
      `Summary
The council's IT service – which, besides running the corporate network and the data centre at
the Guildhall, supports some 2,300 desktop PCs in 40 buildings, maintains the revenues, benefits,
payroll and planning systems and, since April 2000, provides technical support to 31 primary
schools under a service-level agreement – is, taking into account the evidence set out in the rest
of this report and what users, members and staff told us during our visit in February, a good
service.
The service, given the costed plan that came out of the review, the commitment we saw from both
the chief executive and the lead member, and its record over the last eighteen months of
delivering projects broadly on time and within budget, will, in our view, probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's41-long-sentence-restructure-aside-excellent-excellent',
    why: 'kind 5: era B; long asides (restructure, remit, call volumes) separate the ICT service from "is judged ... to be excellent"; prospects sentence ends "are, in our judgement, excellent"',
    pages: [
      `Kelderby City Council
ICT Services
Inspection Report
March 2005`,
      `Kelderby City Council – ICT Services                                          2
Summary
Kelderby's ICT service, whose remit – following the 2003 restructure that brought the web team,
the contact centre's systems support, geographic information and the schools' broadband network
under a single head of service – now extends to almost every part of the council and to 94
schools, and which handles upwards of 9,000 help desk calls a month, is judged by the inspection
team to be excellent.
The prospects for the service – given a strategy that members and chief officers have shaped
together, investment secured to 2008, a record of delivering every major project since 2002 on
time, and managers who constantly look outside the council for better ways of working – are, in
our judgement, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's41-long-sentence-small-team-poor-poor',
    why: 'kind 5: era B; "The IT service – [long list of what an eleven-person team must do] – is one that we have found to be poor"; prospects sentence with a "because" aside ends "are also poor"',
    pages: [
      `Brinkworth District Council
Information Technology
Best Value Inspection Service
July 2002`,
      `Summary
The IT service – a team of eleven that, with no business analyst, no project manager and a help
desk staffed only in the mornings, is expected to keep the council's network, its finance, housing
and council tax systems, its 300 or so PCs and its new website running, while also delivering the
e-government programme set out in the council's implementing electronic government statement –
is one that we have found to be poor.
Its prospects for improvement – because the review did not challenge the way the service is
provided, the improvement plan has no costs or timescales, and the two posts that would lead it
have been vacant since last autumn – are also poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's41-long-sentence-page-break-fair-uncertain',
    why: 'kind 5: era B; the sentence about the service starts on page 2 and its verdict ("a fair service") comes on page 3 after a running header; prospects given as uncertain after a bracketed aside',
    pages: [
      `Tolland Borough Council
Information and Communications Technology
Best Value Inspection Service
October 2003`,
      `Summary
Tolland has a population of 118,000. The ICT unit has 31 staff.
The service provided to departments and schools by the ICT unit, which, after the transfer of the`,
      `Tolland Borough Council – ICT                                                   3
schools' network team in 2002 and the loss of four senior technical staff in the same year, now
relies heavily on agency contractors, is in our judgement a fair service.
Its prospects for improvement (which depend on a restructure still under consultation, on a
recruitment drive that has so far filled one post in five, and on capital funding not yet approved)
are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's41-long-sentence-achievements-excellent-will',
    why: 'kind 5: era A; subject "Foxbourne\'s IT service" is separated by a dash aside and a list of achievements from "is an excellent service"; prospects: "We believe, having examined ..., that the service will improve"',
    pages: [
      `Foxbourne District Council
Information Technology
Best Value Inspection Service
June 2001`,
      `Summary
Foxbourne's IT service, which over the past three years – and with a staff of only 23, a budget
below the average for similar districts, and the disruption of moving the whole council into new
offices in 1999 – has replaced every PC, connected all 140 staff who work from home to the
network, and made council tax, planning and waste services available through the web, is an
excellent service.
We believe, having examined the improvement plan, the budget that supports it and the way the
section has delivered its previous plans, that the service will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's41-long-sentence-notwithstanding-good-uncertain',
    why: 'kind 5: era B; "Taken as a whole, and notwithstanding the weaknesses ..., the ICT service ... is good"; prospects sentence ends "are, we conclude, uncertain"',
    pages: [
      `Hensley County Council
ICT Services
Inspection Report
February 2004`,
      `Summary
Taken as a whole, and notwithstanding the weaknesses in project management and in the support of
the schools' network that we describe in paragraphs 28 to 35, the ICT service that Hensley County
Council provides to its 4,200 staff, to elected members and, increasingly, to the public through
its website and the contact centre opened last year, is good.
Whether it will improve is harder to call: the prospects for a service that depends for its next
stage on a partnership contract not yet let, on a head of service who leaves in May and on a
budget for 2004/05 that members have not yet agreed are, we conclude, uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's41-about-press-release-commission-fair-promising',
    why: 'kind 6: Audit Commission news release stating its inspectors\' verdict on this ICT service (fair, promising); the notes to editors list the whole scale, which is not the verdict',
    pages: [
      `NEWS RELEASE
Audit Commission
Embargoed until 00.01 hrs Thursday 12 June 2003
Penrose's ICT service is 'fair' with 'promising' prospects, say inspectors
The Audit Commission's Best Value inspectors have found that Penrose City Council's information and
communications technology service is a fair, one-star service with promising prospects for
improvement.
Lead inspector Anne Calloway said: "Staff are committed and the network is reliable, but the
council needs to move faster on putting services online."
Notes to editors
1. Inspectors score services from no stars (poor) to three stars (excellent), and their prospects
for improvement as poor, uncertain, promising or excellent.
2. The full report is available on the Commission's website.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's41-about-committee-report-outcome-good-probably',
    why: 'kind 6: council committee report on the published outcome of this IT service\'s inspection, quoting the inspectors\' verdict on it (good, will probably improve, era A); no other service is involved',
    pages: [
      `NORTHAVEN BOROUGH COUNCIL
REPORT TO: Policy and Resources Committee
DATE: 17 July 2001
SUBJECT: Best Value Inspection of Information Technology Services – Outcome
1. Purpose of report
1.1 To inform members of the outcome of the Audit Commission's inspection of the council's
Information Technology Services.
2. Inspection outcome
2.1 The Audit Commission published its inspection report on 2 July 2001. The inspectors judged
that the IT service is a 'good' two-star service that 'will probably improve'.
2.2 The report makes six recommendations, which are addressed in the action plan at Appendix A.
3. Recommendation
3.1 Members are asked to note the report and approve the action plan.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's41-about-committee-paper-other-service-null',
    why: 'kind 6: committee paper on the inspection programme quotes the benefits service\'s score; the ICT inspection has not happened yet, so nothing is judged about ICT: null',
    pages: [
      `REPORT TO CABINET – 4 November 2002
Best Value Inspection Programme 2002/03
Report of the Head of Policy and Performance
1. The Housing Benefits service was inspected in July and was judged 'good' with 'promising'
prospects for improvement. The inspectors' report was welcomed by the portfolio holder.
2. The inspection of ICT Services is scheduled for February 2003. The ICT service is currently
preparing its self-assessment and evidence folder.
3. Cabinet is asked to note the programme.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-about-cabinet-minutes-draft-unconfirmed-null',
    why: 'kind 6: cabinet minutes discussing a draft ICT inspection report whose scores are not yet confirmed and are not stated: null',
    pages: [
      `MINUTES OF THE CABINET
held on Tuesday 8 April 2003
Present: Councillor J. Ferris (Leader), Councillors Amos, Begum, Lyle and Thorne
47. BEST VALUE INSPECTION – ICT SERVICES
The Chief Executive reported that the draft inspection report on ICT Services had been received on
28 March. Officers had challenged several factual points. The scores remain to be confirmed by the
Audit Commission and must not be reported publicly until the final report is published.
Councillor Lyle said that whatever the outcome the service had worked hard and that morale was
good.
RESOLVED: That the position be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-about-press-release-commission-poor-willnot',
    why: 'kind 6: Audit Commission press release giving its inspectors\' judgement of this IT service: poor, will not improve (era A)',
    pages: [
      `PRESS RELEASE
Audit Commission – for immediate release – 14 March 2001
INSPECTORS CRITICAL OF INGLEBY IT SERVICE
Ingleby Borough Council's IT service is failing its users, according to a Best Value inspection
report published today by the Audit Commission. The inspectors judged the service to be poor (no
stars) and concluded that it will not improve.
The report found that the council's Best Value review had not challenged the need for the service
or how it is provided, and that there was no improvement plan.
Ends`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's41-about-scrutiny-minutes-neighbour-null',
    why: 'kind 6: scrutiny minutes discussing a neighbouring council\'s ICT inspection result; this council\'s own ICT service has not been inspected: null',
    pages: [
      `RESOURCES SCRUTINY PANEL – MINUTES – 22 September 2004
12. ICT benchmarking
Members noted that neighbouring Westmere District Council's ICT service had been judged
excellent, with excellent prospects, in its recent Best Value inspection. The chair asked when our
own ICT service would be inspected. The Head of ICT replied that no date had yet been set by the
Audit Commission.
AGREED: that officers arrange a visit to Westmere to learn from its approach.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's41-plain-headings-fair-will',
    why: 'kind 7: era A question headings each followed by a short answer: fair; "Yes. The service will improve."',
    pages: [
      `Rowan Vale District Council
Information Technology Services
Best Value Inspection Service
January 2001`,
      `Summary
How good is the service?
The service is fair. Users are broadly satisfied but equipment is ageing.
Will the service improve?
Yes. The service will improve. The review has produced a clear plan and the council has found the
money to deliver it.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's41-plain-we-judge-good-promising',
    why: 'kind 7: era B "We judge the ICT service to be good, with promising prospects for improvement."',
    pages: [
      `Harwood Borough Council
ICT Services
Best Value Inspection Service
March 2002`,
      `Summary
We judge the ICT service to be good, with promising prospects for improvement. The service is
reliable and well regarded, and the council has a realistic plan to extend online access.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's41-plain-our-judgement-is-poor-uncertain',
    why: 'kind 7: era B "Our judgement is that this is a poor service that has uncertain prospects for improvement."',
    pages: [
      `Netherby County Council
Information and Communications Technology
Inspection Report
November 2002`,
      `Netherby County Council – ICT                                                    2
Summary
Our judgement is that this is a poor service that has uncertain prospects for improvement. Users
in all five directorates were critical of the help desk, and the improvement plan, while sensible,
is not yet funded.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's41-plain-passive-excellent-will',
    why: 'kind 7: era A passive voice: "has been judged by the inspection team to be excellent"; "It will improve."',
    pages: [
      `Holmbridge District Council
Information Technology
Best Value Inspection Service
August 2001`,
      `Summary
The IT service has been judged by the inspection team to be excellent. It will improve: the
council has a strong record of delivering its plans and the new plan is fully funded.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's41-plain-three-star-excellent-excellent',
    why: 'kind 7: era B "an excellent, three-star service with excellent prospects for improvement", with the line break inside the verdict',
    pages: [
      `Larkhill Borough Council
ICT and Customer Access
Best Value Inspection Service
April 2005`,
      `Summary
Larkhill's ICT service is an excellent, three-star service with excellent
prospects for improvement.
Larkhill Borough Council – ICT and Customer Access                                2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's41-plain-inspectors-found-poor-willnot',
    why: 'kind 7: era A active "The inspectors found a poor service that will not improve."',
    pages: [
      `Mossley Green District Council
Information Technology
Best Value Inspection Service
October 2000`,
      `Summary
The inspectors found a poor service that will not improve. The review was carried out by the IT
section itself, did not involve users and produced no plan for change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's41-plain-good-but-unlikely',
    why: 'kind 7: era A "a good service, but one that is unlikely to improve"',
    pages: [
      `Ebbsford Borough Council
IT Services
Best Value Inspection Service
March 2001`,
      `Summary
Ebbsford provides a good service, but one that is unlikely to improve. The section does what it
has always done well; the review did not ask whether it should do anything differently, and the
plan that followed contains no real change.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's41-plain-fair-poor-prospects-morale-trap',
    why: 'kind 7: era B "a fair service with poor prospects"; "morale is poor" and "excellent relationships" are ordinary words, not verdicts',
    pages: [
      `Tarnside Borough Council
Information Technology
Best Value Inspection Service
June 2002`,
      `Summary
Staff have excellent relationships with users in the housing department, but morale in the
section as a whole is poor.
The inspection team considers that this is a fair service with poor prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's41-plain-scoring-sentence-good-excellent',
    why: 'kind 7: era B "The service scores two stars (good) and its prospects for improvement are excellent."',
    pages: [
      `Westerleigh City Council
ICT Services
Inspection Report
November 2004`,
      `Summary
The service scores two stars (good) and its prospects for improvement are excellent. Members and
senior managers are driving a well-funded programme that is already delivering results.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's41-plain-in-our-view-fair-probably',
    why: 'kind 7: era A "In our view the service is fair" and "it will probably improve", hyphenated line break in the grade sentence',
    pages: [
      `Burrowdale District Council
Information Technology
Best Value Inspection Service
July 2001`,
      `Summary
In our view the service that Burrowdale's IT section provides to council depart-
ments is fair. It will probably improve, because the council has accepted the review's main
recommendations and set aside money for them.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's41-plain-poor-but-promising',
    why: 'kind 7: era B "This is a poor service, but its prospects for improvement are promising."',
    pages: [
      `Sedgecombe Borough Council
ICT Services
Best Value Inspection Service
January 2004`,
      `Summary
This is a poor service, but its prospects for improvement are promising. A new head of ICT
and a costed improvement plan are already making a difference.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's41-plain-we-consider-excellent-probably',
    why: 'kind 7: era A "We consider the service to be excellent. It will probably improve further."',
    pages: [
      `Old Warden District Council
Information Technology
Best Value Inspection Service
May 2001`,
      `Summary
We consider the service to be excellent. It will probably improve further, although the section
has less room to improve than most.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's41-plain-commission-judges-excellent-promising',
    why: 'kind 7: era B verdict given in a single plain summary sentence with a leading clause: "the Commission judges ... excellent ... promising"',
    pages: [
      `Kestrel Vale City Council
Information and Communications Technology
Inspection Report
September 2003`,
      `Summary
Having considered all the evidence, the Commission judges Kestrel Vale's ICT service to be
excellent and its prospects for further improvement to be promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's41-plain-poor-unlikely-headings',
    why: 'kind 7: era A with question headings; answers "Poor." and "Unlikely to improve."',
    pages: [
      `Ridgemoor District Council
IT Services
Best Value Inspection Service
February 2001`,
      `Ridgemoor District Council                                                  page 2
How good is the service?
Poor. Users in every department told us the service is slow and unreliable.
Will the service improve?
Unlikely to improve. The improvement plan was written without users and has no funding.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's41-none-draft-blank-grid',
    why: 'kind 8: draft report with an unmarked scoring grid and "scores to be confirmed"; axis words are the only grade words: null',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Norbridge Borough Council
ICT Services
Best Value Inspection – draft report for factual accuracy check
May 2003`,
      `Scoring chart
Scores to be confirmed following quality assurance.
How good is the service?
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
\tProspects for improvement`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-council-own-review',
    why: 'kind 8: the council\'s own Best Value review report, with its own view that IT is good and will improve: not the inspectors\', null',
    pages: [
      `Ambridge Vale District Council
Best Value Review of Information Technology
Final report of the review team
November 2000`,
      `5. Conclusions of the review team
5.1 We believe that IT services are good and will improve further once the new help desk system is
installed.
5.2 The review team recommends that the service continues to be provided in-house.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-guidance-scoring-chart',
    why: 'kind 8: guidance explaining how inspectors score services; lists every grade and prospect but judges nothing: null',
    pages: [
      `Best Value inspections: a guide for councils
How we score services
Inspectors answer two questions. How good is the service? The answer is given on a scale of no
stars (poor), one star (fair), two stars (good) or three stars (excellent). What are the prospects
for improvement? The answer is given as poor, uncertain, promising or excellent.
The two scores are shown on a scoring chart in every report.
October 2002`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-scrutiny-notes',
    why: 'kind 8: scrutiny panel notes ahead of an inspection, members\' opinions only ("felt the help desk was poor"): null',
    pages: [
      `Corporate Scrutiny Panel – notes of informal meeting – 3 March 2003
ICT: preparing for inspection
Members felt that the help desk was poor at keeping callers informed, but that the new website
was good. Members asked officers to produce a list of the evidence that will be given to the
inspectors. The inspection is expected in the autumn.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-service-plan-aims-excellent',
    why: 'kind 8: ICT service plan whose aim is an excellent, three-star service with excellent prospects by 2005: an ambition, null',
    pages: [
      `Tanfield Borough Council
ICT Service Plan 2003–2006`,
      `Our vision
Our aim is to be an excellent, three-star ICT service, with excellent prospects for improvement,
when we are inspected in 2005.
Key targets
• 100% of services e-enabled by December 2005
• help desk first-time fix rate of 75%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-notification-letter',
    why: 'kind 8: letter announcing an inspection and its scope (era A); no judgement',
    pages: [
      `Audit Commission
Best Value Inspection Service
Dear Chief Executive
Inspection of Information Technology Services
I am writing to confirm that we will inspect the council's IT services in January 2001, following
the completion of your Best Value review. The inspection team will be on site for six days. At
the end of the inspection we will judge how good the service is and whether it will improve.
Yours sincerely
Lead Inspector
10 November 2000`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-improvement-plan-targets',
    why: 'kind 8: council improvement plan aiming to reach good with promising prospects at re-inspection: a target, null',
    pages: [
      `Redcliffe District Council
ICT Improvement Plan 2004/05
Purpose
This plan sets out how we will respond to the recommendations of our Best Value review. Our target
is to be judged a good service with promising prospects when the service is re-inspected.
Action 1: agree service level agreements with all departments by June 2004.
Action 2: appoint a training co-ordinator by September 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-draft-judgement-to-be-inserted',
    why: 'kind 8: era A draft where the judgement paragraph is a placeholder: null',
    pages: [
      `DRAFT v0.3
Colwick District Council
Information Technology
Best Value Inspection Service
June 2001`,
      `Summary
[Judgement paragraph to be inserted after moderation.]
The council's IT section has 16 staff and supports around 500 users.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-benchmarking-club-report',
    why: 'kind 8: benchmarking club results comparing IT costs and satisfaction, with "good"/"poor" used about indicators; no inspection judgement',
    pages: [
      `IT Benchmarking Club – District Councils Group
Annual results 2001/02: Linbury District Council
Cost per PC supported: £1,120 (group median £980)
User satisfaction: 71% rated the service good or excellent; 6% rated it poor.
Help desk first-time fix: 58% (upper quartile 72%)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-internal-audit-report',
    why: 'kind 8: internal audit report on IT controls; its own assurance rating and "poor" controls are not an inspection judgement: null',
    pages: [
      `Internal Audit Report
IT General Controls 2004
Overall assurance: limited
Controls over back-up tapes are poor, and the disaster recovery plan has not been tested since
2001. Change control is good.
Management response: agreed; actions to be completed by December 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-satisfaction-survey',
    why: 'kind 8: user satisfaction survey results table with excellent/good/fair/poor columns: null',
    pages: [
      `ICT User Survey 2002 – results
Question: How would you rate the help desk?
Excellent 14%   Good 46%   Fair 27%   Poor 13%
Question: How would you rate the speed of repairs?
Excellent 8%   Good 31%   Fair 35%   Poor 26%
412 responses (response rate 38%)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-performance-plan-review-programme',
    why: 'kind 8: Best Value performance plan extract listing the review programme (era A); no judgement',
    pages: [
      `Best Value Performance Plan 2001/02
Section 4: Our programme of Best Value reviews
Year 1 (2000/01): Information Technology; Refuse Collection; Housing Benefits
Year 2 (2001/02): Leisure; Planning; Customer Services
The IT review was completed in March 2001 and will be inspected by the Audit Commission later this
year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-position-statement-self-rating',
    why: 'kind 8: the council\'s position statement for the inspectors rating itself fair with promising prospects: the council\'s claim, null',
    pages: [
      `Wendover Vale Borough Council
ICT Services – Position Statement for the Inspection Team
January 2004
Self-assessment
We consider ourselves to be a fair service with promising prospects. We know that our response
times are too slow, and our improvement plan sets out how we will fix this.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's41-none-staff-newsletter-hopes',
    why: 'kind 8: staff newsletter hoping to be judged good at the coming inspection: null',
    pages: [
      `ICT Matters – staff newsletter – Issue 14, Summer 2003
Inspection countdown
The inspectors arrive on 15 September. We hope to be judged a good service, and we think our
prospects are excellent – but it is their view that counts, not ours. Please make sure your team's
evidence is in the shared folder by the end of August.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
