/** Held-out theme set 51, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases51: ThemeCase[] = [
  // ── strategic-alignment ───────────────────────────────────────────────
  {
    text: "The ICT strategy was written by the IT section on its own and makes no reference to the council's corporate priorities of community safety and town-centre regeneration.",
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy disconnected from corporate aims, without the words "align" or "strategic aims"',
  },
  {
    text: 'Projects get picked because a department asks loudest, not because they serve anything in the community plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'colloquial weakness: IT work not driven by the authority\'s plan; "asks loudest" should not pull in consultation',
  },
  {
    text: 'Link between IT plans and corporate plan\tWeak – the two documents were drawn up in isolation by different teams\tSee recommendation R1',
    section: 'Appendix 1 > Summary of strengths and weaknesses',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'table row with the verdict in the middle cell',
  },
  {
    text: "The ICT strategy is firmly rooted in the corporate plan: every major project can be traced back to one of the council's five priorities, and this is a real strength.",
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praise the alignment of the ICT strategy with corporate aims',
  },

  // ── leadership ────────────────────────────────────────────────────────
  {
    text: 'Members show little interest in ICT; the portfolio holder could not tell us what the strategy was for.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT, stated through an anecdote',
  },
  {
    text: 'No chief officer has taken ownership of the e-government agenda, which has been left to the IT manager to push from below.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'lack of lead from the top; "e-government agenda" is the object here, not a delivery weakness',
  },
  {
    text: 'The corporate management team has discussed ICT twice in eighteen months, both times only because a system had failed.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'senior officers not driving IT, shown by a fact rather than an adjective',
  },
  {
    text: 'The chief executive champions ICT personally and chairs the programme board, and this visible lead from the top has been decisive in winning departments over.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise of top-level leadership',
  },

  // ── investment ────────────────────────────────────────────────────────
  {
    text: 'Years of under-funding have left the council with a network close to collapse and PCs that are six or more years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital budget for replacing equipment, so machines are renewed only when they break down.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no replacement budget',
  },
  {
    text: 'The council has put its money where its strategy is: £2.1 million has been set aside over three years, and we saw it turning into modern, reliable equipment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'inspectors praise funding committed to IT',
  },
  {
    text: 'Members deserve credit for protecting the ICT budget during a difficult settlement year, which has kept the replacement programme on track.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'strength about protected funding; "members" should not on its own trigger leadership',
  },

  // ── understanding-of-it ───────────────────────────────────────────────
  {
    text: 'Many senior managers still see IT as a cost to be contained rather than a tool that could change how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited grasp of what IT could do for the organisation',
  },
  {
    text: 'Departments seldom think about what technology could do for their customers until a system has already let them down.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding of the opportunity of IT, phrased without "understanding"',
  },
  {
    text: 'Service managers we met had an impressive grasp of how technology could reshape their work, and several had redesigned whole processes around it.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise for the organisation\'s appreciation of IT\'s potential',
  },

  // ── communication ─────────────────────────────────────────────────────
  {
    text: 'Front-line managers rarely hear from the IT section until a project is already running late.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and services',
  },
  {
    text: 'Staff in social services told us they had no idea whom to contact in IT about anything other than a broken printer.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'evidence reported by inspectors showing a communication gap (the finding, not just an opinion)',
  },
  {
    text: 'Technical staff and the service departments speak different languages, and neither side makes much effort to bridge the gap.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'metaphorical communication weakness',
  },
  {
    text: 'Monthly liaison meetings between IT account managers and each department mean that problems surface early and users feel listened to; we regard this as good practice.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'inspectors praise IT–department liaison; "users feel listened to" is not consultation of customers',
  },

  // ── demand-capacity ───────────────────────────────────────────────────
  {
    text: 'Departments wait months for new PCs, and the list of outstanding requests has doubled since last year.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog against capacity',
  },
  {
    text: 'There is no agreed way of deciding which requests come first, so the section responds to whoever shouts loudest.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation of demand',
  },
  {
    text: 'Clear service level agreements, reported on every month, mean that departments know what to expect, and the help desk has met its targets in eleven of the last twelve months.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels managed well; monthly reporting is incidental here',
  },
  {
    text: 'The section has become good at saying no: a simple scoring system ranks new requests, and the backlog has fallen from 240 to under 50.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'praise for prioritisation, with "no" not meaning a weakness',
  },

  // ── user-training ─────────────────────────────────────────────────────
  {
    text: 'Staff were handed the new finance system without any training, and many still keep their own spreadsheets alongside it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'absence of training for a new system',
  },
  {
    text: 'IT skills across the workforce are low, and nothing is planned to raise them.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'skills gap without the word "training"',
  },
  {
    text: 'The training programme is well designed: courses are short, fitted around shifts and followed up at the desk, and it has raised skills noticeably.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors praise user training',
  },
  {
    text: 'We were impressed that every new starter now completes a half-day IT induction before being given a log-in.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'strength phrased as "we were impressed"',
  },

  // ── culture-change ────────────────────────────────────────────────────
  {
    text: 'A command-and-control management style discourages staff from suggesting better ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needing change',
  },
  {
    text: 'The organisation remains departmental and wary of risk, and the changes that electronic service delivery requires will need a very different way of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture weakness; e-delivery is only the reason for the change, not itself assessed',
  },
  {
    text: 'Managers have moved from a culture of blame to one in which problems are shared and solved together, and this has transformed the IT section.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praise for culture change achieved',
  },

  // ── information-systems ───────────────────────────────────────────────
  {
    text: 'The service does not record how long faults take to fix, so it cannot tell whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing performance information; "getting better" is not a prospect statement here',
  },
  {
    text: 'Performance indicators go to members once a year, far too late to prompt any action.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management; "members" should not trigger leadership',
  },
  {
    text: 'Each team keeps its management information in its own spreadsheets, and the figures cannot be brought together.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'fragmented management information',
  },
  {
    text: 'Performance management is robust: targets flow from the corporate plan into individual work plans, and monthly reports are acted on.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'praise for performance management; the mention of the corporate plan is not an alignment judgement',
  },

  // ── consultation ──────────────────────────────────────────────────────
  {
    text: 'The review did not ask users what they wanted from the service; it relied on the views of IT staff.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted',
  },
  {
    text: 'Residents have never been asked how they would prefer to contact the council.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted, one short sentence',
  },
  {
    text: "Consultation was thorough: the review team surveyed every department, ran focus groups with front-line staff and used the citizens' panel to test its ideas.",
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praise for consultation in the review',
  },

  // ── comparison ────────────────────────────────────────────────────────
  {
    text: 'The council has made no attempt to compare the cost or quality of its IT service with those of other councils.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The review compared the service only with itself over time, and the few outside figures it quoted were not like for like.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak comparison, "benchmark" not used',
  },
  {
    text: 'The service benchmarks itself rigorously through a national IT club and has used the results to cut its cost per PC by a fifth.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'praise for benchmarking put to use',
  },
  {
    text: 'The comparisons with similar districts are well chosen and honestly presented, including those that show the service in a poor light.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'strength despite the word "poor" appearing',
  },

  // ── competition ───────────────────────────────────────────────────────
  {
    text: 'The review did not test whether anyone else could run the service better or more cheaply.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested, no "compete" wording',
  },
  {
    text: 'Options such as outsourcing the help desk or sharing a data centre with a neighbouring council were dismissed without any analysis.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'alternative delivery options dismissed',
  },
  {
    text: 'The network contract was well procured: a genuinely competitive tender secured better terms than the council had budgeted for.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praise for procurement; "budgeted" should not pull in investment',
  },
  {
    text: 'The partnership with a neighbouring authority for out-of-hours support is a sensible and well-managed arrangement that has cut costs without harming service.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praise for a partnership as a way of testing how the service is provided',
  },

  // ── e-government ──────────────────────────────────────────────────────
  {
    text: "Only a handful of transactions can be completed on the council's website, and the council is well off course for the 2005 target.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'slow progress on electronic service delivery',
  },
  {
    text: 'The website is out of date, hard to find your way round and offers little beyond telephone numbers.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'Progress on electronic service delivery is impressive: residents can now pay, book and report problems online for most high-volume services.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praise for e-services',
  },
  {
    text: 'The new contact centre and website share one customer record, which we found to be an excellent basis for joined-up access.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'strength about customer access channels',
  },

  // ── sentences raising two themes ──────────────────────────────────────
  {
    text: 'Because the strategy was never costed, the money the council has found for ICT bears little relation to its stated priorities.',
    expect: [
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: 'two weaknesses: spending not aligned with priorities, and funding not planned',
  },
  {
    text: 'Members have set no lead on e-government, and the council has no clear route to putting its services online by 2005.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'leadership and e-government weaknesses in one sentence',
  },
  {
    text: 'The help desk is swamped partly because users have never been shown how to solve simple problems for themselves.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'demand exceeding capacity, caused by a training gap',
  },
  {
    text: 'The IT section now meets departmental managers every month and shares its performance figures with them, a marked improvement that we welcome.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'strength' },
    ],
    why: 'two strengths: liaison with departments and performance information',
  },
  {
    text: 'The review consulted users widely and set the results against satisfaction surveys from four similar councils, which gave its conclusions real weight.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'consultation and comparison praised together',
  },
  {
    text: 'The partnership with a private supplier has brought in investment the council could never have afforded alone, and it was let after a well-run competition.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'partnership as competition strength, and the funding it brought',
  },
  {
    text: 'Senior managers still treat IT as a back-office matter, and the management culture remains cautious and slow to change.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'culture-change', polarity: 'weakness' },
    ],
    why: 'understanding of IT and culture, both weaknesses',
  },

  // ── no theme: description, aims, self-assessment, quoted views, context ─
  {
    text: 'The help desk has six staff and takes around 1,400 calls a month.',
    expect: [],
    why: 'neutral description of capacity, no judgement',
  },
  {
    text: 'The council aims to have all appropriate services available electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: "the council's own aim, not the inspectors' view of e-government",
  },
  {
    text: "The council's self-assessment describes its consultation with users as 'comprehensive'.",
    expect: [],
    why: 'self-assessment claim, not an inspection finding',
  },
  {
    text: 'The IT manager told us that relations with departments had never been better.',
    expect: [],
    why: "a manager's quoted view about communication, not the inspectors'",
  },
  {
    text: 'The ICT budget for 2001/02 is £1.6 million, of which £400,000 is capital.',
    expect: [],
    why: 'neutral figure about funding, no judgement on its adequacy',
  },
  {
    text: 'Wealdshire is a largely rural district of 110,000 people in the south-east of England.',
    section: 'Context',
    expect: [],
    why: 'context',
  },
  {
    text: 'The Best Value review of IT began in April 2000 and was completed in January 2001.',
    section: 'Context > The review',
    expect: [],
    why: 'context: dates of the review',
  },
  {
    text: "The ICT strategy states that it 'will be fully aligned with the corporate plan'.",
    expect: [],
    why: "the strategy's own claim of alignment, quoted",
  },
  {
    text: 'The section is managed by the Head of IT, who reports to the Director of Finance.',
    expect: [],
    why: 'neutral structure; mentions senior officers but makes no leadership point',
  },
  {
    text: 'Appendix 2 lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The council has a contract with a private supplier for maintaining its mainframe, which runs until 2004.',
    expect: [],
    why: 'description of an existing contract, no view on competition',
  },
  {
    text: 'The network links 24 sites, including the civic centre, four area offices and the depot.',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council plans to introduce a training programme for all staff in the new year.',
    expect: [],
    why: "council's stated plan, neither praised nor criticised",
  },
  {
    text: 'Departments pay for IT through an annual recharge based on the number of PCs they use.',
    expect: [],
    why: 'neutral description of charging',
  },
  {
    text: "The cabinet member for resources said ICT was 'at the heart of everything we do'.",
    expect: [],
    why: "a member's quoted claim; not evidence of leadership by the inspectors",
  },
  {
    text: 'The improvement plan contains 34 actions, to be completed by March 2003.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'neutral description of the plan',
  },
  {
    text: 'The council intends to test the market for desktop support during 2002.',
    expect: [],
    why: 'council intention about competition, not assessed',
  },
  {
    text: 'Users we surveyed were asked to rate the help desk on a five-point scale.',
    expect: [],
    why: "description of the inspectors' method",
  },
  {
    text: "The Commission's inspection of the council's benefits service in 2000 made eight recommendations.",
    section: 'Context',
    expect: [],
    why: 'context about another inspection',
  },
];
