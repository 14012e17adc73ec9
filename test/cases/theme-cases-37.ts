/** Held-out theme set 37, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases37: ThemeCase[] = [
  // ------------------------------------------------ strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of community safety and regeneration.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy detached from corporate aims.',
  },
  {
    text: 'None of the projects on the IT work programme can be traced back to any of the five objectives in the council\'s community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'no link between IT work and strategic objectives, without the word "strategy".',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan: each of its eight programmes serves one of the council\'s priorities, and progress is reported against them.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the fit between ICT strategy and corporate priorities.',
  },
  {
    text: 'We found a strong fit between what the IT service is doing and what the council as a whole is trying to achieve.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'alignment praised in plain words.',
  },

  // ------------------------------------------------ leadership
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed by the executive since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT (domain description example).',
  },
  {
    text: 'No chief officer speaks up for ICT at corporate management team, and the head of IT sits three tiers below the chief executive.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior champion for IT.',
  },
  {
    text: 'The chief executive personally chairs the information management board and has made it plain that ICT is a corporate priority; we saw this commitment reflected throughout the council.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top, praised by inspectors.',
  },
  {
    text: 'Elected members give strong and visible backing to the ICT modernisation programme, and the lead member for resources has argued its case successfully through two budget rounds.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member championship praised.',
  },

  // ------------------------------------------------ investment
  {
    text: 'Years of under-funding have left the council with a network that is unreliable and PCs that are, on average, more than six years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment.',
  },
  {
    text: 'There is no capital budget for replacing equipment, so upgrades depend on whatever individual departments can find at the year end.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no dedicated IT funding.',
  },
  {
    text: 'The council has put money behind its plans: £3.2 million has been set aside over three years, and a rolling replacement programme is now fully funded.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding secured, presented approvingly.',
  },
  {
    text: 'We welcome the decision to create a dedicated ICT reserve, which gives the service a secure basis for planning.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors welcome the funding.',
  },

  // ------------------------------------------------ understanding-of-it
  {
    text: 'Many senior managers still see IT as a cost to be kept down rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of what IT can offer.',
  },
  {
    text: 'Departments know little of what the council\'s existing systems could do for them; the document management system, for instance, is used by only one team.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited awareness of the opportunity in existing IT.',
  },
  {
    text: 'Service heads we interviewed showed a good grasp of how technology could reshape their services, and several had already redesigned their processes around it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'grasp of the power of IT, praised.',
  },
  {
    text: 'Across the council there is a well-developed appreciation of what ICT makes possible, from mobile working for home care staff to shared case records in social services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT opportunity.',
  },

  // ------------------------------------------------ communication
  {
    text: 'Front-line managers rarely hear from the IT section about changes that affect them, and several learned of the new email system on the day it was installed.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT staff not talking to front-line services.',
  },
  {
    text: 'Relations between the IT unit and the service departments are distant: departmental staff told us they do not know whom to approach about new requirements.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor contact between technical staff and departments.',
  },
  {
    text: 'Each department has a named IT business partner who attends its management meetings, an arrangement that works well and that managers value.',
    section: 'How good is the service? > Customer focus',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'liaison arrangement praised by inspectors.',
  },
  {
    text: 'Regular liaison meetings between ICT staff and service managers are effective and have built real mutual understanding.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good communication between IT and front line.',
  },

  // ------------------------------------------------ demand-capacity
  {
    text: 'Departments wait months for new PCs, and the list of outstanding development requests now runs to more than 140 items with no agreed way of deciding which come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation.',
  },
  {
    text: 'Help desk response | Target: 4 hours | Achieved: 2 days or more for 40% of calls',
    section: 'Table 3: Performance against service standards',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'table row: service level far from met, the unit cannot keep up with demand.',
  },
  {
    text: 'A clear, agreed system for ranking requests means that the IT unit\'s limited staff time goes to the projects that matter most.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation of demand praised.',
  },
  {
    text: 'Service level agreements are in place with every department, are realistic, and are being met in almost all cases.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels matched to capacity and met.',
  },

  // ------------------------------------------------ user-training
  {
    text: 'Staff are given new software without any instruction, and many rely on colleagues to show them how to use it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training.',
  },
  {
    text: '• carry out an assessment of the IT skills each job needs and restore the training budget, which was halved last year',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'recommendation bullet: area for improvement in IT skills.',
  },
  {
    text: 'The training programme is well regarded: more than 900 staff have gained the European Computer Driving Licence, and courses are tailored to each job.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised.',
  },
  {
    text: 'Users were positive about the training they received when the new finance system went live, which we found to be timely and well pitched.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors endorse the training.',
  },

  // ------------------------------------------------ culture-change
  {
    text: 'The council\'s management style remains cautious and hierarchical, and decisions on even minor ICT matters are referred upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change.',
  },
  {
    text: 'A blame culture discourages staff from owning up to problems, and there is a marked reluctance to try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture as a barrier.',
  },
  {
    text: 'There has been a clear shift in culture over the past two years, with managers now encouraged to take measured risks and learn from them.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved.',
  },
  {
    text: 'The new management team has successfully moved the service away from "command and control" towards a style based on openness and delegation.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style changed for the better.',
  },

  // ------------------------------------------------ information-systems
  {
    text: 'The IT unit does not record how long faults take to fix, so it cannot tell whether it is meeting its own standards.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing performance information.',
  },
  {
    text: 'Management information is fragmented, and managers depend on spreadsheets kept by individual members of staff.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak management information systems.',
  },
  {
    text: 'A robust performance management framework is in place, with monthly reports to managers and clear targets that are reviewed regularly.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised.',
  },
  {
    text: 'The help desk system produces reliable data, which managers use well to spot trends and target action.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance information used well.',
  },

  // ------------------------------------------------ consultation
  {
    text: 'The review team did not consult users, and the council has never surveyed its own staff about the IT service.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users.',
  },
  {
    text: 'The review relied on a single questionnaire with a 12 per cent response rate, and its findings were never fed back to those who took part.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'thin consultation.',
  },
  {
    text: 'Consultation was thorough: the review team ran focus groups with front-line staff, surveyed every departmental manager and met two residents\' panels.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised.',
  },
  {
    text: 'The service listens to its users well and has acted on what they told it, for example by opening the help desk an hour earlier.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'responding to users, praised.',
  },

  // ------------------------------------------------ comparison
  {
    text: 'The review made little attempt to set the service\'s costs or performance against those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison.',
  },
  {
    text: 'Benchmarking has been confined to a single club whose members are quite unlike Ashbury, so the council does not really know how well it performs.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'benchmarking inadequate.',
  },
  {
    text: 'The council makes good use of the SOCITM benchmarking service and has compared its help desk costs with those of twelve similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking used well.',
  },
  {
    text: 'Comparisons with other providers were rigorous and led directly to changes in the way desktop support is organised.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison praised for its effect.',
  },

  // ------------------------------------------------ competition
  {
    text: 'The review did not test whether other providers could run the service better; outsourcing was dismissed without any analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested.',
  },
  {
    text: 'Procurement practice is weak: major contracts have been let without competition, and several have simply rolled over for years.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement weakness.',
  },
  {
    text: 'The options appraisal was rigorous, weighing in-house provision against a strategic partnership and two outsourcing models before a decision was taken.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competition tested thoroughly.',
  },
  {
    text: 'The council has used the market well, and the recent market test of network support has cut costs by 18 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing praised for its result.',
  },

  // ------------------------------------------------ e-government
  {
    text: 'Only 23 per cent of transactions can yet be carried out electronically, and the council is well behind the pace needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on e-government target.',
  },
  {
    text: 'The council\'s website is little more than an electronic brochure: residents cannot report a fault, pay a bill or book anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access to services.',
  },
  {
    text: 'Progress on electronic service delivery is impressive: 64 per cent of services can already be used online, and the council is on course for 100 per cent by 2005.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government progress praised.',
  },
  {
    text: 'The new contact centre and website give residents convenient access to services at any hour, and take-up has been strong.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised.',
  },

  // ------------------------------------------------ two themes
  {
    text: 'Without a lead from senior managers, and with no budget of its own, the ICT strategy has stalled.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'missing leadership and missing funding.',
  },
  {
    text: 'The IT unit has no way of knowing whether users are satisfied, having neither asked them nor collected any performance data.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no consultation and no performance information.',
  },
  {
    text: 'The strategy is clearly tied to corporate priorities and has the strong personal backing of the chief executive.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'leadership', polarity: 'strength' },
    ],
    why: 'alignment and leadership both praised.',
  },
  {
    text: 'Good day-to-day contact between ICT staff and departments, backed by a well-run training programme, has helped staff make the most of the new systems.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'user-training', polarity: 'strength' },
    ],
    why: 'communication and training both praised.',
  },
  {
    text: 'The backlog of requests has grown because the unit has been starved of resources for years.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'backlog attributed to under-investment.',
  },
  {
    text: 'Benchmarking against other councils was thorough, but the review did not test the market for any part of the service.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'mixed polarity: compare praised, compete weak.',
  },
  {
    text: 'Staff have not been shown how to use the new online booking system, which has slowed progress towards the council\'s e-government targets.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'untrained staff hold back electronic delivery.',
  },
  {
    text: 'A new openness among managers has been matched by much better performance reporting, which is now used routinely at every level.',
    expect: [
      { theme: 'culture-change', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'strength' },
    ],
    why: 'culture and performance information both praised.',
  },
  {
    text: 'Senior managers\' limited grasp of what technology could offer has left the council lagging behind on putting its services online.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'weak understanding of IT causes poor e-delivery.',
  },

  // ------------------------------------------------ no theme
  {
    text: 'The help desk has six staff and handles around 1,800 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description.',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'an aim quoted as an aim.',
  },
  {
    text: 'The borough has a population of 128,000, about a fifth of whom are over 65.',
    section: 'Context > The council',
    expect: [],
    why: 'context fact.',
  },
  {
    text: 'The IT section is part of the Corporate Resources directorate and has a revenue budget of £2.4 million.',
    section: 'Context > The service',
    expect: [],
    why: 'budget stated as a fact, not judged.',
  },
  {
    text: 'The council\'s self-assessment describes its relationships with departments as "excellent".',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise.',
  },
  {
    text: 'The ICT strategy has four objectives: to modernise services, to improve access, to support staff and to reduce costs.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'aims listed, not assessed.',
  },
  {
    text: 'The Best Value review was carried out between June and December 2000 by a team of officers and two members.',
    expect: [],
    why: 'description of the review.',
  },
  {
    text: 'This inspection was carried out by two inspectors over eight days in March 2002.',
    expect: [],
    why: 'inspection logistics.',
  },
  {
    text: 'The council\'s statement to government says it expects to have 80 per cent of its services online by December 2004.',
    expect: [],
    why: 'the council\'s own target, no judgement of progress.',
  },
  {
    text: 'The service looks after around 2,100 PCs at 35 sites; the network was last upgraded in 1999.',
    expect: [],
    why: 'neutral facts.',
  },
  {
    text: 'Officers told us they believe the new contract will deliver better value.',
    expect: [],
    why: 'officers\' belief, not the inspectors\' finding.',
  },
  {
    text: 'Appendix 2 lists the people we interviewed and the documents we read.',
    section: 'Appendices',
    expect: [],
    why: 'report apparatus.',
  },
  {
    text: 'The head of ICT reports to the Director of Finance.',
    section: 'Context > The service',
    expect: [],
    why: 'reporting line stated without comment.',
  },
  {
    text: 'Section 4 of this report explains how we reached our judgements.',
    expect: [],
    why: 'report apparatus.',
  },
];
