/** Held-out theme set 23, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases23: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the community plan or to the council\'s corporate priorities.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy detached from corporate aims, criticised',
  },
  {
    text: 'There is no clear thread running from the council\'s stated priorities for education and regeneration down to the projects in the IT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'missing link between corporate priorities and IT programme',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan: each of its twelve projects is explicitly tied to one of the council\'s five priorities, and this is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise alignment with corporate aims',
  },
  {
    text: 'Proposals for spending on technology are now tested against the authority\'s key aims before they are approved, which we regard as good practice.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praised practice of tying IT decisions to corporate aims',
  },

  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in the ICT strategy, and no senior officer has taken ownership of it since the director of resources left.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no ownership from members or senior officers',
  },
  {
    text: 'The corporate management team has not championed the use of technology; ICT decisions are left to the head of IT, who lacks the authority to drive change across departments.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of lead from the top',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has made it plain that technology is central to how the council will modernise, which gives the programme strong direction.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'chief executive drives IT, praised as strong direction',
  },
  {
    text: 'The lead member for resources has a sound grasp of the issues and has driven the review forward with energy and commitment.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected member owning and driving the work, praised',
  },

  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-funding have left the council with an ageing network, and a third of its PCs are more than five years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital provision for replacing the main servers beyond next year, and the revenue budget for IT has been cut in each of the last three years.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'inadequate budget and funding',
  },
  {
    text: 'The council has backed its ambitions with money: £4.2 million has been set aside over three years for the infrastructure programme, which we consider a sound basis for delivery.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding committed, inspectors approve',
  },
  {
    text: 'A rolling replacement fund has been set up and is well managed, so equipment is now renewed on a planned four-year cycle.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'well-managed investment fund praised',
  },

  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers still see IT as a cost to be contained rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity of IT',
  },
  {
    text: 'Outside the IT section there is little awareness of what the new systems could do for front-line services, and departments tend simply to automate their existing paper processes.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the power of IT',
  },
  {
    text: 'Service directors have a good appreciation of how technology can reshape their services, and several have already used it to redesign the way work is done.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'good understanding of the opportunity IT offers, praised',
  },
  {
    text: 'It is to the council\'s credit that officers in every department we visited understand what ICT can offer in reshaping their own services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors credit widespread understanding of IT potential',
  },

  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers told us that they rarely hear from the IT section until a system is delivered, and then often find that it does not fit the way they work.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor contact between IT and front-line services',
  },
  {
    text: 'Relations between the IT unit and the social services department are strained, with each blaming the other for the failure of the client database project.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'breakdown between technical staff and a department',
  },
  {
    text: 'Each directorate now has a named IT liaison officer who meets service managers every month, and the staff we spoke to valued this regular contact.',
    section: 'How good is the service? > Working with departments',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'regular contact between IT and services, valued',
  },
  {
    text: 'Technical staff and service managers work well together on project boards, and departments feel well informed about the progress of their projects.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good joint working and information flow',
  },

  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 requests for changes to systems.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity, backlogs',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the section responds to whoever shouts loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of user demands',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, means that the section\'s limited resources are focused on the projects that matter most.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation praised',
  },
  {
    text: 'Service level agreements with each department are realistic and are being met: 94 per cent of faults were fixed within the agreed time last year, an impressive record.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels set realistically and met',
  },

  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff have been given new software with little or no training, and many rely on colleagues to show them how to use it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Nobody has assessed the IT skills of the workforce, and the training budget was halved this year.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'skills not assessed, training cut',
  },
  {
    text: 'The training programme is well regarded: more than 1,200 staff have completed the European Computer Driving Licence, and users say the courses are relevant to their jobs.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'Good use is made of floor-walkers and short workshops when new systems go live, and the help desk now receives far fewer "how do I" calls as a result.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'effective training at go-live',
  },

  // ---------------------------------------------------------------- culture-change
  {
    text: 'The culture remains cautious and hierarchical; staff are reluctant to take decisions without referring them upwards, and this slows down change.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'Managers in the IT section are defensive when challenged, and there is open resistance to new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'defensive management style, resistance to change',
  },
  {
    text: 'There has been a marked shift in culture: managers are now open to challenge and staff are encouraged to suggest improvements.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, praised',
  },
  {
    text: 'Staff at all levels told us that the service has become more open and customer-focused, and we saw clear evidence of a change in the way teams are managed.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'inspectors confirm change in management style',
  },

  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service does not record how long the help desk takes to respond, so managers cannot tell whether performance is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are reported to members only once a year, and targets have not been set for most of them.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A robust performance management framework is in place, with monthly reports on call resolution, system availability and project milestones that managers use to take action.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'The new management information system gives managers reliable, up-to-date figures, and it is being used well to monitor the service.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information used well',
  },

  // ---------------------------------------------------------------- consultation
  {
    text: 'Users were not consulted during the review, and there has been no survey of staff satisfaction with the help desk since 1999.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review made little effort to find out what residents want from the council\'s services, relying instead on the views of officers.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'The review team consulted widely, holding focus groups with staff in every department and surveying 600 residents, and the results clearly shaped the options it considered.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'wide consultation that influenced the review',
  },
  {
    text: 'User satisfaction surveys are carried out every six months and acted upon; the longer help desk opening hours followed directly from what users said.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'regular consultation, acted on',
  },

  // ---------------------------------------------------------------- comparison
  {
    text: 'The council has made little attempt to compare the cost or performance of its IT service with that of other authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The comparisons made during the review were limited to two neighbouring councils and did not look at the private sector or at the best performers.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'narrow comparison, criticised',
  },
  {
    text: 'The council makes good use of its membership of a benchmarking club and knows how its costs and performance compare with those of similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'Comparisons with other councils and with private sector help desks were thorough and led the service to set itself demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'thorough comparison that drove targets',
  },

  // ---------------------------------------------------------------- competition
  {
    text: 'The option of buying IT services from an external provider was dismissed without any rigorous analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'No part of the service has ever been market tested, and the council cannot show that keeping it in-house gives value for money.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing',
  },
  {
    text: 'The council has tested the market thoroughly: a competitive tender for desktop support attracted six bids and has produced savings of 15 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'effective procurement, praised',
  },
  {
    text: 'The partnership with a private sector supplier was set up well, with a robust appraisal of the options and clear contract terms.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'well-managed partnership procurement',
  },

  // ---------------------------------------------------------------- e-government
  {
    text: 'The council is a long way from meeting the target of having all its services available electronically by 2005; only 18 per cent of transactions can be completed online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target',
  },
  {
    text: 'The web site is hard to find your way around, and residents cannot yet pay for or apply for any service online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for citizens',
  },
  {
    text: 'The council\'s web site is one of the best we have seen, allowing residents to report faults, book services and pay bills online.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'online services praised',
  },
  {
    text: 'Good progress is being made towards the 2005 target: the contact centre is linked to the back-office systems, so most enquiries are resolved at the first call.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery and customer access progressing well',
  },

  // ---------------------------------------------------------------- two themes
  {
    text: 'The ICT strategy bears no relation to the council\'s corporate priorities and has never been discussed by members.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'strategy not aligned, and members not engaged',
  },
  {
    text: 'The IT budget has been cut year after year while requests from departments keep growing, leaving the section unable to keep up.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'under-funding and demand outstripping capacity',
  },
  {
    text: 'Regular surveys of users and benchmarking against other unitary councils give the service a clear picture of where it stands, which we found impressive.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'consultation and comparison both praised',
  },
  {
    text: 'Contact centre staff have not been trained to use the new online booking system, so few residents can yet book services over the internet.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'training gap holding back electronic service delivery',
  },
  {
    text: 'Monthly performance reports are now shared with each department\'s IT liaison officer, and this has done much to build trust between the IT section and the services it supports.',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'communication', polarity: 'strength' },
    ],
    why: 'performance information and IT-department communication both praised',
  },
  {
    text: 'A long-standing "we know best" attitude means that the IT section has rarely asked users what they need.',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'culture problem and lack of user consultation',
  },
  {
    text: 'The outsourcing contract was renewed without a tender and without any benchmarking of its costs against those of other councils.',
    expect: [
      { theme: 'competition', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'competition and comparison both missing',
  },
  {
    text: 'Elected members and chief officers have taken firm ownership of the e-government programme, and the council is well on course to meet the 2005 target.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'leadership and e-government progress both praised',
  },

  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and handles around 1,400 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    expect: [],
    why: 'council aim quoted as an aim',
  },
  {
    text: 'The borough has a population of 160,000 and covers 32 square miles.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council\'s self-assessment states that its ICT strategy is closely aligned with corporate priorities.',
    expect: [],
    why: "the council's own claim, not the inspectors' finding",
  },
  {
    text: 'The IT service sits within the resources directorate and reports to the director of finance.',
    section: 'Context',
    expect: [],
    why: 'organisational description',
  },
  {
    text: 'The Best Value review of ICT began in April 2001 and was completed in March 2002.',
    expect: [],
    why: 'dates of the review, no evaluation',
  },
  {
    text: 'The council intends to consult residents about its new web site during the summer.',
    expect: [],
    why: 'stated intention, no evaluation either way',
  },
  {
    text: 'The net revenue budget for the service in 2002/03 is £3.1 million.',
    section: 'Context',
    expect: [],
    why: 'budget figure without comment',
  },
  {
    text: 'This report has been prepared by independent inspectors as part of the Best Value inspection process.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The IT manager told us that he believes the council\'s staff training is the best in the region.',
    expect: [],
    why: "a manager's claim, not the inspectors' praise",
  },
  {
    text: 'Section 3 of this report sets out our findings on how good the service is.',
    expect: [],
    why: 'signposting',
  },
  {
    text: 'Table 2: Help desk calls by department, 2001/02',
    expect: [],
    why: 'table caption',
  },
  {
    text: 'The council\'s e-government statement commits it to making all of its services available electronically by December 2005.',
    expect: [],
    why: "the council's commitment quoted, no judgement",
  },
  {
    text: 'We would like to thank the staff of the council who helped with this inspection.',
    expect: [],
    why: 'acknowledgement',
  },
  {
    text: 'The mainframe is maintained under a contract with an external supplier that runs until 2004.',
    section: 'Context',
    expect: [],
    why: 'contract described as a fact, no evaluation',
  },
];
