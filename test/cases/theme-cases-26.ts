/** Held-out theme set 26, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases26: ThemeCase[] = [
  // --- strategic-alignment ---------------------------------------------------
  {
    text: `The IT strategy was written by the IT section alone and makes no reference to the council's corporate priorities or to the community plan.`,
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: `Departments are buying systems that fit no corporate plan, and the ICT strategy has not been revised since members adopted new priorities for the authority in 1999.`,
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy out of step with the authority\'s priorities, described without the codebook words',
  },
  {
    text: `The ICT strategy is built around the council's five corporate priorities, and every project in the programme shows which priority it serves – an approach we commend.`,
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors commend the link between ICT strategy and corporate priorities',
  },
  {
    text: `We found a clear line of sight from the community plan, through the corporate ICT strategy, to individual project plans.`,
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for alignment phrased as "line of sight"',
  },
  // --- leadership ------------------------------------------------------------
  {
    text: `Members show little interest in the ICT strategy; it has not been discussed by the Executive since the day it was adopted.`,
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members do not own or drive IT',
  },
  {
    text: `• No chief officer has taken responsibility for IT, and the corporate management team treats it as a technical matter for the IT manager to sort out.`,
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from senior officers; bullet form',
  },
  {
    text: `The chief executive chairs the ICT programme board in person and has made it plain to directors that the programme comes first – strong leadership that has been central to the progress we saw.`,
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'inspectors praise lead from the top',
  },
  {
    text: `Elected members have taken real ownership of ICT: the lead member attends the programme board and challenges progress every month, which we regard as a strength.`,
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member ownership praised',
  },
  // --- investment ------------------------------------------------------------
  {
    text: `Years of under-investment have left the council with a network that fails most weeks and desktops that are up to eight years old.`,
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: `There is no capital budget for replacing equipment, so renewal depends on whatever money happens to be left at the year end.`,
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no funding for IT renewal',
  },
  {
    text: `The council has backed its plans with money: a £3.2 million, five-year capital programme is in place and ring-fenced, which gives the service a sound footing.`,
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure funding praised as a sound footing',
  },
  {
    text: `We were impressed that the ICT revenue budget now rests on a full costing of the service, and that a rolling replacement fund protects the desktop estate.`,
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors impressed by budgeting and replacement fund',
  },
  // --- understanding-of-it ---------------------------------------------------
  {
    text: `Senior managers see IT as a cost to be kept down rather than as a way of changing how services reach the public.`,
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: `Few of the directors we interviewed could tell us how technology might help their services meet their own targets.`,
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of what IT could do',
  },
  {
    text: `Service directors have a well-developed grasp of what technology can do for them, and several have redesigned whole processes around it to good effect.`,
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for understanding of the power of IT',
  },
  {
    text: `The council clearly understands the opportunities ICT offers; its business cases start from what the service needs to achieve rather than from the technology, which is good practice.`,
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of IT\'s potential called good practice',
  },
  // --- communication ---------------------------------------------------------
  {
    text: `Front-line managers rarely hear from the IT section about changes that affect them, and often learn of system outages from their own staff.`,
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: `There is no regular forum at which IT staff and departmental managers meet, and each side blames the other for project delays.`,
    section: 'How good is the service? > Customer focus',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no channel between technical staff and service managers',
  },
  {
    text: `IT account managers now attend each department's management team every month, and departments told us they know what is happening and why – a marked improvement that we commend.`,
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors commend IT-department liaison',
  },
  {
    text: `Relationships between technical staff and service managers are open and constructive, and the monthly liaison meeting is well attended and valued by both sides.`,
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good two-way communication praised',
  },
  // --- demand-capacity -------------------------------------------------------
  {
    text: `Departments wait months for new PCs, and there is no agreed way of deciding which requests should come first.`,
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity; no prioritisation',
  },
  {
    text: `The development backlog stands at more than 140 requests, some of them two years old.`,
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog of user demand',
  },
  {
    text: `A clear prioritisation process, agreed by the corporate management team, means departments understand why some requests must wait – and the backlog has halved in a year, a real achievement.`,
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation and falling backlog presented as an achievement',
  },
  {
    text: `Service level agreements with every department set out what the ICT service will deliver and by when, and performance against them is good.`,
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels managed and met',
  },
  // --- user-training ---------------------------------------------------------
  {
    text: `Staff are given new systems with little or no training, and many use only a fraction of the software on their desks.`,
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: `The council has never assessed the IT skills of its staff and has no training budget for ICT.`,
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no skills assessment or training provision',
  },
  {
    text: `Training is well planned: each new system arrives with courses tailored to each group of users, and take-up has been high.`,
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'well-planned user training praised',
  },
  {
    text: `We were impressed by the council's IT skills programme, which has taken more than 600 staff through accredited courses since 2000.`,
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme praised',
  },
  // --- culture-change --------------------------------------------------------
  {
    text: `The culture of the council remains cautious and departmental: managers guard their own systems and are reluctant to share data.`,
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: `A command-and-control style of management discourages IT staff from raising problems or suggesting better ways of working.`,
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style a barrier',
  },
  {
    text: `The council has worked hard to change its culture; managers are encouraged to try new approaches and learn from mistakes, and staff told us they feel trusted.`,
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'successful culture change',
  },
  {
    text: `There has been a real shift in the way the IT section is managed, from a closed, technical culture to one that is open and focused on its customers, a change we welcome.`,
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in management style and culture, presented as achieved',
  },
  // --- information-systems ---------------------------------------------------
  {
    text: `The service collects no information on fix times or network availability, so it cannot show whether it is getting better or worse.`,
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: `Performance management is weak; targets are set each year but nobody monitors them, and managers receive no regular reports.`,
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management',
  },
  {
    text: `Performance information is robust and well used: managers review a monthly scorecard and act on what it tells them.`,
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance management praised',
  },
  {
    text: `The new management information system gives managers up-to-date figures on calls, costs and projects, and we saw it used to good effect in setting priorities.`,
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information system praised',
  },
  // --- consultation ----------------------------------------------------------
  {
    text: `Users were not consulted during the review, and residents have never been asked what they want from the council's website.`,
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users or citizens',
  },
  {
    text: `Set up a panel of users and consult it each year on the standards the service should meet.`,
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'recommendation: an area for improvement in consulting users',
  },
  {
    text: `Consultation during the review was thorough and well targeted, drawing on focus groups of front-line staff, a survey of every department and the residents' panel.`,
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation praised',
  },
  {
    text: `The service listens to its users well: complaints and suggestions are logged, reported each month and visibly acted upon.`,
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'listening to users praised',
  },
  // --- comparison ------------------------------------------------------------
  {
    text: `The review made no serious attempt to compare the cost or performance of the service with that of other councils.`,
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: `Benchmark the cost per desktop and the help desk's fix times against similar authorities, and publish the results.`,
    section: 'Recommendations',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'recommendation to benchmark: an area for improvement',
  },
  {
    text: `The service benchmarks itself rigorously through a national benchmarking club and has used what it learned to bring its costs down.`,
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous benchmarking praised',
  },
  {
    text: `Comparison was a strength of the review: the team visited three councils with top-quartile performance and adopted the best features of their help desks.`,
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparing with others called a strength',
  },
  // --- competition -----------------------------------------------------------
  {
    text: `The review did not consider whether other providers could deliver the service better or more cheaply.`,
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: `Procurement is piecemeal: each department buys equipment from its own suppliers, so the council's buying power is wasted.`,
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: `The council tested the market thoroughly before deciding to keep the network service in-house, and can demonstrate that the decision gives best value.`,
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing done well',
  },
  {
    text: `The partnership with a private sector provider has been well managed and has delivered the savings it promised.`,
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'successful partnership praised',
  },
  // --- e-government ----------------------------------------------------------
  {
    text: `The council is unlikely to meet the 2005 target for electronic service delivery; fewer than a fifth of its services can yet be used online.`,
    section: 'How good is the service? > Electronic government',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target',
  },
  {
    text: `The website is little more than an electronic leaflet – residents cannot pay, book or apply for anything through it.`,
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for citizens',
  },
  {
    text: `Good progress has been made towards the 2005 target, with two-thirds of transactions already available online.`,
    section: 'How good is the service? > Electronic government',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'progress on e-government target praised',
  },
  {
    text: `The new contact centre and website give residents quick and easy access to services, and use of both is rising month by month.`,
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access praised',
  },
  // --- two themes ------------------------------------------------------------
  {
    text: `The IT strategy has never been taken to members, and nobody at a senior level checks that it supports the council's priorities.`,
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'no senior ownership and no check against corporate priorities',
  },
  {
    text: `Because there is no budget for training, staff struggle with the new systems the council has paid for.`,
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'lack of funding causing lack of training',
  },
  {
    text: `Regular meetings between IT account managers and heads of department are used to agree the order in which requests are tackled, and this works well: waiting times have fallen and departments understand the queue.`,
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'IT-department liaison used for prioritisation, praised',
  },
  {
    text: `The review did not compare the service's costs with those of other councils, nor test whether an outside provider could do better.`,
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'two of the 4Cs missing',
  },
  {
    text: `Performance information now goes to members every quarter and they use it to challenge the service – in our view a real strength.`,
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'leadership', polarity: 'strength' },
    ],
    why: 'good performance reporting and member challenge praised',
  },
  {
    text: `Residents were widely consulted on the design of the new website, which now lets them report faults and pay bills online – good work that has driven up usage.`,
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'consultation and online services both praised',
  },
  {
    text: `Managers have not grasped what ICT could do for their services, and the prevailing attitude is that things should be done the way they always have been.`,
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'poor understanding of IT and resistant culture',
  },
  {
    text: `Investment in the new network has been well judged, but training staff to make use of it has lagged behind.`,
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'mixed polarity: funding praised, training a weakness',
  },
  // --- no theme --------------------------------------------------------------
  {
    text: `The help desk has six staff and is open from 8am to 6pm on weekdays.`,
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: `Harwell is a district council serving a population of about 98,000 in a largely rural area.`,
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: `The council aims to be an excellent, three-star ICT service by 2005 and to deliver all its services electronically.`,
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim, no inspectors\' assessment',
  },
  {
    text: `The council's self-assessment states that its ICT strategy is fully aligned with corporate priorities.`,
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' finding',
  },
  {
    text: `The ICT budget for 2002/03 is £2.4 million, of which £0.6 million is capital.`,
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, neither praised nor criticised',
  },
  {
    text: `The review was carried out between March and September 2000 by a team of six officers and two members.`,
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: `The inspection team consisted of two inspectors, who spent eight days on site in May 2001.`,
    section: 'Appendix 1',
    expect: [],
    why: 'description of the inspection',
  },
  {
    text: `The IT service sits within the Finance and Resources directorate and reports to the Director of Finance.`,
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: `The head of ICT told us that the service consults its users regularly and benchmarks its costs each year.`,
    expect: [],
    why: 'a manager\'s claim, not the inspectors\' view',
  },
  {
    text: `The council's website was launched in 1998 and is kept up to date by a team of three.`,
    section: 'Context',
    expect: [],
    why: 'neutral description of the website',
  },
  {
    text: `The service supports 1,450 PCs and 38 servers across 27 sites.`,
    section: 'Context',
    expect: [],
    why: 'scale of the service',
  },
  {
    text: `This report has been prepared by the Audit Commission following an inspection under section 10 of the Local Government Act 1999.`,
    expect: [],
    why: 'boilerplate',
  },
  {
    text: `The council intends to let a new contract for desktop support during 2003.`,
    section: 'Context',
    expect: [],
    why: 'plan stated as fact, not a judgement',
  },
];
