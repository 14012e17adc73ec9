/** Held-out theme set 44, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases44: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of community safety and regeneration.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate priorities',
  },
  {
    text: 'We could find no clear line of sight between the corporate plan and the projects the IT unit is actually working on.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work not traceable to the authority\'s aims, in the inspectors\' voice',
  },
  {
    text: 'The information strategy is firmly rooted in the community plan, and every ICT project is explicitly linked to one of the council\'s five priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for tight fit between ICT and corporate aims',
  },
  {
    text: 'A real strength is the close fit between the technology programme and what the authority is trying to achieve corporately.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors call the alignment a strength without the codebook words',
  },
  {
    text: 'Projects are chosen because the technology is available rather than because they help deliver the council\'s objectives for its residents.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'technology-led rather than aims-led project choice',
  },
  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in the ICT strategy, which has not been discussed by the cabinet since it was adopted in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning the strategy',
  },
  {
    text: 'No chief officer champions ICT at the corporate management team, so decisions about technology are left to the head of IT alone.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top among senior officers',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board, and this visible lead from the top has given the work real momentum.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'chief executive driving IT, praised',
  },
  {
    text: 'The cabinet member for resources is well briefed and has championed the modernisation programme consistently, which we regard as a key reason for its progress.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member leadership credited by inspectors',
  },
  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with an ageing network and hundreds of PCs that cannot run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital provision for ICT beyond March 2003, so the equipment replacement programme is, in effect, unfunded.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget behind the plan',
  },
  {
    text: 'The council has backed its strategy with money, setting aside £4.2 million over three years for new infrastructure; this is a realistic and welcome commitment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding commitment praised',
  },
  {
    text: 'Resourcing is a strength: the ICT budget has been protected in successive budget rounds and a rolling renewal fund is now in place.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'budget protected, called a strength',
  },
  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers see ICT as a cost to be contained rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Outside the IT unit there is little awareness of what technology could do for services; departments tend simply to ask for more PCs.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of IT potential across departments',
  },
  {
    text: 'Managers across the council have a sophisticated grasp of how technology can reshape their services, and departmental plans routinely identify improvements that ICT will make possible.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'strong organisational understanding of IT, praised',
  },
  {
    text: 'Impressively, heads of service spoke to us about ICT as a tool for transforming what they do rather than as a back-office overhead.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors impressed by managers\' view of IT\'s potential',
  },
  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to go live.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor contact between IT and front-line services',
  },
  {
    text: 'Staff in schools and social services told us, and we found, that they learn of changes to the network only when something stops working.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'departments not told of IT changes; inspectors confirm',
  },
  {
    text: 'Regular liaison meetings between IT account managers and each directorate mean that service staff know what is planned and why; this works well.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good IT-department communication, praised',
  },
  {
    text: 'We saw good evidence that the IT team keeps departments informed, through monthly user bulletins and well-attended liaison groups.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors commend communication channels',
  },
  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and a backlog of more than 200 requests for development work has built up.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand exceeds capacity: waits and backlog',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the unit tends to respond to whoever shouts loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed with chief officers, ensures that scarce development time goes to the projects that matter most, and it is working well.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation praised',
  },
  {
    text: 'Service level agreements are in place with every department and are consistently met - 96 per cent of faults were fixed within the agreed time last year - which is a notable achievement.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels agreed and met, praised',
  },
  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff have been given new systems without being trained to use them, and many rely on colleagues to show them what to do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'Training for users is ad hoc: nobody has assessed staff IT skills, and there is no central training budget.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no systematic IT skills provision',
  },
  {
    text: 'The training programme is a notable strength: every new starter receives an IT induction, and over 600 staff have gained the European Computer Driving Licence.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training provision praised',
  },
  {
    text: 'Users were positive about the hands-on courses in the council\'s learning centre, and we found take-up to be high across all directorates.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training valued and well used, confirmed by inspectors',
  },
  // ---------------------------------------------------------------- culture-change
  {
    text: 'The IT unit retains a defensive, technically driven culture that sits uneasily with the council\'s aim of putting customers first.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'Management style remains hierarchical and risk-averse, and staff are reluctant to take decisions without referring them upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change',
  },
  {
    text: 'The new head of ICT has successfully moved the unit from a culture of fixing machines to one of supporting services, and staff clearly feel the difference.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, praised',
  },
  {
    text: 'We found a marked and welcome shift in management style, with managers now encouraging staff to suggest improvements and to try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style change praised',
  },
  // ---------------------------------------------------------------- information-systems
  {
    text: 'The IT section collects little performance information, and what it does collect is not used to manage the service.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance information',
  },
  {
    text: 'Managers could not tell us how many calls the help desk receives each month or how quickly they are resolved.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no basic management information',
  },
  {
    text: 'A robust performance management framework is in place: every team has targets, and results are reported monthly to managers and quarterly to members.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'Management information is good; the financial and personnel systems are integrated and give managers timely and reliable data.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information systems praised',
  },
  // ---------------------------------------------------------------- consultation
  {
    text: 'The review did not ask users or residents what they wanted; consultation amounted to a short questionnaire sent to six managers.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'inadequate consultation',
  },
  {
    text: 'No attempt has been made to find out what the public think of the council\'s web site or its telephone services.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'Consultation during the review was thorough and well designed, combining a staff survey, user focus groups and the citizens\' panel.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised',
  },
  {
    text: 'The council listens to its users: its annual satisfaction survey has led to visible changes, such as longer help desk opening hours, and we commend this.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'acting on user feedback, commended',
  },
  // ---------------------------------------------------------------- comparison
  {
    text: 'The council has not compared its IT costs or performance with those of other authorities, so it cannot say whether the service offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'Benchmarking was superficial: the review compared only the help desk\'s opening hours with those of two neighbouring districts.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak benchmarking',
  },
  {
    text: 'The council made effective use of its benchmarking club, comparing cost per user and fault resolution times with twenty similar councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'Comparison was a strength of the review, which drew on performance data from private companies as well as from other councils.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'wide comparison called a strength',
  },
  // ---------------------------------------------------------------- competition
  {
    text: 'The review did not test the competitiveness of the service; options such as outsourcing or a partnership were dismissed without any analysis.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Procurement of hardware is fragmented, with each department buying its own equipment and no use made of framework contracts.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: 'The council tested the market rigorously, inviting bids from private suppliers, and the in-house team\'s revised proposal proved the most economic.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing done well',
  },
  {
    text: 'The strategic partnership with a private sector supplier has been well managed and has delivered the savings that were promised.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership praised',
  },
  // ---------------------------------------------------------------- e-government
  {
    text: 'The council is a long way from meeting the government\'s 2005 target: only four of its services can currently be carried out on-line.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on electronic service delivery',
  },
  {
    text: 'The web site is little more than an electronic directory; residents cannot report a fault, pay a bill or book a service through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for citizens',
  },
  {
    text: 'The council\'s web site is among the best we have seen, allowing residents to pay council tax, apply for benefits and report problems on-line.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'web services praised',
  },
  {
    text: 'Good progress has been made on electronic service delivery, with 58 per cent of interactions already capable of being delivered electronically.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'progress towards e-government targets praised',
  },
  // ---------------------------------------------------------------- two themes
  {
    text: 'Neither users nor residents were consulted about the new contact centre, and no comparison was made with councils that already run one.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two weaknesses in one sentence',
  },
  {
    text: 'Members have shown little leadership on ICT and, as a result, the strategy bears no relation to the council\'s corporate priorities.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'member leadership gap causing misalignment',
  },
  {
    text: 'Reliable monthly performance reports have allowed managers to target the worst delays and cut the backlog of requests by two-thirds, which is a considerable achievement.',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'performance information used to manage demand, praised',
  },
  {
    text: 'Under-investment has left the unit unable to keep up with requests, and departments now wait up to three months for a PC to be repaired.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'funding shortfall and unmet demand',
  },
  {
    text: 'Named account managers now work closely with each department, and this has helped to shift the unit\'s culture towards customer service; both changes are welcome.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'liaison and culture change, both praised',
  },
  {
    text: 'The council has not benchmarked its on-line services against other councils, and its web offer lags well behind the 2005 target.',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'no benchmarking and behind on e-government',
  },
  {
    text: 'While the market-testing exercise was thorough and fair to all bidders, the review failed to consult the staff who use the systems every day.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'mixed polarity: competition praised, consultation lacking',
  },
  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and is open from 8.30am to 5.00pm, Monday to Friday.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'council aim quoted as aim, not a finding',
  },
  {
    text: 'The IT service supports around 1,800 users across 40 sites.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council\'s self-assessment describes communication with departments as \'excellent\'.',
    expect: [],
    why: 'the council\'s own claim, not inspectors\' praise',
  },
  {
    text: 'The borough has a population of 160,000 and covers an area of 42 square miles.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million, of which £0.9 million is capital.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact with no judgement on its adequacy',
  },
  {
    text: 'The Best Value review of ICT was carried out between September 2000 and March 2001 by a team of five officers.',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service following the council\'s review.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The IT strategy sets out the council\'s intention to deliver all key services electronically by December 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as aim; no assessment of progress',
  },
  {
    text: 'The head of ICT reports to the director of corporate services.',
    section: 'Context',
    expect: [],
    why: 'structural fact',
  },
  {
    text: 'Inspectors visited the council over four days in May 2001, interviewing staff, members and partners.',
    expect: [],
    why: 'inspection method',
  },
  {
    text: 'The improvement plan states that the council will survey users every year from 2003.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'plan content quoted as intention, not a finding',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we spoke to.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The council states that it has \'a strong culture of partnership working\'.',
    expect: [],
    why: 'council\'s own claim',
  },
  {
    text: 'The service is provided from two sites, the civic centre and the depot at Mill Lane, and runs some 60 business applications.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
];
