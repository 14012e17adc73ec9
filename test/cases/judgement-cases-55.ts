/** Held-out judgement set 55, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases55: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell gives both judgements; axis words are not the verdict
  // ---------------------------------------------------------------------------
  {
    name: 's55-grid-tabs-tick-fair-promising',
    why: 'grid: tab-separated cells, grades as rows with star glyphs, era B prospects as columns, a ✓ in the third column of the Fair row; the summary mentions an "excellent" ambition',
    pages: [
      `Best Value Inspection Service
Kingsmere Borough Council
Information and Communications Technology
March 2003
Audit Commission`,
      `Kingsmere Borough Council – ICT\t2
Summary
Kingsmere's ICT service supports 1,650 users across 14 buildings, from the civic offices to
the smallest branch library. The council's stated ambition is an excellent service by 2005.
Our judgement of the service as it stands, and of its prospects, is shown on the chart below.
Scoring chart
\t'Will the service improve?'
\tPoor\tUncertain\tPromising\tExcellent
'A good service?'
Excellent ★★★\t\t\t\t
Good ★★\t\t\t\t
Fair ★\t\t\t✓\t
Poor\t\t\t\t
Source: Audit Commission`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-grid-spaces-x-era-a-prospects-as-rows',
    why: 'grid: era A, space-aligned, prospects printed as rows with a wrapped row label, grades across; the X sits under "Fair" in the "Unlikely" row; "excellent" used as an ordinary word above',
    pages: [
      `Penmarrow District Council
Information Technology Services
Best Value inspection
June 2001`,
      `SUMMARY
The council's IT section has eleven staff and supports around 600 PCs. Relationships with the
main software supplier are excellent, but the review that came before this inspection was weak.
The chart sets out our two judgements. The horizontal axis shows how good the service is; the
vertical axis shows whether it will improve.

                              How good is the service?
                              Poor      Fair      Good      Excellent
Will the       Yes
service        Probably
improve?       Unlikely                 X
               No
Penmarrow DC – IT Services                                              page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's55-grid-asterisk-wrapped-column-labels',
    why: 'grid: era B column labels wrapped over two lines ("Uncertain / prospects"), star counts in the row labels, a lone * mark in the Good row under Uncertain; caption says which axis is which',
    pages: [
      `Eddingham City Council
Corporate ICT Services
Inspection report – November 2002`,
      `Eddingham City Council – Corporate ICT                                        3
The service enjoys excellent working relationships with the city's schools, and staff morale is
good. The scoring chart records our judgements.
Scoring chart: Eddingham City Council, corporate ICT
                     Poor           Uncertain      Promising      Excellent
                     prospects      prospects      prospects      prospects
Excellent (3 stars)
Good (2 stars)                      *
Fair (1 star)
Poor (no stars)
Prospects for improvement run across the top; the quality of the service today runs down the side.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's55-grid-dot-prospects-rows-poor-twice',
    why: 'grid: prospects as rows, grades as columns, tab cells; a ● in the first column (Poor grade) of the Uncertain row; "Poor" is both a row and a column label, and the text has "poor morale"',
    pages: [
      `Wyvern Vale District Council
IT Support and Infrastructure
Best Value Inspection, July 2004`,
      `Summary
Wyvern Vale's IT support team has been through a difficult two years: poor morale after the
restructure, three heads of service in eighteen months and a network that failed twice last winter.
Figure 1: Scoring chart
How good is the service? (across) / What are the prospects for improvement? (down)
\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t●\t\t\t
Poor\t\t\t\t
Wyvern Vale District Council\tIT Support\tPage 4`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's55-grid-x-era-a-wrapped-labels-will',
    why: 'grid: era A column labels split over two lines ("Will probably / improve"), star prefixes on row labels, X in the last column of the Good row',
    pages: [
      `Ashcombe Borough Council
Information Technology Services
A Best Value inspection by the Audit Commission
February 2001`,
      `Ashcombe Borough Council – IT Services                                 Page 5
Scoring the service
We have given the service the score shown below.
\tWill not\tUnlikely to\tWill probably\tWill
\timprove\timprove\timprove\timprove
*** Excellent\t\t\t\t
** Good\t\t\t\tX
* Fair\t\t\t\t
Poor\t\t\t\t
The council's own target, set out in its performance plan, is to reach three stars by 2003.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's55-grid-root-tick-excellent-both-axes',
    why: 'grid: "Excellent" is a label on both axes; prospects down the side, grades across, space-aligned; a √ under the Excellent grade column in the Promising row',
    pages: [
      `Tarnfield Metropolitan Borough Council
Customer Access and e-Services (including ICT)
January 2004`,
      `Scoring chart
Rows: prospects for improvement. Columns: how good the service is.
                Poor     Fair     Good     Excellent
  Excellent
  Promising                                √
  Uncertain
  Poor
Tarnfield MBC – Customer Access and e-Services                               7`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's55-grid-star-era-a-short-labels-poor-probably',
    why: 'grid: era A short prospect labels (Yes/Probably/Unlikely/No) as rows, grades across a header row that also carries the axis question; * in the Poor column of the Probably row; "a fair proportion" as ordinary words',
    pages: [
      `Lowther Bay Borough Council
ICT Services
Best Value Inspection – April 2001`,
      `The help desk resolves a fair proportion of calls at first contact, but most projects run late.
Scoring chart
'A good service?'\tPoor\tFair\tGood\tExcellent
'Will it improve?'
Yes\t\t\t\t
Probably\t*\t\t\t
Unlikely\t\t\t\t
No\t\t\t\t
Lowther Bay BC\tICT Services\t6`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells that mix the grade word with stars or a sentence, beside a reasons column
  // ---------------------------------------------------------------------------
  {
    name: 's55-cell-good-2of3-reasons-mixed-words',
    why: 'table: "Good: 2 stars of 3" with a reasons column that says "excellent", "poor" and "fair"; prospect cell has the label wrapped over two rows',
    pages: [
      `Halsworth Borough Council\tICT Best Value Inspection\tMay 2003
Our judgements
Question\tJudgement\tWhy we reached it
How good is the service?\tGood: 2 stars of 3\tNetwork availability above 99%; help desk
\t\tsatisfaction excellent; take-up of self-service
\t\tby staff still poor
What are the prospects for\tPromising\tA costed improvement plan with named
improvement?\t\towners; capacity in the web team only fair`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's55-cell-era-a-no-it-will-not-improve',
    why: 'table: era A, "Poor (no stars)" and "No, it will not improve" wrapped in a cell; the reasons column says the network is "in good order"',
    pages: [
      `Marlstone District Council – Computer Services – Inspection report – January 2001
Table 1: the inspectors' judgements
Is the service good?      Poor (no stars)       The network is in good order, but almost nothing
                                                  else is: there is no strategy, no standards, no plan.
Will it improve?          No, it will not        The review was a paper exercise; members declined
                          improve                 the options put to them; the plan is unfunded.
Marlstone DC                                                                      4`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's55-cell-fair-one-star-wrapped-benefits',
    why: 'table: benefits service, "Fair / (one star)" and "Uncertain – the plan is under-resourced" both wrapped and hyphenated across cell lines; reasons praise "excellent" fraud work',
    pages: [
      `Cranbrook Heath Borough Council – Housing and Council Tax Benefits – September 2002
Summary of judgements
Aspect\tScore\tMain reasons
Current service\tFair\tClaims are processed in 41 days, against a
\t(one star)\ttop-quartile figure of 28; the fraud team's work is excellent
Prospects\tUncertain – the\tThe plan relies on a new IT system that has no
\tplan is under-\tconfirmed budget; the last upgrade was delivered late and
\tresourced\tover budget`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's55-cell-excellent-three-stars-glyphs',
    why: 'table: "Excellent – three stars (★★★)" beside a comment using "poor"; prospects cell "Promising"',
    pages: [
      `Northolme City Council
ICT and e-Government
Inspection report, February 2005`,
      `Northolme City Council – ICT and e-Government\tPage 2
Judgement\tRating\tComment
Quality of service\tExcellent – three stars (★★★)\tAmong the best we have seen; the one
\t\tweakness, poor signposting on the intranet, is minor
Prospects for improvement\tPromising\tA strong track record, though the planned move to a
\t\tshared data centre is not yet agreed with partners`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's55-cell-era-a-yes-it-will-improve',
    why: 'table: era A, numbered questions, "Good (two stars)" and "Yes – the service will improve" wrapped; reasons say "a fair number of projects"',
    pages: [
      `Brackenfield Borough Council: the IT Service – Best Value Inspection – August 2001
1. Is it a good service?     Good (two stars)            Users rate the help desk highly; costs are
                                                           below average; a fair number of projects
                                                           still run late
2. Will it improve?          Yes – the service will       The review was rigorous and the plan is
                             improve                      funded and owned by the chief executive`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's55-cell-sentences-poor-promising-revenues',
    why: 'table: revenues service, cells are whole sentences ("The service is poor and we award it no stars"); reasons column mentions an "excellent" cash office and a "good record"',
    pages: [
      `Eastmoor Borough Council
Revenues Service (Council Tax and Business Rates)
November 2003`,
      `THE INSPECTORS' VIEW
How good?\tThe service is poor and we award it no stars.\tCollection rates are in the bottom quartile; an
\t\texcellent new cash office opened in June but has not yet made a difference.
Will it improve?\tProspects are promising: the new system is\tThe council has a good record of delivering IT
\tinstalled and staff have been trained.\tprojects on time.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief or negation, with no scale word
  // ---------------------------------------------------------------------------
  {
    name: 's55-para-on-balance-get-better-era-a',
    why: 'paraphrase: era A, "on balance we expect the service to get better" = will probably improve; grade plainly fair',
    pages: [
      `Thornbury Forest District Council
Information Technology
July 2001`,
      `How good is the service?
The help desk is courteous and quick, but the network is slow and the council has no plan for
replacing its ageing servers. We rate the service as fair.
Will the service improve?
There are real gaps in capacity: two posts have been vacant since January and the plan leans
heavily on one manager. Weighing these against a sound, costed plan and strong backing from
members, on balance we expect the service to get better.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's55-para-confident-deliver-plan-era-b',
    why: 'paraphrase: era B, "we are confident the council will deliver its improvement plan in full" = the top prospect (excellent prospects)',
    pages: [
      `Holmebury Borough Council
Information and Communications Technology
October 2003`,
      `Summary
This is a good, two-star service. Users trust it, costs are below the average for similar
councils and the website now handles a fifth of all payments.
We are confident that the council will deliver its improvement plan in full and on time: every
action has an owner and a budget, progress is reported to the executive monthly, and the
council has delivered each of its last four ICT projects to schedule.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's55-para-doubt-capacity-era-b',
    why: 'paraphrase: era B, "we doubt that the council has the people or the money to carry its plan through" = uncertain prospects',
    pages: [
      `Ravensby City Council – IT and e-Government – June 2002
The service is poor. Systems fail often, users have given up reporting faults, and the council
is well behind its own timetable for putting services online.
The improvement plan says the right things. But we doubt that the council has the people or the
money to carry it through: the ICT budget has been cut twice in three years and the two
analysts who wrote the plan have both since left.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's55-para-no-sign-anything-will-change-era-a',
    why: 'paraphrase: era A, "there is no sign that anything will change" = will not improve; grade poor stated in the inspectors\' voice',
    pages: [
      `Colnbrook District Council
Computer Services
March 2001`,
      `Colnbrook District Council – Computer Services                                  3
In our view this is a poor service.
There is no sign that anything will change: the review made no recommendations of substance,
no one has been given responsibility for the improvement plan, and members have not discussed
it since it was approved without debate last autumn.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's55-para-not-convinced-get-better-era-b',
    why: 'paraphrase: era B, negated conviction "we are not convinced that the service will get better" = uncertain; grade fair given with one star',
    pages: [
      `Felsham Borough Council
ICT Service
Best Value Inspection
April 2004`,
      `Our judgements
The ICT service is fair and earns one star. It meets most of its service standards and its
costs are in line with those of similar councils.
We are not convinced that the service will get better over the next two years. The plan has
no costs against it, the new head of ICT does not start until the summer, and the partnership
on which most of the planned savings depend has yet to be signed.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's55-para-more-likely-than-not-era-b',
    why: 'paraphrase: era B, "more likely than not to make real progress" = promising; grade fair via "one-star"',
    pages: [
      `Greyling District Council – Information Technology – February 2004`,
      `Summary
Greyling's IT service is a one-star service: it is reliable, but it does little more than keep
the lights on, and departments look elsewhere for advice on new systems.
In our judgement the service is more likely than not to make real progress. A new strategy,
written with departments, is in place, the council has set aside money for it, and the first
two milestones have been met.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-para-chances-slim-era-a',
    why: 'paraphrase: era A, "the chances of the service getting significantly better are slim" = unlikely to improve',
    pages: [
      `Harrowden Borough Council
Information Technology Services
May 2001`,
      `Harrowden BC – IT Services\tPage 2
The IT service is poor: four in ten calls to the help desk are still open after a week and the
council's finance system has been unavailable for eleven working days this year.
In our view the chances of the service getting significantly better are slim. The review did
not question how the service is provided, and the plan that came out of it is a list of tasks
with neither dates nor costs.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's55-para-no-doubt-will-get-better-era-a',
    why: 'paraphrase: era A, double negative "we have no doubt that the service will get better" = will improve; grade good',
    pages: [
      `Sedleigh Borough Council
IT Services
August 2001`,
      `How good is the service?
Overall the service is good. Users are well supported and the network is among the most
reliable we have seen.
Will the service improve?
We have no doubt that the service will get better. The plan is realistic, members follow it
closely, and the service has a record of doing what it says it will do.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's55-para-no-realistic-chance-turn-round-era-b',
    why: 'paraphrase: era B, "we see no realistic chance that the council will turn this service round" = poor prospects',
    pages: [
      `Blackmere District Council – ICT Services – Inspection, June 2003
The ICT service is poor. It has no strategy, its systems are out of date and it cannot say how
well it is performing.
We see no realistic chance that the council will turn this service round in the foreseeable
future. The review was abandoned half way through, the improvement plan has not been approved,
and there is no money set aside for it.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' own, then the inspectors' view
  // ---------------------------------------------------------------------------
  {
    name: 's55-quote-self-assessment-then-different-story',
    why: 'quoted view: the council\'s self-assessment says good with excellent prospects; "our evidence tells a different story"; the inspectors say fair and uncertain',
    pages: [
      `Greyhaven Borough Council
Information and Communications Technology
February 2003`,
      `Summary
The council's self-assessment rated the ICT service as good, with excellent prospects for
improvement. Our evidence tells a different story. Response times have slipped for three
years running and the council has no reliable measure of what users think.
We judge the service to be fair (one star), and its prospects for improvement uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's55-quote-it-manager-optimism-era-a',
    why: 'quoted view: era A, the IT manager says the service "will certainly improve"; the inspectors do not share the optimism and say poor / unlikely to improve',
    pages: [
      `Oakwell District Council – IT Services – May 2001
The IT manager expects rapid progress once the new network is installed, and told us that the
service "will certainly improve by the end of the year". We do not share that optimism.
The network project is already six months late, and nothing else in the plan has started.
The service is poor and, in our judgement, unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's55-quote-neighbour-excellent',
    why: 'quoted view: a neighbouring council\'s ICT service was judged excellent; this council\'s own service is good with promising prospects',
    pages: [
      `Kelbrook Borough Council
ICT Services
Best Value Inspection – August 2004`,
      `Kelbrook Borough Council\tICT Services\t5
Neighbouring Tolland District Council's ICT service was judged excellent last year, and
Kelbrook's managers often hold it up as the model to follow. Kelbrook is not there yet.
We found Kelbrook's ICT service to be good, and its prospects for improvement promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's55-quote-earlier-inspection-reinspection',
    why: 'quoted view: an earlier Commission inspection (2001, era A words "poor" and "unlikely to improve"); this reinspection, in era B, finds fair and promising',
    pages: [
      `Stavely Metropolitan Borough Council
IT Services – Reinspection
December 2003`,
      `Background
When the Commission first inspected the service in April 2001, it judged it poor and unlikely to
improve. The council responded by appointing a new head of IT and replacing its network.
Our findings
This reinspection finds a fair, one-star service with promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-quote-council-aim-three-star',
    why: 'quoted view: the council aims to be "an excellent, three-star ICT service by 2005"; the inspectors judge it poor now with promising prospects',
    pages: [
      `Carnmouth County Council
Information and Communications Technology
September 2004`,
      `How good is the service?
The council aims to be an excellent, three-star ICT service by 2005, and says so in its
corporate plan. That ambition is a long way off. We judge the service to be poor at present:
schools and social services both run their own systems because the corporate service could
not meet their needs.
What are the prospects for improvement?
The prospects are promising. A new director, a funded plan and a signed partnership with a
private-sector provider give the council the means to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's55-quote-review-team-will-improve-era-a',
    why: 'quoted view: era A, the council\'s own Best Value review team concluded the service "will improve"; "however" the inspection team says fair and will probably improve',
    pages: [
      `Hallam Edge Borough Council
Information Technology
March 2001`,
      `Summary
The Best Value review team concluded that the service "will improve" once it has been
restructured. However, the inspection team's view is more guarded. The restructure has not yet
been agreed with staff, and the plan depends on it. The service is fair and will probably
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's55-quote-manager-good-consultant-excellent',
    why: 'quoted view: the head of ICT says "good", a consultant said "excellent"; the inspectors agree with "good" but not "excellent", and then give excellent prospects',
    pages: [
      `Westry City Council – ICT – July 2003`,
      `The head of ICT described the service to us as "good and getting better"; a consultant's health
check last year went further and called it "excellent". We agree with the first description but
not with the consultant's: this is a good service, not an excellent one. Its prospects, however,
are excellent: the council has a clear, funded plan, strong leadership and a track record of
delivering what it promises.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's55-long-duties-list-fair-promising',
    why: 'long sentence: a dash-enclosed list of duties separates the subject from "a fair, one-star service"; the prospects sentence has a long bracketed aside',
    pages: [
      `Brackley Vale District Council
Information and Communications Technology
April 2003`,
      `Summary
The council's information and communications technology service – which runs the corporate
network, supports some 2,300 desktop users across nine sites, manages the telephone switchboard
and the council's website, and since April has also hosted the geographic information system on
behalf of the planning and highways departments – is, in the inspection team's view, and despite
the considerable efforts of its staff, a fair, one-star service.
Its prospects for improvement (given a newly agreed strategy, a three-year capital programme and,
for the first time, a cabinet member who takes a close personal interest in the service) are
promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-long-brackets-poor-will-probably-era-a',
    why: 'long sentence: era A, brackets and a lost-budget aside separate "the service" from "will probably improve"; grade poor stated earlier',
    pages: [
      `Morden Hythe Borough Council – IT Services – November 2000`,
      `Morden Hythe Borough Council\tIT Services\tPage 3
It is a poor service. We consider that the service, for all that it has lost (through two
retirements, a failed recruitment round and the transfer of its two best analysts to the housing
partnership) much of its experienced staff and (as the table in Appendix 2 shows) almost a
quarter of its budget, will probably improve, because the new manager has already won the
confidence of departments.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's55-long-split-across-page-break',
    why: 'long sentence split across a page break with a running header and page number between "is a" and "good service"; prospects uncertain stated after',
    pages: [
      `Stourmere Borough Council
Information Services
August 2002`,
      `Summary
Taking into account the reliability of the network, the speed with which faults are fixed, the
views of the 140 users who answered our survey and the cost of the service compared with
that of similar councils, we believe that the council's information services function is a`,
      `Stourmere Borough Council – Information Services                              Page 4
good service. Its prospects for improvement, though, are uncertain: the plan is sound but it
has no money behind it after March.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's55-long-hyphenated-line-ends-era-a',
    why: 'long sentence: era A, judgement words hyphenated at line ends ("un-/likely", "im-/prove") and far from the subject; grade good',
    pages: [
      `Kestrel Moor District Council
IT Service
January 2001`,
      `Summary
The IT service – small, well liked by its users and, by most of the measures we looked at,
good – is nevertheless, because the review failed to look beyond the service as it is today
and the plan that followed contains no targets, un-
likely, in the inspection team's judgement, to im-
prove.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's55-long-asides-with-other-grade-words',
    why: 'long sentence: asides carry "excellent" and "poor" about parts of the service before the overall verdict "fair"; prospects "poor" with a dash aside',
    pages: [
      `Linthorpe Borough Council
IT Help Desk and Infrastructure
March 2004`,
      `Our judgement
The IT help desk – praised by users for its excellent telephone manner but criticised for poor
follow-up – and the infrastructure team, which looks after 60 servers and the links to every
school, together make up a service that we judge to be, taking all the evidence together, fair;
and the prospects for improvement – given the collapse of the partnership talks in January, the
loss of the capital bid and the lack of any fall-back plan – poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's55-long-excellent-excellent-duties',
    why: 'long sentence: a long list of duties before "an excellent service"; prospects excellent stated in a second long sentence',
    pages: [
      `Castlebridge City Council
Information Management and Technology
June 2004`,
      `Castlebridge City Council – IM&T\t2
Summary
The information management and technology division, which supports 4,100 staff in 80 buildings,
runs the contact centre's systems, hosts the websites of three partner authorities, manages the
council's records centre and, since 2003, provides payroll processing for the county's fire
authority, is, in our view, an excellent service.
Its prospects for improvement are, because it already measures itself against the best, has a
funded plan agreed across the council and has met every e-government target so far, excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee paper, press release, minutes)
  // ---------------------------------------------------------------------------
  {
    name: 's55-about-cabinet-paper-relays-and-other-service',
    why: 'about an inspection: a cabinet paper relays the inspectors\' verdict on ICT (fair, promising) and also states the benefits service\'s earlier grade (good)',
    pages: [
      `BRAMWELL BOROUGH COUNCIL
CABINET – 14 JULY 2003
REPORT OF THE HEAD OF POLICY AND PERFORMANCE
AUDIT COMMISSION INSPECTION OF THE ICT SERVICE
1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's Best Value inspection of the
ICT service, published on 30 June 2003.
2. Background
2.1 The benefits service, inspected in 2002, was judged good, with excellent prospects.
3. The inspection findings
3.1 The inspectors judged the ICT service to be "fair" (one star) with "promising" prospects
for improvement.
3.2 Their report makes nine recommendations, set out in Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-about-press-release-two-stars',
    why: 'about an inspection: council press release with a headline in stars ("two-star rating") relaying good and excellent prospects; a quote from the leader uses "excellent" loosely',
    pages: [
      `NEWS RELEASE
Lindenfield District Council
For immediate release: 11 March 2004
Council IT service wins two-star rating
Lindenfield's information technology service has been rated as good by the Audit Commission,
whose inspectors also found that its prospects for improvement are excellent.
Council leader Cllr Mary Oduya said: "This is excellent news for residents and a tribute to the
hard work of our staff."
ENDS
Notes to editors: the Audit Commission rates services from no stars (poor) to three stars
(excellent).`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's55-about-minutes-other-service-only',
    why: 'about an inspection: scrutiny minutes before the ICT inspection; the only grade stated is the housing repairs service\'s, which is not this service',
    pages: [
      `MINUTES OF THE RESOURCES SCRUTINY PANEL
Held on Tuesday 9 September 2003 at the Town Hall, Oldacre
Present: Cllrs Hartley (Chair), Musa, Penrose, Whitlock
27. FORTHCOMING INSPECTION OF ICT SERVICES
The Head of ICT reported that the Audit Commission's inspection would begin on 20 October.
Members recalled that the housing repairs service had been rated poor, with poor prospects,
in May, and asked that lessons be learnt. The Chair said she hoped the ICT service would do
better.
RESOLVED: that the Panel receive the inspection report when it is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-about-commission-press-notice-era-a',
    why: 'about an inspection: era A Commission press notice relaying "fair" and "will improve" in its headline and body',
    pages: [
      `AUDIT COMMISSION – PRESS NOTICE
Embargoed until 00.01, Thursday 17 May 2001
INSPECTORS SAY HARFORD'S IT SERVICE IS FAIR AND WILL IMPROVE
The Audit Commission's inspectors have found that Harford Borough Council's information
technology service is a fair, one-star service which will improve.
The inspectors praised the council's clear plans and the commitment of its staff, but said
users still wait too long for faults to be fixed.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's55-about-minutes-relay-revenues-no-stars',
    why: 'about an inspection: committee minutes relay that the revenues service received no stars and uncertain prospects; a corporate target ("good by 2005") is also mentioned',
    pages: [
      `Finance and Resources Committee – Minutes – 22 January 2002
Item 6: Best Value inspection of the Revenues Service
Members noted that the Audit Commission inspectors had awarded the revenues service no stars,
and that they considered its prospects for improvement to be uncertain. The Director of Finance
reminded the Committee that the council's corporate target is for every service to be rated
good by 2005, and that an action plan would come to the next meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's55-about-libraries-paper-cites-ict-grade',
    why: 'about an inspection: a cabinet paper preparing for a libraries inspection quotes the ICT service\'s earlier grade; the libraries service itself has no judgement yet',
    pages: [
      `Ferncastle Borough Council
Cabinet, 5 February 2004
Preparing for the Best Value inspection of the Library Service
1. The Audit Commission will inspect the library service in April 2004.
2. Our recent experience is encouraging: the ICT service, inspected in 2002, was rated fair
with promising prospects, and the inspectors praised the way the review had involved users.
3. The library service's self-assessment is attached at Appendix 1. Officers will present the
inspectors' findings to Cabinet once the report is published.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms
  // ---------------------------------------------------------------------------
  {
    name: 's55-plain-active-era-a-fair-probably',
    why: 'plain: era A active voice, both judgements in one sentence',
    pages: [
      `Ellesby Borough Council
IT Services
February 2001`,
      `Summary
We judge the IT service to be a fair, one-star service that will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's55-plain-passive-era-b-good-promising',
    why: 'plain: era B passive voice, "has been assessed by the inspection team as good"',
    pages: [
      `Quarrington District Council – ICT – November 2002
The service has been assessed by the inspection team as good, and its prospects for improvement
have been assessed as promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's55-plain-headline-strapline',
    why: 'plain: the front page carries an all-capitals strapline with both judgements; the body uses "poor" of other things',
    pages: [
      `Audit Commission
Best Value Inspection Service
Oldacre Borough Council
ICT Services
A POOR SERVICE WITH UNCERTAIN PROSPECTS
January 2004`,
      `Summary
Users told us that communication from the ICT section is poor and that they do not know who to
call when systems fail. We set out our reasons in the pages that follow.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's55-plain-sections-era-a-good-will',
    why: 'plain: era A, judgements at the end of the "How good is the service?" and "Will the service improve?" sections',
    pages: [
      `Pendlebury Borough Council – Information Technology – June 2001`,
      `How good is the service?
Aims\t6
Performance against aims\t7
Comparison with others\t9
Taking these findings together, the service is good.
Will the service improve?
The review applied the 4Cs thoroughly; the plan is costed; members scrutinise progress every
quarter. We conclude that the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's55-plain-summary-box-star-glyphs',
    why: 'plain: an "at a glance" summary box, grade shown with one filled and two hollow star glyphs',
    pages: [
      `Wenlow Borough Council
ICT Service
August 2003`,
      `AT A GLANCE
Service:\tInformation and Communications Technology
Score:\tFair ★☆☆
Prospects for improvement:\tPromising
Inspection team:\tBest Value Inspection Service, Southern Region`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's55-plain-in-our-view-excellent-uncertain',
    why: 'plain: "In our view the ICT service is excellent", prospects uncertain; "excellent working relationships" used as an ordinary phrase',
    pages: [
      `Dunmere City Council
ICT Services
May 2004`,
      `Summary
The ICT team has excellent working relationships with every department. In our view the ICT
service is excellent. Its prospects for improvement, however, are uncertain: the council has
decided to outsource the service next year and has not yet said how standards will be kept up
during the handover.`,
    ],
    expect: { grade: 'excellent', prospect: 'uncertain' },
  },
  {
    name: 's55-plain-team-concluded-era-a-poor-unlikely',
    why: 'plain: era A, "the inspection team concluded that the service is poor and is unlikely to improve"; "poor morale" nearby',
    pages: [
      `Tyneham District Council – IT – September 2001
Poor morale in the IT section was raised with us by almost every member of staff.
The inspection team concluded that the service is poor and is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's55-plain-commission-rates-quoted-words',
    why: 'plain: era B, "The Commission rates this service as \'fair\' and its prospects as \'poor\'"',
    pages: [
      `Hexford Borough Council
Computer and Network Services
October 2002`,
      `The Commission rates this service as 'fair' and its prospects for improvement as 'poor'.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's55-plain-negation-not-poor-but-fair',
    why: 'plain: negation, "This is not a poor service, but nor is it yet a good one: we judge it fair"; prospects excellent',
    pages: [
      `Ambridge Vale District Council
IT Services
March 2005`,
      `This is not a poor service, but nor is it yet a good one: we judge it fair. Its prospects for
improvement are excellent, because a new chief executive has made ICT the centre of the
council's plans and has put money behind it.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's55-plain-not-yet-good-era-a',
    why: 'plain: era A, "This is not yet a good service" followed by the actual rating fair; unlikely to improve',
    pages: [
      `Upper Wold District Council – Information Technology – April 2001
This is not yet a good service. We rate it as fair. It is unlikely to improve, because the
improvement plan has no money attached to it.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's55-plain-question-answer-no-stars',
    why: 'plain: Q&A form, "Is the service good? No. We award it no stars." and "Its prospects are uncertain."',
    pages: [
      `Millbay Borough Council
ICT
December 2002`,
      `Is the service good?
No. We award it no stars.
Will it improve?
Its prospects are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's55-plain-welsh-county-borough',
    why: 'plain: a Welsh county borough, both judgements in one summary sentence',
    pages: [
      `Cyngor Bwrdeistref Sirol Llanfenni
Llanfenni County Borough Council
Information Technology Services
July 2003`,
      `Summary
Llanfenni County Borough Council provides a good, two-star IT service with promising prospects
for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's55-plain-overall-judgement-era-a-will-not',
    why: 'plain: era A, "Overall judgement: a poor service that will not improve"; ordinary "poor" nearby',
    pages: [
      `Brynwater District Council
Computer Services
October 2000`,
      `Overall judgement: a poor service that will not improve.
The department's poor record keeping made our work slow.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's55-plain-bullets-quoted-words',
    why: 'plain: bulleted summary with the judgements in quotation marks',
    pages: [
      `Sallowfield Borough Council – ICT – October 2004
In summary, we have found:
• a 'good' service (two stars);
• with 'excellent' prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's55-plain-scored-e-government-poor-promising',
    why: 'plain: "We have scored the council\'s e-government and ICT programme as poor (no stars) with promising prospects"',
    pages: [
      `Hartcliffe District Council
e-Government and ICT
February 2003`,
      `We have scored the council's e-government and ICT programme as poor (no stars) with
promising prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's55-plain-excellent-will-era-a',
    why: 'plain: era A, "The service is excellent and will improve"',
    pages: [
      `Marchwood Borough Council
IT Services
July 2001`,
      `The service is excellent and will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 's55-none-draft-scores-to-confirm',
    why: 'no judgement: a draft with an unmarked grid and "scores to be confirmed" placeholders',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Greenhithe Borough Council – ICT Services – Inspection report
Scores to be confirmed following moderation`,
      `Scoring chart
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
Summary: We judge the service to be [SCORE] with [PROSPECTS] prospects for improvement.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-council-review-self-view',
    why: 'no judgement: the council\'s own Best Value review, written in "we" by the council, claiming good and will improve',
    pages: [
      `Ravensby City Council
Best Value Review of Information Technology
Final report of the Review Team, January 2002`,
      `Conclusions
We believe that our IT service is good and that it will improve further once the new network is
installed. Our customer survey found excellent levels of satisfaction with the help desk.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-improvement-plan-targets',
    why: 'no judgement: an improvement plan with targets to become excellent',
    pages: [
      `Ashcombe Borough Council
ICT Improvement Plan 2003–2006
Our vision: an excellent, three-star ICT service by March 2005
Action\tOwner\tBy
Agree service levels with all departments\tHead of ICT\tJune 2003
Benchmark costs with SOCITM\tICT Performance Officer\tSept 2003
Replace poor-quality cabling at the depot\tInfrastructure Manager\tDec 2003`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-paper-before-inspection-explains-scale',
    why: 'no judgement: a paper written before the inspection explains the scale (poor to excellent, will it improve)',
    pages: [
      `Report to Management Team, 3 March 2002
Forthcoming Best Value Inspection of ICT
The inspection will take place from 15 to 26 April. The inspectors will judge how good the
service is, on a scale from poor (no stars) to excellent (three stars), and whether it is
likely to improve, on a scale from poor to excellent prospects. Managers should make sure
that their staff are available for interview.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-ict-strategy-mentions-benefits-grade',
    why: 'no judgement: the council\'s ICT strategy mentions that the benefits service was judged good; the document is not an inspection of ICT',
    pages: [
      `Oldacre Borough Council
Corporate ICT Strategy 2002–2005`,
      `2. Where we are now
The benefits service was judged good by the Audit Commission last year, thanks partly to its
new document imaging system. We want every service to benefit from technology in the same way.
Our network is now seven years old, and response times at the outlying offices are poor.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-guide-to-scoring',
    why: 'no judgement: an appendix explaining the scoring chart in general terms, with all axis words',
    pages: [
      `Appendix 3: How we score services
Each inspection reaches two judgements. The first, how good the service is, is scored on a
four-point scale: poor (no stars), fair (one star), good (two stars) or excellent (three
stars). The second, whether the service will improve, uses the labels poor, uncertain,
promising and excellent prospects. The chart marks the cell where the two meet.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-self-assessment-marked-grid',
    why: 'no judgement: the council\'s self-assessment includes a marked grid; the mark is the council\'s, not the inspectors\'',
    pages: [
      `Kelbrook Borough Council
ICT Service – Self-Assessment for the Audit Commission
Prepared by the ICT Management Team, March 2004`,
      `Where we think we are
\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\tX\t
Fair\t\t\t\t
Poor\t\t\t\t
We consider ourselves a good service with promising prospects.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-terms-of-reference',
    why: 'no judgement: inspection terms of reference, before any fieldwork',
    pages: [
      `Best Value Inspection of Information Technology Services
Hexford Borough Council
Terms of reference, June 2002
The inspection will assess how good the service is and how likely it is to improve. It will
look at the council's review, its improvement plan and its capacity to deliver that plan.
The inspection team will be led by Ms R. Akande, Senior Inspector.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-national-overview',
    why: 'no judgement: a national overview of many inspections, percentages only, no single service',
    pages: [
      `Briefing: early Best Value inspections of IT services
Of the first 60 inspections, most services were judged poor or fair, and none was rated
excellent. Around two thirds were expected to improve. Common weaknesses included a lack of
links between the IT strategy and the council's aims.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-draft-brackets-blank',
    why: 'no judgement: a draft with blank brackets where the judgements will go, plus a scoring note',
    pages: [
      `Millbay Borough Council – ICT – DRAFT v0.3 (for factual accuracy check only)
Summary
The service is a [   ] service that has [   ] prospects for improvement.
Note to team: agree scores at moderation panel on 14 November.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-it-annual-report',
    why: 'no judgement: the IT department\'s own annual report uses "excellent" and "poor" loosely',
    pages: [
      `IT Services Annual Report 2002/03
Wenlow Borough Council
It has been an excellent year for the team. Despite poor weather that cut power to the depot
twice, the network was available 99.4% of the time. We answered 21,000 calls and installed 300
new PCs.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-councillor-expects-good',
    why: 'no judgement: minutes record a councillor\'s expectation that the service will be rated good',
    pages: [
      `Corporate Services Overview and Scrutiny Committee – 2 October 2003
Item 4: ICT Best Value inspection – progress
Cllr Devlin said she expected the ICT service to be rated good, with at least promising
prospects, given the progress made since the review. The Head of ICT was more cautious.
The report is expected in December.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-recruitment-advert',
    why: 'no judgement: a job advertisement with "excellent" and "three-star" aspirations',
    pages: [
      `Felsham Borough Council
ICT Service Desk Manager – £28,000–£31,000
Help us become an excellent, three-star ICT service. We are looking for someone with excellent
communication skills to lead a team of eight.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's55-none-lead-inspector-letter',
    why: 'no judgement: the lead inspector\'s letter announcing the inspection and asking for documents',
    pages: [
      `Audit Commission
Best Value Inspection Service
14 August 2002
Dear Chief Executive
Best Value inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services in October. Please send
us the review report, the improvement plan and any performance information by 20 September.
Yours sincerely
J. Whitcombe, Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
];
