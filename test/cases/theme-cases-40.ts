/** Held-out theme set 40, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases40: ThemeCase[] = [
  // strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'Projects are chosen by whoever shouts loudest rather than by how much they help the council meet its stated objectives.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'investment choices not tied to corporate objectives',
  },
  {
    text: 'Every ICT project must now show which of the council\'s five priorities it supports before it is approved, and this discipline works well.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise linkage of projects to corporate priorities',
  },
  {
    text: 'The ICT strategy flows clearly from the community plan, and we found staff at all levels could explain how their work supports it.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praised alignment of IT strategy with council aims',
  },
  // leadership
  {
    text: 'Members show little interest in the ICT strategy, and no cabinet member has taken responsibility for it.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning IT',
  },
  {
    text: 'Senior officers regard information technology as a matter for the IT manager and rarely discuss it at management team.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of lead from senior officers',
  },
  {
    text: 'The chief executive personally chairs the e-government board and has made clear that ICT is everyone\'s business; this strong lead has been decisive.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised top-level leadership (the board is only the setting)',
  },
  {
    text: 'A lead member for ICT was appointed in 2001 and has driven the programme with energy, challenging officers at every quarterly review.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected member drives IT',
  },
  // investment
  {
    text: 'Years of under-spending have left the council with an ageing network and desktops that cannot run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'No money has been set aside to replace the finance system, although its supplier will stop supporting it next year.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'unfunded replacement',
  },
  {
    text: 'The council has committed £3.5 million over three years to its ICT programme, a sound and well-targeted investment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praised funding commitment',
  },
  {
    text: 'A rolling replacement fund now guarantees that every PC is renewed within four years, which has ended the crises of the past.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'budgeted replacement praised',
  },
  // understanding-of-it
  {
    text: 'Many service heads still see computers as a cost to be kept down rather than as a way of changing how they serve the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity of IT',
  },
  {
    text: 'There is limited appreciation across the council of what technology could do to cut costs or improve services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of the power of IT',
  },
  {
    text: 'Directors we met spoke knowledgeably about how mobile working and shared data could transform their services – an impressive grasp of what ICT can offer.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised understanding of IT potential',
  },
  {
    text: 'The council understands well that technology is a lever for redesigning services, not just a support function.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised understanding',
  },
  // communication
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to be switched over.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication IT to front line',
  },
  {
    text: 'Housing staff told us they did not know who to talk to in ICT about their needs, and ICT staff did not know what housing was planning.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'two-way communication gap',
  },
  {
    text: 'Each directorate has a named ICT account manager who meets its managers monthly, and departments value this link highly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised liaison between IT and departments',
  },
  {
    text: 'Technical staff and service managers work side by side on project boards, and the flow of information between them is good.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised communication',
  },
  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 requests for system changes.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog; demand exceeds capacity',
  },
  {
    text: 'The IT unit tries to do everything it is asked and, with no way of ranking requests, finishes little of it.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation',
  },
  {
    text: 'A clear set of service level agreements, agreed with every department and met in 94 per cent of cases, means users know what to expect.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praised service levels',
  },
  {
    text: 'New requests are now scored and ranked by a cross-department panel, so the team\'s limited time goes where it matters most; this works well.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praised prioritisation',
  },
  // user-training
  {
    text: 'Staff were given new software without any instruction and many still use only a fraction of what it can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training',
  },
  {
    text: 'There is no programme for developing the IT skills of front-line staff, and many calls to the help desk are simple "how do I" questions.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }, { theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'lack of skills training; avoidable demand on help desk',
  },
  {
    text: 'The training suite runs short, well-attended courses tailored to each system; this is good provision and users value it.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'good user training; inspectors report praise',
  },
  {
    text: 'Every new starter receives a half-day of IT induction, and we found staff confident with the council\'s main systems as a result.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praised IT skills provision',
  },
  // culture-change
  {
    text: 'A command-and-control style of management discourages staff from suggesting improvements.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change',
  },
  {
    text: 'The culture of the IT section remains inward-looking and defensive, and challenge from outside is resented.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'The new management team has opened up decision-making and staff now feel free to question how things are done, a marked change for the better.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised culture change',
  },
  {
    text: 'Staff have embraced a more customer-focused way of working, and the old "us and them" attitude has largely gone.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised change in culture',
  },
  // information-systems
  {
    text: 'The service does not collect data on how long faults take to fix, so managers cannot tell whether performance is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'lack of performance information',
  },
  {
    text: 'Performance indicators are reported to members only once a year and nobody acts on them.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A monthly scorecard tracks availability, call times and project milestones, and managers use it to take action quickly – good performance management.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised performance management',
  },
  {
    text: 'The help desk system gives managers accurate, up-to-date information on workload, and it is used well.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised management information system',
  },
  // consultation
  {
    text: 'The review did not ask users what they wanted from the service; the only survey was of IT staff.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'Citizens were not consulted on which services they would most like to use on-line.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no citizen consultation (the on-line services are only the subject)',
  },
  {
    text: 'The council consulted widely – a user survey, focus groups with staff and a citizens\' panel – and the results shaped the plan.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised consultation that was acted on',
  },
  {
    text: 'User groups meet every quarter and their views have led to real changes, such as longer help desk hours.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'effective user consultation',
  },
  // comparison
  {
    text: 'The council has not compared its costs or performance with any other authority, so it cannot say whether its service is good value.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The comparisons in the review were with councils of very different size and were not used to set targets.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'Membership of a benchmarking club has given the service robust data on costs, and it has used this well to cut the cost per desktop.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praised benchmarking',
  },
  {
    text: 'The review team visited three high-performing councils and brought back ideas that are already being put into practice – a thorough comparison.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praised comparison with others',
  },
  // competition
  {
    text: 'The review rejected outsourcing without examining the costs and benefits of any alternative to in-house provision.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware is bought from a single supplier without competitive quotes, and the council cannot show that it gets a good price.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: 'The partnership with a private sector provider was let after a rigorous competition and is delivering the savings promised.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised competitive procurement / partnership',
  },
  {
    text: 'The council tested the market for its data centre and network support, and the resulting contract is well managed – a robust approach to competition.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised market testing',
  },
  // e-government
  {
    text: 'Only a handful of services can be used on the web site, and the council is well behind the pace needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on electronic service delivery',
  },
  {
    text: 'Residents cannot pay for anything on-line and the web site is hard to navigate.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web customer access',
  },
  {
    text: 'The contact centre and web site are well integrated, so residents can report problems and track them on-line at any hour, which is excellent for customer access.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praised electronic service delivery',
  },
  {
    text: 'The council is on course to make all relevant services available electronically by 2005, and its progress so far is impressive.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praised progress on 2005 targets',
  },
  // two-theme sentences
  {
    text: 'The ICT strategy is not linked to the corporate plan and has no budget attached to it.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }, { theme: 'investment', polarity: 'weakness' }],
    why: 'alignment and funding weaknesses in one sentence',
  },
  {
    text: 'Because no one measures how long requests take, the section cannot show departments why their jobs are queued behind others.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }, { theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no performance information; unmanaged demand',
  },
  {
    text: 'Strong backing from the leader of the council secured the money for a new network, which inspectors regard as a well-judged investment.',
    expect: [{ theme: 'leadership', polarity: 'strength' }, { theme: 'investment', polarity: 'strength' }],
    why: 'member leadership and investment both praised',
  },
  {
    text: 'Surveys of users are thorough, and the results are compared with those of similar councils to set demanding targets – good practice.',
    expect: [{ theme: 'consultation', polarity: 'strength' }, { theme: 'comparison', polarity: 'strength' }],
    why: 'consultation and comparison both praised',
  },
  {
    text: 'IT staff seldom explain to departments what new systems can do, so managers do not see the opportunities technology offers.',
    expect: [{ theme: 'communication', polarity: 'weakness' }, { theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'communication gap causing weak understanding of IT',
  },
  // no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council serves a population of about 104,000 and employs 2,400 staff.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council aims to have all its services available on-line by 2005.',
    expect: [],
    why: 'council aim quoted as aim, no inspectors\' judgement',
  },
  {
    text: 'The council\'s self-assessment states that its consultation with users is thorough.',
    expect: [],
    why: 'the council\'s own claim, not praise by inspectors',
  },
  {
    text: 'The ICT section is part of the Resources Directorate and reports to the director of finance.',
    expect: [],
    why: 'organisational description',
  },
  {
    text: 'The service supports 1,600 PCs and 85 servers across 14 sites.',
    expect: [],
    why: 'neutral scale description',
  },
  {
    text: 'This inspection was carried out by two inspectors between 4 and 15 March.',
    section: 'Appendix 1 – Inspection activity',
    expect: [],
    why: 'method statement',
  },
  {
    text: 'The ICT budget for 2002/03 is £2.1 million, of which £400,000 is capital.',
    expect: [],
    why: 'budget fact with no judgement about sufficiency',
  },
  {
    text: 'The IT manager told us that the service intends to benchmark its costs next year.',
    expect: [],
    why: 'manager\'s intention, no judgement',
  },
  {
    text: 'Best Value requires councils to challenge, compare, consult and compete when reviewing services.',
    expect: [],
    why: 'description of the regime',
  },
  {
    text: 'The network was upgraded in 1999 and the telephone system in 2000.',
    expect: [],
    why: 'historical fact',
  },
  {
    text: 'The Best Value review was carried out between January and August 2001 by a team of five officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral description of the review',
  },
  {
    text: 'We would like to thank the staff and members of the council for their help during the inspection.',
    expect: [],
    why: 'courtesy line',
  },
];
