/** Held-out theme set 31, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases31: ThemeCase[] = [
  // strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section in isolation and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy not tied to corporate aims',
  },
  {
    text: 'Projects are taken on because suppliers offer them, not because they help the council meet the objectives in its community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'project choice disconnected from the council\'s strategic aims, without the word "strategy"',
  },
  {
    text: 'Every project in the ICT programme is explicitly linked to one of the council\'s five corporate priorities, and we saw this link used to turn down proposals that did not fit.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between IT work and corporate priorities',
  },
  {
    text: 'We were impressed by how closely the technology strategy follows the aims set out in the community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'explicit inspector praise of alignment',
  },

  // leadership
  {
    text: 'Members show little interest in ICT: the strategy has not been discussed at cabinet since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No senior officer owns the IT agenda, and the post of IT champion on the management team has been vacant for more than a year.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has driven the programme forward with evident determination.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised leadership by the chief executive',
  },
  {
    text: 'The cabinet member for ICT is clearly committed and asks searching questions of officers at every meeting.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member leadership praised',
  },

  // investment
  {
    text: 'Years of under-funding have left the council with a network that is close to collapse.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing PCs, so machines are kept running until they fail.',
    section: 'How good is the service? > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget for IT renewal',
  },
  {
    text: 'Investment has been substantial and well targeted: the £3 million capital programme agreed in 2001 has replaced the whole network on time and within budget.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised by inspectors',
  },
  {
    text: 'Funding for ICT is secure, with a rolling five-year replacement budget that we regard as good practice.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure funding described as good practice',
  },

  // understanding-of-it
  {
    text: 'Many managers see IT as a cost to be kept down rather than as a means of changing the way services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not see the opportunity IT offers',
  },
  {
    text: 'Departments have yet to grasp what technology could do for them; almost every request is for replacement equipment rather than a new way of working.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT',
  },
  {
    text: 'Service managers we met understood well how technology could transform their services, and several had already redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'good understanding of IT opportunity, praised',
  },
  {
    text: 'Across the council there is a strong awareness of what ICT can offer, from mobile working for care staff to shared case records.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'awareness of IT opportunity praised',
  },

  // communication
  {
    text: 'Front-line managers rarely hear from the IT section about what is planned or why.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and services',
  },
  {
    text: 'Housing staff told us they find out about changes to their system only when it stops working.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'front-line staff not told of IT changes',
  },
  {
    text: 'Communication between the IT team and the directorates is a real strength: each directorate has a named liaison officer who meets its managers every month.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'IT-to-service communication praised',
  },
  {
    text: 'Front-line staff valued the regular IT bulletins, and we found them well informed about forthcoming changes.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors confirm staff are well informed by IT',
  },

  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is no agreed way of deciding which requests come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'delays and no prioritisation',
  },
  {
    text: 'The backlog of development requests has grown to more than 300 items, many of them over a year old.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog beyond capacity',
  },
  {
    text: 'Service level agreements are in place with every department and, to its credit, the service consistently meets them.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and met, praised',
  },
  {
    text: 'A clear prioritisation process means scarce development time goes to the projects that matter most, and users accept the outcome.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand balanced against capacity by prioritisation',
  },

  // user-training
  {
    text: 'Many staff lack basic skills in the software they use every day, and training is offered only when a new system is installed.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user skills and training',
  },
  {
    text: 'There is no budget for training users; people rely on colleagues to show them how things work.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training provision',
  },
  {
    text: 'The training programme is well designed: courses are short, held close to where people work and highly rated by those who attend.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'Nearly all staff now hold the European Computer Driving Licence, an achievement that has visibly raised their confidence in using IT.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills raised, described as an achievement',
  },

  // culture-change
  {
    text: 'The service remains inward-looking and defensive, and staff treat challenge from users as criticism rather than as a chance to learn.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'A command-and-control style of management discourages staff from suggesting improvements.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style a barrier',
  },
  {
    text: 'The department has moved from a culture of blame to one in which staff are encouraged to try new ideas and learn from mistakes.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive culture change achieved',
  },
  {
    text: 'Managers now listen to their staff and share decisions with them, a welcome change from the closed style we were told about.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style change welcomed by inspectors',
  },

  // information-systems
  {
    text: 'The help desk does not record how long calls take to resolve, so managers cannot tell whether performance is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are collected but are never reported to members or used to manage the service.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management weak',
  },
  {
    text: 'Performance is monitored closely: monthly reports on availability, response times and satisfaction go to the management team and are acted upon.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management',
  },
  {
    text: 'The performance management framework is robust, with every team set targets and progress reviewed each quarter.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised as robust',
  },

  // consultation
  {
    text: 'Users were not asked for their views during the review, and no survey of satisfaction has been carried out since 1998.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review team did not consult schools, even though they account for a third of the calls to the service.',
    section: 'Will the service improve? > The best value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'key users left out of consultation',
  },
  {
    text: 'Consultation was thorough: the review team ran focus groups with staff in every directorate and an on-street survey of residents.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation praised',
  },
  {
    text: 'The service surveys its users twice a year and, commendably, has made visible changes in response, such as longer help desk opening hours.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation acted on, praised',
  },

  // comparison
  {
    text: 'The review made no attempt to compare the service\'s costs or performance with those of other councils.',
    section: 'Will the service improve? > The best value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'Comparisons were limited to two neighbouring councils chosen for convenience, and the figures were not on a like-for-like basis.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak benchmarking',
  },
  {
    text: 'The service benchmarks itself rigorously through a national IT benchmarking club and uses the results to set its own targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous benchmarking praised',
  },
  {
    text: 'The review made good use of comparative data, which showed that costs per PC are among the lowest in the benchmarking group.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'effective use of comparison',
  },

  // competition
  {
    text: 'The review did not test whether the service could be provided more cheaply or better by another supplier.',
    section: 'Will the service improve? > The best value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The contract with the main software supplier has been rolled forward every year since 1994 without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing of a contract',
  },
  {
    text: 'The review tested the market thoroughly, and the resulting partnership with a private sector provider has brought in skills the council could not afford to employ itself.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'Procurement is well managed: by buying through a regional consortium the council has cut its hardware costs by a quarter.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'procurement praised',
  },

  // e-government
  {
    text: 'The council is not on course to meet the government\'s target of having all its services available electronically by 2005.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: '2005 e-government target at risk',
  },
  {
    text: 'The web site is little more than an electronic leaflet: residents cannot pay, book or apply for anything on-line.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor electronic service delivery',
  },
  {
    text: 'Good progress has been made: residents can now report faults, pay bills and apply for permits through the council\'s web site, and take-up has grown quickly.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'The contact centre and web site together give residents a single, well-designed point of access to most council services.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised',
  },

  // two themes
  {
    text: 'The IT strategy has not been updated to reflect the council\'s new priorities, and members have shown no interest in seeing that it is.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'misaligned strategy plus disengaged members',
  },
  {
    text: 'Users were never asked what training they needed, and the courses on offer bear little relation to the systems they actually use.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'users not consulted, and training poorly matched',
  },
  {
    text: 'The decision to outsource the desktop service followed a rigorous comparison of costs with twelve other councils and an open competitive tender.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'rigorous benchmarking and market testing',
  },
  {
    text: 'IT staff now visit departments regularly to explain planned changes, and the resulting fall in urgent requests has helped the team clear its backlog.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'better IT-service communication and backlog cleared',
  },
  {
    text: 'Chronic under-investment means the council will not meet the 2005 target for delivering its services electronically.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'funding gap endangers the e-government target',
  },
  {
    text: 'The chief executive has led a real change in culture, and managers now expect to be challenged and to challenge in turn.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'leadership from the top bringing culture change',
  },
  {
    text: 'Managers do not see what IT could offer their services, and so they seldom involve the IT section when planning changes.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'limited understanding of IT and little contact between services and IT',
  },

  // no theme
  {
    text: 'The help desk has six staff and is open from 8.30am to 5.30pm, Monday to Friday.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to deliver all of its services electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council aim quoted as an aim, not a judgement on e-government progress',
  },
  {
    text: 'Hallam Vale is a largely rural district with a population of about 96,000.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The IT section reports to the Director of Corporate Resources.',
    expect: [],
    why: 'neutral organisational fact',
  },
  {
    text: 'In its self-assessment the council states that its IT staff are highly skilled and well trained.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The ICT budget for 2002/03 is £1.9 million, of which £400,000 is capital.',
    section: 'Context',
    expect: [],
    why: 'budget figure stated without comment',
  },
  {
    text: 'The best value review was carried out between April and November 2000 by a team of officers and two members.',
    expect: [],
    why: 'neutral description of the review',
  },
  {
    text: 'The council\'s vision is "to be an excellent, customer-focused council that uses technology to serve residents better".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council vision quoted as an aim',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'We interviewed 42 people, including the leader of the council, service managers and front-line staff.',
    section: 'Appendix 2 > How we carried out the inspection',
    expect: [],
    why: 'method statement; names leaders and front-line staff without judging anything',
  },
  {
    text: 'The IT manager told us that the service is well regarded by its users.',
    expect: [],
    why: 'a manager\'s claim, not inspectors\' finding',
  },
  {
    text: 'The service supports some 1,800 PCs and 60 servers across 25 sites.',
    section: 'Context',
    expect: [],
    why: 'neutral scale description',
  },
  {
    text: 'The council intends to revise its ICT strategy during 2003.',
    expect: [],
    why: 'statement of intention without judgement',
  },
  {
    text: 'Section 4 of this report sets out what the council needs to do next.',
    expect: [],
    why: 'signposting',
  },
];
