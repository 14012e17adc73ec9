/** Held-out judgement set 28, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases28: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's28-grid-spaces-asterisk-under-star-header-good-promising',
    why: 'kind 1: runs-of-spaces grid, prospects on rows, grades on columns; the header row under the grades already holds *, ** and ***, so only the asterisk in the promising row counts; it sits under "good"',
    pages: [
      `Thornbury Vale District Council
Information and Communications Technology Services
Best Value Inspection Service
March 2003

Summary
Thornbury Vale's ICT section supports around 900 users in the council's
offices and depots. This inspection looked at the whole of the service,
including the help desk, the network and the council's web site.
Our judgements are set out in the scoring chart on page 2, followed by our
recommendations.`,
      `2   Thornbury Vale District Council - ICT Services

Scoring chart
The horizontal axis shows how good the service is; the vertical axis shows
the prospects for improvement.

                                 'a good service?'
                       poor         fair         good         excellent
                                    *            **           ***
   excellent
   prospects
   promising                                     *
   prospects
   uncertain
   prospects
   poor
   prospects
                 'prospects for improvement?'

Recommendations
To rise to the challenge of continuous improvement, we recommend that the
council sets service standards for the help desk and publishes its results.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's28-grid-tab-cells-tick-era-a-fair-unlikely',
    why: 'kind 1: era A grid extracted with one tab per cell; header star row (*, **, ***) is axis text; the tick is in the Unlikely row, second grade cell (Fair)',
    pages: [
      `Mid Harwell Borough Council
IT Services
Best Value Inspection
Audit Commission Best Value Inspection Service
May 2001

Summary
The council's IT unit provides desktop support, network management and
application development to all departments. The inspection team's
judgement is shown in the scoring chart below. A full account of our
findings follows in the body of the report.

Scoring chart
Will the service improve?
\tPoor\tFair\tGood\tExcellent
\t\t*\t**\t***
Yes\t\t\t\t
Probably\t\t\t\t
Unlikely\t\t✓\t\t
No\t\t\t\t
\tHow good is the service?`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's28-grid-swapped-axes-cross-poor-uncertain',
    why: 'kind 1: caption says rows are quality and columns prospects (swapped); the grade rows carry star labels that are not marks; the X in the Poor row sits under Uncertain',
    pages: [
      `Inspection report
Corporate ICT Services
Haverleigh Metropolitan Borough Council
Audit Commission Best Value Inspection Service
October 2002

Scoring chart
In this chart the rows show how good the service is and the columns show
its prospects for improvement.

                      Prospects for improvement
                 Poor      Uncertain   Promising   Excellent
Excellent  ***
Good       **
Fair       *
Poor       -                X

Our reasons are given in the summary that follows and in the main body of
the report.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's28-grid-one-cell-per-line-black-star-good-will',
    why: 'kind 1: era A grid extracted one cell per line, empty cells as dashes; the star falls in the Yes row, third grade column (Good)',
    pages: [
      `Eastmoor District Council
Information Technology Service
Best Value Inspection Service
February 2001

SCORING CHART
Will the service improve?
How good is the service?
Poor
Fair
Good
Excellent
Yes
-
-
★
-
Probably
-
-
-
-
Unlikely
-
-
-
-
No
-
-
-
-
The chart records the judgement of the inspection team.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's28-grid-checkboxes-every-cell-excellent-excellent',
    why: 'kind 1: every cell printed as an empty box [ ], only one ticked [x]: top row (excellent prospects), last column (excellent service)',
    pages: [
      `Wyreford City Council
ICT and e-Government Services
Inspection Report
June 2004

The Audit Commission's judgement
Prospects for         poor    fair    good    excellent
improvement
excellent             [ ]     [ ]     [ ]     [x]
promising             [ ]     [ ]     [ ]     [ ]
uncertain             [ ]     [ ]     [ ]     [ ]
poor                  [ ]     [ ]     [ ]     [ ]
                      A good service?

Page 3 sets out the reasons for our judgement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's28-grid-reversed-order-bullet-poor-will-not',
    why: 'kind 1: era A grid with both axes in reverse order (Excellent first, No at top); the bullet is in the No row under Poor',
    pages: [
      `Calderbrook Borough Council
Best Value Inspection: Information Technology
October 2000

Scoring chart
(rows: will the service improve?   columns: how good is the service?)

              Excellent   Good   Fair   Poor
              ***         **     *      no stars
No                                      •
Unlikely
Probably
Yes

1. The council commissioned this inspection following its Best Value
review of IT, completed in June 2000.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's28-grid-caption-horizontal-prospects-cross-fair-poor',
    why: 'kind 1: caption puts prospects on the horizontal axis; the fair row carries its star label and then the X under the "poor" prospects column, so poor is the prospect, not the grade',
    pages: [
      `Nethercote District Council
ICT Services Inspection
Best Value Inspection Service
November 2003

Scoring chart
The horizontal axis shows the prospects for improvement; the vertical axis
shows how good the service is.

                 poor        uncertain   promising   excellent
excellent ***
good      **
fair      *      X
poor

Recommendations follow on page 4.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with extras
  {
    name: 's28-table-good-two-of-three-stars-uncertain',
    why: 'kind 2: judgement cells "Good: 2 stars out of 3" and "Uncertain prospects"; the reasons column uses excellent, poor, fair and good as ordinary words',
    pages: [
      `Kingsmere Borough Council
Corporate ICT
Inspection report - January 2002
Audit Commission

Summary of our judgements

Question                      Judgement                   Reasons
How good is the service?      Good: 2 stars out of 3      Excellent help desk response; but poor
                                                          take-up of electronic forms and a fair
                                                          number of long-standing faults
What are the service's        Uncertain prospects         The improvement plan is not costed; the
prospects for improvement?                                review made only limited comparisons;
                                                          staff are excellent but overstretched`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's28-table-fair-one-star-no-will-not-improve',
    why: 'kind 2: era A table, "Fair (one star)" and "No, it will not improve"; the basis column says managers would "probably" welcome change and mentions good and poor',
    pages: [
      `Rushwick District Council
Information Technology
Best Value Inspection Service report
June 2001

Table 1: Inspection judgements

Area                 Finding                          Basis
Is it a good         Fair (one star)                  Reliable network; good help desk
service?                                              staff; poor planning of projects
Will it improve?     No, it will not improve          Managers would probably welcome change,
                                                      but there is no plan, no budget and no
                                                      one to lead it

The rest of this report explains these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's28-table-three-stars-excellent-promising-see-paragraphs',
    why: 'kind 2: cells "★★★ Excellent - a high-performing service" and "Promising - see paragraphs 61-74"; reasons column mentions fair and poor',
    pages: [
      `Aldergate London Borough Council
ICT Services
Inspection Report, September 2004

Our judgements

Question                         Our judgement                        Key reasons
Quality of service               ★★★ Excellent - a high-performing    Few weaknesses; user satisfaction of
                                 service                              94%; only fair results on printing
Prospects for improvement        Promising - see paragraphs 61-74     Sound plan, though some targets are
                                                                      poor and the 2005 e-government
                                                                      target is at risk`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's28-table-poor-no-stars-probably-with-reasons',
    why: 'kind 2: era A, verdicts in stacked cells "Poor - no stars" and "Probably - the plan is realistic..."; reasons use "excellent" and "unlikely" about other things',
    pages: [
      `Fosbury District Council
IT Support Services
Best Value Inspection
March 2001

Inspection findings at a glance

How good is the service?
   Poor - no stars                 Reasons: long-standing faults; users describe help desk
                                   staff as excellent in person but hard to reach
Will the service improve?
   Probably - the plan is          Reasons: strong new management; a realistic budget;
   realistic but not yet tested    visible change is unlikely before the new network is
                                   installed next spring`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's28-table-one-star-fair-excellent-prospects-comment',
    why: 'kind 2: "One star - fair" and "Excellent prospects for improvement" with a comment column mentioning good and poor',
    pages: [
      `Selbridge Borough Council
ICT Services
Best Value inspection report
February 2003

Judgement                    Score                              Comment
Current service              One star - fair                    Good technical staff, but poor customer
                                                                satisfaction at present
Prospects for improvement    Excellent prospects for            A costed, well-led plan that is
                             improvement                        already delivering results`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's28-table-good-two-black-stars-yes-will-improve',
    why: 'kind 2: era A, "Good ★★ (two stars)" and "Yes - the service will improve"; reasons say "fair performance" and "unlikely to lose momentum"',
    pages: [
      `Oakhanger County Council
Information Systems
Best Value Inspection Service
August 2001

Inspectors' scores
How good is the service?      Good ★★ (two stars)           Most targets met; fair performance on
                                                            project delivery
Will the service improve?     Yes - the service will        Firm plan; the council is unlikely to
                              improve                       lose momentum`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------- kind 3: paraphrased prospects
  {
    name: 's28-paraphrase-on-balance-expect-better-fair-promising',
    why: 'kind 3: era B; grade stated plainly; prospects only as "On balance we expect the service to get better" (ordinal 2 = promising), no prospect scale word',
    pages: [
      `Brindlecombe District Council
ICT Services
Best Value Inspection Service
November 2002

How good is the service?
We judge the service to be fair, with one star out of three. The help desk
is well run, but projects are often late and the council's web site offers
little beyond basic information.

Will the service improve?
On balance we expect the service to get better. The plan is realistic and
staff are committed, although some targets lack dates and the funding
beyond next year has not been confirmed.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's28-paraphrase-doubt-capacity-poor-uncertain',
    why: 'kind 3: era B; "we doubt that the council has the capacity to deliver its plan" = ordinal 1 = uncertain; grade poor is stated as the grade',
    pages: [
      `Harnley Moor Borough Council
Information and Communication Technology
Inspection report, May 2003

Summary
The inspectors found a poor, zero-star service. Faults take weeks to fix,
there are no service standards, and departments have begun to buy their
own systems.
The council has produced a detailed improvement plan, and some early steps
have been taken. However, we doubt that the council has the capacity to
deliver its plan: the ICT team is already stretched, two key posts are
vacant, and the cost of the plan has not been set against the budget.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's28-paraphrase-no-sign-anything-will-change-poor-poor',
    why: 'kind 3: era B; "There is no sign that anything will change" = ordinal 0 = poor prospects; no prospect scale word is used',
    pages: [
      `Kelsby District Council
IT Services
Best Value inspection
February 2004

How good is the service?
Kelsby's IT service is poor. Users have little confidence in it, and the
council does not know what the service costs.

Will the service improve?
There is no sign that anything will change. The review made no
recommendations of substance, the improvement plan has no owner and no
money, and managers told us they see no need to do things differently.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's28-paraphrase-confident-plan-delivered-good-excellent',
    why: 'kind 3: era B; "we are confident that the improvement plan will be delivered in full" = ordinal 3 = excellent prospects; the "not a case where ambition outstrips capacity" negation is a trap',
    pages: [
      `Penwarren Borough Council
Corporate ICT Services
Audit Commission inspection report
August 2003

Summary
Penwarren's ICT service is a good, two-star service. Users are largely
satisfied, systems are reliable and costs compare well with similar
councils.
This is not a case where ambition outstrips capacity. We are confident
that the improvement plan will be delivered in full and that the service
will go on getting better: the plan is costed, owned by senior managers and
already half complete.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's28-paraphrase-era-a-no-doubt-get-better-fair-will',
    why: 'kind 3: era A; "we have no doubt that the service will get better" (double negative, certainty) = ordinal 3 = will; no "will improve" wording',
    pages: [
      `Greystoke Vale District Council
Information Technology
Best Value Inspection Service
January 2001

Is this a good service?
We judge the IT service to be fair. It meets most of its basic targets but
does little to help departments change the way they work.

Are the prospects for change sound?
We have no doubt that the service will get better. The new head of IT has
a clear programme, members have backed it with funding, and the first
changes are already visible to users.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's28-paraphrase-era-a-no-realistic-prospect-poor-will-not',
    why: 'kind 3: era A; "we can see no realistic prospect of the service getting better" = ordinal 0 = will-not',
    pages: [
      `Stanmoor Borough Council
IT Services
Best Value Inspection
December 2000

Our judgement
The IT service is a poor one. Help desk calls go unanswered, the network
fails several times a month, and there is no strategy for the future.
We can see no realistic prospect of the service getting better under the
present arrangements. The review did not address the main problems, and
there is neither the money nor the management time to put them right.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's28-paraphrase-era-a-more-likely-than-not-good-probably',
    why: 'kind 3: era A; "more likely than not that the service will get better" = ordinal 2 = probably; no "probably" word',
    pages: [
      `Lynwick County Council
Information Technology Services
Best Value Inspection Service
April 2001

How good is the service?
The inspection team found a good service which supports its users well.

Will the service get better?
We think it more likely than not that the service will get better, though
not every element of the plan is secure. Funding for the second phase of
the network upgrade has yet to be agreed, and the plan relies heavily on
one manager.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's28-paraphrase-era-a-not-convinced-fair-unlikely',
    why: 'kind 3: era A (September 2001 is still the old vocabulary); "we are not convinced that the council can deliver its improvement plan" = ordinal 1 = unlikely',
    pages: [
      `Hollinbury Borough Council
IT and Telephony Services
Inspection report
September 2001

Summary
This is a fair service. Most users get the help they need, although the
help desk closes at 4pm and some faults linger for days.
We are not convinced that the council can deliver its improvement plan.
The plan depends on staff who are already fully committed and on money
that has not been found, and the review did not consider any alternative
way of providing the service.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views, then the inspectors' own
  {
    name: 's28-quoted-self-assessment-then-fair-uncertain',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; "Our evidence tells a different story" and the inspectors judge fair and uncertain',
    pages: [
      `Colbourne District Council
ICT Services
Best Value Inspection Service
April 2002

Summary
In its self-assessment the council described the ICT service as good,
with excellent prospects for improvement.
Our evidence tells a different story. We judge that the service is fair
(one star) and that its prospects for improvement are uncertain. Users
are not consulted, performance is not measured, and the improvement plan
is a list of intentions rather than a programme of work.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's28-quoted-it-director-expects-improvement-then-poor-unlikely',
    why: 'kind 4: era A; the IT director says the service "will improve dramatically"; the inspectors do not share this and judge poor and unlikely to improve',
    pages: [
      `Wexcombe Borough Council
Information Technology
Best Value Inspection
July 2001

Will the service improve?
The IT director expects rapid progress once the new structure is in
place, and told us that the service "will improve dramatically within a
year".
We do not share this confidence. The restructuring has been delayed twice
and has no agreed budget.

Summary of judgements
The inspection team judges the service to be poor and considers that it
is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's28-quoted-neighbour-rated-excellent-ours-good-promising',
    why: "kind 4: a neighbouring council's excellent rating is quoted as a model; the inspectors' own verdict on this council is good with promising prospects",
    pages: [
      `Brackenford Borough Council
ICT Services
Inspection report
March 2004

Context
Neighbouring Westerleigh Council's ICT service was judged excellent, with
excellent prospects for improvement, when it was inspected in 2003, and
Brackenford's managers often cite it as the model they want to follow.

Summary
Brackenford is not yet at that level. In our view Brackenford provides a
good, two-star ICT service that has promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's28-quoted-earlier-inspection-poor-then-reinspection-fair-promising',
    why: 'kind 4: the earlier 2001 inspection (old vocabulary: poor, would not improve) is quoted; this 2003 re-inspection finds fair with promising prospects',
    pages: [
      `Dunmore City Council
IT Services: re-inspection
Audit Commission Best Value Inspection Service
October 2003

Background
When the Commission first inspected the service in March 2001, inspectors
judged it to be a poor service that would not improve.

Summary
Much has changed since then. This re-inspection finds a fair, one-star
service with promising prospects for improvement. The help desk has been
rebuilt, users now have service standards, and a realistic plan is in
place.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's28-quoted-consultants-excellent-however-good-probably',
    why: 'kind 4: era A; consultants called the service "excellent in almost every respect"; "However" the inspectors judge good and probably will improve',
    pages: [
      `Marlowe Heath District Council
IT Services
Best Value Inspection Service
April 2001

The Best Value review
Consultants engaged by the council for the review concluded that the IT
service was "excellent in almost every respect".
However, we found weaknesses that the review did not mention: there are no
agreed service standards, and the council has never tested whether others
could provide the service more cheaply.

Our judgement
Our judgement is that it is a good service which will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's28-quoted-scrutiny-panel-poor-ours-good-excellent',
    why: "kind 4: the council's scrutiny panel called it poor with uncertain prospects last year; the inspectors' own finding is good with excellent prospects",
    pages: [
      `Tollmarsh Borough Council
ICT Services
Inspection Report
December 2003

Summary
The council's scrutiny panel concluded last year that the ICT service was
poor and that its prospects were uncertain. Our own findings are much
more positive.
We consider the service to be good (two stars), and we believe its
prospects for improvement are excellent: the new strategy is funded,
well led and already producing results.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences
  {
    name: 's28-long-dash-aside-fair-promising',
    why: 'kind 5: the grade comes some sixty words after "The ICT service", past a dash-enclosed list of duties containing "excellent working relationships"; the prospects clause also has a long aside',
    pages: [
      `Ravensholme Metropolitan Borough Council
ICT Services
Best Value Inspection Service
July 2002

Summary
The ICT service - which supports some 2,400 users across 40 sites, runs
the payroll, council tax and benefits systems (the last of which was
replaced in 2001), maintains the corporate network and, since April, the
council's web site, and which has for some years enjoyed excellent
working relationships with its two main suppliers - is, in the view of
the inspection team, a fair, one-star service. Its prospects for
improvement, given the recent appointment of a permanent head of ICT, a
costed three-year plan and, after some delay, agreement by members to
fund the replacement of the network, are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's28-long-brackets-hyphen-break-era-a-good-probably',
    why: 'kind 5: era A; a long bracketed list of evidence before the verdict; "prob-ably" is hyphenated across a line end',
    pages: [
      `Shelwood District Council
Information Technology
Best Value Inspection
February 2001

Conclusions
Taking into account all of the evidence (the views of the 30 staff and
managers we interviewed, the results of the council's user survey, the help
desk statistics for the last two years and the comparisons the review
made with other councils' costs), the inspection team's judgement is that
the IT service, for all the pressures on it, is a good service, and that it
will prob-
ably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's28-long-page-break-running-header-excellent-excellent',
    why: 'kind 5: the grade sentence runs across a page break with a running header and page number between "remains an" and "excellent, three-star service"',
    pages: [
      `Lowbridge City Council
ICT Services
Inspection Report
June 2004

Summary
We judge that the council's ICT service, which, despite the demands placed
on it by the city's ambitious programme of new online services, the move
of 1,200 staff to new offices and the transfer of the schools' network,
remains an`,
      `Lowbridge City Council - ICT Services     Page 5
excellent, three-star service, and that its prospects for improvement are
also excellent, because the service's plans are costed, owned by senior
managers and backed by a strong record of delivery.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's28-long-era-a-line-split-poor-unlikely',
    why: 'kind 5: era A; "a" / "poor service" split across lines after a long aside; "unlikely ... that the service will improve" with a dash aside in between, so "will improve" alone is a trap',
    pages: [
      `Grantham Fields Borough Council
IT Services
Best Value Inspection Service
November 2000

Summary
In summary, and having regard to the council's own targets, to the
service's performance over the past three years (which has, on almost
every measure, got worse) and to the views of the departments it serves,
we have concluded that the IT service is, at present, a
poor service. We also think it unlikely, for the reasons given in
paragraphs 58 to 71 - chiefly the lack of a costed plan and the absence of
anyone with clear responsibility for delivering it - that the service
will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's28-long-concessive-aside-poor-uncertain',
    why: 'kind 5: a concessive aside with "excellent working relationships" and "genuinely good work" stands between the subject and "a poor service"; prospects clause has its own aside before "remain uncertain"',
    pages: [
      `Ashby Marsh District Council
ICT Services
Inspection report
March 2002

How good is the service?
The service, notwithstanding the excellent working relationships its
staff have built with several departments and the genuinely good work
done on the new intranet, is, when measured against its own targets and
against the performance of similar councils, a poor service; its
prospects for improvement, although a new plan has been drafted and
members have said they will support it, remain uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's28-long-era-a-overall-judgement-excellent-will',
    why: 'kind 5: era A; "Our overall judgement ... is that" is separated from "an excellent service" by a long list of evidence and a relative clause; certainty of improvement stated as "no doubt that it will improve further"',
    pages: [
      `Ashcombe Borough Council
Information Technology Service
Best Value Inspection Service
July 2001

Summary
Our overall judgement, reached after examining the service's performance
information, talking to users in every department and testing the
review's conclusions against practice elsewhere, is that Ashcombe's IT
service, which has been transformed since 1998 by a combination of
sustained investment, strong leadership and a relentless focus on what
users need, is an excellent service, and we are in no doubt that it will
improve further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's28-about-commission-press-release-good-promising',
    why: "kind 6: the Audit Commission's own news release about this service's published report gives good and promising; the notes to editors list every scale word",
    pages: [
      `AUDIT COMMISSION
News release
14 May 2003

Audit Commission rates Fenwick's ICT service 'good'

Fenwick District Council's information technology service is a 'good',
two-star service with 'promising' prospects for improvement, according to
an independent report published today by the Audit Commission.
Inspectors praised the council's reliable network and its help desk, but
said that more residents should be able to deal with the council online.

Notes to editors
1. Inspectors score services on a scale from no stars (poor) through one
star (fair) and two stars (good) to three stars (excellent). Prospects for
improvement are described as poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's28-about-cabinet-report-on-own-inspection-fair-probably',
    why: "kind 6: era A committee paper reporting the published inspection of the council's own IT service: inspectors judged fair, will probably improve; the self-assessment's good is a quoted view",
    pages: [
      `HEWLINGTON BOROUGH COUNCIL
CABINET - 17 JULY 2001
REPORT OF THE DIRECTOR OF RESOURCES
OUTCOME OF THE BEST VALUE INSPECTION OF IT SERVICES

1. Purpose
To inform members of the outcome of the Audit Commission's inspection of
the council's IT services.
2. Background
The council's own self-assessment, submitted in March, rated the service
as good.
3. The inspectors' report, published on 2 July, judged that the IT service
is a 'fair' one-star service which will probably improve.
4. The report praises the help desk and the network team, but criticises
the lack of service standards and the limited consultation with users.
5. Recommendation: that Cabinet notes the report and approves the action
plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's28-about-scrutiny-minutes-other-service-score-null',
    why: "kind 6: minutes quote another service's score (benefits: good, promising) while the ICT inspection is still to come; no judgement of the ICT service",
    pages: [
      `MINUTES OF THE RESOURCES SCRUTINY COMMITTEE
9 October 2002

Item 6: Best Value inspections
Members noted that the Audit Commission had judged the Revenues and
Benefits service 'good' with 'promising prospects' following its
inspection in the summer.
The inspection of ICT services is scheduled for January 2003. The Head of
ICT said he hoped for a similar result and believed the service would
improve further once the new network was in place.
RESOLVED: that the report be noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-about-committee-draft-not-disclosed-null',
    why: 'kind 6: era A committee paper about a draft inspection report whose scores are not yet confirmed and not disclosed; no judgement is stated',
    pages: [
      `Report to Policy and Resources Committee
11 September 2001
Best Value Inspection of Information Technology Services

1. The Audit Commission's inspectors have sent the council their draft
report on the IT service for factual accuracy checking.
2. The scores in the draft are not yet confirmed and must not be disclosed
before publication. Officers have queried several points of fact.
3. Members will be told the final judgements on how good the service is
and whether it will improve when the report is published, expected in
October.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-about-newspaper-story-poor-uncertain',
    why: "kind 6: a local newspaper reports the Commission's published verdict on this service (poor, uncertain prospects); the council leader's 'excellent' is an aim",
    pages: [
      `Evening Gazette, Thursday 21 November 2002

Inspectors slam council computer service

Bramley Council's IT service has been branded "poor" by government
inspectors, who say its prospects for improvement are "uncertain".
The Audit Commission report, published yesterday, found that staff wait
weeks for faults to be fixed and that the council has no clear plan for
putting services online.
Council leader Cllr Jane Hollis said: "We accept the findings. Our aim is
to be an excellent service within three years."`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's28-about-commission-press-release-era-a-good-will',
    why: "kind 6: era A Commission press release about this service's report: good, two stars, will improve; the benefits service's earlier 'fair' is another service",
    pages: [
      `Audit Commission - Press Release
26 April 2001

INSPECTORS SAY CASTLEBRIDGE IT SERVICE IS GOOD AND WILL IMPROVE

The Audit Commission's Best Value inspectors have judged Castlebridge
Borough Council's IT service to be good, awarding it two stars out of
three, and concluded that it will improve.
The council's benefits service, inspected last year, was judged fair.
The lead inspector said: "Castlebridge has a clear plan and the commitment
to see it through."`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------- kind 7: plain statements, many forms
  {
    name: 's28-plain-era-a-question-headings-excellent-will',
    why: 'kind 7: era A, the two question headings each answered in a short sentence: "an excellent service" and "Yes. The service will improve."',
    pages: [
      `Hartsfield Borough Council
IT Services
Best Value Inspection Service
March 2001

How good is the service?
We judge this to be an excellent service. Users in every department we
visited spoke highly of it, and it meets or beats all of its targets.

Will the service improve?
Yes. The service will improve. The review set demanding targets and the
plan to meet them is costed and already under way.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's28-plain-era-a-we-judge-poor-will-not',
    why: 'kind 7: era A, active "We judge ... poor" and "we have also concluded that it will not improve"; "poor morale" is an ordinary word',
    pages: [
      `Fellside District Council
Information Technology
Best Value Inspection
August 2000

Summary
The IT section is small and suffers from poor morale after two years of
reorganisation.
We judge the service to be poor. We have also concluded that it will not
improve: the review did not challenge the way the service is run, and the
action plan contains no targets.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's28-plain-era-a-our-judgement-is-fair-unlikely',
    why: 'kind 7: era A, "Our judgement is that this is a \'fair\' one-star service that is unlikely to improve."',
    pages: [
      `Wendlebury County Council
Information and Communications Technology
Inspection report
September 2001

Summary
Our judgement is that this is a 'fair' one-star service that is unlikely
to improve. The council has not yet decided how ICT will support its
priorities, and the improvement plan has neither targets nor owners.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's28-plain-era-a-passive-good-probably-unmarked-axes',
    why: 'kind 7: era A, passive "The service is judged to be good, and it will probably improve"; the scoring chart axis text appears with no mark',
    pages: [
      `Pellington District Council
IT Services
Best Value Inspection Service
June 2001

Summary
The service is judged to be good, and it will probably improve.

Scoring chart
Will the service improve?   Yes / Probably / Unlikely / No
How good is the service?    Poor / Fair / Good / Excellent

Recommendations
The council should agree service standards with each department.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's28-plain-era-a-summary-bullets-poor-will-not',
    why: 'kind 7: era A, judgements as two bullets: "poor (no stars)" and "It will not improve"',
    pages: [
      `Tinsley Cross Borough Council
Computer Services
Best Value Inspection
December 2000

Key findings
• The service is poor (no stars).
• It will not improve without a fundamental change in the way it is
  managed, and no such change is planned.
• The council's web site offers only basic information.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's28-plain-era-a-commission-has-judged-excellent-probably',
    why: 'kind 7: era A, "The Audit Commission has judged ... an excellent service that will probably improve"; an earlier "good" aim is context',
    pages: [
      `Carrow Bridge City Council
Information Technology Services
Best Value Inspection Service
February 2001

Summary
Three years ago the council set itself the aim of a good IT service by
2002. It has gone further.
The Audit Commission has judged Carrow Bridge's IT service to be an
excellent service that will probably improve, although the pace of change
may slow as key staff retire.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's28-plain-era-a-team-found-good-but-unlikely',
    why: 'kind 7: era A, "The inspection team found a good service" then "we consider that it is unlikely to improve further"',
    pages: [
      `Broadwell District Council
IT Services
Inspection report
May 2001

Summary
The inspection team found a good service. It is reliable and well
regarded by users.
However, we consider that it is unlikely to improve further: the review
was superficial, there is no money for the next stage of development, and
the council has not compared its costs with anyone else's.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's28-plain-era-a-currently-poor-will-however-probably-improve',
    why: 'kind 7: era A, "currently poor; it will, however, probably improve" with the adverb inside the verb phrase',
    pages: [
      `Lanchester Vale Borough Council
Information Technology
Best Value Inspection Service
October 2000

Summary
The service is currently poor; it will, however, probably improve. A new
manager has been appointed, the council has agreed a realistic budget,
and departments have welcomed the plans.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's28-plain-era-a-in-our-view-fair-we-believe-will-improve',
    why: 'kind 7: era A, "In our view the service is fair" and "We believe it will improve"',
    pages: [
      `Mossgate District Council
IT Support
Best Value Inspection
July 2001

Our judgement
In our view the service is fair. It does the basics adequately but has
done little to help the council deliver services electronically.
We believe it will improve. The plan is sound, it has been costed, and
members have approved the money to carry it out.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's28-plain-era-b-passive-poor-poor-prospects',
    why: 'kind 7: era B, passive "is judged to be a poor service with poor prospects for improvement"',
    pages: [
      `Eddington Borough Council
ICT Services
Inspection Report
March 2002

Summary
Eddington's ICT service is judged to be a poor service with poor prospects
for improvement. It has no strategy, its costs are unknown, and its plan
for improvement has not been agreed by members.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's28-plain-era-b-our-judgement-fair-poor-prospects-morale',
    why: 'kind 7: era B, "Our judgement is that the service is fair, with poor prospects"; "poor morale" and "a fair proportion" are ordinary words',
    pages: [
      `Quarrington District Council
ICT Services
Audit Commission inspection
April 2004

Summary
Staff in the ICT unit have poor morale, and a fair proportion of posts are
filled by agency workers.
Our judgement is that the service is fair, with poor prospects for
improvement. There is no costed plan, and the council has not decided
whether to keep the service in-house.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's28-plain-era-b-heading-answers-excellent-excellent',
    why: 'kind 7: era B, headings answered tersely: "an excellent, three-star service" and "Excellent."',
    pages: [
      `Kirkholme Metropolitan Borough Council
ICT and Customer Access
Inspection Report
May 2004

How good is the service?
Kirkholme provides an excellent, three-star service.

What are the prospects for improvement?
Excellent. The council has a strong record of delivering what it plans,
and its next programme is fully funded.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's28-plain-era-b-we-have-judged-good-promising-fair-proportion',
    why: 'kind 7: era B (November 2001), "We have judged the service to be good, with promising prospects"; "a fair proportion of calls" is ordinary usage',
    pages: [
      `Ellerby Borough Council
ICT Services
Best Value Inspection Service
November 2001

Summary
A fair proportion of calls to the help desk are still about passwords.
We have judged the service to be good, with promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's28-plain-era-b-question-heading-poor-poor',
    why: 'kind 7: era B, under the "Will the service improve?" heading: "We judge the prospects for improvement to be poor"; quality stated as "a poor, zero-star service"',
    pages: [
      `Hagworth District Council
ICT Services
Inspection report
July 2003

How good is the service?
This is a poor, zero-star service.

Will the service improve?
We judge the prospects for improvement to be poor. The review was led by
the service itself, challenged nothing, and produced a plan that members
have not seen.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's28-plain-era-b-commission-judges-fair-not-yet-good-uncertain',
    why: 'kind 7: era B, "The Commission judges the service fair"; "not yet a good service" is negation; prospects "uncertain"',
    pages: [
      `Sowerby Bridge Town Council
ICT Services
Audit Commission inspection
June 2002

Summary
This is not yet a good service. The Commission judges the service fair;
its prospects for improvement are uncertain because the plan relies on a
partnership that has not yet been procured.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's28-plain-era-b-inspectors-consider-excellent-promising',
    why: 'kind 7: era B (January 2005), "the inspectors consider this an excellent service" with "promising prospects"',
    pages: [
      `Westwater City Council
ICT Services
Inspection Report
January 2005

Summary
Overall, the inspectors consider this an excellent service. Its
prospects for improvement are promising rather than certain, because the
council's plans depend on a new customer contact centre that is not yet
funded.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's28-plain-era-b-fair-but-excellent-prospects',
    why: 'kind 7: era B, "It is a fair service, but the prospects for improvement are excellent."',
    pages: [
      `Greenhithe Borough Council
ICT Services
Inspection report
October 2003

Summary
It is a fair service, but the prospects for improvement are excellent. A
new chief executive has made ICT a top priority, the money is in place,
and the first phase of the plan has been delivered on time.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's28-plain-era-b-good-two-stars-uncertain-prospects',
    why: 'kind 7: era B (February 2005), "We judge the service good (two stars) but its prospects for improvement uncertain."',
    pages: [
      `Lindford District Council
ICT Services
Inspection Report
February 2005

Summary
We judge the service good (two stars) but its prospects for improvement
uncertain. Funding for the council's e-government programme ends in
March, and no decision has been taken on what follows.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's28-none-draft-blank-grid-scores-to-be-confirmed',
    why: 'kind 8: a draft inspection report, "scores to be confirmed", with the scoring chart axes but no mark anywhere',
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Harlow Green District Council
ICT Services
Best Value Inspection Service
September 2002

Summary
[Scores to be confirmed following the factual accuracy check.]

Scoring chart
                 poor      fair      good      excellent
excellent
promising
uncertain
poor`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-council-own-review-claims-good',
    why: "kind 8: the council's own Best Value review of ICT, which rates itself good with excellent prospects; no inspector's verdict",
    pages: [
      `Best Value Review of ICT Services
Final report of the review team
Ormsby Borough Council
January 2002

5. Self-assessment
On the evidence gathered, the review team believes the ICT service is
good and that its prospects for improvement are excellent.
6. Next steps
The review will be submitted to the Audit Commission, whose inspectors
are expected to visit in the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-commission-guidance-on-scoring',
    why: 'kind 8: guidance explaining the scoring scales, with a worked hypothetical example; no service is judged',
    pages: [
      `Seeing is believing: how inspectors score services
Audit Commission guidance for councils
2002

Inspectors answer two questions. How good is the service? A service may
be poor (no stars), fair (one star), good (two stars) or excellent (three
stars). What are the prospects for improvement? These may be poor,
uncertain, promising or excellent.
For example, a service judged fair with promising prospects would be
placed in the second column and second row of the chart.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-scrutiny-notes-members-views',
    why: "kind 8: scrutiny notes recording members' complaints (a \"poor\" help desk) and an officer's hope; no inspection judgement",
    pages: [
      `Corporate Scrutiny Panel
Notes of a meeting on ICT performance
14 March 2003

Members felt the help desk was poor at keeping callers informed and that
the new email system had been an excellent investment.
The Head of ICT said he was confident the service would improve once the
restructure was complete.
Action: officers to report back in June with performance figures.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-service-plan-aims-for-excellent',
    why: 'kind 8: an ICT service plan whose aim is "an excellent, three-star service by 2005"; an ambition, not a judgement',
    pages: [
      `ICT Service Plan 2003-2006
Dunsford District Council

Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent
prospects, recognised by users as a partner rather than a supplier.

Targets
- Help desk: 90% of calls resolved within one working day
- 100% of services capable of electronic delivery by December 2005`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-era-a-inspection-notification-letter',
    why: 'kind 8: era A letter announcing an inspection and describing the two questions it will answer',
    pages: [
      `Audit Commission
Best Value Inspection Service

Chief Executive
Milford Abbey District Council
2 October 2000

Dear Chief Executive
Best Value inspection of IT services
I am writing to confirm that the inspection of your IT services will take
place in the week of 13 November. The inspection will assess how good the
service is and whether it will improve. Please let me have the documents
listed in the annex by 20 October.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-improvement-plan-targets-good-rating',
    why: 'kind 8: an improvement plan whose targets mention achieving a "good" rating and ensuring the service "will improve"',
    pages: [
      `ICT Improvement Plan
Following the Best Value review
Roxby Borough Council
June 2001

Objective 1: achieve a 'good' rating at the next inspection.
Objective 2: ensure the service will improve year on year by setting and
publishing service standards.
Objective 3: replace all PCs older than five years by March 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-invitation-to-tender-service-levels',
    why: 'kind 8: a tender document using "excellent service levels" and "poor performance" in contractual terms',
    pages: [
      `Invitation to Tender
Managed Desktop and Network Services
Chesterholme Metropolitan Borough Council
August 2003

3.1 The council seeks a partner able to deliver excellent service levels
across all sites.
3.2 Poor performance against the service levels in Schedule 4 will lead
to service credits.
3.3 Bidders should describe how the service will improve over the life of
the contract.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-user-survey-results-rating-table',
    why: 'kind 8: a user satisfaction survey with Excellent/Good/Fair/Poor response categories and percentages; not a judgement of the service',
    pages: [
      `ICT User Satisfaction Survey 2002
Results summary
Beckford District Council

How would you rate the help desk?
Excellent    12%
Good         41%
Fair         29%
Poor         18%

Do you think the service has improved in the last year?
Yes 46%   No 31%   Don't know 23%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-era-a-draft-chart-to-follow',
    why: 'kind 8: era A draft for factual accuracy check; "scoring chart to follow" and the judgement paragraph left as a placeholder',
    pages: [
      `Westbury Fen District Council
IT Services
Best Value Inspection Service
DRAFT FOR FACTUAL ACCURACY CHECK - August 2001

Summary
[Judgement to be inserted after moderation.]
How good is the service?  [  ]
Will the service improve?  [  ]
Scoring chart to follow.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-consultancy-benchmarking-report',
    why: 'kind 8: a consultancy benchmarking report that calls costs "excellent value" and a score "fair"; no inspection verdict',
    pages: [
      `ICT Benchmarking Study
Prepared for Stourley Borough Council by an independent consultancy
March 2004

Key findings
- Cost per PC supported is in the lowest quartile: excellent value.
- Help desk first-time fix rate of 61% is fair compared with the group.
- Project delivery scores poor against the club median.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-ict-strategy-quotes-other-services-scores',
    why: "kind 8: an ICT strategy whose context section lists other services' inspection results (benefits, libraries); nothing about ICT itself",
    pages: [
      `ICT Strategy 2002-2005
Aylsworth District Council

Context
Recent Best Value inspections:
Benefits (2001)   good, will probably improve
Libraries (2002)  fair, promising prospects
Our ICT strategy aims to support these services as they improve, and to
meet the government's target for electronic service delivery by 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-cabinet-minutes-approving-review',
    why: 'kind 8: cabinet minutes approving the ICT review action plan; the inspection is still to come',
    pages: [
      `Minutes of Cabinet
Haverholme Borough Council
24 January 2003

Minute 112: Best Value Review of ICT
The Cabinet considered the final report of the Best Value review of ICT.
The portfolio holder said the service had made good progress and that he
expected it to get better still.
RESOLVED: that the action plan be approved; that the Commission's
inspectors, expected in the autumn, be given every assistance.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's28-none-internal-audit-it-controls',
    why: 'kind 8: an internal audit report with its own assurance rating and "poor" controls; not a Best Value inspection judgement',
    pages: [
      `Internal Audit Report
IT General Controls
Felbrook District Council
November 2002

Overall assurance: Limited
Findings
1. Password controls are poor; 14 accounts belonged to staff who had left.
2. Back-up arrangements are good and tested monthly.
3. Change control is fair but not always documented.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
