/** Held-out theme set 36, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases36: ThemeCase[] = [
  // ---------------------------------------------------------------- strategic-alignment
  {
    text: 'The ICT strategy was written inside the IT section and makes no reference to the corporate plan or to the community priorities the council adopted last year.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate aims, described without the codebook words',
  },
  {
    text: 'There is no thread running from the authority\'s stated priorities to the ICT work programme; read side by side, the two documents could belong to different organisations.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'figurative statement that IT work is not aligned with corporate priorities',
  },
  {
    text: 'The technology strategy flows directly from the corporate plan, and each major project can be traced back to one of the council\'s five priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors describe clear linkage of IT projects to corporate priorities as a positive finding',
  },
  {
    text: 'Inspectors found a clear line of sight from the council\'s corporate objectives to the ICT programme, which is a real strength.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'explicit praise for alignment of ICT with corporate objectives',
  },
  // ---------------------------------------------------------------- leadership
  {
    text: 'Members show little interest in the ICT strategy, and no senior officer has taken responsibility for driving it forward.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no ownership by members or senior officers',
  },
  {
    text: 'The chief officers\' management team has discussed IT on only two occasions in the past eighteen months.',
    section: 'How good is the service? > Weaknesses',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'senior management not engaged with IT; weakness implied by the inspectors\' choice of fact under Weaknesses',
  },
  {
    text: 'The chief executive chairs the ICT programme board and has made it plain to every director that technology is a corporate priority – a notable strength.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top, praised',
  },
  {
    text: 'Elected members, led by a portfolio holder with a keen interest in technology, give the ICT programme visible and effective backing.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member sponsorship described approvingly ("visible and effective")',
  },
  // ---------------------------------------------------------------- investment
  {
    text: 'Years of under-spending have left the council with a network that cannot carry the systems departments now need.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'There is no capital provision for replacing PCs after 2002, and the ICT revenue budget has been cut in each of the last three years.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'lack of funding and budget cuts',
  },
  {
    text: 'The council has backed its ambitions with money: £4.2 million has been set aside over three years for ICT renewal, which gives the improvement plan a sound footing.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'adequate funding praised as a sound footing',
  },
  {
    text: 'A properly funded replacement programme now means that no PC in use is more than four years old, a welcome improvement.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funded replacement programme praised',
  },
  // ---------------------------------------------------------------- understanding-of-it
  {
    text: 'Many senior managers still see IT as a cost to be kept down rather than as a means of changing the way services are delivered.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity offered by IT',
  },
  {
    text: 'Departments have little grasp of what the new systems could do for them, and most use the document management system as an electronic filing cabinet and nothing more.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'poor understanding of the potential of IT',
  },
  {
    text: 'The chief officers we interviewed showed a good appreciation of how technology could change their services, and several pointed to examples in their own departments.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'good understanding of the power of IT, praised',
  },
  {
    text: 'There is a widespread and well-founded understanding across the council that ICT is a tool for redesigning services, not just a back-office function.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'inspectors approve the organisation-wide understanding of IT\'s potential',
  },
  // ---------------------------------------------------------------- communication
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to be switched on.',
    section: 'How good is the service? > Weaknesses',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication between IT and front-line services',
  },
  {
    text: 'Social services staff told us that they learned of the network upgrade from a poster in the canteen.',
    section: 'How good is the service? > Weaknesses',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'IT changes not communicated to a department, shown by an example',
  },
  {
    text: 'Each department now has a named IT liaison officer who meets service managers monthly, and staff told us that contact with the IT unit has improved markedly.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good communication between IT and departments, reported as a strength',
  },
  {
    text: 'Good two-way links between the technical team and front-line services mean that problems are raised and resolved early.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praise for IT–service communication',
  },
  // ---------------------------------------------------------------- demand-capacity
  {
    text: 'Departments wait months for new PCs, and there are more than 200 outstanding development requests with no agreed way of deciding which come first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation',
  },
  {
    text: 'The help desk misses its own target of resolving 80 per cent of calls within a day, and users have stopped reporting minor faults.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'service levels not met; demand outstrips capacity',
  },
  {
    text: 'A clear prioritisation process, agreed with departments, means the IT unit now concentrates on the work that matters most, and the backlog has halved.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'effective prioritisation, backlog reduced',
  },
  {
    text: 'Service level agreements are realistic, monitored every month and met in almost every case – a good result.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met, praised',
  },
  // ---------------------------------------------------------------- user-training
  {
    text: 'Training on the new finance system amounted to a single half-day session, and many users rely on colleagues to show them how it works.',
    section: 'How good is the service? > Weaknesses',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training',
  },
  {
    text: 'Few staff have been trained in anything beyond basic e-mail, so much of the office software goes unused.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'lack of IT skills training',
  },
  {
    text: 'The rolling programme of IT skills courses is well attended and well regarded; more than 900 staff gained the ECDL last year.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training programme praised',
  },
  {
    text: 'We found the training given to users of the new housing system to be timely, practical and tailored to each team.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'inspectors\' own praise for user training',
  },
  // ---------------------------------------------------------------- culture-change
  {
    text: 'A defensive, blame-ridden management style in the IT unit discourages staff from owning up to problems.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needs to change',
  },
  {
    text: 'The council\'s culture remains departmental and hierarchical, and there is little appetite for the corporate ways of working on which the ICT strategy depends.',
    section: 'Summary',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'organisational culture a barrier',
  },
  {
    text: 'Managers have moved away from command and control towards a more open style, and staff told us they now feel able to suggest improvements.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'positive change in management style',
  },
  {
    text: 'There has been a marked and welcome shift in culture: departments now see themselves as customers of a shared service rather than owners of their own systems.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change praised',
  },
  // ---------------------------------------------------------------- information-systems
  {
    text: 'The IT unit collects no reliable data on its own performance, so neither managers nor members can tell whether the service is getting better.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance information',
  },
  {
    text: 'Performance indicators go to committee without targets or trends, which makes them of little use in managing the service.',
    section: 'Will the service improve? > Weaknesses',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance management reporting',
  },
  {
    text: 'A well-designed performance management framework links team targets to the service plan, and managers review the results every month.',
    section: 'Will the service improve? > Strengths',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },
  {
    text: 'Management information from the help desk system is used well to spot recurring faults and put them right.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good use of management information',
  },
  // ---------------------------------------------------------------- consultation
  {
    text: 'The review team did not ask service users what they wanted; the user survey promised in the review plan never took place.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'failure to consult users',
  },
  {
    text: 'Internal customers have never been asked for their views of the IT service.',
    section: 'How good is the service? > Weaknesses',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation of users',
  },
  {
    text: 'Consultation was thorough: the review drew on a survey of all 3,000 staff, focus groups in every department and the citizens\' panel.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praise for thorough consultation',
  },
  {
    text: 'The council has listened to what users told it, and the help desk\'s longer opening hours are a direct and welcome result.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'acting on user views, praised',
  },
  // ---------------------------------------------------------------- comparison
  {
    text: 'The council has not compared the cost or quality of its IT service with that of any other authority.',
    section: 'How good is the service? > How does the service compare?',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Benchmarking was confined to a single club whose members differ greatly in size, so the comparisons tell the council very little.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'weak benchmarking',
  },
  {
    text: 'The review made good use of comparison, benchmarking the help desk against eight similar authorities and two private-sector organisations.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'good benchmarking, praised',
  },
  {
    text: 'Robust comparisons through a national benchmarking club place the service\'s unit costs in the lowest quarter, and the council has used the data well.',
    section: 'How good is the service? > How does the service compare?',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'effective use of comparative data',
  },
  // ---------------------------------------------------------------- competition
  {
    text: 'The option of buying in some or all of the service was dismissed without any testing of the market.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'The review\'s "compete" stage was a desk exercise: no supplier was approached and no costed alternatives were produced.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'weak competition element of the 4Cs',
  },
  {
    text: 'The partnership with a private supplier, let after a rigorous and open procurement, has brought in skills the council lacked.',
    section: 'How good is the service? > Strengths',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'well-run procurement and partnership, praised',
  },
  {
    text: 'The council tested the market properly for desktop support and kept the work in-house only after the in-house bid proved competitive.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'proper market testing, approved by inspectors',
  },
  // ---------------------------------------------------------------- e-government
  {
    text: 'Only four council services can be transacted on-line, and the council is at risk of missing the 2005 target for electronic service delivery.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 e-government target',
  },
  {
    text: 'The web site is little more than an on-line leaflet; residents cannot pay for, book or apply for anything through it.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor web access for customers',
  },
  {
    text: 'The council\'s web site is among the best we have seen, letting residents pay council tax, report faults and book leisure facilities on-line.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'inspectors praise electronic service delivery',
  },
  {
    text: 'Progress towards the 2005 target is good: 62 per cent of relevant transactions can already be carried out electronically.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'good progress on e-government target',
  },
  // ---------------------------------------------------------------- two themes
  {
    text: 'With no money earmarked for it and no chief officer prepared to champion it, the ICT strategy has stalled.',
    section: 'Will the service improve? > Capacity to improve',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'lack of funding and lack of senior ownership in one sentence',
  },
  {
    text: 'Users have had little training on the new systems and are seldom told by the IT unit what changes are coming.',
    section: 'How good is the service? > Weaknesses',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'training gap and poor IT-to-user communication',
  },
  {
    text: 'Sensible spending on new call-logging software has paid off: the help desk now produces reliable performance reports every week.',
    section: 'How good is the service? > Strengths',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'strength' },
    ],
    why: 'investment praised and performance information improved',
  },
  {
    text: 'Regular user surveys and benchmarking against similar councils give the service a sound basis for setting its targets.',
    section: 'Will the service improve? > Strengths',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'strength' },
    ],
    why: 'consultation and comparison both praised',
  },
  {
    text: 'The ICT strategy is closely tied to the corporate plan, but departments still wait far too long for routine requests to be dealt with.',
    section: 'Summary',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'mixed polarity: alignment praised, delivery against demand criticised',
  },
  {
    text: 'The new contact centre, designed after extensive consultation with residents, has brought many more services within reach by telephone and the web.',
    section: 'How good is the service? > Access',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'consultation with residents and improved electronic customer access',
  },
  {
    text: 'The IT unit\'s inward-looking culture means that it seldom talks to the departments it serves.',
    section: 'Will the service improve? > Weaknesses',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'culture needs changing and IT–department communication is poor',
  },
  // ---------------------------------------------------------------- no theme
  {
    text: 'The help desk has six staff and handles around 1,400 calls a month.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'The council aims to make all of its services available electronically by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim quoted as an aim, not assessed',
  },
  {
    text: 'The ICT strategy states that "every member of staff will have the skills they need to use technology with confidence".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'quotation of a strategy aim about skills; no assessment',
  },
  {
    text: 'In its performance plan the council describes its help desk as "excellent".',
    section: 'How good is the service? > Performance',
    expect: [],
    why: 'the council\'s own claim, not the inspectors\' praise',
  },
  {
    text: 'The Best Value review was carried out between April and November 2000 by a team of officers and two members.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'neutral fact about the review',
  },
  {
    text: 'The district has a population of 112,000 and is the third largest in the county.',
    section: 'Context',
    expect: [],
    why: 'context fact',
  },
  {
    text: 'The IT budget for 2002/03 is £2.3 million, of which £0.8 million is capital.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, with no judgement on its adequacy',
  },
  {
    text: 'The council\'s self-assessment says that relations between the IT unit and departments are "very strong".',
    section: 'How good is the service? > Performance',
    expect: [],
    why: 'self-assessment claim, not the inspectors\' view',
  },
  {
    text: 'There are about 1,100 networked PCs across 14 sites.',
    section: 'Context',
    expect: [],
    why: 'neutral description',
  },
  {
    text: 'Appendix 2 lists the documents we reviewed and the people we interviewed.',
    section: 'Appendices',
    expect: [],
    why: 'report apparatus',
  },
  {
    text: 'The service is managed by the Head of ICT, who reports to the Director of Resources.',
    section: 'Context',
    expect: [],
    why: 'neutral description of structure',
  },
  {
    text: 'The IT section intends to introduce a new call-logging system in the spring.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'stated intention, neither praised nor criticised',
  },
  {
    text: 'The inspection took place in June 2002 and involved two inspectors over eight days.',
    section: 'Introduction',
    expect: [],
    why: 'neutral fact about the inspection',
  },
  {
    text: 'The improvement plan proposes to join a regional benchmarking club next year.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'a proposal reported without assessment',
  },
];
