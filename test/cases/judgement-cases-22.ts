/** Held-out judgement set 22, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases22: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's22-grid-tabs-asterisk-fair-unlikely',
    why: 'kind 1: tab-separated grid, grades down the side and old-style prospects across the top; the asterisk is in the Fair row under the second prospect column (unlikely to improve); the axis labels list every grade and prospect and the grade labels carry their own stars',
    pages: [
      `Best Value Inspection Service

Haverleigh Borough Council

Information Technology Services
Best Value inspection report

March 2001`,
      `Summary

Haverleigh Borough Council provides information technology to its own departments through a
central IT section of 38 staff based at the Civic Centre. This inspection was carried out in
December 2000, following the council's Best Value review of the service.

Our judgements are shown on the scoring chart below. The vertical axis shows how good the
service is now; the horizontal axis shows whether we think it will improve.

Scoring chart
\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve
Excellent ★★★\t\t\t\t
Good ★★\t\t\t\t
Fair ★\t\t*\t\t
Poor\t\t\t\t

The reasons are set out in the body of this report. In brief, the help desk is responsive and
users value it, but development projects regularly overrun, the IT strategy is three years out
of date and the review did little to challenge how the service is provided.
Haverleigh Borough Council – Information Technology Services\t2`,
      `Recommendations

To rise to the challenge of Best Value the council should:
• replace the 1998 IT strategy with one agreed by chief officers and members;
• set and publish service standards for the help desk and for project work; and
• compare its costs and performance with similar councils before deciding how the service
  should be provided in future.
Haverleigh Borough Council – Information Technology Services\t3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's22-grid-spaces-x-good-promising',
    why: 'kind 1: grid laid out with runs of spaces; the X sits under the Promising column in the Good row; every grade and prospect word appears on the axes, and the surrounding text mentions ambitions only',
    pages: [
      `Inspection report
ICT Services
Calderbrook Metropolitan Borough Council
February 2003
Audit Commission – Best Value Inspections`,
      `Summary
The council's ICT service supports about 4,200 users in six directorates. The council told us
it wants the service to be excellent within three years. We inspected in November 2002.

Scoring chart

                     Prospects for improvement
                     Poor        Uncertain   Promising   Excellent
Excellent ★★★
Good ★★                                          X
Fair ★
Poor
A good service?

The chart above summarises our view of the service now and of its prospects. The sections
that follow explain the evidence behind it.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's22-grid-bracket-x-cell-per-line-poor-uncertain',
    why: 'kind 1: axes swapped (rows are prospects, columns are grades) and each cell extracted on its own line as [ ] or [x]; the [x] is the first cell of the Uncertain row, i.e. the poor-service column',
    pages: [
      `Audit Commission
Best Value Inspection Service

Information and Communications Technology
Ravensmoor District Council

October 2002`,
      `Summary

We inspected the council's ICT service in July 2002. The service costs £2.7 million a year and
employs 31 staff.

Scoring chart
The chart's four columns show how good the service is, from left to right: poor (no stars),
fair, good and excellent (three stars). Its four rows show the prospects for improvement, from
top to bottom: excellent, promising, uncertain and poor.

Excellent prospects
[ ]
[ ]
[ ]
[ ]
Promising prospects
[ ]
[ ]
[ ]
[ ]
Uncertain prospects
[x]
[ ]
[ ]
[ ]
Poor prospects
[ ]
[ ]
[ ]
[ ]
Poor\tFair\tGood\tExcellent

Key: [x] marks the inspectors' judgement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's22-grid-star-mark-prospects-rows-excellent-will',
    why: 'kind 1: old-vocabulary prospects as rows and grades as columns; the mark is a ★ in the last column of the Will improve row (excellent); a key explains the mark, and no sentence restates the scores',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection Service
Corporate IT Services
Ashwell City Council
July 2001`,
      `Summary

Scoring chart
How good is the service? is shown across the chart; Will the service improve? is shown down
its side. The cell marked ★ gives the inspectors' judgement on both questions.

\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t★
Will probably improve\t\t\t\t
Unlikely to improve\t\t\t\t
Will not improve\t\t\t\t

The council's corporate IT service runs the data centre, the network and the desktop support
team for all departments. Users we met were consistently positive about it, costs are among
the lowest in its benchmarking group, and a well-resourced improvement plan is already being
delivered.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's22-grid-bullet-spaces-excellent-excellent',
    why: 'kind 1: space-aligned grid whose mark is a bullet dot • in the Excellent row under the Excellent column; the recommendations that follow also use • as list bullets, which are not grid marks',
    pages: [
      `Best Value inspection
ICT and e-Government Services
Southmere Borough Council
Audit Commission
September 2004`,
      `Summary

Scoring chart
                 Prospects for improvement?
                Poor     Uncertain     Promising     Excellent
Excellent                                                •
Good
Fair
Poor
'A good service?'

Recommendations
To sustain its progress the council should:
• extend online payments to the remaining licensing services;
• publish its service standards on the intranet; and
• review the desktop support contract before it expires in 2006.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's22-grid-tick-reversed-columns-poor-willnot',
    why: 'kind 1: tab grid with both axes reversed (Poor row first, Will improve column first); the ✓ is in the Poor row and the fourth column, which here is Will not improve',
    pages: [
      `Best Value Inspection Service
Inspection of Information Technology
Millbridge Borough Council
November 2000`,
      `Summary

The scoring chart records our judgements. Note that in this chart the worst outcomes are shown
at the top and on the right.

\tWill improve\tWill probably improve\tUnlikely to improve\tWill not improve
Poor\t\t\t\t✓
Fair ★\t\t\t\t
Good ★★\t\t\t\t
Excellent ★★★\t\t\t\t

The Best Value review was carried out by the IT manager alone and did not look at any option
other than keeping the service as it is. There is no improvement plan.
Millbridge Borough Council\tPage 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's22-grid-pipes-x-fair-poorprospects',
    why: 'kind 1: pipe-delimited grid with the new vocabulary across the top; the X is in the Fair row under Poor prospects; "poor" appears as both a row and a column label, and the mark position decides',
    pages: [
      `Audit Commission Inspection Report
Information Technology Service
Langdale Valley District Council
June 2002`,
      `Scoring chart

|                | Poor prospects | Uncertain prospects | Promising prospects | Excellent prospects |
| Excellent (3★) |                |                     |                     |                     |
| Good (2★)      |                |                     |                     |                     |
| Fair (1★)      | X              |                     |                     |                     |
| Poor (0★)      |                |                     |                     |                     |

Rows: how good is the service? Columns: what are the prospects for improvement?

Since the review was completed the IT manager has left, the improvement plan has been shelved
and two of the four project staff are on long-term sick leave.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's22-grid-asterisk-one-cell-per-line-poor-poor',
    why: 'kind 1: each grid cell extracted on its own line with "-" for an empty cell; column headers come first, then each row label followed by its four cells; the * is the first cell of the Poor row (poor prospects)',
    pages: [
      `BEST VALUE INSPECTION
Information and Communication Technology
Orchard Vale Council
Audit Commission
April 2003`,
      `Summary
Scoring chart
Columns: prospects for improvement
Rows: a good service?
Poor prospects
Uncertain prospects
Promising prospects
Excellent prospects
Excellent
-
-
-
-
Good
-
-
-
-
Fair
-
-
-
-
Poor
*
-
-
-

* the inspectors' judgement`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's22-table-fair-one-star-promising-reasons',
    why: 'kind 2: two-column summary table whose score cells read "Fair: one star out of three" and "Promising – the improvement plan is realistic and funded"; the reasons column uses good, poor and excellent about other things',
    pages: [
      `Audit Commission
Best Value Inspection
ICT Services
Kingsford Borough Council
July 2002`,
      `Summary of judgements

Judgement            Score                          Main reasons
A good service?      Fair: one star out of three    Users describe the help desk as good and its staff
                                                    as helpful, but project management is poor and
                                                    service standards are not monitored.
Prospects for        Promising – the improvement    An excellent new head of ICT and a funded plan;
improvement?         plan is realistic and funded   some targets are vague and the past record of
                                                    delivery is poor.

The rest of this report sets out the evidence for these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's22-table-poor-no-stars-no-will-not-improve',
    why: 'kind 2: tab table "Poor (no stars)" and "No, it will not improve"; the reasons cells contain excellent, fair and probably about other matters',
    pages: [
      `Best Value Inspection Service
Information Technology
Eastholme District Council
January 2001`,
      `Summary

Question\tInspectors' judgement\tReasons
Is the service good?\tPoor (no stars)\tSome excellent individual staff, but a fair number of basic standards are not met and fault-fixing times are the slowest in the comparison group.
Will it improve?\tNo, it will not improve\tThe review was narrow; officers say the new network will probably help, but there is no plan, no budget and no one in charge of change.

We set out below what the council needs to do.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's22-cells-per-line-good-two-stars-yes-will',
    why: 'kind 2: each cell on its own line: "Good ★★ (two stars)" and "Yes – the service will improve", each followed by a Why cell that uses poor, fair and unlikely',
    pages: [
      `Best Value Inspection Service
The Audit Commission
Information Technology and Telecommunications
Borough of Northfleet Heath
May 2001`,
      `Our judgements

How good is the service?
Good ★★ (two stars)
Why: reliable network and high user satisfaction; but poor documentation of systems and a
fair amount of duplicated data entry between departments.

Will the service improve?
Yes – the service will improve
Why: a strong improvement plan with named owners and agreed funding; the only area where
quick progress is unlikely is records management.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's22-table-excellent-three-stars-excellent-prospects',
    why: 'kind 2: pipe table with "Excellent — ★★★" and "Excellent prospects: strong track record of delivery"; the evidence column mentions fair and poor ratings and poor performance in 2001',
    pages: [
      `Inspection report
Customer Access and ICT
Westbourne City Council
Audit Commission
March 2004`,
      `Summary

Judgement | Rating | Evidence
Quality of service | Excellent — ★★★ | Performance in the top quartile on all national measures; only a small number of fair or poor ratings in the user survey.
Prospects for improvement | Excellent prospects: strong track record of delivery | The plan is fully costed; poor performance in 2001 was turned round within a year.

The council has asked us to comment on its plans for a shared service with two neighbouring
districts; we do so in section 4.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's22-blocks-two-stars-good-uncertain',
    why: 'kind 2: block layout SCORE / PROSPECTS / REASONS with "2 stars – good" and "Uncertain: ..." ; the reasons block uses promising and excellent for other things',
    pages: [
      `Best Value Inspection
Information Services
Hartwell Borough Council
Audit Commission, August 2003`,
      `SUMMARY

SCORE
2 stars – good

PROSPECTS
Uncertain: the head of ICT post is vacant and next year's budget has not been agreed

REASONS
A promising start on e-government; excellent relationships with schools; weak performance
management and no agreed replacement programme for equipment.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's22-table-poor-zero-stars-unlikely-capacity',
    why: 'kind 2: tab table "Poor – 0 stars" and "Unlikely to improve (capacity weak)" in a September 2001 report (still the old vocabulary); the reasons cells use good and probably',
    pages: [
      `Best Value Inspection Service
IT Support Services
Brackenfield District Council
September 2001`,
      `Summary of findings

Judgement\tOur finding\tBecause
Current service\tPoor – 0 stars\tA good telephone help line cannot make up for frequent network failures and a two-month wait for new equipment.
Improvement\tUnlikely to improve (capacity weak)\tThe improvement plan would probably work if it were resourced, but it is not, and the two key posts in it are unfilled.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased, no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's22-paraphrase-on-balance-get-better-fair',
    why: 'kind 3: old-era report; grade stated plainly as fair; the prospect is "on balance ... more likely than not that the service will get better", i.e. probably, with no scale phrase',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Pelham Cross Borough Council
April 2001`,
      `Summary

How good is the service?
We judge the IT service to be fair. The help desk and network are reliable, but departments
find it hard to get new systems developed, and costs are above average.

Will the service improve?
On balance we think it more likely than not that the service will get better over the next
two years. The improvement plan is sensible and has the support of chief officers, although
the funding for its later stages has not yet been secured.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's22-paraphrase-confident-deliver-plan-good',
    why: 'kind 3: old-era report; grade good stated; prospect given only as "we are confident that the council will deliver its improvement plan in full" = will improve',
    pages: [
      `Best Value Inspection Service
Information and Communication Technology
Stourleigh District Council
December 2000`,
      `Summary

The inspectors judge this to be a good, two-star service. Users are satisfied, systems are
reliable and costs compare well with similar councils.

Turning to the future, we are confident that the council will deliver its improvement plan in
full and on time: it is modest in scale, every action has an owner, the money is in the
budget and the first three actions have already been completed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's22-paraphrase-doubt-capacity-turn-round-poor',
    why: 'kind 3: old-era report; grade poor; prospect phrased as doubt about capacity to turn the service round = unlikely to improve',
    pages: [
      `Best Value Inspection Service
Computer Services
Redditch Moor Borough Council
August 2001`,
      `Summary

In our view the computer services section currently provides a poor service. Nearly a third
of help desk calls are still open after a week and two major projects have been abandoned.

We doubt that the council has the capacity to turn the service round. The improvement plan
depends on staff who are already fully stretched, and on a restructuring that has been
postponed twice.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's22-paraphrase-no-sign-of-change-poor',
    why: 'kind 3: old-era report; grade poor; prospect only as "there is no sign that anything will change" and "we do not believe the service will get better" = will not improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Cold Ashby District Council
February 2001`,
      `Summary

This is a poor service. Systems fail often, users have lost confidence in the IT section, and
nobody monitors whether standards are met.

Will the service improve?
There is no sign that anything will change. The review produced no plan, members have not
discussed it, and the IT section does not accept that there is a problem. We do not believe
the service will get better.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's22-paraphrase-likely-to-get-better-newera-fair',
    why: 'kind 3: new-era report (2003) with no prospect scale word; "likely to get better" maps to ordinal 2, promising prospects; grade fair stated',
    pages: [
      `Audit Commission
Inspection report
ICT Services
Fernhill Borough Council
June 2003`,
      `Summary

The ICT service is fair. It is reliable for day-to-day work, but it has been slow to support
the council's plans for online services.

From the evidence we saw, we think the service is likely to get better. A new head of ICT has
brought clear direction, members have agreed a three-year budget, and early actions in the
plan have been completed, though some targets are not yet backed by detailed project plans.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's22-paraphrase-serious-doubts-newera-good',
    why: 'kind 3: new-era report; good service stated; prospect only as "serious doubts about whether the council can deliver the improvements it has planned" = uncertain prospects (ordinal 1)',
    pages: [
      `Best Value inspection
Information Technology
Whitcombe District Council
Audit Commission – November 2002`,
      `Summary

We found a good service. Users rate it highly and it meets most of its service standards.

However, we have serious doubts about whether the council can deliver the improvements it has
planned. The plan relies on a partnership that has not yet been procured, the budget beyond
next April is unknown, and the two managers who wrote the plan have both left.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's22-paraphrase-every-confidence-newera-excellent',
    why: 'kind 3: new-era report; grade excellent (three stars) stated; prospect only as "we have every confidence that the service will keep getting better" = excellent prospects, word "excellent" used only for the grade',
    pages: [
      `Inspection report
ICT and Customer Services
Brightwater City Council
Audit Commission
October 2004`,
      `Summary

This is an excellent, three-star service. Nine in ten transactions can now be completed
online or by telephone at the first contact, and systems availability exceeds 99.8 per cent.

We have every confidence that the service will keep getting better. It has a long record of
meeting its targets, its plans are ambitious but fully resourced, and staff at every level
are committed to them.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's22-paraphrase-nothing-leads-us-to-believe-newera-poor',
    why: 'kind 3: new-era report; poor service; prospect only as "nothing we saw leads us to believe that the service will get better" = poor prospects (ordinal 0); the only "poor" words are about the current service',
    pages: [
      `Audit Commission
Best Value inspection report
Information and Communications Technology
Gorsey Bank Borough Council
December 2002`,
      `Summary

How good is the service?
The service is poor. Basic performance targets are missed, and departments have begun buying
their own systems because they cannot get what they need from the ICT unit.

What are the prospects for improvement?
Nothing we saw leads us to believe that the service will get better. There is no credible
improvement plan, no money set aside for one, and no agreement between members and officers
about what the ICT unit is for.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's22-quoted-self-assessment-good-inspectors-fair',
    why: 'kind 4: the council self-assessed as good with excellent prospects; "our evidence tells a different story" and the inspectors judge fair with promising prospects',
    pages: [
      `Audit Commission
Best Value Inspection
ICT Services
Denton Vale Borough Council
May 2003`,
      `Summary

In its self-assessment for this inspection the council rated its ICT service as good, with
excellent prospects for improvement. Our evidence tells a different story. Service standards
are met for routine calls, but most projects in the last two years were delivered late and
users in the social services directorate were strongly critical.

We judge that the service is fair (one star) and that it has promising prospects for
improvement, because the new plan is realistic and the council has set aside money for it.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's22-quoted-it-director-rapid-progress-unlikely',
    why: 'kind 4: the head of IT expects rapid progress; "however, we are not confident" and the inspectors state a fair service that is unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Tamworth Leys District Council
June 2001`,
      `Summary

The head of IT told us that he expects rapid progress once the new network is installed this
summer, and that within a year users will notice a transformed service.

However, we are not confident that the council will deliver its plan. The network project is
already six months late, there is no money for the training that the plan assumes, and the
review did not test whether the IT section has the skills it needs.

Our judgement is that this is a fair service that is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's22-quoted-neighbour-excellent-this-good-will',
    why: 'kind 4: a neighbouring council is quoted as judged excellent last year; this service is separately judged good and will improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Ashcombe Borough Council
March 2001`,
      `Summary

The council compared its IT service with that of neighbouring Westbury District Council, whose
IT service was judged excellent by the Audit Commission last year and which the council sees
as its model.

Ashcombe has not yet reached that standard, but it is not far behind. Our judgement is that
Ashcombe's IT service is good and that it will improve: the council has a clear plan, the money
to deliver it, and a track record of doing what it says it will do.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's22-quoted-earlier-inspection-poor-now-good-excellent',
    why: 'kind 4: a re-inspection recalls the 2002 verdict (poor, uncertain prospects) and then gives the current one: good with excellent prospects',
    pages: [
      `Audit Commission
Re-inspection report
ICT Services
Lowmoor Metropolitan Borough Council
November 2004`,
      `Summary

When we first inspected this service in 2002, we found a poor service with uncertain prospects
for improvement. Since then the council has appointed a new director, replaced its network
and reorganised the ICT unit around the directorates it serves.

The change is striking. We now judge the ICT service to be good, with two stars, and we
consider that its prospects for further improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's22-quoted-cabinet-member-excellent-inspectors-poor',
    why: 'kind 4: the cabinet member for resources calls it "an excellent, forward-looking service"; the inspectors then judge a poor service with poor prospects',
    pages: [
      `Inspection report
Information Technology Services
Hollins Cross District Council
Audit Commission – September 2002`,
      `Summary

The cabinet member for resources described the IT service to us as "an excellent,
forward-looking service that other councils come to learn from".

We did not find that. Systems are unreliable, the help desk closes at 4pm, and the council
has no idea what its IT costs compared with others. Our conclusion is that this is a poor
service with poor prospects for improvement, because the council does not accept that there
is anything to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's22-quoted-self-assessment-will-improve-inspectors-will-not',
    why: 'kind 4: the council\'s self-assessment says "we will improve rapidly"; "our evidence tells a different story" and the inspection team says the service will not improve; grade poor',
    pages: [
      `Best Value Inspection Service
Information Technology
Upper Wensley District Council
July 2001`,
      `Summary

The council's self-assessment states: "The IT service will improve rapidly now that the Best
Value review has identified the way forward."

Our evidence tells a different story. The review made only two recommendations, neither of
which has been acted on, and no one has been given responsibility for delivering them.

How good is the service?  The inspection team judges the service to be poor.
Will it improve?  In the inspection team's view the service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's22-quoted-user-survey-good-inspectors-fair-uncertain',
    why: 'kind 4: a user survey finds 82% rate the service good or excellent; the inspectors\' own verdict is fair with uncertain prospects',
    pages: [
      `Audit Commission
Best Value Inspection
ICT and Telephony
Sandridge Borough Council
February 2003`,
      `Summary

The council's own survey found that 82 per cent of staff rate the ICT service as good or
excellent, and the IT manager believes the service will go on improving without further
change.

We take a different view. Users are content with the help desk, but the service has no
strategy, no service standards and no plan for the 2005 targets. We judge that it is a fair
service with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's22-quoted-it-manager-three-star-inspectors-fair-probably',
    why: 'kind 4: the IT manager calls it "a three-star service already"; in the inspectors\' view it is fair (one star) and will probably improve',
    pages: [
      `Best Value Inspection Service
Information Technology Unit
Kettleby District Council
February 2001`,
      `Summary

The IT manager told us that in his view the unit is "a three-star service already, held back
only by the council's refusal to fund it properly".

In our view the service is fair, earning one star. It is reliable, but it has done little to
help departments change the way they work. The service will probably improve: the review's
action plan is sound and members have agreed to fund its first year, though the unit's
record of finishing what it starts is mixed.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's22-long-sentence-duties-dashes-fair-probably',
    why: 'kind 5: the subject (the IT service) is followed by a dash-delimited list of duties of over forty words before "fair, one-star service that will probably improve"',
    pages: [
      `Best Value Inspection Service
Information Technology
Wrexley Borough Council
May 2001`,
      `Summary

The council's information technology service – which runs the corporate network, maintains
some 1,400 personal computers across eleven sites, supports the revenues, payroll and social
services systems, looks after the telephone exchange and, since April of last year, hosts
the council's website – is, in the judgement of the inspectors and on the evidence set out in
this report, a fair, one-star service that will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's22-long-sentence-brackets-hyphen-good-promising',
    why: 'kind 5: bracketed aside about the 2002 restructuring separates the subject from "a good service with promis-/ing prospects", and the scale word is hyphenated across a line break',
    pages: [
      `Audit Commission
Inspection report
ICT and e-Government Division
Marlow Heath Borough Council
January 2004`,
      `Summary

The ICT and e-government division (which, following the restructuring of 2002, brought
together the former computer services unit, the telephony team, the print room and the web
team under a single assistant director, and which now also manages the outsourced desktop
support contract) is, we have concluded after weighing all of the evidence, a good service
with promis-
ing prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's22-long-sentence-asides-excellent-excellent',
    why: 'kind 5: subject, then a long list of achievements and a reference to the council\'s 2005 ambition, before "an excellent service ... whose prospects ... are also excellent"',
    pages: [
      `Inspection report
Corporate ICT Service
Redland Park City Council
Audit Commission
July 2005`,
      `Summary

Redland Park's corporate ICT service, which over the past three years has replaced every
desktop in the council, moved 85 per cent of customer transactions online well ahead of the
government's 2005 deadline, opened four joint contact centres with the county council and the
primary care trust, and cut its unit costs by a fifth while doing so, is in our judgement an
excellent service, and one whose prospects for further improvement are also, for the reasons
given in section 5, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's22-long-sentence-line-breaks-excellent-will',
    why: 'kind 5: old-era report; the sentence is broken over many lines with an aside about the review team, the verdict words arrive far from "the IT service"',
    pages: [
      `Best Value Inspection Service
The Audit Commission
Information Technology Services
Greyfriars City Council
August 2001`,
      `Summary

The IT service, whose Best Value review was led by
a cross-party panel of members with the help of
two external advisers from the private sector and
a neighbouring authority, and which took evidence
from more than 300 staff and residents over nine
months, is one that the inspection team has no
hesitation in judging to be excellent, and which
we also judge will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's22-long-sentence-page-break-header-poor-uncertain',
    why: 'kind 5: the verdict sentence is split across a page break, with a running header and page number between "a poor" and "service with uncertain prospects"',
    pages: [
      `Audit Commission
Best Value inspection report
Information Technology
Castleton Edge District Council
March 2002`,
      `Summary

We inspected the council's information technology service in November 2001.

Taking account of everything we saw and heard – the unreliable network, the long waits for
new equipment, the absence of any performance information, and the frustration that staff
in every department expressed to us – we have concluded that the service is, at present, a poor`,
      `Castleton Edge District Council – Information Technology\t3

service with uncertain prospects for improvement. The reasons are set out below.

Recommendations
The council should agree an ICT strategy with members by the end of the year.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's22-long-sentence-although-clause-good-unlikely',
    why: 'kind 5: old-era report; a long concessive clause listing strengths precedes a verdict that puts the grade and prospect far from "the service"',
    pages: [
      `Best Value Inspection Service
Information Technology
Blackwater Ford Borough Council
June 2001`,
      `Summary

Although the service, in the day-to-day work of keeping the network running, answering
calls to the help desk, installing new equipment and supporting the finance and housing
systems on which most departments depend, has served the council well for many years, and
although users are generally content with it, the inspectors judge that it is a good service
which is unlikely to improve, because the council has no plan for its future and the review
was not completed.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's22-about-cabinet-report-ict-fair-promising',
    why: 'kind 6: a cabinet report from the council\'s director reporting the ICT inspection outcome (fair, promising); it also quotes the benefits service\'s earlier score (good, excellent) which must be ignored',
    pages: [
      `KINGSWEAR BOROUGH COUNCIL

REPORT TO: Cabinet
DATE: 14 January 2003
SUBJECT: Audit Commission Best Value inspection of ICT services
REPORT OF: Director of Resources

1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's Best Value inspection of the
council's ICT services, published on 6 December 2002.

2. Inspection outcome
2.1 The inspectors judged the ICT service to be 'fair' (one star) and considered that it has
'promising' prospects for improvement.
2.2 By way of comparison, the revenues and benefits service, inspected in 2001, was assessed
as good with excellent prospects.
2.3 The inspectors made six recommendations, which are attached at Appendix A together with
the proposed action plan.

3. Recommendation
3.1 That Cabinet notes the inspection report and approves the action plan.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's22-about-press-release-two-stars-probably',
    why: 'kind 6: the council\'s own press release reporting the inspectors\' verdict on its IT service (two stars, will probably improve); the councillor\'s three-star target is an ambition',
    pages: [
      `NEWS RELEASE
Thornbury Vale District Council
For immediate release: 23 May 2001

COUNCIL COMPUTER SERVICE GETS TWO STARS

Government inspectors have given Thornbury Vale District Council's information technology
service two stars out of a possible three – a good service – and say that it will probably
improve.

Councillor Jean Marsh, chair of the resources committee, said: "We are delighted. Our target
now is three stars, and we believe we will get there."

The Audit Commission's report is available from the council offices and from its website.

ENDS
Notes for editors: Best Value inspections rate services from no stars (poor) to three stars
(excellent).`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's22-about-minutes-benefits-score-ict-pending-null',
    why: 'kind 6: ICT steering group minutes quote the benefits service\'s inspection score; the ICT inspection has not yet happened, so there is no verdict on this service',
    pages: [
      `ICT STEERING GROUP
Minutes of the meeting held on 11 September 2002
Present: Director of Corporate Services (Chair), Head of ICT, Head of Finance, Head of HR

1. Apologies – none.

2. Inspection programme
The Chair reported that the benefits service had been judged by the Audit Commission to be a
good service with promising prospects, and congratulated the staff involved.
The Best Value inspection of ICT will take place in March 2003. The inspectors' findings are
expected in the summer. The Head of ICT will circulate the draft self-assessment by the end
of October.

3. Network replacement – the tender evaluation was noted.

4. Date of next meeting: 9 October 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-about-committee-paper-it-poor-unlikely-housing-excellent',
    why: 'kind 6: a committee paper gives the IT inspection verdict (poor, unlikely to improve); the housing repairs service\'s "excellent" verdict is another service',
    pages: [
      `BRAMLEY HEATH BOROUGH COUNCIL
Policy and Resources Committee – 6 September 2001
Item 9: Best Value inspection of Information Technology
Report of the Chief Executive

1. The Audit Commission's report on the council's IT service was published on 20 August 2001.
It concludes that the service is poor and that it is unlikely to improve.

2. Members will recall that the housing repairs service was judged excellent when it was
inspected in March. The contrast is stark, and officers do not dispute the inspectors'
findings.

3. An improvement plan responding to each recommendation will be brought to the October
meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's22-about-scrutiny-neighbour-three-stars-own-pending-null',
    why: 'kind 6: a scrutiny report notes a neighbouring council\'s ICT rating; its own ICT inspection is only scheduled, so no verdict on this service',
    pages: [
      `OAKENSHAW DISTRICT COUNCIL
Resources Scrutiny Panel
8 October 2003

Preparing for the Best Value inspection of ICT

1. Neighbouring Fenmoor District Council's ICT service was recently awarded three stars, with
excellent prospects for improvement. Members asked officers to find out what Fenmoor did
differently.

2. Our own inspection is scheduled for the spring of 2004. The Head of ICT will present the
draft self-assessment to the Panel in January.

3. The Panel noted that staff morale in the ICT unit is poor following the restructuring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-about-minutes-ict-poor-uncertain',
    why: 'kind 6: council minutes record receipt of the Audit Commission\'s final report on ICT, which found a poor service with uncertain prospects; the Head of ICT\'s hopes are not the verdict',
    pages: [
      `STANWELL MOOR BOROUGH COUNCIL
Minutes of the Executive – 17 June 2003

47. AUDIT COMMISSION INSPECTION OF ICT SERVICES
Members received the Audit Commission's final report on the inspection of the council's ICT
services, which found that the service is poor (no stars) and that its prospects for
improvement are uncertain.
The Head of ICT said she was disappointed but hoped the council would be judged excellent
within three years.
RESOLVED: that the report be noted and the improvement plan be referred to the Resources
Scrutiny Committee.

48. CAPITAL PROGRAMME 2003/04 – deferred.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's22-about-commission-press-release-excellent-will',
    why: 'kind 6: an Audit Commission press release states this council\'s IT inspection verdict: excellent, and it will improve',
    pages: [
      `Audit Commission
PRESS RELEASE – embargoed until 00.01, 19 June 2001

Inspectors praise council's IT service

An inspection of Fellside City Council's information technology service by the Audit
Commission's Best Value Inspection Service has found it to be excellent, with three stars,
and the inspectors judge that it will improve.

The lead inspector said: "Fellside shows what can be done when a council puts IT at the
centre of its plans."

-ends-`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's22-about-prep-paper-aiming-two-stars-null',
    why: 'kind 6: a committee paper about preparations for a coming ICT inspection, with only an aim of "at least a good, two-star service with promising prospects"; no verdict exists yet',
    pages: [
      `HALSTEAD CROSS BOROUGH COUNCIL
Corporate Management Team – 2 February 2004
Best Value inspection of ICT: preparation

1. The Audit Commission will inspect the ICT service in the week beginning 19 April 2004.
2. The service aims to achieve at least a good (two-star) rating with promising prospects.
3. The self-assessment will be submitted by 15 March. Directors are asked to nominate
   front-line staff for the inspectors' focus groups.
4. Risks: the network upgrade will not be complete by April, and the user survey showed a
   fair proportion of staff unaware of the service standards.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------------------
  // Kind 7: plain statements, many forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's22-plain-headings-passive-poor-will-not',
    why: 'kind 7: old era; headings "How good is the service?" / "Will the service improve?" with passive "is judged to be poor" and "the service will not improve"',
    pages: [
      `Best Value Inspection Service
Information Technology
Northwold District Council
January 2001`,
      `Summary

How good is the service?
The IT service is judged to be poor.

Will the service improve?
The service will not improve. There is no improvement plan and the review has not been
reported to members.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's22-plain-our-judgement-fair-unlikely',
    why: 'kind 7: old era; "Our judgement is that this is a fair service that is unlikely to improve"',
    pages: [
      `Best Value Inspection Service
IT Services
Stoneleigh Borough Council
October 2000`,
      `Summary

Stoneleigh's IT service supports 900 users. Our judgement is that this is a fair service that
is unlikely to improve. The reasons are set out in the rest of this report.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's22-plain-passive-has-been-judged-good-probably',
    why: 'kind 7: old era; passive "has been judged to be good, with two stars, and will probably improve"',
    pages: [
      `Best Value Inspection Service
Information and Communication Technology
Thames Reach Borough Council
June 2001`,
      `Summary

The ICT service has been judged to be good, with two stars, and will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's22-plain-we-judge-excellent-will',
    why: 'kind 7: old era; two active sentences "We judge the service to be excellent." and "We judge that it will improve."',
    pages: [
      `Best Value Inspection Service
Information Technology
Merefield City Council
August 2001`,
      `Summary

We judge the service to be excellent. We judge that it will improve.

The council's IT service is well led, well regarded by users and keen to learn from others.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's22-plain-commission-assessed-poor-but-probably',
    why: 'kind 7: old era; "has assessed the service as poor, but we consider that it will probably improve" – the contrast joins two verdicts rather than reversing one',
    pages: [
      `Best Value Inspection Service
Information Technology
Dunmore Bay District Council
April 2001`,
      `Summary

The Audit Commission has assessed the IT service as poor, but we consider that it will probably
improve. The council has recognised the problems, appointed an experienced IT manager and
agreed a funded recovery plan.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's22-plain-inspectors-found-good-unlikely',
    why: 'kind 7: old era; "Inspectors found a good service, but one which is unlikely to improve"',
    pages: [
      `Best Value Inspection Service
IT and Office Services
Penrose District Council
May 2001`,
      `Summary

Inspectors found a good service, but one which is unlikely to improve, because the council has
not planned for the loss of its two most experienced staff, who retire next year.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's22-plain-newera-poor-service-poor-prospects',
    why: 'kind 7: new era (December 2001); "a poor service with poor prospects for improvement"',
    pages: [
      `Audit Commission
Inspection report
Information Technology
Linton Marsh District Council
December 2001`,
      `Summary

The inspection team found a poor service with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's22-plain-newera-headings-fair-uncertain',
    why: 'kind 7: new era; headings "How good is the service?" and "What are the prospects for improvement?" each answered in a short sentence',
    pages: [
      `Audit Commission
Best Value inspection
ICT Services
Hexworth Borough Council
March 2002`,
      `Summary

How good is the service?
It is a fair, one-star service.

What are the prospects for improvement?
The prospects are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's22-plain-newera-in-our-view-good-promising',
    why: 'kind 7: new era; "In our view the service is good ... and has promising prospects for improvement"',
    pages: [
      `Inspection report
Information and Communications Technology
Eastcliff Borough Council
Audit Commission – January 2004`,
      `Summary

In our view the service is good and has promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's22-plain-newera-scored-excellent-excellent',
    why: 'kind 7: new era; "We have scored the service as excellent (three stars) with excellent prospects"',
    pages: [
      `Audit Commission
Inspection of ICT Services
Wolding Metropolitan Borough Council
July 2005`,
      `Summary

We have scored the ICT service as excellent (three stars) with excellent prospects for
improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's22-plain-newera-fair-but-excellent-prospects',
    why: 'kind 7: new era; mixed result "a fair service ... its prospects for improvement are excellent"',
    pages: [
      `Audit Commission
Best Value inspection report
IT and Customer Contact
Riverside Park City Council
October 2003`,
      `Summary

This is a fair service. However, its prospects for improvement are excellent: the council has
a clear, well-funded plan and a strong record of delivering change.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's22-plain-newera-poor-now-promising',
    why: 'kind 7: new era; "The service is currently poor, but it has promising prospects"',
    pages: [
      `Inspection report
Information Technology Services
Elmstead Borough Council
Audit Commission
June 2002`,
      `Summary

The service is currently poor, but it has promising prospects. A new management team is in
place and has already made visible changes.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  // ---------------------------------------------------------------------------
  // Kind 8: documents with no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's22-none-draft-blank-grid-tbc',
    why: 'kind 8: a draft inspection report with an unmarked scoring grid and "scores to be confirmed"; the axis labels list every grade and prospect',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
Inspection report
ICT Services
Pennine Edge District Council
Draft for factual accuracy check – August 2002`,
      `Summary

Scores to be confirmed following moderation.

Scoring chart
\tPoor\tUncertain\tPromising\tExcellent
Excellent ★★★\t\t\t\t
Good ★★\t\t\t\t
Fair ★\t\t\t\t
Poor\t\t\t\t

[Text of summary to follow once scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-council-own-bv-review-aims-excellent',
    why: 'kind 8: the council\'s own Best Value review report, with an aim to be excellent and its own expectation that the service will improve; no inspectors involved',
    pages: [
      `GLENSHAW BOROUGH COUNCIL
Best Value Review of Information Technology
Final report of the review team
November 2000`,
      `1. Executive summary
1.1 The review team concludes that the IT service provides a good basic service but needs to
do more to support departments' plans.
1.2 Our vision is for the IT service to be excellent by 2003, and we are confident that the
improvement plan in section 6 will deliver this.
1.3 The review followed the 4Cs: we challenged the need for the service, compared costs with
eight councils, consulted 300 staff and considered outsourcing the help desk.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-guidance-explaining-scale',
    why: 'kind 8: general guidance explaining how Best Value inspections score services; every grade and prospect word appears and none is a verdict on a service',
    pages: [
      `Guidance for authorities
How Best Value inspections are scored
Audit Commission, 2002`,
      `Each inspection answers two questions. First, how good is the service? Services are scored on
a scale from poor (no stars) through fair and good to excellent (three stars). Second, what are
the prospects for improvement? From October 2001 these are described as poor, uncertain,
promising or excellent. Before that date inspectors said whether a service would improve,
would probably improve, was unlikely to improve or would not improve.

Inspectors mark their judgement on a scoring chart in each report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-scrutiny-notes-ordinary-words',
    why: 'kind 8: scrutiny panel notes on IT with ordinary uses of grade words ("poor morale", "excellent working relationships", "a fair proportion", "good progress")',
    pages: [
      `BURNHAM LEA DISTRICT COUNCIL
Corporate Scrutiny Panel – notes of the review session on IT services
3 March 2004

Members heard from the Head of IT and two departmental managers.
• The Head of IT acknowledged poor morale in the network team after the restructure.
• Managers reported excellent working relationships with their IT account managers.
• A fair proportion of help desk calls are password resets.
• Good progress has been made on the new intranet.
The Panel will consider its recommendations at its next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-service-plan-aims-three-star',
    why: 'kind 8: an ICT service plan whose aims are "an excellent, three-star service by 2005" and "at least promising prospects"; ambitions, not verdicts',
    pages: [
      `ICT SERVICE PLAN 2003–2006
Ferrybridge Borough Council
Approved by the Executive, April 2003`,
      `Our aims
• To be an excellent, three-star ICT service by 2005.
• To be judged to have at least promising prospects at our next inspection.
• To make every council service available electronically by December 2005.

Where we are now
Our user survey shows that 74 per cent of staff think the help desk is good or excellent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-draft-placeholders',
    why: 'kind 8: a draft report whose summary contains placeholders ("[grade]", "[prospects]") instead of scores',
    pages: [
      `Audit Commission
DRAFT inspection report v0.3
Information Technology
Corley Heath District Council
(draft – May 2003)`,
      `Summary

We judge that the service is [grade – to be agreed at moderation panel] and that its prospects
for improvement are [prospects – TBC].

Lead inspector to complete sections 3 and 4. Scoring chart to be inserted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-self-assessment-only',
    why: 'kind 8: the council\'s self-assessment submitted before inspection, rating itself good with promising prospects; no inspectors\' judgement exists',
    pages: [
      `SELF-ASSESSMENT FOR BEST VALUE INSPECTION
ICT Services
Ludford Borough Council
Submitted to the Audit Commission, January 2004`,
      `Section 1: How good is the service?
We consider that we provide a good service. Availability of the network exceeded 99 per cent
last year and 88 per cent of help desk calls were resolved at first contact.

Section 2: What are the prospects for improvement?
We believe our prospects are promising. Our improvement plan is funded and has member support.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-inspection-scoping-letter',
    why: 'kind 8: a scoping letter from the lead inspector describing what the inspection will decide; the future-tense questions are not verdicts',
    pages: [
      `Audit Commission
Best Value Inspection Service

12 February 2001

Dear Chief Executive

Best Value inspection of Information Technology services

I am writing to confirm the arrangements for the inspection, which will take place from
19 to 23 March 2001. The inspection will decide how good the service is and whether it will
improve. We will publish our report, with our scores, about eight weeks after the fieldwork.

Please let me have the documents listed in the attached schedule by 2 March.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-internal-audit-it-security',
    why: 'kind 8: an internal audit report on IT security, not a Best Value inspection; its "assurance" rating and grade words are not an inspection verdict',
    pages: [
      `INTERNAL AUDIT REPORT
IT Security and Access Controls
Westmarch District Council
Issued: 15 October 2002`,
      `Overall opinion: satisfactory assurance.

Findings
1. Password controls are good on the finance system but poor on the housing system.
2. A fair number of leavers' accounts had not been disabled.
3. Back-up arrangements are excellent.

Management have agreed all recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-bvpp-review-programme',
    why: 'kind 8: an extract from a Best Value Performance Plan listing the review programme and its expected inspection dates; no verdicts',
    pages: [
      `BEST VALUE PERFORMANCE PLAN 2001/02
Ellerby City Council
June 2001`,
      `Programme of Best Value reviews

Review\tYear\tInspection expected
Information technology\t2001/02\tSpring 2002
Libraries\t2001/02\tSummer 2002
Highways maintenance\t2002/03\tTo be confirmed

Each review will be carried out using the 4Cs. We expect all of our services to improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-benchmarking-club-report',
    why: 'kind 8: a benchmarking club report comparing IT costs with grade-like wording ("good", "excellent value") but no inspection verdict',
    pages: [
      `IT Benchmarking Club for District Councils
Annual comparison report 2002/03
Participant: Haddon Vale District Council`,
      `Cost per PC supported: £612 (club median £705) – good.
Help desk first-time fix: 71 per cent (club median 68 per cent).
Overall, Haddon Vale represents excellent value compared with the club as a whole, although
its project delivery times are poor.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-seminar-notes-hypothetical-scores',
    why: 'kind 8: notes from an IT managers\' seminar on inspection, with hypothetical example scores; no real service is judged',
    pages: [
      `Regional IT Managers' Group
Notes of seminar: "Surviving your Best Value inspection"
Leeds, 14 November 2002`,
      `The speaker explained that a service might, for example, be judged fair with promising
prospects if it had a sound plan but a weak track record. A service with excellent systems
but no plan might be good with uncertain prospects.
Delegates discussed how to prepare evidence for the inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-steering-group-results-awaited',
    why: 'kind 8: steering group minutes after the inspection visit, with results awaited; the Head of ICT\'s optimism is not a verdict',
    pages: [
      `ICT PROGRAMME BOARD
Minutes – 4 December 2003
Ashby Wolds District Council`,
      `Item 3: Best Value inspection
The inspectors completed their on-site work on 21 November. The draft report is expected in
January. The Head of ICT said that feedback at the closing meeting had been positive and that
she expected the service to be rated good, but the inspectors had made clear that no scores
would be given until the report was moderated.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's22-none-action-plan-progress-no-scores',
    why: 'kind 8: a progress report on the post-inspection action plan that never restates the inspection scores',
    pages: [
      `REPORT TO RESOURCES SCRUTINY COMMITTEE
19 September 2002
ICT Improvement Plan – progress report
Marston Fields Borough Council`,
      `1. Following last year's Audit Commission inspection of the ICT service, the council agreed a
16-point improvement plan.
2. Eleven actions are complete, three are on track and two are delayed.
3. The help desk now meets its target for 93 per cent of calls, a good improvement on last year.
4. Officers expect the remaining actions to be complete by March 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
