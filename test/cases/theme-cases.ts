/** Hand-written theme-tagging cases, written from the domain description only (see docs/best-value.md). */
export type ThemeId =
  | 'strategic-alignment'
  | 'leadership'
  | 'investment'
  | 'understanding-of-it'
  | 'communication'
  | 'demand-capacity'
  | 'user-training'
  | 'culture-change'
  | 'information-systems'
  | 'consultation'
  | 'comparison'
  | 'competition'
  | 'e-government';
export type Polarity = 'weakness' | 'strength';
export interface ThemeCase {
  text: string; // one sentence (or one table row / bullet) as it would appear in a report
  section?: string; // optional section heading path it appears under
  expect: Array<{ theme: ThemeId; polarity: Polarity }>; // every theme the sentence raises, with its polarity; [] when it raises none
  why: string; // what this case tests
}

export const themeCases: ThemeCase[] = [
  // ───────────────────────── strategic-alignment ─────────────────────────
  {
    text: 'The ICT strategy was written by the IT section in isolation and makes no reference to the council\'s corporate priorities.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT strategy disconnected from corporate priorities, plain finding',
  },
  {
    text: 'There is no evidence that decisions about new systems are driven by what the council is trying to achieve for local people.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: '"There is no evidence that" form; alignment without the word strategy',
  },
  {
    text: 'The council should ensure that its ICT strategy is explicitly linked to the community plan and its corporate objectives.',
    section: 'Recommendations',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: '"The council should" recommendation asking for alignment',
  },
  {
    text: '• IT projects are chosen on technical grounds rather than against the authority\'s stated priorities',
    section: 'Summary > Areas for improvement',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'bullet form; alignment expressed as project selection',
  },
  {
    text: 'The link between the council\'s corporate aims and the work of the ICT service is weak.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'weak link between corporate aims and IT',
  },
  {
    text: 'Service departments\' plans for ICT have grown up separately from one another and from the corporate plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'fragmented IT planning unconnected to corporate plan, no stock words',
  },
  {
    text: 'There is no evidence of an ICT strategy that supports the council\'s corporate aims.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'negation: "no evidence of a strategy" is a weakness',
  },
  {
    text: 'The ICT strategy flows clearly from the corporate plan, and every project is tied to one of the council\'s five priorities.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'clear derivation of IT strategy from corporate plan',
  },
  {
    text: 'Every proposal for new technology must now show how it contributes to the council\'s corporate objectives before it is approved.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'alignment gate on proposals, stated without praise words',
  },
  {
    text: 'The council\'s technology plans are closely aligned with its corporate priorities of regeneration, lifelong learning and community safety.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'codebook wording "aligned", strength',
  },
  {
    text: 'A clear "golden thread" runs from the community plan through the corporate ICT strategy to individual team work plans.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'golden-thread idiom under positive practice',
  },
  {
    text: 'The IT service plan is well integrated with the council\'s strategic objectives.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: '"well integrated" praise',
  },
  {
    text: 'The ICT strategy, agreed in 2000, sets out clearly how technology will help deliver each of the council\'s corporate aims.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strategy explicitly serving corporate aims',
  },

  // ───────────────────────── leadership ─────────────────────────
  {
    text: 'Members show little interest in the ICT strategy and it has not been debated by the executive.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'example from the domain description: member disinterest',
  },
  {
    text: 'No senior officer has been given clear responsibility for championing ICT across the council.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior champion',
  },
  {
    text: 'The chief executive and chief officers have not so far taken an active role in setting the direction for ICT.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'negated top-level involvement',
  },
  {
    text: 'Chief officers leave decisions about ICT to the IT manager and rarely discuss it at management team.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'abdication by senior officers, no stock words',
  },
  {
    text: 'The council should appoint a member champion for ICT and ensure that the corporate management team takes ownership of the ICT programme.',
    section: 'Recommendations',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'recommendation asking for top-level ownership',
  },
  {
    text: 'There is little drive from the top of the organisation on ICT, which is left largely to the IT section.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: '"little drive from the top"',
  },
  {
    text: '• lack of corporate ownership of ICT at chief officer level',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'bullet with "lack of"',
  },
  {
    text: 'The chief executive personally chairs the ICT steering group and has made ICT a standing item on the management team agenda.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'chief executive owning IT, no praise words',
  },
  {
    text: 'Members provide strong leadership on ICT; the portfolio holder is well informed and actively drives the programme forward.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: '"strong leadership" from members',
  },
  {
    text: 'There is clear and visible commitment to ICT from the leader of the council and senior officers.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'visible top-level commitment',
  },
  {
    text: 'A named cabinet member has responsibility for ICT and reports on progress to the executive every two months.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member ownership stated factually',
  },
  {
    text: 'The director of resources has taken personal ownership of the ICT programme and drives it forward with energy.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'senior officer ownership under positive practice',
  },
  {
    text: 'Political support for ICT is strong and has the backing of all parties.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'cross-party political support',
  },
  {
    text: 'It is not the case that members lack interest in ICT; the executive has discussed it at most of its meetings this year.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'negated weakness cue ("lack interest") reads as strength',
  },

  // ───────────────────────── investment ─────────────────────────
  {
    text: 'Years of under-funding have left the council with an ageing network and many PCs that cannot run current software.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment',
  },
  {
    text: 'The ICT budget has fallen in real terms in each of the last three years.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'falling budget stated without evaluative words',
  },
  {
    text: 'There is no rolling programme for replacing equipment, and money for new hardware is found from year-end underspends.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'ad hoc funding of replacement',
  },
  {
    text: 'The council has not yet identified where the money will come from to pay for the new systems it plans to introduce.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'unfunded plans',
  },
  {
    text: 'The council should establish a realistic, ring-fenced capital budget for ICT over the next three years.',
    section: 'Recommendations',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'recommendation for funding',
  },
  {
    text: '• insufficient funding for the replacement of obsolete equipment',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'bullet with "insufficient"',
  },
  {
    text: 'It is not yet clear how the council will fund the next phase of its ICT programme.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'hedged weakness ("not yet clear")',
  },
  {
    text: 'The council has committed £3.2 million of capital over three years to modernise its ICT infrastructure.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'substantial investment stated factually',
  },
  {
    text: 'A ring-fenced budget for PC replacement means that equipment is now renewed every four years.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'secured replacement budget',
  },
  {
    text: 'The historic lack of investment in ICT has been addressed through a substantial growth bid in the 2001/02 budget.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'weakness words ("lack of investment") but the problem has been addressed',
  },
  {
    text: 'Funding for ICT is secure and planned well ahead.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'short plain strength',
  },
  {
    text: 'A central ICT fund, topped up each year, allows departments to bid for money for projects with clear business benefits.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding mechanism under positive practice',
  },
  {
    text: 'The council\'s funding for ICT is not a concern; the budget has grown in each of the last three years.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'negation: "not a concern" plus growth is a strength, never a weakness',
  },
  {
    text: 'The ICT capital programme is well resourced.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: '"well resourced"',
  },

  // ───────────────────────── understanding-of-it ─────────────────────────
  {
    text: 'Many chief officers still regard ICT as an overhead to be kept to a minimum rather than a tool for improving services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'IT seen as overhead',
  },
  {
    text: 'There is limited appreciation across the council of how technology could transform the way services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: '"limited appreciation" of potential',
  },
  {
    text: 'Service managers tend to see computers as a matter for the IT section and do not consider what technology could do for their own services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'managers not seeing opportunity, no stock words',
  },
  {
    text: 'The council has yet to grasp the potential of ICT to change the way it works.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: '"yet to grasp the potential"',
  },
  {
    text: 'ICT is still seen as a technical issue rather than a business issue.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'classic technical-vs-business framing',
  },
  {
    text: 'The council should raise awareness among managers of the opportunities that ICT offers for improving services.',
    section: 'Recommendations',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'recommendation on awareness of opportunity',
  },
  {
    text: 'Managers across the council have a good grasp of how technology can help them deliver better services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'good grasp of technology\'s value',
  },
  {
    text: 'There is widespread recognition that ICT is central to modernising the council\'s services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'recognition of IT importance',
  },
  {
    text: 'Departments increasingly see technology as a way of redesigning services rather than simply automating what they already do.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'mature understanding of IT potential',
  },
  {
    text: 'Heads of service understand what ICT can offer their services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'short plain strength',
  },
  {
    text: 'Awareness of the opportunities offered by new technology is high among senior managers.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'high awareness',
  },
  {
    text: 'The council recognises that ICT is a strategic asset rather than a back-office cost.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'IT as asset, inverse of overhead view',
  },

  // ───────────────────────── communication ─────────────────────────
  {
    text: 'Front-line managers rarely hear from the IT section about projects that will affect them.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'example from the domain description',
  },
  {
    text: 'Departments are often not told in advance when the network will be unavailable.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'not being told, no stock words',
  },
  {
    text: 'There is little regular dialogue between the IT section and the service departments it supports.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: '"little regular dialogue"',
  },
  {
    text: 'The council should improve the flow of information between the ICT unit and service departments, for example through a regular newsletter and named link officers.',
    section: 'Recommendations',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'recommendation on information flow',
  },
  {
    text: '• poor liaison between technical staff and service areas',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'bullet, "poor liaison"',
  },
  {
    text: 'Users complained that IT staff speak in jargon and do not explain what they are doing or why.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'jargon and lack of explanation',
  },
  {
    text: 'Each department now has a named account manager in the IT section who meets its management team monthly.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'account manager liaison, stated factually',
  },
  {
    text: 'Relations between IT staff and the service departments are open and constructive.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good relations between IT and departments',
  },
  {
    text: 'A regular ICT newsletter keeps staff informed of forthcoming changes and the progress of projects.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'newsletter keeps staff informed',
  },
  {
    text: 'IT staff now spend part of each week working alongside staff in the larger departments, which has greatly improved mutual understanding.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'co-location improving two-way understanding',
  },
  {
    text: 'Communication between the ICT unit and front-line services is good.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'codebook words, strength',
  },
  {
    text: 'Departmental ICT link officers meet the IT section every month to share information about plans and problems.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'link officers under positive practice',
  },
  {
    text: 'Communication with departments appears to be generally effective.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'hedged strength ("appears", "generally")',
  },

  // ───────────────────────── demand-capacity ─────────────────────────
  {
    text: 'Departments wait months for new PCs to be installed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'example from the domain description',
  },
  {
    text: 'There is a large backlog of requests for system changes, some of which are more than a year old.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog',
  },
  {
    text: 'The IT section takes on work as it arrives and has no agreed way of deciding which requests matter most.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'no prioritisation, no stock words',
  },
  {
    text: 'The help desk is overwhelmed at peak times and many calls go unanswered.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'capacity overwhelmed',
  },
  {
    text: 'There are no service level agreements, so users do not know what response they can expect.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'absence of service levels',
  },
  {
    text: 'The council should introduce a clear, corporately agreed method of prioritising requests for ICT work.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'recommendation on prioritisation',
  },
  {
    text: '• the IT section cannot keep pace with the volume of requests from departments',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'bullet, cannot keep pace',
  },
  {
    text: 'The IT section may struggle to cope with the extra demands that the planned new systems will bring.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'hedged weakness ("may struggle")',
  },
  {
    text: 'Faults are now fixed within the agreed times in over 95 per cent of cases.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels being met',
  },
  {
    text: 'Requests for new work are prioritised by a corporate panel against clear criteria.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation in place',
  },
  {
    text: 'Service level agreements are in place with all departments.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'SLAs in place',
  },
  {
    text: 'Staff no longer wait for repairs: most faults are put right on the same day.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'negation: "no longer wait" reads as a strength',
  },
  {
    text: 'The help desk resolves most calls at the first point of contact.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'responsive service',
  },
  {
    text: 'A simple scoring system lets the IT section decide openly which of the competing requests from departments will be tackled first.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'transparent prioritisation under positive practice; "competing" is not competition',
  },
  {
    text: 'Departments no longer have to wait weeks for a new user account to be set up.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'negation: "no longer have to wait"',
  },

  // ───────────────────────── user-training ─────────────────────────
  {
    text: 'Many staff have had no formal instruction in the software they use every day.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no instruction, avoids "training"',
  },
  {
    text: 'Training is offered only when a new system is installed and there is no follow-up.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'limited training provision',
  },
  {
    text: 'Users told us that they had learnt to use their systems by trial and error or by asking colleagues.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'self-taught users, no stock words',
  },
  {
    text: 'The council should develop a corporate programme of IT skills training for all staff.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'recommendation for training',
  },
  {
    text: '• lack of training for users of the new housing system',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'bullet, "lack of training"',
  },
  {
    text: 'Managers\' own ICT skills are weak, and few of them make use of e-mail or spreadsheets.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'low IT skills',
  },
  {
    text: 'Insufficient attention has been given to the skills staff will need to use the new systems.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: '"insufficient attention" to skills',
  },
  {
    text: 'All staff are offered the European Computer Driving Licence, and over 400 have now qualified.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'ECDL programme, stated factually',
  },
  {
    text: 'A well-equipped training room runs a full programme of courses that are well regarded by staff.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training programme praised',
  },
  {
    text: 'Users are given good training when new systems are introduced, backed up by clear written guides.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'good training with new systems',
  },
  {
    text: 'Staff have the IT skills they need to do their jobs.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'short plain strength',
  },
  {
    text: 'The council\'s open learning centre allows staff to learn computing skills at their own pace and in their own time.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'open learning under positive practice',
  },
  {
    text: 'Lack of training was not a problem: all users of the new system attended a two-day course before it went live.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'negation: "lack of training was not a problem" raises no weakness; the evidence is a strength',
  },

  // ───────────────────────── culture-change ─────────────────────────
  {
    text: 'The council\'s management style is cautious and hierarchical, which slows decisions and discourages new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style as barrier',
  },
  {
    text: 'There is a blame culture in which staff are reluctant to try new approaches.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'blame culture',
  },
  {
    text: 'Departments work in isolation and protect their own interests rather than working for the council as a whole.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture, no stock words',
  },
  {
    text: 'Significant changes in the council\'s culture will be needed if it is to get the full benefit from new technology.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture change needed',
  },
  {
    text: 'The council should tackle the departmentalism that has held back corporate working.',
    section: 'Recommendations',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'recommendation on departmentalism',
  },
  {
    text: '• a risk-averse culture that resists change',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'bullet form',
  },
  {
    text: 'The council has moved away from a command-and-control style towards one that encourages staff to take responsibility.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'changed management style',
  },
  {
    text: 'There is a strong corporate culture, and departments now work together rather than in competition with each other.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'corporate culture; "competition" is an ordinary word here, not the competition theme',
  },
  {
    text: 'Staff are encouraged to come up with new ideas and are not penalised when they do not work out.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'innovation culture; negations inside a strength',
  },
  {
    text: 'A more open style of management has been introduced and is welcomed by staff.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'management style improved',
  },
  {
    text: 'The organisation has embraced change and is willing to do things differently.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'openness to change',
  },
  {
    text: 'The "Changing the way we work" programme has helped shift the culture from departmental loyalty to corporate working.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture programme under positive practice',
  },

  // ───────────────────────── information-systems ─────────────────────────
  {
    text: 'The ICT service has few performance indicators and sets no targets for them.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'weak performance measures',
  },
  {
    text: 'There is no systematic way of monitoring the progress of ICT projects against plan.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no project monitoring',
  },
  {
    text: 'Managers do not receive regular reports on how the service is performing.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance reporting',
  },
  {
    text: 'The council\'s financial and personnel systems do not share data, so managers cannot get reliable figures on staff costs.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'management information systems not joined up',
  },
  {
    text: 'The council should develop a performance management framework for the ICT service with clear, measurable targets.',
    section: 'Recommendations',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'recommendation on performance management',
  },
  {
    text: '• performance information is patchy and is not used to drive improvement',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'bullet form',
  },
  {
    text: 'The help desk system cannot produce even basic management reports.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'system cannot produce management information',
  },
  {
    text: 'A comprehensive set of performance indicators is reported to the management team each quarter.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'regular performance reporting',
  },
  {
    text: 'The new corporate financial system gives budget holders accurate, up-to-date information.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'good management information system',
  },
  {
    text: 'Performance management is well established, with targets cascaded down to individual staff appraisals.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: '"well established" praise',
  },
  {
    text: 'The help desk software produces detailed monthly reports that managers use to spot trends.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management reporting used',
  },
  {
    text: 'Progress on every ICT project is tracked against milestones and reviewed monthly.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'project monitoring in place',
  },
  {
    text: 'Managers can see their service\'s performance indicators on screen at any time through the council\'s performance information system.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance information system under positive practice',
  },

  // ───────────────────────── consultation ─────────────────────────
  {
    text: 'The IT section has never asked its users what they think of the service it provides.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users never asked, no stock words',
  },
  {
    text: 'Residents were not asked for their views during the review.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'A user survey was carried out, but the results were never analysed or acted upon.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'survey done but ignored',
  },
  {
    text: 'There is no evidence that service users were involved in the Best Value review.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: '"no evidence that" form',
  },
  {
    text: 'The council should seek the views of staff and the public on the ICT service regularly and use them to shape improvements.',
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'recommendation to seek views',
  },
  {
    text: '• limited consultation with customers',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'bullet with codebook word',
  },
  {
    text: 'Only 12 of the 300 questionnaires sent to staff were returned, so the council knows little about what users think.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'ineffective survey',
  },
  {
    text: 'An annual satisfaction survey of all PC users is carried out and the results are published with an action plan.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'regular survey acted on',
  },
  {
    text: 'Focus groups of front-line staff helped shape the proposals in the review.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'focus groups',
  },
  {
    text: 'The council\'s citizens\' panel of 1,500 residents was asked for its views on council services as part of the review.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'citizens\' panel used',
  },
  {
    text: 'Users were fully involved in the review through workshops and questionnaires.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'user involvement',
  },
  {
    text: 'A feedback form is sent out after every help desk call, and the comments are reviewed each week.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'systematic feedback',
  },
  {
    text: 'User groups for each major system meet regularly and have a real say in how the systems are developed.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'user groups under positive practice',
  },

  // ───────────────────────── comparison ─────────────────────────
  {
    text: 'The council has not compared the cost or performance of its IT service with that of other councils.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison',
  },
  {
    text: 'The benchmarking carried out in the review was limited to costs and did not look at quality.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'limited benchmarking',
  },
  {
    text: 'Little use has been made of comparisons with other organisations to question current practice.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: '"little use" of comparisons',
  },
  {
    text: 'The council should join a benchmarking club and use the results to identify better ways of working.',
    section: 'Recommendations',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'recommendation to benchmark',
  },
  {
    text: 'The review team did not visit or talk to other authorities to learn how they run their ICT services.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no learning from others, no stock words',
  },
  {
    text: '• comparisons with other councils are limited and out of date',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'bullet form',
  },
  {
    text: 'We found little evidence that the council had learned from the experience of other councils.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'inspector voice, "little evidence"',
  },
  {
    text: 'The council has compared its IT costs with those of 20 similar authorities through the SOCITM benchmarking club.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking club used',
  },
  {
    text: 'The IT section regularly measures itself against other councils and private-sector providers.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'regular comparison',
  },
  {
    text: 'Members of the review team visited three councils with recognised good practice and brought back useful ideas.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'visits to other councils',
  },
  {
    text: 'Thorough benchmarking has been carried out.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'short codebook-word strength',
  },
  {
    text: 'The council drew on the experience of neighbouring authorities in designing its new help desk arrangements.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'learning from others under positive practice',
  },
  {
    text: 'The review made effective use of comparative data from other authorities to challenge the cost of the service.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: '"effective use" of comparisons',
  },

  // ───────────────────────── competition ─────────────────────────
  {
    text: 'The council has not tested whether its IT services could be provided more economically by an outside supplier.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Hardware and software are bought department by department, with no corporate approach to purchasing.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'fragmented procurement',
  },
  {
    text: 'The options appraisal in the review did not seriously consider outsourcing or partnership.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'options not considered',
  },
  {
    text: 'The contract with the council\'s main IT supplier has been extended several times without being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'no re-tendering, no stock words',
  },
  {
    text: 'The council should carry out a rigorous test of the competitiveness of its ICT services, including the option of a strategic partnership.',
    section: 'Recommendations',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'recommendation on competitiveness',
  },
  {
    text: '• no evidence that the market was tested',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'bullet with "no evidence that"',
  },
  {
    text: 'The council tested the market and concluded, on sound evidence, that its in-house team offers better value than the bids received.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'sound market test',
  },
  {
    text: 'Corporate purchasing arrangements for PCs have cut prices by around a fifth.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'procurement savings',
  },
  {
    text: 'The strategic partnership with a private-sector provider is well managed and has delivered the improvements promised.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership working well',
  },
  {
    text: 'ICT equipment is now bought through a national framework contract, which offers good value.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'good procurement',
  },
  {
    text: 'A robust options appraisal considered in-house provision, outsourcing and a partnership with other councils.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'robust options appraisal',
  },
  {
    text: 'The council has joined neighbouring authorities in buying a new network jointly, securing a lower price than any could have obtained alone.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'joint procurement under positive practice',
  },
  {
    text: 'The council has an effective approach to the procurement of ICT equipment.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: '"effective" praise',
  },

  // ───────────────────────── e-government ─────────────────────────
  {
    text: 'The council\'s web site offers little more than contact details and cannot be used to carry out any transactions.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'weak web site',
  },
  {
    text: 'The council is not on course to meet the government\'s target for all services to be available electronically by 2005.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: '2005 target at risk',
  },
  {
    text: 'Residents cannot yet pay for services or report problems online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'no online transactions',
  },
  {
    text: 'There is no plan for how people will be able to contact the council other than by visiting or telephoning during office hours.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'customer access limited',
  },
  {
    text: 'The council should set out clearly how it will meet the 2005 targets for electronic service delivery.',
    section: 'Recommendations',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'recommendation on 2005 targets',
  },
  {
    text: '• the Implementing Electronic Government statement lacks detail',
    section: 'Summary > Weaknesses',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'IEG statement weak',
  },
  {
    text: 'Only a handful of the council\'s services can be reached over the Internet.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'few services online',
  },
  {
    text: 'The council\'s web site is well used and allows residents to pay council tax, book sports facilities and report faults.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'transactional web site',
  },
  {
    text: 'A new contact centre, open until 8pm, gives residents a single telephone number for all council services.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access via contact centre',
  },
  {
    text: 'The council is well placed to make all appropriate services available electronically by 2005.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'on track for 2005',
  },
  {
    text: 'Touch-screen kiosks in libraries give residents access to council information outside office hours.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'kiosk access, no stock words',
  },
  {
    text: 'Residents can track the progress of their planning applications on the council\'s web site.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'online service under positive practice',
  },
  {
    text: 'More than 40 per cent of council services can already be delivered electronically.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'good progress against electronic delivery',
  },

  // ───────────────────────── section context ─────────────────────────
  {
    text: 'Agree a corporate approach to ranking ICT projects in order of importance.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'neutral imperative under Recommendations implies the thing is missing',
  },
  {
    text: 'Publish service standards for the help desk.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'neutral imperative under Recommendations (service levels)',
  },
  {
    text: 'Survey users of the ICT service each year.',
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'neutral imperative under Recommendations (consultation)',
  },
  {
    text: 'Compare the cost and quality of the help desk with those of similar councils.',
    section: 'Recommendations',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'neutral imperative under Recommendations (comparison)',
  },
  {
    text: 'Provide basic IT training for all staff who use a PC.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'neutral imperative under Recommendations (training)',
  },
  {
    text: 'An annual survey of all ICT users is published on the intranet together with the action taken in response.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'neutral description under Positive practice is a strength',
  },
  {
    text: 'Each department has a named IT contact who attends its management team meetings.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'neutral description under Positive practice is a strength',
  },
  {
    text: 'The council buys its PCs through a consortium of neighbouring councils.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'neutral description under Positive practice is a strength',
  },

  // ───────────────────────── two themes ─────────────────────────
  {
    text: 'There is no budget for training users in the new systems.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'training + investment, both weaknesses',
  },
  {
    text: 'Although the help desk is well run, there is no ICT strategy linked to corporate aims.',
    expect: [
      { theme: 'demand-capacity', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'mixed polarity across a concessive clause',
  },
  {
    text: 'The chief executive has secured an extra £1 million for ICT in this year\'s budget.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'strength' },
    ],
    why: 'leadership + investment, both strengths',
  },
  {
    text: 'The web site is good, but the council has not asked residents which services they would like to use online.',
    expect: [
      { theme: 'e-government', polarity: 'strength' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'mixed polarity: e-government strength, consultation weakness',
  },
  {
    text: 'The council consulted widely on its ICT strategy, but the strategy itself is not linked to the council\'s corporate priorities.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'mixed polarity: consultation strength, alignment weakness',
  },
  {
    text: 'Training budgets have been doubled, and every member of staff now has a personal plan for developing their IT skills.',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'strength' },
    ],
    why: 'training + investment, both strengths',
  },
  {
    text: 'The partnership with the private-sector provider was well procured, but the council receives no regular information on the partner\'s performance.',
    expect: [
      { theme: 'competition', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'mixed polarity: procurement strength, performance information weakness',
  },
  {
    text: 'Despite strong support from the leader of the council, the ICT service lacks the money to replace its ageing equipment.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: '"Despite" concessive: leadership strength, investment weakness',
  },
  {
    text: 'A top-down, controlling management style means that IT staff seldom share information with the departments they serve.',
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'communication', polarity: 'weakness' },
    ],
    why: 'culture + communication, both weaknesses',
  },
  {
    text: 'The council compared its web services with those of other councils and now offers more online transactions than most of them.',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'e-government', polarity: 'strength' },
    ],
    why: 'comparison + e-government, both strengths',
  },
  {
    text: 'Managers do not appreciate what ICT could do for their services, and few have had any training in using it.',
    expect: [
      { theme: 'understanding-of-it', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'understanding + training, both weaknesses',
  },
  {
    text: 'Users are consulted regularly, yet they still wait weeks for faults to be fixed.',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'mixed polarity with "yet"',
  },

  // ───────────────────────── no theme ─────────────────────────
  {
    text: 'The inspection took place in March 2001.',
    expect: [],
    why: 'date of inspection',
  },
  {
    text: 'The borough has a population of around 160,000, of whom 8 per cent are from minority ethnic communities.',
    section: 'Context',
    expect: [],
    why: 'population context',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'front-matter boilerplate',
  },
  {
    text: 'We judge that the service is a \'fair\', one-star service that will probably improve.',
    section: 'Summary',
    expect: [],
    why: 'grade statement raises no theme',
  },
  {
    text: 'In our view the service is poor and has uncertain prospects for improvement.',
    section: 'Summary',
    expect: [],
    why: 'grade statement in inspector voice raises no theme',
  },
  {
    text: 'The council\'s housing strategy concentrates on bringing empty homes back into use.',
    section: 'Context',
    expect: [],
    why: 'near-miss: "strategy" about housing, not IT',
  },
  {
    text: 'All social workers in the children\'s team have received training in child protection procedures.',
    expect: [],
    why: 'near-miss: training unrelated to IT',
  },
  {
    text: 'The council is controlled by the Labour group, which holds 38 of the 60 seats.',
    section: 'Context',
    expect: [],
    why: 'political context, no leadership judgement',
  },
  {
    text: 'The ICT section employs 42 staff and is based at the civic centre.',
    section: 'Context',
    expect: [],
    why: 'neutral fact about the IT section',
  },
  {
    text: 'In carrying out the inspection we interviewed staff, members and users, examined documents and watched the help desk at work.',
    section: 'Appendix > Methodology',
    expect: [],
    why: 'methodology: inspectors talking to users is not the council consulting',
  },
  {
    text: 'The gross budget for the service in 2000/01 was £2.4 million.',
    section: 'Context',
    expect: [],
    why: 'near-miss: a budget figure with no judgement about funding',
  },
  {
    text: 'The council\'s Best Value review of ICT was completed in October 2000.',
    expect: [],
    why: 'date fact',
  },
  {
    text: 'This inspection was carried out under section 10 of the Local Government Act 1999.',
    expect: [],
    why: 'statutory boilerplate',
  },
  {
    text: 'The scoring chart below shows our judgements.',
    expect: [],
    why: 'chart reference',
  },
  {
    text: 'The district covers a largely rural area of 600 square kilometres with three market towns.',
    section: 'Context',
    expect: [],
    why: 'geography context',
  },
  {
    text: 'The benefits service, inspected last year, was judged to be good.',
    expect: [],
    why: 'other service judgement; no theme',
  },
  {
    text: 'The remainder of this report sets out our findings in more detail.',
    expect: [],
    why: 'signposting',
  },
  {
    text: 'The inspection team would like to thank the staff of the council for their help and co-operation.',
    expect: [],
    why: 'courtesy boilerplate',
  },
  {
    text: 'Unemployment in the district is above the national average.',
    section: 'Context',
    expect: [],
    why: 'near-miss: a comparison that is not benchmarking of the service',
  },
  {
    text: 'The council employs around 5,000 staff, including teachers.',
    section: 'Context',
    expect: [],
    why: 'staffing context',
  },
  {
    text: 'The ICT service forms part of the Corporate Resources directorate, headed by the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'organisational structure, no judgement',
  },
  {
    text: 'Excellent working relationships exist between the council and the local police on crime reduction.',
    expect: [],
    why: 'near-miss: "excellent working relationships" unrelated to IT communication',
  },
  {
    text: 'The Best Value Performance Plan was published in June 2000.',
    expect: [],
    why: 'near-miss: "performance plan" publication date, no judgement',
  },
  {
    text: 'The council\'s partnership with the health authority provides intermediate care for older people.',
    expect: [],
    why: 'near-miss: "partnership" in social care, not IT competition',
  },
  {
    text: 'A fair proportion of the district\'s residents commute to work in London.',
    section: 'Context',
    expect: [],
    why: 'near-miss: ordinary use of "fair"',
  },
  {
    text: 'Inspectors spent five days on site in January 2002.',
    expect: [],
    why: 'methodology date',
  },
  {
    text: 'Copies of this report are available on the Audit Commission\'s web site at www.audit-commission.gov.uk.',
    expect: [],
    why: 'near-miss: "web site" in boilerplate, not council e-government',
  },
  {
    text: 'The scope of the review covered the help desk, network support, applications development and training.',
    expect: [],
    why: 'near-miss: scope list mentions training and help desk without judgement',
  },
  {
    text: 'This is a draft report and the scores are to be confirmed.',
    expect: [],
    why: 'draft notice',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'ambition with "2005" is not an e-government target',
  },
  {
    text: 'The council has 54 elected members and operates a cabinet form of executive.',
    section: 'Context',
    expect: [],
    why: 'near-miss: members mentioned without leadership judgement',
  },
  {
    text: 'The report is divided into four sections.',
    expect: [],
    why: 'structure signposting',
  },
  {
    text: 'The inspection team comprised two inspectors and an auditor from the district audit service.',
    section: 'Appendix > Methodology',
    expect: [],
    why: 'team composition',
  },
  {
    text: 'Children\'s services were inspected separately in 2002.',
    expect: [],
    why: 'other inspection reference',
  },
  {
    text: 'The county\'s economic strategy aims to attract new employers to the area.',
    section: 'Context',
    expect: [],
    why: 'near-miss: "strategy" and "aims" unrelated to IT alignment',
  },
  {
    text: 'Refuse collection was contracted out in 1995 following compulsory competitive tendering.',
    section: 'Context',
    expect: [],
    why: 'near-miss: competition vocabulary about another service, historical fact',
  },
  {
    text: 'Poor, fair, good, excellent.',
    section: 'Scoring chart',
    expect: [],
    why: 'scoring-chart axis labels',
  },
  {
    text: 'Fire officers receive regular training in the use of breathing apparatus.',
    expect: [],
    why: 'near-miss: training unrelated to IT',
  },
];
