/** Held-out judgement set 13, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases13: JudgementCase[] = [
  {
    name: "s13-grid-asterisk-grade-rows",
    why: "[grid] Era B chart extracted as tab-separated rows; grade rows carry star glyphs on the axis labels, prospect columns; one asterisk in the Fair row under Promising; no verdict in words anywhere; 'Poor' occurs on both axes; council's target 'good' is an ambition.",
    pages: [
      `Ashcombe Borough Council
Information and Communications
Technology Service

Best Value Inspection

May 2003

Audit Commission
Best Value Inspection Service`,
      `Ashcombe Borough Council – ICT Service\t2

Scoring chart
The chart records the inspectors' two judgements. How good the service is
now is read down the left; the prospects for improvement are read across.

\tPoor\tUncertain\tPromising\tExcellent
Excellent ★★★
Good ★★
Fair ★\t\t\t*
Poor

The reasons for our judgements are set out in the summary that follows. The
council wants the service to reach a good standard within two years and has
set itself a demanding timetable to do so.`,
      `Ashcombe Borough Council – ICT Service\t3

Summary
1. The ICT service supports around 1,400 users at nine sites. Users we spoke
to were mostly satisfied with the help desk, although faults at the outlying
depots take too long to fix and there is no agreed standard for fixing them.
2. The service has begun to compare its costs with other districts and has a
clear plan, agreed by members in January, to replace the ageing network.
Funding for the first two years is in the budget, the plan has realistic
milestones and named officers are accountable for each of them.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s13-grid-x-swapped-caption",
    why: "[grid] Era A chart with the axes swapped: a caption says rows are 'will it improve' and columns are 'how good'; the X sits in the 'Unlikely to improve' row under 'Poor'; the council's aim 'an excellent IT service that will keep improving' is quoted under the chart.",
    pages: [
      `KELSFORD DISTRICT COUNCIL

Corporate IT and Telephony

Best Value Inspection Report

Inspection carried out: January 2001
Report published: March 2001

Best Value Inspection Service
Audit Commission`,
      `Kelsford District Council\tCorporate IT and Telephony\tPage 4

Chart 1 – the inspectors' scores
Each row of the chart is a judgement on whether the service will improve;
each column is a judgement on how good the service is now. The cross marks
our judgement.

\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t
Will probably improve\t\t\t\t
Unlikely to improve\tX\t\t\t
Will not improve\t\t\t\t

The council told us that its aim is 'an excellent IT service that will keep
improving'. Our reasons for the scores are given in sections 3 and 4.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s13-grid-tick-poor-row-first",
    why: "[grid] One-page excerpt: grade rows listed from Poor at the top down to Excellent (reverse of the usual order); the tick is in the last column (Excellent prospects) of the Good row; caption names the axes; the paragraph after the chart mentions a former 'poor' fault-fixing record.",
    pages: [
      `Lanthorpe City Council – e-Government and ICT inspection – January 2004
5
Scoring chart
\tPoor\tUncertain\tPromising\tExcellent
Poor\t\t\t\t
Fair\t\t\t\t
Good\t\t\t\t✓
Excellent\t\t\t\t
'How good is the service?' is shown on the vertical axis and 'What are the
prospects for improvement?' on the horizontal axis. A tick shows where the
inspectors have placed the service.
6. Since the ICT unit was restructured in 2002 users report that a poor
fault-fixing record has been put right, and members now receive a quarterly
report on progress against the e-government programme.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s13-grid-bracketed-x-yes-no",
    why: "[grid] Era A chart drawn with check boxes: every cell '[ ]' except one '[x]' in the Good row under 'Yes' (= will improve); column labels No/Unlikely/Probably/Yes; a note explains that 'No' means 'will not improve', which must not be read as the verdict.",
    pages: [
      `Yarnford Borough Council

Best Value Inspection
Information Technology Services

June 2001

Audit Commission Best Value Inspection Service
Northern Region`,
      `Yarnford Borough Council\tBest Value Inspection\tInformation Technology Services
Scores
Rows: how good is the service? Columns: will the service improve?
\tNo\tUnlikely\tProbably\tYes
Excellent\t[ ]\t[ ]\t[ ]\t[ ]
Good\t[ ]\t[ ]\t[ ]\t[x]
Fair\t[ ]\t[ ]\t[ ]\t[ ]
Poor\t[ ]\t[ ]\t[ ]\t[ ]
Note: in this chart 'No' stands for 'the service will not improve' and 'Yes'
for 'the service will improve'.
3. The IT service has 17 staff and supports 640 users. It has cut the average
time to fix a fault from three days to under one day since 1999.
Page 3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s13-grid-layout-dot",
    why: "[grid] Chart extracted by a layout-preserving extractor: columns are aligned by spaces, not tabs; the dot in the Poor row sits under 'Uncertain'; star glyphs (as asterisks) follow the grade labels on the axis; a 'poor' rating must come from the dot's row, not the first 'Poor' in the header.",
    pages: [
      `Dunmarsh Metropolitan Borough Council

Housing Repairs and Maintenance

Best Value Inspection Report
October 2002

Audit Commission Inspection Service`,
      `Dunmarsh MBC – Housing Repairs and Maintenance                          page 3

Our judgement

                              Prospects for improvement
                      Poor        Uncertain     Promising     Excellent
  How good is the
  service?
  Excellent ***       
  Good **             
  Fair *              
  Poor                               ●

The chart shows where the inspectors have placed the service. Our reasons
are explained in paragraphs 9 to 41. Tenants' representatives, who have an
excellent working relationship with the repairs team, took part in the
inspection.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s13-grid-block-prospect-rows",
    why: "[grid] Axes the other way round with no caption beyond axis titles: prospects are the rows and grades the columns, lower-case labels; 'excellent' appears on both axes; the filled block sits in the 'promising' row under the 'excellent' column.",
    pages: [
      `Glenbury City Council
Libraries and Information Service
Best Value Inspection
August 2004
Audit Commission`,
      `Glenbury City Council\tLibraries and Information Service\t4
Scoring chart
Prospects for improvement\tHow good is the service?
\tpoor\tfair\tgood\texcellent
excellent\t\t\t\t
promising\t\t\t\t■
uncertain\t\t\t\t
poor\t\t\t\t
Our reasons for these judgements are set out in the summary and in sections
2 and 3 of this report.
Summary
Glenbury's 19 libraries are open longer than those of any comparable city,
issues have risen for four years running, and the service's work with
schools is widely admired. The main risk ahead is the rebuilding of the
central library, which will close for 18 months from next spring.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: "s13-grid-unmarked-draft",
    why: "[none] Draft report: the scoring chart is printed with no mark in any cell and a note that scores are to be confirmed at moderation; the axis words list every grade and prospect but nothing is a judgement.",
    pages: [
      `DRAFT v0.3 – NOT FOR PUBLICATION – scores to be confirmed
Oxmarsh District Council
Best Value Inspection of ICT Services
Draft for factual accuracy check – November 2002`,
      `DRAFT – Oxmarsh District Council – ICT Services\t3
Scoring chart
[Chart to be completed after the moderation panel on 4 December]
\tPoor\tUncertain\tPromising\tExcellent
Excellent
Good
Fair
Poor
Summary (provisional)
The inspection team's provisional findings are set out below for the
council to check for factual accuracy. The judgements themselves will be
confirmed after moderation and are not included in this draft.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-cells-fair-one-star-wrapped",
    why: "[cells] Judgement table whose cells wrap over several lines; 'Fair (one star)' and 'Uncertain' are the verdict cells; the reasons column uses 'Good', 'excellent' and 'poor' about other things.",
    pages: [
      `Fenwold District Council – ICT Services\t\tBest Value Inspection – February 2003
Summary
The inspection looked at the ICT section's work for the council's six
directorates and at the corporate ICT strategy adopted in 2001.
Our judgements
Question\tJudgement\tMain reasons
How good is the service?\tFair (one star)\tGood telephone answering and an excellent staff
\t\tintranet, held back by poor asset records and slow
\t\trepair of faults at the depots
What are the prospects\tUncertain\tThe plan is good in parts but is not costed, and
for improvement?\t\tthe section's capacity to manage projects is poor
2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s13-cells-good-two-of-three-spaces",
    why: "[cells] Table laid out with runs of spaces rather than tabs; 'Good: 2 stars of 3' and 'Promising' are the verdict cells; the comment column says 'poor take-up work' and 'excellent partnership'.",
    pages: [
      `Beckworth Borough Council
Housing Benefit and Council Tax Benefit
Best Value Inspection – July 2002`,
      `Beckworth Borough Council – Benefits Service                     page 2
Table 1: Inspection judgements
Judgement            Score                  Comment
Current service      Good: 2 stars of 3     New claims are decided in 31 days on
                                            average, close to the best councils;
                                            poor take-up work in the rural wards
Prospects            Promising              A sound, costed plan; an excellent
                                            partnership with the local Pension
                                            Service; some risk from staff turnover
The service's own target is to decide every new claim within 14 days by 2004.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s13-cells-no-it-will-not-improve",
    why: "[cells] Era A question-and-answer table: 'Poor (no stars)' and 'No, it will not improve'; the reasons column contains 'a fair proportion' and an officer's description of an old plan as 'excellent'.",
    pages: [
      `CARROWBY BOROUGH COUNCIL
Best Value Inspection of
IT Services
January 2001
Best Value Inspection Service
Audit Commission`,
      `Carrowby Borough Council – IT Services – Best Value Inspection\tPage 2
Summary
The IT Services unit has 23 staff and a revenue budget of £1.9 million. It
runs the council's mainframe, its network and a help desk that logs some 900
calls a month.
Our scores
Inspection question\tOur answer\tWhy
Is the service good?\tPoor (no stars)\tThe help desk resolves a fair proportion of calls at
\t\tfirst contact, but users in most departments told us
\t\tthat support is slow and unreliable
Will it improve?\tNo, it will not improve\tThe review did not challenge the need for the
\t\tservice; an earlier plan described by officers as
\t\t'excellent' was never carried through`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s13-cells-three-stars-yes",
    why: "[cells] Era A summary table: 'Excellent – three stars (★★★)' and 'Yes – it will improve'; comment column mentions 'a poor response rate' and 'a good plan'.",
    pages: [
      `Ingleshaw District Council
Environmental Health: Food Safety
Best Value Inspection
August 2001`,
      `Ingleshaw District Council\tFood Safety Service\t3
Context
The council is responsible for about 1,150 food premises, from market stalls
to two large bakeries. The food team has seven officers.
Summary of our judgements
The service\tOur score\tComment
How good is it?\tExcellent – three stars (★★★)\tAll high-risk premises inspected on time for
\t\tthree years; a poor response rate to one trader
\t\tsurvey is the only gap we found
Will it improve?\tYes – it will improve\tA good plan, fully funded and owned by members`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: "s13-cells-star-glyph-probably",
    why: "[cells] 'Scores at a glance' box where the grade is a single star glyph with '(fair)' and the prospect is 'Probably – see section 6'; reasons mention 'good network availability' and 'excellent support'.",
    pages: [
      `Marlowdean Borough Council – Information and Communication Technology
Best Value Inspection – July 2001\t\t\t\t\t4
Scores at a glance
How good is the service?
★ (fair)
Reasons: good network availability (99.2 per cent) and excellent support for
schools' administration; but departmental systems are poorly integrated and
the strategy has not been refreshed since 1998.
Will the service improve?
Probably – see section 6
Reasons: members have approved a three-year investment of £2.4 million; the
action plan is specific, but some targets lack dates.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-cells-zero-stars-poor-prospects",
    why: "[cells] Era B table: '0 stars – poor' and 'Poor prospects: no credible plan'; the reasons column says 'a fair amount of new equipment' and 'good intentions'.",
    pages: [
      `Penhallow County Council\tInformation Services\tApril 2003
The inspectors' judgements
How good is the service?\t0 stars – poor\tA fair amount of new equipment has been bought
\t\tsince 2001 and staff have good intentions, but
\t\tusers wait weeks for repairs and nobody measures
\t\twhether they are satisfied
Prospects for improvement\tPoor prospects: no credible plan\tThe plan repeats the targets set in 2000, none
\t\tof which were met
Page 3 of 19`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s13-para-confident-deliver-eraB",
    why: "[paraphrase] Era B report (September 2003); grade stated plainly; the prospect is only 'we are confident that the council will deliver its improvement plan' with reasons – no scale word, so the era B token 'excellent'.",
    pages: [
      `Rushmere Vale Borough Council
Best Value Inspection of ICT Services
September 2003
Audit Commission Inspection Service`,
      `Summary\t2
The ICT service supports 2,100 users across the council and the schools'
administration network. Users we surveyed rated the help desk highly and the
service meets nearly all of its service level targets.
Overall we judge this to be a good, two-star service. We are confident that
the council will deliver its improvement plan: it has delivered each of its
last three annual plans on time, the plan is fully costed, and the chief
executive chairs the board that monitors it.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s13-para-on-balance-eraA",
    why: "[paraphrase] Era A report (April 2001): 'On balance, we expect it to improve' with reservations – no scale word, token 'probably'.",
    pages: [
      `Saltcombe District Council\tRevenues Best Value Inspection\tApril 2001
Summary
The council tax and business rates service bills about 38,000 households and
1,900 businesses. Collection rates have risen for three years and are now just
below the average for shire districts. Recovery action is prompt, although
customers find the bills hard to follow.
We consider the service to be fair (one star). On balance, we expect it to
improve: the action plan is realistic and members are committed to it,
though the funding for the second year has not yet been agreed and the new
cash receipting system has slipped by six months.
1`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-para-doubt-capacity-eraB",
    why: "[paraphrase] Era B (November 2002): 'we doubt that the department has the capacity to deliver it' after praising the plan's aims ('ambitious', 'right') – token 'uncertain'; grade 'poor' stated plainly.",
    pages: [
      `Summary\tUpperdale Borough Council – ICT and Customer Services – November 2002\t3
The service is poor. Two thirds of PCs are more than five years old, the help
desk answers fewer than half of calls within the target time, and the contact
centre promised for 2001 has not opened.
An improvement plan was agreed in September. It is ambitious and its aims are
right. However, we doubt that the department has the capacity to deliver it:
three of the five project manager posts are vacant, the budget relies on
savings that have not been identified, and earlier plans have slipped.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s13-para-no-sign-eraA",
    why: "[paraphrase] Era A (November 2000): 'There is no sign that anything will change' – token 'will-not'; the IT manager's view that no change is needed is not the verdict but agrees with it.",
    pages: [
      `Wexcombe District Council
IT Support Services
Best Value Inspection Report
November 2000`,
      `2\tWexcombe District Council – IT Support Services
Summary
In the inspectors' view the service is poor. Equipment is unreliable, the help
desk keeps no record of how long faults take to fix, and no service standards
have been agreed with departments.
The Best Value review report contains no targets and no action plan, and the
steering group has not met since March. There is no sign that anything will
change: the review made no proposals, members have not asked for any, and the
IT manager told us that he saw no need for change.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s13-para-likely-get-better-eraB",
    why: "[paraphrase] Era B (June 2004): 'it is likely that the service will get better' – token 'promising'; the main risk is noted but does not reverse the likelihood.",
    pages: [
      `Harwick Vale District Council – Information Technology – Inspection report – June 2004
Summary
We found a fair, one-star service. Users are broadly content with day-to-day
support, but projects are often late and the council's website offers few
services that can be completed on line.
Looking ahead, it is likely that the service will get better over the next
two years. A new head of IT has been appointed, the e-government programme now
has its own project board, and the council has set aside £600,000 for the
next phase; the main risk is the small size of the team.
4`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s13-para-in-no-doubt-eraA",
    why: "[paraphrase] Era A (March 2001): 'We are in no doubt that the service will continue to improve' – 'doubt' is negated, so the certainty reading 'will'; the service is housing repairs, not IT.",
    pages: [
      `Brindlecombe City Council\tHousing Repairs and Maintenance\tMarch 2001\t2
Summary
The repairs service is good (two stars). Emergency repairs are almost always
done within 24 hours, tenants' satisfaction is in the top quarter of councils,
and the in-house team's costs compare well with those of contractors.
We are in no doubt that the service will continue to improve. The review was
thorough, tenants helped to write the improvement plan, and the first six
actions have already been completed.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s13-para-no-realistic-prospect-eraB",
    why: "[paraphrase] Era B (July 2003): 'We see no realistic prospect of the service being turned round' – token 'poor'; the word 'prospect' here is ordinary, not the scale.",
    pages: [
      `Stourleigh MBC\tICT Best Value Inspection\tJuly 2003
Summary
This is a poor service that has not kept pace with the council's needs. The
network is slow, a third of the council's PCs cannot run current software, and
departments have begun to buy their own systems without reference to the ICT
unit.
We see no realistic prospect of the service being turned round while the
council's ICT budget remains at half the level of similar councils and no one
on the corporate management team takes responsibility for it. The review,
completed 14 months late, proposes no changes that the service could afford.
Page 3`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s13-para-not-convinced-eraA",
    why: "[paraphrase] Era A (February 2001): the IT manager's assurance is quoted, then 'We are not convinced that the council will make the progress it promises' – token 'unlikely'; grade on the previous page of the excerpt.",
    pages: [
      `Ravensmoor District Council\tInformation Technology\tFebruary 2001\tPage 1
Summary
We judge the IT service to be a fair, one-star service. Day-to-day support is
reliable and users value the help desk, but the council has no up-to-date IT
strategy and several departmental systems cannot share information.`,
      `Ravensmoor District Council\tInformation Technology\tFebruary 2001\tPage 5
Will the service improve?
4.1 The council has produced a 42-point improvement plan. Many of the actions
are sensible, but only five have a named officer and a date, and none has a
budget.
4.2 The IT manager assured us that the plan would be delivered within a year.
We are not convinced that the council will make the progress it promises.
Members have not discussed the plan, and the IT section's staff are already
stretched by routine work.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "s13-quote-selfassessment-different-story",
    why: "[quoted] The council's self-assessment ('good with promising prospects') comes first; 'Our evidence tells a different story' reverses it; the inspectors' own verdict is fair / uncertain.",
    pages: [
      `Mossfield Borough Council – ICT Services – Best Value Inspection – December 2002
Summary
The council's self-assessment, prepared for this inspection, rated the ICT
service as good with promising prospects. Our evidence tells a different
story. Most departments have no service level agreement, no satisfaction
survey has been run since 1999, and the network fails several times a month.
We judge the service to be fair, with one star, and its prospects for
improvement to be uncertain, because the improvement plan is not yet funded
and the ICT manager's post has been filled on an acting basis for a year.
3`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s13-quote-director-no-inspector-verdict",
    why: "[quoted] Excerpt from the body: the review team's self-score ('a good service with excellent prospects') and the ICT director's forecast ('will be excellent by 2004') are quoted, then the inspectors describe their method; no inspectors' verdict in the excerpt – null.",
    pages: [
      `Cresswold County Council – Information and Communication Technology\tpage 9
The Best Value review
3.4 The council's Best Value review team, led by the Director of Resources,
scored the service against the Commission's published criteria and concluded
that it was 'a good service with excellent prospects'.
3.5 The Director of ICT told us that he expects rapid progress once the new
data centre is commissioned in the spring, and that the service 'will be
excellent by 2004'.
3.6 We tested these claims by interviewing staff in five directorates, by
examining the help desk's records for the last 18 months and by visiting three
area offices. What we found is set out in section 4.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-quote-neighbour-excellent",
    why: "[quoted] Era A (September 2001, the last era-A month): a neighbouring council's IT service 'was judged excellent by inspectors'; the inspectors' verdict on this council follows after 'Set against this': fair, will probably improve.",
    pages: [
      `Elstow Vale District Council – IT Services – September 2001\t\t6
Comparison with others
2.12 The council compared its IT costs with those of Kingsmere Borough
Council, whose IT service was judged excellent by inspectors last year and
which is widely seen as a model for small districts. Elstow Vale spends less
per user than Kingsmere, but its users are far less satisfied: 41 per cent
rated the service good or very good, against 78 per cent in Kingsmere.
2.13 The council has not compared its help desk or project work with anyone.
Our judgement
2.14 Set against this, we judge the Elstow Vale service to be fair, and we
believe that it will probably improve, because the new IT strategy is linked
to the corporate plan and has the backing of the leader of the council.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-quote-earlier-inspection-poor",
    why: "[quoted] Re-inspection in 2004: the first inspection's verdict (poor, uncertain prospects, October 2001) is reported first; the current verdict is good / promising.",
    pages: [
      `Hollinsby Borough Council\tICT Re-inspection\tMarch 2004
Summary
When the ICT service was first inspected, in October 2001, it was judged to be
poor with uncertain prospects for improvement. Since then the council has
appointed a head of ICT, replaced the network and set up an ICT board chaired
by the deputy leader.
The service is now a good, two-star service. Its prospects for improvement are
promising: the strategy runs to 2007 and is funded, and users are involved in
choosing priorities, although the council still depends heavily on two
specialist staff.
2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s13-quote-modest-selfassessment",
    why: "[quoted] The council's own score is lower than the inspectors' (officers scored fair / uncertain); 'We think this undersells the service'; the inspection team's verdict is good / excellent.",
    pages: [
      `Tarrowdale District Council
Corporate ICT
Best Value Inspection
October 2003`,
      `Tarrowdale District Council – Corporate ICT\t2
Summary
The council's own self-assessment was modest: officers scored the service as
fair, with uncertain prospects, citing the lack of an up-to-date ICT strategy.
We think this undersells the service. In the inspection team's judgement it is
a good service, and its prospects for improvement are excellent: a new
strategy was adopted during the inspection, every project in it is costed,
and the service has a record of delivering what it promises.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s13-quote-member-certainly-improve",
    why: "[quoted] Era A (May 2001): the cabinet member says the service 'will certainly improve'; 'We do not share that confidence' negates it; the inspectors' verdict is poor and unlikely to improve.",
    pages: [
      `Quenby Borough Council\tIT Services\tBest Value Inspection\tMay 2001
5
Summary
The cabinet member for resources told us that the service 'will certainly
improve' once the new network contract is let. We do not share that
confidence. The contract has been re-tendered twice; the IT strategy has not
been revised since 1997; and the review's action plan contains no costs.
Our judgement is that the service is poor and that it is unlikely to
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s13-quote-consultants-only",
    why: "[quoted] Context section quoting a consultants' health check ('excellent' value for money, 'good' user support, 'undoubtedly improve'); no inspectors' verdict in the excerpt – null.",
    pages: [
      `West Aldersey District Council – ICT Inspection\t7
Context
1.6 In 2001 the council commissioned an independent health check of its ICT
service from a firm of management consultants. The consultants rated the
service 'excellent' for value for money and 'good' for user support, and
concluded that it would 'undoubtedly improve' as new systems bedded in.
1.7 The council's cabinet accepted the consultants' report in full in
November 2001.
1.8 The ICT service has 31 staff, most of them based at the council offices
in Aldersey Market, and a budget of £2.3 million.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-long-revenues-list-of-duties",
    why: "[long] Both verdicts stand 40+ words from their subjects: a dash-enclosed list of the revenues service's duties before 'is ... a good service'; a bracketed cross-reference and a list of reasons before 'are, we consider, promising'.",
    pages: [
      `Coldmarsh City Council
Revenues Service
Best Value Inspection – February 2003`,
      `Coldmarsh City Council – Revenues Service\tpage 2
Summary
The revenues service – which bills and collects council tax on some 84,000
dwellings, administers business rates for 5,300 properties, pursues arrears
through the magistrates' court and, since April 2002, also runs the council's
sundry debts system on behalf of the housing and social services departments –
is, in the inspection team's judgement, a good service, scoring two stars.
The service's prospects for improvement – given a plan that (as paragraph 31
explains) was drawn up with staff, tested against the practice of three
top-quartile councils and costed in full, and given the track record of the
past two years – are, we consider, promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s13-long-it-brackets-probably",
    why: "[long] Era A (February 2001): the grade 'fair' closes a sentence whose subject is followed by a bracketed list of the IT function's duties; the prospect sentence carries a long aside before 'will probably improve'.",
    pages: [
      `Thaxford Borough Council\tBest Value Inspection\tInformation Technology\tFebruary 2001
Summary\t\t\t\t\t3
In our judgement the council's IT function (which, besides supporting 1,600
PCs, runs the payroll and financial systems for two neighbouring districts
under an agency agreement, maintains the geographic information system used
by planning and highways, and – until the new contract starts in 2002 –
provides the telephone service for the whole council) is, taken as a whole, a
fair service. We consider that the function, notwithstanding the loss of two
senior analysts this year and a budget that has been cut in each of the last
three years, will probably improve, although the pace of change will depend on
members agreeing the second year of funding.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-long-waste-excellent",
    why: "[long] Era B: the subject ('Pellingham's waste service') and 'excellent service' are separated by a long list of duties with commas and dashes; the prospects sentence is also long; the service is waste, not IT.",
    pages: [
      `Pellingham District Council
Waste Collection and Recycling
Best Value Inspection Report
May 2004`,
      `Pellingham District Council\tWaste Collection and Recycling\t3
Summary
Pellingham's waste service, which empties some 1.2 million bins a year from
46,000 households across a largely rural district, runs three kerbside
recycling schemes (paper, glass and garden waste), operates two household
waste sites under contract to the county and – unusually for a council of
this size – trains its own heavy goods vehicle drivers, is in our view an
excellent service, and we award it three stars.
Its prospects for improvement, resting on a plan that residents helped to
shape, on a recycling rate that has doubled in three years and on a workforce
that has been involved in every change so far, are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: "s13-long-parks-excellent-dashes",
    why: "[long] Era A (July 2001): a dash-enclosed list of the parks service's sites and extra duties separates the subject from 'is an excellent, three-star service'; the prospect 'will probably improve further' is followed by a reservation that uses 'doubt'.",
    pages: [
      `Sandrick Borough Council – Parks and Open Spaces – Best Value Inspection – July 2001
Page 2
Summary
The parks service – whose 14 parks, 63 play areas, four cemeteries and a
120-hectare nature reserve are all looked after by the in-house team, which
also maintains the grounds of the council's sheltered housing and, since
1999, the county's roadside verges within the borough – is an excellent,
three-star service.
We think that the service will probably improve further. The only doubt
concerns funding for the restoration of Victoria Park, which depends on a
lottery bid that will not be decided until next year.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: "s13-long-ict-aside-ordinary-words",
    why: "[long] Era B: the aside between subject and verdict is packed with ordinary grade words ('excellent relationships', 'good record', 'a poor year'); the verdict is 'only a fair service'; prospects 'uncertain' end another long sentence.",
    pages: [
      `Eastmoor Metropolitan Borough Council
ICT Services
Inspection report – December 2002`,
      `Eastmoor MBC – ICT Services\t4
Summary
The ICT unit – which enjoys excellent relationships with its main suppliers,
has a good record on network security and, after a poor year in 2000/01, has
cut sickness absence by a third – is nonetheless, judged against what the
council needs from it and against what similar councils achieve, only a fair
service.
Because the improvement plan, though sensible in most respects, depends on a
restructuring that the unions have not yet agreed and on funding that members
will not consider until February, the service's prospects for improvement are
uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s13-council-committee-report-ict",
    why: "[council] A council committee report that reports the inspectors' verdict on its ICT service ('fair', 'promising'); it is the council's paper, not the inspectors' report – null.",
    pages: [
      `HARTLEIGH DISTRICT COUNCIL
REPORT TO: Policy and Resources Committee
DATE: 14 March 2002
SUBJECT: Audit Commission inspection of ICT services
REPORT OF: Head of Information Services
1. Purpose
1.1 To inform members of the outcome of the Best Value inspection of the
council's ICT services, published by the Audit Commission on 1 March 2002.
2. The inspection findings
2.1 The inspectors judged the service to be 'fair' (one star) with
'promising' prospects for improvement. They made six recommendations, which
are set out with the council's response in Appendix A.
2.2 Officers consider the outcome a fair reflection of the position at the
time of the inspection.
3. Recommendation
3.1 That members note the report and approve the action plan at Appendix A.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-council-press-release-benefits",
    why: "[council] Council press release celebrating its benefits service's rating ('good', 'excellent' prospects) with a councillor's quote – a council document, not the inspection report – null.",
    pages: [
      `NEWS RELEASE
Brackenholme City Council Press Office
For immediate release: 9 October 2003

Benefits team wins praise from Audit Commission

Brackenholme's benefits service has been rated 'good' by the Audit
Commission, with 'excellent' prospects for further improvement.
Councillor Jean Marsh, cabinet member for customer services, said: 'This is a
tremendous result for a team that was struggling only three years ago. We now
want to go one better and be an excellent, three-star service.'
Notes to editors
1. The inspection report is available from the Audit Commission.
2. Brackenholme processes around 22,000 benefit claims a year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-council-cabinet-other-service",
    why: "[council] Cabinet report on progress with the ICT Best Value review: quotes the libraries service's earlier inspection ('good', 'promising') and the council's aim to be 'excellent'; nothing is an inspectors' verdict on ICT and the document is the council's – null.",
    pages: [
      `KIRKWELL BOROUGH COUNCIL
CABINET – 22 JANUARY 2003
AGENDA ITEM 7: BEST VALUE REVIEW OF ICT – PROGRESS REPORT
Report of the Assistant Chief Executive
1 Summary
1.1 The Best Value review of ICT is on schedule. The Audit Commission will
inspect the service in June.
2 Background
2.1 Members will recall that the libraries service was inspected last year and
was judged 'good' with 'promising' prospects. Lessons from that inspection
have been built into the ICT review.
2.2 The council's ambition, set out in the corporate plan, is for ICT to be an
excellent service that underpins every directorate.
3 Recommendation
3.1 Cabinet is asked to note progress.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-council-scrutiny-minutes",
    why: "[council] Minutes of a scrutiny committee in which the chair and an officer discuss the inspectors' findings ('poor', 'unlikely to improve') – a council record – null.",
    pages: [
      `WITHERBY DISTRICT COUNCIL
MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE
Held on Tuesday 10 July 2001 at 7.00 pm
Present: Councillor R. Dale (Chair), Councillors Amis, Chowdhury, Ellery,
Frost and Peel.
24. BEST VALUE INSPECTION OF IT SERVICES
The Chair noted that the inspectors had found the IT service to be 'poor' and
'unlikely to improve'. The Head of Finance said that a recovery plan would be
brought to the next meeting. Councillor Frost asked why the review had taken
two years; the Head of Finance said that staff shortages had been a factor.
RESOLVED: that a recovery plan be submitted to the September meeting.
Chair ............................`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-council-staff-newsletter",
    why: "[council] Staff newsletter item ('two stars', 'promising') written by the council's ICT unit about its own inspection – null.",
    pages: [
      `ICT NEWS – the newsletter of Staunton Marsh County Council's ICT Unit
Issue 14 – Spring 2004

Inspectors say we're on the right track!
The Audit Commission's report on our service came out last month. The
inspectors gave us two stars and said our prospects are promising – a big
step forward from the position three years ago. Thank you to everyone who
took part in the focus groups.
What next? Our aim is three stars by the time of the next inspection. The
action plan is on the intranet.
Also in this issue: new printers for County Hall, and the quiz results.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-draft-placeholders",
    why: "[none] Draft with bracketed placeholders for both judgements and a reviewer's margin note suggesting a grade; 'scores to be confirmed' – null.",
    pages: [
      `DRAFT FOR QUALITY ASSURANCE – SCORES TO BE CONFIRMED
Greyhope Borough Council
Benefits Service
Best Value Inspection – [month] 2003`,
      `Greyhope Borough Council – Benefits Service – DRAFT\t2
Summary
We judge the service to be [GRADE] and its prospects for improvement to be
[PROSPECT].
[Reviewer's note: evidence in sections 3–4 would support fair or good –
discuss with the lead inspector before moderation.]
The service processes around 14,000 new claims a year. Average processing
times have fallen from 58 days to 36 days since 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-council-own-review",
    why: "[none] The council's own Best Value review report with its review team's self-assessment ('fair', 'will probably improve'); no inspection has happened – null.",
    pages: [
      `HALLOWMERE DISTRICT COUNCIL
BEST VALUE REVIEW OF INFORMATION TECHNOLOGY
Final report of the review team
June 2001`,
      `Hallowmere DC – Best Value Review of IT – Final Report\t11
7. Self-assessment
7.1 The review team has assessed the service against the Audit Commission's
key lines of enquiry. In our view the service is fair and will probably
improve if the proposals in section 8 are adopted.
7.2 We recognise that the Audit Commission's inspectors may reach a different
view when they inspect the service in the autumn.
8. Proposals
8.1 Replace the network switches at the depot and the leisure centres.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-consultation-leaflet",
    why: "[none] A council consultation leaflet about online services with aims ('an excellent council'), a previous inspection of another service ('good') and tick-box answers 'Good / Fair / Poor' – null.",
    pages: [
      `HAVE YOUR SAY
Bramblecote Borough Council – our online services
We want to be an excellent council, and we want to make it easier for you
to contact us. Please spare five minutes to answer these questions.
1. How would you rate our website?
[ ] Excellent  [ ] Good  [ ] Fair  [ ] Poor
2. Which services would you like to use on line?
[ ] Paying council tax  [ ] Reporting a missed bin  [ ] Booking a bulky collection
Did you know? In 2002 government inspectors rated our housing service good.
Return this leaflet free of charge to: FREEPOST, Bramblecote Borough Council,
Town Hall, Bramblecote.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-appendices-only",
    why: "[none] Only the appendices of a report: performance indicator table with 'Good'/'Poor' quartile labels, list of people interviewed, and the scale's definitions – null.",
    pages: [
      `Moorcastle County Council – ICT Inspection\tAppendices\t21
Appendix 1 – Performance indicators
Indicator\t2001/02\t2002/03\tQuartile
Calls fixed at first contact (%)\t61\t68\tFair
Network availability (%)\t98.1\t99.6\tGood
PCs per 100 staff\t72\t80\tPoor
Appendix 2 – People we met
The Chief Executive; the Director of Corporate Services; the Head of ICT;
the chair of the ICT users' group; 43 staff in focus groups.`,
      `Moorcastle County Council – ICT Inspection\tAppendices\t22
Appendix 3 – How we score services
Services are scored from 'poor' (no stars) to 'excellent' (three stars).
Prospects for improvement are scored 'poor', 'uncertain', 'promising' or
'excellent'. The scores are decided by a panel of inspectors on the evidence
gathered during the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-notification-letter",
    why: "[none] The Audit Commission's letter announcing a forthcoming inspection and explaining the scale (poor/no stars to excellent/three stars; will not improve to will improve) – no judgement yet – null.",
    pages: [
      `Audit Commission
Best Value Inspection Service
Eastern Region
The Chief Executive
Redwater District Council
Council Offices, Redwater
12 February 2001
Dear Chief Executive
Best Value inspection of IT services
I am writing to confirm that the inspection of your IT services will take
place in the weeks beginning 19 and 26 March. The inspection will answer two
questions: how good is the service, and will it improve? Services are scored
on a four-point scale from poor (no stars) to excellent (three stars), and we
will say whether the service will improve, will probably improve, is unlikely
to improve or will not improve.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-recommendations-only",
    why: "[none] Excerpt containing only the recommendations, with the goal 'so that the service can become excellent' and ordinary words; no verdict – null.",
    pages: [
      `Ellisford Borough Council – ICT Services\t\t5
Recommendations
To rise to the challenge of continuous improvement, the council needs a
clear plan of action. We recommend that it:
R1 agree an ICT strategy that is linked to the corporate plan, with a
costed programme, so that the service can become excellent;
R2 set up a users' group in each directorate and report its views to the
ICT board;
R3 compare the cost and quality of the help desk with at least five similar
councils each year;
R4 give every member of staff a basic IT skills course by March 2004, building
on the good practice already seen in the housing department.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-performance-plan-targets",
    why: "[none] A Best Value Performance Plan extract: targets to be 'excellent' / three stars by 2005, an inspection planned for later; the inspection results of other services are listed by the council in a table – null.",
    pages: [
      `Coppice Vale District Council
Best Value Performance Plan 2002/03
Section 5 – Our targets
5.1 We aim for the ICT service to be rated excellent, with three stars, by
2005, and to have every service available on line by December 2005.
5.2 The ICT service will be inspected by the Audit Commission in 2003.
Inspections so far (as reported by the council)
Service\tYear\tStars\tProspects
Benefits\t2001\t1\tWill probably improve
Waste\t2002\t2\tPromising
Page 14`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-none-methodology-scale",
    why: "[none] An appendix explaining what each grade and each prospect means ('A service is judged poor when...', 'will not improve where...') – every scale word, no judgement – null.",
    pages: [
      `Larkstone Borough Council – Planning Services Inspection
Appendix C – How inspectors reach their judgements
C1. A service is judged excellent (three stars) when it delivers outstanding
results for local people; good (two stars) when it performs well against most
measures; fair (one star) when there are some strengths but significant
weaknesses; and poor (no stars) when it fails to meet its users' basic needs.
C2. Inspectors judge that a service will improve where there is a clear,
funded plan with a record of delivery; that it will probably improve where
most of these conditions are met; that it is unlikely to improve where key
elements are missing; and that it will not improve where there is no
recognition of the need for change.
Page 31`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s13-only-grade-planning-section",
    why: "[single] Excerpt of the 'How good is the service?' section ending with the grade; the prospects section is not part of the excerpt – grade only.",
    pages: [
      `Tollbridge District Council\tDevelopment Control\tBest Value Inspection\tNovember 2002
How good is the service?
2.20 The council decides 58 per cent of minor applications within eight weeks,
against a national target of 65 per cent, and its appeal record is about
average. Applicants told us that officers are helpful once they can be
reached, but that telephone calls often go unanswered.
2.21 Taking all of this into account, we judge the development control
service to be a fair, one-star service.
14`,
    ],
    expect: { grade: 'fair', prospect: null },
  },
  {
    name: "s13-only-prospect-ict-section",
    why: "[single] Excerpt of the 'Will the service improve?' section (era B) concluding 'promising'; no grade in the excerpt – prospect only.",
    pages: [
      `Amberleigh County Council – ICT – Best Value Inspection – 2003\t\t17
What are the prospects for improvement?
4.30 The ICT board, chaired by the deputy chief executive, now meets monthly and
has agreed a clear set of priorities with each directorate. The improvement
plan is costed and most of its early milestones have been met.
4.31 There are risks: the data centre move has been postponed once, and the
service depends on contractors for its web development.
4.32 For these reasons we judge the prospects for improvement of the ICT
service to be promising.`,
    ],
    expect: { grade: null, prospect: 'promising' },
  },
  {
    name: "s13-only-grade-leisure-summary-cut",
    why: "[single] First page of a two-page summary: the grade is given and the prospects are 'discussed in section 5', which is not in the excerpt – grade only.",
    pages: [
      `Fernhallow Borough Council\tSport and Leisure Services\tJanuary 2003
Summary
Fernhallow runs four leisure centres, two swimming pools and a golf course.
Use of the centres has grown by 12 per cent in three years and subsidy per
visit has fallen.
The inspection team judges the leisure service to be good, scoring two stars.
Prospects for improvement are discussed in section 5.
1`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: "s13-only-prospect-will-not-eraA",
    why: "[single] Era A excerpt of the improvement section: 'We have concluded that the service will not improve'; the grade is not in the excerpt – prospect only.",
    pages: [
      `Castlebeck District Council – IT – December 2000\t\t12
Will the service improve?
5.1 The review was carried out by the IT manager alone. It did not compare the
service with any other council, did not consult users and did not consider
other ways of providing the service.
5.2 We have concluded that the service will not improve. Nobody outside the
IT section has taken ownership of the review's findings, and no money has
been set aside for the changes it proposes.`,
    ],
    expect: { grade: null, prospect: 'will-not' },
  },
  {
    name: "s13-plain-eraA-fair-probably",
    why: "[plain] Plain era A summary sentence with quoted grade: a 'fair' one-star service that will probably improve.",
    pages: [
      `Harbury Moor District Council
ICT Services
Best Value Inspection
June 2001`,
      `Harbury Moor District Council – ICT Services\t2
Summary
The inspectors judged the ICT service to be a 'fair' one-star service that will
probably improve. Staff are committed and users value their help, but the
council lacks an agreed plan for replacing its ageing systems.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-plain-eraB-good-promising",
    why: "[plain] Plain era B summary for customer access / e-government: a 'good' two-star service with promising prospects.",
    pages: [
      `Aldwick Vale Borough Council
Customer Access and e-Government
Best Value Inspection Report
October 2003
Audit Commission`,
      `Aldwick Vale Borough Council\tCustomer Access and e-Government\t3
Summary
We judge this to be a 'good' two-star service that has promising prospects for
improvement. The one-stop shop and the telephone contact centre deal with
most enquiries at the first point of contact, and 62 per cent of the
council's services can now be used on line.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s13-plain-eraB-poor-poor",
    why: "[plain] Plain era B chart title quote: 'a poor service that has poor prospects for improvement' – the word 'poor' is both verdicts.",
    pages: [
      `Greystone Metropolitan Borough Council
Information Technology
Best Value Inspection
March 2002`,
      `Greystone MBC – Information Technology\t2
Summary
'a poor service that has poor prospects for improvement'
The IT service is failing its users. Calls to the help desk go unanswered for
days, major projects have been abandoned after large sums were spent on them,
and the council has no IT strategy. The review did not face up to these
problems.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s13-plain-eraA-poor-unlikely",
    why: "[plain] Plain era A summary: 'The service is poor and is unlikely to improve'.",
    pages: [
      `Nettleford District Council\tIT Services\tBest Value Inspection\tDecember 2000
Summary
The service is poor and is unlikely to improve. The IT section has lost half
of its experienced staff in two years, the help desk cannot say how many calls
are outstanding, and the review's improvement plan has not been approved by
members.
1`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s13-plain-eraA-good-will",
    why: "[plain] Plain era A summary for a benefits service: 'a good, two-star service that will improve'.",
    pages: [
      `Merriton Borough Council
Benefits Service
Best Value Inspection
April 2001`,
      `Merriton Borough Council – Benefits Service\tPage 2
Summary
This is a good, two-star service that will improve. Claims are processed
quickly and accurately, the service has cut fraud losses by a quarter, and the
improvement plan has been agreed with staff and the local advice centres.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s13-neg-not-yet-good",
    why: "[negation] 'This is not yet a good service' opens the summary; the verdict is given later as fair (one star) with promising prospects.",
    pages: [
      `Farrowby City Council\tICT Services\tBest Value Inspection\tApril 2003
Summary
This is not yet a good service. Users in most directorates find the help desk
responsive, but the ICT unit has no reliable picture of what equipment it
supports, and projects are routinely late. Weighing these, we judge the service
to be fair (one star).
The service's prospects are promising. A new ICT board is setting clear
priorities and the council has committed £1.8 million over three years.
3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s13-neg-falls-short-of-excellent",
    why: "[negation] 'falls short of excellent' is negated praise; the verdict is 'a good service'; prospects stated as 'uncertain' after 'not as secure as we would expect'.",
    pages: [
      `Pennock District Council\tCouncil Tax and Benefits ICT\tAugust 2002\t2
Summary
The service falls short of excellent – its web pages are out of date and it
has no on-line claim form – but it is a good service, with two stars: systems
are reliable, processing is quick and users speak well of the support they get.
Its prospects for improvement are uncertain. The plan is not as secure as we
would expect: it depends on a joint procurement with two other councils that
has yet to be agreed.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s13-neg-prospects-not-poor",
    why: "[negation] Hedged sentences: 'not a poor service ... but neither is it good' then 'fair'; prospects 'are not poor, but nor can we call them promising' then 'uncertain'.",
    pages: [
      `Hatherdene Borough Council – ICT Services – Inspection report – February 2004\t4
Summary
The ICT service is not a poor service – day-to-day support works and the
network is stable – but neither is it good. We judge it to be fair.
Its prospects for improvement are not poor, but nor can we call them promising:
the council has the right plan but has not yet found the money or the staff to
carry it out. We judge the prospects to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s13-neg-conditional-will-not",
    why: "[negation] Era A (August 2001): 'will not improve unless members...' is a condition, not the verdict; the inspectors then judge the service 'unlikely to improve'.",
    pages: [
      `Winsley Cross District Council\tInformation Technology\tAugust 2001
Summary\t\t2
We judge the IT service to be fair (one star). It is cheap to run and users
find staff helpful, but much of its equipment is old and it has no strategy.
The service will not improve unless members take the IT strategy seriously
and fund it. There are some signs that this is beginning – a member champion
has been appointed – but the budget for next year is unchanged. On the
evidence available we judge that the service is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "s13-ordinary-morale-proportion",
    why: "[ordinary] Era A: 'poor morale', 'a fair proportion', 'excellent working relationships', 'good practice' all appear before the real verdict (fair / will probably improve).",
    pages: [
      `Brockholme Borough Council\tIT Services\tBest Value Inspection\tApril 2001
Summary\t\t\t3
Staff in the IT section have suffered from poor morale since the restructuring
of 1999, and a fair proportion of posts are filled by agency staff. There are
excellent working relationships with the schools' support team, and the
section's approach to virus protection is good practice that others could
copy.
Overall, the inspectors consider this a fair service that will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-ordinary-excellent-relationships",
    why: "[ordinary] Era B housing repairs report: 'excellent working relationships', 'good practice', 'a fair number' and 'poor housing stock' are ordinary words; the verdict is poor with poor prospects.",
    pages: [
      `Scarrowby District Council
Housing Repairs Service
Best Value Inspection – June 2003`,
      `Scarrowby District Council – Housing Repairs Service\t2
Summary
The council's housing stock is in poor condition: a fair number of homes fail
the decent homes standard. There are excellent working relationships between
the contractor and the client team, and the tenants' panel is an example of
good practice.
But relationships are not enough. Repairs are slow, a third of appointments
are missed, and the service does not know what its repairs cost. We judge it
to be a poor service with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s13-ambition-three-star-2005",
    why: "[ambition] The council's aim 'to be an excellent, three-star ICT service by 2005' and the IEG promise 'excellent on-line services' come first; the verdict is poor / uncertain.",
    pages: [
      `Thornmere County Council
ICT and e-Government
Best Value Inspection
September 2002`,
      `Thornmere County Council – ICT and e-Government\t\t2
Summary
The council aims to be an excellent, three-star ICT service by 2005, and its
e-government statement promises 'excellent on-line services for every
resident'. These aims are a long way from today's reality.
Only 14 per cent of services can be used on line, and most departments run
their own systems. We judge the service to be poor. Its prospects are
uncertain: the strategy is sound, but it is neither funded nor owned by
senior managers.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s13-ambition-target-good-2003",
    why: "[ambition] Era A (May 2001) benefits report: the service's target 'to be a good service by 2003' precedes the verdict fair / will improve ('Yes').",
    pages: [
      `Edgecombe Vale District Council\tBenefits\tMay 2001\tPage 2
Summary
The benefits service has set itself the target of becoming a good service by
2003, when it expects its new computer system to be fully in use.
Our judgement is that the service is currently fair. Will it improve? Yes. We
are satisfied that the service will improve: the plan is realistic, it is
funded, and the first stage has already cut processing times by ten days.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: "s13-pagebreak-verdict-split",
    why: "[pagebreak] The verdict sentence is cut by a page break after 'is a'; page 2 opens with a running header before the quoted grade and prospects continue.",
    pages: [
      `Rookwood Borough Council – ICT Services\tBest Value Inspection\tNovember 2003
Summary
The ICT service supports 1,250 users. It has cut the time taken to fix faults by
half in two years, and the council now consults users before choosing new
systems. Overall, the inspection team judges that the ICT service is a
1`,
      `Rookwood Borough Council – ICT Services\tBest Value Inspection\tNovember 2003
'good', two-star service with promising prospects for improvement. The council
should now concentrate on its e-government targets, where progress has been
slow.
2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s13-pagebreak-hyphenated-probably",
    why: "[pagebreak] Era A (August 2001): 'will prob-' ends page 1 and 'ably improve' follows a running header and page number on page 2; grade 'fair' is in the same sentence before the break.",
    pages: [
      `Kingsbarrow District Council
Information Technology Services
Best Value Inspection Report
August 2001
Summary
We judge the service to be fair, with one star, and consider that it will prob-`,
      `Kingsbarrow District Council – IT Services\t\t\t2
ably improve. The council has recently adopted an IT strategy linked to its
corporate plan, but it has not yet agreed the funding to deliver it.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s13-header-inside-sentence",
    why: "[pagebreak] A running footer and header with page numbers ('Highmarsh Borough Council ICT inspection 7' / '8') interrupt the prospect sentence between 'prospects for' and 'improvement are uncertain'; grade good.",
    pages: [
      `Highmarsh Borough Council – ICT Services – Inspection report – March 2004
Summary
We judge the ICT service to be good. Its systems are reliable, the help desk
meets its targets and users praise the section's staff. However, its prospects for
Highmarsh Borough Council ICT inspection\t7`,
      `8\tHighmarsh Borough Council – ICT Services
improvement are uncertain, because the council has not decided how it will pay
for the replacement of its main financial system in 2005.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s13-other-services-earlier-scores",
    why: "[other-service] Era A (January 2001) IT report that first lists other services' earlier scores (benefits 'good' and 'will improve', leisure 'fair'); the IT verdict is poor / will not improve.",
    pages: [
      `Pelham Cross District Council
IT Services
Best Value Inspection Report
January 2001`,
      `Pelham Cross District Council – IT Services\t2
Summary
The council's benefits service, inspected last year, was judged good and
likely to go on improving, and its leisure services were judged fair. The IT
service is in a different position.
It is poor. Projects are started without business cases and rarely finished,
and departments have lost confidence in the section. The service will not
improve: the review was a defence of current practice, and neither members
nor senior officers have challenged it.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s13-in-our-view-excellent",
    why: "[plain] Inspectors' own voice ('In our view the service is excellent') for a contact centre in 2005; prospects 'excellent' in a separate sentence.",
    pages: [
      `Wrenfield City Council\tCustomer Contact Centre\tBest Value Inspection\tFebruary 2005\t2
Summary
In our view the service is excellent. The contact centre answers 92 per cent of
calls within 20 seconds, resolves four in five enquiries at the first point of
contact and publishes its performance monthly. Its prospects for improvement are
also excellent: the council has a clear, funded plan to bring the remaining
services into the centre by 2006.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: "s13-para-confident-october-2001",
    why: "[paraphrase] Dated October 2001, the first month of era B: the prospect is paraphrased ('We are confident that it will improve further'), so the era B token 'excellent' applies, not 'will'.",
    pages: [
      `Ebbworth Borough Council
ICT Services
Best Value Inspection
October 2001`,
      `Ebbworth Borough Council – ICT Services\t3
Summary
The ICT service is good (two stars). Users are well supported, costs are low
compared with similar councils, and the service has a good record on
projects.
We are confident that it will improve further: the plan is funded, owned by
the corporate management team and already under way.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s13-wales-bilingual-front",
    why: "[plain] Welsh council: bilingual front page (Welsh lines first) and an 'Audit Commission in Wales' imprint; verdict fair with promising prospects in the summary.",
    pages: [
      `Cyngor Bwrdeistref Sirol Cwmderwen
Cwmderwen County Borough Council
Gwasanaethau TGCh / ICT Services
Arolygiad Gwerth Gorau / Best Value Inspection
Mehefin 2003 / June 2003
Audit Commission in Wales`,
      `Cwmderwen County Borough Council – ICT Services\t\t2
Summary
We judge the ICT service to be fair, with one star, and its prospects for
improvement to be promising. The service supports 1,900 users and the bilingual
website is well used, but departmental systems do not share information and
many staff lack basic IT skills.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
];
