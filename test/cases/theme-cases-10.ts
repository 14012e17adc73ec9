/** Held-out theme set 10, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases10: ThemeCase[] = [
  {
    text: "The help desk is staffed by six people from 8am to 6pm and uses a call-logging package bought in 1999.",
    section: "Context",
    expect: [],
    why: "Neutral description of the help desk; words like help desk and call-logging suggest demand-capacity or information-systems, but nothing is judged.",
  },
  {
    text: "The council employs about 2,300 staff and spends £3.1 million a year on ICT, roughly 2 per cent of its revenue budget.",
    section: "Context",
    expect: [],
    why: "Context fact about spending; a word spotter would tag investment.",
  },
  {
    text: "The ICT strategy states that the council will \"align technology with corporate priorities and put the customer at the heart of everything we do\".",
    section: "How good is the service? > Aims",
    expect: [],
    why: "The council's own aim quoted; no inspectors' view of whether alignment is achieved.",
  },
  {
    text: "The head of ICT told us that users receive all the training they need.",
    expect: [],
    why: "A manager's claim that the inspectors neither endorse nor contradict in this sentence.",
  },
  {
    text: "The council's self-assessment describes its communication with departments as \"excellent\".",
    expect: [],
    why: "Self-assessment quoted; not the inspectors' voice.",
  },
  {
    text: "Benchmarking data from the 2002 SOCITM survey are reproduced in Appendix 3.",
    expect: [],
    why: "Passing mention of benchmarking (a pointer to an appendix), no judgement of the council's comparison work.",
  },
  {
    text: "The council belongs to the county-wide e-government partnership, which meets every quarter.",
    section: "Context",
    expect: [],
    why: "Context fact about a partnership; mentions e-government and partnership words without judging either.",
  },
  {
    text: "The director of resources believes the backlog of development requests will be cleared by Christmas.",
    expect: [],
    why: "A manager's expectation about the backlog, not an inspectors' finding.",
  },
  {
    text: "Members approved the ICT strategy in July 2002.",
    section: "Context",
    expect: [],
    why: "Bare chronology; neither leadership praise nor criticism.",
  },
  {
    text: "The council aims to deliver all its services electronically by 2005, in line with the government's target.",
    section: "Context",
    expect: [],
    why: "The council's aim restating the national target; no judgement on progress.",
  },
  {
    text: "Training is provided by the personnel section through a programme of half-day courses held at the Civic Centre.",
    section: "How good is the service?",
    expect: [],
    why: "Neutral description of how training is organised, no view on its adequacy.",
  },
  {
    text: "In 1999 the council transferred its payroll service to a private company under a seven-year contract.",
    section: "Context",
    expect: [],
    why: "Context fact about an outsourcing contract; a spotter would tag competition.",
  },
  {
    text: "The consultation strategy promises that residents will be \"consulted on every major decision\".",
    section: "How good is the service? > Aims",
    expect: [],
    why: "The council's own promise quoted.",
  },
  {
    text: "Our comparison of costs with the council's family group is set out in Table 4.",
    section: "How good is the service? > Comparison",
    expect: [],
    why: "The inspectors' own comparison announced, not a finding about the council's benchmarking.",
  },
  {
    text: "Unemployment in the borough is twice the national average, and a third of households have no access to the internet.",
    section: "Context",
    expect: [],
    why: "Context about the area; internet access is not the council's e-government performance.",
  },
  {
    text: "The IT unit is responsible for the network, 1,400 PCs, the telephone system and the council's web site.",
    section: "Context",
    expect: [],
    why: "List of responsibilities; mentions web site without judging electronic service delivery.",
  },
  {
    text: "The council's Implementing Electronic Government statement sets out a plan to have every service available on line by December 2005.",
    section: "Will the service improve? > The improvement plan",
    expect: [],
    why: "Describes the council's plan document; no inspectors' view.",
  },
  {
    text: "The review's terms of reference required the team to challenge, compare, consult and compete.",
    section: "Will the service improve? > The Best Value review",
    expect: [],
    why: "The 4Cs named as the review's remit; nothing about how well they were done.",
  },
  {
    text: "\"We are a listening council,\" the leader told us.",
    expect: [],
    why: "Leader's claim about consultation, quoted and not endorsed.",
  },
  {
    text: "Departments no longer wait weeks for new PCs: most are now installed within five working days.",
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: "Polarity trap: \"wait weeks\" appears but is negated; this is a strength.",
  },
  {
    text: "Far from being an afterthought, training is now built into every project plan from the start.",
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: "Polarity trap: \"afterthought\" is negated; strength on training.",
  },
  {
    text: "Complaints that the ICT section never told anyone anything are a thing of the past; each department now has a named account manager who attends its management team.",
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: "Polarity trap: complaint wording reported as resolved; a communication strength.",
  },
  {
    text: "The council's claim to have consulted widely is not borne out: the only user survey dates from 1998 and had a 12 per cent response.",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "Polarity trap: positive words (\"consulted widely\") in a sentence that finds a weakness.",
  },
  {
    text: "Managers told us the new strategy \"links ICT firmly to the corporate plan\", but we found no reference in it to any of the council's priorities.",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Polarity trap: a quoted positive claim contradicted by the inspectors; a weakness.",
  },
  {
    text: "Sickness absence in the ICT section fell from 14 to 9 days per person last year.",
    section: "How good is the service?",
    expect: [],
    why: "Neutral statistic; not one of the codebook themes.",
  },
  {
    text: "The ICT strategy was written by the ICT section on its own and says nothing about the council's priorities for regeneration, community safety or schools.",
    section: "How good is the service? > Aims",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Strategy not derived from corporate aims, said without the word \"align\".",
  },
  {
    text: "Every project in the ICT programme can be traced back to one of the six corporate priorities, and those that could not were dropped.",
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: "Alignment praised indirectly.",
  },
  {
    text: "Systems are bought one at a time, as departments ask for them, with no sense of where the council as a whole wants to go.",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Lack of corporate direction for ICT purchasing.",
  },
  {
    text: "Members show little interest in ICT; the strategy was noted rather than debated, and no member came to the review's challenge workshop.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "Member leadership missing.",
  },
  {
    text: "The chief executive chairs the ICT board in person and has made it clear to chief officers that the programme is not optional.",
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: "Lead from the top, praised.",
  },
  {
    text: "No senior manager takes responsibility for ICT across the council; the head of ICT reports to the chief accountant, three tiers below the corporate team.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "Absence of senior ownership.",
  },
  {
    text: "Years of tight budgets have left the council with a network close to collapse and PCs that cannot run current software.",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "Historic under-investment described through its effects.",
  },
  {
    text: "Members have protected the ICT capital budget through two difficult budget rounds, and the replacement programme is funded to 2006.",
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: "Investment praised.",
  },
  {
    text: "There is no money in the plan for the second phase, and the council has not said where it will come from.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "Unfunded plan.",
  },
  {
    text: "Managers tend to see ICT as a cost to be kept down rather than as a way of changing how their services are delivered.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "Organisation does not grasp the opportunity of IT.",
  },
  {
    text: "Chief officers talk readily about how technology could change their services, and several have redesigned their processes around it.",
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: "Understanding of IT's potential, praised.",
  },
  {
    text: "Few senior managers could tell us what the document management system was for, beyond saving paper.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "Limited grasp of what IT offers.",
  },
  {
    text: "Staff in the area housing offices told us they find out about system changes when their screens stop working.",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "Communication between IT and front line, weakness, in the users' words as reported by inspectors.",
  },
  {
    text: "Departments and the ICT section each blame the other for failed projects, and neither knows what the other is planning.",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "Two-way communication failure.",
  },
  {
    text: "The development team has a queue of 140 requests and no agreed way of deciding which come first.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "Backlog and no prioritisation.",
  },
  {
    text: "Routine faults are logged promptly but can take three weeks to fix, because the same two engineers also install all new equipment.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "Capacity cannot meet demand; \"logged promptly\" is a distractor.",
  },
  {
    text: "Requests are ranked each month by a panel of users against published criteria, and the backlog has fallen from nine months to six weeks.",
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: "Prioritisation and backlog reduction praised.",
  },
  {
    text: "Staff were given the new housing system with half a day's instruction and a manual, and many still keep paper records alongside it.",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "Inadequate user training shown by its effect.",
  },
  {
    text: "New starters get a basic skills course in their first fortnight, and a learning centre is open to all staff at lunchtimes.",
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: "Training provision praised.",
  },
  {
    text: "R4 Ensure that staff are trained in the new financial system before it goes live.",
    section: "Recommendations",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "A recommendation is an area for improvement raised by the inspectors.",
  },
  {
    text: "Decisions are pushed upwards, and staff are reluctant to act without a manager's signature.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "Management style and culture needing change.",
  },
  {
    text: "The council has moved from a command-and-control style to one in which teams are trusted to manage their own budgets and targets.",
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: "Culture change achieved, praised.",
  },
  {
    text: "The ICT section still behaves as a technical department that knows best, rather than as a service to its customers.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "Culture of the IT section.",
  },
  {
    text: "The service does not record how long calls take to resolve, so it cannot tell whether things are getting better or worse.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "Performance information missing.",
  },
  {
    text: "Performance is reported to the ICT board every month against twelve indicators, with red, amber and green flags that members understand.",
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: "Performance management praised.",
  },
  {
    text: "Each department keeps its own customer records, so the council cannot tell whether a caller is also a tenant or a benefit claimant.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "Management information systems fragmented.",
  },
  {
    text: "Users were not asked what they wanted from the service before the review team drew up its options.",
    section: "Will the service improve? > The Best Value review",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "Users not consulted.",
  },
  {
    text: "The review team ran focus groups with residents, including young and older people, and changed its proposals as a result.",
    section: "Will the service improve? > The Best Value review",
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: "Consultation that made a difference, praised.",
  },
  {
    text: "The council has not compared its costs or performance with any other authority, so it cannot say whether the service is good value.",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "No benchmarking.",
  },
  {
    text: "The service belongs to a benchmarking club of nine councils and has already adopted two practices it learned there.",
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: "Benchmarking used well.",
  },
  {
    text: "The review did not test whether anyone else could run the service better or more cheaply; keeping it in-house was assumed from the start.",
    section: "Will the service improve? > The Best Value review",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "Competitiveness not tested.",
  },
  {
    text: "The desktop support contract was re-let after open competition, saving £180,000 a year while raising the standards users can expect.",
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: "Procurement praised.",
  },
  {
    text: "The proposed partnership with the county council has been under discussion for three years without a decision.",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "Partnership option stalled (competition / partnerships theme).",
  },
  {
    text: "Only a handful of services can be reached on line, and the council has no plan for meeting the 2005 target.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "E-government behind.",
  },
  {
    text: "Residents can now report a missed bin, pay their council tax and book a bulky-waste collection through the web site at any hour.",
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: "Electronic service delivery praised through examples.",
  },
  {
    text: "The web site is little more than an electronic leaflet: none of its pages lets anyone do business with the council.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "Web site without transactions.",
  },
  {
    text: "The strategy has no budget attached to it and has never been discussed by members.",
    expect: [{ theme: 'investment', polarity: 'weakness' }, { theme: 'leadership', polarity: 'weakness' }],
    why: "Two weaknesses in one sentence.",
  },
  {
    text: "Benchmarking is thorough and well used, but the council has never exposed any part of the service to competition.",
    expect: [{ theme: 'comparison', polarity: 'strength' }, { theme: 'competition', polarity: 'weakness' }],
    why: "Mixed polarity in one sentence.",
  },
  {
    text: "Members have found the money for a new network, but the ICT strategy still bears little relation to the corporate plan.",
    expect: [{ theme: 'investment', polarity: 'strength' }, { theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Mixed polarity: investment praised, alignment criticised.",
  },
  {
    text: "Because nobody measures demand, the help desk cannot show departments why their calls wait, and the two sides rarely speak.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }, { theme: 'communication', polarity: 'weakness' }],
    why: "Missing performance information and poor IT-department communication.",
  },
  {
    text: "Users across the council were surveyed twice last year and the results were used to set the service standards that are now reported to every departmental management team.",
    expect: [{ theme: 'consultation', polarity: 'strength' }, { theme: 'information-systems', polarity: 'strength' }],
    why: "Consultation and performance reporting praised together.",
  },
];
