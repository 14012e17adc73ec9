/** Held-out theme set 52, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases52: ThemeCase[] = [
  // ---------------------------------------------------------------------------
  // strategic-alignment
  // ---------------------------------------------------------------------------
  {
    text: "The ICT strategy was written by the IT section on its own and makes no reference to the council's corporate priorities of community safety and regeneration.",
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy disconnected from corporate priorities, without the word "align".',
  },
  {
    text: 'Nothing in the corporate plan says what technology is expected to contribute, and nothing in the ICT strategy says which corporate objective each project serves.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Two-way missing link between corporate plan and ICT strategy.',
  },
  {
    text: 'The IT plan runs only to 2003 while the community plan looks ahead to 2010, and nobody has ever read the two documents side by side.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Misalignment expressed as mismatched horizons and documents never compared.',
  },
  {
    text: "Every project in the ICT programme is tied explicitly to one of the council's five corporate priorities, and the strategy is revisited each year alongside the corporate plan – a real strength.",
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Inspectors praising alignment of ICT projects with corporate priorities.',
  },

  // ---------------------------------------------------------------------------
  // leadership
  // ---------------------------------------------------------------------------
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed at Cabinet since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning the strategy.',
  },
  {
    text: 'No chief officer takes responsibility for information technology; the head of IT sits three tiers below the management team and is rarely invited to its meetings.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'No senior ownership of IT, expressed through reporting lines.',
  },
  {
    text: 'The chief executive has handed ICT over entirely to the finance director, and the management team treats it as a technical matter rather than something it must drive.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Lack of lead from the top, phrased as delegation.',
  },
  {
    text: 'The chief executive chairs the e-government board in person, and the lead member for resources has championed ICT in Cabinet and in public, which has given the programme real momentum.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Praise for visible senior and member leadership (mentions the e-government board only as a name).',
  },

  // ---------------------------------------------------------------------------
  // investment
  // ---------------------------------------------------------------------------
  {
    text: 'Years of under-spending have left the council with a network that cannot carry the new document-imaging system and PCs that are, on average, six years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment shown through its consequences.',
  },
  {
    text: "There is no capital budget for replacing equipment; each year's purchases depend on whatever is left in departmental revenue budgets in March.",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'No dedicated funding for IT renewal.',
  },
  {
    text: 'The improvement plan has no costs attached to it, and no money has been set aside to pay for it.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Unfunded plan: resources missing.',
  },
  {
    text: 'Members have backed the strategy with a £3.2 million, five-year capital programme, ending a long period in which the council spent less on ICT than almost any comparable authority.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Praise for new funding; the comparison with others is background, not benchmarking work.',
  },

  // ---------------------------------------------------------------------------
  // understanding-of-it
  // ---------------------------------------------------------------------------
  {
    text: 'Many senior managers see ICT as a cost to be contained rather than as a means of changing how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Organisation does not grasp the opportunity offered by IT.',
  },
  {
    text: 'The heads of department we interviewed could not say how technology might help them meet their targets, and few had ever thought about it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Lack of understanding of what IT can do, shown through interviews.',
  },
  {
    text: 'Across the council there is little appreciation of what the new customer relationship system could do beyond logging calls.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Under-use of a system through lack of understanding of its potential.',
  },
  {
    text: 'Service directors talk confidently about how technology can reshape their services, and several have redesigned whole processes around it instead of simply automating what they did before.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Praise for organisational grasp of the power of IT.',
  },

  // ---------------------------------------------------------------------------
  // communication
  // ---------------------------------------------------------------------------
  {
    text: 'Front-line managers rarely hear from the IT section until something goes wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Poor communication between IT and front-line services.',
  },
  {
    text: 'Staff in schools and social services told us they learn about network changes only when their systems stop working.',
    section: 'How good is the service? > Reality checks',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Departments not told of technical changes.',
  },
  {
    text: 'IT staff and the departments they support talk past each other: requests are written in business language and answered in technical jargon.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication gap expressed as differing languages.',
  },
  {
    text: 'Each department has a named IT account manager who attends its management team every month, and users told us they always know who to call and what is happening.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Praise for structured liaison between IT and departments.',
  },
  {
    text: 'The IT unit sends every department a plain-English bulletin before each change to the network, which service managers praised highly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Second communication strength: proactive notice of changes.',
  },

  // ---------------------------------------------------------------------------
  // demand-capacity
  // ---------------------------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and the backlog of requests for changes to systems now stands at more than 400.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Demand outstripping capacity: waits and backlogs.',
  },
  {
    text: 'There are no agreed service levels, so every request is treated as urgent and the help desk has no basis for deciding what comes first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'No prioritisation or service levels.',
  },
  {
    text: 'The section has taken on three major projects this year without a single extra post, and routine support has suffered as a result.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Capacity stretched by new demands.',
  },
  {
    text: 'A clear service level agreement, negotiated with every department, means users know what to expect, and the team meets its response times nine times out of ten.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Praise for managing demand through service levels.',
  },

  // ---------------------------------------------------------------------------
  // user-training
  // ---------------------------------------------------------------------------
  {
    text: 'Staff were given the new financial system without any training, and many still keep their own spreadsheets because they do not trust it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'No user training for a new system.',
  },
  {
    text: 'Nobody has assessed the IT skills of staff, and there is no training budget outside the IT section itself.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'No skills assessment or training provision for users (budget is incidental to training).',
  },
  {
    text: 'Courses are offered only as full days at the civic centre, which staff at outlying depots say they simply cannot get to.',
    section: 'How good is the service? > Reality checks',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Training provision unsuited to users, without the word "training".',
  },
  {
    text: "The council's training programme is well regarded: more than 800 staff have gained a recognised IT qualification in two years, and short sessions are run in local offices at times that suit shift workers.",
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Praise for user IT skills provision.',
  },

  // ---------------------------------------------------------------------------
  // culture-change
  // ---------------------------------------------------------------------------
  {
    text: "The council's management style is cautious and hierarchical: even minor IT purchases are referred up to chief officers for a decision.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style needing change.',
  },
  {
    text: 'A blame culture makes staff reluctant to report faults or to suggest better ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Organisational culture as a barrier.',
  },
  {
    text: "Departments still guard 'their' systems and data, and there is little sense that the council works as one organisation.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Silo culture.',
  },
  {
    text: 'Managers have moved away from command and control towards giving teams room to try new approaches, and the staff we met were enthusiastic about the change.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Praise for a change in management style already achieved.',
  },

  // ---------------------------------------------------------------------------
  // information-systems
  // ---------------------------------------------------------------------------
  {
    text: 'The help desk logs every call but nobody analyses the data, so managers cannot tell whether the service is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance information collected but not used.',
  },
  {
    text: 'Performance indicators for the IT service are limited to network availability and say nothing about what users actually experience.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Narrow performance measures.',
  },
  {
    text: 'Management information on costs is so poor that the section could not tell us what it spends on supporting each department.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Weak management information; "poor" here is an ordinary word, not a grade.',
  },
  {
    text: 'A monthly performance report, showing trends and targets for each service standard, goes to the management team and is used to decide where effort is needed.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Praise for performance management in use.',
  },

  // ---------------------------------------------------------------------------
  // consultation
  // ---------------------------------------------------------------------------
  {
    text: 'Users were not asked what they wanted from the IT service before the review reached its conclusions.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Users not consulted in the review.',
  },
  {
    text: 'The council has never asked residents how they would prefer to contact it or when they need its offices to be open.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Citizens not consulted.',
  },
  {
    text: 'A user survey was carried out in 2000, but its results were never reported back to staff or acted upon.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Consultation without follow-through.',
  },
  {
    text: 'The review team consulted thoroughly: focus groups with staff in every department, a survey of 600 residents and meetings with the voluntary sector all shaped the options it considered.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Praise for consultation.',
  },

  // ---------------------------------------------------------------------------
  // comparison
  // ---------------------------------------------------------------------------
  {
    text: 'The council has not compared the cost or quality of its IT service with that of any other authority.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking at all.',
  },
  {
    text: 'The review compared the service with just two neighbouring districts, chosen because they were convenient rather than because they perform well.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Weak choice of comparators.',
  },
  {
    text: "Managers do not know how their help desk's fix rates stand against other councils' and have not tried to find out.",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Ignorance of relative performance.',
  },
  {
    text: 'The service benchmarks itself rigorously through a national club of IT managers and has used the results to cut its cost per workstation by a fifth.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Praise for benchmarking that drives change.',
  },

  // ---------------------------------------------------------------------------
  // competition
  // ---------------------------------------------------------------------------
  {
    text: 'The review did not consider whether any part of the IT service could be provided more effectively by another organisation.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The desktop support contract has been renewed three times without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'No market testing of a contract.',
  },
  {
    text: 'Options such as a partnership with the county council or outsourcing the data centre were dismissed in a single paragraph, with no analysis of costs.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Alternative providers dismissed without proper appraisal.',
  },
  {
    text: 'The council ran a well-managed competition for its network services, testing the in-house bid against three private-sector tenders, and the resulting partnership is already delivering savings.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Praise for procurement and partnership.',
  },

  // ---------------------------------------------------------------------------
  // e-government
  // ---------------------------------------------------------------------------
  {
    text: "Only 12 per cent of the council's services can yet be delivered electronically, and there is no credible plan for reaching the government's 2005 target.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Behind on the 2005 electronic service delivery target.',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot report a fault, make a payment or apply for anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Weak web access for customers.',
  },
  {
    text: 'Each department has its own telephone numbers and its own web pages, so there is no single way in for the public.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Fragmented customer access.',
  },
  {
    text: "The council's website lets residents pay bills, book leisure courses and report missed bins, and the council is well on course to meet the 2005 target for electronic services.",
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Praise for e-service delivery.',
  },

  // ---------------------------------------------------------------------------
  // Sentences raising two themes
  // ---------------------------------------------------------------------------
  {
    text: 'There is no money in the budget for training, so the new systems are used far below their potential.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'Funding weakness causing a training weakness.',
  },
  {
    text: 'Members rarely discuss ICT, and when they do it is to question its cost rather than to ask what it could achieve for the council.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'Member disengagement plus a narrow view of what IT offers.',
  },
  {
    text: 'Call data from the help desk is now analysed every week, and the figures have let the team agree realistic priorities with each department.',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'Performance information used to manage demand: two strengths.',
  },
  {
    text: 'Benchmarking against the best councils was thorough, but the review never tested the market for any part of the service.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'Mixed polarity in one sentence: compare praised, compete criticised.',
  },
  {
    text: 'The website was rebuilt around what residents said in a citizens\' panel, and it is now among the easiest to use that we have seen.',
    expect: [
      { theme: 'e-government', polarity: 'strength' },
      { theme: 'consultation', polarity: 'strength' },
    ],
    why: 'Consultation shaping web access; both praised.',
  },
  {
    text: 'ICT strategy\tNot linked to corporate aims\tNone of its actions is costed or funded',
    section: 'Appendix 1 > Summary of weaknesses',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'A table row flattened with tabs, raising two weaknesses.',
  },
  {
    text: '• the culture remains risk-averse and slow to change; • many staff lack basic skills in the office software they use every day',
    section: 'Recommendations > Areas for improvement',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'Two bullets run together by the extractor, each a different weakness.',
  },

  // ---------------------------------------------------------------------------
  // No theme: description, aims, self-assessment, quoted views, context
  // ---------------------------------------------------------------------------
  {
    text: 'The help desk has six staff and is open from 8am to 6pm, Monday to Friday.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of the help desk.',
  },
  {
    text: 'The council aims to have an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: "Council's own aim, not an inspectors' finding.",
  },
  {
    text: "In its self-assessment the council describes its consultation with users as 'extensive and effective'.",
    expect: [],
    why: 'Self-assessment claim about consultation; not the inspectors\' praise.',
  },
  {
    text: "The head of ICT told us that relations with departments have 'never been better'.",
    expect: [],
    why: 'Quoted manager view about communication; not an inspectors\' finding.',
  },
  {
    text: 'Hollybank is a largely rural district of 94,000 people in the north of the county.',
    section: 'Context',
    expect: [],
    why: 'Context about the area.',
  },
  {
    text: 'The IT section sits within the finance directorate and has an annual revenue budget of £1.6 million.',
    section: 'Context',
    expect: [],
    why: 'Describes the budget without judging it: not an investment finding.',
  },
  {
    text: 'The Best Value review of ICT began in April 2000 and reported to Cabinet in January 2001.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Timeline of the review.',
  },
  {
    text: 'This inspection was carried out by two inspectors over eight days in March 2002.',
    expect: [],
    why: 'Description of the inspection itself.',
  },
  {
    text: "The council's review report states that the service 'compares favourably with its neighbours'.",
    expect: [],
    why: "Council's claim about comparison, quoted; not the inspectors' view.",
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'Report apparatus.',
  },
  {
    text: 'The network links 42 buildings, including 11 libraries and 6 depots, over leased lines.',
    section: 'Context',
    expect: [],
    why: 'Neutral technical description.',
  },
  {
    text: "The council's ICT strategy, adopted in 2000, sets out five objectives for the period to 2004.",
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'Describes the strategy without judging its alignment.',
  },
  {
    text: 'Every English council had to send the government a statement on implementing electronic government by July 2001.',
    section: 'Context',
    expect: [],
    why: 'National context about e-government, not a finding about this council.',
  },
  {
    text: 'The IT director believes that members are fully committed to the strategy.',
    expect: [],
    why: 'Quoted belief about leadership; not an inspectors\' finding.',
  },
  {
    text: 'The council runs three customer service centres, in Ashford Road, the market square and the civic centre.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of customer access points.',
  },
  {
    text: 'Our recommendations are set out in the next section of this report.',
    expect: [],
    why: 'Signposting sentence.',
  },
];
