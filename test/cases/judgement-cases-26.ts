/** Held-out judgement set 26, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases26: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's26-grid-eraB-spaces-asterisk-fair-promising',
    why: 'kind 1: era B grid laid out with runs of spaces; the asterisk sits under Promising on the Fair row; summary mentions "excellent working relationships", "poor morale" and an aim to become good',
    pages: [
      `Best Value Inspection Service

Information and Communications
Technology Services

Hartwell Borough Council

June 2002

Audit Commission`,
      `Summary

Hartwell Borough Council's ICT unit supports around 1,900 staff in 31 buildings and runs the
council's network, help desk and corporate applications. We found excellent working
relationships between the help desk and the schools it supports, but poor morale among network
staff after two years of unfilled vacancies. The council has set itself the aim of becoming a
good, two-star service by 2004.

Scoring chart
The inspectors' judgement is shown by the asterisk in the chart below.

                              Prospects for improvement?
                      Poor          Uncertain     Promising     Excellent
'a good service?'
Excellent
Good
Fair                                                  *
Poor

Recommendations
To rise to the challenge of continuous improvement, councils need inspection reports that offer
practical recommendations. We make the following recommendations:
- publish service standards for response and fix times;
- complete the asset register before the desktop refresh begins.

Hartwell Borough Council – ICT Services                                              page 3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's26-grid-eraA-tabs-cross-poor-unlikely',
    why: 'kind 1: era A grid extracted as tab-separated cells; the X is in the Poor row, Unlikely column; the council\'s aim "will improve to excellent" is only an aim',
    pages: [
      `Audit Commission
Best Value Inspection Service
Inspection Report

Information Technology
Bramcote District Council
April 2001`,
      `Summary
The IT section is small (14 staff) and has been run for several years without a strategy. Its
review team told us that the council wants the service to "improve to excellent within three years".

Scoring chart
\tWill the service improve?
How good is the service?\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\tX\t\t

Key: the cross marks the inspectors' judgement.

Recommendations
We recommend that the council:
- agrees an IT strategy linked to the community plan;
- sets up a user group that meets at least quarterly.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's26-grid-eraB-one-cell-per-line-tick-good-excellent',
    why: 'kind 1: era B grid extracted one cell per line with blank lines for empty cells; the tick is the fourth cell of the Good row (Excellent prospects); axis words repeat "Excellent" twice',
    pages: [
      `ICT Services
Wrenfield Metropolitan Borough Council
Best Value inspection
March 2003
Audit Commission Inspection Service`,
      `Scoring chart
The tick shows our judgement.
'a good service?'
'prospects for improvement?'
Poor
Uncertain
Promising
Excellent
Excellent




Good



✓
Fair




Poor




Summary
The ICT service is well run and its users say so. The improvement plan is costed, owned by
the corporate management team and already two-thirds delivered.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's26-grid-eraA-transposed-star-good-will',
    why: 'kind 1: era A grid with axes swapped (rows are improvement, columns are grades) and a caption saying so; the ★ is in the "Yes – will improve" row under Good',
    pages: [
      `Information Technology Services
Ashcombe County Council
Best Value Inspection Service
February 2001`,
      `Scoring chart
In this chart the rows show whether the service will improve and the columns show how good
the service is. The star marks the cell that reflects our findings.

                          Poor      Fair      Good      Excellent
Yes – will improve                             ★
Probably
Unlikely
No – will not improve

The chart reflects the evidence set out in the rest of this report. Users in social services
described some support as poor, and the schools team described the new intranet as excellent.

2`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's26-grid-eraB-transposed-tabs-dot-fair-poor',
    why: 'kind 1: era B grid, tab-separated, axes swapped (rows prospects, columns grades); the bullet dot is in the Poor prospects row, Fair column, so the row word "Poor" is the prospect, not the grade',
    pages: [
      `Audit Commission
Inspection report
ICT and e-government
Stenbury Borough Council
November 2002`,
      `Scoring chart
Vertical axis: prospects for improvement. Horizontal axis: how good is the service?

\tPoor\tFair\tGood\tExcellent
Excellent\t\t\t\t
Promising\t\t\t\t
Uncertain\t\t\t\t
Poor\t\t•\t\t

The dot shows the inspectors' judgement.

Summary
The council has made some progress with its website, but the service still lacks a plan that
anyone in the authority owns.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's26-grid-eraB-brackets-reversed-axes-excellent-promising',
    why: 'kind 1: era B grid where every cell is "[ ]" and one is "[x]"; grades listed poor-to-excellent downwards and prospects excellent-to-poor across, so position not order must be read',
    pages: [
      `Corporate ICT Service
Thornleigh City Council
Inspection Service
August 2004`,
      `Scoring chart

How good is the service?        Prospects for improvement?
                     Excellent     Promising     Uncertain     Poor
Poor                 [ ]           [ ]           [ ]           [ ]
Fair                 [ ]           [ ]           [ ]           [ ]
Good                 [ ]           [ ]           [ ]           [ ]
Excellent            [ ]           [x]           [ ]           [ ]

Summary
Thornleigh's ICT service is among the strongest we have inspected. The improvement plan is
sound, though much of it depends on a new data centre contract that has not yet been let.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's26-grid-eraA-wrapped-headers-asterisk-fair-willnot',
    why: 'kind 1: era A grid whose column headings wrap over two lines ("Will not / improve"); the asterisk sits in the Fair row under the first column; text elsewhere uses "excellent" and "poor" as ordinary words',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Melbury Borough Council
August 2001`,
      `Summary
The IT section has excellent technical staff, but poor links with the departments it serves.

Scoring chart
                      Will not        Unlikely to     Will probably   Will
                      improve         improve         improve         improve
Excellent
Good
Fair                     *
Poor

Recommendations
We recommend that the council appoint a senior officer to own the IT strategy.

Melbury Borough Council – Best Value Inspection                                     4`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or a sentence
  // ---------------------------------------------------------------------------
  {
    name: 's26-table-eraB-fair-onestar-uncertain-reasons',
    why: 'kind 2: era B judgement table; cells read "Fair – one star (of three)" and "Uncertain"; the reasons column uses good, excellent and poor about other things',
    pages: [
      `Best Value inspection report
ICT Services
Lowther District Council
March 2003`,
      `Summary of judgements

Question                     Judgement                       Reasons
How good is the service?     Fair – one star (of three)      Good help desk response times and an
                                                             excellent schools network, but poor asset
                                                             records and no agreed service standards.
What are the prospects       Uncertain                       A good improvement plan on paper; the
for improvement?                                             capacity to deliver it is not yet in place.

The rest of this report sets out the evidence behind these judgements.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's26-table-eraA-good-twostars-yes-will',
    why: 'kind 2: era A table with pipes; "Good: 2 stars of 3" and "Yes – the service will improve"; reasons column mentions "some poor documentation"',
    pages: [
      `Audit Commission – Best Value Inspection Service
Information Technology
Fenwick Borough Council
January 2001

Table 1: Inspection judgements
Question                  | Judgement                          | Main reasons
How good is the service?  | Good: 2 stars of 3                 | Reliable network; strong user support; some poor documentation
Will it improve?          | Yes – the service will improve     | Clear, funded plan owned by members and chief officers

The council asked us to comment on its plan to become an excellent service; we address this in
section 5.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's26-table-eraA-poor-nostars-willnot',
    why: 'kind 2: era A table; "Poor (no stars)" and "No, it will not improve"; the reasons cell praises staff as "good at fire-fighting" and mentions "fair progress" on Y2K',
    pages: [
      `Best Value Inspection Service
IT Support Services
Calderbank Metropolitan Borough Council
June 2001`,
      `Our judgements

How good is the service?
Poor (no stars)
Although staff are good at fire-fighting, and fair progress was made on Year 2000 work, there
is no strategy, no service standard and no record of what equipment the council owns.

Will the service improve?
No, it will not improve
The review did not question whether the service should be provided in-house and the
improvement plan has no targets, no owners and no budget.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's26-table-eraB-threestars-excellent-promising',
    why: 'kind 2: era B table with star glyphs and a sentence in the cell ("★★★ Excellent – among the best we have seen"), prospects "Promising – ..."; reasons column mentions poor performers elsewhere',
    pages: [
      `Audit Commission Inspection Service
Information and Communications Technology
Harrowgate Borough Council
December 2003`,
      `Judgements
+-----------------------------+----------------------------------------------+---------------------------------------------+
| Question                    | Our judgement                                | Why                                         |
+-----------------------------+----------------------------------------------+---------------------------------------------+
| Is it a good service?       | ★★★ Excellent – among the best we have seen | Top-quartile costs and fix times; poor      |
|                             |                                              | performers in the family group lag far      |
|                             |                                              | behind                                      |
| Prospects for improvement   | Promising – the plan is sound but relies on  | Two key staff carry much of the programme   |
|                             | two key staff                                |                                             |
+-----------------------------+----------------------------------------------+---------------------------------------------+`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's26-table-eraB-fair-star-poor-prospects',
    why: 'kind 2: era B table; the grade cell is "Fair ★ (one star)" and the prospect cell starts "Poor –" followed by a sentence; the reasons column uses good and excellent about staff and the intranet',
    pages: [
      `Inspection report
ICT services
Castleford Vale District Council
May 2002`,
      `Summary table

Judgement	Score	Reasons
How good is the service?	Fair ★ (one star)	Good front-line staff and an excellent intranet, but weak control of projects
Prospects for improvement	Poor – we see no realistic route to improvement	No costed plan; funding withdrawn in the 2002/03 budget; no senior sponsor`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's26-table-eraA-one-cell-per-line-fair-probably',
    why: 'kind 2: era A table extracted one cell per line; "Fair (one star)" and "Will probably improve – the plan is realistic"; the reasons cell reads "good user satisfaction but poor performance"',
    pages: [
      `Best Value Inspection Service
Information Technology
Pendle Moor Borough Council
July 2001`,
      `Table 2
Question
Judgement
Reasons
How good is the service?
Fair (one star)
Good user satisfaction, but poor performance on fix times and no benchmarking
Will the service improve?
Will probably improve – the plan is realistic
Targets are clear and funded, though the plan depends on recruiting a network manager`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased without a scale word
  // ---------------------------------------------------------------------------
  {
    name: 's26-paraphrase-eraA-on-balance-expect-good-probably',
    why: 'kind 3: era A; "On balance, we expect the service to get better" with a hedge about procurement — a likelihood paraphrase of "will probably improve"',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Kirkland Borough Council
March 2001`,
      `Summary
The IT service is good. It is reliable, users rate it well, and its costs compare favourably with
similar councils.

On balance, we expect the service to get better. The improvement plan is realistic and has the
backing of members, although some of its targets depend on a procurement that has not yet
started.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's26-paraphrase-eraA-confident-delivered-excellent-will',
    why: 'kind 3: era A; "We are confident that the council will deliver its improvement plan in full" — certainty paraphrase of "will improve"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information and Communications Technology
Drayton Park City Council
November 2000`,
      `How good is the service?
This is an excellent service. Every target in the council's performance plan for IT was met last
year, and users in all departments described the help desk as quick and knowledgeable.

The future
We are confident that the council will deliver its improvement plan in full. The plan is costed,
members review it each quarter, and the IT service has delivered every one of its last three
plans on time.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's26-paraphrase-eraA-doubt-capacity-poor-unlikely',
    why: 'kind 3: era A; "we doubt that the council has the capacity to deliver its improvement plan" — doubt, not certainty, so unlikely rather than will not',
    pages: [
      `Best Value Inspection Service
IT Services
Sedgefield Cross Borough Council
February 2001`,
      `Summary
We judge the IT service to be poor. Systems fail often, departments buy their own equipment, and
no one knows what the service costs.

Looking ahead, we doubt that the council has the capacity to deliver its improvement plan. Three
of the five senior IT posts are vacant, and the plan assumes a budget increase that members have
not agreed. Some gains are possible, but we think them improbable in the timescale set.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's26-paraphrase-eraA-no-sign-change-poor-willnot',
    why: 'kind 3: era A; "There is no sign that anything will change ... we see no prospect of the service getting better" — firm negation, so will not improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Ormsby District Council
July 2001`,
      `Summary
The IT service is a poor one. Users wait weeks for simple repairs and the network fails most
weeks.

There is no sign that anything will change. The Best Value review did not challenge the way the
service is provided, nobody in the authority owns the improvement plan, and the plan itself
contains no targets. We see no prospect of the service getting better.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's26-paraphrase-eraB-more-likely-than-not-fair-promising',
    why: 'kind 3: era B; "it is more likely than not that the service will make the progress the council intends" — likelihood paraphrase mapped to the era B word promising',
    pages: [
      `Inspection report
ICT Services
Alderley Heath Borough Council
April 2002
Audit Commission`,
      `Summary
The ICT service is fair. Much of the basic service works well, but projects overrun and
departments have little say in priorities.

On the evidence we saw, it is more likely than not that the service will make the progress the
council intends. The plan is sensible and funded; the main risk is that it relies on a small
project team.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's26-paraphrase-eraB-every-confidence-good-excellent',
    why: 'kind 3: era B; "We have every confidence ... no doubt that the service will continue to get better" — certainty paraphrase, so excellent prospects, with no scale word',
    pages: [
      `Audit Commission Inspection Service
Information Technology and e-Government
Brackenridge County Council
September 2003`,
      `Summary
We judge this to be a good service: two stars.

We have every confidence that the council will deliver its improvement plan. Its record over the
past two years, the strong grip of the corporate management team and the funding already set
aside leave us in no doubt that the service will continue to get better.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's26-paraphrase-eraB-not-persuaded-fair-uncertain',
    why: 'kind 3: era B; "We are not convinced the council will be able to deliver this plan ... we doubt that it will happen at the pace set out" — doubt, so uncertain',
    pages: [
      `Inspection Service
ICT
Rothwell Borough Council
January 2004`,
      `Summary
The ICT service is fair, with one star.

We are not convinced the council will be able to deliver this plan. Some improvement is
possible, but we doubt that it will happen at the pace set out, because the money for the second
year has not been identified and the project board has met only once.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's26-paraphrase-eraB-nothing-suggests-poor-poor',
    why: 'kind 3: era B; "We see nothing to suggest the service will get better ... no sign that anything will change" — firm negation, so poor prospects; the only scale word is the grade',
    pages: [
      `Audit Commission
Inspection report
Information Technology Services
Gatesby Metropolitan Borough Council
February 2005`,
      `Summary
This is a poor service that has not improved since the council's own review in 2003.

We see nothing to suggest the service will get better. The improvement plan is a list of
intentions without dates or owners, the post of head of ICT has been vacant for a year, and there
is no sign that anything will change while those gaps remain.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors', then a contrast
  // ---------------------------------------------------------------------------
  {
    name: 's26-quoted-eraB-selfassessment-good-inspectors-fair-uncertain',
    why: 'kind 4: era B; the self-assessment rated the service good with promising prospects and the head of ICT expects rapid progress; "Our evidence tells a different story": fair and uncertain',
    pages: [
      `Inspection report
ICT Services
Marden Borough Council
October 2002`,
      `Summary
In its self-assessment the council rated the ICT service as good, with promising prospects. The
head of ICT told us that he expects "rapid progress" over the next twelve months.

Our evidence tells a different story. Fix times have got worse for three years running and
departments have not been asked what they need. We judge the service to be fair (one star) and
its prospects for improvement uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's26-quoted-eraA-neighbour-good-this-poor-unlikely',
    why: 'kind 4: era A; a neighbouring council\'s IT service "was judged good and will probably improve" is quoted as a model; "However" the inspectors find this one poor and unlikely to improve',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Bramley St Giles Borough Council
March 2001`,
      `Comparison with others
Managers pointed us to Westholme District Council, whose IT service was inspected last year and
was judged good and will probably improve. They see Westholme as the model they intend to follow.

Our judgement
However, Bramley's own service is some way from that model. In our view it is a poor service, and
we think it unlikely to improve: the review made no use of comparisons and the improvement plan
has no budget.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's26-quoted-eraB-earlier-inspection-poor-now-good-promising',
    why: 'kind 4: era B; an earlier (2001, era A) inspection judged the service poor and unlikely to improve; the present inspectors now judge it good with promising prospects',
    pages: [
      `Audit Commission Inspection Service
Re-inspection: ICT Services
Hollinwood Metropolitan Borough Council
November 2003`,
      `Background
When we first inspected this service in March 2001 we judged it poor and unlikely to improve.
Since then the council has appointed a head of ICT, replaced most of its network and set up a
user board.

Summary
The service has been transformed. We now judge it to be a good service with promising prospects
for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's26-quoted-eraA-director-expects-excellent-inspectors-good-probably',
    why: 'kind 4: era A; the IT director expects the service to be excellent within a year; "We do not share that view": good, will probably improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Quenby Borough Council
May 2001`,
      `Summary
The IT director told us he expects the service to be excellent within a year, and that the
improvement plan will be finished by the end of 2001.

We do not share that view. The service is good – two stars – and it will probably improve, but
the plan is larger than the team can deliver in the time given, and some targets will slip.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's26-quoted-eraB-selfassessment-excellent-agree-grade-not-prospects',
    why: 'kind 4: era B; the inspectors agree with the self-assessment on the grade (excellent) but not on prospects: "promising, rather than excellent" — the quoted excellent prospects are not the verdict',
    pages: [
      `Inspection report
Information and Communications Technology
Ellesmere City Council
June 2004`,
      `Summary
The council's self-assessment rated the service excellent, with excellent prospects for
improvement.

We agree that this is an excellent service. We are less sure than the council about its future.
The next stage of the plan depends on a partnership with two other councils that has not yet been
agreed, so we judge that the service has promising, rather than excellent, prospects for
improvement.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's26-quoted-eraA-members-sure-inspectors-willnot',
    why: 'kind 4: era A; members are sure the service "would improve once the new network was installed"; the inspection team does not share their confidence: fair and will not improve',
    pages: [
      `Best Value Inspection Service
IT Services
Huxley Green District Council
August 2001`,
      `Summary
Members told us they were sure the service would improve once the new network was installed.

The inspection team does not share their confidence. The network is only one part of the
problem; the review looked at nothing else, and there is no plan for the skills, standards or
funding the service lacks. Our conclusion is that this is a fair service that will not improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's26-quoted-eraB-consultant-poor-inspectors-good-excellent',
    why: 'kind 4: era B; a consultant\'s review in 2001 called the service poor; "Our own findings differ": good (two stars) with excellent prospects',
    pages: [
      `Audit Commission
ICT Services
Northby Borough Council
February 2003`,
      `Summary
A review by management consultants in 2001 described the ICT service as poor and recommended
that it be outsourced. The council chose instead to rebuild the service in-house.

Our own findings differ from the consultants'. We judge the service to be good (two stars) and
its prospects for improvement excellent: the rebuilding plan is two-thirds complete, on budget,
and owned by the chief executive.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences; verdict far from subject
  // ---------------------------------------------------------------------------
  {
    name: 's26-long-eraA-dashes-poor-probably',
    why: 'kind 5: era A; the grade "poor" comes at the end of a long dash-delimited list of duties; the prospect "will probably improve" ends another long sentence of reasons',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Wendlesham City Council
December 2000`,
      `Summary
The IT service – which supports some 2,300 users across 40 sites, runs the council's payroll,
revenues and benefits systems, maintains the corporate network and, since April 2000, the new
call centre – is, in our judgement, and despite the evident commitment of front-line staff, a
poor service.

The new head of IT, appointed in September, together with the corporate IT steering group, which
now meets monthly and is chaired by the deputy leader, and the capital bid of £1.2 million
approved by the Policy Committee in October, give us reason to think that the service, for all
the weaknesses listed above, will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's26-long-eraB-brackets-excellent-excellent',
    why: 'kind 5: era B; a bracketed list of duties separates the service from "an excellent service"; a dash-delimited list separates prospects from "are excellent"',
    pages: [
      `Inspection Service
Corporate ICT
Kestrel Vale Borough Council
May 2004`,
      `Summary
Kestrel Vale's ICT service (which covers the corporate network, 3,100 desktops, the contact
centre's telephony, the geographic information system and, under a partnership agreement signed
in 2002, the ICT needs of three neighbouring district councils) is, taken as a whole and measured
both against its own demanding targets and against the best performers in its family group, an
excellent service.

The prospects for this service – given the strength of its leadership, a fully funded five-year
capital programme, staff turnover of under four per cent and a record of meeting every milestone
in its last two plans – are excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's26-long-eraB-page-break-good-uncertain',
    why: 'kind 5: era B; a long sentence about prospects is split across a page break with a running header and page number before the verdict "uncertain"',
    pages: [
      `Audit Commission
Inspection report
ICT Services
Linwood City Council
August 2002`,
      `Summary
In our view the ICT service, which despite a difficult year has kept the network running, met its
help desk targets and delivered the new payroll system on time, is a good, two-star service.

The service's prospects for improvement, taking into account the unfilled post of head of ICT,
the council's decision (taken in March and reaffirmed in June) to defer the desktop replacement
programme, and the fact that the improvement plan contains no costed actions beyond 2003, are`,
      `Linwood City Council – ICT Services – Best Value inspection                          7
uncertain. We set out the reasons in section 4.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's26-long-eraA-list-subject-fair-unlikely',
    why: 'kind 5: era A; "fair service" closes a sentence that opens with a long list of duties; "is unlikely to improve" comes after three relative clauses about the review and the plan',
    pages: [
      `Best Value Inspection Service
Information Technology
Farrowdale Borough Council
January 2001`,
      `Summary
Taken together – payroll processing for 4,000 staff, the revenues and benefits systems, the
corporate network, a help desk that logs some 1,100 calls a month and the support of 62 schools
under a service-level agreement – the services provided by the IT section amount to what we judge
to be a fair service.

The service, which the council's own review described as "fit for the future", which now has an
improvement plan running to some forty actions, and which members have named as one of their top
three priorities for the coming year, is nonetheless unlikely to improve, because none of those
actions has a budget or an owner.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's26-long-eraB-hyphenation-poor-promising',
    why: 'kind 5: era B; long sentences with words hyphenated at line ends ("ser-/vice", "prom-/ising"); grade poor, prospects promising',
    pages: [
      `Inspection report
Information Technology Services
Easterby District Council
March 2005`,
      `Summary
The IT service, which has for several years been expected by members to support the whole coun-
cil's move to electronic service delivery while its own budget was cut in each of the last three
years and its staff numbers fell from 22 to 15, is, on the evidence we gathered, a poor ser-
vice.

Its prospects, now that the council has agreed a three-year funding settlement, brought in an
experienced interim head of IT and (for the first time) asked departments to set out what they
need from the service, are prom-
ising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's26-long-eraA-nested-clauses-excellent-will',
    why: 'kind 5: era A; the grade "excellent" is reached after a long aside about awards and comparisons; the prospects sentence ends "it will improve" after a long list of reasons',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Pickering Vale County Council
June 2001`,
      `Summary
We consider that the council's ICT service – whose help desk resolves four calls in five at the
first contact, whose costs per desktop are the lowest of the sixteen county councils it compared
itself with, and whose users, in a survey of more than 900 staff, gave it the highest rating of
any council service – is excellent.

Given a plan that is costed to the last item, a chief executive who chairs the ICT board himself,
a partnership with the local college to train staff, and a track record of delivering on time, we
are in no doubt that it will improve.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's26-about-eraB-commission-press-release-good-uncertain',
    why: 'kind 6: era B Audit Commission press release reporting its own inspectors\' verdict on this ICT service (good, uncertain prospects); the notes to editors list every scale word',
    pages: [
      `AUDIT COMMISSION – NEWS RELEASE
Embargoed until 00.01 hours, 15 July 2003

ICT service at Dunmore "good" but future uncertain, says Audit Commission

Inspectors from the Audit Commission have judged Dunmore Borough Council's ICT service to be a
good, two-star service with uncertain prospects for improvement.

The inspectors praised the help desk and the council's website but found that the improvement
plan depends on funding the council has not yet agreed.

Notes to editors
1. Inspections answer two questions. How good is the service? (poor, fair, good or excellent, from
no stars to three stars). What are its prospects for improvement? (poor, uncertain, promising or
excellent).
2. The full report is available from the Commission's website.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's26-about-eraA-council-minutes-fair-unlikely',
    why: 'kind 6: era A council minutes recording the inspectors\' judgement of this IT service (fair, unlikely to improve); a councillor\'s contrary opinion is not the verdict',
    pages: [
      `CASTLEMERE BOROUGH COUNCIL
MINUTES OF THE POLICY AND RESOURCES COMMITTEE
held on 17 July 2001

47. BEST VALUE INSPECTION OF IT SERVICES
The Director of Finance presented the Audit Commission's inspection report on the council's IT
services. The inspectors had judged the IT service to be fair (one star) and unlikely to improve.

Members expressed disappointment. Councillor Harding said that in his view the service was good
and would certainly improve once the new network was in place.

RESOLVED: that the report be noted and that an action plan responding to the inspectors'
recommendations be brought to the September meeting.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's26-about-eraB-cabinet-paper-other-service-score-null',
    why: 'kind 6: era B cabinet paper preparing for an ICT inspection; it quotes the benefits service\'s score (good, promising), which is another service — no judgement of ICT',
    pages: [
      `REPORT TO CABINET
21 January 2003
Preparation for the Best Value inspection of ICT

1. Purpose
To update members on preparations for the Audit Commission's inspection of the ICT service,
which is scheduled for May 2003.

2. Background
The Commission's recent inspection of the council's Benefits service judged it good, with
promising prospects for improvement. Officers have drawn on that experience in preparing the
ICT self-assessment.

3. Recommendation
That Cabinet notes the timetable for the ICT inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-about-eraA-council-press-release-before-inspection-null',
    why: 'kind 6: era A council press release before the inspection: aims to be excellent and the IT manager says the service "will improve"; no inspection judgement exists yet',
    pages: [
      `PRESS RELEASE
Abbotsford District Council
12 February 2001

Council confident ahead of IT inspection

Abbotsford's IT service will be inspected by the Audit Commission next month. The council aims to
become an excellent, three-star service by 2003.

"We are sure the service will improve," said IT manager Jean Pollard. "Our staff are good and our
new plan is ambitious."

The inspectors' report is expected in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-about-eraB-scrutiny-minutes-good-excellent',
    why: 'kind 6: era B scrutiny minutes recording the Commission\'s inspectors\' conclusion on this ICT service (good, excellent prospects); the chair\'s hope to be excellent next time is an aim',
    pages: [
      `Wyndham Borough Council
Corporate Scrutiny Committee
Minutes – 6 April 2004

Item 5: Audit Commission inspection of ICT services
The committee received the Audit Commission's report on the ICT service. Inspectors concluded that
the service was good (two stars) and had excellent prospects for improvement.

The chair thanked staff and said she hoped the service would be rated excellent when it was next
inspected.

Agreed: to monitor the improvement plan quarterly.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's26-about-eraB-benchmark-paper-neighbours-null',
    why: 'kind 6: era B committee paper listing neighbouring councils\' ICT inspection scores; this council has not been inspected, so no judgement of its service',
    pages: [
      `Report to Resources Overview Committee
September 2002
ICT inspection outcomes in neighbouring authorities

Our ICT service has not yet been inspected. The table shows how the Audit Commission has scored
the ICT services of our neighbours.

Council            How good        Prospects
Marlow Heath       Fair            Promising
Ingleby            Good            Uncertain
Stoke Barton       Poor            Poor

Officers believe that our own service would compare well with these.`,
    ],
    expect: { grade: null, prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements, many sentence forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's26-plain-eraA-passive-good-will',
    why: 'kind 7: era A passive voice: "The service is judged to be good" and "It is judged that the service will improve"',
    pages: [
      `Best Value Inspection Service
Information Technology Services
Bexton Borough Council
October 2000`,
      `Summary
The service is judged to be good. It is judged that the service will improve.

The reasons for these judgements are given in sections 3 and 4.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's26-plain-eraA-we-judge-poor-willnot',
    why: 'kind 7: era A active "We judge ... a poor service that will not improve"',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT Services
Norland Cross District Council
March 2001`,
      `Summary
We judge the council's IT service to be a poor service that will not improve without a change of
direction the council has so far been unwilling to make.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's26-plain-eraA-our-judgement-is-fair-probably',
    why: 'kind 7: era A "Our judgement is that ..." form; fair, will probably improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Tarnside Borough Council
June 2001`,
      `Summary
Our judgement is that Tarnside's IT service is fair and will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's26-plain-eraA-headings-excellent-yes',
    why: 'kind 7: era A under headings "How good is the service?" / "Will the service improve?", answered "Excellent." and "Yes."',
    pages: [
      `Best Value Inspection Service
Information and Communications Technology
Oakhurst City Council
December 2000`,
      `How good is the service?
Excellent. The service meets or exceeds all its targets and is cheaper than most comparable
councils.

Will the service improve?
Yes. The improvement plan is realistic, funded and already under way.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's26-plain-eraA-inspection-team-found-poor-unlikely',
    why: 'kind 7: era A "The inspection team found a poor service ... it is unlikely to improve"',
    pages: [
      `Best Value Inspection Service
IT Support
Skelby District Council
February 2001`,
      `Summary
The inspection team found a poor service. In its present form it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's26-plain-eraA-in-our-view-hyphen-fair-willnot',
    why: 'kind 7: era A "In our view" with the prospect split and hyphenated across a line ("im-/prove"); fair, will not improve',
    pages: [
      `Best Value Inspection Service
Information Technology
Riverside Vale Borough Council
August 2001`,
      `Summary
In our view the IT service is a fair one-star service. It will not im-
prove unless the council gives it a strategy and the money to deliver one.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's26-plain-eraA-semicolon-good-unlikely',
    why: 'kind 7: era A terse inspectors\' sentence: "a good service; it is, however, unlikely to improve"',
    pages: [
      `Audit Commission – Best Value Inspection Service
Information Technology
Ludworth Borough Council
April 2001`,
      `Summary
The inspectors consider this to be a good service; it is, however, unlikely to improve, as the
council has cut the IT budget by a fifth for 2001/02.`,
    ],
    expect: { grade: 'good', prospect: 'unlikely' },
  },
  {
    name: 's26-plain-eraA-excellent-probably',
    why: 'kind 7: era A "This report finds ... excellent ... will probably improve"',
    pages: [
      `Best Value Inspection Service
ICT Services
Grantley County Council
July 2001`,
      `Summary
This report finds that Grantley's ICT service is excellent. The service will probably improve
further, though the pace of change may slow while the new finance system is installed.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's26-plain-eraB-we-judge-good-promising',
    why: 'kind 7: era B "We judge ... a good, two-star service that has promising prospects for improvement"',
    pages: [
      `Inspection report
ICT Services
Holbeck Borough Council
January 2002`,
      `Summary
We judge that Holbeck Borough Council is providing a good, two-star ICT service that has
promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's26-plain-eraB-our-judgement-poor-poor',
    why: 'kind 7: era B "Our judgement is that this is a poor service with poor prospects for improvement"; both poors are verdicts',
    pages: [
      `Audit Commission
Inspection report
Information Technology Services
Crossgate Metropolitan Borough Council
June 2003`,
      `Summary
Our judgement is that this is a poor service with poor prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's26-plain-eraB-headings-fair-uncertain',
    why: 'kind 7: era B headings "How good is the service?" / "What are the prospects for improvement?" with answers fair and uncertain',
    pages: [
      `Inspection Service
ICT
Ashwell District Council
November 2002`,
      `How good is the service?
The service is fair. It has one star.

What are the prospects for improvement?
The prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's26-plain-eraB-passive-excellent-excellent',
    why: 'kind 7: era B passive "The service has been assessed as excellent ... its prospects are judged excellent"',
    pages: [
      `Inspection report
Corporate ICT
Harrington City Council
March 2004`,
      `Summary
The service has been assessed by the inspection team as excellent, a three-star service. Its
prospects for improvement are judged to be excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's26-plain-eraB-page-break-poor-uncertain',
    why: 'kind 7: era B; grade sentence plain, prospect sentence split by a page break with running header and page number',
    pages: [
      `Audit Commission
ICT Services
Bellingdon Borough Council
October 2003`,
      `Summary
The inspectors found a poor service. Users told us that the help desk rarely calls back and that
projects are started and dropped without warning. The service's prospects for improvement are`,
      `Bellingdon Borough Council ICT – Inspection report                                     3
uncertain: a new plan has been written, but it is not yet funded.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's26-plain-eraB-commission-fair-poor',
    why: 'kind 7: era B "The Commission rates the service fair" and "we judge its prospects poor"',
    pages: [
      `Inspection report
Information Technology
Pemberton Vale District Council
September 2004`,
      `Summary
The Commission rates the IT service as fair (one star). Because the council has no agreed plan and
has lost its two most senior IT staff, we judge the prospects for improvement to be poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's26-plain-eraB-this-report-good-excellent',
    why: 'kind 7: era B "This is a good service ... with excellent prospects"',
    pages: [
      `Audit Commission Inspection Service
ICT and Customer Access
Morwick Borough Council
February 2005`,
      `Summary
This is a good service. It has two stars and excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's26-plain-eraB-hyphen-excellent-promising',
    why: 'kind 7: era B; the grade word hyphenated at a line end ("excel-/lent") and the prospect given plainly as promising',
    pages: [
      `Inspection report
ICT Services
Falconbridge County Council
July 2002`,
      `Summary
We have concluded that Falconbridge County Council provides an excel-
lent ICT service, and that its prospects for improvement are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: no-judgement documents
  // ---------------------------------------------------------------------------
  {
    name: 's26-none-draft-blank-grid-eraB',
    why: 'kind 8: era B draft report with an unmarked scoring grid and "scores to be confirmed"; axis words list every grade and prospect',
    pages: [
      `DRAFT – NOT FOR PUBLICATION
Inspection report
ICT Services
Kingsmead Borough Council
April 2003`,
      `Scoring chart
Scores to be confirmed following moderation.

                              Prospects for improvement?
                      Poor          Uncertain     Promising     Excellent
'a good service?'
Excellent
Good
Fair
Poor

Summary
[Summary text to follow once the judgements are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-council-own-review-eraA',
    why: 'kind 8: era A council\'s own Best Value review; its self-assessment calls the service good and says it will improve — not an inspection judgement',
    pages: [
      `Bramwell District Council
Best Value Review of Information Technology
Final report of the review team
January 2001`,
      `Conclusions of the review
The review team considers that the IT service is a good one and that, with the actions in this
report, it will improve. Our self-assessment against the Audit Commission's criteria would place
it at two stars.

Next steps
The review will be submitted to the Best Value Inspection Service, who will inspect the service in
the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-scoring-guidance-eraB',
    why: 'kind 8: guidance note explaining the scoring scales; every grade and prospect word appears in definitions but nothing is judged',
    pages: [
      `Inspection guidance note 4
How services are scored
Issued 2002

Inspectors answer two questions.

How good is the service?
Excellent – three stars. Good – two stars. Fair – one star. Poor – no stars.

What are the prospects for improvement?
Excellent – the service will improve. Promising – the service will probably improve.
Uncertain – improvement is unlikely. Poor – the service will not improve.

Until September 2001 the second question was "Will the service improve?", answered yes,
probably, unlikely or no.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-scrutiny-notes-eraB',
    why: 'kind 8: scrutiny panel notes on the ICT service with ordinary uses of "poor", "good", "fair" and "excellent"; no inspection has taken place',
    pages: [
      `Overview and Scrutiny Panel (Resources)
Notes of informal meeting – 3 December 2002
Subject: ICT help desk

Members raised concerns about poor response times at outlying offices. The head of ICT said a fair
proportion of calls came from a small number of users and that the new call-logging system had
made a good start. Members praised the excellent work of the schools support team.

Actions: officers to report back on response times in March.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-service-plan-aims-excellent-eraB',
    why: 'kind 8: ICT service plan aiming to be "an excellent, three-star service" with "excellent prospects" — ambitions, not judgements',
    pages: [
      `Rowanfield Borough Council
ICT Service Plan 2002–2005`,
      `Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects for
improvement, and to deliver all council services electronically.

Targets
- 95% of help desk calls resolved within agreed times by March 2003
- all desktops replaced on a four-year cycle
- customer satisfaction rated good or better by 90% of users`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-draft-eraA-tbc',
    why: 'kind 8: era A draft with both judgements left "[to be confirmed]"',
    pages: [
      `Best Value Inspection Service
DRAFT FOR FACTUAL ACCURACY CHECK
Information Technology Services
Elmbridge Vale Borough Council
May 2001`,
      `How good is the service?
[Judgement to be confirmed following moderation.]

Will the service improve?
[To be confirmed.]

Please send comments on factual accuracy to the lead inspector within ten working days.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-it-strategy-document',
    why: 'kind 8: the council\'s IT strategy with e-government targets, "poor morale" and "excellent" aspirations; no inspection content',
    pages: [
      `Harbury City Council
Information and Communications Technology Strategy 2001–2004
Approved by the Executive, November 2001`,
      `1. Where we are now
Staff surveys show poor morale in the ICT unit, and the network is near the end of its life.

2. Where we want to be
An excellent, customer-focused service, with all key services available electronically by 2005,
in line with the government's targets.

3. How we will get there
A phased investment programme, a new help desk and a training plan for all staff.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-scoping-letter-eraA',
    why: 'kind 8: era A inspection scoping letter setting out the terms of reference; it explains what will be judged but judges nothing',
    pages: [
      `Best Value Inspection Service
Letter to the Chief Executive
Dunstable Heath District Council
March 2001

Dear Chief Executive

Inspection of Information Technology services

Further to our meeting, I confirm that the inspection will take place from 23 April. We will
answer two questions: how good is the service, and will it improve? We will look at the Best Value
review, the improvement plan and the council's capacity to deliver it.

Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-internal-audit-report',
    why: 'kind 8: internal audit report on IT asset management giving its own "fair" assurance level and "good" controls — not a Best Value inspection judgement',
    pages: [
      `Internal Audit Section
Report on IT Asset Management
Glenmoor Borough Council
July 2002`,
      `Overall opinion
Controls over the purchase of equipment are good. Controls over disposal are poor. Our overall
level of assurance is fair.

Recommendations
1. The asset register should be reconciled to the finance ledger quarterly.
2. Disposals should be authorised by the ICT manager.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-bvpp-extract-eraA',
    why: 'kind 8: Best Value Performance Plan extract with targets and a timetable of future inspections; mentions "will improve" as a commitment',
    pages: [
      `Best Value Performance Plan 2000/01
Ladbrook Borough Council
Section 6: Information Technology`,
      `Performance in 1999/2000
Help desk calls resolved within target: 82% (target 85%).
Network availability: 98.6% (target 99%).

Our commitment
The council is committed to a service that will improve year on year. The IT service will be
reviewed in 2000/01 and inspected by the Audit Commission in 2001/02.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-self-assessment-submission-eraB',
    why: 'kind 8: the council\'s self-assessment submitted before inspection: "we believe the service is good and its prospects promising" — the council\'s claim only',
    pages: [
      `Self-assessment for the Audit Commission inspection of ICT
Thurlstone Metropolitan Borough Council
Submitted February 2004`,
      `Our assessment
We believe the ICT service is good, and that its prospects for improvement are promising. Our
evidence for this is set out in the attached portfolio.

Areas we know we need to develop
- benchmarking our costs against other councils
- consulting residents on the website`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-user-survey-results',
    why: 'kind 8: user satisfaction survey results for the help desk ("82% rated the service good or excellent") — users\' ratings, not an inspection judgement',
    pages: [
      `ICT Help Desk – Annual User Survey 2003
Carnforth District Council`,
      `Results
Responses: 412 (38% of staff)

Overall rating of the help desk
Excellent   31%
Good        51%
Fair        13%
Poor         5%

82% rated the service good or excellent, up from 74% last year. We expect further improvement once
the new self-service portal is launched.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's26-none-blank-grid-eraA-awaiting-marks',
    why: 'kind 8: era A draft with the grid present but unmarked and a note that inspectors will mark it after the challenge session',
    pages: [
      `Best Value Inspection Service
Information Technology
Westerleigh Borough Council
DRAFT – June 2001`,
      `Scoring chart
The inspectors will mark the chart after the challenge session on 2 July.

\tWill the service improve?
How good is the service?\tNo\tUnlikely\tProbably\tYes
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t`,
    ],
    expect: { grade: null, prospect: null },
  },
];
