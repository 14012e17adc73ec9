/** Held-out theme set 28, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases28: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'There is no clear line of sight between the community plan and what the ICT unit actually spends its time on.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'ICT work not traceable to the authority\'s strategic aims, in other words',
  },
  {
    text: 'Every proposed IT project must show which of the council\'s four corporate priorities it advances before it is approved, and this discipline works well.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'IT work tied to corporate priorities, with praise',
  },
  {
    text: 'The ICT strategy is firmly rooted in the corporate plan; we found it a model of how technology plans should follow from what the council is trying to achieve.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praised alignment of ICT strategy and corporate aims',
  },

  // ---------------------------------------------------------------- leadership
  {
    text: 'Elected members show little interest in ICT, and the portfolio holder has not attended a meeting of the IT steering group in the past year.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning IT',
  },
  {
    text: 'No senior officer owns the ICT agenda; since the assistant chief executive left it has drifted.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally champions the modernisation programme and chairs the information society board; this visible commitment from the top is a real strength.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'chief executive driving IT, praised',
  },
  {
    text: 'Members and chief officers give clear and consistent direction on ICT, and the lead member is well informed and closely involved.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'senior officers and members owning IT, praised',
  },

  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with an ageing network and desktop machines that staff describe as unfit for purpose.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital provision for replacing PCs after next year, and the revenue budget for the section has been cut in each of the last three years.',
    section: 'Will the service improve? > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'lack of funding for IT',
  },
  {
    text: 'The council has committed £4.2 million over three years to a properly costed ICT capital programme, a significant and welcome step.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised as welcome',
  },
  {
    text: 'A ring-fenced renewal fund now means equipment is replaced on a four-year cycle, which we regard as a strength.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure IT funding praised',
  },

  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many service managers still see IT as a cost to be contained rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity IT offers',
  },
  {
    text: 'Outside the IT section there is little appreciation of what technology could do for the council and its residents.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'weak understanding of the power of IT',
  },
  {
    text: 'Managers across the council have a good grasp of how technology can reshape their services, and several departments have redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of IT opportunities, praised',
  },
  {
    text: 'We were impressed by the mature understanding, at every level of the organisation, of the opportunities that ICT opens up.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors impressed by understanding of IT',
  },

  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers told us they rarely hear from the IT section until something goes wrong.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'IT staff have little day-to-day contact with the departments they support, and each side complains that the other never explains what it needs.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'technical staff and departments not talking',
  },
  {
    text: 'Each department has a named IT link officer who meets its managers every month, and service managers spoke highly of the arrangement.',
    section: 'How good is the service? > Working with departments',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'regular contact between IT and services, praised',
  },
  {
    text: 'Relations between the technical team and staff in service departments are good: IT staff sit in on departmental management meetings and are well regarded.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good links between IT and front-line departments',
  },

  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and the list of outstanding development requests has grown to more than 300 items.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog; demand exceeds capacity',
  },
  {
    text: 'There is no agreed way of ranking competing requests, so whoever shouts loudest is served first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A transparent scoring system decides which requests are tackled first, and the backlog has fallen by two thirds in a year.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation working, backlog down',
  },
  {
    text: 'Service level agreements are realistic and are met: 96 per cent of help desk calls were resolved within the agreed time last year, a good result.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels balanced with capacity and met, praised',
  },

  // ---------------------------------------------------------------- user-training
  {
    text: 'Staff have been given new systems without any training, and many use only a fraction of what the software can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of user training',
  },
  {
    text: 'There is no training plan for users, and the few courses on offer are poorly attended and unrelated to people\'s jobs.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate IT skills provision',
  },
  {
    text: 'The programme of IT skills training is well planned, and 80 per cent of staff have now gained the European Computer Driving Licence.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user training praised',
  },
  {
    text: 'Short, job-specific training sessions have worked well, and we saw staff using the new systems with confidence.',
    section: 'How good is the service? > Users',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'effective training observed by inspectors',
  },

  // ---------------------------------------------------------------- culture-change
  {
    text: 'The management style remains cautious and hierarchical, and staff are reluctant to take any decision without referring it upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style and culture need to change',
  },
  {
    text: 'A "not invented here" attitude in the IT section resists new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'resistant culture',
  },
  {
    text: 'There has been a marked change in culture: managers now encourage staff to try new approaches and to learn from mistakes.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, presented as a positive finding',
  },
  {
    text: 'We found a far more open and less bureaucratic way of working than at the time of the review, and staff told us they now feel trusted to challenge established practice.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'improved culture and management style',
  },

  // ---------------------------------------------------------------- information-systems
  {
    text: 'The service collects little performance information, and what it does collect is not used to manage the service.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management and information',
  },
  {
    text: 'Help desk statistics are kept on paper and cannot show trends, so managers cannot tell whether things are getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'poor management information',
  },
  {
    text: 'A robust performance management framework links team targets to individual appraisals, and managers review the figures every month.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'Performance data are accurate, up to date and used well to steer the service.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good performance information',
  },

  // ---------------------------------------------------------------- consultation
  {
    text: 'Users have never been asked what they think of the IT service, and there has been no satisfaction survey since 1997.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'The review team did not talk to service users or residents, so its conclusions rest on officers\' opinions alone.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'review failed to consult',
  },
  {
    text: 'The council consulted widely, through focus groups with residents and a survey of every member of staff who uses IT, and the results clearly shaped the review.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'thorough consultation, praised for its effect',
  },
  {
    text: 'Customers are asked for their views after every completed job, and the service acts on what they say - good practice.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'regular, acted-upon consultation',
  },

  // ---------------------------------------------------------------- comparison
  {
    text: 'The council has made no attempt to compare the cost or quality of its IT service with those of other authorities.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Benchmarking was limited to one comparison of help desk costs with a single neighbouring district, which tells the council very little.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison',
  },
  {
    text: 'The service benchmarks itself rigorously through a national benchmarking club and has used the results to find where its costs are out of line.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous benchmarking, well used',
  },
  {
    text: 'Comparisons with similar councils were thorough and well used, which we consider good practice.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison praised',
  },

  // ---------------------------------------------------------------- competition
  {
    text: 'The review did not seriously test whether anyone else could run the service better; outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware is bought piecemeal, with no framework contracts and little evidence that value for money is tested.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak procurement',
  },
  {
    text: 'The council carried out a thorough options appraisal, including soft market testing with five suppliers, before deciding to keep the service in-house.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing done thoroughly',
  },
  {
    text: 'The partnership with a private sector provider is well managed and has delivered the savings it promised.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership working well',
  },

  // ---------------------------------------------------------------- e-government
  {
    text: 'Few services can be reached online, and the council is well behind in meeting the 2005 target for electronic service delivery.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on e-government target',
  },
  {
    text: 'The web site is largely static; residents cannot report a problem or make a payment through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web access for customers',
  },
  {
    text: 'The council\'s web site is clear and easy to use, and residents can now apply, book and pay for a wide range of services online.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'good electronic access, praised',
  },
  {
    text: 'Good progress has been made towards the 2005 target, with 62 per cent of interactions with the public already capable of electronic delivery.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'progress on e-government target, praised',
  },

  // ---------------------------------------------------------------- two themes in one sentence
  {
    text: 'Because the IT budget has been cut every year, the section cannot keep up with departments\' requests and the backlog keeps growing.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'funding cuts and backlog',
  },
  {
    text: 'Members have set no direction for electronic service delivery, and the council has no plan for reaching the 2005 target.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'no member lead; e-government target at risk',
  },
  {
    text: 'Strong backing from the chief executive has secured an extra £1 million for ICT, which we welcome.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'lead from the top and new funding, praised',
  },
  {
    text: 'The review compared costs with six similar councils and tested the market before choosing a partner; both were done well.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'benchmarking and market testing, praised',
  },
  {
    text: 'Users have never been surveyed, and there are no performance indicators for the help desk.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'no consultation and no performance information',
  },
  {
    text: 'Training for staff is good, but the IT strategy has not been linked to the council\'s priorities.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'mixed polarity: training praised, alignment criticised',
  },
  {
    text: 'Front-line staff do not know whom to ask in the IT section, and service managers still regard computers as little more than typewriters.',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'poor IT-to-service links and limited understanding of IT',
  },
  {
    text: 'Managers have moved away from a command-and-control style, and a clear, agreed priority system now makes sure urgent requests are dealt with first.',
    expect: [
      { theme: 'culture-change', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'management style changed; prioritisation of demand praised',
  },

  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and is open from 8.30am to 5pm, Monday to Friday.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to be an excellent, three-star ICT service by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim',
  },
  {
    text: 'Northbridge District Council serves a population of about 98,000 people in a largely rural area.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The ICT unit supports 1,450 PCs across 32 sites.',
    expect: [],
    why: 'neutral size description',
  },
  {
    text: 'The council\'s self-assessment states that its ICT strategy is fully aligned with corporate priorities.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' finding',
  },
  {
    text: 'The Best Value review of ICT was carried out between April and September 2001.',
    expect: [],
    why: 'neutral date fact',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million.',
    section: 'Context',
    expect: [],
    why: 'budget stated without comment; description, not weakness or strength',
  },
  {
    text: 'The council\'s web site was launched in 1998.',
    expect: [],
    why: 'neutral historical fact',
  },
  {
    text: 'The head of ICT reports to the director of finance.',
    expect: [],
    why: 'structure, no evaluation',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The IT manager told us he expects the new network to be in place by March.',
    expect: [],
    why: 'a manager\'s expectation, no inspector judgement',
  },
  {
    text: 'Training is provided by an external company under a three-year contract.',
    expect: [],
    why: 'description of arrangements only',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we interviewed.',
    expect: [],
    why: 'report apparatus',
  },
  {
    text: 'The council plans to consult residents on its e-government strategy next year.',
    expect: [],
    why: 'a plan stated as intention, neither praised nor criticised',
  },
];
