/** A held-out set of hand-written classification cases, written from the domain description only (see docs/best-value.md): measured, never tuned on. */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases4: JudgementCase[] = [
  // ===========================================================================
  // Era A: "will it improve?" wording (reports up to September 2001)
  // ===========================================================================
  {
    name: 'r4-a-ict-fair-probably-table-only',
    why: 'Era A. Both judgements appear only as rows of a two-column table; the scoring chart legend on the same page lists every grade and every era-A prospect; an ambition to be "excellent" follows.',
    pages: [
`Best Value Inspection Service
Inspection Report
Information and Communications Technology
Kettlewell Borough Council
March 2001
Audit Commission`,
`Kettlewell Borough Council – ICT Inspection\t2
Summary
The Audit Commission's Best Value Inspection Service carried out an
inspection of the council's information and communications technology
(ICT) service in January 2001, following the council's Best Value
review of the service, which was completed in October 2000.
Our judgements are set out in the table below.
Question\tInspectors' judgement
How good is the service?\tFair (one star)
Will the service improve?\tWill probably improve
Scoring chart
'a good service?'
Excellent
Good
Fair
Poor
Will not improve\tUnlikely to improve\tWill probably improve\tWill improve
'will the service improve?'
The council's ICT strategy sets out an aim to provide 'an excellent,
customer-focused ICT service to every department' by 2003. At present,
however, the strategy is not linked to the corporate plan, and staff in
front-line departments told us that requests for new equipment can wait
three months or more.`,
`Kettlewell Borough Council – ICT Inspection\t3
Recommendations
To rise to the challenge of continuous improvement, councils need
inspection reports that offer practical recommendations. We recommend
that the council:
• links the ICT strategy to the corporate plan and the council's key
priorities;
• agrees service levels with each department and publishes performance
against them;
• provides a programme of user training for front-line staff.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'r4-a-benefits-poor-unlikely-in-our-view',
    why: 'Era A. Inspectors\' own voice ("In our view ... is a poor service", "we have concluded that ... is unlikely to improve"); traps: "poor" staff morale, an aim to become "a good, two-star service by April 2003", "We are not confident".',
    pages: [
`Housing Benefit and Council Tax Benefit
Sefford City Council
Best Value Inspection Service
June 2001

Summary
Sefford City Council administers housing benefit and council tax
benefit for some 21,000 households. Benefits are assessed by a central
team of 64 staff based at the Civic Centre.
In our view the benefits service is a poor service. New claims take on
average 71 days to process, compared with 24 days for the best quarter
of councils, and one claim in six is assessed incorrectly. Staff morale
is poor and sickness absence is high. Claimants told us that they find
it hard to get through on the telephone and that letters are difficult
to understand.
The council aims to have 'a good, two-star benefits service by April
2003'. Its improvement plan, however, contains few measurable targets,
no timescales and no costings. The Best Value review did not challenge
the need for the separate visiting team, and it compared Sefford only
with its immediate neighbours. We are not confident that the council
will deliver the improvements it has promised, and we have concluded
that the service is unlikely to improve.`,
`Sefford City Council – Benefits\t4
Recommendations
We recommend that the council:
• sets targets for the speed and accuracy of processing that reach the
top quartile within three years;
• introduces a single point of contact for claimants;
• tackles sickness absence and the causes of poor morale.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'r4-a-waste-good-will-ordinary-will-improve',
    why: 'Era A "will improve" (yes). Traps: "will improve" used of a new contract, and "unlikely to improve" used of one area\'s participation rate, both before the real judgement.',
    pages: [
`Harnby District Council
Waste Collection and Recycling
Best Value Inspection Report
August 2001`,
`Summary
Harnby District Council collects household waste from 38,500 properties
each week and runs a kerbside recycling scheme for paper and glass. The
new recycling contract, let in June 2001, will improve the range of
materials collected to include cans and textiles. Participation in the
scheme in the rural east of the district is low and is unlikely to
improve until the second recycling vehicle arrives in the spring.
Residents are very satisfied with the refuse collection service: 91 per
cent rated it good or very good in the council's 2000 survey, and
missed collections are among the lowest in the country.
We have judged that the waste collection and recycling service is a
good, two-star service which will improve. The Best Value review was
thorough and challenging, the improvement plan is realistic and
costed, and members and senior managers are committed to it.
Harnby District Council – Waste Collection and Recycling\t3`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 'r4-a-planning-poor-will-not-page-break',
    why: 'Era A. The judgement sentence is split across a page break, with the running header and page number between "a poor" and "service which will not improve"; the council\'s own contrary view ("would improve") and an "excellent" memory are traps.',
    pages: [
`Marlow Vale District Council
Development Control
Best Value Inspection Service
July 2001`,
`Marlow Vale District Council – Development Control\t4
Summary
The development control service determines around 1,400 planning
applications a year. Only 38 per cent of householder applications are
decided within eight weeks, against a national target of 80 per cent,
and the backlog of undetermined applications has grown by a third
since 1999. Several agents told us that the service had been excellent
in the early 1990s but that it has since fallen behind.
The council's own review concluded that performance would improve once
the new planning IT system is installed. We do not share this view:
the system has been delayed twice, there is no plan to tackle the
backlog in the meantime, and the review did not consult applicants or
compare the service with others.
Taking all of this into account, the inspectors have judged that the
development control service provided by Marlow Vale District Council
is a poor`,
`Marlow Vale District Council – Development Control
Best Value Inspection Service\t5
service which will not improve. We have set out below the steps the
council should take to change this.
Recommendations
• Set and resource a plan to clear the backlog of applications.
• Consult agents and applicants about the service they want.
• Compare costs and performance with the best-performing councils.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 'r4-a-libraries-good-probably-hyphenated',
    why: 'Era A. "will prob-/ably improve" is hyphenated across a line end; another service\'s earlier grade ("museums ... was judged fair") and "excellent range of stock" are traps.',
    pages: [
`Dunmere County Council
Library and Information Service
Best Value Inspection
December 2000

Summary
Dunmere's 41 libraries are well used: visits per head of population
are in the top quarter of county councils and the service offers an
excellent range of stock for children. Opening hours in the smaller
branches are short and have been cut twice since 1996.
The county's museums service, inspected earlier in 2000, was judged
fair, and the council has drawn on the lessons of that inspection in
carrying out this review.
The inspection team judged the library service to be good (two stars)
and considers that it will prob-
ably improve. The review was well managed and consulted widely, but
the improvement plan does not yet say how the cost of longer opening
hours will be met.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'r4-a-highways-fair-unlikely-inverted',
    why: 'Era A. Inverted judgement ("Fair, but unlikely to improve: that ... is our judgement"); negation trap "This is not a good service"; ordinary "a fair proportion".',
    pages: [
`Corbridge Borough Council
Highway Maintenance
Best Value Inspection Service – September 2001`,
`Summary
Fair, but unlikely to improve: that, in short, is our judgement on
Corbridge's highway maintenance service.
This is not a good service. Although a fair proportion of carriageway
defects are repaired within the target time, footway repairs take on
average twice as long as the council's own standard, and the council
does not know the condition of a third of its unclassified roads.
Residents' complaints about potholes have risen in each of the last
three years.
The Best Value review was completed late and did not test whether the
in-house contractor offers value for money. The improvement plan sets
out what the council wants to achieve, but not how or when, and we
found little evidence that members are prepared to take the difficult
decisions it implies.
Corbridge Borough Council\tHighway Maintenance\tPage 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'r4-a-leisure-good-probably-bullet-list',
    why: 'Era A. Judgements given as a bulleted list ("the service is a good one, meriting two stars"; "it will probably improve"); traps: "excellent working relationships", a target of "excellent" facilities, the scoring chart legend.',
    pages: [
`Thornaby-on-Wold Borough Council
Sport and Leisure Services
Best Value Inspection Report
April 2001`,
`Thornaby-on-Wold Borough Council\tSport and Leisure\t3
Summary
The council runs four leisure centres, two swimming pools and a
programme of sports development for young people. The service has
excellent working relationships with local sports clubs and with the
primary care trust, which funds an exercise-on-referral scheme.
Our overall judgements are that:
• the service is a good one, meriting two stars; and
• it will probably improve, because the Best Value review has produced
a clear plan which members support, although the plan depends on
capital funding that has not yet been secured.
The council's stated target is to provide 'excellent facilities in
every community' by 2006.
Scoring chart
Excellent\t3 stars
Good\t2 stars
Fair\t1 star
Poor\t0 stars
Will not improve / Unlikely to improve / Will probably improve / Will improve`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'r4-a-revenues-excellent-will',
    why: 'Era A, top of both scales ("an excellent, three-star service, and ... it will improve"); traps: "a fair proportion", "poor local economy", a "good" comparison with a neighbour.',
    pages: [
`Wexcombe Borough Council
Revenues Service: Council Tax and Business Rates
Best Value Inspection Service
July 2001

Summary
Wexcombe collects over 99 per cent of council tax due in the year,
which places it among the best councils in England, despite a poor
local economy and a fair proportion of households on low incomes. The
cost of collection is well below average. The neighbouring district,
which has a similar population, is regarded as good, yet Wexcombe's
results are better on every measure we examined.
We judge the revenues service to be an excellent, three-star service,
and we are satisfied that it will improve. The review challenged every
part of the service, compared it rigorously with the best, and led to
a plan to extend payment by direct debit and over the internet, with
clear targets, owners and dates.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 'r4-a-env-health-one-star-will-stars-only',
    why: 'Era A. The grade is given only in stars ("awarded ... one star" = fair); the prospect is the inspectors\' "will improve". Trap: the council says a database "will improve" targeting.',
    pages: [
`Lowerfield District Council
Food Safety and Environmental Health
Best Value Inspection
May 2001`,
`Lowerfield District Council – Environmental Health\t2
Summary
The food safety team is responsible for 1,120 food premises. It
achieved 74 per cent of its programmed high-risk inspections last
year, short of the statutory requirement, but response to complaints
about food and about pests is prompt and customers speak well of the
officers they deal with. The council told us that the new premises
database will improve the targeting of inspections on the highest-risk
businesses.
We have awarded the service one star. Our judgement is that it will
improve: the review was rigorous, it consulted local businesses and
residents, and the improvement plan is being delivered to time, with
two new inspectors appointed in April.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 'r4-a-home-care-poor-probably-we-consider',
    why: 'Era A. First-person plural ("We consider this to be a poor service ... We consider, however, that it will probably improve"); traps: vision of "excellent care services", "good practice".',
    pages: [
`Brindley Metropolitan Borough Council
Home Care Services for Older People
Report of a Best Value Inspection
February 2001

Summary
The council's vision is to provide 'excellent care services that help
older people to live independently in their own homes'. At present it
is some way from achieving it.
We consider this to be a poor service. Many older people receive
their care at times that suit the service rather than themselves; one
in four visits is made by a carer the person has never met before; and
the council does not monitor the quality of care bought from private
agencies. We did see some good practice in the rapid response team.
We consider, however, that the service will probably improve. The new
head of service has a clear plan, members have agreed additional
funding of £600,000, and the review involved service users and carers
throughout.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 'r4-a-housing-repairs-fair-unlikely-conclusion-wrap',
    why: 'Era A. Judgement in a concluding paragraph on the last page with "unlikely to / improve" wrapped across lines; trap: the council\'s belief that the service "will improve", which the inspectors reject.',
    pages: [
`Portsfield City Council
Housing Repairs and Maintenance
Best Value Inspection Service
June 2001
Contents
Summary\t2
Recommendations\t3
Report\t4
Conclusion\t9`,
`Portsfield City Council – Housing Repairs\t9
Conclusion
Tenants receive a reasonable service for routine repairs: 86 per cent
are completed within target and most tenants are satisfied with the
quality of work. Emergency repairs are handled well. But the backlog
of planned maintenance has grown, and the service costs more than
most comparable councils.
The council believes that the service will improve once the partnering
contract is in place. We do not share that confidence: the contract
has not yet been tendered, there is no fall-back plan, and tenants
have not been involved in designing it.
Our overall judgement is that Portsfield's housing repairs service is
a fair, one-star service which is unlikely to
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'r4-a-street-cleansing-poor-unlikely-hyphen-other-service',
    why: 'Era A. "un-/likely to improve" hyphenated at a line end; trap: another service inspected earlier ("grounds maintenance ... was judged good and will probably improve").',
    pages: [
`Ashworth Borough Council
Street Cleansing
Best Value Inspection Report
August 2001`,
`Ashworth Borough Council – Street Cleansing\t2
Summary
Ashworth's grounds maintenance service, inspected in March of this
year, was judged good and will probably improve. The street cleansing
service, which is managed by the same department, is in a very
different position.
Streets in the town centre are cleaned daily, but residential areas
are swept only every six weeks, and our own survey found litter and
fly-tipping on more than half the streets we walked. The council does
not measure the cleanliness of its streets and has no standards for
removing graffiti.
We have judged the street cleansing service to be poor and un-
likely to improve. The Best Value review looked only at the cost of
the in-house workforce; it did not ask residents what they wanted,
and the improvement plan has no targets for cleanliness.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ===========================================================================
  // Era B: "prospects for improvement" wording (reports from October 2001)
  // ===========================================================================
  {
    name: 'r4-b-benefits-fair-promising-table',
    why: 'Era B. Judgements only in a tab-separated table; the scoring chart axis (all four grades, all four prospects) and "a fair proportion" are traps.',
    pages: [
`Benefits Administration
Milton Abbas Borough Council
Inspection Report
February 2002
Audit Commission – Best Value Inspection Service`,
`Milton Abbas Borough Council – Benefits\t2
Summary
This inspection looked at the administration of housing benefit and
council tax benefit. The service has improved its processing times
over the last year, but a fair proportion of claims still take longer
than 50 days and the council does not check the accuracy of its
decisions systematically.
Judgement\tScore
How good is the service?\tFair (one star)
What are the prospects for improvement?\tPromising
Scoring chart
'a good service?'
Excellent ★★★
Good ★★
Fair ★
Poor
Poor\tUncertain\tPromising\tExcellent
'prospects for improvement?'`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r4-b-ict-poor-uncertain-page-break-header',
    why: 'Era B. "a poor service that has" / running header and page number / "uncertain prospects for improvement"; the scoring chart legend on the first page lists "Poor prospects" and the other labels.',
    pages: [
`Ravensholme District Council
Information and Communications Technology
Best Value Inspection Service
March 2002`,
`Ravensholme District Council\tICT Inspection Report\t2
Scoring chart
a good service?
three stars – excellent
two stars – good
one star – fair
no stars – poor
prospects for improvement?
poor prospects\tuncertain prospects\tpromising prospects\texcellent prospects
Summary
Ravensholme's ICT service supports 900 users across 30 sites. Users
told us that the help desk is friendly but that problems often take
days to fix, and departments buy their own systems without reference
to the ICT section. There is no ICT strategy and the council has no
plan for meeting the government's 2005 target for electronic service
delivery.
We have judged the ICT service to be a poor service that has`,
`Ravensholme District Council\tICT Inspection Report
3
uncertain prospects for improvement. The new corporate director has
started to address the weaknesses, but the Best Value review produced
an improvement plan that is largely a list of aspirations, and there
is not yet the money or the skills to deliver it.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-planning-good-promising-appositive',
    why: 'Era B. Judgement inside an appositive between dashes ("– in our judgement a good, two-star service with promising prospects for improvement –"); trap: ambition to be "excellent".',
    pages: [
`Hallam Vale Borough Council
Planning Services
Best Value Inspection
May 2002

Summary
Hallam Vale's development control service – in our judgement a good,
two-star service with promising prospects for improvement – has made
significant progress since 2000. Eighty-one per cent of minor
applications are now decided within eight weeks, the service is
accessible through a well-designed website, and applicants value the
pre-application advice they receive.
The council wants the service to be 'excellent by 2004'. To achieve
this it will need to improve enforcement, where complaints are not
always followed up, and to speed up major applications.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'r4-b-housing-management-fair-uncertain-caption',
    why: 'Era B. The only statement of the judgements is the caption under the scoring chart; the chart text above lists every label.',
    pages: [
`Housing Management
Kingsferry Borough Council
Best Value Inspection Service
November 2002`,
`Kingsferry Borough Council\tHousing Management\t3
Summary
The council manages 11,200 homes through four area offices. Rent
collection is efficient, but re-letting empty homes takes on average
nine weeks, and tenants' satisfaction has fallen since 1999. Tenants
who are involved in the new estate panels told us that they now feel
listened to.
Our judgements are shown in the scoring chart below.
a good service?
Excellent
Good
Fair
Poor
Poor\tUncertain\tPromising\tExcellent
prospects for improvement?
Figure 1: Scoring chart. The inspectors judged the housing management
service to be fair (one star) with uncertain prospects for improvement.
Recommendations
• Set and monitor a target for re-letting empty homes.
• Extend estate panels to all four areas.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-waste-poor-poor',
    why: 'Era B. "poor, with poor prospects for improvement" – the same word serves both scales; traps: ambition "excellent authority", neighbour\'s "excellent" recycling.',
    pages: [
`Eastmoor District Council
Waste Management
Best Value Inspection Report
January 2003`,
`Eastmoor District Council – Waste Management\t2
Summary
The council's corporate plan says it intends to become 'an excellent
authority' and to recycle a quarter of household waste by 2005. It
currently recycles 6 per cent, one of the lowest rates in the county;
the neighbouring district, by contrast, achieves excellent results
with a similar budget.
We judge Eastmoor's waste management service to be poor, with poor
prospects for improvement. Missed collections are frequent, bulky
waste collections take up to five weeks, and the council has no
waste strategy. The Best Value review was completed a year late, was
led by the service itself and produced no firm proposals.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 'r4-b-libraries-excellent-excellent',
    why: 'Era B, top of both scales stated across three sentences ("This is an excellent service", "three stars", "prospects ... to be excellent"); trap: "poor condition" of buildings.',
    pages: [
`Calderbrook Metropolitan Borough Council
Libraries and Information Services
Best Value Inspection
June 2003

Summary
This is an excellent service. Issues per head are the highest of any
metropolitan council, the mobile and housebound services reach people
across the borough, and the People's Network has been installed in
every branch ahead of schedule. The only significant weakness is the
poor condition of two Victorian branch buildings, for which the
council has a funded plan.
We have awarded the service three stars, and we consider its prospects
for improvement to be excellent. The Best Value review was exemplary,
performance management is strong, and the service has a track record
of delivering what it plans.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 'r4-b-homelessness-reinspection-poor-promising',
    why: 'Era B re-inspection. The earlier inspection\'s judgement (poor, uncertain) is quoted first; the current judgement is "remains poor, but ... prospects for improvement are now promising".',
    pages: [
`Bridgeton City Council
Homelessness and Housing Advice
Re-inspection Report
April 2004`,
`Bridgeton City Council – Homelessness Re-inspection\t2
Summary
When we first inspected the service in March 2002 we judged it to be
poor with uncertain prospects for improvement. The council has since
appointed a homelessness strategy manager, opened a housing advice
centre and halved its use of bed and breakfast accommodation for
families.
Much remains to be done. Homeless households still wait too long for
a decision and the quality of temporary accommodation is variable.
This re-inspection finds that the service remains poor, but its
prospects for improvement are now promising: the plan is realistic,
it is funded, and it is already delivering results.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 'r4-b-community-safety-fair-promising-ordinary-prospects',
    why: 'Era B. Passive "has been assessed as a fair, one-star service which has promising / prospects", wrapped; trap: ordinary phrase "young people with poor job prospects", "good practice".',
    pages: [
`Stainmoor Borough Council
Community Safety
Best Value Inspection
September 2002

Summary
The community safety partnership has focused its work on the three
estates with the highest levels of crime and on young people with poor
job prospects, many of whom are drawn into anti-social behaviour. We
found good practice in the youth diversion scheme run with the police.
Outside the priority areas, however, residents see little of the
partnership's work, and its results are not well measured.
The council's community safety service has been assessed as a fair,
one-star service which has promising
prospects for improvement.
Stainmoor Borough Council – Community Safety\tpage 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r4-b-procurement-good-uncertain-inverted',
    why: 'Era B. Inverted sentence ("Uncertain, in our view, are the prospects for improvement of what is otherwise a good, two-star ... service"); trap: "excellent" savings targets.',
    pages: [
`Corporate Procurement
Fenwick County Council
Inspection Report – December 2002`,
`Fenwick County Council – Procurement\t3
Summary
The corporate procurement unit has delivered savings of £1.4 million
over two years through county-wide contracts for energy, stationery
and agency staff, and suppliers told us that its tendering processes
are clear and fair. The council's target is to achieve excellent value
in every contract it lets by 2005.
Uncertain, in our view, are the prospects for improvement of what is
otherwise a good, two-star procurement service. Departments are not
required to use the corporate contracts, the procurement strategy has
not been agreed by members, and the unit's two senior posts are held
by staff on temporary contracts.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-leisure-good-excellent-question-list',
    why: 'Era B. Judgements as answers to the two questions in a list; the prospect is "Excellent" while the grade is good; traps: "poor-quality changing rooms", "excellent" elsewhere, chart legend.',
    pages: [
`Leisure and Culture
Wynford Borough Council
Best Value Inspection Service
July 2003`,
`Wynford Borough Council – Leisure and Culture\t2
Our judgements
• How good is the service? Good – two stars.
• What are its prospects for improvement? Excellent.
Why we have reached these judgements
The council's leisure centres are well used and well run, and the arts
programme at the Corn Exchange draws audiences from across the region.
Some sites still have poor-quality changing rooms, and users with
disabilities find two of the pools hard to reach.
The leadership of the service is excellent: the Best Value review was
challenging, the improvement plan is ambitious and costed, and the
partnership with the leisure trust is already delivering savings.
Scoring chart labels: Poor, Fair, Good, Excellent; poor, uncertain,
promising, excellent prospects.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 'r4-b-highways-fair-poor-not-confident',
    why: 'Era B. "We are not confident that the council will deliver..." then "judged the service as fair, one star, with poor prospects for improvement"; traps: another service\'s era-A judgement ("good ... will probably improve"), "a fair proportion".',
    pages: [
`Gresley County Council
Highways and Footways Maintenance
Best Value Inspection Report
October 2002`,
`Gresley County Council – Highways\t2
Summary
In 2001 we inspected the council's transportation planning service and
judged it good and that it will probably improve. This report concerns
the separate highways maintenance service.
The condition of principal roads is about average for a county council
and a fair proportion of safety defects are made safe within 24 hours.
But the council spends less on maintenance than almost any other
county, the backlog is growing, and it does not know the condition of
many of its footways.
We are not confident that the council will deliver the improvements
set out in its plan: they depend on a bid for funding that has already
been turned down once, and the plan has no alternative. We have
therefore judged the service as fair, one star, with poor prospects
for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 'r4-b-property-good-promising-hyphenated',
    why: 'Era B. "prom-/ising prospects" hyphenated at a line end; traps: ambition "three-star service by 2005", "poor condition".',
    pages: [
`Northwold District Council
Property and Asset Management
Best Value Inspection
March 2003

Summary
The council owns 640 operational and commercial properties. It now
has a complete asset register and an asset management plan that the
government rates as good, and it has sold surplus depots to fund
repairs to buildings in poor condition.
The council aims to be 'a three-star service by 2005'. Its asset
management service is, we have concluded, a good service with prom-
ising prospects for improvement. The challenge now is to involve
service departments in decisions about the property they occupy.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'r4-b-env-health-fair-excellent-prospects',
    why: 'Era B. The word "excellent" belongs to the prospect, not the grade ("a fair, one-star service, but one whose prospects for improvement are excellent"); trap: "excellent" used of a partnership.',
    pages: [
`Selbury City Council
Environmental Health and Trading Standards
Inspection Report
February 2004`,
`Selbury City Council – Environmental Health\t2
Summary
The service has excellent partnerships with the police and the fire
service, and its work on under-age sales is well regarded. It has,
however, fallen behind with inspections of food premises and its
response to noise complaints at night is limited.
In our judgement this is a fair, one-star service, but one whose
prospects for improvement are excellent. A new manager has been in
post for nine months, the improvement plan is comprehensive and
already on track, and members review progress every quarter.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 'r4-b-revenues-good-uncertain-table-with-other-service',
    why: 'Era B. Judgement in a table row ("Two stars – good", "Uncertain"); a second table lists another service\'s earlier scores ("One star – fair", "Promising") as a trap.',
    pages: [
`Revenues Service
Hartwell Borough Council
Best Value Inspection Report
October 2003`,
`Hartwell Borough Council – Revenues\t2
Inspection judgements
Service inspected\tHow good is it?\tProspects for improvement
Revenues (council tax and business rates)\tTwo stars – good\tUncertain
Other inspections of the council
Service\tDate\tHow good is it?\tProspects for improvement
Benefits\tMay 2002\tOne star – fair\tPromising
Summary
Council tax collection has risen to 97.8 per cent and business rates
collection is in the top quarter. However, the service's future is
tied to a partnership with a private company that has not yet been
agreed, and staff turnover has risen sharply while it is negotiated.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-fleet-poor-uncertain-not-yet-fair',
    why: 'Era B. Negation trap ("This is not yet a fair service, let alone a good one") before the actual grade poor; prospects "uncertain" stated separately.',
    pages: [
`Transport and Fleet Management
Ormesby Borough Council
Best Value Inspection
May 2002

Summary
This is not yet a fair service, let alone a good one. Vehicles are
off the road for repair for twice as long as in comparable councils,
the workshop has no system for planning maintenance, and departments
hire in vehicles at short notice because the fleet cannot meet their
needs. We judge the service to be poor.
Its prospects for improvement are uncertain. The review identified
the right problems, and the council has agreed to test the market for
the workshop, but there is no timetable and no one has been given
responsibility for making it happen.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-economic-development-fair-promising-targets',
    why: 'Era B. "The inspection team has concluded that ... is a fair service (one star) with promising prospects"; traps: a CPA ambition to be an "excellent" council, benefits service "judged good last year".',
    pages: [
`Tollbridge District Council
Economic Development and Regeneration
Best Value Inspection Service
August 2004`,
`Tollbridge District Council – Economic Development\t3
Summary
The council has set itself the goal of becoming an 'excellent' council
in its next comprehensive performance assessment, and it points to
its benefits service, which was judged good last year, as evidence
of what it can achieve.
Economic development has a smaller track record. Business support is
valued by the firms that use it, but few know it exists, and the
regeneration of the town centre has been slower than planned.
The inspection team has concluded that economic development in
Tollbridge is a fair service (one star) with promising prospects for
improvement. The new regeneration partnership has secured funding and
has a clear programme for the next three years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'r4-b-parks-good-promising-footer-inside',
    why: 'Era B. Active "We rate ... as good" on a later page with the page footer ("Audit Commission / 7") between the grade sentence and the prospect sentence; contents page first.',
    pages: [
`Parks and Open Spaces
Beckwith Borough Council
September 2003
Contents
Summary\t6
Scoring chart\t8
Recommendations\t9`,
`Summary
The borough's 46 parks are clean, safe and well used. Five hold Green
Flag awards, and friends groups are active in most of the larger
parks. Play areas in the north of the borough are in poorer condition
and the service has not yet consulted young people about them.
We rate the parks and open spaces service as good. We believe that
it has promising
Audit Commission\t7
prospects for improvement, because the council has agreed a ten-year
parks strategy with funding for the first three years.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'r4-b-school-meals-excellent-promising-dash',
    why: 'Era B. Grade with an aside between dashes ("is excellent – one of the few three-star services we have inspected – and has promising prospects"); traps: "poor diet", "fair-trade".',
    pages: [
`Aldbury County Council
School Meals Service
Inspection Report
April 2003

Summary
Nearly seven in ten pupils in Aldbury's primary schools take a school
meal, compared with under half nationally. Menus are designed with a
dietitian, fair-trade products are used where possible, and the
service works with schools to tackle poor diet among older pupils.
Costs are below average and head teachers are very satisfied.
The school meals service is excellent – one of the few three-star
services we have inspected – and has promising prospects for
improvement. The main risk is the number of secondary schools that
may choose to buy their catering elsewhere.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 'r4-b-contact-centre-fair-uncertain-wales-scoring',
    why: 'Era B. "lead us to score the service as fair (one star) with uncertain prospects" in a concluding paragraph; bilingual title and "good" in a customer quotation as traps.',
    pages: [
`Cyngor Sir Penfro Isaf / Lower Penfro County Council
Customer Services and Contact Centre
Audit Commission in Wales – Best Value Inspection
November 2002`,
`Lower Penfro County Council – Customer Services\t4
Conclusions
The contact centre answers 84 per cent of calls within 20 seconds and
customers generally find staff helpful; one told us 'they are good
when you get through, but the opening hours are no use to me'. Only
six services are handled by the centre, and there is no plan for
bringing in the rest or for making services available in Welsh by
telephone outside office hours.
Taken together, these findings lead us to score the service as fair
(one star) with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'r4-b-museums-zero-stars-uncertain',
    why: 'Era B. Grade given only as stars ("a zero-star rating" = poor); traps: "an excellent collection", "good" visitor comments.',
    pages: [
`Museums and Heritage
Ramsford City Council
Best Value Inspection
January 2002`,
`Ramsford City Council – Museums\t2
Summary
Ramsford holds an excellent collection of regional archaeology, but
most of it is in store, and visitor numbers at the city museum have
fallen by 40 per cent in five years. Visitors' comments on the
temporary exhibitions are good; comments on opening hours, signs and
facilities for families are not.
We have given the museums and heritage service a zero-star rating and
judged that its prospects for improvement are uncertain. The review
set out options for the future of the city museum, but the council has
not yet chosen between them.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ===========================================================================
  // Documents with no judgement of the service
  // ===========================================================================
  {
    name: 'r4-none-council-own-best-value-review',
    why: 'The council\'s own Best Value review report: ambitions ("an excellent, three-star service"), "will improve" in ordinary use, "good practice", "a fair proportion"; no inspection judgement.',
    pages: [
`Brackwell Borough Council
Best Value Review of Information Technology Services
Final Report to the Cabinet – September 2000
Prepared by the Best Value Review Team`,
`1. Purpose of the review
The review examined the council's IT services against the 4Cs:
challenge, compare, consult and compete. Our ambition is for IT to be
an excellent, three-star service by 2004.
2. Findings
A fair proportion of users are satisfied with the help desk, but many
departments feel that the IT section does not understand their needs.
We visited two councils that are regarded as examples of good practice.
3. Improvement plan
The new service-level agreements will improve response times, and the
training programme will improve users' confidence with the new office
software. The review team recommends that the service be market tested
in 2001/02.
Brackwell Borough Council\tBest Value Review – IT\t5`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-draft-scores-to-be-confirmed',
    why: 'A draft inspection report whose scores are still to be confirmed; chart legend text and "poor" and "good" in ordinary uses, but no judgement is stated.',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Best Value Inspection Service
Housing Benefits – Holmsley District Council
Draft report for factual accuracy check – March 2002`,
`Holmsley District Council – Benefits – DRAFT\t2
Summary
[Scores to be confirmed following moderation.]
How good is the service?\t[to be confirmed]
What are the prospects for improvement?\t[to be confirmed]
Scoring chart
Excellent / Good / Fair / Poor
Poor / Uncertain / Promising / Excellent
The benefits section has good relationships with local advice
agencies, but processing times are poor and the backlog stood at
2,300 cases in January. The inspection team will confirm its
judgements once the council's comments on this draft have been
considered.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-committee-paper-other-service-score',
    why: 'A committee paper about a forthcoming libraries inspection that quotes another service\'s score (benefits: "good ... promising prospects"); nothing is stated about the libraries service\'s own grade or prospects.',
    pages: [
`WESTHAM BOROUGH COUNCIL
Report to: Scrutiny Committee (Culture and Leisure)
Date: 14 November 2002
Subject: Forthcoming Best Value inspection of the Library Service
Report of the Head of Libraries
1. Purpose
To inform members of the arrangements for the Audit Commission's
inspection of the library service, which will take place in the week
beginning 13 January 2003.
2. Background
The inspection follows the Best Value review of the library service
completed in July 2002. Members will recall that the benefits service,
inspected in May, was judged to be good with promising prospects for
improvement. Officers will draw on the lessons of that inspection.
3. Recommendations
That members note the arrangements and agree to meet the inspectors.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-inspection-scoping-brief',
    why: 'An Audit Commission inspection brief issued before fieldwork: it explains the two questions and the scale words but makes no judgement.',
    pages: [
`Audit Commission
Best Value Inspection Service
Inspection Brief: Waste Management
Greyholme District Council
Issued: 3 June 2002`,
`Scope of the inspection
The inspection will focus on household waste collection, recycling and
bulky waste. It will answer two questions: how good is the service, and
what are its prospects for improvement?
Inspectors will score the service on a scale from no stars (poor) to
three stars (excellent), and will judge its prospects for improvement
as poor, uncertain, promising or excellent.
Timetable
Document review\tJune 2002
On-site fieldwork\t8–12 July 2002
Feedback to the council\t19 July 2002
Draft report\tAugust 2002
Inspection team
Lead inspector: A. Whitcombe
Inspector: R. Dalgleish`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-guidance-leaflet-scoring',
    why: 'A general guidance leaflet explaining what the scores mean, in both vocabularies; no service is judged.',
    pages: [
`Understanding your inspection report
A guide for councillors
How the Audit Commission scores services
Each Best Value inspection report answers two questions.
How good is the service? Services are awarded between no stars and
three stars: a poor service scores no stars, a fair service one star,
a good service two stars and an excellent service three stars.
Will the service improve? Until September 2001 inspectors said whether
a service will improve, will probably improve, is unlikely to improve
or will not improve. Reports published from October 2001 describe its
prospects for improvement as excellent, promising, uncertain or poor.
Audit Commission\t1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-action-plan-progress-report',
    why: 'A council progress report on its post-inspection action plan: targets, "will improve" and "good" in ordinary use, no grade or prospect quoted for the service.',
    pages: [
`Fallowfield City Council
Cemeteries and Crematorium Service
Progress on the Inspection Action Plan
Report to Executive Member – June 2003`,
`Recommendation\tAction\tProgress
R1 Consult bereaved families\tAnnual survey of families\tComplete – 88% rated the service good or very good
R2 Compare costs with others\tJoin APSE benchmarking club\tOn track
R3 Improve grounds maintenance\tNew mowing schedule\tDelayed to September
The new mowing schedule will improve the appearance of the older
cemeteries, where grass cutting has been poor. Our target is to
achieve the Charter for the Bereaved 'excellent' standard by 2005.
Fallowfield City Council\tPage 2 of 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-appendix-extract-chart-legend',
    why: 'An extract of a report\'s appendices only: documents reviewed, people met and the scoring chart key with every label; no judgement appears in the extract.',
    pages: [
`Appendix 1 – Documents reviewed
Best Value Review of Trading Standards, final report, February 2001
Trading Standards Service Plan 2001/02
Customer satisfaction survey results, 2000
Appendix 2 – People we met
Executive member for Environment; Head of Trading Standards; four
trading standards officers; representatives of the Chamber of Trade.`,
`Appendix 3 – The scoring chart
The chart shows the inspectors' judgement of how good the service is
(vertical axis: poor, fair, good, excellent) and whether it will
improve (horizontal axis: will not improve, unlikely to improve, will
probably improve, will improve).
Appendix 4 – Reality checks undertaken
Mystery shopping of 12 traders; observation of two market inspections.
Northcliffe Borough Council – Trading Standards\t18`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'r4-none-national-findings-press-release',
    why: 'A press release about national results across many inspections (percentages poor/fair, none excellent, probably or definitely improve); no individual service is judged.',
    pages: [
`AUDIT COMMISSION – NEWS RELEASE
Embargoed until 00.01 hrs, 20 August 2001
IT services must align with council priorities, says inspection review
Of the first 76 Best Value inspections of council IT services carried
out up to 31 July, more than 70 per cent were graded poor or fair and
none received the top grade of excellent. Inspectors judged that 68 per
cent of the services would probably or definitely improve.
A common theme was the need to align IT strategy with councils' wider
aims. Communication between IT staff and front-line services, and user
training, were also frequently raised.
Notes to editors
1. The Best Value Inspection Service was established in April 2000.
2. Reports are available on the Audit Commission website.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
