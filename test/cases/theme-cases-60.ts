/** Held-out theme set 60, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases60: ThemeCase[] = [
  // ── strategic-alignment ───────────────────────────────────────────────────
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no mention of the council\'s corporate priorities of regeneration and community safety.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy cut off from corporate aims, said plainly',
  },
  {
    text: 'Nothing in the community plan finds its way into the IT work programme, and the head of IT was not asked to contribute when the corporate plan was drawn up.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "misalignment without the word 'strategy'; 'asked to contribute' is not user consultation",
  },
  {
    text: 'It is hard to see how an ICT strategy that runs out in 2002 can support a corporate plan that runs to 2006.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'misalignment shown through mismatched timescales, hedged form',
  },
  {
    text: 'The ICT strategy is firmly rooted in what the council is trying to achieve: every project in it is tied to one of the five community plan priorities, and it is refreshed each year alongside the corporate plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise alignment',
  },

  // ── leadership ────────────────────────────────────────────────────────────
  {
    text: 'Members show little interest in ICT; the cabinet has not discussed the strategy since adopting it in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No one on the corporate management team takes responsibility for ICT, so decisions about it drift down to the IT manager by default.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers, without the word leadership',
  },
  {
    text: 'Cabinet members could not tell us who in the council was responsible for ICT.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership gap shown by an anecdote',
  },
  {
    text: 'The chief executive chairs the ICT programme board herself and has made it plain to directors that delivering the ICT programme is their job as much as the IT manager\'s – a strong lead that is already paying off.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise of leadership from the top',
  },
  {
    text: 'Members have taken real ownership of ICT: a cabinet member champions it and the scrutiny committee keeps a close and well-informed eye on progress every quarter.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise of member ownership',
  },

  // ── investment ────────────────────────────────────────────────────────────
  {
    text: 'Years of spending too little have left the council with a network that cannot carry the systems it now needs.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "historic under-investment without the word 'investment'",
  },
  {
    text: 'There is no capital budget for replacing PCs, so machines are kept going until they fail.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget for renewal',
  },
  {
    text: 'The council has made a welcome and well-judged commitment of £3.2 million over three years to renew its infrastructure, and the money is already in the capital programme.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praise of funding',
  },
  {
    text: 'The funding now in place is well matched to the strategy, with enough set aside to replace a quarter of the council\'s PCs every year.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praise of resources matched to need',
  },

  // ── understanding-of-it ───────────────────────────────────────────────────
  {
    text: 'Most senior managers see IT as a cost to be kept down rather than as a way of changing how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation blind to the opportunity IT offers',
  },
  {
    text: 'Departments do not know what their own systems could do: the housing system has a module for booking repairs that no one has ever switched on.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'unused potential shown by example',
  },
  {
    text: 'Directors told us they regarded the intranet as "something for the IT people", and none could say how it might help their staff.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'quoted words used by inspectors as evidence of a weakness (the finding is the inspectors\')',
  },
  {
    text: 'Directors show an impressive grasp of how technology can reshape their services, and several have redesigned their processes around new systems rather than simply automating old ones.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise of understanding of IT',
  },

  // ── communication ─────────────────────────────────────────────────────────
  {
    text: 'Front-line managers rarely hear from the IT section until something has gone wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT and front line out of touch',
  },
  {
    text: 'Social services staff told us they find out about changes to their systems from the screen on the morning the change is made.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication failure shown through users\' experience',
  },
  {
    text: 'Every department now has a named IT account manager who attends its management team each month, and users told us this has transformed their relations with the IT section.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praise of liaison between IT and departments',
  },
  {
    text: 'Relations between the technical team and the service departments are close and productive: IT staff sit with the housing team during each system change, and users say they are kept well informed.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praise of communication, no codebook words',
  },

  // ── demand-capacity ───────────────────────────────────────────────────────
  {
    text: 'Departments wait months for new PCs, and the list of outstanding development requests has grown to more than 200.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and delay',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the IT team works on whatever is shouted for loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'Schools that report a fault on a Friday are lucky to see an engineer before the following Thursday.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'capacity shortfall shown by response times',
  },
  {
    text: 'Service level agreements with each department are realistic, monitored monthly and met in almost every case, and the backlog of requests has been cleared – a considerable achievement.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praise of balancing demand and capacity',
  },

  // ── user-training ─────────────────────────────────────────────────────────
  {
    text: 'Staff are handed new systems with little or no training, and many use only a fraction of what the software can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'The training budget was cut in 2001, and no one has assessed what IT skills staff need.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'skills needs not assessed, budget mentioned only as context for training',
  },
  {
    text: 'Most staff learnt the new finance system by trial and error, and the help desk spends its busiest hours answering questions that a short course would have headed off.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training gap shown by its effect on the help desk',
  },
  {
    text: 'Training is a real strength: courses are matched to each person\'s job, and nine in ten staff now hold the European Computer Driving Licence.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praise of training provision',
  },

  // ── culture-change ────────────────────────────────────────────────────────
  {
    text: 'The council\'s management style remains cautious and hierarchical; officers wait to be told rather than look for better ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Departments guard their own systems and data jealously and resist any move towards shared working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'A culture of blame means that problems with projects are kept quiet until it is too late to put them right.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'blame culture',
  },
  {
    text: 'Managers have embraced a more open and enterprising style, and staff at every level are encouraged to suggest and try out new ways of working – a marked and welcome change from three years ago.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praise of changed culture',
  },

  // ── information-systems ───────────────────────────────────────────────────
  {
    text: 'The IT section keeps no record of how long faults take to fix, so neither it nor its users can tell whether the service is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators go to members once a year, months late and without targets.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'Managers cannot get reliable figures out of the council\'s systems, and the figures they do get disagree with one another.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'poor management information',
  },
  {
    text: 'Performance management is robust: targets flow from the corporate plan down to individual staff, and managers review the figures every month and act on them.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praise of performance management',
  },

  // ── consultation ──────────────────────────────────────────────────────────
  {
    text: 'Users were not asked what they wanted from the service at any stage of the review.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review did not seek the views of residents, or of the schools that buy the service.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'customers and citizens not consulted',
  },
  {
    text: 'The review team surveyed every user and held focus groups with residents, and the results clearly and visibly shaped the improvement plan.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praise of consultation that made a difference',
  },
  {
    text: 'Users\' views are sought after every help desk call and the results are published on the intranet each month – a simple but effective practice.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praise of routine feedback',
  },

  // ── comparison ────────────────────────────────────────────────────────────
  {
    text: 'The service has not compared its costs or performance with those of any other council.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison',
  },
  {
    text: 'The benchmarking club the council joined in 1999 has never been used; its reports sit unread in the IT manager\'s office.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'benchmarking data ignored',
  },
  {
    text: 'Where the council has compared itself with others it has picked authorities that perform worse, which gives a flattering picture.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison done badly',
  },
  {
    text: 'The comparison with others was thorough and well used: costs, staffing and help desk performance were measured against fourteen similar councils and two private firms, and the gaps found are now targets in the plan.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praise of benchmarking',
  },

  // ── competition ───────────────────────────────────────────────────────────
  {
    text: 'The review did not ask whether anyone else could provide the service better or more cheaply.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware contracts are rolled over year after year without ever being tested in the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement not tested',
  },
  {
    text: 'The option of a partnership with a private company was dismissed at the first meeting of the review team, without any analysis.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'partnership option dropped without analysis',
  },
  {
    text: 'The council tested the market rigorously, and its partnership with a private provider is well managed, with clear penalties for poor performance that have been applied when needed.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: "praise of market testing and partnership; 'poor performance' is an ordinary phrase",
  },

  // ── e-government ──────────────────────────────────────────────────────────
  {
    text: 'Only a handful of transactions can be completed online, and on its current course the council will miss the 2005 target by a wide margin.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot report a fault, pay a bill or book anything through it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for customers',
  },
  {
    text: 'The council\'s website is among the best we have seen: residents can pay, book and apply for seven in ten services online, well ahead of the national target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praise of electronic service delivery',
  },
  {
    text: 'The call centre and the one-stop shops give residents an easy, joined-up route into council services, and the new online payment service is popular and well used.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praise of customer access channels',
  },

  // ── two themes in one sentence ────────────────────────────────────────────
  {
    text: 'Members have never been asked to agree priorities for ICT spending, and the ICT budget has fallen in real terms for four years running.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: member ownership and funding',
  },
  {
    text: 'Because IT staff and departmental managers seldom talk to each other, the IT section cannot tell which of its 300 outstanding jobs matter most.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'cause and effect: poor communication leads to unprioritised backlog',
  },
  {
    text: 'The review was strong on consultation and comparison: users\' views were gathered systematically and help desk performance was benchmarked against twelve other councils.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'two strengths in one sentence',
  },
  {
    text: 'The chief executive is a powerful champion for ICT, but the strategy she champions bears little relation to the council\'s stated priorities.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'mixed polarity across a "but"',
  },
  {
    text: 'Training for the new customer contact system was excellent, but the online services it was meant to support are still not open to the public.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'mixed polarity: training praised, electronic delivery lagging',
  },
  {
    text: 'The IT section\'s service standards were drawn up without asking any department what it needed, and there is no way of telling whether they are met.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'users not consulted and no performance information',
  },

  // ── no theme: description, aims, self-assessment, quoted views, context ───
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description of capacity',
  },
  {
    text: 'The council\'s ICT strategy aims to make all its services available electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: "the council's own aim, mentions e-government words but makes no judgement",
  },
  {
    text: 'The council\'s self-assessment states that the service consults users widely and compares well with others.',
    expect: [],
    why: 'self-assessment, not the inspectors\' finding',
  },
  {
    text: 'The head of IT told us the service had "never been better resourced".',
    expect: [],
    why: 'quoted manager\'s view about funding',
  },
  {
    text: 'Hexley is a borough of 98,000 people on the edge of the Pennines.',
    section: 'Context',
    expect: [],
    why: 'context',
  },
  {
    text: 'The IT section moved into the Civic Centre annexe in 1997.',
    section: 'Context',
    expect: [],
    why: 'history',
  },
  {
    text: 'The service\'s net budget for 2002/03 is £2.4 million, of which £0.9 million is staff costs.',
    section: 'Context',
    expect: [],
    why: 'budget figures described, not judged',
  },
  {
    text: 'The Best Value review of ICT was carried out between January and October 2001 by a team of six officers.',
    expect: [],
    why: 'process description',
  },
  {
    text: 'The review considered four options for the future of the service, including outsourcing and a partnership with the county council.',
    section: 'Will the service improve? > Compete',
    expect: [],
    why: 'describes options considered, neither praise nor criticism of competition',
  },
  {
    text: 'This report sets out our findings and our recommendations.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The council\'s Implementing Electronic Government statement, submitted in July 2002, lists 312 transactions with the public.',
    expect: [],
    why: 'e-government fact without judgement',
  },
  {
    text: 'The Director of Resources said that members had "always backed ICT to the hilt".',
    expect: [],
    why: 'quoted officer view about leadership',
  },
  {
    text: 'The council plans to benchmark its help desk against other members of the regional ICT club next year.',
    expect: [],
    why: 'council plan, not a finding',
  },
  {
    text: 'Appendix 2 lists the people we interviewed and the documents we read.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The inspection took place in the week beginning 14 January 2002.',
    expect: [],
    why: 'date',
  },
  {
    text: 'The council employs around 4,200 staff, about 2,600 of whom use a PC every day.',
    section: 'Context',
    expect: [],
    why: 'neutral user numbers',
  },
  {
    text: '"We are proud to be a digital council," the leader told a regional conference in 2003.',
    expect: [],
    why: 'quoted politician\'s claim',
  },
];
