/** Hand-written classification cases, written from the domain description only (see docs/best-value.md). */
export type GradeToken = 'poor' | 'fair' | 'good' | 'excellent';
export type ProspectToken = 'will-not' | 'unlikely' | 'probably' | 'will' | 'poor' | 'uncertain' | 'promising' | 'excellent';
export interface JudgementCase {
  name: string;          // short unique kebab-case id
  why: string;           // which behaviour or trap this case is there for
  pages: string[];       // the document's text, one string per page, as a PDF text extractor would give it
  expect: { grade: GradeToken | null; prospect: ProspectToken | null };  // null = the document states no such judgement of this service
}

export const judgementCases: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Plain statements, many sentence forms
  // ---------------------------------------------------------------------------
  {
    name: 'passive-has-been-judged-era-a',
    why: 'Plain passive statement in the Summary, era A prospect wording.',
    pages: [
`Best Value Inspection Service
Ashbridge Metropolitan Borough Council
Information and Communications Technology
March 2001

Summary
The Audit Commission's Best Value Inspection Service has inspected the
council's ICT service following its Best Value review. The service has
been judged to be a fair, one-star service that will probably improve.
The council has a clear ICT strategy, but it is not yet linked to the
corporate plan and users in front-line departments report long delays.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'is-assessed-as-good-promising',
    why: '"is assessed as" form with era B prospect wording.',
    pages: [
`Housing Benefit and Council Tax Benefit
Brackenshire County Council
Inspection report, April 2002

Scoring the service
The benefits service is assessed as good (two stars) with promising
prospects for improvement. Claims are processed quickly and accurately,
and the council has a well-founded improvement plan that is already
delivering results.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'inspection-team-scored-poor-unlikely',
    why: '"The inspection team scored" form; era A "unlikely to improve".',
    pages: [
`Summary
Corrieford District Council – Grounds Maintenance
Inspected: January 2001

The inspection team scored the service as poor, with no stars, and
unlikely to improve. Standards of grass cutting and litter picking are
low, complaints are rising and the review did not challenge the need for
the service or the way it is provided.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'we-have-awarded-one-star-uncertain',
    why: 'Grade given only as a star count ("one star") after "We have awarded"; era B prospect.',
    pages: [
`Scoring the service
We have awarded Dunmere Borough Council's revenues service one star.
Its prospects for improvement are uncertain because the improvement plan
is not costed and key posts in the service remain vacant.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'good-two-star-excellent-prospects',
    why: '"is a good, two-star service" with "excellent prospects" — excellent here is the prospect, not the grade.',
    pages: [
`Summary
Elmsworth City Council's library service is a good, two-star service that
has excellent prospects for improvement. Members and senior officers are
committed to the service, the review was rigorous, and the improvement
plan is realistic, resourced and monitored.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 'in-our-view-fair-probably',
    why: 'Inspectors\' own voice "In our view ..." with era A wording.',
    pages: [
`Summary
In our view the IT service provided by Greystone District Council is a
'fair' one-star service which will probably improve. The service is
reliable, but it has not kept pace with the demands of front-line
departments, and users say they are rarely consulted about priorities.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'we-consider-poor-with-poor-prospects',
    why: '"We consider ..." with poor grade and poor (era B) prospects — same word for both scales.',
    pages: [
`Scoring the service
We consider that Hollinsbury Borough Council's waste collection service
is poor and that it has poor prospects for improvement. Missed
collections are among the highest in the country, and the council has
not yet agreed how it will fund the changes its review recommended.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 'we-judge-excellent-will-improve',
    why: '"We judge ..." with the top grade and era A "will improve".',
    pages: [
`Inspection of Ivelford District Council
Museum and Heritage Services
July 2001

Summary
We judge the museum service to be excellent, a three-star service, and we
believe that it will improve. Visitor numbers have doubled in three years
and the service compares well with the best in the country.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 'digits-2-stars',
    why: 'Star count written as digits ("2 stars") with the grade word in parentheses.',
    pages: [
`Scoring the service
Overall the service scores 2 stars ('good'). We consider its prospects for
improvement to be promising: the council has acted on most of the
findings of its own review and has set challenging targets for 2003/04.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'words-three-stars-only',
    why: 'Grade given only as "three stars" in words; no grade word at all.',
    pages: [
`Summary
Kestrel Vale District Council - Planning Services
October 2002

The planning service merits three stars. Decisions are made quickly,
customers are well informed and the service is used as a model by other
councils in the region. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 'awarded-no-stars',
    why: '"no stars" alone signals the poor grade.',
    pages: [
`Scoring the service
The council's environmental health service has been awarded no stars.
We have judged that it has uncertain prospects for improvement, as the
improvement plan is new and largely untested.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'inspection-service-judgement-is-that',
    why: '"The Inspection Service\'s judgement is that..." — poor grade but era A "will probably improve".',
    pages: [
`Summary
The Inspection Service's judgement is that this is a poor service that
will probably improve. The council recognises the weaknesses, has
appointed a new head of service and has already begun to put right the
failings identified by the review.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 'inspectorate-has-concluded',
    why: '"the Inspectorate has concluded that" form, era B.',
    pages: [
`Lanmoor Borough Council
Best Value Inspection: Leisure Services
November 2002

Summary
Overall, the Inspectorate has concluded that Lanmoor's leisure service
is a good service, which we have scored at two stars, but that its
prospects for improvement are uncertain. The council's improvement plan
depends heavily on a leisure trust that has yet to be established.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'our-judgement-is-fair-poor-prospects',
    why: '"Our judgement is that ..." with a fair grade and poor prospects — two different words in one sentence.',
    pages: [
`Scoring the service
Our judgement is that the council provides a fair, one-star housing
repairs service with poor prospects for improvement. The review was late,
narrow in scope and did not involve tenants.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 'we-rate-good-will-improve',
    why: '"We rate" verb; era A "will improve" as a separate sentence.',
    pages: [
`Summary
We rate the council's library and information service as good. The
service has two stars. We are satisfied that the council has the
commitment and the capacity to deliver its improvement plan, and the
service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 'providing-a-fair-one-star-service-promising',
    why: 'Standard later Audit Commission phrasing "assessed ... as providing a \'fair\', one-star service that has promising prospects".',
    pages: [
`Scoring the service
We have assessed Marlbridge Borough Council as providing a 'fair',
one-star service that has promising prospects for improvement. Our
judgements are based on the evidence obtained during the inspection and
are outlined below.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'curly-quotes-star-glyph-dropped',
    why: 'Curly quotes and the star glyphs lost by the text extractor (double space where the stars were).',
    pages: [
`Scoring the service
We have assessed Northmoor District Council as providing a ‘good’  
service that has promising prospects for improvement. Our judgements are
based on the evidence obtained during the inspection.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'will-not-improve',
    why: 'Lowest era A prospect, "will not improve".',
    pages: [
`Summary
Oakhurst District Council – Public Conveniences
February 2001

The service is poor and has no stars. Members have repeatedly deferred
decisions on the future of the service, there is no improvement plan
worth the name and nobody is responsible for delivering change. We have
therefore concluded that the service will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 'fair-with-excellent-prospects',
    why: 'Fair grade combined with excellent (era B) prospects.',
    pages: [
`Scoring the service
Penrose Borough Council's trading standards service is a fair, one-star
service with excellent prospects for improvement. The new management team
has a strong track record of delivering change.`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 'unlikely-to-improve-fair',
    why: 'Era A "is unlikely to improve" with a fair grade.',
    pages: [
`Summary
Quarrington District Council's council tax collection service is fair
and scores one star. However, the service is unlikely to improve: the
review action plan contains few measurable targets and the council has
not allocated the money needed to replace its collection system.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'poor-service-promising-prospects',
    why: 'Poor grade with promising prospects in one sentence.',
    pages: [
`Scoring the service
We have assessed Redcastle Borough Council as providing a 'poor', zero-
star service that has promising prospects for improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Only one of the two judgements
  // ---------------------------------------------------------------------------
  {
    name: 'grade-only-how-good-section',
    why: 'Fragment of the "How good is the service?" section: grade stated, prospect never stated.',
    pages: [
`How good is the service?
Are the service's aims clear and challenging?
The council's aims for the service are set out in the corporate plan and
in the service plan for 2001/02. They are broadly in line with those of
other councils but are not supported by measurable targets.

How does the performance of the service compare?
Performance is around the average for similar councils on most of the
national indicators. Processing times have improved but remain below the
top quartile.

Taking all of this into account, we have judged the service to be fair,
with one star.`,
    ],
    expect: { grade: 'fair', prospect: null },
  },
  {
    name: 'grade-only-good-summary-extract',
    why: 'Extract that states the grade only; the prospect paragraph is not part of the document.',
    pages: [
`Extract from inspection report – Summary
Southfield Borough Council – Adult Education

We found that the adult education service is a good service and have
given it two stars. Learners are very positive about the service, and
enrolment among people without qualifications has risen.`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 'prospect-only-will-it-improve-section',
    why: 'Fragment of the "Will the service improve?" section with an era A conclusion and no grade.',
    pages: [
`Will the service improve?
Does the Best Value review drive improvement?
The review challenged the need for the service and compared costs with
neighbouring councils. Consultation with users was limited to a single
survey.

How good is the improvement plan?
The improvement plan is clear and has realistic targets and timescales.

Will the council deliver the improvements?
Members and managers are committed to the plan, and the service has a
good track record of delivering change. We conclude that the service
will probably improve.`,
    ],
    expect: { grade: null, prospect: 'probably' },
  },
  {
    name: 'prospect-only-era-b-uncertain',
    why: 'Only the prospects judgement (era B "uncertain") is given.',
    pages: [
`What are the prospects for improvement?
The council has a sound improvement plan, but it relies on a new IT
system that is already six months late and on staff who are stretched.
We have therefore assessed the prospects for improvement as uncertain.`,
    ],
    expect: { grade: null, prospect: 'uncertain' },
  },
  {
    name: 'prospect-only-table-row',
    why: 'Only a table row gives the prospect; no grade anywhere.',
    pages: [
`Appendix 2 – Inspection judgements

Judgement                        Score
Prospects for improvement        Promising

Source: Audit Commission inspection, September 2002`,
    ],
    expect: { grade: null, prospect: 'promising' },
  },
  {
    name: 'grade-only-table-row-poor',
    why: 'Grade given only in a table row ("Poor  0 stars"); no prospect stated.',
    pages: [
`Tinsley District Council – Cemeteries and Crematoria

Inspection outcome
How good is the service?      Poor      0 stars

The remainder of this report sets out the evidence for this judgement.`,
    ],
    expect: { grade: 'poor', prospect: null },
  },
  {
    name: 'grade-only-inspectors-voice-good-with-ambition-noise',
    why: 'Grade in inspectors\' voice; the council\'s "excellent" ambition and "prospects" of jobs are noise; no prospect judgement.',
    pages: [
`How good is the service?
The council wants its economic development service to be "excellent by
any standard". Its work has improved the job prospects of many local
people. We think this is a good service, and we have scored it at two
stars.`,
    ],
    expect: { grade: 'good', prospect: null },
  },

  // ---------------------------------------------------------------------------
  // The scoring chart
  // ---------------------------------------------------------------------------
  {
    name: 'chart-alone-era-b',
    why: 'Scoring chart axis text lists every grade and prospect; alone it states nothing.',
    pages: [
`Scoring chart
a good service?
excellent
★★★
good
★★
fair
★
poor
poor       uncertain       promising       excellent
prospects for improvement?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'chart-alone-era-a',
    why: 'Era A chart axis labels (Yes / Probably / Unlikely / No) with grade labels; nothing is stated.',
    pages: [
`Scoring chart
How good is the service?
Excellent
Good
Fair
Poor
No      Unlikely      Probably      Yes
Will the service improve?`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'chart-plus-summary-era-b',
    why: 'Summary statement followed by the chart text; the statement wins.',
    pages: [
`Scoring the service
We have assessed Upton Borough Council as providing a 'fair', one-star
service that has uncertain prospects for improvement. Our judgements are
based on the evidence obtained during the inspection and are outlined
below.

'a good service?'
excellent
good
fair
poor
poor        uncertain        promising        excellent
'prospects for improvement?'`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'chart-plus-summary-era-a',
    why: 'Chart text first, then the summary statement, era A.',
    pages: [
`Scoring chart
How good is the service?
Excellent ***
Good **
Fair *
Poor
Will the service improve?
No     Unlikely     Probably     Yes

Summary
Overall, the Inspection Service considers that Vale of Wendon's
street cleansing service is a good, two-star service that will probably
improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'chart-page-then-summary-page',
    why: 'Chart on page 1, the judgement on page 2.',
    pages: [
`Westbury District Council
Housing Management
Inspection report – June 2002

'a good service?'
excellent
good
fair
poor
poor     uncertain     promising     excellent
'prospects for improvement?'

1`,
`Summary
We have assessed Westbury District Council's housing management service
as poor, with no stars. However, the council has a strong new management
team and a realistic plan, and we judge that the service has promising
prospects for improvement.

2`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 'chart-with-caption-in-quotes',
    why: 'Chart with the inspectors\' caption under it giving the actual judgement.',
    pages: [
`Scoring chart
How good is the service?
excellent
good
fair
poor
No        Unlikely        Probably        Yes
Will the service improve?

'A fair, one-star service that is unlikely to improve'`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // Ambitions, targets, other services, earlier inspections, other councils
  // ---------------------------------------------------------------------------
  {
    name: 'ambition-excellent-three-star-by-2005',
    why: 'Council ambition to be an excellent three-star service; the verdict is fair.',
    pages: [
`Summary
The council aims to be an excellent, three-star service by 2005, and its
improvement plan is built around that goal. Currently, however, we judge
the service to be fair, with one star. We think its prospects for
improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'target-good-by-2004-verdict-poor',
    why: 'Target to be "judged good" by 2004 in a report whose verdict is poor.',
    pages: [
`Scoring the service
Yarrow Borough Council's stated target is for its housing benefit service
to be judged a good, two-star service by April 2004. The service falls
well short of that today. We have assessed it as a poor service with no
stars, and its prospects for improvement are uncertain.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'other-service-benefits-judged-good',
    why: 'Another service inspected last year "was judged good"; this service is poor.',
    pages: [
`Summary
The council's benefits service, inspected last year, was judged good and
likely to improve, and the council hoped that its ICT service would
achieve a similar score. It has not. We judge the ICT service to be poor,
a zero-star service, but one that will probably improve because the
council has now appointed a head of ICT and agreed a three-year
investment programme.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 'reinspection-earlier-judgement-same-service',
    why: 'Earlier inspection of the same service (fair, unlikely) versus current re-inspection verdict.',
    pages: [
`Re-inspection of the Housing Repairs Service
Abbotsford Borough Council
December 2002

Summary
When we first inspected this service in November 2000 we judged it to be
a fair, one-star service that was unlikely to improve. Since then the
council has transformed the way repairs are ordered and delivered. We now
judge it to be a good, two-star service with promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'best-councils-excellent-comparison',
    why: 'Comparison sentence mentions "the best councils provide an excellent service"; verdict fair.',
    pages: [
`How does the service compare?
The best councils provide an excellent service, with repairs completed
right first time and appointments for every job. Belstone's performance
is well below this: only a fair proportion of urgent repairs are done on
time.

Scoring the service
We have judged Belstone District Council's repairs service to be fair
(one star), and that it will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'top-quartile-good-performers-verdict-poor',
    why: 'Comparisons with "good performers" and "excellent" authorities elsewhere; verdict poor / unlikely.',
    pages: [
`How does the performance of the service compare?
Good performers nationally collect over 98 per cent of council tax in
year; three of the council's near neighbours, all excellent authorities
for revenues, exceed that. Carnford collected 91 per cent.

Conclusion
We judge the council tax service to be poor. It has no stars, and we
think it is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'report-on-x-quotes-y-excellent',
    why: 'Report about service X (fair) quotes service Y\'s earlier three-star score.',
    pages: [
`Context
Dalby Borough Council's library service was judged an excellent, three-
star service with excellent prospects in an inspection in 2001. The
council hoped its arts service would follow.

Scoring the service
We have assessed the arts development service as a fair, one-star service
that has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'report-on-x-then-other-service-poor',
    why: 'Service X\'s verdict comes first; a later paragraph gives another service\'s poor score.',
    pages: [
`Summary
Edgecombe District Council provides a good, two-star planning service.
Its prospects for improvement are uncertain, because the planned merger
with building control has not been thought through.

The building control service, which was inspected separately in 2002,
was judged to be poor with poor prospects for improvement. Several of its
problems are shared with the planning service.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'self-assessment-disagreed-with',
    why: 'Council\'s own self-assessment (good) quoted in an inspection report; inspectors disagree and judge fair.',
    pages: [
`Summary
The council's review team assessed the service as good, and expected it
to improve. We do not agree with that self-assessment. In our judgement
the service is fair, one star, and it will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'vision-excellent-service-grade-only',
    why: 'Council vision statement ("an excellent service for all") plus a grade-only verdict.',
    pages: [
`Are the aims of the service clear and challenging?
The council's vision is "an excellent service for all our residents,
delivered right first time". The vision is widely shared by staff.

Our overall judgement on how good the service is
The cleansing service is good. We have given it two stars.`,
    ],
    expect: { grade: 'good', prospect: null },
  },
  {
    name: 'neighbour-council-scores-in-comparison-table',
    why: 'Comparison table of neighbouring councils\' scores; this council\'s own verdict is in the text.',
    pages: [
`How does the service compare?
Recent inspections of benefits services in the county:
Council                 Score            Prospects
Fenwick DC              Good  **         Promising
Gorsley BC              Excellent ***    Excellent
Hanford DC              Poor             Poor

Against this background we have assessed Ingleby District Council's
benefits service as fair, with one star, and its prospects for
improvement as uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // Negation and hedging
  // ---------------------------------------------------------------------------
  {
    name: 'not-yet-a-good-service-verdict-fair',
    why: '"This is not yet a good service" — the verdict is fair.',
    pages: [
`Summary
The service has made real progress in the last year. But this is not yet
a good service: waiting times remain long and many users do not know
what they are entitled to. We have judged it to be fair, with one star,
and its prospects for improvement are promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'not-confident-so-unlikely',
    why: '"We are not confident that the council will deliver ... so it is unlikely to improve".',
    pages: [
`Will the service improve?
The improvement plan contains many worthwhile actions. However, we are
not confident that the council will deliver them: there is no lead
member, the budget has not been agreed and the last two plans were
abandoned. The service is therefore unlikely to improve.

Scoring the service
How good is the service? We judge it to be fair, with one star.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'is-not-likely-to-improve',
    why: '"is not likely to improve" means unlikely to improve.',
    pages: [
`Summary
Jarrow Vale's pest control service is poor (no stars) and, in our view,
is not likely to improve. The council has no clear view of what the
service is for, and its review did not consider alternative providers.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'not-poor-but-fair',
    why: 'Negated "not a poor service" before the actual fair verdict.',
    pages: [
`Scoring the service
This is not a poor service. Most residents are satisfied with it and
costs are low. But it is not consistently good either, and so we have
assessed it as a fair, one-star service. Its prospects for improvement
are uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'promising-signs-but-uncertain',
    why: 'Hedged "promising signs" / "promising start" before an uncertain verdict.',
    pages: [
`What are the prospects for improvement?
There are promising signs. The new director has made a promising start
and staff are enthusiastic. But the improvement plan has not been
costed and the council's track record of delivering change is weak.
Overall, we judge that the service, which is good and has two stars,
has uncertain prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'not-an-excellent-service-verdict-good',
    why: 'Negated "not an excellent service" before a good verdict.',
    pages: [
`Summary
Kelham Borough Council's parks service is not an excellent service –
it lacks a parks strategy and has no measures of customer satisfaction –
but it is a good one. We have awarded it two stars and judge that it has
promising prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'could-become-good-hedge',
    why: 'Hedge "could become a good service" — the verdict is fair.',
    pages: [
`Summary
With sustained effort the service could become a good service within two
years. At present we judge it to be a fair service, awarding it one
star, and we believe that it will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'not-yet-excellent-prospects',
    why: '"does not yet have excellent prospects" precedes a promising verdict.',
    pages: [
`Scoring the service
The council has a good, two-star customer services function. It does not
yet have excellent prospects for improvement, because the new contact
centre has still to be procured, but we judge its prospects to be
promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'do-not-believe-will-improve',
    why: '"We do not believe that the service will improve" — era A lowest prospect; "will improve" appears inside a negation.',
    pages: [
`Summary
Lowther District Council – Markets
May 2001

The markets service is poor, with no stars. The council has spent three
years discussing the future of the covered market without reaching a
decision. We do not believe that the service will improve, and we have
scored it as a service that will not improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 'unlikely-hedge-versus-probably-verdict',
    why: 'A hedged "unlikely" about one target, then the verdict "will probably improve".',
    pages: [
`Will the service improve?
It is unlikely that the council will meet its target of answering all
calls within 20 seconds by March. However, the overall plan is sound and
well supported, and we judge that the service will probably improve.

How good is the service?
We have judged it to be good, with two stars.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Ordinary uses of grade and prospect words
  // ---------------------------------------------------------------------------
  {
    name: 'poor-morale-verdict-good',
    why: '"poor morale" and "poor communication" as ordinary words; verdict good.',
    pages: [
`Summary
Staff in the ICT unit suffer from poor morale after two restructurings,
and there is poor communication between the unit and schools. Despite
this, users rate the help desk highly and systems are rarely down. We
judge the service to be good, with two stars, and that it will probably
improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'excellent-working-relationships-verdict-fair',
    why: '"excellent working relationships" as an ordinary phrase; verdict fair, uncertain.',
    pages: [
`Summary
The service has excellent working relationships with the police and the
voluntary sector, and some excellent individual projects. Overall,
however, we have assessed the community safety service as fair, with one
star, and its prospects for improvement as uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'fair-proportion-verdict-good',
    why: '"a fair proportion" as an ordinary phrase; verdict good, promising.',
    pages: [
`How good is the service?
A fair proportion of the budget is spent on preventative work, and a
fair number of residents use the advice line every week. Taking the
evidence as a whole, we have concluded that Mardale's environmental
health service is a good service. We award it two stars.

Will the service improve?
The prospects for improvement are promising.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'good-practice-verdict-poor',
    why: '"good practice" and "good progress" as ordinary phrases; verdict poor with poor prospects.',
    pages: [
`Summary
There are isolated examples of good practice, and the council has made
good progress in publishing its service standards. But most services
are slow and unreliable. We have assessed Netherby's housing advice
service as poor, a zero-star service, with poor prospects for
improvement.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 'prospects-of-promotion-grade-only',
    why: '"prospects of promotion" and "poor prospects" for staff careers are not the improvement judgement; only a grade is stated.',
    pages: [
`How good is the service?
Staff told us that their prospects of promotion are poor and that
training is hard to obtain. Trainees see poor prospects for a career in
the service. Even so, the service is efficient and customers are
generally happy. We judge it to be a fair, one-star service.`,
    ],
    expect: { grade: 'fair', prospect: null },
  },
  {
    name: 'career-poor-prospects-verdict-promising',
    why: '"poor prospects" for career progression vs the actual prospects judgement (promising).',
    pages: [
`Will the service improve?
Many younger staff see poor prospects for career progression and some
have left. The council is addressing this through a new workforce plan.
Taking everything into account, we judge that the service has promising
prospects for improvement.

Scoring the service
How good is the service? Good – two stars.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'will-improve-ordinary-verdict-unlikely',
    why: '"will improve response times" as an ordinary phrase; verdict is unlikely to improve.',
    pages: [
`Will the service improve?
The council says the new housing management system will improve
response times and will improve the information given to tenants.
But the system has been delayed twice and there is no budget for
training. Our conclusion is that the service is unlikely to improve.

How good is the service?
Fair. We have given the service one star.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 'probably-ordinary-backlog',
    why: '"will probably increase" as an ordinary phrase; verdict poor, unlikely to improve.',
    pages: [
`Summary
The backlog of planning applications will probably increase again this
year, as two more planning officers are due to leave. The council's plan
to reduce it relies on agency staff it cannot afford. We have judged the
development control service to be poor (no stars) and unlikely to
improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'excellent-value-ordinary-verdict-good-will',
    why: '"excellent value for money" and "good customer care" as ordinary phrases; verdict good / will improve (era A).',
    pages: [
`Summary
Orton Borough Council – Home Care
August 2001

Users think the service offers excellent value for money and good
customer care. We have concluded that the home care service is good and
has two stars. We are confident that it will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Line breaks, page breaks, hyphenation
  // ---------------------------------------------------------------------------
  {
    name: 'line-break-split-grade-and-prospect',
    why: 'Judgement words split across visual line wraps.',
    pages: [
`Summary
Having considered all of the evidence, the Inspection Service has judged
the council's catering service to be a
fair, one-star service that will probably
improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'line-break-split-era-b',
    why: 'Era B prospects phrase split over three lines.',
    pages: [
`Scoring the service
We have assessed Pelham District Council as providing a 'good', two-star
service that has
promising
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'page-break-with-header-footer-grade',
    why: 'Grade sentence split across a page break with footer, page number and running header between.',
    pages: [
`Summary
The council has improved its benefits service considerably since its
review. Claims are now processed in an average of 28 days and fraud work
has been strengthened. Taking all of this into account, we judge the
Council's benefits service to be a

Quenby District Council – Benefits Service                    Page 4`,
`Quenby District Council – Benefits Service
Best Value Inspection Report – March 2002
good, two-star service that has uncertain prospects for improvement.
The reasons for our judgement on prospects are set out in the second
part of this report.

5`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 'page-break-inside-prospect',
    why: 'Era A prospect wording split by a page break with a page number and header.',
    pages: [
`Summary
Rushmere Borough Council's highways maintenance service is fair and has
one star. The council's improvement plan is realistic and members are
behind it, so we believe that the service will

                                  3`,
`Rushmere Borough Council – Highways Maintenance
probably improve over the next two years, although much depends on
the new term contract.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'hyphenated-service-and-probably',
    why: 'Line-end hyphenation ("ser-\\nvice", "pro-\\nbably").',
    pages: [
`Summary
In our view Saltcote's library service is a good, two-star ser-
vice that will pro-
bably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 'hyphenated-promising',
    why: 'Era B prospect word hyphenated at line end ("promis-\\ning").',
    pages: [
`Scoring the service
We consider that the council provides a fair, one-star service with promis-
ing prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 'hyphenated-excellent',
    why: 'Grade word hyphenated at line end ("excel-\\nlent"), era A "will improve".',
    pages: [
`Summary
Thornaby District Council's electoral registration service is an excel-
lent, three-star service, and we are confident that it will improve
further.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 'hyphenated-uncertain-and-one-star',
    why: 'Hyphenation inside the prospect word ("uncer-\\ntain").',
    pages: [
`Scoring the service
The inspection found a poor, zero-star service whose prospects for
improvement are uncer-
tain. The council has not yet decided whether to keep the service in-house.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 'three-pages-front-contents-summary',
    why: 'Front page and contents list (which names "How good is the service?") before the summary on page 3.',
    pages: [
`Best Value Inspection Service
Audit Commission

Ulverdale Borough Council
Trading Standards

October 2001`,
`Contents
Summary ........................................................ 3
Recommendations ............................................. 4
Report
Context ......................................................... 6
How good is the service? ................................... 7
What are the prospects for improvement? ........... 12
Appendices ................................................... 16

2`,
`Summary
We have assessed Ulverdale Borough Council's trading standards service
as a fair service, scoring one star, with excellent prospects for
improvement.

3`,
    ],
    expect: { grade: 'fair', prospect: 'excellent' },
  },
  {
    name: 'running-header-mid-sentence-era-a',
    why: 'Running header and page number between "a poor" and "service"; era A wording.',
    pages: [
`Summary
Against that background, we have judged the housing needs service to
be a poor

Page 2`,
`Vickerby Borough Council: Housing Needs Service  June 2001
service, with no stars, that will probably improve.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Judgement only in a table row
  // ---------------------------------------------------------------------------
  {
    name: 'table-how-good-fair-one-star',
    why: 'Both judgements only in table rows separated by runs of spaces (era A "Probably").',
    pages: [
`Inspection judgements
Wexcombe District Council – Revenues Service – April 2001

How good is the service?        Fair         One star
Will the service improve?       Probably

Inspectors: J. Ashworth, P. Mehta`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'table-pipe-grade-good-2-stars',
    why: 'Pipe-separated table rows "Grade | Good | 2 stars".',
    pages: [
`Summary of scores
Judgement | Score | Stars
Grade | Good | 2 stars
Prospects for improvement | Promising | –`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'table-era-b-current-performance',
    why: 'Table rows with labels "Current performance" and "Prospects for improvement".',
    pages: [
`Yelverton Borough Council – Social Housing Allocations
Inspection outcome (January 2003)

Current performance             Fair (one star)
Prospects for improvement       Uncertain

The full report is available from the Audit Commission website.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'table-yes-will-improve',
    why: 'Era A table cell "Yes" for "Will the service improve?".',
    pages: [
`Inspection result
Service:                        Libraries
Date of inspection:             June 2001
How good is the service?        Good (**)
Will the service improve?       Yes`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 'table-self-assessment-vs-inspection-columns',
    why: 'Table with the council\'s self-assessment column next to the inspectors\' column; only the inspection column counts.',
    pages: [
`Comparison of self-assessment with inspection findings
                               Council self-assessment    Inspection judgement
How good is the service?       Good                       Fair
Prospects for improvement      Excellent                  Uncertain

The inspection judgement is lower on both counts because the council's
self-assessment relied on indicators that are not audited.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 'table-unlikely-zero-stars',
    why: 'Table with grade "Poor", stars "0" and era A "Unlikely".',
    pages: [
`Scores
Service inspected           Grade       Stars     Will it improve?
Building Control            Poor        0         Unlikely`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 'table-three-stars-excellent-prospects',
    why: 'Table gives "Excellent" grade and "Excellent" prospects in separate rows.',
    pages: [
`Scoring the service
Zennor Borough Council – Registration Services – November 2002

Is it a good service?          Excellent     Three stars
What are the prospects?        Excellent`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },

  // ---------------------------------------------------------------------------
  // Inspectors' own voice only
  // ---------------------------------------------------------------------------
  {
    name: 'voice-we-think-good-we-believe-promising',
    why: 'Judgements given only in the first person, without the usual formula.',
    pages: [
`Our view of the service
We think this is a good service. It does most things well, and users are
loyal to it. We believe it has promising prospects for improvement: the
council knows what it needs to do and is doing it.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 'voice-we-found-fair-we-expect-probably',
    why: 'First-person wording "we found ... we expect" in era A.',
    pages: [
`Summary
We found the council's transport service to be fair: we have given it
one star. We expect that it will probably improve, because the review
has produced a clear plan and staff are committed to it.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 'voice-we-are-not-confident-poor-prospects',
    why: 'Inspectors\' voice of doubt leading to era B "poor prospects", grade in a separate sentence.',
    pages: [
`What are the prospects for improvement?
We are not confident that the council will deliver the changes set out
in its improvement plan. It has not done so in the past and there is no
evidence that anything has changed. In our view the service has poor
prospects for improvement.

How good is the service?
In our view it is a fair service and we have given it one star.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 'voice-inspectors-believe-excellent-three-star',
    why: '"The inspectors believe" phrasing with three-star grade and era B promising prospects.',
    pages: [
`Summary
The inspectors believe that the council's benefits service is among the
best in the country. It is an excellent service and we have awarded it
three stars. Its prospects for improvement are promising.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // More single-judgement documents
  // ---------------------------------------------------------------------------
  {
    name: 'prospect-only-era-a-will-improve',
    why: 'Only the era A prospect "will improve" is stated; "good" appears only in ordinary uses.',
    pages: [
`Will the service improve?
The council has a good track record of delivering change and good
support from members. The review was thorough and the improvement plan
is specific, resourced and owned by staff. We are satisfied that the
service will improve.`,
    ],
    expect: { grade: null, prospect: 'will' },
  },
  {
    name: 'prospect-only-excellent-with-good-noise',
    why: 'Era B "excellent prospects" with "good" and "fair" as ordinary words; no grade is stated.',
    pages: [
`What are the prospects for improvement?
The council has a good record of delivering its plans, a fair and open
approach to consultation, and strong leadership from the executive
member. We have therefore concluded that the service has excellent
prospects for improvement.`,
    ],
    expect: { grade: null, prospect: 'excellent' },
  },
  {
    name: 'prospect-only-unlikely-inspectors-voice',
    why: 'Prospect only, era A "unlikely to improve" in the inspectors\' voice, after a heading split across lines.',
    pages: [
`Will the
service improve?
In our view the service is unlikely to improve. There is no agreed
improvement plan, and the three actions the council has agreed are not
linked to the weaknesses found by its own review.`,
    ],
    expect: { grade: null, prospect: 'unlikely' },
  },
  {
    name: 'grade-only-excellent-with-poor-noise',
    why: 'Grade only (excellent) with "poor" used of another council\'s performance and of weather.',
    pages: [
`How good is the service?
Even in the poor weather of last winter, every road on the priority
network was gritted on time. Neighbouring councils, whose performance was
poor, asked to learn from the service. We consider this to be an
excellent service and have awarded it three stars.`,
    ],
    expect: { grade: 'excellent', prospect: null },
  },
  {
    name: 'grade-only-fair-prospects-section-not-included',
    why: 'Grade stated; prospects section referred to but not included in the document.',
    pages: [
`Summary
We have judged the council's school transport service to be fair, and it
has one star. Our judgement on whether the service will improve is set
out in a separate section of this report.`,
    ],
    expect: { grade: 'fair', prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Documents with no judgement at all
  // ---------------------------------------------------------------------------
  {
    name: 'council-own-review-self-assessment',
    why: 'The council\'s own Best Value review with a self-assessment — not an inspection judgement.',
    pages: [
`Abbeyfield Borough Council
Best Value Review of ICT Services
Final Report of the Review Team to Cabinet – September 2001

4. Self-assessment
Using the Audit Commission's inspection criteria, the review team has
assessed the ICT service as fair, and believes it will probably improve
if the recommendations in this report are implemented. The service will
be inspected by the Audit Commission in the new year.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'council-review-ambitions-and-targets',
    why: 'Council review document full of ambitions and targets ("excellent, three-star", "excellent prospects").',
    pages: [
`Best Value Review – Customer Services
Improvement Plan 2002–2005

Our ambition
Our ambition is to be an excellent, three-star service by 2005, with
excellent prospects for improvement recognised by the Audit Commission.

Targets
- 90% of calls answered within 20 seconds by March 2003
- good or excellent satisfaction ratings from 85% of customers
- poor performing processes redesigned by December 2003`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'draft-scores-to-be-confirmed',
    why: 'Draft report with scores to be confirmed — no judgement yet.',
    pages: [
`DRAFT – NOT FOR PUBLICATION
Cranmore District Council – Community Safety

Scoring the service
Scores to be confirmed following internal quality assurance.

'a good service?'
excellent
good
fair
poor
poor      uncertain      promising      excellent
'prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'draft-with-placeholders',
    why: 'Draft template with placeholders instead of scores.',
    pages: [
`DRAFT v0.3 – for factual accuracy check only

Summary
We have assessed Dunford Borough Council as providing a '[grade]',
[x]-star service that has [prospects] prospects for improvement.
[Scores to be inserted after moderation panel, 14 November.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'committee-paper-quotes-other-service',
    why: 'Committee paper preparing for an inspection quotes another service\'s score.',
    pages: [
`Report to Overview and Scrutiny Committee
Date: 3 February 2003
Subject: Preparation for the Best Value inspection of ICT services

1. Purpose
To update members on preparations for the forthcoming Audit Commission
inspection of the ICT service, due in March.

2. Background
The council's benefits service was inspected in May 2002 and was
assessed as 'good' (two stars) with 'promising' prospects for
improvement. Officers are applying the lessons of that inspection.

3. Recommendation
That members note the report.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'committee-paper-list-of-inspection-results',
    why: 'Cabinet paper listing the results of several previous inspections of other services.',
    pages: [
`Cabinet – 12 December 2002
Agenda item 7: Best Value Performance Plan – progress

Results of Best Value inspections to date
Service                    Stars   Prospects
Housing benefits           2       Promising
Waste management           1       Uncertain
Leisure                    0       Poor

The inspection of Property Services will take place in February 2003.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'ofsted-school-overall-effectiveness-good',
    why: 'Ofsted school report with "Overall effectiveness: Good" — not a Best Value judgement.',
    pages: [
`Ofsted
School report
Hillside Primary School
Inspection dates 12–13 March 2013

Overall effectiveness    This inspection: Good 2
                         Previous inspection: Satisfactory 3
Achievement of pupils                Good 2
Quality of teaching                  Requires improvement 3
Leadership and management            Good 2

Summary of key findings for parents and pupils
This is a good school.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'ofsted-children-services-requires-improvement',
    why: 'Ofsted children\'s services inspection ("Requires improvement to be good") — not a Best Value judgement.',
    pages: [
`Ofsted
Inspection of services for children in need of help and protection,
children looked after and care leavers
Westmere County Council
Inspection dates: 4 November 2014 to 27 November 2014

Overall judgement                                  Requires improvement
The experiences and progress of children who need help and protection
                                                   Requires improvement to be good
Adoption performance                               Good
Leadership, management and governance              Requires improvement to be good`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'ofsted-inadequate-and-outstanding',
    why: 'Ofsted judgements "Inadequate" / "Outstanding" on a local authority — not a Best Value judgement.',
    pages: [
`Ofsted inspection of local authority arrangements for the protection of
children – Kirkmoor Borough Council

Overall effectiveness: Inadequate
Capacity for improvement: Adequate

The local authority's fostering service was judged outstanding in its
last inspection and the adoption agency good.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'ofsted-school-full-text-good-with-prospects',
    why: 'Ofsted narrative "This is a good school ... good capacity to improve" — not a Best Value judgement.',
    pages: [
`Ofsted
Inspection report: St Anne's Church of England Junior School
Inspection date: 6 June 2008

Overall effectiveness of the school                Grade: 2
This is a good school with some outstanding features. Pupils' personal
development is excellent. The school has good capacity to improve
further, and its prospects are promising.

Grades: 1 is outstanding, 2 good, 3 satisfactory and 4 inadequate`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'audit-management-letter-ordinary-words',
    why: 'Annual audit letter using grade words in ordinary senses; no service judgement.',
    pages: [
`Annual Audit Letter 2001/2002
Lindale District Council

Key messages
The council's financial standing is good. Budgetary control is fair
overall but poor in the housing revenue account, where staff morale is
poor following the restructure. There are excellent working relationships
with internal audit. We have issued an unqualified opinion on the
accounts. The council's prospects of meeting its savings targets will
improve once the new finance system is in place.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'inspection-context-section-only',
    why: 'A fragment of an inspection report (context section) that states no judgement.',
    pages: [
`Context
The locality
Morwick is a largely rural district of 104,000 people. Unemployment is
low but there are pockets of deprivation in the two market towns.

The council
The council has 49 members. No party has overall control. The ICT
service employs 38 staff and has a budget of £2.9 million.

14`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'inspection-terms-of-reference',
    why: 'Inspection terms of reference describing the two questions ("how good", "will it improve") — no judgement.',
    pages: [
`Terms of reference for the inspection
The inspection will assess how good the service is and whether it will
improve. Inspectors will score the service on a scale from poor (no
stars) to excellent (three stars), and its prospects for improvement as
poor, uncertain, promising or excellent. Fieldwork will take place in the
week of 9 September 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'recommendations-only',
    why: 'Recommendations section only, with aspirational "good" and "excellent" wording.',
    pages: [
`Recommendations
To rise to the challenge of continuous improvement, councils need
inspection reports that offer practical pointers for improvement. In
this context the inspection team recommends that the council:
- agrees an ICT strategy that supports the corporate aims, so that the
  service can become a good or excellent one;
- improves communication between the ICT section and departments;
- develops a user training programme; and
- sets out how it will improve the service's poor performance on the
  help desk.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'appendix-documents-and-people',
    why: 'Appendix listing documents reviewed, including titles with grade words.',
    pages: [
`Appendix 2 – Documents reviewed
- ICT Strategy 2001–2004
- Best Value Review of ICT: final report (the review team's self-assessment:
  "fair, with promising prospects")
- "Good practice in ICT procurement", IDeA, 2001
- Help desk performance reports, April–September 2002

Appendix 3 – People we met
Chief Executive; Head of ICT; Executive Member for Resources.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 'best-value-performance-plan-extract',
    why: 'Best Value Performance Plan extract with targets and past outturns; no inspection judgement.',
    pages: [
`Best Value Performance Plan 2002/03
Section 5: How we are improving

Our benefits service is improving. We expect it to be a good service by
the end of the year and we believe its prospects are excellent. Last
year's performance on processing new claims was poor (61 days), but this
year we have reached 38 days, which is fair compared with similar
councils.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
