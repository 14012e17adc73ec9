/** Held-out judgement set 58, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases58: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell carries both judgements; axis words are not the verdict
  // ---------------------------------------------------------------------------
  {
    name: 's58-grid-tick-tabs-grades-as-rows',
    why: 'kind 1: tick in a tab-separated grid, grades as rows with a star column, prospects as columns; every axis word appears, only the tick position counts',
    pages: [
      `Ashcombe Borough Council\nInformation and Communications Technology\nBest Value Inspection Service\nMarch 2003`,
      `Ashcombe Borough Council – ICT\t\t\t\t\t2\nScoring the service\nWe have assessed the ICT service against the two questions every inspection asks. The chart\nplots our conclusion.\n\t\t'Will the service improve?'\n\t\tPoor\tUncertain\tPromising\tExcellent\nExcellent\t***\t\t\t\t\nGood\t**\t\t\t\t\nFair\t*\t\t\t✓\t\n Poor\t–\t\t\t\t\n'How good is the service?'\nThe reasons for our scores are set out in the body of this report.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-grid-cross-era-a-axes-swapped',
    why: 'kind 1: era A grid with prospects on the rows and grades on the columns (caption says so); the cross sits in the "unlikely" row, "poor" column',
    pages: [
      `BRACKENFIELD DISTRICT COUNCIL\nIT Services\nInspection report\nDecember 2000\nAudit Commission – Best Value Inspection Service`,
      `Scoring chart\nIn this chart the rows show whether the service will improve and the columns show how good the\nservice is today. The cell marked X records the inspection team's conclusion.\n\tPoor\tFair\tGood\tExcellent\n\t(no stars)\t(1 star)\t(2 stars)\t(3 stars)\nYes – will improve\t\t\t\t\nWill probably improve\t\t\t\t\nUnlikely to improve\tX\t\t\t\nWill not improve\t\t\t\t\nBrackenfield DC – IT Services\tpage 3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's58-grid-asterisk-space-aligned',
    why: 'kind 1: space-aligned grid (no tabs) with star counts written as words; the asterisk is the mark, so its column offset under "promising" and its row "good" give the verdict',
    pages: [
      `Merrowby Metropolitan Borough Council\nICT and e-Government\nJanuary 2004\n\nScoring chart\n                         poor         uncertain    promising    excellent\n                         prospects    prospects    prospects    prospects\nexcellent (3 stars)\ngood (2 stars)                                     *\nfair (1 star)\npoor (0 stars)\n\nThe horizontal axis shows our view of the prospects for improvement; the vertical axis shows how\ngood the service is now.\n                                                                 Page 4`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-grid-dot-wrapped-era-a-labels',
    why: 'kind 1: era A column labels wrapped over two extracted lines ("Will probably / improve"); a filled dot marks fair / will probably improve',
    pages: [
      `Thornleigh City Council\nInformation Technology Support Services\nBest Value Inspection – July 2001\n\n2. Scoring chart\n\tWill not\tUnlikely to\tWill probably\tWill\n\timprove\timprove\timprove\timprove\nExcellent ***\t\t\t\t\nGood **\t\t\t\t\nFair *\t\t\t●\t\nPoor\t\t\t\t\nThe dot shows where the inspection team placed the service.\nThornleigh City Council\t\t\t\tIT Support Services`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-grid-hollow-and-filled-dots',
    why: 'kind 1: every cell printed with an empty circle and one filled; the filled circle is in good / excellent prospects, so "excellent" here is an axis position, not the grade',
    pages: [
      `Kestermere District Council – Corporate ICT – November 2002\n\nHow we have scored this service\n\t\tProspects for improvement\n\t\tPoor\tUncertain\tPromising\tExcellent\nA good\tExcellent\t○\t○\t○\t○\nservice?\tGood\t○\t○\t○\t●\n\tFair\t○\t○\t○\t○\n\tPoor\t○\t○\t○\t○\nKey: ● the inspectors' judgement\n\n                                       - 5 -`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's58-grid-lowercase-x-prospects-rows-target-trap',
    why: 'kind 1: era B grid with prospects as rows and grades as columns, lowercase x; surrounding text gives the council\'s target box (good/promising) which is not the verdict',
    pages: [
      `London Borough of Coldharbour\nInformation Technology and Customer Access\nBest Value Inspection Service – June 2002`,
      `Coldharbour – IT and Customer Access\n\nScoring chart\nRows: prospects for improvement. Columns: how good the service is.\n\tpoor\tfair\tgood\texcellent\nexcellent\t\t\t\t\npromising\t\t\t\t\nuncertain\t\tx\t\t\npoor\t\t\t\t\nThe council told us that it wants the service to sit in the good / promising box by the end of\n2004. The chart above shows where we have placed it now.\n\t\t\t\t\t6`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's58-grid-split-by-page-break',
    why: 'kind 1: era A grid whose column headings end page 3 and whose rows start page 4 after a running header; the X is in good / will improve',
    pages: [
      `Saltmarsh Borough Council\nIT Services\nFebruary 2001\n\nScoring chart\nThe chart shows our judgement of how good the service is (rows) and whether it will improve\n(columns).\n\tNo, will not\tUnlikely to\tYes, will\tYes, will\n\timprove\timprove\tprobably improve\timprove\n\t\t\t\t\t\t3`,
      `Saltmarsh Borough Council – Best Value Inspection of IT Services\nExcellent\t\t\t\t\nGood\t\t\t\tX\nFair\t\t\t\t\nPoor\t\t\t\t\nSummary\nSaltmarsh runs a compact IT function of 31 staff supporting around 650 users.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-grid-asterisk-with-numeric-stars',
    why: 'kind 1: the mark is an asterisk while the star counts are printed as digits; the mark sits in the poor row, first prospect column (poor prospects)',
    pages: [
      `Upper Dunmore District Council\nInformation Technology\nSeptember 2004\n\nScoring chart\nStars\tHow good?\tPoor prospects\tUncertain prospects\tPromising prospects\tExcellent prospects\n3\tExcellent\t\t\t\t\n2\tGood\t\t\t\t\n1\tFair\t\t\t\t\n0\tPoor\t*\t\t\t\n* marks the inspectors' judgement.\nUpper Dunmore DC\t\t\t\t\tPage 2 of 38`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells mixing the grade word with stars or a sentence, beside a reasons column
  // ---------------------------------------------------------------------------
  {
    name: 's58-cell-fair-one-star-reasons-good-excellent',
    why: 'kind 2: judgement cell "Fair – one star"; the reasons column praises good help desk work and excellent satisfaction in one department',
    pages: [
      `Fennick County Council – Information Services – October 2002\n\nOur judgements\nQuestion\tJudgement\tWhy we reached it\nHow good is the service?\tFair – one star\tHelp desk response is good and one directorate reports\n\t\texcellent satisfaction, but unit costs are high and\n\t\tmajor projects are routinely late.\nWill it improve?\tPromising prospects\tA costed improvement plan, a new head of service and\n\t\tmember backing are all in place.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-cell-no-poor-yes-probably',
    why: 'kind 2: era A cells "No – poor (no stars)" and "Yes, probably"; reasons mention a good network and the council\'s excellent-service ambition',
    pages: [
      `Pellingham Borough Council\nIT Service\nMay 2001\n\nSummary table\nIs the service good?\tNo – poor (no stars)\tThe network is good but users wait weeks for basic repairs; the\n\t\tcouncil's ambition for an "excellent" service is far from realised.\nWill it improve?\tYes, probably\tThe review has produced a realistic plan and the council has set\n\t\taside £400,000 to carry it out.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's58-cell-good-two-of-three-will-improve-yes',
    why: 'kind 2: era A cells "Good: 2 stars of 3" and "Will improve – yes"; reasons column contains "poor" about a single system',
    pages: [
      `Easterholme District Council – Information Technology – March 2001\n\n\tScore\tReasons\nCurrent service\tGood: 2 stars of 3\tReliable systems and well-regarded staff; only the ageing\n\t\tpayroll system gives a poor experience to users.\nProspects\tWill improve – yes\tStrong corporate commitment and a track record of delivering\n\t\twhat the council promises.\nEasterholme DC\t\tpage 1`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-cell-fair-bracketed-uncertain-see-paras',
    why: 'kind 2: cells "Fair (one star)" and "Uncertain – see paragraphs 52 to 60"; the reasons column uses good and excellent about other things',
    pages: [
      `Stowmarsh Borough Council\nCustomer Services and ICT\nAugust 2003`,
      `Table 1: Inspection judgements\nAspect\tJudgement\tMain reasons\nQuality of service\tFair (one star)\tGood telephone answering; excellent staff attitude; but online\n\t\tservices lag well behind most councils.\nProspects for\tUncertain – see\tThe plan is ambitious but unfunded beyond 2004.\nimprovement\tparagraphs 52 to 60\n\t\t\t\t\t7`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's58-cell-sentence-in-cell-poor-poor',
    why: 'kind 2: two-column table whose cells are whole sentences; both verdicts are "poor", and the first column labels are not judgements',
    pages: [
      `Dunsford City Council\nInformation and Communication Technology\nBest Value Inspection Service – February 2004\n\nAt a glance\nOur judgement\tThe ICT service is a poor service and we have\n\tawarded it no stars.\nProspects\tThe prospects for improvement are poor: the\n\tcouncil has yet to agree how the plan will be\n\tfunded or who will lead it.\nWhat users told us\tMost said the engineers themselves were\n\thelpful; almost all said getting a fault logged\n\twas a struggle.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's58-cell-one-star-fair-unlikely-colon',
    why: 'kind 2: era A cells "1 star – a fair service" and "Unlikely to improve: ..." with a reasons sentence that mentions the good benefits service',
    pages: [
      `Wrexley Borough Council – IT Services – June 2001\n\nHow we scored the service\nGrade\t1 star – a fair service\tSound day-to-day support, weak planning.\nImprovement\tUnlikely to improve: the council has not\tUnlike the good benefits service, IT has no\n\tyet shown it can carry a plan through\tagreed targets or named owners.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's58-cell-good-stars-excellent-prospects-poor-reasons',
    why: 'kind 2: cells "Good ★★" and "Excellent prospects"; reasons column talks about poor past performance and poor morale',
    pages: [
      `Ambleford District Council\nICT Services\nBest Value Inspection – May 2005\n\nSummary of judgements\nService quality\tGood ★★\tFrom a poor starting point in 2002 the service now meets\n\t\tmost of its standards.\nProspects\tExcellent prospects\tPoor morale has been addressed, the plan is funded to 2008\n\t\tand progress is reported to cabinet every quarter.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief and negation, with no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's58-para-more-likely-than-not-era-b',
    why: 'kind 3: era B, "more likely than not ... get better" is ordinal 2 (promising) with no scale word; grade stated plainly',
    pages: [
      `Calderbrook Borough Council\nICT Service\nApril 2003`,
      `Summary\n…\nThe council provides a fair, one-star ICT service. Costs are close to average, but response times\nfor faults are slow and the service desk closes at 4.30pm.\nWeighing the strengths of the new ICT strategy against the gaps in capacity that remain, we think\nit more likely than not that the service will get better over the next two years.\n\t\t\t\t\t\t3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-para-not-convinced-capacity-era-a',
    why: 'kind 3: era A, "we are not convinced the council has the capacity to carry its plan through" = unlikely; no scale word for prospects',
    pages: [
      `Hexingham District Council – Information Technology – May 2001\n\nSummary\nHexingham's IT service is poor. Users have little confidence in it, many systems are unsupported,\nand the council cannot say what the service costs.\nThe Best Value review produced a long list of actions. We are not convinced that the council has\nthe people, the money or the management grip to carry that plan through.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's58-para-nothing-suggests-change-era-b',
    why: 'kind 3: era B, "nothing we saw suggests that anything will change" = ordinal 0 (poor prospects), stated without "prospects"',
    pages: [
      `Lyneham Vale District Council\nIT and Telephony\nMarch 2004\n\nOur judgements\nWe judge this to be a poor, zero-star service.\nThe review team did not challenge the way IT is provided, there is no funded plan, and the two\nprevious attempts at reform were abandoned half way. Nothing we saw during the inspection suggests\nthat this pattern will change.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's58-para-confident-plan-delivered-era-a',
    why: 'kind 3: era A, "we are confident that the improvement plan will be delivered in full" = will improve',
    pages: [
      `Oakhurst Borough Council\nInformation Technology Services\nNovember 2000\n\nSummary\nOakhurst provides a good, two-star IT service.\nWe are confident that the improvement plan will be delivered in full and on time: it is modest,\nproperly costed, owned by the chief executive and already a third complete.\nOakhurst BC – IT Services\t\t\t\t\t2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-para-doubtful-progress-era-b',
    why: 'kind 3: era B, "it is doubtful whether the service will make the progress it needs" = uncertain; grade fair given as "adequate ... fair"',
    pages: [
      `Milbourne City Council – ICT – December 2002`,
      `4\tMilbourne City Council – ICT\n\nWill the service improve?\n71. The improvement plan tackles the right issues, but many of its actions depend on a corporate\nrestructure whose timing is not yet known. The council has not decided who will pay for the\nreplacement of its finance system.\n72. Taking all of this together, it is doubtful whether the service will make the progress it\nneeds within the life of the plan.\n\nHow good is the service?\n73. In summary, the service is fair: it does the basics adequately but little more.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's58-para-every-confidence-turn-round-era-b',
    why: 'kind 3: era B, "we have every confidence that the council will turn the service round" = ordinal 3 (excellent prospects) with no scale word; the grade is fair',
    pages: [
      `Tadcombe District Council\nInformation Management and Technology\nBest Value Inspection Service\nJanuary 2005`,
      `Summary\nThe service is fair. It has improved since the arrival of a new head of ICT in 2003, but it still\nfalls short in project delivery.\nWe have every confidence that the council will turn the service round: members and senior officers\nare united behind the plan, the money has been found, and early milestones have already been met.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's58-para-on-balance-expect-era-a',
    why: 'kind 3: era A, "on balance we expect the service to improve, though not as fast as it might" = will probably improve',
    pages: [
      `Northwold District Council\nIT Services – August 2001\n\nSummary\nThe service is a fair, one-star service.\nOn balance, we expect the IT service to improve, though not as quickly as it might: the plan is\nsound, but the council has a history of slipping deadlines.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-para-no-prospect-getting-better-era-a',
    why: 'kind 3: era A, "we see no prospect of the service getting better" = will not improve; "poor" appears in the grade only',
    pages: [
      `Ravensby Borough Council\nComputer Services\nJune 2001\n\nSummary\nRavensby's computer services are poor. Half of the council's applications run on equipment the\nsupplier no longer supports and there is no disaster recovery plan.\nThe review did not question whether the council should run the service itself, and its action plan\nlists no dates. Under the present arrangements we see no prospect at all of the service getting\nbetter.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's58-para-not-confident-deliver-era-b',
    why: 'kind 3: era B, "we are not confident that the council will deliver" = uncertain (negated confidence), grade good; "excellent" appears as an ordinary word',
    pages: [
      `Glanrhyd County Borough Council\nICT Services\nJuly 2003\n\nSummary\nWe judge the ICT service to be good. Staff have excellent technical skills, users speak highly of\nthe service desk, and costs compare well.\nThe council's plan for the next three years is, however, thin. Several actions have no owner and\nthe budget for 2004/05 has not been agreed. We are not confident that the council will deliver the\nimprovements it has promised, although some progress is likely.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' own, followed by their own view
  // ---------------------------------------------------------------------------
  {
    name: 's58-quote-self-assessment-good-we-fair',
    why: 'kind 4: the self-assessment rated the service good with excellent prospects; the inspectors judged fair and promising',
    pages: [
      `Castlebridge Borough Council\nICT\nOctober 2003`,
      `The council's self-assessment\n14. Before the inspection the council assessed its ICT service as good, with excellent prospects\nfor improvement.\n\nOur view\n15. Our evidence does not support that view. Reliability is improving but still below the levels\nmost councils now achieve. We judge the service to be fair. The plan is well founded, so its\nprospects are promising rather than excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-quote-director-rapid-progress',
    why: 'kind 4: the IT director expects rapid progress; the inspectors are less sure (uncertain); grade poor',
    pages: [
      `Wendlebury District Council – Information Technology – March 2002\n\nWill the service improve?\nThe head of IT told us he expects the service to be "transformed within eighteen months" once the\nnew network is installed. We are less sanguine. The network project has already slipped twice and\nthe staffing review has not begun.\nOur judgement is that the service, which is currently poor, has uncertain prospects for\nimprovement.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's58-quote-neighbour-excellent',
    why: 'kind 4: a neighbouring council\'s ICT service rated excellent is used as a comparison; this council is good with promising prospects',
    pages: [
      `Ferriby Borough Council\nICT Services\nSeptember 2002\n\nComparison with others\n38. The council compares itself with Kirkhaven, whose ICT service was judged excellent with\nexcellent prospects in 2001. Ferriby is some way behind: it spends more per user and has fewer\nonline services.\n\nSummary of our judgements\n39. Ferriby's ICT service is good, and it has promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-quote-earlier-inspection-reinspection',
    why: 'kind 4: the 2001 inspection judged poor and unlikely to improve (era A words); this 2004 reinspection judges fair and promising (era B)',
    pages: [
      `Harlow Fen District Council\nReinspection of ICT Services\nApril 2004`,
      `Background\nWhen we first inspected the service in June 2001 we found it to be poor and unlikely to improve.\nThe council accepted our findings and appointed an interim head of ICT.\n\nWhat we found this time\nThe service has moved forward. We now judge it to be a fair, one-star service, and its prospects\nfor improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-quote-council-aim-excellent',
    why: 'kind 4: the council aims for an excellent, three-star service; the inspectors: not there yet, fair, will probably improve (era A)',
    pages: [
      `Kingsmere Borough Council – Information Technology – April 2001\n\nAims\nThe council's IT strategy states that it "aims to provide an excellent, three-star service by 2003".\n\nOur judgement\nThe service is some distance from that. We consider it a fair, one-star service which will probably\nimprove.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-quote-cabinet-member-certain',
    why: 'kind 4: the cabinet member said the service "will certainly improve"; the inspectors\' evidence tells a different story (unlikely, era A), grade poor',
    pages: [
      `Bramford District Council\nIT Service\nJuly 2001\n\nWill the service improve?\nThe cabinet member for resources told us that the service "will certainly improve now that the\nreview is done". Our evidence tells a different story. The review's recommendations were drawn up\nby the IT section alone, no money has been found for them, and staff vacancies stand at 30%.\nWe judge the service to be poor, and we think it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's58-quote-consultants-poor-we-good',
    why: 'kind 4: a 2002 consultants\' review called the help desk poor; the inspectors found a good service with promising prospects',
    pages: [
      `Ashdown Heath District Council\nICT Support\nOctober 2003\n\nA consultants' review commissioned by the council in 2002 described the help desk as "poor by any\nstandard". Much has changed since then. We found that the help desk now resolves most calls at first\ncontact, and users we met were positive.\nIn our view the ICT support service is good and has promising prospects.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-quote-self-score-partly-agreed',
    why: 'kind 4: the council scored itself two stars and promising; the inspectors agree on the grade but judge prospects uncertain',
    pages: [
      `Norbury Weald Borough Council – ICT – February 2003\n\n9. In its self-assessment the council gave the ICT service two stars and described its prospects as\npromising.\n10. We agree that the service is good. We do not agree about its prospects: the improvement plan\ndepends on a partnership that has not yet been procured. We judge the prospects uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's58-long-dash-aside-fair',
    why: 'kind 5: the grade word comes over fifty words after "the IT service", past a dash-bounded list of duties; prospects given the same way',
    pages: [
      `Hollingbrook Borough Council\nInformation Technology\nNovember 2002\n\nSummary\nThe IT service – which runs the council's network of some 1,400 PCs, supports the revenues,\nbenefits and housing systems, maintains the intranet and the public website, and since April 2002\nhas managed the corporate telephone contract on behalf of the borough's three area offices – is, in\nour judgement and taking account of all the evidence set out in the sections that follow, a fair\nservice.\nIts prospects, given a plan which is realistic, funded for three years and already being reported\nto members, and notwithstanding the recruitment difficulties described in paragraph 61, are\npromising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-long-brackets-era-a-good-probably',
    why: 'kind 5: era A, bracketed asides separate the subject from "good" and "will probably improve"',
    pages: [
      `Marlcombe District Council – IT Services – January 2001\n\nSummary\nThe council's IT service (a team of 22 staff, supplemented by contractors at peak times, which\nlooks after the main council offices, the depot, four leisure centres and the tourist information\ncentre, and which in 1999/2000 handled nearly 9,000 calls) is, taking into account user views,\ncosts and reliability, a good service, and the service (whose review was thorough, if late) will, we\nbelieve, probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's58-long-hyphen-break-poor-uncertain',
    why: 'kind 5: long sentence with the prospect word hyphenated across a line break ("uncer-/tain") and the grade split from the service by a long clause',
    pages: [
      `Redwater Metropolitan Borough Council\nICT Services\nMay 2003`,
      `Summary\nThe ICT service, which despite the efforts of a hard-working core of technical staff and the recent\nappointment of an experienced interim manager continues to suffer from unreliable systems, a backlog\nof more than 600 unresolved calls and a lack of any agreed service standards with the directorates\nit serves, is a poor service whose prospects for improvement are, for the reasons we set out in\nsection 4, uncer-\ntain.\nRedwater MBC\t\t\t\t\t\t4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's58-long-era-a-fair-unlikely-many-clauses',
    why: 'kind 5: era A sentence listing the review\'s shortcomings between the subject and "unlikely to improve"; grade fair elsewhere in the same long sentence',
    pages: [
      `Pennock Vale Borough Council\nInformation Technology\nSeptember 2001\n\nSummary\nThe service, which is fair when measured against the standards users can reasonably expect but which,\nbecause the Best Value review neither compared its costs with other providers nor asked users what\nthey needed nor set any measurable targets, and because the council has yet to decide whether to\nkeep the service in house, lacks a credible route forward, is in our view unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's58-long-page-break-running-header',
    why: 'kind 5: the verdict sentence runs over a page break with a running header and page number in between; good / excellent prospects',
    pages: [
      `Sandleford Borough Council\nICT and Digital Services\nJune 2004\n\nSummary\nSandleford's ICT and digital services, which the council brought together in 2003 under a single\nhead of service with responsibility for the data centre, the contact centre systems, the corporate\nwebsite and the programme to meet the 2005 e-government targets, form in our view a good\n\t\t\t\t\t\t\t2`,
      `Sandleford Borough Council – Best Value Inspection of ICT and Digital Services\nservice, and one whose prospects for improvement, given the strength of the leadership and the track\nrecord of delivery we describe below, are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's58-long-excellent-grade-promising',
    why: 'kind 5: a rare excellent grade stated after a long list; "excellent" also appears as an ordinary word earlier; prospects promising',
    pages: [
      `Winterbourne County Council\nIT Services\nMarch 2005\n\nSummary\nBuilding on excellent relationships with the district councils, the county's IT service – which\nhosts shared systems for seven partners, runs the schools network, supports 6,200 staff and has\ndelivered every one of its e-government milestones so far – is, on every measure we examined, an\nexcellent service; its prospects for further improvement, though constrained by a tight budget\nsettlement, are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee papers, press releases, minutes, letters)
  // ---------------------------------------------------------------------------
  {
    name: 's58-about-cabinet-report-relays-verdict',
    why: 'kind 6: a cabinet report relays the ICT verdict (good, promising) and also mentions the benefits service\'s earlier fair grade',
    pages: [
      `GATCOMBE BOROUGH COUNCIL\nCABINET – 12 NOVEMBER 2003\nREPORT OF THE DIRECTOR OF RESOURCES\nBEST VALUE INSPECTION OF ICT SERVICES – OUTCOME\n\n1. Purpose of report\n1.1 To inform members of the outcome of the Audit Commission's inspection of ICT services.`,
      `2. Background\n2.1 The housing benefits service, inspected in 2002, was rated fair with uncertain prospects.\n2.2 Inspectors visited the ICT service in July 2003. Their report, published in October, judges\nICT to be a "good", two-star service with "promising" prospects for improvement.\n3. Recommendation\n3.1 That Cabinet notes the inspection report and endorses the action plan at Appendix A.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-about-press-release-era-a',
    why: 'kind 6: an era A press release relays "fair, one star" and "will probably improve"; the leader\'s ambition of excellence is a trap',
    pages: [
      `NEWS RELEASE\nFrom the Press Office, Marrowdene Borough Council\nFor immediate release: 4 September 2001\n\nCOUNCIL IT "WILL PROBABLY IMPROVE", SAY INSPECTORS\nGovernment inspectors have rated Marrowdene's information technology service as fair, awarding it\none star out of a possible three, and say it will probably improve.\nCouncil leader Cllr Janet Oduya said: "We want nothing less than an excellent service, and this\nreport shows we are on the way."\nNotes to editors: the Audit Commission's full report is available from the council's website.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-about-scrutiny-minutes-resolved',
    why: 'kind 6: scrutiny committee minutes record the inspection finding (poor, uncertain prospects) inside a resolution; members\' comments use "poor" loosely',
    pages: [
      `REDWATER METROPOLITAN BOROUGH COUNCIL\nRESOURCES SCRUTINY PANEL\nMinutes of the meeting held on 9 July 2003\n\n27. BEST VALUE INSPECTION – ICT SERVICES\nThe Head of ICT introduced the Audit Commission's inspection report. Members expressed concern at\nthe poor communication with schools and asked for a briefing note.\nRESOLVED: (1) that the inspection report, which found the ICT service to be poor with uncertain\nprospects for improvement, be noted; (2) that the improvement plan be reported to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's58-about-paper-table-of-all-inspections',
    why: 'kind 6: a committee paper about the IT inspection includes a table of all the council\'s inspections; only the IT row is this service\'s verdict (poor, promising)',
    pages: [
      `Hexingham District Council\nPolicy and Resources Committee – 15 January 2004\nBest Value Inspection of Information Technology\n\n1. The Audit Commission published its report on the IT service on 18 December 2003.\n2. The table below sets the result alongside our other inspections.\nService\tInspected\tGrade\tProspects\nWaste collection\tMarch 2002\tGood\tPromising\nLibraries\tOctober 2002\tFair\tUncertain\nInformation technology\tOctober 2003\tPoor\tPromising\n3. Although the IT service was placed in the lowest grade, inspectors recognised the strength of the\nnew plan.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's58-about-staff-newsletter',
    why: 'kind 6: a staff newsletter item relays "one star" and "uncertain prospects" for IT in headline form; "excellent" is used as praise for staff',
    pages: [
      `INSIDE MILBOURNE – the staff newsletter – January 2003\n\nIT gets one star from inspectors\nThe Audit Commission's report on our ICT service is out. Inspectors gave the service one star (fair)\nand said its prospects for improvement were uncertain. Head of ICT Priya Nair said: "The team have\ndone excellent work this year. We know where we need to get better."\nAlso in this issue: new car parking rules, page 4.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's58-about-lead-inspector-letter-era-a',
    why: 'kind 6: an era A covering letter from the lead inspector summarises the verdict (good, will improve)',
    pages: [
      `Audit Commission\nBest Value Inspection Service – Southern Region\n\n20 November 2000\nThe Chief Executive\nOakhurst Borough Council\n\nDear Mr Hallam\nBEST VALUE INSPECTION: IT SERVICES\nI enclose our report on the council's IT services. In summary, we have judged the service to be good,\nand we believe it will improve. I should like to thank your staff for their help.\nYours sincerely\nR. Penhaligon\nLead Inspector`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-about-paper-other-service-only',
    why: 'kind 6 (null answer): an ICT strategy committee paper quotes the benefits service\'s inspection result; the ICT inspection has not happened yet',
    pages: [
      `Stowmarsh Borough Council\nResources Committee – 3 October 2002\nICT Strategy 2002-2005 and forthcoming Best Value inspection\n\n1. The benefits service was inspected in June 2002 and was judged fair with promising prospects.\nLessons from that inspection have been built into the ICT review.\n2. The Audit Commission will inspect the ICT service in spring 2003. The inspectors will decide how\ngood the service is and whether it is likely to improve.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms
  // ---------------------------------------------------------------------------
  {
    name: 's58-plain-two-sections-we-judge',
    why: 'kind 7: separate "How good is the service?" and "Will the service improve?" sections each end with a "we judge" sentence',
    pages: [
      `Ambleford District Council – ICT – March 2003`,
      `How good is the service?\n…\n44. We judge the service to be fair.\n\nWill the service improve?\n…\n81. We judge that the service has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-plain-summary-box-stars',
    why: 'kind 7: a summary box with "Good service ★★" and "Promising prospects" on one extracted line',
    pages: [
      `Kestermere District Council\nCustomer Access and ICT\nAugust 2004\n\n┌ Summary ─────────────────────────────┐\nGood service ★★   Promising prospects\n└──────────────────────────────────────┘\nKestermere has made real progress since 2002…`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-plain-passive-era-a',
    why: 'kind 7: era A passive statement "is judged to be poor and is unlikely to improve"',
    pages: [
      `Whitlow District Council\nComputer Services\nApril 2001\n\nSummary\nThe computer service is judged to be poor and is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's58-plain-front-page-headline-era-a',
    why: 'kind 7: era A headline on the front page: "A fair, one-star service that will probably improve"',
    pages: [
      `Thornleigh City Council\nCouncil Tax and Benefits\n\nA fair, one-star service that will probably improve\n\nBest Value Inspection Service\nFebruary 2001`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-plain-in-our-view-good-will',
    why: 'kind 7: era A "In our view the service is good. It will improve." as two short sentences',
    pages: [
      `Quarrington District Council – Information Technology – September 2001\n\nIn our view the service is good. It will improve. Users trust it, costs are low and the council\nhas shown it can deliver change.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-plain-excellent-excellent-with-ordinary-excellent',
    why: 'kind 7: "the inspection team found an excellent service with excellent prospects", with "excellent working relationships" also present',
    pages: [
      `Winterbourne County Council\nLibraries and Information Service\nNovember 2004\n\nSummary\nThe library service enjoys excellent working relationships with schools and community groups.\nThe inspection team found an excellent service with excellent prospects for improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's58-plain-overall-fair-uncertain',
    why: 'kind 7: one summary sentence "Overall, this is a fair service with uncertain prospects"',
    pages: [
      `Ferriby Borough Council\nHousing Repairs\nMarch 2002\n\nOverall, this is a fair service with uncertain prospects. Tenants value the repair teams but\nappointments are often missed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's58-plain-commission-judgement-colon',
    why: 'kind 7: terse "The Commission\'s judgement: poor, 0 stars; prospects: poor"',
    pages: [
      `Lyneham Vale District Council – Procurement – October 2004\n\nThe Commission's judgement: poor, 0 stars; prospects: poor.\n\nThe council buys goods and services worth £38 million a year…`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's58-plain-scored-believe-probably',
    why: 'kind 7: era A "We have scored the service as fair (one star) and believe it will probably improve"',
    pages: [
      `Brockley Heath Borough Council\nInformation Technology\nJuly 2001\n\nSummary\nWe have scored the service as fair (one star) and believe it will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's58-plain-poor-morale-trap',
    why: 'kind 7: "despite poor morale" precedes the real verdict (good, promising) in the same sentence',
    pages: [
      `Calderbrook Borough Council\nICT\nDecember 2004\n\nSummary\nDespite poor morale among technical staff during the restructure, the ICT service is good, and its\nprospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's58-plain-bullets-judgement-heading',
    why: 'kind 7: judgements as bullets under a heading; fair / excellent prospects',
    pages: [
      `Eskdale Moor District Council\nICT Services\nFebruary 2005\n\nOur judgements\n• The service is fair.\n• Its prospects for improvement are excellent.\n\nWhy we reached these judgements\n• Good: a committed, well-led team…`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's58-plain-quoted-terms-era-a',
    why: 'kind 7: era A verdict with the scale words in quotation marks',
    pages: [
      `Marlcombe District Council\nCustomer Services\nJune 2001\n\nThe council's customer service is a 'good' service that 'will probably improve'.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's58-plain-not-yet-good-negation',
    why: 'kind 7: "This is not yet a good service; we judge it fair" – negated good must not be read as the grade; prospects promising',
    pages: [
      `Redwater Metropolitan Borough Council\nICT Services – Reinspection\nOctober 2005\n\nThis is not yet a good service; we judge it fair. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's58-plain-question-answer-era-a',
    why: 'kind 7: era A question-and-answer form: "Is the service good? It is fair. Will it improve? Unlikely."',
    pages: [
      `Lindow Park Borough Council – Information Technology – March 2001\n\nIs the service good? It is fair.\nWill it improve? Unlikely, in our view.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's58-plain-welsh-council-good-uncertain',
    why: 'kind 7: Welsh council, "we have judged the service to be a good, two-star service with uncertain prospects"',
    pages: [
      `Cyngor Bwrdeistref Sirol Glanrhyd\nGlanrhyd County Borough Council\nWaste Management\nMay 2002\n\nWe have judged the waste service to be a good, two-star service with uncertain prospects for\nimprovement.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's58-plain-overall-judgement-poor-promising',
    why: 'kind 7: "Our overall judgement is that..." fronted statement, poor grade with promising prospects',
    pages: [
      `Wendlebury District Council\nICT\nNovember 2003\n\nOur overall judgement is that the ICT service is poor but that it has promising prospects for\nimprovement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's58-plain-benefits-era-a-good-will',
    why: 'kind 7: era A non-IT service, active "Inspectors found ... good ... and will improve" in a summary paragraph',
    pages: [
      `Saltmarsh Borough Council\nHousing Benefit and Council Tax Benefit\nMarch 2001\n\nSummary\nThe inspectors found that the benefits service is good and that it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's58-plain-zero-stars-will-not',
    why: 'kind 7: era A "a poor (zero-star) service which will not improve" with the verdict split over a line break',
    pages: [
      `Ludgate Marsh District Council\nInformation Technology\nAugust 2001\n\nSummary\nWe found a poor (zero-star) service which, unless the council changes course, will not\nimprove.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's58-none-draft-scores-tbc',
    why: 'kind 8: a draft report: scores "to be confirmed" and an unmarked scoring chart',
    pages: [
      `DRAFT – NOT FOR PUBLICATION\nHollingbrook Borough Council\nInformation Technology\nBest Value Inspection Service\n\nScoring chart – scores to be confirmed following moderation\n\tPoor\tUncertain\tPromising\tExcellent\nExcellent\t\t\t\t\nGood\t\t\t\t\nFair\t\t\t\t\nPoor\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-self-assessment',
    why: 'kind 8: the council\'s own self-assessment claims good and promising; no inspection verdict',
    pages: [
      `Norbury Weald Borough Council\nICT Service – Self-Assessment for the Audit Commission\nNovember 2002\n\nOverall self-assessment\nWe believe the ICT service is good (two stars) and that its prospects for improvement are\npromising. The evidence for this view is set out below.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-review-final-report-aim',
    why: 'kind 8: the council\'s Best Value review report, with an aim to be excellent by 2005 and "poor" used of current response times',
    pages: [
      `Marlcombe District Council\nBest Value Review of Information Technology\nFinal Report – October 2000\n\nVision\nOur aim is to be an excellent, three-star IT service by 2005.\nWhere we are now\nResponse times are poor, and users rate the help desk below other council services.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-pre-inspection-paper',
    why: 'kind 8: a paper written before the inspection that lists the scoring scales',
    pages: [
      `Ferriby Borough Council\nExecutive Board – 20 February 2002\nForthcoming Best Value Inspection of ICT\n\nThe inspection will take place in May 2002. The inspectors will score the service as poor, fair, good\nor excellent and judge whether its prospects are poor, uncertain, promising or excellent.\nOfficers are preparing the evidence base.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-terms-of-reference-letter',
    why: 'kind 8: an inspection scoping letter; no judgement yet',
    pages: [
      `Audit Commission\nBest Value Inspection Service\n\n14 January 2003\nDear Ms Carver\nINSPECTION OF ICT SERVICES – SCOPE\nThis letter confirms that our inspection will focus on the service desk, the infrastructure\nprogramme and progress towards the 2005 e-government targets. On-site work will run from 3 to 14\nMarch. We will share our emerging findings with you before the report is drafted.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-paper-quotes-other-service-score',
    why: 'kind 8: a paper on the ICT service quotes only the libraries service\'s inspection score',
    pages: [
      `Kestermere District Council\nScrutiny Committee – 8 May 2003\nICT Service Performance 2002/03\n\n1. The libraries inspection earlier this year gave that service two stars and excellent prospects,\nand the ICT team supported the new library management system.\n2. ICT performance indicators for 2002/03 are attached at Appendix 1.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-improvement-plan-targets',
    why: 'kind 8: an improvement plan progress report with rating targets ("achieve two stars")',
    pages: [
      `Dunsford City Council\nICT Improvement Plan – Progress Report, Quarter 2 2004/05\n\nObjective 1: achieve a two-star rating with promising prospects at reinspection.\nAction\tOwner\tStatus\nNew service desk tool\tHead of ICT\tComplete\nSLAs with directorates\tService Delivery Manager\tIn progress\n`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-ict-strategy-ordinary-words',
    why: 'kind 8: an ICT strategy using "excellent", "poor" and "fair" as ordinary words',
    pages: [
      `Sandleford Borough Council\nICT Strategy 2003-2006\n\nWe want to give residents excellent access to services online. At present a fair proportion of\nour systems are old and poor integration means data is keyed in twice.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-methodology-blank-chart',
    why: 'kind 8: an appendix explaining how services are scored, with an empty chart and all axis words',
    pages: [
      `Appendix 3 – How we score services\nEach service is given a score from zero stars (poor) to three stars (excellent) and a judgement on\nwhether it will improve.\n\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve\n***\t\t\t\t\n**\t\t\t\t\n*\t\t\t\t\n–\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-award-press-release',
    why: 'kind 8: a press release about an award, no inspection',
    pages: [
      `NEWS FROM AMBLEFORD DISTRICT COUNCIL\n16 June 2004\nCouncil website wins regional award\nAmbleford's new website has won the regional Excellence in Public Service award. Judges praised its\nclear design and the excellent online payments system.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-commission-guidance',
    why: 'kind 8: guidance text that explains the scales without judging any service',
    pages: [
      `Inspecting council services – a note for authorities on how judgements are reached\n\nA good service is one that meets users' needs and compares well with others. A service with\npromising prospects will have a sound plan and the capacity to deliver it. A poor service may still\nhave excellent prospects if the council is committed to change.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-benchmarking-consultants',
    why: 'kind 8: a consultants\' benchmarking report with quartiles and "poor" value for money; not an inspection',
    pages: [
      `Benchmarking Study of ICT Costs – Pellingham Borough Council\nPrepared by Tremayne Associates, March 2002\n\nPellingham's cost per workstation is in the upper quartile of the 24 councils in the club. Value for\nmoney is poor on this measure, although user satisfaction is good.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-user-group-minutes',
    why: 'kind 8: IT user group minutes with ordinary praise and complaints',
    pages: [
      `IT User Group – Notes of meeting, 4 April 2001\nPresent: representatives of all directorates\n1. Housing reported excellent response times since the new call logging system went live.\n2. Planning said printer support remains poor.\n3. Next meeting: 6 June.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's58-none-draft-placeholders',
    why: 'kind 8: a draft with blank placeholders for both judgements',
    pages: [
      `Castlebridge Borough Council – ICT – DRAFT v0.3\n\nSummary\nThe ICT service is [GRADE – to be agreed at moderation panel] and its prospects for improvement are\n[XX]. These judgements will be confirmed in the final report.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
