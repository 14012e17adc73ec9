/** Held-out judgement set 50, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases50: JudgementCase[] = [
  // ==========================================================================
  // 1. Marked scoring grids: the marked cell's row and column give both
  //    judgements; the axis words are not the verdict.
  // ==========================================================================
  {
    name: 's50-grid-tabs-x-fair-probably',
    why: "kind 1 grid (era A): tab-separated chart, grades as rows and prospects as columns, X in the Fair/Probably cell; axis lists every grade and prospect, and a council ambition uses 'excellent'",
    pages: [
`Wexmoor District Council

Information Technology Services

Best Value Inspection Service
May 2001`,
`Wexmoor DC – Information Technology Services\t\t\t3

Scoring the service

We have scored the service using the chart below. The council's IT
strategy says it wants to offer "an excellent service to every
department by 2003"; that ambition played no part in our scoring.

'a good service?'\t'will the service improve?'
\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\tX\t
Poor\t\t\t\t

The reasons for our judgements are set out in the rest of this report,
beginning with the context in which the service is provided.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's50-grid-spaces-asterisk-good-uncertain',
    why: "kind 1 grid (era B): space-aligned chart with star ratings beside the grade rows, asterisk under 'Uncertain' in the good row; the star glyphs in the row labels are not the mark, and 'excellent morale' appears in the text",
    pages: [
`Lowater Borough Council – ICT Services – Inspection report – February 2003        page 4

Scoring chart

                          Prospects for improvement?
                  Poor       Uncertain   Promising   Excellent
A good service?
excellent ***
good      **                    *
fair      *
poor

The chart shows where we have placed the service. Morale in the
technical teams is excellent and sickness absence is low, but, as we
explain in the sections that follow, that is only part of the picture.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's50-grid-transposed-tick-fair-promising',
    why: "kind 1 grid (era B): axes swapped (prospects down the page, grades across), caption says which is which, tick mark in the fair column of the promising row",
    pages: [
`Harbridge Borough Council
ICT and e-Government
Inspection report
September 2002
Audit Commission`,
`Harbridge BC – ICT and e-Government\t\t\t\t\t5

Figure 1: Scoring chart
(Prospects for improvement run down the page; how good the service
is runs across the page.)

\tpoor\tfair\tgood\texcellent
excellent prospects\t\t\t\t
promising prospects\t\t✓\t\t
uncertain prospects\t\t\t\t
poor prospects\t\t\t\t

Source: Audit Commission inspection team`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-grid-wrapped-labels-dot-poor-unlikely',
    why: "kind 1 grid (era A): column labels wrapped over two lines ('Unlikely to' / 'improve'), rows labelled by stars and grade, a round dot marks the poor row under 'Unlikely to improve'",
    pages: [
`Pennock Metropolitan Borough Council
Information and Communications Technology
Best Value inspection report
February 2001`,
`Pennock MBC                                                    ICT inspection

Chart 1\tHow good is the service and will it improve?

\tWill not\tUnlikely to\tWill probably\tWill
\timprove\timprove\timprove\timprove
3 stars – excellent\t\t\t\t
2 stars – good\t\t\t\t
1 star – fair\t\t\t\t
0 stars – poor\t\t●\t\t

The Best Value review described the help desk as "a good, committed
team" and we agree; the position of the service in the chart reflects
wider weaknesses that we describe in section 3.

                                     7`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's50-grid-bottom-axis-x-good-excellent',
    why: "kind 1 grid (era B): Audit Commission style chart with the grade axis down the left (with star glyphs) and the prospects axis printed as a row underneath; X in the last column of the good row, so the prospect is read from the bottom axis ('excellent' is also a grade label)",
    pages: [
`Ashcombe County Council – Customer Services and ICT        June 2003`,
`Scoring the service

'a good service?'
excellent\t★★★\t\t\t\t
good\t★★\t\t\t\tX
fair\t★\t\t\t\t
poor\t\t\t\t\t
\t\tpoor\tuncertain\tpromising\texcellent
\t\t'prospects for improvement?'

We have assessed the service as set out in the chart above. Our
reasons are summarised in the following pages.

Ashcombe County Council                                              Page 3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's50-grid-grades-across-lowercase-x-good-will',
    why: "kind 1 grid (era A): grades across the top, prospects down the side as era A phrases, small x under 'Good' in the 'Yes – will improve' row; caption explains the orientation",
    pages: [
`Tarnside Council
Information Services
Best Value inspection
August 2001`,
`Tarnside Council: Information Services                              Page 2

Scoring chart – the quality of the service is shown across the top and
the prospects for improvement down the side.

                           Poor     Fair     Good     Excellent
Yes – will improve                            x
Will probably improve
Unlikely to improve
No – will not improve

A summary of the main strengths and weaknesses follows.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's50-grid-root-tick-poor-poor',
    why: "kind 1 grid (era B): non-IT service (development control), space-aligned chart with a square-root tick glyph under 'Poor' in the Poor row; the word poor is both axes and also 'poor morale' in the text, and 'excellent working relationships' appears",
    pages: [
`Brackenfield District Council
Development Control
Inspection report – November 2002`,
`Brackenfield DC – Development Control                                    4

Scoring chart
How good is the service?      (vertical axis)
Prospects for improvement     (horizontal axis)

            Poor   Uncertain   Promising   Excellent
Excellent
Good
Fair
Poor         √

The service has excellent working relationships with parish councils,
but we found poor morale among case officers and a backlog of more
than 600 applications. The reasons for our scores are set out below.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's50-grid-two-line-headers-x-fair-uncertain',
    why: "kind 1 grid (era B): space-aligned chart whose column headers wrap ('Uncertain' / 'prospects'), X in the Fair row under Uncertain, with a running footer and page number on the same page",
    pages: [
`Calderbank Metropolitan Borough Council
ICT Services
April 2004`,
`Calderbank MBC – ICT Services

The scoring chart

                          Prospects for improvement
               Poor        Uncertain    Promising    Excellent
               prospects   prospects    prospects    prospects
Excellent
Good
Fair                          X
Poor

Calderbank MBC ICT Services – Inspection Report               Page 5 of 31`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ==========================================================================
  // 2. Table cells that mix the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ==========================================================================
  {
    name: 's50-cell-fair-one-star-promising-reasons',
    why: "kind 2 table (era B): tab-separated summary table; cells read 'Fair – 1 star out of 3' and 'Promising – most of the building blocks...'; the reasons column says 'good', 'poor', 'excellent' and 'uncertainty'",
    pages: [
`Ebbsworth City Council – ICT Services – January 2004\t\t\t2

Summary of our judgements

Question\tJudgement\tMain reasons
How good is the service?\tFair – 1 star out of 3\tThe help desk gives a good, friendly service, but availability of the main systems is poor and well below the council's own targets
What are the prospects for improvement?\tPromising – most of the building blocks are now in place\tAn excellent new ICT strategy agreed by members; a realistic plan; some uncertainty over funding for 2005/06

The rest of this report explains these judgements in detail.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-cell-poor-no-stars-will-not',
    why: "kind 2 table (era A): space-aligned table with wrapped reasons; cells 'Poor (no stars)' and 'No, it will not improve'; the reasons column says 'Good staff goodwill' and 'an excellent review report'",
    pages: [
`Stanmere District Council
IT Services – Best Value Inspection – March 2001

The inspectors' scores

                              Score                       Why
Is it a good service?         Poor (no stars)             Good staff goodwill cannot make up
                                                          for out-of-date equipment and a
                                                          record of missed targets
Will it improve?              No, it will not improve     No costed plan, no lead from
                                                          members, and an excellent review
                                                          report that has simply been shelved

                                                                        3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's50-cell-good-two-stars-of-three-uncertain',
    why: "kind 2 table (era B): 'Good: 2 stars of 3' and 'Uncertain – the improvement plan has not been costed'; reasons column mentions excellent user satisfaction and a poor procurement record",
    pages: [
`Kingsholme Borough Council\tICT Services\tJuly 2002

SCORES AT A GLANCE
Judgement\tScore\tReasons
Quality of service\tGood: 2 stars of 3\tExcellent user satisfaction (92 per cent); fast fault fixing; but a poor record in buying equipment
Prospects for improvement\tUncertain – the improvement plan has not been costed\tCommitted staff; no agreed budget; head of ICT post vacant since March`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's50-cell-wrapped-fair-one-star-probably',
    why: "kind 2 table (era A): three-column table whose cells wrap across lines ('A fair service (one' / 'star)'; 'Probably – the review' / 'has set a clear direction'); reasons column says 'excellent', 'good' and 'poor track record'",
    pages: [
`Dunmorrow County Council – IT Services – December 2000                      2

Question            Inspectors' judgement        Why we reached it
How good is the     A fair service (one          Users describe the help desk
service?            star)                        staff as excellent, but the
                                                 network is unreliable and
                                                 costs are high
Will it improve?    Probably – the review        A good review; plan owned by
                    has set a clear direction    the chief executive; but a poor
                                                 track record on projects`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's50-cell-excellent-three-stars-promising-not-excellent',
    why: "kind 2 table (era B): libraries service; grade cell 'Excellent ★★★ – among the best we have seen', prospects cell 'Promising (not excellent: two key posts are vacant)', so the negated 'excellent' in the prospects cell must not win",
    pages: [
`Fenwick Borough Council
Libraries and Information Service
Inspection report, October 2003`,
`Fenwick BC – Libraries and Information Service                    page 3

Table 1 – Our scores
Aspect                     Score                              Reasons
How good is the service?   Excellent ★★★ – among the best     Long opening hours, free internet
                           we have seen                       access in every branch, high
                                                              satisfaction; no poor branches
Will it improve?           Promising (not excellent: two      Clear plan, good track record;
                           key posts are vacant)              staffing gaps in the ICT team`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's50-cell-good-two-stars-yes-will-improve',
    why: "kind 2 table (era A): 'Good (two stars)' and 'Yes – the service will improve' cells, reasons column talks of the poor condition of the server room and budget pressure",
    pages: [
`Westhaven Borough Council – Information and Communications Technology
Best Value inspection – April 2001

Our judgements\t\t
Is the service good?\tGood (two stars)\tWell-run help desk; most targets met; users broadly satisfied, though some describe the intranet as poor
Will the service improve?\tYes – the service will improve\tFunded plan; strong corporate support; budget pressures and the poor condition of the server room need watching

Page 2 of 24`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's50-cell-two-inspections-current-column',
    why: "kind 2 table (era B re-inspection): columns for the first inspection (era A words: 'Poor – no stars', 'Unlikely to improve') and the re-inspection ('Fair – one star', 'Excellent prospects – ...'); only the re-inspection column is this report's verdict",
    pages: [
`Greywell Metropolitan Borough Council – ICT re-inspection – September 2003

Table 1: Scores at the two inspections

\tFirst inspection (November 2000)\tRe-inspection (September 2003)\tWhat has changed
Quality of service\tPoor – no stars\tFair – one star\tNew network; the help desk now meets its targets
Prospects\tUnlikely to improve\tExcellent prospects – the council has the capacity and commitment to deliver\tStable leadership; a fully funded three-year plan

                                                                           4`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },

  // ==========================================================================
  // 3. Prospects paraphrased as likelihood, belief or negation, with no word
  //    from the prospects scale.
  // ==========================================================================
  {
    name: 's50-para-on-balance-expect-better',
    why: "kind 3 paraphrase (era B): 'On balance, and despite the risks..., we expect the service to get better' = promising; grade given as 'one-star'; 'risks' and 'weaknesses' nearby must not pull it down",
    pages: [
`Hollinbury District Council – ICT Services – October 2002                      6

Summary

Hollinbury's ICT service is a one-star service. It keeps the council's
systems running, but at a higher cost than most similar councils and
with little sense of direction.

Will the service improve?

The council has recognised most of the weaknesses we describe. A new
ICT manager has been in post since June, the desktop replacement is
funded, and the action plan is specific about who does what by when.
On balance, and despite the risks we set out in paragraphs 58 to 62,
we expect the service to get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-para-confident-deliver-plan',
    why: "kind 3 paraphrase (era A): 'We are confident that the council will deliver its improvement plan' = will improve; no scale word; grade stated plainly as good",
    pages: [
`Saltcote Borough Council
IT Services
Best Value Inspection – June 2001`,
`Saltcote BC – IT Services                                               5

How good is the service?
The service is good. It meets nearly all of its published standards and
its users, in the main, speak well of it.

Will the service improve?
We are confident that the council will deliver its improvement plan.
The money is in the 2001/02 budget, the people are in post, and members
check progress against each action every quarter. The plan is also
the right one: it tackles the weaknesses that matter most to users.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's50-para-doubt-capacity',
    why: "kind 3 paraphrase (era B): 'We doubt that the council has the capacity to carry its plan through' = uncertain; grade 'no stars' = poor; the council's own 'we will be excellent' aim is quoted",
    pages: [
`Ravensholt City Council – ICT – Inspection report – March 2003`,
`Ravensholt City Council\t\t\t\tPage 7

Our judgement on the quality of the service is that it merits no
stars: it is expensive, unreliable and poorly regarded by the
departments it serves.

Can the service get better?
The improvement plan promises "an excellent ICT service by 2005". We
doubt that the council has the capacity to carry the plan through. The
two managers who wrote it have both left, no money has been set aside
beyond April, and the plan depends on a new finance system that has
not yet been chosen.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's50-para-no-sign-anything-will-change',
    why: "kind 3 paraphrase (era A): 'there is no sign that anything will change' = will not improve; grade poor given in a plain sentence; the word 'improve' appears only in a negated context",
    pages: [
`Eldwick District Council
Computer Services
Best Value Inspection Service – January 2001`,
`Eldwick DC – Computer Services                                         4

In our judgement Eldwick's computer services are poor.

Prospects for improvement
The Best Value review was late, was carried out by the service on
itself, and proposes nothing beyond what is already being done. Members
have not asked for anything more. There is no sign that anything will
change, and we found no one in the council who expected it to.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's50-para-not-confident-turn-round',
    why: "kind 3 paraphrase (era B): 'We are not confident that the council will turn the service round' = uncertain (negated confidence); grade given as 'one star'",
    pages: [
`Stourmouth Borough Council
ICT Services
Inspection report – May 2004`,
`Stourmouth BC – ICT Services                                     Page 9

9. We have awarded the service one star.

Prospects
10. We are not confident that the council will turn the service round.
Its plan is sensible on paper, but the previous two plans were not
carried out, the ICT budget has been cut in each of the last three
years, and senior managers could not tell us who would lead the work
once the interim head of service leaves in the summer.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's50-para-little-doubt-keep-getting-better',
    why: "kind 3 paraphrase (era B): 'We have little doubt that the service will keep getting better' = excellent prospects; grade 'two-star'; double negative 'little doubt' must read as high confidence",
    pages: [
`Linsford County Council – ICT – February 2004                               3

Summary
Linsford provides a two-star ICT service. Systems are reliable, users
are satisfied, and costs are in line with other counties.

We have little doubt that the service will keep getting better. It has
improved every year since 1999, its plans are costed and agreed, and
the leadership of the council treats ICT as central to everything it
wants to achieve.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's50-para-more-likely-than-not',
    why: "kind 3 paraphrase (era A): 'improvement is more likely than not, though by no means certain' = will probably improve; grade fair; 'by no means certain' must not be read as unlikely",
    pages: [
`Crowhurst Borough Council
IT Services
Best Value inspection – August 2001`,
`Crowhurst BC – IT Services                                              6

How good is the service?
Overall the service is fair. It does the basics reasonably well but
has made little use of technology to change the way the council works.

Will the service improve?
There are real strengths to build on: a new IT strategy linked to the
community plan and a head of IT with a clear view of what needs doing.
There are also risks, chiefly the shortage of skilled staff. In our
judgement improvement is more likely than not, though by no means
certain.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's50-para-cannot-see-getting-better',
    why: "kind 3 paraphrase (era B): 'We cannot see the service getting any better while...' = poor prospects; grade 'poor' appears among ordinary uses of 'poor'",
    pages: [
`Audley Moor District Council
ICT Services
Inspection report
December 2002`,
`Audley Moor DC – ICT Services                                          8

This is a poor service. Users complain of poor response times, and the
help desk has no way of tracking whether calls are resolved.

Will it get better?
We cannot see the service getting any better while the council treats
it as an overhead to be cut. Members rejected the bid for a network
upgrade for the third year running, no one at director level takes
responsibility for ICT, and the review produced no plan worth the name.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ==========================================================================
  // 4. Quoted views that are not the inspectors' own, followed by the
  //    inspectors' contrasting verdict.
  // ==========================================================================
  {
    name: 's50-quote-self-assessment-then-ours',
    why: "kind 4 quoted view (era B): the council's self-assessment rated the service good with excellent prospects; 'Our evidence tells a different story' then the inspectors' fair / uncertain",
    pages: [
`Mardale Borough Council – ICT Services – November 2002                      2

Summary

The council's self-assessment, prepared for this inspection, rated
the ICT service as good, with excellent prospects for improvement.

Our evidence tells a different story. Fewer than half of the service's
targets were met last year, users in three of the five directorates
told us they had lost confidence in the help desk, and the improvement
plan has no costs attached. We have scored the service as a one-star
service with uncertain prospects.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's50-quote-it-director-expects-rapid-progress',
    why: "kind 4 quoted view (era A): the IT director says the service 'will certainly improve within the year'; 'We do not share his confidence' then the inspectors' poor / unlikely to improve",
    pages: [
`Pelham District Council
IT Services
Best Value Inspection – April 2001`,
`Pelham DC – IT Services                                                  3

The IT director told us that he expects rapid progress now that the new
network is in, and that the service "will certainly improve within the
year". We do not share his confidence. The network was delivered eight
months late, nothing else in the plan has started, and the staff who
would do the work are already fully stretched.

In our judgement this is a poor service that is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's50-quote-neighbour-rating-then-ours',
    why: "kind 4 quoted view (era B): the neighbouring council was judged good with promising prospects and officers expected the same; 'It is not.' then poor with promising prospects for this council",
    pages: [
`Kelsey Borough Council
ICT Services
Inspection report
September 2003`,
`Kelsey Borough Council – ICT Services                               page 4

Wendham District Council, with which Kelsey shares a data centre, was
judged to have a good ICT service with promising prospects when it was
inspected in 2002, and Kelsey officers told us they expected a similar
result. It is not. Kelsey's service is poor: systems fail often, calls
go unanswered, and no one measures what users think.

That said, the new shared-service agreement, the fresh management team
and a plan that members have funded mean that the service's prospects
for improvement are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's50-quote-earlier-inspection-then-now',
    why: "kind 4 quoted view (era B re-inspection): the first inspection (era A) found a poor service that would not improve; today's inspectors judge it good with promising prospects",
    pages: [
`Bramcote City Council – ICT re-inspection – January 2004                    2

When the Commission first inspected this service, in March 2001, it
found a poor service that would not improve. Much has changed since.
The council has replaced its network, outsourced desktop support after
an open competition, and put a director in charge of ICT.

Today, in our judgement, the service is good and its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's50-quote-council-aim-three-stars',
    why: "kind 4 quoted view (era B): the council's aim is 'an excellent, three-star service with excellent prospects by March 2005'; the inspectors judge it good with uncertain prospects",
    pages: [
`Ormsby Borough Council
ICT Services
Inspection report – July 2003`,
`Ormsby BC – ICT Services                                                 5

The council's stated ambition, repeated in its ICT strategy and its
performance plan, is "an excellent, three-star ICT service with
excellent prospects by March 2005".

It is some way from that today. We have judged the service to be good:
it is reliable and reasonably priced. But its prospects are uncertain,
because the strategy that is meant to carry it forward has neither a
budget nor a timetable.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's50-quote-portfolio-holder-excellent',
    why: "kind 4 quoted view (era A): the portfolio holder told the press the service is 'excellent'; 'good, yes; excellent, no' is the inspection team's view; prospects 'will probably improve'",
    pages: [
`Fallowfield District Council – IT Services – September 2001                 3

Last year the portfolio holder described the IT service to the local
newspaper as "excellent in every respect". The inspection team's view
is more measured: good, yes; excellent, no. The service is reliable and
well liked, but it is expensive and has done little to help departments
serve the public electronically.

Will the service improve? We think that it will probably improve. The
review has produced a sensible plan, though its success depends on the
council finding £400,000 that is not yet in the budget.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's50-quote-consultant-will-not-improve',
    why: "kind 4 quoted view (era A): a consultants' health check said the service 'will not improve without outsourcing'; 'We disagree' then fair and will improve",
    pages: [
`Cheswick Borough Council
Customer Services and IT
Best Value Inspection
March 2001`,
`Cheswick BC – Customer Services and IT                                 4

A consultants' health check commissioned by the council in 2000
concluded that the IT service "will not improve without outsourcing".
We disagree. Since then the council has brought in a new manager,
agreed a funded three-year programme with clear milestones, and set up
a joint board with the main user departments.

We judge the service to be fair and we judge that it will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ==========================================================================
  // 5. Long sentences whose verdict stands far from its subject.
  // ==========================================================================
  {
    name: 's50-long-dashes-duties-good-promising',
    why: "kind 5 long sentence (era B): a dashed aside listing the service's duties puts 'a good service' some fifty words after the subject, with 'the poor state of the server room' in between; the prospects sentence is long too",
    pages: [
`Thornaby Vale Borough Council – ICT Services – March 2004                    4

The ICT service – which supports some 2,300 users on 40 sites, runs the
payroll, revenues and benefits systems, maintains the wide-area network
linking the civic centre to the depots and libraries and, since April,
hosts the contact-centre software on behalf of the three partner
districts – is, in the inspectors' judgement and notwithstanding the
poor state of the server room that we describe in paragraph 41, a good
service.

Its prospects for improvement, for the reasons we set out in the second
half of this report, which include a funded three-year plan, a head of
service who has already delivered a difficult network replacement on
time, and a members' board that meets every month, are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's50-long-brackets-poor-unlikely',
    why: "kind 5 long sentence (era A): a bracketed list of the service's duties separates the subject from 'is poor', and the prospects sentence has a bracketed list of reasons before 'we think it unlikely to improve'",
    pages: [
`Grantley District Council
Information Technology
Best Value inspection – November 2000`,
`Grantley DC – Information Technology                                  3

We judge that the council's information technology service (which, in
addition to its core work of desktop support, network management and
application development, also runs the council's telephone switchboard
and print room and, under a 1997 agreement, provides IT support to the
local fire authority) is poor. Whether it will get better depends, in
our view (and for all the reasons given in section 4: the lack of a
strategy, the absence of any funding beyond this year, the loss of three
senior staff since January and the failure of the review to question
existing practice), on decisions that the council has not yet shown any
sign of taking, and we think it unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's50-long-split-by-page-break',
    why: "kind 5 long sentence (era B): a long list of evidence before the grade, and the sentence is cut by a page break with a running header and page number before \"a 'fair' one-star service\"",
    pages: [
`Hexley County Council – ICT Services                                        10

Taking into account the service's performance against its own targets,
how it compares with the best councils, the views of the 600 staff and
14 schools that responded to our survey, and the cost of the service,
which at £1,240 per workstation is above the average for similar
authorities, we judge that Hexley's ICT service is`,
`Hexley County Council – ICT Services                                        11

a 'fair' one-star service. Its prospects for improvement, given that
the plan relies on a restructuring that staff and unions have yet to
agree, are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's50-long-hyphenated-prospect-word',
    why: "kind 5 long sentence (era B): a long aside before the grade and a prospects word hyphenated across a line end ('promis-' / 'ing')",
    pages: [
`Redlake Borough Council – ICT Services – Inspection report – June 2002      2

Summary
We consider that Redlake's ICT service, for all the effort its staff
put into supporting a council spread over three towns and an ageing
mix of systems that were never designed to work together, is a one-
star, fair service, and that its prospects for improvement are, taking
together the new strategy, the funding agreed in February and the
appointment of an experienced head of service, promis-
ing.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-long-prospect-forty-words-on',
    why: "kind 5 long sentence (era A): 'the service ... will probably improve' with a list of four reasons between subject and verb; the grade sentence also has asides and uses 'excellent relationships' before 'only fair'",
    pages: [
`Bishopsmead District Council
IT Services
Best Value Inspection
July 2001`,
`Bishopsmead DC – IT Services                                            7

Measured against its own aims, which are sensible if rather vague,
against the performance of similar councils, most of which spend more,
and against what users told us, the service – for all the hard work of
its staff, which is evident, and the excellent relationships it has
built with schools – is only fair.

We think that the service, given the progress already made with the
network replacement, the appointment of a permanent head of IT after
two years of interim arrangements, the new steering group chaired by
the leader of the council and the £600,000 set aside in the February
budget for replacing the financial systems, will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's50-long-negated-good-then-fair-poor-prospects',
    why: "kind 5 long sentence (era B): 'This is not – despite the excellent reputation..., the good progress... – a good service overall; it is a fair one', then a long sentence ending 'we consider the prospects for improvement to be poor'",
    pages: [
`Colbridge Borough Council – ICT Services – August 2003                      3

This is not – despite the excellent reputation of the schools ICT
support team, the genuine enthusiasm we found among help-desk staff and
the good progress recently made on the council's website – a good
service overall; it is a fair one.

Given that none of the improvement plan's 23 actions has a named owner
or a date, that the budget for 2004/05 has not been agreed, and that
the post of head of ICT has been vacant since June with no sign of
being filled, we consider the prospects for improvement to be poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ==========================================================================
  // 6. Documents about an inspection (committee papers, press releases,
  //    minutes, newsletters, press) that relay the verdict or state only
  //    another service's grade.
  // ==========================================================================
  {
    name: 's50-about-cabinet-report-relays-ict',
    why: "kind 6 about an inspection (era B report): a cabinet report relays the inspectors' fair (one star) / promising for ICT; members are reminded that revenues and benefits was judged good with excellent prospects the year before",
    pages: [
`WHITLOW DISTRICT COUNCIL
CABINET – 12 MARCH 2003
REPORT OF THE DIRECTOR OF RESOURCES
AGENDA ITEM 7: AUDIT COMMISSION INSPECTION OF ICT SERVICES

1. Purpose
1.1 To report the outcome of the Audit Commission's inspection of the
council's ICT services, published on 20 February 2003, and to seek
approval for the action plan at Appendix A.

2. Background
2.1 Members will recall that the Revenues and Benefits service was
judged 'good' with 'excellent' prospects in May 2002.

3. The inspection findings
3.1 The inspectors judged the ICT service to be 'fair' (one star) and
found that it has 'promising' prospects for improvement.
3.2 The report makes six recommendations, set out in Appendix A.`,
`4. Recommendation
4.1 That Cabinet notes the inspection report and approves the action
plan at Appendix A.

Contact officer: J. Amesbury, Head of ICT, ext. 4417`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-about-press-release-two-stars',
    why: "kind 6 about an inspection (era A report): a council press release headline 'TWO STARS FOR COUNCIL IT' relays good and 'would probably improve'; the leader's quote about becoming 'an excellent council' is an aim",
    pages: [
`PENDLEBURY BOROUGH COUNCIL
NEWS RELEASE
For immediate release: 18 July 2001

TWO STARS FOR COUNCIL IT

Government inspectors have given Pendlebury's IT service two stars.
In a report published today the Audit Commission rated the service as
good and said it would probably improve.

Council leader Cllr Margaret Oyelaran said: "This is a real credit to
our staff and shows we are well on the way to becoming an excellent
council. We will study the report's recommendations carefully."

ENDS
Notes to editors: copies of the report are available from
www.audit-commission.gov.uk or from the council's press office.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's50-about-minutes-other-service-only',
    why: "kind 6 about an inspection, no verdict for this service: scrutiny minutes on the ICT Best Value review before its inspection mention only the benefits service's earlier grade; expect null",
    pages: [
`KELMSCOTT DISTRICT COUNCIL
Minutes of the Resources Scrutiny Panel held on 9 January 2002

Present: Cllrs Aldous (Chair), Bright, Fenner, Okafor, Wills

23. BEST VALUE REVIEW OF ICT
The Head of ICT presented the final report of the Best Value review of
ICT, which will be inspected by the Audit Commission in March.
Cllr Fenner asked what the panel could learn from the benefits
inspection last year, when the service had been rated good with
promising prospects. The Head of ICT said the main lesson was to
evidence consultation with users.
RESOLVED: that the review report be noted and referred to Cabinet.

24. DATE OF NEXT MEETING
13 February 2002`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-about-scrutiny-relays-housing-repairs',
    why: "kind 6 about an inspection (era A report, minutes written in Nov 2001): the minutes relay that the housing repairs service was found poor and unlikely to improve; era A tokens because the report used era A words",
    pages: [
`OVERTON CITY COUNCIL
HOUSING SCRUTINY COMMITTEE
Minutes of the meeting held on 14 November 2001

41. AUDIT COMMISSION INSPECTION OF HOUSING REPAIRS
The Director of Housing introduced the Audit Commission's report,
published in August, which found the housing repairs service to be
poor and unlikely to improve. He told the committee that a recovery
plan had been drawn up and that he was confident of a better result at
re-inspection.
Members expressed concern at the poor level of tenant satisfaction and
asked for monthly progress reports.
RESOLVED: (1) that the report be noted; (2) that progress on the
recovery plan be reported to each meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's50-about-cabinet-table-of-all-inspections',
    why: "kind 6 about an inspection (era B): a cabinet paper on the ICT inspection includes a table of every inspection so far (benefits good/promising, waste fair/uncertain, libraries excellent/excellent); only the ICT verdict counts",
    pages: [
`WRENFIELD BOROUGH COUNCIL
Executive – 3 June 2003
Inspection of ICT Services: outcome

Summary
The Audit Commission's inspection of ICT Services found a fair, one-star
service with uncertain prospects for improvement. This paper sets the
result alongside the council's other inspections and proposes an
improvement plan.

Table 1: Best Value inspections to date
Service\tDate\tScore\tProspects
Benefits\tJune 2002\tGood (2 stars)\tPromising
Waste management\tJanuary 2002\tFair (1 star)\tUncertain
Libraries\tOctober 2002\tExcellent (3 stars)\tExcellent
ICT Services\tApril 2003\tFair (1 star)\tUncertain`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's50-about-staff-newsletter',
    why: "kind 6 about an inspection (era B): staff newsletter headline 'Two stars and a promising future' relays good/promising; another service's poor result is mentioned",
    pages: [
`IT NEWS – the newsletter for Saxonbury Council's IT staff – Issue 14, Spring 2003

TWO STARS AND A PROMISING FUTURE

Well done everyone! The Audit Commission's inspectors have judged our
service to be good, and they say our prospects for improvement are
promising. The full report is on the intranet.

Our colleagues in Environmental Services were not so lucky: their
inspection last month found a poor service, and we will be working
with them on the new waste-tracking system.

Also in this issue: help desk call volumes, the new Citrix farm, and
the five-a-side results.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's50-about-newspaper-no-stars',
    why: "kind 6 about an inspection (era B): a local newspaper story relays 'no stars' and 'poor prospects'; the council spokesperson's claim of 'excellent progress' is not the verdict",
    pages: [
`MILLBECK GAZETTE, Thursday 6 November 2003                              Page 5

ZERO STARS FOR COUNCIL COMPUTERS

Inspectors from the Audit Commission have given Millbeck District
Council's IT department no stars, and said it had "poor prospects" of
getting better.

Their report, published yesterday, says staff wait weeks for faults to
be fixed and that the council has no plan to put its services online.

A council spokesperson said: "We have already made excellent progress
since the inspectors visited and we are confident that the next report
will be very different."`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ==========================================================================
  // 7. Plain statements in many forms.
  // ==========================================================================
  {
    name: 's50-plain-in-our-view-good-uncertain',
    why: "kind 7 plain (era B): 'In our view' active statement; 'poor morale' in an earlier sentence is ordinary usage",
    pages: [
`Ashworth Borough Council – ICT Services – March 2003                        2

Summary
The service has been through a difficult year, with the loss of its
main supplier and poor morale in the development team. Even so, users
remain well served.

In our view Ashworth's ICT service is a good, two-star service, but its
prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's50-plain-passive-fair-unlikely',
    why: "kind 7 plain (era A): passive voice, 'The service has been judged to be fair' and 'it has been judged unlikely to improve'",
    pages: [
`Bexwell District Council
IT Services
Best Value Inspection – October 2000`,
`Summary

The service has been judged to be fair. Although its systems are
broadly reliable, it has struggled to keep pace with demand and
departments have begun to buy their own equipment.

Because there is no agreed strategy and no budget for the changes the
review proposes, it has been judged unlikely to improve.

Bexwell DC – IT Services                                              Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's50-plain-headline-poor-will-not',
    why: "kind 7 plain (era A): the judgement given as an upper-case headline at the top of the summary",
    pages: [
`Corrick Borough Council – IT Services – Best Value Inspection – June 2000

SUMMARY

A POOR SERVICE THAT WILL NOT IMPROVE

The IT service fails to meet the council's basic needs. The network is
down for an average of eleven hours a month, there is no help desk
outside office hours, and the review that preceded this inspection
proposed no real change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's50-plain-summary-box-good-excellent',
    why: "kind 7 plain (era B): a boxed summary with 'Score:' and 'Prospects for improvement:' lines, grade as word plus star glyphs",
    pages: [
`Dunholme County Council
ICT Services
Inspection report
November 2003

+------------------------------------------------+
| SUMMARY OF JUDGEMENTS                          |
| Score: Good ★★                                 |
| Prospects for improvement: Excellent           |
+------------------------------------------------+`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's50-plain-report-sections-fair-will',
    why: "kind 7 plain (era A): the two questions as section headings, each ending with its verdict; 'How good is the service?' section also mentions an excellent intranet",
    pages: [
`Elsworth Borough Council – Information Technology – Best Value inspection – February 2001`,
`How good is the service?

Aims
The council's IT aims are clear and published.

Performance
Performance against the council's own targets is mixed. The intranet is
excellent, but response times to faults are slow.

We judge the service to be fair.

Will the service improve?

The review was thorough and the improvement plan is funded and has the
full backing of members. We judge that the service will improve.

Elsworth BC                                                          9`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's50-plain-team-scores-procurement',
    why: "kind 7 plain (era B): non-IT service (corporate procurement); 'The inspection team scores the service as poor, with uncertain prospects'",
    pages: [
`Farrowdale District Council
Corporate Procurement
Inspection report – October 2002`,
`Farrowdale DC – Corporate Procurement                                  3

Summary
The inspection team scores the service as poor, with uncertain
prospects for improvement. Spending is not analysed, most contracts are
let without competition, and the procurement strategy has not been
adopted.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's50-plain-compact-our-judgement',
    why: "kind 7 plain (era B): compact note-style 'Our judgement: a two-star service; prospects promising.' with the grade only as stars",
    pages: [
`Glenholm City Council – ICT Services – Inspection report – May 2003        1

Our judgement: a two-star service; prospects promising.

Key findings
- Systems availability above 99.5 per cent for the last two years
- A clear ICT strategy tied to the city's corporate priorities
- Weak consultation with the public about electronic services`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's50-plain-excellent-will-improve',
    why: "kind 7 plain (era A): a rare top grade, 'This is an excellent service which will improve'",
    pages: [
`Hartsmere County Council
Schools ICT Support Service
Best Value Inspection – March 2001`,
`Hartsmere CC – Schools ICT Support                                     2

Summary
This is an excellent service which will improve. Schools value it
highly, its costs are among the lowest in the country, and its plans
for the next three years are ambitious, funded and well managed.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's50-plain-third-person-benefits',
    why: "kind 7 plain (era B): benefits service; third-person 'The inspectors found a one-star service' and 'the prospects for improvement to be poor'",
    pages: [
`Ingleborough Council – Benefits Service – Inspection report – January 2003

Summary
The inspectors found a one-star service: claims are processed
accurately but slowly, with new claims taking an average of 71 days.
They judged the prospects for improvement to be poor, because the
council has no plan for reducing the backlog and has cut the number of
assessors.

                                                                       2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's50-plain-commission-concluded',
    why: "kind 7 plain (era A): 'The Commission has concluded that ... is providing a good, two-star service that will probably improve'",
    pages: [
`Jarrowby Borough Council
IT Services
Best Value inspection report
July 2001`,
`Summary
The Commission has concluded that Jarrowby Borough Council is providing
a 'good', two-star IT service that will probably improve.

Jarrowby BC – IT Services                                            3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's50-plain-question-answer-poor-promising',
    why: "kind 7 plain (era B): question-and-answer form, 'Is this a good service? No – we have judged it poor.' then 'We judge its prospects to be promising'; 'good' in the question is negated, and the bare 'Yes.' (an era A word) must not override the era B 'promising'",
    pages: [
`Kirkwhelp District Council – ICT – Inspection report – February 2004       4

Is this a good service?
No – we have judged it poor. It is costly, slow to fix faults, and has
no reliable information about its own performance.

Will it improve?
Yes. A new partnership with a neighbouring council has brought in
skilled staff and fresh money, and the plan is realistic. We judge its
prospects to be promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's50-plain-welsh-authority-fair-uncertain',
    why: "kind 7 plain (era B): Welsh county borough with a bilingual title page; 'We have scored the service as fair, with uncertain prospects'",
    pages: [
`Cyngor Bwrdeistref Sirol Llanfor
Llanfor County Borough Council
Gwasanaethau TGCh / ICT Services
Adroddiad Arolygu / Inspection Report
Mehefin / June 2002`,
`Llanfor CBC – ICT Services                                             2

Summary
We have scored the service as fair, with uncertain prospects for
improvement. The council has recently agreed a new ICT strategy, but
it is too early to tell whether it will be delivered.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's50-plain-split-across-lines',
    why: "kind 7 plain (era B): the summary sentence wraps so that 'fair' / 'one-star service' and 'promising' / 'prospects' fall on different lines",
    pages: [
`Marbeck Borough Council – ICT Services – Inspection report – April 2003    2

Overall, we judge that Marbeck Borough Council's ICT service is a 'fair'
one-star service that has 'promising'
prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's50-plain-not-yet-good-fair-excellent',
    why: "kind 7 plain (era B): 'This is not yet a good service; it is a fair one' (negated good) with excellent prospects; 'excellent' also appears as an ordinary word about the staff",
    pages: [
`Netherby District Council
ICT Services
Inspection report
December 2004`,
`Netherby DC – ICT Services                                           3

This is not yet a good service; it is a fair one. The staff are
excellent and users like them, but the systems they support are old
and slow.

The prospects for improvement, however, are excellent: the council has
committed £3 million to a new infrastructure, appointed a strong ICT
partner through open competition, and has a record of delivering what
it promises.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's50-plain-three-star-revenues',
    why: "kind 7 plain (era B): revenues and benefits, 'a three-star, excellent service' with 'excellent prospects for improvement'; the grade given by stars and word",
    pages: [
`Quarrington Borough Council – Revenues and Benefits – Inspection report – September 2004

Summary
Quarrington provides a three-star, excellent service to council tax
payers and benefit claimants. Collection rates are in the top quarter
nationally and claims are paid in an average of 19 days. The service
has excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's50-plain-poor-but-will-probably',
    why: "kind 7 plain (era A): one sentence with a contrast, 'The service is poor but will probably improve'",
    pages: [
`Rushmere District Council
IT Services
Best Value Inspection
January 2001`,
`Rushmere DC – IT Services                                              2

Summary
The service is poor but will probably improve. Its failings are
serious – there is no disaster recovery plan and the help desk misses
most of its targets – but the council has at last recognised them and
has put money and people into putting them right.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },

  // ==========================================================================
  // 8. No judgement at all: drafts, self-assessments, plans, papers before the
  //    inspection, documents about other services only.
  // ==========================================================================
  {
    name: 's50-none-draft-scores-tbc',
    why: "kind 8 no judgement: a draft report with 'scores to be confirmed following moderation', placeholder brackets in the summary sentence and an unmarked chart whose axes list every grade and prospect",
    pages: [
`DRAFT – NOT FOR PUBLICATION
Tolland Borough Council
ICT Services
Inspection report – version 0.3 – scores to be confirmed following moderation`,
`Summary
Overall, we judge that Tolland Borough Council is providing a [xxx]
service that has [xxx] prospects for improvement.

Scoring chart (to be completed)
\tPoor prospects\tUncertain prospects\tPromising prospects\tExcellent prospects
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-self-assessment',
    why: "kind 8 no judgement: the council's own self-assessment in its own voice ('we believe we are a good service with promising prospects'); no inspectors' verdict",
    pages: [
`Upwood District Council
ICT Services: Self-assessment for the Audit Commission inspection
Prepared by the Head of ICT, August 2002

1. Our assessment
We believe we are a good service with promising prospects for
improvement. Our help desk resolves 78 per cent of calls at first
contact, and our users rate us highly.

2. Where we need to improve
We know our e-government plans are behind schedule, and that some
departments feel poorly informed about changes to systems.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-improvement-plan-targets',
    why: "kind 8 no judgement: an improvement plan full of targets ('to become an excellent, three-star service by 2005', 'excellent prospects') and milestones",
    pages: [
`Vexley Borough Council – ICT Improvement Plan 2003–2006

Vision: to become an excellent, three-star ICT service by 2005, with
excellent prospects for continued improvement.

Action\tOwner\tTarget date\tMeasure
Replace wide-area network\tInfrastructure Manager\tMarch 2004\t99.8% availability
Introduce service level agreements\tHead of ICT\tSeptember 2003\tAll directorates signed up
Train 500 staff in core applications\tTraining Officer\tMarch 2005\tPoor or no skills reduced to 5% of staff
Join a benchmarking club\tHead of ICT\tDecember 2003\tCosts in the lowest quarter`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-pre-inspection-committee-paper',
    why: "kind 8 no judgement: a committee paper written before the inspection explains what the inspectors will judge and the scales they use, and hopes for 'at least a good' result",
    pages: [
`ALDERBY DISTRICT COUNCIL
POLICY AND RESOURCES COMMITTEE – 21 FEBRUARY 2001
BEST VALUE INSPECTION OF INFORMATION TECHNOLOGY

1. The Audit Commission will inspect the council's IT service from 12 to
16 March 2001.
2. The inspectors will answer two questions: how good is the service,
and will it improve? They score the first on a scale from poor (no
stars) to excellent (three stars), and the second on a scale from 'will
not improve' to 'will improve'.
3. Officers are hoping for at least a good result, given the progress
since the review.
4. Members are asked to note the arrangements for the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-best-value-review-report',
    why: "kind 8 no judgement: the council's own Best Value review (4Cs) with ordinary uses of 'excellent', 'poor' and 'fair'; the review team's own belief that the service will improve is not an inspection verdict",
    pages: [
`Bradwell City Council
Best Value Review of Information Technology
Final report of the review team – November 2000

Challenge
The review team questioned whether the council needs its own data
centre. Staff have excellent working relationships with suppliers but
poor morale after two restructurings.

Compare
A fair proportion of our costs is higher than the average for similar
councils.`,
`Consult
We surveyed 400 users; 61 per cent rated the help desk good or
excellent.

Compete
We will test the market for desktop support in 2001/02.

Conclusion
The review team believes that, with these changes, the service will
improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-ict-strategy-other-services',
    why: "kind 8 no judgement: an ICT strategy that cites other services' inspection grades (benefits good, waste poor) as context; nothing is said about an inspection of ICT",
    pages: [
`Castleford Vale Council – ICT Strategy 2002–2005

2. Context
2.1 ICT underpins the council's recent inspection results. The benefits
service, inspected in 2001, was judged good with promising prospects,
largely because of its new document imaging system.
2.2 By contrast, the waste collection service was judged poor, and the
inspectors noted that it had no system for recording missed bins.
2.3 This strategy sets out how ICT will help every service to reach
the standard of the best.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-inspection-scope',
    why: "kind 8 no judgement: the inspection's terms of reference list the two questions and all scale words but no finding",
    pages: [
`Audit Commission Best Value Inspection Service
Inspection of ICT Services – Dunstable Heath District Council
Scope of the inspection – issued 4 December 2002

The inspection will answer two questions:
- How good is the service? (poor, fair, good or excellent; 0 to 3 stars)
- What are the prospects for improvement? (poor, uncertain, promising
  or excellent)

Fieldwork: 20–24 January 2003
Lead inspector: R. Castellano
Reality checks: help desk, schools support, web site, contact centre`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-scoring-guidance-example',
    why: "kind 8 no judgement: guidance explaining how the chart works, with a hypothetical example ('a service judged good with uncertain prospects would be placed...')",
    pages: [
`Understanding your inspection report – a guide for councillors

How the scoring chart works
Each report contains a chart with two axes. One shows how good the
service is, from poor (no stars) to excellent (three stars). The other
shows its prospects for improvement, from poor to excellent.

For example, a service judged good with uncertain prospects would be
placed in the second row from the top and the second column from the
left. A mark in the top right-hand corner would mean an excellent
service with excellent prospects – a result that very few services
achieve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-user-survey',
    why: "kind 8 no judgement: a user satisfaction survey table with columns Excellent / Good / Fair / Poor and percentages",
    pages: [
`Eastmoor Borough Council – ICT User Survey 2003 – Results

Q4. How would you rate the following?
\tExcellent\tGood\tFair\tPoor
Help desk\t22%\t41%\t25%\t12%
Network reliability\t9%\t38%\t33%\t20%
Training\t5%\t27%\t40%\t28%

Base: 612 respondents. Figures may not add to 100 because of rounding.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-scrutiny-report-awaited',
    why: "kind 8 no judgement: minutes where the inspection report has not yet arrived; members speculate ('hoped it would be rated good') and an officer is 'optimistic'",
    pages: [
`FENMOOR DISTRICT COUNCIL
Corporate Scrutiny Committee – 10 September 2002

56. ICT INSPECTION
The Chief Executive reported that the Audit Commission's report on the
ICT service had not yet been received; publication was now expected in
October. Cllr Hughes said he hoped it would be rated good. The Head of
ICT said she was optimistic but that it would be wrong to anticipate
the inspectors' findings.
RESOLVED: that the report be considered at the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-job-advert',
    why: "kind 8 no judgement: a recruitment advert for a head of ICT full of 'excellent' aspirations",
    pages: [
`GARSTON BOROUGH COUNCIL
HEAD OF ICT
£48,000 – £52,000

Do you want to lead an ICT service on its way to excellence?
Garston is an ambitious council with excellent prospects. We need an
outstanding leader to take our ICT service from good to excellent and
to deliver our e-government programme.

Closing date: 30 April 2004. Interviews: week beginning 17 May.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-internal-audit-report',
    why: "kind 8 no judgement: an internal audit report on IT controls with its own opinion scale ('limited assurance') and 'poor' control findings; not an inspection judgement",
    pages: [
`Hollowell District Council – Internal Audit
Audit of IT General Controls 2002/03 – Final report

Overall opinion: LIMITED ASSURANCE

Key findings
1. Password controls are poor: 40 per cent of accounts have never had
their password changed.
2. Back-up tapes are stored in the same room as the servers.
3. Change control is good for the finance system but absent elsewhere.

Management response: agreed; actions to be completed by March 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-fieldwork-feedback-letter',
    why: "kind 8 no judgement: the lead inspector's letter after fieldwork says scores will not be given until moderation is complete",
    pages: [
`Audit Commission
Best Value Inspection Service

Mr P. Radley
Chief Executive
Ivelton Borough Council

28 June 2001

Dear Mr Radley

Inspection of IT Services

Thank you for the help your staff gave us during last week's visit. As
we explained at the feedback meeting, we will not give you our scores
until our internal moderation is complete. We expect to send you the
draft report, with the proposed scores, by the end of July.

Yours sincerely

A. Mensah
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's50-none-performance-plan-indicators',
    why: "kind 8 no judgement: a Best Value performance plan extract with indicator tables, quartile labels ('good', 'poor') and targets",
    pages: [
`Jessingham Borough Council – Best Value Performance Plan 2003/04

Section 5: Corporate and ICT indicators

Indicator\t2001/02\t2002/03\tTarget 2003/04\tQuartile
BV157 Types of interaction enabled for electronic delivery (%)\t34\t52\t75\tGood (2nd)
Help desk calls resolved at first contact (%)\t61\t66\t75\tPoor (4th)
Network availability (%)\t98.1\t99.2\t99.5\tGood (2nd)

Commentary: performance on electronic delivery remains fair; we aim to
be among the best councils by 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
