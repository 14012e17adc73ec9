/** Held-out theme set 34, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases34: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy disconnected from corporate priorities, without the word "align"',
  },
  {
    text: 'Projects are taken on because a department asks for them, not because they help the council deliver what it has said matters most to local people.',
    section: 'How good is the service? > Meeting the council\'s aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work not driven by the authority\'s aims, paraphrased',
  },
  {
    text: 'R1  Link the ICT strategy explicitly to the community plan and review the two together each year as part of the budget cycle.',
    section: 'Recommendations',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'a recommendation is an area for improvement; it concerns tying IT strategy to corporate aims',
  },
  {
    text: 'The ICT strategy is firmly rooted in the community plan, and every major project can be traced back to one of the council\'s five priorities – something we rarely see.',
    section: 'Will the service improve? > The ICT strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the fit between IT strategy and corporate aims',
  },
  {
    text: 'We were impressed by how closely decisions on ICT spending follow the priorities in the corporate plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors\' praise for alignment of IT with corporate priorities',
  },

  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed by cabinet since it was adopted in 1999.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'No chief officer takes responsibility for ICT; the head of IT reports to a third-tier manager in the finance department.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board and has made it plain to every director that she expects them to attend, which has given the programme real momentum.',
    section: 'Will the service improve?',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top praised',
  },
  {
    text: 'Strong, visible backing from the leader of the council and the executive member for resources is one of the main reasons for the progress we saw.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'members driving IT, credited by the inspectors',
  },

  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with a network that cannot cope with the demands now placed on it.',
    section: 'How good is the service? > Infrastructure',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing PCs, so machines are kept until they fail.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT replacement',
  },
  {
    text: 'The council has backed its plans with money: a £2.4m capital programme over three years, protected in the medium-term financial strategy.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding secured, presented approvingly by the inspectors',
  },
  {
    text: 'Funding for ICT is now on a sound footing, with a rolling replacement fund that we consider a model for other councils.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise the IT budget arrangement',
  },

  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers see ICT as a cost to be kept down rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Outside the IT section there is little appreciation of what technology could do for front-line services such as housing repairs or planning.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of the power of IT across the organisation',
  },
  {
    text: 'Directors clearly understand how ICT can transform their services, and several have redesigned whole processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation understands the opportunity of IT, stated approvingly',
  },
  {
    text: 'There is a well-developed grasp across the council of what technology makes possible, and departments now come to IT with ideas rather than complaints.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for organisational understanding of IT',
  },

  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers rarely hear from the IT section until a project is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: '• departmental staff do not know whom to contact in IT about anything other than a fault',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'bullet under a weaknesses heading: no channel between users and IT staff',
  },
  {
    text: 'Each directorate has a named IT liaison officer who attends its management team every month, and users told us this has transformed relations with the IT unit.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'effective link between IT and service departments, reported as a success',
  },
  {
    text: 'Communication between the technical team and service departments is good: project updates go out weekly and users feel listened to.',
    section: 'How good is the service? > Working with users',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised communication between IT staff and departments',
  },

  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'IT cannot keep up with user demand',
  },
  {
    text: 'There is a backlog of more than 140 development requests and no agreed way of deciding which should be done first.',
    section: 'How good is the service? > Systems development',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation',
  },
  {
    text: 'A clear, member-approved system for ranking requests means the unit\'s limited staff time goes where it matters most, and users accept the decisions it produces.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation balancing demand and capacity, praised',
  },
  {
    text: 'Service level agreements are in place with every department and, impressively, are met in more than 95 per cent of cases.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and met; inspectors\' praise ("impressively")',
  },

  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff are given new systems with little or no training, and many rely on colleagues to show them what to do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'The council has never assessed the IT skills its staff need, so courses reflect what the trainers can teach rather than what users require.',
    section: 'How good is the service? > Training',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training not matched to needs',
  },
  {
    text: 'The training programme is well targeted and popular: 900 staff have gained the European Computer Driving Licence in two years.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors describe training as well targeted',
  },
  {
    text: 'Users we spoke to were full of praise for the "floor-walkers" who supported them during the roll-out of the new housing system, and we agree that this was good practice.',
    section: 'How good is the service? > Reality checks',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'hands-on user support at roll-out, endorsed by the inspectors',
  },

  // ---------------------------------------------------------------- culture-change
  {
    text: 'The council\'s culture remains cautious and departmental, and managers are reluctant to share systems or data across service boundaries.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'A command-and-control style of management in the IT section discourages staff from suggesting improvements.',
    section: 'Will the service improve? > Management',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style as a barrier',
  },
  {
    text: 'The council has worked hard to change the way it works; managers are now open to challenge and staff are encouraged to try new approaches.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, reported approvingly',
  },
  {
    text: 'We saw a marked shift in management style, from defensive to outward-looking, which underpins the service\'s recent progress.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in management style credited by inspectors',
  },

  // ---------------------------------------------------------------- information-systems
  {
    text: 'The IT section does not record how quickly faults are fixed, so neither managers nor members can tell whether the service is getting better.',
    section: 'How good is the service? > Performance information',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are reported to members twice a year but are not used to manage the service.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management weak',
  },
  {
    text: 'Performance management is robust: targets cascade from the service plan to individual staff, and results are reviewed every month by the management team.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praised performance management',
  },
  {
    text: 'Managers have good information at their fingertips; the monthly performance report is clear, accurate and, crucially, acted upon.',
    section: 'Will the service improve? > Managing performance',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information, praised',
  },

  // ---------------------------------------------------------------- consultation
  {
    text: 'The review did not ask users, let alone residents, what they wanted from the service.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users or citizens',
  },
  {
    text: 'Consultation amounted to a single staff questionnaire, which only 12 per cent of staff returned.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'thin consultation',
  },
  {
    text: 'Consultation was extensive and well designed, including focus groups with residents who use the web site and a survey of every department.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'inspectors praise consultation',
  },
  {
    text: 'The council listens to its users: the results of each quarterly survey are published together with a note of what has changed as a result.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consulting users and acting on it, praised',
  },

  // ---------------------------------------------------------------- comparison
  {
    text: 'The council does not know how its costs compare with those of similar councils.',
    section: 'How good is the service? > How does it compare?',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Comparison was limited to two neighbouring districts, chosen for convenience, and relied on figures that were not calculated on the same basis.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison with others',
  },
  {
    text: 'The service benchmarks itself rigorously against a club of 20 similar authorities and has used the results to cut its costs by 15 per cent.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous benchmarking used to improve, stated approvingly',
  },
  {
    text: 'Good use has been made of comparisons with private sector help desks as well as with other councils.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praise for comparison work',
  },

  // ---------------------------------------------------------------- competition
  {
    text: 'The review did not test whether anyone else could provide the service more efficiently.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The option of outsourcing was dismissed in a single paragraph, with no analysis of costs or risks.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'alternatives to in-house provision not considered',
  },
  {
    text: 'The council tested the market thoroughly, and its decision to keep the service in-house after a competitive tender is well founded.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing done well',
  },
  {
    text: 'The partnership with a private sector supplier has been well managed and has brought in skills the council could not afford to employ directly.',
    section: 'How good is the service? > Partnerships',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership praised',
  },

  // ---------------------------------------------------------------- e-government
  {
    text: 'The council is a long way from the government\'s target of having all its services available electronically by 2005.',
    section: 'How good is the service? > E-government',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: '2005 target at risk',
  },
  {
    text: 'The web site is little more than an electronic leaflet: residents cannot report a problem, pay a bill or book anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web and customer access',
  },
  {
    text: 'Residents can now pay council tax, report missed bins and apply for planning permission online, and use of these services is growing fast – a real achievement for a council of this size.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },
  {
    text: 'The one-stop shop and contact centre give residents good access to services, and the council is well on course for its 2005 targets.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access and 2005 targets, praised',
  },

  // ---------------------------------------------------------------- two themes
  {
    text: 'Because senior managers have yet to grasp what ICT could do for the council, it has no place in the corporate plan.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'cause and effect: weak understanding of IT and IT absent from corporate aims',
  },
  {
    text: 'Chronic under-funding has left the IT unit unable to keep up with requests, and departments now wait up to six months for new systems.',
    section: 'How good is the service?',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'under-investment and unmet demand',
  },
  {
    text: 'Residents and staff were consulted widely, and the service\'s costs and performance were compared with those of the best councils in the country; both pieces of work were done well.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'two of the 4Cs praised',
  },
  {
    text: 'New systems are introduced without training, and IT staff rarely talk to the departments that use them.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'training and IT-to-department communication both weak',
  },
  {
    text: 'The chief executive has driven a real change in culture: managers now expect to be challenged and to work across departmental boundaries.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'lead from the top producing culture change, praised',
  },
  {
    text: 'Without reliable performance information the council cannot benchmark the service against other providers.',
    section: 'How good is the service? > How does it compare?',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'missing performance information prevents comparison',
  },
  {
    text: 'A well-run partnership with a private company has given residents online access to most council services, well ahead of the 2005 target.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'partnership and electronic delivery both praised',
  },
  {
    text: 'The service is technically sound, but it has never been market tested and the council has not asked users what they think of it.',
    section: 'Summary',
    expect: [
      { theme: 'competition', polarity: 'weakness' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'compete and consult both missing; "technically sound" raises no theme',
  },
  {
    text: 'Because the IT team and departments talk to each other regularly, requests are ranked fairly and most are delivered on time.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'good communication leading to balanced demand, presented as a strength',
  },

  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The borough has a population of about 120,000 and the council employs some 3,500 staff.',
    section: 'Context > The council',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    expect: [],
    why: 'a council aim quoted as an aim, neither weakness nor praise',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.2 million, of which £1.1 million is capital.',
    section: 'Context > The service',
    expect: [],
    why: 'budget figure stated neutrally, no judgement about funding',
  },
  {
    text: 'The IT manager told us that the service is the best in the county.',
    expect: [],
    why: 'a manager\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review of ICT was carried out between January and September 2001.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'date of the review, neutral',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The ICT strategy states that ICT will support all of the council\'s corporate priorities.',
    section: 'Context > The service',
    expect: [],
    why: 'what the strategy says it will do, quoted as an aim; no inspectors\' judgement',
  },
  {
    text: 'The inspection was carried out by two inspectors over ten days in March 2002.',
    section: 'Appendices > How we inspected',
    expect: [],
    why: 'method note',
  },
  {
    text: 'The wide area network links the civic centre with 28 other sites, including 9 libraries.',
    section: 'Context',
    expect: [],
    why: 'neutral infrastructure description',
  },
  {
    text: 'The council\'s self-assessment states that consultation with users is extensive and that the service compares well with its neighbours.',
    expect: [],
    why: 'the council\'s own claims about consultation and comparison, not the inspectors\' view',
  },
  {
    text: 'No party has overall control of the council, which is run by a Liberal Democrat and Independent coalition.',
    section: 'Context > The council',
    expect: [],
    why: 'political context',
  },
  {
    text: 'Best Value requires councils to challenge why a service is provided, compare it with others, consult those who use it and test its competitiveness.',
    section: 'Introduction',
    expect: [],
    why: 'general description of the regime, not a finding about this council',
  },
  {
    text: 'The service supports 1,600 PCs and 140 servers running some 90 business applications.',
    section: 'Context > The service',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The contact centre opened in April 2003 and takes about 1,200 calls a day.',
    section: 'Context',
    expect: [],
    why: 'a fact about customer access with no praise or criticism',
  },
];
