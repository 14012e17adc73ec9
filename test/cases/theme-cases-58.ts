/** Held-out theme set 58, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases58: ThemeCase[] = [
  // --- strategic-alignment ---
  {
    text: 'The ICT strategy was written by the IT section in 1999 and makes no reference to the priorities in the council\'s community plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy cut off from corporate priorities, put without the words "align" or "corporate aims"',
  },
  {
    text: 'Directorates buy systems to meet their own needs, and nobody asks whether those purchases move the council any closer to its stated objectives.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'alignment weakness shown through buying behaviour, not through the strategy document',
  },
  {
    text: 'The ICT strategy is a good technical document, but it says nothing about how technology will help the council achieve what it has promised local people.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: '"good" as ordinary praise of the document, yet the sentence raises an alignment weakness',
  },
  {
    text: 'Every project in the ICT programme can be traced back to one of the council\'s five corporate priorities, so members can see at a glance what each will contribute.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'alignment strength described as traceability, inspectors\' praise',
  },
  {
    text: 'We were impressed by how directly the new ICT strategy follows from the corporate plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'short explicit praise in the inspectors\' voice',
  },

  // --- leadership ---
  {
    text: 'Members show little appetite for the ICT agenda: the strategy has not been discussed by cabinet since it was approved in 2000.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members\' lack of ownership, no word "leadership"',
  },
  {
    text: 'No chief officer owns the ICT programme, so disputes between directorates about priorities can go unresolved for months.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'absence of a senior owner as a leadership weakness',
  },
  {
    text: 'R3 Make a named chief officer and a lead member jointly responsible for driving the ICT strategy and reporting on its progress.',
    section: 'Recommendations',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'a recommendation implies an area for improvement (leadership from the top)',
  },
  {
    text: 'The chief executive chairs the information board herself and has made it plain that e-government is a corporate programme, not a project for the IT section.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'top-level ownership praised; mentions e-government only as the subject of leadership',
  },

  // --- investment ---
  {
    text: 'Years of under-spending have left the council with a network that cannot carry the traffic its new systems generate.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment without the word "investment"',
  },
  {
    text: 'There is no money set aside for replacing PCs, so machines stay in use until they fail.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'missing replacement budget described by its consequence',
  },
  {
    text: 'Capital funding for ICT\t£0 in 2002/03\tNo provision for server replacement beyond 2003',
    section: 'Appendix 2 > Resources',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'a flattened table row as the unit of text',
  },
  {
    text: 'The council has committed £2.4 million over three years to renewing its ICT, which puts the improvement plan on a secure footing.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding praised as a strength',
  },

  // --- understanding-of-it ---
  {
    text: 'Many senior managers still regard IT as an overhead to be kept down rather than a way of changing how their services reach people.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'limited grasp of what IT could do, phrased as attitude',
  },
  {
    text: 'Service heads we interviewed could not describe how technology might help them meet their own targets.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'understanding weakness shown through interview evidence',
  },
  {
    text: 'Many councillors see computing as a technical matter best left to the experts in the basement.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'members\' narrow view of IT; about understanding rather than leadership',
  },
  {
    text: 'Directors spoke with real insight about how mobile working and shared records could reshape the way their staff work with the public.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'understanding of the opportunity praised',
  },

  // --- communication ---
  {
    text: 'Front-line managers rarely hear from the IT section until a system they rely on is about to be switched off.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication gap between IT and front-line services',
  },
  {
    text: 'Social services staff told us they learn of network outages from colleagues in other offices, not from ICT.',
    section: 'How good is the service? > User views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication failure reported by users',
  },
  {
    text: 'Relationships within the IT team are excellent, but directorates told us they are seldom told what the team is working on.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: '"excellent" as ordinary word about the team; the theme raised is a weakness',
  },
  {
    text: 'ICT account managers now meet each directorate every month, and service managers told us that, for the first time, they feel listened to.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'regular contact between IT and departments praised',
  },

  // --- demand-capacity ---
  {
    text: 'Departments wait up to four months for a new PC, and there is no agreed way of deciding whose request comes first.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'waiting times and missing prioritisation',
  },
  {
    text: 'The development team is sitting on 140 requests, many over a year old, and has no service level agreement with any of its customers.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and absent service levels',
  },
  {
    text: 'A project board now ranks every request for new work against published criteria, and the backlog has halved in twelve months.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation working, praised by result',
  },
  {
    text: 'Service levels agreed with each directorate are met in more than 95 per cent of cases, so users know what they can expect and when.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels met as a strength',
  },

  // --- user-training ---
  {
    text: 'Staff are handed new systems with little or no instruction, and most use only a fraction of what the software can do.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training gap without the word "training"',
  },
  {
    text: 'Outside the ICT section itself there is no budget for developing staff\'s computer skills.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'skills development unfunded; about training, not general investment',
  },
  {
    text: 'School office staff said they had been posted a manual, but nobody had shown them how to use the new admissions system.',
    section: 'How good is the service? > User views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training weakness reported by users',
  },
  {
    text: 'A rolling programme of short, practical courses, backed by floor-walkers whenever a system goes live, has given staff real confidence with their tools.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training provision praised',
  },

  // --- culture-change ---
  {
    text: 'The IT section remains inward-looking and defensive, treating criticism from users as interference.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture weakness described by behaviour',
  },
  {
    text: 'A command-and-control style of management discourages staff from suggesting better ways of working.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style as the theme',
  },
  {
    text: 'Staff at every level now raise problems openly, a marked shift from the climate of blame the 2001 review described.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved, praised',
  },
  {
    text: 'The new head of service\'s open and consultative way of managing has been welcomed by staff and users alike.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style praised; "consultative" is about style, not consulting users',
  },

  // --- information-systems ---
  {
    text: 'The service does not record how long faults take to fix, so it cannot tell whether it is meeting its own standards.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing performance information',
  },
  {
    text: 'Performance indicators are collected each quarter but are never reported to managers or members.',
    section: 'How good is the service? > Performance against aims',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management weakness',
  },
  {
    text: 'Managers rely on anecdote rather than data: nobody could tell us how many calls the help desk had taken the previous month.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'absence of management information shown by example',
  },
  {
    text: 'Monthly performance reports, with clear targets and trends, are examined by the management team and acted upon.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management praised',
  },

  // --- consultation ---
  {
    text: 'The review team did not ask users what they needed from the service before drawing up its options.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted during the review',
  },
  {
    text: 'The council has never sought residents\' views on how they would like to contact it electronically.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted; mentions electronic contact only as the topic',
  },
  {
    text: 'The user survey was well designed, achieved a 64 per cent response and clearly shaped the improvement plan.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation praised for quality and effect',
  },
  {
    text: 'Residents\' panels and focus groups were used imaginatively to learn how people want to deal with the council.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'citizen consultation praised',
  },

  // --- comparison ---
  {
    text: 'The council has no idea how its ICT costs compare with those of similar authorities.',
    section: 'How good is the service? > Comparison with others',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'Comparison amounted to a single telephone call to the neighbouring district.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'token comparison',
  },
  {
    text: 'Where the review did compare, it chose authorities that perform worse, which flatters the council\'s position.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'flawed benchmarking',
  },
  {
    text: 'Membership of a benchmarking club of eighteen councils gives the service robust comparative data, which managers use to set demanding targets.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },

  // --- competition ---
  {
    text: 'The review did not test whether anyone else could run the service more cheaply or better.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested, no word "competition"',
  },
  {
    text: 'The option of outsourcing was dismissed in one paragraph, with no evidence from the market.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'outsourcing option not properly tested',
  },
  {
    text: 'A rigorous market test, in which the in-house team bid against three private firms, has cut costs by 15 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing praised by result',
  },
  {
    text: 'The partnership with a private supplier, let after open competition, is well managed and has brought in skills the council lacked.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership/procurement praised',
  },

  // --- e-government ---
  {
    text: 'Only 12 per cent of the council\'s services can be used electronically, and there is no plan for reaching the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government target at risk',
  },
  {
    text: 'The website is little more than an online directory: residents cannot pay for, book or report anything through it.',
    section: 'How good is the service? > Access to services',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'web access weakness described concretely',
  },
  {
    text: '• no online forms • an out-of-date IEG statement • a web team of one part-time officer',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'bullet list flattened into one line',
  },
  {
    text: 'Residents can now pay council tax, report missed bins and book sports pitches online, and the council is well on course for the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery praised',
  },

  // --- two themes in one sentence ---
  {
    text: 'Although the council has found extra money for ICT, members have yet to take any ownership of how it is spent.',
    expect: [{ theme: 'investment', polarity: 'strength' }, { theme: 'leadership', polarity: 'weakness' }],
    why: 'two themes, opposite polarities',
  },
  {
    text: 'The help desk is rarely told when a directorate is planning a new system, so it cannot plan for the calls that follow.',
    expect: [{ theme: 'communication', polarity: 'weakness' }, { theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'communication failure causing a capacity problem',
  },
  {
    text: 'Neither staff nor residents were asked for their views, and no attempt was made to compare performance with other councils.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }, { theme: 'comparison', polarity: 'weakness' }],
    why: 'two of the 4Cs missing in one sentence',
  },
  {
    text: 'The strategy is firmly rooted in the council\'s corporate aims and is championed by the leader of the council.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }, { theme: 'leadership', polarity: 'strength' }],
    why: 'two strengths in one sentence',
  },
  {
    text: 'Training has not kept pace with the roll-out of document management, and managers have done little to shift their teams\' attachment to paper.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }, { theme: 'culture-change', polarity: 'weakness' }],
    why: 'training and culture weaknesses together',
  },
  {
    text: 'Reliable performance data now let the service measure itself against the best councils in its benchmarking group.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }, { theme: 'comparison', polarity: 'strength' }],
    why: 'performance information enabling comparison, both praised',
  },

  // --- no theme ---
  {
    text: 'The help desk has six staff and is open from 8.30am to 5pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description of capacity, no judgement',
  },
  {
    text: 'The council aims to make all of its services available online by 2005.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council aim, not an inspectors\' finding on e-government',
  },
  {
    text: 'The council\'s self-assessment describes the ICT strategy as closely aligned with corporate priorities.',
    expect: [],
    why: 'self-assessment claim, not inspectors\' praise',
  },
  {
    text: 'The head of ICT told us that training provision is "the best it has ever been".',
    expect: [],
    why: 'quoted manager view, not the inspectors\' own',
  },
  {
    text: 'Hollingbrook is a largely rural district with a population of around 98,000.',
    section: 'Context',
    expect: [],
    why: 'context about the area',
  },
  {
    text: 'The ICT service reports to the Director of Resources.',
    section: 'Context',
    expect: [],
    why: 'organisational description',
  },
  {
    text: 'In 2001/02 the service\'s revenue budget was £3.1 million.',
    section: 'Context',
    expect: [],
    why: 'budget stated as a fact, no judgement about investment',
  },
  {
    text: 'The Best Value review ran from April to November 2002 and was carried out by a team of officers and two councillors.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'description of the review process',
  },
  {
    text: 'Appendix B lists the documents we read and the people we interviewed.',
    expect: [],
    why: 'report furniture',
  },
  {
    text: 'The council intends to market test the desktop support contract during 2004.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: 'a plan described without judgement',
  },
  {
    text: 'The user survey asked 400 staff about their experience of the help desk.',
    section: 'How good is the service? > User views',
    expect: [],
    why: 'description of a survey without praise or criticism',
  },
  {
    text: 'The government expects councils to be able to deliver all their services electronically by 2005.',
    section: 'Context',
    expect: [],
    why: 'national context, not a finding',
  },
  {
    text: 'Under the improvement plan, members are to receive quarterly reports on ICT performance from April.',
    expect: [],
    why: 'planned action, no judgement',
  },
  {
    text: 'The service looks after around 2,300 PCs and 95 servers across 14 sites.',
    section: 'Context',
    expect: [],
    why: 'scale of the service',
  },
  {
    text: 'The IT director believes communication with departments has improved greatly since the restructure.',
    expect: [],
    why: 'manager\'s belief, not the inspectors\' view',
  },
  {
    text: 'Our inspection took place over eight days in February 2003.',
    expect: [],
    why: 'report furniture about the inspection itself',
  },
];
