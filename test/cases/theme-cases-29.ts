/** Held-out theme set 29, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases29: ThemeCase[] = [
  // --- strategic-alignment -------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of regeneration and community safety.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate priorities',
  },
  {
    text: 'We could find no clear line of sight between what the council says it wants to achieve for its communities and the projects on the ICT work programme.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'ICT work not linked to the authority\'s aims, said without the word "strategy"',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan: every major project we examined could be traced back to one of the council\'s five priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the fit between ICT projects and corporate priorities',
  },
  {
    text: 'A particular strength is that technology spending is tested against the community strategy before any scheme is allowed into the capital programme.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'ICT choices aligned to the authority\'s strategic aims, called a strength',
  },
  // --- leadership ------------------------------------------------------------
  {
    text: 'Members show little interest in ICT, and the portfolio holder could not tell us who chairs the project board.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning or driving IT',
  },
  {
    text: 'Senior managers leave decisions about technology to the head of IT, and the corporate management team has not discussed ICT for more than a year.',
    section: 'Summary',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers',
  },
  {
    text: 'The chief executive personally chairs the information management board and has made it clear to every director that ICT is a corporate priority.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'strong lead from the top',
  },
  {
    text: '• Elected members are visibly committed to the modernisation programme, and the cabinet lead for resources is well briefed and challenging.',
    section: 'Summary > What is working well',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'bullet praising member ownership',
  },
  // --- investment ------------------------------------------------------------
  {
    text: 'Years of under-spending have left the council with an ageing network, and many desktop machines are more than six years old.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing servers after 2003, so much of the improvement plan is unfunded.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'lack of funding for IT',
  },
  {
    text: 'The council has committed an extra £2.4 million to ICT over three years, a significant and well-targeted increase that is already paying off.',
    section: 'Will the service improve?',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise the level and targeting of investment',
  },
  {
    text: 'Funding for ICT is now planned on a rolling five-year basis, which rightly gives the replacement programme a secure footing.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure, planned budgets for IT, approved by the inspectors',
  },
  // --- understanding-of-it ---------------------------------------------------
  {
    text: 'Many service managers still see computers as an overhead to be kept down rather than as a way of changing how they work with the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'the organisation does not see the opportunity IT offers',
  },
  {
    text: 'Outside the IT unit there is limited awareness of what technology could do for services; departments rarely ask for more than a like-for-like replacement.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak grasp of the power of IT',
  },
  {
    text: 'Directors we spoke to had a clear grasp of how technology could reshape their services, and several were already redesigning processes around it.',
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'senior understanding of IT\'s potential praised',
  },
  {
    text: 'There is a strong appreciation across the council of the opportunities that new technology brings, and it shows in departmental service plans.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT\'s opportunities',
  },
  // --- communication ---------------------------------------------------------
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to go live.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor contact between IT and front-line services',
  },
  {
    text: 'Staff in housing told us they learn about planned network shutdowns from colleagues rather than from ICT.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT does not tell departments what is happening',
  },
  {
    text: 'ICT account managers meet each directorate monthly, and service managers value the regular two-way contact.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good, regular dialogue between IT and departments',
  },
  {
    text: 'Relationships between the technical staff and the social services teams they support are open and constructive, and problems are raised and dealt with quickly.',
    section: 'Summary',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised communication between IT staff and a front-line service',
  },
  // --- demand-capacity -------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 outstanding requests.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity to deliver',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the section tries to do everything it is asked and finishes little.',
    section: 'Will the service improve?',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed by the management team, means the development workload now matches the staff available to do it.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand balanced against capacity',
  },
  {
    text: 'Service level agreements are in place with every department and are consistently met, with 96 per cent of faults fixed within the agreed time.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and achieved',
  },
  // --- user-training ---------------------------------------------------------
  {
    text: 'Staff are expected to pick up new software on their own; there is no training budget and no assessment of their skills.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no user training or skills assessment',
  },
  {
    text: 'Many of the users we met could not use basic features of the e-mail system, and requests for courses go unanswered for months.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'weak IT skills and training not provided',
  },
  {
    text: 'The ICT skills programme is well run: over 1,100 staff have gained the European Computer Driving Licence, and users speak highly of the courses.',
    section: 'Summary',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'Training is provided before each new system goes live, with floor-walkers on hand in the first weeks, which users told us they valued.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'appropriate user training, positively reported',
  },
  // --- culture-change --------------------------------------------------------
  {
    text: 'The council remains cautious and hierarchical, and managers are reluctant to let staff try new ways of working.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'A blame culture discourages staff from reporting problems, and decisions are still referred upwards out of habit.',
    section: 'Summary',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'unhelpful organisational culture',
  },
  {
    text: 'There has been a marked shift in management style: decisions are now delegated, and staff are encouraged to suggest improvements.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive change in culture and management style',
  },
  {
    text: 'Staff across the council are now noticeably more open to change, and managers have adopted a less controlling, more team-based approach.',
    section: 'Summary',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, noted approvingly',
  },
  // --- information-systems ---------------------------------------------------
  {
    text: 'The service does not record basic performance information, such as how long faults take to fix, so managers cannot tell whether things are getting better.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Targets in the service plan are vague, and progress against them is not reported to anyone.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: 'A robust performance management framework is in place: indicators go to managers monthly and to the scrutiny panel each quarter, and action follows when targets are missed.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'strong performance management',
  },
  {
    text: 'The new management information system gives team leaders up-to-date figures on call volumes and resolution times, and they make good use of it.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information used well',
  },
  // --- consultation ----------------------------------------------------------
  {
    text: 'The review made no attempt to seek the views of residents or of the staff who use the service.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation with users or citizens',
  },
  {
    text: 'User surveys are carried out, but the results are not acted on, and staff told us they had never been asked what they thought of the service.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation ineffective',
  },
  {
    text: 'The review consulted widely, through focus groups, an on-line survey and the citizens\' panel, and what people said shaped the options considered.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'wide, influential consultation',
  },
  {
    text: 'Regular satisfaction surveys of internal users are well designed, and the council can show changes it has made as a result.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'good practice in consulting users',
  },
  // --- comparison ------------------------------------------------------------
  {
    text: 'The review did not compare costs or performance with other councils, so the council cannot say whether its ICT service offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Such benchmarking as was done was limited to one neighbouring council and relied on figures that were three years old.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison with others',
  },
  {
    text: 'The service makes good use of a benchmarking club and can show how its cost per user compares with that of similar authorities.',
    section: 'How good is the service? > How does the service compare?',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'effective benchmarking praised',
  },
  {
    text: 'Thorough comparison with the best-performing councils in the country showed clearly where the service lagged behind, and the review made good use of it.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous comparison with others',
  },
  // --- competition -----------------------------------------------------------
  {
    text: 'The review did not seriously consider whether anyone else could run the service, and outsourcing was dismissed without analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Network maintenance has not been put out to tender for eight years, and most hardware is bought from a single supplier without competing quotes.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no market testing or competitive procurement',
  },
  {
    text: 'The council carried out a rigorous market test of desktop support, and the partnership that resulted has cut costs considerably.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'Procurement is well managed: the council buys through a regional purchasing consortium and has secured significant savings on hardware.',
    section: 'How good is the service?',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'good procurement practice',
  },
  // --- e-government ----------------------------------------------------------
  {
    text: 'Only a handful of transactions can be completed on the council\'s web site, and it is a long way from meeting the 2005 target.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'slow progress on electronic service delivery',
  },
  {
    text: 'The web site is out of date, hard to find your way around and cannot be used by people who rely on screen readers.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for citizens',
  },
  {
    text: 'The council\'s web site is among the best we have seen: residents can pay for, book and report a wide range of services on line.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'web and customer access praised',
  },
  {
    text: 'Good progress has been made on electronic service delivery: 62 per cent of interactions are already e-enabled, with a clear route to full compliance by 2005.',
    section: 'Summary',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government targets on track, praised',
  },
  // --- two themes ------------------------------------------------------------
  {
    text: 'The IT strategy has never been agreed by members, and it does not reflect the council\'s corporate objectives.',
    section: 'Summary',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'members not owning the strategy and strategy not aligned',
  },
  {
    text: 'Neither users\' views nor the performance of other councils were taken into account when the new service standards were set.',
    section: 'Will the service improve? > Challenge',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'no consultation and no comparison',
  },
  {
    text: 'The new call centre and web site were designed after extensive consultation with residents, and both are well used and well regarded.',
    section: 'How good is the service? > Access',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'praised consultation and praised customer/web access',
  },
  {
    text: 'The training budget has been cut in each of the last three years, and staff have had no instruction in the new finance system.',
    section: 'How good is the service?',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'resourcing cut and training missing',
  },
  {
    text: 'Account managers now explain technical constraints to departments and agree realistic delivery dates with them, and as a result the backlog has fallen sharply.',
    section: 'Will the service improve? > Strengths',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'good IT–department dialogue and demand brought under control',
  },
  {
    text: 'The help desk cannot cope with the number of calls it receives, and no figures are kept on how many go unanswered.',
    section: 'How good is the service? > Performance',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'capacity shortfall and missing performance information',
  },
  {
    text: 'The chief executive has led a real change of culture: managers are now expected to take sensible risks and to learn from mistakes rather than hide them.',
    section: 'Summary',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'lead from the top driving culture change, praised',
  },
  {
    text: 'The partnership with a private-sector supplier, won after open competition, has brought £4 million of new investment into the network.',
    section: 'Will the service improve? > Compete',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'competitive partnership and new investment, both presented as achievements',
  },
  // --- no theme --------------------------------------------------------------
  {
    text: 'The help desk has six staff and handles around 1,400 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the help desk',
  },
  {
    text: 'The council aims to make all of its services available electronically by 2005, in line with the national target.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim, no assessment',
  },
  {
    text: 'Eastholme is a largely rural district with a population of 96,000 spread across 35 parishes.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT section sits within the Resources Directorate and reports to the Director of Finance.',
    section: 'Context > The service',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'The council\'s self-assessment describes communication with departments as excellent.',
    section: 'Summary',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and November 2001 by a team of six officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million, of which £1.9 million is spent on staff.',
    section: 'Context',
    expect: [],
    why: 'budget figure given as context, neither praised nor criticised',
  },
  {
    text: 'The corporate plan sets out four priorities: education, the environment, community safety and regeneration.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council priorities listed, no link to ICT judged',
  },
  {
    text: 'The service supports about 2,200 PCs on 48 sites, linked by a wide-area network.',
    section: 'Context > The service',
    expect: [],
    why: 'scale of service',
  },
  {
    text: 'The inspection took place in the week of 14 January 2002 and included interviews with staff, members and partners.',
    section: 'Appendix 1',
    expect: [],
    why: 'inspection method',
  },
  {
    text: 'Officers told us they believe their benchmarking is the most thorough in the region.',
    section: 'Will the service improve? > Compare',
    expect: [],
    why: 'officers\' own claim, reported without endorsement',
  },
  {
    text: 'A list of the people we met is given at Appendix 1.',
    expect: [],
    why: 'document navigation',
  },
  {
    text: 'The council has 60 members and is run by a cabinet of eight.',
    section: 'Context',
    expect: [],
    why: 'political structure fact',
  },
  {
    text: 'The network was upgraded in 1999, and the e-mail system was replaced in 2000.',
    section: 'Context > The service',
    expect: [],
    why: 'history of the service, no judgement',
  },
  {
    text: 'The service\'s stated aim is "to provide reliable, modern and customer-focused ICT to every part of the council".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'service aim quoted',
  },
];
