/** Held-out theme set 55, written from the domain description only (see docs/best-value.md). */
import type { ThemeCase } from './theme-cases.js';

export const themeCases55: ThemeCase[] = [
  // --- strategic-alignment ---
  {
    text: 'The ICT strategy was written inside the IT section and makes no reference to the council\'s corporate priorities.',
    section: 'How good is the service? > Aims',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'strategy drafted in isolation from corporate aims, without the words "align" or "strategic aims"',
  },
  {
    text: 'Projects are chosen because they interest the technical staff rather than because they advance what the council has said matters most to residents.',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'misalignment described through project selection, no strategy vocabulary',
  },
  {
    text: 'The technology plan and the corporate plan run to different timetables and were drafted without reference to each other.',
    section: 'Will the service improve? > The improvement plan',
    expect: [{ theme: 'strategic-alignment', polarity: 'weakness' }],
    why: 'two plans that do not meet; alignment weakness by implication',
  },
  {
    text: 'A real strength is the clear line of sight from the community plan, through the corporate ICT strategy, to each project in the programme.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'inspectors praising alignment in their own words',
  },
  {
    text: 'Every ICT project must now show which of the council\'s five priorities it supports before it is approved, which is a sound discipline.',
    expect: [{ theme: 'strategic-alignment', polarity: 'strength' }],
    why: 'strength expressed as an approval rule tied to corporate priorities, with evaluative "sound discipline"',
  },

  // --- leadership ---
  {
    text: 'Elected members show little curiosity about technology, and the executive has not debated the ICT strategy since adopting it in 1999.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'members not owning IT; paraphrase of lack of lead from the top',
  },
  {
    text: 'No senior officer has taken ownership of the e-government agenda, which is left to the head of IT to champion alone.',
    expect: [{ theme: 'leadership', polarity: 'weakness' }],
    why: 'absence of senior ownership; mentions e-government as context only, not as a delivery weakness',
  },
  {
    text: 'The chief executive\'s personal commitment to modernising the council\'s systems has been decisive in driving progress.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'praise of top-level drive',
  },
  {
    text: 'A cabinet member with a portfolio for modernisation now chairs the ICT board and has given the programme visible political backing, which we commend.',
    expect: [{ theme: 'leadership', polarity: 'strength' }],
    why: 'member leadership praised with "we commend"',
  },

  // --- investment ---
  {
    text: 'Years of under-spending on equipment mean that a third of desktop computers are more than five years old.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'historic under-investment shown through its effect',
  },
  {
    text: 'There is no capital budget for replacing the network; money is sought project by project as and when it can be found.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'no planned funding',
  },
  {
    text: 'Each year the ICT budget is the first to be trimmed when the council needs to find savings, and it has fallen by 15 per cent in real terms since 1998.',
    expect: [{ theme: 'investment', polarity: 'weakness' }],
    why: 'shrinking budget as a weakness, with figures',
  },
  {
    text: 'The council has put sound, rolling funding in place for ICT, with a ten-year replacement programme backed by a dedicated reserve, which is a marked improvement on the past.',
    expect: [{ theme: 'investment', polarity: 'strength' }],
    why: 'praise of funding arrangements',
  },

  // --- understanding-of-it ---
  {
    text: 'Many service managers see the IT section as a repair shop for broken PCs rather than as a means of changing how their services are delivered.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'narrow view of IT\'s potential',
  },
  {
    text: 'There is little awareness in departments of what technology could do to cut paperwork or to answer the public more quickly.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'lack of awareness of opportunity',
  },
  {
    text: 'Senior managers tend to treat ICT as an overhead to be kept to a minimum rather than as a tool for improving services.',
    expect: [{ theme: 'understanding-of-it', polarity: 'weakness' }],
    why: 'IT seen as cost, not opportunity; not an investment sentence',
  },
  {
    text: 'Managers across the council show an impressive grasp of how technology can reshape their services, and several have redesigned their processes around new systems.',
    expect: [{ theme: 'understanding-of-it', polarity: 'strength' }],
    why: 'praise of organisational understanding of IT',
  },

  // --- communication ---
  {
    text: 'Staff in the housing office told us they learn about changes to their systems only when the screens look different on a Monday morning.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'poor communication from IT to front line, told as an anecdote',
  },
  {
    text: 'There is no regular forum in which technical staff and service departments can discuss needs, and each side blames the other when projects slip.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'no channel between IT and departments',
  },
  {
    text: 'The IT newsletter is full of technical jargon, and most of the staff we spoke to said they do not read it.',
    expect: [{ theme: 'communication', polarity: 'weakness' }],
    why: 'communication that fails its audience',
  },
  {
    text: 'Named IT liaison officers attend each department\'s management meeting every month, and this keeps users well informed; it works well.',
    expect: [{ theme: 'communication', polarity: 'strength' }],
    why: 'praised liaison arrangement',
  },

  // --- demand-capacity ---
  {
    text: 'Departments wait up to four months for new equipment to be installed.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog stated as a waiting time',
  },
  {
    text: 'More than 600 calls are open on the help desk, and there is no agreed way of deciding which requests come first.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'backlog plus lack of prioritisation',
  },
  {
    text: 'The team takes on every request it receives, with the result that large projects stall whenever a minor fault is reported.',
    expect: [{ theme: 'demand-capacity', polarity: 'weakness' }],
    why: 'failure to balance demand with capacity, no numbers',
  },
  {
    text: 'Service level agreements with each department are clear and monitored, and in almost every month they are met; this is a real strength.',
    expect: [{ theme: 'demand-capacity', polarity: 'strength' }],
    why: 'service levels praised',
  },

  // --- user-training ---
  {
    text: 'Staff are given new software with no instruction beyond a one-page leaflet.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training absent, without the word "training"',
  },
  {
    text: 'Courses run only on Wednesdays at the civic centre, so staff at the outlying depots seldom attend.',
    expect: [{ theme: 'user-training', polarity: 'weakness' }],
    why: 'training not accessible',
  },
  {
    text: 'The ECDL programme has given more than 400 staff a recognised qualification, and managers report a marked rise in confidence: an example of good practice.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'IT skills programme praised',
  },
  {
    text: 'Training is tailored to each department\'s systems and delivered on site, and users value it highly; this is well run.',
    expect: [{ theme: 'user-training', polarity: 'strength' }],
    why: 'second strength, praise of tailoring',
  },

  // --- culture-change ---
  {
    text: 'The council\'s management style remains hierarchical and cautious: decisions are referred upwards and staff have little room to try new ways of working.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'management style needing change',
  },
  {
    text: 'Departments guard their own systems and data jealously, and this silo mentality works against shared approaches.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'culture weakness phrased as silos',
  },
  {
    text: 'A culture of blame discourages staff from reporting problems with new systems.',
    expect: [{ theme: 'culture-change', polarity: 'weakness' }],
    why: 'blame culture',
  },
  {
    text: 'The council has made real progress towards a more open and corporate way of working, with managers now sharing systems and data across departments.',
    expect: [{ theme: 'culture-change', polarity: 'strength' }],
    why: 'praised change in culture',
  },

  // --- information-systems ---
  {
    text: 'The service does not record how long faults take to fix, so it cannot tell whether it is getting better or worse.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'missing performance information',
  },
  {
    text: 'Performance indicators reach members once a year, too late to prompt any action.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'performance management too infrequent',
  },
  {
    text: 'The finance, payroll and personnel systems do not talk to each other, and managers keep their own spreadsheets to fill the gaps.',
    expect: [{ theme: 'information-systems', polarity: 'weakness' }],
    why: 'management information systems fragmented',
  },
  {
    text: 'A monthly performance report, with clear targets and trend data, is used by managers to spot and tackle problems quickly; this is a good example for other services.',
    expect: [{ theme: 'information-systems', polarity: 'strength' }],
    why: 'performance information praised',
  },

  // --- consultation ---
  {
    text: 'Users were not asked for their views at any stage of the review.',
    section: 'Will the service improve? > The Best Value review > Consult',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'no consultation, short sentence',
  },
  {
    text: 'The satisfaction survey reached only staff in the civic centre, missing the majority who work in schools, depots and care homes.',
    expect: [{ theme: 'consultation', polarity: 'weakness' }],
    why: 'consultation too narrow',
  },
  {
    text: 'The review team ran focus groups in every department and surveyed 1,200 residents, and the results clearly shaped the options considered; this was thorough work.',
    expect: [{ theme: 'consultation', polarity: 'strength' }],
    why: 'praised consultation',
  },

  // --- comparison ---
  {
    text: 'The review made no attempt to compare the cost or quality of the IT service with other councils or with private-sector providers.',
    section: 'Will the service improve? > The Best Value review > Compare',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'no comparison made',
  },
  {
    text: 'Although the council belongs to a benchmarking club, it has not used the data to question its own costs.',
    expect: [{ theme: 'comparison', polarity: 'weakness' }],
    why: 'benchmarking data not used',
  },
  {
    text: 'Good use has been made of the SOCITM benchmarking service, and the council knows how its costs and help desk performance compare with those of similar authorities.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'benchmarking praised',
  },
  {
    text: 'Comparing its software costs with those of twelve similar councils led the council to renegotiate its licences and save £90,000 a year, which is commendable.',
    expect: [{ theme: 'comparison', polarity: 'strength' }],
    why: 'comparison used to good effect; mentions licences but is not about competition',
  },

  // --- competition ---
  {
    text: 'The review did not test whether the service could be provided more efficiently by an outside supplier or through a partnership.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'competitiveness not tested',
  },
  {
    text: 'Contracts for hardware and software are let without competition and are usually simply renewed with the existing supplier.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'procurement without competition',
  },
  {
    text: 'The option of a partnership with the neighbouring county was dropped after a single meeting, without any analysis of costs or benefits.',
    expect: [{ theme: 'competition', polarity: 'weakness' }],
    why: 'partnership option not properly tested',
  },
  {
    text: 'The market testing of desktop support was rigorous, and the partnership that resulted has brought costs down while speeding up repairs.',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised market testing',
  },

  {
    text: 'The decision to set up a joint venture for ICT, taken after a thorough appraisal of in-house, outsourced and shared options, was well founded.',
    section: 'Will the service improve? > The Best Value review > Compete',
    expect: [{ theme: 'competition', polarity: 'strength' }],
    why: 'praised option appraisal leading to a partnership; the word "appraisal of options" is not benchmarking, so no comparison theme',
  },

  // --- e-government ---
  {
    text: 'Only 18 per cent of the council\'s services can yet be delivered electronically, leaving it well behind the pace needed to meet the 2005 target.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'behind on the 2005 target',
  },
  {
    text: 'The website is little more than an electronic leaflet: residents cannot pay for, book or request anything online.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'web access weak, no "e-government" word',
  },
  {
    text: 'There is no plan to join up the call centre, the website and the one-stop shops, so residents get different answers depending on how they make contact.',
    expect: [{ theme: 'e-government', polarity: 'weakness' }],
    why: 'customer access channels not joined up',
  },
  {
    text: 'The council\'s website is among the best we have seen: residents can report faults, book services and pay bills online, and use is growing fast.',
    expect: [{ theme: 'e-government', polarity: 'strength' }],
    why: 'praised electronic service delivery',
  },

  // --- two themes ---
  {
    text: 'Members have not set aside the money that the e-government programme needs, and the 2005 target is now at risk.',
    expect: [
      { theme: 'investment', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'two weaknesses: unfunded programme and target at risk',
  },
  {
    text: 'No training plan accompanies the new systems, and nobody has asked staff what help they need.',
    expect: [
      { theme: 'user-training', polarity: 'weakness' },
      { theme: 'consultation', polarity: 'weakness' },
    ],
    why: 'two weaknesses: training and failure to consult users',
  },
  {
    text: 'The IT manager meets service heads every fortnight, and this close contact has helped the team order its workload sensibly.',
    expect: [
      { theme: 'communication', polarity: 'strength' },
      { theme: 'demand-capacity', polarity: 'strength' },
    ],
    why: 'two strengths: liaison and prioritisation',
  },
  {
    text: 'Because the council does not measure help desk performance, it cannot show how it compares with other authorities.',
    expect: [
      { theme: 'information-systems', polarity: 'weakness' },
      { theme: 'comparison', polarity: 'weakness' },
    ],
    why: 'two weaknesses: no performance data, hence no comparison',
  },
  {
    text: 'The council has not asked residents how they would like to deal with it online, and its website is organised around council departments rather than what people want to do.',
    expect: [
      { theme: 'consultation', polarity: 'weakness' },
      { theme: 'e-government', polarity: 'weakness' },
    ],
    why: 'two weaknesses: no consultation on e-services, poorly designed web access',
  },
  {
    text: 'Strong leadership from the chief executive has brought about a change of culture, with departments now working together on shared systems.',
    expect: [
      { theme: 'leadership', polarity: 'strength' },
      { theme: 'culture-change', polarity: 'strength' },
    ],
    why: 'two strengths: leadership and culture',
  },

  // --- no theme ---
  {
    text: 'The help desk has six staff and is open from 8am to 6pm on weekdays.',
    section: 'Context',
    expect: [],
    why: 'neutral description of capacity with no evaluation',
  },
  {
    text: 'The council aims to make all of its services available electronically by 2005.',
    expect: [],
    why: 'council aim mirroring the e-government target; not a finding',
  },
  {
    text: 'In its self-assessment the council described its training programme as excellent.',
    expect: [],
    why: 'self-assessment, not the inspectors\' praise',
  },
  {
    text: 'The head of ICT told us that he believes the strategy is fully aligned with the council\'s corporate priorities.',
    expect: [],
    why: 'a manager\'s claim about alignment, not the inspectors\' finding',
  },
  {
    text: 'Wyvern Vale is a largely rural district of 98,000 people in the south-west of England.',
    section: 'Context',
    expect: [],
    why: 'context about the area',
  },
  {
    text: 'The ICT service sits within the Resources Directorate and reports to the Director of Finance.',
    section: 'Context',
    expect: [],
    why: 'structure description',
  },
  {
    text: 'The Best Value review was carried out between May and November 2002.',
    expect: [],
    why: 'context about the review timing',
  },
  {
    text: 'The council spent £3.2 million on ICT in 2001/02, of which £0.9 million was capital.',
    section: 'Context',
    expect: [],
    why: 'spending figures with no judgement about adequacy; not an investment finding',
  },
  {
    text: 'The improvement plan states that a new benchmarking exercise will be completed by March 2004.',
    expect: [],
    why: 'a plan\'s intention, not a finding about comparison',
  },
  {
    text: 'The corporate plan commits the council to "listening to local people in everything we do".',
    expect: [],
    why: 'a council commitment quoted, not evidence of consultation',
  },
  {
    text: 'This report draws on interviews with 42 staff, visits to five sites and a review of documents.',
    expect: [],
    why: 'methodology context',
  },
  {
    text: 'The council\'s own review concluded that the IT service already gives good value and needs no radical change.',
    expect: [],
    why: 'the council\'s conclusion, not the inspectors\' view',
  },
  {
    text: 'The desktop estate comprises about 1,900 PCs, 140 servers and a wide area network linking 37 buildings.',
    section: 'Context',
    expect: [],
    why: 'neutral description of the estate',
  },
  {
    text: 'A new contract for the council\'s telephones will start in April 2004.',
    expect: [],
    why: 'procurement fact, no evaluation of competition',
  },
  {
    text: 'The government expects every council to be able to deliver its services electronically by 2005.',
    section: 'Context',
    expect: [],
    why: 'national context about the e-government target',
  },
  {
    text: 'The scoring chart below shows our judgement.',
    section: 'Summary',
    expect: [],
    why: 'structural sentence, no theme',
  },
];
