/** Held-out judgement set 59, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases59: JudgementCase[] = [

  // ======================================================================
  // 1. Marked scoring grids: the mark's cell carries both judgements; axis words are not the verdict
  // ======================================================================
  {
    name: "s59-grid-tabs-x-fair-promising",
    why: "Grid as tab-separated rows, grades as rows and prospects as columns; the star column uses '*' while the mark is an X; every axis word appears, only the X's cell counts.",
    pages: [
      `Eastwold District Council\tInformation and Communications Technology
Best Value Inspection Service\tJanuary 2003

Scoring chart

The chart below shows our two judgements.

'How good is the service?'
Excellent\t***\t\t\t\t
Good\t**\t\t\t\t
Fair\t*\t\t\tX\t
Poor\t-\t\t\t\t
\t\tPoor\tUncertain\tPromising\tExcellent
'What are the prospects for improvement?'

Source: Audit Commission
3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-grid-spaces-asterisk-eraA",
    why: "Space-aligned grid from an early (era A) report with No/Unlikely/Probably/Yes columns; stars printed as glyphs beside the grades and the mark is an asterisk under 'Unlikely' in the Fair row.",
    pages: [
      `Borough of Marlow Heath
Best Value inspection of IT Services
May 2001

Summary

The chart shows where we have placed the service.

                    Will the service improve?
              No            Unlikely      Probably      Yes
How good
is the service?
Excellent ★★★
Good ★★
Fair ★                       *
Poor

Inspectors' scores are explained in the body of the report.
Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "s59-grid-transposed-tick-good-uncertain",
    why: "Transposed grid: prospects as rows, grades as columns, with a caption saying which axis is which; the mark is a check mark. The row label 'Excellent prospects' sits at the top and must not be read as the verdict.",
    pages: [
      `Thornbury and Wyke District Council - ICT Services Inspection\t\tOctober 2002

Scoring the service

In this chart the rows show the prospects for improvement and the columns show how good the
service is now (from no stars on the left to three stars on the right).

\tPoor\tFair\tGood\tExcellent
\t(0)\t(1 star)\t(2 stars)\t(3 stars)
Excellent prospects\t\t\t\t
Promising prospects\t\t\t\t
Uncertain prospects\t\t\t✓\t
Poor prospects\t\t\t\t

Thornbury and Wyke District Council\t\t\tPage 4 of 31`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s59-grid-wrapped-labels-dot",
    why: "Column labels wrapped over two lines ('Poor / prospects'); the mark is a filled dot in the Poor row under 'Uncertain'. The word 'Poor' appears as both a row and a column label.",
    pages: [
      `Cwm Tawel County Borough Council
Information Technology Services
Inspection report  -  March 2004

2. Scoring chart

Excellent   (3 stars)
Good        (2 stars)
Fair        (1 star)
Poor        (no stars)                  ●
                       Poor          Uncertain     Promising     Excellent
                       prospects     prospects     prospects     prospects

The dot shows our judgement of the service.
                                                                        - 5 -`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s59-grid-eraA-transposed-heavy-tick",
    why: "Era A grid printed the other way round: the four 'will it improve' answers are rows and the grades are columns; a heavy check mark in the 'Will probably improve' row, Fair column.",
    pages: [
      `Saltmarsh Borough Council
Best Value Inspection: Library and Information Service
August 2001

Our judgements are shown in the chart.

Will the service\tHow good is the service?
improve?\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t
Will probably improve\t\t✔\t\t
Unlikely to improve\t\t\t\t
Will not improve\t\t\t\t

Saltmarsh Borough Council - Library and Information Service\t7`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s59-grid-asterisk-good-excellent",
    why: "Space-aligned grid where the mark is an asterisk in the Good row far to the right, under 'Excellent' prospects; 'Excellent' is also the top row label, so only the column of the mark gives excellent prospects.",
    pages: [
      `Harrowdene London Borough Council
Inspection of Information and Communication Technology
Audit Commission  -  June 2003

How good is the             Prospects for improvement
service?             Poor        Uncertain   Promising   Excellent
Excellent ★★★
Good      ★★                                                 *
Fair      ★
Poor

Scoring chart: the asterisk marks the inspectors' judgement.

Harrowdene LBC ICT                                                  Page 3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s59-grid-eraA-wrapped-x-good-will",
    why: "Era A grid with two-line column headings ('Will not / improve'); the X sits under the right-hand 'Will / improve' column in the Good row. 'improve' appears in every heading.",
    pages: [
      `Northfleet Marches District Council
Information Technology Support Service
Best Value Inspection Service   -   February 2001

SCORING CHART
                 Will the service improve?
                 Will not      Unlikely to   Will probably  Will
                 improve       improve       improve        improve
How good is
the service?
Excellent
Good                                                          X
Fair
Poor

Page 4                                   Northfleet Marches DC - IT Support Service`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s59-grid-transposed-dot-page-break",
    why: "Transposed grid split across two pages: the column headings (grades) are on the first page, the prospect rows with a dot in the Poor prospects / Poor grade cell on the next page after a running header.",
    pages: [
      `Penrith Vale District Council
Revenues and Benefits ICT Support
Inspection report, November 2002

Scoring chart
                        How good is the service?
                        Poor       Fair       Good       Excellent
                        (no star)  (★)        (★★)       (★★★)
Penrith Vale District Council                                         Page 3`,
      `Revenues and Benefits ICT Support                    Audit Commission
Excellent prospects
Promising prospects
Uncertain prospects
Poor prospects            ●

Prospects for improvement are shown on the vertical axis.

Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer
practical pointers. This section sets out our recommendations.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ======================================================================
  // 2. Table cells mixing the grade word with stars or a sentence, beside a reasons column
  // ======================================================================
  {
    name: "s59-cell-fair-one-of-three",
    why: "Summary table whose cells read 'Fair: 1 star of 3' and 'Promising - yes, we think so'; the reasons column uses 'good', 'poor' and 'excellent' for other things.",
    pages: [
      `Greyfriars City Council - ICT Services
Best Value Inspection, July 2003

Summary of judgements

Question\tOur judgement\tWhy
How good is the service?\tFair: 1 star of 3\tSome good practice on the help desk, but poor network
\t\tavailability and no excellent features that set it apart
Are the prospects for improvement\tPromising - yes, we think so\tA realistic plan backed by members; a poor
good?\t\ttrack record on projects is the main risk

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-cell-eraA-no-will-not",
    why: "Era A table: the prospect cell reads 'No, it will not improve' and the grade cell 'Poor (no stars)'; the reasons column praises 'excellent staff commitment'.",
    pages: [
      `Oakhollow Borough Council
Best Value Inspection of Information Technology
April 2001

Our judgements at a glance

Is the service good?          Poor (no stars)           Users wait too long; fault logging is
                                                        patchy; no service standards
Will the service improve?     No, it will not improve   Excellent staff commitment is not matched
                                                        by any plan, budget or senior ownership

Oakhollow Borough Council                                                         2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s59-cell-good-two-stars-uncertain",
    why: "Cells 'Good (two stars)' and 'Uncertain - the plan is not yet funded'; the reasons column explains why the service is 'not excellent' and mentions a 'fair' share, trapping word matching.",
    pages: [
      `Kingsholme Metropolitan Borough Council
Corporate ICT Service - Inspection report
Audit Commission, September 2004

Table 1: Summary of scores

Judgement           Score                               Reasons
Current service     Good (two stars)                    Reliable network; well-run help desk;
                                                        not excellent because users in outlying
                                                        offices get a fair share of the problems
Prospects           Uncertain - the plan is not yet     Capital bid still before the executive;
                    funded                              key posts vacant

Kingsholme MBC                                                               page 2 of 28`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s59-cell-eraA-probably-fair-star",
    why: "Era A table where the cells read 'Fair - one star of a possible three' and 'Probably - the improvement plan is realistic', with reasons quoting poor user satisfaction.",
    pages: [
      `Wexcombe District Council: Information Technology Services
Best Value Inspection Service, June 2001

Summary

\tJudgement\tReasons
Quality of service\tFair ★ - one star of a possible three\tPoor user satisfaction (58 per cent); good
\t\tnetwork resilience
Likelihood of improvement\tProbably - the improvement plan is realistic\tClear targets; a new head of IT in post since
\t\tMarch; some risk from the finance system project

2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s59-cell-poor-zero-promising",
    why: "Cells 'Poor - 0 stars' and 'Promising prospects' with a reasons column that talks about 'fair progress' and a 'good' new manager; the grade and prospect point in different directions.",
    pages: [
      `Ridgeford Borough Council
Housing Repairs Service
Inspection report  |  February 2003

How we scored the service

| Aspect                  | Score                 | Reasons                                      |
| How good is the service | Poor - 0 stars        | Only 61% of urgent repairs done on time;      |
|                         |                       | tenants report poor quality of work           |
| Prospects               | Promising prospects   | Fair progress since the review; a good new    |
|                         |                       | repairs manager; contract re-let in April     |

Ridgeford Borough Council - Housing Repairs                                   3`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: "s59-cell-wrapped-fair-uncertain",
    why: "Narrow table cells wrapped word by word: 'Fair - the service / scores one / star' and 'Uncertain, / because / funding is / not secured'; the reasons column uses 'good'.",
    pages: [
      `Hartsbrook District Council
Council Tax and Business Rates Collection
Best Value inspection  -  December 2002

Scores

How good is      Fair - the       Collection rates are around the
the service?     service          average for the family group; good
                 scores one       telephone access
                 star
Prospects for    Uncertain,       The review's proposals are sound but
improvement      because          the revenues system replacement is
                 funding is       unbudgeted
                 not secured

Page 2 of 19`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s59-cell-stars-only-eraA-yes",
    why: "Era A summary box using stars and a bare 'Yes' in the cells; the word 'good' does not appear as the grade at all, only the two stars.",
    pages: [
      `Brackenfield City Council
Best Value Inspection - Information and Communication Technology
September 2001

At a glance
----------------------------------------------------------------
How good is the service?        ★★ (two stars out of three)
Will it improve?                Yes - the council will improve the service
----------------------------------------------------------------
Main reasons: a well-led team, an excellent relationship with schools, and a poor
record in the past on project delivery that has now been tackled.

Page i`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ======================================================================
  // 3. Prospects paraphrased as likelihood, belief and negation, with no scale word
  // ======================================================================
  {
    name: "s59-para-more-likely-than-not-eraA",
    why: "Era A prospect given only as 'more likely than not to improve' in the inspectors' voice: probably. Grade stated plainly as fair.",
    pages: [
      `Fenmoor District Council - IT Services - Best Value Inspection, March 2001

Summary

We judge the IT service to be a fair, one-star service. Users in the larger directorates are
reasonably well supported, although schools and the smaller offices are not.

Weighing the improvement plan against the council's record, we think it is more likely than
not that the service will get better over the next two years. The plan is clear and costed,
but it depends on two managers who are already stretched.

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s59-para-not-convinced-capacity-eraB",
    why: "Era B prospect paraphrased as the inspectors being 'not convinced' the council has the capacity to deliver: uncertain (ordinal 1). No scale word appears.",
    pages: [
      `Corby Lees Borough Council
Information and Communications Technology
Inspection report - May 2003

Summary

The ICT service is fair. It keeps the council's systems running, but it does little more.

Is improvement likely? The improvement plan contains the right actions, but we are not
convinced that the council has the people or the money to deliver it. Three of the last
four major projects ran late, and the plan assumes that the next four will not.

Corby Lees Borough Council                                                           4`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s59-para-nothing-suggests-better-eraA",
    why: "Era A 'will not improve' paraphrased: 'nothing in the plan, the budget or the behaviour of managers suggests that things will get better'. Grade poor given in passive form.",
    pages: [
      `Ashcombe Vale District Council
Best Value Inspection of the Information Technology Service
January 2001

1. Summary

The service was judged by the inspection team to be poor. Systems fail often, users have
lost faith in the help desk and there is no IT strategy.

Nothing we saw in the improvement plan, the budget or the behaviour of senior managers
suggests that things will get better. The plan restates the review's findings without
saying who will do what, or when, and no money has been set aside.

2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s59-para-confident-deliver-eraB",
    why: "Era B top prospect paraphrased as confidence that the plan will be delivered: excellent prospects, with no use of 'excellent'. Grade good stated in the active voice.",
    pages: [
      `Lindenbury County Council
ICT Shared Service
Audit Commission Inspection Service
November 2004

Summary

We found a good service that meets most of its users' needs and compares well with other
county councils.

We are confident that the council will deliver its improvement plan in full. It has done
what it said it would do after each of its last three reviews, the money is in the budget,
and the chief executive chairs the programme board.

Page 2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s59-para-doubtful-progress-eraA",
    why: "Era A 'unlikely' given as 'we doubt whether the service will make the progress it needs'. The word 'poor' appears only as ordinary description (poor morale).",
    pages: [
      `Kilnsea Borough Council
Information Technology: Best Value Inspection
July 2001

Summary

This is a fair service. Most systems are available when users need them, although poor
morale in the technical team is beginning to show in response times.

We doubt whether the service will make the progress it needs. The review was narrow, the
improvement plan has few measurable targets, and the council has not yet decided whether to
keep the service in-house.

Page 3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "s59-para-expect-better-slowly-eraB",
    why: "Era B 'promising' given as an expectation hedged on pace: 'we expect the service to get better, though more slowly than the council hopes'. The hedge concerns speed, not direction.",
    pages: [
      `Strand Valley District Council
Benefits Service
Inspection report - August 2002

Summary

In our view the benefits service is fair. New claims take on average 41 days to process,
against a national top-quartile figure of 29 days.

We expect the service to get better, though more slowly than the council hopes: the new
document imaging system is installed and staff are being trained, but the backlog of
3,200 cases will take most of the coming year to clear.

Strand Valley DC - Benefits                                                         1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-para-no-doubt-double-negation-eraA",
    why: "Era A 'will improve' expressed through a double negation ('we have no doubt that ... will improve'): the negation scopes over doubt, not over improvement.",
    pages: [
      `Wrenhampton City Council - Information Technology Services
Best Value Inspection Service - April 2001

Summary

We judge the service to be good. It is reliable, well managed and valued by the departments
it serves.

We have no doubt that the service will improve further. Its improvement plan is short,
specific and already half delivered, and there is nothing to suggest that the pace will slow.

1`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s59-para-no-realistic-prospect-eraB",
    why: "Era B lowest prospect written as 'we see no realistic prospect of the service being turned round'; 'prospect' appears but not a scale phrase. Grade poor.",
    pages: [
      `Dunmere Borough Council
Information and Communications Technology
Inspection report, January 2004

Summary

The ICT service is poor. Departments buy their own equipment because they cannot rely on the
central team, and the council has no reliable record of what it owns.

We see no realistic prospect of the service being turned round in the near future. The
council has had three heads of ICT in two years, the improvement plan has not been agreed by
members, and the budget for next year is lower than this year's.

Page 2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s59-para-odds-against-eraB",
    why: "Era B 'uncertain' phrased as 'the odds are against the council delivering its plan on time, although it is not impossible'. Grade good via 'a two-star service'.",
    pages: [
      `Halbury Metropolitan Borough Council
Libraries and Information Service
Audit Commission - March 2003

Summary

We consider the library service to be a good, two-star service with high levels of use and
satisfied customers.

Can it improve further? The odds are against the council delivering its plan on time,
although it is not impossible. The ICT upgrade on which half of the actions depend has
slipped twice, and the council has not said how it will be paid for.

Page 1`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ======================================================================
  // 4. Quoted views that are not the inspectors' (self-assessment, manager, neighbour, earlier inspection, council aim)
  // ======================================================================
  {
    name: "s59-quote-self-assessment-good",
    why: "The council's self-assessment rated the service good; the inspectors' evidence 'tells a different story' and they judge it fair with promising prospects.",
    pages: [
      `Bramwell District Council
ICT Services - Inspection report
Audit Commission, October 2003

Summary

The council's self-assessment described the ICT service as good, with excellent prospects.
Our evidence tells a different story. Users in three of the five directorates told us that
faults can take a week to fix, and the service has no agreed standards. We judge it to be a
fair service.

The improvement plan is well founded, and we think the service has promising prospects.

Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-quote-it-director-rapid-progress-eraA",
    why: "An IT director's view ('an excellent team that will improve rapidly') followed by 'However, we are not confident...': the verdict is the inspectors' unlikely, and the grade poor.",
    pages: [
      `Glassford Borough Council
Best Value Inspection: Information Technology
June 2001

How good is the service?

The Director of IT told us that he leads 'an excellent team' and expects rapid progress once
the new network is in. We do not share his view of the present service. Call logs show that a
third of calls are not resolved within the agreed time, and users rate the service below
every other support function. The service is poor.

Will the service improve?

However enthusiastic the IT management team may be, we are not confident that the council
will deliver its improvement plan: it is unfunded beyond April, and members have not
approved it. On balance the service is unlikely to improve.

Page 9`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s59-quote-neighbour-rating",
    why: "A neighbouring council's higher rating ('good, with excellent prospects') is quoted as comparison; the inspectors' own verdict on this council comes afterwards: fair, uncertain.",
    pages: [
      `Moorcross District Council
Information Technology Services
Inspection report - June 2004

Comparison with others

Neighbouring Westerfell District Council, whose IT service we inspected in 2003, was judged
to be good, with excellent prospects. Westerfell spends less per PC than Moorcross and
resolves more calls at first contact.

Our judgement

Set against that comparison, and against its own targets, we judge Moorcross's IT service
to be fair. Its prospects for improvement are uncertain because the partnership with
Westerfell, on which the plan relies, has not yet been agreed.

Moorcross District Council                                                          11`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s59-quote-earlier-inspection-reinspection",
    why: "A re-inspection that first recounts the earlier inspection's verdict (poor, will not improve, era A words from 2000) and then gives the new era B verdict: fair, promising.",
    pages: [
      `Tollington Borough Council
Housing Repairs and Maintenance - Re-inspection
Audit Commission, April 2003

Background

When we first inspected the repairs service in November 2000 we judged it to be poor and
said that it would not improve without a change of approach. The council asked us to return
once its new partnering contract had bedded in.

Summary of this re-inspection

The service has moved on. We now judge it to be fair, and its prospects for improvement are
promising: the contract is working, tenants are more satisfied and the council is tracking
the right measures.

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-quote-council-aim-excellent-by-2005",
    why: "The council's aim ('an excellent, three-star service by 2005') precedes the inspectors' statement that the service is currently poor with promising prospects.",
    pages: [
      `Ellesby City Council
E-government and ICT - Inspection report
Audit Commission, February 2004

The council's aims

The council's ICT strategy states that the aim is 'to be an excellent, three-star service by
2005, delivering every service electronically'. The strategy was adopted by the cabinet in
2002.

How good is the service?

Measured against that aim, the service has a long way to go. Only 38 per cent of
transactions can be completed electronically and the website is out of date. The service is
currently poor, but we judge that it has promising prospects because the new programme is
well led and fully funded.

Page 6`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: "s59-quote-head-of-ict-no-question-eraA",
    why: "The head of ICT is quoted as certain ('we will improve, no question'); the inspectors say instead that the service will probably improve. Grade good.",
    pages: [
      `Sowerby Bridge District Council
Information and Communications Technology
Best Value Inspection Service, September 2001

Summary

We judge the ICT service to be good. It runs a reliable network and is well regarded by the
departments.

The head of ICT told us: 'We will improve, no question - the plan is already under way.' We
are less certain. The plan is sound, but it relies on recruiting two network specialists in
a tight labour market. In our judgement the service will probably improve.

2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: "s59-quote-user-survey-excellent-eraA",
    why: "Users' survey responses call the help desk 'excellent'; the inspectors give their own, lower grade (fair) and an era A 'will improve' in the form 'we believe the service will improve'.",
    pages: [
      `Keldholme Borough Council
Best Value Inspection of IT Support Services
March 2001

How good is the service?

In the council's own survey, 64 per cent of users described the help desk as excellent or
very good. The survey was small, and the users we met were more critical. Taking all the
evidence together, the inspection team judges the IT support service to be fair.

Will the service improve?

We believe the service will improve. The council has agreed a three-year IT strategy, the
funding is in place, and the first milestones have been met.

Keldholme Borough Council                                                           8`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: "s59-quote-scrutiny-panel-poor",
    why: "A scrutiny panel's harsher view ('a poor service with poor prospects') is quoted, then contradicted by the inspectors: good, with promising prospects.",
    pages: [
      `Ashwick County Council
Corporate Information Technology
Inspection report - November 2003

Summary

Earlier this year the council's own scrutiny panel concluded that corporate IT was 'a poor
service with poor prospects', largely because of delays to the schools network. We reached a
different conclusion. The delays were real, but they were caused by a supplier and have been
resolved. In our view this is a good service, and its prospects for improvement are
promising.

Page 1`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ======================================================================
  // 5. Long sentences whose verdict stands far from its subject
  // ======================================================================
  {
    name: "s59-long-dash-list-of-duties",
    why: "The grade word 'fair' comes after a dash-delimited list of the service's duties (network, 41 systems, help desk hours, hosting for partners) that is more than forty words long.",
    pages: [
      `Cleveholm Metropolitan Borough Council - ICT Services - Inspection report - May 2004

How good is the service?

The ICT service - which runs the council's network of 2,100 PCs across 64 sites, supports 41
line-of-business systems (including the revenues, benefits, payroll and social care systems),
operates a help desk that is open from 7.30am until 6pm and, since April, hosts the website
on behalf of three partner councils - is, in our judgement and despite the evident commitment
of its staff, a fair service.

Will the service improve?

We judge that the service has promising prospects for improvement.

Page 5`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-long-split-by-page-break",
    why: "The prospect phrase is split across a page break, with a running header and page number between 'has' and 'promising prospects'. Grade good given earlier.",
    pages: [
      `Wolverdean District Council
ICT Services
Inspection report - September 2003

Summary

Wolverdean's ICT service is good. It is reliable, and users in all departments told us that
the help desk is quick and courteous. Taking into account the council's track record, the
resources set aside in the medium-term financial plan and the strength of the new programme
office, we judge that the service has`,
      `Wolverdean District Council - ICT Services                               Page 2 of 24

promising prospects for improvement. The main risk is the planned move to a new data centre.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s59-long-hyphenated-line-ends",
    why: "Verdict words hyphenated at line ends ('excel-/lent', 'pro-/mising') inside a long sentence; a tool must rejoin them. Grade excellent, prospects promising.",
    pages: [
      `Lowther Abbey District Council
Planning and Building Control ICT
Audit Commission - July 2005

Summary

Having looked at how the department handles applications on line, at its turnaround times
(which are the fastest in its family group), at the views of agents and residents and at the
way its systems share data with the council's customer centre, we consider that the service
is an excel-
lent one, and, given the investment already committed for the next three years, that it has
pro-
mising prospects for further improvement.

Lowther Abbey DC                                                                   3`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: "s59-long-brackets-commission-terms",
    why: "Subject and verdict separated by a long bracketed aside and a dash-delimited phrase; the grade is given as a quoted scale word ('poor', zero-star) at the end of the sentence.",
    pages: [
      `Rushmere Borough Council
Information and Communications Technology Services
Inspection report - December 2002

Our judgement

Our judgement of the ICT service (having considered its aims, its performance against the
targets for 2001/02, what users in every directorate told us, the results of the council's
own staff survey and how its costs and performance compare with the best councils in its
family group) is that it is - in the terms the Commission uses - a 'poor', zero-star
service.

The prospects for improvement are uncertain.

Page 4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s59-long-eraA-asides-before-probably",
    why: "Era A sentence with a list of four conditions (plan, interim head, service level agreements, capital) between 'the council' and 'will probably improve the service'.",
    pages: [
      `Pennybridge District Council
Best Value Inspection: Information Technology Service
August 2001

Will the service improve?

We think that the council, given the improvement plan agreed by the cabinet in June, the
appointment of an interim head of IT, the new service level agreements now being negotiated
with each of the five directorates and the additional 400,000 pounds in the capital
programme for 2001/02, will probably improve the service.

How good is the service?

The service is fair.

Page 12`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s59-long-verdict-first-subject-late",
    why: "The verdict comes first and the service it describes arrives forty words later ('Good - two stars out of three - is how we would describe, ..., the council's revenues service').",
    pages: [
      `Holmfirth Cross Borough Council
Revenues Service
Inspection report, October 2004

Summary

Good - two stars out of three - is how we would describe, after six weeks of fieldwork,
interviews with more than 60 staff, councillors and local businesses, a review of the
collection figures for the last four years and a visit to the cash office, the council's
revenues service. The improvement plan is ambitious but well founded, and the prospects
for improvement are, in our view, excellent.

Page 1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s59-long-grade-across-line-with-header",
    why: "The grade word 'fair' is split from 'a' by a line break that carries a running footer and page number in the middle of the sentence; prospects given in era A words.",
    pages: [
      `Yarrowby District Council
Best Value Inspection of ICT
December 2000

Summary

The inspectors found that the IT service, which is provided by a small in-house team of
eleven staff supporting around 700 users at the town hall and four depots, is a
Yarrowby District Council - Best Value Inspection Service                          2
fair service that is unlikely to improve without additional funding, which the council has
so far declined to provide.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ======================================================================
  // 6. Documents about an inspection (committee paper, press release, minutes) that relay the verdict, or state another service's grade
  // ======================================================================
  {
    name: "s59-about-committee-paper-relays",
    why: "A cabinet report relaying the Audit Commission's verdict on ICT (fair, promising), while also mentioning that the benefits service was judged good last year.",
    pages: [
      `AGENDA ITEM 7

GRETTON BOROUGH COUNCIL
CABINET - 2 APRIL 2003
REPORT OF THE DIRECTOR OF CORPORATE SERVICES

BEST VALUE INSPECTION OF ICT SERVICES - OUTCOME

1. Purpose of report
1.1 To inform members of the outcome of the Audit Commission's inspection of ICT services.

2. Background
2.1 Members will recall that the benefits service, inspected in 2002, was judged good with
promising prospects.
2.2 The Audit Commission's inspection report on the ICT service, published on 14 March 2003,
judged the service to be 'fair' (one star) with 'promising prospects' for improvement.

3. Recommendation
3.1 That the action plan at Appendix A be approved.`,
      `Appendix A - ICT inspection action plan

Recommendation\tAction\tLead officer\tDate
R1 Align ICT strategy with the community plan\tRevise strategy\tHead of ICT\tJune 2003
R2 Introduce service level agreements\tDraft SLAs with directorates\tICT Manager\tSept 2003

Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-about-press-release-two-stars",
    why: "Press release headline uses stars ('two stars') and the body says inspectors found uncertain prospects; the council leader's upbeat quote is not a verdict.",
    pages: [
      `NEWS RELEASE
For immediate release - 19 August 2004

COUNCIL'S COMPUTER SERVICES AWARDED TWO STARS

Inspectors from the Audit Commission have rated Stourfield City Council's information and
communications technology service as a 'good' two-star service.

The inspectors praised the help desk and the council's website, but said the service had
'uncertain' prospects for improvement because its plans depend on a new finance system that
has not yet been bought.

Council Leader Cllr Jean Maddox said: 'This is an excellent result for our staff, and I am
sure we will prove the inspectors wrong on prospects.'

ENDS
Notes to editors: the full report is available from the Audit Commission website.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s59-about-minutes-eraA-library",
    why: "Minutes relaying an era A library inspection: 'a one-star service that would probably improve'; 'fair' never appears, and the member's comment on the 'poor' car park is irrelevant.",
    pages: [
      `MINUTES OF THE MEETING OF THE LEISURE AND CULTURE COMMITTEE
HELD ON 17 JULY 2001 AT THE TOWN HALL, BRIMLEY

Present: Cllr P Oakes (Chair), Cllrs Hamid, Lowe, Pritchard and Walsh

34. BEST VALUE INSPECTION OF THE LIBRARY SERVICE
The Chair reported that the Audit Commission inspectors had concluded that the library
service was a one-star service that would probably improve. The report praised the mobile
library and the new ICT suites in branch libraries.
Cllr Walsh noted that access to the central library remained difficult because of the poor
state of the car park.
RESOLVED: that the report be noted and the improvement plan be referred to the Executive.

35. ANY OTHER BUSINESS
None.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s59-about-other-service-only",
    why: "A committee paper on the ICT Best Value review that reports only other services' inspection grades (benefits good, waste poor); ICT has not been inspected, so there is no judgement of this service.",
    pages: [
      `CORPORATE RESOURCES SCRUTINY COMMITTEE - 9 OCTOBER 2002
BEST VALUE REVIEW OF ICT SERVICES: PROGRESS REPORT

1. The ICT review began in June and the challenge workshop is planned for November.
2. Lessons from earlier inspections are being built in. The benefits service was judged
   good with promising prospects in February; the waste collection service was judged poor
   with uncertain prospects in May. Both reports criticised the council's IT support.
3. The Audit Commission will inspect ICT services in spring 2003.
4. Members are asked to note progress.

Contact officer: R Dunne, Best Value Co-ordinator`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-about-newspaper-planning-unfair",
    why: "Local newspaper story relaying a planning inspection verdict (poor, poor prospects); the council leader calls it 'unfair', a trap for the word 'fair'.",
    pages: [
      `THE WEXLEY ADVERTISER  -  Thursday, March 11, 2004                        Page 5

Planning department slated by watchdog

By our local government reporter

WEXLEY'S planning department is failing residents, according to a damning report by
government inspectors.

The Audit Commission rated the service 'poor' and said it had poor prospects of getting
any better, after finding that only four in ten householder applications were decided
within eight weeks.

Council leader Cllr Tom Bright said the verdict was 'unfair' and that a fair reading of
the figures would show recent progress. 'Our staff do an excellent job under pressure,' he
said.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s59-about-minutes-disputed-prospects",
    why: "Executive minutes noting the ICT inspection rated the service good with uncertain prospects; the head of ICT's belief that prospects are excellent is his view, not the verdict.",
    pages: [
      `Executive Board - Minutes - 4 February 2003

Item 12  ICT Best Value inspection report

The Board received the Audit Commission's report on the ICT service. Members noted that the
inspectors had rated the service 'good' but had judged its prospects for improvement to be
'uncertain'. The Head of ICT told the Board that in his view the prospects were in fact
excellent, as the funding issue raised by the inspectors had since been resolved.

Resolved:
(a) that the report be noted;
(b) that the Head of ICT report back in six months on the improvement plan.

Chair ................................   Date ........................`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ======================================================================
  // 7. Plain statements in many forms (active, passive, headline, summary box, section conclusions)
  // ======================================================================
  {
    name: "s59-plain-active-eraB-ict",
    why: "Simple active statement of both judgements in the summary; the body uses 'excellent working relationships' and 'poor morale' as ordinary words.",
    pages: [
      `Sedgebrook District Council
Information and Communications Technology
Inspection report - April 2003

Summary

We have judged the ICT service to be a fair, one-star service that has uncertain prospects
for improvement.

The team has excellent working relationships with the schools it supports, but poor morale
after the failed restructuring has led to the loss of four experienced staff.

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s59-plain-passive-eraA",
    why: "Passive era A statement ('has been assessed by the inspectors as a good service which will probably improve'); 'a fair proportion' is an ordinary-word trap.",
    pages: [
      `Harrowgate Vale District Council
Best Value Inspection of Information Technology
November 2000

Summary

The IT service has been assessed by the inspectors as a good service which will probably
improve. A fair proportion of the actions in the improvement plan are already complete.

1`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: "s59-plain-headline-title-page",
    why: "The verdict appears as a headline on the title page ('A poor service with uncertain prospects'), the way Commission reports print it under the service name.",
    pages: [
      `Information Technology Services

Fallowfield Borough Council

A poor service with uncertain prospects

Inspection report
Audit Commission
March 2002`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s59-plain-summary-box-eraB",
    why: "Boxed summary with short labelled lines (Service / Score / Prospects), flattened by the extractor.",
    pages: [
      `Kirkwhelpington District Council - Waste Collection - Inspection report - January 2004

+----------------------------------------------+
| SUMMARY                                      |
| Service:     Waste collection and recycling  |
| Score:       Good (two stars)                |
| Prospects:   Excellent                       |
+----------------------------------------------+

The council collects waste from 41,000 households each week and recycles 31 per cent of it.

Page 1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s59-plain-how-good-section-conclusion",
    why: "The 'How good is the service?' section ends with the conclusion sentence; the 'Will the service improve?' section ends with the prospect; earlier paragraphs compare with a good-rated neighbour.",
    pages: [
      `How good is the service?

Aims
The ICT strategy sets out clear aims, but they are not linked to the community plan.

Comparison with others
Nearby Felsham, whose ICT service is rated good, spends a similar amount per user but answers
more calls at first contact.

Conclusion
Overall we judge that the ICT service is fair.

Whitlow Borough Council - ICT inspection                                       Page 14`,
      `Will the service improve?

The improvement plan
The plan is costed, has clear milestones and has been agreed by the executive.

Conclusion
We consider that the prospects for improvement are promising.

Page 15`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-plain-eraA-will-improve-yes",
    why: "Era A 'Yes' answer to 'Will the service improve?' set out as a question and answer; the grade is given as 'excellent' with three stars.",
    pages: [
      `Ambercliff City Council
Best Value Inspection: Customer Services and Contact Centre
September 2001

Is the service good?  The contact centre is an excellent, three-star service.

Will the service improve?  Yes. The council has a clear plan, committed leadership and the
money to deliver it, and we judge that the service will improve.

Page 1`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: "s59-plain-in-our-view-eraB",
    why: "Inspectors' own voice 'In our view' for both judgements in one sentence; a targets paragraph mentions 'excellent' as an aim.",
    pages: [
      `Brockholes Borough Council
Information and Communications Technology - Inspection report
Audit Commission, June 2002

Summary

In our view the ICT service is poor and its prospects for improvement are poor.

The council's e-government statement sets a target of 100 per cent electronic service
delivery by 2005 and says the council wants to be 'excellent' at it. Very little of this
has been started.

2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s59-plain-commission-judges-eraB-benefits",
    why: "The Commission in the third person ('The Commission has judged') for a benefits service; a reference to last year's ICT inspection grade is a trap.",
    pages: [
      `Medwayne Borough Council
Housing and Council Tax Benefits
Audit Commission Inspection report - July 2003

Summary

The Commission has judged the benefits service to be fair, with promising prospects for
improvement. The council's ICT service, inspected in 2002, was judged poor, and the benefits
system still suffers from the network problems found then.

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-plain-eraA-unlikely-team",
    why: "Era A statement in the form 'the inspection team considers ... unlikely to improve', with the grade given first as a zero-star score.",
    pages: [
      `Greenholm District Council
Information Technology Services - Best Value Inspection
May 2001

Summary

The inspection team scored the IT service at zero stars: a poor service. The team also
considers that the service is unlikely to improve, because the council has not yet decided
how the service should be provided in future.

1`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s59-plain-chart-caption-quote",
    why: "The scoring chart's caption quotes the verdict in the usual Commission style: 'a good service that has promising prospects for improvement', above an unmarked-looking grid.",
    pages: [
      `Stanbury County Council - Information Technology Services - October 2002

Scoring chart

'a good service that has promising prospects for improvement'

How good is the service?
Excellent
Good
Fair
Poor
Poor    Uncertain    Promising    Excellent
Prospects for improvement?

Page 3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s59-plain-bullets-eraB-ict",
    why: "Bulleted summary findings where both judgements appear as bullet items among strengths and weaknesses.",
    pages: [
      `Quarry Bank Metropolitan Borough Council
ICT Inspection - Summary of findings
March 2005

Our main findings are:
- the ICT service is good;
- staff are skilled and helpful, and the help desk fixes 78 per cent of faults at first call;
- the council's website is poor by comparison with similar councils;
- the service has promising prospects for improvement.

Page 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s59-plain-eraA-will-not-scored",
    why: "Era A plain statement with both judgements in one sentence in a 'Scoring' paragraph: 'poor ... will not improve'.",
    pages: [
      `Lambourne Vale District Council
Best Value Inspection: Information Technology
October 2000

Scoring

We have scored the IT service as poor, and we do not believe that it will improve. There is
no improvement plan, and the council has not set aside any money to replace its ageing
systems.

Page 3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s59-plain-fair-promising-eraB-procurement",
    why: "Procurement service; plain 'we found a fair service ... with promising prospects' inside a paragraph that also praises 'excellent' contract management in one area.",
    pages: [
      `Cotswold Edge District Council
Corporate Procurement
Inspection report - November 2003

Summary

We found a fair service with promising prospects for improvement. Contract management in the
highways team is excellent, but elsewhere the council does not know how much it spends or
with whom.

Page 1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s59-plain-excellent-excellent-eraB",
    why: "Both judgements at the top of the scale, stated in the active voice; a trap sentence about the previous, poor, IT set-up.",
    pages: [
      `Ravensmoor City Council
E-government and Customer Access
Inspection report - February 2005

Summary

This is an excellent, three-star service, and its prospects for further improvement are
excellent. Five years ago the council's IT was poor; today 82 per cent of its services can
be used on line.

Page 1`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: "s59-plain-wales-eraB-uncertain",
    why: "A Welsh council's ICT report; 'We consider the service to be fair' and 'prospects ... uncertain' appear in separate paragraphs, with a Welsh Assembly target mentioned.",
    pages: [
      `Cyngor Sir Aberdyfi / Aberdyfi County Council
Information and Communication Technology
Inspection report - September 2002

Summary

We consider the ICT service to be fair. It supports 1,600 users reliably but does little to
help departments use technology to change the way they work.

The Welsh Assembly's targets for electronic service delivery are not reflected in the
council's plans. For this reason, among others, we judge the prospects for improvement to
be uncertain.

Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s59-plain-eraA-good-will-passive",
    why: "Era A passive form: 'The service is judged to be good, and it will improve', with a benefits grade from elsewhere as a trap.",
    pages: [
      `Tewksby Borough Council
Best Value Inspection: IT and Telecommunications
July 2001

Summary

The IT and telecommunications service is judged by the inspectors to be good, and we are
satisfied that it will improve. (The council's benefits service, inspected in March, was
judged fair.)

Page 1`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ======================================================================
  // 8. No judgement at all (drafts, self-assessments, plans, papers before the inspection, other services only)
  // ======================================================================
  {
    name: "s59-none-draft-scores-tbc",
    why: "Draft inspection report: the summary says scores are to be confirmed and the scoring chart is printed without any mark; axis words only.",
    pages: [
      `DRAFT - NOT FOR PUBLICATION - FACTUAL ACCURACY CHECK ONLY

Fernleigh District Council
ICT Services
Inspection report - draft v0.3, 12 May 2003

Summary

[Scores to be confirmed following moderation.]

Scoring chart
How good is the service?\tExcellent / Good / Fair / Poor
Prospects for improvement?\tPoor / Uncertain / Promising / Excellent
(chart to be completed)

Page 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-self-assessment-good",
    why: "The council's own Best Value review with a self-assessment ('we consider our ICT service to be good, with excellent prospects'): not an inspectors' judgement.",
    pages: [
      `Bexmoor Borough Council
Best Value Review of ICT Services
Final Report of the Review Team - January 2002

Section 6: Self-assessment

Using the Audit Commission's key lines of enquiry, the review team considers that the ICT
service is currently good (two stars) and that its prospects for improvement are excellent.
We reached this view after a challenge workshop with users and a benchmarking exercise with
the SOCITM family group.

Section 7: Improvement plan
See Appendix C.

Page 22`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-improvement-plan-targets",
    why: "An improvement plan whose targets use scale words ('achieve a three-star, excellent rating by 2005'; 'move from fair to good'); targets are not judgements.",
    pages: [
      `Darnhall City Council
ICT Improvement Plan 2003 - 2006

Our ambition
To be an excellent, three-star ICT service by 2005, and to be recognised by the Audit
Commission as having excellent prospects.

Key targets
Target\tBaseline 2002/03\t2003/04\t2004/05
Calls fixed at first contact\t52%\t65%\t75%
User satisfaction rated good or excellent\t48%\t60%\t75%
Corporate assessment of ICT\tfair\tgood\texcellent

Page 3`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-paper-before-inspection",
    why: "A committee paper written before the inspection: officers 'hope for a good score' and explain the scale; nothing has been judged yet.",
    pages: [
      `POLICY AND RESOURCES COMMITTEE - 21 FEBRUARY 2001
FORTHCOMING BEST VALUE INSPECTION OF INFORMATION TECHNOLOGY

1. The Audit Commission's inspectors will be on site from 12 to 23 March 2001.
2. Inspectors will answer two questions: how good is the service (poor, fair, good or
   excellent) and will it improve (no, unlikely, probably or yes).
3. Officers believe the service is well placed and hope for a good score with a
   positive view on improvement, but this will depend on the evidence inspectors find.
4. Members may be interviewed during the inspection.

Report author: Head of Information Technology`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-terms-of-reference-letter",
    why: "Inspection scope letter setting out the methodology and the prospect vocabulary; no service has been scored.",
    pages: [
      `Audit Commission
Best Value Inspection Service

Ms A Kerr
Chief Executive
Loxley District Council

3 September 2002

Dear Ms Kerr

Inspection of ICT services - scope

Thank you for agreeing the timetable. As discussed, we will judge how good the service is, on
a scale from poor (no stars) to excellent (three stars), and whether its prospects for
improvement are poor, uncertain, promising or excellent. We will report our findings in
December.

Yours sincerely

Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-methodology-appendix-grid",
    why: "Methodology appendix that explains the scoring chart and prints the empty grid with all axis labels, plus an example caption in hypothetical form.",
    pages: [
      `Appendix 4 - How we score services

Inspectors place each service in one cell of the chart below. For example, a service placed
in the second row and third column would be described as 'a good service with promising
prospects'.

How good is the service?
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
Prospects for improvement

Page 31`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-staff-newsletter",
    why: "Staff newsletter about the ICT department with 'excellent', 'poor' and 'fair' as ordinary words, and a note that the inspection is coming.",
    pages: [
      `BYTES - the ICT team newsletter - Issue 14, Spring 2003

Welcome to the spring issue! Thanks to everyone who turned out in poor weather for the
charity walk - we raised an excellent 1,240 pounds.

Help desk news: calls are up 12 per cent on last year, and the new phone system is working
well. A fair number of you have asked about home working: see page 3.

Inspection: the Audit Commission visits in June. Please make sure your desk procedures are
up to date.

Page 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-challenge-workshop-notes",
    why: "Notes of a Best Value challenge workshop where participants give opinions ('the help desk is poor', 'excellent network'); no inspection judgement exists.",
    pages: [
      `Best Value Review of IT Services - Challenge Workshop
Notes of meeting held 8 November 2000

Participants: review team, two external challengers, user representatives

Key points raised
* Users feel the help desk is poor at keeping them informed.
* The network was described as excellent by the education department.
* Challenger (from a neighbouring council): 'Your costs look fair, but you don't measure
  what matters.'
* Question: will the service improve if it stays in-house? No consensus.

Actions: review team to test options for external provision.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-user-survey-results",
    why: "User satisfaction survey results in a table with 'excellent / good / fair / poor' columns; ratings by users, not an inspection verdict.",
    pages: [
      `Grantley Borough Council
ICT Services - User Satisfaction Survey 2004

Q3. How would you rate the help desk?
\tExcellent\tGood\tFair\tPoor
Response time\t12%\t41%\t30%\t17%
Quality of fix\t18%\t44%\t25%\t13%
Courtesy\t39%\t46%\t11%\t4%

Q7. Do you expect the service to improve over the next year?
Yes 46%    No 21%    Don't know 33%

Page 4`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-benchmarking-report",
    why: "SOCITM-style benchmarking report placing the council in quartiles ('poor quartile', 'excellent performance on cost'): comparison, not an inspection score.",
    pages: [
      `ICT Benchmarking Club - Individual Council Report 2002/03
Participant: Hallam Bridge District Council

Measure\tYour result\tClub median\tQuartile
Cost per workstation\t1,020 pounds\t1,180 pounds\tTop
Calls resolved at first contact\t49%\t61%\tBottom
User satisfaction index\t5.9\t6.4\tThird

Commentary: excellent performance on cost, but poor results on first-contact resolution
place the council in the lowest quartile for that measure.

Page 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-ict-strategy",
    why: "The council's own ICT strategy promising that 'we will improve' and aiming at an 'excellent' service; the council's aim, not an inspection finding.",
    pages: [
      `Ebbsford Metropolitan Borough Council
ICT Strategy 2002 - 2005: Connecting Ebbsford

Foreword by the Leader
Ebbsford deserves an excellent council, and excellent councils need excellent ICT. Our ICT
service has come a long way since the poor days of the 1990s. We will improve it further,
and we will meet the government's 2005 target for electronic service delivery.

Cllr M Farrant, Leader of the Council

Page ii`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-annual-audit-letter",
    why: "Annual audit letter about the accounts and financial standing, with 'good' and 'fair' as ordinary words and a note that the ICT inspection is planned for next year.",
    pages: [
      `Annual Audit Letter 2001/02
Melbridge District Council

Key messages
- We gave an unqualified opinion on the accounts, which presented fairly the council's
  financial position.
- Financial standing is good: balances are above the council's minimum level.
- IT controls over the payroll system need strengthening; poor password management was found.
- The Best Value inspection of ICT services is planned for 2003/04.

District Auditor`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-unscored-inspection",
    why: "An inspection of a cross-cutting review that, by agreement, was not scored; it discusses strengths and weaknesses but states that no judgement is given.",
    pages: [
      `Hollinshead Borough Council
Cross-cutting Review of Access to Services
Inspection report - March 2002

Introduction

This report covers the council's cross-cutting review of access to services. By agreement
with the council, and because the review was not complete, we have not scored the service
or given a judgement on its prospects for improvement.

What we found
The council's one-stop shops are popular, but the telephone service is poor and the website
is hard to use.

Page 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s59-none-other-services-annual-report",
    why: "The ICT section of a council's annual performance plan that lists other services' inspection results (libraries fair, benefits good) but contains no inspection of ICT.",
    pages: [
      `Harlowe District Council - Best Value Performance Plan 2002/03

Section 4: Information and Communications Technology

Inspections completed in 2001/02 (other services):
  Libraries\t\tfair, will probably improve
  Benefits\t\tgood, promising prospects

The ICT service has not yet been inspected. Its Best Value review will report in 2003,
and the council aims for the service to be judged good.

Page 17`,
    ],
    expect: { grade: null, prospect: null },
  },
];
