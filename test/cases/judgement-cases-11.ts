/** Held-out judgement set 11, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases11: JudgementCase[] = [
  {
    name: "s11-grid-star-rows-prospects-tabbed",
    why: "Marked grid, prospects down the side and grades across the top, cells tab-separated; the star sits in the Fair column of the Promising row. Axis words list every grade and prospect.",
    pages: [
      "Thornbury Vale District Council\tInformation Technology Services\nScoring chart\nWe have scored the service using the chart below.\n\tHow good is the service?\nProspects for improvement\tPoor\tFair\tGood\tExcellent\nExcellent\t\t\t\t\nPromising\t\t*\t\t\nUncertain\t\t\t\t\nPoor\t\t\t\t\nThe position of the mark shows our judgement on each question.\nBest Value Inspection Service\t6\n",
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s11-grid-x-rows-grades-cols-prospects",
    why: "Axes the other way round: grades down the side (Excellent at top), prospects across. An 'X' in the Poor row under Uncertain. Caption names the axes.",
    pages: [
      "Figure 1: Scoring chart\nVertical axis: a good service? Horizontal axis: will the service improve?\n\tpoor\tuncertain\tpromising\texcellent\n\tprospects\tprospects\tprospects\tprospects\nexcellent\t\t\t\t\ngood\t\t\t\t\nfair\t\t\t\t\npoor\t\tX\t\t\nSource: Audit Commission\nCradleigh Metropolitan Borough Council - Revenues Service\tPage 4 of 21\n",
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s11-grid-tick-era-a-spaced",
    why: "Era A grid extracted with layout spacing (no tabs); a tick in the Good row under 'Probably'. Rows are the grade axis, columns the improvement axis.",
    pages: [
      "Easthaven Borough Council                                     Best Value Inspection\nICT and Support Services                                      May 2001\n\nScoring chart\n\n                                Will the service improve?\n                      No      Unlikely     Probably      Yes\n A good     3 stars\n service?   2 stars                          ✓\n            1 star\n            0 stars\n\n The inspectors' judgement is shown by the tick.\n\n                                      5\n",
    ],
    expect: { grade: "good", prospect: "probably" },
  },
  {
    name: "s11-grid-dot-caption-excellent",
    why: "Grid with a caption saying which axis is which; the filled dot marks excellent prospects and an excellent service. Other cells contain hollow circles that are not marks.",
    pages: [
      "Scoring chart\nThe chart shows our two judgements. Reading across the top gives the\nprospects for improvement; reading down the left gives how good the\nservice is now. The filled circle shows where we have placed the service.\n\tPoor\tUncertain\tPromising\tExcellent\nExcellent ***\t○\t○\t○\t●\nGood **\t○\t○\t○\t○\nFair *\t○\t○\t○\t○\nPoor\t○\t○\t○\t○\nKestermoor City Council | Library and Information Service | June 2003\t7\n",
    ],
    expect: { grade: "excellent", prospect: "excellent" },
  },
  {
    name: "s11-grid-bracket-x-stars-axis",
    why: "Grid where the grade axis is written only as star counts and the mark is '[x]'; era A. The 1-star column in the 'Unlikely to improve' row is marked.",
    pages: [
      "SCORING THE SERVICE\n\t0 stars\t1 star\t2 stars\t3 stars\nWill improve\t[ ]\t[ ]\t[ ]\t[ ]\nWill probably improve\t[ ]\t[ ]\t[ ]\t[ ]\nUnlikely to improve\t[ ]\t[x]\t[ ]\t[ ]\nWill not improve\t[ ]\t[ ]\t[ ]\t[ ]\n'Stars' indicate how good the service is: 0 = poor, 1 = fair, 2 = good, 3 = excellent.\nGrangeford Borough Council Housing Repairs Inspection, March 2001\t- 3 -\n",
    ],
    expect: { grade: "fair", prospect: "unlikely" },
  },
  {
    name: "s11-grid-diamond-spaced-poor-poor",
    why: "Layout-spaced grid whose mark is a diamond in the bottom-left cell; the report text on the same page mentions 'excellent' and 'good' only as axis labels and in an unrelated sentence about staff.",
    pages: [
      "Shelbrook Council - Information and Communications Technology            page 2\n\nSummary chart\n\n  'Prospects for         excellent\n   improvement?'         promising\n                         uncertain\n                         poor       ◆\n\n                                    poor      fair      good      excellent\n                                           'a good service?'\n\nStaff we met were committed and have good working relationships with users,\nbut this does not change our overall view of the service.\n",
    ],
    expect: { grade: "poor", prospect: "poor" },
  },
  {
    name: "s11-grid-ast-in-row-with-labels-split-pages",
    why: "Grid extracted as rows of cells where the chart runs over a page break (header and page number between rows); the asterisk is in the Fair column of the 'Will improve' row.",
    pages: [
      "Scoring chart\n\tHow good is the service?\nWill the service improve?\tPoor\tFair\tGood\tExcellent\nWill improve\t\t*\t\t\nHollins Cross District Council - Council Tax and Benefits                 11\n",
      "Best Value Inspection Service - September 2001\nWill probably improve\t\t\t\t\nUnlikely to improve\t\t\t\t\nWill not improve\t\t\t\t\n",
    ],
    expect: { grade: "fair", prospect: "will" },
  },
  {
    name: "s11-cell-fair-one-star-reasons-other-words",
    why: "Judgements only in a table; the cell says 'Fair (one star)', the reasons column mentions 'good' help desk and 'poor' response times.",
    pages: [
      "Table 1: Our judgements\nQuestion\tJudgement\tMain reasons\nIs it a good service?\tFair (one star)\tGood help desk staff; poor response times in schools; no service standards\nWill it improve?\tPromising prospects\tRealistic plan, agreed by members, but excellent ideas not yet costed\nMarlow Cross Borough Council – IT Services – December 2002\t4\n",
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s11-cell-good-two-stars-of-three-era-a",
    why: "'Good: 2 stars of 3' in a cell, and 'Probably – ...' for improvement; reasons mention 'excellent' and 'poor'.",
    pages: [
      "HOW WE SCORED THE SERVICE\nHow good is the service?      Good: 2 stars of 3       Strong performance on processing times; not excellent\n                                                        because user satisfaction remains poor in social services\nWill it improve?              Probably – the plan      The review set stretching targets, although past\n                              is realistic             delivery has been uneven\nDunmere County Council, Information Services, July 2001                                   page 3\n",
    ],
    expect: { grade: "good", prospect: "probably" },
  },
  {
    name: "s11-cell-poor-no-stars-unlikely",
    why: "Era A table: 'Poor (no stars)' and 'Unlikely to improve' in cells beside reasons praising an 'excellent new website' and 'good relationships'.",
    pages: [
      "Inspection findings\t\nA good service?\tPoor (no stars)\tThe new website is excellent but only 3 per cent of transactions can be completed on line; good relationships with suppliers\nWill it improve?\tUnlikely to improve\tThe review did not challenge the need for the service; no costed plan\nPelham Forest District Council\tBest Value Inspection Report\tFebruary 2001\n",
    ],
    expect: { grade: "poor", prospect: "unlikely" },
  },
  {
    name: "s11-cell-excellent-three-stars-yes",
    why: "'Excellent – three stars' and 'Yes, it will improve' in the table cells; era A vocabulary.",
    pages: [
      "Summary of judgements\nIs the service good?  | Excellent – three stars | Consistently top-quartile on all national indicators\nWill it improve?      | Yes, it will improve     | Track record of delivering plans; fair, realistic targets\nAshbourne Wold Borough Council - Trading Standards - August 2001        2\n",
    ],
    expect: { grade: "excellent", prospect: "will" },
  },
  {
    name: "s11-cell-no-will-not-improve-fair",
    why: "Cell reads 'No, it will not improve' with a one-star 'Fair: 1 star out of 3' grade; reasons mention a 'fair proportion' and 'good intentions'.",
    pages: [
      "Judgement\tScore\tReasons\nIs this a good service?\tFair: 1 star out of 3\tA fair proportion of calls fixed first time, but long waits for new equipment\nWill it improve?\tNo, it will not improve\tGood intentions, but no plan, no budget and no one responsible\nCobble Lees Metropolitan Borough Council · ICT Best Value Inspection · April 2001\n",
    ],
    expect: { grade: "fair", prospect: "will-not" },
  },
  {
    name: "s11-cell-poor-zero-uncertain-parenthesis",
    why: "Era B cells: 'Poor – 0 stars' and 'Uncertain (the plan lacks costings)'; reasons column speaks of 'good progress' on one project.",
    pages: [
      "\tScore\tWhy\nCurrent service\tPoor – 0 stars\tNo performance information; users report frequent failures\nProspects\tUncertain (the plan lacks costings)\tGood progress on the network upgrade, but little else agreed\nWendlebury District Council | Benefits Service | November 2002\tPage 5\n",
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s11-para-on-balance-more-likely-than-not",
    why: "Prospect paraphrased ('more likely than not to get better', 'on balance') with no scale word; dated 2003 so era B token promising. Grade stated in words.",
    pages: [
      "Summary\nNethercombe District Council, Grounds Maintenance, inspected March 2003\nWe judge this to be a fair, one-star service. The council has begun to\ntackle the weaknesses identified in its review, and on balance we think the\nservice is more likely than not to get better over the next two years.\n",
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s11-para-certain-deliver-era-a",
    why: "Certainty paraphrase in era A ('we are certain that the council will deliver the improvements') → will.",
    pages: [
      "Will the service improve?\n6.1 We have no hesitation in saying that the improvement plan is robust. It\nis costed, it has been agreed by the executive and progress against it is\nreported every month. We are certain that the council will deliver the\nimprovements it has set out, and our overall judgement is that the\ninformation technology service is a good, two-star service.\nLindale Borough Council – June 2001                                       9\n",
    ],
    expect: { grade: "good", prospect: "will" },
  },
  {
    name: "s11-para-serious-doubts-era-b",
    why: "'Serious doubts that the council can turn the service round' = doubt → ordinal 1, era B token uncertain. Grade poor in a separate sentence.",
    pages: [
      "In our view Brackenhurst's housing benefit service is poor. Claims take\non average 71 days to process, well outside the national standard.\nWe have serious doubts that the council can turn the service round: the\nreview produced a long list of actions but no one owns them, and the\nbudget for the new system has not been found.\nBrackenhurst Borough Council · Housing Benefit · October 2002\n",
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s11-para-no-prospect-era-a",
    why: "Era A negation paraphrase 'we see no prospect of the service improving' → will-not.",
    pages: [
      "Prospects for improvement\nMembers have not accepted the findings of their own review, and the\nimprovement plan has been withdrawn twice. On the evidence we have seen\nwe see no prospect of the service improving. We judge the service to be\npoor.\nFelstead Heath District Council – Information Technology – November 2000\n",
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s11-para-confident-plan-delivered-era-b",
    why: "'We are confident that the plan will be delivered' with no scale word, 2004 → era B excellent.",
    pages: [
      "Summary\nThe ICT service at Orrinsbury is a good service that meets most users' needs.\nThe improvement plan is realistic and properly resourced, and the council\nhas a strong record of delivering what it says it will. We are confident\nthat the plan will be delivered in full and on time.\nOrrinsbury County Council\t\t\tFebruary 2004\n",
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s11-para-nothing-suggests-change-era-b",
    why: "'Nothing we saw suggests that the position will change' → ordinal 0, era B token poor; grade fair.",
    pages: [
      "4.12 Taken together, the evidence shows a fair service: basic performance\nis close to average, but there is no improvement plan worth the name and\nmanagers are unaware of how they compare with others. Nothing we saw\nsuggests that the position will change in the foreseeable future.\nUpper Tavy District Council            Libraries            July 2002       14\n",
    ],
    expect: { grade: "fair", prospect: "poor" },
  },
  {
    name: "s11-para-likely-will-improve-era-a",
    why: "'It is likely that the service will improve' in March 2001 → probably. Grade fair given as 'a one-star service' only.",
    pages: [
      "Our judgement\nThe inspection team considers that this is a one-star service. Progress\nsince the review has been slow, but the new head of service has a clear\nplan and the support of members, and it is likely that the service will\nimprove within the next two years.\nStowmarsh Borough Council - Environmental Health - March 2001\n",
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s11-quote-self-assessment-then-ours",
    why: "Council's self-assessment says good/excellent prospects; the inspectors then say otherwise (fair, uncertain).",
    pages: [
      "The council's self-assessment, prepared for this inspection, rated the ICT\nservice as good and described its prospects for improvement as excellent.\nOur evidence tells a different story. Users in three of the five\ndepartments we visited were dissatisfied, and the service has no reliable\ninformation on its own performance. We judge the service to be fair, with\nuncertain prospects for improvement.\nHarrowdene London Borough Council – ICT – January 2003                     3\n",
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s11-quote-director-expects-excellence-era-a",
    why: "Head of ICT's view quoted ('expects to be excellent within two years'); inspectors disagree ('we do not share that confidence ... unlikely'). Grade poor stated by inspectors.",
    pages: [
      "The head of ICT told us that she expects the service to be excellent within\ntwo years, and that the new structure 'will transform things'. We do not\nshare that confidence. The restructuring has been delayed twice and there\nis no money for the replacement network. In our view the service is poor\nand it is unlikely to improve.\nMossford Borough Council, July 2001                                        8\n",
    ],
    expect: { grade: "poor", prospect: "unlikely" },
  },
  {
    name: "s11-quote-neighbour-excellent-ours-good",
    why: "A neighbouring council's rating (excellent) is quoted as a comparison; this council's own verdict is good, promising prospects.",
    pages: [
      "Comparison with others\nBidwell, the neighbouring unitary authority, was inspected in 2002 and its\nwaste collection service was judged excellent with excellent prospects.\nTarnmouth's service does not yet match that standard, although it\ncompares well with the average for similar councils. We consider that\nTarnmouth provides a good, two-star waste collection service which has\npromising prospects for improvement.\nTarnmouth Council - Waste Management - May 2003                          12\n",
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s11-quote-earlier-inspection-reinspection",
    why: "Reinspection: the earlier inspection's 'poor, will not improve' is reported; the current verdict is fair with promising prospects.",
    pages: [
      "Background to this reinspection\nWhen we first inspected the service in November 2000 we judged it to be a\npoor service that would not improve. The council accepted our findings\nand appointed a new management team.\nOur judgement now\nThe service has moved on. We now judge it to be a fair, one-star service\nwith promising prospects.\nGristhorpe Metropolitan Borough Council | Housing Repairs | September 2002\n",
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s11-quote-self-assessment-only",
    why: "Only the council's self-assessment appears (submission to the inspectors); no inspectors' verdict in the document → null.",
    pages: [
      "SELF-ASSESSMENT FOR THE BEST VALUE INSPECTION\nPrepared by the Head of Information Services, April 2002\nOur assessment\nWe believe the ICT service is a good service, scoring two stars, and that\nits prospects for improvement are promising. The reasons are set out in\nsections 3 to 6 below. We look forward to discussing them with the\ninspection team.\nFenwick Moor District Council\t1\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-quote-manager-believes-contrast-no-sign",
    why: "Benefits manager's optimism quoted, then 'however ... there is no sign' → inspectors' prospect ordinal 0, era B poor. Grade poor.",
    pages: [
      "The benefits manager believes that the new document-imaging system will\nbring the service up to standard by the end of the year. However, the\nsystem was bought without a business case, staff have not been trained to\nuse it, and backlogs have grown since it went live. There is no sign that\nthe service will get better. We judge it to be a poor service.\nWexcombe Borough Council\tHousing and Council Tax Benefits\tMarch 2004\n",
    ],
    expect: { grade: "poor", prospect: "poor" },
  },
  {
    name: "s11-long-housing-repairs-dash-list",
    why: "Grade word 40+ words after the subject, with a dash-delimited list of duties and a bracket.",
    pages: [
      "5.3 The council's housing repairs service — which covers responsive\nrepairs, the re-letting of empty homes, annual gas safety checks for some\n9,000 properties and (since April 2001, under an agreement with the\npolice and the ambulance trust) the out-of-hours emergency line for the\nwhole district — is, in our judgement and taking into account what\ntenants told us, a fair service.\n5.4 We think it will probably improve.\nPennock Vale Borough Council - Housing Repairs - August 2001        16\n",
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s11-long-ict-duties-brackets-good",
    why: "ICT service's duties listed in brackets between subject and verdict; the verdict 'good' comes about 45 words later. Prospects paraphrased era B.",
    pages: [
      "We consider that the ICT unit (which runs the council's two data centres,\nsupports 2,300 desktop computers in 61 buildings, manages the corporate\ntelephone contract, develops and hosts the intranet and website, and\nprovides technical advice to schools that buy back its services) provides\na good service to most of its customers. We expect it to make real\nprogress: on balance, the council's prospects of delivering its\nimprovement plan are promising.\nEllingham City Council, ICT, November 2003\t10\n",
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s11-long-prospect-sentence-era-a",
    why: "Long sentence with a dash aside before 'will improve' (era A yes); grade in separate short sentence.",
    pages: [
      "The service is excellent.\nGiven the strength of the senior team, the commitment of members – the\nexecutive member for resources chairs the project board and has attended\nevery meeting since it was set up, something we rarely see – and the\ntrack record of delivering every milestone in the last improvement plan\non time and within budget, we believe that the service will improve\nfurther.\nSaltmarsh County Council\tPersonnel and Payroll\tJune 2001\n",
    ],
    expect: { grade: "excellent", prospect: "will" },
  },
  {
    name: "s11-long-poor-far-from-subject",
    why: "Subject 'the revenues service', then a long comma aside listing functions and history, then 'is poor'; prospects 'will not improve' era A.",
    pages: [
      "In summary, the revenues service, which collects council tax from\naround 48,000 households and business rates from some 3,100 firms,\nhandles recovery action through the magistrates' court, deals with\ndiscounts, exemptions and appeals, and has been through three\nrestructurings and two changes of computer system since 1997, is, on\nevery measure we examined, poor. We have concluded that it will not\nimprove.\nLowick Moor District Council – Revenues – January 2001             5\n",
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s11-long-fair-semicolon-list-uncertain",
    why: "A sentence of several clauses separated by semicolons puts 'fair' far from 'the library service'; prospects 'uncertain' in a following sentence with a bracket aside.",
    pages: [
      "Taking all of these factors into account – the library service's\nreduced opening hours at the six branch libraries; the book fund, which\nhas been cut in three of the last four years; the very high levels of\nsatisfaction among those who still use it; and the new mobile library\nroute to the villages – our overall judgement of the library service\nis that it is fair. Its prospects (which depend heavily on the outcome of\nthe council's budget decisions in February) are uncertain.\nCorringham District Council | Libraries | December 2002 | 9\n",
    ],
    expect: { grade: "fair", prospect: "uncertain" },
  },
  {
    name: "s11-council-cabinet-report-quotes-scores",
    why: "Cabinet report by a council officer reporting the inspectors' scores for the inspected service: a council paper, not the inspectors' report → null.",
    pages: [
      "CABINET – 14 JANUARY 2003\nREPORT OF THE DIRECTOR OF CORPORATE SERVICES\nBEST VALUE INSPECTION OF ICT SERVICES – OUTCOME\n1. Purpose\nTo inform Cabinet of the outcome of the Audit Commission inspection of\nthe council's ICT services, which took place in October 2002.\n2. The inspection findings\n2.1 The inspectors judged the service to be 'fair' (one star) with\n'promising' prospects for improvement. The report is attached as\nAppendix A (not reproduced in this pack).\n3. Recommendation\nThat Cabinet notes the outcome and approves the action plan at Appendix B.\nRivington Hills Borough Council\tAgenda Item 7\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-council-press-release-libraries-good",
    why: "Council press release boasting its libraries were rated good by inspectors; press release is not the inspectors' report → null.",
    pages: [
      "PRESS RELEASE\nFor immediate release: 3 March 2004\nLIBRARIES GET THUMBS UP FROM INSPECTORS\nWestbury Fields libraries have been rated a 'good' service with 'excellent'\nprospects by the Audit Commission. Council leader Cllr Jean Tolley said:\n\"This is a tremendous result for our staff, who have worked so hard.\"\nThe full report is available on the Audit Commission's website.\nNotes to editors: Westbury Fields Borough Council serves 118,000 people.\nMedia enquiries: Communications Unit, 01632 960 455\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-council-committee-other-service-score",
    why: "Committee paper on the ICT review that cites another service's inspection score (benefits rated good) as context: no judgement of anything by inspectors in this document → null.",
    pages: [
      "RESOURCES SCRUTINY COMMITTEE – 9 OCTOBER 2001\nBEST VALUE REVIEW OF INFORMATION TECHNOLOGY – PROGRESS REPORT\n1.1 The review team has completed the 'compare' and 'consult' stages.\n1.2 Members will recall that the benefits service, inspected last year,\nwas judged good with promising prospects. The review team has drawn on\nthe approach taken there.\n1.3 The inspection of IT services is expected in the spring. Officers\naim to achieve at least a 'good' rating.\nCarnford District Council\tPage 2 of 4\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-council-scrutiny-minutes",
    why: "Minutes of a scrutiny meeting discussing the inspection report's grade; minutes are a council document → null.",
    pages: [
      "MINUTES OF THE OVERVIEW AND SCRUTINY BOARD\nHeld on Tuesday 21 May 2002\n47. AUDIT COMMISSION INSPECTION – HOUSING REPAIRS\nThe Head of Housing introduced the report. The inspectors had found a poor\nservice with uncertain prospects. Cllr Mayhew said that the result was\ndisappointing but not unexpected. Cllr Obi asked whether the council could\nchallenge the finding; the Head of Housing advised that it could not.\nRESOLVED: that the report be noted.\nHesketh Bank Borough Council\tChair ............\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-council-newsletter-staff",
    why: "Internal staff newsletter item reporting the ICT inspection outcome; not the inspectors' report → null.",
    pages: [
      "INSIDE TRACK – staff newsletter – Issue 42, Summer 2001\nWell done, IT!\nThe Best Value inspectors have given our IT service two stars and said it\nwill probably improve. Chief Executive Mark Hollis thanked everyone\ninvolved: \"Good is good – but next time let's aim for excellent!\"\nAlso in this issue: new car parking rules, retirements, sports club news.\nBramwell District Council\t4\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-council-annual-report-several-services",
    why: "Council's annual performance plan listing inspection results for several services in a table; council document → null.",
    pages: [
      "BEST VALUE PERFORMANCE PLAN 2003/04\nSection 4: Inspection results during 2002/03\nService\tStars\tProspects\nBenefits\t1 (fair)\tPromising\nICT\t2 (good)\tExcellent\nParks and Open Spaces\t0 (poor)\tUncertain\nWe aim for every service to reach at least two stars by 2005.\nKingsmere Borough Council\t22\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-draft-scores-tbc",
    why: "Draft for factual accuracy check: scores 'to be confirmed' and an unmarked scoring grid whose axes list every grade and prospect → null.",
    pages: [
      "DRAFT – FOR FACTUAL ACCURACY CHECK ONLY – NOT FOR PUBLICATION\nAbbotsleigh District Council\nInformation and Communication Technology\nBest Value Inspection, September 2002\nSummary\n[Scores to be confirmed following moderation.]\nScoring chart\n\tPoor\tFair\tGood\tExcellent\nExcellent\nPromising\nUncertain\nPoor\nPlease return comments to the lead inspector by 18 October.\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-council-own-review-aims-excellent",
    why: "The council's own Best Value review report: aims to be 'excellent', calls its service 'good' in its own voice; no inspectors → null.",
    pages: [
      "BEST VALUE REVIEW OF ICT – FINAL REPORT OF THE REVIEW TEAM\nQuenby Borough Council, March 2002\nExecutive summary\nThe review team concludes that the ICT service is broadly good, with some\npoor areas in asset management. Our vision is an excellent, three-star\nservice by 2005. The improvement plan in section 8 sets out how we will\nget there. We are confident that it will be delivered.\nReview team: Head of ICT (chair), two departmental managers, an external\nchallenger from Northshire County Council.\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-consultation-leaflet",
    why: "Consultation leaflet asking residents to rate the service; scale words appear as answer options → null.",
    pages: [
      "HAVE YOUR SAY ON OUR LIBRARIES\nDunsley Bay Council is reviewing its library service. Please tell us what\nyou think.\n1. Overall, how would you rate the library you use most?\n[ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor\n2. Do you think the service will improve over the next two years?\n[ ] Yes   [ ] Probably   [ ] Unlikely   [ ] No\nReturn this form to any library by 30 June 2001. Freepost DB 4412.\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-appendices-only",
    why: "Only the appendices of a report: documents reviewed, people met, and a note on the scoring scale; no verdict → null.",
    pages: [
      "Appendix 2 – Documents reviewed\n• ICT Strategy 2001–2004\n• Best Value Review of ICT: final report and improvement plan\n• Customer satisfaction survey, June 2002\nAppendix 3 – Reinspection and scoring\nServices are scored on a scale from 0 stars (poor) to 3 stars (excellent).\nProspects for improvement are scored as poor, uncertain, promising or\nexcellent.\nRedlands Borough Council – ICT Inspection\t27\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-how-we-inspect-leaflet",
    why: "Generic explanation of the inspection method, with examples of each grade; no service is judged → null.",
    pages: [
      "How inspectors reach their judgements\nInspectors ask two questions. How good is the service? A service that\nmeets few of its users' needs is likely to be poor; one that is among the\nbest in the country may be excellent. Will it improve? Where a council has\na clear and costed plan and a history of delivering, prospects are more\nlikely to be promising or excellent; where it does not, they may be\nuncertain or poor.\nBest Value Inspection Service – guidance note 3 – 2002\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-improvement-plan-targets",
    why: "The council's improvement plan: targets and ambitions ('good by 2003', 'excellent prospects') only → null.",
    pages: [
      "ICT IMPROVEMENT PLAN 2001-2004\nAction\tOwner\tTarget date\tOutcome sought\nAgree corporate ICT strategy\tChief Executive\tDec 2001\tA 'good' service by 2003\nReplace help-desk system\tHead of ICT\tMar 2002\tFair proportion of calls fixed at first contact: 70%\nIntroduce service level agreements\tICT Manager\tJun 2002\tExcellent customer satisfaction\nWrexley Borough Council\tpage 1\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-recommendations-only",
    why: "Excerpt containing only the recommendations section; it mentions 'good practice' and 'poor performance data' but gives no verdict → null.",
    pages: [
      "Recommendations\nTo rise to the challenge of continuous improvement, the council should:\n• agree service standards with every department and publish performance\n  against them each quarter;\n• learn from good practice elsewhere, particularly in other district\n  councils in the county;\n• replace poor performance data with a single call-logging system.\nHaddon Edge District Council · IT Inspection · October 2001\t5\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-none-contents-and-intro",
    why: "Contents page and introduction of an inspection report; section titles contain 'Is it a good service?' and 'Will it improve?' → null.",
    pages: [
      "Contents\nSummary ............................................ 3\nScoring the service ................................ 5\nRecommendations .................................... 6\nReport: Context ................................... 8\n        How good is the service? .................. 10\n        Will the service improve? ................. 17\nIntroduction\nThis report has been prepared by the Audit Commission's Best Value\nInspection Service following an inspection of Tolworth Ridge Borough\nCouncil's revenues service in November 2002.\n\t2\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s11-only-grade-prospect-page-missing",
    why: "Excerpt of the 'how good' section only: inspectors judge the service good; the prospects page is not in the excerpt → good, null.",
    pages: [
      "How good is the service?\n3.21 Overall, taking account of its performance against its aims, the\nviews of users and the comparison with other councils, we judge the\npersonnel service to be good. It is not yet excellent, because sickness\nabsence monitoring remains weak in two directorates.\nCarrow Holt County Council – Human Resources – April 2003\t13\n",
    ],
    expect: { grade: "good", prospect: null },
  },
  {
    name: "s11-only-prospect-section",
    why: "Excerpt of the 'will it improve' section only, era A: 'will probably improve' → null, probably.",
    pages: [
      "Will the service improve?\n4.30 The improvement plan is realistic but some of its targets lack\nmilestones. Members are committed and resources have been set aside. We\nconclude that the service will probably improve.\nOxley Common Borough Council - Council Tax Collection - January 2001    18\n",
    ],
    expect: { grade: null, prospect: "probably" },
  },
  {
    name: "s11-plain-era-a-fair-probably",
    why: "Plain era A summary stating both judgements in one sentence.",
    pages: [
      "SUMMARY\nThe Audit Commission inspected Heronsgate District Council's planning\nservice in April 2001. We judge the service to be a 'fair' one-star\nservice that will probably improve.\n",
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s11-plain-era-b-good-promising",
    why: "Plain era B summary.",
    pages: [
      "Summary\nDarnley Wells Borough Council provides a 'good', two-star ICT service that\nhas promising prospects for improvement.\nDarnley Wells Borough Council ICT Inspection, January 2004\t3\n",
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s11-plain-era-b-poor-uncertain",
    why: "Plain era B summary with 'poor' grade and 'uncertain' prospects.",
    pages: [
      "Summary\nOverall, the inspection team judges that Eastgate City Council is providing\na poor, no-star cemeteries and crematorium service, which has uncertain\nprospects for improvement.\n",
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s11-plain-era-a-excellent-will",
    why: "Plain era A summary: excellent, will improve.",
    pages: [
      "SUMMARY\nMarham Spa Borough Council's environmental health service is excellent and\nwill improve. It is a three-star service.\nMarham Spa Borough Council - Environmental Health - September 2001\n",
    ],
    expect: { grade: "excellent", prospect: "will" },
  },
  {
    name: "s11-plain-era-b-fair-excellent",
    why: "Era B summary with an unusual combination: fair service, excellent prospects.",
    pages: [
      "Summary\nWe have judged that the Renfold Council ICT service is a fair service with\nexcellent prospects for improvement.\nRenfold Council – ICT – August 2004\t2\n",
    ],
    expect: { grade: "fair", prospect: "excellent" },
  },
  {
    name: "s11-neg-not-yet-good-fair",
    why: "'Not yet a good service' must not yield good; the real verdict is fair; prospects promising.",
    pages: [
      "This is not yet a good service. Too many users wait too long for help,\nand the council does not know what the service costs. It is, however, a\nfair service, and we consider that it has promising prospects.\nStainforth Borough Council – IT Services – March 2003\t4\n",
    ],
    expect: { grade: "fair", prospect: "promising" },
  },
  {
    name: "s11-neg-not-poor-not-good-not-convinced",
    why: "Double negation around the grade ('not poor, but not good either'), verdict fair; 'not convinced the council will improve' in June 2001 → unlikely.",
    pages: [
      "The service is not poor – most users get what they need – but it is not\ngood either. On balance we judge it fair. We are not convinced that the\ncouncil will improve the service: the review was rushed and its plan has\nno milestones.\nTadcombe District Council · Information Technology · June 2001\n",
    ],
    expect: { grade: "fair", prospect: "unlikely" },
  },
  {
    name: "s11-neg-wrong-to-call-excellent-good",
    why: "'It would be wrong to call this an excellent service' is a negated grade; the verdict is good; 'we have no doubt that it will improve' (negated doubt, era A) → will.",
    pages: [
      "It would be wrong to call this an excellent service: it still lacks a\ncomplaints procedure and publishes no standards. It is, nevertheless, a\ngood service, and we have no doubt that it will improve.\nWesterdale Borough Council – Parks – July 2001\t6\n",
    ],
    expect: { grade: "good", prospect: "will" },
  },
  {
    name: "s11-neg-unlikely-to-be-good-soon",
    why: "Hedged statement about the future grade ('unlikely to become good soon') is not the prospect verdict; the actual verdicts are poor and promising.",
    pages: [
      "The service is unlikely to become good in the short term; the backlog of\nrepairs alone will take two years to clear. But the direction is right.\nOur overall judgement is that it is a poor service with promising\nprospects.\nKirkland Valley Borough Council | Housing Repairs | May 2004 | 5\n",
    ],
    expect: { grade: "poor", prospect: "promising" },
  },
  {
    name: "s11-ordinary-words-morale-relationships",
    why: "Ordinary words ('poor morale', 'excellent working relationships', 'a fair proportion') surround the true verdict (fair, will not improve, era A).",
    pages: [
      "Staff morale is poor following two years of uncertainty, although the\nhelp desk has excellent working relationships with the departments it\nsupports, and a fair proportion of faults are cleared on the same day.\nOverall we judge this to be a fair service which will not improve without\na fundamental change of direction.\nAmblecote Borough Council – ICT – December 2000\t10\n",
    ],
    expect: { grade: "fair", prospect: "will-not" },
  },
  {
    name: "s11-ordinary-words-good-practice-poor-prospects-word",
    why: "'Good practice', 'excellent website', 'poor response times' as ordinary words; verdict poor with promising prospects.",
    pages: [
      "There are pockets of good practice – the new website is excellent and\nwas designed with residents – but response times are poor and complaints\nare rising. We judge the service to be poor. Its prospects for\nimprovement are promising, because a new contract has just been let.\nFosseway District Council\tCustomer Services\tOctober 2003\t7\n",
    ],
    expect: { grade: "poor", prospect: "promising" },
  },
  {
    name: "s11-ambition-excellent-by-2005-actual-poor",
    why: "Council's ambition to be 'an excellent, three-star service by 2005' must not count; actual verdict poor, uncertain.",
    pages: [
      "The council aims to be an excellent, three-star service by 2005 and to be\nin the top quartile for every national indicator. At present it is a long\nway from that. In our view the service is poor, and its prospects for\nimprovement are uncertain.\nBroadstow City Council, ICT Services, June 2002\t5\n",
    ],
    expect: { grade: "poor", prospect: "uncertain" },
  },
  {
    name: "s11-ambition-target-good-actual-fair",
    why: "Target ('to be rated good within two years') beside the real verdict fair, probably (era A).",
    pages: [
      "The improvement plan's headline target is for the service to be rated\ngood within two years. We judge it to be fair now, and we think it will\nprobably improve, though not necessarily as fast as the plan assumes.\nLudcombe Borough Council - Libraries - August 2001\t3\n",
    ],
    expect: { grade: "fair", prospect: "probably" },
  },
  {
    name: "s11-pagebreak-inside-grade-sentence",
    why: "The verdict sentence is split by a page break with a running header and page number in the middle.",
    pages: [
      "Summary\nHaving weighed the evidence from users, staff and members, we judge the\nKelsall Bridge revenues service to be\nKelsall Bridge Borough Council – Revenues Inspection              3\n",
      "Best Value Inspection Service                         December 2001\na good service with promising prospects for improvement.\n",
    ],
    expect: { grade: "good", prospect: "promising" },
  },
  {
    name: "s11-pagebreak-hyphen-excellent",
    why: "Hyphenated grade word across a line end ('excel-\\nlent') and a page number inside the prospects sentence.",
    pages: [
      "Summary\nRavensworth's trading standards service is an excel-\nlent service. Its prospects for improvement are\n                                  - 2 -\npromising, because the team has already started on the\nnext round of changes.\nRavensworth Borough Council · Trading Standards · May 2002\n",
    ],
    expect: { grade: "excellent", prospect: "promising" },
  },
  {
    name: "s11-pagebreak-prospect-across-pages-era-a",
    why: "Prospect verdict split by a page break ('will not' | header | 'improve'); grade stated earlier on the first page.",
    pages: [
      "We judge the Hallow Fen IT service to be poor. Moreover, because the\ncouncil has not agreed a strategy, has no budget for replacement\nequipment and has lost four of its seven technical staff, we think it will not\nHallow Fen District Council                                           7\n",
      "Information Technology – Best Value Inspection – October 2000\nimprove.\nRecommendations\nThe council should agree an IT strategy as a matter of urgency.\n",
    ],
    expect: { grade: "poor", prospect: "will-not" },
  },
  {
    name: "s11-verdict-in-our-view-para-uncertain-with-grid-unmarked-text",
    why: "Inspectors' voice ('In our view') gives verdict; the surrounding text explains the scale by listing every grade and prospect.",
    pages: [
      "Scoring the service\nThe Commission scores services from poor (no stars) through fair (one\nstar) and good (two stars) to excellent (three stars), and judges\nprospects as poor, uncertain, promising or excellent.\nIn our view the council's parking service is good, with uncertain\nprospects for improvement.\nLanchester Moor Borough Council - Parking Services - February 2003      4\n",
    ],
    expect: { grade: "good", prospect: "uncertain" },
  },
  {
    name: "s11-earlier-service-judged-good-current-fair",
    why: "Another service's earlier grade ('benefits ... judged excellent') in an inspectors' report on ICT, whose own verdict is good with poor prospects.",
    pages: [
      "Other services\nThe benefits service, inspected last year, was judged excellent, and\nsome of its success depended on ICT support. The ICT service itself has\nnot kept pace. We judge it to be a good service, but one with poor\nprospects for improvement.\nMerriford Borough Council\tICT\tNovember 2003\t9\n",
    ],
    expect: { grade: "good", prospect: "poor" },
  },
  {
    name: "s11-commission-voice-will-not-era-b-words",
    why: "Era B vocabulary with the Commission's voice and a poor prospects verdict expressed as 'prospects are poor', grade in a table cell 'Good – 2 stars'.",
    pages: [
      "Our judgement\t\nService quality\tGood – 2 stars\nProspects for improvement\tPoor\nThe Commission's view is that the prospects are poor because none of the\nreview's key recommendations has been acted on in eighteen months.\nAshgrove Borough Council\tStreet Cleansing\tMarch 2005\n",
    ],
    expect: { grade: "good", prospect: "poor" },
  },
  {
    name: "s11-grid-era-b-good-excellent-tick-layout",
    why: "Layout-spaced era B grid with a tick in the good/excellent-prospects cell; prospects across the top, grades down the side.",
    pages: [
      "Scoring chart\n                                     Prospects for improvement\n                           Poor     Uncertain    Promising    Excellent\n  How good    Excellent\n  is the      Good                                              ✔\n  service?    Fair\n              Poor\nOrmesby Lea District Council – ICT – July 2004                        6\n",
    ],
    expect: { grade: "good", prospect: "excellent" },
  },
  {
    name: "s11-para-we-doubt-capacity-era-a",
    why: "'We doubt that the council has the capacity to deliver' in era A → unlikely; grade good (one sentence earlier, inspectors' voice).",
    pages: [
      "The inspection team found a good, two-star service that users value.\nHowever, the service relies on two key individuals, one of whom retires\nnext spring, and no succession plan exists. We doubt that the council has\nthe capacity to deliver its improvement plan.\nSedgebrook Borough Council · Building Control · July 2001\n",
    ],
    expect: { grade: "good", prospect: "unlikely" },
  },
  {
    name: "s11-para-little-chance-era-b-poor",
    why: "'No realistic chance of significant progress' in 2002 (no scale word) → ordinal 0, era B token poor; grade fair in a 'we judge' sentence further on.",
    pages: [
      "There is no realistic chance of significant progress while the dispute with the\nsoftware supplier continues and the post of IT manager remains vacant.\nWe judge the service to be fair, largely because of the goodwill of the\nremaining staff.\nHartcliffe District Council - Information Technology - December 2002\t11\n",
    ],
    expect: { grade: "fair", prospect: "poor" },
  },
];
