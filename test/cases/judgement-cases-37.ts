/** Held-out judgement set 37, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases37: JudgementCase[] = [
  // ---------------------------------------------------------------- kind 1: marked scoring grids
  {
    name: 's37-grid-spaces-asterisk-fair-uncertain',
    why: 'kind 1: runs-of-spaces grid, prospects on rows (Excellent at top), grades on columns with star labels; the * sits under Fair in the Uncertain row. The summary has "poor morale" and an aim to be "excellent" as decoys; every axis word appears.',
    pages: [
      `Best Value Inspection Service

Information and Communications
Technology

Harrowfield District Council

November 2002

AUDIT COMMISSION`,
      `Harrowfield District Council – ICT                                        3

Summary
Harrowfield's ICT unit supports around 900 users at the civic offices and
eleven outlying depots. Staff are committed, although there has been poor
morale since the 2001 restructure. The council aims to deliver an excellent
ICT service by 2005.

Scoring chart
The chart below records our judgement.

                     How good is the service?
                     Poor        Fair        Good        Excellent
                     (0 stars)   (1 star)    (2 stars)   (3 stars)
Prospects for
improvement
  Excellent
  Promising
  Uncertain                      *
  Poor

The rest of this report explains how we reached this view.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's37-grid-tabs-swapped-axes-x-good-probably',
    why: 'kind 1 (era A, Feb 2001): axes swapped — grades are the rows (with star labels), prospects the columns; caption says so. Tab-separated cells keep the empty cells; the X is in the Good row, third prospect column (Will probably improve).',
    pages: [
      `Audit Commission
Best Value Inspection
IT Services
Kelsworth Borough Council
Inspection report – February 2001`,
      `SUMMARY
Kelsworth's IT section was reviewed under Best Value during 2000. The
review looked at the help desk, the corporate network and applications
support.

Scoring chart
Rows show how good the service is; columns show whether it will improve.
\tNo – will not improve\tUnlikely to improve\tWill probably improve\tYes – will improve
Excellent ★★★\t\t\t\t
Good ★★\t\t\tX\t
Fair ★\t\t\t\t
Poor\t\t\t\t

Our reasons are set out in sections 3 and 4.
Kelsworth Borough Council – IT Services – Page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's37-grid-checkbox-one-cell-per-line-good-excellent',
    why: 'kind 1 (era B, March 2004): the grid comes out one cell per line as [ ] / [x] boxes; a caption gives the column order. The [x] is the third cell (good) of the Excellent prospects row. Grid words alone are not a verdict.',
    pages: [
      `Penmarsh City Council
Information Technology Services
Best Value inspection
March 2004
Audit Commission`,
      `Summary

Scoring chart
Each row of the chart is given below, with its four cells read from left to right:
poor service (0 stars), fair service (1 star), good service (2 stars), excellent
service (3 stars).

Excellent prospects
[ ]
[ ]
[x]
[ ]
Promising prospects
[ ]
[ ]
[ ]
[ ]
Uncertain prospects
[ ]
[ ]
[ ]
[ ]
Poor prospects
[ ]
[ ]
[ ]
[ ]

The council has set itself the target of becoming an excellent council by 2006.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's37-grid-tabs-tick-poor-unlikely',
    why: 'kind 1 (era A, December 2000): Yes/Probably/Unlikely/No rows with the grade axis at the bottom; the tick is in the Unlikely row, first column (Poor). The other text praises staff as "excellent" — not the verdict.',
    pages: [
      `Best Value Inspection Service
Stainbridge Metropolitan Borough Council
Information Technology
December 2000`,
      `Summary
The IT division has hard-working and, in many cases, excellent technical staff,
but users told us of repeated failures of the housing and revenues systems.

Scoring chart
Will the service improve?
Yes\t\t\t\t
Probably\t\t\t\t
Unlikely\t✓\t\t\t
No\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\tHow good is the service?

Stainbridge MBC                    Best Value Inspection: IT                    2`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's37-grid-pipes-black-star-excellent-promising',
    why: 'kind 1 (era B, September 2003): pipe-delimited grid whose column headers carry star labels (★, ★★, ★★★); the mark is itself a ★ in the Promising row under Excellent. Position, not the star glyph in headers, carries the verdict.',
    pages: [
      `AUDIT COMMISSION
Inspection report
Westerleigh Council
ICT and e-government
September 2003`,
      `Summary

Scoring chart (the marked cell shows our judgement)

| Prospects for improvement | Poor (–) | Fair (★) | Good (★★) | Excellent (★★★) |
| Excellent                 |          |          |           |                 |
| Promising                 |          |          |           |        ★        |
| Uncertain                 |          |          |           |                 |
| Poor                      |          |          |           |                 |
|                           |            How good is the service?               |

Westerleigh's ICT service supports 1,400 users and runs the council's website.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's37-grid-spaces-dot-fair-will',
    why: 'kind 1 (era A, July 2001): columns labelled by star count with the grade word below, rows are the four era-A prospect phrases; the bullet dot sits in the "Will improve" row under 1 star / fair.',
    pages: [
      `Corrington Borough Council
Information and Communications Technology
Best Value Inspection Service
July 2001`,
      `1  Summary

The scoring chart

                         0 stars     1 star      2 stars     3 stars
                         poor        fair        good        excellent
Will improve                         •
Will probably improve
Unlikely to improve
Will not improve

Corrington's ICT service is part of the Resources directorate. A fair
proportion of its budget goes on the schools' network.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's37-grid-reversed-columns-x-poor-poor',
    why: 'kind 1 (era B, January 2005): the grade axis is reversed (Excellent on the left, Poor on the right), as the caption says; the X is in the bottom row (Poor prospects) under the last column (Poor). A naive left-to-right reading would say excellent.',
    pages: [
      `Fellbeck District Council
ICT Services
Inspection report
January 2005
Audit Commission – Best Value Inspection`,
      `Summary

Scoring chart
Horizontal axis: how good is the service (the best grade is on the left).
Vertical axis: prospects for improvement.

                 Excellent   Good      Fair      Poor
                 ***         **        *         –
Excellent
Promising
Uncertain
Poor                                             X

The council's stated ambition is to be an "excellent authority" within three
years.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------- kind 2: table cells with words plus stars or sentences
  {
    name: 's37-table-three-columns-excellent-yes',
    why: 'kind 2 (era A, May 2001): judgement cells say "Excellent – three stars out of a possible three" and "Yes – it will improve"; the reasons column uses "fair", "poor" and "good" about other things.',
    pages: [
      `Ashmoor Borough Council
Information Technology Services
Best Value Inspection
May 2001`,
      `Table 1: Our judgements

Question                 Judgement                           Reasons
How good is the          Excellent – three stars out of a    • help desk resolves 87% of calls at first contact
service?                 possible three                      • costs in the lowest quartile, a fair comparison
                                                               with the best performers nationally
                                                             • the poor satisfaction found in 1998 has been reversed
Will the service         Yes – it will improve               • realistic and costed improvement plan
improve?                                                     • good record of delivering projects on time

Ashmoor Borough Council – IT Services                                      page 4`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's37-table-tabbed-fair-one-star-promising',
    why: 'kind 2 (era B, June 2002): tab-separated judgement table; cells are "Fair (one star) – some strengths, but too many gaps" and "Promising – a sound plan, properly resourced". The reasons column says "good", "poor", "excellent" and "uncertain" about particular aspects.',
    pages: [
      `Brackenfield Council
ICT Services
Best Value Inspection
June 2002`,
      `Summary of judgements
Judgement\tScore\tWhy
Quality of service\tFair (one star) – some strengths, but too many gaps\tgood network reliability; poor response to faults at outlying offices; the excellent relationship with schools is not matched elsewhere
Prospects for improvement\tPromising – a sound plan, properly resourced\tuncertain funding in 2004/05 remains a risk to the later stages

These judgements are explained in the body of the report.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's37-table-cell-per-line-poor-no',
    why: 'kind 2 (era A, March 2001): a three-column table extracted one cell per line; the judgement cells read "Poor – the service has no stars" and "No, it will not improve"; the evidence cells contain "fair" and "excellent" as ordinary words.',
    pages: [
      `Dunholme District Council
Information Technology
Best Value Inspection Service – March 2001`,
      `Summary of judgements
Aspect
Finding
Evidence
How good is the service?
Poor – the service has no stars
Users' views are mixed: a fair number praise individual staff, and goodwill is excellent, but systems fail often
Will the service improve?
No, it will not improve
There is no improvement plan, and two earlier attempts to restructure the section were abandoned`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's37-table-good-two-stars-uncertain',
    why: 'kind 2 (era B, October 2003): cells "Good: 2 stars of 3" and "Uncertain – capacity to deliver not yet shown"; the reasons cell mentions a "promising new partnership" and "poor" project management, which are not the verdicts.',
    pages: [
      `Elvedon Borough Council
Information and Communications Technology
Inspection report, October 2003`,
      `Elvedon Borough Council – ICT inspection                                  2

Our judgements at a glance

+----------------------------+--------------------------------+-------------------------------------------+
| Question                   | Judgement                      | Key reasons                               |
+----------------------------+--------------------------------+-------------------------------------------+
| How good is the service?   | Good: 2 stars of 3             | reliable network; quick fault repair;     |
|                            |                                | website among the best in the region      |
| What are the prospects for | Uncertain – capacity to        | a promising new partnership with the      |
| improvement?               | deliver not yet shown          | county, but poor project management so far |
+----------------------------+--------------------------------+-------------------------------------------+`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's37-table-star-glyph-fair-probably',
    why: 'kind 2 (era A, August 2001): grade cell is "★ Fair (one star)", prospect cell "Probably – the service will probably improve"; reasons mention "excellent progress" and "poor data quality".',
    pages: [
      `Framwell Council
IT Services
Best Value Inspection Service
August 2001`,
      `SUMMARY

Judgement          Result                                  Main reasons
How good is        ★ Fair (one star)                       excellent progress on the intranet;
the service?                                               poor data quality in the main systems
Will it improve?   Probably – the service will probably    a clear plan, though some targets are
                   improve                                 not yet costed

Framwell Council          Best Value Inspection: IT Services          Page 3`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's37-table-three-stars-excellent-prospects',
    why: 'kind 2 (era B, April 2004): cells "3 stars — excellent" and "Excellent: a strong track record and a costed plan"; the reasons column recalls that performance was "poor" in 2000 and mentions "good" partners.',
    pages: [
      `Glaisdale City Council
ICT Services
Best Value Inspection
April 2004`,
      `Summary

Table 2 – Scores and reasons
Question | Score | Reasons
How good is the service? | 3 stars — excellent | performance was poor in 2000 but is now in the top quartile on every national indicator
What are the prospects for improvement? | Excellent: a strong track record and a costed plan | good partners, stable funding to 2007, and managers who deliver what they promise`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 3: prospects paraphrased, no scale words
  {
    name: 's37-paraphrase-no-sign-of-change-fair-willnot',
    why: 'kind 3 (era A, January 2001): grade stated plainly (fair); prospects only as "nothing we saw suggests the council will turn this service round ... no sign that anything will change" = will not improve. No prospect scale word appears.',
    pages: [
      `Hatherby Borough Council
Information Technology
Best Value Inspection – January 2001`,
      `Summary
We judge the IT service to be fair. It delivers the basics: the network is
available, and the help desk answers calls promptly.

Looking ahead, nothing we saw suggests that the council will turn this
service round. There is no review of the applications team, no plan with
dates or owners, and no budget for change. Put simply, there is no sign
that anything will change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's37-paraphrase-doubt-capacity-good-unlikely',
    why: 'kind 3 (era A, July 2001): prospects paraphrased as doubt — "we doubt that the council has the capacity to carry through its improvement plan" = unlikely to improve. Grade given as "good, two-star".',
    pages: [
      `Ingleston District Council
IT Services
Best Value Inspection Service
July 2001`,
      `Summary
Ingleston provides a good, two-star IT service. Users are largely
satisfied and costs compare well.

However, the improvement plan depends on three posts that have been vacant
for over a year and on a budget bid that members have twice deferred. We
doubt that the council has the capacity to carry its improvement plan
through.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's37-paraphrase-on-balance-expect-poor-probably',
    why: 'kind 3 (era A, April 2001): "on balance, we expect the service to get better" = will probably improve; grade "a poor service". Hedge ("not without risk") keeps it at probable, not certain.',
    pages: [
      `Kirkmoor Council
Information and Communications Technology
Best Value Inspection
April 2001`,
      `Summary

In our view this is a poor service. Fault-fixing is slow, there is no
disaster recovery plan, and many staff work on equipment that is unfit for
purpose.

The council has, though, begun to act. A new head of ICT is in post, the
review was rigorous and the plan is realistic. On balance, we expect the
service to get better over the next two years, though not without risk.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's37-paraphrase-confident-delivered-good-will',
    why: 'kind 3 (era A, November 2000): "we are confident that the improvement plan will be delivered in full and on time" = will improve; grade stated as good.',
    pages: [
      `Langworth Borough Council
IT Services
Best Value Inspection Service
November 2000`,
      `SUMMARY
Langworth's IT service is good. The help desk is well run and the
council's systems are reliable.

The service has a track record of doing what it says. Funding is
secured, the team is at full strength and members monitor progress each
quarter. We are confident that the improvement plan will be delivered in
full and on time.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's37-paraphrase-nothing-to-suggest-fair-poor',
    why: 'kind 3 (era B, February 2003): grade "fair, one-star"; prospects only as "there is nothing to suggest that the service will get any better" = poor prospects (ordinal 0). No era-B scale word used for prospects.',
    pages: [
      `Medbury District Council
ICT Services
Inspection report
February 2003`,
      `Summary
Medbury's ICT service is fair: it has one star. Day-to-day support works
reasonably well.

The review that preceded this inspection did not question how the service
is provided, and its action plan is a list of minor tasks. Key posts are
unfilled and no money has been found for the plan. There is nothing to
suggest that the service will get any better.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's37-paraphrase-not-convinced-poor-uncertain',
    why: 'kind 3 (era B, July 2002): "we are not convinced that the council will deliver its plan" is doubt = uncertain prospects (ordinal 1); grade poor. No prospect scale word.',
    pages: [
      `Northam Cross Borough Council
Information Technology
Best Value Inspection
July 2002`,
      `Summary
Our judgement is that Northam Cross provides a poor IT service that has
not kept pace with the needs of its users.

The improvement plan says the right things, and there are early signs of
progress on the help desk. But the plan relies on a partner not yet
chosen, and the council's record of finishing projects is weak. We are not
convinced that the council will deliver its plan.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's37-paraphrase-likely-continue-good-promising',
    why: 'kind 3 (era B, May 2004): "on balance we think it likely that the service will keep getting better" = promising (ordinal 2); grade good.',
    pages: [
      `Oldcastle Moor Council
ICT and Customer Access
Best Value Inspection
May 2004`,
      `Summary
We found a good service, with two stars.

The improvement plan is sensible and mostly funded, and there are early
gains from the new service desk. Some of the larger projects still lack
clear milestones. On balance we think it likely that the service will keep
getting better.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's37-paraphrase-every-confidence-excellent-excellent',
    why: 'kind 3 (era B, December 2004): "we have every confidence that the council will deliver its improvement plan" = excellent prospects; grade "excellent, three-star". The only "excellent" word is the grade.',
    pages: [
      `Quarrington Borough Council
Information and Communications Technology
Inspection report
December 2004`,
      `Summary

Quarrington's ICT service is an excellent, three-star service.

The council has improved the service steadily for four years and has
met every milestone in its last two plans. The new plan is ambitious but
costed, owned by senior managers and checked every month. We have every
confidence that the council will deliver its improvement plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 4: quoted views that are not the inspectors'
  {
    name: 's37-quoted-self-assessment-good-but-fair-uncertain',
    why: 'kind 4 (era B, March 2003): the council\'s self-assessment rated the service good with promising prospects; "our evidence tells a different story" and the inspectors judge fair with uncertain prospects.',
    pages: [
      `Redlands District Council
Information Technology
Best Value Inspection
March 2003`,
      `Summary
In its self-assessment, the council rated its IT service as good, with
promising prospects for improvement.

Our evidence tells a different story. Response times have worsened, only
half of users are satisfied, and the review did not challenge the way the
service is delivered. We judge that Redlands provides a fair, one-star IT
service and that its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's37-quoted-director-expects-transformed-poor-unlikely',
    why: 'kind 4 (era A, June 2001): the head of IT expects the service to be "transformed within a year"; "However" the inspectors find a poor service that is unlikely to improve.',
    pages: [
      `Sandholme Borough Council
IT Services
Best Value Inspection Service – June 2001`,
      `Summary
The head of IT told us that he expects the service to be "transformed
within a year" once the new structure is in place, and the council's
leader shares that optimism.

However, we saw little to support it. The restructure has not started,
there is no funding for new systems, and users report the same problems
as two years ago. We consider this to be a poor service that is unlikely
to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's37-quoted-neighbour-excellent-own-good-promising',
    why: 'kind 4 (era B, November 2003): a neighbouring council\'s ICT service was rated excellent with excellent prospects; that is another council\'s score. The inspectors\' own verdict on this service is good with promising prospects.',
    pages: [
      `Thornleigh Council
ICT Services
Inspection report
November 2003`,
      `Summary
Thornleigh has chosen to compare itself with its neighbour, Westmarsh,
whose ICT service was judged last year to be excellent, with excellent
prospects. That is a demanding benchmark.

Thornleigh is not yet at that level. Our judgement is that Thornleigh's
ICT service is good (two stars) and that it has promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's37-quoted-earlier-inspection-now-fair-promising',
    why: 'kind 4 (era B, 2003): the earlier (2001) inspection found a "poor service that was unlikely to improve" in era-A words; the current verdict is fair with promising prospects. The old judgement must not be taken.',
    pages: [
      `Upperby Metropolitan Borough Council
Information and Communications Technology
Re-inspection report
August 2003`,
      `Summary
When we first inspected the ICT service, in March 2001, we found a poor
service that was unlikely to improve.

Much has changed since then. A new head of service has rebuilt the help
desk, the network has been replaced and users are noticeably more positive.
We now judge the service to be fair, with one star, and its prospects for
improvement to be promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's37-quoted-self-assessment-excellent-will-but-fair-probably',
    why: 'kind 4 (era A, March 2001): the council\'s self-assessment claimed "an excellent service that will improve"; the inspectors disagree and judge fair, will probably improve.',
    pages: [
      `Venmoor Council
IT Services
Best Value Inspection Service
March 2001`,
      `Summary
The council's self-assessment, submitted before the inspection,
describes "an excellent service that will improve still further".

We do not agree. Costs are high compared with similar councils and there
are long delays in delivering new systems. In our judgement the service is
fair. It will probably improve, because the review produced a sound plan
and staff are committed to it.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's37-quoted-cabinet-member-excellent-prospects-poor-poor',
    why: 'kind 4 (era B, August 2004): the cabinet member speaks of "excellent prospects"; the inspectors "do not share this optimism" and find a poor service with poor prospects.',
    pages: [
      `Whitcombe Borough Council
ICT Services
Inspection report
August 2004`,
      `Summary
The cabinet member for resources told us that the ICT service has
"excellent prospects" now that the new contract has been signed.

We do not share this optimism. The contract was let without a proper
specification and is already in dispute, and performance has fallen for a
second year. The ICT service is poor, and its prospects for improvement
are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's37-quoted-lead-member-calls-it-poor-team-says-good-will',
    why: 'kind 4 (era A, October 2000): the lead member calls the service "poor, if we are honest"; the inspection team takes a more positive view — a good service that will improve.',
    pages: [
      `Yarrowby District Council
Information Technology
Best Value Inspection
October 2000`,
      `Summary
The lead member for IT described the service to us as "poor, if we are
honest", and some departmental managers were similarly critical.

The inspection team takes a more positive view. Against the evidence of
user surveys, performance data and comparison with similar councils, this
is a good service. The improvement plan is realistic, funded and already
under way, and the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------- kind 5: long sentences, verdict far from subject
  {
    name: 's37-long-dashes-excellent-probably',
    why: 'kind 5 (era A, February 2001): a dash-bracketed list of the service\'s duties sits between "The IT service" and "an excellent service"; the prospect sentence puts a long "given ..." clause before "will probably improve".',
    pages: [
      `Abbotsfield Borough Council
Information Technology Services
Best Value Inspection Service
February 2001`,
      `Summary
The IT service — which supports 3,200 users across 41 sites, runs the
council's payroll, revenues and benefits systems, manages the corporate
network and the telephone switchboard, and (since April 2000) hosts the
county's shared mapping system on behalf of six other authorities — is,
in the view of the inspection team, and having weighed the evidence set
out in sections 3 to 5 of this report, an excellent service.

We consider that the service, given the strength of its review, the
commitment of its staff, the support of members and the realistic but
still partly unfunded programme of work set out in the improvement plan,
will probably improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's37-long-brackets-fair-excellent-prospects',
    why: 'kind 5 (era B, November 2002): brackets and a list of functions separate "the ICT service" from "fair"; prospects sentence holds "excellent" more than thirty words after "prospects".',
    pages: [
      `Barnsdale Council
ICT Services
Inspection report
November 2002`,
      `Summary
We found that the ICT service (which, following the 2001 restructure,
brings together the former computer section, the print unit, the
telephone exchange and the council's small web team, and which now
manages contracts worth £1.6 million a year with three suppliers) is, for
all the dedication of its staff and the good practice we saw in schools
support, a fair service.

The prospects for improvement, taking account of the new head of ICT's
track record, the fully funded and closely monitored plan, strong scrutiny
by members and early results that already show faster fault repair and
higher user satisfaction, are in our judgement excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's37-long-hyphen-poor-willnot',
    why: 'kind 5 (era A, August 2001): a forty-word aside and a line-end hyphen ("ser-vice") before "poor"; prospects verdict "will not improve" comes after a long list of failings.',
    pages: [
      `Castleford Vale District Council
IT Services
Best Value Inspection
August 2001`,
      `Summary
The council's IT service, which despite repeated reorganisations since
1996, the loss of four of its seven senior technical staff and the
transfer of the schools' network to the county in 1999 still carries re-
sponsibility for every corporate system the council runs, is a poor ser-
vice.

Because the review was not completed, no options for change were
examined, members have not agreed the plan and there is no money for it,
the service, in our judgement, will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's37-long-running-header-excellent-promising',
    why: 'kind 5 (era B, June 2003): the verdict "excellent" is split from the subject by a page-number running header inside the sentence; prospects "promising" follows a long clause.',
    pages: [
      `Dalesworth City Council
Information and Communications Technology
Inspection report
June 2003`,
      `Summary
Dalesworth's ICT service, which supports the council's 2,800 staff, the
libraries' public-access network and the joint contact centre run with
the primary care trust, and which has in the last two years replaced
every desktop
Dalesworth City Council – ICT                                           5
computer and its core network, is, in our view, excellent.

Its prospects, in the light of a plan that is well founded but depends on
a partnership yet to be signed and on national funding that is not
guaranteed beyond 2004, are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's37-long-semicolons-good-unlikely',
    why: 'kind 5 (era A, December 2000): a list of duties separated by semicolons and the word "poor" (about morale) stand between the subject and "good"; prospects "unlikely to improve" ends a long sentence starting with the plan.',
    pages: [
      `Eastbrook Borough Council
Information Technology
Best Value Inspection Service
December 2000`,
      `Summary
The IT section — responsible for the network; the help desk; payroll and
financial systems; the housing management system; and, from this year,
the council's first website — is, notwithstanding poor morale among
developers after a long pay dispute, a good service.

The improvement plan, which was drafted late, has no costs attached, relies
on staff who are already fully stretched and has not been agreed by
members, means that in our judgement the service is unlikely to improve.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's37-long-page-break-poor-uncertain',
    why: 'kind 5 (era B, February 2005): the grade sentence breaks across pages with a running header on page 3, so "a poor service" is on a new page; prospects "uncertain" ends a long sentence.',
    pages: [
      `Lowmoor Metropolitan Borough Council
ICT Services
Inspection report
February 2005`,
      `Summary
The ICT service at Lowmoor, which has been through three heads of
service in four years, which is still running housing and council tax
systems that its suppliers stopped supporting in 2002, and which has
seen its budget cut in each of the last three years, is, in our
judgement,`,
      `Lowmoor MBC – ICT inspection                                              3
a poor service.

Whether the new partnership arrangements, agreed only weeks before our
visit and not yet tested, will bring the promised investment and skills is
not clear, and the prospects for improvement are therefore uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 6: documents about an inspection
  {
    name: 's37-about-committee-paper-other-service-score',
    why: 'kind 6 (era B, 2003): a committee paper preparing for the ICT inspection quotes the benefits service\'s score (good, promising) — another service\'s score. It states no judgement of the ICT service: both null.',
    pages: [
      `Fordham Borough Council
Audit and Governance Committee
15 July 2003

Agenda item 7: Preparing for the Best Value inspection of ICT
Report of the Director of Corporate Services`,
      `1. Purpose
1.1 To tell members how officers are preparing for the Audit Commission's
inspection of the ICT service, due in October 2003.

2. Background
2.1 The benefits service was inspected in 2002 and was judged to be a
good service with promising prospects for improvement. Lessons from that
inspection have been shared with ICT managers.
2.2 The ICT inspection will look at how good the service is and how likely
it is to improve. Officers are compiling a self-assessment and evidence
file.

3. Recommendation
3.1 That members note the arrangements.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-about-commission-press-release-good-promising',
    why: 'kind 6 (era B, July 2002): an Audit Commission press release on this council\'s IT service reports the inspectors\' own verdict (good, two stars; promising prospects); the council leader\'s quote is not the verdict. Labelled with the inspectors\' verdict.',
    pages: [
      `AUDIT COMMISSION
News release
Embargoed until 00.01, 18 July 2002

Good IT service at Garnley with promising future, say inspectors

The Audit Commission today published its inspection report on Garnley
Borough Council's information technology service. Inspectors judged the
service to be good, awarding it two stars out of three, and found that it
has promising prospects for improvement.

Inspectors praised the help desk and the council's website but said that
staff training had lagged behind the roll-out of new systems.

Councillor Ann Pryor, leader of the council, said: "This is an excellent
result for our staff."

Notes to editors
1. Services are scored from no stars (poor) to three stars (excellent).
Prospects for improvement are judged as poor, uncertain, promising or
excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's37-about-scrutiny-minutes-draft-tbc',
    why: 'kind 6 (era A, May 2001): scrutiny panel minutes on a draft inspection report whose scores are "to be confirmed" and whose grid is blank; members\' hopes ("at least fair") are not a verdict. Both null.',
    pages: [
      `Hollinbury District Council
Resources Scrutiny Panel
Minutes of the meeting held on 9 May 2001

14. Best Value inspection of IT Services – draft report
The Head of IT introduced the draft report received from the Audit
Commission's inspectors on 2 May. He explained that the scoring chart in
the draft had been left blank and that the scores were to be confirmed
after moderation within the Commission.

Councillor Mears said she hoped the service would be rated at least fair.
Councillor Dobbs asked whether the council could comment on factual
accuracy. The Head of IT confirmed that comments were due by 23 May.

RESOLVED: that the draft report be noted and that a further report be
brought to the panel once the final report is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-about-cabinet-report-poor-unlikely',
    why: 'kind 6 (era A, May 2001): a report to cabinet states what the Commission\'s inspectors concluded about this IT service (poor, unlikely to improve); the council\'s hope for "fair" and officers\' disagreement are not verdicts. Labelled with the inspectors\' verdict.',
    pages: [
      `Ivybridge Moor Borough Council
Cabinet – 24 May 2001
Report of the Chief Executive

OUTCOME OF THE BEST VALUE INSPECTION OF IT SERVICES

1 Summary
1.1 The Audit Commission published its report on the council's IT
services on 10 May 2001. The inspectors concluded that the service is a
poor service, with no stars, and that it is unlikely to improve.
1.2 The council had hoped for a fair rating. Officers do not accept all of
the inspectors' findings, but accept the recommendations in full.`,
      `2 Recommendations
2.1 That cabinet notes the inspection report.
2.2 That an action plan responding to the recommendations is brought to
the July meeting.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's37-about-council-press-release-aiming-high',
    why: 'kind 6 (era B, 2004): a council press release ahead of an ICT inspection; it aims for "excellent", and quotes housing\'s earlier "good" score — an ambition and another service\'s score. No ICT judgement: both null.',
    pages: [
      `Jessop Vale Council – Press Office
For immediate release: 3 February 2004

COUNCIL'S COMPUTER SERVICES READY FOR INSPECTION

Jessop Vale's ICT service will be inspected by the Audit Commission next
month. The council's housing service was rated good last year, and
officers hope the ICT team can match or beat that.

"Our aim is nothing less than an excellent, three-star service," said
Councillor Ray Hollis. "We have promising plans for online services and
we want the inspectors to see them."

The inspection report is expected in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-about-council-minutes-fair-uncertain',
    why: 'kind 6 (era B, December 2002): council minutes record the Commission\'s final report on this ICT service (fair; uncertain prospects); a councillor\'s belief that it is good is not the verdict. Labelled with the inspectors\' verdict.',
    pages: [
      `Kelbrook Borough Council
Policy and Resources Committee
Minutes – 11 December 2002

32. AUDIT COMMISSION INSPECTION OF ICT SERVICES
Members received the Audit Commission's final inspection report on the
ICT service. The inspectors had judged the service to be fair, with one
star, and its prospects for improvement to be uncertain.

Councillor Stone said he believed the service was a good one and that the
report did not reflect recent progress. The Director of Resources
reminded members that the judgements in the report were final.

RESOLVED: that the report be noted and the improvement plan be revised.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------- kind 7: plain statements in many forms
  {
    name: 's37-plain-passive-poor-willnot',
    why: 'kind 7 (era A, December 2000): passive voice — "The service is judged to be poor" and "It is judged that the service will not improve".',
    pages: [
      `Kingsmere District Council
Information Technology
Best Value Inspection Service
December 2000`,
      `Summary
The service is judged to be poor. It has no stars.
It is judged that the service will not improve, because the review has
not produced a plan that addresses users' main concerns.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's37-plain-question-headings-poor-unlikely',
    why: 'kind 7 (era A, March 2001): answers under the two question headings "How good is the service?" and "Will the service improve?".',
    pages: [
      `Loxley Borough Council
IT Services
Best Value Inspection – March 2001`,
      `How good is the service?
The IT service is poor. Users wait too long for help, and systems are
out of date.

Will the service improve?
The service is unlikely to improve. The review was narrow and there is no
agreed plan.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's37-plain-we-judge-fair-willnot-sept-2001',
    why: 'kind 7 (era A boundary, September 2001 — still the first vocabulary): "We judge" active voice, fair and will not improve.',
    pages: [
      `Marlow Heath Council
Information and Communications Technology
Best Value Inspection Service
September 2001`,
      `Summary
We judge that Marlow Heath's ICT service is a fair, one-star service.
We also judge that it will not improve: the council has no plan for the
service and has not set aside any money for change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's37-plain-our-judgement-is-fair-probably',
    why: 'kind 7 (era A, January 2001): "Our judgement is that this is a fair, one-star service which will probably improve."',
    pages: [
      `Netherby Borough Council
Information Technology
Best Value Inspection
January 2001`,
      `SUMMARY
Our judgement is that this is a fair, one-star service which will
probably improve.
The reasons for this judgement are set out below.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's37-plain-inspectors-found-good-will',
    why: 'kind 7 (era A, October 2000): third person — "The inspectors found a good service" and "the service will improve".',
    pages: [
      `Oakenby District Council
IT Services
Best Value Inspection Service
October 2000`,
      `Summary
The inspectors found a good service that is valued by its users and
compares well with other district councils. Because the improvement plan
is realistic and already funded, the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's37-plain-report-concludes-good-unlikely',
    why: 'kind 7 (era A, June 2001): "This report concludes that ... is good ... but that it is unlikely to improve".',
    pages: [
      `Pelham Cross Council
Information Technology
Best Value Inspection Service – June 2001`,
      `1. Summary
1.1 This report concludes that Pelham Cross provides a good IT service,
with two stars, but that it is unlikely to improve in the short term,
because the council has not agreed how the improvements will be paid for.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's37-plain-hyphenated-excellent-probably',
    why: 'kind 7 (era A, April 2001): the grade word is hyphenated across a line end ("excel-" / "lent"); prospects "will probably improve".',
    pages: [
      `Ribston Borough Council
IT Services
Best Value Inspection
April 2001`,
      `Summary
We consider Ribston's IT service to be excel-
lent, with three stars. The service will probably improve, as the plan is
sound, although some projects depend on government funding.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's37-plain-in-our-view-excellent-yes',
    why: 'kind 7 (era A, August 2001): "In our view the service is excellent"; the prospect is answered "Yes" under "Will the service improve?".',
    pages: [
      `Selworth District Council
Information and Communications Technology
Best Value Inspection Service
August 2001`,
      `Summary
In our view the ICT service is excellent. It earns three stars.

Will the service improve?
Yes. The service will improve: it has a strong record of delivery and a
well-funded plan.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's37-plain-passive-poor-poor-nov-2001',
    why: 'kind 7 (era B, November 2001): passive voice in the new vocabulary — poor, zero stars, poor prospects.',
    pages: [
      `Tadwick Borough Council
ICT Services
Best Value Inspection
November 2001`,
      `Summary
The service is judged to be a poor, zero-star service with poor prospects
for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's37-plain-headings-fair-poor-prospects',
    why: 'kind 7 (era B, January 2004): question headings with answers — fair; prospects poor.',
    pages: [
      `Ulverby Council
Information Technology
Inspection report
January 2004`,
      `How good is the service?
Ulverby's IT service is fair. It has one star.

What are the prospects for improvement?
The prospects for improvement are poor. The council has not acted on the
review's findings and there is no agreed plan.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's37-plain-we-judge-poor-uncertain-oct-2001',
    why: 'kind 7 (era B boundary, October 2001 — first month of the new vocabulary): "We judge" poor with uncertain prospects.',
    pages: [
      `Vickersby Borough Council
Information and Communications Technology
Best Value Inspection Service
October 2001`,
      `Summary
We judge the ICT service to be poor, with no stars, and its prospects for
improvement to be uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's37-plain-our-judgement-good-uncertain',
    why: 'kind 7 (era B, March 2005): "Our judgement is that the service is good ... prospects ... uncertain".',
    pages: [
      `Wendover Vale Council
ICT Services
Inspection report
March 2005`,
      `Summary
Our judgement is that the ICT service is good and has two stars. Its
prospects for improvement are uncertain, because the new strategy has
not yet been agreed by members.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's37-plain-inspection-team-fair-promising',
    why: 'kind 7 (era B, September 2002): "The inspection team\'s view is that ..." fair, promising.',
    pages: [
      `Wyecliffe District Council
Information Technology
Inspection report
September 2002`,
      `Summary
The inspection team's view is that Wyecliffe provides a fair, one-star
IT service that has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's37-plain-commission-judges-excellent-promising',
    why: 'kind 7 (era B, May 2003): "The Audit Commission judges" — excellent, promising prospects.',
    pages: [
      `Yewhurst City Council
ICT Services
Inspection report
May 2003`,
      `Summary
The Audit Commission judges Yewhurst's ICT service to be excellent, with
three stars, and considers that it has promising prospects for
improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's37-plain-in-our-view-good-excellent-prospects',
    why: 'kind 7 (era B, November 2004): "In our view" — a good, two-star service with excellent prospects.',
    pages: [
      `Zennor Bay Council
Information and Communications Technology
Inspection report
November 2004`,
      `Summary
In our view Zennor Bay's ICT service is a good, two-star service. Its
prospects for improvement are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's37-plain-headings-hyphen-excellent-excellent',
    why: 'kind 7 (era B, July 2005): question headings; the grade word breaks at a line end ("excel-" / "lent"); prospects excellent.',
    pages: [
      `Allerdale Cross Council
ICT Services
Inspection report
July 2005`,
      `How good is the service?
We have judged Allerdale Cross's ICT service to be an excel-
lent, three-star service.

What are the prospects for improvement?
Excellent. The council has a strong record of delivery and its plan is
funded in full.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------- kind 8: no judgement at all
  {
    name: 's37-none-draft-blank-grid-tbc',
    why: 'kind 8 (era B, 2002): a draft report with the scoring chart left blank and "scores to be confirmed"; the axes list every grade and prospect. Both null.',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
Best Value Inspection
Beckham Moor Borough Council – ICT Services
Draft for factual accuracy check, April 2002`,
      `Summary
[Summary to be completed after moderation]

Scoring chart – scores to be confirmed

                     Poor        Fair        Good        Excellent
Excellent
Promising
Uncertain
Poor

The inspectors' findings on the help desk, the network and the website are
set out in section 3.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-council-own-review-we-consider-good',
    why: 'kind 8 (era A, 2000): the council\'s own Best Value review; "we" is the council\'s review team, who consider the service good and expect it to improve. Not an inspection verdict: both null.',
    pages: [
      `Chalkbourne District Council
Best Value Review of Information Technology
Final report of the review team
September 2000`,
      `3. Conclusions of the review team
3.1 Taking all the evidence together, we consider that the IT service is a
good service. Users' satisfaction is high and costs are below average.
3.2 We are confident that, with the changes proposed in section 4, the
service will improve further.
3.3 The review will be inspected by the Audit Commission's Best Value
Inspection Service early in 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-guidance-on-scoring',
    why: 'kind 8 (era B, 2002): guidance explaining how inspectors score, naming every grade and prospect value; it is about no service. Both null.',
    pages: [
      `Guidance for councils
How Best Value inspections are scored
Issued October 2002`,
      `Inspectors answer two questions about each service.

How good is the service? Services are rated poor (no stars), fair (one
star), good (two stars) or excellent (three stars).

What are the prospects for improvement? Prospects are described as poor,
uncertain, promising or excellent. Reports published before October 2001
used a different form of words: will not improve, unlikely to improve,
will probably improve, or will improve.

The judgements are shown in a scoring chart on the summary page.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-scrutiny-notes',
    why: 'kind 8 (era B, 2003): scrutiny working-group notes about the ICT service, with ordinary uses of "poor", "excellent" and "good"; no inspection verdict. Both null.',
    pages: [
      `Deanfield Borough Council
Corporate Scrutiny Working Group – ICT
Notes of meeting, 4 June 2003

Present: Cllrs Hart (chair), Bowen, Ojo; Head of ICT; Scrutiny Officer

1. Help desk performance
Members noted poor response times in April, caused by staff sickness.
The Head of ICT reported an excellent working relationship with the new
network supplier.

2. Website
Members felt the site had good content but was hard to navigate.

3. Next steps
The working group will visit the contact centre in July.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-service-plan-aiming-excellent',
    why: 'kind 8 (era B, 2004): an ICT service plan whose target is an "excellent, three-star service with excellent prospects" by 2006 — an ambition, not a verdict. Both null.',
    pages: [
      `Elmstead Council
ICT Service Plan 2004/05`,
      `Our vision
By 2006 we want the ICT service to be recognised by the Audit Commission as
an excellent, three-star service with excellent prospects for improvement.

Our priorities for 2004/05
• replace the council tax system
• move 80% of transactions online ahead of the 2005 target
• reduce the help desk backlog to under 50 calls

Our key risk is the uncertain level of government funding after 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-inspection-terms-of-reference',
    why: 'kind 8 (era A, 2001): a letter setting out the scope of a forthcoming inspection; it says what the inspectors will judge, not what they found. Both null.',
    pages: [
      `Audit Commission
Best Value Inspection Service

12 February 2001

Dear Chief Executive

Best Value inspection of IT services: scope and timetable

I am writing to confirm the arrangements for the inspection of the
council's IT services. The inspection will take place in the weeks
beginning 19 and 26 March. The inspectors will form a judgement on how
good the service is and on whether it will improve, and will set these out
in a scoring chart in the published report.

Please send the documents listed in the annex by 5 March.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-ict-strategy-document',
    why: 'kind 8 (era B, 2002): the council\'s ICT strategy, with targets and praise of its own partnerships ("excellent working relationships"); no inspection verdict. Both null.',
    pages: [
      `Farrowby Council
Information and Communications Technology Strategy 2002–2005`,
      `1 Introduction
This strategy sets out how ICT will help the council deliver its
corporate priorities. It builds on the excellent working relationships we
have with our partners in health and the police.

2 Where we are now
Our network is good but our desktop equipment is ageing, and a fair
proportion of staff have had no IT training.

3 Where we want to be
All services available electronically by December 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-internal-audit-report',
    why: 'kind 8 (era B, 2003): an internal audit report on the help desk; its own assurance rating ("limited") and words like "poor" and "fair" are not an inspection grade. Both null.',
    pages: [
      `Gorsemoor Borough Council
Internal Audit
Report no. IA/03/17 – ICT Help Desk
Issued 21 November 2003`,
      `Audit opinion
Limited assurance. Controls over the logging of calls are poor; a fair
proportion of calls are closed without the user being contacted.

Recommendations
R1 The help desk manager should review closed calls weekly.
R2 Performance reports should be provided to the Head of ICT monthly.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-action-plan-after-inspection',
    why: 'kind 8 (era B, 2002): an action plan answering an inspection\'s recommendations, with no scores restated and "good progress" used as ordinary words. Both null.',
    pages: [
      `Hanbury District Council
ICT inspection – action plan
Updated 30 September 2002`,
      `Recommendation\tAction\tLead\tBy\tStatus
R1 Agree an ICT strategy linked to corporate aims\tDraft to cabinet\tHead of ICT\tDec 2002\tOn track
R2 Introduce service level agreements\tSLAs with all departments\tICT Manager\tMar 2003\tGood progress
R3 Train staff in new systems\tTraining needs analysis\tHR\tJan 2003\tNot started`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-council-self-assessment-we-assess',
    why: 'kind 8 (era B, 2003): the council\'s pre-inspection self-assessment; its "we assess ourselves as a good service with promising prospects" is the council\'s claim. No inspection verdict: both null.',
    pages: [
      `Ilkeston Moor Council
ICT Services
Self-assessment for the Audit Commission inspection
Submitted 1 September 2003`,
      `Overall self-assessment
We assess ourselves as a good service with promising prospects for
improvement. We accept that our website is behind that of our neighbours,
but our help desk performance is in the top quartile.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-blank-chart-template-era-a',
    why: 'kind 8 (era A, 2000): an appendix template showing an unmarked scoring chart with the era-A axis labels; nothing is marked. Both null.',
    pages: [
      `Appendix C
Best Value inspection: specimen scoring chart (2000)

Will the service improve?
Yes
Probably
Unlikely
No
\tPoor\tFair\tGood\tExcellent
How good is the service?

Inspectors mark one cell of the chart in each published report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-user-satisfaction-survey',
    why: 'kind 8 (era B, 2004): a user survey summary where users rate the help desk "excellent", "good", "fair" or "poor" — percentages of user opinion, not an inspection verdict. Both null.',
    pages: [
      `Jarvis Heath Council
ICT User Satisfaction Survey 2004 – Summary of results

Responses: 612 (41%)

How would you rate the help desk?
Excellent\t18%
Good\t44%
Fair\t26%
Poor\t12%

Most users said things would improve once the new system is in place.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-recruitment-pack',
    why: 'kind 8 (era B, 2005): a recruitment pack for a head of ICT; mentions a "challenging" inspection and the aim of an excellent service, but no score. Both null.',
    pages: [
      `Kilnsey Borough Council
Head of ICT – Candidate information pack
Closing date: 14 March 2005`,
      `About the service
Following a challenging Best Value inspection in 2003, the council has
committed £4 million to modernising its ICT. We are looking for a leader
who can build an excellent service and help us meet our e-government
targets. This is an exciting time to join us.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's37-none-consultant-benchmarking-report',
    why: 'kind 8 (era A, 2001): a consultant\'s benchmarking report for the council, calling some results "excellent" and "poor"; it is not an inspection and gives no grade or prospect. Both null.',
    pages: [
      `Hartwell Associates
Benchmarking study of IT services
for Lambury District Council
January 2001`,
      `Key findings
1. Help desk costs per user are in the lowest quartile — an excellent result.
2. Project delivery is poor: four of the six projects sampled were late.
3. Network availability is comparable with the best of the comparator group.

This report was commissioned to inform the council's Best Value review.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
