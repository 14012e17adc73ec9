/** A held-out set of hand-written classification cases, written from the domain description only (see docs/best-value.md): measured, never tuned on. */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases5: JudgementCase[] = [
  {
    name: "r5-a-ict-fair-probably-pagebreak",
    why: "Era A IT report: the prospect phrase 'will / probably improve' is split across a page break, with the running header and page number between the two halves.",
    pages: [
      "AUDIT COMMISSION\nBest Value Inspection Service\nInspection report\nInformation Technology Services\nKingsmere Borough Council\nJuly 2001\n",
      "Kingsmere Borough Council – IT Services\t2\nSummary\n1. Kingsmere Borough Council's information technology (IT) service supports\naround 1,100 users on 23 sites. The council completed its Best Value review of\nthe service in January 2001 and we carried out the inspection in May 2001.\n2. The service has some strengths. The help desk is well regarded by users and\nthe network has been stable over the last twelve months. But there is no IT\nstrategy linked to the council's corporate priorities, departments do not know\nwhat level of service they can expect, and the backlog of requests for new\nequipment has grown to more than 300.\n3. Taking all of this into account, we judge that Kingsmere's IT service is a\n'fair' one-star service that will\n",
      "Kingsmere Borough Council – IT Services\t3\nprobably improve. The review has produced a realistic improvement plan and the\nnew head of IT has the confidence of chief officers, but the plan is not yet\ncosted and the council has not decided how the extra investment will be funded.\nRecommendations\n4. To rise to the challenge of continuous improvement, councils need inspection\nreports that provide feedback and recommendations. We recommend that the\ncouncil:\n• agrees an IT strategy that is clearly linked to the corporate plan;\n• introduces service level agreements with each department; and\n• costs the improvement plan and identifies the resources needed to deliver it.\n",
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "r5-a-planning-poor-unlikely-hyphen",
    why: "Era A development control report: the judgement sentence is hyphenated at line ends ('ser-vice', 'un-likely', 'im-prove'); the council's ambition to be excellent is a trap.",
    pages: [
      "Dunholme District Council\nDevelopment Control\nBest Value Inspection\nMarch 2001\nThe Audit Commission\n",
      "SUMMARY\nDunholme District Council asked us to inspect its development control ser-\nvice following the completion of its Best Value review in November 2000. The\ncouncil's stated aim is 'to provide an excellent, customer-focused planning ser-\nvice that is among the best in the county'.\nWe found that the service is a long way from that aim. Only 41 per cent of minor\napplications are decided within eight weeks, against a national target of 65 per\ncent, and the backlog of undetermined applications has doubled since 1998.\nApplicants told us that officers are hard to reach by telephone.\nThe inspection team has concluded that this is a poor ser-\nvice which is un-\nlikely to im-\nprove. The review did not challenge the way the service is delivered, the\nimprovement plan has no targets or timescales, and members have not agreed\nto the additional resources the review itself identified as essential.\nDunholme District Council – Development Control\tPage 2\n",
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "r5-a-repairs-poor-probably-earlier",
    why: "Era A housing repairs report that first recalls an earlier inspection of housing management (judged good, will improve); this service's own judgement is poor, will probably improve.",
    pages: [
      "Castlegate City Council\nHousing Repairs and Maintenance\nBest Value Inspection Report\nAugust 2001\n",
      "Introduction\nThis is the second Best Value inspection of Castlegate's housing services. The\ncouncil's housing management service was inspected in October 2000; that\nreport found a good service that will improve, and the council has since\nimplemented most of its recommendations.\nThe repairs and maintenance service is responsible for some 17,500 council\nhomes. Its budget in 2000/01 was £24.3 million.\nSummary of our judgements\nWe have to answer two questions: how good is the service and will it improve?\nThe repairs service is not performing well. Tenants wait on average 47 days for\nroutine repairs; only 58 per cent of urgent repairs are completed in time; and a\nfair proportion of jobs need a second visit. Tenants we spoke to were critical of\nmissed appointments.\nOur judgement is that this is a poor, zero-star service which will probably\nimprove. The review was thorough and involved tenants well, the improvement\nplan is detailed, and the new partnering contract with two local contractors is\nalready producing results on the estates where it is being piloted.\nCastlegate City Council – Housing Repairs\t3\n",
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: "r5-a-ict-good-will-ordinary-words",
    why: "Era A ICT report: the verdict is good, will improve; 'excellent working relationships' and 'poor morale' (past) are ordinary uses of grade words.",
    pages: [
      "Westbury Moor Metropolitan Borough Council\nICT Services\nInspection Report\nJune 2001\nBEST VALUE INSPECTION SERVICE\n",
      "Contents\nSummary\t3\nScoring the service\t4\nRecommendations\t5\nReport\t6\nAppendices\t19\n",
      "Westbury Moor MBC ICT Services\t3\nSUMMARY\nThe ICT service has come a long way in three years. In 1998 an internal review\nfound poor morale among technical staff, an ageing mainframe and no disaster\nrecovery arrangements. Since then the council has invested £3.2 million, the\nnetwork has been replaced and staff turnover has halved.\nThe service now has excellent working relationships with its main suppliers and\nwith the council's departments, each of which has a named account manager.\nUsers rate the help desk highly and 94 per cent of calls are resolved at the first\npoint of contact.\nWe have judged the ICT service to be a good, two-star service which will\nimprove. The Best Value review challenged the need for the service and tested\nits competitiveness against the private sector; the improvement plan is realistic,\nhas been costed and is owned by the chief executive.\n",
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "r5-a-waste-fair-willnot",
    why: "Era A waste report (September 2001, still old wording): fair, will not improve; recycling targets, 'a fair proportion' and a conditional 'unless' sentence are traps.",
    pages: [
      "Ravensfield District Council\nWaste Collection and Recycling\nSeptember 2001\nBest Value Inspection\n",
      "Ravensfield District Council\tWaste Collection and Recycling\nSummary\n1 Ravensfield collects waste from 38,000 households each week. The council\nhas a statutory target to recycle or compost 18 per cent of household waste by\n2003/04 and has set itself a local target of 25 per cent, with the aim of becoming\none of the best performing districts in the region.\n2 Collection is reliable: missed bins are rare and a fair proportion of residents\nsay they are satisfied. But only 7 per cent of waste is recycled, well below\nthe average for similar councils, and the costs of the service are high.\n3 In our view Ravensfield provides a fair service. We do not think that the\ncouncil's approach to improvement is adequate. The review did not consider\nalternative ways of providing the service, the improvement plan does not show\nhow the recycling targets will be met and the council has no budget to pay for\nit. The council's own officers told us that the plan will not be achieved unless\nnew money is found. We have therefore concluded that the service will not\nimprove.\n\t2\n",
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: "r5-a-bereavement-good-probably-chart",
    why: "Era A bereavement services report with a scoring chart whose axis labels list every grade and every old-style prospect; the judgement is stated once, below the chart.",
    pages: [
      "Hollinbrook Borough Council\nBereavement Services\n(cemeteries and crematorium)\nBest Value Inspection\nApril 2001\n",
      "Scoring the service\nWe have assessed Hollinbrook's bereavement service as shown in the chart\nbelow.\n'a good service?'\nexcellent\n★★★\ngood\n★★\nfair\n★\npoor\nWill not\tUnlikely to\tWill probably\tWill\nimprove\timprove\timprove\timprove\n'will the service improve?'\nThe service is good and will probably improve.\nHollinbrook BC – Bereavement Services\t4\n",
      "Why we have given this score\nThe crematorium and cemeteries are well kept, and bereaved families praised\nthe care shown by staff. Costs are below average and the service has met its\ntargets for the last three years. However, the council has not yet tested\nwhether the service could be provided better by others and it does not know\nenough about the needs of minority ethnic communities.\nThe Best Value review identified sensible improvements, and the improvement\nplan has clear targets, but some actions depend on a capital bid that has not\nyet been approved.\nHollinbrook BC – Bereavement Services\t5\n",
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: "r5-a-property-fair-unlikely-voice",
    why: "Era A corporate property report in which the judgements are given in the inspectors' own voice ('In our view... we consider...'), with no headline formula.",
    pages: [
      "Eastholme County Council\nCorporate Property Management\nInspection Report – February 2001\n",
      "How good is the service?\n21. Eastholme manages an estate of 640 buildings, including 310 schools, with a\nvalue of around £540 million. Backlog maintenance is estimated at £68 million.\n22. The property service has good technical skills and its in-house design team\ncompares well on cost. But the council has no asset management plan, it does\nnot know how well its buildings are used and repairs are decided department\nby department rather than across the council.\n23. In our view this is a fair service. It meets the basic needs of its clients but\ndoes not yet manage the estate as a corporate resource.\nWill the service improve?\n24. The review team worked hard, but the review was narrow: it looked only at\nthe in-house design team and did not question whether the council needs all its\nbuildings. The improvement plan has few measurable targets. Members have\nnot yet engaged with property as a strategic issue.\n25. We consider that the service is unlikely to improve.\nEastholme County Council\t7\n",
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "r5-a-benefits-poor-willnot-other-service",
    why: "Era A benefits report that also reports a separate inspection of council tax collection (fair, will probably improve); the benefits service itself is poor and will not improve.",
    pages: [
      "BEST VALUE INSPECTION\nSaltmarsh Borough Council\nHousing Benefit and Council Tax Benefit\nNovember 2000\n",
      "Summary\nSaltmarsh's benefits service pays £31 million a year to around 9,000 claimants.\nIt was inspected at the same time as the council tax collection service, which is\nthe subject of a separate report; that service was judged to be fair and will\nprobably improve.\nNew claims take an average of 84 days to process, one of the worst figures in\nEngland. There are 4,200 items of work outstanding. Staff are committed, but\nmorale is low and sickness absence is high. Landlords and advice agencies told\nus the service is chaotic.\nThe inspectors judge that the benefits service is poor. The Best Value review\ndid not address the backlog, the improvement plan is a list of aspirations and\nthe council has already missed its own first milestone. Given the absence of a\ncredible plan and of the resources to carry it out, we have concluded that the\nbenefits service will not improve.\nSaltmarsh Borough Council – Benefits\t2\n",
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "r5-a-leisure-excellent-will",
    why: "Era A sport and leisure report: a rare three-star excellent service that will improve; 'poor condition' of one pool and the ambition to be best in the region are distractions.",
    pages: [
      "Brantwood City Council\nSport and Leisure Services\nBest Value Inspection Report\nAugust 2001\n",
      "Brantwood City Council – Sport and Leisure\tpage 3\nSummary\nBrantwood's sport and leisure service runs six centres, two golf courses and an\nextensive sports development programme. The council wants it to be 'the best\nin the region'.\nThe service is well used and well liked: visits have risen by 28 per cent in four\nyears, and usage by people on low incomes is high because of a well-targeted\nconcessions scheme. Costs per visit are in the lowest quartile. The only\nsignificant weakness is the poor condition of the older Meadow Lane pool,\nwhich the council plans to replace.\nThe inspection team has concluded that this is an excellent service, which\nmerits three stars, and that it will improve. The review was rigorous, the\nimprovement plan is ambitious but achievable, and the service has a strong\ntrack record of delivering what it promises.\n",
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: "r5-a-tradingstandards-good-unlikely-linesplit",
    why: "Era A trading standards report: the judgement 'good but is / unlikely to improve' wraps over a line break; an earlier 1999 peer review calling it excellent is history.",
    pages: [
      "Northmoor County Council\nTrading Standards Service\nA Best Value Inspection\nJanuary 2001\n",
      "2\tNorthmoor County Council – Trading Standards\nSummary\nThe trading standards service protects consumers and honest traders across a\nlargely rural county. A peer review in 1999 described its animal health work as\nexcellent.\nThe service is effective. Inspection targets are met, complaints are dealt with\nquickly and businesses value the advice they receive. Performance is above the\naverage for county councils on most of the indicators we looked at.\nHowever, the Best Value review was led by the service itself and did little to\nchallenge how it operates. It did not compare costs with others, did not\nconsult businesses and produced an improvement plan that amounts to\n'more of the same'. Our judgement is that the trading standards service is good but is\nunlikely to improve.\n",
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: "r5-a-libraries-fair-will-proportion",
    why: "Era A library report: fair, will improve; 'a fair proportion of the book fund' and 'not a poor service' negation are traps.",
    pages: [
      "Oakhurst Borough Council\nLibrary Service\nJune 2001\nBest Value Inspection Service\n",
      "Oakhurst Borough Council\tLibrary Service\t3\nSUMMARY\nOakhurst has nine branch libraries and a mobile service. Opening hours were\ncut in 1997 and issues have fallen by a third since then. A fair proportion of\nthe book fund goes on stock that is rarely borrowed.\nThis is not a poor service: the staff are knowledgeable, the children's work is\nstrong and the new ICT learning centres are popular. But it is not yet meeting\nthe needs of many people in the borough.\nOverall, we judge the library service to be fair. The council has committed new\nmoney to restore opening hours from October, the review produced a clear and\nwell-supported plan, and the first changes are already in place. We are\ntherefore confident that the service will improve.\n",
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: "r5-a-schooltransport-fair-probably-box",
    why: "Era A home-to-school transport report with the judgements in a boxed two-column summary (question tab answer) rather than in a sentence.",
    pages: [
      "Greyford County Council\nHome to School Transport\nBest Value inspection\nMarch 2001\n",
      "Greyford CC – Home to School Transport\t2\nSummary\nThe council spends £14.6 million a year taking 11,000 pupils to school. Most\njourneys run smoothly, but the cost per pupil is high and parents of children with\nspecial educational needs reported long journeys and frequent driver changes.\nInspectors' judgements\nHow good is the service?\t'Fair' – one star\nWill the service improve?\t'Will probably improve'\nThe review compared costs with other counties and retendered half of the\ncontracts, which has already saved £400,000. The improvement plan is sound,\nbut it relies heavily on a new routing system that has not yet been bought.\n",
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "r5-a-streetlighting-poor-unlikely-ambition",
    why: "Era A street lighting report with the council's target to become 'an excellent, three-star service by 2004' before the real verdict (poor, unlikely).",
    pages: [
      "Lowater Borough Council\nStreet Lighting\nBest Value Inspection\nJuly 2001\n",
      "Lowater Borough Council – Street Lighting\t3\nSummary\n1. Lowater maintains 21,000 street lights, a third of which are more than 40\nyears old. The council's Best Value performance plan states its aim to be 'an\nexcellent, three-star service by 2004'.\n2. The service falls well short of this. Lights stay out on average for nine\ndays, against four days for the best councils, and the council does not know\nhow many of its columns are structurally unsafe.\n3. We judge the service to be poor. The review has not produced the radical\nchange the service needs. The council is considering a PFI scheme, but no\ndecision has been made, and in the meantime the improvement plan contains\nno extra money. We therefore consider that the service is unlikely to improve.\n",
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "r5-a-foodsafety-poor-will",
    why: "Era A food safety report in a numbered-paragraph style with the verdict in a closing 'Scoring' paragraph: poor, will improve.",
    pages: [
      "Ashcombe Borough Council\nEnvironmental Health – Food Safety\nBest Value Inspection Report\nMay 2001\n",
      "Page 14\tAshcombe Borough Council\nScoring\n64. We have considered the evidence set out in this report against the two\nquestions we are required to answer.\n65. How good is the service? The service has failed to meet its statutory\nprogramme of food hygiene inspections for three years; in 2000/01 only 54 per\ncent of high-risk premises were inspected. Complaints are not always followed\nup. We therefore judge the service to be poor.\n66. Will it improve? Since the review, the council has appointed a new head of\nservice, recruited four additional officers and contracted out the backlog of\nlow-risk inspections. Inspections due in the first quarter of 2001/02 have all\nbeen carried out. Members are monitoring progress monthly. We are satisfied\nthat the service will improve.\n",
    ],
    expect: { grade: 'poor', prospect: 'will' },
  },
  {
    name: "r5-b-benefits-poor-uncertain-chart",
    why: "Era B benefits report opening with a scoring chart whose axis labels list all four grades and all four new-style prospects; the verdict follows in prose.",
    pages: [
      "Thornbury Vale Borough Council\nHousing Benefit and Council Tax Benefit Services\nBest Value Inspection\nFebruary 2002\n",
      "Scoring chart\n'a good service?'\nExcellent\t★★★\nGood\t★★\nFair\t★\nPoor\nPoor\tUncertain\tPromising\tExcellent\n'prospects for improvement?'\nThornbury Vale BC Benefits Services\t5\n",
      "Thornbury Vale BC Benefits Services\t6\nSummary\nThe benefits service is a 'poor', no-star service that has uncertain prospects for\nimprovement.\nThe service takes an average of 72 days to assess a new claim, and one in five\nclaimants we contacted had waited more than three months. Fraud work is\nunder-resourced. A new computer system was installed in 2001 but staff were not\ntrained to use it and productivity fell.\nThe council has now recognised the scale of the problem and has brought in\ninterim managers, but the improvement plan was drawn up before their\nappointment and has not been revised. It is too early to say whether the\nchanges will make a lasting difference.\n",
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "r5-b-libraries-good-promising-ambition",
    why: "Era B library report whose ambition ('an excellent, three-star library service by 2005') comes before the real verdict: good with promising prospects.",
    pages: [
      "Ashworth County Council\nLibrary and Information Service\nBest Value Inspection Report\nJune 2002\nAUDIT COMMISSION\n",
      "Ashworth County Council – Libraries\t3\nSummary\nAshworth's library service runs 46 libraries and eight mobiles. The council's\ncultural strategy states its ambition for 'an excellent, three-star library service\nby 2005', and the Best Value review was framed around that goal.\nThe service is well managed, well used and good value. Visits per head are in\nthe top quartile of county councils, the stock is well chosen and the People's\nNetwork has been rolled out ahead of schedule. Opening hours in some market\ntowns are limited, and the service does too little to reach people who do not\nuse libraries.\nWe judge that Ashworth provides a good, two-star library service that has\npromising prospects for improvement. The improvement plan is clear and\nrealistic and the service has a strong record of delivering change. Some actions\nstill depend on external funding.\n",
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "r5-b-leisure-fair-promising-table-only",
    why: "Era B leisure report where the judgements appear only as rows of a summary table (label tab value), not in any sentence.",
    pages: [
      "Penmoor District Council\nLeisure Services\nInspection report\nNovember 2002\n",
      "Summary\nPenmoor District Council provides four leisure centres, a theatre and a range of\noutdoor facilities. The Best Value review of leisure was completed in May 2002.\nThis inspection was carried out in September 2002.\nInspection judgements\nQuestion\tJudgement\nHow good is the service?\tFair (one star)\nWhat are the prospects for improvement?\tPromising\nThe centres are clean and safe and customers are generally satisfied. Prices are\nhigh compared with neighbouring councils, and the centres are little used by\nyoung people and people with disabilities.\nThe council has agreed to transfer the centres to a leisure trust from April 2003,\nand the improvement plan sets out clear targets for widening access.\nPenmoor DC – Leisure Services\t3\n",
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "r5-b-revenues-excellent-excellent",
    why: "Era B revenues report: an excellent, three-star service with excellent prospects; 'poor morale' after a 1999 restructure is an ordinary use of a grade word.",
    pages: [
      "Fenwick City Council\nRevenues Service\n(Council Tax and Business Rates)\nBest Value Inspection\nMarch 2003\n",
      "Fenwick City Council\tRevenues Service\t4\nSummary\nFour years ago the revenues service was in difficulty: a restructuring in 1999\nleft poor morale and a large backlog of unbilled accounts. Since then it has been\ntransformed.\nFenwick now collects 98.6 per cent of council tax and 99.2 per cent of business\nrates in the year, putting it in the top quartile of all English councils. Costs\nper account are among the lowest in its family group. Customers can pay and\nreport changes online, by telephone or at any of six local offices.\nThe inspectors found an excellent, three-star service which has excellent\nprospects for improvement. The service has challenged itself hard, benchmarks\nwidely with the best performers and has a detailed, resourced plan for the next\nthree years.\n",
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: "r5-b-highways-poor-poor",
    why: "Era B highways report: poor grade with poor prospects; 'a fair proportion of the network' is an ordinary use of 'fair'.",
    pages: [
      "Cressley County Council\nHighways Maintenance\nBest Value Inspection\nSeptember 2002\n",
      "Cressley CC – Highways Maintenance\t3\nSummary\nCressley is responsible for 4,300 kilometres of roads. Surveys show that a fair\nproportion of the network – around 18 per cent of principal roads – needs\nstructural repair, and the backlog is growing. Safety inspections are not carried\nout to the council's own standards, and compensation claims for tripping\naccidents have risen for four years in a row.\nThe Best Value review was late, lacked challenge and was not informed by the\nviews of road users. The improvement plan is a list of general intentions with\nno targets. Senior managers told us the service is 'waiting for the new contract',\nbut the contract will not be let until 2004.\nWe consider that this is a poor service with poor prospects for improvement.\n",
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "r5-b-homecare-fair-uncertain-voice",
    why: "Era B home care report in the inspectors' own voice ('In our view the service is fair... We are not confident...'), with the prospect then named explicitly as uncertain.",
    pages: [
      "Linbridge Borough Council\nHome Care Services for Older People\nJanuary 2003\nBest Value Inspection\n",
      "\t5\nHow good is the service?\n31 Linbridge provides or buys around 9,800 hours of home care a week for 1,400\nolder people. Most users we spoke to valued their carers, but many said that\ncarers change too often and visits are sometimes rushed. Only 52 per cent of\nusers receive a visit within the agreed half hour.\n32 In our view the service is fair: it is safe and valued, but it is not yet\nreliable enough, and the council does not check the quality of care bought from\nindependent agencies.\nWhat are the prospects for improvement?\n33 The review rightly concluded that the council should buy more care from\nindependent providers, but the market in Linbridge is weak and two agencies\nclosed last year. We are not confident that the council will deliver its\nimprovement plan on time. We therefore judge the prospects for improvement to\nbe uncertain.\nLinbridge Borough Council – Home Care\n",
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "r5-b-envhealth-good-uncertain-negation",
    why: "Era B environmental health report that says the service is 'not excellent' but is good; prospects are uncertain.",
    pages: [
      "Marlowe District Council\nEnvironmental Health\nBest Value Inspection Report\nMay 2002\n",
      "Marlowe District Council\t3\nEnvironmental Health\nSummary\nMarlowe's environmental health service covers food safety, health and safety at\nwork, pollution control and pest control. The council believes it is 'an\nexcellent service'. We do not agree: this is not an excellent service, because\nit does not yet target its work at the highest risks and its pest control charges\ndeter some low-income households. But it is a good service. Statutory\ninspection programmes are met, complaints are handled promptly and costs are\nclose to average.\nThe prospects for improvement are uncertain. The review was thorough, but\nthree of the service's eleven officer posts are vacant and the council has not\nyet found a way to recruit to them. Much of the improvement plan depends on\nfilling those posts.\n",
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "r5-b-ict-fair-promising-notyetgood",
    why: "Era B ICT report containing the negation 'this is not yet a good service' before the verdict (fair, promising).",
    pages: [
      "Stanbridge Borough Council\nInformation and Communications Technology\nBest Value Inspection\nDecember 2001\n",
      "Stanbridge BC – ICT\tPage 4\nSummary\nThe ICT service supports 1,600 users and manages the council's website and\ntelephony. Users told us that the help desk is friendly but slow, and\ndepartments wait months for new PCs. There is an ICT strategy, but it was written\nby the service and has not been agreed by members.\nThis is not yet a good service. Projects are not always delivered on time, and\nthe service does not measure its performance in ways that matter to users.\nWe judge the ICT service to be fair, earning one star. Its prospects for\nimprovement are promising: the new corporate ICT board, chaired by the chief\nexecutive, is now setting priorities across the council, and the improvement\nplan is costed and has clear milestones.\n",
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "r5-b-planning-poor-promising-pagebreak",
    why: "Era B planning report whose judgement sentence breaks across a page, with a footer and running header inside the phrase 'promising / prospects'.",
    pages: [
      "Kelmscote Borough Council\nPlanning Services\nBest Value Inspection Report\nApril 2002\n",
      "Summary\nKelmscote's planning service determines around 1,900 applications a year. It\nhas struggled for several years with high staff turnover and has one of the\nlowest rates in the region for deciding applications within eight weeks.\nAgents and residents told us that they cannot get through on the telephone and\nthat letters go unanswered.\nOur overall judgement is that Kelmscote provides a poor service that has promising\nKelmscote Borough Council – Planning Services – Best Value Inspection\t6\n",
      "Kelmscote Borough Council – Planning Services\t7\nprospects for improvement. Since the review the council has restructured the\nservice, filled all vacant posts, introduced a duty planner system and set up a\nmembers' working group that meets monthly. Performance in the last quarter has\nimproved markedly.\n",
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: "r5-b-parks-good-excellent-hyphen",
    why: "Era B parks report with hyphenation inside the judgement ('ser-vice', 'pros-pects'); good with excellent prospects.",
    pages: [
      "Bourneside Borough Council\nParks and Open Spaces\nInspection Report\nJuly 2003\n",
      "Bourneside Borough Council – Parks and Open Spaces\t3\nSummary\nBourneside manages 46 parks and more than 300 hectares of open space. Three\nparks hold Green Flag awards. Residents' satisfaction with parks, at 79 per cent,\nis among the highest in London.\nOverall, the inspectors consider this to be a good, two-star ser-\nvice with excellent pros-\npects for improvement. The council has a clear vision for its parks, a strong\nrecord of winning external funding and an ambitious but well-resourced\nimprovement plan, which is already being delivered. Friends' groups are\nclosely involved in managing their parks.\n",
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "r5-b-housingmgmt-fair-poor-prospects",
    why: "Era B housing management report: fair with poor prospects; 'poor morale' and 'rent collection is poor' are other uses of 'poor'.",
    pages: [
      "Coldharbour Borough Council\nHousing Management\nBest Value Inspection\nOctober 2002\n",
      "Coldharbour Borough Council – Housing Management\t2\nSummary\nThe council manages 12,400 homes. Caretaking and estate cleaning are good and\ntenants value their neighbourhood officers. But rent collection is poor, arrears\nhave risen by 40 per cent in three years, and re-lets take on average 64 days.\nThere is poor morale among staff following two reorganisations.\nInspectors judged the service to be fair, but with poor prospects for improvement.\nThe council has not decided whether to transfer its housing stock, and until it\ndoes the service has no clear direction. The improvement plan was not\ndeveloped with tenants and few of its actions have been started.\n",
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: "r5-b-assets-fair-uncertain-earlier",
    why: "Era B asset management report that cites a 2001 inspection of ICT (poor, unlikely to improve) before giving this service's own verdict: fair, uncertain.",
    pages: [
      "Westmarch County Council\nCorporate Asset Management\nBest Value Inspection\nFebruary 2003\n",
      "Context\n9. This is the fourth Best Value inspection at Westmarch. The ICT service,\ninspected in 2001, was judged poor and unlikely to improve; the council's\nlibraries were found to be good in 2002. Asset management is closely linked to\nboth, because the council's plans for joined-up customer access depend on\nbetter buildings and better systems.\nSummary of judgements\n10. The service is fair. The council now has an asset management plan and a\ncomplete property database, but it has not yet used them to take decisions\nabout surplus buildings.\n11. The prospects for improvement are uncertain. The council has recently\nlost its head of property and two senior surveyors, and the capital programme\ndepends on receipts from sales that have not yet been agreed.\nWestmarch CC – Asset Management\t4\n",
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "r5-b-customer-access-good-promising-egov",
    why: "Era B customer access / e-government report: 2005 e-government targets and the ambition to provide 'excellent customer service' precede the verdict (good, promising).",
    pages: [
      "Pellingham Borough Council\nCustomer Access and E-government\nNovember 2003\nBest Value Inspection Report\n",
      "Pellingham Borough Council\t3\nCustomer Access and E-government\nSummary\nThe government expects councils to make all their services available\nelectronically by 2005. Pellingham says that 71 per cent of its services can\nalready be accessed electronically, and it aims to offer 'excellent customer\nservice through every channel'. Its new contact centre opened in March 2003\nand handles 60 per cent of calls to the council.\nCustomers told us that the contact centre is easy to reach and that staff are\nhelpful. Calls are answered quickly, and most enquiries are resolved at the first\npoint of contact. Some back-office services are not yet linked to the centre.\nWe have judged the service to be good, with promising prospects for\nimprovement, because the council has a clear strategy, strong leadership from\nmembers and a track record of delivering its e-government projects on time.\n",
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "r5-b-revenues-stars-only",
    why: "Era B council tax report whose grade is given only as a star count ('two stars' = good), with the prospect named as promising.",
    pages: [
      "Ellerby District Council\nCouncil Tax Collection\nBest Value Inspection\nOctober 2002\n",
      "Ellerby DC – Council Tax\t2\nSummary\nEllerby collects council tax from 33,000 households. In-year collection has\nrisen from 95.1 to 97.4 per cent in three years, and most bills are accurate.\nCustomers told us that staff are polite and helpful, although the office is\ndifficult to reach by public transport.\nWe have scored the service as two stars. Its prospects for improvement are\npromising: the review compared costs with neighbouring districts, the\ncouncil has joined a partnership to share a new revenues system, and the\nimprovement plan has clear and measurable targets.\n",
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "r5-b-transport-poor-uncertain-notconfident",
    why: "Era B passenger transport report: poor service; the inspectors say they are 'not confident' and then name the prospects as uncertain.",
    pages: [
      "Brackenshire County Council\nPassenger Transport\nInspection Report\nJune 2002\n",
      "Brackenshire CC – Passenger Transport\t5\nThe inspectors' judgements\nHow good is the service?\nBus passengers in rural areas have few services and poor information. Subsidised\nroutes have not been reviewed for six years, the concessionary fares scheme\nis more generous in some districts than others, and the council does not monitor\nwhether contracted buses run on time. We judge that this is a poor service.\nWhat are the prospects for improvement?\nThe council has recently agreed a local transport plan with ambitious targets\nfor bus use, and has set up a quality partnership with the main operator. But we\nare not confident that it has the staff or the money to deliver both. We consider\nthe prospects for improvement to be uncertain.\n",
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "r5-b-streetcleansing-fair-excellent",
    why: "Era B street cleansing report with a fair (one-star) grade and excellent prospects; 'excellent' appears only in the prospect.",
    pages: [
      "Millbeck Borough Council\nStreet Cleansing\nBest Value Inspection\nJune 2004\n",
      "Millbeck Borough Council\tStreet Cleansing\t3\nSummary\nResidents told us that the town centre is clean but that many residential\nstreets are littered and that fly-tipped rubbish can lie for days. Cleanliness\nsurveys confirm this: 21 per cent of streets were below an acceptable standard.\nIn our judgement this is a fair, one-star service, which has excellent prospects\nfor improvement. A new contract with clear standards started in April 2004, the\ncouncil has invested in extra staff and equipment, residents were closely involved\nin the review and early results show a marked improvement.\n",
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: "r5-b-reinspection-benefits-fair-promising",
    why: "Era B re-inspection of a benefits service: the original 2002 verdict (poor, uncertain) is recalled, then the current verdict (fair, promising) is given.",
    pages: [
      "Sandleigh Borough Council\nBenefits Service\nRe-inspection Report\nSeptember 2003\n",
      "Sandleigh BC – Benefits Re-inspection\t2\nSummary\nWe first inspected the benefits service in March 2002. At that time we judged it\nto be a poor service with uncertain prospects for improvement, and made\neight recommendations. This re-inspection looks at progress since then.\nThe service has improved significantly. New claims are now processed in an\naverage of 38 days, compared with 91 days in 2002, and the backlog has been\ncleared. The council has invested in document imaging and trained all staff.\nAs a result of this re-inspection we now judge the benefits service to be a fair,\none-star service with promising prospects for improvement.\n",
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "r5-b-museums-excellent-promising",
    why: "Era B museums report: excellent (three stars) with promising prospects; 'poor' is used of storage conditions and 'fair' of a comparison.",
    pages: [
      "Harbury City Council\nMuseums and Galleries\nBest Value Inspection\nJanuary 2004\n",
      "Harbury City Council – Museums and Galleries\t3\nSummary\nHarbury's four museums attract 640,000 visits a year, more than any other\ncouncil service in the city. Exhibitions are imaginative, school use is high\nand free admission has broadened the audience. It is fair to say that few\ncouncils of Harbury's size offer as much. Some collections are kept in poor\nstorage conditions at the old tram depot.\nWe have judged this to be an excellent, three-star service, which has promising\nprospects for improvement. The plan to move the stored collections is not yet\nfunded, but the service has a strong record of securing external grants.\n",
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: "r5-none-council-own-review",
    why: "The council's own Best Value review report (before inspection): ambitions, self-belief and an upcoming inspection, but no inspection judgement.",
    pages: [
      "Thistleby District Council\nBest Value Review of Information and Communications Technology\nFinal Report of the Review Team\nMarch 2001\n",
      "1. Executive summary\n1.1 This report sets out the findings of the fundamental review of ICT carried\nout between June 2000 and February 2001. The review was led by a cross-party\nmember panel supported by officers from all departments.\n1.2 The review has applied the 4Cs. We challenged whether the council should\nprovide ICT in-house; compared our costs with nine other districts; consulted\nstaff, members and the public; and tested competitiveness through a soft\nmarket test.\n1.3 The panel's vision is for ICT to become an excellent service that is valued\nacross the council. We believe the improvement plan in section 7 will deliver\nreal change, and we aim to reach the top quartile on user satisfaction by 2003.\n1.4 The Audit Commission's Best Value Inspection Service will inspect the\nservice in June 2001 and will publish its own judgements on how good the\nservice is and whether it will improve.\nThistleby DC – ICT Best Value Review\t3\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-draft-scores-tbc",
    why: "A draft inspection report whose scores are marked 'to be confirmed' and left as placeholders; the scoring chart legend is present but no judgement is made.",
    pages: [
      "DRAFT – NOT FOR PUBLICATION\nFairwater Borough Council\nHousing Benefits\nBest Value Inspection Report\nDraft for factual accuracy check – March 2002\n",
      "DRAFT\tFairwater BC – Benefits\t4\nScoring chart\n[Chart to be inserted after moderation]\n'a good service?'\nExcellent\tGood\tFair\tPoor\n'prospects for improvement?'\nExcellent\tPromising\tUncertain\tPoor\nSummary\nNOTE TO COUNCIL: scores to be confirmed following moderation by the Head of\nInspection. Please do not circulate.\nOverall, the inspectors judge the service to be [TBC] with [TBC] prospects for\nimprovement.\nThe service has reduced the time taken to process new claims from 68 to 44 days\nover the past year, and customers told us that staff at the new benefits shop\nare helpful.\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-committee-paper-other-service",
    why: "A committee paper about the timetable of an ICT review that quotes another service's (benefits) inspection scores; there is no judgement of the service the paper concerns.",
    pages: [
      "HALLAM VALE DISTRICT COUNCIL\nPOLICY AND RESOURCES COMMITTEE – 14 MAY 2002\nREPORT OF THE DIRECTOR OF CORPORATE SERVICES\nBEST VALUE REVIEW OF ICT: SCOPE AND TIMETABLE\nAgenda item 9\n",
      "1. Purpose of report\n1.1 To agree the scope and timetable for the Best Value review of information\nand communications technology (ICT).\n2. Background\n2.1 Members will recall that the Audit Commission inspected the benefits\nservice in January. The inspectors judged it to be a fair, one-star service with\npromising prospects for improvement, and praised the way the benefits review\nhad consulted claimants.\n2.2 The ICT review is scheduled for 2002/03. It is likely to be inspected in\n2003. Officers propose to learn from the benefits review, in particular by\ninvolving users from the start.\n3. Recommendations\n3.1 That the scope of the review at Appendix A be agreed.\n3.2 That a member reference group of five members be established.\nContact officer: J. Pennington, Head of ICT, ext. 4412\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-inspection-notification-letter",
    why: "An Audit Commission letter announcing a forthcoming inspection and explaining the scoring scale; lists every grade and prospect but judges nothing.",
    pages: [
      "Audit Commission\nBest Value Inspection Service\nNorthern Region\nOur reference: BVI/2001/317\n12 February 2001\nChief Executive\nBrookhurst Borough Council\nTown Hall\nDear Chief Executive\nBest Value inspection of Revenues and Benefits\nI am writing to confirm that we will inspect the council's revenues and benefits\nservices during the weeks beginning 23 April and 30 April 2001, following the\ncompletion of your Best Value review.\nAs you know, our report will answer two questions. First, how good is the\nservice? We score services as poor (no stars), fair (one star), good (two stars) or\nexcellent (three stars). Second, will the service improve? Our answer will be\nthat it will not improve, is unlikely to improve, will probably improve or will\nimprove.\n",
      "2\nThe lead inspector will be Ms A. Okafor. She will contact your Best Value\nofficer to agree the programme of interviews and reality checks. We would be\ngrateful to receive the documents listed in the enclosed schedule by 2 April.\nYours sincerely\nRegional Head of Inspection\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-scoring-guidance",
    why: "A methodology leaflet on how inspectors score services, including a hypothetical worked example; it reports no judgement of any actual service.",
    pages: [
      "Best Value Inspection\nHow we score the services we inspect\nGuidance for councils – 2002 edition\n",
      "2\nTwo questions\nEvery Best Value inspection report answers two questions:\n• How good is the service? The answer is shown on a scale from no stars\n(poor) through one star (fair) and two stars (good) to three stars (excellent).\n• What are its prospects for improvement? From October 2001 we describe\nprospects as poor, uncertain, promising or excellent. Before then, reports said\nwhether a service would not improve, was unlikely to improve, would probably\nimprove or would improve.\nAn example\nImagine a service that meets most of its targets but has not consulted users\nand has no costed plan. Inspectors might conclude that it is a fair service with\nuncertain prospects. This example is for illustration only.\n",
      "3\nThe scoring chart\nThe chart at the front of each report shows both judgements at a glance. The\nvertical axis shows how good the service is; the horizontal axis shows its\nprospects for improvement.\nExcellent\tPromising\tUncertain\tPoor\n★★★\t★★\t★\t–\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-post-inspection-action-plan",
    why: "A council's action plan responding to an inspection's recommendations; it tracks actions and dates but never restates the inspectors' scores.",
    pages: [
      "Whitcliffe Metropolitan Borough Council\nPlanning and Building Control\nPost-Inspection Action Plan\nProgress report to Executive – October 2002\n",
      "Introduction\nThe Audit Commission's inspection report on planning and building control was\npublished in May 2002. It made six recommendations. This report sets out\nprogress against each.\nRef\tRecommendation\tAction\tLead\tTarget date\tStatus\nR1\tSet clear targets for determining applications\tTargets agreed by Executive\tHead of Planning\tJune 2002\tComplete\nR2\tImprove telephone access\tDuty planner system introduced\tDevelopment Control Manager\tJuly 2002\tComplete\nR3\tConsult agents regularly\tAgents' forum established\tHead of Planning\tSeptember 2002\tComplete\nR4\tBenchmark costs with other councils\tJoined regional benchmarking club\tPolicy Officer\tDecember 2002\tIn progress\nR5\tPublish planning applications online\tSystem procured\tICT Manager\tMarch 2003\tIn progress\nR6\tReview building control fees\tReport to Executive\tBuilding Control Manager\tJanuary 2003\tNot started\nPerformance in the second quarter shows 61 per cent of minor applications\ndetermined within eight weeks, a fair improvement on last year.\nWhitcliffe MBC – Planning Action Plan\tPage 2\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-bvpp-targets",
    why: "An extract from a Best Value Performance Plan: targets, quartiles, and ambitions to be 'excellent' and 'three-star' by 2005, but no inspection judgement.",
    pages: [
      "Corbridge Vale Council\nBest Value Performance Plan 2002/03\nSection 4: Our services – performance and targets\n",
      "Corbridge Vale Council – BVPP 2002/03\t22\n4.3 Environmental Services\nOur aim is to provide an excellent, three-star waste and street cleansing\nservice by 2005, and to become one of the top-performing councils in the\ncountry for recycling.\nIndicator\t2000/01\t2001/02\t2002/03 target\tQuartile\nBV82a Household waste recycled (%)\t8.2\t10.6\t14.0\tBottom\nBV84 Waste collected per head (kg)\t472\t468\t460\tThird\nBV86 Cost of collection per household (£)\t41.20\t42.85\t42.00\tSecond\nBV89 Satisfaction with cleanliness (%)\t58\tn/a\t65\tThird\nOur recycling performance remains poor compared with other councils, and this is\nour top priority for 2002/03. A Best Value review of waste management will\nstart in September 2002.\n",
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "r5-none-appendices-only",
    why: "Only the appendix pages of an inspection report (reality checks, documents read, people met); the judgements are not in the supplied pages.",
    pages: [
      "Appendix 1 – Reality checks undertaken\nWhen we went on site we carried out a number of different checks, building on\nthe work described above, in order to get a full picture of how good the service\nis. These on-site reality checks were designed to gather evidence about what\nit is like to use the service and to test whether the council's views matched\nwhat we found. The checks included:\n• visits to three neighbourhood housing offices;\n• mystery shopping by telephone and in person;\n• a focus group with 12 tenants;\n• observation of a tenants' forum meeting; and\n• a review of 40 case files for repairs and lettings.\nGorsey Bank Borough Council – Housing Management\t24\n",
      "Appendix 2 – Documents reviewed\nBefore going on site and during our visit, we considered a range of documents\nprovided by the council, including:\n• Best Value Review of Housing Management, final report, January 2002;\n• Housing Improvement Plan 2002–2005;\n• Best Value Performance Plan 2001/02;\n• Tenant Participation Compact; and\n• housing service committee reports for 2000–2002.\nAppendix 3 – List of people interviewed\nLeader of the Council; Executive Member for Housing; Chief Executive; Director\nof Housing; Head of Housing Management; area managers; front-line staff;\nrepresentatives of the Tenants' Federation.\nGorsey Bank Borough Council – Housing Management\t25\n",
    ],
    expect: { grade: null, prospect: null },
  },
];
