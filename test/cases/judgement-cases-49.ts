/** Held-out judgement set 49, written from the domain description only (see docs/best-value.md). */
import type { JudgementCase } from './judgement-cases.js';

export const judgementCases49: JudgementCase[] = [
  // ---------------------------------------------------------------------------
  // 1. Marked scoring grids: the marked cell carries both judgements; the axis
  //    words (every grade, every prospect) are not the verdict.
  // ---------------------------------------------------------------------------
  {
    name: 's49-grid-tabs-x-fair-promising',
    why: 'kind 1: tab-separated grid, grades as rows, era B prospects as columns, mark X in the Fair row under Promising; no prose verdict on the page, so only the cell position gives the answer',
    pages: [
      `Best Value Inspection Service
Inspection report

Information and Communications
Technology Services

Hollinbrook Borough Council

February 2003`,
      `Hollinbrook Borough Council – ICT Services\t\t\tPage 3

Scoring the service
We have assessed the ICT service provided by Hollinbrook Borough Council using the two questions
set out below. Our reasons are given in the summary and in the main body of this report.

Scoring chart
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\tX\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'

The chart shows our view of the service at the time of the inspection in November 2002.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-grid-spaces-star-good-probably',
    why: 'kind 1: era A grid laid out with runs of spaces and column labels wrapped over three lines; the asterisk sits under "will probably improve" in the good row; a prose reference to an earlier "poor" audit finding is a distractor',
    pages: [
      `TARNSIDE METROPOLITAN BOROUGH COUNCIL
Best Value Inspection of Information Technology
Inspection carried out: March 2001          Report published: June 2001
Audit Commission – Best Value Inspection Service`,
      `Tarnside MBC: IT services                                                      4

THE INSPECTION JUDGEMENT
The chart below records our answers to the two questions we ask of every service. The Council's
district auditor described IT controls as poor in 1999; that earlier finding is discussed at
paragraph 41 and is not part of the score.

                        How good is the service / Will it improve?

                      will not      unlikely      will          will
                      improve       to improve    probably      improve
                                                  improve
excellent
good                                              *
fair
poor

Source: Audit Commission`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's49-grid-transposed-tick-poor-uncertain',
    why: 'kind 1: axes the other way round (prospects down the side, grades along the bottom) with a caption saying so; the tick is in the Uncertain row under the Poor grade column',
    pages: [
      `Audit Commission
Best Value inspection report
Corporate IT and Telephony
Lowther Cross District Council
November 2002`,
      `Lowther Cross DC · Corporate IT and Telephony\t\tpage 2

Figure 1: Scoring chart
Prospects for improvement run down the left-hand side; the quality of the service today runs
along the bottom.

Excellent prospects\t\t\t\t
Promising prospects\t\t\t\t
Uncertain prospects\t✓\t\t\t
Poor prospects\t\t\t\t
\tPoor\tFair\tGood\tExcellent
\t(no stars)\t(one star)\t(two stars)\t(three stars)

The reasons for our scores are summarised on the following pages.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's49-grid-starlabels-dot-good-excellent',
    why: 'kind 1: grade labels carry asterisks (*** ** *) as part of the axis, which a naive reader could take for the mark; the real mark is a dot in the good row, far right column (excellent prospects)',
    pages: [
      `Inspection Report
ICT and e-Government
Brackenfold City Council
Audit Commission
July 2004`,
      `3\tBrackenfold City Council – ICT and e-Government

Scoring chart
a good service?
excellent ***\t\t\t\t
good **\t\t\t\t●
fair *\t\t\t\t
poor\t\t\t\t
\tpoor\tuncertain\tpromising\texcellent
\t\tprospects for improvement?

Key: stars on the vertical axis show the grade; the marked cell shows our judgement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's49-grid-yesno-heavytick-poor-unlikely',
    why: 'kind 1: era A grid whose prospect columns are printed as Yes / Probably / Unlikely / No (reversed order) with spaces; the tick lies under Unlikely in the Poor row',
    pages: [
      `BEST VALUE INSPECTION SERVICE

Kesterton District Council
Information Technology Support Services

March 2001`,
      `Kesterton DC – IT Support Services
_______________________________________________________________________________

Scoring the service

                     Will the service improve?
            Yes         Probably    Unlikely    No
Excellent
Good
Fair
Poor                                ✔

How good is the service?

_______________________________________________________________________________
Best Value Inspection Service                                           Page 5 of 28`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's49-grid-ascending-rows-x-fair-willnot',
    why: 'kind 1: era A tab grid with rows listed poor-first (ascending), a lower-case x mark, and a council target of becoming "a good service" in the text beside it',
    pages: [
      `Audit Commission – Best Value Inspection
Information Technology Services
Borough of Sallowmere
August 2001`,
      `Borough of Sallowmere · IT Services\t\t\t\t9

Scoring chart
The Council told us it intends to become a good service within two years. The chart shows where
the inspection team places the service now.

Quality of service (down) against likelihood of improvement (across)
Poor\t\t\t\t
Fair\tx\t\t\t
Good\t\t\t\t
Excellent\t\t\t\t
\tWill not improve\tUnlikely to improve\tWill probably improve\tWill improve`,
    ],
    expect: { grade: 'fair', prospect: 'will-not' },
  },
  {
    name: 's49-grid-wrapped-labels-star-good-uncertain',
    why: 'kind 1: tab grid with column labels wrapped onto two lines and row labels carrying the star count in words; the asterisk in the Good row is under Uncertain; a legend lists poor and excellent as ordinary scale words',
    pages: [
      `Benefits and Revenues ICT Systems
Inspection report
Ravensholme Council
Best Value Inspection Service
September 2004`,
      `Ravensholme Council\t\tBenefits and Revenues ICT Systems\t\t6

How we score
Each service is placed on a scale from poor (no stars) to excellent (three stars) and its prospects
from poor to excellent. The marked box is our judgement.

\tPoor\tUncertain\tPromising\tExcellent
\tprospects\tprospects\tprospects\tprospects
Excellent (three stars)\t\t\t\t
Good (two stars)\t\t*\t\t
Fair (one star)\t\t\t\t
Poor (no stars)\t\t\t\t`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 2. Table cells mixing the grade word with stars or a sentence, beside a
  //    reasons column that uses other grade words.
  // ---------------------------------------------------------------------------
  {
    name: 's49-table-fair-onestar-reasons',
    why: 'kind 2: judgement table with "Fair (one star)" and "Promising" cells; the reasons column praises "excellent support" and criticises "poor" help desk performance',
    pages: [
      `Summary of our judgements – ICT Services, Westerleigh Borough Council (inspected May 2002)

Question\tOur judgement\tWhy we reached it
How good is the service?\tFair (one star)\tSchools and libraries report excellent on-site support, but help desk
\t\tperformance is poor and four of seven service standards were missed in 2001/02.
What are the prospects for\tPromising\tA realistic plan with firm backing from the Cabinet, although the poor
improvement?\t\tstate of the network will take two years to put right.

Westerleigh Borough Council\t\t\t\t\t\t12`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-table-good-2of3-uncertain',
    why: 'kind 2: cells read "Good: 2 stars of 3" and "Uncertain – see paras 112-130"; reasons column says costs "compare poorly" and "excellent" user feedback',
    pages: [
      `Audit Commission inspection: IT and e-Government, Dunmere County Council, October 2003

Table 1: Headline judgements
Area                          Score                     Main reasons
Current service               Good: 2 stars of 3        Excellent feedback from users; 99.6% network availability;
                                                        unit costs compare poorly with similar counties
Prospects for improvement     Uncertain – see paras     Heavy dependence on one contract due for renewal in 2004;
                              112-130                   no agreed plan for the e-government targets`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's49-table-no-will-not-improve',
    why: 'kind 2: era A table with "Poor – no stars" and "No, it will not improve"; reasons mention "good staff" and "excellent relationships with contractors"',
    pages: [
      `Best Value Inspection Service
Housing Repairs and Maintenance – Grimsworth City Council – January 2001`,
      `Grimsworth City Council: Housing Repairs\t\t\t\t3

THE TWO QUESTIONS\tANSWER\tREASONS
Is it a good service?\tPoor – no stars\tGood staff on the ground and excellent relationships with
\t\tthe two main contractors, but only 41% of urgent repairs done on time.
Will it improve?\tNo, it will not improve\tThe review did not challenge the in-house arrangements and
\t\tthe improvement plan has no costs or dates.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's49-table-yes-probably-good',
    why: 'kind 2: era A cells "Good, two stars" and "Yes – probably"; the reasons column says "fair progress" and mentions a "poor" response rate',
    pages: [
      `Inspection of Information Technology Services
Ashcombe Borough Council
Published: May 2001`,
      `Ashcombe Borough Council – IT Services                 Best Value Inspection Service

Summary table
Question                          Answer              Reasons
How good is the service?          Good, two stars     Reliable systems; users satisfied; fair progress on
                                                      intranet; poor response rate to the user survey (18%)
Will the service improve?         Yes – probably      Sound improvement plan with named owners, but
                                                      funding beyond 2001/02 not yet secured

                                        7`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's49-table-wrapped-excellent-promising',
    why: 'kind 2: cells wrapped across lines by the extractor ("Excellent –" / "three stars"); reasons column uses "good or very good" and "poor record"; excellent is the real grade here, not an ordinary word',
    pages: [
      `Customer Access and ICT – Audit Commission Inspection Report – Fenbury District Council – March 2004

Judgement          Score                 Reasons
Quality of         Excellent –           Best performing council in its family group on six of
service            three stars           eight ICT indicators; 94% of users rate the help desk
                                         good or very good
Prospects for      Promising             Capacity is stretched by the CRM project and there is a
improvement                              poor record of delivering large projects on time

Fenbury District Council                                                          page 4`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's49-table-sentence-cells-fair-unlikely',
    why: 'kind 2: era A table whose cells are whole sentences ("The service is fair, earning one star." / "It is unlikely to improve...") with a third column naming the good-rated benefits service as a comparison',
    pages: [
      `Audit Commission
Best Value inspection – IT Services – Oldcastle-under-Fell Borough Council – July 2001`,
      `Oldcastle-under-Fell BC\tIT Services\t\t5

Judgement\tDetail\tContext
Quality\tThe service is fair, earning one star.\tBy contrast the council's benefits service,
\t\tinspected in 2000, was judged good.
Improvement\tIt is unlikely to improve unless the council\tThe head of IT post has been vacant
\tfinds the money for the network upgrade.\tsince January.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },

  // ---------------------------------------------------------------------------
  // 3. Prospects paraphrased as likelihood, belief and negation, without any
  //    word of the prospect scale.
  // ---------------------------------------------------------------------------
  {
    name: 's49-para-onbalance-get-better-fair',
    why: 'kind 3: era A; "on balance we expect the service to get better" means will probably improve; grade given as a one-star fair service',
    pages: [
      `Best Value Inspection Service – Information Technology – Caddon Vale District Council – April 2001

Summary
Caddon Vale's IT service is a fair, one-star service. Most users get what they need, although
response times at the outlying depots remain slow.

Looking ahead, on balance we expect the service to get better. The review produced a clear plan,
staff are behind it and members have found money for the first year, but much depends on
recruiting two analysts in a tight local labour market.

Page 2`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's49-para-nothing-suggests-change-poor',
    why: 'kind 3: era A; "nothing we saw suggests that anything will change" is will not improve; the council\'s hope of "rapid progress" is not the verdict',
    pages: [
      `Inspection report: IT Services, Mardle Borough Council, published February 2001`,
      `Mardle Borough Council – IT Services\t\t\t3

How good is the service?
In our judgement Mardle's IT service is poor. Faults take an average of nine working days to clear
and no department we visited had a working service level agreement.

Will the service improve?
The council told us it expects rapid progress once the review is approved. Nothing we saw suggests
that anything will change: the review recommends no new ways of working, there is no timetable,
and the officer who led it has since left the authority.`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's49-para-serious-reservations-fair',
    why: 'kind 3: era A; "we have serious reservations about whether the council can carry its plan through" reads as unlikely to improve; "a fair proportion" is an ordinary phrase, the grade is stated separately as fair',
    pages: [
      `Audit Commission – Best Value Inspection
Corporate Information Technology
Hepworth Moor Metropolitan Council
June 2001`,
      `Hepworth Moor MC · Corporate IT\t\t\t\t11

Our judgement
We have judged the service to be fair. A fair proportion of the council's 1,900 PCs are more than
five years old, but the core systems are stable and users are broadly content.

We have serious reservations about whether the council can carry its improvement plan through.
The plan depends on savings from a procurement exercise that has not started, and the IT manager
told us he has neither the staff nor the time to manage it alongside day-to-day work.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's49-para-in-no-doubt-good',
    why: 'kind 3: era A; "we are in no doubt that the service will keep getting better" is a negated doubt meaning will improve; the grade is a two-star good service',
    pages: [
      `BEST VALUE INSPECTION: INFORMATION SERVICES
Thornleigh Borough Council
September 2001`,
      `Thornleigh BC\tInformation Services\t\t4

Summary
Thornleigh provides a good, two-star IT service to its own departments and to 38 schools.
We are in no doubt that the service will keep getting better. The improvement plan is costed,
each action has an owner and a date, progress is reported to members every quarter, and the
first six actions had already been completed when we visited.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },
  {
    name: 's49-para-confident-deliver-plan-good',
    why: 'kind 3: era B; "we are confident that the council will deliver its improvement plan in full and on time" means excellent prospects, though the word excellent never appears',
    pages: [
      `Audit Commission Inspection Report
ICT Service
Pellingford Borough Council
January 2004`,
      `Pellingford Borough Council – ICT Service\t\t\t\tpage 3

Summary
The ICT service is good. It is reliable, well regarded by the departments it serves and cheaper
than most comparable councils.

We are confident that the council will deliver its improvement plan in full and on time. Members
and the corporate management team lead it directly, the money is in the medium-term budget, and
the service has a strong record of finishing what it starts.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's49-para-doubt-capacity-poor',
    why: 'kind 3: era B; "we doubt that the council has the capacity to deliver the changes" reads as uncertain prospects; "excellent" is used of the e-government ambition, not as a verdict',
    pages: [
      `Inspection Report – Information Technology – Corringham District Council – May 2003`,
      `Corringham District Council\t\t\t\t\t\t7

2. Summary
2.1 The council's IT service is poor. Key systems fail frequently, there is no disaster recovery
plan and users in the planning and housing departments have lost confidence in it.
2.2 The council has set itself an excellent e-government vision. However, we doubt that it has the
capacity to deliver the changes it has planned: the service has three vacancies out of eleven posts,
the budget for the plan is not agreed and there is no project management method.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's49-para-not-that-stand-still-fair',
    why: 'kind 3: era B; negation scope — "It is not that we expect the service to stand still" is followed by "we think it more likely than not that it will make the progress it plans", i.e. promising prospects',
    pages: [
      `Audit Commission
IT Services
Greyfriars Borough Council
Inspection report, March 2003`,
      `Greyfriars Borough Council: IT Services\t\t\t5

Our overall judgement
This is a fair, one-star service.

It is not that we expect the service to stand still – the new head of ICT has already changed a
great deal – but the plan is ambitious and the department is small. Weighing the two, we think it
more likely than not that it will make the progress it plans over the next two years.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-para-no-sign-get-better-poor',
    why: 'kind 3: era B; "we found no sign that the service will get any better" means poor prospects; "poor morale" is an ordinary phrase beside the real poor grade',
    pages: [
      `Audit Commission – Inspection of ICT – Bramlington Borough Council – December 2002`,
      `Bramlington BC – ICT\t\t\t\t\t\t\t2

Summary
The inspection team judges Bramlington's ICT service to be poor.
Poor morale runs through the section after two failed restructures. We found no sign that the
service will get any better: the review made no recommendations that would change how it works,
nobody at a senior level owns the plan and no money has been set aside for it.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 4. Quoted views that are not the inspectors' own, usually followed by a
  //    contrast with the inspectors' view.
  // ---------------------------------------------------------------------------
  {
    name: 's49-quote-selfassessment-vs-inspectors',
    why: 'kind 4: the council\'s self-assessment rated the service good with promising prospects; "Our evidence tells a different story" and the inspectors judge it fair with uncertain prospects',
    pages: [
      `Audit Commission
Information Technology Services
Stanbury Borough Council
Inspection report – June 2002`,
      `Stanbury Borough Council\t\tIT Services\t\t\t8

The council's own assessment
In the self-assessment it prepared for the inspection the council rated its IT service as good,
with promising prospects for improvement.

Our evidence tells a different story. Users in four of the six directorates told us the help desk
rarely fixes problems first time, and costs are higher than in most similar councils. We judge
the service to be fair, and its prospects for improvement to be uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's49-quote-it-director-expects-rapid-progress',
    why: 'kind 4: era A; the IT director "expects rapid progress", but the inspectors are "not confident" the plan will be delivered and state the service is unlikely to improve; grade poor',
    pages: [
      `Best Value Inspection Service
IT Services – Haddlesey District Council – May 2001`,
      `Haddlesey DC\t\t\t\t\t\t\t\t6

Will the service improve?
The Director of IT told us that he expects rapid progress now that the review is complete and
that most of the problems will be solved by Christmas.

We do not share his optimism. We are not confident that the council will deliver the plan: it has
no costings and depends on a restructure that the unions have not yet agreed. In our view the
service, which we have judged to be poor, is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's49-quote-neighbouring-council-excellent',
    why: 'kind 4: a neighbouring council\'s ICT service was judged excellent with excellent prospects; "By contrast" the inspectors judge this council\'s service fair with promising prospects',
    pages: [
      `Inspection report: ICT – Castlebridge Borough Council – Audit Commission – October 2003`,
      `Castlebridge Borough Council · ICT\t\t\t\t14

Comparison with others
Castlebridge often measures itself against its neighbour, Fenmoor District Council, whose ICT
service was judged excellent, with excellent prospects, when it was inspected in 2002. Officers
told us they see Fenmoor as the standard they want to reach.

By contrast, we judge Castlebridge's own ICT service to be fair. Its prospects for improvement are
promising, because the council has copied several of Fenmoor's better practices and has funded them.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-quote-earlier-inspection-era-a-words',
    why: 'kind 4: an earlier (2001) inspection judged the service poor and unlikely to improve, in era A words; the present (2004, era B) verdict is good with promising prospects',
    pages: [
      `Audit Commission
Re-inspection of ICT Services
Merriton City Council
February 2004`,
      `Merriton City Council – ICT Services re-inspection\t\t\t3

Background
When we first inspected the service in May 2001 we judged it to be poor and unlikely to improve.
The council accepted every one of our recommendations.

What we found this time
The service has changed considerably. We now judge it to be a good service with promising
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's49-quote-council-aim-three-star',
    why: 'kind 4: the council\'s aim to be "an excellent, three-star ICT service by 2005" is a target; the inspectors\' verdict is poor (no stars) but promising prospects',
    pages: [
      `ICT Services\tPrestwold Borough Council\tAudit Commission Inspection\tApril 2003`,
      `Prestwold BC – ICT Services\t\t\t\t\t\t2

Summary
The council's ICT strategy states its aim to be "an excellent, three-star ICT service by 2005" and
the Leader repeated that ambition to us.

The service has a long way to go. Our judgement is that it is currently a poor service, with no
stars, but that it has promising prospects for improvement: there is new leadership, a funded
plan and a partnership with a private supplier that is already lifting performance.`,
    ],
    expect: { grade: 'poor', prospect: 'promising' },
  },
  {
    name: 's49-quote-inspectors-agree-selfassessment',
    why: 'kind 4 (agreement variant): era A; the council assessed itself fair and the inspectors say "we agree"; prospects stated as will probably improve in the inspectors\' voice',
    pages: [
      `Best Value Inspection of IT – Welbury Borough Council – July 2001`,
      `Welbury BC – IT\t\t\t\t\t\t\t\t3

Summary
The council assessed its own IT service as fair. We agree. The basics work, but the service does
little more than keep existing systems running.

The inspectors believe the service will probably improve. The review has set clear priorities and
members have agreed the money for the first two years.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's49-quote-portfolio-holder-vs-poor-prospects',
    why: 'kind 4: era B; the portfolio holder believes the service will "improve dramatically" and consultants called it "excellent value"; "however" the inspectors judge it fair with poor prospects',
    pages: [
      `Audit Commission Inspection Report
Information Management and Technology
Coldharbour District Council
August 2002`,
      `Coldharbour DC – IM&T\t\t\t\t\t\t5

Will the service improve?
The Cabinet member for resources told us she believed the service would "improve dramatically"
over the next year, and a consultants' report commissioned by the council in 2001 described the
service as "excellent value".

However, we judge the service's prospects for improvement to be poor. The plan is a list of
aspirations, no one is accountable for it and the budget has been cut twice. Today the service is fair.`,
    ],
    expect: { grade: 'fair', prospect: 'poor' },
  },

  // ---------------------------------------------------------------------------
  // 5. Long sentences whose verdict stands far from its subject.
  // ---------------------------------------------------------------------------
  {
    name: 's49-long-dashes-fair-uncertain',
    why: 'kind 5: era B; a list of the service\'s duties between dashes puts "a fair service" over forty words after the subject, with "excellent commitment" in between; the prospect sentence also carries a long aside',
    pages: [
      `Audit Commission Inspection – ICT – Norbridge Borough Council – March 2003`,
      `Norbridge Borough Council\t\t\t\t\t4

Summary
The ICT service – which supports some 2,300 users across 41 sites, runs the council's payroll,
revenues and social care systems, manages a budget of £4.2 million and, since April, the
telephony of the new contact centre – is, in our judgement and despite the excellent commitment
of its staff, a fair service.
Its prospects for improvement – given the loss of two senior managers this year, the deferral of
the network replacement to 2004/05 and the absence of any agreed priorities between directorates –
are, we believe, uncertain.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's49-long-brackets-good-probably',
    why: 'kind 5: era A; brackets listing the service\'s functions and a conditional clause separate "The service" from "will ... probably improve"; grade sentence also long',
    pages: [
      `Best Value Inspection Service
Information Technology
Burwash Heath District Council
June 2001`,
      `Burwash Heath DC\t\tInformation Technology\t\t\t5

We judge the service, taking into account the views of the 212 users who answered our survey,
the performance indicators for 1999/2000 and 2000/01 and what we saw for ourselves at the depot,
the civic centre and the three area offices, to be good.
The service (which covers the help desk, desktop support, the wide area network, systems
development for twelve departments and the management of the council's contract with its
hardware supplier) will, provided the restructuring agreed in March is carried through and a new
head of IT is appointed by the autumn, probably improve.`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's49-long-across-page-break-good-promising',
    why: 'kind 5: era B library ICT service; the grade sentence runs over a page break with a running header and page number inside it, and the grade word comes after a long list',
    pages: [
      `Libraries and Public Access ICT – Inspection report – Ambleworth County Council – Audit Commission – May 2004

Summary
The county's library service, which lends 3.1 million items a year from 34 branches and six
mobile libraries, runs the People's Network of 410 public computers, offers free internet
sessions to 60,000 registered users and, through its partnership with the adult education
service, trains some 4,000 people a year in basic computer skills, is in our view a`,
      `Ambleworth County Council – Libraries and Public Access ICT\t\t\t\t2

good, two-star service, although opening hours in the smaller branches compare poorly with
neighbouring counties.
We consider that the service, for the reasons set out in section 4, has promising prospects for
improvement.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's49-long-poor-words-before-good-excellent',
    why: 'kind 5: era B; "poor accommodation" and "poor morale" sit next to the subject while the verdict "a good service" comes at the end; the prospect sentence also interposes a long aside before "excellent prospects"',
    pages: [
      `Inspection report\tIT Services\tKingsmead Borough Council\tAudit Commission\tNovember 2004`,
      `Kingsmead BC – IT Services\t\t\t\t\t\t\t6

The council's IT service, whose poor accommodation in the basement of the Old Town Hall and poor
morale after two years of interim management were raised with us by almost every member of staff
we met, nonetheless delivers – measured against its own targets, its peers in the CIPFA benchmarking
club and the views of the 300 users who responded to our survey – a good service.
We consider, for the reasons set out in paragraphs 80 to 96 and notwithstanding the risks we have
identified in the capacity of the corporate project office, that the service has excellent
prospects for improvement.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's49-long-council-asides-poor-unlikely',
    why: 'kind 5: era A; a string of "whose" clauses about the council separates the subject from "unlikely to deliver the improvements"; grade sentence names the service poor at its end',
    pages: [
      `BEST VALUE INSPECTION – IT SERVICES – HALLOWBECK BOROUGH COUNCIL – AUGUST 2001`,
      `Hallowbeck BC\t\t\t\t\t\t\t\t\t10

How good is the service?
Taken together, the slow response to faults, the lack of any service level agreements, the
absence of performance information and the high cost per user that we set out above lead us to
conclude that the service is poor.

Will the service improve?
The council – whose IT strategy has been rewritten three times since 1998, whose members have yet
to agree a budget for replacing the finance system and whose IT section is now without a permanent
head – is, in our view, unlikely to deliver the improvements set out in its plan, and we therefore
judge that the service is unlikely to improve.`,
    ],
    expect: { grade: 'poor', prospect: 'unlikely' },
  },
  {
    name: 's49-long-satisfied-will-improve-fair',
    why: 'kind 5: era A; "We are satisfied that the service ... will improve" with a long list of reasons in between; the grade is fair, and "an excellent start" is an ordinary phrase',
    pages: [
      `Audit Commission
Best Value Inspection Service
IT and Communications
Pendlebrook District Council
January 2001`,
      `Pendlebrook DC – IT and Communications\t\t\t3

Summary
This is a fair service: it meets most of its standards, though not the ones users care most about.
We are satisfied that the service – which has a new manager with a strong track record, a plan
costed and approved by the Policy and Resources Committee in November, an agreement with the
three largest departments on priorities for the year and, in the new help desk system, an
excellent start on measuring its own performance – will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 6. Documents about an inspection (committee papers, press releases,
  //    minutes) that relay the verdict, or state only another service's grade.
  // ---------------------------------------------------------------------------
  {
    name: 's49-about-scrutiny-report-relays-fair',
    why: 'kind 6: committee report relaying the ICT inspection result (fair, promising) and also quoting the revenues service\'s earlier good grade as a distractor',
    pages: [
      `HARTSWOOD BOROUGH COUNCIL
RESOURCES SCRUTINY PANEL – 3 APRIL 2003
REPORT OF THE HEAD OF ICT
AUDIT COMMISSION INSPECTION OF ICT SERVICES

1. Purpose
1.1 To inform the Panel of the outcome of the Best Value inspection of ICT services.

2. Outcome
2.1 The Audit Commission published its report on 14 March 2003. The inspectors judged the
service to be "fair" (one star) with "promising" prospects for improvement.
2.2 For comparison, the Revenues service, inspected in 2002, was rated good with uncertain
prospects.

3. Recommendation
3.1 That the Panel notes the report and the action plan at Appendix A.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-about-press-release-two-stars',
    why: 'kind 6: council press release relaying the verdict (good, excellent prospects); the Leader\'s quote "we aim to be excellent" is an ambition, not the grade',
    pages: [
      `NEWS RELEASE – Northleigh Borough Council – For immediate release – 22 June 2004

ONLINE AND IT SERVICES WIN TWO STARS

Inspectors from the Audit Commission have rated Northleigh's ICT and e-government service as good,
with excellent prospects for improvement.

Council Leader Cllr Maureen Astley said: "This is a great result for our staff. Two stars is a
start – we aim to be excellent by the time of the next inspection."

The full report is available at www.audit-commission.gov.uk.

ENDS
Media enquiries: Communications Unit, 01632 960411`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's49-about-minutes-poor-probably',
    why: 'kind 6: era A committee minutes relaying the inspectors\' finding (poor, would probably improve); a councillor calls the result "a fair reflection", an ordinary use of fair',
    pages: [
      `MINUTES OF THE POLICY AND RESOURCES COMMITTEE
Ellerby District Council – held on 12 July 2001

47. BEST VALUE INSPECTION OF IT SERVICES
The Director of Corporate Services presented the Audit Commission's report. Members noted that the
inspectors had found the IT service to be poor, but that it would probably improve.
Cllr Dearden said the result was a fair reflection of the problems members had seen for some years.
Cllr Okafor asked that progress on the improvement plan be reported every quarter.
RESOLVED: that the report be noted and the improvement plan be approved.`,
    ],
    expect: { grade: 'poor', prospect: 'probably' },
  },
  {
    name: 's49-about-newsletter-other-service-only',
    why: 'kind 6 (null): staff newsletter about an ICT inspection whose report is not yet out; the only grade stated is last year\'s libraries inspection (good, promising), which is another service',
    pages: [
      `INSIDE WYCHBURY – Staff newsletter – Issue 41 – March 2003

Inspectors visit IT
The Audit Commission's inspectors spent a fortnight with the IT department last month, meeting
users, sitting in on the help desk and reading what seemed like every document we have ever
written. Their report is expected in May.

Last year's inspection of our libraries found a good service with promising prospects, and the
IT team are hoping for a similar result. Watch this space!`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-about-commission-press-notice-poor-uncertain',
    why: 'kind 6: Audit Commission press notice relaying the verdict (poor, uncertain prospects); an inspector\'s quote mentions "some excellent people", an ordinary use',
    pages: [
      `AUDIT COMMISSION – PRESS NOTICE
Embargoed until 00.01 Thursday 9 October 2003

EASTWOLD'S IT SERVICE IS 'POOR' WITH 'UNCERTAIN' PROSPECTS, SAYS AUDIT COMMISSION

Eastwold District Council's information technology service is poor and has uncertain prospects
for improvement, according to an independent report published today by the Audit Commission.

Commenting on the report, the Commission's lead inspector said: "There are some excellent people
in Eastwold's IT team, but they are let down by weak management and a lack of investment."

Notes to editors
1. The Audit Commission rates council services on a scale of no stars (poor) to three stars
(excellent), and their prospects as poor, uncertain, promising or excellent.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's49-about-cabinet-minutes-good-uncertain',
    why: 'kind 6: cabinet minutes relaying the ICT verdict (good, uncertain) where the council\'s self-assessment had predicted excellent; the housing benefit service\'s fair grade is also mentioned',
    pages: [
      `Sherburn Vale Borough Council
Cabinet – Minutes – 18 November 2002

Minute 112  Audit Commission inspection of ICT
The Cabinet considered the inspection report. The inspectors concluded that the ICT service was
good, but were not convinced that the council had the capacity to sustain improvement and rated
its prospects as uncertain. The Leader noted that the council's own self-assessment had predicted
an excellent score. The Portfolio Holder reminded members that housing benefit had been judged
fair earlier in the year.
Resolved: (1) to note the report; (2) to ask the Chief Executive to report back in March.`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },

  // ---------------------------------------------------------------------------
  // 7. Plain statements in many forms.
  // ---------------------------------------------------------------------------
  {
    name: 's49-plain-in-our-view-good-probably',
    why: 'kind 7: era A, inspectors\' own voice "In our view the service is good and it will probably improve"',
    pages: [
      `Best Value Inspection Service
IT Services – Birchcombe Borough Council – March 2001

Summary
In our view the service is good and it will probably improve. Users value the help desk highly, and
the review has produced a sensible plan, although it is not yet clear how the second phase will be
paid for.
                                                                  2`,
    ],
    expect: { grade: 'good', prospect: 'probably' },
  },
  {
    name: 's49-plain-passive-planning-fair-promising',
    why: 'kind 7: era B, non-ICT (development control), passive form "has been assessed as providing a \'fair\', one-star service that has promising prospects"',
    pages: [
      `Audit Commission
Development Control and e-Planning
Ottery Fields District Council
Inspection report – September 2002`,
      `Ottery Fields DC – Development Control\t\t\t\t3

Summary
Ottery Fields' development control service has been assessed by the inspection team as providing a
'fair', one-star service that has promising prospects for improvement. Minor applications are
decided quickly, but major applications take far longer than in similar districts.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-plain-summary-box-poor-uncertain',
    why: 'kind 7: era B summary box flattened to short lines ("OUR JUDGEMENT / How good is the service? POOR / no stars / ...")',
    pages: [
      `Inspection report – ICT Services – Wrayfield Borough Council – Audit Commission – June 2003

+------------------------------------------+
OUR JUDGEMENT
How good is the service?
POOR
no stars
What are the prospects for improvement?
UNCERTAIN
+------------------------------------------+

The reasons for these judgements are set out in the summary that follows.`,
    ],
    expect: { grade: 'poor', prospect: 'uncertain' },
  },
  {
    name: 's49-plain-sections-yes-fair-will',
    why: 'kind 7: era A, judgements given as the conclusions of the "How good is the service?" and "Will the service improve?" sections, the second answered "Yes."',
    pages: [
      `BEST VALUE INSPECTION SERVICE\tIT SERVICES\tLANGBOROUGH DISTRICT COUNCIL\tFEBRUARY 2001`,
      `Langborough DC – IT Services\t\t\t\t\t\t\t7

How good is the service?
48. The service does most of what is asked of it, but slowly, and it costs more than the average
for districts of its size. Taking all the evidence together we judge it to be a fair service.

Will the service improve?
61. Yes. The review was rigorous, the plan is costed and owned by the chief executive, and work on
the new help desk began before we arrived. We believe the service will improve.`,
    ],
    expect: { grade: 'fair', prospect: 'will' },
  },
  {
    name: 's49-plain-split-page-break-fair-unlikely',
    why: 'kind 7: era A verdict split across a page break, with the running header and page number between "is a" and "fair, one-star service which is unlikely to improve"',
    pages: [
      `Audit Commission
Best Value Inspection – Information Technology – Tollerton Borough Council – May 2001

Summary
Having considered the evidence, the inspectors judge that the council's IT service is a`,
      `Tollerton Borough Council – Information Technology                                   2

fair, one-star service which is unlikely to improve. Systems are stable and the staff are
knowledgeable, but the council has no plan for replacing its ageing network.`,
    ],
    expect: { grade: 'fair', prospect: 'unlikely' },
  },
  {
    name: 's49-plain-hyphenated-excellent-promising',
    why: 'kind 7: era B, the grade and prospect words are hyphenated at line ends ("excel-/lent", "prom-/ising")',
    pages: [
      `ICT Services – Inspection report – Stourmouth City Council – Audit Commission – October 2004

Summary
The inspectors consider that Stourmouth's ICT service is an excel-
lent, three-star service with prom-
ising prospects for improve-
ment. It compares with the best in the country on cost and reliability.`,
    ],
    expect: { grade: 'excellent', prospect: 'promising' },
  },
  {
    name: 's49-plain-excellent-relationships-fair-probably',
    why: 'kind 7: era A; "excellent working relationships" and "excellent" training feedback are ordinary words; the verdict is fair and will probably improve',
    pages: [
      `Best Value Inspection Service – Revenues IT Systems – Cleeve Marsh Borough Council – August 2001

Summary
The IT team has excellent working relationships with the revenues staff and feedback on its
training courses is excellent. But the systems themselves are unreliable at month end and the
backlog of change requests has grown all year.
We judge this to be a fair service which will probably improve.`,
    ],
    expect: { grade: 'fair', prospect: 'probably' },
  },
  {
    name: 's49-plain-team-concluded-poor-poor',
    why: 'kind 7: era B "The inspection team concluded that ..." with both judgements poor (the same word for grade and prospect)',
    pages: [
      `Audit Commission – Inspection Report – Information Technology – Scarsby Borough Council – January 2003`,
      `Scarsby Borough Council\t\tInformation Technology\t\t\t\t3

Summary
The inspection team concluded that Scarsby's IT service is poor and that its prospects for
improvement are also poor. There is no IT strategy, no performance information and no plan that
members have agreed.`,
    ],
    expect: { grade: 'poor', prospect: 'poor' },
  },
  {
    name: 's49-plain-headline-two-stars-promising',
    why: 'kind 7: era B; grade given only as "two stars" in a headline subtitle and "We have awarded the service two stars"; prospects promising',
    pages: [
      `Audit Commission Inspection Report
ICT Service – Hexley District Council – March 2005
A two-star service with promising prospects`,
      `Hexley District Council – ICT Service\t\t\t\t\t2

Summary
We have awarded the service two stars out of a possible three. Its prospects for improvement are
promising: the council has a clear plan and the partnership with its neighbours is starting to
cut costs.`,
    ],
    expect: { grade: 'good', prospect: 'promising' },
  },
  {
    name: 's49-plain-poor-will-not',
    why: 'kind 7: era A plain statement "We judge the service to be poor and that it will not improve"',
    pages: [
      `Best Value Inspection – IT Services – Dunsfold Marsh District Council – December 2000

Summary
We judge the service to be poor and that it will not improve. The review was carried out by the
service itself, challenged nothing, and produced a plan without targets, costs or dates.
                                                                                      Page 2`,
    ],
    expect: { grade: 'poor', prospect: 'will-not' },
  },
  {
    name: 's49-plain-not-yet-excellent-good-excellent',
    why: 'kind 7: era B; "It is not yet an excellent service" is a negated grade word, while "excellent prospects" is the real prospect; the grade is good',
    pages: [
      `Audit Commission
ICT and Customer Access
Wellbeck Borough Council
July 2003`,
      `Wellbeck BC\tICT and Customer Access\t\t\t\t4

Summary
This is a good service that has excellent prospects for improvement. It is not yet an excellent
service – home workers still struggle to connect and the website is hard to search – but the
council knows this and has funded the work needed.`,
    ],
    expect: { grade: 'good', prospect: 'excellent' },
  },
  {
    name: 's49-plain-not-yet-good-fair-uncertain',
    why: 'kind 7: era B negation "This is not yet a good service" followed by the actual grade fair and uncertain prospects',
    pages: [
      `Inspection Report – Information Technology – Lyneham Borough Council – Audit Commission – April 2002`,
      `Lyneham Borough Council\t\t\t\t\t\t3

Summary
This is not yet a good service. We judge it to be fair: it keeps the council's systems running
but does little to help departments change the way they work. Prospects for improvement are
uncertain, because the plan depends on money that has not been found.`,
    ],
    expect: { grade: 'fair', prospect: 'uncertain' },
  },
  {
    name: 's49-plain-bullets-procurement-good-uncertain',
    why: 'kind 7: era B, non-ICT (corporate procurement), judgements given as summary bullets with bracketed stars',
    pages: [
      `Audit Commission – Corporate Procurement – Aldersey County Council – February 2004

Summary
We found that:
• the service is good (two stars);
• its prospects for improvement are uncertain;
• savings of £1.8 million have been made since 2001, but half the council's spending is still
  outside corporate contracts.
                                                                                         2`,
    ],
    expect: { grade: 'good', prospect: 'uncertain' },
  },
  {
    name: 's49-plain-commission-excellent-probably',
    why: 'kind 7: era A, rare top grade: "The Commission judges ... to be excellent"; prospect "will probably improve further"',
    pages: [
      `Best Value Inspection Service
Information and Communication Technology
Rothwick Metropolitan Borough Council
September 2001`,
      `Rothwick MBC – ICT\t\t\t\t\t\t\t3

Summary
The Commission judges Rothwick's ICT service to be excellent. It is one of very few IT services
we have seen that departments describe as a partner rather than a supplier. The service will
probably improve further, although it is already close to the limit of what its budget allows.`,
    ],
    expect: { grade: 'excellent', prospect: 'probably' },
  },
  {
    name: 's49-plain-benefits-fair-proportion',
    why: 'kind 7: era B, non-ICT (housing benefits); "a fair proportion of claims" is an ordinary phrase before the real verdict, fair with promising prospects',
    pages: [
      `Audit Commission Inspection Report
Housing and Council Tax Benefits
Mossley Bridge Borough Council
November 2003`,
      `Mossley Bridge BC – Benefits\t\t\t\t\t2

Summary
A fair proportion of new claims are still processed late, and overpayments are high. Overall,
we judge the benefits service to be a fair, one-star service with promising prospects for
improvement, mainly because of the new document imaging system now being installed.`,
    ],
    expect: { grade: 'fair', prospect: 'promising' },
  },
  {
    name: 's49-plain-waste-our-answer-yes',
    why: 'kind 7: era A, non-ICT (waste collection); the two questions answered in turn, the second "our answer is yes: it will improve"',
    pages: [
      `BEST VALUE INSPECTION SERVICE
Waste Collection and Recycling
Whitmoor District Council
April 2001`,
      `Whitmoor DC – Waste Collection\t\t\t\t\t\t4

Summary
Our answer to the first question – how good is the service? – is that Whitmoor provides a good
service: missed collections are rare and recycling rates are well above average.
To the second question – will it improve? – our answer is yes: it will improve. The new contract
and the kerbside scheme are funded and on schedule.`,
    ],
    expect: { grade: 'good', prospect: 'will' },
  },

  // ---------------------------------------------------------------------------
  // 8. No judgement at all: drafts, self-assessments, plans, papers before the
  //    inspection, documents about other services only.
  // ---------------------------------------------------------------------------
  {
    name: 's49-none-draft-scores-tbc-blank-grid',
    why: 'kind 8: draft report with "[score to be confirmed]" placeholders and an unmarked scoring chart whose axes list every grade and prospect',
    pages: [
      `DRAFT – NOT FOR PUBLICATION – FOR FACTUAL ACCURACY CHECK ONLY
Audit Commission Inspection Report
ICT Services – Gorsebrook Borough Council – May 2003`,
      `Gorsebrook BC – ICT Services – DRAFT v0.3\t\t\t\t2

Summary
The ICT service is [score to be confirmed following moderation]. Its prospects for improvement
are [to be confirmed].

Scoring chart (to be completed)
'a good service?'
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
'prospects for improvement?'`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-self-assessment',
    why: 'kind 8: the council\'s own self-assessment for the inspection, claiming good and excellent prospects in the council\'s voice; no inspectors\' verdict',
    pages: [
      `Tenbridge Borough Council
ICT Services – Self-assessment for the Audit Commission inspection
Prepared by the Head of ICT – January 2004

1. Our view of the service
We believe that our ICT service is good. Users tell us the help desk is excellent and our
network has been available 99.8% of the time this year.
2. Our prospects
We think our prospects for improvement are excellent: the new strategy is funded and has the full
support of members.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-improvement-plan-targets',
    why: 'kind 8: an improvement plan whose targets use grade words ("to be an excellent, three-star service by 2005", "move from fair to good")',
    pages: [
      `ICT IMPROVEMENT PLAN 2003–2006
Rushmere District Council

Objective\tTarget\tBy when\tLead officer
Service quality\tMove from fair to good in the next inspection\tMarch 2004\tHead of ICT
\tBecome an excellent, three-star service\t2005\tDirector of Resources
Help desk\t90% of calls fixed first time\tDec 2003\tService Desk Manager
Prospects\tAchieve promising or excellent prospects\tNext inspection\tChief Executive`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-cabinet-paper-before-inspection',
    why: 'kind 8: a cabinet paper before the ICT inspection that lists other services\' earlier scores (benefits fair/promising, waste good/uncertain) and hopes for a good result',
    pages: [
      `Brantham Borough Council
Report to Cabinet – 9 September 2002
Forthcoming Audit Commission inspection of ICT

1. The Audit Commission will inspect the council's ICT service in the week of 14 October.
2. Previous inspections of this council's services have produced the following scores:
   Housing benefit (2001)\tfair\tpromising prospects
   Waste collection (2002)\tgood\tuncertain prospects
3. Officers are working to secure a good result for ICT and members are asked to make themselves
   available for interview.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-council-best-value-review',
    why: 'kind 8: the council\'s own Best Value review report with the 4Cs; ordinary "poor morale", "excellent relationships" and "fair" words, no inspection judgement',
    pages: [
      `Best Value Review of Information Technology
Final report of the review team
Ferncliffe District Council – November 2000`,
      `Ferncliffe DC – BV Review of IT\t\t\t\t\t\t6

4. Challenge
The review team found poor morale in the applications team and excellent relationships with the
finance department.
5. Compare
Our costs per PC are about average for districts; it is fair to say our response times are slower.
6. Consult
A survey of 140 staff users was carried out in July.
7. Compete
Options for outsourcing the help desk will be tested in 2001/02.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-inspection-scoping-letter',
    why: 'kind 8: the inspectors\' scoping letter before fieldwork; it names the two questions and the scale but judges nothing yet',
    pages: [
      `Audit Commission – Best Value Inspection Service
Dear Chief Executive
INSPECTION OF IT SERVICES – SCOPE AND TIMETABLE
Thank you for agreeing the arrangements for our inspection of Pollard Heath Borough Council's IT
services. As you know, our report will answer two questions: how good is the service, and will it
improve? We will score the service from poor to excellent and say whether it will not improve, is
unlikely to improve, will probably improve or will improve.
Fieldwork will take place between 4 and 15 June 2001 and we expect to publish in August.
Yours sincerely
Lead Inspector`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-guide-how-we-score',
    why: 'kind 8: an explanatory guide with an example scoring chart whose "example" mark is illustrative only, and no service being judged',
    pages: [
      `How we score council services – a short guide – Audit Commission – 2003

Every inspection report contains a scoring chart. The vertical axis shows how good the service is
(poor, fair, good or excellent – no stars to three stars). The horizontal axis shows the
prospects for improvement (poor, uncertain, promising or excellent).

Example chart (illustrative only – not a real council)
Excellent\t\t\t\t
Good\t\t\t\t
Fair\t\t\t\t
Poor\t\t\t\t
\tPoor\tUncertain\tPromising\tExcellent
A service judged fair with promising prospects would have its mark in the third column of the
Fair row.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-ict-service-plan-other-services',
    why: 'kind 8: the ICT department\'s own service plan noting that two other services it supports were inspected (libraries good, benefits fair); nothing about an ICT inspection result',
    pages: [
      `Corporate ICT Service Plan 2004/05 – Halstow Borough Council

Section 3: Context
During 2003/04 two of the services we support were inspected. The Audit Commission judged the
library service good with promising prospects and the benefits service fair with uncertain
prospects, and both reports praised the systems we provide.
Section 4: Our priorities
1. Replace the council's email system.
2. Deliver the remaining e-government targets by December 2005.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-consultants-health-check',
    why: 'kind 8: a consultants\' IT health check (not an inspection) grading parts of the service "poor" and "good" on its own scale',
    pages: [
      `IT Health Check – Final Report
Prepared for Marlow Cross District Council by Ridgeway Consulting Ltd – March 2002

Area assessed\tRating\tComment
Infrastructure\tPoor\tServers out of warranty; no resilience
Help desk\tGood\tWell run; first-time fix 71%
Strategy\tFair\tA strategy exists but is not linked to council priorities
Overall we consider the council well placed to improve if it acts on our recommendations.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-announcement-of-inspection',
    why: 'kind 8: a council web notice announcing that inspectors will visit; mentions "excellent" as an aspiration and a past poor rating of another council',
    pages: [
      `Brindle Vale Council – News

Inspectors to look at council IT
Posted 2 February 2004
Audit Commission inspectors will be at the civic offices from 16 February to look at how well the
council's ICT service works. Residents and staff are welcome to tell them what they think.
"We want to be an excellent service and we welcome the challenge," said the Head of ICT.
The nearby borough of Chadwell was rated poor when its IT was inspected in 2002.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-internal-audit-report',
    why: 'kind 8: an internal audit report on IT controls with assurance levels ("limited", "good") and a "poor" finding; no Best Value judgement',
    pages: [
      `INTERNAL AUDIT REPORT – IT GENERAL CONTROLS – 2002/03
Wickham Downs Borough Council

Audit opinion: LIMITED ASSURANCE
Area\tFinding\tPriority
Access control\tPoor password discipline in finance\tHigh
Backups\tGood – tested monthly\tLow
Change control\tNo record of approvals for 6 of 20 changes\tMedium`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-blank-questionnaire',
    why: 'kind 8: a pre-inspection questionnaire with empty score fields and the list of possible answers',
    pages: [
      `Pre-inspection questionnaire – ICT – Thornby Borough Council – to be returned by 30 April 2003

Q12. How would you rate the ICT service overall?
  [ ] Poor   [ ] Fair   [ ] Good   [ ] Excellent
Q13. Do you think it will get better over the next two years?
  [ ] Poor prospects   [ ] Uncertain   [ ] Promising   [ ] Excellent
Q14. Any other comments:
  ______________________________________________`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-draft-bracketed-options',
    why: 'kind 8: an inspection draft with alternative scores in square brackets awaiting the moderation panel ("[fair/good]", "[uncertain/promising]")',
    pages: [
      `Audit Commission – working draft – ICT – Elmstead District Council – v0.2 – 11 August 2003
NOT FOR CIRCULATION

Summary
The ICT service is [fair/good]* and its prospects for improvement are [uncertain/promising]*.
* Options to be agreed at the moderation panel on 21 August. Do not quote.`,
    ],
    expect: { grade: null, prospect: null },
  },
  {
    name: 's49-none-minutes-inspection-postponed',
    why: 'kind 8: minutes noting that the ICT inspection was postponed and officers expect a good rating; an earlier era A grade of another service is also mentioned',
    pages: [
      `Audit Committee – Minutes – 27 June 2001 – Coldwater Borough Council

12. Best Value inspection programme
The Head of Policy reported that the inspection of IT services had been postponed until the
autumn at the Commission's request. Officers expected a good rating when it took place.
Members recalled that the leisure service had been judged fair and likely to improve in 2000.
Noted.`,
    ],
    expect: { grade: null, prospect: null },
  },
];
