/** Held-out theme set 57, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases57: ThemeCase[] = [
  // --- strategic-alignment -------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to any of the council\'s four corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy written in isolation from corporate aims, without the words "align" or "strategic aims".',
  },
  {
    text: 'There is no thread running from the community plan to the projects the IT unit is actually working on, so nobody can say which of those projects serve which of the council\'s goals.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Alignment weakness expressed as a missing "thread" between plan and projects.',
  },
  {
    text: 'New systems are bought to satisfy departmental wish-lists rather than the priorities the council has set itself for regeneration and community safety.',
    section: 'Will the service improve? > Challenge',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Purchasing driven by departments rather than corporate priorities.',
  },
  {
    text: 'The information strategy is a model of its kind: each of its twelve projects is tied to one of the council\'s corporate objectives and progress is reported in those terms.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Inspectors praise the explicit link between projects and corporate objectives.',
  },
  {
    text: 'We were impressed by how closely the ICT programme now mirrors the corporate plan; the two documents were revised together last spring and share the same measures of success.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Alignment strength in the inspectors\' voice ("We were impressed").',
  },

  // --- leadership -----------------------------------------------------------
  {
    text: 'Members show little appetite for the ICT agenda, and the portfolio holder could not tell us when the strategy was last discussed by the cabinet.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning IT.',
  },
  {
    text: 'No chief officer has taken ownership of the ICT programme, which is left to a third-tier manager without the authority to make directorates comply.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'No senior ownership; the driving is left too low down.',
  },
  {
    text: 'The corporate management team discusses IT only when something has gone wrong.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Short sentence: senior officers disengaged from IT.',
  },
  {
    text: 'The chief executive chairs the ICT programme board in person and has made it plain to every director that delivering the programme is part of the job, and this drive from the top is a real strength.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Leadership from the top praised.',
  },
  {
    text: 'Elected members take a keen and informed interest in ICT: the scrutiny panel\'s review of the web site was perceptive, and its recommendations have been acted on.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Member engagement praised; mention of the web site is incidental, not an e-government judgement.',
  },

  // --- investment ---------------------------------------------------------
  {
    text: 'Years of under-spending have left the council with a network near the end of its life and more than a third of its PCs unable to run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment described through its consequences.',
  },
  {
    text: 'The capital programme makes no provision for replacing the financial ledger, even though the supplier will withdraw support next year.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Missing budget provision for a critical system.',
  },
  {
    text: 'The IT budget is set each year by rolling forward the previous year\'s figure, with no reference to what the service is being asked to deliver.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Incremental budgeting as a funding weakness.',
  },
  {
    text: 'The council has put its money where its mouth is: £4.2 million, ring-fenced over three years, gives the ICT plan a secure footing that many councils would envy.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Funding praised with an idiom rather than the word "investment".',
  },

  // --- understanding-of-it --------------------------------------------------
  {
    text: 'Many senior managers still see IT as a cost to be kept down rather than as a way of changing how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Organisation does not grasp the opportunity offered by IT.',
  },
  {
    text: 'Outside the IT section, few of the staff we met could say what the new document management system might do for them beyond saving paper.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Limited understanding of what a system could offer.',
  },
  {
    text: 'Departments tend to ask IT to automate their existing paper processes rather than ask what technology might let them do differently.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Automating the old way instead of seeing new possibilities.',
  },
  {
    text: 'Service managers show a good grasp of what technology can do for their customers; the social services director, for example, talked convincingly about using mobile working to give care managers more time with clients.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Praise for managers\' understanding of what IT can offer.',
  },

  // --- communication ----------------------------------------------------------
  {
    text: 'Front-line managers rarely hear from the IT section until a system is ready to be installed.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT staff and front-line services out of touch.',
  },
  {
    text: 'Schools and the library service told us that IT staff speak a different language, and that their requests vanish into the help desk with no explanation.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication gap reported by users, reported as a finding.',
  },
  {
    text: 'There is no forum in which IT staff and service departments meet regularly to talk about what is coming up.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Missing channel between technical staff and departments.',
  },
  {
    text: 'Each directorate now has a named IT business partner who sits on its management team, and managers told us this has transformed their relationship with the IT section.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Communication strength evidenced by users and endorsed as a finding.',
  },

  // --- demand-capacity -------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and the help desk had a backlog of 640 open calls when we visited.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlogs and waiting times.',
  },
  {
    text: 'The IT unit takes on every request it receives with no means of ranking them, so almost nothing is finished on time.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'No prioritisation of demand.',
  },
  {
    text: 'There are no service level agreements, so users have no idea how quickly a fault should be fixed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Missing service levels.',
  },
  {
    text: 'A clear way of ranking requests for new work, agreed by directors every quarter, means the small development team is no longer swamped and now delivers what it promises.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Prioritisation praised.',
  },

  // --- user-training -----------------------------------------------------------
  {
    text: 'Staff are handed new software with little or no instruction, and many rely on colleagues to show them how it works.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Lack of training for users.',
  },
  {
    text: 'The training budget has been cut in each of the last two years, and the council keeps no record of which staff have which IT skills.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Training cut and skills not tracked; about training, not IT investment in general.',
  },
  {
    text: 'Nobody has assessed what IT skills front-line staff need, and courses are offered only when a new system goes live.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'No skills needs analysis.',
  },
  {
    text: 'The computer skills programme is impressive: more than 900 staff have passed the ECDL in eighteen months, and help desk calls about basic tasks have fallen sharply as a result.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Training praised with evidence of effect.',
  },

  // --- culture-change --------------------------------------------------------------
  {
    text: 'The council\'s management style remains cautious and hierarchical, and staff told us that ideas from below are seldom taken up.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style needs to change.',
  },
  {
    text: 'A "not invented here" attitude persists in several directorates, which cling to their own systems rather than adopt corporate ones.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Departmental culture resisting corporate working.',
  },
  {
    text: 'Managers are reluctant to let go of paper files, and a blame culture makes staff wary of reporting problems with new systems.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Blame culture and attachment to old ways.',
  },
  {
    text: 'We found a real shift in attitudes: managers now talk about customers rather than departments, and staff are encouraged to try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Culture change praised by the inspectors.',
  },

  // --- information-systems ---------------------------------------------------------
  {
    text: 'The service cannot tell how many calls the help desk resolves at first contact, because its logging system does not record it.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Missing performance information.',
  },
  {
    text: 'Performance indicators for IT are collected but reported to no one, so slipping performance goes unnoticed.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance management weakness.',
  },
  {
    text: 'Managers depend on spreadsheets kept by individual members of staff for basic information about budgets and staffing.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Weak management information systems.',
  },
  {
    text: 'The performance management framework is robust: targets are cascaded into team plans, checked every month, and members receive a clear report each quarter.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance management praised.',
  },
  {
    text: 'The new help desk software gives managers good, timely information on call volumes, fix times and repeat faults, and they make use of it.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Management information praised.',
  },

  // --- consultation ------------------------------------------------------------------
  {
    text: 'The IT service has never asked its users what they think of it, apart from an informal e-mail in 2000 that drew eleven replies.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Users not consulted.',
  },
  {
    text: 'Residents and local businesses were not asked for their views at any stage of the review.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Citizens not consulted in the review.',
  },
  {
    text: 'Users were consulted about the new help desk arrangements only after the contract had been signed.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Consultation too late to matter.',
  },
  {
    text: 'Consultation was thorough and well aimed: the review team held focus groups with front-line staff in every directorate, and a user panel now meets each quarter to comment on the service.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Consultation praised.',
  },

  // --- comparison ---------------------------------------------------------------------
  {
    text: 'The council has made no attempt to compare the cost or quality of its IT service with those of similar authorities.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No comparison with others.',
  },
  {
    text: 'The only benchmarking done set the help desk\'s costs against a private sector average with no allowance for the different work involved, so the conclusions drawn from it cannot be relied on.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Flawed benchmarking.',
  },
  {
    text: 'Although the council belongs to a benchmarking club, it has not used the data to ask why its cost per PC is among the highest in the group.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Comparative data collected but not used.',
  },
  {
    text: 'The service makes good use of comparative data: it has joined a benchmarking club of fourteen councils and used the results to set demanding targets for the help desk.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking praised.',
  },

  // --- competition ----------------------------------------------------------------------
  {
    text: 'The review did not consider whether another organisation could provide any part of the service, and outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Alternative providers not tested.',
  },
  {
    text: 'Hardware is still bought from a single supplier without tender, and the council cannot show that the arrangement gives value for money.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Procurement not competitive.',
  },
  {
    text: 'The council tested the market rigorously, inviting bids for desktop support and weighing them against an in-house option on equal terms; the result saves around £180,000 a year.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Market testing praised.',
  },
  {
    text: 'Sharing a data centre with the county and two neighbouring districts is a sensible, well-managed way of securing economies of scale.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Partnership praised (partnerships fall under competition).',
  },

  // --- e-government -----------------------------------------------------------------------
  {
    text: 'Only 23 per cent of the council\'s services can be transacted electronically, and there is no credible plan for reaching the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Behind on the 2005 electronic service delivery target.',
  },
  {
    text: 'The web site is little more than an electronic telephone directory: residents cannot report a fault, pay a bill or apply for anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Weak web presence.',
  },
  {
    text: 'Residents who telephone the council are passed from department to department; there is no single point of contact and no plan to create one.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Customer access weakness, without any web wording.',
  },
  {
    text: 'The web site is among the best we have seen: residents can pay, book and apply for more than forty services online, and take-up rises every month.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Electronic service delivery praised.',
  },
  {
    text: 'Progress towards electronic service delivery has been rapid and well managed, and the council already meets the government\'s target for 2005.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'E-government target met, praised.',
  },

  // --- two themes in one sentence ----------------------------------------------------------
  {
    text: 'Because nobody has asked users what they need, the IT section has no basis for deciding which of the many requests it receives should come first.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'Two weaknesses linked by cause: no consultation, no prioritisation.',
  },
  {
    text: 'The ICT budget has fallen by 15 per cent over three years while the number of PCs the section supports has doubled.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'Funding cut against rising demand.',
  },
  {
    text: 'Members and senior officers have given strong leadership, backing the programme with an extra £1.5 million from reserves.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'Two strengths: leadership and funding.',
  },
  {
    text: 'The council has neither compared its IT costs with those of other councils nor tested whether an outside provider could do the work more cheaply.',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'Compare and compete both missing, joined by "neither … nor".',
  },
  {
    text: 'Training for the new customer system was excellent, but the council has still not set out how it will meet its target for electronic service delivery.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'Mixed polarity in one sentence, split by "but".',
  },

  // --- no theme --------------------------------------------------------------------------------
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of capacity, no judgement.',
  },
  {
    text: 'The council\'s aim is to become "a leading e-council by 2005", with every service available online.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own aim about e-government, not an inspectors\' finding.',
  },
  {
    text: 'In its self-assessment the council describes its consultation with users as "extensive and effective".',
    expect: [],
    why: 'Self-assessment claim about consultation, not the inspectors\' praise.',
  },
  {
    text: 'The head of IT told us that "communication with departments has never been better".',
    expect: [],
    why: 'Quoted view of a manager about communication.',
  },
  {
    text: 'The council serves around 98,000 people across a largely rural area of 460 square kilometres.',
    section: 'Context',
    expect: [],
    why: 'Context only.',
  },
  {
    text: 'The IT section supports 1,450 PCs, 36 servers and a wide area network linking 22 sites.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of what the service runs.',
  },
  {
    text: 'The Best Value review ran from March to November 2001 and was carried out by five officers drawn from across the council.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Description of the review process.',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million, of which £2.2 million is spent on staff.',
    section: 'Context',
    expect: [],
    why: 'Budget figures as description; no judgement about funding.',
  },
  {
    text: 'The council\'s IT strategy was approved in 1999 and runs until 2003.',
    expect: [],
    why: 'Fact about the strategy, no judgement of its alignment.',
  },
  {
    text: 'The improvement plan proposes to benchmark help desk costs against the SOCITM survey by December.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'A planned action described, not an inspectors\' finding on comparison.',
  },
  {
    text: 'The review report states that "the training needs of staff are fully met".',
    expect: [],
    why: 'Council\'s own claim about training, quoted.',
  },
  {
    text: 'Inspections of this kind are carried out under section 10 of the Local Government Act 1999.',
    expect: [],
    why: 'Boilerplate about the regime.',
  },
  {
    text: 'The service was restructured in April 2001, bringing the former directorate IT teams together under a single head of service.',
    section: 'Context',
    expect: [],
    why: 'Neutral history.',
  },
  {
    text: 'The revenues and benefits service, inspected separately in 2002, is outside the scope of this report.',
    expect: [],
    why: 'Scope statement about another service.',
  },
  {
    text: 'The council intends to market test its print and reprographics unit during 2003/04.',
    expect: [],
    why: 'Council intention about competition, not a judgement.',
  },
  {
    text: 'We would like to thank the staff and members who gave their time to help us during the inspection.',
    expect: [],
    why: 'Courtesy sentence in the inspectors\' voice that raises no theme.',
  },
];
