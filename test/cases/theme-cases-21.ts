/** Held-out theme set 21, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases21: ThemeCase[] = [
  // strategic-alignment
  {
    text: "The ICT strategy was written inside the IT section and makes no reference to the council's corporate priorities.",
    section: 'Will the service improve? > Strategy',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims',
  },
  {
    text: 'There is no clear link between what the IT service plans to do over the next three years and what the council says matters most to local people.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT plans not tied to what the council says it wants to achieve',
  },
  {
    text: 'A clear strength is that the ICT strategy flows directly from the community plan, with every project tied to one of the five corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the link between IT strategy and corporate priorities',
  },
  {
    text: 'Decisions on IT spending are firmly rooted in the council\'s corporate aims, and heads of service understand and support this well.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise for IT decisions following corporate aims, without the word strategy',
  },

  // leadership
  {
    text: 'Members show little interest in ICT, and the subject has not been discussed by the executive for over a year.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT',
  },
  {
    text: 'The chief executive has left ICT to the head of IT, and most chief officers do not see it as their business.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no lead from the top',
  },
  {
    text: 'The chief executive personally chairs the ICT programme board, which gives the programme clear direction from the top.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praised top-level leadership of IT',
  },
  {
    text: 'There is strong and visible political support for the changes: the leader of the council has championed the technology programme from the start.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'elected member leadership praised',
  },

  // investment
  {
    text: 'Years of under-spending have left the council with an ageing network and many PCs that are more than six years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no money in the medium-term financial plan to replace the housing management system, which the supplier will stop supporting in 2004.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no budget for needed IT',
  },
  {
    text: 'The council has made a substantial and well-targeted investment in its infrastructure, setting aside £3.2 million over three years.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'investment praised as substantial and well targeted',
  },
  {
    text: 'Funding for ICT is now on a secure footing; building a rolling replacement programme into the base budget is a sound approach.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secure funding praised as sound',
  },

  // understanding-of-it
  {
    text: 'Many managers still regard IT as a back-office cost rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited understanding of what IT can offer',
  },
  {
    text: 'Service heads we interviewed could not describe how technology might help them meet their own targets.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'managers do not see the opportunity of IT',
  },
  {
    text: 'Senior managers have a good grasp of what technology can do for their services and actively look for new ways to use it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation understands the power of IT, praised',
  },
  {
    text: 'We were impressed by how widely departments now recognise that ICT is central to modernising their services.',
    section: 'How good is the service? > Corporate context',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors praise the spread of understanding of IT',
  },

  // communication
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to be installed.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT staff and service departments',
  },
  {
    text: 'Departments told us that they find out about network changes only when things stop working.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT does not tell departments what it is doing',
  },
  {
    text: 'Regular liaison meetings between IT account managers and each directorate work well and are valued by service managers.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good links between technical staff and departments, praised',
  },
  {
    text: 'Close working between technical staff and social services officers meant that the new client system was introduced smoothly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication with front-line service credited with success',
  },

  // demand-capacity
  {
    text: 'Departments wait months for new PCs, and there is a backlog of more than 200 requests for changes to systems.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand outstrips capacity, backlog',
  },
  {
    text: 'With no agreed way of deciding which projects come first, the IT section tries to do everything and finishes little.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'A clear prioritisation process, agreed by chief officers, makes sure the IT section\'s limited resources go to the projects that matter most.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation of demand praised',
  },
  {
    text: 'Service level agreements are in place with every department and are consistently met, with 95 per cent of faults fixed within the agreed time.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, a strength',
  },

  // user-training
  {
    text: 'Staff have been given new systems without adequate training, and many use only a fraction of what the software can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Nobody has assessed staff IT skills, and courses are arranged only when a manager happens to ask for one.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills not planned for',
  },
  {
    text: 'The training programme is a real strength: courses are tailored to each system, well attended and highly rated by staff.',
    section: 'How good is the service? > Support for users',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user training praised',
  },
  {
    text: 'Every new starter gets an IT induction, and the council\'s approach to building its staff\'s ICT skills is impressive.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills development praised',
  },

  // culture-change
  {
    text: 'A command-and-control style of management discourages staff from suggesting improvements.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change',
  },
  {
    text: 'The council\'s culture remains departmental and cautious, which works against the joined-up working its plans depend on.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture needs to change',
  },
  {
    text: 'There has been a marked change in culture: managers now share information openly and staff are encouraged to try new ways of working.',
    section: 'Will the service improve? > Managing change',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, praised',
  },
  {
    text: 'The new management team has done well to move the IT section from an inward-looking, technical culture to one that puts customers first.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'change in culture and management style credited',
  },

  // information-systems
  {
    text: 'The service does not collect the information it would need to know whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators are reported to members, but targets are not set and nobody acts on the figures.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management ineffective',
  },
  {
    text: 'Performance management is robust: monthly figures on call resolution, system availability and project delivery are reviewed by managers and acted upon.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'Managers have accurate, up-to-date figures from the management information system and make good use of them to plan their work.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information system praised',
  },

  // consultation
  {
    text: 'The review did not consult the public, and the views of staff who use the systems every day were not sought.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users or citizens',
  },
  {
    text: 'There is no regular survey of users, so the IT section does not know how satisfied its customers are.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not asked',
  },
  {
    text: 'Consultation during the review was thorough, using surveys, focus groups and the citizens\' panel to shape the options.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised as thorough',
  },
  {
    text: 'The service listens to its users well: results of its quarterly satisfaction survey are published and acted upon.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consulting users praised',
  },

  // comparison
  {
    text: 'The review made little attempt to compare the cost or performance of the IT service with those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with others',
  },
  {
    text: 'What benchmarking there was compared the service only with its own past performance, which says little about how well it does.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'benchmarking weak',
  },
  {
    text: 'The service has made effective use of a benchmarking club and can show that its unit costs are among the lowest of similar councils.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised as effective',
  },
  {
    text: 'The comparison with other councils was rigorous and led directly to changes in the way the help desk is staffed.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'rigorous comparison praised',
  },

  // competition
  {
    text: 'The review did not test whether anyone else could run the service better or more cheaply.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Options such as outsourcing or a partnership with a neighbouring council were dismissed without proper appraisal.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'alternative providers not properly considered',
  },
  {
    text: 'The council ran a thorough market-testing exercise, and the resulting partnership with a private provider is already delivering savings.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership praised',
  },
  {
    text: 'The procurement of the new network was well managed, with a fair and open competition that produced a strong contract.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'procurement praised; "fair" here means even-handed, not a grade',
  },

  // e-government
  {
    text: 'Only a handful of transactions can be completed on the council\'s website, and the council is well behind where it needs to be to meet the 2005 target.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'slow progress on electronic service delivery',
  },
  {
    text: 'The website is out of date and hard to navigate, and residents still cannot pay for any services online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web and customer access',
  },
  {
    text: 'Good progress has been made on electronic service delivery: more than half of the council\'s services can already be reached electronically.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government progress praised',
  },
  {
    text: 'The new website is impressive, letting residents report problems, book facilities and pay bills online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'web access praised',
  },

  // two themes
  {
    text: 'No chief officer has taken responsibility for the e-government programme, and the council is not on course to meet the 2005 target.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'missing senior lead plus e-government target at risk',
  },
  {
    text: 'Because there is no budget for training, staff cannot get the IT skills they need.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'lack of funding causing a training gap',
  },
  {
    text: 'Account managers meet each directorate monthly to agree priorities for the coming quarter, which has largely cleared the backlog of requests.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'regular contact with departments and effective prioritisation, both credited',
  },
  {
    text: 'The review compared costs carefully with other councils, but it did not consult users at all.',
    section: 'Will the service improve? > The Best Value review',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'mixed: careful comparison praised, no consultation criticised',
  },
  {
    text: 'Members now take a close interest in ICT, and the strategy has been rewritten so that it supports the council\'s corporate priorities; both are welcome improvements.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'strength' },
    ],
    why: 'member engagement and alignment with corporate priorities, both presented as achievements',
  },
  {
    text: 'Without reliable performance information, the service is unable to compare itself with other councils.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'missing performance data blocks benchmarking',
  },
  {
    text: 'A culture of blame, and managers who do not see what technology could do for their services, are holding the council back.',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: 'culture and limited understanding of IT both criticised',
  },

  // no theme
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
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
    text: 'The IT section is part of the Resources Directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'organisational fact',
  },
  {
    text: 'Kelsey is a district council serving about 98,000 people, most of whom live in three market towns.',
    section: 'Context',
    expect: [],
    why: 'context fact about the area',
  },
  {
    text: 'The council\'s ICT strategy states that all its services will be available electronically by 2005.',
    expect: [],
    why: 'council aim quoted, not an inspectors\' finding',
  },
  {
    text: 'The council told us that it considers its communication with departments to be very good.',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The service\'s budget for 2000/01 is £2.4 million, of which £1.1 million is staff costs.',
    section: 'Context',
    expect: [],
    why: 'neutral budget fact, no judgement about funding',
  },
  {
    text: 'The Best Value review of ICT was carried out between January and October 2000.',
    expect: [],
    why: 'timing of the review only',
  },
  {
    text: 'This inspection looked at desktop support, network services, systems development and the corporate website.',
    section: 'Scope of the inspection',
    expect: [],
    why: 'scope description',
  },
  {
    text: 'There are about 1,400 PCs on the council\'s network across 23 buildings.',
    section: 'Context',
    expect: [],
    why: 'neutral description of equipment',
  },
  {
    text: 'The review team comprised four officers, two members and an external adviser.',
    expect: [],
    why: 'membership of the review team, no evaluation',
  },
  {
    text: 'The council\'s self-assessment describes its training programme as comprehensive.',
    expect: [],
    why: 'self-assessment claim, not the inspectors\' view',
  },
  {
    text: 'Appendix 2 lists the people we interviewed during the inspection.',
    section: 'Appendices',
    expect: [],
    why: 'report furniture',
  },
  {
    text: "The council's stated vision is 'to use technology to bring services closer to the people of Wenlow'.",
    expect: [],
    why: 'council vision quoted as an aim',
  },
];
