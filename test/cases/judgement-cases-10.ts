/** Held-out judgement set 10, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases10: JudgementCase[] = [
  {
    name: "s10-grid-asterisk-prospects-down-side",
    why: "Marked grid, grades across the top (with star glyphs under each grade), prospects down the side; caption says which axis is which; the asterisk under Fair in the Promising row is the mark, the star glyphs are axis decoration.",
    pages: [
      `Castlemere District Council
ICT Services                                              Best Value Inspection – March 2003

Scoring the service
We have assessed Castlemere District Council's ICT service as providing the
standard of service shown in the chart below, and as having the prospects for
improvement shown.

'How good is the service?' is read across the top of the chart and 'What are the
prospects for improvement?' down the left-hand side.

                        a good service?
                 Poor         Fair        Good        Excellent
                              ★           ★★          ★★★
   Excellent
   Promising                   *
   Uncertain
   Poor
   prospects for improvement?

The scoring chart is used in all Best Value inspections. The criteria behind
each judgement are explained in Appendix 2.
                                                                          6`,
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s10-grid-x-tabbed-era-a",
    why: "Era A grid extracted as tab-separated cells; grades down the left carry their own asterisks (\"Fair *\") that are star counts, not the mark; the X sits in the Unlikely column of the Poor row.",
    pages: [
      `Brackenford City Council\tHousing and Council Tax Benefits\tBest Value Inspection
Inspection report – February 2001

3. Scoring the service
The chart below summarises our judgements. Grades for the quality of the service run down the left; the likelihood of improvement runs across.

\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve
Excellent ***\t\t\t\t
Good **\t\t\t\t
Fair *\t\t\t\t
Poor\t\tX\t\t
Figure 1 – scoring chart

In reaching these judgements we have taken account of the evidence set out in the rest of this report, of the council's own review and of the views of claimants, landlords and advice agencies.
4`,
    ],
    expect: { grade: "poor", prospect: "unlikely" },
  },
  {
    name: "s10-grid-tick-grades-down-side",
    why: "Grid with grades as rows (each with star glyphs on a second line) and prospects as columns, layout-preserved spacing; a tick in the Good row under Excellent prospects.",
    pages: [
      `                                      PENHALLOW COUNTY COUNCIL – PUBLIC LIBRARIES
Summary (continued)

The inspection team's scores are shown on the chart.

                                         Will the service improve?
                          Poor          Uncertain       Promising        Excellent
                          prospects     prospects       prospects        prospects
 How good is   Excellent
 the service?  ★★★
               Good                                                         ✓
               ★★
               Fair
               ★
               Poor

Source: Audit Commission Inspection Service, November 2002

Recommendations
We recommend that the county council should:
•  agree a timetable for replacing the oldest mobile library vehicles;
•  publish opening hours at every branch in the three community languages;
•  extend Sunday opening at Treloar and St Keverne as the review proposed.
                                                                        Page 3`,
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s10-grid-bracket-x-checkboxes",
    why: "Grid drawn with checkbox cells; every cell holds \"[ ]\" except one \"[x]\"; the key says rows are quality and columns prospects; recommendations below use \"poor scores\".",
    pages: [
      `Oakhaven Borough Council – Information and Communications Technology\tPage 3

Scoring chart
Key: rows show how good the service is; columns show the prospects for improvement.
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t[ ]\t[ ]\t[x]\t[ ]
Good\t[ ]\t[ ]\t[ ]\t[ ]
Fair\t[ ]\t[ ]\t[ ]\t[ ]
Poor\t[ ]\t[ ]\t[ ]\t[ ]

Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer practical pointers for improvement. In this context the inspection team recommends that the council should:
•\tagree service-level targets with the three largest user departments;
•\textend self-service password reset to schools;
•\tpublish the results of the 2004 user survey, including the poor scores given for weekend cover.`,
    ],
    expect: { grade: "excellent", prospect: "promising" },
  },
  {
    name: "s10-grid-dot-no-caption",
    why: "Layout-spaced grid with a single dot; no caption, the row labels (Promising, Uncertain) show that prospects run down the side; the dot sits under Fair in the Uncertain row; summary text gives no verdict words.",
    pages: [
      `Saltcote Borough Council                                     Best Value Inspection Service
ICT Support Services                                              December 2002

                  'How good is the service?'
                  Poor       Fair        Good       Excellent
 'Will the
 service      Excellent
 improve?'    Promising
              Uncertain       ●
              Poor

Summary
Saltcote's ICT section looks after 1,150 PCs, the council's network and 38
business applications. Users value its friendly manner, but the time taken to
resolve calls has lengthened over the past year and there is still no agreed ICT
strategy. The improvement plan is new and untested.
                                                                            2`,
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s10-grid-lowercase-x-with-paraphrase",
    why: "Era A: summary paraphrases the prospect (\"we expect to see real gains\") and names the grade as \"no-star\"; the grid with a lower-case x confirms poor / will probably improve; the x must be read by column position.",
    pages: [
      `Dunmere Metropolitan Borough Council
Information Technology Services
Best Value Inspection Report – July 2001

Summary
Dunmere spends about £4.2 million a year on IT, most of it through a contract
with a private supplier let in 1996. Performance has not been managed: the council
does not know how long users wait for faults to be fixed, and departments have
bought their own systems without reference to the IT unit. We consider this a
no-star service. But the new head of IT has made a strong start, the contract is
being renegotiated and members have approved funding for a corporate network.
We expect to see real gains, though the council has yet to prove it can sustain them.

Scoring chart
                    Will not      Unlikely to     Will probably    Will
                    improve       improve         improve          improve
Excellent
Good
Fair
Poor                                                  x
                                                                          3`,
    ],
    expect: { grade: "poor", prospect: "probably" },
  },
  {
    name: "s10-grid-cross-prospects-rows-era-a",
    why: "Era A grid with prospects as rows and quality as columns, tab-separated, marked with a cross glyph; caption names the axes; the body text mentions an earlier \"poor\" external audit.",
    pages: [
      `Wyvern Vale District Council\tInformation Technology\tJune 2001

Figure 2: inspection scores
Prospects (down) / quality of service (across)\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t✗\t
Will probably improve\t\t\t\t
Unlikely to improve\t\t\t\t
Will not improve\t\t\t\t

2.4 The district auditor's 1998 management letter described IT controls as poor. Most of the points raised then have been dealt with, and the IT team now meets its published service standards for nine calls in ten.

7`,
    ],
    expect: { grade: "good", prospect: "will" },
  },
  {
    name: "s10-table-fair-one-star-poor-prospects",
    why: "Judgement table: \"Fair (one star)\" and \"Poor prospects\" in the verdict column, while the reasons column uses good, excellent and poor about particular aspects.",
    pages: [
      `Lowmarsh District Council
Waste Collection and Recycling – Best Value Inspection\tApril 2003

Summary of judgements
Question\tJudgement\tMain reasons
How good is the service?\tFair (one star)\tGood reliability of weekly refuse rounds; excellent satisfaction with the bulky-waste
\t\tcollection; but a poor recycling rate (9 per cent), well short of the statutory target.
What are the prospects for\tPoor prospects\tNo costed plan to reach the recycling target; earlier improvement plans not
improvement?\t\tdelivered; good intentions not matched by money or staff.

The rest of this report sets out the evidence for these judgements.
2`,
    ],
    expect: { grade: "fair", prospect: "poor" },
  },
  {
    name: "s10-table-good-two-of-three-era-a",
    why: "Era A score table: \"Good: 2 stars of 3\" and \"Yes – will probably improve\"; the comment column contains poor and fair about specific aspects.",
    pages: [
      `FENWICK CROSS BOROUGH COUNCIL
IT SERVICES BEST VALUE INSPECTION
AUGUST 2001

Table 1: inspection judgements
\tScore\tComment
Quality of service\tGood: 2 stars of 3\tReliable network (99.6% availability); poor help-desk response out of hours; only fair satisfaction among housing staff
Will it improve?\tYes – will probably improve\tClear plan with dates and owners; partnership bid under way; some doubt over funding beyond 2002

Page 2`,
    ],
    expect: { grade: "good", prospect: "probably" },
  },
  {
    name: "s10-table-no-it-will-not-improve",
    why: "Era A verdict table: \"Poor – no stars\" and \"No, it will not improve\"; reasons column has \"a fair proportion\", \"good pre-application advice\" and \"excellent staff goodwill\".",
    pages: [
      `Ashgrove District Council: Development Control and Building Control
Audit Commission Best Value Inspection Service, March 2001

OUR JUDGEMENTS
Judgement\tVerdict\tReasons
Is the service good?\tPoor – no stars\tOnly 41% of minor applications decided within eight weeks; a fair proportion of appeals lost; good pre-application advice where it is offered, but it is not offered consistently
Will it improve?\tNo, it will not improve\tThe review failed to challenge the need for or the shape of the service; no improvement plan has been approved; excellent staff goodwill but no capacity to change

— 3 —`,
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s10-table-excellent-three-stars-layout",
    why: "Two-column layout table where the question label wraps onto two lines and the cell reads \"Excellent (three stars)\"; reasons mention poor call abandonment and fair sickness figures.",
    pages: [
      `Tollbridge City Council                             Customer Contact and ICT
Inspection report                                           May 2004

The inspectors' judgements

How good is the service?        Excellent (three stars)   Better than the top quarter
                                                          of councils on 14 of 18
                                                          measures; a small number of
                                                          poor results for call
                                                          abandonment at peak times.
What are the prospects for      Excellent                 Strong track record; good,
improvement?                                              costed plan; fair but
                                                          improving sickness figures.

                                      4`,
    ],
    expect: { grade: "excellent", prospect: "excellent" },
  },
  {
    name: "s10-table-fair-one-of-three-uncertain",
    why: "Three-column table (judgement, inspectors' conclusion, evidence) with \"Fair: one star out of three\" and \"Uncertain prospects – see paragraphs 41 to 55\"; evidence column praises an excellent web site and criticises poor performance information.",
    pages: [
      `Elverton Borough Council – ICT Services – Best Value Inspection – February 2004

Key judgement\tInspectors' conclusion\tEvidence
Quality of the service\tFair: one star out of three\tGood consultation with schools;
\t\tpoor performance information;
\t\texcellent accessibility rating for the web site;
\t\tusers wait up to six weeks for new equipment.
Prospects for improvement\tUncertain prospects – see paragraphs 41 to 55\tA sound plan, but no named
\t\towners and no extra funding;
\t\tthe ICT manager post has been vacant since October.

Elverton Borough Council – ICT Services\t5`,
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s10-table-yes-era-a-poor-will",
    why: "Era A answers given as Yes/No in a small table: \"How good is the service? Poor\" and \"Will the service improve? Yes\" (the scale's \"will improve\"); the surrounding text uses \"excellent\" about the new director.",
    pages: [
      `Colebrook Borough Council
Housing Repairs and Maintenance
Best Value Inspection – May 2001

SUMMARY
How good is the service?\tPoor
Will the service improve?\tYes

1.1 Tenants wait too long for routine repairs – the average in 2000/01 was 41 days against a target of 28 – and only half of appointments are kept. The council knows this. An excellent new director of housing has, in six months, re-let the responsive repairs contract, introduced appointments for all non-urgent jobs and secured member approval for a five-year stock investment programme. The tenants' federation told us it has never been so involved.

1`,
    ],
    expect: { grade: "poor", prospect: "will" },
  },
  {
    name: "s10-para-confident-deliver-era-b",
    why: "Era B summary: grade stated in words; prospect only as \"we are confident that the council will deliver its improvement plan\" (ordinal 3, so excellent in era B vocabulary).",
    pages: [
      `London Borough of Harrowdene
ICT Services – Best Value Inspection
September 2003

Summary
1.  Harrowdene's ICT service supports 2,900 staff in 46 buildings and runs the borough's
    web site and contact centre systems. We judge it to be a good, two-star service.
    The network is reliable, most faults are fixed on the day they are reported and
    users across departments speak well of the help desk.
2.  We are confident that the council will deliver its improvement plan. It has done
    what it said it would do since the last review, its plan is costed and owned by
    the corporate management team, and the ICT partnership board tracks progress
    against clear milestones every month.

                                                                      3`,
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s10-para-on-balance-likely-era-a",
    why: "Era A (June 2001) leisure report: prospect given as \"on balance we think it likely that the service will get better\" with no scale word (probably).",
    pages: [
      `Brindlecombe District Council – Sport and Leisure Centres – Inspection Report – June 2001

Summary
The council runs three leisure centres and a lido, used by around 610,000 people a year. Buildings are tired and changing rooms at Millfield are in a poor state, though customers praise the staff. Prices are among the lowest in the county and concessions are well used. Taking the evidence as a whole, we judge this to be a fair service that meets most of its basic standards.

The review was thorough in consulting users but timid in considering alternatives to direct provision. The improvement plan is short and practical, and the new leisure manager has a good record elsewhere. On balance we think it likely that the service will get better, although the condition of the buildings will limit what can be achieved without capital investment.

2`,
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s10-para-serious-doubts-capacity",
    why: "Era B (January 2002): prospect only as \"we have serious doubts whether the council has the capacity to deliver\" (ordinal 1, uncertain); grade poor stated plainly.",
    pages: [
      `EASTERHOLM METROPOLITAN BOROUGH COUNCIL
Information and Communication Technology
Audit Commission Inspection – January 2002

Summary
Overall we consider the ICT service to be poor. It is expensive – costs per PC are
some 40 per cent above the average of the comparison group – yet users report long
waits, repeated failures of the e-mail system and little help in making use of the
equipment they have.

The Best Value review identified many of these problems and the improvement plan
addresses most of them. However, the plan relies on the same small team that has
struggled to keep the service running, and no money has been identified for the
network replacement on which much else depends. We have serious doubts about
whether the council has the capacity to deliver its plan.

— 2 —`,
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s10-para-no-realistic-prospect-era-a",
    why: "Era A (November 2000): grade poor; prospect as \"we can see no realistic prospect of the service being turned round\" (ordinal 0, will-not).",
    pages: [
      `Stannington Vale District Council
Housing Repairs Service
A Best Value inspection by the Audit Commission, November 2000

Summary

The repairs service is poor. Emergency repairs are usually done on time, but routine jobs take on average 58 days, tenants cannot book appointments and the cost per property is among the highest in the region. The direct labour organisation has lost money in each of the last three years.

The Best Value review was led by the service itself and did not question whether the council should continue to deliver repairs in-house. Its improvement plan contains no targets. Members are divided about the future of the DLO and have twice deferred a decision. In these circumstances we can see no realistic prospect of the service being turned round.

Page 1`,
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s10-para-not-confident-era-b",
    why: "Era B: \"we are not confident that the council will deliver\" (negated confidence, ordinal 1 → uncertain); grade fair given as \"one-star\".",
    pages: [
      `Coldwater Heath Borough Council
ICT Service
Best Value Inspection – June 2003

5. Summary
5.1 The ICT service is a fair, one-star service. Day-to-day support is adequate and the
council has met its targets for the number of services that can be reached on line, but
project work is routinely late and departments have little say in what is done first.
5.2 The review identified the right changes: a corporate ICT board, published service
levels and a programme office. We are not confident that the council will deliver them.
Two earlier strategies were approved and then set aside, the head of ICT post has had
three holders in two years and the plan has no budget attached to it.

6`,
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s10-para-certain-keep-getting-better",
    why: "Era A (August 2001): prospect expressed as certainty (\"we are certain the service will keep getting better\") without the scale wording; grade good.",
    pages: [
      `Ormsby Vale District Council | Information Technology | Best Value Inspection | August 2001

SUMMARY

Ormsby Vale's IT team of eleven supports the council's 380 staff, its web site and its links with the county council and the police. The service is good: costs are low, the network is reliable and users in every department told us the team listens to them.

We have no hesitation in predicting further gains. The ingredients are all in place – a member champion, a plan that departments helped to write, money set aside in the capital programme and a team that has delivered before – and we are certain the service will keep getting better.

1`,
    ],
    expect: { grade: "good", prospect: "will" },
  },
  {
    name: "s10-para-little-doubt-era-b",
    why: "Era B: \"we have little doubt that the council will turn the service round\" – the word doubt appears but is negated by \"little\", meaning confidence (ordinal 3 → excellent); grade fair.",
    pages: [
      `Thistleby Borough Council
Information and Communications Technology
Inspection report: April 2004

Summary
We judged the ICT service to be fair. For several years the council under-invested in
ICT and it shows: half of the PCs are more than five years old and the finance and
housing systems do not talk to each other. But the last eighteen months have seen
a real change. The chief executive now chairs the ICT board, £2.1 million has been
committed over three years, a new head of ICT has been appointed from a high-
performing council and the first two projects in the plan were delivered on time.
We have little doubt that the council will turn the service round.

2`,
    ],
    expect: { grade: "fair", prospect: "excellent" },
  },
  {
    name: "s10-para-no-sign-anything-will-change",
    why: "Era B (February 2004): \"there is no sign that anything will change\" (ordinal 0 → poor prospects); grade poor; \"poor\" also used about morale.",
    pages: [
      `Quarrendon District Council
ICT Services
Best Value Inspection – February 2004

Summary

The ICT service is poor. It does not know what its users need, it has no service standards and morale among its staff is poor after two restructures. Departments have begun to buy their own support from outside.

The Best Value review was completed eleven months late and its improvement plan repeats, almost word for word, the plan drawn up in 2001 which was never implemented. Members have not discussed it. There is no sign that anything will change.

3`,
    ],
    expect: { grade: "poor", prospect: "poor" },
  },
  {
    name: "s10-para-on-balance-expect-era-b",
    why: "Era B (October 2002): \"on balance, we expect the service to improve\" → promising, no scale word; the grade is good.",
    pages: [
      `Velmead Borough Council – ICT
Best Value Inspection report, October 2002

Summary
Velmead's ICT service is a good one. It is cheaper than most comparable councils' and
users rate it highly; schools, which are free to buy support elsewhere, have chosen to
stay with it. Its weak point is project delivery, where three of the last five projects
overran.
On balance, we expect the service to improve. The plan is realistic and there is clear
support from members, though the team will be stretched by the e-government programme
over the next two years.

Velmead Borough Council – ICT – page 2`,
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s10-para-doubt-deliver-era-a",
    why: "Era A (March 2001): \"we doubt that the council can deliver the improvements it has promised\" → unlikely, no scale word; grade fair.",
    pages: [
      `Crossholme District Council
Council Tax and Business Rates
Inspection by the Audit Commission, March 2001

Summary

Crossholme collects 96.1 per cent of council tax in the year, close to the average for
district councils, and bills go out on time. Customers find the cash office helpful, but
the telephone line is often engaged and letters can take a month to be answered. We
judge this to be a fair service.

The improvement plan promises a new revenues system, a call centre and electronic
payments within a year. None of these is funded, the project team has not been
appointed and the last system procurement was abandoned. We doubt that the council
can deliver the improvements it has promised.

1`,
    ],
    expect: { grade: "fair", prospect: "unlikely" },
  },
  {
    name: "s10-quote-self-assessment-contradicted",
    why: "The council's self-assessment rated the service good with excellent prospects; \"our evidence tells a different story\" and the inspectors give fair and uncertain.",
    pages: [
      `Ravensmoor Borough Council – ICT Services – Best Value Inspection – November 2002

Summary
1  The council's self-assessment, prepared for the inspection, rated the ICT service as
   good with excellent prospects for improvement. Our evidence tells a different story.
2  The help desk is well run and the network has been stable since the upgrade in 2001.
   But departments do not know what to expect from ICT, projects are started without
   business cases and the council cannot show what it gets for the £3.6 million it
   spends each year. We judge the service to be fair.
3  The improvement plan was written by the ICT section alone and has not been agreed
   with the departments it depends on. Its prospects for improvement are therefore
   uncertain.

2`,
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s10-quote-manager-expects-contrast-era-a",
    why: "Era A: the head of IT expects the service to be \"transformed within a year\"; inspectors \"do not share that optimism\" and state poor and unlikely to improve.",
    pages: [
      `Underfell District Council
Information Technology – Best Value Inspection
April 2001

Will the service improve?

6.1  The head of IT told us that she expects the service to be "transformed within a
year" once the new network is installed, and the portfolio holder described the
improvement plan as "the best the council has ever produced". We do not share that
optimism. The network contract has not yet been let, the plan has no targets that can
be measured and there has been no consultation with the staff who use the systems.

6.2  In our judgement the IT service is poor and it is unlikely to improve.

14`,
    ],
    expect: { grade: "poor", prospect: "unlikely" },
  },
  {
    name: "s10-quote-neighbour-excellent-own-good",
    why: "A neighbouring council's excellent rating is quoted as a comparator; the inspected council's own verdict (good, promising) comes afterwards.",
    pages: [
      `Kestrelford Borough Council
ICT Services: Best Value Inspection
May 2003

Summary
The council compared its ICT service with that of neighbouring Falcombe District
Council, whose ICT service was judged excellent, with excellent prospects, when the
Commission inspected it last year. The comparison was useful: Falcombe's approach to
service levels has already been copied. Kestrelford's service is not yet in that class,
but it is a good one. Faults are fixed quickly, the web site is well used, and the
council has a clear ICT strategy that members understand.
Kestrelford's prospects for improvement are promising. The plan is costed and the
shared-services project with Falcombe should cut costs from 2004.

2`,
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s10-quote-earlier-inspection-then-now",
    why: "Re-inspection: the earlier verdict (poor, would not improve, in 2000) is quoted first; the inspectors' current verdict is fair with promising prospects.",
    pages: [
      `Sandling Marsh Borough Council
Housing Benefit and Council Tax Benefit – re-inspection
March 2003

Summary
When we first inspected this service in October 2000 we judged it poor and said that
it would not improve. New claims then took an average of 94 days to process and
there was a backlog of more than 5,000 items of post.
Much has changed. The council has brought in a new benefits system, cleared the
backlog and cut processing times to 38 days. Claimants told us staff are courteous
and well informed. Accuracy, however, remains weak and the fraud team is under-
staffed. The service is now fair.
Its prospects for improvement are promising: targets are stretching, performance is
reported monthly to members and the service has a good record of doing what it says.

Page 3`,
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s10-quote-self-assessment-only-no-verdict",
    why: "Excerpt of the report body in which the inspectors describe the council's own ratings (\"good\", \"will improve significantly\") and then begin their own analysis without stating any verdict – no inspectors' judgement on these pages.",
    pages: [
      `Ludworth District Council – ICT – Best Value Inspection

How good is the service?

The council's view
22. The council's self-assessment rates its ICT service as good. It points to high
availability of the main systems, the award of Beacon status to its planning web
pages and a user satisfaction score of 78 per cent. The ICT manager told us that in
his view the service "will improve significantly" once the move to the new offices
is complete.
23. We tested these claims against the council's own performance data, a survey of
120 users which we carried out for this inspection, visits to five departments and
interviews with 31 staff and members. Our findings are set out below.

Are the service's aims clear and challenging?
24. The ICT strategy 2002–2005 sets out six aims, four of them about e-government.

9`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-quote-cabinet-member-grade-only",
    why: "Excerpt ending the \"How good is the service?\" section: a cabinet member calls the service excellent, the inspectors disagree and give fair; the prospects section is not part of the excerpt, so prospect is null.",
    pages: [
      `Pelworth Borough Council                                   ICT Services Inspection

Overall judgement on the current service

48. The cabinet member for resources described the service to us as "excellent, by
any standard". We do not agree. Much of the service's reputation rests on the
personal efforts of a few long-serving staff, and the council has no way of knowing
whether its standards are being met because it does not measure them. Costs are in
line with similar councils, users are broadly satisfied and the basic infrastructure
is sound. Taking all the evidence together, we consider this to be a fair service.

                                                                              17`,
    ],
    expect: { grade: "fair", prospect: null },
  },
  {
    name: "s10-quote-consultants-and-director",
    why: "External consultants called the infrastructure \"excellent\" and the IT director \"anticipates excellent prospects\"; the inspectors' own verdicts are good and uncertain.",
    pages: [
      `Aldermoor District Council\tICT Services\tAugust 2003

Summary

An external health check carried out by consultants in 2002 described the council's ICT infrastructure as "excellent", and the director of IT told us that he anticipates "excellent prospects" now that the improvement plan has been approved.

We found a good service. The infrastructure is indeed modern and well managed, users are satisfied and costs are reasonable. But we are less sanguine about the future than the director. The improvement plan depends on a partnership with the county council that has not yet been agreed, and the council has not decided how it will pay for the second phase of its customer access programme. Prospects for improvement are uncertain.

2`,
    ],
    expect: { grade: "good", prospect: "uncertain" },
  },
  {
    name: "s10-quote-earlier-verdict-progress-page-only",
    why: "Page from a report body that recalls the 2001 inspection verdict (poor, uncertain) and describes progress since, with no current verdict on the page – the only judgement words belong to the earlier inspection.",
    pages: [
      `Marbeck City Council – ICT – Best Value Inspection

Progress since the last inspection

31. When the Commission inspected the council's ICT service in November 2001 it
judged the service poor, with uncertain prospects for improvement. It made eight
recommendations. Six have been implemented in full, including the appointment of a
head of ICT at chief officer level and the introduction of a call-logging system.
32. The remaining two – the replacement of the housing management system and the
publication of service standards – are in hand. The housing system contract was let
in March and the standards are due to go to cabinet in July.
33. Users noticed the difference. Of the 64 staff we surveyed, 41 said the service
had got better in the past year.

12`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-long-revenues-dashes-list-of-duties",
    why: "Era A: the subject (\"The revenues service\") is separated from \"a fair, one-star service\" by a dashed list of duties and a clause about evidence (60+ words); the prospect \"will, in our view, probably improve\" is split by an aside.",
    pages: [
      `Hollinsbridge Borough Council
Revenues Service
Best Value Inspection – June 2001

Summary

The revenues service – which collects council tax from some 61,400 households, bills and
recovers national non-domestic rates from about 3,900 businesses, runs the cash office at
the Civic Centre and, since April, pursues sundry debts on behalf of the housing, planning
and leisure departments – is, taking into account the performance figures, the views of
the people we spoke to and the comparisons set out in section 4, a fair, one-star service
that will, in our view, probably improve.

Collection rates are close to the median for metropolitan councils, and recovery action
is prompt. Customers are less well served: the telephone lines are busy for much of
the day and letters are written in language few people would understand.

1`,
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s10-long-brackets-nested-ict",
    why: "Era B: a parenthesis (with a nested parenthesis) listing the parts of the ICT service, then a reference to paragraphs, puts \"a poor service\" about 55 words from \"The ICT service\"; prospects also poor.",
    pages: [
      `Farleigh Downs District Council – ICT Services
Audit Commission Best Value Inspection
January 2004

Summary

The ICT service (the help desk, desktop support, the network and the twelve-strong
development team, together with the contracts for telephony (managed by the
facilities section until 2002) and for printing and scanning) is, for the reasons set
out in paragraphs 22 to 61 and summarised in the table at the end of this section, a
poor service whose prospects for improvement are also poor.

Most users we spoke to have given up reporting faults because nothing happens. The
council spends less on ICT per employee than almost any other district in the region
and has done so for a decade.

Farleigh Downs District Council\tPage 2 of 31`,
    ],
    expect: { grade: "poor", prospect: "poor" },
  },
  {
    name: "s10-long-prospect-after-long-aside",
    why: "Era A: the grade is plain (good) but the prospect sentence puts a long dashed aside (money, an appointment, a bracketed committee debate) between \"the council\" and \"will improve the service\".",
    pages: [
      `Eastmere District Council: Grounds Maintenance and Parks
Best Value inspection report, January 2001

SUMMARY

Grounds maintenance in Eastmere is a good service. Parks are clean and safe, residents
like them and the cost per hectare is below the average for similar districts.

We believe that the council – given the commitment of members, who have set aside
£240,000 over two years, the appointment in October of a contracts manager with
experience of client-side monitoring in two other authorities, and the decision
(taken after a long and at times heated debate in the environment committee) to keep
an in-house team while testing its costs against three private bids – will improve
the service.

2`,
    ],
    expect: { grade: "good", prospect: "will" },
  },
  {
    name: "s10-long-sentence-across-page-break",
    why: "Era B: a long verdict sentence with a list of weaknesses runs across a page break; the page number and the running header of the next page fall between \"a good\" and \"service\".",
    pages: [
      `Caerwen County Borough Council – Information and Communication Technology

Summary

1.7 The council has made heavy demands on a small team and the team has, for the
most part, met them. Overall, and notwithstanding the weaknesses in project
management, in user training and in progress towards the 2005 targets for electronic
service delivery that we describe in the body of this report, the inspection team
considers that Caerwen's ICT service is a good

24`,
      `Caerwen County Borough Council – Information and Communication Technology
Best Value Inspection – September 2002

service, and that its prospects for improvement are promising.

1.8 The rest of this report explains how we reached these judgements.

25`,
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s10-long-trading-standards-excellent",
    why: "Era A: a trading standards report where an em-dashed list of statutory duties (40+ words) separates the subject from \"judged by the inspectors to be excellent\"; prospect \"will probably improve further\".",
    pages: [
      `Bishopsmead City Council
Trading Standards Service
Best Value Inspection – March 2001

Summary

The trading standards service—whose duties run from weights and measures, food labelling and the safety of toys and electrical goods, through under-age sales of alcohol, tobacco and fireworks, to consumer advice, doorstep-crime response and the licensing of petroleum stores—is judged by the inspectors to be excellent, and we think it will probably improve further.

It is well led, it targets its work at the traders who pose most risk, and businesses and consumers alike speak highly of it. Its costs are close to the average for English cities.

3`,
    ],
    expect: { grade: "excellent", prospect: "probably" },
  },
  {
    name: "s10-council-cabinet-report-own-ict",
    why: "Council cabinet report by a director summarising the inspectors' scores (fair, promising) for its own ICT service; it is the council's paper, not the inspectors' report, so no judgement.",
    pages: [
      `BRAMSHOLT DISTRICT COUNCIL

CABINET  14 JANUARY 2003

REPORT OF THE DIRECTOR OF CORPORATE SERVICES

BEST VALUE INSPECTION OF ICT SERVICES

1.  Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's Best Value inspection of
the council's ICT services, and to seek approval for the action plan at Appendix A.

2.  Background
2.1 The inspection took place in October 2002. The Audit Commission's inspectors judged
the service to be 'fair' (one star) with 'promising' prospects for improvement. The
final report was published on 9 December 2002.
2.2 Officers are pleased that the inspectors recognised the good progress made since the
review. The council's aim remains to achieve an excellent service by 2005.

3.  Recommendation
3.1 That Cabinet notes the inspection report and approves the action plan.

Contact officer: J. Amory, Head of ICT, ext. 4410`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-council-press-release-repairs-good",
    why: "Council press release celebrating its repairs service's \"good\" rating and promising prospects; a press release is not the inspectors' report.",
    pages: [
      `NEWS RELEASE
Tamberley Borough Council Press Office
For immediate release: 22 July 2002

REPAIRS SERVICE RATED 'GOOD' BY GOVERNMENT INSPECTORS

Tamberley Council's housing repairs service has been rated 'good' by the Audit
Commission, with 'promising' prospects for further improvement.

Council leader Cllr Margaret Oduya said: "This is excellent news for our tenants and
a tribute to the hard work of our staff. Three years ago this was a poor service.
Now we are aiming for the top."

The inspectors praised the appointments system and the speed of emergency repairs,
but said the council must do more to keep tenants informed.

ENDS
Notes to editors: the full report is available from the Audit Commission web site.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-council-scrutiny-paper-other-service",
    why: "Scrutiny committee paper quoting the benefits inspection score (poor, uncertain) and preparing for a forthcoming ICT inspection; no inspectors' report.",
    pages: [
      `Hexwell City Council
Corporate Scrutiny Committee – 3 March 2003
Agenda item 7: Best Value inspection programme 2003/04

1. The benefits service was inspected in November 2002 and was judged poor, with
uncertain prospects for improvement. An improvement board meets monthly and its
minutes are attached as Appendix 2.

2. The ICT services inspection is scheduled for May 2003. The self-assessment has been
drafted and rates the service as good with promising prospects. Members are asked to
comment on it before it is sent to the Audit Commission.

3. Members will recall that the Commission uses a four-point scale for each question
(poor, fair, good, excellent; and poor, uncertain, promising or excellent prospects).

Page 1 of 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-council-action-plan-response",
    why: "The council's action plan responding to an inspection, quoting the inspectors' conclusion (poor, unlikely to improve); this is the council's document, so no judgement.",
    pages: [
      `Mereford District Council – Information Technology
Response to the Best Value Inspection Report (Audit Commission, June 2001)
Action Plan

Introduction
The inspectors concluded that the service is poor and is unlikely to improve. The
council accepts the report's findings in full and has drawn up the following plan.

Recommendation\tAction\tLead officer\tDate
R1 Align the IT strategy with the corporate plan\tNew IT strategy to Policy Committee\tHead of IT\tOct 2001
R2 Publish service standards\tStandards agreed with departments\tIT Services Manager\tDec 2001
R3 Train users in core applications\tTraining programme for 300 staff\tPersonnel Manager\tMar 2002

Progress will be reported to the Policy Committee every quarter.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-council-performance-plan-table",
    why: "Extract from a council's Best Value Performance Plan listing several services' inspection scores in a table; a council document, no judgement.",
    pages: [
      `Wendover Vale District Council – Best Value Performance Plan 2003/04

Section 5: External inspection results

Service\tInspected\tHow good?\tWill it improve?
Waste collection\tFeb 2001\tFair\tWill probably improve
Leisure\tJan 2002\tGood\tPromising
ICT\tOct 2002\tFair\tUncertain
Council tax and benefits\tApr 2003\tGood\tExcellent

The council's corporate objective is for every service to be rated at least good
by 2005.

23`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-council-committee-paper-with-extract",
    why: "Committee paper whose appendix reproduces the inspectors' summary verbatim (\"We judge the service to be good... promising\"); the document is still the council's paper, so by the rule it is no judgement.",
    pages: [
      `Alverstoke Heath Borough Council
Resources Committee – 18 September 2003
Report of the Chief Executive

BEST VALUE INSPECTION: CUSTOMER SERVICES AND ICT

1. The Audit Commission's report was received on 1 September. Members will find the
inspectors' summary reproduced at Appendix 1 and the full report in the Members' Room.
2. The Committee is asked to note the report and to thank the staff involved.`,
      `Appendix 1 – extract from the Audit Commission report

"We judge the service to be good. Customers can reach most services by telephone,
on line or face to face and the council answers 88 per cent of calls within twenty
seconds. The prospects for improvement are promising: the council has a clear plan
and a good record of delivering it."

Alverstoke Heath Borough Council\t2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-draft-scores-tbc",
    why: "Draft report summary: scores \"to be confirmed following quality assurance\" and an unmarked scoring chart listing every grade and prospect.",
    pages: [
      `DRAFT – NOT FOR PUBLICATION – CONFIDENTIAL
Greysworth Borough Council – ICT Services – Best Value Inspection – draft v0.3

Summary
Greysworth's ICT service supports around 1,700 users. [Para to be expanded after
feedback meeting.]

Scores: TO BE CONFIRMED following the Commission's quality assurance process.

Scoring chart
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t

DRAFT – page 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-council-own-review",
    why: "The council's own Best Value review report grading itself (\"the review team judged current performance to be fair\") and stating aims; not an inspection.",
    pages: [
      `Nettlebury District Council
Best Value Review of Information Technology
Final report of the review team, September 2001

4. Conclusions
4.1 Measured against the criteria the Audit Commission uses, the review team judged
current performance to be fair. We believe that, with the changes proposed, the
service will improve.
4.2 Our vision is an excellent IT service that puts the customer first, and our target
is to reach the upper quartile on all local indicators by 2004.
4.3 The review challenged the need for the service, compared costs with seven other
districts, consulted 240 users and tested the market through a soft-market exercise.

12`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-consultation-leaflet",
    why: "A council's consultation leaflet about recycling – ordinary words (good, poor, excellent) and ambitions, nothing from inspectors.",
    pages: [
      `HAVE YOUR SAY!
Recycling in Corbury – what do you think?

Corbury Borough Council is reviewing its waste and recycling services as part of
Best Value. We want to know what you think.

• Is the kerbside box collection good, fair or poor?
• Would you use a garden-waste collection if it cost £20 a year?
• How could we make our bring-sites better?

Our aim is an excellent service that recycles a third of all household waste by
2004. Your views will shape our plans, which will be inspected by the Audit Commission.

Return this leaflet free of charge by 30 June 2001, or fill it in on line at
www.corbury.gov.uk/haveyoursay`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-appendix-only",
    why: "Appendices only: list of documents reviewed and people interviewed, plus a generic explanation of the scoring chart naming every grade and prospect.",
    pages: [
      `Appendix 1 – Documents reviewed
•  Best Value Performance Plan 2002/03
•  ICT Strategy 2001–2004
•  Best Value review final report and improvement plan
•  Help desk statistics, April 2001 to March 2002

Appendix 2 – People we spoke to
The leader of the council; the chief executive; the director of resources; the head of
ICT and 14 ICT staff; 36 users in six departments; the UNISON branch secretary.

Appendix 3 – The scoring chart
Each inspection answers two questions. How good is the service? is scored from poor
(no stars) through fair (one star) and good (two stars) to excellent (three stars).
Will the service improve? is scored as poor, uncertain, promising or excellent
prospects for improvement.

Rushbrook Borough Council – ICT Services\t28`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-inspection-plan-letter",
    why: "The lead inspector's letter setting out the scope of a forthcoming inspection; the scales are described but no judgement is made yet.",
    pages: [
      `Audit Commission
Best Value Inspection Service – Northern Region

Mr P. Hartigan
Chief Executive
Lowther Bridge District Council

12 February 2003

Dear Mr Hartigan

BEST VALUE INSPECTION OF ICT SERVICES
I write to confirm the arrangements for the inspection. The on-site work will take
place from 7 to 11 April. As you know, the inspection will answer two questions: how
good is the service, and what are its prospects for improvement? We will score the
first on a scale of zero to three stars and the second as poor, uncertain, promising
or excellent.
We would be grateful for the documents listed in the attached schedule by 14 March.

Yours sincerely
A. Kowalczyk, Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-ordinary-words-body-page",
    why: "A page of report body full of ordinary uses of grade and prospect words (\"poor morale\", \"excellent working relationships\", \"a fair proportion\", \"uncertain funding\", \"a promising pilot\"); no verdict on this page.",
    pages: [
      `Hatchmere Borough Council – ICT Services                                     15

39. Staff in the ICT section have been through three reorganisations in four years and
morale is poor. Sickness absence averages 14 days a year. Even so, we saw excellent
working relationships between the network team and the council's two main suppliers.
40. A fair proportion of help-desk calls – about a third – are requests for password
resets, which users could do for themselves with the right software.
41. Funding for the replacement of the finance system is uncertain beyond 2004. A
promising pilot of mobile working in environmental health has been well received by
the officers involved, who told us it had made a good difference to their day.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-improvement-plan-targets",
    why: "Council improvement plan stating its targets (\"good, two-star service with promising prospects by March 2004\"); targets are not judgements.",
    pages: [
      `Calderholme Metropolitan Borough Council
ICT Improvement Plan 2002–2004

Our ambition
By March 2004 we intend to be a good, two-star ICT service with promising prospects
for further improvement, and by 2005 an excellent one. We will know we have succeeded
when:
•  95 per cent of faults are fixed within the agreed time;
•  all council services can be delivered electronically;
•  users rate the service at least 4 out of 5.

Where we are now
The service is improving but we are not complacent. User satisfaction has risen from
61 to 70 per cent in a year.

Page 4`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-recommendations-only",
    why: "A recommendations page from an inspection report with grade-like words in ordinary use (\"poor performers\", \"good practice\", \"excellent\"-rated councils) but no verdict.",
    pages: [
      `Dunstowe District Council – ICT Services – Best Value Inspection\t4

Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports
that offer practical pointers for improvement. In this context the inspection team
recommends that the council should:
R1  agree an ICT strategy that follows from the corporate plan, with targets that
    departments have signed up to;
R2  identify the poor performers among its suppliers and use the contract terms to
    deal with them;
R3  learn from good practice in councils whose ICT services have been rated excellent;
R4  provide basic training for all new users within a month of starting.
We would like to thank the staff of the council who made us welcome.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-none-criteria-descriptors",
    why: "A page describing what poor, fair, good and excellent services look like (inspection criteria), with no verdict on any service.",
    pages: [
      `What does a good ICT service look like?

In assessing the service we asked whether it shows the features we would expect of
an excellent service:
•  an ICT strategy derived from and supporting the council's corporate aims;
•  services agreed with users and measured against published standards;
•  costs that compare well with the best;
•  a clear plan for the 2005 target for electronic service delivery.
A poor service, by contrast, is likely to be driven by technology rather than by what
users need, with no agreed standards and no knowledge of how it compares. A fair
service will show some of the features of a good one, but not consistently.

Prospects are promising where there is a track record of delivery, and uncertain or
poor where plans are untested or lack support from the top.

8`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s10-plain-era-a-fair-unlikely",
    why: "Plain era A summary stating both judgements in the scale's words (\"fair\", \"unlikely to improve\").",
    pages: [
      `Hexley Borough Council
Information Technology Services
Best Value Inspection
December 2000

SUMMARY
The inspectors judged that Hexley's IT service is a fair service which is unlikely to
improve. The service meets most of its day-to-day commitments, but the Best Value
review did not look beyond the IT section itself and the improvement plan has no
support from the departments it is meant to serve.

1`,
    ],
    expect: { grade: "fair", prospect: "unlikely" },
  },
  {
    name: "s10-plain-era-b-good-promising",
    why: "Plain era B summary: \"a good, two-star service that has promising prospects for improvement\".",
    pages: [
      `Ellerby Vale District Council
ICT Services
Audit Commission Best Value Inspection – March 2004

Summary
Ellerby Vale provides a good, two-star ICT service that has promising prospects for
improvement. Users are satisfied, the council is on course to meet the 2005 target
and its costs are low. It needs to get better at managing projects and at telling
departments what it is doing.

Ellerby Vale District Council – ICT Services\t2`,
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s10-plain-era-a-poor-probably",
    why: "Plain era A summary in the report's voice (\"we have judged... poor... will probably improve\") for a housing management service.",
    pages: [
      `Ferriby Moor Borough Council
Housing Management
Inspection report – August 2001

Summary

We have judged the council's housing management service to be poor, but we think it
will probably improve. Rent arrears are high, empty homes take too long to re-let and
tenants have had little say. A new tenant participation compact has been agreed and
the arrears team has been doubled.

2`,
    ],
    expect: { grade: "poor", prospect: "probably" },
  },
  {
    name: "s10-plain-era-b-excellent-excellent",
    why: "Plain era B summary giving the top marks on both questions for a land charges service.",
    pages: [
      `Stowley District Council – Local Land Charges
Best Value Inspection – June 2004

Summary
Stowley's land charges service is excellent and has excellent prospects for
improvement. Searches are returned in an average of two working days, 80 per cent
are now submitted electronically and the service has cut its fee twice in three years.

2`,
    ],
    expect: { grade: "excellent", prospect: "excellent" },
  },
  {
    name: "s10-plain-wales-bilingual-poor-uncertain",
    why: "Welsh council with a bilingual running header; plain era B verdict: poor, uncertain prospects.",
    pages: [
      `Cyngor Bwrdeistref Sirol Glanmorfa / Glanmorfa County Borough Council
Gwasanaethau TGCh / ICT Services

Summary
1. This is a poor service with uncertain prospects for improvement. The council has
no ICT strategy, no service standards and no reliable information about what the
service costs. Welsh-language support on the council's web site is limited to the
home page.
2. A new head of ICT started in December and has produced a sensible improvement
plan, but it has not yet been approved by members or funded.

Audit Commission in Wales – January 2003\t3`,
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s10-neg-not-yet-good-service",
    why: "Negation: \"This is not yet a good service\" before the actual grade (fair, one star); prospects promising.",
    pages: [
      `Sedgecombe District Council – ICT – July 2002

Summary

This is not yet a good service. Basic support is sound and users like the help-desk
staff, but the council has no idea whether its ICT spending represents value for
money and it is well behind in preparing for electronic service delivery. We have
scored it as a fair, one-star service.

The service has promising prospects. The new strategy was written with departments,
members have agreed to fund it, and the improvement plan has clear targets.

2`,
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s10-neg-not-poor-short-of-good",
    why: "Hedging era A: \"the service is not poor\" and \"falls short of good\" before the actual verdict (fair, will probably improve).",
    pages: [
      `Lindenholt District Council
Parks and Open Spaces
Best Value Inspection report – September 2000

Summary
The service is not poor: parks are generally clean, play areas are safe and residents
say they value them. But it falls short of good, because the council does not know
what its parks cost to run, and the condition of sports pitches varies widely. We
judge it to be fair, and we consider that it will probably improve.

Lindenholt DC\tParks and Open Spaces\tPage 1`,
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s10-neg-do-not-believe-will-improve",
    why: "Negated belief in era A: \"we do not believe that the service will improve\" with reasons that nothing will change → will-not; the word \"improve\" is preceded by \"will\" so a naive match would read \"will improve\".",
    pages: [
      `Holmbridge Vale District Council
Information Technology
Best Value Inspection – January 2001

Summary

The IT service is poor. We do not believe that the service will improve. The review was
carried out by the IT manager alone, it did not consult users, and it concluded that no
changes were needed. Nothing in the improvement plan would alter the way the service is
run, and members have shown no interest in it.

1`,
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s10-neg-could-become-excellent",
    why: "Hedged aspiration: \"it could become an excellent service... it is not there yet\"; verdict good; prospect uncertain.",
    pages: [
      `Wealdham Borough Council
ICT Services
Inspection report, November 2003

Summary
With the right direction, Wealdham's ICT service could become an excellent service.
It is not there yet. We judge it to be a good, two-star service: reliable, liked by
users and reasonably priced, but with little to show for its work on electronic
service delivery. The prospects for improvement are uncertain because the council has
not decided whether to join the county-wide ICT partnership, and much of the plan
depends on that decision.

3`,
    ],
    expect: { grade: "good", prospect: "uncertain" },
  },
  {
    name: "s10-ordinary-words-poor-promising",
    why: "Ordinary uses (\"morale is poor\", \"excellent relationships with suppliers\", \"a fair proportion\") surround the actual verdict (poor, promising prospects).",
    pages: [
      `Skelbrooke District Council – ICT Services – Best Value Inspection – May 2003

Summary
Morale in the ICT team is poor after a long period of uncertainty, although we saw
excellent relationships with the council's two main suppliers. A fair proportion of
the council's PCs – around a quarter – are too old to run the new document
management system. Taken as a whole, the service is poor.
Its prospects, however, are promising. The council has appointed an experienced
head of ICT, agreed a three-year budget and set up an ICT board chaired by the
deputy chief executive.

2`,
    ],
    expect: { grade: "poor", prospect: "promising" },
  },
  {
    name: "s10-ordinary-words-good-probably-era-a",
    why: "Era A environmental health report: \"a fair proportion of premises\", \"poor hygiene in a minority\", then the verdict good and will probably improve.",
    pages: [
      `Oxendale Borough Council
Environmental Health – Food Safety
Best Value Inspection – April 2001

Summary
The council inspects a fair proportion of its high-risk food premises more often
than the minimum required, and officers deal firmly with the poor hygiene found in
a minority of takeaways. Businesses told us the advice they get is excellent. We
judge the food safety service to be good and we believe it will probably improve.

2`,
    ],
    expect: { grade: "good", prospect: "probably" },
  },
  {
    name: "s10-target-excellent-three-star-2005",
    why: "Ambition stated before the verdict: \"the council aims to be an excellent, three-star ICT service by 2005\"; inspectors judge poor with promising prospects.",
    pages: [
      `Pelham Fields District Council
ICT Services – Best Value Inspection
August 2003

Summary

The council aims to be an excellent, three-star ICT service by 2005 and has told
residents so in its corporate plan. It has a long way to go. We judge the service
to be poor: users wait weeks for help, the network fails several times a month and
the council cannot say what it spends on ICT. Its prospects are promising,
however – the improvement plan is sound, it is funded and the early signs are good.

2`,
    ],
    expect: { grade: "poor", prospect: "promising" },
  },
  {
    name: "s10-target-good-by-2004-fair-uncertain",
    why: "The improvement plan's targets (\"'good' status by April 2004 with 'excellent prospects'\") are quoted; the inspectors' verdict is fair with uncertain prospects.",
    pages: [
      `Mossley Grange Metropolitan Borough Council
Customer Services and ICT – Best Value Inspection – December 2002

Summary
The improvement plan sets a target of achieving 'good' status by April 2004 with
'excellent prospects' for further improvement. The inspection team found a fair
service. The new contact centre answers most calls promptly but cannot resolve
many of them, and the ICT section has no agreed priorities. Prospects for
improvement are uncertain: the plan is ambitious, but it is not yet clear who will
deliver it or how it will be paid for.

4`,
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s10-pagebreak-between-grade-and-prospect",
    why: "Verdict split across a page break: the grade ends page 1, the prospect sentence begins page 2 after a running header and is itself completed across a line break (\"prospects for improvement that are / excellent\").",
    pages: [
      `Linfield Cross Borough Council
ICT Services
Best Value Inspection – October 2003

Summary
Linfield Cross has invested steadily in ICT for a decade and it shows. Systems are
modern, users are well trained and the web site offers more than sixty transactions.
The inspectors' judgement is that the service is good

1`,
      `Linfield Cross Borough Council – ICT Services – Best Value Inspection

and that it has prospects for improvement that are
excellent. The council has a strong record of delivering its plans, and its new
strategy is backed by the whole of the corporate management team.

2`,
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s10-pagebreak-hyphenated-grade-words",
    why: "Both verdict words hyphenated across line ends (\"excel-lent\", \"prom-ising\"), as a PDF extractor leaves them.",
    pages: [
      `Brightholme Borough Council
Library and Information Service
Best Value Inspection, February 2004

Summary
Brightholme's libraries are well used, well stocked and open when people want them.
Visits per head are the highest in the region and the people's network was installed
a year early. We judge this to be an excel-
lent, three-star service, and its prospects for further improvement are prom-
ising: the council has set aside money for two new branches and the stock fund has
been protected for three years.

3`,
    ],
    expect: { grade: "excellent", prospect: "promising" },
  },
  {
    name: "s10-running-header-inside-prospect-sentence",
    why: "Era A: the prospect sentence is broken by a hyphen, a page number and a running header (\"the ser-\" / \"12\" / header / \"vice will improve.\"); grade fair stated earlier.",
    pages: [
      `Felsham Heath District Council
Information Technology Services
Best Value Inspection – July 2001

Summary

We judge the service to be fair. Its staff are knowledgeable and helpful, but too
much of their time goes on fixing faults in equipment that should have been replaced
years ago. We also consider that, given the plan agreed by the policy and resources
committee in May and the new partnership with the county council, the ser-
12`,
      `Felsham Heath District Council – Information Technology Services – Best Value Inspection
vice will improve.

Recommendations
We recommend that the council should:
•  publish service standards and report against them;
•  replace the remaining 190 PCs that cannot run the standard desktop.
13`,
    ],
    expect: { grade: "fair", prospect: "will" },
  },
  {
    name: "s10-other-service-benefits-judged-good",
    why: "Another service's earlier rating (\"the benefits service, inspected last year, was judged good, with excellent prospects\") precedes this service's verdict (poor, uncertain).",
    pages: [
      `Abbotsleigh Borough Council
ICT Services – Best Value Inspection – March 2004

Summary
The council's benefits service, inspected last year, was judged good, with excellent
prospects, and much of its success came from its own investment in a modern system.
The corporate ICT service has not kept pace. By contrast with benefits, it is a poor
service: it has no strategy, it does not measure what it does and departments do not
trust it. Its prospects for improvement are uncertain.

Abbotsleigh Borough Council\t2`,
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s10-voice-in-our-view-good-excellent",
    why: "Inspectors' voice: \"In our view the service is...\" with the grade after a dash-delimited aside; prospects expressed with the era B scale word \"excellent prospects\".",
    pages: [
      `Mickleby District Council
ICT Services
Best Value Inspection – December 2002

Summary
In our view the service is – despite its small size and a budget well below the
average for districts – good, and the council has excellent prospects of improving
it further. Users praise the team's speed and flexibility, and the council was among
the first in the county to let residents pay for services on line.

2`,
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s10-voice-commission-assessment-era-a",
    why: "Era A verdict phrased as \"The Audit Commission's assessment is that...\" followed by a summary line \"Judgement: Poor / Unlikely to improve\".",
    pages: [
      `Saxby Wold District Council
Information Technology Service
Best Value Inspection – February 2001

SUMMARY
The Audit Commission's assessment is that this is a poor service which is unlikely
to improve. The council spends more on IT than most districts but users report
frequent failures and long waits, and the improvement plan is little more than a
list of equipment purchases.

Judgement: Poor / Unlikely to improve

1`,
    ],
    expect: { grade: "poor", prospect: "unlikely" },
  },
  {
    name: "s10-boundary-september-2001-era-a-words",
    why: "Dated September 2001, the last month of era A; verdict uses era A words (\"will probably improve\"), grade good.",
    pages: [
      `Durrington Vale Borough Council
Information and Communications Technology
Best Value Inspection Report
September 2001

Summary
1.1 We judge the ICT service to be good. It will probably improve.
1.2 The service is well regarded, costs are controlled and there is a realistic plan
to meet the 2005 target. The council now needs to involve departments more in
setting priorities for new development work.

3`,
    ],
    expect: { grade: "good", prospect: "probably" },
  },
  {
    name: "s10-boundary-october-2001-era-b-words",
    why: "Dated October 2001, the first month of era B; verdict uses the new vocabulary (\"promising prospects\"), grade fair.",
    pages: [
      `Brampton Edge District Council
ICT Services
Best Value Inspection – October 2001

Summary
The ICT service is fair and has promising prospects for improvement. The help desk
is well run, but the council has no ICT strategy and departments buy systems
without consulting the ICT section. A strategy is being written with the help of
an external adviser and members have agreed a capital budget.

2`,
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
];
