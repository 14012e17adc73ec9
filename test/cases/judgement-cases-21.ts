/** Held-out judgement set 21, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases21: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's21-k1-tab-grid-asterisk-fair-promising',
    why: "kind 1: tab-separated grid, grades as rows (excellent at top), prospects as columns; the asterisk sits in the Fair row, third prospect cell (Promising). Axis words list every grade and prospect.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Harrowden Borough Council
Information and Communications Technology (ICT) Services
Inspection report
February 2003`,
      `Summary
1 Harrowden Borough Council's ICT service supports around 1,900 users on eleven sites and runs the
systems behind the council's contact centre. The Best Value review of ICT was completed in the
summer of 2002.
2 The inspectors' scores are shown in the chart below; our reasons follow it.
Scoring chart
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'
3 The network is stable and the help desk resolves most calls at the first contact. Against that,
project management is weak and the council lags behind most councils on electronic service delivery.
4 The review produced a realistic, costed improvement plan which the executive has funded, and some
early progress is already visible.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's21-k1-pipe-grid-rows-are-prospects-x',
    why: "kind 1: era A grid with the axes swapped (rows = will it improve, columns = how good); X is in the Probably row under Good.",
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Calderbrook Metropolitan Borough Council
IT Support Services
Report of inspection – April 2001`,
      `Summary
The inspection team's judgements are summarised in Chart 1 below. The reasons for them are set
out on pages 6 to 14.
Chart 1 – scoring
Rows: will the service improve?        Columns: how good is the service?
                  | Poor | Fair | Good | Excellent |
Yes               |      |      |      |           |
Probably          |      |      |  X   |           |
Unlikely          |      |      |      |           |
No                |      |      |      |           |
Users are generally satisfied with desktop support, and the service meets most of its published
standards. The review identified sensible improvements, although the plan depends on recruiting
two analysts in a difficult labour market.
                                                                                   Page 3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's21-k1-one-cell-per-line-tick',
    why: "kind 1: extractor put each grid cell on its own line; the tick is the second cell of the Poor row, i.e. uncertain prospects. Column labels come after the rows.",
    pages: [
      `Best Value Inspection Service
Inspection of ICT and e-Government
Wenlow District Council
October 2003`,
      `Scoring chart
(Each row has four cells, from poor prospects on the left to excellent prospects on the right.)
A good service?
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
Prospects for improvement?`,
      `Why we scored the service as we did
The ICT unit has too few staff to keep pace with demand, a third of PCs are past their planned
replacement date and the council's website offers almost no transactions. The Best Value review
identified the right issues, but the improvement plan is not yet funded beyond March 2004 and it is
not clear who will lead it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's21-k1-spaced-grid-black-star-corner',
    why: "kind 1: era A grid laid out with runs of spaces; the black star is in the Excellent row under the Yes column (prospects across the top, grades down the side).",
    pages: [
      `Audit Commission – Best Value Inspection Service
Kingsmere City Council
Information Technology Services
Inspection: January 2001`,
      `How the inspectors scored the service
                              Will the service improve?
                      No          Unlikely      Probably      Yes
Excellent                                                     ★
Good
Fair
Poor
How good is the service?
The IT service is highly regarded by its users, performs among the best of the councils we have
seen and has a track record of delivering projects on time. The review was challenging and the
improvement plan is specific, funded and already under way.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's21-k1-bracket-checkbox-grid',
    why: "kind 1: checkbox-style grid; [x] is in the Good row, last column, which the caption says is excellent prospects. Every other cell is an empty [ ].",
    pages: [
      `Audit Commission
Inspection report
Ashcombe County Council
ICT and Customer Access Services
Best Value inspection – published June 2004`,
      `Scoring chart
Rows show how good the service is; columns show its prospects for improvement.
                 Poor   Uncertain   Promising   Excellent
Excellent        [ ]    [ ]         [ ]         [ ]
Good             [ ]    [ ]         [ ]         [x]
Fair             [ ]    [ ]         [ ]         [ ]
Poor             [ ]    [ ]         [ ]         [ ]
Ashcombe's ICT service is reliable and users value it. Some areas, such as support for remote
workers, still fall short of what users need. The council has a strong record of delivering
improvements, a clear and well-resourced plan, and committed leadership from members and officers.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's21-k1-bullet-grid-caption-swaps-axes',
    why: "kind 1: the caption says the vertical axis is will-it-improve; the bullet sits in the No row, aligned under Fair. The axis words are not the verdict.",
    pages: [
      `Best Value Inspection Service
Audit Commission
Stoneleigh Borough Council – Information Technology
June 2001`,
      `Chart 2. Vertical axis: will the service improve? Horizontal axis: how good is the service?
Yes
Probably
Unlikely
No                       •
             Poor       Fair       Good       Excellent
Paragraphs 40 to 61 explain the scores. In brief: day-to-day support is adequate, but the review
did not challenge the way the service is provided, there is no funded plan, and members have not
engaged with it.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's21-k1-tab-grid-reversed-order-with-aim',
    why: "kind 1: tab grid with poor as the first row and prospects in reverse order (Yes ... No); the asterisk is in the Poor row, third cell = Unlikely. The text also quotes an aim to be excellent and mentions poor morale.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Marlow Vale District Council
Information Technology
August 2001`,
      `Scoring chart (how good is the service: by row; will it improve: by column)
\tYes\tProbably\tUnlikely\tNo
Poor\t\t\t*\t
Fair\t\t\t\t
Good\t\t\t\t
Excellent\t\t\t\t
Context
The council's IT strategy, adopted in 1999, sets the aim of 'an excellent, customer-focused IT
service by 2003'. At the time of our visit the section had four vacancies and staff told us that
morale is poor. Several departments have bought their own systems without reference to IT.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing grade word, stars and sentences, with reasons
  // ---------------------------------------------------------------------------
  {
    name: 's21-k2-good-two-stars-reasons-say-poor',
    why: "kind 2: score cells read 'Good: 2 stars of 3' and 'Promising – a credible, costed plan'; the reasons column uses poor and fair about other matters.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Fenwick Borough Council
Corporate ICT Service
March 2004`,
      `Summary of the inspectors' judgements
Question\tScore\tReasons
How good is the service?\tGood: 2 stars of 3\tA reliable network and a well-regarded help desk; response times for schools remain poor and the website is basic.
What are the prospects for improvement?\tPromising – a credible, costed plan\tThe review challenged the need for an in-house data centre; the council's record on earlier ICT projects is only fair.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's21-k2-fair-one-star-no-will-not-improve',
    why: "kind 2: cells 'Fair (one star)' and 'No, it will not improve', laid out with runs of spaces; reasons mention excellent relationships and a good help desk.",
    pages: [
      `Audit Commission
Best Value Inspection
Holloway Heath District Council
Information Technology Service
Published May 2001`,
      `Inspection results
Judgement                   Result                      Reasons
How good is the service?    Fair (one star)             Excellent working relationships with
                                                        schools; a good help desk; weak
                                                        project control.
Will the service improve?   No, it will not improve     No challenge in the review; the plan
                                                        has no costs or dates.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's21-k2-three-stars-excellent-reasons-fair',
    why: "kind 2: grade cell is three black stars plus 'Excellent (three stars)'; prospect cell says promising; reasons column calls one area only fair.",
    pages: [
      `Audit Commission
Inspection report
Brackley Vale Borough Council
ICT Services
September 2004`,
      `Our judgements
| Judgement | Score | Main reasons |
| A good service? | ★★★ Excellent (three stars) | Very high user satisfaction; costs among the lowest in its family group; progress on records management only fair. |
| Prospects for improvement? | Promising prospects | A clear plan and strong leadership, but two key projects depend on a partner whose record is untested. |`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's21-k2-poor-no-stars-yes-will-improve',
    why: "kind 2: era A table with 'Poor – no stars' and 'Yes – the service will improve'; the reasons column praises a good new head of IT.",
    pages: [
      `Best Value Inspection Service
Audit Commission
Tansley Borough Council
Information Technology
December 2000`,
      `Table 1: Inspection judgements
How good is the service?
Poor – no stars
Reasons: slow fault fixing, no service standards, users bypass the help desk.
Will the service improve?
Yes – the service will improve
Reasons: a good new head of IT, a funded plan already half delivered, strong support from the chief
executive.`,
    ],
    expect: { grade: 'poor', prospect: 'will' },
  },
  {
    name: 's21-k2-sentence-cells-fair-uncertain',
    why: "kind 2: score cells are whole sentences ('The service is fair, scoring one star...' / 'Uncertain prospects: ...'); the comment column uses good and excellent about parts of the service.",
    pages: [
      `Audit Commission – Inspection report
Kilnsey Metropolitan Borough Council
Information and Communication Technology
November 2003`,
      `Summary table
Area\tInspectors' score\tComment
Quality of the service\tThe service is fair, scoring one star out of a possible three.\tGood practice in desktop support is offset by slow project delivery.
Prospects for improvement\tUncertain prospects: the plan is sound on paper but unfunded beyond 2004/05.\tExcellent work on the intranet shows what the team can do when resourced.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's21-k2-vertical-cells-good-unlikely',
    why: "kind 2: table extracted one cell per line; the score cells are 'Good – two stars' and 'Unlikely to improve (see paragraph 48)'; the reasons cells mention fair and excellent.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Pendle Cross District Council
IT Services
July 2001`,
      `Inspection scores
Judgement
Score
Why
How good is the service?
Good – two stars
Users rate the help desk highly; project delivery is fair at best.
Will the service improve?
Unlikely to improve (see paragraph 48)
The plan is unfunded and depends on an excellent manager who leaves in September.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased (likelihood, belief, negation)
  // ---------------------------------------------------------------------------
  {
    name: 's21-k3-on-balance-expect-better',
    why: "kind 3: 'On balance we expect the service to get better' with hedges about risk = will probably improve (era A).",
    pages: [
      `Audit Commission
Best Value Inspection
Oakfield Borough Council – Information Technology
March 2001`,
      `Summary
We judge that Oakfield's IT service is fair. It meets most of its basic standards but is slow to
deliver new systems and does little to find out what users think.
On balance we expect the service to get better over the next two years. The review has produced a
sensible plan and the new IT manager has started to act on it, although some of the targets depend
on money that has not yet been agreed.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's21-k3-nothing-suggests-change',
    why: "kind 3: 'We have found nothing to suggest the service will change for the better' plus 'no sign' = will not improve (era A), no scale words.",
    pages: [
      `Best Value Inspection Service
Audit Commission
Greywell District Council
Information Technology and Office Services
February 2001`,
      `Summary
The inspection team considers this to be a poor service. Systems fail often, users wait days for
repairs and the council does not know what the service costs.
We have found nothing to suggest that the service will change for the better. The improvement plan
is a list of hopes with no costs, owners or dates; the review did not question how the service is
provided; and there is no sign that members or senior officers intend to give it the attention it
needs.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's21-k3-confident-plan-delivered',
    why: "kind 3: 'We are confident that the council will deliver its improvement plan' = will improve (yes), era A.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Lindford City Council
Information Technology Services
July 2001`,
      `Summary
Overall this is a good service. Users are well supported, systems are reliable and the service
compares well with similar councils on cost.
We are confident that the council will deliver its improvement plan, and that users will see a
better service as a result: the plan is funded, the first stages are complete and progress is
reported to members every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's21-k3-doubt-capacity',
    why: "kind 3: 'We doubt whether the council has the capacity to carry out its plan' = unlikely to improve (era A), no scale words.",
    pages: [
      `Audit Commission
Best Value Inspection
Ruston Borough Council
IT Services
September 2000`,
      `Summary
The IT service is fair. Routine support is adequate, but there are long delays on new work.
We doubt whether the council has the capacity to carry out the plan it has drawn up. The IT section
is already stretched, the plan assumes savings that the review did not identify, and the officer
who led the review has since left the council.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's21-k3-no-realistic-prospect-turnround',
    why: "kind 3: era B; 'no realistic prospect of the council turning this service round' and 'we do not believe ... will get better' = ordinal 0, poor prospects; the prospect passage avoids the scale words.",
    pages: [
      `Audit Commission
Inspection report
Bramhope District Council
ICT Services
April 2004`,
      `Summary
Bramhope's ICT service is a zero-star service: in our judgement it is poor. Systems are unreliable,
the council has no disaster recovery arrangements and only two services can be used online.
There is no realistic prospect of the council turning this service round. The Best Value review
was superficial, the improvement plan has no budget, and we do not believe that senior managers
or members will give ICT the priority needed for things to get better.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's21-k3-in-no-doubt-will-keep-improving',
    why: "kind 3: era B; 'We have no doubt that the service will go on improving ... confident the plan will be delivered in full' = ordinal 3, excellent prospects.",
    pages: [
      `Audit Commission
Inspection report
Ferrybridge Borough Council
ICT and e-Government
January 2005`,
      `Summary
We judge the ICT service to be good. It is reliable, well liked by users, and most council services
can now be reached online.
We have no doubt that the service will go on improving. It has a strong record of doing what it says
it will do, the improvement plan is funded and closely monitored, and we are confident that it will be
delivered in full and on time.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's21-k3-likely-though-not-certain',
    why: "kind 3: 'We think it more likely than not that the service will improve, although we are not certain' = will probably improve (era A).",
    pages: [
      `Audit Commission
Best Value Inspection Service
Ashby Fields District Council
Information Technology
May 2001`,
      `Our judgements
The IT service is a good, two-star service.
We think it more likely than not that the service will improve, although we are not certain that
the council will find the money for the second phase of its network upgrade.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's21-k4-self-assessment-good-inspectors-fair',
    why: "kind 4: the self-assessment rated the service good and said it would improve; 'Our evidence does not support that view'; inspectors: fair, unlikely to improve.",
    pages: [
      `Audit Commission
Best Value Inspection
Merriott Borough Council
Information Technology
March 2001`,
      `Summary
The council's self-assessment, prepared as part of its Best Value review, rated the IT service
as good and concluded that it would improve.
Our evidence does not support that view. We judge the service to be fair: it keeps the council's
systems running, but it has no service standards and users are frustrated by delays. We also
consider it unlikely that the service will improve, because the plan is unfunded and has no clear
owner.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's21-k4-it-director-expects-rapid-progress',
    why: "kind 4: the IT director expects rapid progress; 'Our evidence tells a different story'; inspectors: poor, uncertain prospects (era B).",
    pages: [
      `Audit Commission
Inspection report
Thornleigh Metropolitan Borough Council
ICT Services
June 2003`,
      `Summary
The director of ICT told us that he expects rapid progress now that the new structure is in place
and that, in his view, the service already performs well.
Our evidence tells a different story. Nearly a fifth of calls to the help desk are abandoned, major
projects have slipped by up to eighteen months, and departments have little confidence in the
service. The inspectors judge this to be a poor service with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's21-k4-neighbour-excellent-this-good',
    why: "kind 4: a neighbouring council's ICT service was rated excellent; this council's service is judged good with promising prospects.",
    pages: [
      `Audit Commission
Inspection report
Kelsey District Council
Information and Communications Technology
October 2003`,
      `Summary
Kelsey's neighbour, Stanbury District Council, had its ICT service inspected in 2003 and was rated
excellent with excellent prospects; Kelsey's managers told us that they see Stanbury as the
standard to aim for.
Kelsey's service does not yet reach that standard. Overall we judge it to be a 'good', two-star
service that has 'promising' prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's21-k4-earlier-revenues-inspection-good',
    why: "kind 4: an earlier inspection of the revenues service was judged good and the council expected the same for IT; the inspectors find IT poor but say it will probably improve.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Hatherley Borough Council
IT Services
January 2001`,
      `Summary
The council's revenues service, inspected in 1999, was judged good, and the council had expected
its IT service to achieve a similar result.
It did not. The IT service is poor: there is no fault logging, users cannot tell when problems will
be fixed, and spending is not controlled.
However, the service will probably improve. The review was thorough, a new manager has been
appointed and the first actions in the plan have been completed.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's21-k4-manager-modest-inspectors-excellent',
    why: "kind 4: the head of ICT describes the service as 'fair, and getting better'; the inspectors say that undersells it and judge it excellent with excellent prospects.",
    pages: [
      `Audit Commission
Inspection report
Selbury County Council
ICT Services
November 2004`,
      `Summary
The head of ICT described the service to us as 'fair, and getting better'.
We think that undersells it. In our judgement this is an excellent service, and it has excellent
prospects for improvement. Users in every directorate praised it, it meets or beats all its
service standards, and its plans are ambitious, funded and already being delivered.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's21-k4-self-assessment-fair-inspectors-excellent',
    why: "kind 4: the self-assessment scored the service fair and said it 'may improve if resources allow'; the inspection team disagrees on both counts: excellent, will improve (era A).",
    pages: [
      `Best Value Inspection Service
Audit Commission
Westerby Borough Council
Information Technology
April 2001`,
      `Summary
The council's own self-assessment scored the IT service as fair and said that it 'may improve if
resources allow'.
The inspection team disagrees on both counts. This is an excellent service: it is among the lowest
cost of any we have seen, users are highly satisfied and its systems are available more than 99.8
per cent of the time. It will improve, because the plan is funded, realistic and strongly
supported by members.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's21-k4-cabinet-member-excellent-inspectors-fair',
    why: "kind 4: the cabinet member claims an excellent service that will only get better; 'The inspectors do not share that view'; verdict fair with poor prospects (era B).",
    pages: [
      `Audit Commission
Inspection report
Dunmore Borough Council
ICT and Customer Services
February 2005`,
      `Summary
The cabinet member for resources told the inspection team that the council has 'an excellent ICT
service that will only get better'.
The inspectors do not share that view. The service is fair: the basics work, but it is expensive and
makes little use of technology to improve services to the public. Its prospects for improvement are
poor, because the review avoided difficult choices and there is no plan to address the weaknesses
we found.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences with the verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's21-k5-duties-list-before-good',
    why: "kind 5: a list of the service's duties between the dashes separates 'The inspection team' from 'a good service'; the prospect clause comes many words later (era A).",
    pages: [
      `Audit Commission
Best Value Inspection
Crossgate Borough Council
Information Technology
June 2001`,
      `Summary
The inspection team, having looked at the service's performance across all of its main functions –
the running of the council's wide-area network, desktop support for some 2,300 users, the upkeep of
the finance, payroll and housing systems, the management of contracts with three outside suppliers
and, since last April, support for the new one-stop shops – judged it to be, taken as a whole, a
good service, and, for the reasons set out in section 5 on the review, the improvement plan and the
council's record of delivering change, believes that it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's21-k5-bracketed-aside-fair-promising',
    why: "kind 5: long bracketed aside (with 'excellent' and 'poor' used about other things) sits between the service and the 'fair' verdict; prospects stated at the far end of the sentence (era B).",
    pages: [
      `Audit Commission
Inspection report
Lowther Metropolitan Borough Council
ICT Services
March 2004`,
      `Summary
Lowther's ICT service (which, in addition to supporting 3,000 staff, runs the libraries' public
network, provides the schools broadband service under contract, and has over the past year moved its
data centre to a new building – a project that users described as excellent, though one poor
weekend of downtime is still remembered) is, in our judgement, a fair, one-star service which,
given the strength of the new plan and the commitment of the corporate management team to fund it,
has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's21-k5-dashes-and-page-break-poor',
    why: "kind 5: the sentence runs across a page break with a running header and page number between subject and verdict; dashes hold an aside (era B).",
    pages: [
      `Audit Commission
Inspection report
Haverton District Council
ICT Services
August 2003`,
      `Summary
1 The council's ICT service – which it has been trying to reorganise since 2000, which has had
three managers in as many years, and which was the subject of a critical internal audit report in
2002 – is, on all the evidence we gathered from users, staff, members and performance records, a`,
      `Haverton District Council – ICT Services                                           4
poor service, and we judge its prospects for improvement to be poor as well, because the review
did not look at alternatives and the plan has no money behind it.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's21-k5-long-sentence-excellent-yes',
    why: "kind 5: a fifty-word aside about the council's history and other services separates 'the IT service' from 'excellent'; 'will improve' comes at the end (era A).",
    pages: [
      `Best Value Inspection Service
Audit Commission
Northfleet City Council
Information Technology
November 2000`,
      `Summary
We consider that the IT service – which, unlike the council's housing repairs service that we
inspected earlier this year and found wanting, has been reviewed thoroughly, has consulted its
users in every department and in the community, and has compared itself rigorously with the best
councils and private firms it could find – is an excellent service, and we are in no doubt that
it will improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's21-k5-header-inside-sentence-good-uncertain',
    why: "kind 5: running header and page number fall inside the verdict sentence ('judged the ICT service to be' / header / 'good, with uncertain prospects') (era B).",
    pages: [
      `Audit Commission
Inspection report
Ellesmere Borough Council
ICT Services
May 2004`,
      `Summary
Having taken account of user surveys, performance data for the last three years, interviews with
over sixty staff and members, and the council's own review and improvement plan, the inspection
team judged the ICT service to be
Ellesmere Borough Council – ICT Services – Inspection report                          5
good, with uncertain prospects for improvement, mainly because the plan relies on a restructuring
that staff and unions have not yet accepted.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's21-k5-hyphenated-poor-unlikely',
    why: "kind 5: long sentence with line-end hyphenation ('ser-vice', 'im-prove'); the verdict 'poor ... unlikely to improve' comes after a long list of failings (era A).",
    pages: [
      `Audit Commission
Best Value Inspection
Saltmarsh Borough Council
Information Technology
August 2001`,
      `Summary
Taking together what users told us, the figures for fault repair times, the failure of the
payroll upgrade, the lack of any record of what equipment the council owns, and the absence of
any challenge in the review to the way the service is run, we conclude that the IT ser-
vice is poor, and we think it is unlikely to im-
prove while the current plan, which has no targets or costs, remains unchanged.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's21-k6-cabinet-paper-reports-ict-score',
    why: "kind 6: cabinet paper about the ICT inspection reports the Commission's verdict on this service (good, excellent prospects); the council's own aim of three stars is not a verdict.",
    pages: [
      `Thornbury Vale Borough Council
Report to Cabinet – 15 March 2004
Report of the Head of Corporate ICT
Subject: Audit Commission inspection of ICT services
1 Purpose
To inform Cabinet of the outcome of the Audit Commission's inspection of the council's ICT services.
2 Outcome of the inspection
2.1 The Audit Commission published its inspection report on the council's ICT services on 2 March
2004. The inspectors judged the service to be good (two stars) with excellent prospects for
improvement.
2.2 Members will recall that the Best Value review set the aim of a three-star service; the report
recognises the progress made towards that aim.
3 Recommendation
That Cabinet notes the report and thanks the staff of the ICT service.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's21-k6-press-release-it-inspection',
    why: "kind 6: council press release quoting the inspectors' verdict on its own IT service (fair, one star; will probably improve), era A.",
    pages: [
      `Brantwood Borough Council – Press Office
FOR IMMEDIATE RELEASE – 9 July 2001
COUNCIL IT SERVICE 'WILL PROBABLY IMPROVE', SAY INSPECTORS
The Audit Commission's Best Value inspectors have rated Brantwood Borough Council's information
technology service as fair, awarding it one star out of three, and said that the service will
probably improve.
Councillor Jean Mayhew, executive member for resources, said: "We are pleased that the inspectors
recognised the hard work of our staff. We want to be an excellent service and this report shows us
how to get there."
ENDS`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's21-k6-scrutiny-minutes-note-ict-report',
    why: "kind 6: minutes receiving the Commission's ICT report (poor, uncertain prospects); the housing repairs score mentioned is another service.",
    pages: [
      `Corbridge District Council
Minutes of the Overview and Scrutiny Committee
Held on 8 February 2005
47. Audit Commission inspection report – ICT
The committee received the Audit Commission's report of its inspection of the council's ICT service,
published in January 2005, which judged the service poor (no stars) with uncertain prospects for
improvement.
The Head of ICT said that he was disappointed but accepted the findings. Members noted that the
housing repairs service had been judged good last year and asked what lessons could be learned.
RESOLVED: that the improvement plan be brought to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's21-k6-members-bulletin-it-service',
    why: "kind 6: members' bulletin reporting the inspectors' verdict on the council's IT service (poor; will not improve on current plans), era A.",
    pages: [
      `Members' Bulletin No. 112 – April 2001
Stonebridge Borough Council
Audit Commission report on IT services
The Audit Commission's Best Value inspection report on our IT services was published on 27 March.
The inspectors judged the service to be poor and concluded that, on current plans, it will not
improve. A briefing for all members will be held on 3 May. Copies of the report are available from
the Members' Room.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's21-k6-ict-paper-quotes-benefits-score',
    why: "kind 6: a scoping paper for the ICT review quotes the benefits service's inspection result; the ICT service has not been inspected, so no verdict for this service.",
    pages: [
      `Ravensworth Borough Council
Report to Policy and Resources Committee – 11 March 2003
Best Value Review of ICT: scoping report
1 The Best Value review of ICT will begin in April and is expected to be inspected by the Audit
Commission in 2004.
2 The Commission's recent inspection of the council's benefits service judged it fair with
promising prospects for improvement. Several of the inspectors' comments on that service, about
performance information and consultation, are relevant to the ICT review.
3 The review team will aim for a service that is good or better.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k6-minutes-libraries-score-ict-pending',
    why: "kind 6: minutes record the libraries service's score and say the IT inspection is still to come; no verdict on IT.",
    pages: [
      `Eastholme District Council
Minutes of the Resources Scrutiny Panel – 19 June 2001
12. Best Value inspections
The panel noted that the Audit Commission had judged the libraries service good, and that it will
probably improve.
The Head of IT reported that the inspection of IT services would take place in September and that
staff were preparing the documents the inspectors had asked for. Members asked that the draft
report be circulated as soon as it was received.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k6-paper-report-embargoed',
    why: "kind 6: paper about the ICT inspection says the scores are confidential until publication; it states no verdict.",
    pages: [
      `Aldermoor Borough Council
Report to the Executive – 2 December 2003
Audit Commission inspection of ICT – update
1 The inspectors completed their on-site work on 14 November.
2 The lead inspector has given the Chief Executive the provisional findings in confidence. Under
the Commission's protocol the scores may not be made public until the report is published, which is
expected in January.
3 A further report will be brought to the Executive once the report is published, together with
a draft action plan.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's21-k7-a-headings-poor-no',
    why: "kind 7: headings 'How good is the service?' / 'Will the service improve?' answered 'The service is poor.' / 'No. ... will not improve' (era A).",
    pages: [
      `Audit Commission
Best Value Inspection Service
Redmarsh District Council
Information Technology
May 2001`,
      `Summary
How good is the service?
The service is poor. Desktop support is slow, there is no reliable record of the council's IT
equipment, and three of the last four major projects were late and over budget.
Will the service improve?
No. Our view is that the service will not improve. The review was led by the IT manager, did not ask
whether the council should provide the service itself, and produced a plan with no targets, costs or
timescales.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's21-k7-a-we-judge-fair-unlikely',
    why: "kind 7: active 'We judge the IT service to be a fair, one-star service which is unlikely to improve' in a numbered paragraph (era A).",
    pages: [
      `Audit Commission
Best Value Inspection
Fulbeck Borough Council
Information Technology Services
October 2000`,
      `Summary
1.1 Fulbeck's IT section has 22 staff and a budget of £1.9 million.
1.2 Users are broadly satisfied with day-to-day support, but new systems take too long to arrive.
1.3 The review did not compare the service with other councils or test the market.
1.4 We judge the IT service to be a fair, one-star service which is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's21-k7-a-our-judgement-good-probably',
    why: "kind 7: 'Our judgement is that this is a good service that will probably improve' (era A), with 'poor' used about one system.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Wickham Borough Council
IT Services
March 2001`,
      `Summary
Our judgement is that this is a good service that will probably improve. Most users are well
served, although the housing system's performance remains poor and the council is tackling it
through the improvement plan.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's21-k7-a-passive-excellent-yes',
    why: "kind 7: passive 'The service has been judged by the inspection team to be excellent (three stars). It will improve' (era A).",
    pages: [
      `Best Value Inspection Service
Audit Commission
Hartside City Council
Information and Communication Technology
February 2001`,
      `Summary
The service has been judged by the inspection team to be excellent (three stars). It will improve:
the council has a clear, funded plan, has already delivered the first half of it, and reports
progress openly to users and members.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's21-k7-a-overall-poor-unlikely',
    why: "kind 7: 'Overall judgement' paragraph: 'The service is poor and is unlikely to improve' (era A); the council's target of a good service by 2002 is an aim.",
    pages: [
      `Audit Commission
Best Value Inspection
Castlebrook District Council
Information Technology
September 2000`,
      `Overall judgement
The council has set itself the target of a good IT service by 2002. Our inspection found that it is
a long way from that. The service is poor and is unlikely to improve, because the review did not
tackle the service's main weaknesses.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's21-k7-a-bullets-fair-probably',
    why: "kind 7: summary bullets 'the service is fair' / 'it will probably improve' after 'The inspectors have concluded that:' (era A).",
    pages: [
      `Audit Commission
Best Value Inspection Service
Penford Borough Council
IT Services
January 2001`,
      `Summary
The inspectors have concluded that:
• the IT service is fair; and
• it will probably improve.
These judgements reflect a service that does the basics adequately but has been slow to support
the council's wider plans.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's21-k7-a-qa-headings-good-yes',
    why: "kind 7: question headings answered 'Good. In our view ...' and 'Yes, it will improve' (era A).",
    pages: [
      `Audit Commission
Best Value Inspection
Millbeck Borough Council
Information Technology
July 2001`,
      `How good is the service?
Good. In our view the service meets users' needs well, at a cost that compares favourably with
similar councils.
Will the service improve?
Yes, it will improve. The improvement plan is funded and the council has a good record of
delivering what it promises.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's21-k7-a-commission-concluded-poor-no',
    why: "kind 7: 'The Commission's inspectors have concluded that the council provides a poor IT service which will not improve' (era A).",
    pages: [
      `Audit Commission
Best Value Inspection Service
Blackwater District Council
Information Technology
December 2000`,
      `Summary
The Commission's inspectors have concluded that the council provides a poor IT service which will
not improve. The reasons are given in the sections that follow.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's21-k7-b-scored-poor-poor',
    why: "kind 7: 'The inspection team scored the service as poor, with poor prospects for improvement' (era B).",
    pages: [
      `Audit Commission
Inspection report
Felsham Borough Council
ICT Services
March 2003`,
      `Summary
The inspection team scored the service as poor, with poor prospects for improvement. Basic systems
are unreliable, there is no ICT strategy, and the improvement plan was written in the week before
our visit.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's21-k7-b-our-judgement-fair-uncertain',
    why: "kind 7: 'Our judgement is that this is a fair, one-star service that has uncertain prospects for improvement' (era B).",
    pages: [
      `Audit Commission
Inspection report
Gorsey Bank District Council
ICT and e-Government
December 2003`,
      `Summary
Our judgement is that this is a 'fair', one-star service that has 'uncertain' prospects for
improvement. Users value the help desk but wait too long for new equipment, and the council has
not yet decided how to pay for its e-government programme.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's21-k7-b-headings-good-promising',
    why: "kind 7: era B headings 'How good is the service?' / 'What are the prospects for improvement?' with 'we have judged this to be a good, two-star service' and 'prospects are promising'.",
    pages: [
      `Audit Commission
Inspection report
Hollins Cross Borough Council
ICT Services
July 2004`,
      `How good is the service?
Taking all the evidence into account, we have judged this to be a good, two-star service.
What are the prospects for improvement?
The council has a sound plan and a record of delivering change. We consider the prospects for
improvement to be promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's21-k7-b-we-judge-excellent-excellent',
    why: "kind 7: 'Overall we have judged this to be an excellent, three-star service that has excellent prospects for improvement' (era B).",
    pages: [
      `Audit Commission
Inspection report
Wrayfield City Council
ICT Services
October 2004`,
      `Summary
Overall we have judged this to be an 'excellent', three-star service that has 'excellent'
prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's21-k7-b-passive-fair-poor',
    why: "kind 7: passive 'The service was found to be fair; its prospects for improvement were judged to be poor' (era B).",
    pages: [
      `Audit Commission
Inspection report
Marsden Moor Borough Council
ICT Services
September 2003`,
      `Summary
The service was found to be fair; its prospects for improvement were judged to be poor, because
the council has not agreed how it will fund or lead the changes that its own review called for.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's21-k7-b-this-report-finds-good-uncertain',
    why: "kind 7: 'This report finds a good service with uncertain prospects for improvement' (era B).",
    pages: [
      `Audit Commission
Inspection report
Oldcastle Borough Council
ICT Services
February 2004`,
      `Summary
This report finds a good service with uncertain prospects for improvement. The service works
well for its users today, but the council has yet to decide whether to renew or end its contract with
the main supplier, and much of the plan depends on that decision.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's21-k7-b-commission-rates-excellent-promising',
    why: "kind 7: 'The Commission rates the service excellent (three stars), with promising prospects for improvement' (era B).",
    pages: [
      `Audit Commission
Inspection report
Eldon Vale District Council
ICT and Customer Access
May 2005`,
      `Summary
The Commission rates the service excellent (three stars), with promising prospects for
improvement. The next stage of the plan depends on a shared service with two other councils that is
still being negotiated.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's21-k7-b-heading-cells-excellent-excellent',
    why: "kind 7: short question-and-answer layout, 'How good is the service? Excellent (three stars)' and 'What are the prospects for improvement? Excellent' (era B).",
    pages: [
      `Audit Commission
Inspection report
Castlemere County Council
ICT Services
March 2005`,
      `Our judgements
How good is the service? Excellent (three stars).
What are the prospects for improvement? Excellent.
The service is one of the best we have inspected and has a well-founded plan to become better still.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: no-judgement documents
  // ---------------------------------------------------------------------------
  {
    name: 's21-k8-draft-blank-grid-scores-tbc',
    why: "kind 8: draft inspection report with an unmarked scoring grid and 'scores to be confirmed'; the axis words are not a verdict.",
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
Inspection report
Ridgeway District Council
ICT Services
Draft v0.3 – November 2003`,
      `Scoring chart
Scores to be confirmed following moderation.
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-council-own-review-claims-good',
    why: "kind 8: the council's own Best Value review report; its self-assessment calls the service good and likely to improve, but no inspector has judged it.",
    pages: [
      `Hadley Green Borough Council
Best Value Review of Information Technology
Final report of the review team
January 2001`,
      `Self-assessment
The review team's self-assessment concludes that the IT service is good and will improve once the
actions in this report are carried out. The Audit Commission is expected to inspect the service in
the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-guidance-explains-scales',
    why: "kind 8: guidance note explaining both judgements and listing every grade and prospect word; about no service.",
    pages: [
      `Guidance for council officers
Preparing for a Best Value inspection
Inspectors answer two questions about each service. The first, how good is the service, is scored
on a scale of poor (no stars), fair (one star), good (two stars) and excellent (three stars). The
second asks about the service's prospects for improvement, which are described as poor, uncertain,
promising or excellent. Both scores are shown on a chart in the summary of the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-scrutiny-notes-questions',
    why: "kind 8: scrutiny panel notes asking how the ICT service will be judged; hopes and questions only.",
    pages: [
      `Northwold District Council
Resources Scrutiny Panel – notes of informal meeting, 4 September 2003
ICT Best Value review
Members asked what score officers expected the inspectors to give. The Head of ICT said it was too
early to say, but that he hoped for at least a fair rating and promising prospects.
Members were concerned about poor response times in the outlying offices and asked for figures at
the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-service-plan-aims-excellent',
    why: "kind 8: ICT service plan aiming for an excellent, three-star service with excellent prospects; ambitions, not a verdict.",
    pages: [
      `Ashgrove Borough Council
ICT Service Plan 2004/05
Our vision
By 2006 we aim to be an excellent, three-star ICT service with excellent prospects for further
improvement, recognised by users and by the Audit Commission.
Key objectives
• achieve 100% e-enablement of priority services by December 2005
• reduce help desk call waiting time to under 30 seconds
• replace all PCs older than four years`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-improvement-plan-targets',
    why: "kind 8: the council's improvement plan sets targets ('to become a good service'); no inspection verdict appears.",
    pages: [
      `Langford District Council
Information Technology Improvement Plan
Approved by the Policy Committee, 20 March 2001
Action\tOwner\tDate\tOutcome sought
Introduce service standards\tIT Manager\tJune 2001\tUsers know what to expect
Install fault logging system\tIT Manager\tSept 2001\tFaults fixed faster
Benchmark costs with CIPFA club\tHead of Finance\tDec 2001\tA good, value-for-money service
Survey all users\tIT Manager\tJan 2002\tSatisfaction above 80%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-inspection-notification-letter',
    why: "kind 8: Audit Commission letter announcing an inspection and its scope; nothing has been judged yet.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Dear Chief Executive
Inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services during the weeks beginning
9 and 16 February 2004. The inspection will look at how good the service is and at its prospects
for improvement. We will ask to see the Best Value review, the improvement plan and recent
performance information.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-draft-report-placeholders',
    why: "kind 8: draft inspection report where the verdict sentence still has placeholders; no grade or prospect is stated.",
    pages: [
      `Audit Commission
Inspection report – DRAFT FOR FACTUAL ACCURACY CHECK
Birchfield Borough Council
ICT Services
December 2004`,
      `Summary
Overall we have judged this to be a '[GRADE TBC]', [STARS TBC]-star service that has '[PROSPECTS
TBC]' prospects for improvement. Scores will be confirmed once the council's comments on this draft
have been considered.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-user-survey-excellent-ratings',
    why: "kind 8: user satisfaction survey results with users rating parts of the service good or excellent; not an inspection judgement.",
    pages: [
      `Fernleigh District Council
IT Help Desk – user satisfaction survey, spring 2001
Responses: 412 (response rate 38%)
Question\tExcellent\tGood\tFair\tPoor
Speed of answer\t21%\t44%\t25%\t10%
Helpfulness of staff\t35%\t47%\t13%\t5%
Time to fix fault\t12%\t39%\t31%\t18%
Overall, 82% of users rated the staff good or excellent.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-outsourcing-tender-spec',
    why: "kind 8: tender specification requiring 'excellent' service levels and a partner able to improve the service; no verdict.",
    pages: [
      `Greatmoor County Council
Invitation to tender: ICT managed service
Section 3 – Service requirements
3.1 The council seeks a partner who will help it move from its present position to an excellent
ICT service within three years.
3.2 Bidders must show how they will improve performance against the service levels in Schedule 2.
Poor performance will attract service credits.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-ict-strategy-document',
    why: "kind 8: corporate ICT strategy describing aims and current position in the council's own words; no inspection judgement.",
    pages: [
      `Southwick Borough Council
ICT Strategy 2003–2006
Where we are now
Our network is reliable, but many of our PCs are old and our website offers few transactions. We
believe we provide a good service to staff but need to do more for the public.
Where we want to be
We want every resident to be able to contact the council online, by phone or in person and get a
first-class service, and we want our ICT service to be judged excellent by 2006.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-peer-challenge-notes',
    why: "kind 8: notes from an informal peer challenge by officers from other councils; opinions, not an Audit Commission grade or prospect.",
    pages: [
      `Moorbank District Council
Peer challenge of the ICT service – feedback notes
June 2003
The peer team (officers from three neighbouring councils) spent two days with the service.
What works well: the help desk team, relationships with schools, the new intranet.
What could be better: project management, involvement of service managers, the website.
The team suggested the council use these notes to prepare for its Best Value inspection next year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-training-example-chart',
    why: "kind 8: training pack with an invented example chart (marked) for a fictional council, explicitly not about any real service; no verdict for this document.",
    pages: [
      `Best Value inspection: an introduction for new council staff
Module 3 – Reading an inspection report
The example below is invented for training purposes and does not refer to any real council or
service.
Example: 'Anytown' council, fictional housing service
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t*\t
Poor\t\t\t\t
Exercise: what does the position of the asterisk tell you about the two judgements?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's21-k8-annual-performance-plan-bvpis',
    why: "kind 8: annual performance plan listing IT indicators and targets with 'good' and 'poor' as ordinary words; no inspection verdict.",
    pages: [
      `Winsford Vale Borough Council
Best Value Performance Plan 2001/02
Section 6 – Corporate services: information technology
Indicator\t2000/01 actual\t2001/02 target
Help desk calls resolved at first contact\t61%\t70%
Network availability\t98.7%\t99.5%
Percentage of PCs over five years old\t34%\t20%
Comment: performance on first-contact resolution was poor in the first half of the year but good
in the second, after two extra staff were recruited.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
