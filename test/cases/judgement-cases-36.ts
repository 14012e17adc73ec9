/** Held-out judgement set 36, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases36: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's36-grid-asterisk-spaces-fair-promising',
    why: 'kind 1: grid laid out with runs of spaces, grades down the side, era-B prospects across; the asterisk sits in the Fair row under Promising; no verdict in words anywhere',
    pages: [
      `Ashcombe Borough Council

Information and Communications Technology

Best Value Inspection

Audit Commission
Best Value Inspection Service
February 2003`,
      `Summary

Ashcombe's ICT unit supports around 1,600 users on 22 sites, runs the council's network
and data centre, and looks after the web site. This inspection covered all of those
functions.

Scoring chart

How good is the service?

   Excellent
   Good
   Fair                                            *
   Poor
                 Poor          Uncertain      Promising      Excellent
                 prospects     prospects      prospects      prospects
                           Will the service improve?

The help desk is well run and most users are satisfied with it, but projects are often
late, asset records are incomplete and the council has only just begun to compare its
costs with other authorities. The improvement plan is realistic, has clear targets and
has been agreed by the cabinet.

Ashcombe Borough Council – ICT inspection                                          3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's36-grid-tab-tick-transposed-fair-unlikely',
    why: 'kind 1: tab-separated grid with the axes swapped (era-A prospects as rows, grades as columns), empty cells as empty tab fields; the tick is in the Unlikely row, Fair column',
    pages: [
      `Bryngarth County Borough Council
Information Technology Services
Best Value inspection report
May 2001
Audit Commission Best Value Inspection Service – Wales`,
      `Summary

Our judgement is summarised in the chart below. The horizontal axis shows how good the
service is now; the vertical axis shows whether it will improve.

\tpoor\tfair\tgood\texcellent
will improve\t\t\t\t
will probably improve\t\t\t\t
unlikely to improve\t\t✓\t\t
will not improve\t\t\t\t

Why we reached this view
Day-to-day support is dependable and most faults are cleared within a working day. But the
review was narrow, the improvement plan has neither costs nor milestones, and no money has
been set aside for the network replacement the council itself calls urgent.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's36-grid-one-cell-per-line-good-excellent',
    why: 'kind 1: extraction put each grid cell on its own line; column labels first, then each grade label followed by four cells; the filled square is the fourth cell of the Good row (excellent prospects)',
    pages: [
      `Ravensholt Metropolitan Borough Council
ICT Services
Inspection report – September 2004
Audit Commission`,
      `Scoring chart
How good is the service? (rows) What are the prospects for improvement? (columns)
Poor prospects
Uncertain prospects
Promising prospects
Excellent prospects
Excellent
□
□
□
□
Good
□
□
□
■
Fair
□
□
□
□
Poor
□
□
□
□
The shaded cell shows the inspectors’ judgement.
Ravensholt MBC – ICT Services                                   page 2`,
      `Summary
Users across the council rely on a service that is stable, quick to respond and well
regarded; costs are close to the average for similar councils. The service has a long
record of delivering what it plans, its managers have the full backing of the executive,
and the next three years of investment are already in the capital programme.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's36-grid-x-star-labels-poor-will-not',
    why: 'kind 1: grade axis labels carry star symbols (3,2,1,0) that are not the mark; the X is in the Poor row under "No" in an era-A grid whose columns read No / Unlikely / Probably / Yes',
    pages: [
      `Thornleigh District Council

Computer Services

Best Value Inspection Service
Audit Commission
January 2001`,
      `Scoring chart

                              Will the service improve?
                         No        Unlikely     Probably     Yes
   Excellent  ★★★
   Good       ★★
   Fair       ★
   Poor                  X
   How good is the service?

Key findings
• Users wait on average nine working days for a PC fault to be fixed.
• There is no IT strategy and no agreed list of priorities.
• The Best Value review looked only at the cost of the help desk and did not consider any
  other way of providing the service; the resulting action plan has no owner.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's36-grid-bullet-reversed-axes-excellent-promising',
    why: 'kind 1: both axes run in reverse (Poor at top of grades, Excellent prospects first across the top); the bullet is in the Excellent row under Promising prospects',
    pages: [
      `Whitcombe County Council
Information Services
A Best Value inspection
June 2004
Audit Commission Inspection Service`,
      `Scoring chart: how good is the service (down the side) against prospects for
improvement (across the top)

                 Excellent      Promising      Uncertain      Poor
                 prospects      prospects      prospects      prospects
 Poor
 Fair
 Good
 Excellent                          •

The service is one of the strongest we have inspected: users are highly satisfied,
costs are low and the council leads its region in on-line services. Some risks remain to
the next stage of its plans – in particular a heavy reliance on two key staff and a
partnership contract that has still to be signed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's36-grid-bracket-x-prospects-rows-poor-uncertain',
    why: 'kind 1: every cell printed as [ ] with one [x]; prospects down the side (Excellent at top), grades across; the [x] is Poor grade / Uncertain prospects; body text has "poor morale" and "excellent working relationships" as ordinary words',
    pages: [
      `Marlow Heath Borough Council
Information Technology
Inspection report
December 2002
Audit Commission`,
      `Scoring chart
Across: how good is the service?   Down: what are the prospects for improvement?

                          Poor    Fair    Good    Excellent
Excellent prospects       [ ]     [ ]     [ ]     [ ]
Promising prospects       [ ]     [ ]     [ ]     [ ]
Uncertain prospects       [x]     [ ]     [ ]     [ ]
Poor prospects            [ ]     [ ]     [ ]     [ ]

The IT team has excellent working relationships with the finance department, but
elsewhere poor morale, high staff turnover and a failing network mean that users receive
a weak service. A new head of IT has started to make changes, but the improvement plan
is not yet funded.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's36-grid-star-mark-star-count-axis-good-will',
    why: 'kind 1: era-A grid with prospects as rows (Will improve at top) and grades across labelled "0 stars … 3 stars"; the single ★ mark sits in the Will improve row under 2 stars / Good',
    pages: [
      `Castlebury City Council
IT Services
Best Value Inspection Service
August 2001`,
      `Castlebury City Council – IT Services                                   4

Scoring chart

Will the service improve?
 Will improve                                    ★
 Will probably improve
 Unlikely to improve
 Will not improve
                         0 stars     1 star      2 stars     3 stars
                         Poor        Fair        Good        Excellent
                                How good is the service?

The chart above records our judgement. The sections that follow explain the evidence:
the strengths of the service, the weaknesses we found, and why we reached our view of
the council's plans.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 2: table cells with stars / sentences and a reasons column
  {
    name: 's36-table-good-2-stars-of-3-promising',
    why: 'kind 2: judgement cells read "Good: 2 stars of 3" and "Promising – the plan is costed…"; the reasons column uses poor, fair, excellent and uncertain as ordinary words',
    pages: [
      `Kelbrook Borough Council
ICT Services
Inspection report
March 2003
Audit Commission – Best Value Inspection Service`,
      `Summary of our judgements

Question                   Judgement                          Reasons
How good is the            Good: 2 stars of 3                 A reliable network and a fast,
service?                                                      friendly help desk; but poor take-up
                                                              of the on-line forms and only fair
                                                              satisfaction among planning staff.
What are the               Promising – the plan is costed,    Excellent working relationships
prospects for              owned by members and already       with departments; funding after
improvement?               being delivered                    2004 is still uncertain.

Recommendations
To improve further the council should publish service standards for the help desk and
report against them every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's36-table-poor-no-stars-no-will-not-improve',
    why: 'kind 2: era-A table; cells say "Poor (no stars)" and "No, it will not improve" (split over two lines); reasons mention "good will" and "an excellent chance"',
    pages: [
      `Thornbury Vale District Council
Information Technology Support
Best Value Inspection
February 2001`,
      `Judgements

How good is the service?        Poor (no stars)          Repairs take too long and the network
                                                         fails often; the good will of the staff
                                                         cannot make up for this.
Will the service improve?       No, it will not          The review accepted the service as it
                                improve                  is; an excellent chance to rethink it
                                                         was missed and the action plan has no
                                                         targets.

Thornbury Vale DC – IT Support                                        2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's36-table-cells-per-line-three-stars-excellent',
    why: 'kind 2: table extracted one cell per line; score cells "★★★ Excellent" and "Excellent — a strong track record…"; the reasons cells talk of a poor intranet search, fair response times and an uncertain contract',
    pages: [
      `Greyhaven Borough Council
Information and Communication Technology
Inspection report
January 2005
Audit Commission`,
      `Table 1 – Summary of judgements
Judgement
Score
Reasons
How good is the service?
★★★ Excellent
Users rate the service highly; costs are in the lowest quarter; the few
weaknesses (a poor intranet search, fair rather than good response to
out-of-hours calls) are minor.
Prospects for improvement
Excellent — a strong track record of delivering its plans
Members and officers are committed to the plan; the uncertain future of
one partner contract is being well managed.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's36-table-tabs-good-two-stars-probably',
    why: 'kind 2: era-A table with tab-separated cells; "Good (two stars)" and "Probably – the plan is sound but…"; the reasons column uses poor and excellent about other things',
    pages: [
      `Wyvern Hills District Council
IT Services – Best Value inspection
July 2001
Audit Commission Best Value Inspection Service`,
      `Our judgements

Question\tJudgement\tWhy
How good is the service?\tGood (two stars)\tStrong project management and dependable systems; the poor cabling in the old council offices is the main weakness.
Will the service improve?\tProbably – the plan is sound but depends on filling two analyst posts\tAn excellent review team and committed members, but recruitment has been difficult.

The rest of this report sets out the evidence behind these judgements.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's36-table-sentence-cells-fair-uncertain',
    why: 'kind 2: judgement cells are whole sentences ("The service is fair. …", "Uncertain. The plan is ambitious…"); the evidence column says good, poor, excellent and Promising about other matters',
    pages: [
      `South Arden District Council
ICT
Best Value inspection report
November 2002
Audit Commission`,
      `Table 1: Summary

Aspect                Our judgement                            Main evidence
Quality of            The service is fair. It meets most       Good help desk times; poor asset
service               of its standards but costs more than     records; excellent web statistics
                      most comparable councils.                not yet matched by real usage.
Prospects for         Uncertain. The plan is ambitious, but    Promising new partnership with the
improvement           the council has yet to show that it      county council, but no agreed
                      can deliver change on this scale.        funding.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's36-table-zero-stars-poor-prospects-poor',
    why: 'kind 2: three-column table "Judgement | Rating | Commentary"; rating cells "0 stars – poor" and "Poor – no agreed plan"; commentary mentions good staff and a fair network',
    pages: [
      `Eastwold Borough Council
Information Technology Services
Inspection report
April 2003`,
      `Judgement                    Rating                       Commentary
How good is the service?     0 stars – poor               Some good individual staff and a
                                                          fair network, but systems are
                                                          unreliable and users are dissatisfied.
Prospects for improvement    Poor – no agreed plan,       Past promises of excellent service
                             no funding, no leadership    have not been kept.

Eastwold Borough Council – IT Services – Audit Commission                     3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- kind 3: prospects paraphrased, no scale word
  {
    name: 's36-paraphrase-on-balance-get-better-fair-probably',
    why: 'kind 3: era A; "On balance, we expect the service to get better" means will probably improve, with no scale word; grade stated plainly as fair',
    pages: [
      `Hartmoor City Council
Information Technology
Best Value inspection – June 2001
Audit Commission`,
      `Summary

How good is the service?
We consider this to be a fair, one-star service. The network is reliable and users value
the help desk, but development work is slow and the council knows little about how its
costs compare with others.

Will the service improve?
On balance, we expect the service to get better over the next two years. The review
picked out the right issues, the action plan is realistic and members are taking a closer
interest; the main risk is the small size of the project team.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's36-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "We doubt that the council has the capacity to deliver its improvement plan" = unlikely to improve, no scale word',
    pages: [
      `Lowther Dale District Council
IT Services
Best Value Inspection Service
March 2001`,
      `Summary

In our view this is a poor service. Users in three of the five departments told us that
they had stopped reporting faults because nothing happened.

Will the service improve?
We doubt that the council has the capacity to deliver its improvement plan. The plan
relies on two new posts for which there is no budget, the IT manager leaves in the
summer, and two earlier plans of this kind were dropped within months.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's36-paraphrase-no-sign-of-change-poor-will-not',
    why: 'kind 3: era A; "there is no sign that anything will change" = will not improve; the sentence before has a negation about staff commitment that is not the verdict',
    pages: [
      `Saltmarsh Borough Council
Information Technology
Best Value inspection report
December 2000`,
      `Summary

We found the service to be poor.

Will the service improve?
It is not that staff lack commitment – many work long hours to keep old systems running.
But there is no sign that anything will change. The review recommended keeping the service
as it is, the action plan contains no targets or dates, and nobody has been made
responsible for delivering it.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's36-paraphrase-confident-delivered-good-will',
    why: 'kind 3: era A (August 2001); "We are confident that the improvement plan will be delivered in full" = will improve, no scale word',
    pages: [
      `Fellgate Borough Council
IT Services
Best Value inspection
August 2001
Audit Commission Best Value Inspection Service`,
      `Summary

This is a good service. Staff and members speak highly of it, systems are rarely down,
and the council's web site already lets residents pay bills and report problems.

Will the service improve?
We are confident that the improvement plan will be delivered in full and on time. It is
costed, it is owned by the executive, and three of its first four actions have already
been completed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's36-paraphrase-every-confidence-good-excellent',
    why: 'kind 3: era B; "We have every confidence that the council will carry its plans through" = excellent prospects, with no scale word',
    pages: [
      `Ravensworth Metropolitan Borough Council
ICT Services
Inspection report
October 2003
Audit Commission`,
      `Summary

Ravensworth provides a good, two-star ICT service.

Looking ahead, we have every confidence that the council will carry its plans through.
It has a strong record of finishing what it starts, the improvement plan is fully
costed and monitored by the executive each month, and several of the changes it
promises are already under way.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's36-paraphrase-more-likely-than-not-fair-promising',
    why: 'kind 3: era B; "we think it more likely than not that the council will make the progress it has promised" = promising prospects, no scale word',
    pages: [
      `Dunmere District Council
Information and Communications Technology
Best Value inspection
May 2002`,
      `Summary

We judge the ICT service to be fair. It does the basics reasonably well but has been
slow to support the council's wider plans.

Weighing the strengths against the risks, we think it more likely than not that the
council will make the progress it has promised. The improvement plan is clear and has
support from members, although the council has not yet shown that it can sustain change
over several years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's36-paraphrase-real-doubts-turn-round-poor-uncertain',
    why: 'kind 3: era B; "We have real doubts about whether the council can turn the service round", with some right steps taken = uncertain prospects, no scale word',
    pages: [
      `Eastholme Borough Council
IT Services
Inspection report – July 2003
Audit Commission`,
      `Summary

Eastholme provides a poor IT service.

We have real doubts about whether the council can turn the service round. Some of the
right steps have been taken – a new head of service, a review of the help desk and a
draft strategy – but the plan has no funding beyond this year and the council has a
history of starting initiatives and not finishing them.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's36-paraphrase-nothing-suggests-better-poor-poor',
    why: 'kind 3: era B; "We can see nothing to suggest that the service is going to get better" = poor prospects, no scale word; a double negative about staff precedes it',
    pages: [
      `Norbridge City Council
Information Technology
Best Value inspection report
February 2004`,
      `Summary

In our judgement the service is poor: no star.

This is not to say that IT staff do not care about their users; many clearly do. But we
can see nothing to suggest that the service is going to get better. There is no agreed
improvement plan, the post of head of IT has been vacant for a year, and members have
not discussed the service since the review was completed.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's36-quoted-self-assessment-good-then-fair-uncertain',
    why: 'kind 4: the council self-assessment rated the service good with excellent prospects; "Our evidence tells a different story" – inspectors judge fair and uncertain',
    pages: [
      `Harlington District Council
ICT Services
Inspection report
March 2002
Audit Commission`,
      `Summary

In its self-assessment, prepared for this inspection, the council rated its ICT service
as good, with excellent prospects for improvement. Our evidence tells a different story.

We judge the service to be fair. Response times have improved but many users remain
dissatisfied, and the council cannot show that its costs are reasonable.

Its prospects for improvement are uncertain: the improvement plan is thin, and key
posts have been vacant for most of the year.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's36-quoted-director-will-certainly-improve-fair-unlikely',
    why: 'kind 4: era A; the Director of IT is quoted saying the service "will certainly improve within the year"; the inspectors do not share the view and say unlikely to improve',
    pages: [
      `Pendle Cross Borough Council
Information Technology
Best Value Inspection Service
April 2001`,
      `Summary

The Director of IT expects rapid progress once the new structure is in place, and told us
that the service "will certainly improve within the year".

We do not share this view. In our judgement this is a fair service that is unlikely to
improve. The new structure has not been agreed with staff, the plan is not costed, and
the council has no way of knowing whether the changes are working.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's36-quoted-neighbour-excellent-good-promising',
    why: 'kind 4: a neighbouring council is quoted as rated excellent with excellent prospects; this council\'s own inspection verdict is good and promising',
    pages: [
      `Kestrel Vale Borough Council
ICT Services
Inspection report – June 2003
Audit Commission Inspection Service`,
      `Summary

The council often compares itself with neighbouring Wenbury, whose ICT service was judged
excellent, with excellent prospects, by the Commission last year. Kestrel Vale is not
at that level yet.

Our judgement is that Kestrel Vale provides a good service with promising prospects for
improvement. Users are well served and costs are under control; the improvement plan is
sound, although some of its targets are not yet matched by resources.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's36-quoted-earlier-inspection-poor-now-fair-promising',
    why: 'kind 4: an earlier Commission inspection (2001, era-A words) judged the service poor and said it would not improve; this re-inspection (2003) finds fair with promising prospects',
    pages: [
      `Cradley Moor Borough Council
Information Technology
Re-inspection report
November 2003
Audit Commission`,
      `Summary

When the Commission first inspected this service in March 2001, it judged it to be poor
and said that it would not improve. Since then the council has replaced its network,
appointed a new head of IT and agreed a strategy with departments.

We now judge the service to be a fair, one-star service. It has promising prospects for
improvement: the council has delivered most of what it promised after the first
inspection and its new plan is well founded.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's36-quoted-council-review-modest-good-probably',
    why: 'kind 4: era A; the council\'s own review called the service "at best fair" and "unlikely to improve without extra resources"; "However, the inspectors found…" good, will probably improve',
    pages: [
      `Oakhanger District Council
IT Services
Best Value inspection report
July 2001`,
      `Summary

The council's Best Value review concluded that the service was "at best fair" and
"unlikely to improve without extra resources".

However, the inspectors found a service that users value and that compares well with
similar councils on both cost and reliability. We judge this to be a good service that
will probably improve, provided the council follows through its plan to merge the two
help desks.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's36-quoted-manager-transformed-fair-poor',
    why: 'kind 4: era B; the head of ICT expects the service to be "transformed" and the council to be excellent within a year; the inspectors find no basis for it and say fair with poor prospects',
    pages: [
      `Medway Downs District Council
ICT
Inspection report
September 2002
Audit Commission`,
      `Summary

The head of ICT told us that he expects the service to be "transformed" within a year
and the council to be recognised as an excellent authority for e-government.

We found no basis for such confidence. The service is fair: it keeps the council's
systems running, but little more. Its prospects for improvement are poor, because there
is no agreed plan, no budget for change and little interest from senior managers.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's36-quoted-benefits-good-it-excellent-will',
    why: 'kind 4: era A; the benefits service (inspected last year) was judged good and will probably improve, and the council\'s review called IT good; the inspectors judge IT excellent and say it will improve',
    pages: [
      `Wellbridge City Council
Information Technology Services
Best Value Inspection Service
March 2001`,
      `Summary

The council's benefits service, inspected last year, was judged good and will probably
improve. The council's own review described the IT service in the same terms.

Our evidence suggests the council has undersold itself. We judge the IT service to be
excellent, and it will improve: the council has a clear and costed plan, a strong team
and a record of delivering change.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's36-long-dash-aside-good-promising',
    why: 'kind 5: era B; a dash-enclosed list of the service\'s duties puts "good" about fifty words after "The ICT service"; prospects follow after a long list of reasons, with a line-end hyphen',
    pages: [
      `Beckford Borough Council
ICT Services
Inspection report – August 2002
Audit Commission`,
      `Summary

The ICT service – which runs the council's wide-area network, looks after some 1,900 PCs
in 40 buildings, supports the revenues, payroll and social care systems, operates the help
desk and, since April, maintains the web site on behalf of the chief executive's depart-
ment – is, taking account of all the evidence we gathered on site, from users and from the
council's own performance data, a good service.

Its prospects for improvement, given an improvement plan that is costed and agreed by
members, a record of delivering projects on time and a new head of service who has
already (as the staff survey shows) won the confidence of the team, are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's36-long-brackets-page-break-fair-probably',
    why: 'kind 5: era A; bracketed asides and a list separate subject and verdict; "will / probably improve" is split across a page break with a running header and page number',
    pages: [
      `Redhill District Council
IT Services
Best Value inspection
April 2001
Audit Commission Best Value Inspection Service`,
      `Summary

Redhill's IT service (a team of 14, supporting around 600 users in the main offices,
the depots and the leisure centres, together with the council's finance, housing and
planning systems) is, in the inspectors' view, a fair service: it is reliable, but slow
to deliver new work and expensive compared with similar councils.

The service, which the review has given a clear set of priorities (better project
management, a single help desk, and a first attempt at comparing costs), will`,
      `Redhill District Council – IT Services                                     7

probably improve, although progress depends on members agreeing the budget for the new
help desk system.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's36-long-relative-clauses-excellent-excellent',
    why: 'kind 5: era B; grade "excellent" comes at the end of a sentence packed with relative clauses and a quoted council aim; prospects sentence also long',
    pages: [
      `Allerdale Vale County Council
Information and Communications Technology
Inspection report
October 2004`,
      `Summary

The county's ICT service, which employs 120 staff, which supports schools, libraries and
social care teams across a large rural area, and which the council set out three years
ago to make "a service our residents and staff can be proud of", is by any of the
measures we used – cost, reliability, user satisfaction and the range of services
residents can use on-line – excellent.

Because the council has a long record of delivering its plans, because members and the
chief executive drive the ICT programme personally, and because the next stage is fully
funded, we consider that the prospects for further improvement are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's36-long-hyphenated-line-ends-poor-will-not',
    why: 'kind 5: era A; verdict words fall after long asides and are hyphenated across line ends ("ser-/vice", "im-/prove")',
    pages: [
      `Gorsey Bank Borough Council
Information Technology
Best Value inspection report
November 2000`,
      `Summary

The council's information technology unit, responsible for the mainframe, the network,
some 450 desktop machines and the payroll, rates and housing rent systems (though not,
since last year, for the library catalogue, which the county now runs), provides, in our
judgement and on all the evidence we have seen, a poor ser-
vice. Nor, in the absence of any plan for change, any money to pay for it, or any
member or senior officer willing to take responsibility for it, do we think it will im-
prove: the service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's36-long-aside-corporate-aim-fair-poor',
    why: 'kind 5: era B; the prospects sentence quotes the corporate aim "to become an excellent authority by 2005" inside a long dash aside before the verdict "are poor"',
    pages: [
      `Holmebrook District Council
ICT Services
Inspection report
January 2003
Audit Commission`,
      `Summary

We judge the service to be fair.

Its prospects – and here we have taken into account the council's ambition, repeated in
its corporate plan, to become an excellent authority by 2005, the fact that the
improvement plan has still not been approved eight months after the review ended, and
the departure of three of the five senior IT managers since the spring – are poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's36-long-semicolon-list-excellent-will',
    why: 'kind 5: era A; a semicolon list of strengths separates "this service" from "is excellent"; the will-improve verdict comes at the end of a second long sentence',
    pages: [
      `Stoneleigh Borough Council
IT Services
Best Value Inspection Service
June 2001`,
      `Summary

We looked at the help desk; the network and the data centre; the development team,
which has delivered eleven projects in two years, all on time; the council's web site,
which already lets residents pay, book and apply on-line; and the arrangements for
training staff – and on that evidence this service, in our judgement, is excellent.

The review challenged the service hard, the improvement plan is precise and costed, and
the council has shown again and again that it does what it says it will do; the service
will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's36-commission-press-release-poor-poor',
    why: 'kind 6: an Audit Commission news release in its own voice reporting its verdict on this service (poor, poor prospects); it also mentions another service rated good, which is not the verdict',
    pages: [
      `AUDIT COMMISSION
NEWS RELEASE
Embargoed until 00.01, 14 May 2003

'Poor' ICT service at Ferndale, say inspectors

Ferndale Borough Council's information and communications technology service is poor
and has poor prospects for improvement, according to a report published today by the
Audit Commission.

Inspectors found that users wait weeks for faults to be fixed, that the council has no
ICT strategy, and that plans drawn up after the Best Value review have not been
resourced.

The council's housing benefit service was rated 'good' by the Commission in 2002.

Notes to editors
1. The Audit Commission's inspection reports give a star rating from no stars (poor) to
three stars (excellent) and a judgement of prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's36-committee-paper-reports-own-it-score-good-probably',
    why: 'kind 6: a council committee report on the outcome of the Commission\'s inspection of this IT service (era A words) relays the inspectors\' verdict, good and will probably improve; the council\'s "excellent by 2003" target is an aim',
    pages: [
      `BRIDGWATER VALE DISTRICT COUNCIL
POLICY AND RESOURCES COMMITTEE – 19 JULY 2001
REPORT OF THE HEAD OF INFORMATION TECHNOLOGY

BEST VALUE INSPECTION OF IT SERVICES – OUTCOME

1. Purpose
1.1 To inform members of the outcome of the Audit Commission's inspection of the IT
service, carried out in April 2001, and to seek approval of the response.

2. The inspection report
2.1 The report was published on 2 July. The Commission's inspectors judged the IT
service to be 'good' (two stars) and concluded that it 'will probably improve'.
2.2 Inspectors praised the help desk and the project team, and recommended that the
council do more to compare its costs with other authorities.

3. Next steps
3.1 The council's target remains to achieve 'excellent' status for the service by 2003.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's36-cabinet-paper-other-service-score-null',
    why: 'kind 6: a cabinet paper preparing for an ICT inspection that has not yet happened; it quotes the revenues service\'s earlier score (fair, promising) – no judgement of the ICT service',
    pages: [
      `Lynford Borough Council
Report to Cabinet – 9 October 2002
Preparation for the Best Value inspection of ICT

1. Summary
The Audit Commission will inspect the ICT service in November, following the Best Value
review completed in the summer.

2. Background
2.1 The revenues service was inspected in June 2002 and judged 'fair' with 'promising'
prospects for improvement. Lessons from that inspection have been shared with the ICT
review team.
2.2 Officers are preparing a self-assessment and a pack of evidence for the inspectors.

3. Recommendation
That Cabinet notes the arrangements for the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-scrutiny-minutes-awaiting-feedback-null',
    why: 'kind 6: minutes of a scrutiny meeting held while the IT inspection is in progress; a member asks whether it will be rated excellent, the officer declines to predict – no judgement',
    pages: [
      `MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE
held on 21 February 2001

Present: Councillor Hale (Chair), Councillors Amos, Brett, Dunn and Varley

14. BEST VALUE INSPECTION OF IT SERVICES
The Head of IT reported that the Audit Commission inspectors had completed their site
visit last week and that the draft report was expected in March.
Councillor Brett asked whether the service was likely to be rated excellent. The Head of
IT replied that it would not be right to anticipate the inspectors' findings, though
the feedback session had been constructive and staff morale was good.
RESOLVED: that the report be noted and the inspection report be brought to the next
meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-council-press-release-two-stars-good-promising',
    why: 'kind 6: the council\'s own press release relays the Commission\'s rating of its ICT service (good, two stars, promising prospects); the leader\'s claim to be on the way to "excellent" is not a verdict',
    pages: [
      `PRESS RELEASE
Thurlow Borough Council
For immediate release – 4 December 2003

Council welcomes two-star rating for ICT

The Audit Commission has rated Thurlow Borough Council's ICT service as 'good', awarding
it two stars out of a possible three, and has said that the service has 'promising'
prospects for improvement.

Council Leader Cllr Margaret Ince said: "This is great news for residents. We are well on
our way to being an excellent council, and ICT is at the heart of that."

The inspectors praised the council's web site and its work with local businesses.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's36-national-briefing-many-councils-null',
    why: 'kind 6: a national briefing summarising many IT inspections (percentages poor/fair, probably/definitely improve) – about inspections in general, no judgement of any one service',
    pages: [
      `Audit Commission
Briefing: Best Value inspections of IT services – early findings
August 2001

By the end of June, the Commission had published 58 inspection reports on council IT
services. Almost three-quarters of these services were judged poor or fair, and only
one was judged excellent. Inspectors thought that around two-thirds would probably or
definitely improve.

Common weaknesses included IT strategies that bear little relation to the council's
priorities, poor communication between IT staff and service departments, and limited
user training.`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ---------------------------------------------------------------- kind 7: plain statements, varied forms
  {
    name: 's36-plain-headings-poor-will-not',
    why: 'kind 7: era A; question headings answered plainly – "The service is poor." / "No. The service will not improve"',
    pages: [
      `Harwood Moor District Council
Information Technology Services
Best Value inspection report
October 2000
Audit Commission`,
      `How good is the service?
The service is poor. Systems are unreliable, there is no IT strategy and users have
little confidence in the IT section.

Will the service improve?
No. The service will not improve: the review proposed no real change and the council
has not set aside any resources for the action plan.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's36-plain-we-judge-fair-unlikely',
    why: 'kind 7: era A; active "We judge" for both verdicts',
    pages: [
      `Aldbury Borough Council
IT Services – Best Value inspection
February 2001`,
      `Summary

We judge the IT service to be fair. It meets most of its standards for help desk calls
but is slow to deliver new systems.

We judge that the service is unlikely to improve. The improvement plan lists worthy
intentions but no targets, and there is no agreement about who will pay for it.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's36-plain-our-judgement-good-will',
    why: 'kind 7: era A; "Our judgement is that this is a good service which will improve"',
    pages: [
      `Tenbury Wells District Council
Information Technology
Best Value inspection
June 2001
Audit Commission Best Value Inspection Service`,
      `Summary

Our judgement is that this is a good service which will improve.

The IT team is small but effective; users are positive about it; and the improvement
plan, which members have approved and funded, addresses the weaknesses we found.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's36-plain-passive-excellent-will',
    why: 'kind 7: era A; passive "has been assessed as excellent (three stars)" and "it will improve"',
    pages: [
      `Cheltmere Borough Council
IT Services
Best Value inspection report – August 2001`,
      `Summary

The service has been assessed by the inspectors as excellent (three stars). It is
efficient, well managed and highly regarded by users and members alike.

The service will improve. The council has a clear plan, funded for three years, and a
strong track record.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's36-plain-inspection-team-fair-probably',
    why: 'kind 7: era A; "The inspection team considers… fair" and "believes it will probably improve"',
    pages: [
      `Linton Marsh District Council
Information Technology
Best Value Inspection Service
January 2001`,
      `Summary

The inspection team considers the IT service to be fair. Support for users is adequate,
but the council has no clear view of what it wants from technology.

The team believes the service will probably improve. The review produced a sensible plan
and the new IT steering group is beginning to set priorities.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's36-plain-short-sentences-poor-unlikely',
    why: 'kind 7: era A; two short declaratives, "This is a poor service. It is unlikely to improve."',
    pages: [
      `Barrowfield Borough Council
Computer Services
Best Value inspection
March 2001`,
      `Summary

This is a poor service. It is unlikely to improve.

Faults take too long to fix, projects overrun, and the council has not compared the
service with anyone else's. The action plan does not tackle these problems.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's36-plain-commission-concluded-good-probably',
    why: 'kind 7: era A; "The Commission has concluded that… provides a good service that will probably improve"',
    pages: [
      `Westerham Vale District Council
IT Services
Best Value inspection report
May 2001`,
      `Summary

The Commission has concluded that Westerham Vale District Council provides a good IT
service that will probably improve.

Users are well supported, the network is reliable and costs are reasonable. The
improvement plan is sound, but some actions depend on a restructuring that has yet to be
agreed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's36-plain-inspectors-judged-poor-poor',
    why: 'kind 7: era B; "Inspectors have judged the service poor, and its prospects for improvement are poor"',
    pages: [
      `Coldharbour District Council
ICT Services
Inspection report
January 2002
Audit Commission`,
      `Summary

Inspectors have judged the ICT service poor, and its prospects for improvement are poor.

The council has no ICT strategy, the help desk misses most of its targets, and the
improvement plan has neither funding nor an owner.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's36-plain-one-star-uncertain-nov-2001',
    why: 'kind 7: era B (November 2001, just after the change of vocabulary); "a fair, one-star service with uncertain prospects for improvement"',
    pages: [
      `Sherwood Edge District Council
Information Technology
Inspection report
November 2001
Audit Commission`,
      `Summary

Sherwood Edge provides a fair, one-star service with uncertain prospects for
improvement.

The service has improved its help desk, but projects remain poorly managed and the
council's plan for change depends on funding that has not been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's36-plain-in-our-view-good-promising',
    why: 'kind 7: era B; "In our view the service is good, and its prospects are promising"',
    pages: [
      `Ambridge Downs Borough Council
ICT Services
Inspection report – June 2002`,
      `Summary

In our view the service is good, and its prospects are promising.

The ICT unit delivers a reliable service that users value. The council has an agreed
strategy and a realistic plan, and it has begun to compare its costs with others.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's36-plain-our-judgement-excellent-excellent',
    why: 'kind 7: era B; "Our judgement is that the service is excellent and has excellent prospects for improvement"',
    pages: [
      `Trentside City Council
Information and Communications Technology
Inspection report
March 2004
Audit Commission`,
      `Summary

Our judgement is that the service is excellent and has excellent prospects for
improvement.

Trentside's ICT service is efficient, innovative and highly regarded; the council has
an ambitious, funded programme and a proven ability to deliver it.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's36-plain-question-answer-fair-promising',
    why: 'kind 7: era B; terse question headings answered by a single word each',
    pages: [
      `Elmstead District Council
ICT
Inspection report
September 2003`,
      `Summary of judgements

How good is the service?
Fair.

What are the prospects for improvement?
Promising.

Why
The basics are delivered reliably but the service has done little to support new ways
of working. The improvement plan is well founded and has been agreed by the executive.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's36-plain-good-but-uncertain',
    why: 'kind 7: era B; contrastive single sentence "good but its prospects … are uncertain"',
    pages: [
      `Penwortham Vale Borough Council
ICT Services
Inspection report
February 2003
Audit Commission`,
      `Summary

The ICT service is good but its prospects for improvement are uncertain.

Users are well served today, but the council has not agreed how the service should
develop, and the contract with its main supplier ends next year with no plan for what
replaces it.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's36-plain-we-have-judged-poor-uncertain',
    why: 'kind 7: era B; "We have judged this to be a poor service that has uncertain prospects for improvement"',
    pages: [
      `Rushmere Borough Council
IT Services
Inspection report
August 2004
Audit Commission`,
      `Summary

We have judged this to be a poor service that has uncertain prospects for improvement.

Users are dissatisfied and systems fail too often. A new management team has started to
address the problems, but it is too early to say whether its plan will work.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's36-plain-rated-three-stars-excellent-prospects-table-of-contents',
    why: 'kind 7: era B; "The inspectors rated the service excellent (three stars)" and a separate prospects sentence; a contents list naming both questions precedes it',
    pages: [
      `Hollins Green Borough Council
ICT Services
Inspection report – July 2005
Audit Commission

Contents
Summary ....................................... 2
How good is the service? ........................ 4
What are the prospects for improvement? ......... 9`,
      `Summary

The inspectors rated the ICT service excellent (three stars).

Prospects for improvement are excellent: the service has a strong, stable management
team, a fully funded plan and a record of delivering on time.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  // ---------------------------------------------------------------- kind 8: no-judgement documents
  {
    name: 's36-draft-blank-grid-scores-tbc-null',
    why: 'kind 8: a draft report with an empty scoring grid (axis labels only, no mark) and "scores to be confirmed"',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Stanwick Borough Council
ICT Services
Inspection report
September 2002`,
      `Summary

[Scores to be confirmed following moderation]

Scoring chart

How good is the service?
   Excellent
   Good
   Fair
   Poor
                 Poor          Uncertain      Promising      Excellent
                 prospects     prospects      prospects      prospects
                      What are the prospects for improvement?

The service has a number of strengths, including a well-organised help desk, and some
weaknesses, notably in project management. [Text to be finalised.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-council-own-review-believes-good-null',
    why: 'kind 8: era A; the council\'s own Best Value review report states the review team\'s belief that the service is good and will improve – a self-assessment, not an inspection',
    pages: [
      `Fordingham District Council
Best Value Review of IT Services
Final report of the review team
January 2001`,
      `Conclusions

Having challenged the need for the service, compared it with four neighbouring councils
and consulted users, the review team believes that the IT service is good and will improve
once the actions in this report are carried out.

The review team recommends that the service stays in-house and that a new help desk system
is bought in 2001/02.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-guidance-explaining-scales-null',
    why: 'kind 8: guidance to councils explaining both scales, listing every grade and every prospect word – no service is judged',
    pages: [
      `Audit Commission
Inspecting ICT services: a guide for councils
2002`,
      `How inspectors reach their judgements

Every inspection report answers two questions. The first, how good is the service, is
answered on a scale of four: poor (no stars), fair (one star), good (two stars) and
excellent (three stars). The second, what are the prospects for improvement, is answered
as poor, uncertain, promising or excellent.

Before October 2001, reports said instead whether a service will not improve, is
unlikely to improve, will probably improve or will improve.

Councils should make sure that evidence of performance is available to inspectors
before the site visit.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-scrutiny-panel-notes-ordinary-words-null',
    why: 'kind 8: scrutiny panel notes on ICT full of ordinary uses of poor, excellent, fair and good – no inspection judgement',
    pages: [
      `Wrenfield Borough Council
Resources Scrutiny Panel
Notes of a review session on ICT – 12 March 2003

• Members heard that poor morale in the IT unit had contributed to high staff turnover.
• The Head of ICT said that there were excellent working relationships with the
  finance department.
• A fair proportion of help desk calls concern passwords; members asked whether these
  could be handled automatically.
• Members agreed that it would be a good idea to invite users to the next session.

Action: officers to report back in June.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-service-plan-aims-excellent-null',
    why: 'kind 8: an ICT service plan whose aim is to become "an excellent, three-star service with excellent prospects" by 2005 – an ambition, not a judgement',
    pages: [
      `Bramley Cross District Council
ICT Service Plan 2004/05`,
      `Our vision

Our aim is to become an excellent, three-star service with excellent prospects for
improvement by the time of our next inspection in 2005.

Priorities for 2004/05
1. Replace the help desk system.
2. Make 100 per cent of key services available electronically by December 2005.
3. Introduce quarterly user satisfaction surveys.

Measures of success
We will know we have succeeded when users rate us as good or excellent in at least 90
per cent of survey responses.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-draft-judgements-withheld-tab-grid-null',
    why: 'kind 8: era A draft for factual accuracy checking; judgements explicitly not yet added and the tab grid has no mark',
    pages: [
      `Draft report for factual accuracy checking only
Moorside Borough Council
IT Services
Best Value inspection
June 2001`,
      `Summary

The inspection team's judgements will be added after its final review and are not
included in this draft.

\tpoor\tfair\tgood\texcellent
will improve\t\t\t\t
will probably improve\t\t\t\t
unlikely to improve\t\t\t\t
will not improve\t\t\t\t

Please send any comments on factual accuracy to the lead inspector by 29 June 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-inspection-scope-letter-null',
    why: 'kind 8: a letter from the lead inspector setting out the scope of a forthcoming inspection and describing the scales – no judgement yet',
    pages: [
      `Audit Commission
Best Value Inspection Service

The Chief Executive
Calderbrook Borough Council

14 January 2003

Dear Chief Executive

Inspection of ICT services

I am writing to confirm the arrangements for our inspection of the council's ICT service.
The site visit will take place from 10 to 14 March 2003.

As you know, our report will reach a judgement on how good the service is, on a scale
from poor (no stars) to excellent (three stars), and on its prospects for improvement,
from poor to excellent.

Please let me have the documents listed in the annex by 14 February.

Yours sincerely

Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-improvement-plan-targets-null',
    why: 'kind 8: era A council improvement plan; targets to "move from fair to good" and to show the service "will improve" are the council\'s aims',
    pages: [
      `Ashby Fields District Council
IT Services – Best Value Improvement Plan
March 2001`,
      `Action                                Target                         Lead        Date
Agree IT strategy with Cabinet        Strategy approved              Head of IT  06/01
Introduce help desk standards         Move from fair to good in      IT Manager  03/02
                                      user survey ratings
Benchmark costs                       Join regional club             Head of IT  09/01
Demonstrate to inspectors that the    Evidence pack ready            Head of IT  05/01
service will improve`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-internal-audit-ordinary-words-null',
    why: 'kind 8: an internal audit report on ICT security with ordinary uses of fair, poor and good – not a Best Value inspection judgement',
    pages: [
      `Greywater Borough Council
Internal Audit
ICT Security Review 2002/03
Report no. IA/2002/17`,
      `Executive summary

Audit opinion: substantial assurance.

We found a fair number of minor exceptions, chiefly poor password practice in two
departments and some out-of-date virus definitions on laptops. Back-up arrangements are
good and are tested each month.

Management have agreed all six recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-user-survey-results-null',
    why: 'kind 8: the council\'s user satisfaction survey – percentages rating the help desk good or excellent are users\' views, not an inspection verdict',
    pages: [
      `Linbury District Council
ICT User Satisfaction Survey 2003
Summary of results`,
      `Question                                   Excellent   Good    Fair    Poor
Overall, how do you rate the help desk?    27%         54%     15%     4%
How do you rate the speed of repairs?      12%         41%     33%     14%
How do you rate IT training?               9%          38%     37%     16%

Response rate: 61% (742 of 1,216 staff)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-committee-neighbour-rating-null',
    why: 'kind 8: a committee paper quoting a neighbouring council\'s ICT inspection score (good, promising); this council has not been inspected',
    pages: [
      `Hambleden District Council
Resources Committee – 3 February 2004
ICT: learning from others`,
      `1. Neighbouring Kirkby Moor's ICT service was inspected last autumn and judged 'good'
with 'promising' prospects for improvement.
2. Officers visited Kirkby Moor in December to learn how it had organised its help desk
and its e-government programme.
3. Hambleden's own ICT service is due to be inspected in 2005.
4. Members are asked to note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-performance-plan-table-other-services-null',
    why: 'kind 8: a Best Value Performance Plan table of other services\' inspection results; the ICT row shows only a future inspection date',
    pages: [
      `Oxley Vale Borough Council
Best Value Performance Plan 2002/03
Section 4 – Inspection results`,
      `Service              Inspected      Score         Prospects
Housing repairs      Oct 2001       Fair (1*)     Promising
Benefits             Jan 2002       Good (2*)     Uncertain
Waste collection     Mar 2002       Poor (0*)     Promising
ICT                  Due 2003/04    –             –

The council will prepare for the ICT inspection by completing its Best Value review by
December 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's36-self-assessment-marked-grid-null',
    why: 'kind 8: the council\'s self-assessment for inspection contains a marked grid ("where we place ourselves") – the mark is the council\'s, not the inspectors\'',
    pages: [
      `Denholme Borough Council
ICT Services
Self-assessment for the Audit Commission inspection
August 2002`,
      `Where we place ourselves

                 Poor          Uncertain      Promising      Excellent
                 prospects     prospects      prospects      prospects
   Excellent
   Good                                         *
   Fair
   Poor

We believe that the service is good and that our prospects are promising, for the
reasons set out in section 3. We look forward to testing this view with the inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
