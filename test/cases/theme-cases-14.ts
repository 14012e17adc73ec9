/** Held-out theme set 14, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases14: ThemeCase[] = [
  // ---------------------------------------------------------------- inspectors' weaknesses and strengths, one theme each
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to any of the four priorities in the council\'s corporate plan.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Strategy disconnected from corporate priorities, without the words "align" or "strategic aims".',
  },
  {
    text: 'Every project in the ICT programme can now be traced back to an objective in the community plan, and those that could not were dropped last year.',
    section: 'Summary',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Alignment praised indirectly: projects traced to plan objectives.',
  },
  {
    text: 'Members show little interest in ICT: the subject has not been on the executive\'s agenda since 1999.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Elected members not owning ICT.',
  },
  {
    text: 'The chief executive chairs the ICT board herself and has made it plain to directors that she expects them to attend in person.',
    section: 'Will the service improve?',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Lead from the top, described as behaviour.',
  },
  {
    text: 'Years of spending the minimum have left the council with a network that cannot carry the systems its departments now want to run.',
    section: 'How good is the service?',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment without the word investment.',
  },
  {
    text: 'Members have set aside £4.2 million over three years to replace the ageing servers, so the replacement programme no longer depends on annual bids.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Secured funding as a strength.',
  },
  {
    text: 'Senior managers tend to see computers as a cost to be kept down rather than as a way of changing how their services reach the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Organisation does not grasp the opportunity IT offers.',
  },
  {
    text: 'Each of the directors we interviewed could describe, without prompting, how new technology would change the way their service deals with residents.',
    section: 'How good is the service?',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Understanding of the power of IT praised indirectly.',
  },
  {
    text: 'Front-line managers rarely hear from the IT section until a new system is about to be switched on.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication gap between IT and front line.',
  },
  {
    text: 'Each department has a named account manager from the ICT team, who sits in on its management meeting every month.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Regular contact between IT and departments, presented as good practice.',
  },
  {
    text: 'Departments wait months for new PCs, and the help desk\'s list of outstanding calls has doubled in a year.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlog and delay: demand exceeding capacity.',
  },
  {
    text: 'Requests for new development are now ranked by a panel of service heads against agreed criteria, so the small team is no longer pulled in every direction at once.',
    section: 'How good is the service?',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Prioritisation of demand praised.',
  },
  {
    text: 'Staff were handed the new housing system with little more than a manual, and several told us they use only a fraction of what it can do.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Lack of user training, without the word training.',
  },
  {
    text: 'Every new starter spends half a day learning the council\'s core systems, and the learning centre runs drop-in sessions twice a week.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'User skills provision praised.',
  },
  {
    text: 'Managers still expect staff to seek permission for decisions they could take themselves, and new ideas tend to die in committee.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Management style and culture need to change.',
  },
  {
    text: 'Staff in the section spoke of a real change in the way they are managed, with problems now raised openly rather than hidden from senior officers.',
    section: 'Will the service improve?',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Change in culture achieved.',
  },
  {
    text: 'The section cannot say how long faults take to fix, because its call-logging system does not record when a call is closed.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Missing performance information.',
  },
  {
    text: 'Performance is reported each month to the management team against a short list of measures that users helped to choose.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance management praised (users choosing measures is incidental, not a consultation exercise).',
  },
  {
    text: 'Nobody has asked the people who use the service what they think of it since 1998.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Absence of consultation, stated as a plain fact.',
  },
  {
    text: 'The review team held focus groups with residents and surveyed every member of staff who uses a PC, and it changed its proposals as a result.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Consultation that influenced decisions.',
  },
  {
    text: 'The council has no way of knowing whether its IT costs are high or low, because it has never set them beside anyone else\'s.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking, paraphrased.',
  },
  {
    text: 'The service belongs to a club of twelve authorities that share cost and performance data, and it has used the results to cut the cost of its help desk.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking used to improve.',
  },
  {
    text: 'The idea of buying network support from an outside supplier was dismissed in a single paragraph, without any test of what the market could offer.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The partnership with a private supplier, let after open competition in 2002, has brought in skills that the council could not have afforded to employ directly.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Successful competitive procurement and partnership.',
  },
  {
    text: 'Only a handful of transactions can be completed online, and on present progress the council will miss the 2005 target by a wide margin.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'E-government targets at risk.',
  },
  {
    text: 'Residents can now pay, book and report most things through the website, and use of these routes has tripled since 2002.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Electronic service delivery praised.',
  },
  {
    text: 'ICT staff and the departments blame each other when projects go wrong, and there is no forum where the two sides meet to sort things out.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication weakness described through conflict.',
  },
  {
    text: 'The website is hard to find your way around, and much of what is on it is out of date.',
    section: 'How good is the service? > Access',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Web access weakness in plain words.',
  },
  {
    text: 'The council\'s managers have been slow to see that the new document imaging system could free their staff from paper files altogether.',
    section: 'Will the service improve?',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Failure to see the opportunity offered by a system.',
  },
  {
    text: 'Despite its small size, the team turns round nine requests in ten within the five days it has agreed with departments.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Meeting service levels despite limited capacity ("small size" is not a weakness here).',
  },

  // ---------------------------------------------------------------- several themes in one sentence
  {
    text: 'The improvement plan has no budget attached to it, and no senior officer or councillor has taken responsibility for seeing it through.',
    section: 'Will the service improve?',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'leadership', polarity: 'weakness' },
    ],
    why: 'Two weaknesses: unfunded plan and nobody at the top owning it.',
  },
  {
    text: 'The service sets its costs against those of similar councils, but has not used the figures to question its own way of working, nor asked whether anyone else could do the job for less.',
    section: 'Will the service improve? > Challenge',
    expect: [
      { theme: 'comparison', polarity: 'weakness' },
      { theme: 'competition', polarity: 'weakness' },
    ],
    why: 'Comparison done but not used, and no test of competitiveness.',
  },
  {
    text: 'Although the council consults residents widely and well, it has never compared the cost of the service with that of other authorities.',
    section: 'Summary',
    expect: [
      { theme: 'consultation', polarity: 'strength' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'Mixed polarity in one sentence.',
  },
  {
    text: 'A successful bid for lottery money paid for the new terminals, and every library assistant has been trained to help the public use them.',
    section: 'How good is the service?',
    expect: [
      { theme: 'investment', polarity: 'strength' },
      { theme: 'user-training', polarity: 'strength' },
    ],
    why: 'External funding secured and staff skills provided.',
  },
  {
    text: 'ICT staff still treat users as the source of their problems rather than as customers, and the section is managed much as it was when it was part of the finance department.',
    section: 'Summary',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Culture and management style unchanged.',
  },
  {
    text: 'Targets in the service plan are specific and measurable, and progress against each of them is reported to members every quarter.',
    section: 'Will the service improve? > Improvement plan',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance management strength; reporting to members is routine, not a leadership claim.',
  },

  // ---------------------------------------------------------------- recommendations (imply areas for improvement)
  {
    text: 'The council should set service standards for the help desk and agree with departments how competing requests for development work will be ranked.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Recommendation implies a weakness in service levels and prioritisation.',
  },
  {
    text: 'Make sure that managers in every directorate are shown what current technology could do for their services.',
    section: 'Recommendations',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Recommendation on awareness of what IT offers.',
  },
  {
    text: 'Test the competitiveness of desktop support by seeking prices from the market before the current arrangements are renewed in 2004.',
    section: 'Recommendations',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Recommendation to test the market.',
  },

  // ---------------------------------------------------------------- polarity reversed from what the words suggest
  {
    text: 'Users told us that the days when the help desk was swamped and calls went unanswered for a week are now behind them.',
    section: 'How good is the service?',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Negative vocabulary (swamped, unanswered) describing a past problem: the sentence is praise.',
  },
  {
    text: 'The council\'s own survey rates communication with departments as excellent, but staff we met in three departments had never heard of their IT liaison officer.',
    section: 'How good is the service?',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Positive word belongs to the council\'s survey; the inspectors\' finding is a weakness.',
  },
  {
    text: 'Although the council joined a benchmarking club in 2000, it has not sent in any data for the last two years.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'Membership sounds like a strength, the point is a weakness.',
  },
  {
    text: 'Managers no longer have to rely on guesswork: they now receive accurate figures on every system\'s availability within a day of the month end.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Negative word "guesswork" in a sentence praising performance information.',
  },

  // ---------------------------------------------------------------- further weaknesses
  {
    text: 'Departments have bought systems that cannot share data with one another, because nobody has set out what ICT is meant to achieve for the council as a whole.',
    section: 'How good is the service?',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'No corporate direction for ICT, shown through its consequences.',
  },
  {
    text: 'Staff who asked for help with spreadsheets were told to find a course themselves and pay for it from their own section\'s budget.',
    section: 'How good is the service?',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'User skills not provided; the budget mention is not an investment finding.',
  },
  {
    text: 'Managers receive a thick monthly pack of statistics which none of those we spoke to reads or acts upon.',
    section: 'Will the service improve? > Performance management',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Performance information exists but is not used.',
  },
  {
    text: 'Link the ICT strategy explicitly to the corporate plan, and review the two together each year.',
    section: 'Recommendations',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Recommendation on alignment implies the area needs improvement.',
  },

  // ---------------------------------------------------------------- no theme: neutral description, context, council claims, passing mentions
  {
    text: 'The help desk has six staff and a call-logging system installed in 1999.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of the service; no judgement.',
  },
  {
    text: 'The ICT budget for 2002/03 is £2.3 million, of which £600,000 is capital.',
    section: 'Context',
    expect: [],
    why: 'Budget fact in Context; not an investment weakness or strength.',
  },
  {
    text: 'The ICT strategy states that the council will "align technology with its corporate priorities and put the customer first".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s quoted aim, using the codebook\'s words, is not an inspectors\' finding.',
  },
  {
    text: 'The head of IT told us that users are consulted regularly through the quarterly user group.',
    section: 'Will the service improve? > Consult',
    expect: [],
    why: 'A manager\'s claim, reported without endorsement.',
  },
  {
    text: 'The council aims to deliver all its services electronically by 2005, in line with the government\'s target.',
    section: 'Context',
    expect: [],
    why: 'Council aim and national target in Context; no e-government judgement.',
  },
  {
    text: 'We met the chief executive, the leader of the council and six heads of service.',
    section: 'Appendix 2 – People we met',
    expect: [],
    why: 'Passing mention of senior people; not a leadership finding.',
  },
  {
    text: 'The Best Value review looked at four options, including transferring the whole service to a private partner.',
    section: 'Will the service improve? > The Best Value review',
    expect: [],
    why: 'Neutral account of what the review covered; no verdict on competition.',
  },
  {
    text: 'Training for users is provided by a team of two trainers based at the civic centre.',
    section: 'Context',
    expect: [],
    why: 'Neutral fact about training provision.',
  },
  {
    text: 'In its self-assessment the council describes its communication with departments as excellent.',
    section: 'Will the service improve?',
    expect: [],
    why: 'Self-assessment claim; the inspectors say nothing of their own here.',
  },
  {
    text: 'The benefits service has its own small IT team, which was outside the scope of this inspection.',
    section: 'Context',
    expect: [],
    why: 'Scope statement; no theme.',
  },
  {
    text: 'This report compares the service with a group of similar district councils chosen by the Audit Commission.',
    section: 'How good is the service? > Comparison',
    expect: [],
    why: 'Describes the inspectors\' method, not the council\'s use of comparison.',
  },
  {
    text: 'An ICT steering group, chaired by the deputy chief executive, meets every quarter.',
    section: 'Context',
    expect: [],
    why: 'Governance fact in Context; neither praised nor criticised.',
  },
  {
    text: 'The service\'s performance indicators for the last three years are set out in Appendix 3.',
    section: 'How good is the service? > Performance',
    expect: [],
    why: 'Pointer to an appendix; mentions performance indicators but raises nothing.',
  },
  {
    text: 'The council intends to consult residents on its e-government strategy next spring.',
    section: 'Context',
    expect: [],
    why: 'Future intention, two theme words, no finding.',
  },
  {
    text: 'Officers believe that the new partnership will save 10 per cent a year on the cost of the service.',
    section: 'Will the service improve?',
    expect: [],
    why: 'Officers\' belief, not endorsed.',
  },
  {
    text: 'Poor weather delayed the installation of the new radio link to the depot by two weeks.',
    section: 'Context',
    expect: [],
    why: 'Negative words ("poor", "delayed") about the weather; no theme.',
  },
  {
    text: 'The council\'s website received 41,000 visits in March 2003.',
    section: 'Context',
    expect: [],
    why: 'Web statistic given as context, without comment.',
  },
  {
    text: 'Every councillor was given a laptop and a dial-up connection in 2001.',
    section: 'Context',
    expect: [],
    why: 'Fact about members and equipment; not leadership, training or investment finding.',
  },
  {
    text: 'The government expects every council to be able to deliver its services electronically by 2005.',
    section: 'Context > National context',
    expect: [],
    why: 'National target restated.',
  },
  {
    text: 'The IT manager is confident that the new call-logging system will transform the help desk.',
    section: 'Will the service improve?',
    expect: [],
    why: 'Manager\'s expectation; inspectors give no view.',
  },
  {
    text: 'We would like to thank the staff of the council, and the users of the service, for their help and their frankness during the inspection.',
    section: 'Acknowledgements',
    expect: [],
    why: 'Courtesy sentence.',
  },
];
