/** Held-out judgement set 23, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases23: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's23-grid-tabs-asterisk-prospects-on-rows',
    why: "kind 1: tab-separated grid, prospects as rows (excellent at top), grades as columns; the * sits in row Promising, second grade column (Fair); every axis word appears and the summary states neither judgement in words",
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Rushmere Borough Council
February 2003
Audit Commission`,
      `Summary
Rushmere Borough Council's ICT service supports about 1,900 users on 27 sites and runs the
corporate network, the help desk and the council's web site. The council's stated ambition is to
be an excellent ICT service by 2005.
We have assessed the service against the two questions that every Best Value inspection asks, and
our scores are shown in the chart below.
Scoring chart
'A good service?' runs along the bottom; 'Prospects for improvement?' runs up the side.
Excellent\t\t\t\t
Promising\t\t*\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
The asterisk shows the inspectors' judgement.
Recommendations
To rise to the challenge of continuous improvement the council should:
• agree service levels with each department;
• complete the replacement of its oldest PCs.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's23-grid-spaces-x-grades-on-rows-era-a',
    why: "kind 1: layout-preserving extraction with runs of spaces; grades on rows, the four era-A prospects across the top; the X is on the Poor row under 'Unlikely to improve'; text elsewhere says 'poor morale' and 'will improve' in a target",
    pages: [
      `BEST VALUE INSPECTION
Information Technology Services
Westcombe District Council
July 2001`,
      `Summary
The IT section has 14 staff and a budget of £1.6 million. Users describe poor morale in the
section since the restructuring, and the section's own plan says response times will improve
by 40 per cent within a year.

Figure 1: Scoring chart
Rows: how good is the service?  Columns: will the service improve?

               Will not      Unlikely to    Will probably    Will
               improve       improve        improve          improve
Excellent
Good
Fair
Poor                         X

The rest of this report explains the reasons for these judgements.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's23-grid-one-cell-per-line-tick',
    why: "kind 1: extraction puts each grid cell on its own line with empty boxes; the first row (Excellent prospects) has the tick in its third cell, which is the Good column in the footer list",
    pages: [
      `Inspection report
ICT Support Services
Haddlesey Metropolitan Borough Council
November 2002
Best Value Inspection Service`,
      `Summary
This inspection looked at the council's in-house ICT support, including the help desk,
desktop support, the network and systems development.
Scoring chart
Prospects for improvement (vertical axis) against 'a good service?' (horizontal axis)
Excellent
□
□
✓
□
Promising
□
□
□
□
Uncertain
□
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
Excellent
Inspectors mark one cell only.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's23-grid-pipes-black-star-era-a',
    why: "kind 1: pipe-separated grid from 2001; rows are the era-A answers Yes/Probably/Unlikely/No, columns poor to excellent; the black star is in row Yes, column Good",
    pages: [
      `Audit Commission
Best Value Inspection Service
Corporate Information Technology
Tamworth Vale Borough Council
March 2001`,
      `SUMMARY
The chart plots how good the service is (columns, from no stars to three stars) against whether
it will improve (rows).
                | Poor | Fair | Good | Excellent
Yes             |      |      |  ★   |
Probably        |      |      |      |
Unlikely        |      |      |      |
No              |      |      |      |
A fair proportion of the recommendations of the council's own review have already been acted on,
and this is reflected in our scores.
2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's23-grid-bullet-prospects-across-asterisk-labels',
    why: "kind 1: grades down the side labelled with asterisks (which are not the mark), prospects across; the bullet sits under the first prospect column (Poor) on the Poor row",
    pages: [
      `Information Technology Services
Brackenfield County Council
Inspection report, September 2004`,
      `Chart 1 – scoring
How good is the service (down) and what are its prospects for improvement (across)?

                      Poor        Uncertain    Promising    Excellent
Excellent (***)
Good (**)
Fair (*)
Poor (no stars)       •

The council has excellent working relationships with its schools, but, as the rest of this
report shows, that is not enough.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's23-grid-bracket-checkboxes-era-a',
    why: "kind 1: every cell printed as [ ], the marked one as [x]; the [x] is in row 'Will not improve', column Fair; body also quotes the council's aim to become good",
    pages: [
      `Best Value Inspection
Information Technology
Cold Ashby District Council
August 2001`,
      `Summary of our judgements
How good is the service?        Poor    Fair    Good    Excellent
Will improve                    [ ]     [ ]     [ ]     [ ]
Will probably improve           [ ]     [ ]     [ ]     [ ]
Unlikely to improve             [ ]     [ ]     [ ]     [ ]
Will not improve                [ ]     [x]     [ ]     [ ]

Background
The council aims to have a good IT service within three years, and its review proposed a
programme of changes to get there.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's23-grid-dash-cells-asterisk-key',
    why: "kind 1: grid with dashes in empty cells and a key line that itself contains an asterisk; the real * is on the Excellent grade row under Promising prospects",
    pages: [
      `The Audit Commission
Best Value Inspection Service
ICT and e-Government
City of Northbridge Council
May 2003`,
      `Scoring chart
                      Prospects for improvement
A good service?       Poor    Uncertain    Promising    Excellent
Excellent             –       –            *            –
Good                  –       –            –            –
Fair                  –       –            –            –
Poor                  –       –            –            –
Key: * marks the inspectors' judgement. Stars (0 to 3) show how good the service is.

Northbridge has set itself the target of being one of the top ten councils for electronic
service delivery by 2005.
3`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with extra words
  {
    name: 's23-table-good-two-stars-of-three-reasons-mention-poor',
    why: "kind 2: judgement cells read 'Good: 2 stars of 3' and 'Promising – ...'; the reasons column uses poor and excellent about other things",
    pages: [
      `ICT Services
London Borough of Ferrisford
Best Value Inspection
January 2003`,
      `Summary of judgements
Question                        Judgement                              Main reasons
How good is the service?        Good: 2 stars of 3                     Fast, reliable help desk; network
                                                                       availability above 99 per cent; the
                                                                       poor response to schools in 2001 has
                                                                       been put right
What are the prospects for      Promising – the improvement plan       Costed plan with clear milestones;
improvement?                    is realistic and well led              some excellent early results, but
                                                                       staff capacity is still stretched`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's23-table-fair-one-star-no-will-not-cells-per-line',
    why: "kind 2: table extracted one cell per line; 'Fair (one star)' and 'No, it will not improve', with a reasons column that says 'good grounds for concern' and 'Excellent intentions'",
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Sedgemoor Vale District Council
May 2001`,
      `Table 1: Inspection judgements
Question
Judgement
Why
How good is the service?
Fair (one star)
Day-to-day support is delivered reliably, but there are good grounds for concern about the slow
progress of the new financial system.
Will the service improve?
No, it will not improve
The improvement plan is unfunded and has no timescales, and the review did not challenge whether
the service should be provided in-house. Excellent intentions alone will not bring about change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's23-table-poor-no-stars-uncertain-colon',
    why: "kind 2: 'Poor – no stars (0/3)' and 'Uncertain: ...' cells; the reasons cell praises 'excellent working relationships' with schools",
    pages: [
      `Information and Communication Technology
Marlowe Borough Council
Inspection report
June 2002`,
      `The inspectors' judgements
Judgement                  Score                           Reasons
Current service            Poor – no stars (0/3)           Frequent network failures; no
                                                           service levels; excellent working
                                                           relationships with schools do not
                                                           make up for basic weaknesses
Prospects for              Uncertain: some early signs     New head of ICT in post; plan not yet
improvement                of progress, but the plan is    costed; good ideas but no track record
                           untested`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's23-table-three-black-stars-excellent-prospects',
    why: "kind 2: grade cell is stars plus word '★★★ Excellent'; prospects cell 'Excellent prospects — ...'; reasons speak of 'a fair proportion' and 'poor' in the past",
    pages: [
      `Best Value Inspection Service
ICT Shared Service
Holbrook and Wainfleet Councils
October 2004`,
      `At a glance
                                 Our judgement                      Why
A good service?                  ★★★ Excellent                      Users rate the service highly; a
                                                                    fair proportion of projects were
                                                                    delivered ahead of time; costs are
                                                                    in the lowest quarter
Prospects for improvement?       Excellent prospects — a strong     Poor performance in 2001 was turned
                                 record of delivery and a           round within a year; ambitious,
                                 well-resourced plan                funded plan`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's23-table-good-two-stars-yes-will-improve-era-a',
    why: "kind 2: era-A table 'Good (two stars)' and 'Yes – the service will improve'; reasons column mentions historic poor performance",
    pages: [
      `Information Technology Services
Ravensworth Borough Council
Best Value Inspection
February 2001`,
      `Our judgements in brief
Is the service good?           Good (two stars)                  Responsive help desk; most systems
                                                                 available when needed
Will the service improve?      Yes – the service will improve    Historic poor performance on
                                                                 projects has been tackled; clear,
                                                                 funded plan owned by members`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's23-table-one-star-fair-sentence-uncertain-capacity',
    why: "kind 2: grade cell is a sentence 'One star – fair. ...', prospect cell 'Uncertain prospects: ...'; reasons column uses good and poor of sub-topics",
    pages: [
      `ICT Services
Thornbury Heath District Council
Best Value Inspection Service
March 2002`,
      `Inspection scores
How good is the service?
One star – fair. The service meets most of its basic standards.
Reasons: good progress on the web site; poor project management on the housing system.
What are the prospects for improvement?
Uncertain prospects: the plan is sound but capacity to deliver it is thin.
Reasons: key posts vacant; no contingency in the budget.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased
  {
    name: 's23-paraphrase-on-balance-expect-better',
    why: "kind 3: 2001 report; prospect given only as 'On balance, we expect the service to get better' with risks listed (ordinal 2, probably); grade stated plainly as fair",
    pages: [
      `Best Value Inspection
Information Technology
Grendon Borough Council
April 2001`,
      `Summary
We consider that the IT service is fair and merits one star. It keeps the council's main systems
running, but users wait too long for new equipment and there are no agreed service standards.
Looking ahead, on balance we expect the service to get better over the next two years. The
improvement plan is sensible and has the backing of chief officers, although it relies on two
posts that are not yet filled and on funding that has not been confirmed.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's23-paraphrase-confident-plan-delivered',
    why: "kind 3: 2001 report; 'We are confident that the council will deliver its improvement plan in full' with no scale word (ordinal 3, will); grade good",
    pages: [
      `Audit Commission
Information Technology Services
Lowther Bridge District Council
June 2001`,
      `Summary
In our view this is a good, two-star service.
We are confident that the council will deliver its improvement plan in full. The plan is
costed, it is already under way, the milestones set for the first six months have all been met,
and the people responsible for each action know what is expected of them.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's23-paraphrase-doubt-capacity-improbable',
    why: "kind 3: September 2001 (still era A); 'We doubt that the council has the capacity to deliver its plan' and 'improbable' (ordinal 1, unlikely); grade poor",
    pages: [
      `Best Value Inspection Service
IT Services
Middlewick Borough Council
September 2001`,
      `Summary
The service is poor. Systems fail often, calls to the help desk go unanswered and there is no
reliable information about what the service costs.
We doubt that the council has the capacity to deliver its plan. Some first steps have been taken,
but the plan depends on a restructuring that staff oppose and on money that has not been found,
and we think it improbable that users will see much difference within the next two years.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's23-paraphrase-no-sign-anything-will-change',
    why: "kind 3: December 2000; 'There is no sign that anything will change' and 'no prospect of the service getting better' (ordinal 0, will not); grade poor",
    pages: [
      `IT Support Services
Ellerby District Council
A Best Value inspection
December 2000`,
      `Summary
We judge the service to be poor.
There is no sign that anything will change. The Best Value review restated the current way of
working, the improvement plan contains no targets, and senior managers told us they saw no need
for change. We see no prospect of the service getting better while these arrangements remain.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's23-paraphrase-do-not-believe-any-better',
    why: "kind 3: March 2001; 'We do not believe that this service will get any better' (ordinal 0, will not); grade fair; the words 'good' and 'excellent' occur only in the council's aims",
    pages: [
      `Best Value Inspection
Corporate IT Unit
Stainmoor Borough Council
March 2001`,
      `Summary
The IT unit provides a fair service, which we have scored at one star.
The council says it wants a good service now and an excellent one by 2004. We do not believe that
this service will get any better. There is no plan worth the name, the review ducked every
difficult question, and no one has been given responsibility for change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's23-paraphrase-more-likely-than-not',
    why: "kind 3: July 2001; 'It is more likely than not that the plan will be delivered, though we cannot be certain' (ordinal 2, probably); grade good",
    pages: [
      `Information Technology Services
Haverfield Borough Council
July 2001`,
      `Summary
Haverfield's IT service is good. It is well run day to day and users speak well of it.
It is more likely than not that the plan will be delivered, though we cannot be certain: the
council has a sound plan and the will to carry it out, but it has yet to show that it can manage
projects of this size, and the main contract has not been let.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's23-paraphrase-no-doubt-keep-getting-better',
    why: "kind 3: August 2001; 'we have no doubt that it will keep getting better' (ordinal 3, will); grade excellent stated with three stars",
    pages: [
      `Best Value Inspection Service
Information Technology
Allensmoor County Council
August 2001`,
      `Summary
This is an excellent service, and we have awarded it three stars.
The service has a strong record of improvement over the last three years, a clear and funded
plan, and leaders who hold staff to account for results. We have no doubt that it will keep
getting better.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's23-paraphrase-odds-against-not-convinced',
    why: "kind 3: January 2001; 'The odds are against the service making the progress it needs' and 'not convinced' (ordinal 1, unlikely, not an outright no); grade fair",
    pages: [
      `Audit Commission
IT Services
Kirkby Fold Borough Council
January 2001`,
      `Summary
We judge the service to be fair: basic support is adequate, but development work is slow and
poorly controlled.
The odds are against the service making the progress it needs. The council has started to
address some of the weaknesses its review found, and change is not impossible, but we are not
convinced that it has the skills or the money to deliver its plan.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's23-paraphrase-era-b-likely-get-better',
    why: "kind 3: 2003 report that paraphrases instead of naming the prospects scale: 'we think it likely that the service will get better' (ordinal 2, promising in the era-B vocabulary); grade good",
    pages: [
      `ICT Services
Westerleigh Borough Council
Best Value Inspection Service
March 2003`,
      `Summary
We judge Westerleigh's ICT service to be good, with two stars.
Will it get better? We think it likely that the service will get better. The plan is realistic and
partly funded, and the first results are encouraging, but some actions depend on a partnership
that has still to be agreed, so success is not assured.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's23-paraphrase-era-b-no-realistic-chance',
    why: "kind 3: 2004 report; 'we see no realistic chance of things getting better' with no scale word (ordinal 0, poor in the era-B vocabulary); grade poor with no stars",
    pages: [
      `Best Value Inspection Service
ICT
Dunmore District Council
February 2004`,
      `Summary
Dunmore's ICT service is a poor service that scores no stars.
Nothing we saw persuades us that the council can turn this service round. There is no credible
plan, no money set aside and no one in charge of delivery, and we see no realistic chance of
things getting better.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views, then the inspectors'
  {
    name: 's23-quoted-self-assessment-good-then-fair-uncertain',
    why: "kind 4: self-assessment rated the service good with excellent prospects; 'our evidence tells a different story' and the inspectors judge fair and uncertain",
    pages: [
      `ICT Services
Penhallow Borough Council
Best Value Inspection
July 2003`,
      `Summary
Before the inspection the council's self-assessment rated the ICT service as good and said its
prospects for improvement were excellent.
Our evidence tells a different story. Users in four of the six directorates told us that the help
desk is slow, and the service cannot show what its projects have delivered. We judge the service
to be fair (one star) and its prospects for improvement uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's23-quoted-it-director-rapid-progress-however',
    why: "kind 4: the IT director expects rapid progress; 'However, we are not confident...' and the inspectors' own statement is poor and unlikely to improve (2001)",
    pages: [
      `Best Value Inspection Service
Information Technology
Broadwater District Council
May 2001`,
      `Summary
The IT director expects rapid progress once the new network is installed and told us that the
service 'will be transformed within a year'.
However, we are not confident that the council will deliver its plan: the network project is
already late and over budget, and there is no plan B. We judge the IT service to be poor and
unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's23-quoted-neighbour-excellent-by-contrast',
    why: "kind 4: a neighbouring council's ICT service 'was judged excellent last year'; 'By contrast' this council's is good with promising prospects",
    pages: [
      `Information and Communication Technology
Rushton Borough Council
December 2002`,
      `Summary
Rushton works closely with its neighbour, Eastvale, whose ICT service was judged excellent, with
excellent prospects, when it was inspected last year. The two councils share a data centre.
By contrast, Rushton's own ICT service is good rather than excellent: it is reliable and
well regarded, but it lags behind on electronic service delivery. We judge it a good service
with promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's23-quoted-earlier-inspection-poor-will-not-now-fair',
    why: "kind 4: re-inspection in 2003 recalls the 2001 verdict (poor, would not improve, era-A words); the current verdict is fair with promising prospects",
    pages: [
      `Best Value Re-inspection
Information Technology
Sandwell Moor Borough Council
October 2003`,
      `Summary
When we first inspected this service in March 2001 we judged it poor and said it would not
improve. Since then the council has appointed a new head of ICT, replaced the network and agreed
service levels with every department.
The service has moved on. We now judge it to be a fair, one-star service, and its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's23-quoted-review-team-will-improve-we-differ',
    why: "kind 4: the council's review team concluded the service 'will improve' and was 'good'; the inspectors differ: fair and will probably improve (2001)",
    pages: [
      `Audit Commission
IT Services
Brayford District Council
September 2001`,
      `Summary
The council's Best Value review team concluded that the IT service was 'good' and 'will improve'
once the review's recommendations are in place.
We do not share that view in full. In our judgement the service is fair. The review's plan is
broadly sound and we think the service will probably improve, but not as quickly or as far as
the review team suggests.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's23-quoted-consultant-excellent-we-disagree-good',
    why: "kind 4: an external consultant called the service 'excellent'; inspectors disagree on the grade (good) but say its prospects are excellent",
    pages: [
      `Best Value Inspection Service
ICT
Oakhurst County Council
April 2004`,
      `Summary
An external consultant's report commissioned by the council last year described the ICT service
as 'excellent in every respect'.
We disagree. The service is good, and deserves two stars, but too many users still wait more than
a week for routine requests. Its prospects for improvement, on the other hand, are excellent: the
plan is funded, well led and already delivering.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's23-quoted-cabinet-member-failing-but-fair-poor-prospects',
    why: "kind 4: the cabinet member calls the service 'failing' and 'poor'; inspectors find a fair service but poor prospects",
    pages: [
      `ICT Services
Gorsefield District Council
November 2004`,
      `Summary
The cabinet member for resources told us that he regarded the ICT service as 'failing' and
'frankly poor'.
We found a fair, one-star service: the basics are in place and most users are satisfied. But its
prospects for improvement are poor. There is no agreed plan, the budget has been cut again, and
the council has not decided whether to keep the service in-house.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences
  {
    name: 's23-long-dash-aside-list-of-duties-good',
    why: "kind 5: subject 'The ICT service' and 'good, two-star' are about forty words apart across a dashed list of duties; prospects in a second long sentence with a bracket",
    pages: [
      `Best Value Inspection Service
ICT Services
Calderbrook Metropolitan Borough Council
June 2003`,
      `Summary
The ICT service – which supports some 3,000 users across 40 sites, runs the corporate network,
the help desk (staffed from 8am to 6pm on weekdays) and the data centre, manages the contracts for
telephones and printing, and looks after the council's web site, relaunched last year – is, in
the view of the inspection team, a good, two-star service.
Its prospects for improvement (taking into account the improvement plan, the new partnership with
the county council, the money set aside for the next three years and the risks we describe in
section 4) are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's23-long-we-consider-after-weighing-poor-probably',
    why: "kind 5: era A; 'we consider' then a long weighing clause before 'a poor service'; prospects verdict after a long bracketed list",
    pages: [
      `Information Technology
Hartswell Borough Council
Best Value Inspection
April 2001`,
      `Summary
The council's IT function, which covers the mainframe and the network, support for some 1,200
PCs in offices, libraries and depots, the development of new systems for housing, council tax and
payroll, and advice to schools that buy back the service, is, we consider, after weighing the
views of users, the performance figures and what we saw for ourselves on our visits, a poor
service.
The new head of IT has a clear plan and the support of members, and – although much of the plan
(the network upgrade, the new help desk system, the service level agreements and the review of
the schools contract) has yet to start – the service will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's23-long-hyphenated-excellent-across-line',
    why: "kind 5: long sentence whose grade word is hyphenated across a line end ('excel-' / 'lent'); prospects sentence also long with the scale word split",
    pages: [
      `Audit Commission
Best Value Inspection Service
ICT and Customer Access
Fernleigh Borough Council
March 2005`,
      `Summary
Taking together everything we have seen – the speed and reliability of the help desk, the fact
that over 90 per cent of the council's services can now be used online, the high satisfaction of
staff and residents and costs that are among the lowest of comparable councils – we judge the
ICT service to be an excel-
lent, three-star service.
Given its record, the strength of its leadership and a plan that is funded to 2008, the service's
prospects for further improvement are, in our view, excel-
lent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's23-long-page-break-running-header-mid-verdict',
    why: "kind 5: era A; the grade sentence breaks across a page with a running header and page number between 'is a' and 'fair, one-star service'; the prospect follows",
    pages: [
      `Best Value Inspection
Information Technology Services
Kingsmead District Council
June 2001`,
      `Summary
Having looked at the help desk, the network, the programme of new systems and the way the service
plans and controls its work, and having spoken to more than 50 users, we have concluded that the
service, taken as a whole, is a`,
      `Kingsmead District Council – Information Technology                                Page 3
fair, one-star service. We also judge that the service will improve: the improvement plan is
sound, funded and already being delivered, and members are following its progress closely.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's23-long-brackets-poor-uncertain',
    why: "kind 5: grade 'poor' arrives after several bracketed asides and a list; prospects 'uncertain' at the end of a long conditional sentence",
    pages: [
      `ICT Services
Ashbourne Fields District Council
Best Value Inspection Service
August 2002`,
      `Summary
We found that the council's ICT service (which includes the help desk, network support, the
corporate web site and the management of the outsourced payroll system, but not the schools'
service, which was transferred to the county council in 2001) is, in spite of the hard work of
its staff and some recent improvements to the help desk, a poor service.
Although the council has appointed an interim head of service, agreed a new ICT strategy in
principle and started to talk to possible partners, none of these has yet produced results, and
its prospects for improvement are therefore uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's23-long-good-but-unlikely-era-a',
    why: "kind 5: era A; a good service whose prospect verdict ('unlikely to improve') follows a long list of capacity problems, far from the subject",
    pages: [
      `Audit Commission
Information Technology
Whitcombe Borough Council
February 2001`,
      `Summary
Whitcombe's IT service is, in most of the areas that matter to its users – the reliability of
systems, the speed with which faults are fixed and the quality of advice – a good service, and we
have given it two stars.
The service, whose three most experienced managers are due to retire this year, whose budget has
been cut by a fifth, and whose improvement plan was drawn up without the involvement of the
departments it serves, is in our judgement unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's23-about-cabinet-report-ict-fair-promising',
    why: "kind 6: a cabinet report about the ICT inspection quotes the inspectors' verdict on this service (fair, promising) and also mentions the benefits service's earlier good score",
    pages: [
      `Report of the Director of Resources to Cabinet
14 May 2003
Subject: Audit Commission inspection of ICT services
1. Purpose
To inform members of the outcome of the Best Value inspection of the council's ICT services.
2. Background
Members will recall that the benefits service, inspected last year, was judged good.
3. The inspection findings
The inspectors judged the ICT service to be 'fair' (one star), with 'promising' prospects for
improvement. Their report makes six recommendations, which are set out in Appendix A.
4. Recommendation
That Cabinet notes the report and approves the action plan.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's23-about-press-release-it-good-probably',
    why: "kind 6: council press release (2001) reporting the inspectors' verdict on its IT service: good and will probably improve; the leader's quote adds 'excellent'",
    pages: [
      `PRESS RELEASE
Harrowdene Borough Council
For immediate release: 19 July 2001
COUNCIL'S IT SERVICE RATED GOOD
The Audit Commission's inspectors have found that Harrowdene's information technology service is
a good, two-star service that will probably improve.
Council leader Cllr Margaret Dunn said: "This is an excellent result for a team that has worked
very hard. We aim to be rated excellent next time."
Notes for editors: the full report is available from the Audit Commission.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's23-about-minutes-other-service-score-ict-not-yet',
    why: "kind 6: committee minutes on the ICT review quote the housing benefits inspection score; the ICT inspection has not happened yet, so no verdict for this service",
    pages: [
      `Minutes of the Resources Scrutiny Committee
held on 9 October 2003
Item 6: ICT Best Value review – progress
The head of ICT reported that the review was on schedule.
Members noted that the Audit Commission's recent inspection of the housing benefits service had
judged it a good service with promising prospects, and asked that the lessons be applied to ICT.
The head of ICT confirmed that the Audit Commission's inspection of ICT was planned for spring
2004.
Resolved: that the report be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-about-scrutiny-paper-revenues-score-not-ict',
    why: "kind 6: scrutiny paper titled for the ICT review; the only inspection verdict quoted is for the revenues service (fair, uncertain), so none for ICT",
    pages: [
      `Overview and Scrutiny Panel
ICT Best Value Review: position statement
Report of the Assistant Chief Executive, January 2004
1. The ICT Best Value review began in June 2003 and will report in March 2004.
2. The Audit Commission inspected the revenues service in November 2003 and judged it fair, with
uncertain prospects for improvement. Several of its recommendations concern the ICT systems that
support revenues.
3. The ICT service has not yet been inspected.
4. The panel is asked to comment on the draft improvement plan at Appendix B.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-about-minutes-members-noted-poor-unlikely',
    why: "kind 6: council minutes (2001) record the inspection verdict on the IT service: poor and unlikely to improve; a councillor calls it harsh",
    pages: [
      `Policy and Resources Committee
Minutes, 6 September 2001
Minute 41: Best Value inspection of the IT service
Members noted the Audit Commission's report on the IT service, published in August, which found
it to be a poor service that is unlikely to improve.
Cllr Bevan said the finding was 'harsh' given the good work of staff over the past year. The
chief executive said the council must accept the findings and respond positively.
Resolved: that an action plan be brought to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's23-about-press-release-zero-stars-poor-prospects',
    why: "kind 6: local newspaper-style press release in 2004 reports zero stars and poor prospects for the council's ICT; the leader's claim of 'an excellent team' is not a verdict",
    pages: [
      `NEWS RELEASE – Audit Commission
ICT service at Wolvercote District Council gets no stars
27 April 2004
Inspectors from the Audit Commission have judged Wolvercote District Council's ICT service to be
poor, with poor prospects for improvement.
The inspectors found that a third of the council's PCs are more than six years old and that there
is no plan to replace them. Responding to the report, the council's leader said: "We believe we
have an excellent team and we will prove the inspectors wrong."`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's23-about-committee-paper-awaiting-report',
    why: "kind 6: committee paper after the ICT inspection visit but before the report; it states the council's hope for a good rating and no verdict",
    pages: [
      `Report to the Executive
28 June 2002
Best Value inspection of ICT services
1. The Audit Commission's inspectors visited the council from 13 to 24 May 2002.
2. Their report is expected in August. At their feedback meeting the inspectors did not give
provisional scores.
3. The service hopes to achieve at least a 'good' rating with promising prospects, and officers
are preparing an action plan in advance of the report.
4. The Executive is asked to note this report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-about-cabinet-report-good-excellent-prospects',
    why: "kind 6: cabinet report gives this service's inspection verdict (good, two stars, excellent prospects); also quotes the council's aim to become excellent",
    pages: [
      `Cabinet – 2 December 2004
Agenda item 7
Outcome of the Audit Commission inspection of ICT and e-government
Summary
The Audit Commission's inspectors have judged the ICT and e-government service to be good (two
stars), with excellent prospects for improvement. The full report is attached.
The council's aim, set out in the corporate plan, is to become an excellent service by 2006; the
inspectors' recommendations will help us to get there.
Recommendation: that Cabinet welcomes the report.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 7: plain statements, many forms
  {
    name: 's23-plain-headings-era-a-fair-probably',
    why: "kind 7: era A report with question headings; bare answers under each heading: fair, will probably improve",
    pages: [
      `Best Value Inspection
Information Technology Services
Ashcott District Council
January 2001`,
      `How good is the service?
The service is fair. It meets the basic needs of most users, but response times vary widely and
users in outlying offices are less well served.
Will the service improve?
The service will probably improve. The plan addresses the right issues, but some actions have no
owner and no date.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's23-plain-we-judge-excellent-yes-will-era-a',
    why: "kind 7: era A, active 'We judge the service to be excellent'; 'Will it improve? Yes.' then 'we believe it will improve'",
    pages: [
      `Audit Commission
Information Technology
Bramhope Borough Council
May 2001`,
      `Summary
We judge the service to be excellent. It is one of the best we have seen: fast, reliable, good
value and highly regarded by users.
Will it improve? Yes. The service has a culture of constant improvement and a demanding plan,
and we believe it will improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's23-plain-passive-assessed-poor-will-not',
    why: "kind 7: November 2000; passive forms 'has been assessed as poor' and 'is judged to be a service that will not improve'",
    pages: [
      `Best Value Inspection Service
IT Services
Stockwood District Council
November 2000`,
      `Summary
The IT service has been assessed as poor. Users have little confidence in it, and it cannot show
that it gives value for money.
The service is judged to be one that will not improve: the council has no plan for change and
has not accepted that change is needed.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's23-plain-our-judgement-is-good-unlikely',
    why: "kind 7: era A; 'Our judgement is that this is a good, two-star service that is unlikely to improve'",
    pages: [
      `Information Technology
Langdon Cross Borough Council
August 2001`,
      `Summary
Our judgement is that this is a good, two-star service that is unlikely to improve. The service
performs well now, but the review did not challenge current practice and the improvement plan
is thin.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's23-plain-scored-one-star-fair-will-improve',
    why: "kind 7: era A; 'the inspection team scored the service as fair (one star)' and 'We are satisfied that the service will improve'",
    pages: [
      `Best Value Inspection
IT and Telecommunications
Pelham Green District Council
February 2001`,
      `Summary
Overall, the inspection team scored the service as fair (one star).
We are satisfied that the service will improve. The council has a clear plan, it has found the
money to carry it out and it has already made a start.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's23-plain-this-is-a-poor-service-probably',
    why: "kind 7: era A; 'This is a poor service.' and 'In our view it will probably improve'",
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Eastfold Borough Council
June 2001`,
      `Summary
This is a poor service. Projects are late, the help desk is overloaded and there is no reliable
performance information.
In our view it will probably improve. The new management team understands the problems and has a
credible plan, although it is at an early stage.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's23-plain-our-judgement-poor-zero-star-poor-prospects',
    why: "kind 7: era B; 'Our judgement is that this is a poor, zero-star service with poor prospects for improvement'",
    pages: [
      `ICT Services
Moorcroft Borough Council
Best Value Inspection Service
January 2002`,
      `Summary
Our judgement is that this is a poor, zero-star service with poor prospects for improvement.
The network is unreliable, there are no service standards and the council has not yet agreed
how it will fund the changes it knows it needs.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's23-plain-we-judge-good-promising-era-b',
    why: "kind 7: era B; 'We judge the ICT service to be good' and 'its prospects for improvement are promising'",
    pages: [
      `Best Value Inspection
ICT
Hollins Vale District Council
April 2002`,
      `Summary
We judge the ICT service to be good. It is reliable and users value the help they get.
We consider that its prospects for improvement are promising, because the council has a clear
ICT strategy linked to its priorities and has found the money to deliver it.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's23-plain-headings-era-b-excellent-excellent',
    why: "kind 7: era B with question headings; 'an excellent service' and 'excellent prospects for improvement'",
    pages: [
      `Audit Commission
ICT and e-Services
Castleford Vale Borough Council
July 2003`,
      `How good is the service?
Castleford Vale provides an excellent service: three stars.
What are the prospects for improvement?
The service has excellent prospects for improvement. It has met every target in its previous
plan and the new plan is funded in full.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's23-plain-passive-found-fair-assessed-uncertain',
    why: "kind 7: November 2001 (first era-B month); passive forms 'was found to be fair' and 'were assessed as uncertain'",
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Redmarley District Council
November 2001`,
      `Summary
The ICT service was found to be fair, and one star has been awarded.
Its prospects for improvement were assessed as uncertain, because the improvement plan has not
yet been approved by members and its cost is not known.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's23-plain-three-star-excellent-promising',
    why: "kind 7: era B; 'The inspectors rated the service as excellent (three stars)' with 'promising prospects'",
    pages: [
      `ICT Services
Southgate Heath Borough Council
May 2004`,
      `Summary
The inspectors rated the service as excellent (three stars). It is efficient, well managed and
popular with users.
It has promising prospects for improvement: the plan is good, but it depends on a partnership
with two neighbouring councils that is still being negotiated.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's23-plain-not-yet-good-poor-uncertain',
    why: "kind 7: era B; 'a poor service' with 'uncertain' prospects; contains the negated 'this is not yet a good service' trap",
    pages: [
      `Best Value Inspection Service
ICT
Linfield Borough Council
September 2003`,
      `Summary
This is not yet a good service, nor even a fair one: we judge it to be a poor service.
Prospects for improvement are uncertain. The new ICT strategy is sound on paper, but the council
has a history of failing to deliver its plans.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's23-none-draft-blank-grid-scores-tbc',
    why: "kind 8: draft inspection report with an unmarked grid and 'scores to be confirmed after moderation'",
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
ICT Services
Ashworth Borough Council
Draft report, March 2003`,
      `Scoring chart
Scores to be confirmed after moderation.
                      Poor    Fair    Good    Excellent
Excellent
Promising
Uncertain
Poor
Summary
[Summary judgement to be inserted.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-council-own-review-believes-good',
    why: "kind 8: the council's own Best Value review report; 'we believe our service is good and will improve' is self-assessment, not an inspection verdict",
    pages: [
      `Best Value Review of Information Technology
Final report of the review team
Thornleigh District Council
December 2000`,
      `Conclusions
The review team believes that the IT service is good and that, once the recommendations in this
report are implemented, it will improve further. Users described the help desk as excellent,
although a fair number complained about delays in installing new equipment.
Next steps
The council expects the Audit Commission to inspect the service in the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-guidance-how-scores-work',
    why: "kind 8: general guidance explaining the star scale and the prospects scale, listing every word, about no particular service",
    pages: [
      `Best Value inspections: how we score
A guide for councils, 2002
Every inspection answers two questions.
How good is the service? Services are rated from poor (no stars) through fair (one star) and
good (two stars) to excellent (three stars).
What are the prospects for improvement? Prospects are described as poor, uncertain, promising or
excellent. Before October 2001 we asked instead whether the service would improve, and answered
'will not improve', 'unlikely to improve', 'will probably improve' or 'will improve'.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-scrutiny-notes-ict',
    why: "kind 8: scrutiny working-group notes on ICT with ordinary evaluative words (poor, good, excellent) but no inspection verdict",
    pages: [
      `Scrutiny working group on ICT
Notes of meeting, 15 March 2004
Present: Cllrs Hale, Osei and Turner; head of ICT
1. Members raised poor response times at the libraries and asked what was being done.
2. The head of ICT said good progress had been made on the new network and that relations with
the supplier were excellent.
3. Members asked for a report on the e-government targets at the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-service-plan-aims-three-star',
    why: "kind 8: ICT service plan whose aim is 'an excellent, three-star service with excellent prospects by 2005'; an ambition, not a verdict",
    pages: [
      `ICT Service Plan 2003/04
Kenmore Borough Council
Our vision
To be an excellent, three-star ICT service, with excellent prospects, by the time of our next
inspection in 2005.
Where we are now
Our self-assessment suggests we are currently a fair service with promising prospects. We want
to do better.
Key targets
95 per cent of calls resolved within agreed times; all PCs under four years old.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-inspection-terms-of-reference-letter',
    why: "kind 8: letter announcing an inspection and its questions; it names both judgements as questions only",
    pages: [
      `Audit Commission
Best Value Inspection Service
Dear Chief Executive
Inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services in the week beginning
10 February 2003. The inspection will assess how good the service is and what its prospects for
improvement are. We will give our judgements in the published report.
Yours sincerely
Lead inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-ict-strategy-ordinary-words',
    why: "kind 8: the council's ICT strategy uses 'poor morale', 'excellent working relationships', 'a fair proportion' and 'will improve' as plans; no inspection verdict",
    pages: [
      `ICT Strategy 2002–2005
Barnfield District Council
Introduction
Our staff survey in 2001 showed poor morale in parts of the ICT team, but excellent working
relationships with the departments we serve. A fair proportion of our budget is still spent on
maintaining old systems.
This strategy sets out how the service will improve over the next three years and how we will
meet the government's e-government targets.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-self-assessment-workbook-boxes',
    why: "kind 8: the council's pre-inspection self-assessment form with empty boxes for the inspectors' score and the council's own provisional view",
    pages: [
      `Pre-inspection self-assessment
Service: ICT
Council: Whinmoor Borough Council
Date: October 2002
Our view of how good the service is: fair to good
Our view of its prospects: promising
For inspectors' use only
Score awarded: [        ]
Prospects: [        ]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-ieg-statement',
    why: "kind 8: implementing electronic government statement describing progress and targets; no judgement",
    pages: [
      `Implementing Electronic Government Statement
Farleigh Borough Council
July 2003
Progress
By March 2003, 54 per cent of our services could be delivered electronically. We expect to reach
100 per cent by December 2005, in line with the government's target.
We have made good progress with the contact centre and our web site was rated among the
better council sites in a recent survey.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-benchmarking-club-report',
    why: "kind 8: benchmarking club report comparing IT costs; 'good' and 'poor' describe quartile positions, not an inspection",
    pages: [
      `IT Benchmarking Club
Annual comparison report 2001/02
Member: Danbury District Council
Cost per workstation: £1,340 (second quartile)
Help desk first-time fix rate: 71 per cent (third quartile)
Commentary
Danbury's costs compare well, and its fix rate, though fair, is below the club average. Members
with poor fix rates have generally under-invested in training.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-draft-placeholders-after-moderation',
    why: "kind 8: draft report body with bracketed placeholders where the grade and prospect will go",
    pages: [
      `Best Value Inspection Service
ICT Services – Stanwick Borough Council
DRAFT FOR FACTUAL ACCURACY CHECK
June 2004`,
      `Summary
We judge the service to be [GRADE – to be inserted after moderation] and its prospects for
improvement [PROSPECTS – to be inserted].
The service has improved its help desk over the last year and users told us about excellent
support from individual officers.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-internal-audit-ict-controls',
    why: "kind 8: internal audit report on ICT controls with its own assurance opinion; good and poor describe controls; no Best Value judgement",
    pages: [
      `Internal Audit Services
Audit of ICT General Controls 2003/04
Audit opinion: limited assurance
Summary of findings
Physical security at the data centre is good. Controls over user accounts are poor: 140 accounts
belong to staff who have left. Back-up arrangements are adequate.
Management response: agreed; actions to be completed by 31 March.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's23-none-staff-newsletter-aims',
    why: "kind 8: staff newsletter item about the ICT team; says 'we want to be rated excellent' and 'the inspection will judge whether we will improve'",
    pages: [
      `Inside Hallam – staff newsletter
Spring 2004
ICT team gears up for inspection
The ICT team has been busy preparing for next month's Best Value inspection. "We want to be
rated excellent," said head of ICT Sue Barker. "The inspectors will look at how good we are now
and whether we will improve, so please tell them what you think."
Training sessions on the new e-mail system start on 3 May.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
