/** Held-out theme set 9, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases9: ThemeCase[] = [
  // ------------------------------------------------------------ weaknesses and strengths, one theme each, indirect wording
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the community plan or to any of the council\'s six corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Misalignment described without the word "align".',
  },
  {
    text: 'Every major project we looked at could be traced back to one of the corporate priorities, and the corporate plan sets out what technology is expected to contribute to each of them.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'Alignment praised indirectly.',
  },
  {
    text: 'Members show little interest in ICT: the executive has not discussed the strategy since it was adopted in 1999.',
    section: 'Summary',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Lack of member ownership of IT.',
  },
  {
    text: 'The chief executive chairs the information management board and has told directors that their own appraisals will take account of how well their departments use the new systems.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'Lead from the top, no word "leadership".',
  },
  {
    text: 'The budget for replacing PCs has been cut in each of the last three years, and a third of the council\'s machines are now more than five years old.',
    section: 'How good is the service?',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'Historic under-investment described through its effects.',
  },
  {
    text: 'Members have agreed a £3.4 million programme over three years, paid for partly from the sale of the old depot, so that the upgrade no longer depends on winning a bid each year.',
    section: 'Will the service improve?',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'Secured funding for IT praised.',
  },
  {
    text: 'Senior managers still see IT as an overhead to be kept as low as possible rather than as a means of changing the way their services reach the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'Organisation does not grasp what IT could do.',
  },
  {
    text: 'Each director we met could explain how technology would change the way their service works, and several have already redesigned their processes around the new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'Understanding of IT\'s potential shown by examples.',
  },
  {
    text: 'Front-line managers rarely hear from the IT section until a system is about to be installed, and some learned of the new email system from a poster in the canteen.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'Communication gap between technical staff and service providers.',
  },
  {
    text: 'Each department now has a named relationship manager from ICT who attends its management team every month, and users told us they always know who to talk to.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'Communication channel praised.',
  },
  {
    text: 'Departments wait up to four months for a new PC, and there is no agreed way of deciding which of the 90 outstanding project requests should be dealt with first.',
    section: 'How good is the service?',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'Backlog and no prioritisation.',
  },
  {
    text: 'Requests for new work are now ranked by a panel of users against published criteria, and the backlog has fallen from 140 jobs to 35 in a year.',
    section: 'Will the service improve?',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'Demand managed, backlog reduced.',
  },
  {
    text: 'Staff are left to pick up new systems as they go along; the only help offered with the new housing system was a two-hour demonstration on the day it went live.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Inadequate user training without the word "training" being negated explicitly.',
  },
  {
    text: 'All new starters have their IT skills checked in their first week, and the learning centre runs lunchtime courses that staff rate very highly.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills provision praised.',
  },
  {
    text: 'The section remains inward-looking and bound by procedure, and its managers are reluctant to take even small decisions without referring them upwards.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'Culture and management style need to change.',
  },
  {
    text: 'Staff described a marked change since the restructure: information is shared openly, problems are raised early and teams are encouraged to try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'Culture change achieved.',
  },
  {
    text: 'The helpdesk cannot say how many calls it resolves at the first contact, and managers get no regular reports on performance against the service level agreement.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Weak performance information.',
  },
  {
    text: 'Performance is reported monthly to the management team and quarterly to members against a balanced set of measures, and the figures are used to shift resources.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'Performance management praised.',
  },
  {
    text: 'The review team did not ask users what they wanted from the service; the only survey it drew on was carried out three years ago.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Failure to consult users.',
  },
  {
    text: 'Residents\' panels, focus groups with older people and an online questionnaire all fed into the review, and the council wrote back to participants to say what it had changed as a result.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'Thorough consultation with citizens praised.',
  },
  {
    text: 'The council does not know whether its ICT costs are high or low, because it has never set them against those of other councils.',
    section: 'Will the service improve? > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'No benchmarking, without the word.',
  },
  {
    text: 'The service belongs to two benchmarking clubs and has used what it learned to set targets that would put it in the top quarter within two years.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'Benchmarking used well.',
  },
  {
    text: 'The option of buying the service from a private supplier or sharing it with a neighbouring council was dismissed in one paragraph, with no analysis of costs.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'Competitiveness not tested.',
  },
  {
    text: 'The desktop support contract was let after open competition, saving 12 per cent, and the council is now testing the market for running its data centre.',
    section: 'Will the service improve? > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'Market testing praised.',
  },
  {
    text: 'Only a handful of services can be requested or paid for online, and the council has no plan for meeting the government\'s 2005 target.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'Electronic service delivery lagging.',
  },
  {
    text: 'Residents can now report a missed bin, claim benefit and book a sports course through the web site, and about a third of such requests now arrive that way.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Web access to services praised.',
  },

  // ------------------------------------------------------------ more than one theme, or mixed polarity
  {
    text: 'Neither members nor senior officers have set a clear direction for IT, and the strategy that does exist sits apart from the corporate plan.',
    section: 'Summary',
    expect: [{ theme: 'leadership', polarity: 'weakness' }, { theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'Two weaknesses in one sentence.',
  },
  {
    text: 'The cuts to the IT budget also cost the council its only trainer, so staff now get no help at all when new systems arrive.',
    expect: [{ theme: 'investment', polarity: 'weakness' }, { theme: 'user-training', polarity: 'weakness' }],
    why: 'Funding and training weaknesses linked.',
  },
  {
    text: 'Users praised the unit\'s newsletter and its twice-yearly user forum, at which departments are asked what they want from the service in the coming year.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'communication', polarity: 'strength' }, { theme: 'consultation', polarity: 'strength' }],
    why: 'Communication and consultation of users both praised.',
  },
  {
    text: 'The benchmarking was thorough, but the review did not ask whether anyone else could provide the service more cheaply.',
    section: 'Will the service improve?',
    expect: [{ theme: 'comparison', polarity: 'strength' }, { theme: 'competition', polarity: 'weakness' }],
    why: 'Mixed polarity in one sentence: compare praised, compete criticised.',
  },
  {
    text: 'Although the council met its interim target for electronic services in 2002, few counter staff have been shown how to deal with requests that arrive online.',
    expect: [{ theme: 'e-government', polarity: 'strength' }, { theme: 'user-training', polarity: 'weakness' }],
    why: 'Concessive clause carries a strength; main clause a training weakness.',
  },
  {
    text: 'The council should make sure that the ICT strategy is revised so that each project supports one of the corporate priorities.',
    section: 'Recommendations',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'A recommendation is an area for improvement (weakness) even though it describes the desired state.',
  },
  {
    text: 'Managers in the revenues section receive no regular figures on arrears by ward or by age of debt, so recovery work cannot be targeted.',
    section: 'How good is the service?',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'Non-IT service (revenues): management information weakness.',
  },
  {
    text: 'The library service has never asked people who do not use its libraries why they stay away.',
    section: 'Will the service improve? > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'Non-IT service: consultation weakness.',
  },
  {
    text: 'Claimants can now check the progress of their claims on the council\'s web site or by text message, which has cut calls to the benefits office by a quarter.',
    section: 'How good is the service?',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'Non-IT service: electronic access praised.',
  },
  {
    text: 'The council used to have a strong IT steering group led by the deputy leader, but it has not met since the elections of 2001.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Praise in the past tense turned into a present weakness.',
  },

  // ------------------------------------------------------------ polarity traps: the words suggest a strength, the finding is a weakness
  {
    text: 'The council\'s self-assessment states that users receive "comprehensive training on every new system"; none of the 20 staff we spoke to had received any.',
    section: 'How good is the service? > Users\' views',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Quoted claim is praise; the inspectors\' finding reverses it into a weakness.',
  },
  {
    text: 'Despite the council\'s description of strong member leadership, the executive has not discussed ICT for two years.',
    section: 'Summary',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'Strength words ("strong member leadership") are the council\'s; the finding is a weakness.',
  },
  {
    text: 'The council has been quick to buy new systems but slow to check whether staff can use them.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'Buying systems sounds like investment strength but is not praised; the point is training.',
  },

  // ------------------------------------------------------------ no theme: description, context, claims, passing mentions
  {
    text: 'The helpdesk has six staff and uses a call-logging system bought in 1998.',
    section: 'Context',
    expect: [],
    why: 'Neutral description of the service.',
  },
  {
    text: 'The council\'s ICT strategy aims to "align technology with the corporate priorities of the community plan".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own aim quoted, not an inspectors\' finding.',
  },
  {
    text: 'The head of ICT told us that communication with departments is excellent.',
    section: 'How good is the service? > Users\' views',
    expect: [],
    why: 'A manager\'s claim the inspectors do not endorse.',
  },
  {
    text: 'The council spends £2.1 million a year on ICT, about 1.9 per cent of its net revenue budget.',
    section: 'Context',
    expect: [],
    why: 'Context fact about spending; not a judgement on investment.',
  },
  {
    text: 'The review team sent a questionnaire to all 800 staff, of whom 212 replied.',
    section: 'Will the service improve? > Consult',
    expect: [],
    why: 'Neutral account of what the review did, with no evaluation.',
  },
  {
    text: 'The council aims to make all its services available electronically by 2005, in line with the government\'s target.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s aim, not the inspectors\' view of progress.',
  },
  {
    text: 'Our recommendations on training and on the helpdesk are set out in section 6.',
    section: 'Summary',
    expect: [],
    why: 'Passing mention of training.',
  },
  {
    text: 'A members\' ICT working group, chaired by the portfolio holder for resources, meets every quarter.',
    section: 'Context',
    expect: [],
    why: 'Structure described in the context section; no judgement of leadership.',
  },
  {
    text: 'Benchmarking data for the service are reproduced in Appendix 3.',
    expect: [],
    why: 'Passing mention of benchmarking.',
  },
  {
    text: 'The IT manager believes that the service is well led and properly funded, and that the problems lie in the departments.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [],
    why: 'Manager\'s view, not endorsed.',
  },
  {
    text: 'We interviewed the leader of the council, the chief executive and the portfolio holder for resources.',
    section: 'Appendix 2',
    expect: [],
    why: 'Leadership titles in a list of interviews.',
  },
  {
    text: 'The government expects all councils to offer their services electronically by 2005.',
    section: 'Context',
    expect: [],
    why: 'National policy context.',
  },
  {
    text: 'Bad weather delayed the laying of the new cable to the depot by a week.',
    expect: [],
    why: 'Incidental delay, no theme.',
  },
  {
    text: 'The council has contracted out its payroll to a private company since 1996.',
    section: 'Context',
    expect: [],
    why: 'Historic outsourcing as a context fact, not an evaluation of competition.',
  },
  {
    text: 'Partnership working with the police and the health authority is one of the priorities in the community plan.',
    section: 'Context',
    expect: [],
    why: 'Partnership and priority words in a context fact.',
  },
  {
    text: 'The inspection team consisted of two inspectors and a peer reviewer from another council\'s IT department.',
    expect: [],
    why: 'About the inspection, not the service.',
  },
  {
    text: 'Staff training records are held on the personnel system.',
    section: 'Context',
    expect: [],
    why: 'Training and system words in a neutral fact.',
  },
  {
    text: 'The new leisure centre has been the council\'s largest capital investment this year.',
    section: 'Context',
    expect: [],
    why: 'Investment, but not in IT and not evaluated.',
  },
  {
    text: 'The council\'s e-government statement lists 212 transactions, of which it says 64 can now be carried out electronically.',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'The council\'s own count, reported without evaluation.',
  },
  {
    text: 'Network availability was 99.8 per cent last year, among the best in the family group of similar councils.',
    section: 'How good is the service? > Comparison',
    expect: [],
    why: 'The inspectors\' own comparison of a result (a performance strength, but not the council benchmarking itself); no codebook theme.',
  },
  {
    text: 'The review accepted the existing structure of the service as given and did not ask whether the service needed to be provided at all.',
    section: 'Will the service improve? > Challenge',
    expect: [],
    why: 'A real weakness (weak challenge) that is not one of the 13 codebook themes.',
  },
  {
    text: 'The ICT unit has moved to the ground floor of the civic centre and now shares a reception with the customer service centre.',
    section: 'Context',
    expect: [],
    why: 'Neutral description with "customer" and "service".',
  },
];
