/** Held-out theme set 20, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases20: ThemeCase[] = [
  // ------------------------------------------------ inspectors' weaknesses and strengths
  {
    text: 'The ICT strategy was written by the IT section on its own and makes no reference to the council\'s corporate priorities of regeneration and community safety.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy disconnected from corporate priorities, without the word "align"',
  },
  {
    text: 'Every project in the ICT programme is traced back to one of the five corporate objectives, and projects that cannot show that link are not funded.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strength: projects tied to corporate objectives',
  },
  {
    text: 'Elected members have shown little interest in ICT, and the strategy has not been discussed by cabinet since it was adopted three years ago.',
    section: 'Will the service improve? > Capacity to deliver',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning ICT',
  },
  {
    text: 'The chief executive chairs the e-government board personally and has made clear to every director that delivering the ICT programme is part of their job.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'lead from the top as a strength (also mentions e-government only as a board name)',
  },
  {
    text: 'Years of spending below the level of comparable councils have left a legacy of ageing servers and PCs that can no longer run current software.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment, described indirectly',
  },
  {
    text: 'The council has set aside a ring-fenced capital fund of £4 million over three years to replace its core network, which gives the service a secure footing.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'funding secured as a strength',
  },
  {
    text: 'Most service directors still regard ICT as a cost to be kept down rather than as a means of changing the way their services reach the public.',
    section: 'Summary',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'organisation does not grasp the opportunity offered by IT',
  },
  {
    text: 'Senior managers in housing and social services could describe clearly how new mobile technology would let their staff spend more time with clients.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'managers understand what IT can do for services',
  },
  {
    text: 'Team leaders in the planning department told us they only find out about system changes when their screens stop working.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'front-line staff not told by IT; communication weakness without the word',
  },
  {
    text: 'Each department has a named ICT liaison officer who attends its management team every month, and users spoke warmly of this arrangement.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'communication between IT and departments as a strength',
  },
  {
    text: 'Requests for new PCs join a queue that is now over four months long, and there is no agreed way of deciding which requests should come first.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog and no prioritisation',
  },
  {
    text: 'Service level agreements with every department set out what ICT will deliver and when, and a monthly panel agrees priorities when demand exceeds what the team can do.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'prioritisation and service levels as strength',
  },
  {
    text: 'Staff were given the new housing system with a half-day demonstration and a manual, and many still keep paper records because they are not confident using it.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'inadequate user training, indirectly',
  },
  {
    text: 'Before any new system goes live, every user is assessed and offered training at the right level, and the results show in very low levels of help desk calls after launch.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'user training strength',
  },
  {
    text: 'Managers in the IT section are used to working behind closed doors and treat questions from users as complaints rather than as information about what users need.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture and management style needing change',
  },
  {
    text: 'The new head of ICT has moved the team from a defensive, technical outlook to one where staff see themselves as serving the public alongside front-line colleagues.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'culture change achieved',
  },
  {
    text: 'The service does not know how long calls take to resolve, how much each desktop costs to support, or whether its targets are being met.',
    section: 'How good is the service? > Performance',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'lack of performance information',
  },
  {
    text: 'Performance figures are produced every month, reviewed by managers and published on the intranet, and they have been used to drive down the time taken to fix faults.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance management as a strength',
  },
  {
    text: 'Users were not asked what they wanted from the review, and the only survey on record dates from 1998.',
    section: 'Will the service improve? > Best Value review',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation with users',
  },
  {
    text: 'The review team ran focus groups with residents in three libraries and held workshops with staff from every department, and changed its proposals as a result.',
    section: 'Will the service improve? > Best Value review',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'consultation of citizens and users as strength',
  },
  {
    text: 'The council does not know whether its costs are high or low because it has never compared them with those of other authorities.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no benchmarking',
  },
  {
    text: 'The service belongs to a benchmarking group of twelve similar councils and uses the results to set its own targets, which are now in the top quarter.',
    section: 'How good is the service? > Comparison',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking as strength',
  },
  {
    text: 'The review ruled out any alternative to in-house provision at the outset without testing what the market could offer.',
    section: 'Will the service improve? > Best Value review',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'A rigorous options appraisal, including soft market testing with five suppliers, led to a partnership that has cut costs by 15 per cent while improving response times.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'market testing and partnership as strength',
  },
  {
    text: 'Residents still cannot pay for anything online or report a fault through the website, and the council is well behind the pace needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'e-government lagging',
  },
  {
    text: 'Two thirds of the council\'s transactions with the public can already be carried out on the web, one of the highest proportions in the region.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'electronic service delivery as a strength',
  },
  {
    text: 'Because no one at director level champions the ICT strategy, it has drifted away from the council\'s priorities and projects are chosen by whichever department shouts loudest.',
    expect: [
      { theme: 'leadership', polarity: 'weakness' },
      { theme: 'strategic-alignment', polarity: 'weakness' },
      { theme: 'demand-capacity', polarity: 'weakness' },
    ],
    why: 'three weaknesses in one sentence',
  },
  {
    text: 'The help desk is quick and friendly, but users are rarely told when a problem has been passed to a third party or when it is likely to be fixed.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'praise for speed is not a codebook theme; the weakness is communication to users',
  },
  {
    text: 'Although the budget has grown, the extra money has gone into replacing broken equipment rather than into the projects users asked for, and no one measures whether those projects deliver.',
    expect: [
      { theme: 'demand-capacity', polarity: 'weakness' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'budget growth stated neutrally; weaknesses are priority-setting and measuring',
  },
  {
    text: 'Staff in the contact centre have been trained well in the new customer system, but managers have not yet used its data to understand demand.',
    expect: [
      { theme: 'user-training', polarity: 'strength' },
      { theme: 'information-systems', polarity: 'weakness' },
    ],
    why: 'mixed polarity in one sentence',
  },
  {
    text: 'The council has not sought views from the small businesses and voluntary groups that are among the heaviest users of its online services.',
    section: 'Recommendations',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'recommendation-style weakness on consultation',
  },
  {
    text: 'Agree with departments a clear and published order of priority for ICT projects, so that the available staff are used on the work that matters most.',
    section: 'Recommendations',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'a recommendation implies the weakness (prioritisation)',
  },
  {
    text: 'Members have approved the strategy, but they lack the knowledge to question whether the technology bought is being used to change how services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'members approve (not a leadership praise) but do not understand IT potential',
  },
  {
    text: 'The procurement of the new finance system was poorly managed: the specification was written by the supplier and no other bids were sought.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement weakness, no market testing',
  },
  // ------------------------------------------------ traps: no theme (or not the polarity the words suggest)
  {
    text: 'The help desk has six staff and uses a call-logging system installed in 1999.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the help desk; no judgement',
  },
  {
    text: 'The council spends £2.3 million a year on ICT, about 1.8 per cent of its revenue budget.',
    section: 'Context',
    expect: [],
    why: 'context fact about budget; no under-investment judgement',
  },
  {
    text: 'The council\'s stated aim is "to use technology to deliver joined-up, customer-focused services that support our corporate priorities".',
    section: 'How good is the service? > Aims',
    expect: [],
    why: 'council\'s own aim quoted; words match strategic-alignment and e-government but no inspectors\' judgement',
  },
  {
    text: 'The head of IT told us that communication with departments is "better than it has ever been".',
    expect: [],
    why: 'a manager\'s claim, not endorsed by the inspectors',
  },
  {
    text: 'The council must meet the government\'s target of having all services capable of electronic delivery by 2005.',
    section: 'Context',
    expect: [],
    why: 'passing mention of the e-government target as context',
  },
  {
    text: 'The review was carried out between March and October 2000 by a team of officers from finance, IT and personnel.',
    section: 'Will the service improve? > Best Value review',
    expect: [],
    why: 'neutral facts about the review',
  },
  {
    text: 'As part of the inspection we interviewed councillors, senior managers, IT staff and a sample of users, and we examined benchmarking data.',
    section: 'Appendix 1 > Methodology',
    expect: [],
    why: 'methodology mentions of users and benchmarking; no theme raised',
  },
  {
    text: 'The ICT service reports to the Director of Corporate Resources, who is a member of the corporate management team.',
    section: 'Context',
    expect: [],
    why: 'organisational fact; not leadership judgement',
  },
  {
    text: 'The council intends to procure a strategic partner for ICT and customer services during 2004.',
    section: 'Context',
    expect: [],
    why: 'stated intention; competition words but no judgement',
  },
  {
    text: 'The improvement plan includes actions on training, consultation, benchmarking and the website.',
    section: 'Will the service improve? > Improvement plan',
    expect: [],
    why: 'list of plan topics; passing mentions of several themes',
  },
  {
    text: 'In its self-assessment the council said that users are consulted regularly and that their views shape the service.',
    expect: [],
    why: 'council\'s own claim, not the inspectors\'',
  },
  {
    text: 'Borough-wide, 42 per cent of households have access to the internet at home, according to the council\'s own survey.',
    section: 'Context',
    expect: [],
    why: 'context fact using survey and internet words',
  },
  {
    text: 'The IT director believes that the new data centre will solve the backlog of requests within six months.',
    expect: [],
    why: 'manager\'s expectation, not an inspectors\' finding (even though it implies a backlog)',
  },
  {
    text: 'Members of the scrutiny committee received a presentation on the ICT strategy in June.',
    expect: [],
    why: 'passing mention of members and strategy; no judgement of leadership',
  },
  {
    text: 'Staff morale in the revenues section is poor because of uncertainty over the office move.',
    expect: [],
    why: '"poor" refers to morale and an office move; not a codebook theme (not culture change of management style)',
  },
  {
    text: 'The service was market tested in 1995 under compulsory competitive tendering and the in-house team won the contract.',
    section: 'Context',
    expect: [],
    why: 'history of competition, stated as fact',
  },
  {
    text: 'A training room with twelve PCs is available on the ground floor of the civic centre.',
    expect: [],
    why: 'neutral facility description; "training" word only',
  },
  {
    text: 'The council\'s website received 40,000 visits last year and offers information on all its services.',
    section: 'Context',
    expect: [],
    why: 'e-government fact, no judgement',
  },
  {
    text: 'Compared with the previous year, the number of calls to the help desk rose by 11 per cent.',
    expect: [],
    why: 'comparison word used of time series; neutral volume fact',
  },
  {
    text: 'The corporate plan, adopted in 2002, sets out four priorities: education, safer communities, the environment and modernising the council.',
    section: 'Context',
    expect: [],
    why: 'corporate priorities described without any link to IT being judged',
  },
  {
    text: 'The Deputy Leader told us that ICT is "at the heart of everything we do", but we found little evidence that members discuss it or monitor its progress.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'sounds like leadership praise, but the inspectors\' contrast makes it a weakness',
  },
  {
    text: 'Although officers told us the review had compared costs with other councils, the only comparison we found was with a single neighbouring district, using figures from 1997.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'claimed comparison turned into a weakness by the inspectors',
  },
  {
    text: 'The council\'s own review described user training as "excellent", but three quarters of the staff we surveyed said they had received none for the system they use daily.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: '"excellent" is the council\'s word; the inspectors\' evidence makes it a weakness',
  },
];
