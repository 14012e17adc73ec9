/** Held-out theme set 32, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases32: ThemeCase[] = [
  // ── strategic-alignment ──
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy detached from corporate aims, without the word "alignment".',
  },
  {
    text: 'Projects get done because a department asks loudly, not because they advance what the council says matters most.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT work not driven by the authority\'s strategic aims.',
  },
  {
    text: '• there is no clear line of sight from the priorities in the corporate plan to the IT work programme',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Bullet: IT programme not linked to corporate priorities.',
  },
  {
    text: 'Every ICT project is tested against the council\'s four corporate priorities before it is approved, and we found this to be a real strength.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Inspectors praise the link between IT projects and corporate aims.',
  },
  {
    text: 'The IT strategy is firmly rooted in the community plan, and we saw convincing links between it and the council\'s ambitions for regeneration.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Praise for IT strategy grounded in corporate/community aims.',
  },

  // ── leadership ──
  {
    text: 'Members show little interest in ICT, and the subject has not come before the executive in the last twelve months.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning IT.',
  },
  {
    text: 'No chief officer owns the ICT agenda; it has been left to the head of IT to push it from below.',
    section: 'Summary',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'No lead from the top: IT driven only from below.',
  },
  {
    text: 'The chief executive chairs the ICT programme board himself and has made it plain to directors that the programme comes first, which gives it real weight.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Praised lead from the top by the chief executive.',
  },
  {
    text: 'Strong and visible leadership from the cabinet member for resources has given ICT a high profile, and this has been vital to the progress made.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Elected member driving IT, praised.',
  },

  // ── investment ──
  {
    text: 'Years of under-spending have left the council with a network that can no longer cope with the demands placed on it.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment.',
  },
  {
    text: 'The improvement plan has no budget attached to it and relies on capital bids that have not yet been made.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Unfunded plan.',
  },
  {
    text: 'The council has set aside £2.4 million over three years for ICT, a sound commitment that puts the improvement plan on a firm footing.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Funding praised by inspectors.',
  },
  {
    text: 'Sustained spending on replacing out-of-date PCs since 1999 has paid off, and the benefits are clear to see in every office we visited.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Investment praised, without the word "investment".',
  },

  // ── understanding-of-it ──
  {
    text: 'Many managers see IT simply as a cost to be kept down rather than as a way of changing how their services are delivered.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Organisation does not grasp the opportunity offered by IT.',
  },
  {
    text: 'Senior officers have only a limited grasp of what technology could do for their services.',
    section: 'Will the service improve? > Challenge',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Limited understanding of IT\'s potential.',
  },
  {
    text: 'Directors understand well how technology can help them redesign services, and several have already done so to good effect.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Praised understanding of the power of IT.',
  },
  {
    text: 'There is a widespread appreciation across the council of the opportunities that ICT opens up, and this is one of the service\'s strengths.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Explicit strength: organisation-wide understanding of IT opportunity.',
  },

  // ── communication ──
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to be changed under them.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Poor communication between IT and front-line services.',
  },
  {
    text: 'Departments told us that they learn about network failures from their own staff rather than from IT.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT does not inform departments.',
  },
  {
    text: 'Regular liaison meetings between ICT account managers and each directorate work well, and departments say they feel well informed.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Good communication between IT and departments, praised.',
  },
  {
    text: 'Placing IT officers within the housing and social services teams has greatly improved understanding on both sides – an approach other councils could learn from.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Praised closeness of technical and front-line staff.',
  },

  // ── demand-capacity ──
  {
    text: 'Departments wait months for new PCs, and the backlog of development requests now stands at more than 200.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Demand exceeds capacity; backlog.',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the team tends to respond to whoever shouts loudest.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'No prioritisation of demand.',
  },
  {
    text: 'A clear prioritisation process, agreed each quarter with directors, means that the team\'s limited capacity is used where it matters most.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Praised balancing of demand with capacity.',
  },
  {
    text: 'Service level agreements are in place with every department and the service has met them consistently for two years, which we regard as a clear strength.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Service levels agreed and met – a strength in managing demand.',
  },

  // ── user-training ──
  {
    text: 'Staff have been given new software with no training, and many use only a fraction of what it can do.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Lack of user training.',
  },
  {
    text: 'R4 Carry out an analysis of staff IT skills and put in place a costed programme of training for users of the new systems.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'A recommendation marks user training as an area for improvement.',
  },
  {
    text: 'The rolling programme of IT courses is well attended and highly rated by the staff who have been on it.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Training praised.',
  },
  {
    text: 'Every new starter receives IT induction, and over 400 staff have gained the ECDL qualification – a notable achievement for a council of this size.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills provision praised.',
  },

  // ── culture-change ──
  {
    text: 'The IT section remains inward-looking and defensive, and its staff tend to treat requests from users as interruptions.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Culture needs to change.',
  },
  {
    text: 'A top-down, command-and-control style of management discourages staff from suggesting improvements.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style is the problem.',
  },
  {
    text: 'The new management team has moved the service successfully towards a customer-focused way of working, and staff told us they now feel trusted to solve problems.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Praised change in culture and management style.',
  },
  {
    text: 'There has been a marked and welcome shift in the way the service is run: decisions are now taken openly and staff are involved in them.',
    section: 'Summary > Strengths',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Culture change praised.',
  },

  // ── information-systems ──
  {
    text: 'The service does not collect the performance information it would need to know whether it is getting better.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'No performance information.',
  },
  {
    text: 'Performance indicators go to members once a year, far too late for anyone to act on them.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Weak performance management.',
  },
  {
    text: 'Performance management is robust: a monthly report on every service standard goes to the management team, and we saw action follow when targets were missed.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Praised performance management.',
  },
  {
    text: 'The help desk system gives managers accurate, up-to-date figures on call volumes and fix times, and they make good use of them.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Management information praised.',
  },

  // ── consultation ──
  {
    text: 'Users have not been asked for their views on the service since 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'No consultation of users.',
  },
  {
    text: 'The review did not involve residents or local businesses, even though the website is now a large part of what the service provides.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Citizens not consulted.',
  },
  {
    text: 'The review team consulted widely – staff in every directorate, a citizens\' panel and the schools – and the results clearly shaped the improvement plan.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Praised consultation that made a difference.',
  },
  {
    text: 'Regular user surveys, and a user group that meets every quarter, give the service a well-founded picture of what its customers want.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Ongoing consultation praised.',
  },

  // ── comparison ──
  {
    text: 'The council has not compared its costs or performance with those of other councils, so it cannot tell whether the service offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking.',
  },
  {
    text: 'Comparisons in the review were limited to one neighbouring district and did not look at the best performers.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Weak comparison.',
  },
  {
    text: 'The service benchmarks itself rigorously through the SOCITM club and uses the results well to set its own targets.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking praised.',
  },
  {
    text: 'Comparison with private-sector providers and with top-quartile councils was thorough, and the lessons have been acted on.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Comparison praised.',
  },

  // ── competition ──
  {
    text: 'The review did not test whether another provider could deliver the service better or more cheaply.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The main support contracts have simply been rolled over for more than ten years without being re-tendered.',
    section: 'How good is the service? > Cost',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Procurement weakness.',
  },
  {
    text: 'The council tested the market robustly, and its partnership with a private provider is already delivering real savings.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Market testing and partnership praised.',
  },
  {
    text: 'A rigorous options appraisal – covering outsourcing, a joint venture and a shared service with two neighbours – was carried out, and its conclusions are sound.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Competition test praised.',
  },

  // ── e-government ──
  {
    text: 'Only 15 per cent of the council\'s services can be reached electronically, and at the current rate the 2005 target will be missed.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Weak progress on electronic service delivery.',
  },
  {
    text: 'The website is out of date and offers residents no way of paying for or requesting anything online.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Poor web access.',
  },
  {
    text: 'The council\'s website is among the best we have seen: residents can pay, book and report problems online at any hour.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Web access praised.',
  },
  {
    text: 'Good progress has been made towards the 2005 target, with 70 per cent of interactions with the public now capable of being carried out electronically.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'E-government progress praised.',
  },

  // ── two themes ──
  {
    text: 'With no money set aside for training, staff will go on struggling with the new systems.',
    section: 'Will the service improve? > The improvement plan',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'Lack of funding and lack of training in one sentence.',
  },
  {
    text: 'The chief executive\'s personal drive has ensured that the ICT strategy is now tied closely to the corporate plan, which we regard as a major step forward.',
    section: 'Summary > Strengths',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'strength' },
    ],
    why: 'Lead from the top and strategic alignment, both praised.',
  },
  {
    text: 'Users were not asked for their views, and the service has no means of comparing its performance with anyone else\'s.',
    section: 'Will the service improve? > Consult and compare',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'Two of the 4Cs missing.',
  },
  {
    text: 'Reliable performance data has allowed managers to halve the backlog of requests in a year – an impressive achievement.',
    section: 'How good is the service? > Performance',
    expect: [
      { theme: 'information-systems', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'Good management information used to clear the backlog; both praised.',
  },
  {
    text: 'IT staff and service departments seldom talk to each other, so departments\' needs go unmet for months at a time.',
    section: 'How good is the service? > Access',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'Communication gap causing unmet demand.',
  },
  {
    text: 'The strategic partnership, let after a genuinely open competition, has already put most council transactions on the web.',
    section: 'Will the service improve? > Compete',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'Well-run procurement and electronic delivery, both commended.',
  },
  {
    text: 'Members have never challenged the closed, defensive culture of the IT section.',
    section: 'Will the service improve? > Challenge',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'Members not leading, and a culture that needs to change.',
  },

  // ── no theme ──
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'Neutral description.',
  },
  {
    text: 'The council aims to make all of its services available electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'An aim quoted as an aim, not a judgement of e-government progress.',
  },
  {
    text: 'The council states that its ICT strategy is fully aligned with its corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own claim, not the inspectors\' finding.',
  },
  {
    text: 'Eastmarsh is a largely rural district with a population of about 94,000.',
    section: 'Context',
    expect: [],
    why: 'Context fact.',
  },
  {
    text: 'The ICT budget for 2002/03 is £3.1 million, of which about 60 per cent is spent on staff.',
    section: 'Context',
    expect: [],
    why: 'Budget stated as a fact, neither praised nor criticised.',
  },
  {
    text: 'The Best Value review ran from January to September 2002 and was carried out by a team of five officers.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Neutral description of the review.',
  },
  {
    text: 'The council\'s self-assessment describes users as very satisfied with the training they receive.',
    section: 'How good is the service? > Performance',
    expect: [],
    why: 'The council\'s claim, not inspectors\' praise of training.',
  },
  {
    text: 'The service supports around 1,800 PCs and 120 servers across 14 sites.',
    section: 'Context',
    expect: [],
    why: 'Neutral scale of the service.',
  },
  {
    text: 'We interviewed staff, managers and councillors, and watched the help desk at work.',
    section: 'Appendix 1 > How we carried out the inspection',
    expect: [],
    why: 'Inspection method, no theme.',
  },
  {
    text: 'The head of ICT reports to the Director of Resources, who is a member of the corporate management team.',
    section: 'Context',
    expect: [],
    why: 'Organisational fact, not a comment on leadership.',
  },
  {
    text: 'The council intends to carry out its next user survey in the autumn.',
    section: 'Will the service improve? > Consult',
    expect: [],
    why: 'Stated intention only; no finding about consultation.',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed during the inspection.',
    section: 'Appendices',
    expect: [],
    why: 'Document structure.',
  },
  {
    text: 'The corporate plan has four priorities: safer communities, jobs, decent homes and a cleaner environment.',
    section: 'Context',
    expect: [],
    why: 'Council aims quoted, nothing about how IT relates to them.',
  },
  {
    text: 'The contract with the main software supplier runs until March 2006.',
    section: 'Context',
    expect: [],
    why: 'Contract fact, no judgement about procurement.',
  },
  {
    text: 'Table 4   PCs per member of staff   2000/01: 0.8   2001/02: 0.9   2002/03: 1.0',
    section: 'How good is the service? > Performance',
    expect: [],
    why: 'A table row of plain figures, with no judgement attached.',
  },
];
