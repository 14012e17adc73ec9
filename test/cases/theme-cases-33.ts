/** Held-out theme set 33, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases33: ThemeCase[] = [
  // strategic-alignment
  {
    text: 'The ICT strategy was written within the IT section and makes no reference to the council\'s corporate priorities or its community plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy cut off from corporate aims',
  },
  {
    text: 'There is no clear line of sight between what the IT unit plans to do and what the authority says it wants to achieve for local people.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT plans not linked to the authority\'s aims, in other words',
  },
  {
    text: 'Every ICT project is tested against the council\'s priorities before it is approved, and the strategy flows directly from the corporate plan; this is a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the fit between ICT strategy and corporate plan',
  },
  {
    text: 'We found a strong fit between the technology programme and the council\'s stated ambitions for regeneration and social inclusion.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors\' finding of good alignment, worded without "strategy" or "aims"',
  },
  // leadership
  {
    text: 'Elected members show little interest in ICT, and the portfolio holder could not tell us what the strategy was for.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning IT',
  },
  {
    text: 'No chief officer champions the technology programme; it has been left to the head of IT, who lacks the authority to drive change across departments.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'absence of lead from the top',
  },
  {
    text: 'The chief executive chairs the ICT programme board in person, and staff told us that his visible backing had made directors take the programme seriously – leadership we consider a clear strength.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'inspectors praise the chief executive driving IT',
  },
  {
    text: 'Members are well briefed and take an active lead: the cabinet member for resources has championed the programme and challenges progress every quarter.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected members owning and driving IT, praised',
  },
  // investment
  {
    text: 'Years of under-spending have left a network near the end of its life, and more than a third of PCs are too old to run current software.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment described as its effects',
  },
  {
    text: 'There is no capital budget for replacing equipment; the service relies on one-off bids each year, most of which fail.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT',
  },
  {
    text: 'The council has committed £4.2 million over three years to modernise its infrastructure, a significant and well-targeted investment.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors approve of the funding',
  },
  {
    text: 'Funding for ICT is now on a sound footing, with a rolling replacement programme built into the medium-term financial plan – a marked improvement on two years ago.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'budgets for IT praised',
  },
  // understanding-of-it
  {
    text: 'Many senior managers still see ICT as a back-office cost rather than a way of changing how services are delivered.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp what IT can do',
  },
  {
    text: 'Departments have a limited grasp of what technology could do for them, so their requests are for more of the same rather than for new ways of working.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of the opportunity IT offers',
  },
  {
    text: 'The directors we met understood well how technology could transform their services and gave us concrete examples of where it already had.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors find good understanding of IT\'s power',
  },
  {
    text: 'Across the authority there is a strong appreciation of the opportunities ICT offers, and it shows in the ambitious, service-led bids that departments now make.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praised appreciation of what IT can do',
  },
  // communication
  {
    text: 'Front-line managers rarely hear from the IT section, and several learned of the network upgrade only when their systems went down.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Relations between the technical staff and the social services department are strained: each blames the other for delays, and they do not meet.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT staff and a department not talking',
  },
  {
    text: 'IT staff now spend part of each week based in the main departments, which we regard as good practice; service managers told us it had transformed the way the two sides work together.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors praise close working between IT and services',
  },
  {
    text: 'Account managers keep departments well informed, and service heads value the monthly liaison meetings; communication between IT and its customers is a strength.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication praised',
  },
  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 requests for changes to systems.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstripping capacity',
  },
  {
    text: 'There is no agreed way of deciding which projects come first, so the unit tries to do everything and finishes little.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A prioritisation process agreed by chief officers now directs the unit\'s limited staff to the projects that matter most, and the backlog has halved in a year.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective balancing of demand and capacity, with evidence of success',
  },
  {
    text: 'Service level agreements are in place with every department and are consistently met, which users rightly value.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, endorsed by inspectors',
  },
  // user-training
  {
    text: 'Staff have been given new systems without the training to use them, and many rely on colleagues to show them the basics.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'Nobody has assessed what IT skills staff need, and courses are handed out to whoever asks first.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no training needs analysis, in plain words',
  },
  {
    text: 'The training programme is well regarded: courses are tailored to each department, and the users we spoke to were confident with the new systems.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training praised',
  },
  {
    text: 'The council has made good use of the European Computer Driving Licence, and over 600 staff have now gained it.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills qualification praised',
  },
  // culture-change
  {
    text: 'The culture remains cautious and hierarchical; managers are reluctant to take decisions without referring them upwards, which slows every project.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style need to change',
  },
  {
    text: 'The IT unit still behaves as a closed shop, with a \'we know best\' attitude that puts users off.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'insular culture',
  },
  {
    text: 'A noticeable change in culture has taken place: staff are encouraged to suggest improvements, and managers are open to challenge.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, presented as a finding',
  },
  {
    text: 'The new head of service has brought a more open, customer-focused style of management, and the difference is evident in the way staff talk about their work.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style change praised',
  },
  // information-systems
  {
    text: 'The help desk logs every call, but nobody analyses the data or uses it to manage the service.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance information not used',
  },
  {
    text: 'Apart from the statutory indicators there are no measures of the ICT service\'s performance, so managers cannot tell whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance management information',
  },
  {
    text: 'A robust performance management framework is in place, with monthly reports to members that track targets and trigger action when they slip.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'The new management information system gives managers accurate and timely data on costs and call volumes, and they make good use of it.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information system praised',
  },
  // consultation
  {
    text: 'Users have never been asked what they think of the service; the last satisfaction survey was carried out in 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'The review sought the views of the council\'s own managers only; residents and local businesses were not asked at all.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'narrow consultation',
  },
  {
    text: 'Consultation was thorough: the review team surveyed every department, held focus groups with front-line staff and acted on what it heard.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised',
  },
  {
    text: 'The council listens well to the people it serves; its citizens\' panel is used regularly, and the results have shaped the help desk\'s opening hours.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consulting citizens praised',
  },
  // comparison
  {
    text: 'The service has made little effort to compare its costs or performance with other councils, and the review relied on a single, out-of-date benchmark.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak benchmarking',
  },
  {
    text: 'Nobody has checked how the help desk performs against any other, so the council cannot show that it offers value for money.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'The review made good use of comparison: the council joined a benchmarking club of 14 authorities and used the results to set challenging targets.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'Costs were compared rigorously with those of similar councils across the region, and the exercise showed the service to be among the cheapest.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'robust comparison of performance',
  },
  // competition
  {
    text: 'The review did not seriously consider other ways of providing the service; outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware have been rolled forward for years without ever being tested in the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: 'The council ran a rigorous market-testing exercise, and the resulting partnership with a private provider has brought in skills it could not afford to employ itself.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'An open tender for desktop support was well run and produced savings of 15 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competitive procurement praised',
  },
  // e-government
  {
    text: 'The council is a long way from making all its services available electronically by 2005 and has no plan for getting there.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 targets',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for anything or report a problem online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'Good progress has been made with electronic service delivery; residents can now pay council tax, book sports facilities and apply for benefits on the web.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-services praised',
  },
  {
    text: 'With 62 per cent of transactions already capable of being carried out electronically, the council is well placed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'on track for the 2005 e-government target',
  },
  // two themes
  {
    text: 'The ICT strategy has no money attached to it and bears no relation to the council\'s corporate aims.',
    section: 'Summary',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'unfunded strategy that is also unaligned',
  },
  {
    text: 'Members have not led the drive towards electronic services, and the council\'s website still offers residents almost nothing they can do online.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'no member leadership and weak e-government',
  },
  {
    text: 'A strength of the review was that customers were surveyed and the results compared with those of help desks in twelve other councils.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'consultation and comparison both praised',
  },
  {
    text: 'Without training, staff cannot see what the new systems could do for them, and the opportunities they were meant to open up are being missed.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'lack of training causing poor understanding of what IT offers',
  },
  {
    text: 'The help desk is overwhelmed by calls and has no data to show where the demand is coming from.',
    section: 'How good is the service? > Performance',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'demand over capacity plus no management information',
  },
  {
    text: 'Strong leadership from the chief executive has driven a marked change in culture, with managers now expected to take ownership of their ICT projects.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'leadership and culture change both praised',
  },
  {
    text: 'Although the council has spent generously on new hardware, users have had little or no training in the new systems.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'mixed polarity: investment acknowledged, training lacking',
  },
  // recommendations, bullets and table rows
  {
    text: '• ensure that IT staff meet service departments regularly and keep them informed of progress on their requests',
    section: 'Recommendations',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'a recommendation implies an area for improvement in liaison between IT and departments',
  },
  {
    text: 'R4 The council should draw up a training plan so that every member of staff who uses ICT has the skills they need.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'recommendation about user skills',
  },
  {
    text: 'Customer satisfaction survey     Not carried out since 1999     Weakness',
    section: 'Appendix 1 > Summary of findings',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'table row flagging missing consultation',
  },
  {
    text: 'Market testing of desktop support     Completed 2002; savings of £180,000 a year     Strength',
    section: 'Appendix 1 > Summary of findings',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'table row praising competition',
  },
  // no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to make all of its services available online by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'a council aim quoted as an aim, not a finding',
  },
  {
    text: 'The borough has a population of about 160,000 and covers 45 square kilometres.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The council\'s own review concluded that the ICT service performs well and compares favourably with others.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The IT unit is part of the Resources Directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'We carried out the inspection over five days in March 2002 and interviewed 40 staff and members.',
    expect: [],
    why: 'method description',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million, of which £0.9 million is capital.',
    section: 'Context',
    expect: [],
    why: 'a budget figure stated neutrally, not a judgement on investment',
  },
  {
    text: 'The council\'s vision is "to be a modern, accessible council, using technology to bring services closer to people".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council vision quoted',
  },
  {
    text: 'Table 3: Calls logged by the help desk, 1999/2000 to 2001/02',
    expect: [],
    why: 'table caption',
  },
  {
    text: 'The service is responsible for the corporate network, 1,800 PCs, the help desk and the council\'s main financial systems.',
    section: 'Context',
    expect: [],
    why: 'list of duties',
  },
  {
    text: 'The head of IT believes the new contact centre will transform the way residents reach the council.',
    expect: [],
    why: 'a manager\'s belief, not the inspectors\' finding',
  },
  {
    text: 'The Best Value review was carried out between September 2000 and April 2001 by a team of officers and two members.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'process fact',
  },
  {
    text: 'The improvement plan states that a benchmarking exercise will be completed by December.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'what the plan says, no judgement',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'navigation text',
  },
  {
    text: 'The IT manager told us that staff morale is excellent and that the team works well with departments.',
    expect: [],
    why: 'a manager\'s claim, not inspectors\' praise',
  },
];
