/**
 * The built-in theme codebook: the 13 recurring areas for improvement of Best Value inspections of
 * council IT services (DOMAIN.md), with the cues that catch how inspectors write about them, and
 * the polarity and section words that say whether a mention is a weakness or a strength. Data only.
 *
 * Cue syntax (theme `terms` weigh 1, `hints` weigh 0.5; a theme is raised at a total of 1):
 * - a cue is one or more parts joined by ` + `; every part must occur in the unit, in any order;
 * - a part is a run of consecutive content words (stopwords skipped), each Porter-stemmed;
 * - a word may be `(a|b|c)` (any of) or `@name` (any word of the macro `name`).
 * `patterns` are compromise match expressions (https://observablehq.com/@spencermountain/compromise-match-syntax), weight 1.
 * Polarity and section phrases are lowercase surface words; a trailing `*` matches any ending.
 */

/** Theme ids of the built-in codebook, in DOMAIN.md order. */
export const THEME_IDS = [
  'strategic-alignment', 'leadership', 'investment', 'understanding-of-it', 'communication', 'demand-capacity',
  'user-training', 'culture-change', 'information-systems', 'consultation', 'comparison', 'competition', 'e-government',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const POLARITIES = ['weakness', 'strength'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** One theme: what it means and the cues that raise it. */
export interface CodebookTheme<Id extends string = string> {
  id: Id;
  label: string;
  definition: string;
  /** Cues of weight 1 (see the syntax above). */
  terms: readonly string[];
  /** Cues of weight 0.5: suggestive alone, decisive together. */
  hints: readonly string[];
  /** compromise match patterns, weight 1. */
  patterns: readonly string[];
}

/** Words that make a mention a weakness or a strength. */
export interface PolarityCues {
  /** Areas for improvement: lack, poor, insufficient, delays … (weight 1). */
  weakness: readonly string[];
  /** Directives and recommendations: should, must, needs to … (weight 1.5). */
  directive: readonly string[];
  /** Praise: effective, well, good practice … (weight 1). */
  strength: readonly string[];
  /** Weak signs of a positive finding stated as fact (introduced, now, every), weight 0.5. */
  achievement: readonly string[];
  /** Negators: flip a following strength word, cancel a following weakness word; alone they weigh as a weakness. */
  negators: readonly string[];
}

/** A codebook: themes, the vocabulary shared by their cues, and the polarity words. */
export interface Codebook<Id extends string = string> {
  id: string;
  name: string;
  /** Word lists a cue names with `@name`. */
  macros: Readonly<Record<string, readonly string[]>>;
  /** Phrase rewrites applied (lowercase, whole words) before matching, e.g. expansions that hide cues. */
  rewrites: readonly (readonly [from: string, to: string])[];
  polarity: PolarityCues;
  /**
   * Section headings (regex sources, case-insensitive) whose units lean weakness or strength; `neutral`
   * sections describe (only clear polarity words count).
   */
  sections: { weakness: readonly string[]; strength: readonly string[]; neutral: readonly string[] };
  /** Section headings (regex sources) that list names and titles (documents reviewed, people met, timetables): their units raise no theme. */
  listSections?: readonly string[];
  /** Words of other services (housing, police …): a unit with one of them and no @tech word raises no theme. */
  offTopic: readonly string[];
  themes: readonly CodebookTheme<Id>[];
}

const TECH = ['ict', 'technology', 'technologies', 'technological', 'computer', 'computers', 'computing', 'computerised', 'system', 'systems', 'digital', 'software', 'hardware', 'network', 'networks', 'pc', 'pcs', 'electronic', 'internet', 'intranet', 'e'];
const UNIT = ['section', 'unit', 'department', 'team', 'teams', 'staff', 'service', 'services', 'division', 'specialists', 'specialist', 'officers', 'function', 'provider', 'helpdesk', 'people', 'professionals'];
const CORPORATE = ['priorities', 'priority', 'objectives', 'objective', 'aims', 'goals', 'vision', 'ambitions', 'community', 'council-wide', 'organisational', 'business'];
const LEADERS = ['members', 'councillors', 'councillor', 'member', 'executive', 'cabinet', 'leader', 'leaders', 'directors', 'director', 'politicians', 'political', 'portfolio', 'chief'];

/** The built-in codebook (the default of `--codebook`). */
export const builtinCodebook: Codebook<ThemeId> = {
  id: 'best-value-ict',
  name: 'Best Value inspections of council IT services: recurring areas for improvement',
  macros: {
    tech: TECH,
    unit: UNIT,
    corporate: CORPORATE,
    leaders: LEADERS,
    senior: ['senior', 'top', 'chief', 'strategic', 'corporate', 'political', 'elected'],
    link: ['align', 'aligned', 'alignment', 'aligning', 'misaligned', 'link', 'linked', 'links', 'linkage', 'linking', 'tied', 'tie', 'derive', 'derived', 'flows', 'flow', 'driven', 'drive', 'underpin', 'underpins', 'support', 'supports', 'contribute', 'contributes', 'contribution', 'reflect', 'reflects', 'connected', 'connection', 'relate', 'related', 'relationship', 'integrated', 'fit', 'fits', 'consistent'],
    frontline: ['front', 'frontline', 'departments', 'departmental', 'directorates', 'users', 'user', 'managers'],
    say: ['hear', 'heard', 'told', 'tell', 'inform', 'informed', 'update', 'updated', 'updates', 'explain', 'explained', 'talk', 'talking', 'dialogue', 'liaison', 'liaise', 'liaises', 'contact', 'feedback', 'briefing', 'briefings', 'newsletter', 'newsletters', 'aware', 'awareness', 'discuss', 'discussion', 'meetings', 'meet', 'relationship', 'relationships', 'relations', 'listen', 'listens', 'channels', 'contact', 'bulletin', 'bulletins', 'jargon'],
    wait: ['wait', 'waits', 'waited', 'waiting', 'take', 'takes', 'took', 'taking', 'queue', 'queued', 'delay', 'delays', 'delayed', 'outstanding'],
    period: ['weeks', 'months', 'days', 'week', 'month', 'year', 'years'],
    people: ['citizens', 'residents', 'public', 'customers', 'customer', 'users', 'user', 'people', 'community', 'communities', 'service-users', 'stakeholders', 'clients', 'taxpayers', 'tenants', 'businesses'],
    views: ['views', 'view', 'opinions', 'opinion', 'feedback', 'involve', 'involved', 'involvement', 'engage', 'engaged', 'engagement', 'listen', 'listened', 'listening', 'satisfaction', 'satisfied', 'dissatisfied', 'say', 'voice', 'complaints', 'panel', 'panels', 'forum', 'forums', 'input'],
    // What a leader does about IT: owning, driving, championing, taking an interest.
    lead: ['interest', 'interested', 'involvement', 'involved', 'ownership', '=owns', '=owned', 'commitment', 'committed', 'champion', 'champions', 'championed', 'championing',
      'sponsor', 'sponsors', 'sponsorship', 'drive', 'drives', 'driven', 'driving', 'direction', 'lead', 'leads', 'led', 'engaged', 'engagement', 'support', 'supported', 'backing',
      'grip', 'steer', 'steers', 'chair', 'chairs', 'chaired', 'responsibility', 'responsible', 'accountable', 'role', 'debated', 'debate', 'discuss', 'discussed', 'decisions',
      'push', 'impetus', 'priority', 'protected', 'protect', 'vision'],
    // What money buys for IT: equipment, systems, programmes.
    asset: [...TECH, 'equipment', 'hardware', 'pcs', 'infrastructure', 'replacement', 'replace', 'replacing', 'renewal', 'upgrade', 'upgrades', 'strategy', 'programme', 'projects', 'project', 'modernise', 'modernisation', 'machines', 'servers', 'licences'],
    others: ['others', 'other', 'similar', 'neighbouring', 'comparable', 'elsewhere', 'peers', 'peer', 'national', 'average', 'averages', 'family', 'leading', 'best'],
  },
  rewrites: [
    ['information and communications technology', 'ict'],
    ['information and communication technology', 'ict'],
    ['information and communications technologies', 'ict'],
    ['information technology', 'ict'],
    ['members of staff', 'staff'],
    ['member of staff', 'staff'],
    ['members of the public', 'the public'],
    ['members of the team', 'team'],
    ['as well as', 'and'],
    ['competing demands', 'conflicting demands'],
    ['competing priorities', 'conflicting priorities'],
    ['competing requests', 'conflicting demands'],
    ['competing bids', 'conflicting demands'],
    ['capacity to improve', 'prospects'],
    ['capacity to deliver the improvement', 'prospects'],
    ['lifelong learning', 'education'],
  ],
  polarity: {
    weakness: [
      'lack', 'lacks', 'lacking', 'lacked', 'absence', 'absent', 'insufficient*', 'inadequate*', 'poor', 'poorly', 'weak', 'weaker', 'weakness*',
      'limited', 'little', 'few', 'no evidence', 'not yet', 'yet to', 'fail', 'fails', 'failed', 'failing', 'failure*', 'slow', 'slowly', 'delay*',
      'backlog*', 'problem*', 'difficult*', 'concern*', 'unclear', 'inconsistent*', 'patchy', 'fragment*', 'ad hoc', 'piecemeal', 'gap', 'gaps',
      'shortfall*', 'under-invest*', 'underinvest*', 'under invest*', 'underfund*', 'under-fund*', 'under-resourc*', 'rarely', 'seldom', 'unaware', 'unable',
      'unlikely', 'confus*', 'frustrat*', 'complain*', 'vague', 'out of date', 'outdated', 'isolation', 'isolated', 'reactive*', 'disjointed', 'low',
      'undermin*', 'hamper*', 'hinder*', 'barrier*', 'lag', 'lags', 'lagging', 'behind', 'late', 'uneven', 'variable', 'duplicat*', 'scope for',
      'room for', 'dissatisf*', 'fallen', 'falling', 'fell', 'reduced', 'cut', 'cuts', 'bypass*', 'unreliab*', 'obsolete', 'ageing', 'aging', 'old', 'struggl*', 'overstretch*', 'stretched', 'unmet',
      'wait', 'waits', 'waiting', 'sceptic*', 'reluctan*', 'resist*', 'silo', 'silos', 'separately', 'missing',
      'risk', 'risks', 'vulnerable', 'only partly', 'partial', 'partially', 'too', 'disappoint*', 'unsatisfactory', 'ineffective*', 'inefficien*',
      'weakly', 'unstructured', 'informal', 'ignored', 'ignore', 'overlooked', 'no clear', 'not clear', 'unknown', 'untested', 'unchallenged',
      'insufficiently', 'minimal', 'narrow', 'limited to', 'tension*', 'mistrust', 'distrust', 'criticis*', 'unsure', 'uncertain*', 'haphazard',
      'drift*', 'stalled', 'unanswered', 'overwhelm*', 'cannot keep', 'unavailable', 'slipped', 'slippage', 'overdue', 'short-term', 'short term', 'firefighting', 'fire-fighting', 'fire fighting',
      'flat', 'broken down', 'broke down', 'breakdown', 'stopped', 'hidden', 'guard', 'guards', 'passed from',
    ],
    directive: [
      'should', 'must', 'need', 'needs', 'need to', 'needs to', 'recommend*', 'would benefit', 'could be improved', 'urgent*',
      'area for improvement', 'areas for improvement', 'requires', 'required to', 'has to', 'have to', 'ought',
    ],
    strength: [
      'effective', 'effectively', 'well', 'good', 'strong', 'strongly', 'strength*', 'clear', 'clearly', 'robust', 'excellent', 'success*',
      'impressive*', 'comprehensive*', 'positive*', 'innovative*', 'good practice', 'welcom*', 'committed', 'commitment', 'enthusias*',
      'proactive*', 'valued', 'praised', 'high quality', 'high level of', 'satisfied', 'in place', 'embedded', 'notable', 'exemplary', 'sound',
      'responsive', 'consistently', 'improved', 'achieved', 'exceeded', 'exceeds', 'above average', 'award*', 'beacon', 'readily', 'quickly',
      'promptly', 'timely', 'closely', 'firmly', 'fully', 'regularly', 'regular', 'systematic*', 'thorough*', 'well-developed', 'mature',
      'established', 'best practice', 'appreciat*', 'confident*', 'keen', 'active', 'actively', 'pleased', 'real progress', 'significant progress',
      'progress', 'better', 'key strength', 'high', 'highly', 'sharp', 'sharper', 'focused', 'driving', 'champion*', 'widespread', 'constructive', 'open',
      'addressed', 'tackled', 'resolved', 'grown', 'increased', 'doubled', 'secured', 'central', 'willing', 'embraced', 'encouraged', 'helped',
      'protected', 'modern', 'rarely seen', 'seldom seen', 'rarely see', 'seldom see', 'rarely found', 'trusted', 'supportive', 'influence', 'visible',
    ],
    achievement: [
      'now', 'already', 'has introduced', 'have introduced', 'introduced', 'has set up', 'set up', 'has established', 'launched', 'adopted', 'appointed', 'created',
      'developed', 'delivered', 'enables', 'allows', 'gives', 'lets', 'ensures', 'personally', 'named', 'dedicated', 'jointly', 'used', 'annual', 'annually', 'quarterly', 'monthly', 'weekly',
    ],
    negators: ['not the case', 'not', 'never', 'no', 'none', 'nor', 'without', 'cannot', 'neither', 'nobody', 'nothing', 'no longer', 'no one'],
  },
  sections: {
    weakness: ['recommend', 'areas? (?:for|of|requiring) (?:improvement|development)', 'weakness', 'what (?:needs|should) (?:to )?(?:improve|change)', 'barriers', 'key issues', 'improvements? (?:needed|required)', 'concerns', 'risks'],
    strength: ['strengths?', 'positive practice', 'good practice', 'notable practice', 'what (?:is working|works) well', 'achievements', 'successes'],
    neutral: ['contents', 'context', 'background', 'introduction', 'methodology', 'method', 'scope', 'scoring chart', 'about (?:this|the) (?:report|inspection)'],
  },
  listSections: ['documents? (?:reviewed|read|examined)', '(?:people|staff|those) (?:we )?(?:met|interviewed|spoke to)', 'sites? visited', 'timetable', 'glossary', 'list of (?:documents|people|abbreviations)', 'abbreviations'],
  offTopic: [
    'police', 'crime', 'fire', 'refuse', 'waste', 'recycling', 'housing', 'homes', 'tenants', 'social workers', 'child protection', 'health authority', 'care',
    'benefits service', 'planning applications', 'highways', 'roads', 'schools', 'teachers', 'pupils', 'leisure', 'parks', 'cemeteries',
  ],
  themes: [
    {
      id: 'strategic-alignment',
      label: 'Strategic alignment',
      definition: "Aligning the IT/ICT strategy with the authority's corporate and strategic aims.",
      terms: [
        '@tech strategy + @corporate', '@tech + @link + @corporate', '@link + @corporate + strategy', '@link + corporate plan',
        '@tech + corporate (plan|strategy|framework|agenda)', 'golden thread', 'technology led', 'technical grounds',
        '@tech + community plan', '@tech + (council|authority|organisation) (priorities|objectives|aims|goals)',
        '@tech + strategic (aims|objectives|priorities|direction|context|fit|framework)', 'business case + @corporate',
        '@tech + (separately|isolation|independently) + (plan|plans|strategy|corporate)', '@tech strategy + @link',
      ],
      hints: ['@tech strategy', 'strategy + @corporate', '@link + @corporate', 'business needs + @tech', 'corporate plan', '@corporate + plans', 'strategic', 'drive + @tech'],
      patterns: [
        '(ict|it|technology) strategy [does not|doesn\'t|fails to] (reflect|mention|refer|support|link)',
        '(decisions|choices|investment) about (new|#Adjective)? (systems|technology|ict|it) .{0,6} (priorities|aims|objectives|achieve)',
      ],
    },
    {
      id: 'leadership',
      label: 'Leadership',
      definition: 'Lead from the top: chief executive, senior officers and elected members owning and driving IT.',
      terms: [
        'leadership', 'chief executive', 'elected members',
        '@leaders ~ @lead', '@senior (officer|officers|managers|management) ~ @lead', 'management team ~ @lead', '(nobody|no one) senior',
        '(lead|leadership|drive|direction|push|impetus|support|commitment) from top', 'champion + @tech', 'member champion', 'member involvement', 'member level', 'management board', 'corporate management team',
        'senior sponsor', 'ownership + @tech', '=owned ~ @tech', 'cabinet + @tech', 'portfolio holder', 'strategic direction + @tech', 'nobody + (responsible|accountable) + @tech',
      ],
      hints: ['ownership', 'champion', 'sponsor', 'steering group', 'accountability', '@leaders + @tech + (decide|decided|agreed|set|expect|expects)'],
      patterns: [
        '(members|councillors|directors) (show|shows|showed|take|takes|took|have|has) (little|no|limited|a keen|a strong|real|an active) (interest|involvement|part|role)',
        '(nobody|no one|noone) at (a )? senior level',
      ],
    },
    {
      id: 'investment',
      label: 'Investment',
      definition: 'Funding, historic under-investment, budgets and resources for IT.',
      terms: [
        'invest', 'investment', 'investing', 'invested', 'underinvest', 'under invest', 'funding', 'funded', 'underfunded', 'under funded', 'budget', 'budgets',
        'capital ~ @asset', '(under|over) (spend|spending|spent)', 'underspend', 'underspends', 'underspending', 'expenditure ~ @asset', 'money ~ @asset', '(pay|paid|paying) ~ @asset',
        'resources ~ @tech', 'under resourced', 'well resourced', 'afford', 'affordable', 'provision ~ (capital|budget|revenue)',
        'replacement (programme|cycle|strategy|plan)', 'refresh (programme|cycle)', 'growth bid', 'per cent + budget', 'no money', 'capital programme',
      ],
      hints: ['resources', 'resourced', 'capital', 'spend', 'spending', 'financial', 'finance', 'obsolete', 'ageing', 'outdated', 'old + (pcs|equipment|hardware|machines|computers|systems)', 'legacy', 'revenue', 'bid', 'bids', 'pounds', 'fund', 'money'],
      patterns: ['#Money #Multiple? (of|for|on|in|towards) (capital|investment|funding|ict|it|technology|equipment|the|new|its)', '(ten|five|six|seven|eight|#Value) years? old'],
    },
    {
      id: 'understanding-of-it',
      label: 'Understanding of IT',
      definition: 'The organisation\'s understanding of the power and opportunity offered by IT.',
      terms: [
        '(understanding|understand|understands|understood|appreciation|appreciate|appreciates|grasp|awareness|aware|recognition|recognise|recognises|recognised|realise|know|knowledge) + @tech + (potential|opportunity|opportunities|power|benefits|benefit|transform|transforming|change|improve|contribute|contribution|role|value|offer|offers|offered)',
        'potential + @tech', '@tech + potential', 'opportunities + @tech + (offer|offers|offered|bring|brings|create)', 'power + @tech', 'enabler', 'enabling + @tech',
        '(seen|see|sees|regarded|regard|regards|viewed|view|views|treated|treat|treats|perceived|thought) + @tech + (cost|overhead|utility|plumbing|back office|support function|technical|necessary|specialist|add-on|luxury|end)',
        'transform + @tech', 'transformation + @tech', '@tech + (tool|means) + (change|improve|transform|deliver)',
      ],
      hints: ['understanding + @tech', 'awareness + @tech', 'appreciation', 'potential', 'opportunities', 'benefits + @tech', 'technical issue', 'back office', 'specialists + @tech'],
      patterns: ['(see|sees|seen|regard|regards|regarded|view|views|viewed|treat|treats|treated) (it|ict|technology|computers) as [.{0,4}]', 'what (it|ict|technology) (can|could) (do|offer|achieve)'],
    },
    {
      id: 'communication',
      label: 'Communication',
      definition: 'Communication between technical (IT) staff and front-line service providers and departments.',
      terms: [
        '=communication', '=communications', '=communicate', '=communicated', '=communicating', '=communicates', '@say + @tech @unit', '@tech @unit + @say', 'them and us',
        'kept + dark', 'relationship manager', 'account manager', 'liaison officer', 'link officer', '(business|departmental) liaison', 'dialogue', 'liaison', 'liaise',
        '@frontline + @tech @unit + (gap|divide|relationship|relationships|between|contact|understanding)', 'two way', 'listen + @tech @unit', 'jargon', 'technical language',
        '@tech @unit + (understand|understanding) + (business|departments|service|needs)', 'newsletter', 'intranet + news',
      ],
      hints: ['@frontline + @tech @unit', 'informed', 'consulted + @tech', 'between + @tech', 'gulf', 'divide'],
      patterns: ['(rarely|seldom|never|regularly) (hear|hears|heard|meet|meets|talk|talks|speak|speaks) (from|to|with) the? (it|ict|technical|computer) #Noun'],
    },
    {
      id: 'demand-capacity',
      label: 'Demand and capacity',
      definition: "Balancing user demands for service with the IT service's capacity to deliver (prioritisation, service levels, backlogs).",
      terms: [
        'backlog', 'backlogs', 'service level', 'service levels', 'sla', 'slas', '(response|fix|resolution|turnaround|resolve|repair) (time|times)', 'prioritise', 'prioritised',
        'prioritisation', 'prioritising', 'prioritize', 'prioritization', 'demand + (capacity|cope|meet|keep|resources|staff|deliver|exceeds|outstrips|manage|managing|balance|balancing)', '@wait + @period',
        '@period + (wait|waiting|delay|fix|resolve|install|installed|deliver|delivered|respond)', 'waiting list', 'queue', 'firefighting', 'fire fighting', 'overstretched', 'over stretched', 'workload', 'workloads',
        'helpdesk', 'help desk', 'service desk', 'calls + (resolved|logged|answered|fixed|outstanding|abandoned)', 'service standards', 'service standard', 'requests + (new|outstanding|work|service|backlog|delay|waiting|demand|meet|cope)', 'conflicting demands',
        'conflicting priorities', 'demands + @tech @unit', 'capacity + @tech @unit', 'cope ~ (demand|demands|requests|volume|workload|calls|peak)', '(keep|keeps|kept) (up|pace) ~ (demand|demands|requests|volume|work|workload)',
        'first time fix', 'faults', '(ranking|rank|ranked|order) ~ (requests|projects|work)', 'first call', 'first contact', 'agreed time', 'agreed times',
      ],
      hints: ['demand', 'demands', 'capacity', 'requests', 'delay', 'delays', 'delayed', 'wait', 'waiting', 'stretched', 'reactive', 'response', 'calls', 'deliver + projects', 'slipped', 'new (pcs|equipment|computers|systems|printers)', 'support + @tech', 'expectations'],
      patterns: ['(wait|waits|waited|waiting|take|takes|took) .{0,4} (weeks|months|days) (for|to|before)?', 'more (requests|work|projects|demands) than'],
    },
    {
      id: 'user-training',
      label: 'User training',
      definition: 'Appropriate provision of user training and IT skills.',
      terms: [
        'train', 'training', 'trained', 'untrained', 'retrain', '@tech skills', 'skills + @tech', '@tech literacy', 'computer literate', 'ecdl', 'european computer driving',
        'course', 'courses', 'taught themselves', 'self taught', 'induction + @tech', 'learning + @tech', 'e learning', 'competence + @tech', 'competent + @tech', 'super users', 'superusers',
        'skills gap', 'skills audit', 'training needs', 'confident + @tech', 'confidence + @tech', '(how|unable) + use + @tech',
      ],
      hints: ['skills', 'skill', 'competence', 'competencies', 'learn', 'learning', 'guidance', 'manuals', 'manual', 'workshops', 'coaching', 'mentoring', 'capability', 'use + (systems|software|pcs|packages|functions)'],
      patterns: ['(do not|don\'t|cannot|can\'t|unable to) (use|exploit|make use of) .{0,4} (software|systems|packages|functions|features)'],
    },
    {
      id: 'culture-change',
      label: 'Culture change',
      definition: 'Changes needed in culture and management style.',
      terms: [
        'culture', 'cultural', 'cultures', 'management style', 'management styles', 'ethos', 'silo', 'silos', '=departmentalism', 'change management', 'risk averse',
        'working practices', 'hierarchical', 'command + control', 'blame', 'territorial', 'mindset', 'mind set', 'attitudes', 'attitude', 'behaviours',
        'resistance + change', 'resistant + change', 'resist + change', 'empower', 'empowered', 'empowerment', 'traditional (approach|approaches|methods|style|working|ways|practices)',
        'bureaucratic', 'bureaucracy', 'inward looking', 'modernisation agenda', '=openness', 'complacent', 'complacency', 'departmental boundaries',
        '(departmental|organisational) (barriers|boundaries)', '(open|traditional|old|customer|focused|flexible|corporate) ~ (way|ways) working', '(style|styles) ~ (management|leadership)', 'outward looking', 'outward facing', 'customer focused', 'trusted', 'blame',
      ],
      hints: ['style', 'modernise', 'modernising', 'modernisation', 'behaviour', 'innovation', 'innovate', '=openness', 'corporate working', 'joined up', 'top down', 'autonomy', 'ways + working'],
      patterns: ['(the way|how) (the council|the authority|it|staff|managers) (works|work|operates|manages)'],
    },
    {
      id: 'information-systems',
      label: 'Management and information systems',
      definition: 'Management and information systems; performance management and performance information.',
      terms: [
        'performance management', 'performance information', 'performance (indicator|indicators|measures|measure|data|targets|target|framework|monitoring|reporting|reports|report|plan|plans|review|reviews|figures)',
        'management information', 'information systems', 'information system', '(monitor|monitored|monitoring|measure|measured|measuring|track|tracked|tracking|report|reported|reporting) + performance',
        'pi', 'pis', 'bvpi', 'bvpis', 'indicators', 'data quality', '(reliable|accurate|robust|complete|consistent|timely) (data|information|figures)', 'balanced scorecard', 'scorecard',
        'baseline', 'baselines', 'targets + (set|measurable|smart|progress|met|monitor|monitored)', 'measurable', 'smart targets', 'milestones',
      ],
      hints: ['performance', 'targets', 'target', 'monitoring', 'monitored', 'measure', 'measures', 'data', 'information + managers', 'reporting', 'reports', 'statistics', 'outcomes', 'outputs', 'evaluate', 'evaluation', 'costs + (know|known|unknown|record|recorded)'],
      patterns: ['(does not|do not|doesn\'t|cannot|can\'t) (know|tell|measure|say) (how|whether|what)'],
    },
    {
      id: 'consultation',
      label: 'Consultation',
      definition: 'Consulting users, customers and citizens.',
      terms: [
        '=consult', '=consults', '=consulted', '=consulting', '=consultation', '=consultations', 'survey ~ (@people|@frontline|staff|departments|managers)', 'surveys', 'surveyed', 'questionnaire', 'questionnaires', 'focus group', 'focus groups',
        'user group', 'user groups', 'user forum', 'user forums', 'citizens panel', 'residents panel', 'people panel', '@people + @views', '@views + @people',
        '(customer|user|resident|citizen) satisfaction', 'customer feedback', 'user feedback', 'complaints', 'listening', 'customer (needs|views|expectations|focus)',
      ],
      hints: ['@views', '@people', 'involve', 'engagement', 'feedback', 'satisfaction', 'forum', 'panel', 'ask', 'asked'],
      patterns: ['(ask|asked|asking) (users|customers|residents|citizens|the public|staff|departments|people) (what|about|for|whether|how)'],
    },
    {
      id: 'comparison',
      label: 'Comparison',
      definition: 'Comparing performance with others, benchmarking.',
      terms: [
        'compare', 'compared', 'compares', 'comparing', 'comparison', 'comparisons', 'comparative', 'comparator', 'comparators', 'benchmark', 'benchmarks', 'benchmarked', 'benchmarking',
        'socitm', 'cipfa', '(other|similar|neighbouring|comparable|leading) (councils|authorities|organisations|boroughs|districts|counties)', 'league table', 'league tables',
        'quartile', 'top quartile', 'bottom quartile', 'nearest neighbours', 'family group', 'learn + (others|elsewhere)', 'learning + (others|elsewhere)', 'best practice + elsewhere',
        'national average', 'average + (councils|authorities)', 'peers', 'peer group', 'best performing', 'unit costs + @others',
      ],
      hints: ['@others', 'unit costs', 'unit cost', 'average', 'relative', 'elsewhere', 'visits', 'visited', 'best practice'],
      patterns: ['(how|whether) (its|their|the) (costs|performance|services?) (compare|compares|stack up)'],
    },
    {
      id: 'competition',
      label: 'Competition',
      definition: 'Testing competitiveness: procurement, market testing, outsourcing, partnerships.',
      terms: [
        'compete', 'competition', 'competitive', 'competitively', 'competitiveness', 'procure', 'procured', 'procurement', 'procuring', 'tender', 'tendered', 'tendering', 'tenders',
        'outsource', 'outsourced', 'outsourcing', 'externalise', 'externalised', 'externalisation', 'market test', 'market tested', 'market testing', 'private sector',
        'external (provider|providers|supplier|suppliers|partner|partners|contractor|contractors)', 'partnership', 'partnerships', 'strategic partner', 'strategic partnership', 'joint venture',
        'option appraisal', 'options appraisal', 'alternative (providers|delivery|options|ways)', 'in house + (provider|providers|compare|compared|test|tested|alternative|alternatives|versus|option|options|provision)',
        'value + money', 'contract', 'contracts', 'contracted', 'contractor', 'contractors', 'supplier', 'suppliers', 'vendors', 'shared service', 'shared services', 'buy', 'purchasing',
      ],
      hints: ['market', 'partner', 'partners', 'in house', 'alternatives', 'options', 'providers', 'commercial', 'purchase', 'purchased', 'external'],
      patterns: ['(test|tested|testing) (whether|if)? .{0,4} (competitive|best value|value for money)'],
    },
    {
      id: 'e-government',
      label: 'E-government',
      definition: 'Electronic service delivery, the 2005 e-government targets, web and customer access.',
      terms: [
        'e government', 'egovernment', 'electronic government', 'electronic service delivery', 'electronic services', 'electronic delivery', 'esd', 'ieg', 'implementing electronic government',
        '2005 + (target|targets)', 'website', 'web site', 'web', 'internet', 'online', 'portal', 'call centre', 'contact centre', 'one stop shop', 'one stop shops',
        'customer access', 'access channels', 'electronically', 'e enabled', 'e enable', 'e enabling', 'transactions', 'self service', 'kiosk', 'kiosks', 'smartcard', 'smart card',
        'customer relationship management', 'crm', 'digital services', 'email + public', 'e services', 'e procurement', 'e democracy', 'channels + (access|customers|public)',
      ],
      hints: ['electronic', '2005', 'access', 'channels', 'e mail', 'email', 'modernising government', 'telephone', 'digital'],
      patterns: ['(by|from|through|over) the (web|internet)', 'pay (for|their) .{0,3} (online|electronically)'],
    },
  ],
};
