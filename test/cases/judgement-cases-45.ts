/** Held-out judgement set 45, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases45: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's45-grid-asterisk-spaces-prospect-rows',
    why: 'kind 1: era B grid laid out with runs of spaces, prospects as rows and grades as columns; an asterisk under Good on the Promising row; the summary mentions "poor response" as an ordinary word',
    pages: [
      `Ashcombe Borough Council
Information and Communications Technology
Best Value Inspection Service
July 2003`,
      `Summary
Ashcombe's ICT section supports some 1,650 users across 22 sites. Most people we
spoke to were positive about the help desk, although staff at the two branch
offices complained of poor response times when the main link goes down. The
council has a costed plan for the next three years.

Scoring chart

                       'A good service?'
                Poor        Fair        Good        Excellent
                (0 stars)   (1 star)    (2 stars)   (3 stars)
Excellent
Promising                               *
Uncertain
Poor
'Prospects for improvement?'

The chart records the inspectors' judgement of the service and of its prospects.
Ashcombe Borough Council - ICT                                          page 3`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's45-grid-x-era-a-grade-rows',
    why: 'kind 1: era A grid with grades as rows (with star counts in words) and the four prospect answers as columns; X sits under Probably on the Fair row',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection

Holmbridge District Council
Information Technology Services

February 2001`,
      `SCORING CHART

                          Will the service improve?
                          No          Unlikely    Probably    Yes
Excellent  (3 stars)
Good       (2 stars)
Fair       (1 star)                               X
Poor       (0 stars)
How good is the service?

The box marked X shows where the inspectors place the service.

REASONS
The IT unit keeps the council's systems running reliably, but project delivery is
slow and users wait too long for new equipment. The review produced a realistic
action plan and managers have begun to carry it out.
                                    - 2 -`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's45-grid-tick-one-cell-per-line',
    why: 'kind 1: extraction gives one grid cell per line (dashes for empty boxes); the tick is the first cell of the Uncertain row, i.e. the Poor column; every axis word appears',
    pages: [
      `Audit Commission
Kelshaw Metropolitan Borough Council
ICT and e-government
Best Value inspection report
March 2002`,
      `Scoring chart
The tick shows the inspectors' judgement. Rows (from top): prospects for improvement.
Columns (from left): a good service?
Excellent
-
-
-
-
Promising
-
-
-
-
Uncertain
✓
-
-
-
Poor
-
-
-
-
Poor
Fair
Good
Excellent
0 stars
1 star
2 stars
3 stars`,
      `Why we reached these judgements
Too many systems are unsupported, staff morale is low, and the council is a long
way behind similar authorities on electronic access. A new head of ICT has started
to make changes, but it is too early to see whether they will take hold.
Kelshaw MBC - ICT inspection                                              5`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's45-grid-black-star-tabs',
    why: 'kind 1: tab-separated grid, era B; a black star in the last cell of the Excellent row means excellent service and excellent prospects; text elsewhere has "poor broadband coverage"',
    pages: [
      `Wendlow County Council
Information Services
Inspection report, November 2004
Audit Commission Best Value inspection`,
      `Scoring chart\n\n\tPoor\tFair\tGood\tExcellent\n\t0 stars\t1 star\t2 stars\t3 stars\nExcellent\t\t\t\t★\nPromising\t\t\t\t\nUncertain\t\t\t\t\nPoor\t\t\t\t\nColumns: a good service? Rows: prospects for improvement.

The service is highly regarded by its users and by partners. It has delivered
broadband to every school and library despite poor broadband coverage in the
rural north of the county, and its plans are ambitious and fully funded.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's45-grid-bullet-reversed-grade-columns',
    why: 'kind 1: era A grid with grade columns running Excellent to Poor (reversed) and prospect rows; the bullet is in the Poor column on the Unlikely row; reading left-to-right order naively gives excellent',
    pages: [
      `Best Value Inspection Service
Marston Fields Borough Council
Corporate IT Service
Inspection report - June 2001`,
      `The inspectors' judgement

                          How good is the service?
                          Excellent   Good        Fair        Poor
Will improve
Will probably improve
Unlikely to improve                                           •
Will not improve

Will the service improve? (rows)

Notes to the chart: grades run from best on the left to worst on the right.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's45-grid-bracket-x-checkboxes',
    why: 'kind 1: era A grid printed as check boxes, [x] on the Good row under Will; every other box is [ ]',
    pages: [
      `Audit Commission - Best Value Inspection
Redgrave District Council
Information Technology
Date of report: April 2001

Judgement grid
                 Will not    Unlikely    Probably    Will
                 improve     to improve  improve     improve
Excellent        [ ]         [ ]         [ ]         [ ]
Good             [ ]         [ ]         [ ]         [x]
Fair             [ ]         [ ]         [ ]         [ ]
Poor             [ ]         [ ]         [ ]         [ ]

The IT service is reliable and cost-effective and its users speak well of it. The
review was challenging and the action plan is owned by senior managers.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's45-grid-pipe-cells-caption-axes',
    why: 'kind 1: era B grid extracted with cell separators; caption says rows are the grade and columns the prospects (the reverse of the usual layout); X in the Fair row, Poor column, so "Poor" is the prospect, not the grade',
    pages: [
      `Audit Commission
Thornhaugh City Council
ICT Support Services
Best Value inspection - published September 2002`,
      `Figure 1: scoring chart. Rows show how good the service is; columns show its
prospects for improvement.
| | Poor | Uncertain | Promising | Excellent |
| Excellent (3 stars) | | | | |
| Good (2 stars) | | | | |
| Fair (1 star) | X | | | |
| Poor (0 stars) | | | | |

Users get a reasonable day-to-day service, but the council has no agreed ICT
strategy, no money set aside for it, and no one at senior level driving change.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with extra text
  {
    name: 's45-table-good-two-stars-of-three-reasons',
    why: 'kind 2: era B summary table; cells "Good: 2 stars of 3" and "Uncertain prospects" beside a reasons column that uses poor, excellent and good as ordinary words',
    pages: [
      `Eastmere District Council
ICT Services
Best Value Inspection Report
Audit Commission, November 2002`,
      `Summary of judgements

Question                     Judgement                  Why we reached it
How good is the service?     Good: 2 stars of 3         The help desk is well run and users
                                                        rate it highly; however, asset records
                                                        are poor and the web site is far from
                                                        excellent.
What are the prospects       Uncertain prospects        The improvement plan is sound on paper,
for improvement?                                        but two key posts are vacant and
                                                        funding beyond March 2003 is not
                                                        agreed; a good plan alone will not
                                                        deliver change.
                                                                                        4`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's45-table-no-it-will-not-improve-era-a',
    why: 'kind 2: era A table; "Poor (no stars)" and "No, it will not improve" in the judgement column, with reasons mentioning "good intentions" and an "excellent" network contract',
    pages: [
      `Best Value Inspection Service
Lydford Borough Council
Information Technology
May 2001`,
      `Table 1: The inspectors' judgements
-----------------------------------------------------------------------------
How good is the service?     Poor (no stars)           Systems fail often; the help
                                                       desk logs calls but does not
                                                       resolve them; only the new
                                                       network contract is excellent
                                                       value.
Will the service improve?    No, it will not improve   There are good intentions but
                                                       no plan, no budget and no one
                                                       accountable for delivering it.
-----------------------------------------------------------------------------`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's45-table-fair-one-star-excellent-prospects',
    why: 'kind 2: era B; table cells "Fair (one star)" and "Excellent - the council has..." with a third column explaining poor past performance; the grade and prospect differ in level',
    pages: [
      `Audit Commission
Brackley Heath Borough Council
Information and Communication Technology
Inspection report
February 2004`,
      `Summary

Our two judgements, with the main reasons for each, are set out below.

Judgement               Score / rating                          Main reasons
Current service         Fair (one star)                         Performance was poor
                                                                until 2003 and some
                                                                users still wait days
                                                                for repairs.
Prospects               Excellent - the council has the         Strong, well-funded plan;
                        leadership, money and skills to          early gains already
                        deliver its plans                        visible.

Brackley Heath BC                                                       Page 2 of 18`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's45-table-three-stars-yes-will-improve',
    why: 'kind 2: era A; grade cell with three star glyphs and a sentence, prospect cell "Yes - the service will improve"; reasons mention remaining "poor" areas',
    pages: [
      `THE AUDIT COMMISSION - BEST VALUE INSPECTION
Corbury City Council: Information and Communications Technology
August 2001`,
      `THE JUDGEMENTS IN BRIEF
How good is the service?
★★★ Excellent - one of the best council IT services we have inspected
Reasons: high user satisfaction; costs in the lowest quarter; the few remaining
poor areas (mainly printing) are being tackled.

Will the service improve?
Yes - the service will improve
Reasons: a demanding improvement plan, fully costed and monitored monthly by
the chief executive's management team.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's45-table-zero-stars-poor-promising',
    why: 'kind 2: era B; "0 stars - poor" and "Promising: ..." cells in a two-row table with a reasons column that says staff are "good" and the old system "excellent in its day"',
    pages: [
      `Tenbury Vale District Council
ICT and Customer Access
Best Value inspection, September 2004`,
      `1. Summary

Judgement       Rating                      Reasons
Service         0 stars - poor              Frequent outages; no disaster recovery;
                                            a finance system that was excellent in
                                            its day but is now unsupported.
Prospects       Promising: a new partner    Staff are good and keen; the partnership
                is in place and delivering  contract is sound and early milestones
                                            have been met.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's45-table-fair-unlikely-era-a-single-column',
    why: 'kind 2: era A table extracted one cell per line; "Fair - one star. Some good features..." and "Unlikely - the plan lacks..." followed by a reasons cell with "poor" and "excellent"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Stowford District Council
IT and Support Services
January 2001`,
      `Judgement
Score
Reasons
How good is the service?
Fair - one star. Some good features, but not consistent across the council.
Desktop support is excellent in the main offices but poor at the depots.
Will the service improve?
Unlikely - the plan lacks targets, costs and owners.
Members have not yet agreed the plan and the IT manager is leaving.
                                       Stowford DC Best Value Inspection  3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased
  {
    name: 's45-paraphrase-on-balance-expect-better-era-a',
    why: 'kind 3: era A; grade stated plainly as good, prospect only as "on balance we expect the service to get better" with reservations (ordinal 2, probably)',
    pages: [
      `Best Value Inspection
Pennington Borough Council - Information Technology
June 2001`,
      `Summary
The inspectors judge that Pennington provides a good, two-star IT service. Users
are well supported and the network is reliable.

Is the service going to get better? There are risks: the plan depends on two
large procurements and the IT manager retires next year. On balance, however, we
expect the service to get better over the next two years, because the plan is
realistic and staff are committed to it.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's45-paraphrase-no-sign-anything-will-change',
    why: 'kind 3: era A; grade poor, prospects given only as "there is no sign that anything will change" and "we see nothing that will turn it round" (ordinal 0)',
    pages: [
      `AUDIT COMMISSION
Best Value Inspection Service
Gresford District Council
Computer Services
March 2001`,
      `SUMMARY
In our view this is a poor service. Faults take weeks to fix and departments
have started to buy their own equipment to get round the central unit.

As for the future, there is no sign that anything will change. The review did not
question how the service is provided, the action plan repeats commitments made in
1998 that were never met, and we saw nothing that will turn the service round.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's45-paraphrase-doubt-capacity-era-a',
    why: 'kind 3: era A; grade fair; prospect only as "we doubt that the council has the capacity to deliver" (ordinal 1, unlikely)',
    pages: [
      `Best Value Inspection Service
Alderholt Borough Council
Information Technology Services
December 2000`,
      `1. The inspectors judge the IT service to be fair: it meets most day-to-day needs,
but it is expensive and has been slow to support new ways of working.

2. The improvement plan is ambitious. It proposes a new network, a corporate web
site and a document management system within eighteen months. We doubt that the
council has the capacity to deliver this plan: the IT section is already stretched,
no extra money has been agreed and there is no one to manage the projects.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's45-paraphrase-confident-plan-delivered-era-a',
    why: 'kind 3: era A; grade excellent, prospect only as "we are confident that the council will deliver its plan" (ordinal 3, will)',
    pages: [
      `Audit Commission - Best Value Inspection
Whitlow Metropolitan Borough Council
Information and Communications Technology
July 2001`,
      `Summary of findings
We judge Whitlow's ICT service to be excellent, a three-star service. It is cheap
to run by comparison with others, its users rate it very highly and it has led the
council's move to on-line services.

The improvement plan is clear, costed and already under way. We are confident that
the council will deliver it in full, and that users will see further gains.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's45-paraphrase-more-likely-than-not-era-b',
    why: 'kind 3: era B; grade fair; prospect as "more likely than not that the service will get better" (ordinal 2, promising) with no scale word',
    pages: [
      `Audit Commission
Netherby District Council
ICT Services
Inspection report: March 2002`,
      `How good is the service?
The service is fair. It has one star: the basics are in place but performance is
patchy and the council's web presence is limited.

What are the prospects for improvement?
The council has started to act on the review, and the first projects have gone well.
We think it more likely than not that the service will get better, provided the
new funding is confirmed in next year's budget.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's45-paraphrase-nothing-suggests-turnaround-era-b',
    why: 'kind 3: era B; grade poor; prospect as "we found nothing to suggest the council will turn the service round" and "on current evidence it will stay as it is" (ordinal 0, poor prospects) without any scale word for the prospect',
    pages: [
      `Audit Commission
Saltmarsh Borough Council
Information Technology
October 2003`,
      `Summary
Saltmarsh provides a poor, zero-star IT service.

We found nothing to suggest that the council will turn the service round. Its plan
has no targets or costs, members have not discussed it, and the IT manager told
us he has no time to work on it. On current evidence the service will stay as it is.
                                                                       - 3 -`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's45-paraphrase-real-doubts-era-b',
    why: 'kind 3: era B; grade good; prospect as "we have real doubts about whether the council can make the progress it plans" (ordinal 1, uncertain)',
    pages: [
      `Audit Commission
Fenwick County Council
Information and Communications Technology
Best Value inspection
May 2004`,
      `Summary
We judge the ICT service to be good (two stars). Its infrastructure is modern
and it is well managed day to day.

Looking ahead, the picture is less clear. The council has committed itself to a
large joint venture with two other counties, but the business case is not agreed
and the timetable has already slipped twice. We have real doubts about whether the
council can make the progress it plans within the time it has set itself.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's45-paraphrase-every-confidence-era-b',
    why: 'kind 3: era B; grade excellent; prospect as "we have every confidence that the service will keep getting better" (ordinal 3, excellent prospects) without the word prospects being rated',
    pages: [
      `Audit Commission
Rothley Park Borough Council
ICT and e-Services
January 2005`,
      `Summary
Rothley Park's ICT service is excellent. It has three stars and is among the best
we have seen.

The service has a strong record of delivering what it promises, it is well led
and it has the money and people it needs. We have every confidence that it will
keep getting better.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views not the inspectors'
  {
    name: 's45-quoted-self-assessment-good-but-fair',
    why: 'kind 4: era B; the council self-assessment rated the service good with promising prospects; "our evidence tells a different story" and the inspectors say fair, uncertain',
    pages: [
      `Audit Commission
Longmead District Council
ICT Services
Best Value inspection report - June 2002`,
      `Summary
Before the inspection, the council's self-assessment rated its ICT service as good,
with promising prospects for improvement. Our evidence tells a different story.
Users in three of the five directorates are dissatisfied, performance targets are
routinely missed and the review did not compare costs with anyone else.

We judge the service to be fair (one star) and its prospects for improvement to be
uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's45-quoted-director-expects-rapid-progress',
    why: 'kind 4: era A; the IT director expects rapid progress and calls the service "good"; the inspectors do not share this and judge poor, unlikely to improve',
    pages: [
      `Best Value Inspection Service
Quarrington Borough Council - Information Technology
April 2001`,
      `3. The director of IT told us that he regards the service as good and that he
expects rapid progress once the new structure is in place.

4. We do not share this optimism. In our view the service is poor. The new structure
has been planned for two years without being implemented, and the council has not
set aside any money for it. We consider that the service is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's45-quoted-neighbouring-council-excellent',
    why: 'kind 4: era B; the neighbouring council\'s ICT service was rated excellent last year and is used as a comparator; the inspectors\' own verdict for this council is good, promising',
    pages: [
      `Audit Commission
Kirkhope District Council
Information and Communications Technology
September 2003`,
      `Context
Kirkhope shares a data centre with its neighbour, Dunholme, whose ICT service was
rated excellent, with excellent prospects, in an inspection last year. Kirkhope's
managers told us they aim to match that rating.

Our judgement
Kirkhope is not yet at that level. We judge its ICT service to be good, with two
stars, and its prospects for improvement to be promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's45-quoted-internal-audit-and-benefits-service',
    why: 'kind 4: era A; an internal audit review called the service "excellent" and the benefits service, inspected last year, was judged good; then the inspectors judge the IT service fair, will probably improve',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection Service
Abbotsleigh District Council
Information Technology
August 2001`,
      `Summary
The council's internal audit section described the IT service as "excellent" in
its report of January 2001, and the benefits service, inspected last year, was
judged good. However, the inspectors' assessment of IT is less favourable.

We judge the IT service to be a fair, one-star service which will probably improve.
                                                                   Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's45-quoted-earlier-inspection-reinspection',
    why: 'kind 4: era B re-inspection; the 2002 inspection judged the service poor with uncertain prospects; this 2004 report judges good with excellent prospects',
    pages: [
      `Audit Commission
Bramhope Borough Council
ICT Services - Re-inspection
October 2004`,
      `Background
The Audit Commission first inspected this service in May 2002. That inspection
judged it to be a poor service with uncertain prospects for improvement, and made
eleven recommendations.

Summary of this re-inspection
The position has changed markedly. All eleven recommendations have been acted on.
We now judge the service to be good (two stars), and we consider that it has
excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's45-quoted-cabinet-member-foreword',
    why: 'kind 4: era B; the cabinet member calls the service excellent and the self-assessment claims promising prospects; "however" and the inspectors judge poor with poor prospects',
    pages: [
      `Audit Commission
Southwold Vale District Council
Information Technology
February 2003`,
      `The council's review report opens with a foreword by the cabinet member for
resources, who describes the IT service as "excellent" and says that its prospects
are "promising". The self-assessment prepared for the inspection makes the same claims.

However, the inspectors found a service that fails its users. Systems are unreliable,
there is no strategy, and members have not challenged performance. We judge it to be
a poor service, with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's45-quoted-consultants-will-improve-rapidly',
    why: 'kind 4: era A; consultants engaged by the council said the service "will improve rapidly"; the inspectors judge fair but that it will not improve',
    pages: [
      `Best Value Inspection Service
Heathfield Borough Council - IT Services
November 2000`,
      `Summary
The council engaged consultants to support its review. Their report concluded that
the IT service "will improve rapidly" once its proposals are adopted.

We disagree. The service today is fair: it does the basics adequately. But the
proposals have not been adopted, the council has rejected the funding bid behind
them, and the review team has been disbanded. The inspectors' judgement is that the
service will not improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's45-long-duties-list-excellent-probably',
    why: 'kind 5: era A; a long list of the service\'s duties and a bracketed aside separate the subject from "excellent"; prospects sentence also has a long aside before "will probably improve"',
    pages: [
      `Best Value Inspection Service
Ambleside Road Borough Council
Information and Communications Technology
February 2001`,
      `Summary
The council's ICT service - which runs the corporate network for 2,300 users, the
help desk, the data centre at Gower House, the payroll and financial systems, the
schools' administrative network and, since last April, the telephone switchboard
(a task it took on from Property Services without any increase in staff) - is, in
the view of the inspectors, an excellent service that deserves its three stars.

The service, whose improvement plan was drawn up with users, costed in detail and
approved by members in December, but which depends on a new contract not yet
signed, will probably improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's45-long-split-across-page-break-running-header',
    why: 'kind 5: era B; the judgement sentence breaks across a page, with the running header and page number landing between "to be" and "fair"; prospects follow after a long aside',
    pages: [
      `Audit Commission
Ivybridge Borough Council
ICT Services
Inspection report
December 2002`,
      `Summary
Taking account of everything we saw and heard during the inspection - the views
of the 140 users who answered our survey, the performance figures for the last
three years, the visits we made to the depot, the two libraries and the
contact centre, and what members and staff told us - we judge the service to be`,
      `Ivybridge Borough Council - ICT Services                                    6
fair, with one star, and its prospects for improvement, given a plan that is
sensible but has no agreed funding after this year and a management team still
half made up of interim staff, to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's45-long-bracketed-asides-good-excellent',
    why: 'kind 5: era B; brackets and a list of projects separate the service from "good"; the prospects sentence also puts a long aside between subject and "excellent"',
    pages: [
      `Audit Commission
Carrow Mill District Council
Information and Communications Technology
October 2004`,
      `Our judgements
The ICT service (which, in addition to supporting the council's own 900 staff,
manages the shared network used by the primary care trust and two housing
associations, hosts the county's property gazetteer and runs the out-of-hours
repairs line for the housing department) is, on the evidence we gathered, a good
service that merits two stars.

Its prospects - helped by a strong senior team, a three-year budget agreed by
members, a track record of finishing projects on time and a partnership with a
neighbouring council that brings extra skills - are in our judgement excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's45-long-dashes-hyphenated-poor-will-not',
    why: 'kind 5: era A; dashes and a hyphenated line break ("ser-vice") between the subject and the grade word forty words later; "poor morale" appears as an ordinary phrase',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection Service
Ridgeway District Council
IT Services
June 2001`,
      `Summary
Staff in the IT section suffer from poor morale, but that is not the main issue. The
council's IT ser-
vice - responsible for some 600 PCs, the financial ledger, the revenues system,
the planning database, the e-mail system and, in theory, the council's web pages,
although these have not been updated since 1999 - is, taken as a whole and judged
against what users need from it, a poor service.

We also conclude, having examined the review, the action plan and the budget, and
having spoken to the chief executive and the leader, that the service will not
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's45-long-relative-clauses-excellent-promising',
    why: 'kind 5: era B; stacked relative clauses and a parenthetical list before "excellent"; the prospects clause begins after a long list of risks and ends with "promising"',
    pages: [
      `Audit Commission
Eskdale City Council
ICT and Customer Services
March 2005`,
      `Summary
Eskdale's ICT service, which was restructured in 2003, which now works to a single
set of service standards agreed with every directorate, and which last year met
all but one of its thirty-two targets (the exception being the replacement of the
libraries' catalogue, delayed by the supplier), is an excellent, three-star service.

Although the council faces a number of risks over the next two years - the end of
its main network contract, the move of 400 staff to a new civic centre, and the
retirement of two senior managers - we consider its prospects for improvement to be
promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's45-long-good-but-unlikely-era-a',
    why: 'kind 5: era A; a sentence with a long preamble about strengths lands on "good" after forty words; the prospect sentence pairs a concession with "unlikely to improve"',
    pages: [
      `Best Value Inspection Service
Tollbridge Borough Council
Information Technology
January 2001`,
      `Summary
Although the council's own review gave too little attention to the needs of its
front-line services, the IT service itself - with its well-organised help desk, a
stable network that has not suffered a serious failure in three years, and costs
that compare well with similar district councils - is, we found, good.

Yet a service can be good today without the means to get better: with no plan
beyond the next twelve months, no agreement on funding and a review that did not
challenge the way the service is run, we consider it unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's45-about-commission-press-release-poor-uncertain',
    why: 'kind 6: an Audit Commission press release in the Commission\'s own voice announcing its verdict on this service (era B); the Commission is the inspector, so the verdict counts: poor, uncertain',
    pages: [
      `Audit Commission
NEWS RELEASE
21 August 2003
For immediate release

Inspectors call for urgent action on Brantwood's IT

The Audit Commission has judged Brantwood Borough Council's information technology
service to be poor, with uncertain prospects for improvement.

The inspectors found that the council's network fails regularly, that users wait
weeks for repairs, and that the council's plans for on-line services are well behind
those of similar councils.

Notes to editors
1. The Audit Commission rates services on a scale of zero stars (poor) to three
stars (excellent), and their prospects for improvement as poor, uncertain,
promising or excellent.
2. The full report is available from the Commission's web site.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's45-about-committee-paper-other-services-scores',
    why: 'kind 6: a committee paper preparing for a forthcoming ICT inspection, quoting the scores of other services (benefits good, housing repairs fair); no judgement of the ICT service exists yet, so both null',
    pages: [
      `Moorcroft District Council
Policy and Resources Committee - 12 March 2002
Agenda item 7: Forthcoming Best Value inspection of ICT services
Report of the Head of Corporate Services

1. Purpose
To inform members of the arrangements for the Audit Commission's inspection of
ICT services, which will take place from 15 to 19 April 2002.

2. Background
The council has had two Best Value inspections so far. The benefits service was
judged good with promising prospects, and housing repairs was judged fair with
uncertain prospects. Members will recall that both reports praised the council's
approach to consultation.

3. Preparation
Officers are preparing a self-assessment and a file of evidence for the inspectors.

4. Recommendation
That members note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-about-minutes-draft-scores-to-be-confirmed',
    why: 'kind 6: scrutiny minutes discussing a draft inspection report whose scores are to be confirmed; a member hopes for "fair" and the officer expects "promising"; no inspectors\' verdict, both null',
    pages: [
      `Harrowfield Borough Council
Minutes of the Resources Scrutiny Panel
held on 4 November 2003

42. Best Value inspection of ICT - draft report
The Head of ICT reported that the Audit Commission had sent the council a draft of
its report for factual checking. The scores were marked "to be confirmed" and would
not be known until the final report was published in December.

Councillor Mrs Ellis said she hoped the service would be judged at least fair. The
Head of ICT said that, in his view, the prospects for improvement were promising,
given the new strategy.

RESOLVED: that the panel receive the final report at its January meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-about-commission-news-release-era-a',
    why: 'kind 6: era A Audit Commission news release stating its own judgement of this IT service (good, will probably improve); the release also mentions an earlier inspection of another service',
    pages: [
      `AUDIT COMMISSION - PRESS NOTICE
15 March 2001

Good IT service at Caldwell set to get better, say inspectors

Caldwell District Council's information technology service is good and will
probably improve, according to a report published today by the Audit Commission's
Best Value Inspection Service.

The inspectors praised the service's help desk and its close work with departments,
but said more needed to be done to prepare for electronic service delivery.

The council's refuse collection service, inspected last year, was judged fair.

ENDS`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's45-about-cabinet-report-published-result',
    why: 'kind 6: a cabinet report that reproduces the published final inspection result for this same ICT service, clearly attributed to the Commission (excellent, promising); the other scores it lists are other services',
    pages: [
      `Linthorpe City Council
Cabinet - 23 June 2004
Report of the Director of Resources
Outcome of the Audit Commission inspection of ICT services

1. The Audit Commission's final report on the council's ICT services was published
on 14 May 2004. The inspectors judged the service to be excellent (three stars),
with promising prospects for improvement. A copy of the report is attached.

2. This is the council's best inspection result to date. Previous inspections rated
leisure services fair and the planning service good.

3. The report makes six recommendations, which officers have built into the ICT
service plan for 2004/05.

4. Recommendation: that cabinet welcomes the report and agrees the action plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's45-about-council-press-release-forthcoming',
    why: 'kind 6: a council press release announcing a forthcoming ICT inspection, quoting an earlier library inspection (excellent) and a hope to "do as well"; no judgement of the ICT service, both null',
    pages: [
      `Westerby Borough Council
Press release - 2 September 2004

Inspectors to visit council's IT service

The Audit Commission will inspect Westerby's ICT service later this month.
Inspectors will talk to staff, councillors and residents, and will look at how the
council uses technology to deliver services.

The council's library service was judged excellent, with excellent prospects, when
it was inspected in 2003. Council leader John Marsh said: "We hope our IT team will
do just as well. I believe the service is good and getting better."

The inspectors' report is expected in the new year.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------- kind 7: plain statements in many forms
  {
    name: 's45-plain-passive-poor-will-not-2000',
    why: 'kind 7: era A passive voice: "The service has been judged poor ... it is not expected that it will improve" with the explicit scale phrase "will not improve" in the summary box',
    pages: [
      `Best Value Inspection Service
Cranmere District Council
Information Technology Services
October 2000`,
      `SUMMARY
The council's IT service has been judged by the inspectors to be poor. Users have
little confidence in it and the review failed to address its weaknesses.

The service has also been assessed as one that will not improve: the action plan
contains no measurable targets and has no support from senior managers.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's45-plain-we-judge-fair-unlikely',
    why: 'kind 7: era A active voice "We judge" for both judgements; the context mentions "a fair proportion" as an ordinary phrase',
    pages: [
      `Audit Commission
Best Value Inspection Service
Langstone Borough Council - IT and Telecommunications
February 2001`,
      `Summary
A fair proportion of the council's IT budget is spent on maintaining old systems.

We judge that Langstone's IT and telecommunications service is a fair, one-star
service. We judge that it is unlikely to improve, because the council has not yet
decided how it will pay for the changes it needs.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's45-plain-headings-good-will-2001',
    why: 'kind 7: era A; question headings "How good is the service?" and "Will the service improve?" each answered by a short sentence beneath',
    pages: [
      `Best Value Inspection Service
Thistleton District Council
Information and Communications Technology
May 2001`,
      `How good is the service?
The service is good. It has two stars. Users are satisfied, systems are reliable
and costs are in line with those of similar councils.

Will the service improve?
Yes. The service will improve: its plan is clear and realistic, and it has the
backing of members and the money to deliver it.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's45-plain-our-judgement-is-excellent-probably',
    why: 'kind 7: era A "Our judgement is that..." form giving excellent and will probably improve in one sentence',
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection
Oakenholt Borough Council
Information Technology
August 2001`,
      `Summary
Oakenholt's IT service is highly valued by the departments it supports and has
one of the lowest costs per user in its family group of councils.

Our judgement is that this is an excellent, three-star service that will probably
improve further, although its plans for electronic services are at an early stage.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's45-plain-inspectors-consider-fair-will',
    why: 'kind 7: era A "The inspectors consider" form; a fair service that will improve (yes), stated in two sentences',
    pages: [
      `Best Value Inspection Service
Ferrybridge Borough Council
Computer and IT Services
January 2001`,
      `Summary
The inspectors consider the service to be fair. It provides a sound basic service,
but has been slow to help departments make use of new technology.

The inspectors consider that the service will improve. The review has produced a
well-researched action plan, and the first changes are already being felt by users.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's45-plain-poor-but-probably-improve',
    why: 'kind 7: era A; a poor service that will probably improve, stated with "In our view" and "however"; the "however" belongs to the inspectors and does not reverse their own view',
    pages: [
      `Audit Commission
Best Value Inspection Service
Marlow Heath District Council
Information Technology
April 2001`,
      `Summary
In our view the IT service is currently poor. Systems are old, staff are
overstretched and users' complaints go unanswered.

The council has, however, recognised the scale of the problem. It has appointed an
experienced IT manager and agreed a three-year investment programme, and we think
that the service will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's45-plain-excellent-will-sept-2001',
    why: 'kind 7: era A report dated September 2001 (the last month of the first vocabulary) using "will improve"; excellent, three stars',
    pages: [
      `Best Value Inspection Service
Hartington City Council
Information and Communication Technology Services
September 2001`,
      `1. Summary
This is an excellent service, with three stars, and it will improve.

2. Users praise the speed and quality of support. The council is among the first
in its region to offer residents on-line payments, and its IT strategy is closely
tied to the council's priorities.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's45-plain-good-unlikely-numbered-paragraphs',
    why: 'kind 7: era A; numbered paragraphs: "The service is a good one" and "It is unlikely to improve"; mentions "excellent working relationships" as an ordinary phrase',
    pages: [
      `Best Value Inspection Service
Pemberton Borough Council
Information Technology
December 2000`,
      `SUMMARY
1. The IT section has excellent working relationships with the finance department.
2. The service is a good one, with two stars; it is efficient and well regarded.
3. It is unlikely to improve, because the council has not agreed its plan and the
review did not look at alternative ways of providing the service.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's45-plain-poor-poor-prospects-2001-nov',
    why: 'kind 7: era B (November 2001, just after the change of vocabulary); "a poor service with poor prospects for improvement"',
    pages: [
      `Audit Commission
Coldharbour District Council
IT Services
November 2001`,
      `Summary
Coldharbour District Council provides a poor service with poor prospects for
improvement. The council lacks an IT strategy, its systems are unreliable and its
review did not consult users or compare the service with others.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's45-plain-fair-uncertain-scoring-sentence',
    why: 'kind 7: era B; "We have judged the service as fair (one star)... its prospects for improvement are uncertain"',
    pages: [
      `Audit Commission
Inspection report
Denby Dale Borough Council
ICT Services
April 2003`,
      `Summary
We have judged the service as fair (one star). It meets users' basic needs but is
poor value for money in some areas.

Its prospects for improvement are uncertain. The council has an improvement plan,
but it is not yet clear that the resources to deliver it will be found.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's45-plain-good-promising-colon-heading',
    why: 'kind 7: era B; headings with colons: "How good is the service: good (two stars)" and "Prospects for improvement: promising"',
    pages: [
      `Audit Commission
Greyfriars Borough Council
Information and Communications Technology
July 2002`,
      `Summary
How good is the service: good (two stars)
The service performs well against most of its targets and users rate it highly.

Prospects for improvement: promising
A clear strategy, strong member support and a sound plan.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's45-plain-excellent-excellent-2004',
    why: 'kind 7: era B; "The inspection team found an excellent service ... with excellent prospects"',
    pages: [
      `Audit Commission
Stanwick Metropolitan Borough Council
ICT and Electronic Services
November 2004`,
      `Summary
The inspection team found an excellent service - three stars - which has excellent
prospects for improvement. Stanwick already meets the 2005 targets for electronic
service delivery, and its ICT costs are among the lowest in its comparator group.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's45-plain-excellent-promising-2003',
    why: 'kind 7: era B; two short sentences: "This is an excellent service." and "The prospects for improvement are promising."',
    pages: [
      `Audit Commission
Harbourside City Council
Information Technology Services
January 2003`,
      `Summary
This is an excellent service. It has three stars.
The prospects for improvement are promising.

The inspection team found a service that is well managed, well regarded by users
and good value for money. The next stage of its plans depends on a partnership that
is still being negotiated.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's45-plain-fair-poor-prospects-2005',
    why: 'kind 7: era B (2005); "The Commission rates the service as fair ... and rates its prospects as poor"',
    pages: [
      `Audit Commission
Cheswick District Council
ICT Services
August 2005`,
      `Summary
The Commission rates the service as fair, with one star. It rates its prospects for
improvement as poor: the council has no agreed ICT strategy, no capital budget for
replacing its systems, and no plan to meet the 2005 electronic service targets.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's45-plain-poor-promising-2004',
    why: 'kind 7: era B; "The service is poor" then "but has promising prospects"; the "but" is the inspectors\' own contrast between their two judgements',
    pages: [
      `Audit Commission
Alnmouth Borough Council
Information and Communications Technology
March 2004`,
      `Summary
The service is poor and currently has no stars. Users are frustrated with slow
repairs and frequent system failures.

It has, however, promising prospects for improvement. A new director is in post, the
council has committed £1.4 million to replace its network, and a realistic plan has
been agreed.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's45-plain-good-excellent-2003',
    why: 'kind 7: era B; "Our judgement is" on two lines with a line break inside the phrase "excellent prospects"',
    pages: [
      `Audit Commission
Lowther Vale District Council
ICT Services
June 2003`,
      `Summary
Our judgement is that Lowther Vale provides a good, two-star ICT service that has excellent
prospects for improvement. The council has a clear vision for technology, strong
leadership from members and a track record of delivering its plans.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's45-none-draft-blank-grid-tbc',
    why: 'kind 8: era B draft report; the scoring chart is blank and the summary says "scores to be confirmed"; all axis words present, no mark',
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Audit Commission
Kingsmead Borough Council
ICT Services
Draft report for factual accuracy check - May 2003`,
      `Scoring chart

                       'A good service?'
                Poor        Fair        Good        Excellent
Excellent
Promising
Uncertain
Poor
'Prospects for improvement?'

Scores to be confirmed following the quality assurance panel.

Summary
[Summary judgement to be inserted]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-draft-era-a-placeholders',
    why: 'kind 8: era A draft with the question headings but placeholder text in place of the judgements and an empty grid of boxes',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Upton Marsh District Council - Information Technology
WORKING DRAFT v0.3 - April 2001 - not to be quoted`,
      `How good is the service?
[Inspectors to agree grade at moderation meeting]

Will the service improve?
[To follow]

                 Will not    Unlikely    Probably    Will
Excellent        [ ]         [ ]         [ ]         [ ]
Good             [ ]         [ ]         [ ]         [ ]
Fair             [ ]         [ ]         [ ]         [ ]
Poor             [ ]         [ ]         [ ]         [ ]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-council-own-review-self-rating',
    why: 'kind 8: the council\'s own Best Value review report (era A), in which the review team rates its service good and says it will improve; not an inspection, so both null',
    pages: [
      `Fairbourne Borough Council
Best Value Review of Information Technology
Final report of the review team
October 2000`,
      `5. Conclusions
5.1 The review team considers that the IT service is a good service which compares
well with those of other district councils.
5.2 We believe that, with the changes proposed in section 6, the service will
improve significantly over the next three years.
5.3 The team recommends that the council submit this review for inspection by the
Audit Commission in the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-council-review-target-rating',
    why: 'kind 8: an era B council review whose target is to achieve "good" with "promising prospects" at inspection; an aim, not a verdict',
    pages: [
      `Garside District Council
ICT Best Value Review 2002/03
Report to Cabinet`,
      `Our ambition
Our target is to be rated a good, two-star service with promising prospects when the
Audit Commission inspects us in 2003, and to be an excellent service by 2005.

Where we are now
The review found that user satisfaction stands at 71 per cent, that the help desk
resolves 64 per cent of calls at first contact, and that the council has met 38 per
cent of its e-government targets.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-guidance-on-scoring',
    why: 'kind 8: Audit Commission guidance explaining the two judgements and both vocabularies; every scale word appears but nothing is judged',
    pages: [
      `Audit Commission
Best Value inspections: how we score services
Guidance for councils - revised October 2001`,
      `The two key questions
Every inspection report answers two questions. How good is the service? Services
are scored from zero stars (poor) through one star (fair) and two stars (good) to
three stars (excellent). Will the service improve? Until September 2001 we said a
service would not improve, was unlikely to improve, would probably improve or would
improve. From October 2001 we describe prospects as poor, uncertain, promising or
excellent.

A service judged good with promising prospects, for example, will appear in the
third column from the left and the second row from the top of the scoring chart.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-preparing-for-inspection-note',
    why: 'kind 8: a council officer\'s briefing on preparing for inspection, with examples of what inspectors look for and hypothetical outcomes',
    pages: [
      `Thorpe Abbey Borough Council
Preparing for the ICT Best Value inspection
Briefing note for managers - January 2002`,
      `What inspectors will look for
- Whether the ICT strategy supports the council's priorities
- How we compare our costs and performance with others
- Whether users and residents were consulted
- Whether the improvement plan is realistic

Possible outcomes
If the inspectors find a fair service with uncertain prospects, we may be
re-inspected within two years. A good or excellent service with promising or
excellent prospects would allow us to apply for greater freedoms.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-scrutiny-notes-ordinary-words',
    why: 'kind 8: scrutiny meeting notes on ICT performance full of ordinary uses of grade words (poor morale, excellent working relationships, a fair proportion); no inspection',
    pages: [
      `Northcliffe City Council
Corporate Scrutiny Committee - notes of meeting, 9 July 2002

Item 4: ICT performance
Members heard that poor morale in the help desk team had contributed to higher
staff turnover. The Head of ICT reported excellent working relationships with the
new network supplier, and said that a fair proportion of the backlog had been
cleared. Councillor Patel asked whether the service was good enough to meet the
2005 targets. The Head of ICT undertook to report back in October.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-scrutiny-member-prediction',
    why: 'kind 8: scrutiny notes in which a member predicts the service "will probably improve" and an officer calls prospects "uncertain"; no inspectors involved',
    pages: [
      `Hollins Cross District Council
Overview and Scrutiny Panel
Notes - 16 May 2001

E-government progress
Councillor Dunn said that in her opinion the IT service would probably improve once
the new web site was launched. The Chief Executive cautioned that prospects were
uncertain until the budget for 2002/03 was settled. The panel asked for a progress
report in September.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-service-plan-aim-excellent',
    why: 'kind 8: ICT service plan aiming "to be an excellent, three-star service by 2005" with promising-sounding targets; aims are not verdicts',
    pages: [
      `Branscombe Borough Council
ICT Service Plan 2003-2006`,
      `Our vision
To be an excellent, three-star ICT service by 2005, with excellent prospects for
continued improvement.

Key targets for 2003/04
- 90 per cent of calls resolved within agreed times (currently 78 per cent)
- 60 per cent of services available electronically (currently 41 per cent)
- User satisfaction of 85 per cent (currently 72 per cent)

We recognise that our current performance is only fair in places, and this plan
sets out how we will improve.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-ict-strategy-document',
    why: 'kind 8: a council ICT strategy (era B) describing a "promising start" and ambitions to be "good"; the council\'s own words, no inspection judgement',
    pages: [
      `Greatford County Council
Information and Communications Technology Strategy 2002-2005
Approved by Cabinet, December 2002`,
      `Foreword
We have made a promising start on our e-government programme, and our staff have
shown excellent commitment. But we know that parts of our service are poor, and our
aim is to be judged a good service when we are next inspected.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-inspection-notification-letter',
    why: 'kind 8: the Commission\'s letter announcing the scope of a forthcoming inspection; it names both questions but answers neither',
    pages: [
      `Audit Commission
Best Value Inspection Service

Chief Executive
Wellbrook Borough Council
3 August 2001

Dear Chief Executive
Inspection of Information Technology Services
I write to confirm that we will inspect the council's IT services in October 2001.
The inspection will address two questions: how good is the service, and will it
improve? We will publish our report, with our judgements, about eight weeks after
the on-site work.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-user-survey-results',
    why: 'kind 8: a user satisfaction survey summary with response categories poor/fair/good/excellent and percentages; no judgement of the service by anyone entitled to give one',
    pages: [
      `Kirkstall Vale District Council
ICT User Satisfaction Survey 2003 - Results

Question 4: How would you rate the help desk overall?
Excellent   12%
Good        44%
Fair        29%
Poor        15%

Question 7: Do you expect the service to improve over the next year?
Yes 38%   Probably 31%   Unlikely 20%   No 11%`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's45-none-benchmarking-club-report',
    why: 'kind 8: a benchmarking club report comparing councils\' IT costs, describing one council as "excellent on cost" and another "poor on fix times"; not an inspection',
    pages: [
      `Midlands District Councils ICT Benchmarking Club
Annual comparison report 2002/03`,
      `Summary of results
Twelve councils took part this year. Cost per workstation ranged from £640 to
£1,210. Eastleigh Moor remains excellent on cost, while Stoneycroft is poor on fix
times. Most members' user satisfaction scores were in the fair to good range.

Members are reminded that these figures are for comparison only and are not a
measure of the overall quality of any council's service.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
