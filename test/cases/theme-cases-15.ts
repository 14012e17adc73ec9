/** Held-out theme set 15, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases15: ThemeCase[] = [
  // ---------------------------------------------------------------------------
  // Inspectors' weaknesses and strengths, indirect wording
  // ---------------------------------------------------------------------------
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to what the council has said matters most: housing, regeneration and community safety.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy disconnected from corporate priorities, said without the word "align".',
  },
  {
    text: 'Every project in the technology programme must now show which of the community plan\'s five priorities it supports before any money is released.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Strategic alignment praised through a concrete funding rule.',
  },
  {
    text: 'It is hard to see how the technology plan helps the council achieve the outcomes it has promised residents.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Indirect statement that IT plans do not serve corporate aims.',
  },
  {
    text: 'Councillors show little curiosity about ICT, and the executive has not discussed the strategy since approving it in 1999.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning IT.',
  },
  {
    text: 'The chief executive chairs the e-government board in person and has told directors that no departmental system will be bought without its agreement.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Lead from the top, praised; e-government is only the name of the board, not a theme raised.',
  },
  {
    text: 'No senior officer owns the programme, and the head of IT reports to a third-tier manager in the finance department.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Absence of senior ownership described structurally.',
  },
  {
    text: 'Years of spending the minimum have left the council with a network that cannot carry the traffic its new systems will generate.',
    section: 'How good is the service?',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment, without the word "investment".',
  },
  {
    text: 'Members have set aside £3.2 million over three years to replace ageing equipment, and the replacement programme is on schedule.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Funding secured and being spent as planned.',
  },
  {
    text: 'The second phase of the document management project has no budget and will stop next March unless money is found.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Unfunded project.',
  },
  {
    text: 'Many managers still think of IT as keeping the PCs running rather than as a way of changing how their services reach the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: "The organisation's limited grasp of what IT could do.",
  },
  {
    text: 'The directors we interviewed could describe, in specific terms, how technology would change the way their staff deal with the public over the next three years.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Senior understanding of the opportunity offered by IT, praised indirectly.',
  },
  {
    text: 'Outside the IT section, few people in the council have stopped to think what the internet might let them do differently for residents.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Limited organisational grasp of the opportunity IT offers; "internet" and "residents" might tempt a spotter towards e-government, which is not raised.',
  },
  {
    text: 'Housing officers learned the go-live date for the new rents system from a notice pinned up in the staff canteen.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Poor communication between IT and a front-line service, shown by an anecdote.',
  },
  {
    text: 'Social workers told us they had no idea whom to approach in the IT unit when their needs changed.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Front-line staff cut off from the technical staff.',
  },
  {
    text: 'Each department has a named account manager from the ICT unit who attends its management team once a month and reports back on progress with its projects.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Structured link between IT and departments, praised.',
  },
  {
    text: 'The list of requests for new software has grown to 140 items, and nobody has decided which should come first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlog and no prioritisation.',
  },
  {
    text: 'Schools wait up to three weeks for an engineer, while the town hall gets a visit the same day.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Uneven service levels, users not served within capacity.',
  },
  {
    text: 'Requests are now ranked by a panel of users against agreed criteria, and the help desk meets its published response times for 94 per cent of calls.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Prioritisation and service levels met.',
  },
  {
    text: 'There are no longer any complaints about how long the help desk takes to respond.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Polarity trap: the word "complaints" appears, but the sentence reports that a former problem is gone.',
  },
  {
    text: 'Staff were handed the new finance system without being shown how to use it, and many still keep their own spreadsheets alongside it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'User training missing, described by its consequence.',
  },
  {
    text: 'Every new starter has a half-day IT induction, and staff can book short courses at the learning centre through the intranet.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Training provision, praised.',
  },
  {
    text: 'The lack of a training budget, which we criticised in our last report, has been put right: every department now has one and uses it.',
    section: 'Will the service improve?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'Polarity trap: "lack" and "criticised" refer to the past; the current finding is a strength.',
  },
  {
    text: 'Departments guard their own systems and data jealously, and attempts to share information across the council have met quiet resistance.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Silo culture blocking change.',
  },
  {
    text: 'The management style is cautious and top-down; staff told us their ideas are seldom asked for and even more rarely taken up.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style needing change.',
  },
  {
    text: 'Managers now hand decisions down to team leaders and encourage staff to try new ways of working, a marked change from two years ago.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Change in culture and management style, praised.',
  },
  {
    text: 'The council cannot say how long it takes to fix a fault, because the help desk system does not record when a call is closed.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Missing performance information.',
  },
  {
    text: 'Performance indicators are collected but nobody looks at them, and several of the published figures could not be traced to any source.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance management not working, data unreliable.',
  },
  {
    text: 'Managers receive a monthly scorecard of service measures, and the scrutiny panel questions the figures every quarter.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance management, praised.',
  },
  {
    text: 'Nobody asked users what they wanted before the help desk\'s opening hours were cut.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Users not consulted.',
  },
  {
    text: 'The review relied on one questionnaire with a 12 per cent return and made no effort to hear from residents who do not use the service.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Weak consultation in the review.',
  },
  {
    text: 'The council should ask the people who use the service before it changes the opening hours of the benefits office again.',
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'A recommendation raises an area for improvement in the inspectors\' voice even though it is phrased as advice.',
  },
  {
    text: 'A panel of 1,200 residents is asked about council services twice a year, and the results are published in the local paper along with what the council has changed as a result.',
    section: 'How good is the service?',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Citizen consultation, praised.',
  },
  {
    text: 'The service has never set its costs or results beside those of another council, so it cannot say whether it offers value for money.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking, said without the word.',
  },
  {
    text: 'Through its benchmarking club the service compares its cost per PC and its fault-fix times with those of 30 councils, and it has set itself targets to reach the top quarter.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking used to set targets, praised.',
  },
  {
    text: 'Claimants\' waiting times have not been compared with those of any other benefits office, and managers did not know that neighbouring councils decide claims in half the time.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Comparison weakness in a non-IT (benefits) report.',
  },
  {
    text: 'The review did not ask whether anyone else could run the data centre more cheaply; outsourcing was dismissed in a single paragraph.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The council tested the market properly: it invited bids for desktop support and kept the in-house team only after it matched the best outside price.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Market testing, praised.',
  },
  {
    text: 'The partnership contract signed in 1998 has never been re-let, and the council has no means of checking whether its charges are fair.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Contract never exposed to competition; "fair" is an ordinary word here.',
  },
  {
    text: 'Few services can be used on line: the web site offers little more than opening hours and telephone numbers.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Weak electronic service delivery.',
  },
  {
    text: 'Residents can already pay for, book or report some 40 services through the web site, and the council is on course to meet the 2005 target.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'E-government progress, praised.',
  },
  {
    text: 'The council is proud of its web site, which won a regional design award, but residents still cannot use it to pay a bill, report a problem or apply for anything.',
    section: 'Summary',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Polarity trap: praise words ("proud", "award") lead into an e-government weakness.',
  },
  {
    text: 'Officers told us that the new strategy is "fully aligned" with the corporate plan; we found no evidence of this.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: "Polarity trap: the officers' claim sounds like a strength; the inspectors' contrast makes it a weakness.",
  },
  {
    text: 'Without direction from members or senior managers, the ICT strategy has drifted away from the council\'s own priorities.',
    section: 'Summary',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
    ],
    why: 'Two weaknesses in one sentence: lack of leadership causing misalignment.',
  },
  {
    text: 'With its budget cut by a fifth and fresh demands from the new call centre, the IT unit cannot keep up with the requests it receives.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'Funding cut and demand outstripping capacity.',
  },
  {
    text: 'Users complained that nobody tells them when systems are about to change, and that the courses on offer are either too basic or come too late to help.',
    section: 'How good is the service? > Users\' views',
    expect: [
      { theme: 'communication', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' },
    ],
    why: 'Communication and training weaknesses in one complaint reported by inspectors as a finding.',
  },
  {
    text: 'The service compares itself thoroughly with other councils, but its own figures are so unreliable that the comparisons tell managers little.',
    section: 'How good is the service? > Comparison',
    expect: [
      { theme: 'comparison', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'Mixed polarity: benchmarking effort praised, performance information criticised.',
  },
  {
    text: 'Claimants cannot yet apply, check the progress of a claim or report a change of circumstances on line, and the council has no date for offering any of these.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'E-government weakness raised in a benefits inspection.',
  },

  // ---------------------------------------------------------------------------
  // Sentences a word spotter would tag but which raise no theme
  // ---------------------------------------------------------------------------
  {
    text: 'The ICT unit has 42 staff and a budget of £4.3 million, and supports some 1,900 PCs at 60 sites.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of size and budget; "budget" is not an investment finding.',
  },
  {
    text: 'The council runs its finance, payroll and housing systems on a single server at the civic centre.',
    section: 'Context',
    expect: [],
    why: 'Neutral fact about systems; not an information-systems finding.',
  },
  {
    text: 'The ICT strategy states that the council will "align all technology spending with the corporate plan".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: "The council's own stated aim, quoted; the inspectors neither endorse nor criticise it here.",
  },
  {
    text: 'The head of ICT told us that communication with departments had never been better.',
    expect: [],
    why: "A manager's claim which the inspectors report but do not endorse.",
  },
  {
    text: 'The council submitted its implementing electronic government statement to the government in July 2002.',
    section: 'Context',
    expect: [],
    why: 'Factual mention of an e-government document; no finding.',
  },
  {
    text: 'The Best Value review was carried out between April and November 2001 by a team of six officers and two councillors.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Description of the review team; mentions councillors but says nothing about leadership.',
  },
  {
    text: 'The council aims to consult residents on every major decision and to publish what it has learned.',
    section: 'Context',
    expect: [],
    why: "The council's aim, not a finding about consultation.",
  },
  {
    text: 'The training room on the second floor of the annexe holds twelve people and is booked through the personnel section.',
    section: 'Context',
    expect: [],
    why: 'Passing mention of training facilities.',
  },
  {
    text: 'The council joined the regional benchmarking group in 2001; the group meets twice a year.',
    section: 'Context',
    expect: [],
    why: 'Membership fact in the context section; no judgement on comparison.',
  },
  {
    text: 'In 1999 the council outsourced its payroll to a private company under a seven-year contract.',
    section: 'Context',
    expect: [],
    why: 'Historical fact about an outsourcing decision; not a competition finding.',
  },
  {
    text: 'The IT manager believes that staff are now well trained and that demand for courses has fallen because users are confident.',
    expect: [],
    why: "A manager's belief, reported, not the inspectors' view.",
  },
  {
    text: 'Spending on ICT was £1.2 million in 2001/02, of which £400,000 went on the new payroll system.',
    section: 'Context',
    expect: [],
    why: 'Neutral spending figures.',
  },
  {
    text: 'The council\'s self-assessment claims excellent relationships with its partners in the county e-government partnership.',
    section: 'How good is the service?',
    expect: [],
    why: "The council's own claim, with praise words and 'e-government'; not the inspectors' finding.",
  },
  {
    text: 'Use of the public internet terminals in the libraries has doubled since 2000.',
    section: 'Context',
    expect: [],
    why: 'A usage statistic in a context section, not an e-government judgement.',
  },
  {
    text: 'The service plan names "culture change" as one of its four themes for 2003/04.',
    section: 'Will the service improve? > The improvement plan',
    expect: [],
    why: "Quoting the council's plan heading; no finding on culture.",
  },
  {
    text: 'Leadership of the review was given to the Director of Corporate Services, who chaired all eight of its meetings.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Descriptive use of "leadership"; not a finding about leading IT from the top.',
  },
  {
    text: 'The benefits office shares a building and a switchboard with the IT section.',
    section: 'Context',
    expect: [],
    why: 'Passing mention of IT in a benefits report.',
  },
  {
    text: 'Like many district councils, Lowmoor spent little on computers during the 1990s.',
    section: 'Context',
    expect: [],
    why: 'Context section background, even though it describes low spending; analysts do not code context facts.',
  },
  {
    text: 'The help desk is staffed from 8.30 to 5.00 on weekdays and logs about 1,100 calls a month.',
    section: 'How good is the service?',
    expect: [],
    why: 'Neutral description of hours and volume inside the findings section; no judgement on capacity.',
  },
  {
    text: 'We interviewed the leader of the council, the chief executive, four directors and 23 members of staff, and held focus groups with users in three departments.',
    section: 'Appendix 2 > People we met',
    expect: [],
    why: "The inspectors' method; mentions leaders and users but raises no theme.",
  },
];
