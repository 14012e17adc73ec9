/** Held-out theme set 59, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases59: ThemeCase[] = [
  {
    text: "The ICT strategy was written by the IT section on its own and makes no reference to the council's corporate priorities of regeneration and community safety.",
    section: "How good is the service? > Aims",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "strategy detached from corporate aims, without the word 'align'",
  },
  {
    text: "Nobody we spoke to could explain how the planned spending on new servers would help the council achieve the aims in its community plan.",
    section: "How good is the service? > Aims",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "alignment weakness phrased as nobody linking a project to the community plan; 'spending' is not an investment criticism",
  },
  {
    text: "Projects are approved department by department, with no test of whether they serve the corporate plan.",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "alignment weakness described through the approval process",
  },
  {
    text: "A real strength is that every project in the ICT programme names the corporate priority it supports, and projects that support none are not funded.",
    section: "How good is the service? > Aims",
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: "inspectors' praise for alignment",
  },
  {
    text: "Members show little interest in the ICT strategy, and the executive has not discussed it since it was adopted.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "members not owning IT",
  },
  {
    text: "No senior officer takes responsibility for technology: the head of IT reports to an assistant director of finance and is not invited to management team meetings.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "no lead from the top, expressed through reporting lines",
  },
  {
    text: "The chief executive told us he leaves IT entirely to the head of IT, and he has not attended the IT steering group for two years.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "no lead from the top, reported through the chief executive's own account",
  },
  {
    text: "The lead member for resources and the chief executive champion the ICT programme visibly, and staff throughout the council recognise their commitment.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: "praise for senior ownership",
  },
  {
    text: "Years of low spending on equipment have left a third of the council's PCs too old to run current software.",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "historic under-investment shown by its effect",
  },
  {
    text: "There is no capital budget for replacing the network, which is now eleven years old.",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "missing budget",
  },
  {
    text: "The improvement plan has not been costed, and the director of finance could not tell us where the money to deliver it would come from.",
    section: "Will the service improve? > The improvement plan",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "unfunded plan",
  },
  {
    text: "The council has backed its ICT strategy with a sustained, well-judged commitment of 2.4 million pounds over three years, and this has paid off in a modern and reliable network.",
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: "praise for funding",
  },
  {
    text: "Most managers see IT as a cost to be kept down rather than as a way of changing how their services are delivered.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "weak grasp of IT's potential, without the codebook words",
  },
  {
    text: "Directorates tend to ask the IT section to copy existing paper forms onto screens rather than asking what the technology could let them do differently.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "automation of old processes as a sign of limited understanding",
  },
  {
    text: "Senior managers we interviewed were unaware of how other councils are using mobile working to cut travel and paperwork.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "ignorance of opportunities; mention of other councils is not benchmarking",
  },
  {
    text: "Managers across the council have an impressive grasp of what technology can do for their services, and several have redesigned their processes around it.",
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: "praise for understanding of IT's potential",
  },
  {
    text: "Front-line managers rarely hear from the IT section until a project is about to go live.",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "the DOMAIN example form: communication gap between IT and front line",
  },
  {
    text: "The technical team and the social services staff who use the care records system describe each other in ways that suggest they seldom talk.",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "communication weakness shown indirectly",
  },
  {
    text: "Departments are not told when planned network work will take their systems off line.",
    section: "How good is the service? > Performance against aims",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "failure to inform departments",
  },
  {
    text: "Regular meetings between IT account managers and each directorate keep both sides well informed, and users praised the monthly bulletin.",
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: "praise for communication with departments",
  },
  {
    text: "Departments wait months for new PCs.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "short DOMAIN-style sentence on backlog",
  },
  {
    text: "With 340 requests for new work outstanding and no agreed way of ranking them, the IT section works on whichever request is pressed hardest.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "backlog and missing prioritisation",
  },
  {
    text: "There are no service level agreements, so users do not know how quickly a fault should be fixed and the help desk cannot plan its staffing.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "missing service levels",
  },
  {
    text: "A clear, published system for ranking requests means the small team concentrates on the work that matters most, and the backlog has fallen from 200 jobs to 35 in a year.",
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: "praise for prioritisation and backlog reduction",
  },
  {
    text: "Staff are given new systems with little or no instruction, and many rely on colleagues to show them what to do.",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "training gap without the word 'training'",
  },
  {
    text: "Training courses were cancelled last year, and only 15 per cent of staff have had any IT training in the past two years.",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "training weakness: courses cancelled, few staff trained",
  },
  {
    text: "Because few users know how to get reports out of the new finance system, many still keep their own spreadsheets alongside it.",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "skills gap shown by its consequence",
  },
  {
    text: "Training is a strength: every new starter has a half-day IT induction, and the lunchtime drop-in sessions are well attended and well regarded.",
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: "praise for user training",
  },
  {
    text: "The council's management style remains cautious and hierarchical: decisions on even small purchases are referred up to chief officers.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "management style weakness",
  },
  {
    text: "A culture of blame discourages staff from reporting problems with projects early.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "culture weakness",
  },
  {
    text: "Departments guard their own systems and data jealously, and there is little sense of working as one organisation.",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "silo culture",
  },
  {
    text: "The council has worked hard to change its culture: managers are now trusted to take decisions, and staff told us they feel free to suggest new ways of working.",
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: "praise for culture change",
  },
  {
    text: "The IT section does not record how long faults take to fix, so it cannot tell whether it is meeting its own standards.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "missing performance information",
  },
  {
    text: "Performance indicators are reported to members once a year, too late for anyone to act on them.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "weak performance management",
  },
  {
    text: "The personnel and payroll systems hold different records for the same staff, and managers cannot get reliable figures from either.",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "poor management information systems",
  },
  {
    text: "Performance is monitored monthly against clear targets, and the results are reported to the executive and acted upon.",
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: "praise for performance management",
  },
  {
    text: "The review did not ask the people who use the council's services what they wanted.",
    section: "Will the service improve? > The Best Value review > Consult",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "no consultation with citizens",
  },
  {
    text: "Users have never been surveyed about the help desk, and the one staff survey was abandoned after a low response.",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "no user consultation",
  },
  {
    text: "Residents in the rural wards were not asked for their views before the council decided to close two cash offices.",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "consultation weakness about residents",
  },
  {
    text: "Consultation was thorough: the review team ran focus groups with residents, surveyed every department and used the results to shape its proposals.",
    section: "Will the service improve? > The Best Value review > Consult",
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: "praise for consultation",
  },
  {
    text: "The review made no attempt to find out how the cost of the service compares with that of other councils.",
    section: "Will the service improve? > The Best Value review > Compare",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "no comparison",
  },
  {
    text: "The council belongs to a benchmarking club but has not used the results to set its own targets.",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "benchmarking data unused",
  },
  {
    text: "Managers could not tell us how their help desk performs against that of similar councils.",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "no knowledge of relative performance",
  },
  {
    text: "The council compares its IT costs and performance systematically and intelligently with a well-chosen group of similar authorities and with private providers.",
    section: "Will the service improve? > The Best Value review > Compare",
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: "praise for benchmarking",
  },
  {
    text: "The review assumed from the outset that the service would stay in-house and did not test any other way of providing it.",
    section: "Will the service improve? > The Best Value review > Compete",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "competitiveness not tested",
  },
  {
    text: "Contracts for hardware and maintenance have been rolled over for six years without being re-tendered.",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "procurement weakness",
  },
  {
    text: "The council has not explored partnerships with its neighbours, even though two of them have offered to share a data centre.",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "partnership option ignored",
  },
  {
    text: "The council tested the market rigorously, setting its in-house bid against three external proposals before deciding on a joint venture, and this was done well.",
    section: "Will the service improve? > The Best Value review > Compete",
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: "praise for market testing",
  },
  {
    text: "Fewer than one in five of the council's services can be used on line, and it is not on course to meet the 2005 target.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "ESD target shortfall",
  },
  {
    text: "The website is little more than an on-line leaflet: residents cannot pay for, book or report anything through it.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "weak web access",
  },
  {
    text: "There is no plan for how telephone, web and face-to-face contact with residents will fit together.",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "customer access channels not planned",
  },
  {
    text: "The council's website is among the best we have seen: residents can pay, apply and book for most services on line, and use is growing quickly.",
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: "praise for electronic service delivery",
  },
  {
    text: "Because members have never asked how the IT strategy supports their priorities, the strategy has drifted away from them.",
    expect: [{ theme: 'leadership', polarity: 'weakness' }, { theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "two weaknesses in one causal sentence",
  },
  {
    text: "Users are not asked what they need, and the IT team does not tell them what it is doing.",
    expect: [{ theme: 'consultation', polarity: 'weakness' }, { theme: 'communication', polarity: 'weakness' }],
    why: "two weaknesses joined by 'and'",
  },
  {
    text: "The help desk is swamped with 'how do I' calls that better training would prevent.",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }, { theme: 'user-training', polarity: 'weakness' }],
    why: "demand pressure caused by a skills gap",
  },
  {
    text: "Without a budget for new systems, the council cannot deliver the on-line services it has promised for 2005.",
    expect: [{ theme: 'investment', polarity: 'weakness' }, { theme: 'e-government', polarity: 'weakness' }],
    why: "funding gap blocking e-government",
  },
  {
    text: "The benchmarking exercise was thorough and fed directly into a well-run market test of desktop support.",
    expect: [{ theme: 'comparison', polarity: 'strength' }, { theme: 'competition', polarity: 'strength' }],
    why: "two strengths",
  },
  {
    text: "Senior managers have embraced open, shared performance reports, a welcome change from the secretive style of the past.",
    expect: [{ theme: 'culture-change', polarity: 'strength' }, { theme: 'information-systems', polarity: 'strength' }],
    why: "culture change and performance information praised together",
  },
  {
    text: "Managers see the website as a publicity tool rather than as a way of delivering services, so on-line transactions have not been developed.",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }, { theme: 'e-government', polarity: 'weakness' }],
    why: "limited understanding of IT causing an e-government gap",
  },
  {
    text: "The help desk has six staff and logs around 1,400 calls a month.",
    section: "Context",
    expect: [],
    why: "neutral description of size",
  },
  {
    text: "The council's ICT strategy aims to make every service available on line by 2005.",
    section: "Context",
    expect: [],
    why: "a council aim, not an inspectors' finding about e-government",
  },
  {
    text: "The council's self-assessment says that communication between IT and the directorates is good.",
    section: "How good is the service?",
    expect: [],
    why: "self-assessment praise is not the inspectors' strength",
  },
  {
    text: "The head of IT told us he believes the service is adequately funded.",
    expect: [],
    why: "a manager's quoted view on funding, not a judgement",
  },
  {
    text: "Hemsworth Vale is a largely rural district with a population of 98,000.",
    section: "Context",
    expect: [],
    why: "context",
  },
  {
    text: "The IT section forms part of the Corporate Services directorate and reports to the Director of Resources.",
    section: "Context",
    expect: [],
    why: "organisational description; not a leadership judgement",
  },
  {
    text: "The Best Value review was carried out between March and October 2001 by a team of five officers.",
    section: "Will the service improve? > The Best Value review",
    expect: [],
    why: "description of the review",
  },
  {
    text: "The review team's report states that users were fully consulted on every new project.",
    expect: [],
    why: "the council's claim about consultation, not the inspectors' praise",
  },
  {
    text: "This inspection was carried out by two inspectors over eight days in May 2003.",
    section: "Appendix 1",
    expect: [],
    why: "methodology",
  },
  {
    text: "The council spends around 3.1 million pounds a year on ICT, including support for schools.",
    section: "Context",
    expect: [],
    why: "neutral fact about spending: neither under-investment nor praise",
  },
  {
    text: "The council's target is that 90 per cent of faults will be fixed within one working day by April 2004.",
    expect: [],
    why: "a target, not a finding on demand and capacity",
  },
  {
    text: "We would like to thank the council's staff and the users we met for their help during the inspection.",
    section: "Appendix 1",
    expect: [],
    why: "courtesy sentence",
  },
  {
    text: "The network links the civic centre with 23 other sites, including four depots and eleven libraries.",
    section: "Context",
    expect: [],
    why: "technical description",
  },
  {
    text: "The IT steering group is made up of the deputy chief executive and the four directors.",
    expect: [],
    why: "membership of a board described, not praised or criticised",
  },
  {
    text: "A neighbouring council told us that it had transferred its IT staff to a private company in 1999.",
    expect: [],
    why: "another council's arrangements; no competition finding about this council",
  },
  {
    text: "The benefits service was inspected in 2001, and that report was published in January 2002.",
    section: "Context",
    expect: [],
    why: "context about an earlier inspection of another service",
  },
];
