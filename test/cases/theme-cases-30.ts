/** Held-out theme set 30, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases30: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The IT strategy was written by the IT section in 1998 and makes no reference to the council\'s corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate priorities, stated as a failing',
  },
  {
    text: 'Projects are approved because a department asks for them, not because they help to deliver the community plan.',
    section: 'Will the service improve? > Challenge',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'ICT work not driven by the authority\'s strategic aims; no codebook words',
  },
  {
    text: 'Weakness\tNo visible link between ICT spending and the council\'s top priorities of regeneration and community safety',
    section: 'Summary > Strengths and weaknesses',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'table row labelled weakness: ICT spend not tied to corporate priorities',
  },
  {
    text: 'Every project in the ICT programme can now be traced to one of the council\'s six corporate objectives, and the board rightly turns down proposals that cannot show the link.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors approve the tie between ICT projects and corporate objectives',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan, and we found clear evidence that it shapes real decisions about what the council spends.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for alignment of ICT strategy with corporate plan',
  },
  // ── leadership ──
  {
    text: 'Members show little interest in ICT; the cabinet has not discussed the strategy since it was adopted two years ago.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning or driving ICT',
  },
  {
    text: 'No chief officer takes responsibility for IT, and the IT manager reports to a third-tier post in the finance department.',
    section: 'How good is the service? > Management',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior ownership of IT; lead from the top missing',
  },
  {
    text: 'The chief executive chairs the ICT board in person and has made modernisation a standing item at management team – a strong signal that staff throughout the council have understood.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'top-level leadership of ICT, praised',
  },
  {
    text: 'The lead member for ICT has championed the modernisation programme to good effect, and members\' scrutiny of its progress is rigorous.',
    section: 'Will the service improve?',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected member leadership and scrutiny praised',
  },
  // ── investment ──
  {
    text: 'Years of under-investment have left the council with a network that cannot support the systems its departments now need.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no budget for replacing PCs, so equipment is kept until it breaks down.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for replacement',
  },
  {
    text: 'The council has committed £3.2 million over three years to ICT – a substantial and well-targeted investment that is already paying off in faster, more reliable systems.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised as well targeted and effective',
  },
  {
    text: 'ICT funding is secured through a properly costed capital programme, which we regard as a significant strength.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'explicit praise of IT funding arrangements',
  },
  // ── understanding-of-it ──
  {
    text: 'Senior managers tend to see IT as a cost to be kept down rather than as a way of changing how services are delivered.',
    section: 'Will the service improve? > Challenge',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Few heads of service could tell us how technology might help them to meet their own targets.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT among service heads',
  },
  {
    text: 'Managers across the council have a good grasp of what ICT can do for their services, and several have impressively redesigned their processes around new systems.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for organisation-wide understanding of IT potential',
  },
  {
    text: 'The potential of technology to transform services is well understood at every level of the organisation we spoke to, which is a real asset.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise understanding of IT opportunity',
  },
  // ── communication ──
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to go live.',
    section: 'How good is the service? > Meeting users\' needs',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Departments complained that IT staff talk in jargon and never explain why their requests have been delayed.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT staff fail to communicate with departments',
  },
  {
    text: 'Each directorate now has a named IT business partner who sits on its management team, and departments told us this has transformed their relationship with the IT section – an arrangement we commend.',
    section: 'How good is the service? > Meeting users\' needs',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised link between IT staff and departments',
  },
  {
    text: 'Regular liaison meetings between IT staff and service managers work well, and both sides spoke positively about them.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective IT–department communication, assessed as working well',
  },
  // ── demand-capacity ──
  {
    text: 'Departments wait up to four months for new PCs to be installed.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips delivery capacity',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the section responds to whoever shouts loudest.',
    section: 'How good is the service? > Managing demand',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of user demand',
  },
  {
    text: 'The backlog of development requests has grown to 230 items, and at peak times the help desk cannot keep up with the volume of calls.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and capacity shortfall',
  },
  {
    text: 'A clear priority system, agreed with departments, has cut the backlog of project requests by two-thirds in a year – a notable achievement.',
    section: 'How good is the service? > Managing demand',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation and backlog reduction, praised',
  },
  {
    text: 'Service level agreements with every department set realistic targets, and the IT service meets them consistently – a real strength.',
    section: 'How good is the service? > Performance against standards',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels balanced with capacity and met; inspectors\' positive assessment',
  },
  // ── user-training ──
  {
    text: 'Many staff have had no training on the systems they use every day and rely on colleagues to show them what to do.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'Training on new software is offered only at the civic centre, so staff in the area offices cannot get to it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training provision inappropriate for remote users',
  },
  {
    text: 'The ICT training programme is well planned and well used: more than 1,200 staff gained a recognised IT qualification last year.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised with evidence',
  },
  {
    text: 'Users praised the short, practical sessions run before each new system went live, and we saw the benefit in the confident way staff used them.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors confirm the value of user training',
  },
  // ── culture-change ──
  {
    text: 'The council\'s culture remains cautious and hierarchical, and managers are reluctant to change the way they work.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Departments guard their own systems and data jealously, which makes any joint working slow and difficult.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'departmental silo culture obstructs change',
  },
  {
    text: 'The council has worked hard, and successfully, to build a more open culture, and staff told us they now feel able to suggest better ways of working.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved and praised',
  },
  {
    text: 'A new management style, with decisions pushed down to team leaders, has made the IT service noticeably more responsive.',
    section: 'How good is the service? > Management',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change of management style credited with better results',
  },
  // ── information-systems ──
  {
    text: 'The IT section collects little performance information and does not report it to members.',
    section: 'How good is the service? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information',
  },
  {
    text: 'Targets are set each year, but no one checks whether they have been met.',
    section: 'How good is the service? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management not operating',
  },
  {
    text: 'Performance is monitored rigorously: managers receive weekly reports on every service standard and act promptly on what they show.',
    section: 'How good is the service? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'robust performance management, praised',
  },
  {
    text: 'Members are given a clear and up-to-date picture of ICT performance against target through an effective management information system.',
    section: 'Will the service improve?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information system',
  },
  // ── consultation ──
  {
    text: 'Users have never been asked what they think of the IT service.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review did not seek the views of residents who use the council\'s web site or its telephone payment line.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'Consultation during the review was wide-ranging – a survey of all staff users and focus groups with residents – and the results clearly shaped the plan.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation that made a difference',
  },
  {
    text: 'User panels meet every quarter, and their views have already led to longer help desk hours; this is good practice.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consulting users, commended as good practice',
  },
  // ── comparison ──
  {
    text: 'The council has not compared its IT costs or performance with those of other councils.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Comparison with others amounted to a single telephone call to a neighbouring district.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'token comparison, implicitly criticised',
  },
  {
    text: 'The service benchmarks its costs each year through a national club of forty councils and makes good use of the results to set stretching targets.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised for how it is used',
  },
  {
    text: 'The review\'s comparisons with other authorities and with private-sector providers were thorough and well used.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'strong comparison in the review',
  },
  // ── competition ──
  {
    text: 'The review did not consider whether anyone else could run the service better or more cheaply.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'No part of the IT service has ever been market-tested, and supplier contracts have simply been rolled over without competition.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing or competitive procurement',
  },
  {
    text: 'A rigorous market test led to a partnership with a private provider that has cut costs by 12 per cent while improving response times.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'successful competition and partnership, praised',
  },
  {
    text: 'The procurement of the new network was well managed and genuinely competitive.',
    section: 'How good is the service? > Value for money',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'procurement praised',
  },
  // ── e-government ──
  {
    text: 'Only 18 per cent of council services can be delivered electronically, and at the present rate the council will fall well short of the 2005 target.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on electronic service delivery target',
  },
  {
    text: 'The web site offers little more than addresses and opening hours; residents cannot pay, book or apply for anything online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for customers',
  },
  {
    text: 'The council is well on course to meet the 2005 target, with most common transactions already available online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'good progress on e-government targets',
  },
  {
    text: 'The new web site is a model of its kind: easy to use, fully accessible and linked directly to the contact centre.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'web/customer access praised',
  },
  // ── two themes ──
  {
    text: 'Members have set no priorities for ICT, and as a result the strategy bears little relation to the council\'s corporate aims.',
    section: 'Will the service improve?',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'lack of member leadership causing strategic misalignment',
  },
  {
    text: 'A small and underfunded team faces heavy demand, so requests routinely wait months.',
    section: 'How good is the service? > Performance',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'under-resourcing and demand outstripping capacity',
  },
  {
    text: 'The IT section has never asked users what they need, nor compared itself with any other council.',
    section: 'Will the service improve? > The 4Cs',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: 'Thorough comparisons with other councils and a genuine market test gave the review a strong foundation.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'compare and compete both praised',
  },
  {
    text: 'Training has lagged behind the roll-out of new systems, and no one in IT talks to departments about what training their staff need.',
    section: 'How good is the service? > Meeting users\' needs',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'training gap plus IT–department communication gap',
  },
  {
    text: 'Strong backing from the chief executive has secured an extra £900,000 for ICT this year, which we welcome.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'top-level leadership delivering funding, welcomed',
  },
  {
    text: 'Performance figures are published monthly on the intranet, which is good practice, but users are never asked whether the standards measure what matters to them.',
    section: 'How good is the service? > Performance management',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'mixed polarity in one sentence: performance information praised, consultation lacking',
  },
  {
    text: 'Managers\' limited grasp of what technology could offer has held back the development of online services for the public.',
    section: 'Will the service improve?',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'poor understanding of IT hindering electronic service delivery',
  },
  {
    text: 'A culture in which each department buys its own systems has left the council with a dozen incompatible databases and no corporate view of performance.',
    section: 'How good is the service? > Performance management',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'departmental culture and weak management information',
  },
  // ── no theme ──
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The borough has a population of 104,000, and the council employs around 3,500 staff.',
    section: 'Context > The council',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim, not an assessment',
  },
  {
    text: 'In its self-assessment the council states that its ICT service is among the best in the region.',
    section: 'Summary',
    expect: [],
    why: 'council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The IT section sits within the Finance Directorate, and its budget for 2001/02 is £1.8 million.',
    section: 'Context > The service',
    expect: [],
    why: 'budget stated as a fact, no judgement about funding',
  },
  {
    text: 'The inspection was carried out by two inspectors over five days in March 2002.',
    section: 'Introduction',
    expect: [],
    why: 'procedural fact',
  },
  {
    text: 'The council\'s corporate objectives are a safer borough, a cleaner environment and better life chances for young people.',
    section: 'Context > Corporate aims',
    expect: [],
    why: 'aims quoted; no link to IT assessed',
  },
  {
    text: 'There are some 1,100 PCs connected to the corporate network across 14 sites.',
    section: 'Context > The service',
    expect: [],
    why: 'neutral description of the estate',
  },
  {
    text: 'The Best Value review of IT began in June 2000 and reported to cabinet in February 2001.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'timeline only',
  },
  {
    text: 'The head of ICT told us that he wants every council service to be available online by 2004.',
    section: 'Will the service improve?',
    expect: [],
    why: 'a manager\'s ambition, not an inspectors\' finding either way',
  },
  {
    text: 'We would like to thank the council\'s staff and members for their help during the inspection.',
    section: 'Acknowledgements',
    expect: [],
    why: 'courtesy text',
  },
  {
    text: 'The council\'s IEG statement sets a target of 100 per cent electronic delivery by December 2005.',
    section: 'Context',
    expect: [],
    why: 'a target quoted, not assessed',
  },
  {
    text: 'The IT service also supports the 34 primary schools that buy into the council\'s managed service.',
    section: 'Context > The service',
    expect: [],
    why: 'scope description',
  },
  {
    text: 'The council says that it consulted all its staff on the new ICT strategy.',
    section: 'Will the service improve? > Consult',
    expect: [],
    why: 'council\'s claim reported without the inspectors\' endorsement',
  },
  {
    text: 'Help desk calls logged, 2001/02\t14,260',
    section: 'Appendix 1 > Performance data',
    expect: [],
    why: 'bare table row, no assessment',
  },
  {
    text: 'The contract with the council\'s network supplier runs until March 2004.',
    section: 'Context',
    expect: [],
    why: 'contract fact, no judgement about procurement',
  },
];
