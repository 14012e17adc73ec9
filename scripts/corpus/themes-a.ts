/**
 * Theme phrase banks, part 1 (data only). `weak` sentences raise the theme as a weakness, `strong`
 * ones praise it; `weakRec`/`strongRec` are recommendations; `neutral` mentions the topic in passing,
 * with no judgement. Inspectors rarely use the codebook's own words, so neither do these.
 */
import type { ThemeId } from './types.js';

/** The report section where a theme is naturally discussed. */
export type SectionKey = 'context' | 'aims' | 'performance' | 'comparison' | 'challenge' | 'consult' | 'compete' | 'plan' | 'capacity';

export interface ThemeBank {
  section: SectionKey;
  weak: string[];
  weakRec: string[];
  strong: string[];
  strongRec: string[];
  neutral: string[];
}

export const THEMES_A: Partial<Record<ThemeId, ThemeBank>> = {
  'strategic-alignment': {
    section: 'aims',
    weak: [
      'The {svc} strategy was written by the {svc} section alone and makes no reference to the council\'s corporate priorities.',
      'There is no clear link between what the {svc} section plans to do and what the council as a whole is trying to achieve.',
      'Departmental business plans and the {svc} strategy were drawn up separately, and they pull in different directions.',
      'Spending on technology is not driven by the corporate plan; projects are approved one at a time as departments ask for them.',
      'The {svc} strategy has not been updated since {py} and does not reflect the council\'s new community plan.',
      'Nobody could show us how the {svc} work programme supports the council\'s top priorities for {y}/{y1}.',
      'Technology decisions are still made department by department rather than in support of corporate objectives.',
      'The council has yet to decide what it wants technology to do for its key aims, so the {svc} section sets its own direction.',
      'The {svc} plan is a list of technical projects with no explanation of how each one helps to deliver the council\'s priorities.',
      'Corporate aims such as regeneration and social inclusion are not reflected anywhere in the {svc} strategy.',
    ],
    weakRec: [
      'Link the {svc} strategy explicitly to the corporate plan, so that every major project can be traced to a council priority.',
      'Rewrite the {svc} strategy with departments so that it supports the council\'s strategic aims rather than the section\'s own technical agenda.',
      'Ensure that future spending on technology is approved against the council\'s corporate priorities.',
    ],
    strong: [
      'The {svc} strategy is closely tied to the corporate plan, and each project is justified by the council priority it supports.',
      'Senior managers could explain clearly how the {svc} programme underpins the council\'s aims.',
      'The strategy was built up from departmental business plans and fits the council\'s priorities well.',
      'There is a strong fit between the technology work programme and the corporate objectives agreed by members.',
      'Each {svc} project is scored against the council\'s key objectives before it is approved, which keeps the work programme focused.',
    ],
    strongRec: ['Continue to keep the {svc} work programme tightly linked to the corporate plan as priorities change.'],
    neutral: [
      'The council\'s corporate plan for {y}-{y3} has four priorities: regeneration, community safety, education and the environment.',
      'The current {svc} strategy was approved by the policy committee in {month} {py}.',
    ],
  },
  leadership: {
    section: 'capacity',
    weak: [
      'Members show little interest in the {svc} strategy, and it has not been discussed by the executive for over a year.',
      'No senior officer champions technology; the head of the {svc} section reports three levels below the chief executive and rarely meets chief officers.',
      'The chief officers\' management team has not taken ownership of the {svc} agenda, which is left to the {svc} manager.',
      'There is no member with clear responsibility for technology, and the steering group has not met since {month} {py}.',
      'Direction from the top is weak: the corporate management team discusses technology only when something has gone wrong.',
      'Elected members told us that they do not see technology as their concern.',
      'The {svc} steering group is attended by junior staff and lacks the authority to make decisions.',
      'Without a clear lead from senior management, departments have carried on buying their own equipment and software.',
      'The chief executive and directors have not set out what they expect from the {svc} service.',
    ],
    weakRec: [
      'Give a named chief officer and a lead member clear responsibility for driving the {svc} strategy.',
      'Ensure that the corporate management team reviews progress on technology projects at least quarterly.',
      'Strengthen the {svc} steering group by including chief officers who can commit their departments.',
    ],
    strong: [
      'The chief executive has personally driven the modernisation of the council\'s technology, and chief officers share that commitment.',
      'The lead member for corporate services takes a close interest in the {svc} programme and chairs the steering group.',
      'Members and senior officers have given the {svc} agenda a high profile, and decisions are taken quickly.',
      'There is strong corporate ownership of the {svc} strategy at chief officer level.',
      'The Director of Resources provides clear direction and has secured cross-party support for the programme.',
    ],
    strongRec: ['Maintain the strong involvement of members and chief officers in the {svc} programme.'],
    neutral: [
      'The lead member for corporate services also chairs the resources scrutiny panel.',
      'The head of the {svc} section reports to the Director of Resources.',
    ],
  },
  investment: {
    section: 'capacity',
    weak: [
      'Years of under-spending have left the council with ageing equipment: about {pct:30-60} of PCs are more than five years old.',
      'The {svc} budget has been cut in each of the last three years and there is no money set aside to replace equipment.',
      'The capital programme contains no provision for the network upgrade that the {svc} section says is urgent.',
      'The council spends less per PC than almost any authority of its type, and it shows in the state of its equipment.',
      'Money for new systems is found year by year from underspends, which makes it impossible to plan.',
      'The council has no rolling programme for replacing PCs and servers, so equipment is only renewed when it fails.',
      'The sums set aside for technology fall well short of what the council\'s own plans require.',
      'Several departments still run {system} on hardware that the supplier no longer supports, because no money has been found to replace it.',
      'The revenue budget for the {svc} service has stayed flat for five years while the number of PCs has doubled.',
    ],
    weakRec: [
      'Set up a rolling, properly funded programme to replace PCs, servers and network equipment.',
      'Identify the full cost of the {svc} strategy and make provision for it in the medium-term financial plan.',
      'Agree a realistic multi-year budget for technology and stop relying on year-end underspends.',
    ],
    strong: [
      'The council has made substantial new investment in technology, including £{n:1-4} million over three years for its network and desktop programme.',
      'A properly funded replacement programme means that no PC in the council is more than four years old.',
      'Members have protected the {svc} budget in difficult years, and the equipment base is modern.',
      'Money for the strategy has been secured in the capital programme up to {y3}.',
    ],
    strongRec: ['Continue the funded replacement programme so that the council\'s equipment stays up to date.'],
    neutral: [
      'The {svc} budget for {y}/{y1} is £{n:2-9}.{n:1-9} million, of which about {pct:55-70} is spent on staff.',
      'Capital spending on technology is approved each year as part of the council\'s capital programme.',
    ],
  },
  'understanding-of-it': {
    section: 'aims',
    weak: [
      'Many managers see technology simply as a cost to be kept down rather than as a way of changing how services are delivered.',
      'Outside the {svc} section there is little appreciation of what technology could do for the council\'s services.',
      'Departments tend to ask for computers to do what they already do, rather than asking how their services could be redesigned.',
      'Senior managers have a limited grasp of the opportunities that new technology offers, and treat it as a back-office matter.',
      'The potential of the council\'s systems is not being exploited: {system} is used for little more than record-keeping.',
      'Few chief officers recognise how much technology could change the way their departments work.',
      'The council still regards computing as a technical specialism rather than as something central to the running of every service.',
      'Managers we met were unable to say how technology might help them to meet their own service targets.',
      'Technology is seen as the {svc} section\'s business and not as a tool that every manager should be using to improve services.',
    ],
    weakRec: [
      'Raise awareness among senior managers and members of what technology can do to transform services, for example through briefings and demonstrations.',
      'Make the potential of technology a standing item in service reviews, so that managers ask how it could change the way they work.',
      'Help chief officers to see technology as a means of redesigning services and not just as a cost.',
    ],
    strong: [
      'Managers across the council have a good grasp of how technology can change the way services are delivered.',
      'Chief officers see technology as central to modernising their services and talk about it with real enthusiasm.',
      'The council has a mature view of what technology can offer; departments come to the {svc} section with ideas for redesigning services, not just requests for equipment.',
      'There is a widespread appreciation across departments of the opportunities opened up by new systems.',
    ],
    strongRec: ['Build on the council\'s clear appreciation of what technology can achieve.'],
    neutral: [
      'The council held a seminar on new technology for members in {month} {py}.',
      'Several departments are looking at how other organisations use computers in similar services.',
    ],
  },
  communication: {
    section: 'performance',
    weak: [
      'Front-line managers rarely hear from the {svc} section, and several told us they learn about changes only when their systems stop working.',
      'Departments are not told when the work they have asked for will be done.',
      'The {svc} section does not explain its plans to the people who use its services, and its newsletter stopped in {py}.',
      'Staff in {dept} told us that {svc} staff speak a technical language they do not understand.',
      'There are no regular meetings between {svc} staff and the managers of the services that depend on them.',
      'Users are not warned in advance when the network is to be taken down for maintenance.',
      'Relations between the {svc} section and {dept} have broken down, and the two sides now talk mainly through formal memos.',
      'Departmental staff do not know whom to contact in the {svc} section, and calls are passed from person to person.',
      'The {svc} section works largely in isolation from the departments it serves, and there is little dialogue about their needs.',
    ],
    weakRec: [
      'Set up regular liaison meetings between {svc} staff and each department, and publish what is agreed.',
      'Keep users informed about planned work, outages and the progress of their requests.',
      'Appoint named account managers in the {svc} section for each department.',
    ],
    strong: [
      'Each department has a named contact in the {svc} section, and managers told us they are kept well informed.',
      'Regular liaison meetings between {svc} staff and departments work well, and problems are raised and dealt with early.',
      'The {svc} section\'s monthly bulletin and intranet pages keep staff well informed about planned changes.',
      'Front-line staff spoke warmly of the way the {svc} team explains what it is doing and why.',
    ],
    strongRec: ['Continue to build on the effective liaison arrangements with departments.'],
    neutral: [
      'Departments have nominated liaison officers to deal with the {svc} section.',
      'The {svc} section\'s pages on the intranet list its staff and their responsibilities.',
    ],
  },
  'demand-capacity': {
    section: 'performance',
    weak: [
      'Departments wait months for new PCs: the average time from order to installation is {n:9-16} weeks.',
      'The {svc} section takes on every request it receives and has no way of deciding which matter most, so the backlog keeps growing.',
      'There are no service level agreements, so departments have no idea how long a request should take.',
      'The help desk cannot cope at peak times: {pct:20-40} of calls are abandoned before they are answered.',
      'The development backlog stands at more than {n:40-90} requests, some of them over a year old.',
      'Projects are started faster than they can be finished, and staff are spread too thinly across them.',
      'Faults at remote sites can take several days to fix because engineers are tied up elsewhere.',
      'There is no agreed method for ranking requests for new work, so the most persistent managers get served first.',
      'The section promises more than it can deliver with the staff it has, and deadlines are routinely missed.',
    ],
    weakRec: [
      'Agree service level agreements with every department and report how well they are met.',
      'Introduce an open way of ranking requests for new work, agreed with chief officers.',
      'Match the work programme to the staff available, and be honest with departments about what cannot be done.',
    ],
    strong: [
      'The help desk answers {pct:85-95} of calls within thirty seconds and fixes most problems on the first call.',
      'Service level agreements are in place with all departments, and targets for repair times are almost always met.',
      'A clear process for ranking new requests means that the most important work is done first and departments understand why.',
      'Faults are fixed quickly: the average time to restore a failed PC is under four hours.',
      'The section has cleared its development backlog and now completes most requests within the agreed time.',
    ],
    strongRec: ['Continue to build on the effective help desk and the service level agreements with departments.'],
    neutral: [
      'The help desk is open from 8.30 am to 5.30 pm on weekdays.',
      'The help desk logged {n:14-40},{n:100-999} calls in {py}/{y}.',
    ],
  },
  'user-training': {
    section: 'performance',
    weak: [
      'Staff are given new systems with little or no instruction, and many teach themselves.',
      'There is no plan for developing the computer skills of staff, and the budget for courses was cut in {py}.',
      'Managers in {dept} told us that their staff use only a fraction of what {system} can do because nobody has shown them how.',
      'The help desk is swamped with simple \'how do I\' questions that a basic course would prevent.',
      'There is no assessment of the computer skills staff need, and courses are offered on a first-come, first-served basis.',
      'New starters are not shown how to use the council\'s systems; they rely on colleagues to pick things up.',
      'Only {pct:10-30} of staff have had any instruction in the office software introduced in {py}.',
      'Courses are held at the civic centre only, so staff at outlying sites seldom attend.',
    ],
    weakRec: [
      'Draw up a programme of skills training for staff, based on an assessment of what each job needs.',
      'Make sure that every new system is introduced with proper instruction for the staff who will use it.',
      'Provide short, local courses and learning materials for staff at outlying sites.',
    ],
    strong: [
      'Staff receive good instruction when new systems are introduced, and the council\'s learning centre is well used.',
      'A skills survey has been used to plan courses for each group of staff, and {pct:70-90} of staff have now been trained.',
      'The European Computer Driving Licence is offered to all staff, and take-up has been high.',
      'Users praised the short, practical courses run by the {svc} section\'s trainers.',
    ],
    strongRec: ['Continue to offer the well-regarded skills courses and extend them to staff at outlying sites.'],
    neutral: [
      'The council\'s training room at the civic centre has {n:8-16} PCs.',
      'Courses in office software are run by the personnel section.',
    ],
  },
};
