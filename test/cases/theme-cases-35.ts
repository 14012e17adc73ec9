/** Held-out theme set 35, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases35: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities or to the community plan.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy drawn up in isolation from corporate aims',
  },
  {
    text: 'We could find no clear link between what the IT unit spends its time on and the priorities for regeneration and community safety that the council has set itself.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work not tied to the authority\'s own priorities, without using the word "strategy"',
  },
  {
    text: 'A clear strength is the way the ICT strategy flows from the corporate plan: each of its five programmes supports one of the council\'s published priorities.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the fit between the ICT strategy and corporate aims',
  },
  {
    text: '• IT plans now match the authority\'s wider ambitions for its communities closely – a marked improvement on the position at the time of the review.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'bullet under Strengths praising alignment with the authority\'s aims',
  },
  // ---------------------------------------------------------------- leadership
  {
    text: 'Elected members have shown little interest in ICT, and the strategy has never been discussed by the executive.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning or driving IT',
  },
  {
    text: 'No chief officer takes responsibility for ICT across the council, and the corporate management team has not once discussed the service in the past year.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers',
  },
  {
    text: 'The chief executive personally champions the modernisation programme and chairs the board that oversees it, which has given ICT a far higher profile than before.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top, presented approvingly',
  },
  {
    text: 'Strong and visible backing from the leader of the council and from senior officers has been a key factor in the progress we saw.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'inspectors credit political and senior officer leadership',
  },
  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with an ageing network and PCs that are, on average, six years old.',
    section: 'How good is the service? > Context',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment; every upgrade has to be bid for separately from a pot that shrinks each year.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT renewal',
  },
  {
    text: 'The council has committed £3.2 million over three years to its ICT programme, a significant and welcome increase that is already paying off.',
    section: 'Will the service improve?',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised ("welcome", "paying off")',
  },
  {
    text: 'A rolling replacement programme, properly funded from the revenue budget, means that no PC in the council is more than four years old – this is good practice.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'well-funded replacement programme called good practice',
  },
  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers still see ICT as a back-office overhead rather than as a way of changing how services reach the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp what IT could do',
  },
  {
    text: 'Departments have little idea of what technology could do for them, and their bids for new systems rarely go beyond replacing what they already have.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited appreciation of the opportunity IT offers',
  },
  {
    text: 'The service managers we met had an impressive grasp of how technology could transform their services and were already using it to rethink the way they work.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise managers\' understanding of IT\'s potential',
  },
  {
    text: 'Across the council there is a strong appreciation of the opportunities ICT offers, reflected in the ambitious proposals now coming forward from departments.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT\'s power, praised',
  },
  // ---------------------------------------------------------------- communication
  {
    text: 'Staff in the housing offices told us that they hear about IT changes only when something stops working.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'front-line staff not told by IT',
  },
  {
    text: 'There is no regular contact between the technical team and the departments it supports; liaison depends on who happens to know whom.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no structured contact between IT and departments',
  },
  {
    text: 'Communication between the IT team and service departments is good: account managers meet each head of service monthly and problems are sorted out quickly.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'IT-to-department communication praised',
  },
  {
    text: 'Each department has a named IT contact who attends its management meetings, and users spoke warmly of the way changes are explained to them in advance – an approach we commend.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'liaison arrangement commended by the inspectors',
  },
  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Requests for new equipment join a queue of more than 200 outstanding jobs, and some departments have waited up to five months.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog, demand outstripping capacity',
  },
  {
    text: 'The IT unit takes on every request it receives with no agreed way of deciding which matter most, so very little is finished on time.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'Recommendation R4: agree with each department a clear order of priority for its requests for ICT work.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'a recommendation is an area for improvement: prioritising demand',
  },
  {
    text: 'A priority system agreed with departments works well: the most important work is done first and users know when to expect it.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation praised',
  },
  {
    text: 'Service level agreements with every directorate set out what the IT unit will deliver, and the unit has met them consistently for two years – a good record.',
    section: 'How good is the service?',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels set and met, praised',
  },
  // ---------------------------------------------------------------- user-training
  {
    text: 'Most staff have had no training in the new financial system and rely on colleagues to show them how to use it.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training for a new system',
  },
  {
    text: 'Users\' IT skills vary widely, and there is no programme to assess or develop them.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills not developed',
  },
  {
    text: 'The training programme is well regarded, and more than 900 staff have gained a basic IT qualification since 1999 – an impressive achievement.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user training praised',
  },
  {
    text: 'Short, practical sessions are run before each new system goes live; users found them very helpful and we consider this good practice.',
    section: 'How good is the service? > Support for users',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training before go-live called good practice',
  },
  // ---------------------------------------------------------------- culture-change
  {
    text: 'The culture of the council remains cautious and hierarchical, and managers are reluctant to give up long-established ways of working.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'A command-and-control style of management within the IT unit discourages staff from putting forward ideas for improvement.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style is a weakness',
  },
  {
    text: 'There has been a welcome change in management style since the restructuring: staff are now trusted to take decisions and to try out new ideas.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in management style praised',
  },
  {
    text: 'The council has worked hard to build a more open, customer-focused culture, and the results were evident in every department we visited.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved and praised',
  },
  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service has no reliable performance information: it cannot say how many calls are resolved within target or what it costs to support each user.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'lack of performance information',
  },
  {
    text: 'Performance indicators are collected but never reported to managers, so they play no part in running the service.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management not used',
  },
  {
    text: 'Performance is monitored every month against a balanced set of indicators, and managers act promptly when targets slip – this is a real strength.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'The new management information system gives managers up-to-date figures on every part of the service, which we found impressive.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information praised',
  },
  // ---------------------------------------------------------------- consultation
  {
    text: 'The review did not ask users or residents what they wanted from the service.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation in the review',
  },
  {
    text: 'The user satisfaction survey has not been repeated since 1998, and nothing was done about the results of that survey.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation stale and ignored',
  },
  {
    text: 'Users were consulted thoroughly during the review – through surveys, focus groups and interviews with every head of service – and their views clearly shaped the improvement plan.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation, praised',
  },
  {
    text: 'The council made good use of its citizens\' panel to test the review\'s proposals, and changed them in response to what residents said.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'citizens consulted and listened to',
  },
  // ---------------------------------------------------------------- comparison
  {
    text: 'The service has made no real attempt to compare its costs or performance with those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Comparisons in the review were limited to two neighbouring councils and looked only at staff numbers, not at performance.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'The service belongs to an active benchmarking club and uses the results well; it has adopted the help desk practices of the best performers in the group.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used well',
  },
  {
    text: 'Robust comparison with similar authorities showed clearly where the service stood, and the review made good use of it.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison praised',
  },
  // ---------------------------------------------------------------- competition
  {
    text: 'The review did not test whether anyone else could provide the service more effectively; outsourcing was dismissed without any analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware maintenance have been rolled forward year after year without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement not tested in the market',
  },
  {
    text: 'A rigorous market-testing exercise, in which the in-house team competed against three external bidders, has given the council good grounds for confidence that the service is competitive.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing done well',
  },
  {
    text: 'The partnership with a private supplier is well managed and has brought in specialist skills the council could not have found on its own.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership praised',
  },
  // ---------------------------------------------------------------- e-government
  {
    text: 'Only a handful of services can be used on line, and the council is well behind the pace needed to meet the 2005 target.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'slow progress to 2005 electronic delivery target',
  },
  {
    text: 'The web site is little more than a list of telephone numbers: residents cannot pay, book or apply for anything through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'Progress on electronic service delivery is good: over half of the council\'s services can now be reached on line, and use is growing fast.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-delivery praised',
  },
  {
    text: 'The new contact centre and web site have made it much easier for residents to reach the council, and we saw impressive examples of transactions completed entirely on line.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access and on-line transactions praised',
  },
  // ---------------------------------------------------------------- two themes
  {
    text: 'Members have not agreed any money for the ICT strategy, and no senior officer is driving it forward.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'no funding and no lead from the top',
  },
  {
    text: 'We found both the training offered to users and the speed with which the help desk now clears requests to be real strengths.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'two strengths named by the inspectors',
  },
  {
    text: 'The review neither consulted users nor compared the service\'s costs with those of other councils.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'Without any performance information to guide its priorities, the service cannot control its workload, and the backlog of requests keeps growing.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'missing performance information causes an unmanaged backlog',
  },
  {
    text: 'The chief executive\'s clear lead has helped to change the council\'s culture, which is now far more open to new ways of working.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'leadership and culture change both praised',
  },
  {
    text: 'Because the ICT strategy is built around the corporate plan\'s commitment to better access, on-line services have grown rapidly, and we commend this.',
    section: 'Summary',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'alignment with corporate aims and e-delivery both praised',
  },
  {
    text: 'Poor communication between IT staff and departments means that many users do not know that training is available at all.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'communication gap leaves training unused',
  },
  {
    text: 'The council has invested heavily in new equipment, but its ICT strategy still bears little relation to its corporate aims.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'mixed polarity: investment acknowledged, alignment criticised',
  },
  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim',
  },
  {
    text: 'The borough has a population of 142,000, of whom about 12 per cent are over 75.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The IT unit is part of the Resources Directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'The council believes that its ICT service is among the best in the region.',
    expect: [],
    why: 'council\'s own claim, not an inspectors\' finding',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and November 2000.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'timing fact',
  },
  {
    text: 'ICT budget 2002/03: £2.1 million revenue; £0.4 million capital.',
    section: 'Context',
    expect: [],
    why: 'budget figures stated without judgement',
  },
  {
    text: 'The service supports around 1,800 PCs, 120 servers and a wide area network linking 34 sites.',
    section: 'Context',
    expect: [],
    why: 'scale of the service',
  },
  {
    text: 'The council\'s vision is "a modern council, close to its communities".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council vision quoted',
  },
  {
    text: 'This inspection was carried out by two inspectors from the Best Value Inspection Service over five days in February.',
    expect: [],
    why: 'method of inspection',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The head of ICT told us that he intends to introduce service level agreements next year.',
    expect: [],
    why: 'a manager\'s intention, no finding',
  },
  {
    text: 'The council is a district council covering a largely rural area, with offices in three market towns.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'Structure: head of ICT; three team leaders (infrastructure, applications, user support); 41 staff in all.',
    section: 'Context',
    expect: [],
    why: 'table row describing structure',
  },
];
