/** A held-out set of hand-written theme cases, written from the domain description only (see docs/best-value.md): measured, never tuned on. */
import type { ThemeCase } from './theme-cases.js';

export const themeCases2: ThemeCase[] = [
  // ───────────────────────── strategic-alignment ─────────────────────────
  {
    text: 'Corporate priorities such as regeneration and community safety barely feature in the IT service plan.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'named corporate priorities absent from the IT plan; no "align" or "strategy"',
  },
  {
    text: 'The IT section has set its own objectives, which bear little relation to what the authority says matters most.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'IT objectives disconnected from authority priorities, paraphrased',
  },
  {
    text: 'Tie every major IT project to a stated council priority before work on it begins.',
    section: 'Recommendations',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'imperative recommendation without "should" or "strategy"',
  },
  {
    text: 'It is not clear how the infrastructure programme will help the council deliver its community plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'hedged "it is not clear" form linking programme to community plan',
  },
  {
    text: '• technology planning runs to a separate timetable from corporate and service planning, so the two rarely meet',
    section: 'Summary > Areas for improvement',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'bullet; misaligned planning cycles',
  },
  {
    text: 'Each project in the technology programme can be traced back to one of the council\'s five corporate priorities.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'praise via traceability, no stock words',
  },
  {
    text: 'The ICT plan grows directly out of the community plan and is revised whenever the council\'s priorities change.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'IT plan derived from community plan',
  },
  {
    text: 'The shape of the technology programme is plainly driven by the council\'s ambitions for regeneration and lifelong learning.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'programme shaped by council ambitions; "ambitions" is a near-miss for target language',
  },
  {
    text: '• a clear line of sight from the corporate plan to individual IT projects',
    section: 'Summary > Strengths',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'verbless bullet under a Strengths heading',
  },

  // ───────────────────────── leadership ─────────────────────────
  {
    text: 'Councillors have shown little appetite for taking decisions about ICT, leaving them almost entirely to officers.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'elected members not owning IT, "councillors" instead of "members"',
  },
  {
    text: 'No chief officer takes responsibility for ICT at corporate management team level.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'no senior owner of IT',
  },
  {
    text: 'The chief executive has not yet given the ICT agenda the personal backing it needs.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: '"not yet" form about top-level sponsorship',
  },
  {
    text: 'Give a cabinet member clear responsibility for championing ICT across the council.',
    section: 'Recommendations',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'imperative recommendation for a member champion',
  },
  {
    text: 'Technology seldom appears on the agenda of the senior management team.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'neglect by senior officers expressed as agenda absence',
  },
  {
    text: 'The chief executive personally chairs the ICT steering group and has attended every meeting since it was set up.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'personal involvement of chief executive as praise',
  },
  {
    text: 'The executive member for modernisation takes a close personal interest in the IT programme and pushes it forward.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member driving IT, no "leadership" word',
  },
  {
    text: 'The director of resources has driven the changes with energy and has the full backing of the leader of the council.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'senior officer and political leader backing IT change',
  },
  {
    text: 'Members scrutinise the ICT programme closely and have been willing to take difficult decisions to keep it on track.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'members owning IT through scrutiny and decisions',
  },

  // ───────────────────────── investment ─────────────────────────
  {
    text: 'Years of low spending on technology have left much of the council\'s equipment out of date and unreliable.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment paraphrased',
  },
  {
    text: 'There is no money set aside to replace the council\'s ageing servers.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no replacement funding',
  },
  {
    text: 'The capital programme makes no provision for ICT beyond the current year.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'absence of future capital funding',
  },
  {
    text: 'The new systems were paid for from one-off grants, and nobody has worked out how their running costs will be met once the grants end.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'unsustainable funding, informal phrasing',
  },
  {
    text: 'Set aside a realistic, rolling sum each year for replacing PCs and network equipment.',
    section: 'Recommendations',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'imperative recommendation about funding',
  },
  {
    text: 'The council has committed £4 million over three years to renew its network and desktop equipment.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'concrete sum committed',
  },
  {
    text: 'Lack of money is no longer a constraint: spending on ICT has doubled in three years.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'negated weakness words expressing a strength',
  },
  {
    text: 'A ring-fenced replacement fund means that every PC is renewed on a four-year cycle.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'dedicated fund as praise',
  },
  {
    text: 'Money for ICT is now planned over five years rather than found piecemeal each spring.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'improved funding planning, contrast form',
  },

  // ───────────────────────── understanding-of-it ─────────────────────────
  {
    text: 'Many managers still see IT as a back-office cost rather than as a way of changing how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'IT seen as cost not opportunity',
  },
  {
    text: 'Few of the service heads we met could explain how technology might help them meet their own targets.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'managers unable to see what IT could do for them',
  },
  {
    text: 'Outside the IT section, the scope the new systems offer for transforming services is not widely appreciated.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'potential of IT not appreciated, passive negated form',
  },
  {
    text: 'Computers are still regarded as little more than typewriters and filing cabinets.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'metaphorical statement of a narrow view of IT',
  },
  {
    text: 'Help service managers to grasp what modern technology could do for the people they serve.',
    section: 'Recommendations',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'recommendation about awareness of the opportunities of IT',
  },
  {
    text: 'Service managers are alert to what technology can offer and are actively looking for ways to use it to change how they work.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'managers grasp the opportunity of IT',
  },
  {
    text: 'There is a widespread appreciation across the council that ICT is a means of redesigning services, not simply of automating them.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'organisation-wide understanding of IT as transformative',
  },
  {
    text: 'Departments now treat technology as central to improving their services rather than as an overhead.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'mirror of the back-office weakness, as strength',
  },
  {
    text: 'Staff at all levels recognise that the new systems open up different ways of doing things.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'recognition of opportunity, plain wording',
  },

  // ───────────────────────── communication ─────────────────────────
  {
    text: 'Front-line staff say they only learn about changes to their systems when the changes happen.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'users not told of IT changes',
  },
  {
    text: 'Apart from reporting faults, the departments have little regular contact with the IT section.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'lack of contact between IT and departments',
  },
  {
    text: 'Service managers told us that they do not know who to speak to in IT about a new requirement.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no channel from front line to IT, reported speech',
  },
  {
    text: 'Technical staff talk in jargon that users find hard to follow, and there is no forum where the two sides meet.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'jargon and no forum between IT and users',
  },
  {
    text: 'Arrange regular meetings between IT staff and each service department so that each side knows what the other is planning.',
    section: 'Recommendations',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'recommendation for liaison',
  },
  {
    text: 'Each department has a named contact in the IT section who meets its managers every month.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'liaison arrangement as praise without stock words',
  },
  {
    text: 'IT staff and social services managers worked side by side on the new case management system, and both speak highly of the relationship.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'close joint working between technical and front-line staff',
  },
  {
    text: 'Users rarely complain of being kept in the dark about planned changes to their systems.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'negated complaint expressing a strength',
  },
  {
    text: 'Relations between the technical team and front-line services are close and constructive.',
    section: 'Appendix > Positive practice',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'good relations IT/front line',
  },

  // ───────────────────────── demand-capacity ─────────────────────────
  {
    text: 'Departments can wait several months for a new PC to be installed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'waiting time for equipment',
  },
  {
    text: 'Over 200 requests for system changes are outstanding, with no agreed way of deciding which come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation, no word "backlog"',
  },
  {
    text: 'At busy times the help desk cannot keep up, and many calls go unanswered.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'help desk overwhelmed',
  },
  {
    text: 'The section has taken on more projects than its staff can handle, and most of them are running late.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'overcommitment against capacity',
  },
  {
    text: 'Introduce a clear way of ranking requests for IT work so that the most important jobs are done first.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'prioritisation recommendation, no word "prioritise"',
  },
  {
    text: 'Faults are now put right within the agreed times in more than nine cases out of ten.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels being met',
  },
  {
    text: 'A project board ranks every request for new development against clear criteria, so the section\'s limited staff time goes where it is most needed.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation against limited capacity as praise',
  },
  {
    text: 'The wait for new equipment has fallen from ten weeks to under two.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'reduced waiting time',
  },
  {
    text: 'Managers have been realistic about what the section can take on, deferring lower-value work rather than overstretching their staff.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'matching commitments to capacity',
  },

  // ───────────────────────── user-training ─────────────────────────
  {
    text: 'Staff are often given new software with no instruction on how to use it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no training, word "training" absent',
  },
  {
    text: 'Many employees lack basic keyboard and e-mail skills.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'IT skills gap',
  },
  {
    text: 'Nobody has assessed what computer skills staff need, and courses are arranged only when someone asks for one.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'no skills analysis, ad hoc courses',
  },
  {
    text: 'Users had a single half-day session on the new financial system and many are still struggling with it months later.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate training for a new system',
  },
  {
    text: 'Draw up a programme to bring all staff up to a basic standard of computer literacy.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'recommendation on IT literacy',
  },
  {
    text: 'Over 800 staff have gained the European Computer Driving Licence since the scheme began.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'ECDL as skills achievement',
  },
  {
    text: 'Courses and drop-in sessions have given users the confidence to make full use of the new system.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'training outcome praised',
  },
  {
    text: 'Every new starter is shown how to use the council\'s main systems during their first week.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'induction instruction, no "training" word',
  },
  {
    text: 'Users told us that the hands-on tuition they received before the switch-over could not have been better.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'praise via reported speech and negated comparative',
  },

  // ───────────────────────── culture-change ─────────────────────────
  {
    text: 'Departments guard their own territory jealously, and working across service boundaries is rare.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'silo culture',
  },
  {
    text: 'The management style is cautious and top-down, and staff are reluctant to take decisions without referring them upwards.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'hierarchical management style',
  },
  {
    text: 'A culture of blame discourages staff from admitting early that a project is in trouble.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'blame culture',
  },
  {
    text: 'There is a strong sense among staff that things have always been done this way and need not change.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'resistance to change, no word "culture"',
  },
  {
    text: 'Move away from a command-and-control style of management towards one that gives staff more freedom to try new ideas.',
    section: 'Recommendations',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'recommendation on management style',
  },
  {
    text: 'Staff are encouraged to try out new ways of working, and mistakes are treated as a chance to learn.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'open learning culture',
  },
  {
    text: 'The council has shaken off its old departmental outlook and now works as one organisation.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'shift from silos to corporate working',
  },
  {
    text: 'Managers now delegate more and involve their staff in decisions, a marked change from the style we found three years ago.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'changed management style',
  },
  {
    text: 'There is an openness to change among staff that was absent at the start of the review.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'attitudinal change as strength',
  },

  // ───────────────────────── information-systems ─────────────────────────
  {
    text: 'The section does not record how long faults take to fix, so it cannot show whether it is getting better.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing performance data',
  },
  {
    text: 'Few of the targets in the IT service plan can actually be measured.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'unmeasurable targets = weak performance management',
  },
  {
    text: 'Managers lack timely and reliable figures on activity and costs with which to run their services.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'poor management information',
  },
  {
    text: 'How the IT service is performing is not routinely reported to anyone outside the section.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'no performance reporting',
  },
  {
    text: 'Introduce a small set of measures for the IT service and report results against them every quarter.',
    section: 'Recommendations',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'recommendation for performance measures',
  },
  {
    text: 'A monthly scorecard gives managers a clear picture of how each part of the service is doing against its targets.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'scorecard as performance management praise',
  },
  {
    text: 'The new management information system lets directors track caseloads and staffing across departments as they change.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'management information system praised',
  },
  {
    text: 'Performance figures are collected consistently and checked for accuracy before they are published.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'data quality of performance information',
  },
  {
    text: 'Targets in the service plan are specific and measurable, and managers review progress against them every month.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management cycle',
  },

  // ───────────────────────── consultation ─────────────────────────
  {
    text: 'The review did not ask the people who use the IT service what they thought of it.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'users not consulted, no word "consult"',
  },
  {
    text: 'No survey of user satisfaction has been carried out since 1998.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no satisfaction survey',
  },
  {
    text: 'The views of residents were not sought at any stage of the review.',
    section: 'Will the service improve? > The Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'citizens not consulted',
  },
  {
    text: 'Where users\' opinions have been gathered, there is nothing to show that they have changed what the section does.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'feedback not acted upon',
  },
  {
    text: 'Ask users regularly what they need from the IT service and tell them what has changed as a result.',
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'recommendation to consult and feed back',
  },
  {
    text: 'Focus groups with staff in every department informed the review\'s proposals.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'focus groups as consultation',
  },
  {
    text: 'The citizens\' panel was asked about its priorities for the review, and the results shaped the options considered.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'citizens\' panel with impact',
  },
  {
    text: 'The section asks its customers for their views after every completed job and acts on what they say.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'routine customer feedback acted on',
  },
  {
    text: 'Users were involved throughout the review and say that they were listened to.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'involvement of users as praise',
  },

  // ───────────────────────── comparison ─────────────────────────
  {
    text: 'The council has made little effort to find out how its costs and performance match up to those of similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison with similar councils, no "compare"',
  },
  {
    text: 'The review measured the service only against its own past performance.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'inward-only comparison',
  },
  {
    text: 'The section belongs to no performance club and makes no use of the cost data published by SOCITM.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking club or national data',
  },
  {
    text: 'Such comparisons as were made looked at other councils\' costs but not at the quality of their services.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'partial comparison as weakness',
  },
  {
    text: 'Find out how the best-performing councils run their IT services and what can be learned from them.',
    section: 'Recommendations',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'recommendation to learn from others',
  },
  {
    text: 'The cost of the help desk was set against that of 20 other councils and found to be in the lowest quarter.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking result, favourable',
  },
  {
    text: 'Staff visited three high-performing authorities and have adopted several of their practices.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'learning from others as praise',
  },
  {
    text: 'The section makes good use of national data to see how its costs and service stand against other councils.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'use of comparative data',
  },
  {
    text: 'The review looked beyond local government, setting the service alongside IT support in a high street bank and a health trust.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison outside the sector',
  },

  // ───────────────────────── competition ─────────────────────────
  {
    text: 'The option of buying the service from an outside provider was dismissed without proper analysis.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'external provision not tested',
  },
  {
    text: 'The review did not seriously test whether anyone else could deliver the service better or more cheaply.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested, no stock words',
  },
  {
    text: 'Contracts for hardware are rolled over each year without being re-tendered.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'poor procurement practice',
  },
  {
    text: 'The council has not explored sharing systems or staff with neighbouring authorities or private firms.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'alternative delivery and partnerships unexplored',
  },
  {
    text: 'Carry out a full appraisal of other ways of providing the service, including external suppliers and joint arrangements with other councils.',
    section: 'Recommendations',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'recommendation for options appraisal',
  },
  {
    text: 'A rigorous options appraisal weighed in-house provision against a strategic partnership and a joint service with a neighbouring council.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'options appraisal praised',
  },
  {
    text: 'Desktop support was put out to tender in 2001, and the resulting contract has cut costs by 15 per cent.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing with result',
  },
  {
    text: 'Buying jointly with the other councils in the county has secured good prices for PCs and software.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'collaborative procurement',
  },
  {
    text: 'The partnership with a private sector supplier is well managed and is delivering the benefits expected of it.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'partnership managed well',
  },

  // ───────────────────────── e-government ─────────────────────────
  {
    text: 'Few council services can yet be carried out online from start to finish.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'little online transaction',
  },
  {
    text: 'The council\'s website is little more than an electronic leaflet.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'poor website, metaphor',
  },
  {
    text: 'There is no plan showing how the council will meet the government\'s 2005 deadline.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: '2005 target without the words "electronic" or "e-government"',
  },
  {
    text: 'Residents who telephone the council are passed from department to department, and there is no single point of contact.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'customer access weakness, no technology words',
  },
  {
    text: 'Set out clearly which services will be available electronically, and by when.',
    section: 'Recommendations',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'recommendation for electronic service delivery plan',
  },
  {
    text: 'Residents can now pay council tax, report a missed bin and book leisure activities over the internet.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'online services as praise',
  },
  {
    text: 'The new contact centre resolves most enquiries at the first call.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'customer access via contact centre',
  },
  {
    text: 'The council is on course to make all of its services available electronically well before 2005.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'ahead of the 2005 target',
  },
  {
    text: 'One-stop shops in the main towns, working from shared customer records, let residents deal with most services in a single visit.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'joined-up customer access',
  },

  // ───────────────────────── no theme ─────────────────────────
  {
    text: 'The council serves a population of about 240,000 and employs around 9,000 staff.',
    section: 'Context',
    expect: [],
    why: 'context only',
  },
  {
    text: 'The inspection took place over five days in March 2002 and included interviews with staff, councillors and partners.',
    expect: [],
    why: 'methodology mentioning members and partners',
  },
  {
    text: 'We judge that the service is fair, with one star.',
    section: 'Summary',
    expect: [],
    why: 'grade statement',
  },
  {
    text: 'In our view the service will probably improve.',
    section: 'Summary',
    expect: [],
    why: 'prospects statement',
  },
  {
    text: 'The Best Value review of ICT was completed in September 2001 and reported to the executive in November.',
    section: 'Context',
    expect: [],
    why: 'review timeline, no evaluation',
  },
  {
    text: 'The council works in partnership with the local police on community safety.',
    section: 'Context',
    expect: [],
    why: 'near-miss: "partnership" outside IT procurement',
  },
  {
    text: 'The training and enforcement functions of the department fell outside the scope of this inspection.',
    expect: [],
    why: 'near-miss: "training" as a scope note',
  },
  {
    text: 'The benefits service, inspected last year, was judged to be good.',
    expect: [],
    why: 'other service judgement',
  },
  {
    text: 'The council\'s net budget for 2002/03 is £180 million, of which education accounts for just over half.',
    section: 'Context',
    expect: [],
    why: 'near-miss: budget figure unrelated to IT funding',
  },
  {
    text: 'The ICT section is based at the civic centre and has 42 staff.',
    section: 'Context',
    expect: [],
    why: 'descriptive context about the IT section',
  },
  {
    text: 'This report has been prepared by the Audit Commission\'s Best Value Inspection Service.',
    expect: [],
    why: 'boilerplate',
  },
  {
    text: 'The present chief executive took up post in January 2002.',
    section: 'Context',
    expect: [],
    why: 'near-miss: chief executive as bare fact',
  },
  {
    text: 'The council aims to be an excellent, three-star service by 2005.',
    expect: [],
    why: 'near-miss: ambition with 2005 date, not e-government',
  },
];
