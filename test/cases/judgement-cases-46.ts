/** Held-out judgement set 46, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases46: JudgementCase[] = [
  // ───────────── kind 1: marked scoring grids ─────────────
  {
    name: 's46-grid-asterisk-spaces-fair-promising',
    why: 'kind 1: asterisk under the Fair column on the Promising row, columns aligned with runs of spaces; every grade and prospect word also appears on the axes',
    pages: [
      `Best Value Inspection Service
Rushford Borough Council
Information and Communications Technology
Best Value inspection report
November 2002
The Audit Commission is an independent body responsible for ensuring that
public money is spent economically, efficiently and effectively.`,
      `Rushford Borough Council – ICT                                          2
Summary
Rushford's ICT service supports around 1,400 users in the town hall, two
depots and six libraries. We inspected it in September 2002, after the
council had completed its Best Value review of the service.
The network is reliable and users are broadly satisfied, but the council
has been slow to put services online and the IT unit collects little
performance information. The review was thorough and the improvement
plan is realistic and costed.
Scoring chart
'How good is the service?' runs across the chart; 'What are the prospects
for improvement?' runs down it.
                        Poor       Fair       Good       Excellent
Excellent prospects
Promising prospects                 *
Uncertain prospects
Poor prospects
Recommendations
To rise to the challenge of continuous improvement, we recommend that the
council publishes service standards for the help desk.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's46-grid-x-tabs-grade-rows-good-probably',
    why: 'kind 1: axes swapped (grades as rows, era A prospects as tab-separated columns); X sits in the third column (Probably) of the Good row',
    pages: [
      `Audit Commission
Best Value Inspection Service
Barnholme District Council
Information Technology Services
May 2001`,
      `Summary
Barnholme's IT services team of 22 staff supports all council departments
and runs the revenues, benefits and financial systems. Users told us the
help desk staff are excellent and fix most faults on the same day, though
project work often runs late.
The scoring chart below records our two judgements.
Scoring chart
Rows: how good is the service?   Columns: will the service improve?
\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\tX\t
Fair\t\t\t\t
Poor\t\t\t\t
The council has accepted our recommendations, set out on page 4.
                                                                  page 2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's46-grid-tick-one-cell-per-line-poor-uncertain',
    why: 'kind 1: extractor emits one cell per line (dash for an empty cell); the tick is the first cell of the Uncertain prospects row, i.e. under Poor',
    pages: [
      `Kelmscott Metropolitan Borough Council
Information and Communication Technology Services
Best Value Inspection
February 2003
Audit Commission`,
      `Kelmscott MBC ICT inspection – February 2003
Summary
The council's ICT service has struggled for several years. Faults take
too long to fix, the network fails regularly and departments have started
to buy their own systems. The Best Value review identified many of the
problems but the improvement plan is not yet funded.
Scoring chart
Prospects for improvement (rows) against how good the service is (columns)

Poor
Fair
Good
Excellent
Excellent prospects
-
-
-
-
Promising prospects
-
-
-
-
Uncertain prospects
✓
-
-
-
Poor prospects
-
-
-
-
3`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's46-grid-black-star-pipes-caption-excellent-will',
    why: 'kind 1: a caption names the axes; a black star (not a grade star) marks the Yes row under Excellent in a pipe-drawn era A grid',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Ashcombe County Council
Corporate ICT Services
Inspection report – August 2001`,
      `Ashcombe County Council – Corporate ICT Services     Page 3 of 18
Summary
This is an outstanding service. Systems are available more than 99.8 per
cent of the time, users are very satisfied and costs are among the lowest
of the county councils we compared it with. The review challenged the
service hard and the improvement plan is ambitious, funded and owned by
the chief executive.
The chart shows our judgements. The vertical axis shows whether the
service will improve; the horizontal axis shows how good it is now.
                      |        |        |        |         |
Yes                   |        |        |        |    ★    |
Probably              |        |        |        |         |
Unlikely              |        |        |        |         |
No                    |        |        |        |         |
                      | Poor   | Fair   | Good   |Excellent|
                         How good is the service?`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's46-grid-bullet-prospect-columns-good-excellent',
    why: 'kind 1: grades down the side (top row Excellent), era B prospects across; the bullet lies under Excellent on the 2-star Good row',
    pages: [
      `Audit Commission inspection report
Wyndbury City Council
ICT and e-Government
June 2004`,
      `Wyndbury City Council                                         ICT and e-Government
Summary
Wyndbury's ICT service is good. Users across the council rate it highly and
the council is on course to meet the 2005 target for electronic service
delivery. The service has a strong track record of delivering projects on
time, and the leadership of the chief executive gives us every reason to
expect further gains.
Scoring chart
                    Prospects for improvement
                    Poor      Uncertain Promising Excellent
A good service?
3 stars Excellent
2 stars Good                                        •
1 star  Fair
0 stars Poor
                                                                          4`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's46-grid-bracket-x-poor-will-not',
    why: 'kind 1: checkbox grid, [ ] for empty and [x] in the Poor column of the Will-not-improve row',
    pages: [
      `The Audit Commission
Best Value Inspection
Ravensmoor Borough Council
IT Support Services
February 2001`,
      `SUMMARY
Ravensmoor's IT support unit serves around 700 staff. Half of the
council's PCs are more than five years old, calls to the help desk go
unanswered for days, and the council's Best Value review did not question
whether the unit should continue in its present form. There is no plan for
change that we could rely on.
SCORING CHART
                 Poor   Fair   Good   Excellent
Will improve     [ ]    [ ]    [ ]    [ ]
Probably         [ ]    [ ]    [ ]    [ ]
Unlikely         [ ]    [ ]    [ ]    [ ]
Will not improve [x]    [ ]    [ ]    [ ]
(Horizontal: how good is the service? Vertical: will it improve?)
Ravensmoor BC – IT Support Services – February 2001 – page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's46-grid-pipe-table-poor-row-top-fair-poor-prospects',
    why: 'kind 1: pipe table, prospects as rows and service grades as columns, with a caption saying what X means; X in the Fair column of the Poor prospects row; text nearby mentions poor morale',
    pages: [
      `Audit Commission
Best Value Inspection Service
Greystone Borough Council
Information Technology
September 2003`,
      `Summary
The IT service gives users an adequate day-to-day service, but staff morale
is poor after two failed restructurings, the council has no agreed ICT
strategy and the improvement plan consists largely of intentions without
dates or owners.
Our judgements are shown in the chart. X marks the inspectors' judgement.
| Prospects \\ Service | Poor | Fair | Good | Excellent |
| Excellent           |      |      |      |           |
| Promising           |      |      |      |           |
| Uncertain           |      |      |      |           |
| Poor                |      |  X   |      |           |
Greystone Borough Council – IT inspection                      page 2 of 21`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ───────────── kind 2: table cells mixing grade words with stars or sentences ─────────────
  {
    name: 's46-table-good-two-stars-uncertain-reasons-column',
    why: 'kind 2: judgement cell "Good – two stars out of three" beside a reasons column that uses "poor" and "excellent" about other matters',
    pages: [
      `Westlow District Council
Best Value inspection of ICT services
March 2003
Audit Commission Best Value Inspection Service`,
      `Westlow DC – ICT services                                              3
Our judgements
Question                   Judgement                        Reasons
How good is the service?   Good – two stars out of three    Reliable network and quick fault
                                                            repair; but poor documentation and
                                                            weak asset records
What are the prospects     Uncertain prospects              The improvement plan is not costed
for improvement?                                            and the excellent ideas in the review
                                                            have no named owners
The remainder of this report sets out the evidence for these judgements.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's46-table-fair-one-star-yes-improve-cells-per-line',
    why: 'kind 2: era A table extracted one cell per line: "Fair (one star)" and "Yes – the service will improve", reasons mentioning a good help desk and poor project control',
    pages: [
      `Audit Commission
Best Value Inspection Service
Millbrook Borough Council
Information Technology
June 2001`,
      `Summary of judgements
Question
Judgement
Reasons
How good is the service?
Fair (one star)
Good help desk performance is offset by poor control of projects and slow
repair of PCs in schools.
Will the service improve?
Yes – the service will improve
A funded plan with clear targets, strong backing from members and a new
head of IT with a proven record.
Millbrook BC – Information Technology                                 page 2`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's46-table-poor-zero-stars-no-will-not',
    why: 'kind 2: cells "Poor: 0 stars" and "No, it will not improve"; reasons column mentions fair arrangements and good supplier relations',
    pages: [
      `BEST VALUE INSPECTION
Harwell Marsh District Council
Computer Services
January 2001
Audit Commission`,
      `Key judgements
How good is the service?    | Poor: 0 stars            | Only fair arrangements for backing up data; no service
                            |                          | standards; 40 per cent of faults unresolved after a week
Will the service improve?   | No, it will not improve  | Staff describe relations with the main supplier as good,
                            |                          | but there is no improvement plan and no money to fund one
Harwell Marsh DC – Computer Services – January 2001               2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's46-table-three-stars-excellent-promising',
    why: 'kind 2: grade cell "★★★ Excellent" and prospect cell "Promising – improvement likely"; reasons mention a few areas that are only fair',
    pages: [
      `Audit Commission
Inspection report
Thornleigh Borough Council
ICT Services
October 2004`,
      `Summary table
Judgement area              Inspectors' judgement                 Why
A good service?             ★★★ Excellent                          Consistently high performance against
                                                                  demanding targets; the few areas that
                                                                  are only fair are minor
Prospects for improvement?  Promising – improvement likely         A sound plan, though the new contact
                                                                  centre depends on a supplier whose
                                                                  record elsewhere is poor
Thornleigh BC ICT inspection                                      page 3`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's46-table-good-service-two-stars-unlikely-see-paras',
    why: 'kind 2: era A cells "Good service (2 stars)" and "Unlikely to improve – see paragraphs 41 to 55"; reasons say the review was poor',
    pages: [
      `Best Value Inspection Service
Castlebridge City Council
Information Technology Services
April 2001`,
      `2 Castlebridge City Council – IT Services
Summary
The judgements below are explained in full in the body of this report.
+-----------------------------+------------------------------------------+
| How good is the service?    | Good service (2 stars)                   |
| Reasons                     | Systems are stable and users satisfied   |
+-----------------------------+------------------------------------------+
| Will the service improve?   | Unlikely to improve – see paragraphs 41  |
|                             | to 55                                    |
| Reasons                     | The review was poor: no challenge, no    |
|                             | comparison and no funded plan            |
+-----------------------------+------------------------------------------+`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's46-table-fair-one-of-three-poor-prospects',
    why: 'kind 2: prospect row comes first with "Poor prospects"; grade cell "Fair: 1 star of 3"; reasons mention excellent working relationships with schools',
    pages: [
      `Audit Commission Best Value Inspection
Ellesdon Borough Council
ICT Services
December 2002`,
      `Ellesdon BC ICT                                                              4
Judgements at a glance
Prospects for improvement     Poor prospects       No agreed strategy; the improvement plan
                                                   has been rewritten three times and
                                                   nothing in it has been delivered
Current service               Fair: 1 star of 3    Excellent working relationships with
                                                   schools, but the corporate help desk
                                                   misses most of its targets`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ───────────── kind 3: prospects paraphrased, no scale word ─────────────
  {
    name: 's46-paraphrase-confident-deliver-plan-fair-will',
    why: 'kind 3: era A; "we are confident the council will deliver its improvement plan in full" with no scale word = will improve; grade stated plainly as fair',
    pages: [
      `Audit Commission
Best Value Inspection Service
Dunsford Borough Council
Information Technology
July 2001`,
      `Summary
Dunsford's IT service is a fair, one-star service. It meets most of its
service standards but costs more than comparable councils and has only
recently begun to put services on the internet.
The council's Best Value review was rigorous. The resulting plan is
costed, has been built into the budget for the next three years, and is
being driven personally by the chief executive. We are confident that
the council will deliver its improvement plan in full and that users will
feel the benefit within the year.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's46-paraphrase-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "we doubt whether the council has the capacity to carry the plan through" = unlikely; grade poor',
    pages: [
      `Best Value Inspection Service
Fenwick Vale District Council
IT and Telecommunications
December 2000`,
      `Fenwick Vale DC                                                        2
Summary
We found a poor service. Users wait a fortnight on average for faults to
be repaired, the council's network is overloaded and there is no reliable
record of what equipment the council owns.
The review produced a long list of sensible actions. However, the IT
manager is also the project manager for every major system, two of the
four technical posts are vacant and no money has been set aside. We doubt
whether the council has the capacity to carry the plan through.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's46-paraphrase-nothing-suggests-change-poor-will-not',
    why: 'kind 3: era A; "nothing we saw suggests that the service is going to get any better" = will not improve; grade poor',
    pages: [
      `AUDIT COMMISSION
Best Value Inspection
Low Ashby Borough Council – ICT Services
March 2001`,
      `Summary
How good is the service? Our judgement is that Low Ashby's ICT service is
poor. Several key systems are unsupported by their suppliers and a third
of users have no e-mail.
As for the future, nothing we saw suggests that the service is going to
get any better. There is no improvement plan worth the name, no budget for
change and nobody with the authority to make it happen.
Low Ashby BC – ICT – March 2001                                         page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's46-paraphrase-on-balance-expect-fair-promising',
    why: 'kind 3: era B; "on balance, we expect the service to improve" = ordinal 2, promising; grade fair',
    pages: [
      `Audit Commission
Ormsby Borough Council
ICT Services
Best Value inspection
January 2003`,
      `Summary
Ormsby's ICT service is fair. Users are reasonably well supported, but the
council is behind most similar authorities in offering services online.
The improvement plan addresses the right issues and is mostly funded,
though some of the targets look optimistic and the council has had mixed
success with large projects in the past. On balance, we expect the
service to improve.
                                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's46-paraphrase-not-convinced-turn-round-poor-uncertain',
    why: 'kind 3: era B; "we are not convinced that the council can turn the service round" = ordinal 1, uncertain; grade poor',
    pages: [
      `Best Value Inspection Service
Saltmarsh District Council
Information Technology
May 2002`,
      `Saltmarsh DC – Information Technology
Summary
The IT service is poor. It has no service standards, does not know what
its users think of it, and costs well above the average for district
councils.
There are signs of change: a new head of IT has been appointed and members
have agreed in principle to extra funding. But the plan is vague and the
council has started similar initiatives before without result. We are not
convinced, on the evidence so far, that the council can turn the service
round.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's46-paraphrase-no-sign-anything-will-change-fair-poor',
    why: 'kind 3: era B; "there is no sign that anything will change" = ordinal 0, poor prospects; grade fair',
    pages: [
      `Audit Commission
Colbourne Borough Council
Information and Communications Technology
August 2003`,
      `Colbourne BC – ICT                                                    page 2
Summary
Day to day, the ICT service is fair: most faults are fixed within a day
and core systems are stable.
The council's Best Value review, however, did little more than describe
the service as it is. The improvement plan has no targets or costs, the
ICT strategy lapsed in 2001, and senior managers told us they saw no need
for change. There is no sign that anything will change.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's46-paraphrase-no-doubt-deliver-good-excellent',
    why: 'kind 3: era B; "we have no doubt that the council will deliver" (negated doubt = certain) = excellent prospects; grade good',
    pages: [
      `Best Value Inspection Service
Harrowgate Vale Council
ICT and Customer Access
February 2004`,
      `Summary
We judge the ICT service to be good. It is well run, responsive to
users and delivers value for money.
The council has an outstanding record of delivering what it promises.
Every action in the previous plan was completed on time, the new plan is
fully funded and members scrutinise progress monthly. We have no doubt
that the council will deliver its improvement plan.
Harrowgate Vale Council                                                 3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's46-paraphrase-more-likely-than-not-good-probably',
    why: 'kind 3: era A; "we think it more likely than not that the service will get better" = will probably improve; grade good',
    pages: [
      `Audit Commission
Best Value Inspection
Pellingham Borough Council
Information Technology Services
June 2001`,
      `Summary
Pellingham's IT service is good. Users are positive about it, it performs
well against most of its targets and it compares favourably with other
councils on cost.
The improvement plan is sensible but depends on recruiting two senior
technical staff in a difficult market. Taking everything into account we
think it more likely than not that the service will get better over the
next two years.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },

  // ───────────── kind 4: quoted views that are not the inspectors' ─────────────
  {
    name: 's46-quoted-self-assessment-good-then-fair-uncertain',
    why: 'kind 4: council self-assessment says good with excellent prospects; "our findings do not support that view"; inspectors judge fair, uncertain',
    pages: [
      `Audit Commission
Best Value Inspection Service
Brackenfield Borough Council
ICT Services
December 2002`,
      `Summary
In its self-assessment the council rated its ICT service as good, with
excellent prospects for improvement. Our findings do not support that
view. Users in three of the five directorates told us the service is
slow to respond, and the council cannot show that its costs are
competitive.
We judge the service to be fair (one star). Its prospects for improvement
are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's46-quoted-it-director-expects-rapid-progress-poor-unlikely',
    why: 'kind 4: era A; the head of IT expects rapid progress; "however" the inspectors judge unlikely to improve; grade poor',
    pages: [
      `Best Value Inspection Service
Cullingford Borough Council
Information Technology
November 2000`,
      `Cullingford BC – IT                                                   2
Summary
The head of IT told us that he expects rapid progress once the new
network is installed next spring, and that users will see "a completely
different service" within six months.
However, the network project is already a year late, there is no budget
for the other actions in the plan, and the service has no performance
information against which progress could be measured. We judge that the
service, which is currently poor, is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's46-quoted-neighbour-excellent-ours-good-promising',
    why: 'kind 4: a neighbouring council\'s ICT was rated excellent with excellent prospects; this council\'s service is judged good with promising prospects',
    pages: [
      `Audit Commission
Inspection report
Lindhurst District Council
ICT Services
March 2004`,
      `Summary
Lindhurst compared its ICT service with that of its neighbour, Oakmere,
whose service the Audit Commission judged excellent, with excellent
prospects, in 2003. The comparison was useful, but Lindhurst is not yet
at Oakmere's level.
We judge Lindhurst's ICT service to be a good, two-star service that has
promising prospects for improvement.
Lindhurst DC                                                           2`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's46-quoted-earlier-benefits-inspection-good-ours-fair-probably',
    why: 'kind 4: era A; earlier inspection of the benefits service judged good and will improve; this IT service is fair and will probably improve',
    pages: [
      `Best Value Inspection Service
Whitmore Borough Council
Information Technology
April 2001`,
      `Summary
This is the council's second Best Value inspection. The benefits service,
inspected last year, was judged to be good and to be a service that will
improve. Many of its successes depended on the IT service, and the
benefits staff spoke well of the support they received.
Across the council as a whole, however, the picture is more mixed. We
judge that the IT service is fair and that it will probably improve.
Whitmore Borough Council – IT – April 2001                          page 2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's46-quoted-submission-good-promising-evidence-differs-poor-poor',
    why: 'kind 4: era B; council submission claims a good service with promising prospects; "our evidence tells a different story"; inspectors: poor with poor prospects',
    pages: [
      `Audit Commission
Best Value Inspection Service
Norbridge City Council
ICT and e-Government
July 2003`,
      `Norbridge City Council – ICT                                            3
Summary
The council's submission to us described "a good service with promising
prospects". Our evidence tells a different story. Help desk targets are
missed every month, the ICT strategy has not been updated since 1999, and
the council is among the worst performers in England against the
e-government targets.
In our judgement the service is poor, and its prospects for improvement
are poor.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's46-quoted-members-believe-improve-inspectors-agree-good-will',
    why: 'kind 4: era A; members believe the service will improve and the inspectors explicitly agree ("we share that view"); grade good',
    pages: [
      `Best Value Inspection Service
Stanwick Borough Council
IT Services
August 2001`,
      `Summary
Members of the council's resources committee told us they believe the IT
service will improve now that the new strategy is in place. We share that
view: the plan is realistic, fully funded and already ahead of schedule.
The inspectors judge that the service is good and will improve.
Stanwick BC – IT Services                                                  2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's46-quoted-earlier-inspection-poor-now-fair-promising',
    why: 'kind 4: re-inspection; the 2001 verdict (poor, uncertain) is quoted as history; the current verdict is fair with promising prospects',
    pages: [
      `Audit Commission
Re-inspection report
Hatherley Borough Council
ICT Services
October 2003`,
      `Summary
When we first inspected Hatherley's ICT service in November 2001 we
judged it to be poor, with uncertain prospects for improvement. Since
then the council has replaced its network, appointed a new head of ICT and
introduced service level agreements with every directorate.
This re-inspection found real progress. We now judge the service to be
fair, with promising prospects for improvement.
Hatherley BC – ICT re-inspection – October 2003                    page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },

  // ───────────── kind 5: long sentences, verdict far from its subject ─────────────
  {
    name: 's46-long-dashes-list-of-duties-fair-promising',
    why: 'kind 5: era B; dash-bracketed list of duties puts "fair" about forty words after "The ICT service"; prospects sentence equally long',
    pages: [
      `Audit Commission
Best Value Inspection
Eastholme Borough Council
ICT Services
May 2003`,
      `Summary
The ICT service – which supports some 3,000 users on 40 sites, runs the
council's payroll, finance, housing and revenues systems, maintains the
wide area network that links the libraries and depots, and has since
April also supported the telephony of the new contact centre – is, in
our judgement, a fair, one-star service.
The prospects for the service – taking into account the new ICT strategy,
the additional £900,000 agreed by the cabinet for the next two years,
the appointment of an experienced head of ICT and the review's sensible
but not yet tested proposals for a shared service with a neighbouring
authority – are, we consider, promising.
Eastholme BC – ICT Services                                           page 2`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's46-long-asides-poor-probably-line-break',
    why: 'kind 5: era A; grade word "poor" arrives after a long aside and a line break; prospects sentence also long, ending "will probably improve"',
    pages: [
      `Best Value Inspection Service
Hollinsby Borough Council
Information Technology
March 2001`,
      `Hollinsby BC                                                           2
Summary
The council's IT service, which – in addition to maintaining some 1,900
desktop computers, the network linking 38 offices, libraries and depots,
and the financial, payroll and revenues systems on which the authority
depends – has since last April taken on the support of all primary
schools in the borough, is, in the inspectors' judgement, providing a
poor service.
The service, given the new head of IT, the restructured help desk, a
capital allocation of £1.2 million over three years (most of it for
replacing obsolete equipment) and a new corporate IT board chaired by the
chief executive, will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's46-long-brackets-excellent-excellent-page-break',
    why: 'kind 5: era B; bracketed asides and a page break (with running header) between "The service" and "excellent"',
    pages: [
      `Audit Commission
Inspection report
Marlwood City Council
ICT and Customer Services
January 2005`,
      `Summary
Marlwood's ICT and customer services (the council's help desk, its
contact centre, which handled 410,000 calls last year, its website, the
network serving 52 buildings and the schools' broadband service, together
with the support of some 150 business systems) provide, by any measure
we could find, and we looked at costs, user surveys, availability and
the council's performance indicators against those of similar councils,
what we judge to be an`,
      `Marlwood City Council – ICT and Customer Services                       3
excellent service.
Its prospects for improvement – given a track record of delivering every
major project on time and within budget, a fully funded plan and strong
leadership from members and the chief executive alike – are also
excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's46-long-hyphenated-fair-unlikely',
    why: 'kind 5: era A; hyphen split at line end ("ser-vice"), and the verdicts come after long lists; fair and unlikely to improve',
    pages: [
      `Best Value Inspection Service
Quarrington District Council
Information and Communications Technology
September 2001`,
      `Summary
Quarrington's ICT ser-
vice, which is delivered by a team of fourteen from offices in two towns,
supports the council's planning, environmental health, housing and
revenues functions as well as the council's small but growing website,
and is responsible for the council's telephones, is fair.
The council's plan for the service, which was drawn up by the IT manager
without input from the departments it serves, depends on money that has
not been agreed and on a restructuring that staff and unions have not yet
been consulted on, and the service is therefore, in our view, unlikely to
improve.
Quarrington DC ICT inspection                                          page 2`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's46-long-parenthetical-good-uncertain',
    why: 'kind 5: era B; long parenthetical between "the ICT service" and "good"; the prospects sentence holds an aside listing risks before "uncertain"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Sedgeford Borough Council
ICT Services
October 2002`,
      `Sedgeford BC – ICT Services                                              2
Summary
We found that the ICT service (in which we include the corporate help
desk, the network team, the applications team that supports the
council's 60 or so business systems and, since last year, the web team,
though not the separately managed schools' ICT service) is good.
The council's prospects of building on this – bearing in mind that the
head of ICT retires next spring, that the budget for 2003/04 has not yet
been set and that the improvement plan relies on a partnership that has
not been tendered – are uncertain.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's46-long-subject-far-excellent-probably',
    why: 'kind 5: era A; "excellent" arrives long after the subject; prospects sentence with list of caveats ends "will probably improve"',
    pages: [
      `Best Value Inspection Service
Kingsholm Borough Council
IT Services
May 2001`,
      `Summary
Kingsholm's IT service, judged against the aims the council set for it,
against the views of the 600 users who responded to our survey, and
against the costs and performance of the twelve councils in its
benchmarking group – of which it was the best or second best on nine of
the eleven measures – is excellent.
Although there are risks – the loss of key staff to the private sector,
the untested new finance system and a capital budget that has been cut
twice – the service, on the evidence we have seen, will probably improve.
Kingsholm BC – IT Services – May 2001                                  page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },

  // ───────────── kind 6: documents about an inspection ─────────────
  {
    name: 's46-about-press-release-commission-good-promising',
    why: 'kind 6: Audit Commission press release giving the Commission\'s own verdict on this service (good, promising); the council leader\'s hope for "excellent" is an aim',
    pages: [
      `AUDIT COMMISSION
NEWS RELEASE
Embargoed until 00.01 hours, Thursday 13 March 2003
Hallam Vale's ICT service is 'good' and has 'promising' prospects, says
Audit Commission
Hallam Vale Borough Council provides a 'good', two-star ICT service that
has promising prospects for improvement, according to an independent
report published today by the Audit Commission.
Inspectors found that users were well supported and that the council had
made good progress towards its e-government targets. They also found
that the council needed to do more to train staff in new systems.
The leader of the council said: "We are delighted, and our aim now is to
become an excellent service by 2005."
Notes to editors
1. The Audit Commission's inspections answer two questions: how good is
the service, and what are its prospects for improvement?`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's46-about-press-release-era-a-fair-probably',
    why: 'kind 6: era A Audit Commission press release reporting its inspectors\' verdict on this service (fair, will probably improve); mentions another council\'s poor score',
    pages: [
      `Audit Commission press release – 24 May 2001
IT service at Dorrington "fair" and "will probably improve"
The Audit Commission's Best Value inspectors have judged Dorrington
District Council's information technology service to be fair, and they
say it will probably improve.
The inspection team praised the council's new help desk but found that
many PCs were out of date. The report follows last year's inspection of
the council's waste service, which was found to be poor.
Copies of the report are available from the Commission's website.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's46-about-committee-paper-other-service-score',
    why: 'kind 6: cabinet paper quoting the housing benefits inspection score and noting the ICT inspection is yet to come; no judgement of the ICT service',
    pages: [
      `BRAMLEY HEATH BOROUGH COUNCIL
CABINET – 9 JULY 2002
AGENDA ITEM 7
REPORT OF THE DIRECTOR OF RESOURCES
BEST VALUE INSPECTIONS: PROGRESS REPORT
1. Purpose
1.1 To update members on Best Value inspections of council services.
2. Housing benefits
2.1 The Audit Commission's report on housing benefits was published in
May. Inspectors judged the service to be good, with promising prospects
for improvement. An action plan is attached at Appendix A.
3. ICT services
3.1 The Best Value review of ICT services is nearing completion. The
Audit Commission will inspect the service in the new year.
3.2 Officers are working towards an ICT service that can be judged
excellent in due course.
4. Recommendation
4.1 That Cabinet notes the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-about-scrutiny-minutes-draft-scores-tbc',
    why: 'kind 6: scrutiny minutes discussing a draft inspection report whose scores are still to be confirmed; the head of IT\'s hope for "fair" is not a verdict',
    pages: [
      `Minutes of the meeting of the Resources Scrutiny Panel
held at the Civic Centre, Tarnley, on 17 October 2002
Present: Councillors Abbott (Chair), Bright, Cheung, Doyle
14. Best Value inspection of ICT services
The Head of ICT reported that the Audit Commission had issued its draft
report for factual accuracy checking. The scores were still to be
confirmed by the Commission and could not be reported at this stage.
He said he hoped the service would be rated at least fair, and that
officers had challenged a number of points in the draft.
Councillor Doyle asked whether poor morale in the help desk team had been
mentioned. The Head of ICT said it had.
RESOLVED: that the final report be brought to the next meeting.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-about-newsletter-aims-and-neighbour',
    why: 'kind 6: council staff newsletter about a forthcoming inspection: an aim to be excellent and a neighbouring council\'s score; no verdict on this service',
    pages: [
      `Inside Westerby – staff newsletter – Issue 41, January 2004
Inspectors are coming!
The Audit Commission will inspect our ICT service in March. Inspectors
will want to know how good the service is and whether it will improve.
Our ambition is clear: we want to be an excellent, three-star service
with excellent prospects by 2005.
Our neighbours at Ferriby were inspected last autumn and their ICT
service was rated good with promising prospects – so the bar is high!
If you are asked to meet the inspectors, please be open and honest.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-about-press-release-poor-uncertain',
    why: 'kind 6: Audit Commission press release with its own verdict (poor, uncertain prospects) on this council\'s ICT; quotes a council spokesperson disagreeing',
    pages: [
      `Audit Commission
Press release
For immediate release: 2 September 2002
Inspectors find Calderbank's ICT service poor
The Audit Commission has judged the ICT service provided by Calderbank
Metropolitan Borough Council to be poor, and says that its prospects for
improvement are uncertain.
The report found that departments wait months for new equipment and that
the council has no clear plan for meeting government targets for online
services.
A council spokesperson said the council believed the service was
"better than fair" and would respond in detail to the report.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ───────────── kind 7: plain statements, many sentence forms ─────────────
  {
    name: 's46-plain-passive-era-a-poor-will-not',
    why: 'kind 7: era A passive voice: "has been judged to be poor" and "it is judged that the service will not improve"',
    pages: [
      `Best Value Inspection Service
Aldersley District Council
Information Technology
October 2000`,
      `Summary
The IT service provided by Aldersley District Council has been judged by
the inspection team to be poor. It is also judged that the service will
not improve: the Best Value review was superficial and the improvement
plan has neither targets nor funding.
Aldersley DC – Information Technology                                   2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's46-plain-headings-era-a-fair-will-not',
    why: 'kind 7: era A question headings "How good is the service?" / "Will the service improve?" each answered in the next paragraph; "a fair proportion" is an ordinary-word trap',
    pages: [
      `Audit Commission
Best Value Inspection Service
Penhallow District Council
Computer and Information Services
January 2001`,
      `How good is the service?
A fair proportion of users told us they were satisfied, but performance
has fallen behind that of similar councils on most measures. We judge
that it is a fair service.
Will the service improve?
No. The council has no improvement plan that addresses the weaknesses we
found, and we judge that the service will not improve.
Penhallow DC                                                         page 3`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's46-plain-we-judge-era-a-fair-unlikely',
    why: 'kind 7: era A, one active sentence "We judge that ... is a fair service that is unlikely to improve"; "excellent working relationships" is ordinary usage',
    pages: [
      `Best Value Inspection Service
Marsden Cross Borough Council
IT Services
February 2001`,
      `Summary
The IT team has excellent working relationships with its suppliers and
the schools it serves. Nonetheless we judge that Marsden Cross's IT
service is a fair service that is unlikely to improve, because the
council has not agreed the funding the plan depends on.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's46-plain-our-judgement-is-era-a-poor-unlikely',
    why: 'kind 7: era A "Our judgement is that..." form, grade and prospect in separate sentences; "poor morale" trap precedes',
    pages: [
      `The Audit Commission
Best Value Inspection
Tolworth Heath Borough Council
Information Technology
November 2000`,
      `Tolworth Heath BC – IT                                                  2
Summary
Staff in the IT section are committed, despite poor morale after a long
period of uncertainty. Our judgement is that the IT service is poor. Our
judgement is also that it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's46-plain-in-our-view-era-a-good-probably',
    why: 'kind 7: era A "In our view the service is good ... will probably improve"; an aim to be excellent also appears',
    pages: [
      `Audit Commission
Best Value Inspection Service
Cranmore Borough Council
Information Technology Services
July 2001`,
      `Summary
The council's stated aim is for the IT service to be excellent within
three years. In our view the service is currently good, and it will
probably improve, although not as quickly as the council hopes.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's46-plain-inspection-team-concluded-era-a-good-will',
    why: 'kind 7: era A "the inspection team concluded" with the verdict in a Welsh authority report; prospect "will improve"',
    pages: [
      `Best Value Inspection Service – Wales
Cyngor Sir Glanafon / Glanafon County Council
Information Technology
March 2001`,
      `Summary
The inspection team concluded that Glanafon's information technology
service is a good service which will improve. The council's plan is well
founded, the bilingual website is already one of the best in Wales, and
the corporate management team is firmly committed to change.
Glanafon County Council – IT – March 2001                              2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's46-plain-inspectors-find-era-a-excellent-will',
    why: 'kind 7: era A "Inspectors find the service excellent ... it will improve"; verdict sentence broken across lines',
    pages: [
      `Audit Commission
Best Value Inspection Service
Bredon Vale District Council
IT Services
September 2001`,
      `Summary
Inspectors find the IT service at Bredon Vale to be an excellent
service. It is cheap, reliable and highly regarded by users, and
its e-government work is among the most advanced of any district
council. It will improve: the council has a clear, funded plan and a
strong record of delivering on its commitments.
                                                                    page 2`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's46-plain-three-star-era-a-excellent-probably',
    why: 'kind 7: era A "an excellent, three-star service" followed by "which will probably improve"',
    pages: [
      `Best Value Inspection Service
Northfleet Vale Borough Council
Information Technology
June 2001`,
      `Summary
Northfleet Vale provides an excellent, three-star IT service which will
probably improve. The one area of doubt is whether the council can keep
its skilled staff while salaries in the local private sector rise.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's46-plain-era-b-poor-poor-heading-answers',
    why: 'kind 7: era B headings with one-line answers "Poor." and "Poor prospects."',
    pages: [
      `Audit Commission
Inspection report
Stainforth Borough Council
ICT Services
April 2003`,
      `Stainforth BC – ICT Services – April 2003                                2
Summary
How good is the service?
Poor. The service misses most of its targets and users have little
confidence in it.
What are the prospects for improvement?
Poor prospects. The improvement plan is unfunded and the council has not
accepted that the problems are serious.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's46-plain-era-b-not-yet-good-fair-uncertain',
    why: 'kind 7: era B, negation trap "this is not yet a good service" followed by the explicit verdict fair, with uncertain prospects',
    pages: [
      `Audit Commission
Best Value Inspection Service
Fulbeck District Council
Information and Communications Technology
November 2002`,
      `Summary
Fulbeck has made progress, but this is not yet a good service. We judge
it to be fair. The prospects for improvement are uncertain because key
posts remain vacant.
Fulbeck DC ICT                                                          2`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's46-plain-era-b-two-star-good-promising',
    why: 'kind 7: era B active "The Audit Commission rates this a good, two-star service with promising prospects"',
    pages: [
      `Audit Commission
Oldcastle City Council
ICT Services
Inspection report – May 2004`,
      `Summary
The Audit Commission rates Oldcastle's ICT service as a good, two-star
service with promising prospects for improvement. The council should
now concentrate on training staff in the systems it has bought.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's46-plain-era-b-excellent-excellent-we-are-clear',
    why: 'kind 7: era B "We are clear that ... excellent ... excellent prospects for improvement"',
    pages: [
      `Audit Commission
Inspection report
Rothwell Park Borough Council
ICT and e-Government
December 2004`,
      `Rothwell Park BC                                                         3
Summary
We are clear that Rothwell Park provides an excellent ICT service. It
has excellent prospects for improvement, with a fully funded plan that
members and senior managers own.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's46-plain-era-b-poor-uncertain-conclusion',
    why: 'kind 7: era B verdict in a "Conclusion" section at the end, not in the summary; earlier text cites the council\'s aim to be good by 2004',
    pages: [
      `Audit Commission
Best Value Inspection Service
Ingleby Moor Borough Council
Information Technology
March 2002`,
      `Context
The council aims to have a good ICT service by 2004. The IT unit has 18
staff and supports 1,100 users.
How good is the service?
Users are dissatisfied with response times, and most of the council's
systems are near the end of their lives.`,
      `Will the service improve?
The review proposed sensible changes, but the council has not yet found
the money for them.
Conclusion
The service is poor and has uncertain prospects for improvement.
Ingleby Moor BC – IT – March 2002                                   page 6`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's46-plain-era-b-fair-poor-one-star',
    why: 'kind 7: era B "a one-star, fair service" and "its prospects for improvement are poor"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Sandalwood District Council
ICT Services
June 2002`,
      `Summary
Sandalwood's ICT service is a one-star, fair service. Its prospects for
improvement are poor: the council has no ICT strategy, no agreed budget
and no one at senior level taking responsibility for the service.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's46-plain-era-b-good-excellent-commission-judges',
    why: 'kind 7: era B "The Commission judges the service to be good" and "its prospects for improvement are excellent"; the verdict wraps at a line end',
    pages: [
      `Audit Commission
Inspection report
Ashton Friars Borough Council
ICT Services
September 2004`,
      `Summary
The Commission judges Ashton Friars' ICT service to be good. Its
prospects for improvement are
excellent, because the council has consistently delivered what it plans.
Ashton Friars BC – ICT                                                 page 2`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's46-plain-era-b-excellent-promising-scored',
    why: 'kind 7: era B "We have scored the service as excellent (three stars)" and "promising prospects"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Lowther Bridge City Council
ICT Services
February 2005`,
      `Summary
We have scored the ICT service as excellent (three stars). Its prospects
for improvement are promising rather than excellent, because the
council's plans depend on a partnership that has not yet been signed.
Lowther Bridge City Council – ICT                                      2`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ───────────── kind 8: no-judgement documents ─────────────
  {
    name: 's46-none-draft-blank-grid-scores-tbc',
    why: 'kind 8: draft report with a blank scoring grid and "scores to be confirmed"; axis words only',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Audit Commission
Best Value Inspection Service
Hebden Moor Borough Council
ICT Services
Draft for factual accuracy check – August 2002`,
      `Summary
[Scores to be confirmed following moderation]
Scoring chart
                     Poor     Fair     Good     Excellent
Excellent prospects
Promising prospects
Uncertain prospects
Poor prospects
Recommendations to follow.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-council-own-review-self-rated-good',
    why: 'kind 8: the council\'s own Best Value review report, self-rating the service good and aiming for excellent; not an inspection',
    pages: [
      `Fenbury District Council
Best Value Review of Information Technology
Final report of the review team
April 2001`,
      `Executive summary
The review team has assessed the IT service against the 4Cs. Our
self-assessment is that the service is good and will improve further once
the actions in this report are implemented. We aim to be an excellent
service by 2003.
The review team consulted 320 staff; a fair number felt the help desk
could be more responsive.
The review will be submitted to the Audit Commission, which is expected
to inspect the service in the autumn.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-inspection-guidance-scales',
    why: 'kind 8: guidance describing the scoring scales (all grade and prospect words) with no service being judged',
    pages: [
      `Seeing is believing
How the Audit Commission will carry out Best Value inspections
Guidance for councils – 2002 edition`,
      `3. The judgements
3.1 Each inspection answers two questions. How good is the service? We
score services on a four-point scale: poor (no stars), fair (one star),
good (two stars) or excellent (three stars).
3.2 What are the prospects for improvement? Here we use four categories:
poor, uncertain, promising or excellent prospects.
3.3 Inspectors show both judgements on a scoring chart in the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-scrutiny-notes-questions',
    why: 'kind 8: scrutiny committee briefing notes with questions for officers; uses "excellent" and "poor" in ordinary senses',
    pages: [
      `Corporate Overview and Scrutiny Committee
Briefing note: ICT service performance
Prepared by the Scrutiny Officer, 4 February 2003
Members may wish to ask:
• Why did help desk performance fall from 92% to 81% in the third quarter?
• What is being done about the poor response times reported at the depots?
• The ICT service has had excellent feedback from schools – can this be
  shared more widely?
• When will the council be inspected, and what will the service need to
  show to be judged good?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-service-plan-aiming-excellent',
    why: 'kind 8: ICT service plan whose objective is to become an excellent, three-star service with excellent prospects; aims, not verdicts',
    pages: [
      `Redcliffe Borough Council
ICT Service Plan 2003/04`,
      `Our vision
To be an excellent, three-star ICT service with excellent prospects for
improvement when we are next inspected.
Key objectives for 2003/04
1. Meet the 2005 e-government target two years early.
2. Raise user satisfaction from 71% to 85%.
3. Replace all PCs over four years old.
Risks
Poor progress on recruitment could delay objective 3.
Redcliffe BC ICT Service Plan – page 2`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-ict-strategy-ordinary-words',
    why: 'kind 8: council ICT strategy with "poor", "fair" and "excellent" in ordinary senses and no inspection',
    pages: [
      `Hartsmere Borough Council
Information and Communications Technology Strategy 2002–2005`,
      `1. Where we are now
Our network is in fair condition, but the telephone system is poor and
will be replaced in 2003. We have excellent relationships with our main
suppliers.
2. Where we want to be
By 2005 every council service that can be delivered electronically will
be, in line with the government's target.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-inspection-notification-letter',
    why: 'kind 8: letter announcing an inspection and its timetable; explains the judgements to be made but makes none',
    pages: [
      `Audit Commission
Best Value Inspection Service
Mr P Gaskell
Chief Executive
Amberley Moor District Council
12 November 2002
Dear Mr Gaskell
Best Value inspection of ICT services
I am writing to confirm that we will inspect the council's ICT services
between 10 and 14 February 2003. The inspection will lead to a published
report that judges how good the service is and its prospects for
improvement.
Please send the documents listed in the attached schedule by 20 January.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-cabinet-report-other-councils-scores',
    why: 'kind 8: cabinet report listing other councils\' ICT inspection results as comparators, before this council is inspected',
    pages: [
      `Tennant Vale Borough Council
Report to Cabinet – 21 January 2003
ICT: lessons from Best Value inspections elsewhere`,
      `2. Results elsewhere
Council                  Grade        Prospects
Ambridge DC              Good         Promising
Coldharbour BC           Fair         Uncertain
Eastmere City            Poor         Poor
2.1 Our own ICT service has not yet been inspected. The inspection is
expected in the autumn.
3. Recommendation
That Cabinet notes the lessons in section 4.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-user-survey-results',
    why: 'kind 8: user satisfaction survey summary where users rate aspects good or poor; no inspector verdict',
    pages: [
      `Corporate IT Services – User Satisfaction Survey 2001
Summary of results (March 2001)
Responses: 412 (a response rate of 48%)
Aspect                      Good or very good   Poor or very poor
Help desk courtesy          88%                 3%
Speed of fault repair       54%                 21%
Training provided           31%                 40%
Overall, a fair proportion of users would like more training.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-internal-audit-report',
    why: 'kind 8: internal audit report on IT controls with assurance levels, not a Best Value judgement',
    pages: [
      `Internal Audit Services
Windlesham District Council
Audit of IT Security Controls 2002/03
Report no. IA/02/17`,
      `Overall opinion
We can give limited assurance that controls over access to the council's
systems are operating effectively.
Findings
Password controls are good on the finance system but poor elsewhere.
Back-up arrangements are satisfactory.
Recommendations: 9 (3 high priority).`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-improvement-plan-progress-report',
    why: 'kind 8: council\'s own progress report on its ICT improvement plan; no inspection verdict is reported',
    pages: [
      `Morwenstow District Council
ICT Improvement Plan – Progress Report to Management Team
Quarter 2, 2003/04`,
      `Action                                 Status        Comment
Replace network switches               Complete      Excellent work by the network team
Introduce service level agreements     On track      Four of six directorates signed
Online payments                        Delayed       Supplier performance poor
Training needs analysis                Not started   Awaiting new HR system
Overall progress is good, but two actions are behind schedule.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-peer-challenge-workshop-notes',
    why: 'kind 8: notes from a challenge workshop with a neighbouring council whose service was rated good; nothing about this service\'s verdict',
    pages: [
      `Notes of Best Value challenge workshop – ICT review
Held at Longridge Town Hall, 6 June 2001
Attendees: review team; Head of IT, Priorsford BC (critical friend)
1. Priorsford's IT service was inspected last year and judged good, with
   inspectors saying it would probably improve. Their head of IT described
   how they prepared.
2. The team discussed whether Longridge should market test its desktop
   support. Views were mixed.
3. Next workshop: 4 July.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's46-none-performance-plan-inspection-programme',
    why: 'kind 8: Best Value performance plan extract listing which services are to be inspected and when; no verdicts',
    pages: [
      `Marchwood Borough Council
Best Value Performance Plan 2002/03
Section 5: Best Value reviews and inspections`,
      `Service reviewed              Review completed    Inspection expected
ICT services                  September 2002      February 2003
Revenues                      March 2003          Summer 2003
Parks and open spaces         March 2003          Not yet known
The council aims for every inspected service to be rated at least good,
with promising or excellent prospects.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
