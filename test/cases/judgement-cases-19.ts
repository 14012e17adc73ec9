/** Held-out judgement set 19, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases19: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: "s19-grid-asterisk-lowercase-axes",
    why: "The grid is the only statement of the verdict: an asterisk in the 'promising' row under the 'good' column; both axes list every grade and prospect word in lower case, and the prose never repeats the verdict.",
    pages: [
`Best Value Inspection Service

Information and Communications
Technology

Calderford Metropolitan Borough Council

Inspection report
June 2003
`,
`Calderford MBC – ICT\t2

Summary
Calderford's ICT division supports around 2,400 staff and 63 elected
members, runs the corporate network and telephony, and develops the
council's website. The division has made real progress since the
corporate restructure of 2001, although some departments still wait
too long for new equipment and the schools network remains separate.

Scoring chart
\t'a good service?'
\tpoor\tfair\tgood\texcellent
excellent\t\t\t\t
promising\t\t\t*\t
uncertain\t\t\t\t
poor\t\t\t\t
'prospects for improvement?'

Our judgement is marked on the chart above. The columns show how good
the service is at present, from no stars on the left to three stars on
the right; the rows show its prospects for improvement.
`,
`Calderford MBC – ICT\t3

Recommendations
We make the following recommendations to help the council build on
the progress it has made. The council should:
• agree a single list of priorities for ICT projects across all
  directorates, so that the division is not pulled in several
  directions at once;
• set out how the £1.1 million earmarked for replacing desktops will
  be phased over the next three years; and
• publish response times for the help desk and report them to the
  Resources Scrutiny Panel every quarter.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s19-grid-rows-are-grades-cross-mark",
    why: "Era A chart with axes the other way round (grades as rows carrying their own asterisk star counts, improvement answers as columns); the mark is an X in the Fair row under 'Probably'. The row labels' asterisks are star counts, not the mark.",
    pages: [
`Brigmoor District Council

Benefits Administration

Best Value Inspection
April 2001

Audit Commission
Best Value Inspection Service
`,
`BRIGMOOR DISTRICT COUNCIL – BENEFITS                              page 2

How we have scored the service
In this chart the rows show how good the service is today and the
columns show whether we think it will improve. The cross marks our
judgement.

\tNo\tUnlikely\tProbably\tYes
Excellent ***\t\t\t\t
Good **\t\t\t\t
Fair *\t\t\tX\t
Poor\t\t\t\t

Why we reached this judgement
New claims now take an average of 31 days to decide, which is still
well short of the 14-day standard, but the backlog of changes of
circumstances has fallen by two-thirds since last summer. Claimants
praised the counter staff for their patience and knowledge. The
review produced a sensible and costed action plan, and the benefits
manager has the confidence of her team and of the finance director.
`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s19-grid-tick-space-aligned-columns",
    why: "Space-aligned extraction (pdftotext -layout style) with grades down the side and era B prospects across the top; a tick sits under the 'Uncertain' column in the 'Poor' row. Only the character column of the tick carries the prospect.",
    pages: [
`Saltcote Borough Council
Housing Repairs and Maintenance
Best Value Inspection Service – November 2002

Summary
Saltcote owns a little under 7,000 homes. Repairs are carried out by
an in-house team of 58 trades staff, with gas servicing and some
planned work let to contractors.

Tenants told us that appointments are not kept, that jobs are left
half-finished and that complaints go unanswered. Only 61 per cent of
urgent repairs are completed within the target time.

Our judgement
How good the service is runs down the side of the chart; its
prospects for improvement run across the top. The tick shows where
we place the service.

                 Poor        Uncertain    Promising    Excellent
Excellent ***
Good **
Fair *
Poor                         ✓
`,
`Saltcote Borough Council – Housing Repairs                      2

The improvement plan agreed in September is a step forward, and the
new repairs manager has started to tackle the worst of the problems.
But the plan has not been costed, the review of trades staffing has
stalled, and the council has still to decide whether its in-house team
should compete with outside contractors for the planned programme.

Recommendations
The council should:
• publish a repairs charter with clear appointment times;
• cost its improvement plan and build it into the 2003/04 budget; and
• test the price and quality of the in-house team against the market.
`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s19-grid-star-glyph-as-mark",
    why: "The mark is a single star glyph, and the column labels also carry star glyphs showing each grade's star count; the lone star in the 'excellent prospects' row sits in the 'good' column (index 3), not under the one-star 'fair' label.",
    pages: [
`Wexcombe County Council

Customer Access and e-Government

Best Value inspection report
Audit Commission – February 2004

Contents
Summary\t3
Scoring chart\t4
Recommendations\t5
The report\t6
`,
`Wexcombe County Council\tCustomer Access and e-Government\t4

Scoring chart
'a good service?'
\tpoor\tfair\tgood\texcellent
\t(no stars)\t(★)\t(★★)\t(★★★)
excellent prospects\t\t\t★\t
promising prospects\t\t\t\t
uncertain prospects\t\t\t\t
poor prospects\t\t\t\t
'will the service improve?'

The single star placed on the grid marks our judgement: read across
for how good the service is now, and down for how likely it is to
improve. The stars printed under the column labels show the number of
stars each grade carries.
`,
`Wexcombe County Council\tCustomer Access and e-Government\t5

Recommendations
• Extend the contact centre's opening hours to Saturday mornings.
• Bring the remaining district-based highways enquiries into the
  customer relationship system.
• Publish the results of the 2003 residents' panel survey on access,
  with what the council has changed as a result.
`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s19-grid-dot-era-a-no-row",
    why: "Era A grid (Yes/Probably/Unlikely/No rows, grade columns) marked with a dot in the 'No' row under 'Poor'; the prose quotes the council's ambition to be 'an excellent waste authority' and uses 'morale ... is poor'.",
    pages: [
`Dunmoor District Council
Refuse Collection and Recycling
Best Value Inspection
February 2001

SUMMARY
1. Dunmoor collects household waste weekly from about 38,000 homes.
Recycling is limited to bring-banks at eleven sites, and the council
recycles 6 per cent of household waste, one of the lowest rates in
the region.
2. Missed collections are common, and residents who complain are not
told what has been done about it. The council's Best Value review did
not ask residents what they wanted and set no recycling target beyond
the statutory minimum.
3. Our scores for the service are shown below.

Will the service improve?
Yes\t\t\t\t
Probably\t\t\t\t
Unlikely\t\t\t\t
No\t●\t\t\t
\tPoor\tFair\tGood\tExcellent
\tIs it a good service?
`,
`Dunmoor District Council – Refuse and Recycling\t2

4. The council's wish to become 'an excellent waste authority' is not
matched by any plan for getting there. The review's action plan lists
eighteen tasks but gives none of them a date, an owner or a cost. The
crews we met were committed, but morale at the depot is poor after two
years of uncertainty about the future of the collection contract.

RECOMMENDATIONS
5. The council should consult residents on the frequency and method of
collection, set itself recycling targets for each of the next five
years, and give each action in its plan a named owner and a deadline.
`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s19-grid-bracket-checkboxes",
    why: "Every cell of the grid is an empty checkbox '[ ]' except one '[x]'; its position (second column, 'Uncertain' row) gives fair/uncertain. Row labels repeat 'Prospects:' and the column header lists every grade.",
    pages: [
`Best Value Inspection Service\tKettlesby Borough Council
Corporate IT Support\tMarch 2002\t1

Summary and scores
The IT support section has 22 staff and looks after 1,150 personal
computers and 90 servers for all departments except education.

                       How good is the service?
                       Poor   Fair   Good   Excellent
Prospects: Excellent   [ ]    [ ]    [ ]    [ ]
Prospects: Promising   [ ]    [ ]    [ ]    [ ]
Prospects: Uncertain   [ ]    [x]    [ ]    [ ]
Prospects: Poor        [ ]    [ ]    [ ]    [ ]

Most faults are fixed quickly and users rate the help desk staff
highly. The weaker areas are the management of projects, which often
overrun, and the lack of any agreed way of deciding which work comes
first. The review was thorough in parts but did not test whether others
could provide the service more cheaply, and the improvement plan
depends on a restructure that members have not yet approved.
`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s19-grid-reversed-row-order-labelled-cell",
    why: "Rows run from poor prospects at the top down to excellent at the bottom (reverse of the usual order); the marked cell carries a diamond and the words 'our judgement' in the last column (3 stars - excellent) of the 'promising prospects' row. The cell's words are not the verdict; its position is.",
    pages: [
`Thornleigh City Council – Library and Information Service
Best Value Inspection, September 2004\tPage 4

Chart 1: where the service stands
Columns: how good the service is now (0 to 3 stars). Rows: how likely
the service is to improve.
\t0 stars – poor\t1 star – fair\t2 stars – good\t3 stars – excellent
poor prospects\t\t\t\t
uncertain prospects\t\t\t\t
promising prospects\t\t\t\t◆ our judgement
excellent prospects\t\t\t\t

Thornleigh's libraries are among the best used in the country: the
city lends more books per head than any other council in its
comparison group, and in 2003 opening hours were extended to Sunday
afternoons at the four largest branches. Public computers are booked
for 78 per cent of the hours they are available.
`,
`Thornleigh City Council – Library and Information Service
Best Value Inspection, September 2004\tPage 5

The main risk to further progress is money. The council's draft budget
for 2005/06 proposes a 4 per cent cut in the book fund, and two branch
refurbishments have been put back a year. We are satisfied that the
service has the leadership to manage this, but the scale of the gains
it has made since 2001 will be hard to repeat.
`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: "s19-table-fair-one-star-no-will-not",
    why: "Verdicts only in a judgement table: 'Fair (one star)' and 'No, it will not improve'; the wrapped reasons column uses good, excellent and poor about parts of the service.",
    pages: [
`Ludworth Borough Council
Property Maintenance Service
Best Value Inspection – July 2001

Our judgements in brief

Question\tOur answer\tPrincipal reasons
Is this a good service?\tFair (one star)\tResponsive repairs to civic buildings are good and
\t\tusers praise the excellent out-of-hours call-out; but
\t\tplanned maintenance is poor and condition surveys are
\t\tfive years out of date.
Will it improve?\tNo, it will not improve\tThe review set no challenging targets; members
\t\thave not agreed the improvement plan; a good
\t\tworkforce plan exists on paper only.

The rest of this report explains these judgements.
`,
`Ludworth Borough Council – Property Maintenance\t\t2

Context
The service looks after 143 operational buildings, from the town hall
and three leisure centres to public toilets and depots. It has a
budget of £2.9 million and employs 31 staff, most of them surveyors,
clerks of works and technicians. Day-to-day repairs are carried out
under a term contract that expires in March 2003.
`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: "s19-table-good-two-of-three-promising",
    why: "Table cells 'Good: 2 stars of 3' and 'Promising', with an evidence column using excellent, fair and poor; a note points to the council's self-assessment in an appendix, which is not the verdict.",
    pages: [
`RUSHMEAD DISTRICT COUNCIL

ICT Services

Best Value Inspection Service

October 2002
`,
`Rushmead District Council – ICT Services\t\t\t\t3

Summary table
Aspect\tJudgement\tKey evidence
How good is the service?\tGood: 2 stars of 3\tNetwork availability excellent (99.7%); help desk slow for remote depots; a fair share of projects delivered late
Prospects for improvement\tPromising\tStrong corporate backing; e-government plan at an early stage; record on project delivery poor until 2001

Note: the judgements above are those of the inspection team. The
council's own self-assessment, submitted in June 2002, is summarised
in Appendix 1 for reference.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s19-table-layout-poor-no-stars-probably",
    why: "Space-laid table with wrapped reasons: 'Poor – no stars' and 'Probably'; the reasons text contains 'poorest', 'good' and a hyphenated 'excellent co-operation'.",
    pages: [
`Pellingham Borough Council                        Council Tax Collection
Best Value Inspection Service                     January 2001

                              SCORES AT A GLANCE

Judgement                     Score                 Reasons
How good is the service?      Poor – no stars       In-year collection of 91.2%
                                                    is among the poorest for
                                                    similar councils; good
                                                    take-up of direct debit has
                                                    not made up for slow
                                                    recovery action.
Will the service improve?     Probably              A realistic improvement plan,
                                                    a new recovery team in post
                                                    since November, and early
                                                    signs of excellent co-
                                                    operation with the courts.
`,
`Pellingham Borough Council – Council Tax                            2

Background
Pellingham bills 52,300 properties for council tax and collects about
£38 million a year. Collection is carried out by the Revenues section
of the Finance Department, which also handles business rates.
`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: "s19-table-excellent-three-stars-yes-will",
    why: "Era A table: 'Excellent (three stars)' and 'Yes – the service will improve'; the comments cell mentions a poor 1999 audit, good plan and fair progress on allotments.",
    pages: [
`Elmstead Borough Council: Parks and Open Spaces
Best Value Inspection Report – August 2001\t\t\t\t\t1

Judgement\tVerdict\tComment
Current performance\tExcellent (three stars)\tFaults found by the poor 1999 audit of play areas have all been put right; Green Flag standard at six parks
Will the service improve?\tYes – the service will improve\tGood plan, fully costed and already being delivered; only fair progress so far on allotments

Elmstead's parks service manages 410 hectares of parks, playing
fields, woodland and allotments, together with 27 play areas and the
borough's two cemeteries. Most grounds maintenance is carried out by
the council's own direct service organisation, which won the contract
in open competition in 1999.
`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: "s19-table-summary-box-poor-poor",
    why: "Summary box rows 'The service is poor (0 of 3 stars)' and 'Poor prospects'; the reasons column speaks of 'some excellent individual staff' and 'a good draft plan'.",
    pages: [
`Fenwick Cross Borough Council
IT and Telephony Services
Inspection report – May 2003
Best Value Inspection Service

Summary box
Our judgement\tThe service is poor (0 of 3 stars)\tMost users wait more than two days for
\t\tfaults to be fixed; the network failed
\t\tnine times last year; some excellent
\t\tindividual staff but no shared standards.
Prospects\tPoor prospects\tNo agreed strategy; the review did not
\t\tchallenge the way things are done; a good
\t\tdraft plan but no money to deliver it.
`,
`Fenwick Cross Borough Council – IT and Telephony\t\t2

Recommendations
1. Agree an ICT strategy that follows from the community plan and the
   council's corporate priorities.
2. Set and publish service standards for fault repair.
3. Identify the funding needed to renew the network.
`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased as likelihood, belief or negation
  // ---------------------------------------------------------------------------
  {
    name: "s19-para-more-likely-than-not-era-a",
    why: "Era A report (May 2001): the prospect is only a likelihood, 'more likely than not that the service will get better', so it maps to 'probably'; grade stated plainly as fair.",
    pages: [
`HATHERLEIGH VALE DISTRICT COUNCIL
Sport and Leisure Centres – Best Value Inspection – May 2001

Summary
The council runs three leisure centres and a small outdoor pool, which
between them recorded 410,000 visits last year. The centres are clean
and well staffed, and the swimming programme for schools is well
regarded. Against that, prices have risen faster than at neighbouring
centres, use by older people and people on low incomes is falling, and
the council does not know why.

We judge that the council provides a fair, one-star leisure service.

The Best Value review was slow to get going and relied too heavily on
the views of people who already use the centres. The improvement plan
that came out of it is, however, realistic, and the new leisure
manager has begun to act on it: a concessionary card scheme started in
April and a programme of sessions for the over-fifties is due to begin
in the summer. Taking all of this into account, we think it more
likely than not that the service will get better over the next two
years.
`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s19-para-confident-deliver-plan-era-b",
    why: "Era B: 'We are confident that the council will deliver this plan in full' with no scale word maps to the top ordinal, 'excellent' prospects.",
    pages: [
`Gallowmere Borough Council

Information and Communications Technology

Best Value Inspection Service
February 2004
`,
`Gallowmere Borough Council – Information and Communications Technology\t5

How good is the service?
Users across the council rate the help desk highly, and the figures
bear them out: 87 per cent of calls are resolved at the first contact
and the network has been available for 99.8 per cent of working hours
over the last year. The website is clear and easy to use, though only
a handful of transactions can yet be completed online. Overall, we
judge that Gallowmere provides a good, two-star ICT service.

Will the service improve?
The council has a strong record of delivering what it promises. Every
one of the nineteen actions in its 2002 ICT plan was completed, most
of them early. The new improvement plan is specific, costed and owned
by named managers, and members review progress against it each
quarter. We are confident that the council will deliver this plan in
full, and that the service will keep getting better.
`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: "s19-para-doubt-capacity-era-b",
    why: "Era B: 'We doubt that the council has the capacity ... to carry the plan through' is a negative likelihood with no scale word, ordinal 1 = 'uncertain'. Grade stated as 'poor' early on.",
    pages: [
`Upperby District Council\tHousing Repairs\tJanuary 2003

How good is the service?
Upperby's repairs service is poor. Emergency repairs are usually dealt
with promptly, but routine jobs take an average of 47 days, a third of
appointments are missed, and the council has no reliable record of how
many jobs are outstanding. Tenants' satisfaction has fallen in each of
the last three surveys.

Will the service improve?
The council now accepts the scale of the problem, and the improvement
plan agreed in December addresses most of the weaknesses we found. But
the plan relies on recruiting a repairs manager and four supervisors
into posts that have been vacant for more than a year, and on a new
job-management system for which no money has been found. We doubt that
the council has the capacity, as things stand, to carry the plan
through.
`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s19-para-no-prospect-era-a",
    why: "Era A: 'We can see no prospect of the service improving' is a negated likelihood = 'will-not'; grade 'poor'.",
    pages: [
`Barrowby Borough Council
Information Technology
Best Value Inspection Service\tMarch 2001

How good is the service?
The IT section keeps the council's main systems running, but little
more. Desktop equipment is old and unreliable, the network has no
back-up link, and a quarter of calls to the help desk are still open
after a week. Departments have begun to buy their own equipment and
support, which the section does not know about. We judge it to be a
poor service.

Will the service improve?
Nothing we saw persuades us that matters will change. The review has
not been finished, no one at senior level has taken responsibility for
the improvement plan, and the two posts that would have carried it
forward have been deleted in this year's budget. We can see no
prospect of the service improving in the foreseeable future.
`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s19-para-in-no-doubt-era-a",
    why: "Era A: 'We are in no doubt that the service will continue to improve' negates doubt, so it is certainty = 'will'; the report also says the service is 'not yet excellent', a hedge that must not be read as the grade.",
    pages: [
`Yarnfield Borough Council – Library Service
Best Value Inspection Report
June 2001\t\t\t\t\t\t3

Summary
Yarnfield's nine libraries are well used and well liked. Issues per
head are above the average for similar councils, the stock is fresh,
and the new homework clubs at Castle Street and Moorside are full most
evenings. The service is not yet excellent – opening hours in the
smaller branches are short and the mobile library timetable has not
been reviewed for a decade – but we judge it to be a good, two-star
service.

The review was rigorous, and the staff and members we met share a
clear view of what the service should become. Targets are demanding
and progress against them is reported to members every quarter. We are
in no doubt that the service will continue to improve.
`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: "s19-para-nothing-suggests-change-era-b",
    why: "Era B: 'We found nothing to suggest that this will change' followed by 'prospects ... bleak' – no scale word, ordinal 0 = 'poor'. The grade is fair.",
    pages: [
`Coldharbour District Council
Environmental Health
Best Value Inspection Service – December 2002

Summary
We judge that Coldharbour's environmental health service is fair. Food
premises are inspected broadly on schedule and complaints about noise
are answered within two days. But pest control charges are the highest
in the county, pollution monitoring has lapsed, and the service does
not know what its customers think of it.

We found nothing to suggest that this will change. The review has
produced no plan worth the name, the service has had no head since
October, and members have shown little interest in its findings. We
regard the prospects for the service as bleak.
`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: "s19-para-not-persuaded-era-a-sept-2001",
    why: "Report dated September 2001 (still era A). 'We are not persuaded that the council will make the progress it needs' is doubt = 'unlikely'.",
    pages: [
`Nethercott Borough Council
Information and Communications Technology
Best Value Inspection – September 2001

Summary
The ICT service is fair. It keeps the council's core systems running
reliably and its staff are knowledgeable and helpful, but new projects
are poorly managed, the council is behind most others in putting
services online, and departments have little say in what the service
does.

The council has recognised these weaknesses, and its improvement plan
lists the right things to do. We are not persuaded, however, that the
council will make the progress it needs: similar plans in 1998 and
2000 were not carried out, the plan has no budget attached to it, and
the ICT manager has announced her retirement.
`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: "s19-para-seems-likely-era-b",
    why: "Era B (April 2003): 'it seems to us likely that the service will keep getting better' is a positive likelihood with no scale word = 'promising'.",
    pages: [
`Quarrington City Council
Housing Benefit and Council Tax Benefit
Best Value Inspection Service\tApril 2003\t4

How good is the service?
Quarrington pays benefit to about 21,000 households. New claims are
decided in an average of 39 days, which is slower than most cities,
and the error rate in the last audit sample was high. But the service
is friendly and accessible, claimants can get help at eight outreach
points, and its work on take-up is among the best we have seen. We
judge it a fair service.

Will the service improve?
Since the review, the service has cut its backlog by half, brought in
document imaging and trained every assessor in the new procedures.
Members have backed the plan with an extra £400,000 for each of the
next two years. It seems to us likely that the service will keep
getting better.
`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s19-para-in-our-view-not-confident",
    why: "Inspectors' voice without a summary box: 'In our view the service is good' and 'We are not confident that the council will deliver the improvements' (negated confidence = doubt, era B ordinal 1 = 'uncertain').",
    pages: [
`Bexwell District Council
ICT and Financial Systems
Best Value Inspection Service – May 2004\t\t\t2

What we found
In our view the service is good. The finance system was replaced on
time and within budget last year, users are well supported, and the
team has a detailed knowledge of the council's business.

The council's ambitions for the next three years are much larger: a
shared service centre with two neighbouring districts, a new
document-management system and a move to online payment for every
major service. We are not confident that the council will deliver the
improvements it has planned. The partnership agreement is unsigned,
the timetable has already slipped by six months, and the team that
would lead the work is the same small team that runs the existing
systems day to day.
`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: "s19-self-assessment-good-contrast-fair",
    why: "The council's self-assessment calls the service good with promising prospects; 'Our evidence tells a different story' and the inspectors then give fair / uncertain.",
    pages: [
`Foxhollow District Council – ICT\tNovember 2003\t3

The council's view
The council's self-assessment, prepared for this inspection, describes
the ICT service as 'good' and its prospects as 'promising'. It points
to the new network, the rising number of online transactions and a
satisfaction rate of 82 per cent in the last staff survey.

Our evidence tells a different story. The network is new, but it was
installed eight months late and still drops connections at the two
depots. Online transactions have risen from a very low base – eleven
forms can now be submitted through the website. The satisfaction
survey was answered by fewer than one in ten staff.
`,
`Foxhollow District Council – ICT\tNovember 2003\t4

Our judgement
We judge that Foxhollow's ICT service is fair – one star – and that
its prospects for improvement are uncertain. The service has capable
staff and the council is now spending more on ICT, but its plans are
not linked to the council's priorities and it has yet to show that it
can deliver projects on time.
`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s19-manager-expects-excellent-contrast",
    why: "A manager's expectation ('excellent within two years') is quoted and then set aside; the inspectors judge the service poor now but say it will probably improve (era A).",
    pages: [
`Ashworth Heath Borough Council
Information Services
Best Value Inspection\tMarch 2001

The head of information services told us that she expects the service
to be 'excellent within two years'. That is an ambition we would not
wish to discourage, but it is a long way from where the service stands
today.

In our judgement the service is currently poor. Users wait an average
of nine working days for a new PC to be connected, the council has no
disaster recovery arrangements for its main systems, and staff in the
unit have had no training of their own for three years.

There are, however, good reasons for cautious optimism. A new ICT
strategy has been agreed by the executive, £600,000 has been added to
the capital programme and the unit has been restructured around its
customers. We think the service will probably improve, although not at
the pace its managers hope.
`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: "s19-neighbour-council-rating",
    why: "A neighbouring council's inspection result (good, excellent prospects) is quoted because the two share a data centre; the inspectors' verdict on THIS council's service is fair / promising.",
    pages: [
`Westlow District Council\tICT Services\tAugust 2003

Comparison with others
Westlow shares a data centre with neighbouring Eastwold District
Council, whose ICT service was inspected in 2002 and judged to be good
with excellent prospects. Westlow's managers often drew the comparison
with us; we do not think it holds. The two councils share a building
and a contract for hardware maintenance, but Eastwold has its own
strategy, its own help desk and a much larger budget.
`,
`Westlow District Council\tICT Services\tAugust 2003\t2

Our judgements
Westlow's ICT service is fair. Its core systems are reliable but its
help desk is slow, and the council has been slow to use technology to
improve services to the public.

The recent appointment of a head of ICT with a seat on the management
team, a costed three-year plan and an agreement to merge the two help
desks next April give the service promising prospects.
`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s19-earlier-inspection-then-now",
    why: "A re-inspection recalls the first inspection's verdict (poor, unlikely to improve) in the inspectors' own voice; only the current verdict (good, promising) counts.",
    pages: [
`Cranmere Borough Council
Benefits Service – Re-inspection
Best Value Inspection Service
September 2004
`,
`Cranmere Borough Council – Benefits Service – Re-inspection\t\t3

Summary
When we first inspected this service, in February 2001, we judged it
poor and unlikely to improve. Claims took more than three months to
process, the backlog stood at 6,000 items and landlords were
threatening legal action.

Three years on, the picture is very different. New claims are decided
in 26 days on average, the backlog has gone, and a survey of claimants
last autumn found 84 per cent satisfied with the service. We now judge
the service to be good, with promising prospects for further
improvement.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s19-council-position-statement-no-verdict",
    why: "The council's own position statement for a forthcoming inspection, quoting its self-assessment and a peer review rating; no inspectors' judgement exists in the document, so no judgement.",
    pages: [
`SANDBECK BOROUGH COUNCIL
ICT Services – Position Statement for the Best Value Inspection
Prepared by the Head of ICT for the Audit Commission inspection team
September 2002

1. Introduction
This statement sets out the council's own assessment of its ICT
service ahead of the inspection planned for November 2002.

2. Self-assessment
Using the Audit Commission's published criteria, the review team has
assessed the service as 'fair' (one star) with 'promising' prospects
for improvement. We believe that our network and help desk are good,
but recognise that our progress on e-government has been poor.

3. Peer review
A peer review carried out in July by officers from Marsh Vale Council
rated the service 'good'. Their report is attached as Annex C.

4. Our aims
Our aim is to be an excellent, three-star ICT service by 2005, with
every service that can be delivered electronically available online.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-cabinet-member-three-star-contrast",
    why: "An elected member calls the service 'three-star in everything but name'; 'We do not agree', and the inspection team's verdict is fair and will not improve (era A, September 2000).",
    pages: [
`Saxonbury District Council
Development Control
Best Value Inspection Report – September 2000\t\t\t4

The executive member for planning described the service to us as
'three-star in everything but name', pointing to the national award
the council won in 1998 for its conservation area work. We do not
agree. That award was deserved, but it related to a small team that
has since been broken up, and the main planning service is now one of
the slowest in the county.

The inspection team's judgement is that the planning service is fair.
Most applicants are satisfied once their application has been decided,
and decisions are of good quality. But only 41 per cent of minor
applications are decided within eight weeks, and the service has no
plan to improve that figure.

Will the service improve?
The review accepted the service's own view of itself, compared it with
no other council and set no targets. We have concluded that, as things
stand, the service will not improve.
`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: "s19-self-assessment-agreed",
    why: "The council's self-assessment is quoted and the inspectors agree with it; the verdict is still the inspectors' own sentence (good, promising). A quoted view is not always contradicted.",
    pages: [
`Morland Vale District Council\tInformation Technology\tFebruary 2003\t2

Summary
The council's self-assessment rated its IT service as good, with
promising prospects. Our findings support that assessment. The help
desk resolves most calls within a day, the council has invested
steadily in its network and the IT team is well regarded by other
departments.

We judge the service to be good, and its prospects for improvement to
be promising. The main obstacles to further progress are the small
size of the team and the council's reliance on a single supplier for
its main applications.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: "s19-long-dash-aside-list-of-duties",
    why: "The subject 'The ICT service' is separated from 'a fair, one-star service' by a dashed aside listing the service's duties (over 50 words); the prospect sentence also holds 'uncertain' behind a long dashed aside.",
    pages: [
`Sandalby Borough Council\tInformation and Communications Technology
Best Value Inspection Service\tJuly 2002\t\t3

Summary
The ICT service – which looks after some 1,900 desktop computers at
46 sites, the council's wide-area network and telephone switchboard,
the payroll, council tax, housing rents and benefits systems, the
geographic information system used by planners and highways engineers
and (since last autumn) the council's website and intranet – is, on the
evidence we gathered over eleven days on site, a fair, one-star
service.

Its prospects for improvement – given a newly adopted ICT strategy that
has not yet been costed, the departure of two of the four senior
managers in the spring, and a corporate budget that has been cut in
each of the last three years – are uncertain.
`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s19-long-bracket-aside-benefits",
    why: "A long bracketed aside (over 40 words) stands between 'The benefits service' and 'a good service'; the prospects word comes after a dashed list of considerations.",
    pages: [
`Dewsfield Metropolitan Borough Council
Housing and Council Tax Benefits
Best Value Inspection – February 2003

Our judgement
The benefits service (which assesses and pays housing benefit and
council tax benefit to some 17,500 households, investigates suspected
fraud jointly with the Benefits Agency, recovers overpayments, and –
since the closure of the Elm Street office last year – runs the only
face-to-face enquiry point in the north of the borough) is, we judge,
a good service that deserves two stars.

Its prospects – bearing in mind a settled and capable management team,
a plan that is costed and supported by members, and the risk, which
the council has recognised, that the move to a new computer system
next spring will slow processing for several months – are promising.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s19-long-relative-clauses-poor-will-not",
    why: "Era A: 'The Information Technology Unit, which is responsible for ... and which has lost five of its eleven staff ...' puts 'a poor service' about 60 words after its subject; the prospect sentence opens with a long dashed list before 'will not improve'.",
    pages: [
`LOWTHER DALE DISTRICT COUNCIL
INFORMATION TECHNOLOGY
BEST VALUE INSPECTION – NOVEMBER 2000

Summary
The Information Technology Unit, which is responsible for buying and
maintaining all of the council's computers, printers and servers, for
the payroll, creditors, council tax and benefits systems, for the
telephone network and for advising departments on the use of new
technology, and which has lost five of its eleven staff since 1998, is
in our view providing a poor service.

For the reasons set out in this report – an improvement plan without
targets, no money set aside to carry it out, and no sign that senior
managers or members are willing to give the unit the attention it
needs – we have concluded that the service will not improve.
`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: "s19-long-single-sentence-both-excellent",
    why: "Both judgements in one long sentence; the subject and 'an excellent service' are over 50 words apart across a dashed list of branches and services, and the prospect 'excellent' comes at the very end.",
    pages: [
`Kingsmere Borough Council
Libraries and Information Service
Best Value Inspection Service\tMarch 2004\t\t2

Summary
Kingsmere's library and information service – which runs fourteen
branches, two mobile libraries, a housebound service, the local
studies collection at the Old Corn Exchange and, since 2002, three
learning centres that offer free use of the internet and basic skills
courses – is, on every measure we examined and in the view of almost
every user we met, an excellent service, and one whose prospects for
further improvement we also judge to be excellent.
`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: "s19-long-sentence-page-number-split",
    why: "Long sentence about an e-government service where 'good' is about 40 words from its subject, and the prospects phrase 'excellent / prospects' is split by a page break with the page number and running header between the two words.",
    pages: [
`Stanwick Borough Council
e-Government and Customer Access
Best Value Inspection Service – January 2005\t\t\t11

Summary
Stanwick's e-government and customer access service, taken as a whole
– the contact centre at Market Street, the website, the new payments
engine, the links with the county council's social care systems and
the network of village access points that opened last summer – is a
good service. Given the strength of its leadership, the quality of
the plan that members approved in November and the fact that the three
projects due to finish this year are all on schedule, we judge that
the service has excellent
`,
`12

Stanwick Borough Council – e-Government and Customer Access
prospects for improvement.

Recommendations
• Publish the results of the customer satisfaction survey.
• Extend the booking system to leisure courses.
`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents ABOUT an inspection (council papers) -> no judgement
  // ---------------------------------------------------------------------------
  {
    name: "s19-cabinet-report-on-ict-inspection",
    why: "A council cabinet report relays the inspectors' fair/promising result for the ICT service. It is the council's paper, not the inspectors' report, so the expected answer is no judgement.",
    pages: [
`STONEYFORD CITY COUNCIL

REPORT TO:      Cabinet
DATE:           12 March 2003
REPORT OF:      Director of Corporate Services
SUBJECT:        Best Value inspection of Information and Communications
                Technology – outcome and action plan

1. Purpose of report
1.1 To inform Cabinet of the outcome of the Audit Commission's Best
Value inspection of the council's ICT service and to seek approval for
the action plan at Appendix A.

2. Background
2.1 The inspection took place over two weeks in November 2002. The
inspectors' final report was received on 21 February 2003.

3. The inspectors' findings
3.1 The inspectors judged the service to be 'fair' (one star) with
'promising' prospects for improvement. They praised the reliability
of the network and the council's progress on e-government, and
criticised the help desk's response times and the lack of a corporate
approach to training.
3.2 They made six recommendations, summarised in Appendix A alongside
the actions proposed by officers.
`,
`Stoneyford City Council – Cabinet, 12 March 2003\t\tItem 9, page 2

4. Financial implications
4.1 The actions in Appendix A can be met from the existing ICT budget,
except for the help desk system (£85,000), for which a capital bid
will be made.

5. Recommendation
5.1 That Cabinet notes the inspection report and approves the action
plan at Appendix A.

Contact officer: R. Pendry, Head of ICT, extension 4410
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-press-release-libraries-two-stars",
    why: "A council news release reporting that its libraries were rated good with promising prospects, plus a councillor's aim to be 'excellent, three-star' and notes to editors listing the scales. Council paper: no judgement.",
    pages: [
`NEWS RELEASE
Abbotsleigh District Council
Embargoed until 00.01, Thursday 6 November 2003

Libraries win two stars from Audit Commission

Abbotsleigh's libraries are 'good' and have 'promising' prospects,
according to a report published today by the Audit Commission.

Councillor Margaret Ellery, Cabinet member for Culture, said: "This is
a tremendous result for our staff, who have worked so hard to turn the
service round. Our aim now is to be an excellent, three-star service
by 2006."

The inspectors praised the new children's library in Abbotsleigh town
centre and the popular summer reading scheme, but said that opening
hours in some villages were too short.

Notes to editors
1. Best Value inspections rate services from no stars (poor) to three
stars (excellent), and say whether prospects for improvement are poor,
uncertain, promising or excellent.
2. The full report is available from www.audit-commission.gov.uk.
Media enquiries: Press Office, 01632 960 417
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-scrutiny-paper-other-service-score",
    why: "A scrutiny panel paper preparing for a waste inspection quotes another service's inspection result (benefits: poor, uncertain) and officers' guess for waste (fair, promising). No inspectors' judgement of any service is made in this document.",
    pages: [
`Greymoor Borough Council
Environment Scrutiny Panel – 9 October 2002
Agenda item 6: Preparing for the Best Value inspection of Waste
Management

1. Summary
1.1 The Audit Commission will inspect the waste management service in
January 2003. This report sets out how officers are preparing.

2. Background
2.1 Members will recall that the benefits service, inspected in April,
was judged poor with uncertain prospects, and that the Panel asked for
lessons to be drawn for future inspections.
2.2 Officers' current view is that the waste service would be rated
'fair', with 'promising' prospects. Recycling has doubled in two years,
but the collection service still receives too many complaints.

3. Recommendation
3.1 That the Panel notes the preparations and receives a further
report after the inspection.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-staff-newsletter-two-stars",
    why: "A staff newsletter celebrating an inspection result (good, promising) for revenues, with ordinary uses of poor, fair and excellent in other items. Not the inspectors' report: no judgement.",
    pages: [
`INSIDE JARROWGATE
The staff newsletter of Jarrowgate Borough Council      Issue 47      Spring 2002

TWO STARS FOR REVENUES TEAM!
Congratulations to everyone in Revenues, whose hard work was recognised
by the Audit Commission last month. The inspectors rated the council
tax and business rates service as good, with promising prospects for
the future. Head of Revenues Dave Kinsella said: "Eighteen months ago
we were nowhere near this. The team deserves every bit of it."

ALSO IN THIS ISSUE
• Poor parking at the Civic Centre – your views, page 3
• Fair trade coffee comes to the staff restaurant, page 4
• Excellent turnout for the charity fun run, page 6
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-committee-minutes-noting-report",
    why: "Committee minutes recording that the inspectors judged IT fair with uncertain prospects, plus a councillor's remark that the outcome was 'poor'. Minutes are the council's record: no judgement.",
    pages: [
`BRAMFIELD DISTRICT COUNCIL

MINUTES of the meeting of the POLICY AND RESOURCES COMMITTEE held on
Tuesday 4 December 2001 at 7.00 pm at the Council Offices, Bramfield

PRESENT: Councillor J. Oakes (Chair); Councillors Barker, Hayes,
Mistry, Owen and Sedgwick

57. BEST VALUE INSPECTION – INFORMATION TECHNOLOGY
The Head of IT introduced the Audit Commission's inspection report,
which judged the service fair (one star) and said that it had uncertain
prospects for improvement. Councillor Hayes said the outcome was poor
given the money invested in the new network. The Head of IT replied
that most of the criticism related to planning and training, which
the action plan would address.
RESOLVED that (a) the report be noted; and (b) a progress report on
the action plan be brought to the March meeting.

58. CAPITAL PROGRAMME 2002/03
...
`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Other documents with no judgement
  // ---------------------------------------------------------------------------
  {
    name: "s19-draft-scores-to-be-confirmed",
    why: "A draft report with placeholders where the scores should be and an unmarked chart; the judgement has not been made, so no judgement.",
    pages: [
`DRAFT – NOT FOR PUBLICATION
Subject to factual accuracy check by the council

Hollinwood Borough Council
Information Technology Services
Best Value Inspection Report
[Month] 2002

Summary
[Summary text to follow once scores are agreed at moderation.]

Scoring chart – SCORES TO BE CONFIRMED

'a good service?'\tpoor\tfair\tgood\texcellent
'will the service improve?'
excellent
promising
uncertain
poor
`,
`DRAFT v0.3 – Hollinwood BC – IT Services\t\t\t2

How good is the service?
The help desk answers most calls promptly, and users in the civic
centre were generally positive about it. Staff in the outlying
offices were much less so. Overall we judge the service to be [GRADE
– TBC] and its prospects for improvement [TBC].
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-council-own-best-value-review",
    why: "The council's own Best Value review report concludes that its service is good and sets a target of excellent; the council grading itself is not an inspectors' judgement.",
    pages: [
`Tolworth Ferrers District Council
Best Value Review of Information and Communications Technology
Final Report of the Review Team – June 2001

7. Conclusions
7.1 The review team considers that the ICT service is a good one.
Users are broadly satisfied, costs compare well with similar
districts, and the network has been reliable.
7.2 We do not think the service will improve unless the council
invests in replacing its oldest equipment; we have therefore proposed
a three-year replacement programme (section 8).
7.3 Our target is for the service to be judged excellent when it is
inspected, and to be in the top quarter of district councils for user
satisfaction by March 2003.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-consultation-leaflet-empty-boxes",
    why: "A consultation leaflet with empty tick boxes for both scales (Excellent/Good/Fair/Poor and Yes/Probably/Unlikely/No) and the council's aim. Nothing is marked and nothing is judged.",
    pages: [
`Windle Valley Borough Council
HAVE YOUR SAY ON OUR HOUSING REPAIRS SERVICE
Best Value Review 2001

We are reviewing how we repair and maintain your home, and we want to
hear from you.

Our aim: an excellent repairs service that gets it right first time.

Last year we completed 84% of urgent repairs on time. Is that good
enough? Tell us.

1. How would you rate the repairs service?
[ ] Excellent   [ ] Good   [ ] Fair   [ ] Poor

2. Do you think the service will improve over the next two years?
[ ] Yes   [ ] Probably   [ ] Unlikely   [ ] No

3. What one thing would most improve the service?
______________________________________________

Please return this form in the prepaid envelope by 30 September 2001.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-appendices-only",
    why: "Only the appendices of an inspection report: documents read, reality checks, people met, and a description of the scales used. The judgement pages are not part of the text given.",
    pages: [
`Pendlebrook County Council – ICT\tAppendices\t21

Appendix 1 – Documents reviewed
• ICT Strategy 2002–2005
• Best Value Review of ICT: final report and improvement plan
• Help desk performance reports, April 2002 to March 2003
• Minutes of the Information Strategy Group, 2002

Appendix 2 – Reality checks undertaken
• Visits to the help desk, the data centre and four area offices
• Mystery shopping of the website and the contact centre
• A focus group of 12 staff from social services
`,
`Pendlebrook County Council – ICT\tAppendices\t22

Appendix 3 – People we met
We met the chief executive, the Leader and the Cabinet member for
resources, the director of corporate services, the head of ICT and 24
members of ICT staff, and staff and managers from every directorate.

Appendix 4 – How we score services
Inspectors ask two questions. How good is the service? Services are
judged poor (no stars), fair (one star), good (two stars) or excellent
(three stars). Will it improve? Prospects are judged poor, uncertain,
promising or excellent. A service with excellent prospects has a
proven record of improvement and a robust plan.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-inspection-announcement-letter",
    why: "The inspectorate's letter announcing an inspection and explaining both scales; nothing has been inspected yet, so no judgement.",
    pages: [
`Audit Commission
Best Value Inspection Service – Northern Region

Chief Executive
Ollerton Marsh District Council
Council Offices
Ollerton Marsh

22 October 2001

Dear Chief Executive

Best Value inspection of the Benefits Service
I am writing to confirm the arrangements for the inspection of your
benefits service. The on-site work is planned for 14 to 25 January
2002, and the inspection team will be led by me.

As you know, our report will answer two questions: how good is the
service (poor, fair, good or excellent), and what are its prospects
for improvement (poor, uncertain, promising or excellent)? We will
share our emerging findings with you at the end of the on-site work.

Yours sincerely

Lead Inspector
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-guidance-leaflet-blank-chart",
    why: "A guidance leaflet explaining how to read the scoring chart; the chart is blank and the worked example is hypothetical ('would be'), so no judgement.",
    pages: [
`Reading a Best Value inspection report
A short guide for councillors

The scoring chart
Every report contains a chart like the one below.

\tpoor\tfair\tgood\texcellent
excellent
promising
uncertain
poor

The position of the mark tells you two things. Reading across shows
how good the service is now; reading up shows how likely it is to
improve. For example, a mark in the top right-hand corner would mean
an excellent service with excellent prospects, and a mark in the
bottom left-hand corner a poor service with poor prospects.

Questions to ask
• Does the improvement plan answer each recommendation?
• Who is responsible for each action, and by when?
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-context-section-only",
    why: "An excerpt holding only the Context section: facts, the council's quoted vision ('excellent ... by 2005') and an earlier result for another service. No judgement of this service.",
    pages: [
`Vantage Hill Borough Council – ICT\t\t\t6

Context
The borough
Vantage Hill has a population of 118,000 and is one of the smaller
unitary councils in the region. The council employs some 4,200 people,
including school staff.

The service
The ICT service has 41 staff and a revenue budget of £3.6 million. It
supports 2,100 users on 58 sites. Schools buy their ICT support from a
private company.

The council's aims
The council's vision is for 'an excellent, customer-focused ICT
service by 2005'. Its corporate plan gives priority to regeneration of
the town centre, community safety and educational attainment.

The council's benefits service, inspected in 2001, was judged good.
`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: "s19-council-improvement-plan-targets",
    why: "The council's post-inspection improvement plan sets targets ('good' with 'excellent' prospects at re-inspection) but quotes no verdict; targets are not judgements.",
    pages: [
`Llanfarren County Borough Council
ICT Improvement Plan 2003–2006
Prepared in response to the recommendations of the Best Value
inspection report

Our goal
To be judged a good, two-star service with excellent prospects when
the service is re-inspected in 2005.

Action\tOwner\tBy when
Agree ICT strategy linked to the corporate plan\tHead of ICT\tJune 2003
Introduce service level agreements with departments\tICT Client Manager\tSeptember 2003
Launch staff training programme\tHR and ICT\tJanuary 2004
Benchmark costs with the Welsh ICT group\tFinance\tMarch 2004
`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // One judgement only
  // ---------------------------------------------------------------------------
  {
    name: "s19-excerpt-grade-only",
    why: "An excerpt of the 'How good is the service?' section only; the grade is given but the prospects section is not part of the text, so prospect is null.",
    pages: [
`Redbrook Metropolitan Borough Council – ICT\tOctober 2003\t\t9

How good is the service?
Performance against aims
The ICT service set itself four aims in 2001: a reliable network, fast
response to faults, better access for the public and lower costs. It
has met the first two. The network was unavailable for less than two
hours in the last year, and 92 per cent of faults are fixed within the
agreed times. Progress on public access has been slower, and unit
costs, while falling, remain above average.

Comparison with others
Redbrook compares its costs and performance each year with eleven
other metropolitan councils and has used the results to change how it
buys equipment.

Weighing these strengths against the weaknesses, we consider that
Redbrook's ICT service is good.
`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: "s19-excerpt-prospect-only",
    why: "An excerpt of the 'Will the service improve?' section only (era A): 'unlikely that the service will improve' with the scale word 'unlikely'; the text mentions 'good staff' and a good peer review but gives no grade.",
    pages: [
`Ravensholme Borough Council\tTrading Standards\tJune 2001\t11

Will the service improve?
The service has good staff and its work on under-age sales has been
praised in a peer review by neighbouring authorities. But the Best
Value review was carried out by the service's own managers, without
challenge from outside, and it concluded that little needed to change.
The action plan has nine items, six of which were already in hand
before the review began.

We consider it unlikely that the service will improve. The council has
not faced up to the backlog of inspections of high-risk premises, and
there is no plan to fund the two vacant officer posts.
`,
    ],
    expect: { grade: null, prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Plain summaries, both eras
  // ---------------------------------------------------------------------------
  {
    name: "s19-plain-summary-era-a-good-probably",
    why: "Plain era A summary: 'a good, two-star service that will probably improve'.",
    pages: [
`Castlemere District Council
Revenues Service
Best Value Inspection Service
March 2001
`,
`Castlemere District Council – Revenues\t\t\t\t2

Summary
Castlemere's revenues service is a good, two-star service that will
probably improve.

The service collects council tax from 44,000 homes and business rates
from 2,600 properties. Collection rates are in the top quarter for
district councils, and most taxpayers who contact the service are
dealt with at the first attempt. Recovery of arrears is firm but fair.

The review was thorough and the resulting plan is sensible, though it
depends on a new computer system that will not be in place until next
year.
`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: "s19-plain-summary-era-b-fair-promising",
    why: "Plain era B summary: 'a fair, one-star service that has promising prospects for improvement'.",
    pages: [
`Harrowfield Borough Council
ICT Services
Best Value Inspection Service – January 2002\t\t\t3

Summary
We have assessed Harrowfield's ICT service as a fair, one-star service
that has promising prospects for improvement.

The service is reliable and its staff are well regarded, but it has
been slow to help other departments use technology to change how they
work, and the council is behind schedule on its e-government targets.
The new ICT strategy, agreed in November, is closely tied to the
council's priorities and has the backing of the chief executive.
`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: "s19-plain-summary-era-a-poor-unlikely",
    why: "Plain era A summary: 'poor and unlikely to improve'.",
    pages: [
`Brackenridge Borough Council
Street Cleansing
Best Value Inspection – October 2000

Summary
Brackenridge's street cleansing service is poor and unlikely to
improve.

Town centre streets are swept daily, but residential streets are
cleaned far less often than the council's own standards require, and
fly-tipping is often left for weeks. The council has not set out what
residents can expect, and the review did not ask them. The improvement
plan was drawn up by the contractor and has not been scrutinised by
members.
`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: "s19-plain-summary-era-b-excellent-promising",
    why: "Plain era B summary of an excellent service with promising prospects (Welsh council, customer services).",
    pages: [
`Penwyn County Borough Council
Customer Services Centre
Best Value Inspection Service\tJune 2004

Summary
Penwyn's customer services centre is an excellent, three-star service
with promising prospects for improvement.

Residents can now deal with 34 council services through a single
telephone number, the centre answers nine out of ten calls within 20
seconds, and services are available in Welsh and English at every
point of contact. Further progress depends on bringing the housing and
social care teams into the centre, which is planned but not yet
funded.
`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Negation, hedging and ordinary words
  // ---------------------------------------------------------------------------
  {
    name: "s19-not-yet-good-but-fair",
    why: "'This is not yet a good service' must not be read as good; the verdict is 'a fair one' and 'it will probably improve' (era A).",
    pages: [
`Fordingley Borough Council
Information Technology Services
Best Value Inspection Report – August 2001\t\t2

Summary
This is not yet a good service. Too many projects are late, users in
the outlying offices feel neglected and the council has no clear view
of what it wants from technology. It is, however, a fair one: the core
systems are reliable, the help desk is responsive and the staff are
skilled and committed.

The council has now recognised what needs to change. On our assessment
the service will probably improve over the next two years, provided
that the new ICT board meets as planned.
`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s19-not-excellent-but-good",
    why: "'is not excellent ... but it is a good one' – the negated grade is a hedge; verdict good, with uncertain prospects (era B).",
    pages: [
`Kestrel Vale District Council
Planning Services
Best Value Inspection Service\tSeptember 2003\t\t3

Summary
Kestrel Vale's planning service is not excellent – it is slower than
the best councils in deciding major applications and its enforcement
work has a large backlog – but it is a good one. Householders and
agents told us that officers are helpful and decisions are sound, and
the council meets the government's targets for minor and other
applications.

The prospects for improvement are uncertain. The service depends on a
handful of experienced officers, three of whom are due to retire in
the next two years, and the council has no plan for replacing them.
`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: "s19-will-not-improve-unless-conditional",
    why: "The body says the network 'will not improve unless' money is found – a conditional, not the verdict; the summary's verdict is fair and will probably improve (era A).",
    pages: [
`Whitmoor District Council
Information and Communications Technology
Best Value Inspection – April 2001

Summary
Whitmoor's ICT service is fair. Although the council's network is
slow and unreliable, users are well supported and the service has a
good understanding of their needs. The service will probably improve:
the council has now set aside £450,000 to replace the network, and
the improvement plan is realistic.
`,
`Whitmoor District Council – ICT\t\t\t\t4

Capacity to deliver
The ICT team is small – nine staff, two of them part-time – and is
already stretched. Put simply, performance at the area offices will
not improve unless the new network is delivered on time, because most
of the complaints we heard were about connection speed. The council
should keep the project under close watch.
`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: "s19-poor-morale-fair-proportion-good",
    why: "Ordinary words 'poor morale' and 'a fair proportion' appear before the verdict; the service is good with promising prospects (era B).",
    pages: [
`Oakhurst Borough Council – Payroll and HR Administration
Best Value Inspection Service\tMarch 2003\t\t\t4

How good is the service?
Staff in the payroll team told us that morale had been poor during
the move to the new system last year, and a fair proportion of them
worked unpaid overtime to keep pay runs on schedule. The service did
not miss a single pay date. Error rates are low, and managers in other
departments value the advice they get from HR officers.

We judge Oakhurst's payroll and HR administration service to be good.

Will the service improve?
The service knows where it needs to improve, its plan is realistic and
members are taking an interest. The prospects are promising.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: "s19-excellent-relationships-fair-service",
    why: "'excellent relationships with head teachers' and 'a good reputation' are ordinary words; the verdict is fair with poor prospects (era B).",
    pages: [
`Harbury County Council
Schools ICT Support Service
Best Value Inspection Service – July 2003

Summary
The schools ICT support team has excellent relationships with head
teachers, and has built a good reputation for responding quickly when
things go wrong. But it does not know how much its services cost, its
charges have not been reviewed since 1999, and a growing number of
secondary schools now buy their support elsewhere.

We judge that this is a fair, one-star service.

The service's prospects are poor. The review did not examine whether
the service should continue in its present form, there is no business
plan, and the council has not decided how to respond to the loss of
its secondary school customers.
`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: "s19-fair-proportion-poor-service",
    why: "'a fair proportion of families' and 'excellent work by the grounds staff' are ordinary words; the verdict is poor with poor prospects (era B).",
    pages: [
`Mickleby Borough Council
Bereavement Services
Best Value Inspection Service\tNovember 2002\t\t2

What we found
The grounds staff do excellent work in difficult conditions, and the
cemeteries were clean and well kept when we visited. But the
crematorium's equipment does not meet environmental standards, and a
fair proportion of families we surveyed had been unable to book a
service on the day they wanted.

We judge the service to be poor.

Prospects for improvement
The council has known about the problems with its cremators since 1999
and has done nothing about them. The prospects for improvement are
poor.
`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Ambitions and targets
  // ---------------------------------------------------------------------------
  {
    name: "s19-ambition-excellent-three-star-by-2005",
    why: "The council's ambition 'an excellent, three-star ICT service by 2005' is quoted; the verdict is poor with uncertain prospects (era B).",
    pages: [
`Quenby District Council\tICT\tJune 2002

Summary
Quenby's ICT strategy states that the council aims to have 'an
excellent, three-star ICT service by 2005, with every service that can
be delivered online available online'. We support the ambition, but
the council is starting from a low base.

We judge that Quenby currently provides a poor ICT service. Users
regularly lose work when the network fails, there is no help desk out
of hours, and only two council services can be paid for online.

The prospects for improvement are uncertain. The strategy is
ambitious, and members have agreed extra money, but the service has
not yet shown that it can manage a programme of this size.
`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: "s19-target-good-by-2003-era-a",
    why: "The improvement plan's target ('to be judged good by 2003') is not the verdict; the inspectors judge the service fair and unlikely to improve (era A, December 2000).",
    pages: [
`Arnwick Borough Council
Highways Maintenance
Best Value Inspection – December 2000\t\t\t\t3

Summary
Arnwick's improvement plan sets the target of a highways maintenance
service 'judged good by 2003, with 95 per cent of dangerous defects
made safe within 24 hours'.

In our judgement the service is fair. Dangerous defects are dealt with
quickly, but routine repairs are patchy, the condition of footways is
below average and the council's information about the state of its
roads is out of date.

We think it is unlikely that the service will improve. The plan's
targets have not been costed, and the council has not yet tested
whether its in-house contractor offers value for money.
`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Page breaks, hyphenation and running headers inside verdicts
  // ---------------------------------------------------------------------------
  {
    name: "s19-page-break-inside-grade-sentence",
    why: "The grade sentence breaks across a page: 'we judge the service to be' ends page 6 and ''fair', with one star' begins page 7 after the running header and page number.",
    pages: [
`Lydgate Metropolitan Borough Council – ICT\t\t6

Our overall judgement
The help desk now answers most calls within a minute, and the new
asset register means that, for the first time, the service knows what
equipment it is supporting. But project management remains weak,
departments still buy software without consulting the service, and
the council's website is hard to use. Overall, and bearing in mind the
improvements of the last six months, we judge the service to be
`,
`Lydgate Metropolitan Borough Council – ICT\t\t7

'fair', with one star. Its prospects for improvement are uncertain,
for the reasons set out in the next section of this report.
`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: "s19-hyphenated-verdict-words",
    why: "Both verdict words are hyphenated across line ends ('ser-/vice', 'prob-/ably im-/prove') in an era A benefits report.",
    pages: [
`Sheringford District Council
Housing Benefit Service
Best Value Inspection – January 2001\t\t\t\t2

Summary
New claims take more than two months to decide and one claimant in
five waits longer than three months. Landlords have stopped taking
tenants on benefit. Taking this together, we judge that this is a poor
ser-
vice. The new benefits manager has made a strong start, members have
approved six extra assessors and the backlog is now falling every
week; the service will prob-
ably im-
prove over the coming year.
`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: "s19-footer-and-header-inside-sentence",
    why: "The verdict sentence is interrupted by the page's running footer and page number and the next page's header ('...measured against / [footer] 5 / [header] / the standards ..., is good'); prospects 'promising' follow.",
    pages: [
`Caerwen County Borough Council
Information Technology
Best Value Inspection Service – August 2002

Summary
Caerwen's IT service supports 1,600 users across the county borough.
The help desk is well run and the network reliable, and the service
has made steady progress in putting council services on the web. We
judge that the council's IT service, measured against

Caerwen County Borough Council – Information Technology
5
`,
`Best Value Inspection Service – August 2002

the standards set out in Appendix 2, is good. Its prospects for
improvement are promising: the council's new ICT strategy follows
closely from its corporate plan and is backed by a three-year budget.
`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Miscellaneous traps
  // ---------------------------------------------------------------------------
  {
    name: "s19-welsh-bilingual-front-yes-will",
    why: "Welsh council with a bilingual front page; era A 'Will the service improve? Yes.' and 'we are satisfied that the service will improve' = will; grade fair.",
    pages: [
`Cyngor Sir Glanmorfa
Glanmorfa County Council

Gwasanaeth Llyfrgelloedd
Library Service

Arolygiad Gwerth Gorau
Best Value Inspection

Gorffennaf / July 2001
`,
`Glanmorfa County Council – Library Service\t\t\t3

How good is the service?
Glanmorfa's libraries serve a scattered rural population through
twelve branches and three mobile libraries. Stock is adequate and
staff are knowledgeable, but opening hours are short, two branches
have no public internet access and the book fund is among the lowest
in Wales. We judge the service to be fair.

Will the service improve?
Yes. The council has agreed a five-year plan for its libraries, the
first phase of which – longer opening hours and internet access in
every branch – is funded and under way. Members and senior officers
are committed to it, and we are satisfied that the service will
improve.
`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: "s19-other-service-judged-excellent-in-body",
    why: "The body mentions that the planning service was inspected and judged excellent; that is another service. The ICT verdict is poor, with poor prospects (era B).",
    pages: [
`Amblestone Borough Council
Information and Communications Technology
Best Value Inspection Service\tMarch 2003\t\t\t5

Fragmented provision
The council's planning service, which we inspected in 2002 and judged
excellent, has built its own systems outside the corporate network and
employs its own support staff. Several other departments have done
the same, so that the council now has four separate networks and no
single view of what it spends on technology.

Our judgement
We judge the ICT service to be poor, with poor prospects for
improvement. The corporate ICT unit has little influence over the rest
of the council, and no one at senior level has been given
responsibility for bringing the separate networks together.
`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: "s19-commission-voice-excellent-will",
    why: "Verdict in the Commission's voice ('The Commission's judgement is ...'), era A: excellent and will improve; the text also mentions the service's 'poor' premises and 'fair trading' as a name.",
    pages: [
`Calverleigh City Council
Trading Standards and Fair Trading Advice
Best Value Inspection Report – May 2001

Summary
The Commission's judgement is that Calverleigh's trading standards
service is excellent and that it will improve. The service protects
consumers and honest traders effectively, targets its inspections at
the greatest risks and has some of the best results in the country on
under-age sales. Its one weakness is its poor premises, which the
council plans to replace next year. The review was challenging and
its plan is demanding and costed.
`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: "s19-recommendations-aspiration-words",
    why: "The recommendations speak of becoming 'a good or excellent service'; the summary's verdict is fair with excellent prospects (era B).",
    pages: [
`Hinderwell Borough Council – ICT\t\tNovember 2004\t\t2

Summary
Hinderwell's ICT service is a fair, one-star service with excellent
prospects for improvement. It has a strong, stable management team
that has delivered every major project of the last three years on time,
and a plan that has the full support of members.
`,
`Hinderwell Borough Council – ICT\t\tNovember 2004\t\t3

Recommendations
To become a good or excellent service, the council should:
• make sure that every directorate has a named contact in the ICT
  service and meets them at least monthly;
• offer training to all staff when new systems are introduced; and
• publish its performance against the service standards each quarter.
`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: "s19-reinspection-good-excellent-prior-results",
    why: "A re-inspection whose introduction lists the earlier result (fair, uncertain prospects, 2002); the current verdict in the summary is good with excellent prospects.",
    pages: [
`Culverton Borough Council
ICT – Re-inspection
Best Value Inspection Service\tOctober 2004

Introduction
This is our second inspection of Culverton's ICT service. Our first
report, in March 2002, found a fair service with uncertain prospects,
and made eight recommendations. This report looks at what has changed
since then.
`,
`Culverton Borough Council – ICT Re-inspection\t\t\t2

Summary
The council has acted on every one of our recommendations. We now
judge Culverton's ICT service to be good, and its prospects for
improvement to be excellent. The service has a clear strategy, strong
leadership from the chief executive and the Cabinet, and a record of
delivering its plans.
`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
];
