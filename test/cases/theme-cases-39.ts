/** Held-out theme set 39, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases39: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s priorities for community safety, regeneration or education.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy cut off from corporate priorities',
  },
  {
    text: 'There is no clear line of sight between what the authority says it wants to achieve and the projects on the IT work programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'work programme not linked to corporate aims, put as "line of sight"',
  },
  {
    text: 'Departments buy systems to meet their own immediate needs, with no reference to any council-wide view of where the authority is heading.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'no corporate direction behind IT purchasing',
  },
  {
    text: 'Each of the twelve major projects in the ICT strategy is explicitly linked to one of the council\'s five corporate priorities, which is a real strength.',
    section: 'How good is the service? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the explicit link to corporate priorities',
  },
  {
    text: 'We found that proposals for new technology are tested against the authority\'s strategic objectives before they are approved, and this works well.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise testing IT against strategic objectives',
  },

  // ── leadership ──
  {
    text: 'Members show little interest in ICT, and the portfolio holder could not tell us what the strategy was meant to achieve.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No chief officer has taken ownership of the modernisation programme, which has been left to the IT manager to drive on his own.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior ownership',
  },
  {
    text: 'ICT appears on the management team\'s agenda only when something has gone wrong.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'senior officers engage only in a crisis',
  },
  {
    text: 'The chief executive chairs the information strategy board in person, and senior officers talk about ICT with real conviction.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'inspectors praise visible lead from the top',
  },
  {
    text: 'Elected members have championed the programme, and the lead member for resources gives strong and visible direction.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'inspectors praise members driving IT',
  },

  // ── investment ──
  {
    text: 'Years of under-funding have left the council with an ageing network, and more than half its PCs fall below the recommended specification.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital programme for replacing equipment, so hardware is renewed only when it fails.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for replacement',
  },
  {
    text: 'The IT revenue budget has been cut in each of the last three years, and the service cannot now pay for routine upgrades.',
    section: 'How good is the service? > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'budget cuts leave IT under-resourced',
  },
  {
    text: 'The council has committed £4.2 million over three years to modernise its infrastructure, a significant and well-targeted investment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise the investment',
  },
  {
    text: 'A properly financed rolling replacement fund means every desktop is now renewed on a four-year cycle – good practice that others could learn from.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise sustained funding of equipment',
  },

  // ── understanding-of-it ──
  {
    text: 'Many senior managers still see IT as a cost to be kept down rather than a means of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'no grasp of what IT can offer',
  },
  {
    text: 'Outside the IT unit there is little awareness of what technology could do for front-line services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not see the opportunity IT offers',
  },
  {
    text: 'Departments tend to ask for faster versions of the systems they already have rather than thinking about what new technology might make possible.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited vision of what IT could do',
  },
  {
    text: 'Service directors have a clear grasp of how technology can transform their services, and several have redesigned whole processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise understanding of what IT can do',
  },
  {
    text: 'We were impressed by how well managers across the council understand what ICT can offer, from mobile working to shared customer records.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors explicitly impressed by understanding of IT',
  },

  // ── communication ──
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'little contact between IT and front-line services',
  },
  {
    text: 'Staff in social services told us they find out about network changes only when their applications stop working.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT does not tell departments about changes',
  },
  {
    text: 'IT staff and service departments have no regular forum in which to meet, and each side blames the other when projects slip.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no dialogue between technical staff and departments',
  },
  {
    text: 'Business relationship managers meet each department every month, and service managers told us they now feel well informed about IT developments; this is a clear improvement.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors call good IT–department liaison a clear improvement',
  },
  {
    text: 'Regular bulletins and a network of departmental liaison officers have created good two-way communication between the IT section and front-line services.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors praise two-way communication',
  },

  // ── demand-capacity ──
  {
    text: 'Departments wait up to four months for new PCs, and the backlog of development requests now stands at more than 200.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeds capacity: waits and backlog',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so whoever shouts loudest gets served.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'Service level agreements exist on paper but are routinely missed, and the help desk cannot cope with the volume of calls at peak times.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'service levels missed; calls exceed capacity',
  },
  {
    text: 'A clear prioritisation process agreed by chief officers has cleared the development backlog, and users now know when their requests will be dealt with.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'inspectors credit prioritisation that cleared the backlog',
  },
  {
    text: 'The help desk now resolves 85 per cent of calls at first contact and consistently meets its service level targets, which is a considerable achievement.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'inspectors praise meeting service levels',
  },

  // ── user-training ──
  {
    text: 'Staff are given new systems with little or no training, and many rely on colleagues to show them how to use basic software.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'No one has assessed the IT skills staff need, and courses are run only when a new system is introduced.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no skills assessment, ad hoc training',
  },
  {
    text: 'Only a third of staff in the revenues section have had any instruction in the new document imaging system.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training not provided, put as "instruction"',
  },
  {
    text: 'A well-used learning centre and a structured programme of ECDL courses have raised staff IT skills markedly.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors credit training for a marked rise in skills',
  },
  {
    text: 'The training that came with the new financial system was well designed, tailored to each team and followed up with support on site; this is good practice.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors call the training good practice',
  },

  // ── culture-change ──
  {
    text: 'The culture remains cautious and hierarchical, and staff are reluctant to take decisions without approval from above.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'A command-and-control management style discourages staff from suggesting better ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style holds back change',
  },
  {
    text: 'Departments guard their own territory, and there is little appetite for working across boundaries.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'There has been a marked shift in management style: managers now delegate, encourage new ideas and accept that not every project will succeed.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'inspectors credit a change in management style',
  },
  {
    text: 'The council has successfully moved from a departmental culture of blame to one in which services work together and learn from mistakes.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'inspectors credit culture change',
  },

  // ── information-systems ──
  {
    text: 'The service does not record system availability or how long calls take to resolve, so managers cannot tell whether performance is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators reach members once a year, long after any problem could have been put right.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management reporting',
  },
  {
    text: 'Project progress is not tracked in any consistent way, so slippage is found only when deadlines have passed.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no management information on projects',
  },
  {
    text: 'A robust performance management framework means targets are set, checked monthly and acted on when they slip.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'inspectors call the performance management robust',
  },
  {
    text: 'Managers have up-to-date performance information on a well-designed intranet dashboard, and they use it to run the service.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'inspectors praise management information in use',
  },

  // ── consultation ──
  {
    text: 'The review team did not ask the staff who use the systems every day for their views.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'A user satisfaction survey was carried out in 1999, but nothing was done with the results and it has not been repeated.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation not acted on or repeated',
  },
  {
    text: 'Residents have never been asked how they would like to contact the council or what they think of its services.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'Consultation was extensive and well designed: focus groups, an online survey and the citizens\' panel all helped to shape the review\'s conclusions.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'inspectors praise the consultation',
  },
  {
    text: 'The service asks its users what they think as a matter of routine, and we saw clear examples of changes made as a result.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'inspectors saw consultation lead to change',
  },

  // ── comparison ──
  {
    text: 'The review made no real attempt to compare the service\'s costs or performance with those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The service does not know how its help desk compares with similar organisations, because it has never looked.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'Comparisons were limited to one neighbouring authority and relied on figures that were three years old.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak, out-of-date comparison',
  },
  {
    text: 'The service is an active member of a benchmarking club of fourteen authorities and uses the results to set itself demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'inspectors credit active benchmarking put to use',
  },
  {
    text: 'Thorough benchmarking against other councils showed where costs were high, and the review put this to good use.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'inspectors praise benchmarking well used',
  },

  // ── competition ──
  {
    text: 'The review did not test whether other providers could run the service more cheaply or better.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for network support have been rolled over year after year without being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no procurement competition',
  },
  {
    text: 'Outsourcing and a partnership with the neighbouring council were dismissed without any proper appraisal.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'options for alternative provision not appraised',
  },
  {
    text: 'The council carried out a thorough options appraisal, including soft market testing, before entering a strategic partnership for ICT, and handled the process well.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'inspectors praise market testing and partnership procurement',
  },
  {
    text: 'Procurement of the new telephone system was well managed, and competitive tendering achieved significant savings.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'inspectors praise competitive procurement',
  },

  // ── e-government ──
  {
    text: 'The council is not on course to meet the 2005 target: fewer than a fifth of its transactions with the public can be done electronically.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the electronic service delivery target',
  },
  {
    text: 'The website is little more than an electronic leaflet, with no way to pay, book or report anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access',
  },
  {
    text: 'There is no plan for how customers will reach services by telephone, over the internet or at one-stop shops.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'no customer access strategy',
  },
  {
    text: 'The council\'s website is one of the best we have seen: residents can pay council tax, report faults and apply for permits online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'inspectors praise electronic service delivery',
  },
  {
    text: 'With 70 per cent of its services already available electronically, the council is well placed to meet the government\'s 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'inspectors say the council is on track for the e-government target',
  },

  // ── two themes ──
  {
    text: 'Members have never been asked to approve the ICT strategy, which has no link to the corporate plan.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'members not involved, and strategy not aligned with corporate aims',
  },
  {
    text: 'Because the budget has not kept pace with demand, requests for new systems join a queue that now stretches into next year.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'under-funding, and a backlog of demand',
  },
  {
    text: 'Staff have not been trained to use the new performance management system, so the information it holds is rarely used.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no training, and performance information unused',
  },
  {
    text: 'The help desk is benchmarked against other councils every quarter and users are surveyed after every call, both of which we found to be good practice.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'consultation', polarity: 'strength' },
    ],
    why: 'inspectors praise both benchmarking and consulting users',
  },
  {
    text: 'The chief executive\'s visible commitment has brought about a real change of culture, with managers now open to new ways of working.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'inspectors credit leadership from the top and the change of culture it brought',
  },
  {
    text: 'With no regular contact between the IT unit and departments, there is no shared view of which of the 150 outstanding requests should be tackled first.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'IT and departments do not talk, so demand is not prioritised',
  },
  {
    text: 'Online payments were introduced after a competitive tender that delivered a well-regarded system at low cost.',
    expect: [
      { theme: 'e-government', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'credit for the electronic service and for the procurement',
  },
  {
    text: 'Benchmarking is thorough, but the service has not tested the market for any of its functions.',
    section: 'Will the service improve? > The 4Cs',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'opposite polarities in one sentence',
  },

  // ── no theme ──
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council\'s ICT strategy states its aim to be "a leading e-enabled authority by 2005".',
    expect: [],
    why: 'council aim quoted as an aim, not assessed',
  },
  {
    text: 'The borough has a population of 164,000 and covers 38 square miles.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The IT division is part of the Corporate Resources directorate and reports to the director of finance.',
    expect: [],
    why: 'organisational description',
  },
  {
    text: 'The council supports around 1,900 PCs across 45 sites.',
    section: 'Context > The service',
    expect: [],
    why: 'neutral scale fact',
  },
  {
    text: 'The council told us that all staff had been trained on the new email system.',
    expect: [],
    why: 'council\'s own claim, not the inspectors\' finding',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and November 2001.',
    expect: [],
    why: 'timeline fact',
  },
  {
    text: 'The service\'s gross budget for 2002/03 is £3.1 million.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, with no judgement on funding',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'report boilerplate',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we interviewed.',
    expect: [],
    why: 'report boilerplate',
  },
  {
    text: 'The improvement plan contains 34 actions, to be completed by March 2004.',
    expect: [],
    why: 'description of the plan without assessment',
  },
  {
    text: 'The council aims to resolve 90 per cent of help desk calls within one working day.',
    expect: [],
    why: 'a target quoted as an aim',
  },
  {
    text: 'The head of ICT considers that the service compares well with those of neighbouring councils.',
    expect: [],
    why: 'a manager\'s claim, not the inspectors\' finding',
  },
  {
    text: 'The inspection took place over five days in February 2003.',
    expect: [],
    why: 'inspection logistics',
  },
  {
    text: 'Since 1998 the council has been run by a Liberal Democrat administration.',
    section: 'Context',
    expect: [],
    why: 'political context fact',
  },
];
