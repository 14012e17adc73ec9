/** A second set of hand-written classification cases: longer, report-like passages, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases2: JudgementCase[] = [
  // ===========================================================================
  // Era A (reports published up to September 2001: "will improve" wording)
  // ===========================================================================
  {
    name: 'r2-ict-fair-probably-summary-era-a',
    why: 'ICT report, era A. Judgement in a plain Summary sentence; traps: ambition to be excellent/three-star by 2004, "poor morale", chart axis listing every grade and prospect.',
    pages: [
`Best Value Inspection Service
Audit Commission
Inspection Report
Information and Communications
Technology Services
Harrowfield Borough Council
Inspection dates: 12 - 23 February 2001
Published: May 2001`,
`Harrowfield Borough Council – ICT Services\t3
Summary
Harrowfield is a unitary council serving 160,000 people. Its ICT service employs
54 staff and has a revenue budget of £4.1 million. The council's Best Value review
of ICT was completed in September 2000 and set out an ambition for ICT to become
an excellent, three-star service by 2004, and to meet the government's target of
100 per cent electronic service delivery by 2005.
Our judgement is that the ICT service is a 'fair', one-star service that will probably
improve.
The service has a sound technical infrastructure and users generally receive a
reliable network. However, morale in the IT section is poor following two
restructurings in three years, and front-line managers told us they rarely hear
from IT staff until a system is delivered.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor\t
No\tUnlikely\tProbably\tYes
Will the service improve?`,
`Harrowfield Borough Council – ICT Services\t7
How good is the service?
The council aims to provide 'a good and improving service to all departments'. The
help desk resolves 78 per cent of calls at first contact, which compares well with the
councils we visited, but requests for new equipment take an average of eleven weeks.
There are excellent working relationships with the two main suppliers. A fair
proportion of users (around 40 per cent) have received no training in the past year.
Will the service improve?
The review challenged the need for an in-house service and the improvement plan
is realistic, costed and has clear milestones. Senior officers are committed to it.
The absence of member involvement is a risk, but on balance we consider that the
service will probably improve.
Recommendations
To rise to the challenge of continuous improvement, councils need inspection
reports that offer practical pointers for improvement. We recommend that the
council:
• links the ICT strategy explicitly to the corporate plan;
• agrees service levels with each department and reports against them quarterly.`
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'r2-benefits-poor-unlikely-inspectors-voice-era-a',
    why: 'Benefits, era A. Judgement only in the inspectors\' own voice ("In our view...", "we are not confident..."). Traps: a neighbouring council\'s benefits service judged good; the council\'s own earlier self-assessment of "fair".',
    pages: [
`AUDIT COMMISSION
Best Value Inspection Service
Housing Benefit and Council Tax
Benefit
Castlemere District Council
Inspection report
Inspected: January 2001
Published: April 2001`,
`2\tCastlemere District Council – Benefits
Summary
Castlemere District Council administers housing and council tax benefit for some
7,400 claimants. The council's self-assessment, prepared before the inspection,
described the service as 'fair and improving'. We do not share that view.
New claims take an average of 68 days to process, against a national top-quartile
figure of 29 days. The backlog stood at 2,900 items during our visit. Staff are
committed but poorly supported, and the benefits system has not been upgraded since
1996. Neighbouring Brookhurst, whose benefits service was judged good last year,
processes claims in less than half the time.
In our view the service is poor. We are not confident that the council will deliver
its improvement plan: it is unfunded, has no clear owner and repeats targets set
in 1999 that were not met. We therefore judge that the service is unlikely to
improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve
Will the service improve?`,
`Castlemere District Council – Benefits\t3
Recommendations
We recommend that the council:
• clears the backlog by a dated plan, using temporary staff if necessary;
• sets targets that would make the service good within two years and monitors them
monthly at member level;
• compares its costs and performance with at least three similar councils.
The council has an excellent opportunity to use the new verification framework to
make the service more secure.`
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'r2-housing-repairs-poor-will-not-boxed-era-a',
    why: 'Housing repairs, era A, the rare "will not improve". Stated in a boxed scoring statement and repeated as the last sentence of the section. Traps: tenants "good" satisfaction, "improve" used as an aim, negated "not a fair service".',
    pages: [
`Best Value Inspection
Service
Housing Repairs and Maintenance
Ravensholme Metropolitan Borough Council
Audit Commission
Date of inspection: March 2001
Date of publication: June 2001`,
`Ravensholme MBC – Housing Repairs and Maintenance\t4
Summary
Ravensholme owns 21,000 homes. Responsive repairs are carried out by the direct
labour organisation under a partnering arrangement that has never been tested
against the market. The council wants repairs to be 'customer-focused and excellent'
and aims to improve tenant satisfaction to 90 per cent by 2003.
Only 61 per cent of urgent repairs are completed on time. Appointments are not
offered. The stock condition survey is nine years old. Although 72 per cent of
tenants rate the repairs operatives as good, this is not a fair reflection of the
service as a whole: complaints have doubled in two years.
|-------------------------------------------------------------|
| The inspection team's judgement:                            |
| a poor service that will not improve                        |
|-------------------------------------------------------------|
Scoring chart
Excellent\t***
Good\t**
Fair\t*
Poor\t–
Will not\tUnlikely\tProbably\tWill
improve\tto improve\timprove\timprove`,
`Ravensholme MBC – Housing Repairs and Maintenance\t11
Will the service improve?
The Best Value review did not challenge the DLO's role, consulted only the tenants'
federation executive and made no comparison with other landlords. The improvement
plan contains 47 actions, none costed. Elected members have rejected proposals for
a stock transfer ballot but have put forward no alternative. For these reasons, and
in the absence of any evidence that performance is turning round, we have concluded
that the service will not improve.
Recommendations
• Commission an independent options appraisal of repairs delivery.
• Introduce appointments for all non-emergency repairs within six months.`
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 'r2-waste-good-will-improve-era-a',
    why: 'Waste collection, era A, top prospect "will improve". Traps: "not yet an excellent service", a fair proportion, other council\'s waste service excellent, recycling target.',
    pages: [
`Waste Collection and Recycling
Thornbury Vale District Council
Best Value Inspection Service
Audit Commission
Inspection carried out: 2 – 6 October 2000
Report published: January 2001`,
`Thornbury Vale DC – Waste Collection and Recycling\t5
Summary
The council collects refuse weekly from 48,000 households and runs a kerbside
recycling scheme covering 70 per cent of them. It aims to recycle 30 per cent of
household waste by 2003, one of the most demanding targets in the county.
The service is well run and popular: 91 per cent of residents are satisfied and
missed collections are among the lowest we have seen. It is not yet an excellent
service, because a fair proportion of rural households have no recycling collection
and the costs per household are above average. Eastfold, whose waste service we
inspected earlier this year, was judged excellent, and the council has already
visited it to learn from its practice.
The inspectors judge Thornbury Vale's waste collection service to be a good,
two-star service which will improve.
Scoring chart
How good is the service?
***\tExcellent
**\tGood
*\tFair
\tPoor
Will the service improve?
No\tUnlikely\tProbably\tYes`,
`Thornbury Vale DC – Waste Collection and Recycling\t9
Will the service improve?
The review was rigorous. The council compared itself with the best performers in
England, tested the market for its recycling service and consulted every household.
The improvement plan is funded and the contractor has agreed to the new targets.
Members and officers share a clear vision. We are confident the service will improve.
Recommendations
• Extend kerbside recycling to the remaining rural parishes.
• Publish a waste strategy agreed with the county council.`
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 'r2-libraries-good-probably-split-page-break-era-a',
    why: 'Libraries, era A. Judgement sentence split across a page break with a footer and running header in between. Traps: the council\'s aim of "excellent", stock "poor", earlier ICT inspection scored fair/unlikely.',
    pages: [
`Best Value Inspection Service
Library Services
Kestrel Bay Borough Council
Audit Commission
Inspection: April 2001
Published: July 2001`,
`Kestrel Bay Borough Council – Library Services
Summary
Kestrel Bay runs eleven libraries and a mobile service. Visits per head are above the
national average and opening hours were extended in 2000. The library plan sets out
the aim of 'an excellent library service for every community'. The book stock in the
smaller branches is poor and ageing, but spending on new stock has risen by 15 per
cent.
The council's ICT service, inspected in 2000, was judged fair and unlikely to improve,
and this has delayed the library management system. Even so, we have judged that
the library service is a good service that
Audit Commission\tPage 3`,
`Kestrel Bay Borough Council – Library Services
will probably improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Will not improve   Unlikely to improve   Will probably improve   Will improve
Will the service improve?
Recommendations
• Agree a stock replacement programme for the branch libraries.
• Benchmark costs with the CIPFA comparator group.
Audit Commission\tPage 4`
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'r2-planning-fair-unlikely-table-only-era-a',
    why: 'Development control, era A. Judgements appear only in a tab-separated table of the inspectors\' scores; prose elsewhere is comparative and aspirational.',
    pages: [
`Audit Commission
Best Value Inspection Service
Development Control
Millbrook District Council
Inspection dates: 5 – 16 March 2001
Publication date: June 2001`,
`Millbrook DC – Development Control\t2
Summary
Millbrook determines some 1,300 planning applications a year. Only 38 per cent of
householder applications are decided within eight weeks, against the government's
target of 80 per cent. Applicants praise the helpfulness of officers, and relations
with parish councils are good. The council aims to be in the top quartile for speed
by 2003, but it has set similar aims before without success.
The inspectors' scores are set out below.
Question\tInspectors' judgement
How good is the service?\tFair (one star)
Will the service improve?\tUnlikely
Scoring chart
Excellent\t***
Good\t**
Fair\t*
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve`,
`Millbrook DC – Development Control\t3
How good is the service?
Decisions are generally sound and few appeals are lost. Information on the website
is poor. Staff turnover is high and three of eight planning officer posts are vacant.
Will the service improve?
The review compared speed with other councils but did not question how the service
is delivered. Delegation to officers remains at 61 per cent. The improvement plan
depends on recruiting staff in a market where other councils pay more.
Recommendations
• Increase delegation to 90 per cent.
• Introduce a pre-application advice service.`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'r2-leisure-poor-probably-hyphenated-era-a',
    why: 'Leisure, era A. The prospect judgement is hyphenated at a line end ("prob-/ably", "im-/prove"). Traps: "excellent facilities" aspiration, "poor" in ordinary use, another council scored good.',
    pages: [
`Best Value Inspection Service
Sport and Leisure Services
Oakenfield City Council
Audit Commission
Inspection: May 2001
Published: August 2001`,
`Oakenfield City Council – Sport and Leisure\t3
Summary
Oakenfield manages four leisure centres, two pools and 60 sports pitches. Usage has
fallen by 12 per cent in three years, and the centres are in poor repair. Subsidy per
visit is the highest in the comparator group. The council wants 'excellent facilities
within a mile of every resident', but has no costed plan to provide them.
Overall we judge that the leisure service is currently poor. However, the Best Value
review was thorough: it consulted non-users, compared costs with Fernley (whose
leisure service was judged good in 2000) and has led to a decision to seek a leisure
trust partner. New managers have made an early impact, and the service will prob-
ably im-
prove.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor\t0
Will the service improve?
No\tUnlikely\tProbably\tYes`,
`Oakenfield City Council – Sport and Leisure\t4
Recommendations
• Complete the leisure trust appraisal by March 2002.
• Set targets for usage by under-represented groups.
• Publish subsidy per visit for each centre.`
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 'r2-procurement-fair-probably-section-endings-era-a',
    why: 'Procurement, era A. Each judgement is the last sentence of its own body section, with different verbs ("we assess", "is likely ... we consider"). Traps: "a fair price", "good practice", council target to be excellent.',
    pages: [
`Corporate Procurement
Hadley Cross Borough Council
Best Value Inspection Service
Audit Commission
Report of an inspection carried out in February 2001
Published June 2001`,
`Hadley Cross BC – Corporate Procurement\t6
How good is the service?
The council spends £62 million a year on goods and services. A central procurement
unit of six staff negotiates corporate contracts, but departments are free to buy
outside them, and 40 per cent of spend is not covered by any contract. There are
examples of good practice, such as the energy consortium, which has secured a fair
price for the council's electricity and gas. The council's stated aim is to be 'an
excellent, model procurer' by 2004. It is a long way from that. We assess the
procurement function as fair.
Will the service improve?
The review was led by the deputy chief executive and challenged the devolved
model. The new procurement strategy has cabinet support and is linked to the
council's e-procurement programme. Savings targets are realistic. Some chief officers
remain sceptical, which is a risk. We consider that the service will probably
improve.`,
`Hadley Cross BC – Corporate Procurement\t7
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve
Will the service improve?
Recommendations
• Make the use of corporate contracts mandatory.
• Train budget holders in procurement rules.`
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'r2-revenues-good-unlikely-era-a',
    why: 'Council tax collection, era A. A good service judged unlikely to improve (the mismatch must not be "corrected"). Traps: "excellent working relationships", target of excellent by 2003, "improvement" in ordinary use.',
    pages: [
`Best Value Inspection Service
Council Tax Collection
Lyndham Borough Council
Audit Commission
Inspection: 14 – 25 May 2001
Published: September 2001`,
`Lyndham BC – Council Tax Collection\t3
Summary
Lyndham collects 97.8 per cent of council tax in year, which places it in the top
quartile nationally. Costs are low and there are excellent working relationships with
the magistrates' court. The council aims for the service to be excellent by 2003.
The collection service is good. However, we are not convinced that it will get better.
The Best Value review was carried out by the service manager alone, did not consult
council tax payers and made no comparison with other providers. The improvement
plan lists 'continued improvement' as its only target. In our judgement the service is
unlikely to improve.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Will not\tUnlikely\tProbably\tYes`,
`Lyndham BC – Council Tax Collection\t4
Recommendations
• Repeat the review with independent challenge.
• Consult council tax payers on payment methods.
• Set measurable improvement targets.`
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 'r2-env-health-excellent-will-era-a',
    why: 'Food safety, era A, excellent grade (rare). Judgement stated with the subject late in the sentence. Traps: "none of the council\'s other services has yet been judged excellent", "poor hygiene" in premises.',
    pages: [
`Audit Commission
Best Value Inspection Service
Environmental Health: Food Safety
Penmorrow District Council
Inspection date: June 2001
Publication date: September 2001`,
`Penmorrow DC – Food Safety\t2
Summary
Penmorrow has 1,150 food premises, many of them seasonal. Every high-risk premises
was inspected on time last year, and the service's work with businesses whose
hygiene was poor has cut the number of prohibition notices by half. Customer
satisfaction among businesses is 94 per cent.
None of the council's other services has yet been judged excellent, and the council's
corporate plan describes food safety as 'the service we want others to follow'.
Excellent, and certain to improve further: that is the inspectors' view of
Penmorrow's food safety service. The service is excellent and will improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
No\tUnlikely\tProbably\tYes
Will the service improve?`,
`Penmorrow DC – Food Safety\t3
Recommendations
• Share the business-support approach with neighbouring councils.
• Publish the results of food sampling on the council website.`
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 'r2-property-poor-unlikely-negations-era-a',
    why: 'Property management, era A. Many negated/hedged grade words ("cannot yet be described as fair", "not a good basis") before the actual poor judgement in a passive sentence. Prospect stated in reverse order.',
    pages: [
`Best Value Inspection Service
Property Management and Maintenance
Gorsey Heath Borough Council
Audit Commission
Inspection: November 2000
Published: February 2001`,
`Gorsey Heath BC – Property Management\t4
Summary
The council owns 340 operational buildings with a maintenance backlog of £18
million. There is no asset register and no property strategy. Condition data is
seven years old, which is not a good basis for planning. The service cannot yet be
described as fair: the inspection team has judged it to be poor.
Unlikely to improve is our conclusion on the second question. The review was
largely descriptive and the improvement plan does not address the backlog.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve`,
`Gorsey Heath BC – Property Management\t5
Recommendations
• Compile an asset register within twelve months.
• Adopt a corporate asset management plan.
The council's planning service, inspected at the same time, is reported separately.`
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'r2-street-cleansing-fair-will-era-a',
    why: 'Street cleansing, era A. Judgement given as "one star" only in the Summary plus the full words in a closing sentence; traps: a fair proportion, "good" in a survey, neighbouring authority poor.',
    pages: [
`Street Cleansing
Wexholt Borough Council
Best Value Inspection Service
Audit Commission
Inspection: 8 – 19 January 2001
Published: April 2001`,
`Wexholt BC – Street Cleansing\t3
Summary
Wexholt spends £2.3 million a year on street cleansing through an external
contractor. Town centres are clean, but a fair proportion of residential streets fall
below grade B of the Code of Practice on Litter and Refuse. In the residents' survey,
58 per cent rated cleanliness as good or very good. Neighbouring Alderby, whose
service was judged poor, has asked to join Wexholt's next contract.
The service has been awarded one star. The review has led to a new contract specified
by outcomes, members are closely involved, and the first results are encouraging.
We judge the service to be a fair service that will improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
No\tUnlikely\tProbably\tYes
Will the service improve?`,
`Wexholt BC – Street Cleansing\t4
Recommendations
• Monitor cleanliness using the Code of Practice grades and publish results.
• Target residential streets below grade B.`
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 'r2-benefits-fair-probably-comparison-era-a',
    why: 'Benefits, era A. The report compares with other councils\' benefits scores (poor; good, will improve) before stating its own; judgement split across a line wrap.',
    pages: [
`Audit Commission
Best Value Inspection Service
Benefits Administration
Silverdale Borough Council
Inspection dates: 23 April – 4 May 2001
Published: August 2001`,
`Silverdale BC – Benefits Administration\t3
Summary
Silverdale pays £31 million a year in housing and council tax benefit to 11,000
households. Performance has improved: new claims now take 41 days, down from 63.
The council has compared itself with six councils in its family group. Two of them
were recently inspected: Hollins Bridge was judged poor, while Marrick was judged
good and will improve. Silverdale sits between the two.
We have concluded that the benefits service in Silverdale is fair and that it
will probably improve. The new document imaging system and the partnership
with the rent service should help it to reach its target of 30 days.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve
Will the service improve?`,
`Silverdale BC – Benefits Administration\t4
What we found
Claimants value the local offices, and staff were courteous throughout our
reality checks. Written communications are poor: standard letters are long and
full of jargon. Fraud work is good.
Recommendations
• Rewrite standard letters with claimants' groups.
• Introduce visiting for vulnerable claimants.`
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'r2-parks-good-probably-passive-era-a',
    why: 'Parks, era A. Passive judgement "is judged to be" with stars; prospect in separate sentence with "is likely to ... we believe ... will probably". Traps: "excellent" Green Flag aspirations, poor play areas.',
    pages: [
`Best Value Inspection Service
Parks and Open Spaces
Ellesford City Council
Audit Commission
Inspection: March 2001
Published: June 2001`,
`Ellesford City Council – Parks and Open Spaces\t2
Summary
Ellesford manages 420 hectares of parks and open space, including two historic
parks. The council intends that at least three parks should reach the excellent
standard of the Green Flag award by 2004. Many play areas are in poor condition, but
the main parks are well maintained and well used, and the friends' groups are
enthusiastic partners.
The parks service is judged to be good (two stars). The improvement plan is realistic
and linked to the council's regeneration bids, and we believe the service will
probably improve.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Will the service improve?
Will not\tUnlikely\tProbably\tYes`,
`Ellesford City Council – Parks and Open Spaces\t3
Recommendations
• Survey all play areas and prioritise replacement.
• Consult young people on the design of new facilities.`
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'r2-trading-standards-fair-unlikely-not-confident-era-a',
    why: 'Trading standards, era A. Prospect judgement in the "We are not confident..." voice with a conclusion; traps: "fair trading" as the name of a function, "good" advice, earlier inspection of this service by a different body.',
    pages: [
`Trading Standards Service
Hallam Moor County Council
Best Value Inspection Service
Audit Commission
Inspection carried out: December 2000
Published: March 2001`,
`Hallam Moor CC – Trading Standards\t5
Summary
The trading standards service enforces more than 70 Acts, from weights and measures
to fair trading and consumer credit. Businesses describe the advice they get as good.
Consumer complaints are handled promptly. But the service does not know whether
its work reduces harm, and inspection of high-risk premises fell behind in 1999/2000.
The county's fire service was the subject of a separate inspection by HM Fire Service
Inspectorate in 1999.
How good is the service? We have judged it to be a fair service.
Will the service improve? We are not confident that it will. The review avoided any
challenge to the structure of the service and the improvement plan is a list of
existing activities. Our judgement is that the service is unlikely to improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
No\tUnlikely\tProbably\tYes`,
`Hallam Moor CC – Trading Standards\t6
Recommendations
• Develop outcome measures for enforcement work.
• Carry out a fundamental challenge of the service's structure.`
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'r2-housing-management-poor-probably-split-line-era-a',
    why: 'Housing management, era A. Grade word and "service" split across a line wrap, prospect across a page break with a page number and header. Traps: "poor morale" and an aim for "good" services by 2003.',
    pages: [
`Audit Commission
Best Value Inspection Service
Housing Management
Northgate Borough Council
Inspection: July 2001
Published: September 2001`,
`Northgate BC – Housing Management\t2
Summary
Northgate manages 14,500 homes. Rent arrears stand at 9.2 per cent of the rent roll,
and re-let times average 71 days. Tenants told us that estate offices are often closed.
Staff morale is poor after a long period of uncertainty about stock transfer. The
council's housing strategy aims to provide good services by 2003.
We judge the housing management service to be a poor
service. The Best Value review was honest about the weaknesses, the tenants'
federation is now closely involved, and the new director has a clear programme.
For these reasons we consider that it
3`,
`Northgate BC – Housing Management
will probably improve.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve
Recommendations
• Set and publish targets for re-let times by estate.
• Review estate office opening hours with tenants.
4`
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 'r2-ict-good-will-era-a-table-and-prose',
    why: 'ICT, era A. Judgement stated in a Summary paragraph and echoed in a table; traps: other council\'s ICT scored poor/will not improve, "excellent" as 2005 target, "improve" in recommendations.',
    pages: [
`Best Value Inspection Service
Information Technology
Beckwith District Council
Audit Commission
Inspection dates: 11 – 22 June 2001
Published: September 2001`,
`Beckwith DC – Information Technology\t3
Summary
Beckwith's IT service supports 600 users across five sites. The IT strategy was
rewritten in 2000 with the corporate management team and is explicitly linked to the
council's priorities. Users rate the help desk highly and the network is available
99.7 per cent of the time. The council aims to be excellent at electronic service
delivery and to meet the 2005 target a year early.
In comparison, the IT service of a similar council which we inspected in 2000 was
poor and will not improve; Beckwith has learned from that report.
The IT service at Beckwith is good, and it will improve.
Inspectors' scores
How good is the service?\tGood\t**
Will the service improve?\tYes
Scoring chart
Excellent
Good
Fair
Poor
Will not\tUnlikely\tProbably\tWill improve`,
`Beckwith DC – Information Technology\t4
Recommendations
To improve further, the council should:
• introduce formal service level agreements with departments;
• extend user training beyond office applications.`
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  // ===========================================================================
  // Era B (reports published from October 2001: "prospects" wording)
  // ===========================================================================
  {
    name: 'r2-ict-fair-promising-chart-caption-era-b',
    why: 'ICT, era B. Judgement in the Summary and in the quoted caption above the scoring chart. Traps: 2005 e-government target, other councils\' ICT services with excellent prospects, "promising" used of a pilot.',
    pages: [
`Best Value Inspection Service
ICT Services
Wolverton Vale Borough Council
Audit Commission
Inspection: 7 – 18 January 2002
Published: April 2002`,
`Wolverton Vale BC – ICT Services\t4
Summary
Wolverton Vale's ICT service has 70 staff and a budget of £5.6 million. The council
has committed itself to the government's target of delivering all services
electronically by 2005, and a promising pilot of on-line payments began in 2001.
Departments complain that new systems are delivered late and over budget, and
that IT staff do not understand the way front-line services work. Several of the
councils the service compared itself with have been judged to have excellent
prospects; Wolverton Vale has some way to go to match them.
The inspectors judge that Wolverton Vale is providing a 'fair', one-star ICT service
that has promising prospects for improvement.
Scoring chart
'a fair service that has promising prospects for improvement'
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Wolverton Vale BC – ICT Services\t5
Recommendations
We recommend that the council:
• involves service departments in setting ICT priorities;
• trains users before new systems go live;
• reports progress on e-government to members every quarter.`
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r2-ict-poor-uncertain-career-prospects-era-b',
    why: 'ICT, era B. Inspectors\' voice. Trap: "poor career prospects" for staff and "poor" of morale; the real prospect is uncertain, expressed as "prospects ... are uncertain".',
    pages: [
`AUDIT COMMISSION
Best Value Inspection Service
Information and Communications Technology
Redgrave Metropolitan Borough Council
Inspection date: May 2002
Published: August 2002`,
`Redgrave MBC – ICT\t2
Summary
Redgrave's ICT service has suffered from historic under-investment. Half of the
council's PCs are more than five years old. Staff turnover is 24 per cent a year:
technical staff told us that pay is low and career prospects within the council are
poor. Members show little interest in the ICT strategy, which has not been updated
since 1999.
In our view this is a poor service. Its prospects for improvement are uncertain: a
new head of ICT has drawn up a credible plan, but it is not funded and has not been
agreed by the cabinet.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement`,
`Redgrave MBC – ICT\t3
Will the service improve?
We are not confident that the council will deliver the plan without a clear decision on
funding. The challenge in the review was weak.
Recommendations
• Agree and fund a PC replacement programme.
• Establish a member-led ICT steering group.`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'r2-benefits-good-excellent-inverted-era-b',
    why: 'Benefits, era B. Judgement stated with the prospect first and the grade in a following clause ("Excellent prospects ... for what is already a good service"). Traps: a previous inspection scoring fair/uncertain; "excellent" customer care awards.',
    pages: [
`Benefits Service
Ashcombe District Council
Best Value Inspection Service
Audit Commission
Inspection: 9 – 20 September 2002
Published: December 2002`,
`Ashcombe DC – Benefits Service\t3
Summary
This is the second inspection of Ashcombe's benefits service. In 2001 we judged it
a fair service with uncertain prospects. Since then, processing times have halved, the
backlog has gone, and claimants' satisfaction has risen to 89 per cent. The service
has won an excellent rating in the regional customer care awards.
Excellent prospects for improvement, for what is already a good service: that is our
conclusion. The team has a strong track record, a funded plan and the full support
of members.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?
Judgement\tScore
How good is the service?\tGood – two stars
Prospects for improvement\tExcellent`,
`Ashcombe DC – Benefits Service\t4
Recommendations
• Extend home visiting to all vulnerable claimants.
• Share good practice with the county's other district councils.`
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 'r2-housing-repairs-fair-uncertain-split-line-era-b',
    why: 'Housing repairs, era B. Prospect phrase split across a line wrap ("uncertain / prospects"); traps: target to become good by 2004, stock condition poor, other landlord judged good.',
    pages: [
`Best Value Inspection Service
Housing Repairs and Maintenance
Fenwick Moor District Council
Audit Commission
Inspection: February 2003
Published: May 2003`,
`Fenwick Moor DC – Housing Repairs\t5
Summary
Fenwick Moor owns 6,800 homes, a third of them in poor condition. Emergency
repairs are done on time but routine repairs take 38 days on average. The council
aims for its repairs service to become good by 2004 and compares itself with the
local housing association, whose repairs service was judged good last year.
The inspection team has judged the service to be a 'fair', one-star service with uncertain
prospects for improvement. The partnering contract now being let should help, but
the council has not yet decided how it will meet the decent homes standard.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Prospects for improvement?
Poor\tUncertain\tPromising\tExcellent`,
`Fenwick Moor DC – Housing Repairs\t6
Recommendations
• Complete the stock condition survey.
• Offer appointments for all routine repairs.`
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'r2-waste-poor-poor-prospects-era-b',
    why: 'Waste management, era B. "a poor service with poor prospects" — both poor; traps: "poor recycling rates" of other councils, aim to be excellent, "promising" of a trial.',
    pages: [
`Audit Commission
Best Value Inspection Service
Waste Management
Calderwick Borough Council
Date of inspection: October 2002
Date of publication: January 2003`,
`Calderwick BC – Waste Management\t3
Summary
Calderwick recycles 6 per cent of household waste, one of the lowest rates in
England. Missed collections are frequent and complaints are not recorded. A
promising trial of green waste collection in one ward was abandoned after three
months. The council's waste strategy aims at an 'excellent service' by 2005 but has no
funding. Other councils in the county also have poor recycling rates, but all of them
have plans to meet their statutory targets.
We judge that Calderwick's waste management service is a 'poor' service with poor
prospects for improvement.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Calderwick BC – Waste Management\t4
What are the prospects for improvement?
The Best Value review did not consult residents, did not test the market and made
no comparison with better performers. Members have twice deferred decisions on the
waste contract. Management capacity is very thin.
Recommendations
• Agree and fund a plan to meet the statutory recycling target.
• Record and analyse all complaints.`
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 'r2-libraries-excellent-excellent-era-b',
    why: 'Libraries, era B, top grade and top prospects, stated in a "We have judged" sentence and the scoring statement box. Traps: "good" used of stock, the council\'s other inspected services scored lower.',
    pages: [
`Library and Information Services
Ravensworth City Council
Best Value Inspection Service
Audit Commission
Inspection: 3 – 14 March 2003
Published: June 2003`,
`Ravensworth City Council – Library Services\t2
Summary
Ravensworth's libraries are among the most used in the country. Book stock is good
and is refreshed regularly, the People's Network is installed in every branch, and
opening hours are the longest in the region. Other services in the council have
fared less well at inspection: housing management was judged fair with uncertain
prospects in 2002.
We have judged the library service to be excellent, with excellent prospects for
improvement.
-----------------------------------------------
Scoring statement: 'an excellent, three-star
service that has excellent prospects for
improvement'
-----------------------------------------------
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Ravensworth City Council – Library Services\t3
Recommendations
• Publish the results of the user survey by branch.
• Lead a regional partnership on reader development.`
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 'r2-planning-good-promising-table-only-era-b',
    why: 'Planning, era B. Judgement appears only in a table row of "The inspectors\' judgements"; prose contains comparisons, other services\' scores and targets only.',
    pages: [
`Audit Commission
Best Value Inspection Service
Planning Services
Strathmoor District Council
Inspection dates: 18 – 29 November 2002
Published: February 2003`,
`Strathmoor DC – Planning Services\t3
Summary
Strathmoor determines 76 per cent of householder applications within eight weeks,
close to the government's target. Customers value the duty planner service. The
council's target is to be in the top quartile for all speed indicators by 2004.
Strathmoor's building control service, inspected in 2001, was judged fair with
uncertain prospects. The planning service has learned from that inspection.
The inspectors' judgements
How good is the service?\tGood\t**
What are the prospects for improvement?\tPromising
Scoring chart
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent`,
`Strathmoor DC – Planning Services\t4
Recommendations
• Publish the local development scheme and timetable.
• Introduce on-line submission of applications.
• Monitor the quality, not only the speed, of decisions.`
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'r2-leisure-fair-poor-prospects-era-b',
    why: 'Leisure, era B. A fair service with poor prospects, stated in two separate sentences in different sections; traps: "a fair number", "prospects" of a leisure trust, earlier inspection with promising prospects.',
    pages: [
`Best Value Inspection Service
Leisure and Sports Development
Hurstleigh Borough Council
Audit Commission
Inspection: April 2003
Published: July 2003`,
`Hurstleigh BC – Leisure and Sports Development\t6
How good is the service?
Hurstleigh runs three leisure centres. Usage is average, prices are low and a fair
number of sports clubs use the centres at off-peak times. Sports development work
with schools is good. However, the buildings are deteriorating and there is no plan to
replace them. On balance, we judge the service to be fair.
What are the prospects for improvement?
The council's previous Best Value review of culture, inspected in 2001, was judged to
have promising prospects, and much of that promise was realised. This time the
review ducked the central question of how the centres will be replaced. The prospects
of a leisure trust, first raised in 1998, are still being discussed. There is no
capital programme and no improvement plan worth the name. The prospects for
improvement of the leisure service are poor.`,
`Hurstleigh BC – Leisure and Sports Development\t7
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?
Recommendations
• Decide the future of the leisure centres within six months.
• Produce a costed improvement plan.`
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 'r2-procurement-fair-promising-hyphenated-era-b',
    why: 'Procurement, era B. Judgement hyphenated at line ends ("one-/star", "prom-/ising"). Traps: the national procurement strategy\'s "excellent" aims, "good practice", "a fair price".',
    pages: [
`Procurement
Amberley Borough Council
Best Value Inspection Service
Audit Commission
Inspection: 6 – 17 October 2003
Published: January 2004`,
`Amberley BC – Procurement\t3
Summary
Amberley spends £84 million a year with 3,000 suppliers. The council has adopted
the national procurement strategy and wants to become an excellent procurer by
2006. There is good practice in social care commissioning, and the joint fuel contract
has achieved a fair price, but most departments buy independently.
The inspectors have judged that the service is a fair, one-
star service that has prom-
ising prospects for improvement. A new procurement team is in place and
supported by the executive.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent`,
`Amberley BC – Procurement\t4
Recommendations
• Publish a contracts register.
• Rationalise the supplier base for low-value purchases.`
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r2-property-poor-promising-era-b',
    why: 'Corporate property / asset management, era B. Grade in a "We consider" sentence, prospects in "The service\'s prospects ... are promising". Traps: hedged "could become good", other council with excellent asset management, "poor condition".',
    pages: [
`Audit Commission
Best Value Inspection Service
Corporate Property and Asset Management
Westbury Heath Borough Council
Inspection: July 2002
Published: October 2002`,
`Westbury Heath BC – Corporate Property\t2
Summary
A third of the council's buildings are in poor condition and there is no up-to-date
asset management plan. The council has looked at Corbridge, whose asset management
is widely regarded as excellent, and intends to copy its approach. With the new
property board in place, the service could become good within three years.
We consider the service to be poor at present.
The service's prospects for improvement are promising. The council has appointed an
experienced head of property, agreed a capital strategy and set up a member-led
property board that is already taking decisions on surplus buildings.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Westbury Heath BC – Corporate Property\t3
Recommendations
• Complete condition surveys for all operational buildings.
• Dispose of surplus property according to the approved programme.`
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 'r2-revenues-good-uncertain-era-b',
    why: 'Revenues (council tax and business rates), era B. Grade in an inspector-voice sentence; prospects "remain uncertain". Traps: "good" collection in other councils, target of excellent, poor morale in another section.',
    pages: [
`Best Value Inspection Service
Revenues Service
Pemberton Borough Council
Audit Commission
Inspection dates: 10 – 21 February 2003
Published: May 2003`,
`Pemberton BC – Revenues Service\t3
Summary
Pemberton collects 98.1 per cent of council tax and 99.0 per cent of business rates in
year. Costs are low compared with other councils, several of which also achieve good
collection rates. Staff in the benefits section, which shares an office, told us morale
there is poor.
In our opinion Pemberton's revenues service is good. Its prospects for improvement
remain uncertain, however: the council plans to move the service into a shared
service centre with two other councils, but no business case has been agreed and
staff have not been consulted. The council's aim of 'excellent revenues services by
2005' therefore rests on a plan that does not yet exist.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Pemberton BC – Revenues Service\t4
Recommendations
• Agree a business case for the shared service centre.
• Consult staff and their representatives.`
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'r2-env-health-fair-promising-page-break-era-b',
    why: 'Environmental health, era B. The single judgement sentence breaks across a page with footer, page number and running header in between. Traps: "good" hygiene ratings of premises, pest control inspected separately.',
    pages: [
`Environmental Health Services
Lowmoor Borough Council
Best Value Inspection Service
Audit Commission
Inspection: 13 – 24 May 2002
Published: September 2002`,
`Lowmoor Borough Council – Environmental Health
Summary
Lowmoor's environmental health service covers food safety, health and safety,
pollution control and housing standards. Most food premises have good hygiene
standards, but only 68 per cent of programmed inspections were completed last year.
The pest control service, which the council reviewed separately, will be the subject of
a later inspection.
Taking all the evidence into account, the inspection team has judged that this is a
'fair', one-star service
Audit Commission\t4`,
`Lowmoor Borough Council – Environmental Health
that has promising prospects for improvement. Staff are well qualified and
committed, and the improvement plan is focused on the right priorities.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?
Recommendations
• Complete the programme of high-risk food inspections.
• Publish response times for noise complaints.
Audit Commission\t5`
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r2-council-tax-excellent-promising-era-b',
    why: 'Council tax and business rates, era B. Excellent grade with promising (not excellent) prospects; traps: "not yet excellent" about the website, "excellent prospects" claimed in the council\'s own review.',
    pages: [
`Audit Commission
Best Value Inspection Service
Council Tax and Business Rates
Kingsbridge Royal Borough Council
Inspection: June 2003
Published: September 2003`,
`Kingsbridge RBC – Council Tax and Business Rates\t2
Summary
Kingsbridge collects 99.1 per cent of council tax in year, the best rate in London,
at a cost per property well below average. Customers can pay and report changes by
telephone, in person or on-line, although the website is not yet excellent.
The council's own Best Value review claimed that the service had 'excellent prospects'.
We do not agree: the review did not test the market and the improvement plan relies
heavily on one manager.
Our judgement is that the service is excellent and that it has promising prospects for
improvement.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Kingsbridge RBC – Council Tax and Business Rates\t3
Recommendations
• Test the cost of the service against external providers.
• Plan for succession in key management posts.`
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 'r2-community-safety-fair-uncertain-earlier-inspection-era-b',
    why: 'Community safety, era B. An earlier inspection of housing (poor, uncertain) and the crime partnership\'s "excellent" aims are quoted; this service\'s grade uses "assess" and the prospect is given as a labelled phrase ("Prospects for improvement: uncertain").',
    pages: [
`Best Value Inspection Service
Community Safety
Durnford District Council
Audit Commission
Inspection: January 2003
Published: April 2003`,
`Durnford DC – Community Safety\t4
Summary
Durnford leads the local crime and disorder reduction partnership. The partnership
aims to make the district 'an excellent place to live, free from the fear of crime'.
Recorded crime has fallen, but fear of crime has not. In 2001 the council's housing
service was judged poor with uncertain prospects, and anti-social behaviour on its
estates remains the largest source of complaints.
We assess the community safety service as fair, one star.
Prospects for improvement: uncertain. The partnership's plan is well informed by
data, but the police and the council have not agreed who will fund the wardens
scheme after March 2004, and the key post of community safety manager is vacant.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Poor\tUncertain\tPromising\tExcellent`,
`Durnford DC – Community Safety\t5
Recommendations
• Fill the community safety manager post.
• Agree long-term funding for neighbourhood wardens.`
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'r2-homelessness-poor-uncertain-era-b',
    why: 'Homelessness and housing advice, era B. Grade given only as "zero stars"/"poor" in the scoring statement of the inspectors; traps: "poor quality" B&B, hedged "not yet a fair service", government targets on B&B use.',
    pages: [
`Audit Commission
Best Value Inspection Service
Homelessness and Housing Advice
Marlcombe Borough Council
Inspection dates: 2 – 13 December 2002
Published: March 2003`,
`Marlcombe BC – Homelessness and Housing Advice\t3
Summary
Marlcombe places 140 families in bed and breakfast hotels, many of poor quality,
and 60 of them have been there for more than six weeks, against the government's
target that no family should be. Advice services are fragmented. There is a new
homelessness strategy, but it is not yet a fair reflection of need, as it was written
before the housing needs survey was completed.
Scoring statement
The inspectors have scored the service as a poor, zero-star service that has
uncertain prospects for improvement.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Marlcombe BC – Homelessness and Housing Advice\t4
What are the prospects for improvement?
The council has extra government funding and has recruited a homelessness manager,
but the improvement plan sets no dates and members are not monitoring it.
Recommendations
• End the use of bed and breakfast for families with children.
• Bring advice services into a single access point.`
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'r2-customer-services-good-excellent-era-b',
    why: 'Customer services / contact centre, era B. Judgement in a "The service is ... Its prospects are ..." pair at the end of the Summary. Traps: benchmark club ranked "excellent" councils, "good" call answering target.',
    pages: [
`Customer Services and Access
Brackenfield Borough Council
Best Value Inspection Service
Audit Commission
Inspection: 8 – 19 March 2004
Published: June 2004`,
`Brackenfield BC – Customer Services\t2
Summary
Brackenfield opened its contact centre in 2002. It now answers 88 per cent of calls
within 20 seconds, against a target of 80 per cent, and resolves three-quarters of
enquiries at first contact. The council belongs to a benchmarking club whose members
include several councils rated excellent under comprehensive performance assessment.
Customers told us the service is good, and we agree. The service is a good, two-star
service. Its prospects for improvement are excellent: the council has a clear,
funded programme to bring all front-line services into the contact centre by 2005,
and its track record of delivery is strong.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Brackenfield BC – Customer Services\t3
Recommendations
• Extend opening hours of the contact centre to Saturday mornings.
• Publish customer satisfaction results quarterly.`
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 'r2-highways-fair-poor-prospects-inspectors-voice-era-b',
    why: 'Highways maintenance, era B. Prospect judgement as "We believe the prospects ... are poor"; grade via "we rate the service as fair". Traps: road condition "poor", neighbouring county\'s highways judged good with promising prospects.',
    pages: [
`Best Value Inspection Service
Highways Maintenance
Wyvern County Council
Audit Commission
Inspection: September 2003
Published: December 2003`,
`Wyvern County Council – Highways Maintenance\t5
Summary
Wyvern maintains 4,300 kilometres of road. A fifth of the unclassified network is in
poor condition. Emergency defects are made safe quickly, and the public rates
the handling of complaints well. The neighbouring county's highways service, judged
good with promising prospects in 2002, spends a third more per kilometre.
We rate the service as fair. We believe that its prospects for improvement are poor,
because the council has cut the maintenance budget for three years running, the
partnership with the contractor has broken down, and the review recommended no
significant change.
Scoring chart
How good is the service?
Excellent\t***
Good\t**
Fair\t*
Poor
Prospects for improvement?
Poor\tUncertain\tPromising\tExcellent`,
`Wyvern County Council – Highways Maintenance\t6
Recommendations
• Produce a highways asset management plan.
• Resolve the dispute with the term contractor.`
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 'r2-museums-good-uncertain-era-b',
    why: 'Museums and heritage, era B. Grade phrased with "provides a good, two-star"; prospects phrased "uncertain prospects" after a line wrap. Traps: "excellent collections", Arts Council ambitions, "promising" of a lottery bid.',
    pages: [
`Audit Commission
Best Value Inspection Service
Museums and Heritage
Greyfriars City Council
Inspection: 20 – 31 October 2003
Published: February 2004`,
`Greyfriars City Council – Museums and Heritage\t4
Summary
Greyfriars has three museums with excellent collections of local history and
ceramics. Visitor numbers have risen by 20 per cent since free entry was introduced.
A promising Heritage Lottery Fund bid for the main museum was rejected in 2003
and has not been resubmitted. The council's cultural strategy aims for the museums
to be of national standing by 2008.
The inspection team concluded that the council provides a good, two-star museums
service with uncertain
prospects for improvement.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Greyfriars City Council – Museums and Heritage\t5
Recommendations
• Agree a funding strategy for the main museum's refurbishment.
• Develop learning programmes with schools.`
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'r2-supporting-people-fair-promising-era-b-2004',
    why: 'Supporting People (2004), era B. Judgement in the later report style ("The service is fair ... with promising prospects"); traps: the council\'s CPA score, ODPM "excellent" guidance, "poor" quality of some providers.',
    pages: [
`Supporting People Programme
Inspection Report
Hollinsford Metropolitan Borough Council
Audit Commission
Best Value Inspection Service
Inspection: June 2004
Published: September 2004`,
`Hollinsford MBC – Supporting People\t3
Summary
The Supporting People programme funds housing-related support for 5,000 people
through 80 providers. Some providers offer poor quality services, and the review of
contracts is behind schedule. The council was rated 'good' in its comprehensive
performance assessment in 2003, and the administering authority is committed to
the programme.
Scoring
The service is fair, one star, with promising prospects for improvement.
Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`Hollinsford MBC – Supporting People\t4
Recommendations
• Complete the service reviews by March 2005.
• Involve service users in the commissioning body.
• Remove funding from providers that do not improve.`
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r2-egov-poor-promising-era-b',
    why: 'Corporate ICT / e-government, era B. The 2005 targets and "excellent" ambitions abound; the council\'s benefits score (good, excellent prospects) is quoted; the real judgement is in a "How good" box and a "Prospects" box.',
    pages: [
`Best Value Inspection Service
E-government and ICT
Sandown Vale District Council
Audit Commission
Inspection: 11 – 22 November 2002
Published: February 2003`,
`Sandown Vale DC – E-government and ICT\t3
Summary
Sandown Vale has implemented only 22 per cent of its services electronically, well
short of its interim target, and the government's 2005 target looks out of reach
without a step change. The council's implementing electronic government statement
promises 'excellent, joined-up services on-line'. The council's benefits service, inspected
last year, was judged good with excellent prospects; it has been let down by the
council's document management system.
How good is the service?
Poor – the service does not meet the basic needs of its users.
What are the prospects for improvement?
Promising – a new ICT partnership has been procured through open competition, a
head of e-government appointed, and the leader chairs the programme board.
Scoring chart
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent`,
`Sandown Vale DC – E-government and ICT\t4
Recommendations
• Align the ICT strategy with the community plan.
• Train staff in the new document management system before roll-out.`
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  // ===========================================================================
  // Documents with no judgement of the service
  // ===========================================================================
  {
    name: 'r2-none-council-self-assessment-ict-era-a',
    why: 'The council\'s own self-assessment written for the inspectors, claiming a score; no inspection judgement has been made, so both are null. Chart text and "Best Value Inspection Service" appear.',
    pages: [
`Stanbridge Borough Council
Information Technology Services
Best Value Review 2000/01
Self-assessment for the Audit Commission's Best Value Inspection Service
Prepared by the Head of IT, February 2001`,
`Stanbridge BC – IT Self-assessment\t2
1. Introduction
This self-assessment has been prepared for the inspection team, who will visit the
council from 19 to 30 March 2001. It summarises the findings of the Best Value review
and the improvement plan approved by the Policy Committee in January.
2. How good is the service?
We believe that the IT service is at least fair and in several respects good. Network
availability is 99.5 per cent. User satisfaction rose from 64 to 79 per cent in the last
year. We accept that the help desk is poor at keeping users informed about progress.
3. Will the service improve?
In our view the service will improve. The improvement plan has been costed and the
Chief Executive chairs the IT Strategy Group.
Self-assessed position on the Audit Commission scoring chart:
How good is the service?\tExcellent\tGood\tFair\tPoor
Will the service improve?\tYes\tProbably\tUnlikely\tNo
The inspection team will form its own judgement; its report is expected in June 2001.`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-draft-scores-to-be-confirmed-era-b',
    why: 'A draft inspection report with the scores left as placeholders pending moderation: full report layout, chart and all grade/prospect words, but no judgement.',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
Audit Commission
Housing Benefit and Council Tax Benefit
Tilbrook District Council
Inspection: 14 – 25 October 2002
Draft report for factual accuracy check: December 2002`,
`DRAFT\tTilbrook DC – Benefits\t3
Summary
Tilbrook's benefits service processes new claims in 52 days on average. A good deal
of progress has been made since the new manager arrived, but backlogs remain. The
council aims to be in the top quartile by 2004. Neighbouring Harwell's benefits service
was judged fair with promising prospects in 2002.
The inspectors' scores are subject to moderation and will be confirmed in the final
report.
Scoring chart
'a [SCORE TO BE CONFIRMED] service that has [TO BE CONFIRMED] prospects for
improvement'
How good is the service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
Prospects for improvement?`,
`DRAFT\tTilbrook DC – Benefits\t4
How good is the service?
[Judgement paragraph to follow moderation panel on 9 January 2003.]
What are the prospects for improvement?
[Judgement paragraph to follow moderation panel.]
Recommendations
• Clear the backlog of change of circumstances work.
• Improve the quality of standard letters.`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-committee-report-quoting-other-services-era-b',
    why: 'A cabinet paper preparing for a leisure inspection; it tabulates other services\' inspection scores and the leisure service\'s target, but states no judgement of the leisure service.',
    pages: [
`Marchbury Borough Council
Report to Cabinet – 14 January 2003
Best Value Review of Leisure Services: preparation for inspection
Report of the Director of Community Services`,
`Agenda item 7\tPage 2
1. Purpose of report
1.1 To update members on preparations for the Audit Commission's Best Value
inspection of leisure services, which will take place in March 2003.
2. Background
2.1 The council's services have been inspected five times since 2000. The results are:
Service\tPublished\tHow good is the service?\tProspects for improvement
Benefits\tMarch 2001\tFair\tWill probably improve
Waste collection\tNovember 2001\tGood\tPromising
Planning\tJune 2002\tPoor\tUncertain
Housing repairs\tSeptember 2002\tFair\tPromising
Revenues\tNovember 2002\tGood\tExcellent
2.2 Officers believe that the leisure service has made good progress since the review
began and has excellent prospects if the leisure trust proposal is approved.
3. Recommendation
3.1 That Cabinet notes the report and agrees that the target for the leisure service
is to be judged a good, two-star service with promising prospects.`,
`Agenda item 7\tPage 3
4. Financial implications
4.1 The cost of the inspection is met by the Audit Commission's fee.
5. Background papers
Best Value Review of Leisure Services – final report (October 2002).`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-ofsted-lea-inspection',
    why: 'An Ofsted inspection of a local education authority (2002): good/poor/satisfactory and "capacity to improve" appear, but it is not a Best Value grade or prospect.',
    pages: [
`OFSTED
Office for Standards in Education
Inspection of Wexholt Local Education Authority
In conjunction with the Audit Commission
Inspection: March 2002
Published: June 2002`,
`Wexholt LEA – Inspection report\t3
Summary
Wexholt is a small LEA serving 24,000 pupils. Standards in primary schools are in
line with the national average; in secondary schools they are below it. The LEA's
support for school improvement is satisfactory. Its support for literacy is good, its
support for schools causing concern is satisfactory, and its asset management
planning is poor. Relations with headteachers are excellent.
The LEA has the capacity to make the improvements required, and the prospects for
secondary schools are improving. Recommendations are set out at the end of this
report.
Table of judgements
Function\tGrade
Support for school improvement\tSatisfactory
Support for literacy\tGood
Asset management planning\tPoor`,
`Wexholt LEA – Inspection report\t4
Recommendations
• Produce an asset management plan with the schools' forum.
• Target support on the four secondary schools below floor targets.`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-cqc-care-home-report',
    why: 'A Care Quality Commission inspection of a care home (2011): "good", "excellent care", "improve" and "judgement" all appear, but there is no Best Value grade or prospect.',
    pages: [
`Care Quality Commission
Review of compliance
Beechwood House Care Home
Provided by Ashdale Care Ltd
Region: South West
Date of visit: 12 May 2011
Date of report: June 2011`,
`Beechwood House – Review of compliance\t2
Summary of our findings
People told us that staff are kind and that the care they receive is good. One relative
described the end-of-life care as excellent. Records of medicines were poor in one
unit, and we have asked the provider to improve them.
Our judgement
Outcome 4: Care and welfare of people who use services – The provider is compliant.
Outcome 9: Management of medicines – The provider is not compliant; this has a
minor impact on people who use the service. Improvement action is needed.
Outcome 16: Assessing and monitoring the quality of service provision – The
provider is compliant.
What we will do next
We will check that the provider has made the improvements within three months.`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-annual-audit-letter-era-b',
    why: 'An annual audit letter (2002/03) from the appointed auditor: mentions the Best Value inspection programme, "good" financial standing, "poor" debt recovery, and improvement, but judges no service on the inspection scale.',
    pages: [
`Audit Commission
Annual Audit Letter 2002/03
Greystone District Council
December 2003`,
`Greystone DC – Annual Audit Letter\t2
Key messages
The council's financial standing is good and it has set a balanced budget for
2004/05. Recovery of sundry debts remains poor, and we have made recommendations
to improve it. The council has made good progress in implementing its
comprehensive performance assessment improvement plan.
Inspection
The Audit Commission's Best Value Inspection Service began an inspection of the
council's waste management service in November 2003; its report will be published
separately in 2004. Inspectors will also revisit the council's housing strategy.
Accounts
We gave an unqualified opinion on the council's accounts on 30 October 2003.
Prospects
The council faces significant financial pressures from 2005, and members will need to
make difficult choices. We will continue to work with officers on these issues.
Yours sincerely
District Auditor`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-improvement-plan-era-b',
    why: 'A council\'s improvement plan for housing repairs: the targets are to become "a good, two-star service with excellent prospects"; it reports no inspection score.',
    pages: [
`Elmhurst Borough Council
Housing Repairs Service
Best Value Improvement Plan 2003 – 2006
Approved by the Executive, 3 June 2003`,
`Elmhurst BC – Housing Repairs Improvement Plan\t2
1. Our vision
By 2006 we want the repairs service to be judged by the Audit Commission a good,
two-star service with excellent prospects for improvement. We recognise that tenants
currently see the service as poor, and that a fair proportion of repairs need a second
visit.
2. Action plan
Action\tLead officer\tTarget date\tOutcome
Introduce appointments for all repairs\tRepairs Manager\tOct 2003\t90% of repairs by appointment
Procure partnering contract\tHead of Housing\tApr 2004\tContract let after competition
Benchmark with HouseMark\tPerformance Officer\tDec 2003\tTop-quartile targets set
3. Monitoring
Progress will be reported to the Housing Scrutiny Panel every quarter. The Best Value
Inspection Service is expected to inspect the service in 2004/05.`
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r2-none-council-best-value-review-report-era-a',
    why: 'The council\'s own Best Value review report of benefits (2000) using the 4Cs: full of "poor", "good", "excellent", "will improve", but no inspection judgement.',
    pages: [
`Brockley Vale Borough Council
Best Value Review of Benefits Administration
Final report of the review team
November 2000`,
`Brockley Vale BC – Benefits Review\t4
Challenge
The review team asked whether the council should continue to deliver the service
in-house. Performance has been poor: new claims take 58 days. Staff gave excellent
ideas for change at the workshops.
Compare
We compared the service with 14 councils in the CIPFA family group. Our costs are
average; our speed of processing is in the bottom quartile. Two councils in the group
have good services and are willing to share their methods.
Consult
A survey of 1,200 claimants found that a fair proportion (31 per cent) had waited
more than two months for a decision.
Compete
A soft market test showed interest from three private providers.
Conclusion
With the changes set out in the improvement plan, the review team is confident that
the service will improve. The service is due to be inspected by the Audit Commission's
Best Value Inspection Service in spring 2001.`
    ],
    expect: { grade: null, prospect: null },
  },
];
