/** Held-out judgement set 53, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases53: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell's row and column carry both
  //    judgements; the axis words list every grade and every prospect.
  // ---------------------------------------------------------------------------
  {
    name: 's53-grid-tabs-x-fair-promising',
    why: 'kind 1: tab-separated grid, grades as rows and era B prospects as columns, X in the Fair row under Promising; all eight axis words present, plus "excellent" as a council aim in the text',
    pages: [
      `Thornbury Heath Borough Council
Information and Communications Technology
Best Value Inspection Service
March 2003`,
      `Thornbury Heath BC – ICT\t\t\t\t3
Scoring the service
We have assessed the council's ICT service as shown in the chart below. The council has told us it
wants to run an excellent ICT service by 2005, and the chart should be read against that ambition.
'a good service?'
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\tX\t
Poor\t\t\t\t
\t'prospects for improvement?'
The reasons for our judgements are set out in the report that follows.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-grid-spaces-wrapped-era-a-tick',
    why: 'kind 1: era A grid laid out with runs of spaces and column labels wrapped over three lines ("Will / probably / improve"); a tick sits in the Good row under the third column',
    pages: [
      `Kingsmere District Council
IT Services
Inspection report, May 2001`,
      `Scoring chart
The inspection team's two judgements are shown by the tick in the chart.
                           Will the service improve?
                Will not      Unlikely to   Will          Will
                improve       improve       probably      improve
                                            improve
Excellent
Good                                           ✓
Fair
Poor
How good is the service?
Kingsmere District Council – IT Services                               Page 2 of 19`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's53-grid-tabs-axes-swapped-dot',
    why: 'kind 1: axes swapped (prospects down the side, grades across), a caption says which is which, and a dot marks Uncertain / Good; a table-of-contents line mentions "excellent" practice',
    pages: [
      `Saltmarsh City Council
Corporate ICT
Audit Commission – Best Value Inspection
November 2002`,
      `Contents
Summary\t4
Scoring chart\t5
Examples of excellent practice elsewhere\t22`,
      `Scoring chart
In this chart the vertical axis shows the prospects for improvement and the horizontal axis shows
how good the service is now. The dot shows our judgement.
\tPoor (0 stars)\tFair (1 star)\tGood (2 stars)\tExcellent (3 stars)
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t●\t
Poor\t\t\t\t
5\tSaltmarsh City Council`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's53-grid-spaces-labels-below-lowercase-x',
    why: 'kind 1: grid flattened with the prospect labels printed below the rows (as the x-axis), lowercase x mark in the poor row under Uncertain; the mark character is a lowercase letter',
    pages: [
      `Redcliffe Moor Council
IT services
Best Value inspection
Audit Commission, September 2002`,
      `Redcliffe Moor Council – IT services                          4
Our judgements
 a good service?
excellent
good
fair
poor                             x
                Poor          Uncertain     Promising     Excellent
                          prospects for improvement?
Paragraphs 12 to 47 set out the evidence behind our judgement on the quality of the service;
paragraphs 48 to 80 deal with its prospects.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's53-grid-tabs-star-rows-yes-no-columns',
    why: 'kind 1: era A grid whose rows are labelled only by star counts (no grade words) and whose columns read No / Unlikely / Probably / Yes; heavy check mark in the 1-star row under Unlikely',
    pages: [
      `Ystrad Isaf County Borough Council
Information Technology Service
Best Value Inspection – August 2001`,
      `Scoring chart
Stars show how good the service is now; the columns show whether we think it will improve.
\tNo\tUnlikely\tProbably\tYes
3 stars\t\t\t\t
2 stars\t\t\t\t
1 star\t\t✔\t\t
0 stars\t\t\t\t
Ystrad Isaf CBC\tBest Value Inspection Service\tPage 3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's53-grid-spaces-asterisk-good-excellent',
    why: 'kind 1: lowercase axis labels aligned with spaces, asterisk in the good row under excellent; running header and ordinary "excellent working relationships" nearby',
    pages: [
      `Wyebridge Borough Council
ICT Service
Best Value Inspection Service
June 2004`,
      `Wyebridge Borough Council – ICT Service                    Audit Commission
Summary
Wyebridge has excellent working relationships with its partners in the county, and its ICT staff
are held in high regard by schools. The chart shows where we place the service.
                   prospects for improvement
                    poor         uncertain    promising    excellent
    excellent
    good                                                     *
    fair
    poor
 a good service?
                                     2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's53-grid-dot-with-legend-poor-poor',
    why: 'kind 1: "Poor" is both a row and a column label and the dot sits in Poor/Poor; a key line below repeats the dot character and must not be read as a second mark',
    pages: [
      `Hollinsford Metropolitan Borough Council
Information Technology Services
Best Value inspection, February 2003`,
      `Scoring chart – Hollinsford MBC IT Services
                 prospects for improvement?
              Poor        Uncertain   Promising   Excellent
Excellent
Good
Fair
Poor            ●
a good service?
Key: ● shows the inspectors' judgement. An empty chart means scoring was not applicable.
Page 6`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's53-grid-era-a-prospect-rows-x',
    why: 'kind 1: era A grid with prospects as rows ("Will improve" down to "Will not improve") and grades along the top; X in the Will improve row under Good; caption says which axis is which',
    pages: [
      `Pennard Borough Council
Information Technology
Best Value Inspection Service, January 2001`,
      `2. Scoring chart
Prospects for improvement are shown down the left-hand side; how good the service is now is shown
across the top. A cross marks the inspection team's judgement.
                          Poor    Fair    Good    Excellent
Will improve                               X
Will probably improve
Unlikely to improve
Will not improve
Pennard Borough Council                                                  7`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells mixing the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ---------------------------------------------------------------------------
  {
    name: 's53-table-fair-one-star-of-three',
    why: 'kind 2: judgement table with a reasons column full of "good", "poor" and "excellent"; the verdict cell reads "Fair – one star out of three"',
    pages: [
      `Elmsworth District Council – ICT\tBest Value Inspection\tApril 2002`,
      `Summary of judgements
Question\tOur judgement\tMain reasons
How good is the service?\tFair – one star out of three\tGood help desk response times; poor project management; no excellent practice yet in e-services
Will it improve?\tPromising prospects\tStrong improvement plan; good staff commitment; funding for year two still to be agreed
Elmsworth District Council\t\t3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-table-no-poor-zero-stars-yes-probably',
    why: 'kind 2: era A question-and-answer table with cells "No – poor (0 stars)" and "Yes, probably"; the reasons column mentions "a good deal of goodwill"',
    pages: [
      `Corrington Borough Council
Information Technology Services
Best Value Inspection Service – July 2001`,
      `THE INSPECTORS' JUDGEMENTS
Is the service good?     No – poor (0 stars)      Systems fail often; users wait weeks for repairs;
                                                   there is a good deal of goodwill but little grip.
Will it improve?         Yes, probably            A credible plan, a new head of service, and
                                                   members who have started to take an interest.
Corrington Borough Council – IT Services                                        page 2`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's53-table-fair-one-star-no-will-not',
    why: 'kind 2: era A cells "Fair (one star)" and "No, it will not improve"; the reasons column praises "excellent" network availability',
    pages: [
      `Brackley Fen District Council – IT Support
Best Value Inspection, March 2001`,
      `Judgement\tResult\tWhy
Current service\tFair (one star)\tExcellent network availability, but slow fault repair and no service standards
Will it improve?\tNo, it will not improve\tThe review did not challenge the service; the plan has no targets or owners
Page 4 of 22`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's53-table-two-stars-good-uncertain-see-paras',
    why: 'kind 2: era B cells "2 stars (good)" and "Uncertain – see paragraphs 41-47"; reasons mention an excellent intranet and a poor asset register',
    pages: [
      `Lowther Cross Borough Council
ICT and Information Management
Best Value Inspection – October 2003`,
      `Lowther Cross BC\tICT and Information Management\t5
Table 1: our judgements
Quality of service\t2 stars (good)\tAn excellent intranet and fast help desk; the asset register is poor
Prospects for improvement\tUncertain – see paragraphs 41-47\tImprovement plan lacks milestones; key posts vacant`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's53-table-cells-wrapped-over-lines',
    why: 'kind 2: narrow table whose cells wrap one word per line ("Good / (two / stars)", "Excellent / prospects"); the reasons column uses "poor" about last year\'s figures',
    pages: [
      `Marlow Vale District Council
Information Technology
Best Value Inspection Service, December 2002`,
      `Our judgements
How good is       Good              Performance now in the top
the service?      (two              quarter; last year's poor
                  stars)            figures have been turned round
Will the          Excellent         Clear plan, funded, owned by
service           prospects         the chief executive; track
improve?                            record of delivery
Marlow Vale DC                                                     3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's53-table-empty-stars-poor-poor',
    why: 'kind 2: era B cells drawn with empty star symbols ("Poor ☆☆☆ (no stars)") and "Poor" prospects; the reasons column opens "Despite excellent staff commitment"',
    pages: [
      `Harrowden Borough Council
Customer Contact and ICT
Best Value Inspection – January 2004`,
      `At a glance
The service is:\tPoor ☆☆☆ (no stars)\tDespite excellent staff commitment, calls go unanswered and systems are unreliable
Prospects for improvement:\tPoor\tNo agreed plan, no funding, and no-one in charge of delivering change
Harrowden Borough Council – Customer Contact and ICT\t\tpage 1`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief or negation, with no scale
  //    word for the prospect at all.
  // ---------------------------------------------------------------------------
  {
    name: 's53-para-more-likely-than-not-era-a',
    why: 'kind 3: era A report; "on balance we think it more likely than not that the IT service will get better" is a probable improvement with no scale word',
    pages: [
      `Dunmore District Council
IT Services
Best Value Inspection Service – June 2001`,
      `Summary
We judge the IT service to be fair. Users are broadly content with the help desk, but projects
overrun and there is no clear picture of what the service costs.
Weighing the new head of IT's early changes against the gaps that remain in the improvement plan,
on balance we think it more likely than not that the IT service will get better over the next two
years.
Dunmore District Council                                                 2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's53-para-confident-plan-delivered-era-b',
    why: 'kind 3: era B; "we are confident that the council will deliver its improvement plan in full" with no prospect scale word, after a plain two-star grade',
    pages: [
      `Stanbridge Borough Council
ICT Services
Audit Commission Best Value Inspection, May 2003`,
      `Summary
Stanbridge's ICT service is good, meriting two stars. Systems are reliable, costs are well
understood and users speak well of the support they get.
Will the service improve?
The council has a realistic, costed plan and has already delivered its first milestones on time. We
are confident that it will carry the plan through in full, and that users will see the benefits well
before 2005.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's53-para-serious-doubts-capacity-era-b',
    why: 'kind 3: era B; "we have serious doubts whether the council can carry through its plan" maps to uncertain; the word "poor" appears as grade and also in "poor morale"',
    pages: [
      `Garth Uchaf County Council
Information Technology
Best Value Inspection – March 2004`,
      `How good is the service?
This is a poor service. Poor morale among the technical staff, a network that fails several times a
week and a help desk with no targets all count against it.
Will the service improve?
There is a plan, and some of it makes sense. But the council has not found the people or the money to
carry it out, and we have serious doubts whether it can see the plan through.
Garth Uchaf CC – IT\t\t\t11`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's53-para-nothing-will-change-era-a',
    why: 'kind 3: era A; "we saw nothing to suggest that anything will change" and "no realistic prospect" express a will-not verdict without the scale words',
    pages: [
      `Castlemere Borough Council – Information Technology
Best Value Inspection Service
December 2000`,
      `Our view
In our judgement this is a poor service.
The Best Value review did not question whether the council should provide the service in its present
form, the improvement plan repeats promises made in 1998, and members have not asked for progress
reports. We saw nothing to suggest that anything will change, and there is no realistic prospect of
the service turning round while these conditions persist.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's53-para-not-convinced-progress-era-b',
    why: 'kind 3: era B; negated belief "we are not convinced that the service will make the progress it needs" maps to uncertain; "fair" also used as "a fair amount"',
    pages: [
      `Westerby District Council
IT and e-Government
Best Value Inspection, August 2002`,
      `Westerby DC\tIT and e-Government\t3
The council has done a fair amount of work on its website, and the IT service as a whole is a fair,
one-star service.
Looking forward, the improvement plan is long on intentions and short on dates, and the two
officers who wrote it have since left. We are not convinced that the service will make the progress
it needs to.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's53-para-no-doubt-will-improve-era-a',
    why: 'kind 3: era A; a double negation "we have no doubt that the service will improve" is a firm yes (will), set after a sentence that doubts something else',
    pages: [
      `Ashbourne Vale Borough Council
IT Services
Best Value Inspection Service – September 2001`,
      `Summary
The IT service is currently fair. We doubt that every target in the plan for 2002 is realistic, and
the council may need to re-phase some of them. That said, we have no doubt that the service will
improve: the building blocks are in place, staff are committed and members are watching closely.
Ashbourne Vale Borough Council                                     Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's53-para-likely-not-certain-era-b',
    why: 'kind 3: era B; "improvement looks likely, though not certain" is a promising verdict; the council\'s target of "excellent" is mentioned',
    pages: [
      `Kirkham Ings District Council
Revenues and ICT Support
Best Value Inspection – February 2003`,
      `Summary
The council wants its revenues and ICT support to be excellent by 2005. At present the service is
fair: bills go out on time and collection is close to average, but systems are old and poorly linked.
Improvement looks likely, though not certain. The new revenues system goes live in the spring and the
plan is sensible, yet the project team is small and has little slack.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-para-see-nothing-get-better-era-b',
    why: 'kind 3: era B; "we see nothing to suggest the service will get better in the foreseeable future" maps to poor prospects; the grade is poor',
    pages: [
      `Oldcastle Borough Council
Information and Communications Technology
Audit Commission – Best Value Inspection Service
October 2002`,
      `How good is the service?
Put simply, the ICT service is poor: it costs more than most, does less, and its users have lost
faith in it.
Will the service improve?
The council has neither a plan that addresses these failings nor anyone charged with producing one.
We see nothing to suggest that the service will get better in the foreseeable future.
Oldcastle BC – ICT                                                     8`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' (self-assessment, managers,
  //    neighbours, earlier inspections, council aims), then the inspectors' own.
  // ---------------------------------------------------------------------------
  {
    name: 's53-quote-self-assessment-different-story',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; "our evidence tells a different story" introduces the real verdict of fair and promising',
    pages: [
      `Ridgeway Borough Council
ICT Service
Best Value Inspection, July 2003`,
      `Summary
In its self-assessment the council rated its ICT service as good, with excellent prospects for
improvement. Our evidence tells a different story. Users in three directorates described long waits
for support, and the service cannot show what it costs per user. We judge it to be a fair, one-star
service with promising prospects, because the recently agreed plan is realistic and funded.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-quote-director-expects-rapid-progress',
    why: 'kind 4: era A; the IT director "expects rapid progress"; the inspectors "do not share that confidence" and give poor / unlikely to improve',
    pages: [
      `Fenwick Borough Council – Information Technology Division
Best Value Inspection Service
April 2001`,
      `The IT director told us he expects rapid progress now that the new network contract has been let,
and that the division will be "the best in the county" within eighteen months.
We do not share that confidence. The service is poor, and, given that the contract is late, over
budget and managed by one officer, we consider it unlikely to improve.
Fenwick BC\t\t\t\t9`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's53-quote-neighbour-rated-good-excellent',
    why: 'kind 4: a neighbouring council\'s ICT was rated good with excellent prospects by the Commission last year; "in contrast" this council is fair with uncertain prospects',
    pages: [
      `Saltmarsh Borough Council
ICT
Best Value Inspection – September 2003`,
      `Comparison with others
Saltmarsh often measures itself against Eastmere, whose ICT service the Commission judged good, with
excellent prospects, in 2002. Eastmere has invested steadily for five years. In contrast, Saltmarsh's
service is fair, and its prospects are uncertain: the council has yet to decide how it will pay for
the replacement of its core systems.
Saltmarsh Borough Council – ICT                                     14`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's53-quote-earlier-inspection-era-a-now-good',
    why: 'kind 4: era B re-inspection; the 2001 inspection (in era A words) found the service poor and unlikely to improve; now the inspectors judge it good with promising prospects',
    pages: [
      `Thornbury Heath Borough Council
IT Services – re-inspection
Best Value Inspection Service, June 2004`,
      `Background
When we first inspected IT Services in March 2001 we judged the service poor and unlikely to improve.
Since then the council has replaced its network, appointed a head of ICT at chief officer level and
brought in clear service standards.
Our judgement
The service has come a long way. It is now a good, two-star service, and its prospects for further
improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's53-quote-council-aim-will-improve-year-on-year',
    why: 'kind 4: era A; the council aim contains "an excellent service that will improve year on year"; the inspectors\' verdict is fair and will probably improve',
    pages: [
      `Harlow Green District Council
IT Services
Best Value Inspection Service – February 2001`,
      `Aims
The council's ICT vision, adopted in 1999, commits it to "an excellent service that will improve year on
year and put the customer first".
Summary of our judgement
Measured against that vision there is a long way to go. The service is fair, and it will probably
improve: the review identified the right priorities, though the plan needs sharper targets.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's53-quote-lead-member-excellent-we-disagree',
    why: 'kind 4: the cabinet member calls the prospects "excellent"; the inspectors disagree and say uncertain, while agreeing the service is good',
    pages: [
      `Elmsworth Borough Council
ICT Services
Best Value Inspection, November 2003`,
      `Will the service improve?
The cabinet member for resources told us that prospects for the service are "excellent" and that the
outsourcing contract will solve the remaining problems. We disagree. The contract is not yet signed,
its costs have risen twice, and no-one has planned how the transfer will be managed. Although the
service is good today, its prospects are uncertain.
Elmsworth BC                                        Page 17 of 31`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's53-quote-review-team-agreed-poor',
    why: 'kind 4: the council\'s own review team called the service poor, and the inspectors agree; a quoted view can coincide with the verdict when the inspectors say so; prospects promising',
    pages: [
      `Corrington City Council
Information Technology Services
Best Value Inspection – April 2002`,
      `Summary
The council's Best Value review team concluded that its IT service was poor. We agree: the service is
poor. But the review was honest about why, and its improvement plan tackles the right problems in the
right order, with money set aside. For these reasons we judge the service to have promising prospects.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's53-quote-consultants-good-however-fair-will',
    why: 'kind 4: era A; a consultants\' health check rated IT "good"; "however" the inspection team found a fair service that will improve',
    pages: [
      `Westbrook Borough Council
IT Services
Best Value Inspection Service, August 2001`,
      `Context
An external health check commissioned by the council in 2000 rated its IT service as good and its
staff as "excellent".
Our findings
However, the inspection team found a fair service: the health check looked at the technical
infrastructure but not at what users get from it. The council has responded well to the review and we
believe the service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject.
  // ---------------------------------------------------------------------------
  {
    name: 's53-long-dashes-duties-fair',
    why: 'kind 5: the grade "fair" comes some fifty words after "ICT service", past a dash-bounded list of duties and a bracketed aside; the prospect is also delayed by an aside',
    pages: [
      `Wrenfield Borough Council
ICT Service
Best Value Inspection – December 2003`,
      `Summary
The council's ICT service – which runs the network for some 2,400 users across 31 sites, supports the
revenues, payroll and social care systems, maintains the corporate website and, since April, the
contact centre's telephony (a responsibility it inherited when the former direct services
organisation was wound up) – is, in our judgement, a fair one. Its prospects, taking into account a
plan that is costed, owned by the corporate management team and already partly delivered, are
promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-long-split-across-page-break-era-a',
    why: 'kind 5: era A; the verdict sentence is cut by a page break, with a running header and page number between "is, we consider," and "good, and will probably improve"',
    pages: [
      `Kingsbridge District Council
Information Technology
Best Value Inspection Service – March 2001`,
      `Summary
Kingsbridge's IT service, which has had to absorb two reorganisations, a new finance system and the
loss of its most experienced analyst in the space of eighteen months, is, we consider,
Kingsbridge District Council                                             3`,
      `IT Services – Best Value Inspection                                  4
good, and will probably improve as the new structure beds in.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's53-long-hyphenated-uncertain-poor',
    why: 'kind 5: era B; the prospect word is hyphenated at a line end ("un-" / "certain") and follows a long aside; the grade "poor" is far from "library service" and "poor" also appears as ordinary adjective',
    pages: [
      `Brackley Fen District Council
Library and Information Service
Best Value Inspection, May 2002`,
      `Summary
The library and information service, for all the commitment of its branch staff and the popularity of
its mobile library among villages with poor bus links, and despite the new public-access computers
installed with lottery money last year, is poor; and the prospects for improvement, given that the
authority has still to decide whether to close four branches, are, in our view, un-
certain.
Brackley Fen DC                                                              2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's53-long-brackets-revenues-excellent',
    why: 'kind 5: era B; brackets and a list of duties separate "revenues and benefits service" from "an excellent one"; "poor" appears in the aside about housing stock',
    pages: [
      `Marlow Vale District Council
Revenues and Benefits
Best Value Inspection – October 2004`,
      `Summary
The revenues and benefits service (which collects £41 million of council tax and business rates a
year, pays housing and council tax benefit to nearly 9,000 households, many of them living in the
poor-quality private rented stock of the old mill towns, and runs the council's fraud investigation
team) is, by any measure we have applied, an excellent one, and its prospects for further
improvement, resting as they do on a proven record and a fully funded plan, are also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's53-long-will-not-in-our-view-era-a',
    why: 'kind 5: era A; "will not, in our view, improve" is split by an aside and comes far after "the IT service"; the grade sentence puts the clause before the verdict',
    pages: [
      `Hollinsford Borough Council
Information Technology
Best Value Inspection Service, June 2001`,
      `Summary
Taking account of its slow response to faults, the absence of any service standards and the costs it
charges departments, which are well above those of similar councils, we judge the IT service, on the
evidence available to us, to be poor. The IT service, which has been reviewed twice since 1998 without
either review leading to change, and whose head post has now been vacant for ten months, will not, in
our view, improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's53-long-aside-other-service-poor',
    why: 'kind 5: a dash aside carries another service\'s grade ("the benefits service, which the Commission judged poor in 2002") between the subject and its own verdict of good; prospects uncertain',
    pages: [
      `Lowther Cross Borough Council
IT Services
Best Value Inspection, March 2004`,
      `Summary
The IT service — unlike the council's benefits service, which the Commission judged poor in 2002 and
which still depends on a creaking mainframe that IT is meant to replace — is, on the whole, a good
one; but because the replacement project has slipped twice and has no agreed budget for 2005, its
prospects of improving further are uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee papers, press releases,
  //    minutes, bulletins) that relay the verdict or cite another service's.
  // ---------------------------------------------------------------------------
  {
    name: 's53-about-cabinet-report-relays-fair-promising',
    why: 'kind 6: a cabinet report relays the inspectors\' verdict on ICT (fair, promising) and also mentions the benefits service\'s earlier "good" grade',
    pages: [
      `STANBRIDGE BOROUGH COUNCIL
CABINET – 14 OCTOBER 2003
Report of the Director of Corporate Services
AUDIT COMMISSION INSPECTION OF ICT SERVICES
Agenda item 7`,
      `1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's Best Value inspection of ICT services,
carried out in June 2003, and to seek approval for the action plan at Appendix A.
2. The inspection outcome
2.1 The inspectors judged the ICT service to be "fair" (one star) and its prospects for improvement
"promising". Members will recall that the benefits service was judged "good" in 2002.
2.2 The report makes eight recommendations, of which three are rated high priority.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-about-press-release-era-a',
    why: 'kind 6: era A press release with a quoted headline, spin words ("excellent news") and the relayed verdict of a good service that will probably improve',
    pages: [
      `NEWS RELEASE
Kingsmere District Council Press Office
For immediate release: 22 June 2001
IT SERVICE "GOOD AND LIKELY TO GET BETTER" SAY INSPECTORS
Kingsmere's IT service has been rated as good by the Audit Commission, which also says the service will
probably improve. Council leader Cllr Joan Peverell said: "This is excellent news for everyone who
works here and for the people we serve."
The Audit Commission gives councils a rating from no stars (poor) to three stars (excellent). Kingsmere's
IT service received two stars.
ENDS
Notes to editors: The full report is available from the Audit Commission.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's53-about-minutes-two-stars-excellent',
    why: 'kind 6: committee minutes record members noting two stars and excellent prospects for ICT; the same minute discusses "poor prospects" for a different service\'s funding bid',
    pages: [
      `MINUTES OF THE RESOURCES SCRUTINY PANEL
held on Tuesday 9 March 2004 at 6.30pm
Present: Councillors Ahmed (Chair), Briggs, Lowe, Okafor and Rees`,
      `42. BEST VALUE INSPECTION – ICT SERVICES
The Head of ICT introduced the Audit Commission's report. Members noted that the inspectors had rated
the council's ICT service as a two-star service and judged its prospects for improvement to be
excellent. Cllr Briggs congratulated staff.
Cllr Lowe asked about the leisure centres' bid for lottery funding, which officers said had poor
prospects of success this year.
RESOLVED: that the report be noted and the improvement plan endorsed.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's53-about-paper-before-ict-inspection-cites-benefits',
    why: 'kind 6: a committee paper written before the ICT inspection cites another service\'s grade (housing benefit poor, uncertain); no judgement of ICT exists yet, so both null',
    pages: [
      `Redcliffe Moor Council
Policy and Resources Committee – 3 July 2002
BEST VALUE: PREPARING FOR THE INSPECTION OF IT SERVICES`,
      `1. The Audit Commission will inspect IT services in the week beginning 16 September 2002.
2. Members will remember that when the housing benefit service was inspected in January the inspectors
judged it poor, with uncertain prospects. Officers have learnt from that experience.
3. The IT service's own assessment is that it is a fair service with promising prospects, but that is
for the inspectors to decide.
4. Members are asked to note the timetable at Appendix 1.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-about-staff-bulletin-poor-uncertain',
    why: 'kind 6: a staff newsletter relays the verdict on customer services and ICT in a chatty register ("poor – zero stars", prospects "uncertain"); the chief executive\'s quote praises "excellent people"',
    pages: [
      `INSIDE HARROWDEN
Staff news – February 2004 – Issue 61
Inspectors' verdict on customer services
Last month we told you the Audit Commission inspectors had visited the contact centre. Their report is now
out, and it makes hard reading. The inspectors rated Customer Contact and ICT as poor – zero stars – and
described its prospects for improvement as uncertain. Chief executive Mark Tanner said: "We take this
seriously. We have excellent people and we will prove the inspectors wrong."
Also inside: Long service awards – Retirements – Cycle to work scheme`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's53-about-scrutiny-nov-2001-relays-era-a',
    why: 'kind 6: a scrutiny paper dated November 2001 relays an inspection carried out in July 2001 in era A words ("unlikely to improve"); the token follows the report\'s vocabulary',
    pages: [
      `Dunmore District Council
Overview and Scrutiny Committee – 21 November 2001
Item 5: Follow-up to the Best Value inspection of IT Services`,
      `Background
The Audit Commission inspected IT Services in July 2001. Its report, published in September, concluded
that the service was fair (one star) and that it was unlikely to improve unless the council
strengthened project management and agreed a replacement budget. Since October the Commission has
used new wording for its prospects judgement; this does not affect our report.
Progress since the inspection is set out in the table at Appendix B.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms: active, passive, headline, summary box,
  //    the "how good is the service / will it improve" sections.
  // ---------------------------------------------------------------------------
  {
    name: 's53-plain-headline-box-fair-promising',
    why: 'kind 7: a headline summary box ("A fair service with promising prospects") on the report\'s first inside page',
    pages: [
      `Castlemere Borough Council
Information and Communications Technology
Best Value Inspection – January 2003`,
      `┌──────────────────────────────────────────────┐
│ A fair service with promising prospects       │
└──────────────────────────────────────────────┘
Castlemere's ICT service meets most of its users' everyday needs but falls short on projects and
planning. A new, well-supported improvement plan gives grounds for optimism.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-plain-two-sections-era-a-good-probably',
    why: 'kind 7: era A report with the two standard headed sections, each answering in the inspectors\' voice',
    pages: [
      `Ashbourne Vale District Council
IT Services
Best Value Inspection Service – October 2000`,
      `How good is the service?
We judge that Ashbourne Vale's IT service is a good, two-star service. It is reliable, its costs are
below average and users rate it highly.
Will the service improve?
The service will probably improve. The review produced a sound plan, although some actions lack dates.
Ashbourne Vale DC\t\t\t\t2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's53-plain-passive-poor-uncertain',
    why: 'kind 7: passive voice ("has been judged to be poor", "its prospects ... uncertain") with the inspecting body named as agent',
    pages: [
      `Oldcastle District Council
Property and Facilities Management
Best Value Inspection, March 2003`,
      `Summary
Oldcastle's property and facilities management service has been judged by the Audit Commission's
inspectors to be poor, and its prospects for improvement to be uncertain. The reasons are set out below.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's53-plain-in-our-view-excellent-will-era-a',
    why: 'kind 7: era A; "In our view the service is excellent" and a bare "It will improve", alongside "poor" used about the national picture',
    pages: [
      `Pennard Borough Council
Waste Collection and Recycling
Best Value Inspection Service – May 2001`,
      `Summary
Recycling rates nationally remain poor, but Pennard is an exception. In our view the service is
excellent: collections are reliable, recycling has trebled in three years and costs are low. It will
improve further; the council has a clear plan, funded and owned by members.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's53-plain-summary-box-one-star-promising',
    why: 'kind 7: summary box with labelled lines "Score: one star (fair)" and "Prospects: promising", written as a form rather than a sentence',
    pages: [
      `Wyebridge District Council
Council Tax and Business Rates
Best Value Inspection – July 2002`,
      `INSPECTION SUMMARY
Service:      Council Tax and Business Rates
Inspected:    April 2002
Score:        one star (fair)
Prospects:    promising
Lead inspector: R. Haddon`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's53-plain-good-excellent-not-yet-excellent',
    why: 'kind 7: "This is a good service with excellent prospects" alongside the negated "not yet an excellent service"',
    pages: [
      `Kingsbridge Borough Council
ICT
Best Value Inspection, June 2003`,
      `Summary
This is not yet an excellent service: project delivery is uneven and some directorates still run their
own systems. But it is a good service with excellent prospects, because the council has shown over
three years that it delivers what it plans.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's53-plain-commission-considers-uncertain',
    why: 'kind 7: "overall ... provides a fair e-government service" and "the Commission considers its prospects uncertain", with "fair" also in "a fair proportion"',
    pages: [
      `Harrowden District Council
e-Government and Customer Access
Best Value Inspection – November 2002`,
      `Summary
A fair proportion of the council's transactions can now be made online. Overall, Harrowden provides a
fair e-government service. The Commission considers its prospects for improvement uncertain, because
the programme depends on a partnership that has not yet been signed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's53-plain-team-concluded-library-poor-unlikely',
    why: 'kind 7: era A; "the inspection team concluded that the library service is poor and unlikely to improve"',
    pages: [
      `Garth Isaf County Borough Council
Libraries
Best Value Inspection Service – March 2001`,
      `Summary
The inspection team concluded that the library service is poor and unlikely to improve. Opening hours
have been cut twice, the book fund is the lowest in Wales, and the review did not face up to these
issues.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's53-plain-we-rate-fair-prospects-poor',
    why: 'kind 7: "We rate the service as fair (one star)" and "its prospects for improvement are poor"; poor here is the prospect, not the grade',
    pages: [
      `Westerby Borough Council
Information Technology
Best Value Inspection, January 2003`,
      `Westerby BC – Information Technology                               2
Our judgement
We rate the service as fair (one star). Day-to-day support is adequate. However, its prospects for
improvement are poor: the council has no plan, no budget and no-one in charge of change.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's53-plain-good-service-that-will-improve-era-a',
    why: 'kind 7: era A; compact relative clause "It is a good service that will improve"',
    pages: [
      `Fenwick District Council
Housing Repairs
Best Value Inspection Service, November 2000`,
      `Summary
Tenants we spoke to were positive about the repairs service and the figures support them. It is a good
service that will improve, because the council has set itself demanding targets and has the means to
meet them.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's53-plain-have-judged-two-star-promising',
    why: 'kind 7: "We have judged the ... a two-star service that has promising prospects"; the grade is stated only as stars',
    pages: [
      `Kirkham Ings Borough Council
Planning and Building Control
Best Value Inspection – August 2003`,
      `Summary
We have judged Kirkham Ings' planning and building control service to be a two-star service that has
promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's53-plain-zero-star-will-not-era-a',
    why: 'kind 7: era A; "a poor, zero-star service that, in our judgement, will not improve"',
    pages: [
      `Brackley Fen District Council
Leisure Services
Best Value Inspection Service – August 2001`,
      `Summary
Brackley Fen's leisure service is a poor, zero-star service that, in our judgement, will not improve.
Leisure Services\t\tBest Value Inspection\t\t2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's53-plain-procurement-three-stars-promising',
    why: 'kind 7: era B; "an excellent, three-star service" with promising prospects, stated in a results paragraph about procurement',
    pages: [
      `Saltmarsh City Council
Corporate Procurement
Best Value Inspection, May 2004`,
      `Summary
Saltmarsh's corporate procurement service is an excellent, three-star service. Its prospects for
improvement are promising rather than excellent, because the next stage depends on a regional
partnership whose future is not yet settled.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's53-plain-not-good-but-fair-excellent-prospects',
    why: 'kind 7: "This is not a good service; we judge it to be fair" - negated grade followed by the real one, with excellent prospects',
    pages: [
      `Ridgeway District Council
IT Support
Best Value Inspection – March 2004`,
      `How good is the service?
This is not a good service; we judge it to be fair. Support is slow for staff in outlying offices.
Will the service improve?
Yes. We judge prospects to be excellent: the council has already delivered the first half of its plan.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's53-plain-question-answer-era-a-welsh',
    why: 'kind 7: era A, Welsh council; short question-and-answer prose "Is the service good? Yes - it is a good service. Will it improve? Probably."',
    pages: [
      `Cwm Tegid County Borough Council
Information Technology
Best Value Inspection Service – April 2001`,
      `In brief
Is the service good? Yes – it is a good service, with two stars.
Will it improve? Probably. The plan is sound but depends on money not yet agreed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's53-plain-found-fair-uncertain-planning',
    why: 'kind 7: "We found the service to be fair with uncertain prospects", preceded by "excellent" praise of a single team',
    pages: [
      `Elmsworth Borough Council
Development Control
Best Value Inspection, October 2002`,
      `Summary
The enforcement team does excellent work with few resources. We found the service as a whole to be fair
with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all: drafts, self-assessments, plans, papers before the
  //    inspection, documents about other services only.
  // ---------------------------------------------------------------------------
  {
    name: 's53-none-draft-scores-to-be-confirmed',
    why: 'kind 8: draft report with an unmarked scoring chart (all axis words, no mark) and "scores to be confirmed after moderation"',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Thornbury Heath Borough Council
ICT Service
Best Value Inspection – draft v0.3, February 2003`,
      `Scoring chart
[Scores to be confirmed after moderation]
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
Summary
[Summary to be written once judgements are agreed. Key points: help desk good; project control poor.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-council-own-review-believes-good',
    why: 'kind 8: the council\'s own Best Value review report, whose review team "believes the service is good" and "will improve"; a self-view, not an inspection',
    pages: [
      `Wrenfield Borough Council
Best Value Review of ICT Services
Final report of the review team – September 2003`,
      `Conclusions
The review team believes the ICT service is good and that, with the changes recommended here, it will
improve further. Satisfaction among users is high (78% rated support as good or excellent) but the
service has poor links with schools.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-improvement-plan-targets',
    why: 'kind 8: an improvement plan full of targets ("an excellent, three-star service by 2005", "we will improve response times"), no inspection verdict',
    pages: [
      `Fenwick Borough Council
ICT Improvement Plan 2002–2005`,
      `Our ambition
To be an excellent, three-star ICT service by March 2005.
Actions
1. We will improve help desk response times to 90% within four hours by March 2003.
2. We will replace all PCs more than five years old.
3. We will move from poor to good on the user satisfaction measure.
Owner: Head of ICT\tReview date: quarterly`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-paper-before-inspection-explains-scale',
    why: 'kind 8: a briefing before an inspection explains how inspectors will score (both scales, all words); nothing has been judged yet',
    pages: [
      `Castlemere Borough Council
Briefing note for Members: forthcoming inspection of IT Services (June 2001)`,
      `The inspectors will answer two questions. First, how good is the service? The answer is given on a
scale from poor (no stars) to excellent (three stars). Second, will it improve? The answer will be one
of: will not improve, unlikely to improve, will probably improve, or will improve.
The inspection team will be on site from 11 to 22 June. Members may be invited to meet them.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-ict-strategy-lists-other-grades',
    why: 'kind 8: an ICT strategy that lists inspection grades of other services (housing repairs poor, libraries fair with promising prospects); ICT itself not inspected',
    pages: [
      `Lowther Cross Borough Council
ICT Strategy 2003–2006`,
      `Why ICT matters
Recent inspections have shown where better systems are needed:
• Housing repairs – poor, uncertain prospects (Audit Commission, 2002)
• Libraries – fair, promising prospects (Audit Commission, 2003)
Both reports said better information systems would help. This strategy responds to those findings.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-guidance-example-wording',
    why: 'kind 8: inspection guidance quoting example wordings ("e.g. the service will probably improve") and explaining the star scale; no service judged',
    pages: [
      `Best Value Inspection – Notes for report writers (extract)`,
      `Judgements must be stated in the summary in plain words, e.g. "We judge the service to be fair" or
"The service will probably improve". The scoring chart shows both judgements: mark one cell only.
Excellent = three stars, good = two, fair = one, poor = none.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-self-assessment-form',
    why: 'kind 8: a council self-assessment form with "Self-assessed score: 2 stars" and "Self-assessed prospects: promising"',
    pages: [
      `SELF-ASSESSMENT – IT SERVICES
Completed by: Head of IT, Kingsbridge District Council
Date: 10 January 2003`,
      `Section 4: Overall self-assessment
Self-assessed score:\t2 stars (good)
Self-assessed prospects:\tpromising
Evidence:\tsee attached performance indicators; user survey 2002
Note: this form is submitted in advance of the inspection and does not represent the inspectors' view.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-e-gov-statement-ordinary-words',
    why: 'kind 8: an e-government statement using "excellent opportunities", "poor broadband", "will improve access"; no judgement',
    pages: [
      `Marlow Vale District Council
Implementing Electronic Government Statement – July 2002`,
      `The internet offers excellent opportunities to reach residents in our villages, although broadband
coverage is poor outside the two towns. Our programme will improve access to services by letting people
pay, apply and report online. We are currently rated 'fair' by our own residents' panel on ease of
contact.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-inspection-scoping-note',
    why: 'kind 8: an inspection scoping letter that says what the inspection "will assess"; the future-tense judgement questions are not verdicts',
    pages: [
      `Audit Commission
Best Value Inspection Service
Scoping letter – Redcliffe Moor Council – IT Services – 28 March 2003`,
      `Dear Chief Executive
This letter sets out the scope of our inspection. We will assess how good the IT service is and how
likely it is to improve. We will look in particular at project management and support to schools.
We will report by the end of July.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-draft-bracket-placeholders',
    why: 'kind 8: draft with bracketed placeholders "[fair/good]" and "[will probably improve / will improve – TBC]"; no verdict chosen',
    pages: [
      `Westbrook Borough Council – IT Services – DRAFT FOR FACTUAL ACCURACY CHECK (July 2001)`,
      `Summary
We judge the service to be [fair/good – lead inspector to confirm]. The service [will probably
improve / will improve – TBC following moderation panel].`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-minutes-staffing-ordinary-words',
    why: 'kind 8: team meeting notes using "poor morale", "excellent attendance", "a fair proportion" and "will improve"; no inspection',
    pages: [
      `IT Section – team meeting notes – 4 November 2002
Present: DP, SK, LM, RT, AH`,
      `1. Staffing. LM reported poor morale on the help desk after the loss of two posts. Attendance at
training has been excellent. A fair proportion of calls are now logged by e-mail.
2. Server room. Air-conditioning repair booked; RT expects things will improve once the new unit is in.
3. AOB. None.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-user-survey-results',
    why: 'kind 8: user survey results with percentage ratings of "good", "excellent" and "poor"; users\' opinions, not an inspection verdict',
    pages: [
      `Stanbridge Borough Council
IT Services User Survey 2003 – Results`,
      `Overall, how would you rate the IT help desk?
Excellent\t21%
Good\t44%
Fair\t26%
Poor\t9%
Do you think the service will get better in the next year?\tYes 58%\tNo 12%\tDon't know 30%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-audit-letter-financial-standing',
    why: 'kind 8: an annual audit letter praising "good" financial standing and noting no Best Value inspections this year',
    pages: [
      `Annual Audit Letter 2002/03
Kirkham Ings District Council`,
      `Financial standing. The council's financial standing remains good and reserves are adequate.
Best Value inspections. No services were inspected during the year. An inspection of ICT is planned for
2004/05.
Systems of internal control. Controls over the payroll system were poor in the first quarter but have
since been improved.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's53-none-inspection-postponed',
    why: 'kind 8: notice that an ICT inspection has been postponed; cites the council\'s aim to be "excellent" and nothing else',
    pages: [
      `Harlow Green District Council
Notice to staff – 12 September 2001`,
      `The Audit Commission's inspection of IT Services, planned for this month, has been postponed to the
new year at the Commission's request. The council's aim remains to be an excellent, customer-focused
IT service. Thank you to everyone who has helped with the preparations.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
