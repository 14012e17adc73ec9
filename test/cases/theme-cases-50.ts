/** Held-out theme set 50, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases50: ThemeCase[] = [
  // --------------------------------------------------------------------------
  // strategic-alignment
  // --------------------------------------------------------------------------
  {
    text: 'The ICT strategy was written in 1998 and makes no mention of the council\'s present priorities of community safety and town-centre regeneration.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: out-of-date strategy detached from corporate priorities, without the word "align"',
  },
  {
    text: 'Departments buy systems to suit their own ends, and no one checks whether the purchases serve the council\'s wider objectives.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: piecemeal buying unconnected to corporate objectives',
  },
  {
    text: 'There is no line of sight from the community plan to the IT work programme; projects are chosen because they interest the technical staff, not because they help the council achieve what it has set out to do.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategic-alignment weakness: metaphor ("line of sight") instead of codebook words',
  },
  {
    text: 'Every project in the ICT programme can now be traced to one of the council\'s five corporate priorities, and the programme board rightly turns down bids that cannot show the link.',
    section: 'Will the service improve? > Improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: inspectors praise traceability of projects to corporate priorities',
  },
  {
    text: 'We were impressed by how closely the new e-services programme follows the council\'s priorities for older people and for young people leaving care.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategic-alignment strength: praise in the inspectors\' voice ("we were impressed"); mentions e-services but the point is fit with priorities',
  },

  // --------------------------------------------------------------------------
  // leadership
  // --------------------------------------------------------------------------
  {
    text: 'Members show little interest in ICT: the strategy went through cabinet without debate, and no councillor has taken responsibility for it.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: elected members not owning IT',
  },
  {
    text: 'The chief officers\' management team has not discussed information technology at any meeting in the past fourteen months.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: senior officers absent, stated as a bare fact',
  },
  {
    text: 'Without a champion at senior level, decisions about ICT are left to a third-tier manager who lacks the authority to make directors follow them.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'leadership weakness: no senior champion',
  },
  {
    text: 'The deputy chief executive chairs the ICT board in person and the leader has made modernisation one of her three personal priorities, which gives the service a strong steer from the top.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'leadership strength: praise for top-level ownership',
  },

  // --------------------------------------------------------------------------
  // investment
  // --------------------------------------------------------------------------
  {
    text: 'Years of spending less than comparable councils have left a network that fails most weeks and PCs that are, on average, seven years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: historic under-spending shown by its effects; "comparable councils" is context, not a benchmarking finding',
  },
  {
    text: 'The improvement plan has no costs attached, and the council has not said where the money to replace the housing system will come from.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: unfunded plan',
  },
  {
    text: 'The capital programme has allowed nothing for replacing servers since 1997.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'investment weakness: short factual sentence with no evaluative words',
  },
  {
    text: 'The council has set aside £2.4 million over three years in a ring-fenced renewal fund, a sensible step that has already paid for the new network core.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'investment strength: funding praised as sensible and effective',
  },

  // --------------------------------------------------------------------------
  // understanding-of-it
  // --------------------------------------------------------------------------
  {
    text: 'Many senior managers still see ICT as a cost to be kept down rather than as a way of changing how their services reach the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: IT seen only as a cost',
  },
  {
    text: 'Directors we interviewed could not say how technology might help them meet their own service targets.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: managers unaware of what IT could do',
  },
  {
    text: 'Technology is regarded as the IT unit\'s business alone; as one director put it to us, "I just want the PCs to work".',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding-of-it weakness: the inspectors\' own finding illustrated by a quotation (the quote supports the finding, it is not the only voice)',
  },
  {
    text: 'Service heads have a good grasp of what technology can do for them: social services, for example, has redesigned its assessment process around mobile working.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding-of-it strength: praise for managers\' grasp of IT\'s potential',
  },

  // --------------------------------------------------------------------------
  // communication
  // --------------------------------------------------------------------------
  {
    text: 'Front-line managers rarely hear from the IT section about changes that affect them; the libraries first learned of the network upgrade when their catalogue went off-line.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: IT section does not tell service providers about changes',
  },
  {
    text: 'IT staff and the departments they support talk past each other: technicians speak of servers and licences, service managers of waiting lists and caseloads.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: two groups with no shared language',
  },
  {
    text: 'Housing officers told us they had given up reporting faults because they never learned what had happened to them.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication weakness: no feedback from IT to a front-line department; could be misread as demand-capacity',
  },
  {
    text: 'Each directorate now has a named IT relationship manager who attends its management team every month, and service managers told us this had transformed their contact with the IT unit.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication strength: praise for regular contact between IT and departments',
  },

  // --------------------------------------------------------------------------
  // demand-capacity
  // --------------------------------------------------------------------------
  {
    text: 'Departments wait months for new PCs, and 340 requests for system changes were outstanding at the time of our visit.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: waiting times and a backlog',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the unit responds to whoever shouts loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: no prioritisation',
  },
  {
    text: 'The team of four developers has been asked to deliver eleven major projects this year.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'demand-capacity weakness: overload stated only as numbers',
  },
  {
    text: 'A published service level agreement, checked every month, now sets response times for each kind of call, and the unit met all of them last quarter – a real achievement.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'demand-capacity strength: service levels agreed and met, praised',
  },

  // --------------------------------------------------------------------------
  // user-training
  // --------------------------------------------------------------------------
  {
    text: 'Staff were given the new finance system after half a day\'s instruction, and many still keep their own spreadsheets because they do not know how to get reports out of it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: inadequate instruction shown through consequences',
  },
  {
    text: 'No one has assessed the IT skills of the council\'s staff, and there is no training budget outside the IT unit itself.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: no skills assessment or budget for training (money mentioned but the subject is training)',
  },
  {
    text: 'Half the councillors have never used their council laptops.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'user-training weakness: implicit skills gap among members; "councillors" should not trigger leadership',
  },
  {
    text: 'The rolling programme of short desk-side sessions, attended by more than 1,100 staff, is well regarded and has visibly cut the number of "how do I" calls to the help desk.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user-training strength: praised training programme; the help desk mention is evidence, not a demand-capacity theme',
  },

  // --------------------------------------------------------------------------
  // culture-change
  // --------------------------------------------------------------------------
  {
    text: 'The service is run in a command-and-control style in which staff are reluctant to suggest improvements or own up to mistakes.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: management style',
  },
  {
    text: 'Departments guard their own systems and data jealously, and there is little sense of working as one council.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: silo culture',
  },
  {
    text: 'Old habits persist: forms are still printed, signed and re-keyed even where the system could route them electronically.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture-change weakness: resistance to new ways of working; mentions electronic routing but is about internal habits, not e-government service delivery',
  },
  {
    text: 'Managers have moved away from a culture of blame; staff told us they are encouraged to try new ideas and that problems are now raised openly, which we found refreshing.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture-change strength: inspectors praise the changed culture',
  },

  // --------------------------------------------------------------------------
  // information-systems
  // --------------------------------------------------------------------------
  {
    text: 'The help desk logs every call, but nobody analyses the data, so managers cannot tell whether performance is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: data collected but not used for performance management',
  },
  {
    text: 'Few of the service\'s targets can be measured, and performance is not reported to members at any point in the year.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'information-systems weakness: unmeasurable targets and no reporting',
  },
  {
    text: 'Performance information is clear and timely: a monthly scorecard on availability, call resolution and project delivery goes to the management team and is published on the intranet.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: praised performance reporting',
  },
  {
    text: 'The new project-tracking system gives managers a reliable, up-to-date view of every project\'s cost and progress, and it is well used.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'information-systems strength: management information system praised',
  },

  // --------------------------------------------------------------------------
  // consultation
  // --------------------------------------------------------------------------
  {
    text: 'The review did not ask the people who use the service what they thought of it; the only user survey dates from 1999.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: users not asked',
  },
  {
    text: 'Residents\' views played no part in the review: there was no survey, no focus group and no use of the citizens\' panel.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation weakness: citizens not consulted, listed as absences',
  },
  {
    text: 'The user survey, repeated every six months and followed up by focus groups in each directorate, gives the service a detailed and reliable picture of what its customers want.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation strength: praised, well-designed consultation',
  },

  // --------------------------------------------------------------------------
  // comparison
  // --------------------------------------------------------------------------
  {
    text: 'The service has never compared its costs or performance with another council, so it cannot say whether it offers good value.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: no comparison; "good value" is not praise',
  },
  {
    text: 'The comparisons in the review were limited to two neighbouring districts of very different size and were not used to set targets.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: weak, unused comparisons',
  },
  {
    text: 'Nobody in the unit could tell us how its help-desk costs stood against those of other authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'comparison weakness: ignorance of relative costs, no codebook words',
  },
  {
    text: 'The council has joined a benchmarking club of fourteen similar authorities and uses the results well: its cost per workstation has fallen from the highest in the group to below the median.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison strength: benchmarking used well',
  },

  // --------------------------------------------------------------------------
  // competition
  // --------------------------------------------------------------------------
  {
    text: 'The review dismissed outsourcing in a single paragraph without testing the market or finding out what other providers could offer.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: market not tested',
  },
  {
    text: 'The desktop support contract has been renewed with the same supplier three times without ever being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: procurement without competition',
  },
  {
    text: 'Equipment is bought department by department, in small lots, at whatever price the local dealer quotes.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competition weakness: poor procurement practice described without evaluative words',
  },
  {
    text: 'A rigorous options appraisal, followed by open tendering, led to a partnership with a private provider that has cut costs by 12 per cent while improving response times.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'competition strength: procurement and partnership praised',
  },

  // --------------------------------------------------------------------------
  // e-government
  // --------------------------------------------------------------------------
  {
    text: 'Only 18 per cent of the council\'s dealings with the public can be carried out electronically, and at the present rate it will fall well short of the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: behind the 2005 target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay, apply or report anything on it.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: brochure website',
  },
  {
    text: 'There is no plan for how the telephone, the web and the reception desks will fit together, and the contact centre promised for 2002 has not been started.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government weakness: customer access channels unplanned',
  },
  {
    text: 'Residents can now report missed bins, pay council tax and book leisure courses on the web, and use of these services is growing fast – good progress for a council of this size.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'e-government strength: online transactions praised',
  },

  // --------------------------------------------------------------------------
  // sentences raising two themes
  // --------------------------------------------------------------------------
  {
    text: 'Members have never been asked to agree a budget for ICT, and the strategy they did not discuss has no money behind it.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two themes: members not engaged (leadership) and unfunded strategy (investment)',
  },
  {
    text: 'The help desk is swamped, not least because staff were never shown how to use the new systems properly.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'two themes: overloaded help desk (demand-capacity) caused by lack of training (user-training)',
  },
  {
    text: 'The council sensibly compared its network costs with six other districts and then ran an open competition, which produced a contract at two-thirds of the old price.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'competition', polarity: 'strength' },
    ],
    why: 'two themes, both praised: comparison then competition',
  },
  {
    text: 'The online payments project has stalled because no money was set aside to finish it.',
    expect: [
      { theme: 'e-government', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two themes: electronic service delivery stalled (e-government) for lack of funds (investment)',
  },
  {
    text: 'Without any performance figures, members cannot hold the service to account, and they have shown no inclination to ask for them.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'two themes: no performance information and disengaged members',
  },
  {
    text: 'Strong leadership from the chief executive has changed the way managers think about technology: directors now come to the IT unit with ideas, not just complaints.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'understanding-of-it', polarity: 'strength' },
    ],
    why: 'two themes, both praised: lead from the top and a changed understanding of what IT can do',
  },

  // --------------------------------------------------------------------------
  // no theme: description, council aims, self-assessment, quoted views, context
  // --------------------------------------------------------------------------
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'no theme: neutral description of the help desk',
  },
  {
    text: 'The council\'s ICT strategy aims to make all of its services available online by December 2005.',
    expect: [],
    why: 'no theme: a council aim about e-government, not an inspectors\' finding',
  },
  {
    text: 'In its self-assessment the council describes members\' leadership of ICT as "strong and visible".',
    expect: [],
    why: 'no theme: self-assessment claim about leadership, not the inspectors\' view',
  },
  {
    text: 'The head of IT told us that "we consult our users all the time".',
    expect: [],
    why: 'no theme: a manager\'s quoted view about consultation',
  },
  {
    text: 'Harbridge is a largely rural district of 96,000 people, with its offices divided between two market towns.',
    section: 'Context',
    expect: [],
    why: 'no theme: context about the district',
  },
  {
    text: 'The ICT unit sits within the Resources directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'no theme: organisational description; mentions a director but says nothing about leadership',
  },
  {
    text: 'The Best Value review was carried out between June 2000 and January 2001 by a team of five officers and two councillors.',
    expect: [],
    why: 'no theme: description of the review',
  },
  {
    text: 'The council\'s budget for ICT in 2002/03 is £3.1 million, of which £1.8 million is spent on staff.',
    section: 'Context',
    expect: [],
    why: 'no theme: neutral budget figure, a trap for investment',
  },
  {
    text: 'We would like to thank the council\'s staff and members for their help during the inspection.',
    expect: [],
    why: 'no theme: courtesy sentence',
  },
  {
    text: 'The council\'s corporate plan sets out four priorities: jobs, housing, safer streets and a cleaner environment.',
    section: 'Context',
    expect: [],
    why: 'no theme: describes the corporate priorities without relating IT to them (trap for strategic-alignment)',
  },
  {
    text: 'The neighbouring county\'s inspection report praised its programme of IT training for staff.',
    expect: [],
    why: 'no theme: praise of another council\'s training, not of this service',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'no theme: report apparatus',
  },
  {
    text: 'The council hopes to open a customer contact centre by the end of 2003.',
    expect: [],
    why: 'no theme: council intention about customer access, not a finding',
  },
  {
    text: 'Users interviewed by the council\'s own review team called the network "poor" and the help-desk staff "excellent".',
    expect: [],
    why: 'no theme: views reported by the council\'s review team, with grade words as ordinary words',
  },
  {
    text: 'The portfolio holder for resources said that the council "has always led from the front on technology".',
    expect: [],
    why: 'no theme: a councillor\'s quoted claim about leadership',
  },
  {
    text: 'There are 2,150 PCs and 140 servers spread across 52 sites, linked by a wide-area network installed in 1996.',
    section: 'Context',
    expect: [],
    why: 'no theme: neutral inventory',
  },
  {
    text: 'The review team plans to invite tenders for desktop support in the spring.',
    expect: [],
    why: 'no theme: a stated plan, neither praised nor criticised (trap for competition)',
  },
];
