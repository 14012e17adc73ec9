/** Held-out judgement set 12, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases12: JudgementCase[] = [
  // ───────────── Kind 1: marked scoring grids ─────────────
  {
    name: 's12-grid-fair-promising-mark-only',
    why: 'Grid is the only statement of the verdict: rows are grades (with star glyphs in the labels), columns are era-B prospects; a heavy asterisk sits in the fair row under promising. No sentence repeats it.',
    pages: [
      `Wendlecombe District Council                      Benefits Service Inspection
Scoring the service
We have assessed Wendlecombe District Council as providing the service shown by the
marked cell in the chart below. The reasons for our judgement are set out in sections
3 and 4 of this report.
'a good service?'
excellent ***\t\t\t\t
good **\t\t\t\t
fair *\t\t\t✱\t
poor\t\t\t\t
\tpoor\tuncertain\tpromising\texcellent
'prospects for improvement?'
Source: Audit Commission
April 2003                                                                      6`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-grid-swapped-axes-caption-era-a',
    why: 'Axes swapped (rows = improvement, columns = grade), with a caption saying so; era-A row labels; an X under Poor in the "Unlikely to improve" row. A tenants\' panel quote adds a stray "fair".',
    pages: [
      `Audit Commission Best Value Inspection Service
Holmsworth Metropolitan Borough Council – Housing Repairs and Maintenance – February 2001
Summary judgement
In the chart below the rows show whether we think the service will improve and the
columns show how good the service is today. The cross marks our judgement.
\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t
Will probably improve\t\t\t\t
Unlikely to improve\tX\t\t\t
Will not improve\t\t\t\t
\t0 stars\t1 star\t2 stars\t3 stars
The chairman of the tenants' panel described the repairs service to us as "fair at best,
and only if you ring before nine". Section 3 sets out what we found.
4`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's12-grid-bracket-cells-axis-title-interleaved',
    why: 'Every cell printed as "[ ]", the marked one as "[x]"; the vertical axis title is broken into pieces that the extractor glues onto the front of each row. Mark: Good row, Excellent column (era B).',
    pages: [
      `Calderbrook Borough Council
Information and Communications Technology
Best Value Inspection – September 2004
Scoring chart
                         Will the service improve?
                         Poor     Uncertain   Promising   Excellent
How good     Excellent   [ ]      [ ]         [ ]         [ ]
is the       Good        [ ]      [ ]         [ ]         [x]
service?     Fair        [ ]      [ ]         [ ]         [ ]
             Poor        [ ]      [ ]         [ ]         [ ]
Chart 1: the inspection team's scores. Our reasons follow in the summary and in the body of
the report.
Calderbrook BC ICT inspection                                                Page 3 of 31`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's12-grid-dot-ascending-rows-self-assessment-nearby',
    why: 'Rows run poor→excellent (ascending) instead of the usual top-down order; the mark is a dot under Uncertain in the Poor row; the next paragraph quotes the council placing itself in a different cell.',
    pages: [
      `Pendleford City Council – Waste Management                          Audit Commission
2. Our judgement
Key: ● = the inspectors' judgement
\tPoor\tUncertain\tPromising\tExcellent
Poor\t\t●\t\t
Fair *\t\t\t\t
Good **\t\t\t\t
Excellent ***\t\t\t\t
Vertical axis: how good is the service? Horizontal axis: will the service improve?
In its submission to us the council placed its own service in the "fair / promising" cell of
this chart. The evidence we set out below explains why we have not agreed with that view.
July 2003                                                                         5`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's12-grid-space-aligned-era-a',
    why: 'pdftotext -layout style: no tabs, columns kept by spaces only; a tick sits under "Probably" on the Good row; the row labels carry asterisk stars so "*" is not the mark.',
    pages: [
      `Ravensholt Borough Council                                 IT Services Inspection
                                                                             May 2001
How we have scored the service
                             Will the service improve?
                       No         Unlikely    Probably    Yes
   Excellent   ***
   Good        **                             ✔
   Fair        *
   Poor
How good is the service?
The scores in the chart reflect the balance of the evidence summarised overleaf.
                                   - 2 -`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's12-grid-black-star-among-asterisk-labels',
    why: 'The caption says the star marks the judgement; row labels are made of asterisks too, so only the solid star (★) in the Excellent row / Promising column is the mark.',
    pages: [
      `Kinvarra County Council
Library and Information Service
June 2003
Scoring the service
The solid star in the grid below shows where we have placed the service.
A good service?\tPoor\tUncertain\tPromising\tExcellent
***  Excellent\t\t\t★\t
**  Good\t\t\t\t
*  Fair\t\t\t\t
Poor\t\t\t\t
\tProspects for improvement?
Kinvarra CC Libraries – Best Value Inspection                                      7`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's12-grid-tick-rows-prospects-era-b',
    why: 'Era-B prospects on the rows and grades on the columns, so "Poor" and "Excellent" appear on both axes; the tick is in the Uncertain row under Fair.',
    pages: [
      `Marchwood District Council: ICT Services
Best Value Inspection Service, March 2002
Chart 2 – Scoring the service
(vertical axis: prospects for improvement; horizontal axis: how good the service is now)
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t✓\t\t
Poor\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\t\t*\t**\t***
Marchwood DC                                                                      page 4`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  // ───────────── Kind 2: table cells mixing grade words, stars and sentences ─────────────
  {
    name: 's12-table-fair-one-star-reasons-column',
    why: 'Judgement given only in a three-column table: "Fair (one star)" in the score cell, while the reasons cell, wrapped onto a second row, says good, poor and excellent.',
    pages: [
      `Brookhampton Borough Council
ICT Services – Best Value Inspection
January 2004
Summary of judgements
Question\tJudgement\tMain reasons
How good is the service?\tFair (one star)\tGood network availability and a well-regarded help desk; poor
\t\tproject delivery, and excellent intentions not yet matched by results
Will the service improve?\tPromising\tA costed ICT strategy is in place, but capacity in the
\t\tdevelopment team is stretched
The rest of this report explains these judgements.
Brookhampton BC                                 2                     Audit Commission`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-table-good-two-stars-of-three',
    why: '"Good: 2 stars of 3" in the score cell; the prospects row says Uncertain while its reasons cell starts with "Promising plans" and mentions excellent staff.',
    pages: [
      `Tollerton Vale District Council – Council Tax and Business Rates
Inspection report, November 2002
Our scores at a glance
Aspect\tOur score\tWhy
Quality of the service\tGood: 2 stars of 3\tCollection rates in the top quarter of district councils;
\t\tsome poor handling of correspondence
Prospects for improvement\tUncertain\tPromising plans, but the partnership contract is unsigned;
\t\texcellent staff, but too few of them
Tollerton Vale DC                                                                 3`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's12-table-no-it-will-not-improve-era-a',
    why: 'Era-A table with "Poor (no stars)" and "No, it will not improve"; the reasons cells talk about a good strategy document and fair progress.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Stanwick Moor District Council – Information Technology
January 2001
The inspection team's findings
Question\tAnswer\tReasons
Is the service good?\tPoor (no stars)\tA good strategy document exists, but users rate support as
\t\tpoor and faults take days to clear
Will it improve?\tNo, it will not improve\tThe fair progress made during 1999 has stalled and there is no
\t\tbudget for the replacement programme
3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's12-table-yes-we-believe-it-will-era-a',
    why: 'Era-A table: "Fair – 1 star" and "Yes – we believe it will"; comment column full of excellent/good/poor.',
    pages: [
      `Eskdale Hythe Borough Council: Sport and Leisure Centres
Best Value Inspection, July 2001
\tScore\tComment
Current service\tFair – 1 star\tExcellent staff commitment and good customer feedback at two
\t\tcentres; poor condition of the other three
Will it improve?\tYes – we believe it will\tThe improvement plan is realistic, costed and owned by
\t\tmembers
Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's12-table-poor-no-stars-promising',
    why: 'Upper-case headings, "Poor – no stars awarded" and "Promising – 2 of 3 on the prospects scale"; basis column says fair and excellent-sounding.',
    pages: [
      `NORTH ASHBURY DISTRICT COUNCIL
CORPORATE ICT
BEST VALUE INSPECTION – JULY 2002
JUDGEMENT\tRATING\tBASIS
Service now\tPoor – no stars awarded\tFair availability figures are outweighed by excellent-sounding
\t\tplans that have not been delivered
Prospects\tPromising – 2 of 3 on the prospects scale\tNew head of ICT; corporate backing; budget
\t\tdoubled for 2002/03
AUDIT COMMISSION                                                                  5`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's12-table-commission-row-only-fair-excellent',
    why: 'Verdict lives only in a "Commission\'s judgement" row of a wider table, next to a "Council\'s self-assessment" row that says good/promising.',
    pages: [
      `Harrowdene London Borough – Customer Contact and ICT
Inspection: October 2003
Table 1: Self-assessment compared with inspection
\tHow good?\tWill it improve?
Council's self-assessment\tGood (2 stars)\tPromising
Commission's judgement\tFair (1 star)\tExcellent prospects
Note: the self-assessment was submitted in August 2003, before the inspection fieldwork.
Harrowdene LB                                                                     4`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  // ───────────── Kind 3: prospects paraphrased, no scale word ─────────────
  {
    name: 's12-paraphrase-more-likely-than-not-era-a',
    why: 'Era-A report (June 2001); grade plain in the summary; prospects only as "more likely than not ... will get better", with a capital-bid caveat. Paraphrase → probably.',
    pages: [
      `Fernleigh Borough Council – ICT Services – June 2001
Summary
Fernleigh's ICT section supports around 1,100 users. Overall we judge this to be a good,
two-star service: systems are reliable, users speak well of the help desk, and costs are
below those of similar councils.
Fernleigh BC ICT Inspection                                                      1`,
      `Will the service improve?
Weighing the evidence, we think it more likely than not that the ICT service will get better
over the next two years, although the council's plans for the new network depend on a
capital bid that has not yet been approved.
Fernleigh BC ICT Inspection                                                      2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's12-paraphrase-confident-deliver-era-b',
    why: 'Era-B report; prospects expressed as confidence that the plan will be delivered, no scale word → excellent (ordinal 3).',
    pages: [
      `Ashvale Metropolitan Borough Council
Payroll and Personnel Systems
Best Value inspection February 2003
Summary
We consider this a good service. Staff are paid accurately and on time, the self-service
pilot has been well received and unit costs compare well with other metropolitan councils.
We are confident that the council will deliver its improvement plan in full and that the
service will continue to get better: the plan is costed, members monitor it every quarter,
and the first milestones have already been met.
1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's12-paraphrase-doubt-capacity-era-b',
    why: 'Era-B; "We doubt that the council has the capacity to turn the service round" → ordinal 1 → uncertain.',
    pages: [
      `Greywell District Council – ICT – September 2002
Summary
The ICT service is poor. Half the council's PCs are more than five years old, projects
overrun as a matter of course and departments have begun to buy their own systems.
The council has written an ambitious plan. We doubt that it has the capacity to turn the
service round within the timescales it has set itself, since the plan depends on recruiting
four specialist posts that have been vacant for over a year.
Greywell DC                                                                       2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's12-paraphrase-no-sign-change-era-a',
    why: 'Era-A (November 2000); "we found no sign that anything will change" → will-not, with no scale word.',
    pages: [
      `Upper Dalesby District Council – Information Technology – November 2000
1. Summary
This is a poor service. The IT section has no agreed standards for its work, fault calls
are not logged, and the main financial system has failed three times this year.
We found no sign that anything will change: the review did not question whether the
council should provide the service itself, there is no improvement plan, and members
were unaware that the review had taken place.
Upper Dalesby DC                                                               3`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's12-paraphrase-no-realistic-prospect-era-b',
    why: 'Era-B; "no realistic prospect of the service improving" → poor prospects, though neither "poor prospects" nor any scale word is printed; grade fair.',
    pages: [
      `Coldharbour Borough Council
Building Control
Inspection report – May 2004
Summary
Coldharbour's building control service is fair. Applications are checked within statutory
times and site inspections are prompt, but the service has lost a third of its market share
to approved inspectors and has not responded.
We see no realistic prospect of the service improving while the council remains undecided
about its future; the review's improvement plan was withdrawn in March and nothing has
replaced it.
Coldharbour BC building control                                                  ii`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's12-paraphrase-no-doubt-will-improve-era-a',
    why: 'Era-A (August 2001); "we are in no doubt that the service will improve" – a negated doubt is certainty → will.',
    pages: [
      `Saltby Borough Council: Environmental Health (Food Safety)
August 2001
Summary
Saltby's food safety service is fair. Inspections of high-risk premises are up to date,
but lower-risk premises have not been visited for several years.
We are in no doubt that the service will improve. A new manager has cleared most of the
backlog of complaints since April, the council has funded two extra officers and the
improvement plan has clear dates.
2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's12-paraphrase-likely-not-certain-era-b',
    why: 'Era-B; "Improvement is likely, though not certain" → promising; grade stated as one star only.',
    pages: [
      `Brenthill Unitary Council – Information Technology – March 2003
Summary
We judge the IT service to be a one-star service: adequate, but with clear weaknesses in
project management and in the support it gives to schools.
Improvement is likely, though not certain. The council has agreed a three-year ICT
strategy and has appointed a programme manager, but the strategy is not yet costed beyond
2003/04.
Brenthill UC                                                                       3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  // ───────────── Kind 4: quoted views that are not the inspectors' ─────────────
  {
    name: 's12-quoted-self-assessment-good-then-fair',
    why: 'Council self-assessment says good/excellent; "Our evidence tells a different story" then the inspectors give fair/promising.',
    pages: [
      `Westerleigh District Council – ICT – October 2002
Summary
The council's self-assessment, prepared for this inspection, rated the ICT service as good
and its prospects as excellent. Our evidence tells a different story. Users in three of the
five directorates told us that requests for new equipment take months, and the council
has no measure of whether its systems are available when staff need them.
We judge the service to be fair, with promising prospects for improvement.
Westerleigh DC ICT                                                                   1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-quoted-director-rapid-progress-era-a',
    why: 'A director\'s expectation of rapid progress, then "We do not share his optimism"; inspectors say poor and unlikely to improve (era A).',
    pages: [
      `Milbourne City Council – Information Technology Services
Best Value Inspection, April 2001
Summary
The director of IT expects rapid progress once the new help desk software is installed in
the summer, and told us that "within a year this will be one of the best IT services in the
region". We do not share his optimism. This is a poor service, and in our view it is unlikely
to improve: the software will record faults but will not fix them, and the section has lost
five of its eleven technical staff since 1999.
Milbourne CC                                                                      3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's12-quoted-neighbour-rated-excellent',
    why: 'A neighbouring council\'s ICT service "was judged excellent with excellent prospects"; this council\'s own verdict is good/uncertain.',
    pages: [
      `Brimley Borough Council
ICT Services
June 2003
Comparison with others
Brimley has used its neighbour, Sallowfield Borough Council, as its main benchmark; we
inspected Sallowfield's ICT service in 2002 and judged it excellent with excellent prospects.
Brimley's costs per user are similar, but its help desk resolves fewer calls at first contact.
Brimley BC ICT                                                                    9`,
      `Our judgements
We judge Brimley's ICT service to be good. Its prospects for improvement, however, are
uncertain, because the improvement plan relies on a shared data centre with Sallowfield
that neither council has yet agreed to fund.
Brimley BC ICT                                                                   10`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's12-quoted-earlier-inspection-reinspection',
    why: 'Reinspection: the 2001 verdict (poor, unlikely to improve – era-A words) is quoted first; this report (Nov 2003) says fair and promising.',
    pages: [
      `Oakhanger Borough Council – Housing Benefit and Council Tax Benefit
Reinspection – November 2003
Summary
When we first inspected the service in March 2001 we found a poor service that was
unlikely to improve. New claims took over ten weeks to process and the backlog stood at
4,000 items.
This reinspection finds a changed picture. Claims are now processed in 38 days, the backlog
has gone and claimants are seen by appointment. The service is now fair, and its prospects
for further improvement are promising.
Oakhanger BC                                                                     1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-quoted-self-assessment-only-excerpt',
    why: 'Excerpt of a context section: only the council\'s self-assessment ("good, with promising prospects") is stated; no inspectors\' verdict appears in the document → null/null.',
    pages: [
      `Linwood Heath District Council – ICT Inspection – Context                         12
2.4 The council's self-assessment
As part of the inspection the council completed a self-assessment. In it the council
judged its ICT service to be "good, with promising prospects", pointing to its new
network, its award from a regional e-government partnership and the high satisfaction
scores in its 2002 staff survey.
2.5 The inspection
The inspection was carried out by two inspectors between 14 and 25 October 2002. We
interviewed 46 people and visited the help desk, the data centre and two area offices.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-quoted-manager-already-excellent-rejected',
    why: 'Head of service says "already excellent and getting better"; inspectors: "We do not agree" then fair/uncertain.',
    pages: [
      `Cheswick Vale Borough Council – Revenues – July 2004
Summary
The head of revenues told us that the service was "already excellent and getting better".
We do not agree. Collection of council tax has fallen for two years running, and arrears of
business rates have doubled. In our view this is a fair service whose prospects for
improvement are uncertain.
Cheswick Vale BC Revenues                                                        2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  // ───────────── Kind 5: long sentences, verdict far from subject ─────────────
  {
    name: 's12-long-dashes-duties-fair',
    why: 'Grade word comes ~50 words after the subject, behind a dash-delimited list of duties; prospects plainly stated.',
    pages: [
      `Hartsmere Borough Council – ICT – March 2003
Summary
The council's ICT service – which supports some 2,300 users across 41 sites, runs the
payroll, council tax, benefits and social care systems, manages the corporate network and
the links to schools and, since April 2002, the telephony for the new customer contact
centre – is, in our judgement and taking account of the very different views we heard
from users in each directorate, a fair, one-star service.
It has promising prospects for improvement.
Hartsmere BC ICT Inspection                                                       1`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-long-brackets-era-a-good-probably',
    why: 'A single 80-word sentence with a bracketed list of duties puts "a good service" and "will probably improve" far from "The IT unit".',
    pages: [
      `Ellesford District Council – Information Technology – January 2001
Summary
The IT unit (which, in addition to maintaining some 900 personal computers, the wide area
network linking the town hall to the depots, libraries and the two one-stop shops, and the
financial, payroll and council tax systems, has since 1999 also managed the council's web
site and its telephone switchboard) provides, in our judgement and on the evidence set out
in this report, a good service, and one that will probably improve further.
Ellesford DC                                                                      2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's12-long-list-waste-poor-poor',
    why: 'Long dash-delimited list of waste duties and a concession about praised crews before "a poor service"; prospects also given after a long aside → poor/poor (era B).',
    pages: [
      `Kettlesham District Council – Waste Collection and Recycling
January 2004
Summary
Taken as a whole, the council's waste collection service – weekly refuse rounds for 54,000
households, fortnightly kerbside recycling in the three market towns, bulky and clinical
waste collections, trade waste for around 600 businesses and the street cleansing that
follows the rounds – is, despite recent investment in new vehicles and the commitment of
crews whom residents repeatedly praised to us, a poor service.
Its prospects for improvement, for reasons we set out in section 4 (among them the
absence of a costed plan, the stalled negotiation with the county over disposal, and the
lack of any performance information below the headline indicators), are poor.
Kettlesham DC                                                                     2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's12-long-excellent-promising',
    why: 'Long sentence with nested asides ("— not least ... —") before "an excellent service"; prospects in a second long sentence.',
    pages: [
      `Redmarsh County Council
Information and Communication Technology
June 2004
Summary
Redmarsh's ICT service, which has over the last four years moved from a largely
mainframe-based operation serving the county's finance and social services departments to
a networked service supporting more than 6,000 staff, 280 schools and a partnership of
seven district councils — not least through a data centre that it now shares with two of
them — is, on every measure we examined and in the view of almost every user we met, an
excellent service.
Given the council's record and the commitment of members, but bearing in mind that the
next stage of its plan depends on a shared service with partners whose own finances are
under strain, we consider that its prospects for further improvement are promising.
Redmarsh CC                                                                     1`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's12-long-page-break-running-header',
    why: 'The long grade sentence breaks across a page: running header and page number sit between "in our view a" and "good, two-star service".',
    pages: [
      `Dunholme City Council – Housing Repairs – December 2002
Summary
The repairs service, which is delivered by the council's own direct labour organisation
under a partnering agreement signed in 1999 and covers responsive repairs, void
properties, gas servicing and the planned replacement of kitchens and windows in some
14,500 homes, is in our view a
Dunholme City Council                                                    Page 1 of 28`,
      `Best Value Inspection – Housing Repairs                                       Page 2 of 28
good, two-star service. Tenants are generally satisfied and most repairs are done on time.
The prospects for improvement are uncertain: the partnering agreement expires in 2004
and the council has not decided what will replace it.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  // ───────────── Kind 6: council documents about an inspection (not the inspectors' report) ─────────────
  {
    name: 's12-council-cabinet-report-ict-fair-promising',
    why: 'Cabinet report by the council\'s Director of Resources reporting the inspectors\' scores for ICT; the document is a council paper, not the inspection report → null/null.',
    pages: [
      `STOCKBRIDGE HEATH BOROUGH COUNCIL
CABINET – 21 JANUARY 2003
REPORT OF THE DIRECTOR OF RESOURCES
AGENDA ITEM 7: BEST VALUE INSPECTION OF ICT SERVICES
1. Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of the
council's ICT services and to seek approval for the draft action plan at Appendix A.
2. Background
2.1 The Best Value Inspection Service inspected ICT services in November 2002. The
inspectors judged the service to be "fair" (one star) with "promising" prospects for
improvement.
2.2 The inspectors made nine recommendations, the most significant of which concern the
alignment of the ICT strategy with the corporate plan and the management of user demand.
3. Recommendation
3.1 That Cabinet notes the inspection report and approves the action plan.
Contact officer: J. Prendergast, ext. 4471`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-council-press-release-libraries-good',
    why: 'Council press release celebrating a "good" rating with "excellent prospects" for libraries; a council document → null/null.',
    pages: [
      `NEWS RELEASE
For immediate release: 3 March 2004
Ref: PR/04/118
LIBRARIES SHINE IN GOVERNMENT INSPECTION
Fordingham's libraries are officially good – and getting better. Inspectors from the Audit
Commission have given the borough's library service two stars out of a possible three and
say its prospects for improvement are excellent.
Councillor Margaret Oduya, executive member for culture, said: "This is a tribute to our
staff, who have worked incredibly hard. We want to be an excellent, three-star service and
we will get there."
The report praises the new opening hours and the homework clubs in six branches.
ENDS
Notes for editors: the full report is available at www.audit-commission.gov.uk
Media enquiries: Fordingham Borough Council Press Office`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-council-committee-paper-other-service-score',
    why: 'Committee paper on a forthcoming ICT review quotes the benefits service\'s earlier score ("good", "excellent prospects"); no inspection of ICT has happened → null/null.',
    pages: [
      `Corporate Resources Overview and Scrutiny Committee
12 September 2002
Best Value Review of Information and Communications Technology – Scoping Report
1. Members will recall that the benefits service was inspected in April 2002 and judged
good, with excellent prospects for improvement. Officers believe that the approach taken in
that review – in particular the use of customer focus groups – should be followed for ICT.
2. The ICT review will begin in October and report to this committee in March 2003. An
inspection by the Audit Commission is expected in the summer of 2003.
3. The committee is asked to comment on the proposed scope at Annex 1.
Page 1 of 3`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-council-scrutiny-minutes-repairs',
    why: 'Minutes of a scrutiny meeting that "noted the inspectors\' report ... which judged it poor with uncertain prospects" – minutes, not the report → null/null.',
    pages: [
      `MINUTES OF THE HOUSING SCRUTINY PANEL
held on Tuesday 8 April 2003 at 6.30pm, Committee Room 2, Civic Centre
Present: Cllr Haines (Chair), Cllrs Begum, Fisher, O'Leary, Whitcombe
34. BEST VALUE INSPECTION OF HOUSING REPAIRS
The panel noted the inspectors' report on the housing repairs service, which judged it poor
with uncertain prospects for improvement. The Head of Housing said that the service would
be good within two years. Cllr Fisher asked whether the backlog figures quoted by the
inspectors were accurate; officers agreed to report back.
RESOLVED that the report be noted and the action plan be brought to the June meeting.
35. DATE OF NEXT MEETING`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-council-chief-exec-staff-bulletin',
    why: 'Chief executive\'s staff bulletin: "our ICT team has been awarded two stars" and "the inspectors believe we will probably improve" – a council document → null/null.',
    pages: [
      `In Touch – the staff bulletin of Aldermoor Borough Council
Issue 47 – May 2001
From the Chief Executive
I am delighted to tell you that our ICT team has been awarded two stars by the Audit
Commission's inspectors, who also believe the service will probably improve. That is a
great result for a team that has faced poor accommodation and more than its fair share of
pressure this year. Well done to everyone involved.
Also in this issue: car parking changes at the Civic Offices; the summer fun run; retirements.
2`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ───────────── Documents with no judgement at all ─────────────
  {
    name: 's12-nojudge-draft-scores-to-be-confirmed',
    why: 'Draft inspection report with blank score fields "[to be confirmed]" and an unmarked chart; the body talks about good and poor features → null/null.',
    pages: [
      `DRAFT – FOR FACTUAL ACCURACY CHECK ONLY – NOT FOR PUBLICATION
Quinbury District Council
ICT Services
Best Value Inspection – draft v0.3
Summary
[Scores to be confirmed following moderation]
How good is the service? [to be confirmed]
Will the service improve? [to be confirmed]
\tpoor\tuncertain\tpromising\texcellent
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\t\t
poor\t\t\t\t
The help desk performs well against its targets, but project management is poor and the
council has not compared its costs with others.
DRAFT                                                                                  2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-council-own-review-team',
    why: 'The council\'s own Best Value review report: the review team judges its service "good" and believes it will improve – not the inspectors → null/null.',
    pages: [
      `Wellbury Borough Council
Best Value Review of ICT
Final Report of the Review Team – June 2002
4. Conclusions
4.1 The review team has concluded that the ICT service is good in most respects and
excellent in its support for the council's contact centre. Performance on fault resolution is
fair but improving.
4.2 We believe that, with the implementation of the improvement plan at section 5, the
service will improve and can reach the top quartile of unitary councils by 2004.
4.3 The review was challenged by a panel of two members and an external adviser from a
neighbouring authority.
Wellbury BC – Best Value Review of ICT                                       page 14`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-consultation-leaflet',
    why: 'A consultation leaflet for residents on libraries, full of aims ("an excellent service") and survey options (good/fair/poor) → null/null.',
    pages: [
      `HAVE YOUR SAY ABOUT YOUR LIBRARIES
Broadmarsh District Council is reviewing its library service and we want to hear from you.
Our aim is simple: an excellent library service, open when you need it.
How would you rate your local library?
[ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor
Which of these would most improve the service for you?
[ ] Longer opening hours   [ ] More computers   [ ] More books   [ ] Other (please say)
Please return this form to any library by 30 November 2001 or fill it in online.
The results will be used in our Best Value review, which will be inspected by the Audit
Commission next year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-appendices-only',
    why: 'Appendices only: a list of people interviewed and a performance-indicator table with "good"/"poor" quartile words → null/null.',
    pages: [
      `Appendix 1 – Performance indicators
Indicator\t2000/01\t2001/02\tQuartile (all districts)
% of help desk calls resolved at first contact\t54%\t61%\tlower middle
Availability of core systems (%)\t97.1\t98.8\tupper middle
PCs per 100 staff\t64\t71\tpoor (bottom)
Cost per user (£)\t1,480\t1,395\tgood (top)
Appendix 2 – People we met
Chief Executive; Director of Corporate Services; Head of ICT; ICT Development Manager;
help desk staff (focus group); users from Planning, Housing and Revenues (three focus
groups); the Leader of the Council; members of the Resources Scrutiny Panel.
Thornaby Marsh DC ICT inspection                                                 24`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-inspection-scoping-letter',
    why: 'Letter from a lead inspector announcing an inspection and explaining the two scales – all grade and prospect words, no judgement → null/null.',
    pages: [
      `Audit Commission
Best Value Inspection Service – Southern Region
Mr R. Calloway, Chief Executive, Netherbourne District Council
14 August 2001
Dear Mr Calloway
Best Value inspection of Information Technology Services
I am writing to confirm that we will inspect the council's IT services in the week
beginning 15 October. Our report will answer two questions: how good is the service
(poor, fair, good or excellent) and will it improve (no, unlikely, probably or yes)?
I would be grateful if you could arrange for us to meet the leader and the chair of the
resources committee during the site visit.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-unmarked-scoring-chart-explainer',
    why: 'An explanatory page "How we score": chart with all axis labels and no mark, and a sentence about what "excellent" would mean → null/null.',
    pages: [
      `Appendix 3 – How we score services
The Best Value Inspection Service scores every service on two questions. The chart below
shows the possible scores; an excellent service with excellent prospects would sit in the
top right-hand corner and a poor service with poor prospects in the bottom left.
'a good service?'\tpoor\tuncertain\tpromising\texcellent
excellent ***\t\t\t\t
good **\t\t\t\t
fair *\t\t\t\t
poor\t\t\t\t
'prospects for improvement?'
Page 29`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-council-action-plan-targets',
    why: 'Council\'s post-inspection action plan with targets ("achieve good with excellent prospects at reinspection"); no verdict stated → null/null.',
    pages: [
      `Gilsworth City Council – ICT Improvement Plan 2003–2005
Ref\tAction\tLead\tBy\tTarget outcome
1\tAgree ICT strategy linked to the corporate plan\tDirector of Resources\tJune 2003\tStrategy adopted by Cabinet
2\tIntroduce service level agreements with each directorate\tHead of ICT\tSept 2003\t90% of calls within agreed time
3\tTraining needs analysis for all PC users\tHR Manager\tDec 2003\tPlan in place
4\tPrepare for reinspection\tChief Executive\tMarch 2005\tGood (two stars) with excellent prospects
Progress against this plan will be reported to the Resources Scrutiny Panel each quarter.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's12-nojudge-national-overview-counts',
    why: 'An overview across many councils ("eleven were judged poor ... none excellent"): no single inspected service → null/null.',
    pages: [
      `Learning from Best Value inspections: ICT services
Audit Commission, briefing, 2003
Between April 2002 and March 2003 we inspected 41 council ICT services. Eleven were
judged poor, nineteen fair, ten good and one excellent. Twenty-three were judged to have
promising or excellent prospects for improvement.
The most common weaknesses were a failure to link ICT strategy with corporate priorities
and a lack of training for users.
3`,
    ],
    expect: { grade: null, prospect: null },
  },
  // ───────────── One judgement only ─────────────
  {
    name: 's12-one-prospects-only-excerpt',
    why: 'Excerpt of the "Will the service improve?" section only: prospects stated (promising); grade never given in the excerpt → null grade.',
    pages: [
      `Hazelbury Borough Council – Corporate ICT                                          17
4.6 Capacity to deliver
The ICT restructure has been completed and the two vacant team-leader posts filled. A
programme board, chaired by the deputy chief executive, now meets monthly and has
stopped three projects that no longer fitted the council's priorities.
4.7 Conclusion
For these reasons we judge that the service's prospects for improvement are promising.
The main risk is the timetable for the new customer relationship system, which is tight.`,
    ],
    expect: { grade: null, prospect: 'promising' },
  },
  {
    name: 's12-one-grade-only-first-page',
    why: 'First pages only: cover and the opening summary paragraph states the grade (good, two-star); the text stops before the prospects are given → null prospect.',
    pages: [
      `Audit Commission
Best Value Inspection Service
Pitchcombe District Council
Revenues and Benefits
August 2002`,
      `Summary
Pitchcombe's revenues and benefits service is a good, two-star service. Benefit claims are
processed quickly, council tax collection is among the best in the county and staff are
knowledgeable and courteous.
We have also considered whether the service`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 's12-one-era-a-improve-section-only',
    why: 'Era-A excerpt of the improvement section alone ending "unlikely to improve"; no grade in the excerpt.',
    pages: [
      `Will the service improve?
The review was led by the service itself and did not seriously consider alternative ways
of providing it. The improvement plan lists 37 actions but gives no dates or costs for most
of them, and nobody in the council has been made responsible for seeing it through.
For these reasons we consider that the service is unlikely to improve.
Castle Ormley Borough Council – Grounds Maintenance – February 2001                 14`,
    ],
    expect: { grade: null, prospect: 'unlikely' },
  },
  // ───────────── Plain summaries in both eras ─────────────
  {
    name: 's12-plain-era-a-fair-probably',
    why: 'Plain era-A summary: "a fair, one-star service that will probably improve".',
    pages: [
      `Grenholme District Council – IT Services – October 2000
Summary
We judge that Grenholme's IT service is a fair, one-star service that will probably improve.
The service is cheap and reliable for the council's main systems, but it has done little to
help departments use technology to change the way they work.
2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's12-plain-era-b-poor-poor',
    why: 'Plain era-B summary: "a poor service with poor prospects for improvement".',
    pages: [
      `Loxbridge Borough Council
Housing Benefit Service
April 2003
Summary
Overall, we judge that Loxbridge's housing benefit service is a poor service with poor
prospects for improvement. New claims take an average of 71 days, one in six decisions we
examined was wrong, and the council has no plan to deal with either.
1`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's12-plain-era-b-excellent-excellent',
    why: 'Plain era-B summary with both top scores, and stars given in words.',
    pages: [
      `Summary
Wyvern Hills District Council provides an excellent, three-star planning service. Decisions
are quick, of high quality and well explained, and applicants and objectors alike speak
highly of the officers they deal with. The service has excellent prospects for improvement.
Wyvern Hills DC – Development Control – September 2004                            1`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's12-plain-era-a-good-will',
    why: 'Plain era-A summary with "will improve" (ordinal 3), expressed in two short sentences.',
    pages: [
      `Ambridgeford County Council – Information Technology – March 2001
Summary
This is a good service. It will improve.
The IT division has the confidence of the council's directors and members, its costs are
well understood, and the improvement plan is specific, costed and already under way.
Ambridgeford CC                                                                   2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ───────────── Negation and hedging ─────────────
  {
    name: 's12-neg-not-yet-good',
    why: '"This is not yet a good service" precedes the actual verdict "We judge it fair (one star)".',
    pages: [
      `Swanfield Borough Council – ICT – May 2003
Summary
This is not yet a good service. The network is reliable, but users in social services and
housing still wait weeks for new accounts and equipment. We judge it fair (one star).
The council has a clear plan and the money to carry it out, and the service's prospects for
improvement are promising.
Swanfield BC                                                                      3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-neg-neither-poor-nor-good-era-a',
    why: '"not a poor service, but nor is it a good one" before "fair"; "we do not think it will probably improve" style hedge resolved as unlikely.',
    pages: [
      `Brackley Fen District Council – Information Technology – September 2001
Summary
The IT service is not a poor service, but nor is it a good one: we judge it to be fair.
We do not think that it will improve without a change of approach. In our judgement the
service is unlikely to improve, because the review's plan repeats the targets of 1999 that
were never met.
Brackley Fen DC                                                                   2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's12-neg-could-not-call-excellent',
    why: '"We could not describe this as an excellent service" precedes good; prospects "uncertain" plainly.',
    pages: [
      `Morrington City Council – Museums and Galleries – April 2002
Summary
We could not describe this as an excellent service, whatever its reputation among visitors
from outside the city, because too few local residents use it. It is, however, a good, two-star
service, with uncertain prospects for improvement.
Morrington CC                                                                     1`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's12-neg-not-convinced-era-b',
    why: 'Era-B hedged paraphrase "we are not convinced that the council can deliver" → uncertain; grade "poor" hedged with "remains".',
    pages: [
      `Farlowe District Council – ICT Services – November 2002
Summary
Despite some recent effort, the ICT service remains poor. The council has replaced its
e-mail system and filled two posts, but users still see little change.
We are not convinced that the council can deliver the improvements it has promised. Its
plan is sensible, but it has no money attached to it after March 2003.
2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  // ───────────── Ordinary uses of the grade words ─────────────
  {
    name: 's12-ordinary-morale-relationships',
    why: '"poor morale", "excellent working relationships", "a fair proportion" surround a good/promising verdict.',
    pages: [
      `Tamsworth Borough Council – ICT Services – February 2004
Summary
The ICT team has excellent working relationships with the larger directorates, although
morale among help desk staff is poor after two years of restructuring, and a fair proportion
of calls still arrive by e-mail rather than through the logging system.
Overall we judge that this is a good service with promising prospects.
Tamsworth BC                                                                      2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's12-ordinary-excellent-skills-poor-verdict',
    why: 'Praise words ("excellent technical skills", "good relations with schools") around a poor service with poor prospects (era B).',
    pages: [
      `Highbarrow District Council: Information Technology
March 2004
Summary
Individual staff have excellent technical skills and good relations with local schools, and
several users told us that the network manager is "a fair-minded man who always tries".
But the service as a whole is poor: it has no strategy, no service standards and no
measure of what users think of it. Its prospects for improvement are poor.
HDC IT inspection                                                                   i`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's12-ordinary-fair-share-era-a',
    why: 'Era A: "its fair share of the budget", "good practice", "poor weather" distract; verdict fair and probably improve in the inspectors\' voice.',
    pages: [
      `Coombe Lacey District Council
Refuse Collection
Best Value Inspection – March 2001
Summary
The service has not received its fair share of the council's capital budget in recent years,
and crews lost many rounds during the poor weather of last winter. There is some good
practice in the handling of missed bins. In our view this is a fair service which will probably
improve.
Coombe Lacey DC                                                                    2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  // ───────────── Ambitions and targets ─────────────
  {
    name: 's12-ambition-three-star-by-2005',
    why: 'The council\'s aim "to be an excellent, three-star service by 2005" precedes the verdict fair/promising.',
    pages: [
      `Pennard Bay County Borough Council – ICT – January 2003
Summary
The council aims to be an excellent, three-star ICT service by 2005 and to deliver all its
services electronically by then. It is some way from that. We judge the service to be fair,
with promising prospects: the plan is credible and has the backing of the cabinet.
Pennard Bay CBC                                                                    2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's12-ambition-target-good-at-reinspection',
    why: 'Target "to be rated good at reinspection" and an ambition for "excellent prospects" sit beside the real verdict poor/uncertain.',
    pages: [
      `Garrowby Borough Council – Corporate ICT – October 2002
Summary
The improvement plan sets the target of being rated good at reinspection in 2004, with
excellent prospects. The inspection team found a service that is poor today, and we judge
its prospects for improvement to be uncertain, because the plan's targets have not been
tested against the resources available.
3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's12-ambition-bvpp-excellent-target-good-verdict',
    why: 'The performance plan\'s stated aim is "an excellent service" and "excellent prospects"; inspectors say good and promising.',
    pages: [
      `Ottermouth District Council – Housing Management – June 2002
Summary
The council's Best Value Performance Plan describes its aim as "an excellent housing
management service, valued by every tenant". We found a good service, well regarded by
most tenants, and one whose prospects for improvement are promising.
Ottermouth DC Housing Management                                               page 1`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  // ───────────── Page breaks and running headers inside verdicts ─────────────
  {
    name: 's12-break-verdict-across-pages-era-a',
    why: 'The grade sentence ends one page ("we judge the service to be") and continues after a running header on the next ("poor, but one that will probably improve").',
    pages: [
      `Brinkhurst Borough Council – Council Tax Collection – June 2001
Summary
Collection rates are the lowest in the county and recovery action is slow. Taking
everything we have seen into account, we judge the service to be
1`,
      `Brinkhurst BC – Best Value Inspection of Council Tax Collection
poor, but one that will probably improve: the new manager has a realistic plan and the
council has agreed to fund a second recovery team.
2`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's12-break-hyphenated-prob-ably',
    why: 'Hyphenated line ends ("one-/star", "prob-/ably") with a page break between "prob-" and "ably"; era A.',
    pages: [
      `Haverton District Council – Information Technology – July 2001
Summary
We consider that Haverton's IT service is a fair, one-
star service that, given the commitment of the new head of IT, will prob-
Haverton DC IT                                                                     1`,
      `Haverton DC IT                                                                     2
ably improve. Its strengths lie in the reliability of the network; its weaknesses in the
poor links between the IT section and the departments it serves.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's12-break-header-inside-sentence-excellent-will',
    why: 'A running header and page number land inside the verdict sentence ("an excellent ... service that will improve"); era A.',
    pages: [
      `Trewartha County Council – Trading Standards – April 2001
Summary
Trewartha's trading standards service is, by some distance, the best we have seen in the
region and, in our judgement, an excellent
Trewartha CC Trading Standards Best Value Inspection                          Page 1`,
      `Trewartha CC Trading Standards Best Value Inspection                          Page 2
service that will improve further. Its work on doorstep crime is widely copied.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  // ───────────── Stars, voices, other services ─────────────
  {
    name: 's12-stars-two-awarded-no-grade-word',
    why: 'The grade is given only as a star count ("We have awarded the service two stars") → good; prospects excellent in plain words.',
    pages: [
      `Lindhurst Borough Council – ICT and Customer Services – August 2004
Summary
We have awarded the service two stars. The contact centre answers most calls within 20
seconds and the web site now handles a third of all payments. The council has a strong
record of delivering what it plans, and the service has excellent prospects for improvement.
Lindhurst BC                                                                       1`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's12-stars-none-will-not-era-a',
    why: 'Grade given as "no stars" (poor) without the word poor; era-A "will not improve" stated plainly.',
    pages: [
      `Moorside Metropolitan Borough Council – IT Services – December 2000
Summary
The service receives no stars. It does not know what its users need, it does not measure
what it does and it has not compared itself with anyone else. In our judgement it will not
improve: the review made no recommendations for change.
Moorside MBC                                                                       2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's12-other-service-grade-in-ict-report',
    why: 'An ICT report mentions that the benefits service "inspected last year, was judged good"; the ICT verdict itself is poor with promising prospects.',
    pages: [
      `Ebbesford Borough Council – Information Technology – July 2002
Context
The council's benefits service, inspected last year, was judged good, and the benefits
manager told us that the service's success owed little to IT.
Summary of our judgements
In our view the ICT service is poor. It does, however, have promising prospects for
improvement: a new head of ICT has been appointed and the cabinet has approved a
three-year investment programme.
Ebbesford BC                                                                       4`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's12-welsh-bilingual-header-fair-poor',
    why: 'Welsh council, bilingual running header; era-B verdict "fair" and "poor prospects" given in the inspectors\' voice.',
    pages: [
      `Cyngor Sir Llanfair Uchaf / Llanfair Uchaf County Council
Gwasanaethau TGCh / ICT Services
Mai / May 2004
Summary
The inspection team found a fair service. Systems are stable and users are generally
satisfied with the help desk, but the council has not kept pace with its neighbours in
making services available online. We judge the prospects for improvement to be poor:
there is no agreed ICT strategy and no budget beyond the current year.
Llanfair Uchaf CC / CS Llanfair Uchaf                                            2`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
];
