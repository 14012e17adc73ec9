/** Held-out judgement set 57, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases57: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell's row and column carry both
  //    judgements; the axis labels list every grade and every prospect.
  // ---------------------------------------------------------------------------
  {
    name: 's57-grid-tabs-x-fair-promising',
    why: 'Grid (era B): tab-separated cells, grade down the side, prospects along the bottom, marked with X in the fair row under "promising"; an aim to be "excellent" sits just above the chart.',
    pages: [
`Best Value Inspection Service
Information and Communications Technology
Ashworth Borough Council
March 2003
Audit Commission`,
`Ashworth Borough Council – ICT Inspection\t\t\t6
Scoring chart
The council describes its own ambition as "an excellent ICT service by 2005". The chart below records
where we place the service today.
'How good is the service?'
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\tX\t
poor\t\t\t\t
\tpoor\tuncertain\tpromising\texcellent
'What are the prospects for improvement?'
Paragraphs 14 to 58 set out the evidence behind this chart.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's57-grid-spaces-asterisk-wrapped-era-a',
    why: 'Grid (era A, June 2001): space-aligned columns whose labels wrap over three lines ("Will / probably / improve"); a lone asterisk in the Good row sits under the third column.',
    pages: [
`Kesteven Vale District Council
IT Services
Best Value Inspection
June 2001`,
`Scoring chart
The chart summarises the two judgements reached by the inspection team.
                            'Will the service improve?'
             No, it will  Unlikely     Will         Yes, it will
             not          to           probably     improve
             improve      improve      improve
Excellent
Good                                     *
Fair
Poor
'How good is the service?'
Kesteven Vale DC – IT Services                                   page 4`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's57-grid-swapped-axes-checkmark',
    why: 'Grid (era B): axes swapped (grades across the top, prospects down the side), a caption says so; a check mark in the "Excellent prospects" row under the Good column. The word excellent appears on both axes.',
    pages: [
`Customer Services and ICT
Merrow Hythe Borough Council
Inspection report – September 2004`,
`Scoring chart
Note: in this chart the grade for the service reads across the top and the prospects for improvement
read down the side. The marked cell shows our judgement.
\tPoor\tFair\tGood\tExcellent
\t(no stars)\t(one star)\t(two stars)\t(three stars)
Excellent prospects\t\t\t✓\t
Promising prospects\t\t\t\t
Uncertain prospects\t\t\t\t
Poor prospects\t\t\t\t
Merrow Hythe BC | Customer Services and ICT\t\t\t\t5`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's57-grid-root-tick-era-a-other-service',
    why: 'Grid (era A, February 2001): tick extracted as "√" in the Poor row under "Unlikely to improve"; column labels wrap over two tab rows; another service\'s earlier "good" rating is mentioned on the same page.',
    pages: [
`FENMARSH DISTRICT COUNCIL
Information Technology
Best Value inspection report
February 2001`,
`Summary
Fenmarsh's housing benefit service, inspected last year, was judged good. This report concerns the
council's in-house information technology unit only.
How good is the service?
\tWill not\tUnlikely to\tWill probably\tWill
\timprove\timprove\timprove\timprove
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t√\t\t
\tWill the service improve?
Best Value Inspection Service\t\t\t\t3`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's57-grid-dot-star-glyphs-target-below',
    why: 'Grid (era B): space-aligned with star glyphs beside the grade labels, a filled dot in the Poor row under "Uncertain"; a council target of "good with excellent prospects" follows the chart.',
    pages: [
`Stannington Metropolitan Borough Council
Information and Communication Technology
Best Value Inspection – December 2002`,
`2. Scoring chart
                    Prospects for improvement
                    Poor      Uncertain   Promising   Excellent
Excellent  ★★★
Good       ★★
Fair       ★
Poor                            ●
How good is the service?
The marked cell shows the inspectors' judgement.
The council's improvement plan sets the target of being "a good service with excellent prospects" by the
end of 2004 (action 1.1).
Stannington MBC – ICT                                                        8`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's57-grid-grades-as-columns-x-era-a',
    why: 'Grid (era A, July 2001, Wales): grades run as columns and prospects as rows, space-aligned, bilingual caption; the X sits in the "Will improve" row under Fair.',
    pages: [
`Cyngor Bwrdeistref Sirol Caerwen
Caerwen County Borough Council
Information Services
Best Value Inspection – July 2001`,
`Siart sgorio / Scoring chart
                          How good is the service?
                          Poor     Fair     Good     Excellent
Will improve                        X
Will probably improve
Unlikely to improve
Will not improve
Will the service improve?
The chart above gives the inspectors' two judgements in a single mark.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's57-grid-legend-asterisk-ordinary-words',
    why: 'Grid (era B): tab cells with a legend "* = the inspection team\'s judgement"; the page also uses "poor" and "excellent" as ordinary words about morale and relationships.',
    pages: [
`London Borough of Coldharbour
IT and Digital Services
Best Value Inspection
May 2003`,
`Morale in the network team is poor after two restructures, although relations with schools are excellent.
Scoring chart
* = the inspection team's judgement
\tpoor prospects\tuncertain prospects\tpromising prospects\texcellent prospects
excellent ★★★\t\t\t\t
good ★★\t\t\t*\t
fair ★\t\t\t\t
poor\t\t\t\t
London Borough of Coldharbour – IT and Digital Services\t\t\t7`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-grid-wrapped-row-labels-lowercase-x',
    why: 'Grid (era B): row labels wrap onto a second line ("poor" / "no stars"), the lowercase x lands on the "no stars" line in the first column (poor prospects); column labels also wrap.',
    pages: [
`Radcliffe Moor Metropolitan Borough Council
Information Management and Technology
June 2002`,
`Scoring chart
\tPoor\tUncertain\tPromising\tExcellent
\tprospects\tprospects\tprospects\tprospects
excellent\t\t\t\t
three stars\t\t\t\t
good\t\t\t\t
two stars\t\t\t\t
fair\t\t\t\t
one star\t\t\t\t
poor\t\t\t\t
no stars\tx\t\t\t
Radcliffe Moor MBC – IM&T inspection\t\t\t\t4`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells that mix the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ---------------------------------------------------------------------------
  {
    name: 's57-cell-fair-one-of-three-reasons',
    why: 'Table (era B): judgement cells read "Fair – one star out of three" and "Promising – the plan is costed and owned"; the reasons column says "excellent, friendly help desk" and "poor asset records".',
    pages: [
`Holbeck and Dale District Council
ICT Services – inspection report, November 2002`,
`Table 1: Our judgements
Question\tJudgement\tMain reasons
How good is the service?\tFair – one star out of\tUsers value an excellent, friendly help desk, but the network is
\tthree\tunreliable and poor asset records mean nobody knows what
\t\tequipment the council owns.
What are the prospects for\tPromising – the plan is\tA new head of ICT has made a good start and poor performance is
improvement?\tcosted and owned\tnow reported to members every month.
Holbeck and Dale DC\t\t3`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's57-cell-no-will-not-era-a',
    why: 'Table (era A, April 2001): cells "Poor: 0 stars" and "No, it will not improve" wrapped over two lines in space-aligned columns; the reasons mention "Good staff are leaving".',
    pages: [
`Thurlby Borough Council
Computer Services
Best Value Inspection Service – April 2001`,
`Summary of judgements
                                  Judgement             Reasons
How good is the service?          Poor: 0 stars         Unreliable systems, long waits for repairs,
                                                        no service standards.
Will the service improve?         No, it will not       The review was superficial and the plan has
                                  improve               no targets. Good staff are leaving.
Thurlby BC – Computer Services                                            2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's57-cell-bracketed-star-last-month-era-a',
    why: 'Table (era A, September 2001, last month of the old vocabulary): "Fair (one star)" and "Will probably improve – but only if the capital bid succeeds"; reasons quote an old audit calling controls poor and now good.',
    pages: [
`Elmsbury District Council
Information Technology
Inspection report, September 2001`,
`Judgements at a glance
Judgement\tScore\tWhat lies behind it
Current service\tFair (one star)\tThe 1999 internal audit called IT controls poor; most are now good, but
\t\tdesktop support is slow.
Will it improve?\tWill probably improve – but\tThe plan is sound; the capital bid goes to council in
\tonly if the capital bid succeeds\tNovember.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's57-cell-two-of-three-uncertain-first-month-era-b',
    why: 'Table (era B, October 2001, first month of the new vocabulary): "Good: 2 stars of 3" beside "Uncertain: funding beyond March 2003 not secured"; reasons quote users calling the help desk "excellent".',
    pages: [
`Medbourne District Council
ICT
Best Value Inspection – October 2001`,
`Our judgements
Judgement                    Score                              Reasons
Quality of the service       Good: 2 stars of 3                 Users called the help desk "excellent"; the
                                                                network is resilient.
Prospects for improvement    Uncertain: funding beyond March    Only the first year of the plan is paid for.
                             2003 not secured
Medbourne DC – ICT                                                        9`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's57-cell-reinspection-previous-column',
    why: 'Table (era B re-inspection, January 2004): a column for the May 2001 inspection ("Poor – no stars", "Unlikely to improve") beside the current column ("Good ★★", "Excellent prospects – …"); only the current column is this report\'s verdict.',
    pages: [
`Quarrington Borough Council
ICT – re-inspection
January 2004`,
`Then and now
\tFirst inspection (May 2001)\tRe-inspection (January 2004)
How good is the service?\tPoor – no stars\tGood ★★ (two stars)
Will it improve? / Prospects\tUnlikely to improve\tExcellent prospects – the council has delivered
\t\twhat it promised and has a funded plan
Comment\tA poor service with weak leadership\tMarked progress; an excellent help desk
Quarrington BC\t\t3`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's57-cell-star-glyph-fair-uncertain-see-paras',
    why: 'Table (era B, March 2005): grade cell is a star glyph with "(fair)" in brackets; prospect cell "uncertain — see paragraphs 60-72" wraps; the evidence column says telephone answering is poor.',
    pages: [
`Tollerton District Council
ICT and Customer Contact
March 2005`,
`Judgement            Score                      Evidence
Current service      ★ (fair)                   Telephone answering is poor at peak times; the web
                                                site is good.
Prospects            uncertain — see            A budget gap of £600,000 in 2006/07 has no
                     paragraphs 60-72           agreed solution.
Tollerton DC – ICT and Customer Contact                                  4`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief or negation, with no word
  //    from either prospect scale.
  // ---------------------------------------------------------------------------
  {
    name: 's57-para-more-likely-than-not-era-a',
    why: 'Paraphrase (era A, March 2001): "more likely than not that users will see the service get better" means will probably improve; no scale words used.',
    pages: [
`Langtoft District Council – Information Technology – Best Value Inspection, March 2001`,
`Summary
The IT service is a fair, one-star service. Day-to-day support is reliable, but the council has little idea
what its systems cost or whether they meet departments' needs.
Weighing the new strategy against the council's record of letting plans drift, we think it more likely than
not that users will see the service get better over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's57-para-real-doubts-era-b',
    why: 'Paraphrase (era B): "real doubts whether the council can find the people or the money to carry its plan through" is the doubt-about-capacity form, i.e. uncertain; the grade is stated plainly as poor.',
    pages: [
`Wyreside Borough Council
Information and Communications Technology
June 2003`,
`Summary
We judge the ICT service to be poor. Faults take days to fix, there is no disaster recovery plan and the
council's main systems run on hardware its supplier no longer supports.
We have real doubts whether the council can find the people or the money to carry its ICT plan through,
and we cannot say with confidence that things will get better for users.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's57-para-no-doubt-deliver-plan',
    why: 'Paraphrase (era B): "We have no doubt that the council will deliver its improvement plan" – a negated doubt meaning certainty, i.e. excellent prospects; the tool must read the negation\'s scope.',
    pages: [
`Bramhope Metropolitan Borough Council
ICT Services
February 2004`,
`Is the service good?
In our view Bramhope's ICT service is good. It is reliable, its costs are in line with similar councils and
its users speak well of it.
Will it get better?
We have no doubt that the council will deliver its improvement plan: the actions are funded, each has a
named owner, and half of them were already complete when we visited.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's57-para-no-sign-of-change-era-a',
    why: 'Paraphrase (era A, May 2001): "no sign that anything will be different a year from now" and "nothing we saw suggests" – the will-not-improve reading, with no scale words.',
    pages: [
`Saltmarsh District Council
IT Support Services
Best Value Inspection Service – May 2001`,
`Our judgements
This is a poor service. Users told us they have given up reporting faults because nothing happens.
Nothing we saw suggests that the IT section intends to change the way it works, and the review offered no
alternatives. There is no sign that anything will be different a year from now.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's57-para-can-but-not-persuaded',
    why: 'Paraphrase (era B): "It is not that the service cannot get better – it plainly can – but we are not persuaded …" – two negations; the second carries the verdict (uncertain).',
    pages: [
`Penrhos County Borough Council
Information and Communications Technology
November 2002`,
`Summary
We consider the ICT service to be fair. Its help desk is well run but its project work is late and over
budget.
It is not that the service cannot get better – it plainly can – but we are not persuaded that the council
has the grip needed to make it happen. Two previous plans were dropped within a year.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's57-para-not-confident-era-a',
    why: 'Paraphrase (era A, August 2001): "We are not confident that the council will deliver the improvement plan" means unlikely to improve.',
    pages: [
`Ravensby Borough Council – Information Technology
Inspection report – August 2001`,
`How good is the service?
Overall the IT service is fair.
Will the service improve?
The improvement plan is long on intentions and short on dates. We are not confident that the council will
deliver the improvement plan, given that the post of IT manager has been vacant since February and no
money has been set aside for the actions it contains.
Ravensby BC                                                                 11`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's57-para-on-balance-headway',
    why: 'Paraphrase (era B): "On balance we expect the service to make real headway, although the risks … are significant" – hedged expectation of progress, i.e. promising.',
    pages: [
`Sedgewick Fells District Council
ICT
April 2003`,
`Summary
This is a good service. Users are well supported and costs are low.
On balance we expect the service to make real headway over the next two years, although the risks
around the replacement finance system are significant and will need close watching.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-para-confident-turn-round-era-a',
    why: 'Paraphrase (era A, January 2001): "We are confident that the council will turn the service round within the life of its plan" – certainty, i.e. will improve, without the scale words.',
    pages: [
`Northolme Borough Council
Information Technology
Best Value Inspection – January 2001`,
`Summary
The IT service is fair. It has been held back by years of low spending and a fragmented structure.
We are confident that the council will turn the service round within the life of its plan: the money is in
the budget, a new manager with a strong record has been appointed and members are watching progress.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's57-para-nothing-to-suggest-better',
    why: 'Paraphrase (era B, September 2005): "We see nothing to suggest the service will be any better in two years\' time" – poor prospects expressed as negated expectation.',
    pages: [
`Dunmere District Council
ICT Services
September 2005`,
`Summary
We judge Dunmere's ICT service to be poor.
We see nothing to suggest the service will be any better in two years' time than it is today. The review
did not question how the service is provided and the council has rejected every option for change.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' own, usually followed by a
  //    contrast giving the inspectors' view.
  // ---------------------------------------------------------------------------
  {
    name: 's57-quote-self-assessment-overturned',
    why: 'Quoted view (era B): the self-assessment placed the service at two stars with excellent prospects; "We do not share that view" then gives the inspectors\' fair / poor prospects.',
    pages: [
`Oxley Green Borough Council
ICT
July 2002`,
`Summary
The council's self-assessment, sent to us before our visit, put the ICT service at two stars and described
its prospects as excellent. We do not share that view. On the evidence we gathered, the service is fair,
and because the council has neither funded nor timetabled its plan, we regard the prospects for
improvement as poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's57-quote-manager-expectation-era-a',
    why: 'Quoted view (era A, June 2001): the head of IT expects an "excellent" service within eighteen months; "However, the inspection team found" leads to poor / unlikely to improve.',
    pages: [
`Kingsholm District Council
IT Services
Best Value Inspection – June 2001`,
`Summary
The head of IT told us that he expected the service to be "excellent within eighteen months" and that
"everything is in hand". However, the inspection team found a service that misses most of its own
targets, has no costed plan and is losing staff. We consider that the service is poor and that it is
unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's57-quote-neighbour-three-stars',
    why: 'Quoted view (era B): a neighbouring council\'s ICT was rated excellent with excellent prospects and is used as a benchmark; this council\'s own verdict is good / promising.',
    pages: [
`Brackenfield Borough Council
Information and Communications Technology
March 2004`,
`Context
Brackenfield has modelled much of its ICT strategy on neighbouring Castlebridge, whose ICT service the
Commission rated excellent, with excellent prospects, in 2003.
Summary
Brackenfield is not yet at Castlebridge's level. We rate its ICT service as good, and its prospects for
improvement as promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-quote-earlier-inspection-era-a-words',
    why: 'Quoted view (era B re-inspection, November 2003): the April 2001 inspection found "a poor service that would not improve" (old vocabulary); the current verdict is fair / promising.',
    pages: [
`Thurlby Borough Council
Computer Services – re-inspection
November 2003`,
`Summary
When we first inspected Computer Services in April 2001 we found a poor service that, in our view then,
would not improve. Much has changed since. A new head of service, a funded three-year plan and a
help desk that now meets its targets have lifted the service: it is now a fair, one-star service, and its
prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's57-quote-council-aim-era-a',
    why: 'Quoted view (era A, July 2001): the council\'s aim to be "an excellent, three-star IT service by 2003" and its claim "we will improve" precede the inspectors\' fair / will probably improve.',
    pages: [
`Hexworth County Council
Information Technology
Best Value Inspection – July 2001`,
`Summary
The council's stated aim is to run "an excellent, three-star IT service by 2003", and its review concludes
simply that "we will improve". The inspectors consider, however, that the service is currently fair and
that it will probably improve, provided the county keeps to the timetable in its plan.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's57-quote-member-excellent-users-disagree',
    why: 'Quoted view (era B): the executive member calls the service "excellent by any standard"; users and inspectors disagree, and the inspectors judge it poor with promising prospects.',
    pages: [
`Westerleigh District Council
ICT
October 2002`,
`Summary
The executive member for resources described the ICT service to us as "excellent by any standard". The
users we met did not agree, and nor do we. Our judgement is that this is a poor service.
There is better news about the future. The new ICT strategy is sound and funded, and we consider the
prospects for improvement promising.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's57-quote-review-good-and-getting-better',
    why: 'Quoted view (era B): the review team called the service "good and getting better"; the inspectors reject the first half (fair) and agree with the second (excellent prospects).',
    pages: [
`Carnforth Bay Borough Council
ICT Services
August 2003`,
`Summary
The council's own review concluded that ICT was "good and getting better". We disagree with the first
half of that statement: in our view the service is fair, with too many basic faults still left unresolved.
We agree with the second half. The council's plan is funded, realistic and well under way, and we judge
its prospects for improvement to be excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's57-quote-self-assessment-agree-in-part',
    why: 'Quoted view (era B): self-assessment said fair with promising prospects; the inspectors agree about the grade but not the prospects, which they judge uncertain.',
    pages: [
`Ormskirk Vale District Council
Information and Communications Technology
May 2004`,
`Summary
In its self-assessment the council judged its ICT service to be fair with promising prospects. We agree
with the first of these judgements but not the second. The service is fair; but with the ICT manager's post
vacant and no money yet found for the network upgrade, its prospects for improvement are, in our view,
uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject.
  // ---------------------------------------------------------------------------
  {
    name: 's57-long-dashes-list-of-duties',
    why: 'Long sentence (era B): a list of the service\'s duties between dashes separates "The council\'s ICT service" from "good"; the prospect sentence puts a bracketed aside before "promising".',
    pages: [
`Tamesford Borough Council
ICT – Best Value Inspection
August 2002`,
`Summary
The council's ICT service – which runs the corporate network, supports some 2,300 users at 41 sites,
manages the telephone system, the web site and the geographical information system, and since April
has also looked after the schools' administrative network under a service level agreement – is, in our
judgement and despite some excellent individual projects being held back by poor procurement, a good
service. Its prospects for improvement, given the new head of service, a funded three-year plan (which
the cabinet approved in June and which, unusually, names an owner for each of its 46 actions) and the
early results we saw, are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-long-brackets-hyphen-era-a',
    why: 'Long sentence (era A, December 2000): bracketed aside and "excellent" in between, grade hyphenated across a line ("poor ser-/vice"); prospect sentence "We think it unlikely – … – that the service will improve" contains the literal "will improve" but means unlikely.',
    pages: [
`Wolds and Marsh District Council
Information Technology
Best Value Inspection – December 2000`,
`Summary
The IT service (which, as paragraph 3 explains, comprises the computer operations team, the
development unit, the help desk and – since the 1999 restructure – the print room) is, taken as a
whole and notwithstanding the excellent work of several individual staff, a poor ser-
vice. We think it unlikely – for the reasons set out in paragraphs 60 to 75, chief among them the absence
of any costed plan, the departure of the two most experienced analysts and the council's decision to defer
the network upgrade for a second year – that the service will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's57-long-split-across-page-break',
    why: 'Long sentence (era B, January 2003) broken across a page: the running header and page number fall between "the service is" and "fair"; the prospect word comes after a parenthetical.',
    pages: [
`Anston Vale District Council
Information and Communications Technology
January 2003`,
`Summary
Having looked at the help desk, the network, the council's major systems, its project work and the
way it manages its suppliers, and having spoken to more than sixty users in every directorate, we
consider that the service is
12`,
`Anston Vale District Council – Information and Communications Technology
fair, and that its prospects for improvement are, for reasons we set out below (chiefly the unfunded
second year of the plan), uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's57-long-subject-then-list-era-a',
    why: 'Long sentence (era A, March 2001): a semicolon list of achievements intervenes before "deserves a two-star, good rating"; the prospect follows after another long clause.',
    pages: [
`Brantwood District Council
Information Technology
March 2001`,
`Summary
Brantwood's IT section – a team of fourteen that has, over the past two years, replaced every desktop
PC in the council; moved the finance, payroll and housing systems onto a single server platform;
introduced a help desk that answers nine calls in ten within twenty seconds; and done all of this
within a budget that is among the lowest of the districts we compared it with – deserves a two-star,
good rating. Given the quality of the plan, the commitment of members, and the fact that the money for
the next two years is already in the budget, the service will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's57-long-other-grades-in-parentheses',
    why: 'Long sentence (era B): parentheses inside the verdict sentence give the revenues service\'s "good" and housing repairs\' "poor" ratings before the ICT verdict "fair"; the prospect is poor.',
    pages: [
`Lowther Fields Borough Council
ICT
July 2004`,
`Summary
The ICT service, like the revenues service (which we rated good in 2002) and unlike the housing repairs
service (rated poor, with uncertain prospects, last year), is one in which committed staff are let down
by the council's failure to plan or to invest, and we judge it to be fair. Because that failure shows no sign
of being put right, we consider the prospects for improvement to be poor.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's57-long-verdict-before-subject',
    why: 'Long sentence (era B): the grade word comes first ("Poor is the word we have to use, …, for the council\'s IT support service"), forty words before the service; prospects sentence also delays its word.',
    pages: [
`Kirkstall Moor District Council
IT Support
December 2002`,
`Summary
Poor is the word we have to use – having weighed the long waits for repairs, the absence of any
agreed service standards, the repeated loss of data at two area offices and the users' own verdict that
they would rather buy support from a local shop – for the council's IT support service. Whether it will
get better depends, more than anything, on whether the council finds the £400,000 the plan needs, and
until it does so we regard its prospects as uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection: committee papers, press releases,
  //    minutes, newsletters relaying the verdict or another service's grade.
  // ---------------------------------------------------------------------------
  {
    name: 's57-about-scrutiny-report-relays-verdict',
    why: 'About an inspection (era B, February 2003): a scrutiny committee report relays the ICT verdict (fair / promising) and mentions the benefits service\'s earlier "good" rating; only the ICT verdict counts.',
    pages: [
`WYCHALL BOROUGH COUNCIL
RESOURCES SCRUTINY COMMITTEE – 18 FEBRUARY 2003
REPORT OF THE HEAD OF CORPORATE SERVICES
AUDIT COMMISSION INSPECTION OF ICT SERVICES
1. Purpose
1.1 To inform members of the outcome of the Audit Commission's Best Value inspection of the
council's ICT services, published on 3 February 2003.`,
`2. The inspection findings
2.1 The inspectors judged the ICT service to be "fair" (one star) and its prospects for improvement to
be "promising".
2.2 For comparison, the council's benefits service was rated good by the Commission last year.
3. Recommendation
3.1 That members note the report and the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's57-about-press-release-era-a',
    why: 'About an inspection (era A, August 2001): press release headline quotes "will probably improve"; the grade (fair) is in the body; the council leader says "we aim to be excellent".',
    pages: [
`NEWS RELEASE
Marston Lacey District Council
Embargoed until 00.01, 22 August 2001
IT service "will probably improve", say inspectors
The Audit Commission has rated Marston Lacey's information technology service as fair, awarding it one
star out of three, in a report published today. Inspectors said the service will probably improve.
Council leader Cllr Janet Orme said: "We are pleased the inspectors recognise our progress. We aim to be
excellent, and this report gives us a clear route to get there."
ENDS – Media enquiries: 01632 960 441`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's57-about-minutes-other-service-only',
    why: 'About an inspection, other service only (era B, 2004): ICT programme board minutes note the benefits service\'s Commission rating; nothing is said of an ICT inspection, so no judgement of this service.',
    pages: [
`ICT PROGRAMME BOARD
Minutes of the meeting held on 14 April 2004, Committee Room 2, Civic Centre
Present: Director of Resources (chair), Head of ICT, Head of Revenues and Benefits, e-Government Manager
1. Minutes of the last meeting were agreed.
2. Benefits document imaging. The Head of Revenues and Benefits reported that the Audit Commission had
rated the benefits service good, with promising prospects, and had singled out the imaging project for praise.
The Board agreed to use the project as the model for the planning service.
3. Network refresh. Tenders close on 30 April. Poor response so far from local suppliers.
4. Date of next meeting: 12 May 2004.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-about-staff-newsletter-two-stars',
    why: 'About an inspection (era B, September 2003): a staff newsletter headline "Two stars for IT" relays good / uncertain; excellent used in thanks to staff.',
    pages: [
`INSIDE HOLLINS CROSS – staff newsletter – September 2003
TWO STARS FOR IT
Our ICT service has been given two stars by the Audit Commission. The inspectors found a good service
with uncertain prospects for improvement – they want to see the money for the second phase of the
network project secured before they will be more confident.
Head of ICT Raj Bhatt said: "Thanks to everyone for excellent cooperation during the inspection week."
The full report is on the intranet.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's57-about-press-release-waste-mentions-ict',
    why: 'About an inspection of waste collection (era B, November 2002): the release relays the waste verdict (good / promising) and recalls that ICT was rated poor last year; the subject service is waste.',
    pages: [
`PRESS RELEASE – Ravensby Borough Council – 27 November 2002
Bin service earns two stars
Ravensby's waste collection service is good and has promising prospects, according to an Audit
Commission report out today. Inspectors praised the reliability of collections and the new recycling
scheme.
The result is a welcome contrast to last year's inspection of the council's IT, which rated that service
poor.
Notes to editors: the full report is available from www.audit-commission.gov.uk.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-about-ieg-statement-other-service',
    why: 'About another service (era B): an e-government (IEG) statement cites the revenues service\'s Commission score as evidence; the statement itself is not an inspection and gives no judgement of the e-government work.',
    pages: [
`Implementing Electronic Government – Statement 3
Fosseway District Council – November 2003
Section 4: Progress since IEG 2
4.1 The council has 58% of its interactions e-enabled against the 2005 target of 100%.
4.2 The Audit Commission's inspection of our Revenues Service (June 2002) rated it "fair" with
"promising" prospects, and noted that online payment had cut queues at the cash office.
4.3 Our aim remains to be an excellent e-council by December 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-about-chief-executive-letter-era-a',
    why: 'About an inspection (era A, March 2001): a chief executive\'s note to staff relays the IT verdict "poor but … will probably improve"; it also sets a goal of becoming a "good" service.',
    pages: [
`From the Chief Executive
To: all staff
Date: 19 March 2001
Subject: Inspection of our IT service
As many of you know, the Audit Commission published its report on our IT service last week. The
inspectors concluded that the service is poor, but that it will probably improve. I want us to prove them
right on the second point and to become a good service within two years. Thank you to all who helped.
Greyhurst District Council`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms.
  // ---------------------------------------------------------------------------
  {
    name: 's57-plain-active-team-rates',
    why: 'Plain (era B): active voice with the inspection team as subject, stars in dashes.',
    pages: [
`Ingham Vale Borough Council
ICT Services
October 2003`,
`Summary
The inspection team rates the ICT service as good – two stars – and considers its prospects for
improvement promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's57-plain-passive-era-a',
    why: 'Plain (era A, November 2000): passive "has been assessed … as a \'poor\', no-star service" and a relative clause "which, in our judgement, is unlikely to improve".',
    pages: [
`Greyfriars Borough Council
Information Technology
Best Value Inspection Service – November 2000`,
`Summary
The IT service has been assessed by the inspectors as a "poor", no-star service which, in our
judgement, is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's57-plain-headline-caps',
    why: 'Plain (era B, April 2002): the verdict is a capitalised headline on the summary page: "A FAIR SERVICE WITH POOR PROSPECTS".',
    pages: [
`Castlebridge Borough Council
Information and Communications Technology
April 2002`,
`SUMMARY
ICT IN CASTLEBRIDGE: A FAIR SERVICE WITH POOR PROSPECTS
Basic support is adequate, but the council has no agreed ICT strategy, no money for its plan and no one
at senior level driving change.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's57-plain-summary-box-bullets',
    why: 'Plain (era B, June 2004): a bordered summary box with bullets "Our judgement" / "Prospects"; box-drawing characters survive extraction.',
    pages: [
`Ferrybridge Vale District Council
ICT and e-Government
June 2004`,
`┌────────────────────────────────────────────────────────────┐
│ Our judgement at a glance                                  │
│ • The service: good (two stars)                            │
│ • Prospects for improvement: excellent                     │
│ • Key strength: a web site that lets residents do business │
│   with the council at any hour                             │
└────────────────────────────────────────────────────────────┘`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's57-plain-two-section-headings-era-a',
    why: 'Plain (era A, May 2001): the verdicts close the "How good is the service?" and "Will the service improve?" sections, with body text in between.',
    pages: [
`Hanbury District Council
Information Technology
May 2001`,
`How good is the service?
Aims. The IT strategy dates from 1998 and has not been revisited.
Performance. The help desk resolves 71 per cent of calls at first contact.
Overall, we judge this to be a fair service.
Will the service improve?
The review challenged the existing arrangements and the plan is realistic. We judge that the service will
probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's57-plain-yes-answer-era-a',
    why: 'Plain (era A, February 2001, Wales): question-and-answer form, "Yes. We consider that it will improve." and "Good."',
    pages: [
`Bryngarw County Borough Council
Information Technology
February 2001`,
`How good is the service? Good. Users are well supported and systems are reliable.
Will the service improve? Yes. We consider that it will improve: the plan is clear, funded and already
being delivered.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's57-plain-not-yet-good',
    why: 'Plain (era B, March 2003): opens with the negated "This is not yet a good service", then "We rate it fair (one star)"; prospects uncertain.',
    pages: [
`Ingleby Cross District Council
ICT
March 2003`,
`Summary
This is not yet a good service. We rate it fair (one star): support is dependable but development work is
slow and poorly controlled. The prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's57-plain-commission-verdict-colon',
    why: 'Plain (era B, January 2002): "The Commission\'s verdict:" followed by fragments, poor and promising prospects.',
    pages: [
`Kelbrook Borough Council
ICT Services
January 2002`,
`The Commission's verdict: a poor service, with no stars, but promising prospects for improvement.
The rest of this report explains how we reached these judgements.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's57-plain-in-our-view-era-a-ordinary-excellent',
    why: 'Plain (era A, June 2001): "In our view the IT service is good, and it will probably improve", beside "excellent working relationships" used as an ordinary phrase.',
    pages: [
`Wetherall District Council
IT Services
June 2001`,
`Summary
The IT section has excellent working relationships with the finance and housing departments. In our view
the IT service is good, and it will probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's57-plain-poor-poor-with-poor-morale',
    why: 'Plain (era B, September 2002): both judgements are "poor", and "poor morale" appears as an ordinary phrase in the same paragraph.',
    pages: [
`Ashby Fold Borough Council
ICT
September 2002`,
`Summary
Our overall judgement is that Ashby Fold's ICT service is poor. Poor morale among technical staff, a
network that fails most weeks and a plan with no money behind it lead us to regard the prospects for
improvement as poor too.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's57-plain-libraries',
    why: 'Plain (era B, November 2003) for a non-IT service: libraries rated good with excellent prospects.',
    pages: [
`Wensley District Council
Library Service
November 2003`,
`Summary
Wensley's library service is a good, two-star service that has excellent prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's57-plain-housing-repairs-era-a',
    why: 'Plain (era A, April 2001) for housing repairs: "a fair service that is unlikely to improve".',
    pages: [
`Calderbank Metropolitan Borough Council
Housing Repairs and Maintenance
April 2001`,
`Summary
We judge the housing repairs service to be a fair service that is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's57-plain-planning-hyphenated-prospect',
    why: 'Plain (era B, February 2004) for planning: the prospect word is hyphenated at a line end ("prom-/ising").',
    pages: [
`Thornbury Heath District Council
Development Control and Planning
February 2004`,
`Summary
The planning service is fair. It decides most applications on time but enforcement is weak. Its prospects
for improvement are prom-
ising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's57-plain-three-stars-excellent-twice',
    why: 'Plain (era B, November 2004): a rare three-star ICT verdict, "excellent" used for both grade and prospects.',
    pages: [
`Amberley Downs District Council
ICT Services
November 2004`,
`Summary
Amberley Downs runs a three-star, excellent ICT service, and its prospects for improvement are also
excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's57-plain-award-one-star',
    why: 'Plain (era B, December 2002): grade given only as "one star out of a possible three" (= fair), with excellent prospects.',
    pages: [
`Rothwell Edge Borough Council
Customer Services
December 2002`,
`Summary
We award the service one star out of a possible three, and we judge its prospects for improvement to be
excellent.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 's57-plain-concluded-quoted-words-era-a',
    why: 'Plain (era A, July 2001, Wales): "We have concluded that the council\'s IT service is a \'fair\' one-star service that will improve".',
    pages: [
`Llanfair Is-coed County Council
Information Technology
July 2001`,
`Summary
We have concluded that the council's IT service is a "fair" one-star service that will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all: drafts, self-assessments, plans, papers written
  //    before an inspection, documents about other services.
  // ---------------------------------------------------------------------------
  {
    name: 's57-none-draft-scores-tbc',
    why: 'No judgement (era B): a draft with "scores to be confirmed" and placeholders under both questions; "poor" and "excellent" appear only as ordinary words.',
    pages: [
`DRAFT – NOT FOR PUBLICATION – FOR FACTUAL ACCURACY CHECK ONLY
Whitmoor District Council – ICT Services – Best Value Inspection
Scores to be confirmed following moderation`,
`Summary
How good is the service? [judgement to be inserted]
Will the service improve? [tbc]
Users praised the excellent help desk staff but described the network as poor at the Eastgate office.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-council-own-review',
    why: 'No judgement: the council\'s own Best Value review report rates itself "good" with "promising" prospects; there has been no inspection yet.',
    pages: [
`Hadleigh Marsh District Council
Best Value Review of Information Technology
Final report of the review team – January 2002`,
`5. Our assessment
Using the Audit Commission's criteria, the review team assesses the IT service as "good" with
"promising" prospects for improvement. We expect the inspectors to test this view when they visit in
the spring.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-improvement-plan-targets',
    why: 'No judgement: an improvement plan whose targets are grades ("achieve two stars", "move to excellent prospects").',
    pages: [
`ICT Improvement Plan 2003–2006
Penmorfa County Borough Council
Objective\tTarget\tBy when\tLead officer
Raise the standard of service\tAchieve a "good", two-star rating at the next inspection\tMarch 2005\tHead of ICT
Secure future improvement\tBe judged to have excellent prospects\tMarch 2005\tDirector of Resources
Cut help desk backlog\tNo call open longer than 5 days\tDecember 2003\tService Desk Manager`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-pre-inspection-paper',
    why: 'No judgement: a cabinet paper written before the inspection lists the possible grades and prospects and the date of the visit.',
    pages: [
`Cabinet – 9 September 2002
Forthcoming Audit Commission inspection of ICT
1. The Audit Commission will inspect the council's ICT service during the week of 14 October 2002.
2. Inspectors will reach two judgements: how good the service is (poor, fair, good or excellent) and
its prospects for improvement (poor, uncertain, promising or excellent).
3. Officers are preparing a self-assessment and a file of evidence.
Recommendation: that Cabinet notes the arrangements.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-inspection-scope',
    why: 'No judgement: the inspectors\' scoping letter sets out the questions the inspection will answer, using "will the service improve?" and "excellent".',
    pages: [
`Best Value Inspection Service
Inspection of Information Technology: scope and timetable
Dear Mr Pryce
Thank you for meeting us. This note confirms that the inspection will look at how good the IT service
is and whether it will improve. We will focus on the help desk, the network and the links with the
council's excellent customer service centre. The on-site work will take place from 4 to 8 June 2001 and
we expect to publish our report in August.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-blank-chart-in-guidance',
    why: 'No judgement: a guidance note shows the scoring chart with its axis labels but no marked cell.',
    pages: [
`Guide for councils: how inspection judgements are shown
Every report carries a chart like the one below. The inspectors mark one cell.
'How good is the service?'
excellent\t\t\t\t
good\t\t\t\t
fair\t\t\t\t
poor\t\t\t\t
\tpoor\tuncertain\tpromising\texcellent
'What are the prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-committee-paper-revenues-score',
    why: 'No judgement of this service: a paper on restructuring the ICT team quotes the revenues service\'s inspection result as a reason for change.',
    pages: [
`Personnel Committee – 6 November 2001
Restructure of the ICT section
1. The revenues service was inspected in July 2001 and judged fair; inspectors thought it would probably
improve but singled out weak IT support as a risk.
2. This report proposes a new structure for the ICT section with a dedicated team for revenues and
benefits systems.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-ict-strategy-ambition',
    why: 'No judgement: an ICT strategy that aims to be "excellent" and speaks of "poor" legacy systems.',
    pages: [
`Yarrow Cross Borough Council
ICT Strategy 2002–2005
Our vision: an excellent, customer-focused ICT service that is rated three stars by 2005.
Where we are: several poor legacy systems, a network at capacity and a help desk that is stretched.
Where we want to be: every service available electronically by December 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-staff-survey-ratings',
    why: 'No judgement: staff survey results with percentages rating the help desk excellent, good, fair and poor.',
    pages: [
`IT Help Desk – staff satisfaction survey 2003
Rating\tPercentage of respondents
Excellent\t12%
Good\t41%
Fair\t31%
Poor\t16%
412 staff replied (a response rate of 38%).`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-national-overview',
    why: 'No judgement of a single service: a national digest counts grades across many councils\' ICT inspections.',
    pages: [
`Audit Commission – learning from inspection: ICT
Of the 54 ICT services inspected by March 2002, 20 were rated poor, 24 fair and 10 good; none was
excellent. Prospects were judged promising or excellent in just over half.
Common weaknesses included the link between the ICT strategy and corporate aims, and user training.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-notification-letter',
    why: 'No judgement: a letter announcing a forthcoming inspection, which lists the four prospect words only as possible outcomes.',
    pages: [
`Dear Chief Executive
Best Value inspection of ICT and e-government
I am writing to confirm that the Commission will inspect your ICT service in March 2004. As you know,
each report says how good a service is and whether its prospects for improvement are poor, uncertain,
promising or excellent. I look forward to working with you.
Regional Inspection Manager`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-feedback-meeting-notes',
    why: 'No judgement: officers\' notes of the inspectors\' end-of-visit feedback, where scores were explicitly not given; "excellent" and "poor" are used of specific practice.',
    pages: [
`Note of inspection feedback meeting – 21 November 2003
Present: lead inspector, inspector, Head of ICT, Director of Corporate Services
The inspectors said they had seen some excellent practice in schools support and some poor record
keeping at the depot. They stressed that no scores would be given until the report had been through
the Commission's quality checks.
Actions: Head of ICT to send missing performance data by 28 November.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-user-questionnaire',
    why: 'No judgement: a blank questionnaire offering the options Excellent / Good / Fair / Poor and asking whether the service will improve.',
    pages: [
`IT SERVICE – USER QUESTIONNAIRE
Q1 How would you rate the IT service overall? [ ] Excellent [ ] Good [ ] Fair [ ] Poor
Q2 Do you think the service will improve over the next year? [ ] Yes [ ] Probably [ ] Unlikely [ ] No
Q3 Any other comments:
Please return to the Best Value Review Team by 30 March 2001.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's57-none-challenge-workshop-notes',
    why: 'No judgement: notes of a review challenge workshop where staff groups guess the service "would probably improve" and "is only fair".',
    pages: [
`Best Value Review of ICT – Challenge workshop, 5 March 2001
Group A felt the service "is only fair at the moment" and "would probably improve if we had more staff".
Group B disagreed, saying the network is excellent but the development team is overloaded.
Next step: review team to draft options for the Members' Panel.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
