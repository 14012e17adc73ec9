/** Held-out judgement set 24, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases24: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // Kind 1: marked scoring grids
  // ---------------------------------------------------------------------------
  {
    name: 's24-grid-asterisk-spaces-good-promising',
    why: 'kind 1: era B chart laid out with runs of spaces; all eight scale words sit on the axes, only the asterisk position (row good, column promising) is the verdict',
    pages: [
      `Information and Communications Technology
Brackenfield Borough Council
Best Value Inspection Service
February 2003`,
      `Summary
Brackenfield's ICT service supports around 1,650 users on 31 sites. The Best Value review of the
service finished in June 2002. We found a dependable network, a help desk that users value and an
improvement plan with the backing of senior officers, although the ICT strategy is still not fully
costed.
Scoring the service
We have assessed the service using the Commission's standard chart, reproduced below.
                              Prospects for improvement
                      poor          uncertain     promising     excellent
a good service?
  excellent
  good                                                *
  fair
  poor
Source: Audit Commission
Recommendations
To rise to the challenge of continuous improvement the council should:
- cost the ICT strategy and link it to the medium-term financial plan;`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's24-grid-tabs-axes-swapped-fair-unlikely',
    why: 'kind 1: era A grid extracted with tab-separated cells and prospects down the side; the X sits in the second grade column (fair) on the "unlikely to improve" row; caption says which axis is which',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology Services
Easterleigh District Council
May 2001`,
      `2  Easterleigh District Council - IT Services
Scoring chart
In the chart below the rows show whether the service will improve and the columns show how good
the service is now (from poor on the left to excellent on the right). The cell marked X is our
judgement.
\tPoor\tFair\tGood\tExcellent
Will improve\t\t\t\t
Will probably improve\t\t\t\t
Unlikely to improve\t\tX\t\t
Will not improve\t\t\t\t
The reasons for these judgements are set out in the body of this report. Staff in the IT unit are
committed and there are excellent working relationships within the team, but the service has no
agreed standards and the review did little to challenge existing ways of working.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's24-grid-cell-per-line-checkbox-poor-poor',
    why: 'kind 1: era B chart where the extractor put one cell on each line as [ ] / [x]; caption gives column order; the [x] is the first cell of the poor row, i.e. poor service, poor prospects',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Saltmarsh District Council
ICT and e-government
Inspection report
September 2004`,
      `Summary
Saltmarsh's ICT service has struggled for some years. Users report long waits for repairs, the
network fails several times a month and the review produced an improvement plan that is neither
costed nor owned by anyone senior.
Scoring chart
Vertical axis: 'a good service?'  Horizontal axis: 'will the service improve?'
Cells in each row run left to right: poor, uncertain, promising, excellent.
'excellent'
[ ]
[ ]
[ ]
[ ]
'good'
[ ]
[ ]
[ ]
[ ]
'fair'
[ ]
[ ]
[ ]
[ ]
'poor'
[x]
[ ]
[ ]
[ ]
Page 2`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's24-grid-pipes-tick-fair-probably',
    why: 'kind 1: era A grid as a pipe table; grade labels carry star notation "(*)" which is not a mark; the tick is in row fair, column "will probably improve"',
    pages: [
      `Millbrook Borough Council
Information Technology
Best Value Inspection Service
December 2000`,
      `How we have scored the service
| | Will not improve | Unlikely to improve | Will probably improve | Will improve |
| Excellent (***) | | | | |
| Good (**) | | | | |
| Fair (*) | | | ✓ | |
| Poor | | | | |
The tick shows the inspectors' judgement. Comparison with the council's own aim to be 'a good
service by 2002' is made in section 3.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's24-grid-star-reversed-axes-excellent-excellent',
    why: 'kind 1: era B chart drawn with both axes reversed (excellent first across, poor at the top of the grade axis); the ★ sits in the first column of the last row, which is excellent/excellent, not poor',
    pages: [
      `Tansley Vale Council
Information and Communications Technology Services
Inspection report
Audit Commission - Best Value Inspection Service
March 2005`,
      `Summary
Tansley Vale's ICT service is one of the best we have seen. Users across the council speak highly of
it, costs are low compared with similar councils and the service has a long record of delivering
what it promises.
Scoring chart
The quality of the service is shown on the vertical axis and its prospects for improvement on the
horizontal axis. Note that in this chart the horizontal axis runs from excellent on the left to poor on the right, and the vertical axis from
poor at the top to excellent at the bottom.
                  Excellent    Promising    Uncertain    Poor
Poor
Fair
Good
Excellent             ★
Page 3`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's24-grid-dot-next-page-tabs-fair-uncertain',
    why: 'kind 1: era B; the summary points to a chart on the next page; the grid has prospects as rows and grades as columns (tab cells) with a • in row uncertain, column fair',
    pages: [
      `Summary
Fenbridge City Council - ICT Services - Best Value inspection - November 2002
The service is valued by schools and front-line staff, but its costs are high and the review did
not test whether other providers could do the work more cheaply. Our judgements are shown in the
chart on the next page.`,
      `Fenbridge City Council  ICT Services  page 4
Scoring chart
Prospects for improvement (rows) against the quality of the service (columns)
\tpoor\tfair\tgood\texcellent
excellent\t\t\t\t
promising\t\t\t\t
uncertain\t\t•\t\t
poor\t\t\t\t
Recommendations follow in section 2.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's24-grid-two-line-header-x-poor-will-not',
    why: 'kind 1: era A chart whose column headings wrap onto two lines; X in the first column of the poor row = poor, will not improve; "excellent working relationships" elsewhere is an ordinary phrase',
    pages: [
      `Best Value Inspection Service
Redcliffe Borough Council
Information Technology Support Services
July 2001`,
      `Summary
The IT support service at Redcliffe has excellent working relationships with one or two departments,
but most users told us they had given up reporting faults. Our scores are shown below.
                will not        unlikely to     will probably   will
                improve         improve         improve         improve
Excellent
Good
Fair
Poor                X
The vertical axis shows how good the service is; the horizontal axis shows whether it will improve.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's24-grid-cell-per-line-dashes-excellent-will',
    why: 'kind 1: era A chart extracted one cell per line, empty cells as "-" and the mark as "*"; the asterisk is the fourth cell of the excellent row (will improve); a council aim in the text is not the verdict',
    pages: [
      `Greyhithe Council
ICT Services
Best Value Inspection Service
Audit Commission
April 2001`,
      `Scoring chart
Rows: how good is the service? (excellent, good, fair, poor)
Columns, left to right: will not improve; unlikely to improve; will probably improve; will improve
excellent
-
-
-
*
good
-
-
-
-
fair
-
-
-
-
poor
-
-
-
-
The council's stated aim when the review began was simply to become 'a good service'; it has gone
well beyond that.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Kind 2: table cells mixing the grade word with stars or sentences
  // ---------------------------------------------------------------------------
  {
    name: 's24-table-cells-fair-one-star-promising',
    why: 'kind 2: era B summary table; the judgement cells read "Fair - one star" and "Promising prospects: ..."; the reasons column uses good, poor and excellent about parts of the service',
    pages: [
      `Caldermouth Metropolitan Borough Council
ICT Services
Best Value Inspection Service
June 2003`,
      `Summary of our judgements
Question                    Judgement                      Reasons
How good is the service?    Fair - one star                Users rate the help desk as good, but
                                                           network availability is poor and we
                                                           found no excellent practice to share.
Will the service improve?   Promising prospects: a sound   The improvement plan is costed and is
                            plan with clear milestones     owned by the corporate management team.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's24-table-good-2-of-3-uncertain',
    why: 'kind 2: era B; grade cell "Good: 2 stars of 3", prospect cell "Uncertain - ..." with a reasons column that mentions a poor project record and an excellent network',
    pages: [
      `Orwell Vale District Council - Information and Communications Technology
Best Value Inspection Service - October 2002`,
      `Judgements
Aspect\tScore\tWhy
Current service\tGood: 2 stars of 3\tAn excellent network and fast repairs; poor documentation of systems
Prospects\tUncertain - the plan is sound but we are not sure it can be delivered\tThe council has a poor record of finishing ICT projects on time
Orwell Vale DC  page 2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's24-table-no-will-not-improve-poor',
    why: 'kind 2: era A table with answer cells "Poor (no stars)" and "No - it will not improve"; the reasons cell quotes the council calling the service good',
    pages: [
      `Audit Commission  Best Value Inspection Service
Dunstone Borough Council  -  Information Technology
February 2001`,
      `Inspection judgements
---------------------------------------------------------------------------------------
The question               Our answer                   Reasons
Is the service good?       Poor (no stars)              Systems fail often; the council's review
                                                        called the service 'good' but offered no
                                                        evidence to support this.
Will it improve?           No - it will not improve     There is no improvement plan worth the
                                                        name and no budget to carry one out.
---------------------------------------------------------------------------------------`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's24-table-star-glyphs-fair-probably',
    why: 'kind 2: era A; the grade cell is star glyphs plus a word ("★☆☆ Fair") and the prospect cell is "Probably - ..." beside reasons that contain good and excellent',
    pages: [
      `Westcombe District Council
IT Services
Inspection report, August 2001`,
      `At a glance
How good is the service?      ★☆☆  Fair       Good support for front-line staff, weak corporate systems
Will the service improve?     Probably - yes   An excellent track record on small projects; the larger
                                               changes are untested
The full reasons are set out in sections 3 and 4.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's24-table-poor-zero-stars-uncertain',
    why: 'kind 2: era B; "Poor - 0 stars out of 3" and "Uncertain. Some good intentions ..." with a reasons column that praises an excellent schools team',
    pages: [
      `Ravensby City Council
Information and Communications Technology
Best Value Inspection Service
January 2004`,
      `Summary table
1. How good is the service?
   Poor - 0 stars out of 3
   Reasons: an excellent schools support team cannot make up for an unreliable network and a
   help desk that closes most calls without solving them.
2. What are the prospects for improvement?
   Uncertain. Some good intentions, but the plan relies on funding that has not been agreed.
   Reasons: members have yet to commit to the ICT budget.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's24-table-excellent-three-stars-yes',
    why: 'kind 2: era A; grade cell "Excellent ★★★", prospect cell "Yes, the service will improve", reasons mention the poor state of the service three years earlier',
    pages: [
      `Pelham Moor Borough Council
Information Technology Services
Best Value Inspection Service
June 2001`,
      `Summary of scores
Question\tScore\tReasons
Is it a good service?\tExcellent ★★★\tThree years ago this was a poor service; it is now among the best we have inspected
Will it improve?\tYes, the service will improve\tA costed plan, a strong record of delivery and committed members`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // Kind 3: prospects paraphrased (likelihood, belief, negation), no scale words
  // ---------------------------------------------------------------------------
  {
    name: 's24-paraphrase-on-balance-get-better-good',
    why: 'kind 3: era A; "on balance we expect the service to get better" = will probably improve; no prospect scale phrase appears',
    pages: [
      `Best Value Inspection Service
Arkholme District Council
Information Technology
March 2001`,
      `Summary
We judge that Arkholme's IT service is a good, two-star service. Users are generally satisfied, the
network is reliable and costs compare well with similar districts.
Looking ahead, the review has produced a sensible action plan. Some of it depends on staff who are
already stretched, and two key posts are vacant, but on balance we expect the service to get better
over the next two years.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's24-paraphrase-no-sign-of-change-poor',
    why: 'kind 3: era A; "we can see nothing that suggests the service will change" and "no prospect of the plan turning it round" = will not improve, stated without the scale words',
    pages: [
      `Hollins Borough Council
Information Technology Services
Best Value Inspection Service
January 2001`,
      `Summary
This is a poor service. Systems are old and unreliable, users have lost confidence in the IT
section, and nobody could tell us what the service costs.
We also looked for evidence that things will change. We found none. The review was carried out by
the IT manager alone, its action plan has no dates, no owners and no money attached, and members
have not discussed it. We can see nothing to suggest that the council will turn this service round.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's24-paraphrase-doubt-capacity-fair',
    why: 'kind 3: era A; "we doubt the council has the capacity to deliver its plan" = unlikely to improve; holder is the inspectors',
    pages: [
      `Stourmere District Council
Information and Communications Technology
Audit Commission Best Value Inspection
September 2001`,
      `Summary
We have concluded that the ICT service is fair. It does the basics adequately but adds little to the
way the council delivers its other services.
The improvement plan is ambitious: a new network, a corporate document management system and a
fully staffed help desk within eighteen months. We doubt that the council has the staff, the money
or the management capacity to deliver this plan, and there is little in its recent record to
reassure us.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's24-paraphrase-confident-plan-delivered-good',
    why: 'kind 3: era A; "we are confident that the improvement plan will be delivered in full" = will improve, with no scale phrase',
    pages: [
      `Thornbury Heath Borough Council
IT Services
Best Value Inspection Service
June 2001`,
      `Summary
Thornbury Heath provides a good IT service. Most users are well supported and the help desk
resolves three calls in four at the first contact.
The council has a clear plan for the next three years, backed by an agreed budget and monitored by
members every quarter. Given its record of delivering earlier projects on time, we are confident
that the improvement plan will be delivered in full.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's24-paraphrase-more-likely-than-not-fair',
    why: 'kind 3: era B; "we believe it is more likely than not that the service will get better" = ordinal 2, promising in the era B vocabulary, though that word never appears',
    pages: [
      `Lowfield Metropolitan Borough Council
ICT Services
Best Value Inspection Service
Audit Commission
April 2003`,
      `Summary
The inspection team judges the ICT service to be fair. It is reliable but expensive, and users in
the outlying offices are less well served than those in the civic centre.
Will the service improve?
There are risks: the council has not yet appointed a permanent head of ICT. Even so, the plan is
realistic and has been costed, and we believe it is more likely than not that the service will get
better.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's24-paraphrase-not-convinced-progress-fair',
    why: 'kind 3: era B; "we are not convinced the council can make the progress it plans" = ordinal 1, uncertain in era B; the grade is stated in a separate sentence',
    pages: [
      `Westmarch County Council
Corporate ICT
Best Value Inspection Service
December 2002`,
      `2  Westmarch County Council - Corporate ICT
Summary
In our view this is a fair, one-star service.
Whether it will improve is much less clear. The plan promises a great deal but has no milestones,
the budget for the second year has not been agreed and the partnership with the district councils
is still being negotiated. We are not convinced that the council can make the progress it plans.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's24-paraphrase-in-no-doubt-excellent',
    why: 'kind 3: era B; "the inspectors are in no doubt that the service will keep getting better" = ordinal 3, excellent prospects, with no scale phrase',
    pages: [
      `Ashbourne Vale Borough Council
Information and Communications Technology
Inspection report - July 2004`,
      `Summary
Ashbourne Vale's ICT service is excellent. It is cheap, highly regarded by users and has put the
council among the leaders in electronic service delivery.
The inspectors are in no doubt that the service will keep getting better: it has met every
milestone in its last two plans, its new plan is fully funded and its managers are already
testing themselves against the best performers in the country.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's24-paraphrase-nothing-will-change-poor',
    why: 'kind 3: era B; "we see no realistic chance that it will get better" and "nothing will change" = ordinal 0, poor prospects, with no scale phrase',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Kestrel Borough Council
Information Technology
May 2003`,
      `Summary
We judge the IT service to be poor. Outages are frequent, the help desk is swamped and users in
several departments have bought their own equipment to get round it.
The review has not changed anything. Its recommendations repeat those of a consultant's report
from 1999 that was never acted on, there is no budget to carry them out and the corporate
management team has not discussed them. Unless the council's approach alters fundamentally, we see
no realistic chance that the service will get better.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // Kind 4: quoted views that are not the inspectors'
  // ---------------------------------------------------------------------------
  {
    name: 's24-quoted-self-assessment-good-but-fair',
    why: 'kind 4: era B; the council self-assessed "good", the inspectors "do not agree" and judge fair; prospects promising in the inspectors\' voice',
    pages: [
      `Nethercott District Council
ICT Services
Best Value Inspection Service
March 2003`,
      `Summary
In its self-assessment the council rated its ICT service as good, pointing to high user
satisfaction and a new network. We do not agree. Satisfaction is high among senior officers but much
lower among front-line staff, and the new network is not yet in use at most sites. Our judgement
is that the service is fair.
The review has, however, produced a realistic and well-supported improvement plan, and we consider
that the service has promising prospects for improvement.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's24-quoted-it-director-expects-rapid-progress',
    why: 'kind 4: era A; the IT director expects rapid progress and says the service "will improve"; the inspectors then say it is unlikely to improve; the grade fair is the inspectors\'',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology - Ormsby District Council
August 2001`,
      `Summary
The head of IT told us that he expected rapid progress once the new network is installed, and that
'the service will improve beyond recognition within a year'. Our evidence does not support this.
The network project is already six months late, there is no money for the second phase and the
review did not consider any way of providing the service other than the present one.
We judge the service to be fair, and we think it is unlikely to improve.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's24-quoted-neighbour-excellent-this-poor',
    why: 'kind 4: era B; a neighbouring council\'s excellent rating is quoted as a comparison; the inspectors judge this service poor with poor prospects',
    pages: [
      `Marlow Fen District Council
Information and Communications Technology
Best Value Inspection Service
October 2003`,
      `Summary
Members often contrasted their service with that of the neighbouring borough, whose ICT service was
rated excellent by the Commission last year. The comparison is instructive but not flattering.
Marlow Fen's ICT service is poor. It costs more per user than its neighbour's, fails more often and
has no plan for electronic service delivery. Prospects for improvement are poor: the review was
late, narrow and has not been adopted by the executive.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's24-quoted-earlier-inspection-poor-now-good',
    why: 'kind 4: era B re-inspection; the 2001 inspection judged the service poor and unlikely to improve (quoted); this report judges it good with promising prospects',
    pages: [
      `Bramwell City Council
ICT Services - re-inspection
Best Value Inspection Service
November 2003`,
      `Summary
When we first inspected this service in June 2001 we judged it to be poor and unlikely to improve.
Much has changed since then. A new head of ICT was appointed in 2002, the network has been
replaced and users now rate the help desk highly.
We now judge the ICT service to be good. It has promising prospects for further improvement,
because the council has a funded plan and a management team that has shown it can deliver.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's24-quoted-cabinet-member-confident-excellent',
    why: 'kind 4: era B; the cabinet member is "confident the service will be excellent by 2005"; inspectors say fair with uncertain prospects ("however")',
    pages: [
      `Grimsdale Borough Council
Information and Communications Technology
Audit Commission - Best Value Inspection Service
February 2004`,
      `Summary
The cabinet member for resources told us she was confident that the service would be 'excellent by
2005' and that the improvement plan would be delivered on time. However, the inspection team found
a service that is fair at best: reliable for basic tasks but slow to respond to new demands.
The prospects for improvement are uncertain. The plan is ambitious but unfunded beyond its first
year, and the council has started similar plans before without finishing them.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's24-quoted-consultants-excellent-inspectors-good',
    why: 'kind 4: era A; consultants engaged by the council called the service excellent; the inspectors judge it good and likely to improve ("will probably improve")',
    pages: [
      `Best Value Inspection Service
Carnforth Vale District Council
Information Technology
May 2001`,
      `Summary
As part of its review the council engaged consultants, whose report describes the IT service as
'excellent in almost every respect'. The inspectors take a more measured view. The service is
good: it is reliable, well liked and reasonably priced, but it has not yet done much to help other
departments change the way they work.
We think the service will probably improve. The improvement plan is realistic, though it depends on
a funding bid that has not yet been decided.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's24-quoted-staff-survey-poor-inspectors-good-will',
    why: 'kind 4: era A; a staff survey and a union representative describe the service as poor; the inspectors disagree and judge it good, and say yes, it will improve',
    pages: [
      `Winsley Borough Council
IT Services
Best Value Inspection Service
July 2001`,
      `Summary
A staff survey carried out during the review described the IT service as 'poor', and a trade union
representative told us it would 'never get any better'. That was not our experience. The survey was
taken during the move to a new building, when the network was down for several days, and more
recent measures show a much better picture.
We judge the service to be good, and we believe that it will improve. The council has a clear,
funded plan and has met all its milestones so far.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's24-quoted-benefits-good-it-poor',
    why: 'kind 4: era A; the benefits service "inspected last year was judged good" is another service; this IT service is poor and will not improve',
    pages: [
      `Audit Commission
Best Value Inspection Service
Dunmere District Council
Information Technology
March 2001`,
      `Summary
The council's benefits service, inspected last year, was judged good, and officers pointed to it as
evidence that the council can deliver. The IT service is a different story.
In our judgement the IT service is poor. We do not believe that it will improve: the review
recommended no significant changes, and the council has rejected the only option (a partnership
with the county) that might have changed things.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },

  // ---------------------------------------------------------------------------
  // Kind 5: long sentences, verdict far from its subject
  // ---------------------------------------------------------------------------
  {
    name: 's24-long-duties-list-dash-aside-fair-promising',
    why: 'kind 5: era B; a dash-delimited list of duties puts some forty words between "the ICT service" and "fair"; the prospect sentence has a bracketed aside before "promising"',
    pages: [
      `Haverleigh Borough Council
ICT Services
Best Value Inspection Service
September 2002`,
      `Summary
The council's ICT service - which runs the corporate network, supports some 2,400 users on forty
sites, manages the telephone contract, looks after the revenues and benefits system and, since
April, hosts the payroll system for two neighbouring districts - is, in our judgement and taking
account of all the evidence set out in sections 3 to 5 of this report, a fair, one-star service.
The prospects for this service (bearing in mind that the head of ICT post has been filled only on
an interim basis, and that the second year of the plan still awaits funding) are, on the evidence
we have seen, promising.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's24-long-hyphen-line-break-excellent-excellent',
    why: 'kind 5: era B; verdict words split by end-of-line hyphenation ("excel-/lent", "improve-/ment") far from the subject inside a long sentence',
    pages: [
      `Audit Commission
Inspection report
Information and Communications Technology
Queensford City Council
June 2004`,
      `Summary
Queensford's ICT service, which in the three years since the last review has replaced every desk-
top in the council, opened a contact centre handling more than 30,000 calls a month and moved
three-quarters of its transactions online, is, we have concluded, an excel-
lent service, and because the same team has already agreed and funded the next stage of its
plan, the prospects for further improve-
ment are in our view excellent.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's24-long-page-break-running-header-good-will',
    why: 'kind 5: era A; the verdict sentence runs across a page break, with a running header and page number between "is a" and "good service"; prospect "will improve" follows later in a long clause',
    pages: [
      `Best Value Inspection Service
Oakhurst District Council
IT Services
February 2001`,
      `Summary
Taking into account the views of users in every department, the results of our reality checks at
the civic offices and the two area offices, the service's costs compared with those of the
thirteen other districts in the county, and the findings of the council's own review, our
conclusion is that the IT service at Oakhurst is a`,
      `Oakhurst District Council - IT Services                                        Page 3
good service, and that - because the council has a clear plan, money set aside to pay for it and a
track record of doing what it says it will do - the service will improve.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's24-long-brackets-poor-unlikely',
    why: 'kind 5: era A; a long bracketed aside containing "good" and "excellent" (about particular teams) sits between the subject and the verdict "poor"; the prospect comes at the end of the next long sentence',
    pages: [
      `Audit Commission
Best Value Inspection
Information Technology - Sowerby Bridge District Council
April 2001`,
      `Summary
The IT service as a whole (although we saw some good work by the schools support team, and users
at the leisure centres described the engineer who visits them as excellent) is, when measured
against the standards users should expect and against what similar councils achieve at similar
cost, poor.
Given that the review took eighteen months, that its action plan is a list of aspirations without
dates or costs, and that no member has taken responsibility for seeing it through, we consider the
service unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's24-long-subject-first-verdict-late-good-excellent',
    why: 'kind 5: era B; a long sentence in which "prospects for improvement" is separated from "excellent" by a list of reasons; the grade "good" also comes late',
    pages: [
      `Elmhurst Borough Council
Information and Communications Technology
Best Value Inspection Service
August 2004`,
      `2  Elmhurst Borough Council - ICT
Summary
Elmhurst's ICT service, although it still has some way to go before every department is
properly supported and before its costs come down to the level of the best councils, is, we
judge, good.
Its prospects for improvement - given a fully costed three-year plan, a chief executive who chairs
the ICT board in person, a partnership with the private sector that is already delivering savings,
and a track record of meeting every deadline it has set itself since 2002 - are excellent.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's24-long-clauses-fair-probably',
    why: 'kind 5: era A; a single long sentence carries both judgements with "fair" and "will probably improve" each many words after the subject, and "poor" appears in an aside about one system',
    pages: [
      `Fairhaven District Council
Information Technology
Best Value Inspection Service
June 2001`,
      `Summary
We have concluded that the council's IT service, which is small, relies heavily on two long-serving
officers and has, until recently, been run without any formal plan (the exception being the
financial system, which is poorly supported by its supplier and which the council intends to
replace next year), is a fair service which, given the realistic improvement plan produced by the
review and the commitment of the new director of resources, will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },

  // ---------------------------------------------------------------------------
  // Kind 6: documents about an inspection
  // ---------------------------------------------------------------------------
  {
    name: 's24-about-press-release-commission-good-promising',
    why: 'kind 6: an Audit Commission press release reporting its own inspectors\' verdict on this service (era B): good, promising prospects',
    pages: [
      `AUDIT COMMISSION
NEWS RELEASE
For immediate release: 14 May 2003
Lindley Borough Council's ICT service is 'good' with 'promising' prospects, say inspectors
The Audit Commission's inspectors have judged the ICT service provided by Lindley Borough Council
to be a 'good', two-star service with 'promising' prospects for improvement.
The lead inspector said: 'Users are well supported and the council has a clear plan. The council
now needs to make sure that the plan is properly funded.'
Notes to editors
1. Services are scored on a scale from no stars (poor) to three stars (excellent). Prospects are
scored as poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's24-about-cabinet-report-fair-probably',
    why: 'kind 6: era A council cabinet report summarising the published inspection of this service; the inspectors\' verdict (fair, will probably improve) is reported; the officer\'s own view is not the verdict',
    pages: [
      `WOLDINGHAM DISTRICT COUNCIL
REPORT TO CABINET - 12 SEPTEMBER 2001
Best Value inspection of Information Technology Services
Report of the Director of Corporate Services
1. Purpose
To inform Cabinet of the outcome of the Audit Commission's inspection of the IT service, published
on 23 August 2001.
2. Outcome of the inspection
2.1 The inspectors judged the IT service to be a 'fair' one-star service that will probably improve.
2.2 Officers believe that the report understates the progress made since the review, and consider
the service to be good. The inspectors' recommendations have nevertheless been accepted in full.
3. Recommendation
That Cabinet notes the inspection report and approves the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's24-about-committee-paper-other-service-score',
    why: 'kind 6: committee paper on the ICT review that quotes only the benefits service\'s inspection score; no judgement of the ICT service exists yet, so both null',
    pages: [
      `Easton Marsh Borough Council
Resources Scrutiny Committee - 4 March 2004
Agenda item 7: Best Value review of ICT - progress report
1. The ICT review is due to report to the Executive in May, after which the Audit Commission is
expected to inspect the service in the autumn.
2. Members will recall that the benefits service, inspected in 2003, was judged 'good' with
'promising' prospects. Officers intend to learn from that experience in preparing for the ICT
inspection.
3. The committee is asked to note progress.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-about-scrutiny-minutes-poor-uncertain-chair-disagrees',
    why: 'kind 6: era B minutes noting the Commission\'s report on this service (poor, uncertain prospects); the chair\'s belief that the service is better is not the verdict',
    pages: [
      `MINUTES OF THE CORPORATE OVERVIEW AND SCRUTINY PANEL
held on Tuesday 18 November 2003 at 7.00pm
Present: Councillors Ashby (Chair), Bell, Chaudhry, Dawson and Ellis
34. AUDIT COMMISSION INSPECTION OF ICT SERVICES
The Panel considered the Audit Commission's inspection report on the council's ICT services, which
found the service to be poor (no stars) with uncertain prospects for improvement.
The Chair said that she believed the service was much better than the report suggested and that
staff had worked hard. The Head of ICT outlined the improvement plan.
RESOLVED: that the report be noted and the improvement plan be monitored quarterly.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's24-about-council-press-release-pre-inspection-aim',
    why: 'kind 6: council press release before inspection announcing the aim of an excellent rating; no inspection verdict exists, so both null',
    pages: [
      `PRESS RELEASE - Brackley Heath District Council - 2 February 2002
COUNCIL SETS SIGHTS ON TOP RATING FOR IT
Brackley Heath's IT team has set itself the goal of being rated 'excellent' with 'excellent'
prospects when the Audit Commission inspects the service later this year.
Councillor Hughes, the executive member for resources, said: 'We have a good service and a
promising future. I am confident the inspectors will see that.'
The inspection is expected to take place in the summer, with the report published in the autumn.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-about-newspaper-poor-unlikely',
    why: 'kind 6: era A local newspaper report of the published inspection of this service; the inspectors\' verdict as reported (poor, unlikely to improve) is labelled; the leader\'s response is not',
    pages: [
      `THE WEALDSIDE GAZETTE   Thursday 19 April 2001
Council computer service 'poor', say inspectors
Government inspectors have given Wealdside District Council's computer service the lowest possible
rating.
The Audit Commission's report, published this week, rates the IT service as poor and says it is
unlikely to improve without a change of approach.
Council leader Tom Berry said: 'We accept some of the criticisms but this report does not reflect
the excellent work our staff do every day.'`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's24-about-newsletter-grade-only',
    why: 'kind 6: era B staff newsletter reporting only the grade the inspectors gave this service; the prospects judgement is not stated, so prospect is null',
    pages: [
      `Inside Harbury - the staff newsletter of Harbury Borough Council - Issue 41, Spring 2004
IT service earns two stars
Congratulations to everyone in the IT team. The Audit Commission's inspectors have rated our IT
service 'good', giving it two stars out of a possible three. The full inspection report is
available on the intranet.
Also in this issue: new car parking arrangements; long service awards; the summer fun run.`,
    ],
    expect: { grade: 'good', prospect: null },
  },

  // ---------------------------------------------------------------------------
  // Kind 7: plain statements in many sentence forms, both eras
  // ---------------------------------------------------------------------------
  {
    name: 's24-plain-a-passive-poor-will-not',
    why: 'kind 7: era A, passive voice: "has been judged to be poor" and "will not improve"',
    pages: [
      `Audit Commission
Best Value Inspection Service
Information Technology
Cranmere Borough Council
November 2000`,
      `Summary
The IT service has been judged to be poor. Around a fifth of calls to the help desk are still
unresolved after a week and the council does not know what the service costs.
It is our view that the service will not improve. The Best Value review did not question whether
the service should be provided in-house, and the action plan contains no targets.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's24-plain-a-headings-fair-unlikely',
    why: 'kind 7: era A, answers under the report\'s two question headings',
    pages: [
      `Best Value Inspection Service
Tidewell District Council
Information Technology
January 2001`,
      `How good is the service?
Fair. The service meets most users' basic needs, but response times are slow at the outlying
offices and there are no agreed service standards.
Will the service improve?
It is unlikely to improve. The review was narrow, the improvement plan is not costed and the
council has not set aside any money to put it into effect.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's24-plain-a-our-judgement-good-probably',
    why: 'kind 7: era A, "Our judgement is that..." with both verdicts in one sentence',
    pages: [
      `Audit Commission - Best Value Inspection
Information Technology Services
Mossbridge District Council
March 2001`,
      `Summary
Our judgement is that Mossbridge provides a good IT service which will probably improve. Users are
well supported, the network is reliable and the review produced a plan that is clear about what
will be done and by when.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's24-plain-a-we-judge-excellent-yes-will',
    why: 'kind 7: era A, active "We judge" for the grade and a bare "Yes" answer restated as "will improve"',
    pages: [
      `Best Value Inspection Service
Heronsgate Borough Council
IT Services
June 2001`,
      `Summary
We judge the IT service to be excellent. It is among the cheapest of its kind, users are very
satisfied, and it has led the council's move to electronic service delivery.
Will it improve? Yes. The service will improve: it has a funded plan, a strong track record and
members who monitor progress closely.`,
    ],
    expect: { grade: 'excellent', prospect: 'will' },
  },
  {
    name: 's24-plain-a-team-concluded-fair-will-not',
    why: 'kind 7: era A, "the inspection team has concluded"; the "poor morale" phrase is ordinary language',
    pages: [
      `Audit Commission
Best Value Inspection Service
Bexwell District Council - Information Technology
October 2000`,
      `Summary
The inspection team has concluded that the IT service is fair but will not improve. Users get a
reasonable service day to day, but poor morale among IT staff, the absence of any plan and the
council's refusal to consider other ways of providing the service mean that nothing is likely to
change.`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's24-plain-a-report-finds-poor-unlikely',
    why: 'kind 7: era A, "This report finds" with the grade as an adjective before "service"',
    pages: [
      `Best Value Inspection Service
Longridge Borough Council
Computer Services
September 2001`,
      `Summary
This report finds a poor computer service that is unlikely to improve. The council's own review
identified many of the same problems, but the action plan that followed is vague and unfunded.
1. Introduction`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's24-plain-a-commission-considers-good-will',
    why: 'kind 7: era A, "The Commission considers" with grade and prospect in separate sentences; "a fair proportion" is ordinary language',
    pages: [
      `AUDIT COMMISSION
Best Value Inspection Service
Whitcombe District Council
Information and Communications Technology
July 2001`,
      `Summary
The Commission considers that Whitcombe's ICT service is good. A fair proportion of staff still
rely on old equipment, but the service is well run and users value it.
We also consider that the service will improve. Its plan is clear, costed and already under way.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's24-plain-a-in-our-view-excellent-probably',
    why: 'kind 7: era A, "In our view" with the grade in stars and words and the prospect in the era A phrase',
    pages: [
      `Best Value Inspection Service
Cherrington Council
Information Technology
August 2001`,
      `Summary
In our view this is an excellent, three-star IT service. It is reliable, inexpensive and highly
regarded by the departments it serves.
The service will probably improve further, although the loss of two senior staff to the private
sector this year is a risk the council will need to manage.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's24-plain-b-we-judge-poor-poor-prospects',
    why: 'kind 7: era B, "We judge ... poor service with poor prospects for improvement"',
    pages: [
      `Best Value Inspection Service
Alderley Marsh District Council
ICT Services
January 2003`,
      `Summary
We judge that Alderley Marsh is providing a poor ICT service with poor prospects for improvement.
Users cannot rely on the network, the help desk has no targets and the review has produced no
agreed plan.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's24-plain-b-headings-fair-uncertain',
    why: 'kind 7: era B, short answers under "How good is the service?" and "What are the prospects for improvement?" headings',
    pages: [
      `Audit Commission
Inspection report
Information and Communications Technology
Foxbury Borough Council
March 2002`,
      `How good is the service?
A fair, one-star service.
The ICT service meets users' day-to-day needs, but costs are above average and the council's
website offers little more than information.
What are the prospects for improvement?
Uncertain.
The improvement plan is reasonable but has no funding beyond April 2003.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's24-plain-b-passive-assessed-good-promising',
    why: 'kind 7: era B, passive "is assessed as good (two stars)" and "its prospects as promising"',
    pages: [
      `Best Value Inspection Service
Kingsmead City Council
ICT and e-Government
July 2003`,
      `Summary
The service is assessed as good (two stars), and its prospects for improvement as promising. The
council has made real progress on electronic service delivery, and the improvement plan is
realistic, although its funding beyond next year has still to be confirmed.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's24-plain-b-our-judgement-excellent-excellent',
    why: 'kind 7: era B, "Our judgement is that..." with both verdicts in one sentence',
    pages: [
      `Audit Commission
Best Value Inspection Service
Ellesworth Borough Council
Information and Communications Technology
May 2004`,
      `Summary
Our judgement is that this is an excellent service that has excellent prospects for improvement.
It is efficient, well regarded by users and citizens, and has a strong, funded plan for the future.`,
    ],
    expect: { grade: 'excellent', prospect: 'excellent' },
  },
  {
    name: 's24-plain-b-team-scored-poor-uncertain',
    why: 'kind 7: era B, "the inspection team scored the service as a poor, no-star service with uncertain prospects"',
    pages: [
      `Best Value Inspection Service
Sedgewick District Council
ICT Services
December 2002`,
      `Summary
The inspection team scored the ICT service as a poor, no-star service with uncertain prospects for
improvement. There are signs of change since the new head of ICT arrived in the summer, but it is
too early to say whether they will last.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's24-plain-b-we-have-scored-fair-poor-prospects',
    why: 'kind 7: era B, "We have scored..." with the prospect in a later sentence "Prospects for improvement are poor"',
    pages: [
      `Audit Commission
Inspection report
Information and Communications Technology Services
Bankside Borough Council
February 2005`,
      `Summary
We have scored the ICT service as fair. It works adequately for most users, although schools and
the social services department are poorly served.
Prospects for improvement are poor. The council has not agreed an ICT strategy, the review has not
been completed and there is no budget for the investment the service needs.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },
  {
    name: 's24-plain-b-question-lines-good-excellent',
    why: 'kind 7: era B, question-and-answer lines "Is it a good service? Yes - good" and "Prospects: excellent"',
    pages: [
      `Best Value Inspection Service
Tewin Vale District Council
ICT
October 2004`,
      `Our judgements
Is it a good service?  Good - two stars.
What are its prospects for improvement?  Excellent.
The service is well managed and popular with users; its plan is funded, realistic and already
delivering results.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's24-plain-b-in-our-view-excellent-promising',
    why: 'kind 7: era B, "In our view" for the grade and "we consider ... promising" for the prospect',
    pages: [
      `Best Value Inspection Service
Hamble Reach Borough Council
ICT Services
June 2005`,
      `Summary
In our view Hamble Reach has an excellent ICT service. Almost all of the council's transactions
can now be carried out online and users rate the service very highly.
We consider that the service has promising prospects for improvement; the next phase of the plan is
sound, but it depends on a new partnership that has yet to be signed.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },

  // ---------------------------------------------------------------------------
  // Kind 8: documents with no judgement of the service
  // ---------------------------------------------------------------------------
  {
    name: 's24-none-draft-blank-grid',
    why: 'kind 8: a draft report with an unmarked scoring chart and "scores to be confirmed"; axis words are not a verdict',
    pages: [
      `DRAFT - NOT FOR PUBLICATION
Best Value Inspection Service
Upton Wold District Council
ICT Services
Draft 2, October 2002`,
      `Scoring chart
[Scores to be confirmed following the challenge meeting with the council]
                      poor          uncertain     promising     excellent
  excellent
  good
  fair
  poor
Summary
[Summary to be completed once scores are agreed.]`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-council-own-review',
    why: 'kind 8: the council\'s own Best Value review report, which assesses itself as good and expects to improve; not an inspection, so no judgement',
    pages: [
      `Harwood District Council
Best Value Review of Information Technology
Final report of the review team
March 2001`,
      `4. Conclusions of the review
4.1 The review team considers that the IT service is a good service overall and that, with the
changes proposed in this report, it will improve further.
4.2 The service compares well with other districts on cost, although user satisfaction is lower
than we would like.
4.3 The Audit Commission is expected to inspect the service in the summer.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-guidance-on-scoring',
    why: 'kind 8: guidance explaining the scoring scale; every grade and prospect word appears but nothing is judged',
    pages: [
      `Best Value Inspection: a guide for councils
How inspectors score services (2002 edition)
Every inspection answers two questions. How good is the service? Services are scored from no stars
(poor) through one star (fair) and two stars (good) to three stars (excellent). Will the service
improve? Prospects are described as poor, uncertain, promising or excellent.
Before October 2001 the second question was answered as will not improve, unlikely to improve,
will probably improve or will improve.
The two scores are shown together on a chart, with one cell marked.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-scrutiny-pre-inspection-notes',
    why: 'kind 8: scrutiny notes preparing for an inspection; members\' hopes and fears are not judgements',
    pages: [
      `Northfield Borough Council
Overview and Scrutiny - Resources Panel
Briefing note: forthcoming inspection of ICT services
June 2003
- The inspection will take place in the week of 8 September.
- Officers hope the service will be seen as good, with promising prospects, but recognise that
  network reliability has been poor this year.
- Members asked whether the service could be rated excellent; officers said this was unlikely in
  the short term.
- The panel will receive the inspection report when it is published.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-service-plan-aiming-excellent',
    why: 'kind 8: an ICT service plan that aims to be an excellent, three-star service with excellent prospects; ambitions, not judgements',
    pages: [
      `Gainsford City Council
ICT Service Plan 2003-2006`,
      `Our vision
By 2005 we aim to be an excellent, three-star ICT service with excellent prospects, recognised as
one of the best in the region.
Where we are now
Users tell us we are good at fixing faults but poor at keeping them informed. We are not yet a
good service in every respect, and there is a fair amount still to do.
Our priorities
1. Meet the 2005 e-government target.
2. Reduce the help desk backlog to under 50 calls.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-terms-of-reference-letter',
    why: 'kind 8: inspection scoping letter setting out the questions the inspection will answer; no scores yet',
    pages: [
      `Audit Commission
Best Value Inspection Service
Letter to the Chief Executive, Brindle Moor District Council
15 January 2001
Dear Chief Executive
Inspection of Information Technology
I am writing to confirm the arrangements for our inspection of the IT service. The inspection will
answer two questions: how good is the service, and will it improve? We will judge the service on a
scale from poor to excellent, and say whether it will improve, will probably improve, is unlikely
to improve or will not improve.
We expect to be on site during the week of 12 February and to publish our report in the spring.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-draft-placeholders',
    why: 'kind 8: draft inspection report with placeholders "[grade]" and "[prospects to be inserted]"',
    pages: [
      `Best Value Inspection Service
Pendleford Borough Council
ICT Services
DRAFT FOR FACTUAL ACCURACY CHECK - August 2003`,
      `Summary
The inspection team judges the ICT service to be [GRADE TO BE INSERTED] with [PROSPECTS TO BE
INSERTED] prospects for improvement.
Note to council: the scores will be confirmed after the moderation panel meets on 2 September.
Please check the factual content of sections 2 to 5 only.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-internal-audit-ordinary-words',
    why: 'kind 8: an internal audit memo full of ordinary uses of grade words (poor morale, excellent working relationships, a fair proportion, good practice); no inspection judgement',
    pages: [
      `Internal Audit Section
Memorandum to the Head of IT, Swinford District Council
Subject: Audit of IT asset management, 2003/04
We found excellent working relationships between the IT section and finance staff, and a fair
proportion of the recommendations from last year's audit have been implemented. However, poor
record keeping means that around 12% of PCs could not be traced to a user. Morale in the team is
poor following the restructure.
Good practice: the new asset register, once complete, should prevent this recurring.
Overall assurance level: limited.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-corporate-performance-other-services',
    why: 'kind 8: corporate performance report listing the inspection scores of other services; ICT has not been inspected',
    pages: [
      `Aldermoor Borough Council
Annual Performance Report 2002/03
Section 6: External inspection
Service inspected            Date           Score        Prospects
Housing benefits             May 2002       Good         Promising
Waste collection             Nov 2002       Fair         Uncertain
Leisure services             Feb 2003       Poor         Promising
The Best Value review of ICT was completed in March 2003. The service has not yet been inspected.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-consultants-health-check',
    why: 'kind 8: a consultancy health check commissioned by the council rates the service "fair"; it is not the inspectors\' judgement, so no judgement',
    pages: [
      `ICT Health Check
Prepared for Thornwick District Council by an independent consultancy
November 2001`,
      `Executive summary
In our opinion the council's ICT function is fair by the standards of similar authorities and has
good prospects if the recommendations in this report are adopted.
This report has been prepared to help the council with its Best Value review. It is not an Audit
Commission inspection.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-interim-letter-judgements-withheld',
    why: 'kind 8: interim feedback letter from the inspectors that explicitly withholds the judgements until the final report',
    pages: [
      `Audit Commission
Best Value Inspection Service
Interim feedback - ICT Services, Rothley Vale Borough Council
20 March 2004
Thank you for your help during our visit. This letter summarises the main issues we discussed at
the feedback meeting. It does not contain our judgements on how good the service is or on its
prospects for improvement; these will be set out in the final report, which we expect to publish
in May.
Main issues: network reliability; the help desk backlog; the costing of the e-government plan.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-training-slides-example-words',
    why: 'kind 8: training notes for council officers explaining what the grade and prospect words mean, with "a good service" used hypothetically',
    pages: [
      `Preparing for Best Value inspection - workshop notes for service managers
Session 3: understanding the scores
- A 'good' service is one that performs well against most of the inspectors' key questions.
- 'Promising' prospects means the inspectors think the service is likely to improve.
- Being rated 'poor' is not the end of the world: many services rated poor have gone on to improve.
- Exercise: in groups, decide where your own service would sit on the chart and why.
Date of workshop: 9 October 2002`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-improvement-plan-targets',
    why: 'kind 8: an IT improvement plan with targets such as "achieve a good rating" and "will improve user satisfaction"; council aims only',
    pages: [
      `Linbury District Council
IT Improvement Plan - May 2001
Action | Owner | Target date | Outcome sought
Replace network switches | IT Manager | Sept 2001 | Network availability will improve to 99%
Introduce help desk targets | Help Desk Supervisor | July 2001 | Users rate the help desk as good
Prepare for inspection | Head of Finance | Dec 2001 | Service rated at least good and likely to improve`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's24-none-audit-letter-other-council',
    why: 'kind 8: a district auditor\'s annual letter that mentions a neighbouring council\'s ICT inspection result and this council\'s plans; no judgement of this council\'s ICT service',
    pages: [
      `Annual Audit Letter 2002/03
Castlebridge Borough Council
Audit Commission - District Audit`,
      `ICT
The council has not yet completed its Best Value review of ICT. Neighbouring Hexley District
Council's ICT service was inspected in January and judged fair with promising prospects; officers
have visited Hexley to learn from its approach.
We will review progress on the ICT review in next year's letter.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
