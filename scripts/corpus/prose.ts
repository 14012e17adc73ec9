/**
 * Neutral body sentences by section, prospect-supporting sentences and the naive-matching traps of
 * docs/best-value.md (data only). Nothing here praises or criticises a codebook theme.
 */
export const NEUTRAL: Record<string, string[]> = {
  intro: [
    'This report sets out the findings of the Best Value inspection of {Council}\'s {svc} services.',
    'The inspection took place after the council completed its Best Value review of the service.',
    'Inspectors spent {n:4-6} days on site, interviewed staff and members, and read the council\'s documents.',
    'The inspection covered the council\'s central {svc} section and the support it gives to departments.',
    'We would like to thank the staff of {Council} who helped to arrange the inspection.',
    'The purpose of the inspection is to tell local people how well the service performs and whether it will get better.',
  ],
  council: [
    '{Council} serves a population of about {n:80-320},000 people.',
    'The council employs around {n:2-9},{n:100-999} staff and has a net revenue budget of £{n:80-400} million.',
    'Since {month} {py} the council has operated a cabinet system, with a leader and {n:6-9} executive members.',
    'The council\'s services are delivered through {n:5-8} departments, each headed by a chief officer.',
    'The area is largely rural, with {n:3-6} market towns and many scattered villages.',
    'Most of the population lives in the main town, which has seen rapid housing growth since the early 1990s.',
    'Unemployment in the area is {n:2-9} per cent, compared with a national average of about 5 per cent.',
    'The council has no overall political control; the largest group holds {n:18-27} of the {n:48-60} seats.',
    'A new civic centre opened in {month} {py}, bringing together staff who had worked in {n:5-12} separate buildings.',
    'The council came out of a period of poor morale after the reorganisation of 1998, when many staff changed jobs.',
    'The borough contains some of the most deprived wards in the region as well as prosperous commuter villages.',
    'The Best Value performance plan for {y}/{y1} lists {n:18-40} reviews to be carried out over five years.',
  ],
  service: [
    'The {svc} section forms part of the resources directorate and employs {n:18-70} staff.',
    'The section supports about {n:900-3500} PCs at {n:20-90} sites, linked by a wide area network.',
    'The main applications include {system} and {system}, most of which run on servers at the civic centre.',
    'Schools manage their own equipment and are not covered by this inspection.',
    'The section is organised into three teams: technical support, applications development and the help desk.',
    'The council\'s first {svc} strategy was adopted in {py}.',
    'Some departments, notably {dept}, employ their own technical staff outside the central section.',
    'Telephones and printing are managed by the property section and fall outside the scope of this report.',
  ],
  review: [
    'The Best Value review of {svc} services was carried out between {month} {py} and {month} {y}.',
    'The review was led by a team of officers from several departments, with a panel of members overseeing its work.',
    'The review report was approved by the resources committee in {month} {y}.',
    'The review was one of the first to be completed in the council\'s five-year programme.',
  ],
  aims: [
    'The council\'s stated aim for the service is to provide reliable technology that helps departments to deliver their services.',
    'The section\'s mission statement commits it to \'delivering the right technology to the right people at the right time\'.',
    'The review set out five aims for the service, covering reliability, value for money, customer care, security and access.',
    'The aims were drafted by the review team and agreed by members in {month} {y}.',
    'The section\'s service plan repeats the aims of the review and adds a number of technical objectives.',
  ],
  performance: [
    'The section installed {n:200-700} new PCs during the year.',
    'Network availability during the year was reported as {n:97-99}.{n:1-9} per cent.',
    'Most departments now use the same office software, although {dept} still relies on an older word processor.',
    'Internet access was made available to all staff in {month} {py}.',
    'The council\'s e-mail system carries around {n:20-90} thousand messages a week.',
    'A fair proportion of the section\'s time is spent supporting {system}.',
    'The security policy was drafted using good practice guidance from the Society of IT Managers.',
    'The move to a single network operating system was completed in {month} {py}.',
    'The new telephone system will improve response times at the main reception, according to the council.',
  ],
  comparison: [
    'Published figures for similar councils vary widely, and differences in how costs are counted make them hard to read.',
    'The council spends about £{n:2-4},{n:100-999} a year for each PC it supports.',
    'The section has {n:1-3} staff for every 100 PCs it supports.',
  ],
  challenge: [
    'The review asked whether the council needed to provide each part of the service itself.',
    'The review team considered whether separate systems in {dept} were still needed.',
    'The review looked at the scope of the service, including whether the print room should remain part of it.',
    'The review\'s terms of reference asked it to look at the whole of the council\'s spending on technology.',
  ],
  consult: [
    'The review team held workshops with staff from {n:4-8} departments.',
    'A questionnaire was sent to all managers in {month} {py}.',
  ],
  compete: [
    'The review considered four options: keeping the service in house, outsourcing it, a partnership, and a shared service with neighbouring councils.',
    'The review recommended keeping most of the service in house for the time being.',
  ],
  history: [
    'Until {py}, computing was run as part of the finance department.',
    'The council\'s first mainframe computer was installed in 1974 and was replaced by networked servers in the late 1990s.',
    'In {month} {py} the council set up a separate {svc} section reporting to the Director of Resources.',
    'The section moved to new offices on the ground floor of the civic centre in {py}.',
    'Preparations for the Year 2000 took up much of the section\'s time during 1998 and 1999.',
    'Staff turnover in the section was {n:5-15} per cent last year.',
  ],
  projects: [
    'The section is replacing {system} with a new package, due to go live in {month} {Y1}.',
    'A project to link the council\'s {n:5-12} area offices to the network is under way.',
    'Work is in progress to move the remaining departments from the old mainframe to networked servers.',
    'The council is piloting thin-client terminals in {dept}.',
    'A document imaging project in {dept} was completed in {month} {py}.',
    'The e-mail system was upgraded to a new version during {py}.',
    'A new geographic information system is being introduced for planning and highways staff.',
    'The council has chosen a single make of PC for all new purchases from {Y1}.',
  ],
  security: [
    'The council adopted an IT security policy in {month} {py}.',
    'Access to the network is controlled by passwords that must be changed every {n:30-90} days.',
    'Virus protection software is installed on all PCs and servers and updated weekly.',
    'Internal audit reviewed network security in {py}, and its recommendations are being put into effect.',
    'Remote access to the network for staff working at home is being tested in {dept}.',
  ],
  plan: [
    'The improvement plan contains {n:20-45} actions, grouped under the review\'s main recommendations.',
    'Responsibility for monitoring the plan rests with the resources scrutiny panel.',
    'Some actions, such as new help desk software, are already under way.',
    'The plan is due to be reviewed by members in {month} {Y1}.',
  ],
};

