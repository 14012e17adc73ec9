/** Held-out judgement set 47, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases47: JudgementCase[] = [
  // ───────────────────────── kind 1: marked scoring grids ─────────────────────────
  {
    name: 's47-grid-tabs-asterisk-fair-promising',
    why: 'kind 1: tab-separated grid, asterisk in the fair row under the third prospects column (promising); every axis word appears, and the recommendations use "excellent" and "poor" as ordinary words',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Harbridge Borough Council
November 2002

Audit Commission`,
      `Summary
Harbridge Borough Council's ICT section supports about 1,900 users at 31 sites and runs the
council's main financial, housing and payroll systems. The section completed its Best Value
review in March 2002. The chart below summarises our overall judgement.

Scoring chart
'a good service?'
\tpoor prospects\tuncertain prospects\tpromising prospects\texcellent prospects
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\t*\t
poor\t\t\t\t
'prospects for improvement?'
The asterisk marks the inspectors' judgement.

Recommendations
The section has excellent working relationships with schools, but keeps poor records of faults
reported by other departments. It should introduce a single call-logging system by June 2003.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's47-grid-spaces-x-era-a-good-probably',
    why: 'kind 1: era A grid laid out with runs of spaces and column headings broken over three lines; the X sits under "Will probably improve" in the Good row; no verdict in prose',
    pages: [
      `THE AUDIT COMMISSION
BEST VALUE INSPECTION SERVICE

Corporate IT Services
Melcombe District Council
May 2001`,
      `SUMMARY
The IT service costs £2.1 million a year and employs 34 staff. We carried out the inspection in
February 2001, following the council's Best Value review of IT, which was completed in
December 2000. Our judgement is set out in the chart.

Scoring chart
                            Will the service improve?
                 Will not     Unlikely     Will          Will
                 improve      to improve   probably      improve
                                           improve
Excellent ***
Good **                                    X
Fair *
Poor
                 How good is the service? (vertical axis)

Best Value Inspection Service                                                    page 3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's47-grid-one-cell-per-line-tick-poor-uncertain',
    why: 'kind 1: extractor emitted one grid cell per line, dashes for empty cells; the tick is the second cell of the last (poor) row, i.e. uncertain prospects; "Poor" is both a column and a row label',
    pages: [
      `Inspection of ICT and Customer Access
Tollbridge Metropolitan Borough Council
February 2003
Best Value Inspection Service`,
      `Scoring chart
Rows: 'a good service?' (excellent at the top, poor at the bottom)
Columns: 'prospects for improvement?' (poor on the left, excellent on the right)
Poor
Uncertain
Promising
Excellent
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
The tick shows where the inspection team placed the service.`,
      `Context
Tollbridge has a population of 212,000. Its ICT unit, part of the Resources Directorate, has a
budget of £4.6 million. The council's Best Value review of ICT reported to cabinet in July 2002.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's47-grid-swapped-axes-shading-good-excellent',
    why: 'kind 1: axes swapped (prospects on the rows, grade across the columns), caption says so; the shaded block is in the excellent-prospects row, third (good) column; "excellent" labels both a row and a column',
    pages: [
      `Audit Commission
Information Technology Services
Larkhill Borough Council
Best Value Inspection — September 2004`,
      `Scoring chart
In this chart the vertical axis shows the prospects for improvement and the horizontal axis shows
how good the service is.
excellent\t\t\t■\t
promising\t\t\t\t
uncertain\t\t\t\t
poor\t\t\t\t
\tpoor\tfair\tgood\texcellent
\t\t★\t★★\t★★★
The shaded cell records the inspectors' judgement.

Why we reached this view
Help desk performance is consistently strong, and the council's investment in its network has been
well managed. The improvement plan is funded, realistic and owned by the corporate management team.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's47-grid-brackets-era-a-poor-will-not',
    why: 'kind 1: era A grid with [ ] boxes in every cell; [x] is the first box of the Poor row (will not improve); axis labels carry stars',
    pages: [
      `BEST VALUE INSPECTION
Information Technology
Stourford Borough Council
Inspection report — August 2001`,
      `SCORING CHART
How good is the service?        Will the service improve?
                        Will not      Unlikely      Will probably    Will
                        improve       to improve    improve          improve
Excellent ***           [ ]           [ ]           [ ]              [ ]
Good **                 [ ]           [ ]           [ ]              [ ]
Fair *                  [ ]           [ ]           [ ]              [ ]
Poor                    [x]           [ ]           [ ]              [ ]

The remainder of this report explains the reasons for our judgement. Stourford's own review
described the IT service as "fair and improving"; we set out below why we disagree.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's47-grid-bullet-spaces-excellent-promising',
    why: 'kind 1: grid by runs of spaces with star labels on the rows; the bullet is in the Excellent row under Promising; nothing in the prose restates the verdict',
    pages: [
      `Best Value Inspection Service
ICT Services
Ashworth City Council
June 2003`,
      `Summary
Ashworth's ICT service is delivered by an in-house team of 88 staff and supports 4,200 users. The
inspection took place in March 2003.

How good is the service?                Prospects for improvement
                      Poor        Uncertain      Promising      Excellent
Excellent  ★★★                                   •
Good       ★★
Fair       ★
Poor
• marks the judgement of the inspection team.

Audit Commission                                                           Ashworth City Council  4`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's47-grid-reversed-order-star-fair-unlikely',
    why: 'kind 1: era A grid with both axes in reverse order (poor row first, "will improve" column first); the star mark is the third cell of the Fair row = unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information Services
Gorsey Vale District Council
March 2001`,
      `Figure 1: scoring chart
Rows show how good the service is, with the weakest at the top. Columns show whether the service
will improve, with the most positive answer on the left.
\tWill improve\tWill probably improve\tUnlikely to improve\tWill not improve
Poor\t\t\t\t
Fair\t\t\t★\t
Good\t\t\t\t
Excellent\t\t\t\t

The service's desktop support is well regarded, but the review did not challenge whether the
current structure is fit for purpose.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ───────────────────────── kind 2: table cells with reasons ─────────────────────────
  {
    name: 's47-table-tabs-fair-one-star-will-not',
    why: 'kind 2: judgement table with a reasons column full of other grade words ("excellent", "poor", "good"); cells say "Fair (one star)" and "No, it will not improve"',
    pages: [
      `Audit Commission — Best Value Inspection
IT Support Services
Brackenmoor Borough Council
April 2001`,
      `Table 1: the inspectors' judgements
Question\tJudgement\tReasons
How good is the service?\tFair (one star)\tAn excellent schools network and a well-run help desk are offset by poor project management and weak asset records.
Will the service improve?\tNo, it will not improve\tThe review did not challenge the service; the improvement plan is unfunded and there is no good evidence that members own it.

Best Value Inspection Service   2`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's47-table-cells-per-line-good-promising',
    why: 'kind 2: table extracted one cell per line; "Good: 2 stars of 3" and "Promising – ..." beside reasons that mention "poor" and "excellent"',
    pages: [
      `ICT Services
Fenwick District Council
Best Value Inspection Service
January 2004`,
      `Our judgements
Judgement
Score
Main reasons
Quality of service
Good: 2 stars of 3
Users rate the help desk highly; network availability was 99.6% last year; poor progress on the
records management system is the main weakness.
Prospects for improvement
Promising – a realistic, costed plan
Excellent commitment from the chief executive, although the plan depends on recruiting two
project managers.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's47-table-stars-yes-excellent-will',
    why: 'kind 2: era A; cells read "Excellent ★★★ (three stars)" and "Yes – the service will improve"; the reasons column calls one indicator "only fair"',
    pages: [
      `THE AUDIT COMMISSION
Information Technology
Pendle Cross Borough Council
Best Value inspection, July 2001`,
      `SUMMARY OF JUDGEMENTS
Area                 Score                         Reasons
How good is          Excellent ★★★ (three stars)   Outstanding user satisfaction; costs in
the service?                                        the lowest quartile; performance on
                                                    software licence compliance only fair.
Will it improve?     Yes – the service will        A proven record of delivery and a fully
                     improve                        funded three-year plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's47-table-poor-no-stars-poor-prospects',
    why: 'kind 2: era B table; "Poor – no stars" and "Poor prospects: ..." with a reasons column that mentions "good" features and a "fair" survey return',
    pages: [
      `Best Value Inspection Service
Information and Communication Technology
Caldwick Borough Council
October 2002`,
      `Inspection judgements
| Judgement | Result | Reasons |
| A good service? | Poor – no stars | A few good features (the schools help line) but long outages, no asset register and a fair survey return of 31%. |
| Prospects for improvement? | Poor prospects: the council has no realistic plan to turn the service round | Key posts vacant for a year; no budget set aside for the plan. |`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's47-table-good-two-stars-unlikely',
    why: 'kind 2: era A, grid-free judgement table where the grade cell reads "Good. Two stars." and the prospects cell "Unlikely to improve — ..."; reasons column uses "excellent" about staff',
    pages: [
      `Best Value Inspection
Computer Services
Westhaven District Council
June 2001`,
      `Our judgements at a glance
How good is the service?
Good. Two stars.
Why: reliable systems and excellent, well-qualified staff; user complaints are dealt with quickly.
Will the service improve?
Unlikely to improve — the review was narrow, and the service has no plan to address its rising costs.
Why: the council has not compared costs with others or tested the market.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's47-table-one-star-fair-uncertain',
    why: 'kind 2: era B table with the number first, "One star (fair)" and "Uncertain. ..."; the reasons column speaks of "good" and "poor" things',
    pages: [
      `Audit Commission
ICT Services
Redmarsh Borough Council
March 2005`,
      `2. Scores
Question\tScore\tCommentary
How good is the service?\tOne star (fair)\tGood basic support; poor information for managers; website behind most similar councils.
What are the prospects for improvement?\tUncertain. Capacity is stretched and the plan is not yet costed.\tSome good recent appointments, but the e-government programme has slipped twice.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ───────────────────────── kind 3: prospects as likelihood ─────────────────────────
  {
    name: 's47-paraphrase-on-balance-expect-fair-probably',
    why: 'kind 3: era A; prospect given only as "on balance we expect the service to improve" (probably); grade in plain words',
    pages: [
      `Best Value Inspection Service
Information Technology
Bowness District Council
June 2001`,
      `Summary
We consider that Bowness provides a fair, one-star IT service. Users are broadly content with day-
to-day support, but the service has not kept pace with demand for new systems.
The improvement plan has weaknesses: some targets are vague, and it relies on one key officer.
Even so, the council has begun to act on its review, and on balance we expect the service to
improve over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's47-paraphrase-no-sign-of-change-poor-will-not',
    why: 'kind 3: era A; "there is no sign that anything will change" and "we do not believe the service will get better" mean will not improve; grade stated plainly as poor',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection Service
Information Technology Services
Crossfell Borough Council
December 2000`,
      `SUMMARY
In our view the IT service is poor. Systems fail often, and departments have begun to buy their own
equipment to work round the central service.
The Best Value review did little more than describe the service. There is no sign that anything will
change: the plan has no targets, no owner and no money behind it, and we do not believe the service
will get better under the present arrangements.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's47-paraphrase-confident-deliver-good-will',
    why: 'kind 3: era A; "we are confident the council will deliver its improvement plan in full" is a firm yes (will improve); no scale word used',
    pages: [
      `Best Value Inspection Service
Corporate ICT
Hallingbury District Council
September 2000`,
      `Summary
Hallingbury's ICT service is good. It is well managed, cost-effective and valued by the departments
it supports, and two stars is a fair reflection of its performance.
The review was thorough and challenging. The improvement plan is specific and fully costed, and
work on it is already well under way. We are confident that the council will deliver its
improvement plan in full.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's47-paraphrase-doubt-capacity-fair-unlikely',
    why: 'kind 3: era A; "we doubt that the council has the capacity to deliver its plan" = unlikely to improve; the phrase "a fair proportion" is an ordinary word, the grade is given separately',
    pages: [
      `Best Value Inspection Service
Information Technology and Telecommunications
Saltmarsh Borough Council
February 2001`,
      `SUMMARY
A fair proportion of the council's PCs are now less than three years old, and users speak well of the
help desk staff. Overall, however, the inspectors judge this to be a fair service rather than a good
one, because performance on projects is weak.
The improvement plan is ambitious. We doubt that the council has the capacity to deliver it: the
section has lost four of its eleven technical staff this year, and the plan assumes money that has
not been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's47-paraphrase-not-convinced-fair-uncertain',
    why: 'kind 3: era B; "we are not convinced the section can make the progress it intends" with mixed evidence = uncertain prospects; no scale word for prospects',
    pages: [
      `Best Value Inspection Service
ICT Services
Hollins Green Borough Council
August 2003`,
      `Summary
The council provides a fair, one-star ICT service. It is reliable for most users, but slow to
respond to requests for new systems and poor at telling departments what it is doing.
Will the service improve? Some steps have been taken: a new head of ICT is in post and a project
board now meets monthly. But we are not convinced that the section can make the progress it
intends. It may improve; the evidence so far is mixed, and much depends on funding that has yet to
be agreed for 2004/05.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's47-paraphrase-more-likely-than-not-good-promising',
    why: 'kind 3: era B; "we think it likely, though not certain, that the service will get better" = promising; grade given as two stars',
    pages: [
      `Audit Commission
ICT and E-government
Danesbury City Council
April 2004`,
      `Summary
Danesbury's ICT service is a good, two-star service.
Looking ahead, we think it likely, though not certain, that the service will get better. The
improvement plan is sound and is linked to the corporate plan; its main risk is the pace of the
new customer contact centre project, which is behind schedule.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's47-paraphrase-no-realistic-prospect-poor-poor',
    why: 'kind 3: era B; "we see no realistic prospect of the service being turned round" = poor prospects without the phrase; grade poor with the word in "poor morale" as a distractor',
    pages: [
      `Best Value Inspection Service
Information Technology
Kelsey Bridge District Council
November 2003`,
      `Summary
Staff in the IT unit suffer from poor morale, and it shows. The inspection team judged the
service to be poor: it scores no stars.
Nor is the outlook better. The review produced no plan worth the name, no senior manager has taken
responsibility for it, and the unit's budget is to be cut again next year. We see no realistic
prospect of the service being turned round under the present arrangements.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's47-paraphrase-every-confidence-excellent-excellent',
    why: 'kind 3: era B; "we have every confidence that the service will continue to improve" = excellent prospects; grade three stars',
    pages: [
      `Best Value Inspection Service
ICT Services
Merrow Vale Borough Council
July 2004`,
      `Summary
This is an excellent service. It merits three stars: users are highly satisfied, costs are low
and the council is among the first in England to meet its e-government targets.
We have every confidence that the service will continue to improve. The plan is funded and owned by
members, its early milestones have already been met, and the service has a long record of doing
what it says it will do.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────────── kind 4: quoted views ─────────────────────────
  {
    name: 's47-quoted-self-assessment-versus-inspectors-fair-uncertain',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; "our evidence tells a different story" and the inspectors give fair / uncertain',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Thornaby Vale Borough Council
March 2003`,
      `Summary
The council's self-assessment rated its ICT service as good, with excellent prospects for
improvement. Our evidence tells a different story. Users in four of the six directorates told us
that requests for new equipment take months, and the service has no reliable performance data.
We judge the service to be fair, with one star, and its prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's47-quoted-it-director-expects-progress-poor-unlikely',
    why: 'kind 4: era A; the IT director "expects rapid progress" and a cabinet member calls the service good; the inspectors say poor and unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Norbury Hythe District Council
January 2001`,
      `Summary
The IT director told us he expects rapid progress once the new network is in, and the cabinet member
for resources described the service to us as "good and getting better". We do not share these views.
The inspectors consider the IT service to be poor. The improvement plan is a list of projects
without dates or costs, and we think it is unlikely that the service will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's47-quoted-neighbour-excellent-own-good-promising',
    why: 'kind 4: a neighbouring council\'s excellent three-star rating and its own benefits service score are quoted for comparison; the inspectors\' verdict on this ICT service is good / promising',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT Services
Wendlebury Borough Council
May 2004`,
      `Comparison with others
Neighbouring Ashcombe District Council's ICT service was judged excellent, with three stars, when
it was inspected in 2003, and Wendlebury's own benefits service was rated excellent last year. The
council often compares itself with both.

Summary of our judgement
Wendlebury does not yet match Ashcombe, but it provides a good, two-star ICT service, and its
prospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's47-quoted-earlier-inspection-era-a-words-now-fair-promising',
    why: 'kind 4: a 2003 re-inspection quotes the 2001 verdict (poor, unlikely to improve, in era A words); the current inspectors\' verdict is fair with promising prospects',
    pages: [
      `Best Value Inspection Service
Re-inspection of Information Technology
Ormside Borough Council
October 2003`,
      `Background
When we first inspected Ormside's IT service, in May 2001, we found it to be poor and unlikely to
improve. The council accepted that report and appointed an interim head of IT later that year.

Summary
Much has changed since then, however. The service today is fair, with one star: basic support is
now reliable, although development work is still slow. Its prospects for improvement are
promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's47-quoted-review-team-claims-excellent-good-probably',
    why: 'kind 4: era A; the council\'s Best Value review team claimed an excellent service that "will certainly improve"; the inspection team then gives good / will probably improve',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Information Technology
Ribbleford District Council
April 2001`,
      `SUMMARY
The council's Best Value review team concluded that the IT service is excellent and "will certainly
improve". The inspection team found a service with real strengths but some weaknesses the review
missed, in particular the lack of any comparison of costs with other councils.
Our own judgement is that this is a good service, with two stars, which will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's47-quoted-manager-aims-excellent-poor-uncertain',
    why: 'kind 4: era B; the head of ICT says "we will be excellent by 2005" and the portfolio holder calls prospects excellent; "however" brings the inspectors\' own poor / uncertain',
    pages: [
      `Best Value Inspection Service
ICT and Customer Access
Brinscall Borough Council
January 2005`,
      `Summary
The head of ICT told us: "We will be an excellent, three-star service by the end of 2005." The
portfolio holder described the prospects for improvement as excellent.
However, the inspectors found a poor service that currently scores no stars. Help desk calls
routinely go unanswered, and a third of the council's servers are out of support. Some of the
right actions are now planned, but it is too early to tell whether they will work, so we judge
the prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's47-quoted-modest-self-rating-excellent-will',
    why: 'kind 4: era A; the council modestly rated itself fair in its review; "but we found" gives the inspectors\' excellent and a firm will improve',
    pages: [
      `Best Value Inspection Service
IT and Telecommunications
Sandal Moor District Council
August 2000`,
      `Summary
In its review, the council rated its own IT service as fair and said it was "not sure" that it could
sustain recent improvements. But we found a service that is, by any measure, excellent — three
stars — and that will improve further: the plan is modest, funded and already half delivered.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ───────────────────────── kind 5: long sentences ─────────────────────────
  {
    name: 's47-long-dashes-excellent-probably',
    why: 'kind 5: era A; a long sentence with a dash aside listing the service\'s duties puts "excellent" about forty words after "the service"; prospects follow in a second long sentence, broken by a page end',
    pages: [
      `Best Value Inspection Service
Information Technology
Eastmoor Borough Council
July 2001`,
      `Summary
In the inspectors' judgement the service — which supports 3,100 users in 60 buildings, runs the
payroll, council tax, housing rents and benefits systems, maintains the corporate network and the
telephone exchange, and since April has also looked after the libraries' public-access PCs — is
excellent, and deserves three stars. Taking account of the strength of the review, the quality of
the improvement plan and the risk that two large projects may run late, we consider that it will

Best Value Inspection Service                                    Eastmoor Borough Council   3`,
      `probably improve.

Recommendations
The council should publish its service standards and report performance against them quarterly.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's47-long-brackets-poor-uncertain',
    why: 'kind 5: era B; brackets and a list of sites stand between "The ICT service" and "is poor"; hyphenated line break in "uncer-tain"',
    pages: [
      `Audit Commission Best Value Inspection
ICT Services
Shelbourne District Council
December 2002`,
      `Summary
The ICT service (which the council set up in 1998 by merging the old computer section, the
telephones team and the print room, and which now serves the civic centre, three area offices,
eleven libraries and the depot at Marsh Lane) is, on the evidence we collected, poor: we award it
no stars. Its prospects for improvement — given a new but untested management team, a plan that
is only partly funded, and a council that has yet to decide its future budget — are uncer-
tain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's47-long-subordinate-clauses-good-unlikely',
    why: 'kind 5: era A; the subject, several qualifying clauses and a quoted other service\'s grade come before "a good service"; the prospects verdict ends a second long sentence',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Information Technology Services
Kirkby Lonsdale Vale District Council
March 2001`,
      `SUMMARY
The council's IT service, although small by comparison with those of neighbouring authorities,
stretched by the demands of the new revenues system, and overshadowed in members' minds by the
housing benefits service (itself judged fair by another inspection team in 2000), is in our view a
good service, with two stars. Because the review neither compared costs with other councils nor
considered other ways of providing the service, and because the resulting plan amounts to little
more than a continuation of current practice, we judge that the service is unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's47-long-running-header-fair-promising',
    why: 'kind 5: era B; a long sentence broken by a running header and page number, with "fair" far from its subject, and "pro-mising" hyphenated over a line end',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Uppington Borough Council
September 2003`,
      `Summary
Uppington's ICT service, which the council describes in its own review as "the engine room of
modernisation", which has doubled in size since 1999 and which now manages contracts worth
£6 million a year alongside its own in-house support and development teams, is judged by the`,
      `Uppington Borough Council  ICT Services                                         Page 4
inspectors to be a fair, one-star service. Its prospects for improvement, in the light of a
well-focused plan, strong support from the chief executive and clear progress since the review,
are pro-
mising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's47-long-poor-morale-aside-poor-unlikely',
    why: 'kind 5: era A; a long sentence with asides mentioning "poor morale" and "excellent" contractors before the real grade; the prospects clause is far from its subject',
    pages: [
      `Best Value Inspection Service
Computer Services
Dunmere District Council
October 2000`,
      `Summary
The computer services section — whose staff, despite poor morale after two restructurings, work
hard for their users, and whose contractors for printing and cabling were described to us as
excellent — is nevertheless, taken as a whole and measured against what other councils achieve, a
poor service. The section's improvement plan, drawn up quickly at the end of the review, without
the involvement of users, without costs and without any link to the council's budget process, is
in our judgement unlikely to lead to improvement, and we therefore consider it unlikely that the
service will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's47-long-list-of-duties-excellent-excellent',
    why: 'kind 5: era B; a colon-introduced list of duties separates the service from "excellent"; the prospects judgement is also wrapped in asides',
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT Services
Harrowfield City Council
February 2005`,
      `Summary
Harrowfield's ICT service, which is responsible for a wide range of work — the corporate network;
3,800 desktops; the contact centre's telephony; the council's web site and intranet; the schools'
broadband link; and the support contracts for more than forty business systems — is, in our
judgement, an excellent service that earns all three stars. Its prospects for improvement, given a
leadership team that has delivered every major project on time since 2001 and a plan that is
funded to 2008, are likewise excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────────── kind 6: documents about an inspection ─────────────────────────
  {
    name: 's47-about-cabinet-report-fair-promising',
    why: 'kind 6: a cabinet report by the council\'s director reports the Audit Commission\'s verdict on this ICT service (fair, promising); it also mentions the benefits service\'s good score, which is not this service',
    pages: [
      `Wendover Heath Borough Council
Report to Cabinet, 14 January 2003
Report of the Director of Resources
Subject: Audit Commission inspection of ICT services — final report`,
      `1. Purpose
To inform Cabinet of the outcome of the Best Value inspection of ICT services, published on
6 January 2003.
2. Findings
2.1 The inspectors judged the ICT service to be 'fair' (one star) and found that it has
'promising' prospects for improvement.
2.2 Members will recall that the benefits service, inspected in 2002, was rated 'good'.
3. Recommendation
That Cabinet notes the report and approves the revised improvement plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's47-about-press-release-poor-will-not',
    why: 'kind 6: era A Audit Commission press release reporting the inspectors\' verdict on the council\'s IT service; a careful reader takes the verdict it reports',
    pages: [
      `NEWS RELEASE
Audit Commission
For immediate release: 21 June 2001
IT service at Easterby "poor" and will not improve, say inspectors

Best Value inspectors from the Audit Commission have judged Easterby District Council's IT service
to be poor, and have concluded that it will not improve without fundamental change.
The lead inspector said: "Users have lost confidence in the service, and the council's plan does not
tackle the causes of its problems."
Notes to editors
1. Best Value inspection reports give a score from no stars (poor) to three stars (excellent).
2. The full report is available from the Commission's website.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's47-about-scrutiny-minutes-good-uncertain',
    why: 'kind 6: minutes of a scrutiny committee recording the inspection\'s result for this ICT service (good, uncertain prospects); members\' hopes for "excellent" are not the verdict',
    pages: [
      `Corporate Scrutiny Committee
Minutes of the meeting held on 9 March 2004
Present: Councillors Abbott (Chair), Begum, Clarke, Dawson, Ellis`,
      `47. Best Value inspection of ICT services
The Head of ICT introduced the Audit Commission's final inspection report. The inspectors had
judged the service to be good, with two stars, but had judged its prospects for improvement to be
uncertain because of the planned restructuring.
Councillor Begum said she hoped the service would be rated excellent next time.
RESOLVED: that the report be noted and that the Head of ICT report progress on the action plan in
six months.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's47-about-committee-paper-other-service-null',
    why: 'kind 6: a committee paper about the forthcoming ICT inspection quotes only the housing benefits service\'s score; the ICT service has no judgement yet, so both null',
    pages: [
      `Felsham District Council
Audit and Governance Committee — 22 May 2002
Item 8: Best Value inspection programme 2002/03`,
      `1. The Audit Commission will inspect ICT services in September 2002.
2. For information, the housing benefits service was inspected in February 2002 and was judged
'good', with 'promising' prospects for improvement.
3. Officers are preparing the ICT self-assessment, which will be circulated to members in July.
4. Members are asked to note the timetable.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-about-council-press-release-excellent-promising',
    why: 'kind 6: the council\'s own press release reports what the Audit Commission inspectors concluded about its ICT service (excellent, promising); the verdict reported is the inspectors\'',
    pages: [
      `Press release — Cranleigh Downs Borough Council
12 October 2004
TOP MARKS FOR COUNCIL'S ICT SERVICE

Cranleigh Downs Borough Council's ICT service has been rated excellent by the Audit Commission.
Inspectors awarded the service three stars and said its prospects for improvement were
promising.
Council leader Cllr Jean Moss said: "This is a tribute to our staff."
Ends`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's47-about-minutes-embargoed-draft-null',
    why: 'kind 6: minutes noting receipt of a draft inspection report whose scores are embargoed and were not discussed; members\' hopes are not a verdict, so both null',
    pages: [
      `Resources Overview and Scrutiny Panel
Minutes — 3 November 2003`,
      `12. ICT Best Value inspection — draft report
The Director of Corporate Services reported that the draft inspection report had been received
for factual accuracy checking. The scores were embargoed until publication and were not disclosed
to the panel. Councillor Hart said he expected the service to be at least good, with promising
prospects. The Director reminded members that only the Audit Commission could make that judgement.
NOTED.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ───────────────────────── kind 7: plain statements, many forms ─────────────────────────
  {
    name: 's47-plain-headings-era-a-good-will',
    why: 'kind 7: era A question headings answered directly, "it is good" and "Yes"; the council\'s aim to be excellent is a distractor',
    pages: [
      `Best Value Inspection Service
Information Technology
Oakenfield Borough Council
November 2000`,
      `How good is the service?
The council aims to run an excellent IT service by 2003. Today it is good: a two-star service with
reliable systems and satisfied users.
Will the service improve?
Yes. The review was rigorous, the plan is costed and owned by senior managers, and improvements are
already visible.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's47-plain-passive-era-a-poor-unlikely',
    why: 'kind 7: era A passive voice, "has been assessed ... as poor" and "has been judged unlikely to improve"',
    pages: [
      `Best Value Inspection Service
Computer and Telecommunications Services
Lydgate District Council
January 2001`,
      `Summary
The service has been assessed by the inspection team as poor. It has also been judged unlikely to
improve, since the council has not yet agreed how the improvement plan will be paid for.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's47-plain-we-judge-era-a-fair-will-not',
    why: 'kind 7: era A active "We judge that ..." in one sentence; the negated "not yet a good service" must not be read as good',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Pellworth Borough Council
March 2001`,
      `Summary
This is not yet a good service. We judge that the council provides a fair, one-star IT service
that will not improve, because the review accepted the status quo and the plan contains no
significant change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's47-plain-our-judgement-is-era-a-excellent-probably',
    why: 'kind 7: era A "Our judgement is that ..." with both judgements in one sentence; another service\'s grade is mentioned earlier',
    pages: [
      `Best Value Inspection Service
ICT Services
Chesterwood City Council
August 2001`,
      `Summary
The council's revenues service, inspected in January, was judged fair.
Our judgement is that the ICT service is excellent, with three stars, and that it will probably
improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's47-plain-team-view-era-a-good-will-not',
    why: 'kind 7: era A "The inspection team\'s view is ..." — an unusual combination of a good service that will not improve; "excellent relationships" is ordinary language',
    pages: [
      `Best Value Inspection Service
IT Services
Marfleet District Council
December 2000`,
      `Summary
The IT section has excellent relationships with its users.
The inspection team's view is that the service is good, but that it will not improve: the council
has decided to cut the IT budget by a quarter from April, and the review did not consider how
current standards could be kept up with less money.`,
    ],
    expect: { grade: 'good', prospect: 'will-not' },
  },
  {
    name: 's47-plain-in-our-view-era-a-poor-will',
    why: 'kind 7: era A "In our view the service is currently poor. It will, however, improve" — poor grade with a firm yes on prospects',
    pages: [
      `Best Value Inspection Service
Information Technology
Glaisdale Borough Council
May 2001`,
      `Summary
In our view the service is currently poor. It will, however, improve: a new management team is in
place, the council has committed £1.4 million to replace the network, and the first stages of the
plan have already been delivered on time.`,
    ],
    expect: { grade: 'poor', prospect: 'will' },
  },
  {
    name: 's47-plain-commission-considers-era-a-fair-probably',
    why: 'kind 7: era A third person, "The Commission considers ... fair" and "believes ... will probably improve"',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Information Technology Services
Wharram Vale District Council
July 2000`,
      `1. Summary
The Commission considers the service to be fair. It has one star.
The Commission believes the service will probably improve, provided that the council finds the
staff it needs for the new systems programme.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's47-plain-report-finds-era-a-excellent-will',
    why: 'kind 7: era A "This report finds an excellent, three-star service which will improve further"',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Bramhope Borough Council
February 2001`,
      `Summary
This report finds an excellent, three-star service which will improve further. The council's IT
staff are highly skilled, users trust them, and the improvement plan builds on a strong record.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's47-plain-headings-era-b-poor-poor',
    why: 'kind 7: era B heading questions answered with the single word "Poor" each, then explained',
    pages: [
      `Best Value Inspection Service
ICT Services
Holmbury District Council
December 2001`,
      `How good is the service?
Poor. We have given the service no stars. Systems are unreliable, and the help desk resolves fewer
than half of its calls at first contact.
What are the prospects for improvement?
Poor. The council has no funded plan, and the post of head of ICT has been vacant since June.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's47-plain-passive-era-b-fair-uncertain',
    why: 'kind 7: era B passive "is assessed as fair" and "are judged to be uncertain"; the improvement plan\'s aim to be good is not the verdict',
    pages: [
      `Audit Commission
ICT Services
Thurlstone Borough Council
June 2002`,
      `Summary
The service is assessed as fair, with one star. Its prospects for improvement are judged to be
uncertain. The improvement plan aims to make the service good by 2004, but it depends on a
restructuring that has not yet been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's47-plain-we-judge-era-b-good-excellent',
    why: 'kind 7: era B "We judge ... good ... excellent prospects" in two short sentences',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Staincliffe City Council
November 2004`,
      `Summary
We judge Staincliffe's ICT service to be good. It has two stars.
We judge its prospects for improvement to be excellent, because the service has a strong record of
delivery and a plan that is ambitious, funded and closely monitored by members.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's47-plain-our-judgement-is-era-b-excellent-promising',
    why: 'kind 7: era B "Our judgement is that ..." giving excellent and promising in one sentence',
    pages: [
      `Best Value Inspection Service
ICT and E-government
Amberley Cross Borough Council
March 2003`,
      `Summary
Our judgement is that Amberley Cross provides an excellent, three-star ICT service that has
promising prospects for improvement.
Best Value Inspection Service                                                            2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's47-plain-inspectors-found-era-b-good-poor',
    why: 'kind 7: era B "The inspectors found ... good ... but ... poor prospects" — good service whose outsourcing has collapsed',
    pages: [
      `Audit Commission
ICT Services
Keldholme District Council
August 2005`,
      `Summary
The inspectors found a good, two-star service which has poor prospects for improvement. The
partnership that was to fund the council's new systems collapsed in May, the improvement plan has
been withdrawn, and no replacement has been agreed.`,
    ],
    expect: { grade: 'good', prospect: 'poor' },
  },
  {
    name: 's47-plain-in-our-view-era-b-poor-promising',
    why: 'kind 7: era B "In our view ... poor ... Prospects ... are promising"; "poor" appears as the grade, "excellent" only as an ambition',
    pages: [
      `Best Value Inspection Service
ICT Services
Wyre Forest Edge Borough Council
April 2002`,
      `Summary
In our view the ICT service is poor, and it scores no stars. The council wants an excellent
service, and it has begun to take the steps needed. Prospects for improvement are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's47-plain-inverted-era-b-fair-poor',
    why: 'kind 7: era B sentence with the verdict before its frame: "Poor prospects ... and a fair, one-star service: that is our conclusion"',
    pages: [
      `Best Value Inspection Service
Information Technology
Ingleby Moor District Council
January 2004`,
      `Summary
Poor prospects for improvement, and a fair, one-star service today: that is our conclusion. Basic
support is adequate, but the council has taken none of the difficult decisions its review identified.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's47-plain-rated-era-b-excellent-excellent',
    why: 'kind 7: era B "We have rated this service as excellent (three stars) with excellent prospects"',
    pages: [
      `Audit Commission
ICT Services
Thornfield Borough Council
June 2005`,
      `Summary
We have rated this service as excellent (three stars) with excellent prospects for improvement.
Thornfield's ICT service is among the best we have inspected.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────────── kind 8: no judgement at all ─────────────────────────
  {
    name: 's47-none-draft-blank-grid',
    why: 'kind 8: a draft report with the grid unmarked and "scores to be confirmed"; all axis words present, no mark',
    pages: [
      `DRAFT — NOT FOR PUBLICATION
Best Value Inspection Service
ICT Services
Pendleford Borough Council
Draft v0.3, September 2002`,
      `Scoring chart (scores to be confirmed following moderation)
\tpoor\tuncertain\tpromising\texcellent
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\t\t
poor\t\t\t\t
Summary
[Summary to be drafted once the scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-council-own-review',
    why: 'kind 8: the council\'s own Best Value review concluding its IT service is good and will improve — self-assessment, not an inspection verdict',
    pages: [
      `Broadwater District Council
Best Value Review of Information Technology
Final report of the review team
November 2000`,
      `Conclusions
The review team considers the IT service to be good, and we are confident that it will improve
once the actions in this report are implemented. We aim to be an excellent service by 2003.
This report will be submitted to the Audit Commission's Best Value Inspection Service, which will
inspect the service in spring 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-scoring-guidance',
    why: 'kind 8: guidance explaining the scoring scales lists every grade and every prospect but judges nothing',
    pages: [
      `Audit Commission
Best Value inspections: how we score services
Guidance note, October 2001`,
      `Inspectors answer two questions.
How good is the service? Services are scored from no stars (poor) through one star (fair) and two
stars (good) to three stars (excellent).
What are the prospects for improvement? From October 2001 these are described as poor, uncertain,
promising or excellent. Reports published before then said whether a service would not improve,
was unlikely to improve, would probably improve, or would improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-scrutiny-preparation-notes',
    why: 'kind 8: scrutiny notes before an inspection state members\' hopes ("at least good", "promising") — no verdict',
    pages: [
      `Notes of Scrutiny Working Group — ICT Review
4 February 2003`,
      `- Inspection due in April; lead inspector to meet members on 2 April.
- Members want the service to come out at least "good", with promising prospects.
- Concern about poor response times at the area offices; officers to bring figures.
- The head of ICT said the service was "excellent value" compared with the private sector.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-service-plan-aims-excellent',
    why: 'kind 8: an ICT service plan whose target is an "excellent, three-star service by 2005" — an ambition, not a judgement',
    pages: [
      `Lowther Borough Council
ICT Service Plan 2003–2006`,
      `Our vision
To be an excellent, three-star ICT service by 2005, with excellent prospects for continued
improvement.
Our targets
- 99.5% network availability
- 80% of help desk calls resolved at first contact
- 100% of services e-enabled by December 2005`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-inspection-notification-letter',
    why: 'kind 8: era A letter announcing the scope and timetable of an inspection; mentions the possible outcomes only',
    pages: [
      `Audit Commission
Best Value Inspection Service
Our ref: BVI/0412
12 March 2001
Dear Chief Executive
Best Value inspection of Information Technology`,
      `I am writing to confirm that we will inspect the council's IT service during the week beginning
23 April. Our report will say how good the service is, on a scale from poor to excellent, and
whether it will improve. We will need access to the review documents and to a sample of users.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-post-inspection-action-plan',
    why: 'kind 8: a council action plan answering the inspectors\' recommendations without stating any score',
    pages: [
      `Ferrybridge District Council
ICT Inspection — Action Plan in Response to Recommendations
Approved by Executive, 8 July 2003`,
      `Recommendation\tAction\tOwner\tDate
R1 Link the ICT strategy to the corporate plan\tRevise strategy and take to Executive\tHead of ICT\tOct 2003
R2 Benchmark costs with similar councils\tJoin regional benchmarking club\tICT Manager\tDec 2003
R3 Improve user training\tIntroduce ECDL for all staff\tHR\tMar 2004
Progress will be reported to Executive quarterly. We intend these actions to make the service good.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-consultant-health-check',
    why: 'kind 8: a consultant\'s health check commissioned by the council; its "we" is the consultant, it says it is not an inspection, so no Best Value judgement',
    pages: [
      `IT Function Health Check
Prepared for Carrick Moor Borough Council by Brightline Consulting
June 2002
This is not an Audit Commission report.`,
      `Executive summary
In our opinion the IT function performs well against its peers, and we believe it will improve
further if the recommendations below are adopted. Excellent progress has been made on the network,
although project management is poor.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-internal-audit-report',
    why: 'kind 8: internal audit report on IT controls full of ordinary grade words (poor, good, excellent, fair) but no service judgement',
    pages: [
      `Internal Audit Services
Audit of IT Security Controls 2001/02
Castleton Borough Council
Issued: 15 January 2002`,
      `Overall opinion
Controls over user access are poor: 40 leavers still had live accounts. Backup arrangements are
good. Staff gave excellent co-operation throughout the audit. A fair number of our 2000/01
recommendations have now been implemented.
Assurance level: limited.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-draft-placeholders',
    why: 'kind 8: draft summary with bracketed blanks where the grade and prospects will go',
    pages: [
      `Best Value Inspection Service
ICT Services
Hartside City Council
DRAFT FOR FACTUAL ACCURACY CHECK — October 2003`,
      `Summary
Hartside City Council provides a [ ]-star ICT service that has [ ] prospects for improvement.
[Inspectors: insert scores after the moderation panel on 28 October.]
The service supports 5,000 users and has a budget of £7.9 million.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-peer-review-letter',
    why: 'kind 8: a peer review team\'s feedback letter (not the Audit Commission) praising and criticising without any score',
    pages: [
      `Local Government Peer Review
Feedback to Ellerby District Council
April 2004`,
      `The peer team was impressed by the council's commitment to e-government and by the excellent
relationships between ICT staff and service managers. We think the council could improve further
by strengthening its performance management. This letter does not score the council's services.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-staff-newsletter-what-to-expect',
    why: 'kind 8: a staff newsletter explaining the coming inspection and its scales; no score yet',
    pages: [
      `ICT NEWS — Issue 14, January 2002
Inspectors are coming!`,
      `The Audit Commission will inspect our service in March. They will give us a score from poor (no
stars) to excellent (three stars) and say whether our prospects are poor, uncertain, promising or
excellent. Please make time for the focus groups — your views matter. Last year's inspection of
the leisure service went well, so let's do even better!`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-performance-plan-targets',
    why: 'kind 8: extract from the council\'s Best Value Performance Plan with targets and the council\'s own claims about IT',
    pages: [
      `Best Value Performance Plan 2001/02
Redlands Borough Council
Section 5: Corporate Services`,
      `Information technology
We believe our IT service is already good, and our aim is for it to improve year on year. Targets
for 2001/02: network availability 99%; PC replacement every four years; 50% of transactions
available online. The service will be inspected by the Audit Commission in 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's47-none-self-assessment-submission',
    why: 'kind 8: the self-assessment the council submitted to the inspectors, rating itself good with promising prospects — the council\'s own view only',
    pages: [
      `ICT Services — Self-assessment for Best Value Inspection
Submitted by Aldermoor Borough Council
August 2003`,
      `Our assessment
We assess our ICT service as good (two stars) and our prospects for improvement as promising. The
evidence for this is set out in sections 2 to 6 below.
2. Performance against targets
Help desk first-time fix rate: 74% (target 70%).`,
    ],
    expect: { grade: null, prospect: null },
  },
];
