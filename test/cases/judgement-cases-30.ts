/** Held-out judgement set 30, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases30: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's30-k1-asterisk-spaces-prospect-rows',
    why: 'kind 1: era A grid laid out with runs of spaces, prospects down the side and grades across; the asterisk sits under the second grade column in the second row; every grade and prospect appears as an axis label',
    pages: [
      `Best Value Inspection Service

Information Technology Services
Denholm Borough Council

Inspection report
March 2001

Audit Commission`,
      `Denholm Borough Council – IT Services                                      2

Summary
1. The IT section supports some 1,400 users across the council's five main offices and
runs the network, the desktop estate and the main business applications. Its budget for
2000/01 is £2.1 million.
2. Users value the help desk staff, and a fair proportion of faults are cleared at the first
call. But the section has no clear picture of what departments need, the IT strategy is three
years out of date and there are no agreed service standards.
3. The Best Value review challenged some long-held assumptions. The improvement plan is
realistic, and the new head of IT has started to clear the backlog of project requests,
although much of the plan has still to be costed.

Scoring chart
The chart below sets out our judgement of the service.

                              A good service?
                     Poor        Fair        Good        Excellent
                     (0 stars)   (1 star)    (2 stars)   (3 stars)
Will improve
Will probably improve             *
Unlikely to improve
Will not improve
`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's30-k1-x-tabs-grade-rows',
    why: 'kind 1: era B grid extracted as tab-separated cells with grades as rows and prospects as columns (caption says so); the X is in the Good row, third prospect column; ordinary words "excellent" and "poor" elsewhere in the text',
    pages: [
      `Audit Commission
Best Value Inspection

ICT Services
Tarnley Metropolitan Borough Council
June 2003`,
      `Summary
The ICT division employs 62 staff and manages a network of 2,900 PCs, the council's
data centre and its contact centre telephony. It has an excellent working relationship
with the schools it supports, and response times have improved each year since 2000.
Weaknesses remain: the division does not yet publish performance against its service
standards, and two large projects ran late because of poor project control.
The council has agreed a three-year investment programme and a credible improvement
plan with named owners and dates.

How we scored the service
The quality of the service ('a good service?') runs down the left; prospects for
improvement run across the top.

\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\tX\t
Fair\t\t\t\t
Poor\t\t\t\t

Tarnley MBC – ICT Services                                   Page 3 of 31`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's30-k1-tick-one-cell-per-line-boxes',
    why: 'kind 1: era B chart extracted one cell per line, empty cells printed as boxes and the marked cell as a tick; the tick is the first cell of the Uncertain row and the caption gives column order poor..excellent; both axes use the words poor and excellent',
    pages: [
      `Inspection of Information and Communications Technology
Castlemere District Council
Audit Commission Best Value Inspection Service
November 2002`,
      `2   Castlemere DC – ICT

Summary
Castlemere's ICT team of 14 staff supports around 600 users. Over the past year the
network has failed eleven times for more than half a day, the help desk is not staffed
after 4pm and no department we spoke to could say what standard of service it should
expect. The council has started to respond, but its plans are at an early stage and
depend on a restructure not yet agreed by members.

Scoring chart
Rows: prospects for improvement (excellent, promising, uncertain, poor).
Columns: a good service? (poor, fair, good, excellent).

Excellent
□
□
□
□
Promising
□
□
□
□
Uncertain
✓
□
□
□
Poor
□
□
□
□
Poor
Fair
Good
Excellent`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's30-k1-black-star-tabs-reversed-columns',
    why: 'kind 1: era A grid in tab cells, grades down the side (poor at top), prospects across in reverse order ending with "will not improve"; a black star in the last cell of the Poor row; the star is a mark, not a star rating',
    pages: [
      `BEST VALUE INSPECTION
Ravensmoor District Council
Computer Services
Audit Commission
July 2001`,
      `Summary

The computer services unit supports 380 users from a single site. Its systems are old,
and the unit spends most of its time keeping them running. Staff are committed and
work long hours, but poor morale is evident after two years of vacant posts. The Best
Value review was carried out by the unit itself and did not look at other ways of
providing the service; the resulting action plan lists aspirations rather than actions.

Scoring chart

Grade of service is read down the left. Prospects for improvement are read across.

\tWill improve\tWill probably improve\tUnlikely to improve\tWill not improve
Poor\t\t\t\t★
Fair\t\t\t\t
Good\t\t\t\t
Excellent\t\t\t\t

Ravensmoor DC                         3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's30-k1-dot-spaces-both-axes-reversed',
    why: 'kind 1: era B grid with runs of spaces; prospects down the side from poor (top) to excellent (bottom) and grades across from excellent to poor; the dot sits in the bottom row, first column; ambition wording ("aims to remain") is a decoy',
    pages: [
      `Audit Commission
Inspection report

E-services and ICT
Bradwell Vale Borough Council

September 2004`,
      `Bradwell Vale BC                                       Inspection report | 2

Summary
Bradwell Vale's ICT and e-services team delivers most council transactions online and
answers 92 per cent of help desk calls within the agreed time. Departments set the
priorities for ICT work through a board chaired by the chief executive, and the council
compares its costs with a group of similar authorities every year. The council aims to
remain among the leading authorities for electronic service delivery.

Scoring chart
                             How good is the service?
                      Excellent     Good      Fair      Poor
Prospects for
improvement
Poor
Uncertain
Promising
Excellent                 •
`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's30-k1-bracket-checkboxes-era-a',
    why: 'kind 1: era A chart drawn as checkbox cells [ ] with one cell [x]; the [x] is in the top row (will improve) under the third grade column (good)',
    pages: [
      `Audit Commission – Best Value Inspection Service
Information Technology
Ashcombe County Council
February 2001`,
      `Ashcombe CC: Information Technology                                    page 2

Summary
The central IT service provides networks, data centre operations and application support
to all county departments, and a managed service to 40 schools. Users told us that
support is prompt and courteous. The council has been slower to use IT to change how it
deals with the public, and its web site offers information but few transactions.
The council's Best Value review was rigorous: it compared costs with eight other counties
and tested the market for desktop support. The resulting plan is funded and has strong
backing from members.

Our judgements
                        Poor   Fair   Good   Excellent
Will improve            [ ]    [ ]    [x]    [ ]
Will probably improve   [ ]    [ ]    [ ]    [ ]
Unlikely to improve     [ ]    [ ]    [ ]    [ ]
Will not improve        [ ]    [ ]    [ ]    [ ]
`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's30-k1-x-pipe-table-star-rows',
    why: 'kind 1: era B grid as a pipe table, rows labelled by star count (0 stars at top), prospects across; the X is in the 1-star row under "Poor"; "a fair proportion" in the summary is an ordinary word',
    pages: [
      `Hartcliffe City Council
Information Technology Services
Best Value inspection – Audit Commission
April 2002`,
      `Summary
A fair proportion of users are satisfied with day-to-day desktop support, and the help
desk meets its target for answering calls. Beyond that, the service struggles. There is no
IT strategy approved by members, project requests from departments wait up to a year,
and the council has not compared its costs with anyone else's.

Scoring chart – 'a good service?' (rows) and 'prospects for improvement?' (columns)

|                    | Poor | Uncertain | Promising | Excellent |
| 0 stars (poor)     |      |           |           |           |
| 1 star (fair)      |  X   |           |           |           |
| 2 stars (good)     |      |           |           |           |
| 3 stars (excellent)|      |           |           |           |

Hartcliffe City Council – IT Services                                 4`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  // ─────────────── kind 2: table cells mixing grade words, stars and reasons ───────────────
  {
    name: 's30-k2-judgement-table-reasons-wrap',
    why: 'kind 2: era A three-column table; the judgement cells read "Fair (one star)" and "Yes – the service will improve", while the wrapped reasons column uses good, poor and excellent about particular aspects',
    pages: [
      `Audit Commission
Best Value Inspection Service
Wrexby Borough Council
Information Technology
May 2001`,
      `Summary of our judgements

Question                     Judgement                        Main reasons
How good is the service?     Fair (one star)                  Good network reliability and a well-run
                                                              help desk; poor project management and
                                                              no published service standards
Will the service improve?    Yes – the service will improve   Excellent leadership from the new
                                                              director; a costed, funded plan already
                                                              under way; members closely involved

Wrexby BC – Information Technology                                       3`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's30-k2-stars-of-three-and-uncertain-cell',
    why: 'kind 2: era B table with "Good: 2 stars of 3" and "Uncertain – …" cells; the reasons column says "excellent" and "poor" of particular features',
    pages: [
      `INSPECTION REPORT
ICT Services – Pennington Borough Council
Audit Commission, Best Value Inspection Service
October 2002`,
      `Pennington BC ICT inspection                                  Page 2 of 26

Summary table

Judgement          | Score                     | Why
Current service    | Good: 2 stars of 3        | Excellent first-line support and high user
                   |                           | satisfaction; network availability of 99.6%
Prospects          | Uncertain – plan not yet  | Poor links between the ICT strategy and
                   | costed or agreed          | corporate priorities; no agreed budget for
                   |                           | the replacement programme

The full reasons for our judgements are set out in the body of this report.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's30-k2-one-cell-per-line-no-will-not',
    why: 'kind 2: era A table extracted one cell per line; the judgement cells are "Poor – 0 stars" and "No, it will not improve", each followed by a reasons cell; the header row names the columns',
    pages: [
      `Grisby District Council
Information Technology Services
Best Value Inspection
Audit Commission
December 2000`,
      `Summary
Our judgements are summarised in the table below.
Judgement
Score
Basis for the score
A good service?
Poor – 0 stars
The network fails most weeks; there is no help desk cover at lunchtime or after 5pm; users
describe the support they receive as poor or very poor.
Will it improve?
No, it will not improve
The review did not question whether the council should provide the service itself; the
action plan has no targets, no costs and no owner; staff turnover is 30 per cent a year.

3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's30-k2-three-black-stars-promising',
    why: 'kind 2: era B table whose grade cell is "★★★ Excellent" and whose prospects cell opens "Promising." and then gives a sentence; the reasons mention poor take-up of one service',
    pages: [
      `Audit Commission
Kelmarsh Borough Council
Customer Access and ICT
Inspection report – March 2004`,
      `At a glance

How good is the service?   ★★★ Excellent      Nearly all council services can be reached by
                                              web, phone or one-stop shop; ICT costs are in
                                              the lowest quarter of comparable councils.
Will it improve?           Promising. The     The council has a clear plan for 2005, but
                           improvement plan   take-up of some online services is poor and
                           is sound but not   the contact centre contract ends next year.
                           yet fully funded.

Kelmarsh BC                                                                  2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's30-k2-asterisks-as-stars-unlikely',
    why: 'kind 2: era A summary table where asterisks are star ratings ("** Good") and the prospects cell reads "Unlikely to improve in the next two years"; the remarks column uses "excellent" and "fair"',
    pages: [
      `Best Value Inspection Service
Information Systems and Technology
Oldbury Vale District Council
Audit Commission · August 2001`,
      `Oldbury Vale DC – IS&T                                                       4

Scores
----------------------------------------------------------------------------------
Quality of service       ** Good                       Remarks: excellent desktop
                                                       support; fair value for money
Likelihood of            Unlikely to improve in the    Remarks: the unit's manager
improvement              next two years                retires in March and no
                                                       successor or plan is in place
----------------------------------------------------------------------------------
Key: * = fair, ** = good, *** = excellent; no stars = poor.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's30-k2-one-star-fair-poor-prospects-cell',
    why: 'kind 2: era B table, "One star – fair" beside "Poor: …" for prospects, with a reasons column praising good staff and an excellent help desk; the two poor-words must go to the right judgement',
    pages: [
      `Audit Commission Best Value Inspection
ICT and Information Management
Mardale Metropolitan Borough Council
January 2003`,
      `Summary of judgements

Judgement                   Result                         Reasons
The service today           One star – fair                Good, committed staff and an
                                                           excellent help desk; but systems
                                                           are not integrated and costs are high
Prospects for improvement   Poor: we found little to       No costed plan; members not engaged;
                            suggest that the service will   the review ignored alternatives
                            get better

Mardale MBC – ICT and Information Management                              2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  // ─────────────── kind 3: prospects paraphrased, no scale word ───────────────
  {
    name: 's30-k3-on-balance-expect-better',
    why: 'kind 3: era A; prospects only as "on balance, we expect the service to get better" with reservations listed first (ordinal 2); grade stated plainly as fair',
    pages: [
      `Audit Commission
Best Value Inspection Service
Thornleigh Borough Council – IT Services
April 2001`,
      `Summary

How good is the service?
We judge Thornleigh's IT service to be fair. Day-to-day support is reliable, but the
service has no agreed standards, charges departments in ways they do not understand and
has made little use of the internet.

Will the service improve?
There are real risks. The improvement plan depends on two appointments not yet made,
and some targets are vague. Even so, the review was open and challenging, the plan
tackles the right issues and members have agreed the money for the first year. On
balance, we expect the service to get better over the next two years.

Thornleigh BC                                                               2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's30-k3-confident-plan-delivered',
    why: 'kind 3: era A; "we are confident that the council will deliver its improvement plan" (ordinal 3) with no scale word; grade good',
    pages: [
      `Best Value Inspection
Stanmore Fields District Council
Information and Communications Technology
Audit Commission
June 2001`,
      `2

Summary
Stanmore Fields provides a good ICT service. Its users are well supported, costs compare
well with similar districts and the service has already put 40 per cent of council
transactions on the web.

The council has a track record of doing what it says. Previous ICT plans were delivered
on time, the current plan is fully funded and every action has an owner. We are confident
that the council will deliver its improvement plan, and that users and the public will
see the benefits within the next eighteen months.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's30-k3-doubt-capacity-turn-round',
    why: 'kind 3: era A; prospects only as "we doubt that the council has the capacity to turn the service round" (ordinal 1); grade poor',
    pages: [
      `AUDIT COMMISSION
BEST VALUE INSPECTION SERVICE

Information Technology
Eastholme Borough Council

January 2001`,
      `Eastholme BC – Information Technology                                     3

Summary
The IT service is poor. Systems fail often, departments buy their own equipment because
central support is so slow, and there is no strategy to tie IT spending to the council's
priorities.

The council recognises most of these problems and its plan addresses them on paper.
However, the IT unit has lost four of its eleven staff in a year, the plan relies on
money that has not been identified and no senior officer has taken ownership of it.
We doubt that the council has the capacity to turn the service round.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's30-k3-no-sign-anything-changes',
    why: 'kind 3: era A; "there is no sign that anything will change" and "no basis for expecting it to get better" (ordinal 0), no scale word; grade poor',
    pages: [
      `Audit Commission – Best Value Inspection
Computer and Telephony Services
Lowther Vale District Council
September 2001`,
      `Summary
Lowther Vale's computer and telephony service is poor. Half of the council's PCs are more
than five years old, the switchboard loses one call in five, and users have stopped
reporting faults because they do not expect them to be fixed.

The Best Value review was carried out by the service manager alone, did not consult users
and concluded that no change was needed. Members have not discussed it. There is no sign
that anything will change, and we found no basis for expecting the service to get better.

Lowther Vale DC                                                       page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's30-k3-more-likely-than-not-era-b',
    why: 'kind 3: era B; "we think it more likely than not that the service will get better" (ordinal 2, so promising in this era) with no scale word; grade fair',
    pages: [
      `Audit Commission
ICT Services
Fenwick District Council
Best Value inspection report, August 2002`,
      `Summary

We judge that Fenwick provides a fair, one-star ICT service. Users are broadly satisfied
and costs are moderate, but there is no link between ICT projects and the council's
priorities and little progress towards the 2005 electronic service targets.

Looking ahead, the council has appointed an experienced head of ICT and agreed a new
strategy with members. Some risks remain, notably the reliance on one supplier. We think
it more likely than not that the service will get better over the next two years.

Fenwick DC – ICT                                                              2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's30-k3-less-likely-than-not-era-b',
    why: 'kind 3: era B; "improvement is possible but in our view less likely than not" (ordinal 1, so uncertain in this era); grade poor; the phrase "possible" is a hedge, not the verdict',
    pages: [
      `Inspection report
Information Technology
Coldharbour Borough Council
Audit Commission – Best Value Inspection Service
May 2003`,
      `Summary
The IT service is poor. It meets few of its own targets, user satisfaction has fallen two
years running and the council cannot say what it spends on IT across departments.

The council has begun a restructure, and a new IT strategy is out for consultation.
These are welcome steps. But the plan has slipped twice already and there is no agreed
funding beyond April. Improvement is possible but, in our view, it is less likely than
not.

Coldharbour BC – Information Technology                           Page 3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's30-k3-no-doubt-continue-to-get-better',
    why: 'kind 3: era B; "we have no doubt that the service will continue to get better" – the negation applies to doubt, so ordinal 3 (excellent prospects); grade excellent stated plainly',
    pages: [
      `Audit Commission
Best Value Inspection Service
Marlow Heath Borough Council
ICT and e-Government
February 2004`,
      `Summary
Marlow Heath's ICT service is excellent. It is among the lowest-cost services in its
comparison group, over 90 per cent of council services can be used online, and users
across departments speak highly of the support they receive.

We have no doubt that the service will continue to get better. It has met every target
in its last two plans, its managers already measure themselves against the best
performers nationally and the council has funded the next stage of its strategy.

Marlow Heath BC                                                                2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's30-k3-no-reason-to-believe-better',
    why: 'kind 3: era B; "we can see no reason to believe that the service will get any better" (ordinal 0, so poor prospects) with no scale word for prospects; grade poor',
    pages: [
      `Audit Commission
Inspection of IT Services
Brackenfold District Council
July 2002`,
      `2                                                 Brackenfold DC – IT Services

Summary
We judge the IT service to be poor. The council's main systems are unsupported by their
suppliers, the help desk has no targets, and the IT section's plans are not linked to
anything the council is trying to achieve.

The council's response to its Best Value review has been to defer decisions. The
improvement plan is a list of problems with no actions against them, and nobody at
senior level has been asked to lead it. We can see no reason to believe that the
service will get any better.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ─────────────── kind 4: quoted views that are not the inspectors' ───────────────
  {
    name: 's30-k4-self-assessment-contradicted',
    why: 'kind 4: era B; the self-assessment rated the service good with excellent prospects; "our evidence tells a different story" and the inspectors judge fair with uncertain prospects',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT Services
Westbury Park Borough Council
March 2003`,
      `Summary

1.1 In its self-assessment the council rated its ICT service as good and described its
prospects for improvement as excellent. It pointed to a new data centre, a refreshed PC
estate and high satisfaction among the users it had surveyed.

1.2 Our evidence tells a different story. The satisfaction survey covered only staff at
the civic centre; users in outlying offices told us that faults can take a week to fix.
Performance is not reported to members, and the ICT strategy has not been updated since
1999.

1.3 We judge the service to be fair. Its prospects for improvement are uncertain: the
plan is sensible but has no agreed funding beyond the current year.

Westbury Park BC – ICT                                                     2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's30-k4-it-director-expects-rapid-progress',
    why: 'kind 4: era A; the IT director "expects the service to improve quickly"; the inspectors "do not share that confidence" and find the service poor and unlikely to improve',
    pages: [
      `Best Value Inspection
Information Technology
Sutton Marsh Borough Council
Audit Commission · November 2000`,
      `Summary

The IT director told us that he expects the service to improve quickly once the new
network is in place, and that users will notice the difference within months.

We do not share that confidence. The network project is already nine months late, the
help desk cannot cope with current demand, and nothing in the action plan tackles the
root causes: no service standards, no prioritisation of work and no say for departments.
In our view the IT service is poor and is unlikely to improve.

Sutton Marsh BC                                                                3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's30-k4-neighbour-rated-good',
    why: 'kind 4: era B; a neighbouring council\'s ICT service "was judged good with promising prospects" as a comparison; this council\'s service is poor with poor prospects',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information and Communications Technology
Harrowfield District Council
October 2003`,
      `Harrowfield DC – ICT                                                      Page 2

Summary
Harrowfield shares a boundary, and several partnerships, with Linton District Council,
whose ICT service was judged good with promising prospects when we inspected it last
year. The contrast is stark.

Harrowfield's ICT service is poor. The council has no ICT strategy, the help desk closes
at 4pm, and a third of its staff still have no e-mail. The review that preceded this
inspection was late, did not consult users and produced a plan without costs. The
service has poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's30-k4-earlier-inspection-reinspection',
    why: 'kind 4: era B re-inspection; the first inspection in 2001 found the service fair and unlikely to improve; the inspectors now judge it good with promising prospects',
    pages: [
      `Audit Commission
Re-inspection report
ICT Services
Norbury Cross Borough Council
September 2003`,
      `Summary

When we first inspected Norbury Cross's ICT service, in June 2001, we judged it to be a
fair service that was unlikely to improve. The council accepted our findings and
replaced its ICT management team, agreed a new strategy and set up a board of service
directors to decide priorities.

The service has changed considerably since then. Users now receive a reliable service,
the backlog of project requests has been cleared and performance is reported to members
every quarter. We now judge the ICT service to be good, with promising prospects for
further improvement.

Norbury Cross BC                                                                 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's30-k4-self-assessment-will-improve-vs-probably',
    why: 'kind 4: era A; the council\'s self-assessment claims a good service that will improve; the inspectors judge fair and that it will probably improve',
    pages: [
      `Best Value Inspection Service
Audit Commission
Information Technology Services
Kingsmead District Council
June 2001`,
      `Summary

The council's self-assessment, submitted before our visit, described the IT service as
good and stated that it will improve as a result of the Best Value review.

We found a service with real strengths – a stable network, well-trained staff and a
well-regarded help desk – but also clear gaps: departments are not consulted about
priorities, and the council does not measure whether IT investment delivers what was
promised. We judge the service to be fair. We think it will probably improve: the plan is
realistic, although the funding for its second year is not yet secured.

Kingsmead DC – IT Services                                                       2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's30-k4-manager-says-excellent-good-rather-than',
    why: 'kind 4: era B; the head of ICT calls the service excellent; the inspectors say "good rather than excellent" and give excellent prospects, so one "excellent" is denied for the grade but affirmed for the prospects',
    pages: [
      `Audit Commission
ICT Services
Ashby Moor Borough Council
Best Value Inspection – May 2004`,
      `Summary

The head of ICT described the service to us as "excellent by any measure" and pointed to
its charter mark and its low costs.

We agree that there is much to praise. However, the service does not yet measure user
satisfaction outside the town hall, and the council's web site offers few transactions.
In our judgement the service is good rather than excellent. Its prospects for
improvement are excellent: the council has a strong record of delivering its plans, the
new strategy is funded in full and members scrutinise progress closely.

Ashby Moor BC – ICT                                                              2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's30-k4-own-review-said-only-fair',
    why: 'kind 4: era A; the council\'s own Best Value review concluded the service was "only fair" and "unlikely to improve without outsourcing"; the inspectors take a more positive view: good and will improve',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT Services
Pelham Bridge Borough Council
March 2001`,
      `3                                                Pelham Bridge BC – IT Services

Summary
The council's own Best Value review concluded that the IT service was "only fair" and
that it was unlikely to improve unless it was outsourced.

We take a more positive view. The review was unduly harsh on itself: the service
compares well with other councils on cost and speed of response, users are positive,
and the in-house team has already won a competitive tender for schools support. We judge
the IT service to be good, and we consider that it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's30-k4-agree-with-self-assessment-fair',
    why: 'kind 4: era A; the inspectors agree with the self-assessment\'s "fair" grade ("we agree"), so fair stands, but reject its claim that the service will improve and judge it unlikely to improve',
    pages: [
      `Best Value Inspection
Information Services
Dunmore District Council
Audit Commission
August 2001`,
      `Summary

The council's self-assessment rated the information services unit as fair, and we agree.
Routine support is dependable, but the unit does not set or publish service standards
and departments are left to guess when their work will be done.

The self-assessment went on to say that the service will improve once the new strategy is
adopted. We are less sure. The strategy has been in draft for fourteen months, the
council has not decided how to fund it and the unit's manager has been on long-term
secondment. We consider that the service is unlikely to improve.

Dunmore DC                                                                    2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  // ─────────────── kind 5: long sentences, verdict far from subject ───────────────
  {
    name: 's30-k5-dash-aside-list-of-duties',
    why: 'kind 5: era A; the grade "good" comes some forty words after "the council\'s IT service", after a dashed list of duties; the prospects sentence carries a bracketed aside before "will improve"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Sandridge Borough Council
January 2001`,
      `Summary

The council's IT service – which runs the data centre, the corporate network of some
3,000 PCs, the telephone switchboard, the payroll and financial systems and, since April
2000, the revenues and benefits computer system (the subject of a separate inspection) –
is, in our judgement, a good service.

The service (helped by a review that looked hard at how other councils and private
companies provide IT, and by a plan that sets clear targets for every part of the service
over the next three years) will improve.

Sandridge BC – Information Technology                                       2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's30-k5-brackets-ordinary-words-before-verdict',
    why: 'kind 5: era B; a long bracketed aside containing "excellent working relationships" and "poor morale" sits between the subject and the grade "fair"; the prospects sentence also defers "promising" to the end',
    pages: [
      `Audit Commission
Inspection of ICT Services
Ellerby Borough Council
December 2002`,
      `Summary

The ICT service that Ellerby provides to its own departments and to the 52 schools that
buy into its managed service (where we found excellent working relationships with head
teachers, although the technicians themselves spoke of poor morale after a long dispute
over regrading and a year of unfilled posts) is, taking all the evidence together, fair.

Whether the service will get better depends on decisions the council has now taken –
to fund a replacement network, to bring schools and corporate support under one manager
and to publish service standards for the first time – and so we regard its prospects
for improvement, on the evidence we have seen, as promising.

Ellerby BC                                                                     2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's30-k5-sentence-split-over-page-break',
    why: 'kind 5: era A; the verdict sentence is split across a page break with a running header and page number in between, and the grade word arrives on the next page; prospects "unlikely to improve" follows',
    pages: [
      `Best Value Inspection Service
Audit Commission
Information Technology Services
Brookhampton District Council
October 2000`,
      `Summary

Brookhampton's IT service, which supports around 450 staff at the council offices, the
depot and two leisure centres, and which has been run for the past three years by a
manager who also has responsibility for the council's reprographics, post room and
telephones, is, on the evidence we have gathered from users, from performance data and
from our own testing of the help desk,

Brookhampton DC – IT Services                                                  2`,
      `Brookhampton DC – IT Services                                                  3

a poor service. Faults take an average of six working days to clear, and no department
we visited had been asked what it needed from IT. Given that the council has not yet
decided who will lead the changes, or how they will be paid for, the service is
unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's30-k5-long-excellent-with-distractors',
    why: 'kind 5: era B; a long sentence names the service, then lists other services and an earlier inspection of benefits (judged good) before "we judge … excellent"; prospects sentence is likewise long and ends "excellent"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Corporate ICT
Wycombe Vale District Council
June 2004`,
      `Summary

Corporate ICT at Wycombe Vale – a team of 23 staff that supports the council's own
departments, hosts the housing benefits system (whose service was judged good when it
was inspected last year) and runs the shared contact centre on behalf of three
neighbouring districts – is a service that, measured against its own demanding targets,
against comparable councils and against what users told us, we judge to be excellent.

Its prospects – given a funded strategy agreed by all three partner councils, a
management team that has delivered every major project on time since 2001, and the
regular challenge it invites from private-sector benchmarking clubs – are, in our view,
excellent.

Wycombe Vale DC – Corporate ICT                                                2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's30-k5-whether-improve-uncertain-at-end',
    why: 'kind 5: era B; "Whether the service will improve – given … – is, we consider, uncertain": positive items in the aside must not be read as the verdict; grade poor in a sentence broken by a line-end hyphen',
    pages: [
      `Audit Commission
Information Technology
Foxley Metropolitan Borough Council
Best Value inspection report
February 2003`,
      `Foxley MBC – Information Technology                                         3

Summary
Taking account of the unreliable network, the backlog of more than 400 outstanding
requests from departments and the absence of any performance information, the IT ser-
vice is, we have concluded, a poor one.

Whether the service will improve – given a new head of IT who started in January, an
approved £2.4 million investment programme, a restructured help desk and a partnership
with a private provider that is due to begin in April but whose contract has not yet
been signed – is, we consider, uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's30-k5-hyphenated-will-not-improve',
    why: 'kind 5: era A; line-end hyphenation splits "improve-ment" and "ser-vice"; the grade fair and the "will not improve" verdict each end a long sentence',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology Services
Saltmarsh Borough Council
July 2001`,
      `Summary

Although users in the larger departments, in particular social services and housing,
were broadly content with the support they received, and although costs were close to
the average for similar councils, the information technology ser-
vice overall, in the absence of any agreed standards or monitoring, is only fair.

The Best Value review, which was completed late, which did not compare the service
with others and which led to an improvement plan consisting of eight broad aims with
no targets, no dates and no allocated budget, gives us no confidence, and our judge-
ment is that the service will not improve.

Saltmarsh BC                                                                  2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  // ─────────────── kind 6: documents about an inspection ───────────────
  {
    name: 's30-k6-commission-press-release',
    why: 'kind 6: era B press release issued by the Audit Commission itself, stating its own judgement of this council\'s ICT service (good, promising); the council leader\'s quoted hope is not a judgement',
    pages: [
      `AUDIT COMMISSION – NEWS RELEASE
For immediate release: 14 November 2002

Inspectors find good ICT service at Halworth

Halworth Borough Council's ICT service is a 'good' service with 'promising' prospects for
improvement, according to an independent report published today by the Audit Commission.

The Commission's inspectors found that users receive a reliable, responsive service and
that the council has made rapid progress in putting services online. They recommend
that the council links its ICT spending more closely to its corporate priorities and
compares its costs with other councils more systematically.

Councillor Joan Pryce, leader of the council, said: "We want to be the best in the
region, and this report shows we are well on the way."

Notes to editors
1. The Audit Commission's Best Value Inspection Service inspects council services and
publishes its findings. Services are scored on a scale from no stars (poor) to three
stars (excellent), and prospects from poor to excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's30-k6-cabinet-report-on-published-inspection',
    why: 'kind 6: era A council cabinet report summarising the Audit Commission\'s published inspection of this same IT service; it relays the inspectors\' verdict (fair, will probably improve), while the council\'s ambition to be excellent is a decoy',
    pages: [
      `CORRIDGE BOROUGH COUNCIL
CABINET – 19 SEPTEMBER 2001
Report of the Director of Corporate Services

BEST VALUE INSPECTION OF INFORMATION TECHNOLOGY SERVICES

1. Purpose
1.1 To inform members of the outcome of the Audit Commission's inspection of the
council's IT services and to seek approval for the action plan at Appendix A.

2. Background
2.1 The inspection took place in June 2001 and the final report was published on
28 August 2001.

3. The inspectors' findings
3.1 The inspectors judged that the IT service is a fair, one-star service that will
probably improve. They praised the help desk and the progress of the network
replacement project, but criticised the lack of service standards and the weak links
between the IT strategy and the council's corporate plan.`,
      `4. Response
4.1 Officers welcome the report. The council's aim remains to provide an excellent,
three-star IT service by 2004, and the action plan at Appendix A sets out the steps
needed to achieve this.

5. Recommendation
5.1 That Cabinet notes the inspection report and approves the action plan.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's30-k6-committee-paper-other-service-score',
    why: 'kind 6: era B committee paper about the forthcoming ICT inspection that quotes only another service\'s score (benefits, good, promising); no judgement of the ICT service exists yet, so both null',
    pages: [
      `LANGSTONE DISTRICT COUNCIL
Overview and Scrutiny Committee – 6 February 2003
Agenda item 7: Best Value inspection of ICT – preparation

1. The Audit Commission will inspect the council's ICT service in the week beginning
24 March 2003, following the completion of the Best Value review last autumn.

2. Members will recall that the housing benefits service was inspected in 2002 and was
judged to be a good, two-star service with promising prospects for improvement. Officers
are applying the lessons from that inspection in preparing for the ICT inspection.

3. The inspectors will ask to see the review report, the improvement plan and evidence of
consultation with users. A briefing session for members will be held on 10 March.

4. Members are asked to note the arrangements.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k6-minutes-scores-to-be-confirmed',
    why: 'kind 6: era B minutes recording that inspectors gave initial feedback but that scores are to be confirmed in the final report; the officer\'s hope of a good outcome is not a judgement; both null',
    pages: [
      `BECKFORD BOROUGH COUNCIL
MINUTES OF THE RESOURCES SCRUTINY PANEL
held on Tuesday 8 July 2003

Present: Councillors Adams (Chair), Bhatti, Coles, Driscoll and Evans.

14. BEST VALUE INSPECTION OF ICT SERVICES – VERBAL UPDATE
The Head of ICT reported that the Audit Commission inspectors had completed their
on-site work on 27 June and had given initial feedback to officers. The scores were
still subject to the Commission's internal moderation and would be confirmed in the
final report, expected in September. He said that he hoped for a good outcome given the
improvements made over the past year.
In answer to a question from Councillor Coles, he confirmed that the draft report would
be shared with members as soon as it was received.
RESOLVED: That the update be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k6-council-press-release-spin',
    why: 'kind 6: era B council press release about its own inspection: headline praises staff, the body reports the Commission\'s fair/uncertain scores, and a councillor\'s "excellent" ambition is only an aim',
    pages: [
      `NEWS FROM NETHERBY CITY COUNCIL
Press Office · 3 April 2003

INSPECTORS PRAISE COUNCIL'S ICT STAFF

Inspectors from the Audit Commission have praised the dedication of staff in Netherby
City Council's ICT service.

The Commission's report, published today, rates the service as 'fair' (one star) and
says that its prospects for improvement are 'uncertain'. Inspectors found that staff
work hard to keep systems running and that the help desk is well regarded, but that the
council needs a clearer strategy and more reliable funding for ICT.

Councillor Mike Hurst, cabinet member for resources, said: "I'm delighted the
inspectors recognised our staff. We are determined to become an excellent service, and
we are confident that we will get there."

ENDS`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's30-k6-minutes-lead-inspector-presents',
    why: 'kind 6: era A minutes in which the Commission\'s lead inspector presents the team\'s findings on this service (poor, will not improve); members\' objection that the service is "fair" is not the judgement',
    pages: [
      `HOLBROOK DISTRICT COUNCIL
Minutes of the Policy and Resources Committee
Thursday 12 April 2001

22. AUDIT COMMISSION INSPECTION OF INFORMATION TECHNOLOGY
The Committee received a presentation from Ms R. Lomax, lead inspector for the Audit
Commission's Best Value Inspection Service, on the findings of the recent inspection
of the council's IT service.
Ms Lomax reported that the inspection team had judged the IT service to be poor and
had concluded that it will not improve under present arrangements. The main reasons
were the absence of an IT strategy, the failure of the review to consider alternative
providers and the lack of any funded plan.
Councillor Pearce said that in his view the service was fair and that users in his
ward were satisfied. Ms Lomax explained that the team's judgement rested on evidence
from across all departments.
RESOLVED: That the inspection report be received and that officers prepare a response.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  // ─────────────── kind 7: plain statements, many sentence forms ───────────────
  {
    name: 's30-k7-headings-era-a-excellent-will',
    why: 'kind 7: era A; answers under the two standard headings – "We judge … excellent" and "Yes. … will improve"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Greywell Borough Council
May 2001`,
      `Greywell BC – Information Technology                                     2

How good is the service?
We judge Greywell's IT service to be excellent. It has consistently met demanding
service standards, it costs less per user than any council in its comparison group, and
departments told us that IT staff understand their business.

Will the service improve?
Yes. The service will improve. Its plan is ambitious but well founded, it is already
funded, and the service has a record of delivering what it promises.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's30-k7-passive-era-a-poor-unlikely',
    why: 'kind 7: era A; passive constructions: "has been assessed as poor", "is judged unlikely to improve"',
    pages: [
      `Best Value Inspection
Information Technology Unit
Ormsby District Council
Audit Commission
February 2001`,
      `Summary
1. The Information Technology Unit has been assessed by the inspection team as a poor,
zero-star service. Key systems are unreliable, there are no service standards and user
satisfaction is low.
2. The service is judged unlikely to improve. The improvement plan does not deal with
the unit's main weaknesses and no funding has been set aside for it.

Ormsby DC                                                                     2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's30-k7-our-judgement-is-fair-will-not',
    why: 'kind 7: era A; "Our judgement is that this is a fair, one-star service that will not improve" in one sentence',
    pages: [
      `AUDIT COMMISSION
Best Value Inspection Service

Information and Communications Technology
Tolleshunt Borough Council
March 2001`,
      `Summary

The ICT service meets the basic needs of most users, but it has fallen behind: the
council's web site is a leaflet rack, and no one is responsible for ICT strategy.
The Best Value review was narrow and its conclusions were settled before it began.
Our judgement is that this is a fair, one-star service that will not improve.

Tolleshunt BC – ICT                                                            3`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's30-k7-in-our-view-good-probably',
    why: 'kind 7: era A; "In our view the service is good" and "we think it will probably improve", separated by a paragraph of findings',
    pages: [
      `Audit Commission
Best Value Inspection
Computer Services
Arnside Vale District Council
September 2001`,
      `Summary
In our view the computer services section provides a good service. Users are well
supported, the network is reliable and costs are below average for similar districts.

There are weaknesses in how work is prioritised, and the section does not yet publish
its performance. The council has plans to deal with both, and we think the service will
probably improve.

Arnside Vale DC                                                                2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's30-k7-headings-era-b-short-answers',
    why: 'kind 7: era B; short answers under the headings: "Good – two stars." and "Excellent prospects."',
    pages: [
      `Audit Commission
ICT Services Inspection
Morden Chase Borough Council
October 2004`,
      `Morden Chase BC                                                   Page 2 of 24

How good is the service?
Good – two stars.
The service is reliable and well regarded by users, but it does not yet compare its
costs with other councils.

What are the prospects for improvement?
Excellent prospects.
The council has a clear, funded plan, strong leadership from the chief executive and a
track record of delivering change on time.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's30-k7-inspection-team-judgement-excellent-excellent',
    why: 'kind 7: era B; "The inspection team\'s judgement is that …" an excellent, three-star service with excellent prospects',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT and Customer Services
Haverleigh Borough Council
March 2005`,
      `Summary

The inspection team's judgement is that Haverleigh provides an excellent, three-star ICT
and customer service, with excellent prospects for improvement.

The council met the 2005 target for electronic service delivery a year early. Its
contact centre answers 95 per cent of calls at the first point of contact, and ICT
priorities are set by a board of senior managers and members.

Haverleigh BC                                                                  2`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's30-k7-we-have-judged-quoted-words',
    why: 'kind 7: era B; "We have judged the service to be \'poor\' … its prospects … \'uncertain\'" with quoted scale words',
    pages: [
      `Inspection Report
Information Technology Services
Sheldrake District Council
Audit Commission · April 2003`,
      `Summary

We have judged Sheldrake's IT service to be 'poor', with 'uncertain' prospects for
improvement. The service fails to meet its own standards for response times, and most
departments run their own systems without central support. The council has recently
agreed to fund a new post of head of IT, which may help, but its plans remain untested.

Sheldrake DC – IT Services                                                       2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's30-k7-commission-scores-fair-promising',
    why: 'kind 7: era B; "The Commission scores the service as fair (one star). Prospects for improvement are promising." – short plain sentences',
    pages: [
      `Audit Commission
Best Value Inspection
ICT Services
Longridge Metropolitan Borough Council
November 2002`,
      `2

Summary
The Commission scores the service as fair (one star). Prospects for improvement are
promising.

Users value the help desk, but project work is poorly prioritised and many departments
do not know what ICT can offer them. The new ICT strategy, agreed by the cabinet in
September, gives clear direction and has been funded.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's30-k7-inspectors-found-good-but-uncertain',
    why: 'kind 7: era B; active "the inspectors found a good service" then "its prospects are uncertain", with "but" joining the two different judgements',
    pages: [
      `Audit Commission
Inspection of ICT
Redmarley Borough Council
July 2003`,
      `Redmarley BC – ICT                                                              2

Summary
The inspectors found a good service, with reliable systems and satisfied users, but its
prospects are uncertain. The head of ICT leaves in the autumn, the outsourcing decision
has been postponed twice and there is no funded plan for the years after 2004.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's30-k7-poor-service-poor-prospects',
    why: 'kind 7: era B; one plain sentence "a poor service with poor prospects for improvement" – the same word for both judgements',
    pages: [
      `Audit Commission Best Value Inspection Service
Information Technology
Cranmoor District Council
January 2004`,
      `Summary

This is a poor service with poor prospects for improvement. Users wait weeks for faults
to be fixed, the council has no ICT strategy, and the review that led to this inspection
made no recommendations for change.

Cranmoor DC                                                                     2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's30-k7-rate-excellent-probably-further',
    why: 'kind 7: era A; "We rate the service as excellent (three stars)" and "it will probably improve further"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology Services
Fairhaven Borough Council
August 2001`,
      `Summary
We rate the IT service as excellent (three stars). It is efficient, well managed and
closely tied to what the council is trying to achieve.
There is less room for improvement than in most services we inspect, and the plan
concentrates on consolidating recent gains. We believe that the service will probably
improve further.

Fairhaven BC – IT Services                                                        2`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's30-k7-two-star-good-promising-era-b',
    why: 'kind 7: era B; "a \'good\' two-star service" and "prospects for improvement … promising", stated in the conclusion of the summary',
    pages: [
      `Audit Commission
Information and Communications Technology
Burnside City Council
Best Value inspection – September 2002`,
      `Burnside City Council – ICT                                                      3

Summary
Burnside's ICT service has improved markedly since 2000. The network is reliable, users
are consulted on priorities, and costs are benchmarked each year.
Our conclusion is that Burnside provides a 'good' two-star service and that its
prospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's30-k7-bold-labels-fair-yes-will',
    why: 'kind 7: era A; labelled lines "Is it a good service? Fair." and "Will it improve? Yes, it will improve."',
    pages: [
      `Best Value Inspection
IT Services
Combe Martin District Council
Audit Commission · January 2001`,
      `Summary of findings

Is it a good service?  Fair. Routine support is sound, but the service has no
standards, no strategy and no view of what users want.

Will it improve?  Yes, it will improve. The review was thorough, the plan is costed and
members have approved it.

Combe Martin DC                                                                  2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's30-k7-overall-judgement-excellent-promising',
    why: 'kind 7: era B; "Our overall judgement:" label, then "excellent" (three stars) and "promising prospects" in one sentence',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT Services
Whitford Borough Council
February 2005`,
      `Summary

Our overall judgement: the ICT service is excellent (three stars) and has promising
prospects for improvement. It leads its comparison group on cost and user satisfaction.
The main risk is that its plans rely heavily on a small team of senior staff.

Whitford BC – ICT                                                                 2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  // ─────────────── kind 8: documents with no judgement ───────────────
  {
    name: 's30-k8-draft-blank-grid',
    why: 'kind 8: draft report with the scoring chart printed but unmarked and "scores to be confirmed"; all axis words present, no judgement',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
Best Value Inspection Service
ICT Services – Ellesmere Borough Council
Draft report for factual accuracy check, May 2003`,
      `Summary
[Summary to be finalised after moderation. Scores to be confirmed.]

Scoring chart
                          A good service?
               Poor      Fair      Good      Excellent
Excellent
Promising
Uncertain
Poor
Prospects for improvement

DRAFT                                                                           2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-council-own-review',
    why: 'kind 8: the council\'s own Best Value review report of its IT service; the review team\'s belief that the service is good and will improve is the council\'s, not an inspection judgement',
    pages: [
      `KESTON BOROUGH COUNCIL
BEST VALUE REVIEW OF INFORMATION TECHNOLOGY
Final report of the review team
January 2001`,
      `5. Conclusions of the review team
5.1 The review team believes that the IT service is a good service that compares well
with neighbouring councils on cost. Users rate the help desk highly.
5.2 With the changes proposed in section 6, the team is confident that the service will
improve, and aims to achieve an excellent rating when the service is inspected.
6. Improvement plan
6.1 Introduce published service standards by April 2001.
6.2 Market-test desktop support during 2001/02.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-guidance-explaining-scales',
    why: 'kind 8: guidance note explaining how inspectors score services; lists every grade and prospect word with definitions but judges nothing',
    pages: [
      `Audit Commission
Best Value Inspection: a guide for councils
Revised October 2001`,
      `How we score services

Inspectors answer two questions about every service.

How good is the service? We score the service on a four-point scale: poor (no stars),
fair (one star), good (two stars) or excellent (three stars). An excellent service is one
that performs among the best nationally and meets users' needs fully.

What are the prospects for improvement? We judge whether prospects are poor,
uncertain, promising or excellent. Before October 2001 this question was put as "will
the service improve?", with the answers will not improve, unlikely to improve, will
probably improve and will improve.

Both judgements are shown on a scoring chart in every report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-scrutiny-briefing-note',
    why: 'kind 8: scrutiny briefing note ahead of an inspection, with officers\' view of strengths and weaknesses and words like "poor response times" and "excellent feedback"; no inspection has happened',
    pages: [
      `MELCHESTER CITY COUNCIL
Scrutiny Briefing Note – ICT Services
Prepared for the Corporate Scrutiny Committee, 17 June 2002`,
      `1. The Audit Commission will inspect the ICT service in September 2002.
2. Likely areas of strength: excellent feedback from schools on the managed service;
successful move to a new data centre.
3. Likely areas of challenge: poor response times for faults at outlying depots; no
benchmarking of costs since 1999; limited consultation with front-line staff.
4. Members may wish to ask officers how the improvement plan will be funded and how
progress will be reported.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-service-plan-aims-excellent',
    why: 'kind 8: ICT service plan whose ambition is "an excellent, three-star service with excellent prospects by 2005"; targets, not judgements',
    pages: [
      `ASHFORD CARR BOROUGH COUNCIL
ICT SERVICE PLAN 2003/04 – 2005/06`,
      `Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects for
improvement, recognised as such by the Audit Commission.

Key targets
• 100% of council services available electronically by December 2005
• 95% of help desk calls resolved within agreed times
• Move from the third to the top quartile on cost per user

Where we are now
Performance in 2002/03 was good against most targets, though response times at
weekends remained poor.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-self-assessment-submission',
    why: 'kind 8: the council\'s self-assessment submitted to the inspectors before the visit, claiming "good" and "promising"; the council\'s own claims only',
    pages: [
      `BARRINGTON DISTRICT COUNCIL
Self-assessment for the Best Value inspection of ICT
Submitted to the Audit Commission, March 2004`,
      `Our assessment of the service
We believe that our ICT service is a good, two-star service. Users are satisfied, costs
are below average, and we met our e-government targets for 2003.

Our assessment of our prospects for improvement
We consider our prospects to be promising. Our new ICT strategy has been adopted by the
cabinet and funded for three years.

We look forward to discussing this assessment with the inspection team.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-inspection-scope-letter',
    why: 'kind 8: the Commission\'s letter setting out the scope and timetable of a forthcoming inspection; mentions the scoring scales but judges nothing',
    pages: [
      `Audit Commission
Best Value Inspection Service
Regional Office

The Chief Executive
Thornbury Vale District Council
12 November 2001

Dear Chief Executive

Best Value inspection of ICT services

I am writing to confirm the arrangements for our inspection of the council's ICT
services. The lead inspector will be Mr D. Shah, supported by one other inspector.
The on-site phase will take place from 14 to 18 January 2002.

As usual, our report will answer two questions: how good is the service, and what are
its prospects for improvement. We will share a draft with you before publication.

Yours sincerely

Regional Inspection Manager`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-pre-publication-placeholders',
    why: 'kind 8: pre-publication copy with placeholders "[GRADE]" and "[PROSPECTS]" in the summary sentence; nothing marked on the chart',
    pages: [
      `Audit Commission
Information Technology Services
Wenlock Edge District Council
Pre-publication copy – not for circulation – February 2002`,
      `Summary
We judge the IT service to be [GRADE – to be agreed at moderation] with [PROSPECTS]
prospects for improvement.
The service has a stable network and a small, committed team, but it has no strategy,
and it is not clear how the council will meet the 2005 target for electronic service
delivery.

Scoring chart: to be inserted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-consultant-review',
    why: 'kind 8: a consultant\'s health-check of IT rating individual functions "good" or "poor"; not an inspection of the service and no overall judgement',
    pages: [
      `Strategic Review of IT
Prepared for Ludworth Borough Council by Meridian Consulting Ltd
Final report – August 2002`,
      `Executive summary

We assessed each function of the IT section against good practice.

Function              Rating     Comment
Help desk             Good       Calls logged and tracked; targets met
Network management    Poor       No monitoring tools; single points of failure
Project management    Fair       Method in place but not always followed
IT strategy           Poor       Out of date; not linked to corporate plan

We recommend that the council adopts a new IT strategy and market-tests network
support before its Best Value inspection next year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-annual-summary-other-services',
    why: 'kind 8: the council\'s annual round-up of inspection results for other services (benefits, libraries) noting that ICT has not yet been inspected; other services\' scores must not be taken for ICT',
    pages: [
      `HOLLINS CROSS BOROUGH COUNCIL
Best Value Performance Plan 2002/03 – extract
Section 4: Results of external inspections`,
      `Service inspected        Date          Score       Prospects
Housing benefits          March 2001    Fair        Will probably improve
Libraries                 January 2002  Good        Promising
Waste collection          May 2002      Poor        Uncertain
ICT services              —             Not yet inspected (inspection due 2003)

The council's ICT service will be inspected in 2003 following the Best Value review
completed this year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-ieg-statement',
    why: 'kind 8: Implementing Electronic Government statement about 2005 targets, using "good progress" and "excellent" loosely; no inspection judgement',
    pages: [
      `SILVERDALE DISTRICT COUNCIL
Implementing Electronic Government Statement – July 2003`,
      `1. Progress to date
The council has made good progress: 61 per cent of the services that can be delivered
electronically are now available online, against a target of 100 per cent by 2005.
2. Priorities for 2003/04
• Launch online payments for council tax and parking
• Extend the contact centre to planning enquiries
• Introduce an excellent standard of web accessibility across all pages
3. Risks
Take-up remains poor among older residents, and the budget for 2004/05 has not yet been
confirmed.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-action-plan-no-scores',
    why: 'kind 8: post-inspection action plan responding to recommendations; it never states the scores, and the council\'s promise that the service "will improve" is its own',
    pages: [
      `CROMWELL PARK BOROUGH COUNCIL
Action plan in response to the Audit Commission's inspection of ICT
Approved by the Executive, 10 June 2003`,
      `Recommendation R1: Link the ICT strategy to the corporate plan.
Action: Revise the ICT strategy; report to the Executive by October 2003.
Owner: Head of ICT.

Recommendation R2: Publish service standards and report performance quarterly.
Action: Standards agreed with departments; first report December 2003.
Owner: Customer Services Manager.

Recommendation R3: Test the competitiveness of desktop support.
Action: Soft market-testing exercise, early 2004.

With these actions in place the council is confident that the service will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-appendices-only-extract',
    why: 'kind 8: extract holding only the appendices of a report (documents reviewed, people interviewed); nothing in it states a judgement',
    pages: [
      `Burhill District Council – IT Services                                        18

Appendix 2: Documents reviewed
• Best Value review of IT services, final report, November 2000
• IT strategy 1998–2001
• Help desk performance reports, April 2000 – January 2001
• Minutes of the IT steering group, 2000

Appendix 3: People we interviewed
• The chief executive and the director of resources
• The IT manager and six members of IT staff
• Heads of service from housing, planning and environmental health
• The chair and two members of the resources committee`,
      `Burhill District Council – IT Services                                        19

Appendix 4: Reality checks undertaken
• Mystery-shopper calls to the help desk at different times of day
• Review of a sample of 50 closed fault records
• Observation of a meeting of the IT steering group`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's30-k8-internal-audit-it-controls',
    why: 'kind 8: internal audit report on IT controls with "good", "poor", "fair" as ordinary assurance words; not a Best Value inspection, no service judgement',
    pages: [
      `GATESFIELD METROPOLITAN BOROUGH COUNCIL
Internal Audit Services
Audit of IT Security and Access Controls 2002/03
Final report`,
      `Overall opinion
Controls over user access are good, but back-up arrangements remain poor: tapes are
stored on site and restores have not been tested this year. Physical security of the
server room is fair.
Level of assurance: limited.

Recommendations
1. Store back-up media off site (priority 1).
2. Test restores quarterly (priority 1).
3. Review leavers' accounts monthly (priority 2).`,
    ],
    expect: { grade: null, prospect: null },
  },
];