/** Sentences that support the prospect judgement, by direction (never a codebook theme). */
export const PROSPECT_REASONS: Record<'up' | 'down', string[]> = {
  up: [
    'Most actions in the improvement plan have clear targets, named officers and dates.',
    'The council has already delivered several of the early actions in the plan.',
    'The council has a sound record of carrying through change, such as the move to the new civic centre.',
    'The improvement plan is realistic and its first milestones have been met.',
    'Members have approved the plan and the first actions are already under way.',
    'The council has shown that it can carry large projects through to completion on time.',
  ],
  down: [
    'Many actions in the improvement plan are vague and have no completion dates.',
    'Earlier plans for the service have been abandoned part-way through.',
    'The plan was finished only a week before the inspection, and most actions have not started.',
    'Deadlines for the first actions in the plan have already slipped by several months.',
    'The council\'s record of carrying through change is mixed: an earlier reorganisation of the section was abandoned half-way.',
    'Responsibility for the plan is unclear, and several actions have no named owner.',
  ],
};

/** The traps of docs/best-value.md: ambitions, other services, ordinary uses of grade words. */
export const TRAPS = {
  ambition: [
    'The council aims to be an excellent, three-star service by 2005.',
    'The improvement plan sets the target of becoming a \'good\' service within two years.',
    'The section\'s stated ambition is to be an excellent service that will improve year on year.',
    'The review team\'s vision is of an excellent service by {y3}.',
  ],
  otherA: [
    'The council\'s benefits service, inspected last year, was judged good.',
    'The housing repairs service was judged to be a poor service that is unlikely to improve when it was inspected in {month} {py}.',
    'An earlier inspection of the council\'s leisure services found a fair, one-star service that will probably improve.',
    'The council\'s waste collection service was rated excellent by inspectors in {py}.',
  ],
  otherB: [
    'The council\'s benefits service, inspected last year, was judged good.',
    'The housing repairs service was judged to be a poor service with uncertain prospects for improvement when it was inspected in {month} {py}.',
    'An earlier inspection of the council\'s leisure services found a fair, one-star service with promising prospects.',
    'The council\'s waste collection service was rated excellent by inspectors in {py}.',
  ],
  ordinary: [
    'Morale among staff in {dept} was poor during the recent restructuring there, but this is outside the scope of the inspection.',
    'The inspection team had excellent working relationships with council staff throughout the inspection.',
    'A fair share of the cost of the network is recharged to schools.',
    'We saw some examples of good practice that other councils could learn from, and list them in the appendices.',
    'The weather during the inspection was poor, and one site visit was rearranged.',
  ],
};

/** Negations and hedges that are true of the report's grade (never a contradiction). */
export const NEGATION_BY_GRADE: Record<string, string[]> = {
  poor: ['The service falls some way short of being fair.', 'This is not a service that meets the needs of the council.'],
  fair: ['This is not yet a good service, although it has clear strengths.', 'While the service is not poor, it has significant weaknesses.'],
  good: ['It is not yet an excellent service, but it has many strengths.', 'The service is by no means poor; it serves departments well in most respects.'],
  excellent: ['There is very little that is not excellent about this service.'],
};
export const NEGATION_BY_PROSPECT: string[][] = [
  ['We do not believe the council will make the changes needed.'],
  ['We cannot be confident that the planned improvements will happen.'],
  ['Improvement is not guaranteed, but the signs are encouraging.'],
  ['There is no doubt in our minds that the council will carry through its plan.'],
];

export const BOILERPLATE = {
  aboutBestValue: [
    'Best Value is a duty on councils to deliver services to clear standards of cost and quality by the most effective, economic and efficient means available.',
    'Councils must review all their services over five years, using the four Cs: challenge, compare, consult and compete.',
    'The Best Value Inspection Service of the Audit Commission inspects council services after each Best Value review.',
    'Each inspection answers two questions: how good is the service, and will it improve?',
    'Inspectors form their judgements from documents, interviews, visits to front-line sites and a test of the service from a user\'s point of view.',
    'The scoring chart in this report shows the two judgements together.',
  ],
  acknowledgement: [
    'The inspection was carried out by {inspector1} and {inspector2}, with the support of a lead inspector from the Commission\'s regional team.',
    'We would like to thank the council\'s staff and members, and everyone else who gave up their time to talk to us.',
  ],
};

export const INSPECTOR_NAMES = ['Jane Holloway', 'Peter Marsh', 'Anita Desai', 'Robert Clegg', 'Sarah Whitfield', 'David Okafor', 'Helen Brady', 'Martin Lowe', 'Fiona McKay', 'Tom Ashby', 'Ruth Ellison', 'Gareth Pugh'];
