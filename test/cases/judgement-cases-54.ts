/** Held-out judgement set 54, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases54: JudgementCase[] = [
  // ─────────────────────────────────────────────────────────────────────────
  // 1. Marked scoring grids: the marked cell, not any axis word, carries both judgements
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-grid-tabs-cross-axis-below',
    why: 'kind 1: tab-separated grid, grade rows, prospect labels printed underneath the grid; the X sits in the Fair row under Promising. Axis words Poor and Excellent appear twice each and the prose mentions a higher self-rating',
    pages: [
`Information and Communications Technology

Eastmarsh Borough Council

Best Value Inspection Service
February 2003`,
`Eastmarsh Borough Council – ICT                                   Page 3

Scoring chart

'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\tX\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'

The chart records the two judgements we have reached. Our reasons are set out in the
summary and in the body of the report. Before reaching them we considered the
council's own assessment, which placed the service one row higher.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-grid-spaces-asterisk-wrapped-labels-era-a',
    why: 'kind 1: era A grid laid out with runs of spaces, the four prospect labels wrapped over two lines ("Will probably / improve"); the asterisk under the third label on the Good row is the only signal',
    pages: [
`Wrexley District Council                      Information Technology Services
Best Value Inspection Service                                        July 2001`,
`Scoring chart                                                               4

How good is the service?
                        Will the service improve?
               Will not      Unlikely to   Will probably Will
               improve       improve       improve       improve
Excellent
Good                                          *
Fair
Poor

The asterisk shows where the inspectors have placed the service. A brief account of
how the chart works is given in Appendix 3.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's54-grid-axes-swapped-tick',
    why: 'kind 1: axes the other way round (rows are prospects, columns are grades, caption says so); the tick is in the Promising row under the Poor column, so the grade is poor although "Promising" and "Excellent" are row labels',
    pages: [
`Carnbridge City Council
Information and Communication Technology Services
Best Value inspection – November 2002`,
`Scoring chart

In this chart the rows show the prospects for improvement and the columns show how
good the service is today. The tick marks our judgement.

Prospects\tPoor\tFair\tGood\tExcellent
\t(no stars)\t(1 star)\t(2 stars)\t(3 stars)
Excellent\t\t\t\t
Promising\t✓\t\t\t
Uncertain\t\t\t\t
Poor\t\t\t\t

Carnbridge City Council – ICT Services                              page 2 of 38`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's54-grid-star-rows-dot',
    why: 'kind 1: grade rows labelled with asterisks as well as words, prospect columns aligned with spaces; a filled dot on the two-star row under Excellent. The asterisks are axis labels, not the mark',
    pages: [
`HALLOWFIELD METROPOLITAN BOROUGH COUNCIL                         IT SERVICES
Inspection report – June 2004                                              5

Scoring chart

                 Prospects for improvement?
                 Poor        Uncertain   Promising   Excellent
 ***  excellent
 **   good                                             ●
 *    fair
 -    poor
A good service?

Source: Audit Commission. The dot marks our judgement on both questions.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's54-grid-pipes-heavy-check-era-a',
    why: 'kind 1: era A grid extracted as a pipe table, long prospect phrases as column headers; the heavy check mark sits in the Poor row under "Unlikely to improve"',
    pages: [
`Northam County Council
Information and Communications Technology
Best Value Inspection – March 2001`,
`Scoring chart

| How good is the service? | Will not improve | Unlikely to improve | Will probably improve | Will improve |
|--------------------------|------------------|---------------------|-----------------------|--------------|
| Excellent                |                  |                     |                       |              |
| Good                     |                  |                     |                       |              |
| Fair                     |                  |                     |                       |              |
| Poor                     |                  | ✔                   |                       |              |

Northam County Council – ICT – March 2001                                     3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's54-grid-stars-rows-yes-no-columns',
    why: 'kind 1: early era A chart with rows in stars only (key underneath) and columns No / Unlikely / Probably / Yes printed below; the X on the one-star row under Yes means fair and will improve',
    pages: [
`Saltmoor District Council – Information Technology – December 2000

Scoring chart
Is the service good?
3 stars\t\t\t\t
2 stars\t\t\t\t
1 star\t\t\t\tX
0 stars\t\t\t\t
\tNo\tUnlikely\tProbably\tYes
Will it improve?

Key: 0 stars = poor; 1 star = fair; 2 stars = good; 3 stars = excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's54-grid-hyphen-wrapped-column-labels',
    why: 'kind 1: prospect column labels hyphenated over two lines by the layout ("Uncer-/tain", "Prom-/ising"); the X on the Good row falls in the second column, Uncertain',
    pages: [
`Kestleigh Borough Council
ICT Services
September 2003`,
`Kestleigh Borough Council                                     Scoring chart

\t\tProspects for improvement
\tPoor\tUncer-\tProm-\tExcel-
\t\ttain\tising\tlent
Excellent\t\t\t\t
Good\t\tX\t\t
Fair\t\t\t\t
Poor\t\t\t\t
How good is the service?

Our reasons for these judgements are given in the summary overleaf.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's54-grid-spaces-swapped-asterisk-library',
    why: 'kind 1: non-ICT service (libraries); rows are prospects, columns are grades, aligned with spaces; the asterisk on the Promising row is under the Excellent / 3 stars column',
    pages: [
`Brackwater Borough Council
Library and Information Service
Best Value Inspection Service – April 2003`,
`Figure 1: Scoring chart. Columns: how good is the service. Rows: prospects for improvement.

                    Poor       Fair       Good       Excellent
                    0 stars    1 star     2 stars    3 stars
Excellent prospects
Promising prospects                                     *
Uncertain prospects
Poor prospects

Brackwater Borough Council – Libraries                                      6`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 2. Table cells that mix the grade word with stars or a sentence, beside a reasons column
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-cell-good-two-stars-of-three',
    why: 'kind 2: judgement cell reads "Good: 2 stars of 3"; the reasons column, wrapped over several lines, contains "poor" and "excellent" and "fair" as ordinary words',
    pages: [
`Allerby District Council
ICT Services – Best Value inspection report
January 2004`,
`Summary of judgements

Judgement\tScore\tMain reasons
How good is the service?\tGood: 2 stars of 3\tNetwork available 99.6% of the time; help desk meets its
\t\ttargets; but poor take-up of self-service and no
\t\texcellent practice in project management
Will it improve?\tPromising\tClear, costed improvement plan; fair progress already on
\t\tthe first six actions; web team is stretched

Allerby DC – ICT                                                             2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-cell-poor-no-stars-will-not',
    why: 'kind 2: era A; cells "Poor (no stars)" and "No, it will not improve"; the reasons column quotes users calling the help desk "excellent" and mentions "poor morale"',
    pages: [
`Greyhope Borough Council                       IT Services
Best Value Inspection Service                  May 2001

Our judgements at a glance

Question            Inspectors' answer           Why
Is it a good        Poor (no stars)              Meets one of its six local targets;
service?                                         users describe the help desk as
                                                 'excellent' but call records show
                                                 otherwise
Will it improve?    No, it will not improve      No improvement plan worth the name;
                                                 poor morale; the review was not
                                                 challenging`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's54-cell-fair-one-star-probably',
    why: 'kind 2: era A; "Fair (one star)" and a prospect cell that is a short sentence; the reasons column cites the council aim of a good service by 2003, which is a target, not the verdict',
    pages: [
`Marston Vale District Council – ICT Best Value inspection – August 2001

Table 1: Inspection judgements
Area\tJudgement\tReasons
Quality of service\tFair (one star)\tMost routine requests are handled promptly; the council's
\t\taim of a 'good' service by 2003 is some way off; project
\t\twork often late
Capacity to improve\tProbably – the service will probably improve\tA realistic plan with named owners; members
\t\tnow take a close interest; funding for year two
\t\tnot yet agreed`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's54-cell-wrapped-one-star-uncertain',
    why: 'kind 2: space-aligned table whose judgement cells wrap onto a second line ("One star – a fair service", "Uncertain – the improvement / plan is not yet resourced"); the reasons cells use good, poor and excellent',
    pages: [
`Pellingham Borough Council
Information Technology
Best Value Inspection Service – October 2002

                 Judgement                     Reasons
Quality          One star – a fair service     Users rate the help desk as good,
                                               but systems development is poor
Prospects        Uncertain – the improvement   The plan has excellent ambitions but
                 plan is not yet resourced     no money attached to it`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-cell-glyph-stars-excellent-prospects',
    why: 'kind 2: grade cell shows star glyphs plus the word ("★★☆ Good"), prospect cell "Excellent prospects"; the evidence column says the service is "not yet excellent" and mentions a poor area',
    pages: [
`Stourmead Council
Information and Communications Technology
Inspection report, July 2004`,
`1  Summary

Rating\tWhat it means\tEvidence
★★☆ Good\tA good service that meets most\tStrong basic service; not yet excellent because
\tof its users' needs\tmobile working lags behind; poor records of
\t\tlicences held
Excellent prospects\tThe service is very likely to\tTrack record of delivery; fully funded
\tkeep improving\tthree-year plan; strong political support`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's54-cell-three-stars-excellent-see-section',
    why: 'kind 2: "3 stars (excellent)" and "Promising – see section 5"; the reasons column contains "poor-performing" and "a fair proportion" as ordinary words',
    pages: [
`Ashwick Council
ICT and e-Services
Best Value Inspection – March 2005`,
`Ashwick Council – ICT and e-Services                                         3

Summary table
How good is the service?     3 stars (excellent)        Very few poor-performing areas; a fair
                                                        proportion of all transactions now online
What are the prospects?      Promising – see section 5  Plan is sound but relies on a partner
                                                        not yet appointed`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's54-cell-good-asterisks-yes-will',
    why: 'kind 2: era A; "Good **" and "Yes – we think it will improve"; reasons column recalls an older internal audit that called the service poor',
    pages: [
`London Borough of Coldharbour
Information and Communications Technology
Best Value Inspection Service   February 2001

Headline judgements
Is the service good?\tGood **\tTurned round since the 1998 internal audit described it
\t\tas poor; strong user satisfaction
Will it improve?\tYes – we think it will improve\tA well-led team with a funded plan and a record of
\t\tdoing what it says`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 3. Prospects paraphrased as likelihood, belief or negation, with no scale word
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-para-more-likely-than-not',
    why: 'kind 3: era A; "more likely than not that the service will get better" = will probably improve; "made a good start" is an ordinary use of good',
    pages: [
`Fennick District Council – Information and Communications Technology – April 2001`,
`Summary

We judge the ICT service to be fair, rating it one star out of a possible three.

Will the service improve?
The improvement plan is sensible, though thin in places, and the new head of ICT has
made a good start. On balance, we think it more likely than not that the service will
get better over the next two years, although much depends on the council finding the
money it has promised.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's54-para-not-convinced-turn-round',
    why: 'kind 3: era A; "we are not convinced the council has what it needs to turn the service round" = unlikely; a manager\'s optimism precedes it',
    pages: [
`Ravensholme Borough Council
Information Technology Services
Best Value Inspection Service – June 2001`,
`Summary

The IT service is poor. Users wait too long for help, systems fail often and the council
cannot say what the service costs.

The council expects its new IT strategy to transform the service within a year. We are
not convinced that it has the people, the money or the management grip needed to turn
the service round, and the plan it has produced does not yet say who will do what.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's54-para-nothing-will-change-september-2001',
    why: 'kind 3: era A at its last month (September 2001); "we found nothing to suggest anything will change" = will not improve',
    pages: [
`Upper Dene District Council
ICT
Best Value Inspection Service
September 2001`,
`How good is the service?
Against almost every measure we looked at, this is a poor service.

Will the service improve?
We found nothing to suggest that anything will change. There is no plan, no money set
aside and no one at a senior level who regards the service as their responsibility.
The review itself repeated the conclusions of a 1997 study that was never acted upon.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's54-para-confident-plan-delivered',
    why: 'kind 3: era A; "we are confident the improvement plan will be delivered in full" = will improve, with no scale words',
    pages: [
`Tolbury District Council
Information Technology
January 2001`,
`Summary

Tolbury's IT service is good. It is reliable, cheap by comparison with similar
districts, and well regarded by the staff who use it.

The review was thorough and its conclusions are backed by money and by members. We are
confident that the improvement plan will be delivered in full and on time.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's54-para-no-doubt-progress',
    why: 'kind 3: era A; "not yet a good service" (negated grade word) then "we rate it fair"; "we have no doubt the section will make real progress" is a double negative meaning will improve',
    pages: [
`Brindlecombe Borough Council – ICT – March 2001`,
`Summary

This is not yet a good service, and we rate it fair. Too many projects overrun and users
have little say in what is done.

We have no doubt, however, that the section will make real progress: the plan is costed,
it is owned by members and much of it is already under way.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's54-para-we-doubt-era-b',
    why: 'kind 3: era B; "we doubt whether the council can deliver the plan" = uncertain prospects, no scale word',
    pages: [
`Westerdale Borough Council
Information and Communications Technology
November 2003`,
`Summary

We have judged the service to be fair. It does the basics adequately but has yet to
show it can support the council's wider ambitions.

The improvement plan is ambitious. We doubt whether the council can deliver it, given
that two of the three senior posts in the ICT unit are filled by interim staff and the
capital bid for the new network has been deferred twice.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-para-every-reason-to-expect',
    why: 'kind 3: era B; "every reason to expect the service to keep getting better, though not every building block is in place" = promising',
    pages: [
`London Borough of Kelsey
ICT Services
Best Value inspection – May 2004`,
`Summary

In our judgement the ICT service is a good, two-star service.

There is every reason to expect the service to keep getting better: it has a track
record of delivery, the plan is realistic and staff are enthusiastic. Not every building
block is yet in place, however, and the move to a shared data centre carries risk.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-para-possible-but-improbable',
    why: 'kind 3: era A; "it is possible the service will get better, but we think it improbable" = unlikely; the hedge must not be read as probable',
    pages: [
`Lowmoor Borough Council
Information Services
Best Value Inspection Service – July 2001`,
`Summary

We consider the information services function to be fair.

It is possible that the service will get better, but we think it improbable unless the
council settles the long-running dispute about who pays for desktop equipment.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's54-para-no-realistic-route',
    why: 'kind 3: era B, Welsh council; "we can see no realistic route by which the council will turn the service round" = poor prospects',
    pages: [
`Bro Tawe County Borough Council
Information and Communications Technology
Audit Commission in Wales – Best Value Inspection – December 2002`,
`Summary

The ICT service is poor.

The council has not yet agreed a strategy, the budget has been cut for the third year
running and the service has lost a third of its staff. We can see no realistic route by
which the council will turn the service round in the foreseeable future.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 4. Quoted views that are not the inspectors' own, usually followed by a contrast
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-quote-self-assessment-contrast',
    why: 'kind 4: era A; the council\'s self-assessment said good and will improve; "our evidence tells a different story" and the inspectors give fair / will probably improve',
    pages: [
`Eastholme District Council – Information and Communications Technology – July 2001`,
`Summary

The council's self-assessment described the ICT service as good and concluded that it
will improve. Our evidence tells a different story. Response times have slipped for two
years running and the review did not seriously question how the service is provided.
We judge it to be a fair, one-star service. Because the council has now appointed an
experienced head of ICT and agreed a plan, we think the service will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's54-quote-director-expects-rapid-progress',
    why: 'kind 4: era B; the IT director expects rapid progress (manager\'s view); "we are less sure" and the inspectors state uncertain prospects; grade poor in the inspectors\' voice',
    pages: [
`Cressley Borough Council
IT Services
Best Value Inspection Service – March 2003`,
`Summary

In our view the IT service is poor.

The director of IT told us that he expects rapid progress now that the new network is
in place and that, within a year, the service would be 'at least good'. We are less sure.
The improvement plan has no milestones beyond the first quarter and the staff who must
deliver it were not involved in writing it. We therefore judge the prospects for
improvement to be uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's54-quote-neighbouring-council-rating',
    why: 'kind 4: era B; the neighbouring council\'s ICT service was rated good with excellent prospects (comparison section); this council\'s own verdict is fair / promising',
    pages: [
`South Harton District Council
Information and Communications Technology
September 2002`,
`How does the service compare?

South Harton shares a border and many partners with North Harton, whose ICT service
was inspected last year and judged good, with excellent prospects. The council has used
that report as a yardstick. The contrast is instructive: North Harton resolves nine in
ten calls on the same day; South Harton resolves fewer than six.

South Harton DC – ICT                                                       11`,
`Summary of our judgements

We judge South Harton's ICT service to be fair (one star). Its prospects for
improvement are promising, because the partnership now being negotiated with North
Harton would give the service access to skills it cannot afford on its own.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-quote-earlier-inspection-reinspection',
    why: 'kind 4: era B re-inspection; the 2001 inspection (era A wording) found the service poor and unlikely to improve; this report\'s verdict is fair with promising prospects',
    pages: [
`Thirlby Borough Council
ICT Services – Re-inspection
June 2003`,
`Background

When we first inspected the service in April 2001 we judged it poor and unlikely to
improve. This re-inspection looks at what has changed since then.

Summary

A great deal has changed. The service is now fair: one star. New leadership, a
consolidated help desk and a modest but secure budget mean that its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-quote-council-aim-three-stars',
    why: 'kind 4: era B; the council aims to be "an excellent, three-star service by 2005" with excellent prospects; the inspectors judge good with promising prospects',
    pages: [
`Oakhurst Borough Council
e-Government and ICT
Best Value inspection report – February 2004`,
`Summary

The council's stated aim is for ICT to be an excellent, three-star service by 2005, with
excellent prospects. It has some way to go. We found a good service, rated two stars,
which supports most staff well but has been slow to put services online. Its prospects
are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-quote-portfolio-holder-all-but-name',
    why: 'kind 4: era A; the cabinet member calls the service "excellent in all but name"; the inspectors find it good and say it will probably improve',
    pages: [
`Carrow District Council
Information Technology
May 2001`,
`Summary

The cabinet member for resources described the IT service to us as 'excellent in all
but name'. We do not share that view, though there is much to admire. In our judgement
the service is good. It will probably improve, provided the council keeps to the
replacement programme it has agreed.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's54-quote-user-survey-excellent',
    why: 'kind 4: era B; a staff survey rates the help desk "excellent"; the inspectors nonetheless judge the service poor with uncertain prospects',
    pages: [
`Haltby City Council
ICT
December 2002`,
`Summary

Staff who responded to the council's 2002 survey rated the help desk as excellent, and
the people who work there are clearly committed. But the help desk is a small part of the
service. The network is unreliable, projects are routinely late and there is no
strategy. Overall, the inspection team judged the ICT service to be poor.

Prospects for improvement are uncertain. A new strategy is in draft, but it has not been
costed.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's54-quote-consultants-outsourcing',
    why: 'kind 4: era A; external consultants said the service was poor and would not improve without outsourcing; the inspectors disagree: fair, will improve',
    pages: [
`Dunmere Borough Council
Information Technology
Best Value Inspection Service – November 2000`,
`Summary

A report by consultants in 1999 described the IT service as poor and concluded that it
would not improve unless it was outsourced. The council has since reorganised the
service and re-tendered its main contracts. We found a fair service, and we believe it
will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 5. Long sentences whose verdict stands far from its subject
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-long-duties-list',
    why: 'kind 5: era B; a list of the service\'s duties sits between "The ICT service" and "is, in our judgement, a fair service"; a second sentence puts a long aside before "promising"',
    pages: [
`Kirkwell District Council – ICT – August 2003`,
`Summary

The ICT service, which supports some 2,400 users across 61 sites, runs the payroll,
revenues and benefits and planning systems, maintains the corporate network and – since
April – the contact centre telephony, and which has been through three restructures in
four years, is, in our judgement, a fair service. Its prospects, given the new
partnership with the county council, the funding agreed in the medium-term financial
plan and the appointment of a permanent head of service after two years of interim
arrangements, are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-long-dashes-unlikely-era-a',
    why: 'kind 5: era A; dashes and brackets push "unlikely ... to improve" far from "the service"; grade "poor" comes late in a long first sentence after "excellent" used of a member of staff',
    pages: [
`Sandbury Borough Council
Information Technology Services
August 2001`,
`Summary

Despite the excellent work of the network manager, who has kept ageing equipment
running well beyond its expected life, the IT service as a whole – taking into account
its slow response to faults, its failure to deliver any of the four major projects
promised in 2000 and the absence of any agreed standards – is poor.

We consider that the service – despite the determined efforts of a small team (nine
staff, two vacancies), the support of the new director of finance, and a welcome
increase in the capital programme for 2001/02 – is unlikely, without a step change in
the way the council manages demand, to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's54-long-page-break-running-header',
    why: 'kind 5: era B; the grade sentence is cut by a page break, with footer and running header between "judged to be a" and "good, two-star service"',
    pages: [
`Norbridge City Council
ICT Services
March 2004`,
`Summary

Norbridge's ICT service, which was brought back in-house in 2002 after a ten-year
contract with an outside supplier and now employs 58 staff, is judged to be a

Norbridge City Council – ICT Services                                  page 4`,
`Norbridge City Council – ICT Services                         Inspection report

good, two-star service. Its prospects for improvement are promising: the council has a
clear plan and the money to carry it out.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-long-hyphenated-line-ends',
    why: 'kind 5: era B; "inspection team\'s overall judgement" then a long dash aside, and the prospect word hyphenated at a line end ("uncer-/tain")',
    pages: [
`Elmsworth Borough Council – Information and Communications Technology – May 2002`,
`Summary

The inspection team's overall judgement is that the council's information and commu-
nications technology service – covering the help desk, the network, the corporate
applications team and the small web unit set up last year – is a 'fair', one-star ser-
vice with uncer-
tain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-long-brackets-ordinary-words',
    why: 'kind 5: era A; a bracketed list containing "poor record" and "excellent relationships" sits before "we judge the service to be good and we believe it will improve"',
    pages: [
`Castlegate Borough Council
ICT
Best Value Inspection Service – February 2001`,
`Summary

Taking everything into account (the strong network availability, the poor record on
project delivery, the excellent relationships with schools noted in section 4, and the
weaknesses in procurement set out at paragraphs 41 to 47), we judge the service to be
good and we believe it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's54-long-other-service-aside',
    why: 'kind 5: era B; an aside about the housing repairs service, "found poor in 2002", sits inside the sentence about the ICT service, whose own verdict is good with excellent prospects',
    pages: [
`Wyvern District Council
ICT Services
October 2004`,
`Summary

The ICT service – unlike the housing repairs service, which we found poor in 2002 and
whose new job-management system it now hosts and supports – is, on the evidence we
gathered from users, managers and members over a fortnight on site, a good service.
With a strong team, a funded plan and a record of meeting its targets, it has excellent
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's54-long-good-but-unlikely-era-a',
    why: 'kind 5: era A, October 2000; an unusual pairing: good now, but "unlikely, given ..., to improve further", with the verdict some forty words after its subject',
    pages: [
`Beckford District Council
Information Technology
October 2000`,
`Summary

The IT service is good: systems are reliable and users are satisfied.

We judge that the service – whose three most experienced staff will retire within
eighteen months, whose budget has been frozen until 2003, and whose review made no
serious attempt to look at other ways of providing it – is unlikely, given those
pressures, to improve further.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 6. Documents about an inspection (committee paper, press release, minutes)
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-about-cabinet-report-relays-verdict',
    why: 'kind 6: era B cabinet report relaying the inspectors\' verdict on ICT (fair / promising); also mentions the benefits service judged good earlier and a target of two stars at re-inspection',
    pages: [
`RUDGELEY BOROUGH COUNCIL
CABINET – 11 JUNE 2002
REPORT OF THE DIRECTOR OF CORPORATE SERVICES

Agenda item 7: Best Value inspection of Information and Communications Technology

1. Purpose
1.1 To inform Cabinet of the outcome of the Audit Commission's inspection of the ICT
service and to seek approval for the action plan at Appendix A.

2. Outcome of the inspection
2.1 The inspection report was published on 14 May 2002. The inspectors judged that the
service is 'fair' (one star) and that it has 'promising' prospects for improvement.
2.2 Members will recall that the benefits service, inspected in 2001, was judged good.
2.3 The action plan aims to secure a two-star rating when the service is re-inspected.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-about-council-press-release',
    why: 'kind 6: era B council press release relaying a two-star (good) rating and promising prospects; the leader\'s quote about wanting to be excellent is an aim',
    pages: [
`NEWS RELEASE
Abbotsley Council
For immediate release: 22 January 2004

COUNCIL COMPUTER SERVICE WINS TWO STARS

Abbotsley Council's ICT service has been awarded two stars out of three by government
inspectors, who described it as a 'good' service with 'promising' prospects for
improvement.

Council leader Cllr Janet Moss said: "This is great news, but we won't stop here. We
want to be excellent, and the inspectors have shown us how to get there."

Ends

Notes to editors: the Audit Commission's report is available on its website.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-about-minutes-era-a',
    why: 'kind 6: era A; minutes relay the inspectors\' view that the ICT service was poor but would probably improve; members also discuss "poor morale" and a good rating elsewhere',
    pages: [
`DENHOLM DISTRICT COUNCIL
Minutes of the Corporate Resources Committee held on 17 July 2001

34. BEST VALUE INSPECTION – INFORMATION TECHNOLOGY
The Head of Corporate Services introduced the Audit Commission's report, published in
June. The inspectors had concluded that the IT service was poor, but that it would
probably improve.
Cllr Hatton asked whether poor morale among IT staff had been raised. The Head of
Corporate Services confirmed it had and outlined the staff consultation now under way.
Cllr Fry noted that the council's environmental health service had been judged good in
March.
RESOLVED: That the report and the action plan be noted.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's54-about-scrutiny-paper-other-service-only',
    why: 'kind 6 (no judgement): a scrutiny paper about the forthcoming ICT inspection quotes the revenues and benefits service\'s rating (good, promising); nothing is said about ICT\'s own grade',
    pages: [
`FERNLEIGH BOROUGH COUNCIL
Resources Scrutiny Panel – 9 September 2003

Preparation for the Best Value inspection of ICT

1. The Audit Commission will inspect the ICT service in the week beginning 20 October.
2. The panel will wish to note that the revenues and benefits service, inspected in
   March, was judged a good service with promising prospects. Officers believe lessons
   from that inspection apply directly to ICT.
3. The ICT review report and improvement plan were sent to the Commission on 1 September.
4. Recommendation: that the panel notes the arrangements for the inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-about-commission-press-notice',
    why: 'kind 6: era B Audit Commission press notice that relays the verdict with quotation marks ("fair", "uncertain") and a quote from the lead inspector using "excellent" as an ordinary word',
    pages: [
`Audit Commission – press notice
30 October 2002

HALLAM VALE COUNCIL'S IT SERVICE 'FAIR' WITH 'UNCERTAIN' PROSPECTS, SAYS COMMISSION

Hallam Vale Council's IT service is a 'fair' one-star service with uncertain prospects
for improvement, according to a report published today by the Audit Commission.

Lead inspector Peter Ransome said: "Staff are dedicated and relations with schools are
excellent, but the council has not yet decided what it wants from technology."`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-about-local-newspaper',
    why: 'kind 6: era B local newspaper story relaying a zero-star (poor) rating with uncertain prospects; a councillor\'s "excellent staff" quote and a headline pun',
    pages: [
`THE SELBY MOOR ADVERTISER – Friday 14 March 2003

Zero stars for council's computer department

Inspectors have given Selby Moor District Council's computer department a damning
verdict, rating it 'poor' and awarding it no stars at all.

The Audit Commission report, published this week, says the department's chances of
improving are 'uncertain'.

Cllr Derek Pye, who chairs the resources committee, said: "We have excellent staff and
I am confident they will rise to the challenge."`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's54-about-member-briefing-awaiting-report',
    why: 'kind 6 (no judgement): member briefing gives the housing inspection\'s result and the ICT self-assessment, but the ICT inspection report has not yet arrived',
    pages: [
`GREYFRIARS CITY COUNCIL
Members' briefing note – May 2004

Inspection update

Housing management: the Audit Commission judged the service fair with uncertain
prospects. An action plan will be considered by the Executive in June.

ICT: the inspection took place in April. Our self-assessment rated the service good,
with promising prospects. The inspectors' draft report is expected in mid-June and
their scores will not be known until then.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 7. Plain statements in many forms
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-plain-we-judge-fair-promising',
    why: 'kind 7: era B; plain inspectors\' sentence "we judge ... a \'fair\' one-star service that has promising prospects"',
    pages: [
`Pelham Borough Council
Information and Communications Technology
Best Value Inspection Service – January 2003`,
`Summary

We judge that Pelham's ICT service is a 'fair' one-star service that has promising
prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's54-plain-passive-good-probably',
    why: 'kind 7: era A; passive "is judged to be good" and a separate short sentence "It will probably improve"',
    pages: [
`Linthorpe District Council – IT Services – June 2001`,
`Summary

The IT service is judged to be good. Users are well supported and the network is
reliable. It will probably improve: the plan is sound, though it depends heavily on two
key staff.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's54-plain-capitalised-headline',
    why: 'kind 7: era A; the verdict given only as a capitalised headline above the summary',
    pages: [
`Rothmere Borough Council
Information Technology
Best Value Inspection Service – April 2001`,
`SUMMARY

A POOR SERVICE THAT IS UNLIKELY TO IMPROVE

Rothmere's IT service does not meet the needs of its users and the review that preceded
this inspection did little to change that.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's54-plain-summary-box',
    why: 'kind 7: era B; a boxed summary flattened into short labelled lines',
    pages: [
`Harwood County Council
ICT
December 2003`,
`+--------------------------------------------------+
| Summary of inspection findings                   |
| How good is the service?   Fair                  |
| Prospects for improvement?  Uncertain            |
| Inspection dates: 3 to 14 November 2003          |
+--------------------------------------------------+

The body of this report sets out the evidence for these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-plain-section-conclusions',
    why: 'kind 7: era B; the verdicts appear only as closing sentences of the "How good is the service?" and "Will it improve?" sections',
    pages: [
`Ashby Vale Council – ICT Services – July 2003

How good is the service?

Aims
The service has clear aims that are linked to the council's priorities.

Performance
Network availability was 99.8 per cent last year and 93 per cent of faults were fixed
within the agreed time. Overall, this is a good service.`,
`Ashby Vale Council – ICT Services                                          17

Will the service improve?

The improvement plan is specific, costed and monitored monthly by the corporate
management team. We conclude that the service has excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's54-plain-in-our-view-poor-will-not',
    why: 'kind 7: era A; "In our view the service is poor" and "We believe it will not improve"',
    pages: [
`Marlingford District Council
Information and Communications Technology
Best Value Inspection Service – August 2001`,
`Summary

In our view the service is poor. We believe it will not improve: the council has rejected
the main recommendation of its own review and has no alternative plan.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's54-plain-excellent-will-improve',
    why: 'kind 7: era A; the rare top grade: "inspectors found an excellent service which will improve"',
    pages: [
`Quenby Borough Council
Information Technology
Best Value Inspection Service – March 2001`,
`Summary

Inspectors found an excellent service which will improve. Quenby's IT section is among
the most efficient we have seen, it is trusted by the departments it serves and it has
a plan that will take it further still.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's54-plain-commission-judgement-stars',
    why: 'kind 7: era B; verdict given in stars in a terse "The Commission\'s judgement" line',
    pages: [
`Mortlake Vale Council
IT Services
Inspection report – June 2002`,
`The Commission's judgement: two stars; promising prospects for improvement.

This report sets out the evidence on which that judgement is based.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-plain-poor-and-poor',
    why: 'kind 7: era B; the word poor used for both judgements in one sentence',
    pages: [
`Ingleby District Council – ICT – November 2004`,
`Summary

The ICT service is poor and its prospects for improvement are also poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's54-plain-one-star-uncertain-with-other-service',
    why: 'kind 7: era B; "a one-star service with uncertain prospects" preceded by a sentence giving the libraries service\'s grade',
    pages: [
`Corrow Borough Council
Information and Communications Technology
April 2003`,
`Summary

Corrow's libraries were judged excellent last year, and they rely on the ICT service for
their catalogue and public internet access. The ICT service itself is a one-star service
with uncertain prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's54-plain-fair-but-unlikely',
    why: 'kind 7: era A; "Our judgement is that the service is fair but is unlikely to improve"',
    pages: [
`Brightwell Borough Council – Information Technology – September 2001`,
`Our judgement is that the service is fair but is unlikely to improve.

The reasons for this judgement are set out in the summary that follows.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's54-plain-council-tax-good-promising',
    why: 'kind 7: era B; non-ICT service (council tax and business rates); plain sentence with grade and prospects',
    pages: [
`Seaton Moor District Council
Council Tax and Business Rates
Best Value inspection – October 2002`,
`Summary

Collection rates are in the top quarter nationally and customers are dealt with
courteously. This is a good service with promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's54-plain-library-excellent-excellent',
    why: 'kind 7: era B; non-ICT service; "excellent" used for both judgements, and once more as an ordinary word',
    pages: [
`Kingsholm City Council
Library Service
Best Value Inspection Service – September 2004`,
`Summary

Kingsholm's libraries provide an excellent, three-star service, with excellent prospects
for improvement. Staff training is also excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's54-plain-score-line-housing-repairs',
    why: 'kind 7: era B; non-ICT service; the verdict as a terse labelled score line with stars in brackets',
    pages: [
`Whitecross Borough Council – Housing Repairs and Maintenance – February 2003`,
`Score:  0 stars (poor)        Prospects:  promising

Tenants wait too long for routine repairs, but the new partnering contract and a much
stronger client team give grounds for optimism.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's54-plain-not-yet-good-we-rate-fair',
    why: 'kind 7: era A; negated good ("not yet a good service") immediately followed by the actual grade and a plain prospect statement',
    pages: [
`Farleigh District Council
ICT
Best Value Inspection Service – May 2001`,
`Summary

This is not yet a good service; we rate it fair. The service will probably improve, as
the council has agreed a realistic plan and the money to carry it out.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's54-plain-question-answer-yes',
    why: 'kind 7: era A; question headings answered with a single word each ("Good." and "Yes.")',
    pages: [
`Wendlebury Borough Council
Information Technology
Best Value Inspection Service – December 2000`,
`Is the service good?
Good. Users are well supported, costs are below average and the service meets almost
all of its targets.

Will it improve?
Yes. The plan is funded, members are committed and the team has a record of doing what
it says it will.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's54-plain-welsh-inspection-team-considers',
    why: 'kind 7: era B, Welsh council; "the inspection team considers ..." with quoted scale words',
    pages: [
`Cyngor Sir Gwenfro / Gwenfro County Council
Information and Communications Technology
Audit Commission in Wales – January 2003`,
`Summary

The inspection team considers that the ICT service is 'good' and that its prospects for
improvement are 'promising'.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },

  // ─────────────────────────────────────────────────────────────────────────
  // 8. No judgement at all: the right answer is null for both
  // ─────────────────────────────────────────────────────────────────────────
  {
    name: 's54-none-draft-scores-tbc',
    why: 'kind 8: draft inspection report with an unmarked chart and "scores to be confirmed"; axis words everywhere, no verdict',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Lydford Borough Council
ICT Services
Best Value inspection – draft report v0.3, August 2003`,
`Scoring chart
[Scores to be confirmed following moderation]

\tPoor\tUncertain\tPromising\tExcellent
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t

Summary
[Lead inspector to insert judgements here. Provisional view to be discussed with the
council at the feedback meeting on 9 September.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-self-assessment',
    why: 'kind 8: the council\'s own self-assessment, written before inspection, claiming good and will improve (era A words); holder is the council, not the inspectors',
    pages: [
`Tarrant District Council
Best Value Review of Information Technology
Self-assessment for the Best Value Inspection Service – February 2001

How good is our service?
We believe that our IT service is good. Users tell us they are satisfied and our costs
are below the average for similar districts.

Will it improve?
We are confident that the service will improve. The improvement plan at section 6 sets
out how.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-improvement-plan-targets',
    why: 'kind 8: council improvement plan with targets ("excellent (three-star) rating", "excellent prospects") that are aims, not judgements',
    pages: [
`Moorcombe Borough Council
ICT Improvement Plan 2003–2006

Vision
By March 2005 we want the ICT service to achieve an excellent (three-star) rating with
excellent prospects, and to have all suitable services available electronically.

Action\tOwner\tTarget date
Replace all PCs older than four years\tHead of ICT\tMarch 2004
Introduce service level agreements\tICT client manager\tJune 2004
Benchmark costs with CIPFA club\tHead of ICT\tSept 2004`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-pre-inspection-briefing',
    why: 'kind 8: pre-inspection briefing for the council\'s IT staff; mentions grades of other councils and the scale itself but no verdict on this service',
    pages: [
`Harbury City Council – IT Services
Staff briefing: the Best Value inspection, 5–16 November 2001

What will happen?
Two inspectors will spend a fortnight with us. They will decide how good the service is
(poor, fair, good or excellent) and what its prospects for improvement are (poor,
uncertain, promising or excellent).

What have other councils got?
Of the IT services inspected so far, most were rated poor or fair. Our neighbours at
Stanmoor were rated good with promising prospects.

Please make yourself available if asked for an interview.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-ict-strategy-other-services',
    why: 'kind 8: an ICT strategy quoting the inspection grades of two other services as context; nothing judges the ICT service',
    pages: [
`Ellingham District Council
Information and Communications Technology Strategy 2002–2005

2. Where we are now
2.1 Technology underpins services that inspectors have praised: the benefits service
was judged good, with promising prospects, in 2002, and the planning service was rated
fair.
2.2 Our own infrastructure is ageing, and there is poor morale in the IT section after
two difficult years.
2.3 We aim to deliver an excellent service to every department by 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-scoping-letter',
    why: 'kind 8: inspection scoping letter listing the possible judgements before the inspection takes place',
    pages: [
`Best Value Inspection Service
Regional office

12 March 2001

Dear Chief Executive,

Best Value inspection of Information Technology

I am writing to confirm the arrangements for our inspection. As you know, we will reach
two judgements: how good the service is, on a scale from poor to excellent, and whether
it will improve (will not, unlikely to, will probably, or will). We will share our
provisional findings with you before the report is finalised.

Yours sincerely,
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-blank-chart-explainer',
    why: 'kind 8: an explanatory leaflet describing the scoring chart with an unmarked grid; every axis word present, no mark',
    pages: [
`Understanding your inspection report

The scoring chart
Each report contains a chart like the one below. The inspectors mark one box.

                  Poor       Uncertain   Promising   Excellent
Excellent (***)
Good (**)
Fair (*)
Poor (no stars)

The rows show how good the service is; the columns show its prospects.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-guidance-note-examples',
    why: 'kind 8: guidance note with invented example sentences illustrating the wording ("for example, ... a fair service ..."), not a judgement of any real service',
    pages: [
`Best Value Inspection Service – Guidance for inspectors, note 4
Writing the summary

The summary must state both judgements clearly. For example: "We judge the service to
be fair, with promising prospects for improvement." Avoid hedged wording such as "the
service is broadly good". Never describe a service as excellent unless the chart shows
three stars.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-self-assessed-score-table',
    why: 'kind 8: a table of self-assessed scores prepared by the council; the scores look like verdicts but are the council\'s',
    pages: [
`Weyford Borough Council
ICT Best Value Review – Final report to Executive, June 2002

Appendix C: Self-assessment against the inspection framework
Question\tOur self-assessed score\tEvidence
How good is the service?\tGood (2 stars)\tUser survey 2002; BVPI results
Prospects for improvement\tPromising\tImprovement plan; new partnership`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-bvpp-targets',
    why: 'kind 8: Best Value Performance Plan extract with targets and past inspection results of other services',
    pages: [
`Kenwick District Council – Best Value Performance Plan 2003/04

Inspections completed
Service\tInspected\tStars\tProspects
Waste collection\tMay 2002\t1\tPromising
Leisure centres\tJan 2003\t2\tUncertain

Inspections planned
ICT services – inspection expected in autumn 2003. Target: two stars.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-report-front-matter',
    why: 'kind 8: front page, contents list and context section of an inspection report; headings such as "How good is the service?" but no verdict in the excerpt',
    pages: [
`Fosbury Borough Council
Information Technology
Best Value Inspection Service
October 2001`,
`Contents
Summary ......................................... 3
Scoring chart ................................... 5
Recommendations ................................. 6
Context ......................................... 8
How good is the service? ........................ 10
Will the service improve? ....................... 19
Appendices ...................................... 26`,
`Context

Fosbury is a market town of 84,000 people. The IT service employs 31 staff and supports
about 1,100 PCs. The council's review of the service took place between January and
June 2001 and was led by the assistant chief executive.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-consultants-report',
    why: 'kind 8: a consultant\'s report commissioned by the council; its view ("fair at best", "unlikely to improve without") is not an inspection verdict',
    pages: [
`Review of ICT Services
Prepared for Dunford Borough Council by Meridian Public Sector Consulting
April 2002

Executive summary
In our opinion the service is fair at best. Without a change of supplier it is unlikely
to improve. We recommend a market test of desktop support and the network.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-minutes-before-inspection',
    why: 'kind 8: minutes before the inspection in which an officer hopes for two stars and promising prospects',
    pages: [
`CLAYBROOK DISTRICT COUNCIL
Minutes of the Policy and Resources Committee – 4 February 2004

12. FORTHCOMING ICT INSPECTION
Members asked whether the ICT service would be rated good. The Head of ICT said he
hoped for two stars and promising prospects, but that the outcome could not be
predicted. Cllr Ames thought a fair rating more likely.
RESOLVED: That the Head of ICT report the outcome to the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's54-none-challenge-workshop-notes',
    why: 'kind 8: notes of a review challenge workshop; "poor", "excellent" and "fair" appear as ordinary words and opinions, with no inspection judgement',
    pages: [
`Ormesby Council – ICT Best Value Review
Challenge workshop, 8 May 2002 – notes

- Users felt the help desk gave an excellent service out of hours but a poor one at lunchtime.
- A fair number of departments buy their own software.
- Question for the review team: should we be aiming for three stars, or is two realistic?
- Next workshop: comparison with other councils.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
