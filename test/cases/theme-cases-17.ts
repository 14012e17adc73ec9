/** Held-out theme set 17, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';
export const themeCases17: ThemeCase[] = [
  // ---------------------------------------------------------------------------
  // Inspectors' weaknesses, indirect wording
  // ---------------------------------------------------------------------------
  {
    text: 'Heads of service told us they usually learn of changes to the network only when something they rely on stops working.',
    section: 'How good is the service? > Meeting user needs',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication between IT and departments, expressed as users finding out about changes by failure.'
  },
  {
    text: 'The ICT strategy was written by the technical section on its own and makes no reference to any of the four priorities in the corporate plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy not tied to corporate priorities, without the word "align".'
  },
  {
    text: 'Requests for new equipment routinely take ten to twelve weeks to fulfil, and there is no agreed way of deciding which jobs should be done first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlog and absent prioritisation: demand outstripping capacity.'
  },
  {
    text: 'Few members could tell us what the ICT strategy is meant to achieve, and none has taken responsibility for it at cabinet level.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Members not owning or driving IT.'
  },
  {
    text: 'For most of the last decade the council has spent less per employee on ICT than any other district in the county, and much of the desktop estate is now beyond its useful life.',
    section: 'How good is the service?',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment; the comparison with other districts is evidence, not a benchmarking weakness.'
  },
  {
    text: 'Staff who were given the new housing system last spring received a manual but no instruction, and many still use only a fraction of what it can do.',
    section: 'How good is the service? > Users',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'User training lacking, without the word "training".'
  },
  {
    text: 'Service managers tend to see computers as a cost to be kept down rather than as a way of changing how their teams work.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'The organisation does not grasp the opportunity IT offers.'
  },
  {
    text: 'The council has not set the cost or quality of its ICT service against that of any other organisation, so it cannot tell whether the service offers value for money.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking, in indirect words.'
  },
  {
    text: 'The option of buying in desktop support from an outside provider was dismissed in a single paragraph, without any test of what the market could offer.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.'
  },
  {
    text: 'Only three of the council\'s transactions can yet be completed without visiting or writing to the council, and it is a long way from the 2005 target.',
    section: 'How good is the service? > Electronic service delivery',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'E-government progress behind the 2005 target.'
  },
  {
    text: 'Users were not asked for their views during the review; the only survey the team relied on dates from 1998 and drew six replies.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Consultation of users inadequate.'
  },
  {
    text: 'The helpdesk logs every call, but nobody looks at the records to find out why the same faults keep coming back or how long repairs take.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance information collected but not used.'
  },
  {
    text: 'Decisions in the section are still made at the top and passed down, and staff say that ideas from below are seldom taken up.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style needing to change, in plain words.'
  },
  {
    text: 'There are no targets for the service in the council\'s performance plan, and its managers receive no regular reports on how it is doing.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance management absent.'
  },
  {
    text: 'The section has never had a budget for replacing equipment, so every upgrade depends on a one-off bid that has to compete with front-line services.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'No funding for replacement; "compete" is about budget bids, not market testing.'
  },
  {
    text: 'The corporate management team has not discussed ICT for over a year, and the strategy it approved in 2000 bears no relation to the community plan.',
    section: 'Summary',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' }
    ],
    why: 'Two weaknesses in one sentence: senior officers not engaged, strategy detached from corporate aims.'
  },
  {
    text: 'Outstanding jobs have piled up since the two trainers were moved onto fault-fixing, which has left new starters to pick up the systems from their colleagues.',
    section: 'How good is the service?',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'user-training', polarity: 'weakness' }
    ],
    why: 'Backlog and loss of user training linked in one sentence.'
  },
  {
    text: 'Senior officers still treat the internet as a publicity tool and have yet to grasp how technology might change the way services reach the public.',
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Understanding of what IT can offer, at senior level.'
  },
  {
    text: 'Vacancies in the technical team have gone unfilled for a year, and the number of jobs waiting to be done has doubled since the spring.',
    section: 'How good is the service? > Staffing',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Capacity to meet demand shrinking.'
  },
  {
    text: 'Users are positive about the helpdesk\'s courtesy, but say that nobody from ICT ever comes to find out what their teams will need next year.',
    section: 'How good is the service? > What users think',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Praise of courtesy is not a theme; the weakness is IT not talking to front-line teams.'
  },
  {
    text: 'Claimants still cannot check how their claim is progressing except by calling the office during working hours.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Benefits service: no electronic or out-of-hours access.'
  },
  {
    text: 'The library service has never asked people who do not use libraries why they stay away, so its picture of what the community needs is incomplete.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Libraries: consultation of non-users missing.'
  },
  {
    text: 'The repairs contract was let without competition in 1996 and has been rolled forward twice since, so the council has no evidence that the price is right.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Housing repairs: no competitive test of the contract.'
  },
  {
    text: 'The council should make sure that every member of staff who uses a computer is shown how to use the systems their job depends on.',
    section: 'Recommendations',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'A recommendation is an area for improvement; training is described, not named.'
  },
  // ---------------------------------------------------------------------------
  // Inspectors' strengths
  // ---------------------------------------------------------------------------
  {
    text: 'Each directorate now has a named link officer who meets the technical team every month, and departmental managers told us they feel listened to.',
    section: 'How good is the service? > Meeting user needs',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Regular contact between IT and departments praised.'
  },
  {
    text: 'The ICT strategy is built around the three priorities of the corporate plan, and each project must show which priority it serves before it is funded.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Strategy tied to corporate aims.'
  },
  {
    text: 'The chief executive chairs the ICT steering group in person and has made clear to directors that progress on their projects will feature in their appraisals.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Lead from the top.'
  },
  {
    text: 'Members agreed a five-year capital programme for ICT in 2002, ending years of piecemeal funding.',
    section: 'Will the service improve?',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Investment secured; "piecemeal funding" is past history overcome.'
  },
  {
    text: 'A rolling programme of short courses that staff can book on the intranet means that most people have been taught the software they use every day.',
    section: 'How good is the service? > Users',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'User training praised indirectly.'
  },
  {
    text: 'Published service standards set a response time for each kind of request, and the helpdesk has met them in nine months out of the last twelve.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Service levels agreed and met.'
  },
  {
    text: 'The service belongs to a club of twelve district councils that share cost and performance data, and it uses the results to set its own targets.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking in practice, without the word.'
  },
  {
    text: 'Network support was put out to tender in 2001; the in-house team won against two private bidders and now delivers the work for 12 per cent less.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Competition tested and producing savings.'
  },
  {
    text: 'Residents can now pay for, report or book more than half of the council\'s services through its web site or the contact centre, at any hour.',
    section: 'How good is the service? > Electronic service delivery',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Electronic access and customer access praised.'
  },
  {
    text: 'Focus groups with residents and a questionnaire sent to every internal user shaped the options that the review put to members.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Consultation that actually shaped decisions.'
  },
  {
    text: 'Directors now talk about what technology can do for their services rather than what it costs, and several have put forward projects of their own.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Organisation grasps the opportunity of IT.'
  },
  {
    text: 'Managers have moved away from looking for someone to blame when things go wrong; staff are encouraged to suggest improvements, and several of their ideas are already in place.',
    section: 'Will the service improve? > Capacity',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Change in culture and management style achieved.'
  },
  {
    text: 'Performance against every helpdesk target is reported to the management team monthly and published on the intranet for users to see.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance information used and published.'
  },
  {
    text: 'Although the new strategy is clearly tied to the corporate plan, there is still no money set aside to deliver it.',
    section: 'Will the service improve?',
    expect: [
      { theme: 'strategic-alignment', polarity: 'strength' },
      { theme: 'investment', polarity: 'weakness' }
    ],
    why: 'Mixed polarity in one sentence: alignment praised, funding lacking.'
  },
  {
    text: 'The council set its refuse costs against those of its nearest neighbours and of the best-performing quarter of councils, and used the gap to set its savings target.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Waste service: comparison with others used well.'
  },
  // ---------------------------------------------------------------------------
  // Traps: words a spotter would catch, but no theme (or the opposite polarity)
  // ---------------------------------------------------------------------------
  {
    text: 'The help desk has six staff and uses a call-logging system bought in 1999.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of the helpdesk; no judgement on capacity or information systems.'
  },
  {
    text: 'The council\'s ICT strategy states that its purpose is "to align information technology with the council\'s corporate objectives".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own stated aim, quoted; uses the codebook\'s very words but is not the inspectors\' judgement.'
  },
  {
    text: 'The head of ICT told us that training for users is "the best in the region"; we were not able to test this claim.',
    section: 'How good is the service? > Users',
    expect: [],
    why: 'A manager\'s claim that the inspectors neither endorse nor contradict.'
  },
  {
    text: 'Brackenfold is a largely rural district of 94,000 people; the council employs about 1,100 staff, of whom 38 work in ICT.',
    section: 'Context',
    expect: [],
    why: 'Context fact.'
  },
  {
    text: 'The council\'s budget for ICT in 2002/03 is £2.3 million, of which £400,000 is capital.',
    section: 'Context',
    expect: [],
    why: 'Budget figure stated neutrally; a spotter would tag investment.'
  },
  {
    text: 'Our consultation with users took the form of a focus group, a telephone survey and interviews with ten heads of service.',
    section: 'Appendix 2 – Reality checks',
    expect: [],
    why: 'The inspectors\' own fieldwork method, not the council\'s consultation.'
  },
  {
    text: 'The council aims to deliver all of its services electronically by 2005, in line with the national target.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'Council\'s aim on e-government, stated neutrally.'
  },
  {
    text: 'The Implementing Electronic Government statement that the council submitted in July 2002 lists 38 projects.',
    section: 'Context',
    expect: [],
    why: 'Passing factual mention of the e-government statement.'
  },
  {
    text: 'Table 3 shows the benchmarking data that the council supplied to us.',
    section: 'How good is the service? > Comparison',
    expect: [],
    why: 'Pointer to a table; no judgement on the council\'s comparison work.'
  },
  {
    text: 'The ICT manager believes that the service is now closely aligned with corporate priorities and that members are fully engaged with it.',
    section: 'Will the service improve?',
    expect: [],
    why: 'Manager\'s belief, not endorsed by the inspectors.'
  },
  {
    text: 'Our recommendations on training, communication with departments and funding are set out in full on page 6.',
    section: 'Summary',
    expect: [],
    why: 'Passing signpost naming three themes without raising any.'
  },
  {
    text: 'It would be wrong to say that the council lacks a clear ICT strategy: the strategy is clear, widely known and tied closely to the corporate plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Polarity trap: "lacks" is negated; this is a strength.'
  },
  {
    text: 'Unlike many of the councils we have inspected, this one does not struggle to keep up with demand: most requests are met within two days.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Polarity trap: "struggle to keep up" is negated.'
  },
  {
    text: 'Far from being starved of funds, the service has received more capital than it asked for in each of the last three years.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Polarity trap: under-funding wording negated.'
  },
  {
    text: 'Procurement of the new telephone system is due to begin in the autumn.',
    section: 'Context',
    expect: [],
    why: 'Future fact; a spotter would tag competition.'
  },
  {
    text: 'The council\'s communications unit produces a monthly residents\' newsletter and runs the press office.',
    section: 'Context',
    expect: [],
    why: '"Communications" here is public relations, not IT staff talking to front-line services.'
  },
  {
    text: 'Poor morale was mentioned by several staff in the planning department, which is outside the scope of this inspection.',
    section: 'How good is the service?',
    expect: [],
    why: 'Passing mention about another department; not a culture-change finding about this service.'
  },
  {
    text: 'The training room on the second floor is shared with the personnel section.',
    section: 'Context',
    expect: [],
    why: 'Neutral description; a spotter would tag user-training.'
  },
  {
    text: 'The leader of the council introduced the inspection team to staff at a briefing in March.',
    section: 'Appendix 2 – Reality checks',
    expect: [],
    why: 'Leader mentioned in passing; nothing about leading IT.'
  },
  {
    text: 'The cabinet member for resources told us that spending on ICT has been "more than adequate"; the hundreds of machines still running unsupported software suggest otherwise.',
    section: 'How good is the service?',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'The member claims a strength; the inspectors contradict it, so the theme is a weakness.'
  },
  {
    text: 'Councils are required to make all services that can be delivered electronically available in that way by 2005.',
    section: 'Context',
    expect: [],
    why: 'National target stated as background.'
  },
  {
    text: 'In its self-assessment the council describes its performance management as "robust and embedded".',
    section: 'How good is the service?',
    expect: [],
    why: 'Council\'s self-assessment quoted, not endorsed.'
  },
  {
    text: 'Like every Best Value review, the review had to consider whether the service could be provided by someone else.',
    section: 'Will the service improve? > Compete',
    expect: [],
    why: 'Statement of the statutory requirement; says nothing about how well the council did it.'
  },
];
