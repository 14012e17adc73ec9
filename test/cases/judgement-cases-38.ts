/** Held-out judgement set 38, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases38: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's38-grid-asterisk-good-probably-2001',
    why: `kind 1: a lone asterisk sits in the Good row under the "Will probably improve" column; the axis text names every grade and prospect, and the summary quotes the council's aim to be excellent`,
    pages: [
      `Best Value Inspection Service

Information Technology Services

Brackenmoor Borough Council

May 2001

Audit Commission`,
      `Summary
Brackenmoor's IT service supports around 1,300 users across 19 sites. The council aims to
become an excellent, three-star service by 2004, and its Best Value review set out a broad
programme of change. We found a help desk that users value, reliable core systems and a
well-costed improvement plan, although asset records are poor and few services are yet
available on-line.

Scoring chart
The chart shows our judgement of how good the service is (rows) and whether it will
improve (columns).

                 Will not        Unlikely to     Will probably   Will
                 improve         improve         improve         improve
Excellent
Good                                                 *
Fair
Poor

Brackenmoor Borough Council - IT Services                                           2`,
      `Recommendations
To rise to the challenge of continuous improvement, the council should:
- build a complete register of IT equipment and licences;
- agree service standards with each department and report against them quarterly;
- publish a timetable for putting its main transactions on the web.

Brackenmoor Borough Council - IT Services                                           3`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's38-grid-x-fair-promising-2002',
    why: `kind 1: axes swapped (grades across the top, prospects down the side); the X falls in the Promising row under Fair; the text praises "excellent working relationships" which is not the verdict`,
    pages: [
      `Inspection of ICT and e-government
Wexcombe District Council
October 2002
Best Value Inspection Service`,
      `Summary
Wexcombe's ICT unit is small - eleven staff - and until recently concentrated on keeping
legacy systems running. Relationships with the county council and with the unit's main
supplier are excellent working relationships, built over many years, and departments
speak well of the help desk. However, the council has fallen behind many similar districts
in putting services on-line, and its network is close to capacity.

Scoring chart
'A good service?' runs across the top; 'prospects for improvement?' runs down the side.

                      Poor        Fair        Good        Excellent
Excellent prospects
Promising prospects                X
Uncertain prospects
Poor prospects

The council has recently agreed a realistic, funded plan and has appointed an experienced
head of e-government to lead it.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's38-grid-tick-poor-willnot-2001',
    why: `kind 1: the tick is in the "Will not improve" row and the first (Poor, no stars) column; column headings carry star symbols that are labels, not marks`,
    pages: [
      `THE AUDIT COMMISSION
Best Value Inspection Service
Corporate IT Support
Saltmarsh Borough Council
Inspection carried out: February 2001     Report published: April 2001`,
      `2  Summary

Scoring the service

                        Poor        Fair        Good        Excellent
                        (0)         ★           ★★          ★★★
Will improve
Will probably improve
Unlikely to improve
Will not improve         ✓

3  The council's Best Value review of corporate IT support was completed late and
   concentrated on the cost of the help desk contract. The review team had a fair
   proportion of IT staff but no users, and the resulting plan contains few targets.`,
      `4  Report
Context
Saltmarsh is a coastal borough of 92,000 people. IT support is provided by a team of
fourteen staff from the town hall basement. Staff morale is poor after two reorganisations
in three years.

Saltmarsh Borough Council                                                   page 4`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's38-grid-star-excellent-excellent-2003',
    why: `kind 1: a single star glyph marks the top-right cell (Excellent row, Excellent prospects column); the word excellent appears on both axes and in an unrelated sentence about staff`,
    pages: [
      `Information and Communications Technology
Fenwick Vale Council
Best Value inspection report
June 2003`,
      `Summary
Fenwick Vale provides ICT to all council departments and, under contract, to two
neighbouring district councils. The service has excellent staff who are proud of what
they have achieved. We looked at how well the service meets the needs of users and
residents and at whether the council can keep improving it.

Scoring chart

                      Poor         Uncertain    Promising    Excellent
                      prospects    prospects    prospects    prospects
Excellent (3 stars)                                             ★
Good (2 stars)
Fair (1 star)
Poor (0 stars)

Fenwick Vale Council - ICT inspection                                            2`,
      `What is working well
- Almost all high-volume transactions can be completed on-line or by telephone.
- Service standards are published and have been met for three years running.
- The council compares its costs with the best providers and acts on what it finds.

Fenwick Vale Council - ICT inspection                                            3`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's38-grid-dot-one-cell-per-line-poor-uncertain-2002',
    why: `kind 1: extraction put every grid cell on its own line, empty cells shown as dashes; the dot is the second cell of the Poor row, i.e. under Uncertain prospects`,
    pages: [
      `Best Value Inspection Service
ICT Services
Millbrook Metropolitan Borough Council
November 2002`,
      `Summary
Millbrook's ICT service has struggled for several years with an unreliable network and a
help desk that users describe as slow. The council has begun to respond, but much of its
improvement plan is still to be costed.

Scoring chart
Columns: prospects for improvement. Rows: a good service?
Poor
prospects
Uncertain
prospects
Promising
prospects
Excellent
prospects
Excellent
-
-
-
-
Good
-
-
-
-
Fair
-
-
-
-
Poor
-
•
-
-

Millbrook MBC - ICT                                                             2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's38-grid-bracket-x-tabs-fair-unlikely-2001',
    why: `kind 1: tab-separated grid with [ ] boxes; the one [x] is in the "Unlikely to improve" row, second box, under Fair; prospects are the rows here`,
    pages: [
      `Best Value Inspection Service
Information Technology
Thornleigh City Council
July 2001`,
      `Summary of our judgements
The table below records our scores. Each row is a prospect for improvement; each column is
a grade for the current service.

\tPoor\tFair\tGood\tExcellent
Will improve\t[ ]\t[ ]\t[ ]\t[ ]
Will probably improve\t[ ]\t[ ]\t[ ]\t[ ]
Unlikely to improve\t[ ]\t[x]\t[ ]\t[ ]
Will not improve\t[ ]\t[ ]\t[ ]\t[ ]

The IT service at Thornleigh does the basics reasonably well, but the Best Value review
avoided hard questions and the improvement plan relies on a restructuring that has been
postponed twice.

Thornleigh City Council                                                    Page 2 of 14`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's38-grid-square-good-uncertain-2004',
    why: `kind 1: unusual axis order (prospects down the side with Poor at the top, grades across with Excellent on the left); the caption says which axis is which; the filled square sits in the Uncertain row under Good`,
    pages: [
      `Audit Commission
Inspection report
ICT and Customer Access Services
Glenbury Borough Council
March 2004`,
      `Summary
Glenbury's ICT and customer access services were brought together in 2002. Users find the
help desk responsive and the new contact centre has shortened waiting times. The council
now faces a large programme of change to meet its e-government commitments, with a
small team and a budget that is not yet settled for the years after 2004/05.

Scoring chart
Vertical axis: prospects for improvement (poor at the top). Horizontal axis: how good is
the service (excellent on the left). The shaded cell shows our judgement.

              Excellent    Good         Fair         Poor
Poor
Uncertain                   ■
Promising
Excellent

Glenbury Borough Council                                                           2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's38-grid-cross-excellent-will-2000',
    why: `kind 1: era-A grid with Yes/Probably/Unlikely/No columns and star strings in the row labels; the X is in the three-star Excellent row under Yes (will improve)`,
    pages: [
      `Best Value Inspection
Information Services Division
Harrowden Borough Council
December 2000`,
      `1. Summary
Harrowden's Information Services Division is one of the longest-established council IT
units in the region. The Best Value review was rigorous and was led by an elected member
with a private-sector background. Our scores are shown below.

                                Will the service improve?
                                No          Unlikely    Probably    Yes
***  Excellent                                                       X
**   Good
*    Fair
     Poor

Key: stars show how good the service is now (three stars = excellent, none = poor).

Harrowden BC - Information Services                                             p.2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's38-table-fair-one-star-probably-2001',
    why: `kind 2: judgement table whose cells say "Fair (one star)" and "Yes, it will probably improve"; the reasons column uses good, poor and excellent about details`,
    pages: [
      `Best Value Inspection Service
IT Services
Ravensholt District Council
March 2001`,
      `Summary of judgements

Question                   Judgement                          Reasons
How good is the service?   Fair (one star) - meets most of    Good help desk response times; poor
                           the basic needs of users           asset records; excellent staff
                                                              commitment
Will the service improve?  Yes, it will probably improve      The review was thorough and the plan
                                                              is realistic, but it is not yet fully
                                                              costed

Ravensholt DC - IT Services                                                       3`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's38-table-poor-zero-stars-poor-prospects-2003',
    why: `kind 2: cells read "Poor - 0 stars out of 3" and "Poor prospects: no credible plan"; the reasons column mentions good intentions and excellent ideas`,
    pages: [
      `Inspection report
Information Technology Services
Cadley Heath Borough Council
September 2003`,
      `Our judgements at a glance

| Judgement | Score | Why |
| How good is the service? | Poor - 0 stars out of 3 | Frequent network failures; help desk
fixes under half of faults within target; good staff but poorly organised |
| What are the prospects for improvement? | Poor prospects: no credible plan | Good intentions
and some excellent ideas in the review, but nothing costed, no owner, no timetable |

Cadley Heath BC                                                                   4`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's38-table-good-two-stars-promising-2002',
    why: `kind 2: "Good ★★ (two stars out of three)" and "Promising - the plan is realistic and resourced"; reasons column has "fair level of satisfaction" and "poor on-line access"`,
    pages: [
      `Best Value Inspection Service
ICT Services
Ostbridge Borough Council
December 2002`,
      `Summary
The inspection team's scores, with the main reasons for each, are set out below.

Score                          Main reasons
Service: Good ★★               Reliable network (99.6% availability); well-run help desk;
(two stars out of three)       only a fair level of satisfaction among schools
Prospects: Promising - the     Clear, costed improvement plan; strong corporate backing;
plan is realistic and          on-line access is still poor but a portal contract is let
resourced

Ostbridge Borough Council                                                   page 2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's38-table-excellent-three-stars-will-2001',
    why: `kind 2: one cell per judgement with reasons below; "Excellent - three stars" and "Will improve - yes"; the reasons mention only a fair share of services on-line`,
    pages: [
      `Best Value Inspection Service
Information Management and Technology
Castleford Vale Borough Council
August 2001`,
      `Judgements

How good is the service?
Excellent - three stars
Reasons: consistently high availability; costs among the lowest of comparable councils;
users highly satisfied. Only a fair share of services is on-line so far.

Will the service improve?
Will improve - yes
Reasons: an ambitious, funded plan; a track record of delivering on time; strong member
leadership.

Castleford Vale BC - IM&T                                                            5`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's38-table-fair-one-star-uncertain-2004',
    why: `kind 2: pipe-separated rows mixing score and sentence ("Fair, 1 star" / "Uncertain - good plans, poor record of delivery")`,
    pages: [
      `Audit Commission
ICT Services inspection
Pendle Ridge District Council
February 2004`,
      `Scores
Aspect | Score | Commentary
Quality of service | Fair, 1 star | Users rate the help desk well; systems availability is good but
project delivery is slow
Prospects for improvement | Uncertain - good plans, poor record of delivery | The new ICT strategy
is sound, but the last two plans were abandoned part-way through

Pendle Ridge DC                                                                        3`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's38-table-poor-no-stars-unlikely-2001',
    why: `kind 2: "No stars - poor" and "Unlikely to improve: the review did not challenge" beside a reasons column that praises a "good" new manager`,
    pages: [
      `Best Value Inspection Service
Computer Services
Lowther Bay Borough Council
June 2001`,
      `Summary table

Judgement              Result                           Reasons
Current service        No stars - poor                  Long delays for repairs; no service
                                                        standards; out-of-date equipment
Will it improve?       Unlikely to improve: the         A good new manager has arrived, but
                       review did not challenge          the plan lacks targets and money
                       existing practice

Lowther Bay Borough Council                                                        2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased as likelihood, belief or negation
  // ---------------------------------------------------------------------------
  {
    name: 's38-paraphrase-on-balance-expect-fair-2001',
    why: `kind 3: "On balance we expect the service to improve" with no scale word = will probably improve (era A, April 2001); grade stated as fair, one star`,
    pages: [
      `Best Value Inspection Service
IT Services - Eastwold District Council
April 2001`,
      `Summary
We judge Eastwold's IT service to be fair, with one star. It meets most day-to-day needs, but
departments wait too long for new equipment and there is no agreed way of deciding which
projects come first.

The review team identified the right issues and the council has since recruited two
analysts. Some of the plan depends on a corporate restructuring that has not yet been agreed.
On balance, we expect the service to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's38-paraphrase-confident-delivered-good-2001',
    why: `kind 3: "we are confident that the council will deliver its improvement plan in full" = will improve (era A, January 2001); grade good`,
    pages: [
      `Audit Commission - Best Value Inspection Service
Information Technology
Norbury St Giles Borough Council
January 2001`,
      `Summary
Norbury St Giles has a good, two-star IT service. Systems are reliable, costs are below
average and users are generally content, though training for new systems has been patchy.

The Best Value review was challenging and the plan that came out of it has clear targets,
named owners and funding for all three years. Much of the first year's work is already
done. We are confident that the council will deliver its improvement plan in full.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's38-paraphrase-doubt-capacity-poor-2001',
    why: `kind 3: "we doubt whether the council has the capacity to carry the plan through" = unlikely to improve (era A, September 2001 publication); grade poor stated plainly`,
    pages: [
      `Best Value Inspection Service
ICT Support Services
Amblecote District Council
Inspection: June 2001    Published: September 2001`,
      `Summary
This is a poor service. Faults take on average eleven working days to fix, a third of PCs
cannot run the council's newer applications and there are no service standards.

The improvement plan is ambitious, but the section has lost four of its nine staff in the
past year and no extra money has been set aside. We doubt whether the council has the
capacity to carry the plan through.

Amblecote DC                                                                       2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's38-paraphrase-no-sign-change-poor-2000',
    why: `kind 3: "there is no sign that anything will change" and "we see no way the service will get better" = will not improve (era A, October 2000); grade poor`,
    pages: [
      `Best Value Inspection
Computer and Telecommunications Services
Brantham Borough Council
October 2000`,
      `Our view
Brantham's computer and telecommunications service is poor. Users have little confidence in
it and several departments have started to buy their own systems to work round it.

The review report was written by the section's own manager and recommends no change to the
way the service is run. Members have not discussed it. There is no sign that anything will
change, and we see no way in which the service will get better while the present
arrangements continue.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's38-paraphrase-more-likely-than-not-fair-2002',
    why: `kind 3: "more likely than not that the service will get better" in a November 2002 report = promising prospects (era B ordinal 2) with no scale word; grade fair`,
    pages: [
      `Inspection report
ICT Services
Kirkhope Borough Council
November 2002`,
      `Summary
In our judgement Kirkhope provides a fair, one-star ICT service. It is reliable for the
main office systems, but schools and social services report long delays.

The council has a new ICT strategy that members have endorsed, and a partnership with a
private-sector supplier is due to start next April. There are risks - the partnership is
untested and the budget for 2004/05 is not settled - but on the evidence we saw it is more
likely than not that the service will get better over the next two years.

Kirkhope Borough Council - ICT                                                        2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's38-paraphrase-every-confidence-good-2003',
    why: `kind 3: "we have every confidence that the council will turn these plans into reality" in a 2003 report = excellent prospects (ordinal 3) with no scale word; grade good`,
    pages: [
      `Audit Commission
Best Value inspection: ICT and e-services
Hallam Cross City Council
May 2003`,
      `Summary
Hallam Cross delivers a good ICT service, with two stars. Users are positive, the network is
sound and the council is well on the way to meeting its 2005 e-government targets.

The council has a strong record of delivering what it sets out to do: the last three
major projects were on time and within budget. Senior managers and members are fully
committed to the next phase. We have every confidence that the council will turn these
plans into reality.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's38-paraphrase-nothing-to-suggest-poor-2004',
    why: `kind 3: "we found nothing to suggest that the service will get better" in a 2004 report = poor prospects (ordinal 0); grade poor; "poor" never appears beside prospects`,
    pages: [
      `Inspection report
Information Technology
Stourleigh District Council
January 2004`,
      `Summary
Stourleigh's IT service is poor. It scores no stars. Systems fail often, there is no
disaster recovery plan and the help desk closes at 4pm.

The council has not produced an improvement plan since the review, the post of IT manager
has been vacant for ten months and no budget has been identified for the network upgrade
the review called for. We found nothing to suggest that the service will get better.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's38-paraphrase-doubtful-deliver-fair-2002',
    why: `kind 3: "it is doubtful whether the council can deliver its plan" in a 2002 report = uncertain prospects (ordinal 1); grade fair`,
    pages: [
      `Best Value Inspection Service
ICT Services
Oakwell Borough Council
December 2002`,
      `Summary
We judge the ICT service at Oakwell to be fair (one star). Core systems work, but users
complain about the time taken to deliver new projects.

The council's plan has some strengths, including a new project board. But it depends on
recruiting five specialist staff in a market where Oakwell has failed to recruit for two
years, and it has no fallback. It is doubtful whether the council can deliver its plan.

Oakwell Borough Council                                                           2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's38-quoted-self-assessment-good-vs-fair-unlikely-2001',
    why: `kind 4: the council's self-assessment rated the service good and the IT director expects rapid progress; "our evidence tells a different story" and the inspectors judge fair and unlikely to improve`,
    pages: [
      `Best Value Inspection Service
IT Services
Wendlebury Borough Council
August 2001`,
      `Summary
The council's self-assessment rated the IT service as good and predicted that it would
improve quickly. The IT director expects rapid progress once the new network is installed
next spring.

Our evidence tells a different story. Service standards are missed more often than they
are met, and the network project is already six months late. We judge that the service is
fair, and that it is unlikely to improve, because the plan has no funding beyond this year.

Wendlebury Borough Council                                                           2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's38-quoted-self-assessment-excellent-prospects-vs-uncertain-2003',
    why: `kind 4: self-assessment claims "excellent prospects"; "however" the inspectors consider prospects uncertain; the service itself is judged good`,
    pages: [
      `Audit Commission
ICT inspection report
Barnsworth Metropolitan Borough Council
July 2003`,
      `Summary
Barnsworth's ICT service is good: it has two stars. Availability is high, users are
satisfied and costs compare well.

In its self-assessment the council described its prospects for improvement as excellent,
pointing to its new e-government programme. However, the programme has no agreed budget
after March 2004 and two of its three project managers are on short-term contracts. We
consider the service's prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's38-quoted-neighbour-excellent-vs-poor-promising-2002',
    why: `kind 4: a neighbouring council's ICT service was rated excellent with three stars; by contrast this service is poor, with promising prospects`,
    pages: [
      `Best Value Inspection Service
ICT Services
Ellesby District Council
October 2002`,
      `Summary
Ellesby shares a county boundary with Dunmere, whose ICT service was rated excellent, with
three stars, by the Audit Commission last year. Ellesby's members have often cited Dunmere
as the model they want to follow.

By contrast, Ellesby's ICT service is poor. Users wait weeks for faults to be fixed and most
PCs are more than five years old. There is, though, a real change under way: a new head of
ICT, a costed plan and a shared-service agreement with Dunmere itself. We judge that the
service has promising prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's38-quoted-benefits-last-year-vs-excellent-will-2001',
    why: `kind 4: an earlier inspection of a different service (benefits, fair and unlikely to improve) is quoted; this IT service is judged excellent and will improve`,
    pages: [
      `Best Value Inspection Service
Information Technology Services
Colebrook Borough Council
August 2001`,
      `Context
Colebrook's benefits service, inspected last year, was judged fair and unlikely to improve.
Many of its problems were blamed on the IT systems it relied on, and the council responded
by bringing in a new head of IT in 1999.

Our judgement
The position today is very different. We judge the IT service to be excellent. It is
well managed, well regarded by users and among the lowest-cost services in its family
group. The service will improve: its plan is ambitious, funded and already half-delivered.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's38-quoted-director-excellent-vs-fair-promising-2003',
    why: `kind 4: the IT director calls the service "excellent" and a cabinet member "good"; the inspection team finds it fair, with promising prospects`,
    pages: [
      `Inspection report
Information and Communication Technology
Radstock Vale District Council
April 2003`,
      `Summary
The ICT director told us that he regards the service as "excellent by any standard", and the
cabinet member for resources described it to us as "a good service that gets little
credit".

The inspection team takes a different view. The service is fair, with one star: it is
reliable but expensive, and it has done little to help other services work differently.
Its prospects for improvement are promising, because the council has agreed a
well-resourced plan and has begun to deliver it.

Radstock Vale DC                                                                      3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's38-quoted-consultants-will-improve-vs-poor-willnot-2001',
    why: `kind 4: consultants predicted the service "will improve" and the review team rated it fair; the inspectors judge it poor and say it will not improve`,
    pages: [
      `Best Value Inspection Service
IT and Telephony
Fordingham Borough Council
May 2001`,
      `Summary
The council commissioned consultants to support its Best Value review. Their report, which
the council has adopted, concludes that the service "will improve significantly within
eighteen months". The review team itself rated the service as fair.

We do not share these views. In our judgement the service is poor: it does not meet the
basic needs of its users and costs more than most comparable services. Nor do we accept the
consultants' forecast. The service will not improve, since none of the review's
recommendations has been funded and the section has no manager.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's38-quoted-earlier-inspection-reinspection-good-excellent-2003',
    why: `kind 4: a 2001 inspection (era-A wording: poor, unlikely to improve) is quoted; this 2003 re-inspection judges good with excellent prospects`,
    pages: [
      `Audit Commission
Re-inspection of ICT Services
Marlcombe Borough Council
September 2003`,
      `Summary
When we first inspected Marlcombe's ICT service in March 2001 we found it to be poor and
unlikely to improve. The council accepted those findings and set up a recovery board
chaired by the chief executive.

This re-inspection shows how much has changed. The service is now good, with two stars.
Users are much more satisfied, the network has been replaced and the help desk meets its
targets. The council has excellent prospects for improvement: its plans are realistic and
it has shown it can deliver them.

Marlcombe Borough Council - ICT re-inspection                                          2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences whose verdict stands far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's38-long-aside-good-probably-2001',
    why: `kind 5: the grade "good" comes after a dash-delimited list of duties and a mention of poor asset practice; prospect "will probably improve" closes another long sentence`,
    pages: [
      `Best Value Inspection Service
IT Services
Westerleigh Borough Council
June 2001`,
      `Summary
The IT service - which runs the council's network of some 2,000 PCs, the payroll and
revenues systems, the telephone switchboard and, since last April, the corporate website and
a help desk for schools - is, in our judgement and despite some poor practice in asset
management that we describe in section 4, a good service.

Taking everything into account - the thoroughness of the review, the costed and timetabled
plan, and the backing of members (although we have some reservations, set out below, about
capacity in the development team) - we believe the service will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's38-long-bracketed-excellent-promising-2003',
    why: `kind 5: the verdict "excellent" sits after a bracketed list and a line break; the prospect sentence wraps across a page break with a running header and page number in the middle`,
    pages: [
      `Inspection report
ICT and Digital Services
Ashburton Hythe Borough Council
October 2003`,
      `Summary
Ashburton Hythe's ICT and digital services team (which supports 3,100 staff, manages the
council's data centre and disaster recovery site, runs the contact centre's telephony and
web platform, and provides a paid-for service to 41 local schools, with a help desk open
from seven in the morning until nine at night) provides, on every measure we examined, an
excellent service. Its prospects for improvement, given a plan that is largely funded but
depends on a joint venture with the county whose terms are still under

Ashburton Hythe Borough Council - ICT                                                   2`,
      `Ashburton Hythe Borough Council - ICT                                                   3
negotiation, are promising.

The council should now settle the joint venture terms and publish its service standards.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's38-long-subject-then-fair-will-2000',
    why: `kind 5: "the service... is only fair" arrives some forty words after its subject, and "will improve" follows a long concessive clause; era A (November 2000)`,
    pages: [
      `Best Value Inspection Service
Information Systems
Penwortham Down District Council
November 2000`,
      `2. Our judgements
2.1 The information systems service, for all the effort that its small and committed team
puts into keeping ageing equipment running, supporting eleven council offices spread over a
large rural district and, more recently, building the council's first website on a
shoestring budget, is only fair.
2.2 Although the council has been slow in the past to act on reviews of its support
services, and although some of the targets in the new plan look stretching for a team of
this size, the commitment of members and the ring-fenced budget persuade us that the
service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's38-long-hyphenated-poor-uncertain-2002',
    why: `kind 5: a long sentence with a parenthetical list ends "is a poor service"; the prospect word is hyphenated over a line break ("uncer-/tain") far from "prospects"`,
    pages: [
      `Best Value Inspection Service
Corporate ICT
Hexley Borough Council
December 2002`,
      `Summary
In our view corporate ICT at Hexley - a function that has passed through three directorates
in four years (finance, then corporate services, then the chief executive's department)
and that still lacks a permanent head, a current strategy or any agreed service standards
- is a poor service. The council has started to tackle these problems and has
commissioned a network review, but because so much depends on appointments not yet made
and on funding that members have not yet agreed, we judge its prospects to be uncer-
tain.

Hexley Borough Council                                                                2`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's38-long-will-not-far-from-subject-poor-2001',
    why: `kind 5: era-A (March 2001) verdicts split: the grade "poor" ends a sentence full of duties, and "will not improve" comes after a list of reasons set off by semicolons`,
    pages: [
      `Best Value Inspection Service
IT Services
Caxley Green Borough Council
March 2001`,
      `Summary
The IT service, responsible as it is for the council's finance, housing, planning and
electoral registration systems, for around 900 PCs in fourteen buildings and for a telephone
network that the council admits is near the end of its life, is a poor one.
As to the future, the council has not set aside money for the changes its review proposed;
the review itself ignored the views of users; the section head is leaving in the summer
with no successor in sight; and, taking all of this together, we have concluded that the
service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's38-long-poor-prospects-fair-2004',
    why: `kind 5: the grade "fair" ends a sentence opening with the service name and a long relative clause; "poor prospects" appears after a long list, and "poor morale" elsewhere is an ordinary word`,
    pages: [
      `Audit Commission
Inspection report: Information Technology
Granby Wells District Council
June 2004`,
      `Summary
Granby Wells' IT section, which in addition to its core support role has taken on the
management of the council's land and property gazetteer, its geographical information
system and, since last year, the telephone contact point for environmental services, offers
users what we judge to be a fair service.
Staff morale is poor. With a budget cut for 2004/05, a vacant manager post, an improvement
plan that has not been updated since 2002 and no sign that members intend to give it
priority, the service has, we believe, poor prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's38-about-cabinet-paper-reports-good-excellent-2003',
    why: `kind 6: a cabinet report by the council's director relays the Audit Commission's verdict on this ICT service (good, excellent prospects); the verdict is the Commission's, reported faithfully, so it is labelled; the director's own hopes are not`,
    pages: [
      `DELPHWORTH BOROUGH COUNCIL
CABINET - 14 JANUARY 2003
REPORT OF THE DIRECTOR OF RESOURCES
AUDIT COMMISSION INSPECTION OF ICT SERVICES

1. Purpose
1.1 To inform Cabinet of the outcome of the Best Value inspection of the council's ICT
services, published on 9 December 2002.

2. Outcome of the inspection
2.1 The inspectors concluded that the ICT service is a good, two-star service and that it
has excellent prospects for improvement.
2.2 The report praises the council's e-government programme and the help desk, and makes
four recommendations, set out in Appendix A.

3. Next steps
3.1 Officers will prepare an action plan. The director's ambition remains for ICT to become
an excellent service within two years.

Recommendation: that Cabinet notes the inspection report and endorses the action plan.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's38-about-press-release-good-probably-2001',
    why: `kind 6: council press release quoting the Audit Commission's published verdict on its IT service (good, will probably improve, June 2001); the leader's "excellent" is a quote of aspiration`,
    pages: [
      `PRESS RELEASE
For immediate release: 21 June 2001
Thurlby Council's IT service rated 'good' by inspectors

Thurlby District Council's information technology service has been judged a 'good' two-star
service that will probably improve, in a report published today by the Audit Commission's
Best Value Inspection Service.

Council leader Cllr Joan Petty said: "This is great news for staff and residents. Our
target now is to be excellent."

The inspectors' report is available on the Audit Commission website and at council offices.

ENDS
Notes to editors: Best Value inspections judge how good a service is and whether it will
improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's38-about-scrutiny-minutes-poor-poor-2004',
    why: `kind 6: minutes of a scrutiny committee note the Commission's report on the ICT service (poor, poor prospects); the Leader's expectation of excellence is not a verdict`,
    pages: [
      `Minutes of the meeting of the Overview and Scrutiny Committee
held on 3 March 2004 at Kelstone Town Hall

Present: Cllr R Burton (Chair), Cllrs Adey, Ghosh, Mullins, Price

47. Audit Commission inspection of ICT services
The Committee received the Audit Commission's inspection report on the council's ICT
service, which found it to be a poor service with poor prospects for improvement.
The Chair said the result was disappointing but not surprising. The Leader, attending by
invitation, said that he expected the service to be excellent within two years.
RESOLVED: that the Head of ICT reports back in June on progress against the
recommendations.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's38-about-newsletter-three-stars-excellent-2003',
    why: `kind 6: staff newsletter article reporting the inspectors' verdict on this council's ICT service (excellent, three stars, excellent prospects), November 2003`,
    pages: [
      `INSIDE MERESIDE
Staff newsletter - November 2003

Three stars for ICT!
The Audit Commission's inspectors have rated our ICT service as excellent - the top,
three-star grade - and judged that it has excellent prospects for improvement. Only a
handful of councils have achieved this.

The inspection team singled out the 24-hour help desk and the on-line services for
residents. Head of ICT Sam Okafor thanked everyone: "This is down to all of you."

Also in this issue: car-sharing scheme, long-service awards, and the new canteen menu.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's38-about-committee-paper-other-service-score-null',
    why: `kind 6: committee paper quotes the benefits service's score (good, promising) while the ICT inspection is still to come; no judgement of the ICT service, so both null`,
    pages: [
      `ASHLEY MOOR DISTRICT COUNCIL
Resources Committee - 10 September 2002
Report of the Head of Corporate Services

Best Value inspections: update

1. The Audit Commission's inspection of the benefits service was published in July. The
inspectors judged it a good service with promising prospects.
2. The inspection of ICT services is planned for November 2002. The self-assessment is being
drafted and will be circulated to members in October.
3. Members are asked to note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-about-press-release-inspection-begins-null',
    why: `kind 6: press release announcing that inspectors will visit the IT service; the council hopes for a good rating; no judgement exists yet`,
    pages: [
      `NEWS FROM BRIDLINGFORD COUNCIL
12 February 2001

Inspectors to look at council IT

A team from the Audit Commission's Best Value Inspection Service will spend a week at
Bridlingford from 26 February, looking at the council's information technology service.
They will talk to staff, users and councillors and visit a number of offices.

The council's chief executive said: "We are confident we offer a good service and we
welcome the chance to show it." The inspection report is expected in the early summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-about-minutes-draft-scores-tbc-null',
    why: `kind 6: minutes discuss a draft inspection report whose scores are "to be confirmed"; councillors guess fair; no verdict is stated, so both null`,
    pages: [
      `Minutes - Corporate Management Team
Thursday 4 September 2003

Item 5: Draft Audit Commission report on ICT
The Director of Resources reported that the draft inspection report on ICT had been
received for factual accuracy checking. The scores are to be confirmed by the Commission
after the factual accuracy stage. The Head of ICT thought the service would probably be
rated fair, with uncertain prospects, but stressed this was his own guess.
Action: comments on the draft to be returned by 18 September (Director of Resources).`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many sentence forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's38-plain-our-judgement-poor-willnot-2000',
    why: `kind 7: "Our judgement is that..." single sentence giving poor and will not improve (era A, September 2000)`,
    pages: [
      `Best Value Inspection Service
IT Services
Sandwell Marsh District Council
September 2000`,
      `Summary
Our judgement is that this is a poor service that will not improve.
The reasons are set out in the rest of this report.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's38-plain-passive-poor-unlikely-2001',
    why: `kind 7: passive voice ("is judged by the inspection team to be poor"; "is considered unlikely to improve"), era A`,
    pages: [
      `Best Value Inspection Service
Information Technology Unit
Upper Thame District Council
February 2001`,
      `Summary
The IT unit is judged by the inspection team to be poor. Equipment is out of date, the help
desk is understaffed and there is no IT strategy.
The service is considered unlikely to improve, since the review's recommendations are vague
and have not been costed.

Upper Thame DC                                                                    2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's38-plain-headings-fair-unlikely-2001',
    why: `kind 7: verdicts placed under the headings "How good is the service?" and "Will the service improve?", era A (May 2001)`,
    pages: [
      `Best Value Inspection Service
ICT Services
Lydgate Borough Council
May 2001`,
      `How good is the service?
The network is stable and most users are satisfied with the help desk, but projects are
poorly managed and costs are high. Overall the service is fair.

Will the service improve?
The improvement plan is a list of intentions with no dates or targets, and the council has
no record of completing previous plans. We have concluded that it is unlikely to improve.

Lydgate Borough Council                                                           3`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's38-plain-we-judge-fair-probably-2001',
    why: `kind 7: "We judge that the service is fair and will probably improve", era A (July 2001)`,
    pages: [
      `Best Value Inspection Service
IT Services
Morland Cross Borough Council
July 2001`,
      `Summary
We judge that Morland Cross Borough Council's IT service is a fair, one-star service that
will probably improve.
Users value the help desk, though many feel their department's needs come second to those
of the finance directorate.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's38-plain-commission-rates-good-probably-2000',
    why: `kind 7: active "The Commission rates the service as good" and "expects that it will probably improve", era A (December 2000)`,
    pages: [
      `Audit Commission
Best Value Inspection
Computer Services
Weybourne District Council
December 2000`,
      `Summary
The Commission rates Weybourne's computer service as good. It is cheap, reliable and well
thought of by its users.
The Commission's inspectors consider that the service will probably improve, although the
plan to replace the council's finance system carries real risk.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's38-plain-line-split-good-will-2001',
    why: `kind 7: plain "we judge... good... will improve" with the grade split from its subject by a line break, era A (June 2001)`,
    pages: [
      `Best Value Inspection Service
Information Technology
Stonebridge Borough Council
June 2001`,
      `Summary
Having considered all the evidence, we judge that Stonebridge's information technology
service is
good, and that it will improve.
The council's improvement plan is clear, costed and owned by members.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's38-plain-excellent-will-improve-further-2001',
    why: `kind 7: "This is an excellent service... and it will improve further", era A (March 2001); "fair" appears only as "a fair amount"`,
    pages: [
      `Best Value Inspection Service
IT Services
Kingsmead City Council
March 2001`,
      `Summary
This is an excellent service. It delivers what users need, at a cost well below the average
for similar councils, and has done a fair amount of pioneering work on electronic services.
It will improve further: the council's plan builds on a strong record and is fully funded.

Kingsmead City Council                                                              2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's38-plain-scores-fair-willnot-2001',
    why: `kind 7: short "Our scores" paragraph: fair (one star) and will not improve, era A (April 2001)`,
    pages: [
      `Best Value Inspection Service
IT Support
Hensall District Council
April 2001`,
      `Our scores
Inspectors have scored Hensall's IT support service as fair (one star). We believe it will
not improve: the council has decided to take no action on the review until after a wider
reorganisation that has no agreed date.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's38-plain-poor-poor-prospects-2002',
    why: `kind 7: era B statement, "poor service... poor prospects for improvement" (November 2002)`,
    pages: [
      `Inspection report
ICT Services
Daleford Borough Council
November 2002`,
      `Summary
Daleford's ICT service is a poor service that has poor prospects for improvement.
It lacks direction, investment and basic management information, and the council has no
plan to address these weaknesses.

Daleford Borough Council                                                             2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's38-plain-inspectors-found-poor-uncertain-2003',
    why: `kind 7: era B, "The inspectors found a poor service... Prospects for improvement are uncertain" (August 2003)`,
    pages: [
      `Audit Commission
Inspection of ICT
Northallerby District Council
August 2003`,
      `Summary
The inspectors found a poor, zero-star ICT service. Systems are unreliable and there is a
large backlog of requests.
Prospects for improvement are uncertain. A new strategy has been agreed and funding
identified for the first year, but the council lacks the project management skills to
carry it through.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's38-plain-headings-fair-poor-prospects-2004',
    why: `kind 7: era B headings with "fair" and "poor prospects", plus the council's aim to be "good" by 2005 as a distractor (April 2004)`,
    pages: [
      `Audit Commission
ICT Services inspection
Wimbourne Chase District Council
April 2004`,
      `How good is the service?
The council aims to make ICT a good service by 2005. At present the service is fair: it
keeps core systems running, but new projects are regularly late.

What are the prospects for improvement?
The service has poor prospects for improvement. No improvement plan has been agreed and
the ICT budget has been cut two years running.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's38-plain-good-uncertain-2002',
    why: `kind 7: era B, "We consider the service to be good... its prospects... uncertain" (December 2002)`,
    pages: [
      `Inspection report
Information and Communications Technology
Bellingham Moor Borough Council
December 2002`,
      `Summary
We consider Bellingham Moor's ICT service to be good, with two stars. Users rate it highly
and it has met almost all of its service targets.
We regard its prospects for improvement as uncertain, because the council's plan depends
on a partnership that has not yet been procured.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's38-plain-good-promising-2003',
    why: `kind 7: era B, "a good, two-star service with promising prospects for improvement" (February 2003), grade word hyphenated at a line end`,
    pages: [
      `Audit Commission
ICT and e-government
Tarrant Lees Borough Council
February 2003`,
      `Summary
Tarrant Lees provides a good, two-star ICT service with promising prospects for improve-
ment. Its new plan is realistic and has cross-party support.

Tarrant Lees Borough Council                                                          2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's38-plain-excellent-excellent-2004',
    why: `kind 7: era B, "The inspection team judged... excellent... three stars... excellent prospects" (May 2004)`,
    pages: [
      `Inspection report
ICT Services
Chadwick Priory City Council
May 2004`,
      `Summary
The inspection team judged Chadwick Priory's ICT service to be excellent, awarding it three
stars. It has excellent prospects for improvement, building on a long record of delivery
and a clear, funded plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's38-plain-excellent-promising-2002',
    why: `kind 7: era B, "In our view the service is excellent"; prospects "promising" (October 2002); a quoted "poor" about one school's link is not a verdict`,
    pages: [
      `Best Value Inspection Service
ICT Services
Lindfield Abbey Borough Council
October 2002`,
      `Summary
In our view the ICT service is excellent. Costs are low, users are very satisfied and the
council leads its region on electronic service delivery. One school described its
broadband link as poor, and this is being addressed.
We judge that the service has promising prospects for improvement: the plan is sound, but
some of the funding for 2004 onwards has still to be confirmed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's38-plain-verdict-in-conclusion-good-excellent-2004',
    why: `kind 7: era B; verdict given in a conclusion paragraph ("We conclude that...good...excellent prospects") after body text with ordinary uses of fair and poor (March 2004)`,
    pages: [
      `Audit Commission
Inspection report: ICT Services
Southcote Bridge Borough Council
March 2004`,
      `Performance
A fair proportion of calls are resolved at first contact. Poor weather last winter closed
two area offices but the network stayed up throughout.`,
      `Conclusion
We conclude that Southcote Bridge's ICT service is good (two stars) and that it has
excellent prospects for improvement.

Southcote Bridge BC                                                                  9`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: documents with no judgement of the service
  // ---------------------------------------------------------------------------
  {
    name: 's38-none-draft-blank-grid-tbc',
    why: `kind 8: draft report with an unmarked scoring grid and "scores to be confirmed"; the axis labels list every grade and prospect; both null`,
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Best Value Inspection Service
ICT Services
Yarrowby Borough Council
Draft 2 - February 2003`,
      `Summary
[Scores to be confirmed following the factual accuracy check]

Scoring chart
                 Poor         Uncertain     Promising     Excellent
                 prospects    prospects     prospects     prospects
Excellent
Good
Fair
Poor

Text of summary to be finalised once scores are agreed by the lead inspector.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-council-own-review-claims-good',
    why: `kind 8: the council's own Best Value review report concludes "we believe the service is good and will improve"; that is the council's view, not an inspection, so both null`,
    pages: [
      `Best Value Review of Information Technology
Final report of the review team
Quarrington District Council
October 2000`,
      `5. Conclusions of the review team
5.1 Having challenged, compared, consulted and considered competition, the review team
believes that the IT service is a good service and that it will improve further once the
recommendations in section 6 are implemented.
5.2 The review team rates its own performance against the four Cs as follows: challenge -
good; compare - fair; consult - good; compete - fair.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-guidance-on-scoring',
    why: `kind 8: guidance note explaining the meaning of the grades and prospects; every scale word appears but no service is judged; both null`,
    pages: [
      `Guidance for councils: how Best Value inspections are scored
Issued October 2001

Inspectors answer two questions. How good is the service? A service may be excellent (three
stars), good (two stars), fair (one star) or poor (no stars). What are its prospects for
improvement? These may be excellent, promising, uncertain or poor.

Before October 2001, reports said whether a service would improve, would probably improve,
was unlikely to improve or would not improve.

A service judged excellent will usually be one that compares with the best in its field.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-scrutiny-questions-for-inspectors',
    why: `kind 8: scrutiny members' briefing notes listing questions to ask before an inspection; words such as "poor" and "excellent" occur in questions; no verdict`,
    pages: [
      `Scrutiny Panel - Corporate Resources
Briefing notes: forthcoming inspection of ICT
Prepared by the Scrutiny Support Officer, January 2002

Suggested lines of questioning for the Head of ICT:
- Why have help desk response times been poor since the summer?
- The ICT strategy describes an "excellent" service by 2005: what will that look like?
- How does the service compare with neighbouring councils?
- What would happen if the inspectors rated the service as fair or poor?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-service-plan-aims-excellent',
    why: `kind 8: an ICT service plan whose vision is to become an excellent, three-star service with excellent prospects; aims, not judgements; both null`,
    pages: [
      `ICT Service Plan 2003-2006
Plumstead Vale Borough Council

Our vision
To be an excellent, three-star ICT service with excellent prospects for improvement by the
time of our next inspection.

Our priorities for 2003/04
1. Replace the wide-area network.
2. Raise user satisfaction from 68% to 80%.
3. Put 75% of council transactions on-line.

Plumstead Vale BC - ICT Service Plan                                                 1`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-ict-strategy-document',
    why: `kind 8: a council ICT strategy that describes current provision as "good in parts" and says the council "will improve" access; a strategy, not an inspection; both null`,
    pages: [
      `Information and Communications Technology Strategy 2002-2005
Falstone District Council

Foreword by the Leader
Our ICT is good in parts, but we know we must do better. Over the next three years we will
improve access to council services by web, telephone and one-stop shops, and we will
invest in the skills of our staff.

1. Where we are now
The council runs 640 PCs on a network installed in 1997. A fair number of these PCs will
need to be replaced in 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-terms-of-reference-letter',
    why: `kind 8: the inspection service's scoping letter setting out what will be inspected and how it will be scored; no verdict yet; both null`,
    pages: [
      `Best Value Inspection Service
Letter to the Chief Executive, Rowanford Borough Council
8 January 2001

Inspection of IT services: scope and timetable

Dear Chief Executive,
I am writing to confirm the arrangements for our inspection of your IT services. The
inspection team will be on site from 5 to 9 February. We will judge how good the service is
and whether it will improve, and our report will include a scoring chart.
Please could you let us have the review report and improvement plan by 22 January.

Yours sincerely,
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-improvement-plan-progress-report',
    why: `kind 8: the council's own progress report on its ICT improvement plan, with RAG status and officer comments ("good progress"); no inspection verdict; both null`,
    pages: [
      `ICT Improvement Plan - progress report to Corporate Management Team
Quarter 2, 2003/04

Action                                  Status   Comment
Replace help desk software              Green    Good progress; go-live November
Agree SLAs with all departments         Amber    Four of seven agreed
Staff IT skills programme               Red      Poor take-up; relaunch planned
Web payments for parking fines          Green    Live since August

Overall, officers consider that the plan is on track.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-user-survey-results',
    why: `kind 8: results of a user satisfaction survey with counts of users rating the service excellent, good, fair or poor; opinions of users, not a verdict; both null`,
    pages: [
      `IT Services - Annual User Survey 2002
Results summary
Ravenscar Borough Council

How would you rate the IT help desk overall?
Excellent   18%
Good        44%
Fair        27%
Poor        11%

Do you expect the service to improve in the next year?
Yes 52%    No 13%    Don't know 35%

Response rate: 61% (412 of 675 staff)`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-draft-placeholders',
    why: `kind 8: draft report template with placeholders "[GRADE]" and "[PROSPECTS]" in the summary; both null`,
    pages: [
      `Best Value Inspection Service
INSPECTION REPORT - WORKING DRAFT
Council: Oldcastle District Council
Service: ICT
Date: [month] 2002`,
      `Summary
We judge that Oldcastle's ICT service is a [GRADE] service with [PROSPECTS] prospects for
improvement. [Lead inspector to complete after moderation panel.]

Key strengths: [to follow]
Key weaknesses: [to follow]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-benchmarking-club-report',
    why: `kind 8: a benchmarking club report comparing the council's IT costs ("good value", "poor" in one category); not an inspection judgement; both null`,
    pages: [
      `IT Benchmarking Club - Individual Council Report 2001
Participant: Hartwell Borough Council

Cost per workstation: £1,140 (club median £1,310) - good value
Help desk first-time fix rate: 58% (club median 71%) - poor
User satisfaction: 3.6 out of 5 (club median 3.5)

This report compares your results with the 34 councils in the club. It is not an
assessment of the overall quality of your service.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-internal-audit-controls',
    why: `kind 8: internal audit report on IT security controls giving "good assurance" and noting poor password practice; not a Best Value verdict; both null`,
    pages: [
      `Internal Audit Services
Audit of IT Security Controls 2002/03
Lowfield Borough Council

Overall opinion: good assurance. Controls over access to the finance system are well
designed and operating effectively.

Findings
1. Password practice in two departments is poor: shared log-ins were observed.
2. Back-up tapes are stored off-site and tested monthly.

Management response: agreed; to be implemented by 31 March 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-challenge-workshop-notes',
    why: `kind 8: notes of the council's own challenge workshop during its Best Value review, where participants called the service "fair at best" and hoped it would improve; both null`,
    pages: [
      `Best Value Review of ICT - Challenge Workshop
Notes of session held 14 March 2001, Committee Room 2

Participants: review team, two councillors, six service managers, external critical friend

Discussion
- Several managers described the service as "fair at best"; others thought it good.
- The critical friend asked why the service had never been market tested.
- All agreed the service would improve if the network were replaced.

Next step: review team to draft options appraisal by end of April.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's38-none-factual-accuracy-response',
    why: `kind 8: the council's letter disputing factual points in a draft inspection report, without stating any score; both null`,
    pages: [
      `Penhallow District Council
Chief Executive's Office
19 May 2003

To: Lead Inspector, Audit Commission

Draft inspection report on ICT services - factual accuracy

Thank you for the draft report. We have the following comments:
- Paragraph 22: the help desk has seven staff, not five.
- Paragraph 31: the network upgrade was approved in March, not deferred.
- Paragraph 40: we believe the description of our consultation as "limited" is unfair, as
  we surveyed every member of staff in 2002.

We would be grateful if these points could be reflected in the final report.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
