/** Held-out judgement set 51, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases51: JudgementCase[] = [
  // ───────────────────────────────────────────────────────────────────────
  // 1. Marked scoring grids: the marked cell carries both judgements; the
  //    axis labels list every grade and every prospect and are not the verdict.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-grid-tab-x-prospect-rows',
    why: 'kind 1: tab-separated grid, prospects as rows and grades as columns, X under Fair on the Promising row; no verdict in words anywhere, and "excellent"/"poor" appear as axis labels and ordinary words',
    pages: [
      `Fernleigh District Council
Information and Communications Technology
Best Value Inspection Service
March 2003`,
      `Scoring chart
\t\tHow good is the service?
\t\tPoor\tFair\tGood\tExcellent
Prospects\tExcellent\t\t\t\t
for\tPromising\t\tX\t\t
improvement\tUncertain\t\t\t\t
\tPoor\t\t\t\t
The chart shows our two judgements. The reasons are set out in the sections that follow,
starting with the excellent work done on the schools network and the poor record on
answering help desk calls.
Fernleigh District Council – ICT\t\t2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-grid-space-asterisk-eraA',
    why: 'kind 1: space-aligned era A grid, grades as rows and the No/Unlikely/Probably/Yes prospects as columns with a wrapped row caption; the asterisk sits under Probably on the Good row',
    pages: [
      `BEST VALUE INSPECTION
Holmbury Borough Council
Information Technology Services
June 2001`,
      `Holmbury BC – IT Services                                          page 3

Scoring

                          Will the service improve?
                          No        Unlikely   Probably   Yes
How good    Excellent
is the      Good                                  *
service?    Fair
            Poor

Recommendations follow on page 4. The service should act on them within the year; the
council told us it wants to be "excellent by any measure" by 2003.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's51-grid-tick-wrapped-columns',
    why: 'kind 1: era B grid with column labels wrapped over two lines ("Uncertain / prospects"), grades with star counts as rows, a ✓ under Uncertain on the Good row; caption names the axes',
    pages: [
      `Audit Commission
Best Value Inspection
ICT and Customer Access
Brackenfield Metropolitan Borough Council
November 2002`,
      `Scoring chart: rows show how good the service is now; columns show its prospects.

                      Poor        Uncertain   Promising   Excellent
                      prospects   prospects   prospects   prospects
Excellent (3 stars)
Good (2 stars)                       ✓
Fair (1 star)
Poor (0 stars)

Brackenfield MBC                    ICT and Customer Access                          5`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's51-grid-dot-poor-vs-poor',
    why: 'kind 1: tab grid where "Poor" is both a prospect row label and a grade column label; the ● on the Uncertain row falls in the Poor column, and the caption says which axis is which',
    pages: [
      `Kestrel Vale District Council
Corporate IT Service
Inspection report – February 2004`,
      `The inspectors' scoring
Vertical axis: prospects for improvement. Horizontal axis: how good the service is now.
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t●\t\t\t
Poor\t\t\t\t
Staff morale in the section is poor, and several staff spoke of excellent informal
support from colleagues rather than from managers.
Page 4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's51-grid-root-tick-star-columns',
    why: 'kind 1: era A grid whose columns are star counts with grade words on a second header line, prospects as rows; the √ is in the 1 star / fair column on the Unlikely row',
    pages: [
      `Inspection of Information Technology
Wraxton Borough Council
Best Value Inspection Service, April 2001`,
      `Our judgements
\t0 stars\t1 star\t2 stars\t3 stars
\tpoor\tfair\tgood\texcellent
Will improve\t\t\t\t
Will probably improve\t\t\t\t
Unlikely to improve\t\t√\t\t
Will not improve\t\t\t\t
The grid above records the position at the time of the inspection (January 2001).`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's51-grid-lowercase-x-two-line-heads',
    why: 'kind 1: era A grid with two-line column heads ("will not / improve" ... "will / improve") and lower-case grade rows under a running header; small x under "will improve" on the fair row',
    pages: [
      `Saltmarsh District Council – Information Technology – Best Value Inspection – July 2001`,
      `Saltmarsh District Council                              Information Technology
                                                                              3
Scoring chart
How good is the service (rows) and will it improve (columns)?

                will not      unlikely to    will probably    will
                improve       improve        improve          improve
  excellent
  good
  fair                                                          x
  poor

A fair proportion of the actions in the plan are already under way.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's51-grid-heavy-tick-star-rows',
    why: 'kind 1: era B tab grid with two label cells per row (stars, then word) and prospects as columns; ✔ under Promising on the Excellent row, while the text beside it talks of poor broadband coverage',
    pages: [
      `North Tarrow Council
Information and Communication Technology
Audit Commission inspection – September 2004`,
      `Scoring the service
\t\tProspects for improvement
\t\tPoor\tUncertain\tPromising\tExcellent
★★★\tExcellent\t\t\t✔\t
★★\tGood\t\t\t\t
★\tFair\t\t\t\t
–\tPoor\t\t\t\t
Poor broadband coverage in the rural north of the district remains a constraint that the
council cannot solve alone.
North Tarrow Council – ICT – page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 2. Table cells mixing the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-cell-fair-one-of-three',
    why: 'kind 2: tab table, "Fair: one star out of three" and "Promising – ..." cells, with a reasons column that says excellent, poor and good about parts of the service',
    pages: [
      `Ashcombe County Council – ICT Services – Best Value Inspection – June 2004`,
      `Summary of judgements
Judgement\tScore\tReasons
How good is the service?\tFair: one star out of three\tThe schools network is excellent and well regarded, but the corporate help desk misses its targets and users report poor response times.
What are the prospects for improvement?\tPromising – the improvement plan is realistic and funded\tThe council has a good track record of delivering projects on time; some risk remains around recruiting network staff.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-cell-poor-nostars-unlikely-dash',
    why: 'kind 2: space-aligned era A table with wrapped reason cells; "Poor (no stars)" and "Unlikely – see section 4", reasons mention "good examples" and "a fair number"',
    pages: [
      `Millbrook Borough Council
Information Technology
Best Value Inspection Service, May 2001

Question                        Judgement                    Why
How good is the service?        Poor (no stars)              A few good examples of project work; basic
                                                             services such as PC repair are slow.
Will it improve?                Unlikely – see section 4     The plan lacks targets and a fair number of
                                                             its actions have no named owner.

Millbrook BC – IT                                                                   2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's51-cell-good-stars-glyph',
    why: 'kind 2: era B table where the grade cell is "Good ★★ (two of three stars)" and the prospects cell "Excellent prospects"; the reasons column calls the 2002 position fair and one project poor',
    pages: [
      `Inspection of ICT and e-Government
Dunmere City Council
January 2005`,
      `Area assessed     | Inspectors' score                   | Main reasons
Current service   | Good ★★ (two of three stars)        | Big gains since 2002, when the council itself
                  |                                     | rated the service only fair; one project (the
                  |                                     | document imaging pilot) was poorly managed.
Prospects         | Excellent prospects                 | Strong leadership, a funded plan and a record of
                  |                                     | doing what it says it will do.
Dunmere City Council – ICT and e-Government                                      Page 3 of 28`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's51-cell-two-stars-yes',
    why: 'kind 2: era A table with "2 stars – good" and "Yes – the service will improve"; the reasons column opens with "Not yet excellent" and mentions poor data',
    pages: [
      `Corbridge Vale District Council – Information Technology – Inspection report – February 2001

Summary table
Question\tAnswer\tReasons
Is the service good?\t2 stars – good\tNot yet excellent: the network is reliable and users are well served, but poor asset data makes replacement planning hard.
Will the service improve?\tYes – the service will improve\tA clear plan with costed actions, a new head of IT in post and members who follow progress closely.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's51-cell-wrapped-uncertain-fair',
    why: 'kind 2: era B table with cells wrapped across lines ("Uncertain: the council has not" / "yet shown ..."), grade cell "Fair (1 star of 3)", reasons column quoting a good rating from users',
    pages: [
      `Penhallow County Borough Council
Information Technology Service
Best Value Inspection
November 2002`,
      `Penhallow CBC – IT Service                                                    4
Our scores
Score for the service today      Fair (1 star of 3)             Users rate the desk good in
                                                                surveys; response times lag.
Prospects for improvement        Uncertain: the council has     Plan agreed in June but no
                                 not yet shown it can fund      money set aside; an excellent
                                 its plan                       draft strategy, not yet adopted.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's51-cell-probably-subject-to',
    why: 'kind 2: era A table whose prospects cell wraps ("Probably – subject to / funding being agreed") and grade cell "Fair, one star"; reasons column has "excellent user survey results but poor ..."',
    pages: [
      `Greyford Borough Council\tInformation Technology\tAugust 2001
Best Value Inspection Service`,
      `Judgements and reasons
How good is the service?\tFair, one star\tExcellent user survey results but poor
\t\tcosting of services to departments.
Will it improve?\tProbably – subject to\tA sensible plan, yet the budget bid for the
\tfunding being agreed\tnetwork upgrade has not been approved.
Greyford BC – IT\t\t6`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 3. Prospects paraphrased as likelihood, belief or negation, with no scale
  //    word for the prospect at all.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-para-on-balance-get-better',
    why: 'kind 3: era A "on balance we expect the service to get better" = probably; grade given plainly as good',
    pages: [
      `Larkhill District Council – Information Technology – September 2001`,
      `How good is the service?
We judge the IT service to be good. It is reliable, users trust it and costs are in line
with similar districts.
Will the service improve?
On balance we expect the service to get better, although the pace is likely to be slower
than the council hopes because two key posts are still vacant.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's51-para-not-persuaded-capacity',
    why: 'kind 3: era A "we are not persuaded that the council has the capacity to carry through the changes" = unlikely; negation of belief, no scale word',
    pages: [
      `Inspection report
Oxley Heath Borough Council
IT and Telecommunications
March 2001

This is a fair, one-star service.
Turning to the future, we are not persuaded that the council has the management capacity
to carry through the changes it has planned: the review team has disbanded, the action plan
has no costs against it and the IT manager spends most of his time on day-to-day faults.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's51-para-confident-deliver-plan',
    why: 'kind 3: era B "we are confident that the council will deliver its plan" = excellent prospects; no scale word, grade plain',
    pages: [
      `Audit Commission – Best Value Inspection – Calderbeck Metropolitan Borough Council – ICT – May 2003`,
      `Summary
Calderbeck's ICT service is a good service, awarded two stars.
We are confident that the council will deliver its improvement plan. The plan is costed, the
money is in the budget, named officers own each action and the cabinet member reviews
progress every month. Work on the first three actions was finished before we arrived.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's51-para-no-sign-change',
    why: 'kind 3: era B "we found nothing to suggest that anything will change" = poor prospects; grade poor stated, and "poor morale" as an ordinary use',
    pages: [
      `Rudgwick District Council
Information Services
Inspection – December 2002`,
      `How good is the service?
The service is poor. Faults take weeks to fix and morale among the technical staff is poor.
What are the prospects for improvement?
We found nothing to suggest that anything will change. The review produced no plan worth the
name, no one at senior level has taken charge of it, and the same problems described to us
were described to the council's own auditors two years ago.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's51-para-cannot-say-either-way',
    why: 'kind 3: era B "we cannot say with any confidence whether the service will get better", factors point both ways = uncertain',
    pages: [
      `Westhope Borough Council – ICT – Best Value Inspection – October 2003

We rate the ICT service as fair (one star).
We cannot say with any confidence whether the service will get better. In its favour are a new
ICT strategy and a capable head of service; against it are a three-year budget freeze, a
partnership that has not yet been let, and a history of plans that stalled.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's51-para-no-realistic-chance',
    why: 'kind 3: era A "there is no realistic chance that the service will be turned round" = will not improve; the council\'s own hope precedes it',
    pages: [
      `Inspection of Information Technology Services
Threlkeld District Council
August 2001`,
      `The council's review report says the service will "turn the corner" within a year.
We judge the service to be poor. In our view there is no realistic chance that it will be
turned round while the council refuses to invest in it and the review's recommendations remain
unadopted.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's51-para-more-likely-than-not',
    why: 'kind 3: era B "more likely than not that the service will make the progress it needs, though not guaranteed" = promising',
    pages: [
      `Scarby Borough Council
Revenues and Benefits IT
Best Value Inspection – March 2004

Our judgement on the service as it stands is that it is fair.
As to the future, it is more likely than not that the service will make the progress it needs,
though this is not guaranteed: the new system contract is signed and staff are keen, but the
go-live date has already slipped once.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-para-no-doubt-turn-round',
    why: 'kind 3: era A "we have no doubt that the council will turn the service round"; staff doubts about a system and "we do not share" are negation traps; = will',
    pages: [
      `Haverleigh Borough Council – IT Services – Best Value Inspection Service – January 2001`,
      `This is a fair service.
Some staff doubt that the new finance system will be ready on time; we do not share those
doubts. We have no doubt that the council will turn the IT service round: the plan is robust,
the money has been agreed and the chief executive chairs the project board herself.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 4. Views that are not the inspectors' (self-assessment, manager, neighbour,
  //    earlier inspection, council aim), usually followed by a contrast.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-quote-self-assessment-good',
    why: 'kind 4: the council\'s self-assessment rated the service good; "our evidence does not support this" and the inspectors find fair, promising',
    pages: [
      `Tannerton City Council
ICT Services
Best Value Inspection – July 2003`,
      `The council's self-assessment, prepared for this inspection, rated the ICT service good and
its prospects excellent. Our evidence does not support this. Our judgement is that Tannerton
provides a fair, one-star ICT service which has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-quote-director-expects-rapid',
    why: 'kind 4: IT director says the service "will certainly improve"; "we do not share this confidence" and prospects are uncertain',
    pages: [
      `Inspection report – Lowmoor Borough Council – Information Technology – February 2003

The service is poor.
The director of IT told us he expects rapid progress and that the service "will certainly
improve within twelve months". We do not share this confidence. We consider that the service
has uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's51-quote-neighbour-excellent',
    why: 'kind 4: a neighbouring council\'s IT was judged excellent, three stars; this council is good and will probably improve (era A)',
    pages: [
      `Best Value Inspection Service
Ambridge Vale District Council
Information Technology
May 2001`,
      `Comparison with others
Councillors often point to Barnhurst, next door, whose IT service was judged excellent, with
three stars, in January. Ambridge Vale is not in that class. In our view it is a good service
that will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's51-quote-earlier-inspection',
    why: 'kind 4: re-inspection (era B) citing the 2000 inspection\'s era A verdict (poor, unlikely to improve); the current verdict is fair, promising',
    pages: [
      `Re-inspection of ICT Services
Crossfell Borough Council
April 2003`,
      `Background
When we first inspected this service in November 2000 we judged it poor and unlikely to
improve. Much has changed since then.
Our judgement
Crossfell now provides a fair, one-star service. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-quote-council-aim-excellent',
    why: 'kind 4: the council aims to be "an excellent service with excellent prospects by 2004"; "our evidence tells a different story": fair service, poor prospects',
    pages: [
      `Inspection of Information and Communications Technology
Eastwick Borough Council – September 2002`,
      `The council's ICT strategy sets the aim of being "an excellent service with excellent
prospects by 2004". Our evidence tells a different story. The service is fair, with one
star, and we judge its prospects for improvement to be poor: there is no plan, no budget for
one and no one in charge of producing it.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's51-quote-review-says-will-improve',
    why: 'kind 4: era A, the Best Value review concluded the service "will improve"; "however, we judge" it unlikely to improve; grade fair',
    pages: [
      `Best Value Inspection Service – Stonecross Borough Council – IT Support Services – March 2001

The Best Value review concluded that the IT service was sound and will improve now that
the review is complete. However, we judge that the service is fair and that it is unlikely to
improve: the review did not challenge how the service is provided and the plan is a list of
tasks rather than a route to better outcomes.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's51-quote-head-agree',
    why: 'kind 4: the head of ICT calls the prospects excellent and "we agree with her"; the inspectors endorse the quoted view; grade excellent stated by the inspectors',
    pages: [
      `Audit Commission
Pendlebury Borough Council
ICT Service
Inspection report, June 2004`,
      `Summary
The head of ICT describes the service's prospects as excellent, and we agree with her. In our
judgement this is an excellent, three-star service and its prospects for improvement are
excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 5. Long sentences whose verdict stands far from its subject.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-long-dash-duties-list',
    why: 'kind 5: subject, then a dash-enclosed list of duties of about 50 words, then "in our judgement, a fair, one-star service that has promising prospects"',
    pages: [
      `Audit Commission Inspection – Holmfirth Vale Council – ICT – August 2003

The council's ICT service – which runs the corporate network, some 2,400 PCs, the broadband
link to 61 schools, the revenues and benefits system, payroll and the telephone switchboard,
and which since April has also supported the social services case-recording system and the
new customer contact centre – is, in our judgement, a fair, one-star service that has
promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-long-brackets-split-line',
    why: 'kind 5: era A, brackets push "poor" and "will probably improve" far from the subject; the prospect phrase is broken across a line end',
    pages: [
      `Weyford District Council
Information Technology Services
Best Value Inspection Service – June 2001`,
      `We judge that the IT service provided by the authority (which covers the network, desktop
support for around 600 staff, the main financial and housing systems, and a small
programming team that also maintains the council's website) is at present a poor service,
but that, given the new head of IT and the money agreed in February, it will probably
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's51-long-page-break-header',
    why: 'kind 5: sentence starts on one page and its verdict ends on the next, with a running header and page number between; good and uncertain',
    pages: [
      `Kilnsey Borough Council – ICT – Best Value Inspection – March 2004
Summary
Taking everything we have seen into account, including the results of our reality checks,
the views of the 40 staff and users we spoke to, the council's performance against its own
targets and the performance of similar councils, we have concluded that the ICT service
Kilnsey Borough Council – ICT                                                        1`,
      `Audit Commission                                          Best Value Inspection
is a good service, with two stars, and that its prospects for improvement are uncertain.
Page 2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's51-long-hyphenated-line-ends',
    why: 'kind 5: era A, a long concessive sentence with the verdict words hyphenated across line ends ("communi-/cations", "im-/prove")',
    pages: [
      `Inspection report: Brambleton District Council – Information Technology – July 2001

The inspection team considers that, despite the late start to the review, the loss of the
network manager in the spring and a backlog of user requests that reached 300 in May, the
council's information and communi-
cations technology service is a good service which will im-
prove.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's51-long-unlike-revenues',
    why: 'kind 5: a long contrast sentence where another service (revenues, "scored well") intervenes before the ICT verdict; poor now, promising prospects',
    pages: [
      `Corrington Metropolitan Borough Council
ICT Services
Inspection – May 2004`,
      `Unlike the revenues service, which scored well at its inspection last year and whose
systems ICT supports, the ICT service itself – hampered by years of short-term budgets, an
ageing network and a help desk that still logs calls on paper – is poor, though, with the
new partnership now signed and the first stage of the network upgrade complete, its
prospects for improvement are promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's51-long-weighed-evidence',
    why: 'kind 5: "Our overall judgement, having weighed ... (a long list) ..., is that the service is good and that it has promising prospects"',
    pages: [
      `Lowther Bridge District Council – Library and Information Technology Services – Inspection report – January 2003

Our overall judgement, having weighed the strong user satisfaction figures, the slow
progress on the library management system, the excellent partnership with the county
record office, the still-patchy public internet access in the smaller branches and the
council's generally sound financial position, is that the service is good and that it has
promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 6. Documents about an inspection (committee paper, press release, minutes,
  //    bulletin, newspaper) that relay the verdict; other services' grades nearby.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-about-committee-paper-relay',
    why: 'kind 6: scrutiny committee paper relays the ICT verdict in quotes (fair, promising) and also mentions the benefits service judged good',
    pages: [
      `AGENDA ITEM 7
RESOURCES SCRUTINY COMMITTEE – 12 MARCH 2003
REPORT OF THE HEAD OF ICT
AUDIT COMMISSION INSPECTION OF ICT SERVICES

1. Purpose
To inform members of the outcome of the Best Value inspection of ICT services.
2. Background
2.1 The benefits service was inspected in 2002 and judged good with promising prospects.
2.2 The Audit Commission published its report on the ICT service on 3 March 2003. The
inspectors judged the service to be 'fair' (one star) with 'promising' prospects for
improvement.
3. Recommendation
That members note the report and the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-about-press-release-eraA',
    why: 'kind 6: era A press release; the Commission "said the service was good and would probably improve"; the leader\'s quote aims at excellent',
    pages: [
      `NEWS RELEASE
For immediate release – 22 June 2001
Councillors welcome IT inspection report

Marlcombe District Council's information technology service has been given a positive
report by the Audit Commission. Inspectors said the service was good and would probably
improve.
Council leader Cllr Joan Petch said: "This is a good day for staff, but we will not rest
until we are excellent."
Ends. Media enquiries: Press Office 01632 960 411`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's51-about-minutes-no-stars',
    why: 'kind 6: minutes relay "no stars (poor)" and "unlikely to improve" in reported speech (era A); housing\'s earlier fair score is a distractor',
    pages: [
      `MINUTES OF THE POLICY AND RESOURCES COMMITTEE
held on Tuesday 17 July 2001 at 7.00 pm

42. BEST VALUE INSPECTION: INFORMATION TECHNOLOGY
Members noted that the Audit Commission had awarded the council's IT service no stars
(poor) and that the inspectors thought it unlikely to improve. Cllr Hale contrasted this
with the housing management service, which had been rated fair in March. The Chief
Executive undertook to report back in September with a revised plan.
RESOLVED: That the report be noted.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's51-about-staff-bulletin',
    why: 'kind 6: informal staff bulletin headline "Two stars for ICT!" and "prospects ... uncertain"; an exclamation-heavy voice rather than report prose',
    pages: [
      `ICT NEWS – staff bulletin – issue 14 – December 2003

Two stars for ICT!
The Audit Commission inspectors have rated us a good service – two stars out of three.
Not everything was rosy: they said our prospects for improvement were uncertain, mainly
because the new service desk system is not yet funded. Thanks to everyone for an excellent
effort during inspection week.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's51-about-exec-brief-with-table',
    why: 'kind 6: executive briefing on the ICT result, with an appendix table of other inspections and their scores (good, fair, excellent); ICT relayed as no stars, poor prospects',
    pages: [
      `EXECUTIVE BRIEFING NOTE – 9 OCTOBER 2002
ICT BEST VALUE INSPECTION: OUTCOME
The inspection report on ICT was published last week. The inspectors gave the service no
stars and judged its prospects for improvement to be poor. A recovery plan is being drawn up.`,
      `Appendix: inspections of this council to date
Service\t\tDate\t\tScore\t\tProspects
Waste collection\tMay 2001\tGood\t\tWill probably improve
Planning\t\tFeb 2002\tFair\t\tPromising
Leisure\t\tJul 2002\tExcellent\tExcellent`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's51-about-newspaper-eraA',
    why: 'kind 6: local newspaper, era A: headline in quotes "will not improve", body relays poor; an opposition councillor\'s "excellent news for nobody" is an ordinary use',
    pages: [
      `THE DALESIDE GAZETTE – Thursday 19 April 2001
Town hall computers 'will not improve', say inspectors
By our local government reporter
Government inspectors have branded Daleside council's computer service poor and said it
will not improve under current plans. Opposition leader Cllr Ray Brough said: "This is
excellent news for nobody. We warned them." The council says it will respond in full next
month.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 7. Plain statements in many forms.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-plain-summary-box-eraA',
    why: 'kind 7: boxed summary (era A) with both judgements in one sentence, quoted grade word',
    pages: [
      `Best Value Inspection Service
Northgate Borough Council
Information Technology Support
August 2001

+------------------------------------------------------------------+
| SUMMARY                                                          |
| Northgate provides a 'fair' one-star IT support service that     |
| will probably improve.                                           |
+------------------------------------------------------------------+`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's51-plain-passive-judged',
    why: 'kind 7: passive forms "has been judged to be good", "prospects ... are judged to be promising"',
    pages: [
      `Inspection of ICT – Hartsmere District Council – November 2003

Having considered all the evidence, the service has been judged to be good and its
prospects for improvement are judged to be promising. The reasons are set out below.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's51-plain-uppercase-headline',
    why: 'kind 7: upper-case front-page headline "AN EXCELLENT SERVICE WITH EXCELLENT PROSPECTS" for a waste service (era B)',
    pages: [
      `AUDIT COMMISSION
BEST VALUE INSPECTION
WASTE MANAGEMENT
Brinscombe Borough Council
March 2004

AN EXCELLENT SERVICE WITH EXCELLENT PROSPECTS`,
      `Summary
Recycling rates are the highest in the region and residents are very satisfied.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's51-plain-two-sections-eraA',
    why: 'kind 7: the "How good is the service?" and "Will the service improve?" sections each end with a plain verdict (era A)',
    pages: [
      `Pellingham Borough Council – IT Services – Best Value Inspection Service – April 2001`,
      `How good is the service?
Aims are clear but not linked to the council's priorities. Performance is patchy and costs
are above average. Overall, we have judged the service to be fair (one star).
Will the service improve?
The improvement plan is thin and the review did not test alternative providers. We consider
that the service is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's51-plain-in-our-view-poor',
    why: 'kind 7: "In our view the service is poor" then a separate sentence for uncertain prospects; "excellent relationships" as an ordinary use',
    pages: [
      `Ravensworth County Council
ICT Service
Inspection report – July 2002

The ICT team has excellent relationships with a handful of departments, but in our view
the service is poor. We judge that it has uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's51-plain-benefits-eraA',
    why: 'kind 7: a benefits service (not ICT), era A, "a good, two-star service that will improve"',
    pages: [
      `Best Value Inspection Service
Housing and Council Tax Benefits
Elmstead District Council
February 2001

Summary
Elmstead provides a good, two-star benefits service that will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's51-plain-housing-repairs-will-not',
    why: 'kind 7: housing repairs (era A), poor and will not improve; "excellent working relationships with contractors" as an ordinary use',
    pages: [
      `Housing Repairs and Maintenance
Colbeck Borough Council
Best Value Inspection Service – March 2001

Despite excellent working relationships with two of its contractors, the council provides
a poor repairs service that will not improve without fundamental change, which the council
has so far rejected.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's51-plain-welsh-inspectors-found',
    why: 'kind 7: Welsh authority, era B, "The inspectors found ... good ... promising" in the third person',
    pages: [
      `Cyngor Bwrdeistref Sirol Cwm Tawel
Cwm Tawel County Borough Council
Information and Communications Technology
Inspection report – May 2003`,
      `The inspectors found that the council's ICT service is good and that it has promising
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's51-plain-letter-form',
    why: 'kind 7: covering letter from the lead inspector confirming the scores in quotes (fair, promising)',
    pages: [
      `Audit Commission
Best Value Inspection Service
Regional office

Mr D. Yardley
Chief Executive
Hollins Cross Borough Council

14 January 2004

Dear Mr Yardley
Best Value inspection of ICT services
I am writing to confirm our findings before the report is published. We have scored the
service as 'fair' (one star) and its prospects for improvement as 'promising'.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-plain-question-answer',
    why: 'kind 7: terse question-and-answer layout (era A): "How good is the service? Good." / "Will it improve? Probably."',
    pages: [
      `Audley Moor District Council – IT – Best Value Inspection Service – May 2001
At a glance
How good is the service?    Good.
Will it improve?            Probably.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's51-plain-bullets',
    why: 'kind 7: bullet list "Current performance: poor (no stars)" / "Prospects for improvement: promising"',
    pages: [
      `Inspection headlines – Fulbrook Borough Council – ICT – June 2003
• Current performance: poor (no stars)
• Prospects for improvement: promising
• Key recommendation: fund the service desk replacement in 2003/04`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's51-plain-excellent-procurement-eraA',
    why: 'kind 7: procurement service (era A) concluding "an excellent service which will improve further"',
    pages: [
      `Corporate Procurement
Saxonbury County Council
Best Value Inspection Service – September 2001

Conclusion
We have concluded that this is an excellent service which will improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's51-plain-split-line-break',
    why: 'kind 7: era B judgement split across line breaks ("a / good service", "promising / prospects")',
    pages: [
      `Harrowby District Council – ICT – Best Value Inspection – October 2002

We judge the council's ICT service to be a
good service, with two stars, which has promising
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's51-plain-not-yet-good',
    why: 'kind 7: negation trap "This is not yet a good service" followed by "we rate it fair"; prospects promising',
    pages: [
      `Inspection report – Wendlebury Borough Council – ICT Services – August 2004

This is not yet a good service: we rate it fair, with one star. Its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's51-plain-commission-rates',
    why: 'kind 7: "The Commission rates the service as ... good"; prospects excellent; the council\'s 2005 target is mentioned separately',
    pages: [
      `Audit Commission – Inspection of e-Government and ICT – Lindisfarne Borough Council – April 2005

The council's target is to have every service available online by December 2005.
The Commission rates the service as good, with two stars, and its prospects for
improvement as excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's51-plain-stars-only-eraA',
    why: 'kind 7: era A verdict stated via stars and the scale phrase only ("awarded one star ... will not improve")',
    pages: [
      `Information Technology – Quarry Hill District Council – Best Value Inspection Service – December 2000

We have awarded the IT service one star. On the evidence we have seen, the service will not
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },

  // ───────────────────────────────────────────────────────────────────────
  // 8. No judgement at all: drafts, self-assessments, plans, papers before the
  //    inspection, documents about other services only.
  // ───────────────────────────────────────────────────────────────────────
  {
    name: 's51-none-draft-scores-tbc',
    why: 'kind 8: draft report with an unmarked scoring chart and "scores to be confirmed after moderation"; axis words and "excellent feedback" are not a verdict',
    pages: [
      `DRAFT – NOT FOR CIRCULATION
Best Value Inspection – ICT – Ferrybridge Borough Council – October 2003`,
      `Scoring chart – scores to be confirmed after moderation
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t
[Lead inspector: insert judgements here once agreed with the quality panel]
Users gave excellent feedback on the new intranet.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-council-review-belief',
    why: 'kind 8: the council\'s own Best Value review says "we believe the service is good and will improve"; self-assessment, not an inspection',
    pages: [
      `BEST VALUE REVIEW OF INFORMATION TECHNOLOGY
Final report of the review team
Kelsall District Council – March 2001

Conclusion
We believe the IT service is good and will improve once the actions in this report are
carried out. The review team recommends that the council adopts the improvement plan at
Annex 2.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-improvement-plan-target',
    why: 'kind 8: improvement plan target "to achieve a good rating with promising prospects at inspection in 2004"',
    pages: [
      `ICT Improvement Plan 2003–2006
Bramhope Metropolitan Borough Council

Target 1: to achieve a 'good' rating, with 'promising' prospects, when the Audit Commission
inspects ICT in 2004.
Target 2: to raise user satisfaction from a poor 54% to 80%.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-pre-inspection-paper',
    why: 'kind 8: committee paper before the inspection; it quotes the benefits service\'s two stars from last year but there is no ICT verdict yet',
    pages: [
      `CORPORATE MANAGEMENT TEAM – 3 SEPTEMBER 2002
INSPECTION OF ICT SERVICES: PREPARATIONS
1. The Audit Commission will inspect ICT services from 14 to 18 October 2002.
2. Last year the benefits service received two stars and was judged likely to improve;
   the lessons from that inspection are summarised in Appendix B.
3. Heads of service are asked to make staff available for interviews and focus groups.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-terms-of-reference',
    why: 'kind 8: inspection terms of reference describing the scale (poor to excellent, poor to excellent prospects) without giving any score',
    pages: [
      `Best Value Inspection of ICT – Eskdale Borough Council
Terms of reference – June 2003
The inspection will answer two questions: how good is the service, and what are its
prospects for improvement? The service will be scored from poor (no stars) to excellent
(three stars), and its prospects from poor to excellent. Fieldwork will take place in July.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-blank-template-eraA',
    why: 'kind 8: guidance note with a blank era A scoring template; all grade and prospect words, no mark',
    pages: [
      `Guidance for inspectors – the scoring chart (issued January 2001)
Place a single mark in the cell that matches your two judgements.
\t\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t\t
Good\t\t\t\t\t
Fair\t\t\t\t\t
Poor\t\t\t\t\t
The rows say how good the service is; the columns say whether it will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-self-assessment-form',
    why: 'kind 8: self-assessment return that fills in "self-assessed" grade and prospects; not the inspectors\' judgement',
    pages: [
      `SELF-ASSESSMENT – submitted to the Audit Commission before inspection
Council: Ouseburn District Council\tService: ICT\tDate: 28 February 2004
Our assessment of the service today:\tGood (2 stars)
Our assessment of prospects:\tPromising
Evidence: user survey, BVPI returns, peer review by a neighbouring council.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-ict-strategy',
    why: 'kind 8: ICT strategy document with a vision of an excellent service and "poor broadband coverage"; no inspection at all',
    pages: [
      `ICT Strategy 2002–2005: Connecting Greyhaven
Our vision
An excellent, customer-focused ICT service that helps every department meet the 2005
e-government target. Today broadband coverage in the district is poor and many residents
cannot reach our services online.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-ict-board-other-service',
    why: 'kind 8: ICT programme board notes citing the planning inspection (fair, uncertain) as a lesson; the subject, ICT, has no verdict',
    pages: [
      `ICT PROGRAMME BOARD – NOTES OF MEETING – 11 November 2003
Item 3: Lessons from other inspections
The planning service's inspection report, published last month, rated that service fair
with uncertain prospects. The board agreed that our own ICT review should avoid the same
gaps in consultation. The ICT inspection is not expected until late 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-national-overview',
    why: 'kind 8: national overview of many inspections with percentages of poor/fair and "probably or definitely improve"; no single service judged',
    pages: [
      `Learning from inspection: ICT
A review of the first Best Value inspections of council IT services
Of the 76 IT inspections completed by the end of July, more than seven in ten found the
service poor or fair and none found it excellent. Around two thirds said the service would
probably or definitely improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-performance-plan',
    why: 'kind 8: Best Value performance plan table with ordinary "good/poor/excellent" words in a performance column',
    pages: [
      `Best Value Performance Plan 2002/03 – Section 6: ICT
Indicator\t\t\t\t2001/02\tTarget\tComment
Help desk calls fixed first time\t61%\t75%\tPoor against peers
Network availability\t\t99.2%\t99.5%\tGood
Staff with e-mail access\t\t97%\t100%\tExcellent progress`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-notification-letter',
    why: 'kind 8: letter announcing an inspection and promising a judgement later',
    pages: [
      `Dear Chief Executive
Best Value inspection of information technology services
I write to confirm that we will inspect the council's IT services during the week of
12 March 2001. Our report will say how good the service is and whether it will improve. We
will discuss our provisional judgements with you at the end of the fieldwork.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-consultant-benchmark',
    why: 'kind 8: consultant\'s benchmarking study giving its own opinion ("would rate as fair"); not an inspection judgement',
    pages: [
      `Benchmarking study of ICT services
Prepared for Hensworth Borough Council by an independent consultancy – January 2003
In our opinion the service compares poorly with the councils in the benchmarking club on
cost per user, and on our own scale we would rate it as fair. This study is not an
inspection and does not anticipate the Audit Commission's findings.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's51-none-scrutiny-challenge',
    why: 'kind 8: scrutiny challenge session notes; the head of ICT says he is confident the service will improve - a manager\'s view, with no inspection verdict',
    pages: [
      `SCRUTINY CHALLENGE SESSION – BEST VALUE REVIEW OF ICT – 2 May 2002
Members asked whether the service would improve after the review. The Head of ICT said he
was confident it would, and described the service as "good, if not yet excellent". Members
asked for the improvement plan to be brought back in July before the Audit Commission visit.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
