/** Held-out theme set 19, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';
export const themeCases19: ThemeCase[] = [
  // ---------------------------------------------------------------------------
  // Inspectors' weaknesses and strengths, one theme each, indirect wording
  // ---------------------------------------------------------------------------
  {
    text: "The ICT strategy was written by the IT section on its own and makes no reference to the council's priorities for regeneration and community safety.",
    section: "Will the service improve? > The improvement plan",
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Strategy disconnected from corporate priorities, said without the word 'alignment'.",
  },
  {
    text: "Every bid for ICT money now has to show which of the council's five corporate objectives it will help to meet, and the strategy is refreshed each year alongside the corporate plan.",
    section: "How good is the service? > Aims",
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: "Strategy tied to corporate objectives, praised.",
  },
  {
    text: "Councillors have not discussed ICT at any meeting of the executive in the last two years, and no chief officer speaks for it at the management team.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "Absence of member and senior-officer ownership, stated as facts the inspectors clearly criticise.",
  },
  {
    text: "The chief executive chairs the information strategy board herself and has made clear to directors that progress on the ICT programme will feature in their annual appraisals.",
    section: "Will the service improve?",
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: "Lead from the top, praised through what the chief executive does.",
  },
  {
    text: "Much of the equipment in the area offices is more than six years old, and there has been no money for replacing it since the network was installed.",
    section: "How good is the service?",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "Historic under-investment described through old kit and no replacement budget.",
  },
  {
    text: "Members have set aside £3.2 million over three years to renew the network and desktops, and this is built into the medium-term financial plan rather than left to annual bids.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: "Secured, planned funding for IT praised.",
  },
  {
    text: "Many service managers see computers as an office overhead to be kept as cheap as possible rather than as a way of changing how they serve the public.",
    section: "Summary",
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "The organisation does not grasp the opportunity offered by IT.",
  },
  {
    text: "Directors talk readily about how mobile working and shared records could change the way their services reach residents, and several have already redesigned their processes around the new systems.",
    section: "How good is the service?",
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: "Senior managers understand what technology can do for services.",
  },
  {
    text: "Staff in social services told us they learn about changes to their systems only when the screens look different on a Monday morning.",
    section: "How good is the service? > Users' views",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "Front-line staff are not told of IT changes: poor communication between IT and service departments.",
  },
  {
    text: "Each directorate has a named account manager from the IT unit who attends its management team every month, and departmental staff value the link highly.",
    section: "How good is the service?",
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: "Regular, valued contact between IT and departments.",
  },
  {
    text: "Requests for new software join a queue that now stretches to fourteen months, and nobody has decided which of them should come first.",
    section: "How good is the service? > Performance",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "Backlog and no prioritisation of demand.",
  },
  {
    text: "Departments know what response to expect for each kind of fault, because the service level agreement spells it out, and the help desk met those standards in eleven months out of twelve last year.",
    section: "How good is the service? > Performance",
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: "Service levels agreed and met: demand balanced with capacity.",
  },
  {
    text: "New systems are often handed over with little more than a manual, and several staff told us they use only a fraction of what the software could do for them.",
    section: "How good is the service?",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "Inadequate user training, said without the word 'training'.",
  },
  {
    text: "A rolling programme of short courses, drop-in clinics and online tutorials has reached more than four-fifths of staff, and most users we met were confident with the core applications.",
    section: "How good is the service?",
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: "User training provision praised.",
  },
  {
    text: "Decisions still travel up and down a long chain of command, and staff who suggest new ways of working are seldom listened to.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: "Hierarchical, closed management style needing to change.",
  },
  {
    text: "Managers have moved decisively away from the old habit of looking for someone to blame; teams are trusted to solve problems and talk openly about what has gone wrong.",
    section: "Will the service improve?",
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: "Change in culture and management style achieved.",
  },
  {
    text: "The service cannot say how long faults take to fix, because calls are logged on paper and nobody analyses the records.",
    section: "How good is the service? > Performance",
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: "No performance information or management system.",
  },
  {
    text: "Performance figures are collected monthly, reported to members every quarter and used by team leaders to spot problems before users notice them.",
    section: "How good is the service?",
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: "Performance management in use and praised.",
  },
  {
    text: "Nobody has ever asked users what they think of the help desk, and the review made no attempt to find out what residents want from the council's website.",
    section: "Will the service improve? > Consult",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "Neither users nor citizens consulted.",
  },
  {
    text: "The review team held focus groups with staff in every directorate and surveyed six hundred residents about how they would prefer to contact the council.",
    section: "Will the service improve? > Consult",
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: "Thorough consultation of users and citizens, in the inspectors' approving account of the review.",
  },
  {
    text: "The review compared the service only with its own past performance and made no attempt to find out how other councils provide the same service for less.",
    section: "Will the service improve? > Compare",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "No benchmarking against others.",
  },
  {
    text: "The council belongs to a benchmarking club of twelve authorities and has used what it learned there to cut the cost of each help desk call by a fifth.",
    section: "How good is the service? > Comparison",
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: "Benchmarking used to improve, praised.",
  },
  {
    text: "The option of buying in some or all of the service from outside was dismissed in a single paragraph, without any attempt to sound out the market.",
    section: "Will the service improve? > Compete",
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: "Competitiveness not tested.",
  },
  {
    text: "A rigorous appraisal of the options, including early talks with five suppliers, led to the partnership for desktop support that is already saving money and has cut repair times.",
    section: "Will the service improve? > Compete",
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: "Market testing and partnership praised.",
  },
  {
    text: "Fewer than a fifth of the council's services can yet be used electronically, and at its current pace the council will fall well short of the 2005 target.",
    section: "How good is the service?",
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: "Electronic service delivery behind the 2005 target.",
  },
  {
    text: "Residents can now report a missed bin, renew a parking permit or book a sports hall through the website at any hour of the day.",
    section: "How good is the service? > Access",
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: "Online customer access praised through examples.",
  },

  // ---------------------------------------------------------------------------
  // Several themes in one sentence
  // ---------------------------------------------------------------------------
  {
    text: "Because there is no agreed way of ranking bids for IT work, and no additional money has been found, departments' requests pile up and the unit is spread ever more thinly.",
    section: "How good is the service?",
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'investment', polarity: 'weakness' },
    ],
    why: "Two weaknesses: no prioritisation of demand and no funding.",
  },
  {
    text: "Senior officers and members rarely engage with the ICT strategy, which in any case bears little relation to what the corporate plan says the council is trying to achieve.",
    section: "Summary",
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: "Lack of leadership and a strategy out of step with corporate aims.",
  },
  {
    text: "Staff were well prepared for the new document management system, and the IT team kept every department informed at each stage of the roll-out.",
    section: "How good is the service?",
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'communication', polarity: 'strength' },
    ],
    why: "Two strengths: users prepared (training) and departments kept informed.",
  },
  {
    text: "Users are surveyed every year and the results are published, but the service has set itself no targets against which anyone could tell whether things are getting better.",
    section: "How good is the service? > Performance against aims",
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: "Mixed polarity in one sentence: consultation praised, performance management criticised.",
  },
  {
    text: "The service has made good progress in putting transactions online and in linking its work to the council's priorities, but it still struggles to keep up with the day-to-day requests of departments.",
    section: "Summary",
    expect: [
      { theme: 'e-government', polarity: 'strength' },
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: "Three themes, two strengths and one weakness.",
  },
  {
    text: "The council should agree a clear way of deciding which ICT requests take priority, and publish service standards that departments can hold the unit to.",
    section: "Recommendations",
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: "A recommendation names an area for improvement (prioritisation, service levels) even though it is phrased as advice.",
  },
  {
    text: "Extend the benchmarking work beyond cost so that it also covers user satisfaction and how quickly faults are put right.",
    section: "Recommendations",
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: "Recommendation: comparison with others needs widening.",
  },
  {
    text: "Front-line managers seldom see anyone from the IT section unless something has broken, and hear about new projects only when they are about to go live.",
    section: "How good is the service?",
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: "Communication between IT staff and front-line services, in the indirect words inspectors use.",
  },
  {
    text: "There has been no real shift in how the unit is managed: it still sees its job as keeping the machines running rather than helping the council to work differently.",
    section: "Will the service improve?",
    expect: [
      { theme: 'culture-change', polarity: 'weakness' },
      { theme: 'understanding-of-it', polarity: 'weakness' },
    ],
    why: "Management style unchanged, and a narrow idea of what IT is for.",
  },

  // ---------------------------------------------------------------------------
  // Traps: words a spotter would tag, but no theme (or a different polarity)
  // ---------------------------------------------------------------------------
  {
    text: "The help desk is staffed by five analysts and uses a commercial call-logging package bought in 1999.",
    section: "Context",
    expect: [],
    why: "Neutral description of the help desk and its logging system; nothing judged.",
  },
  {
    text: "The council employs around 3,100 staff and serves a population of 142,000; its ICT budget for 2001/02 is £2.4 million.",
    section: "Context",
    expect: [],
    why: "Budget figure in Context is a fact, not an investment weakness or strength.",
  },
  {
    text: "The ICT strategy says that the council aims 'to put the customer at the heart of everything we do, using technology to join up services around people's lives'.",
    section: "How good is the service? > Aims",
    expect: [],
    why: "The council's own aims quoted; the inspectors make no judgement in this sentence.",
  },
  {
    text: "The head of ICT told us that communication with departments has never been better.",
    section: "How good is the service?",
    expect: [],
    why: "A manager's claim, not endorsed by the inspectors.",
  },
  {
    text: "The review was carried out between March and September 2001 by a team drawn from finance, personnel and the IT unit, with two elected members.",
    section: "Will the service improve? > The Best Value review",
    expect: [],
    why: "Passing description of the review team; mentions members and IT without judging leadership.",
  },
  {
    text: "The council plans to give every member of staff basic training in the new office software by the end of 2003.",
    section: "Will the service improve? > The improvement plan",
    expect: [],
    why: "The council's plan reported, not assessed; training is mentioned but not raised as a weakness or praised.",
  },
  {
    text: "The Government expects councils to make all services that can be delivered electronically available in that way by 2005.",
    section: "Context",
    expect: [],
    why: "National e-government target stated as context.",
  },
  {
    text: "The council's self-assessment describes the ICT service as 'closely aligned with the corporate vision and driven by strong leadership'.",
    section: "Summary",
    expect: [],
    why: "Self-assessment claim, quoted; not the inspectors' finding.",
  },
  {
    text: "Best Value requires councils to challenge why a service is provided, compare it with others, consult the people who use it and use fair competition to secure efficient services.",
    section: "Context",
    expect: [],
    why: "Definition of the 4Cs: mentions comparison, consultation and competition but judges nothing.",
  },
  {
    text: "Benchmarking shows that the council spends less per computer than any other council in its group, but this reflects years of neglect rather than efficiency.",
    section: "How good is the service? > Comparison",
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: "Low cost sounds like a strength and 'benchmarking' like a comparison strength, but the inspectors are pointing to under-investment.",
  },
  {
    text: "Consultation with users has been extensive, but it has been used to justify decisions already taken rather than to shape them.",
    section: "Will the service improve? > Consult",
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: "'Extensive consultation' reads as praise; the sentence is a criticism.",
  },
  {
    text: "The new training suite is impressive, but it stood empty on most of the days we visited because managers will not release staff to attend.",
    section: "How good is the service?",
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: "Opens with praise of a facility; the point is that users are not getting trained.",
  },
  {
    text: "A procurement exercise for the replacement of the payroll system is under way and is due to conclude in the spring.",
    section: "Context",
    expect: [],
    why: "Procurement mentioned as a fact, not a judgement of how competitiveness is tested.",
  },
  {
    text: "The council's website has some 400 pages and received 18,000 visits in March.",
    section: "Context",
    expect: [],
    why: "Web facts in Context; no e-government judgement.",
  },
  {
    text: "The leader of the council told us that members 'fully own' the ICT agenda.",
    section: "Will the service improve?",
    expect: [],
    why: "Member's claim about leadership, reported but not endorsed.",
  },
  {
    text: "Two neighbouring councils have outsourced their ICT to private partners in the last three years.",
    section: "Context",
    expect: [],
    why: "Passing mention of other councils' outsourcing; nothing about this council's competition.",
  },
  {
    text: "The council has a corporate performance management framework, which is described in Appendix 2.",
    section: "Context",
    expect: [],
    why: "Mention of a performance framework without judgement.",
  },
  {
    text: "The ICT manager leads a team of 34 staff in three sections: operations, development and user support.",
    section: "Context",
    expect: [],
    why: "'Leads' and 'user support' are structure, not leadership or training themes.",
  },
  {
    text: "Members receive regular reports on ICT, but these are long technical documents that several told us they do not read.",
    section: "Will the service improve? > Capacity to deliver",
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: "'Regular reports to members' sounds like strong governance; the point is that members are not engaged.",
  },
  {
    text: "Investment in the new financial management system was approved by the executive in May 2002.",
    section: "Context",
    expect: [],
    why: "A dated decision stated as context; no judgement on funding.",
  },
  {
    text: "We met staff from every department, and held a focus group with twelve users of the council's online services.",
    section: "Appendix 2 – Reality checks",
    expect: [],
    why: "Describes the inspectors' own fieldwork; this is not the council consulting anyone.",
  },
  {
    text: "The council aims to be in the top quarter of English districts for the proportion of services available online by 2004.",
    section: "How good is the service? > Aims",
    expect: [],
    why: "An e-government target, the council's ambition, not an assessment of progress.",
  },
  {
    text: "The IT director expects the new strategy to transform how the council thinks about technology within two years.",
    section: "Will the service improve?",
    expect: [],
    why: "A manager's expectation about understanding of IT; the inspectors do not endorse it here.",
  },
  {
    text: "The IT unit moved to new offices on the ground floor of the civic centre in January, next to the customer service desk.",
    section: "Context",
    expect: [],
    why: "Neutral fact about the unit's location; proximity to customer services is not communication or customer access being judged.",
  },
];
