/**
 * The built-in theme codebook: the 13 recurring areas for improvement of Best Value inspections of
 * council IT services (docs/best-value.md), with the cues that catch how inspectors write about them, and
 * the polarity and section words that say whether a mention is a weakness or a strength. Data only.
 *
 * Cue syntax (theme `terms` weigh 1, `hints` weigh 0.5; a theme is raised at a total of 1):
 * - a cue is one or more parts joined by ` + `; every part must occur in the unit, in any order;
 * - a part is a run of consecutive content words (stopwords skipped), each Porter-stemmed;
 * - a word may be `(a|b|c)` (any of; an alternative may be a phrase, `(filing|back office)`), `@name` (any word
 *   of the macro `name`) or `=word` (that exact form, not its stem);
 * - runs of one part joined by ` ~ ` must lie within a few content words of each other in one clause.
 * `patterns` are compromise match expressions (https://observablehq.com/@spencermountain/compromise-match-syntax), weight 1.
 * Polarity and section phrases are lowercase surface words; a trailing `*` matches any ending.
 */

import type { ThemeModel } from '../classify/theme-model.js';
import fittedModel from './theme-model-fitted.json' with { type: 'json' };

/** Theme ids of the built-in codebook, in the order of docs/best-value.md. */
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
  /**
   * Cues of weight 1 that tell of the theme by its symptoms (a wait, a repair time, calls answered) rather
   * than its practice: praise resting on them alone ("the help desk answers quickly" is a service performing,
   * not demand balanced against capacity) is marked so, and the document decision weighs it.
   */
  symptoms?: readonly string[];
  /** compromise match patterns, weight 1. */
  patterns: readonly string[];
  /**
   * Neighbouring themes this one is often only the setting or a by-product of ("help desk statistics",
   * "compare with the private sector"): when this theme rests on one cue (score 1) and one of these is raised
   * in the same clauses with more evidence, this one is dropped.
   */
  yieldsTo?: readonly Id[];
  /**
   * The theme is about IT itself (an IT strategy, funding for IT, the IT service's capacity): in a report on
   * another service (libraries, benefits), only a unit that names IT raises it ("repairs take 34 days" is
   * that service's own backlog, not the IT service's). `'strength'`: only its praise needs a unit that
   * names IT; a shortfall of it in the service inspected is raised as that service's own ("nobody at a
   * senior level has taken responsibility for repairs", "the service's budget has been cut three years
   * running"), while praise of it there is mostly a plan's funding or sponsorship described.
   */
  itOnly?: boolean | 'strength';
  /**
   * Doing it is itself a finding (a duty of the regime, such as comparing or consulting): a unit that
   * records it being done ("the service has compared its costs with 15 councils") puts a strength to the
   * document's decision, even without an evaluative word.
   */
  practice?: boolean;
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
  /** The schemes whose reports it codes (scheme ids, e.g. 'ofsted-ilacs'); 'best-value' when absent. */
  schemes?: readonly string[];
  /** Word lists a cue names with `@name`. */
  macros: Readonly<Record<string, readonly string[]>>;
  /** Phrase rewrites applied (lowercase, whole words) before matching, e.g. expansions that hide cues. */
  rewrites: readonly (readonly [from: string, to: string])[];
  polarity: PolarityCues;
  /**
   * Section headings (regex sources, case-insensitive) whose units lean weakness or strength; `neutral`
   * sections describe (only clear polarity words count).
   */
  sections: {
    weakness: readonly string[]; strength: readonly string[]; neutral: readonly string[];
    /** Sections where inspectors state their main findings (summary, conclusions): their mentions weigh more. */
    emphasis?: readonly string[];
  };
  /** Section headings (regex sources) that list names and titles (documents reviewed, people met, timetables): their units raise no theme. */
  listSections?: readonly string[];
  /** A learned reading of themes (src/classify/theme-model.ts), fitted for this codebook's themes: raises a theme no cue found. */
  model?: ThemeModel;
  /** The support a theme needs in one document, per polarity, when this codebook's reports differ from the default's (longer reports, more mentions). */
  thresholds?: {
    weakness: { support: number; single: number; floor: number };
    strength: { support: number; single: number; floor: number };
    emphasis: number;
  };
  /** Bullet glyphs (a regex source) that mark list items run into one unit by extraction; the items are tagged one by one. */
  listMarkers?: string;
  /**
   * Views that are not the inspectors' (regex sources, case-insensitive, over a lowercased clause): the
   * council's self-assessment, aims and claims, its managers' and councillors' views, an earlier
   * inspection. A clause with one (and the ':' quotation after it) gives no polarity; a contrast after it
   * ("but", ";") is the inspectors' finding.
   */
  voice?: readonly string[];
  /** Words of other services (housing, police …): a unit with one of them and no @tech word raises no theme. */
  offTopic: readonly string[];
  themes: readonly CodebookTheme<Id>[];
}

const TECH = ['ict', 'technology', 'technologies', 'technological', 'computer', 'computers', 'computing', 'computerised', 'system', 'systems', 'digital', 'software', 'hardware', 'network', 'networks', 'pc', 'pcs', 'electronic', 'internet', 'intranet', 'e', 'web', 'website', 'online', 'infrastructure', 'broadband', 'telephony', 'email'];
const UNIT = ['section', 'unit', 'department', 'team', 'teams', 'staff', 'service', 'services', 'division', 'specialists', 'specialist', 'officers', 'function', 'provider', 'helpdesk', 'people', 'professionals'];
const CORPORATE = ['priorities', 'priority', 'objectives', 'objective', 'aims', 'goals', 'vision', 'ambitions', 'community', 'council-wide', '=organisational', 'business'];
const LEADERS = ['members', 'councillors', 'councillor', 'member', 'executive', 'cabinet', 'leader', 'leaders', '=directors', '=director', 'politicians', 'political', 'portfolio', 'chief', 'mayor', 'leadership'];

/** The built-in codebook (the default of `--codebook`). */
export const builtinCodebook: Codebook<ThemeId> = {
  id: 'best-value-ict',
  name: 'Best Value inspections of council IT services: recurring areas for improvement',
  schemes: ['best-value'],
  // Fitted on the hand-written theme sentences: `npm run fit -- --theme-model`.
  model: { threshold: fittedModel.threshold, themes: fittedModel.themes },
  macros: {
    tech: TECH,
    // The IT side as people and units (no web or e- words: 'electronic service' is not the IT section).
    itside: ['ict', 'computer', 'computing', 'computers', 'technology', 'technical', 'systems', 'network', 'networks'],
    // Plans and programmes of work that can be tied to (or cut loose from) the council's aims.
    itplan: ['plan', 'plans', 'planning', 'programme', 'programmes', 'project', 'projects', 'strategy', 'strategies', 'investment', 'investments', 'decisions', 'spending', 'developments', 'proposals', 'proposal', 'bids'],
    // What the council says matters: its priorities and plans (not the bare word 'business').
    aims: ['priorities', 'priority', 'objectives', 'objective', 'aims', 'goals', 'vision', 'ambitions', 'ambition', 'matters', 'achieve', 'outcomes'],
    // Knowing and seeing: what understanding-of-IT statements hinge on.
    know: ['view', 'picture', 'sense', 'notion', 'grasp', 'grasped', 'understand', 'understands', 'understood', 'understanding', 'appreciate', 'appreciates', 'appreciation', 'aware', 'awareness', 'alert', 'realise', 'realises', 'realised', 'recognise', 'recognises', 'recognised', 'recognition', 'explain', 'explained', 'envisage', 'imagine', 'insight', 'conscious', 'vision', 'idea', 'ideas', 'see', 'sees', 'saw'],
    // What IT could do for a council.
    potential: ['potential', 'opportunity', 'opportunities', 'power', 'benefits', 'benefit', 'transform', 'transforming', 'transformation', 'change', 'changing', 'redesign', 'redesigning', 'reshape', 'contribute', 'contribution', 'role', 'value', 'offer', 'offers', 'offered', 'help', 'helps', 'possibilities', 'possible', 'open', 'opens', 'different', 'differently', 'asset', 'central', 'essential', 'vital', 'integral', 'means', 'tool', 'enabler', 'modernising', 'modernise', 'achieve'],
    // News that the IT side owes the departments.
    news: ['changes', 'change', '=plans', '=planned', 'developments', 'outages', 'outage', 'downtime', 'unavailable', 'upgrades', 'upgrade', 'decisions', 'progress', 'advance', 'problems', 'shutdown', 'shutdowns'],
    // Training by another name.
    teach: ['tuition', 'instruction', 'instructed', 'taught', 'teach', 'teaching', 'tutorial', 'tutorials', 'tutor', 'tutors', 'coaching', 'coached', 'mentoring', 'workshop', 'workshops', 'demonstration', 'demonstrations', 'session', 'sessions', 'classes', 'class', 'seminar', 'seminars', '=refresher', 'induction'],
    // The public reaching the council.
    public: ['citizens', 'residents', 'public', 'customers', 'customer', 'callers', 'caller', 'taxpayers', 'businesses', 'visitors', 'people', 'service-users', 'enquirers', 'applicants'],
    // Telling how performance is recorded and known.
    record: ['record', 'records', 'recorded', 'recording', 'track', 'tracks', 'tracked', 'tracking', 'log', 'logs', 'logged', 'logging', 'collect', 'collects', 'collected', 'collecting', 'analyse', 'analyses', 'analysed', 'analysis', 'monitor', 'monitors', 'monitored', 'monitoring', 'measure', 'measures', 'measured', 'measuring', 'report', 'reports', 'reported', 'reporting', 'produce', 'produces', 'produced'],
    // What a help desk does when it is the subject of a finding about demand: coping, answering, fixing, queueing.
    coping: ['cope', 'copes', 'coping', 'resolve', 'resolves', 'resolved', 'resolving', 'fix', 'fixes', 'fixed', 'answer', 'answers', 'answered', 'answering', 'respond', 'responds', 'responded', 'overwhelmed', 'swamped', 'stretched', 'overstretched', 'busy', 'staffed', 'understaffed', 'struggle', 'struggles', 'struggling', 'quick', 'quickly', 'prompt', 'promptly', 'slow', 'slowly', 'handles', 'handled', 'deals', 'dealt', 'abandoned', 'unanswered', 'queue', 'queues', 'backlog', 'backlogs', 'wait', 'waits', 'waiting', 'demand', 'demands', 'volume', 'workload', 'peak', 'hours', 'open', '=run', '=runs', 'well', 'good', 'poor', 'efficient', 'efficiently', 'effective', 'effectively', 'excellent', 'performance'],
    // Things money buys for IT (no web or e- words: 'pay online' is a transaction, not a budget).
    kit: ['ict', 'technology', 'computer', 'computers', 'system', 'systems', 'software', 'hardware', 'network', 'networks', 'pc', 'pcs', 'infrastructure', 'equipment', 'servers', 'licences', 'upgrade', 'upgrades', 'replacement', 'laptops', 'desktops', 'printers'],
    unit: UNIT,
    corporate: CORPORATE,
    leaders: LEADERS,
    senior: ['senior', 'top', 'chief', 'strategic', 'corporate', 'political', 'elected'],
    link: ['align', 'aligned', 'alignment', 'aligning', 'misaligned', 'link', 'linked', 'links', 'linkage', 'linking', 'tied', 'tie', 'derive', 'derived', 'flows', 'flow', 'driven', 'drive', 'underpin', 'underpins', 'support', 'supports', 'contribute', 'contributes', 'contribution', 'reflect', 'reflects', 'connected', 'connection', 'relate', 'related', 'relationship', 'integrated', 'fit', 'fits', 'consistent'],
    frontline: ['front', 'frontline', 'departments', 'departmental', 'directorates', 'users', 'user', 'managers'],
    say: ['hear', 'heard', 'told', 'tell', 'inform', 'informed', 'update', 'updated', 'updates', 'explain', 'explained', 'talk', 'talking', 'dialogue', 'liaison', 'liaise', 'liaises', 'contact', 'feedback', 'briefing', 'briefings', 'newsletter', 'newsletters', 'aware', 'awareness', 'discuss', 'discussion', 'meetings', 'meet', 'relationship', 'relationships', '=relations', 'listen', 'listens', 'channels', 'contact', 'bulletin', 'bulletins', 'jargon', 'speak', 'speaks', 'spoke', 'talks', 'talked', 'notified', 'notice', 'warned', 'rapport'],
    wait: ['wait', 'waits', 'waited', 'waiting', 'take', 'takes', 'took', 'taking', 'queue', 'queued', 'delay', 'delays', 'delayed', 'outstanding'],
    period: ['weeks', 'months', 'days', 'week', 'month', 'year', 'years'],
    people: ['citizens', 'residents', 'public', 'customers', 'customer', 'users', 'user', 'people', 'community', 'communities', 'service-users', 'stakeholders', 'clients', 'taxpayers', 'tenants', 'businesses'],
    // Asking and hearing; being satisfied or complaining is an outcome, not consultation.
    views: ['views', 'view', 'opinions', 'opinion', 'feedback', 'involve', 'involved', 'involvement', 'engage', 'engaged', 'engagement', 'listen', 'listened', 'listening', '=say', 'voice', 'panel', 'panels', 'forum', 'forums', 'input'],
    // What a leader does about IT: owning, driving, championing, taking an interest.
    lead: ['interest', 'interested', 'involvement', 'involved', 'ownership', '=owns', '=owned', 'commitment', 'committed', 'champion', 'champions', 'championed', 'championing',
      'sponsor', 'sponsors', 'sponsorship', 'drive', 'drives', 'driven', 'driving', 'direction', 'lead', 'leads', 'led', 'engaged', 'engagement', 'support', 'supported', 'backing',
      'grip', 'steer', 'steers', 'chair', 'chairs', 'chaired', 'responsibility', 'responsible', 'accountable', 'role', 'debated', 'debate', 'discuss', 'discussed', 'decisions',
      'push', 'pushes', 'pushed', 'impetus', 'priority', 'protected', 'protect', 'vision',
      'appetite', 'enthusiasm', 'energy', 'attention', 'scrutinise', 'scrutinises', 'scrutinised', 'scrutiny', 'oversight', 'agenda', 'personal', 'personally', 'backing', 'grasp', 'leadership'],
    // What money buys for IT: equipment, systems, programmes.
    asset: [...TECH, 'equipment', 'hardware', 'pcs', 'infrastructure', 'replacement', 'replace', 'replacing', 'renewal', 'upgrade', 'upgrades', 'strategy', 'programme', 'projects', 'project', 'modernise', 'modernisation', 'machines', 'servers', 'licences', 'renew', 'renewed', 'renewing', 'refresh', 'replaced', 'network', 'desktop', 'desktops', 'pcs', 'printers', 'laptops'],
    // Councils and authorities in the plural only: "the council" is the one inspected; "another council" and "anyone else" are others.
    others: ['others', 'other', 'another', 'anyone', 'similar', 'neighbouring', 'comparable', 'elsewhere', 'peers', 'peer', 'national', 'average', 'averages', 'family', 'leading', 'best', '=councils', '=authorities', '=organisations', 'firms', 'companies', 'sector', 'providers', 'bank', 'banks'],
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
    ['members of the review team', 'review team'],
    ['member of the review team', 'review team'],
    ['budget holders', 'managers'],
    ['budget holder', 'manager'],
    ['filing cabinets', 'files'],
    ['filing cabinet', 'files'],
    ['on course', 'on track'],
    ['off course', 'off track'],
    ['performance club', 'benchmarking club'],
    ['performance clubs', 'benchmarking clubs'],
    ['in competition with each other', 'in rivalry'],
    ['in competition with one another', 'in rivalry'],
    ['compete with each other', 'are rivals'],
    ['compete with one another', 'are rivals'],
    ['mutual understanding', 'mutual rapport'],
    ['skills survey', 'skills audit'],
    ['skills surveys', 'skills audits'],
    ['training needs survey', 'training needs analysis'],
    // Skills the IT side or a partner brings are expertise, not the users' IT skills.
    ['specialist skills', 'specialist expertise'],
    ['professional skills', 'professional expertise'],
    ['brought in skills', 'brought in expertise'],
    ['brings in skills', 'brings in expertise'],
    ['bring in skills', 'bring in expertise'],
    ['bought in skills', 'bought in expertise'],
    ['buy in skills', 'buy in expertise'],
    // Personnel systems and benchmarking families are not IT resources or panels of the public.
    ['human resources', 'personnel'],
    ['family group', 'comparator family'],
    ['family groups', 'comparator families'],
    ['can-do', 'cando'],
    // A finance system is a business application, not money for IT.
    ['finance system', 'ledger system'],
    ['finance systems', 'ledger systems'],
    ['financial system', 'ledger system'],
    ['financial systems', 'ledger systems'],
    ['can do attitude', 'cando attitude'],
    // Saying something plainly is no clarity of the service's own: "the leader has made clear that he sees no need to change".
    ['made clear that', 'stated that'],
    ['made it clear that', 'stated that'],
    ['make clear that', 'state that'],
    ['makes clear that', 'states that'],
    ['makes it clear that', 'states that'],
    // People who do not use a service are a group consulted, the non-users, not a failing.
    ['people who do not use', 'non-users'],
    ['residents who do not use', 'non-users'],
    ['those who do not use', 'non-users'],
    // The inspectors' own survey is how they gathered evidence, not the council consulting.
    ['we surveyed', 'we sampled'],
    ['our survey', 'our sample'],
    ['our surveys', 'our samples'],
  ],
  polarity: {
    weakness: [
      'lack', 'lacks', 'lacking', 'lacked', 'absence', 'absent', 'insufficient*', 'inadequate*', 'poor', 'poorly', 'weak', 'weaker', 'weakness*',
      'limited', 'little', 'few', 'no evidence', 'not yet', 'yet to', 'fail', 'fails', 'failed', 'failing', 'failure*', 'slow', 'slowly', 'delay*',
      'backlog*', 'problem*', 'difficult*', 'concern*', 'unclear', 'inconsistent*', 'patchy', 'fragment*', 'ad hoc', 'piecemeal', 'gap', 'gaps',
      'shortfall*', 'under-invest*', 'underinvest*', 'under invest*', 'underfund*', 'under-fund*', 'under-resourc*', 'unable',
      'unlikely', 'confus*', 'frustrat*', 'complain*', 'vague', 'out of date', 'outdated', 'isolation', 'isolated', 'reactive*', 'disjointed', 'low',
      'undermin*', 'hamper*', 'hinder*', 'barrier*', 'lag', 'lags', 'lagging', 'behind', 'late', 'uneven', 'variable', 'duplicat*', 'scope for',
      'room for', 'dissatisf*', 'fallen', 'falling', 'fell', 'reduced', 'cut', 'cuts', 'bypass*', 'unreliab*', 'obsolete', 'ageing', 'aging', 'old', 'struggl*', 'overstretch*', 'stretched', 'unmet',
      'wait', 'waits', 'waited', 'waiting', 'sceptic*', 'reluctan*', 'resist*', 'silo', 'silos', 'separately', 'missing',
      'risk', 'risks', 'vulnerable', 'only partly', 'partial', 'partially', 'too', 'disappoint*', 'unsatisfactory', 'ineffective*', 'inefficien*',
      'weakly', 'unstructured', 'informal', 'ignored', 'ignore', 'overlooked', 'no clear', 'not clear', 'unknown', 'untested', 'unchallenged',
      'insufficiently', 'minimal', 'narrow', 'limited to', 'tension*', 'mistrust', 'distrust', 'criticis*', 'unsure', 'uncertain*', 'haphazard',
      'drift*', 'stalled', 'unanswered', 'overwhelm*', 'cannot keep', 'unavailable', 'slipped', 'slippage', 'overdue', 'short-term', 'short term', 'firefighting', 'fire-fighting', 'fire fighting',
      'flat', 'broken down', 'broke down', 'breakdown', 'stopped', 'hidden', 'guard', 'guards', 'passed from',
      // Belittling and persisting: IT "still seen as", "little more than", "merely", "only a handful".
      'still seen', 'still regarded', 'still viewed', 'still treated', 'still perceived', 'still thought', 'still see', 'still sees', 'still regard', 'still regards', 'still treat',
      'still rel*', 'still depend*', 'little more than', 'nothing more than', 'merely', 'mere', 'only', 'handful', 'overhead', 'trial and error',
      'discourag*', 'blame*', 'penalis*', 'cautious*', 'slow*', 'hard to', 'trouble*', 'constrain*', 'unwilling*', 'insular', 'parochial', 'complicated', 'cumbersome',
      'deters', 'deter', 'stifl*', 'neglect*', 'starved', 'meagre', 'paltry', 'scarce', 'shortage*', 'short of', 'patchy', 'sporadic*', 'occasional', 'belated*',
      'bottleneck*', 'overload*', 'swamp*', 'unresponsive', 'inaccessible', 'unaware', 'ill informed', 'ill-informed', 'out of touch', 'as remote', 'aloof', 'too late', 'at arm length',
      // Doubt, and distance from a goal: "some doubt whether it can afford", "some way from meeting the target".
      // Work called off or given up; seeing IT only as a cost; controlling styles; punishment; talking past each other.
      'cancel*', 'given up', 'give up', 'gives up', 'gave up', 'giving up', 'postpone*', 'shelved', 'scrapped', 'withdrawn',
      'as a cost', 'as an overhead', 'as an expense', 'as a burden', 'as a drain', 'as a necessary evil', 'as a luxury', 'as an add-on', 'end in itself', 'ends in themselves',
      'controlling', 'autocratic', 'authoritarian', 'dictatorial', 'paternalistic', 'rigid', 'rigidly', 'punish*', 'penalis*', 'frowned on', 'frowned upon',
      'trails', 'trailing', 'trailed', 'outperformed by', 'outstripped by',
      'talk past', 'talking past', 'talked past', 'cross purposes', 'different languages',
      // Work taken as it comes, with no priorities: "dealt with in the order received", "first come, first served".
      'in the order they', 'in the order it', 'in the order in which', 'in the order received', 'in order of receipt', 'in order of arrival', 'first come first served', 'first come, first served',
      'doubt', 'doubts', 'doubtful', 'questionable', 'in question', 'some way from', 'some way off', 'long way from', 'long way off', 'long way to go', 'far from', 'well short',
      // Resisting change openly: "open resistance" is no openness.
      'open resistance', 'open hostility', 'open conflict',
      // Habit as the reason: "a culture of 'we've always done it this way'".
      'always done it this way', 'always done it that way', 'always been done this way', 'always been done that way',
      // Praise turned by "less" straight before it ("much less successful at meeting new demands").
      // Complacency: those in charge "see no need" for change.
      'sees no need', 'see no need', 'saw no need', 'seen no need', 'seeing no need',
      'less successful', 'less effective', 'less effectively', 'less well', 'less good', 'less clear', 'less reliable', 'less responsive', 'less efficient', 'less robust', 'less strong', 'less impressive',
    ],
    directive: [
      'should', 'must', 'need', 'needs', 'need to', 'needs to', 'recommend', 'recommends', 'recommended', 'recommending', 'would benefit', 'could be improved', 'urgent*',
      'area for improvement', 'areas for improvement', 'requires', 'required to', 'has to', 'have to', 'ought',
      'will be needed', 'is needed', 'are needed', 'will need', 'would need',
    ],
    strength: [
      'effective', 'effectively', 'well', 'good', 'strong', 'strongly', 'strength*', 'clear', 'clearly', 'robust', 'excellent', 'success*',
      'impressive*', 'comprehensive*', 'positive*', 'innovative*', 'good practice', 'welcom*', 'committed', 'commitment', 'enthusias*',
      'proactive*', 'valued', 'praised', 'high quality', 'high level of', 'satisfied', 'in place', 'embedded', 'notable', 'exemplary', 'sound',
      'responsive', 'consistently', 'improved', 'achieved', 'exceeded its', 'exceeds its', 'exceeded the', 'exceeds the', 'exceeded all', 'exceeds all', 'above average', 'award*', 'beacon', 'readily', 'quickly',
      'promptly', 'timely', 'closely', 'firmly', 'fully', 'regularly', 'regular', 'systematic*', 'thorough*', 'well-developed', 'mature',
      'established', 'best practice', 'appreciat*', 'confident*', 'keen', 'active', 'actively', 'pleased', 'real progress', 'significant progress',
      'progress', 'better', 'key strength', 'high', 'highly', 'sharp', 'sharper', 'focused', 'driving', 'champion*', 'widespread', 'constructive', 'open',
      'addressed', 'tackled', 'resolved', 'secured', 'central to', 'willing', 'embraced', 'encouraged', 'helped',
      'protected', 'modern', 'rarely seen', 'seldom seen', 'rarely see', 'seldom see', 'rarely found', 'trusted', 'supportive', 'influence', 'visible',
      // Warmth, energy and rigour; sufficiency and currency; policies now in force.
      'close', 'energetic*', 'with energy', 'vigorous*', 'determined', 'full backing', 'full support', 'strong backing', 'personal interest', 'realistic*', 'rigorous*',
      'directly', 'explicit*', 'traced', 'traceable', 'accurate*', 'up to date', 'up-to-date', 'reliable', 'ring fenced', 'ring-fenced', 'earmarked', 'widely', 'throughout',
      'confiden*', 'full use', 'good use', 'best use', 'could not have been better', 'could not be better', 'second to none', 'must now', 'now has to', 'now have to', 'now required',
      'openness', 'flexib*', 'marked change', 'alert', 'eager*', 'enthusiastic*', 'valuable', 'useful', 'helpful', 'favourabl*', 'compares well', 'compare well', 'well placed',
      'cheaper', 'lower cost', 'lower costs', 'savings', 'saved', 'efficient*', 'successful*', 'effective*', 'excellent', 'outstanding practice', 'shaped by', 'driven by', 'grows out of', 'flows from', 'built around', 'based on',
      // Adverbs of the praise words; depth of work; taking on what capacity allows.
      'outperform*', 'ahead of', 'visibly', 'genuinely', 'vocal', 'staunch', 'tireless*', 'passionate*', 'willingness', 'eagerness', 'hands-on', 'hands on', 'in detail', 'in depth', 'only what it can', 'only what they can', 'only what can be', 'only as much as',
      // Praise in indirect words: targets met, work done with care, people who speak highly of it or feel heard, an asset, a model.
      'meets its', 'met its', 'meeting its', 'meets all', 'met all', 'meets or exceeds', 'met or exceeded', 'properly', 'carefully', 'careful', 'conscientious*',
      'demanding targets', 'challenging targets', 'stretching targets', 'feel listened', 'felt listened', 'feel heard', 'felt heard', 'an asset', 'real asset', 'commend*', 'admirab*',
      'one of the best', 'deserves credit', 'deserve credit', 'to its credit', 'to their credit', 'impressed', 'popular', 'first class', 'first-class', 'first rate', 'first-rate', 'a model', 'paid off', 'pays off', 'paying off', 'bearing fruit', 'borne fruit',
    ],
    achievement: [
      'now', 'already', 'has introduced', 'have introduced', 'introduced', 'has set up', 'set up', 'has established', 'launched', 'adopted', 'appointed', 'created',
      'developed', 'delivered', 'enables', 'allows', 'gives', 'lets', 'ensures', 'personally', 'named', 'dedicated', 'jointly', 'used', 'annual', 'annually', 'quarterly', 'monthly', 'weekly',
      // Things done and routines kept: the facts inspectors record as achievements.
      'every', 'give', 'given', 'let', 'allow', 'enable', 'shaped', 'informed', 'asked', 'visited', 'involved', 'listened', 'acts on', 'acted on', 'revised', 'renewed',
      'attends', 'attend', 'meets', 'share', 'shares', 'shared', 'adopts', 'moved away', 'shaken off', 'able to', 'can now', 'personal', 'considered', 'weighed', 'drew on', 'brought back',
      'routinely', 'invested', 'committed', 'joined', 'agreed', 'resolves', 'receive', 'receives', 'always',
      // Trends for the better and acting on findings: "increasingly see", "uses the results to set its targets".
      'increasingly', 'more and more',
      // Quantities that grew: praise only with something else ("demand has doubled" is no strength).
      'grown', 'increased', 'doubled',
      'uses the results', 'used the results', 'uses the findings', 'used the findings', 'uses its results', 'acts on the results', 'learned from', 'learnt from', 'understand', 'understands', 'recognise', 'recognises', 'realise', 'realises',
    ],
    negators: ['not the case', 'not one', 'not', 'never', 'no', 'none', 'nor', 'without', 'cannot', 'neither', 'nobody', 'nothing', 'no longer', 'no one', 'rarely', 'seldom', 'barely', 'hardly', 'scarcely'],
  },
  sections: {
    weakness: ['recommend', 'areas? (?:for|of|requiring) (?:improvement|development)', 'weakness', 'what (?:needs|should) (?:to )?(?:improve|change)', 'barriers', 'key issues', 'improvements? (?:needed|required)', 'concerns', 'risks'],
    strength: ['strengths?', 'positive practice', 'good practice', 'notable practice', 'what (?:is working|works) well', 'achievements', 'successes'],
    neutral: ['contents', 'context', 'background', 'introduction', 'methodology', 'method', 'scope', 'scoring chart', 'about (?:this|the) (?:report|inspection)',
      'inspection (?:activity|activities|process|approach|team)', 'reality checks?', 'how we (?:inspected|carried out)', 'what we did'],
    emphasis: ['^summary', '^(?:key|main) findings', '^conclusions?$', '^our (?:judgements?|conclusions)'],
  },
  voice: [
    // The council's own assessment and papers.
    "\\bself[- ]assess",
    "\\b(?:council|authority|service|division|section|department)'s own (?:assessment|review|report|progress report|description|view|figures|account|statement)",
    "\\b(?:description|account|claim|view|assessment)s? of (?:its own|the council|the authority)\\b",
    "\\b(?:the|its|the council's) (?:own )?(?:description|claim)s? of\\b",
    // Aims and ambitions: what the council wants, not what it has.
    "\\b(?:aims?|aspires?|ambitions?|intends?|intentions?|hopes?|wants|wishes|objective is|target is|vision is) [\"'“‘]?to\\b",
    // Its aim for a service ("The council's aim for IT is \"to provide …\"").
    "\\b(?:its|their|[\\w-]+'s) (?:stated |declared |own )?(?:aim|ambition|vision|intention|mission|purpose|mission statement)(?: (?:for|of) (?:the )?(?:[\\w&-]+ ){0,2}[\\w&-]+)? (?:is|was)\\b",
    "\\b(?:aims?|intends?|wants|wishes) (?:for|its|their) (?:[\\w&-]+ ){0,3}to (?:be|become|provide|deliver|offer)\\b",
    // Plural aims are the council's when it quotes them ("The service's stated aims are \"to pay …\""), not when judged ("its aims are clear").
    "\\b(?:its|their|[\\w-]+'s) (?:stated |declared |own )?(?:aims|ambitions|visions|intentions|missions|purposes)(?:, [^,;]{1,60},)? (?:are|were) [\"'“‘]?(?:to|that)\\b",
    // "The IT section describes its purpose as …", "its mission statement commits it to …": its aims in its own words.
    "\\b(?:describes?|described|defines?|defined|sees?) (?:its|their) (?:aims?|purpose|mission|vision|role)(?: statement)? as\\b",
    "\\b(?:mission statement|vision|strategy|plan|charter|policy) commits (?:it|them|the council|the service|the authority)\\b",
    // A recommendation's hoped-for result: "Expected benefit: better use of the systems the council has already paid for".
    "^\\W*(?:expected|intended|anticipated|planned) (?:benefits?|outcomes?|results?|impact)\\b",
    "\\b(?:includes|sets out|states|declares) (?:an|the|its) (?:aim|ambition|vision|intention)\\b",
    // "The corporate plan sets the ambition of becoming …, and includes a commitment to making all services available online".
    "\\b(?:sets?|set out|includes?|contains?|makes?|states|declares) (?:an?|the|its|their) (?:[a-z-]+ )?(?:ambition|vision|commitment|pledge|promise)s? (?:of|to)\\b",
    // What a strategy or plan says it will do: its promise, not a finding ("the strategy states that it will align all investment").
    "\\b(?:strategy|plan|policy|charter|programme)(?: (?:19|20)\\d\\d(?:\\s*[-–/]\\s*(?:19|20)?\\d\\d)?)? (?:states|says|promises|pledges|undertakes) (?:that|to)\\b",
    // A target set is an aim too: "the plan sets the target of becoming a 'good' service".
    "\\b(?:sets?|set out|includes?|adopted|agreed) (?:an?|the|its|their) (?:[a-z-]+ )?(?:target|goal|aim)s? of\\b",
    // The service's own managers, officers and councillors speaking for it.
    "\\b(?:(?:the )?(?:it|ict|computer|systems|service|section|division|department) (?:manager|director|head)|head of (?:the )?(?:it|ict|section|division|computing|technology|information)[a-z ]{0,30}|(?:the )?director(?: of [a-z ]{1,40})?|chief officers?|portfolio holder|cabinet member|councillor|council leader|the leader|the chair|review team|the team)\\b[^;:]{0,50}?\\b(?:says?|said|claims?|claimed|believes?|believed|considers?|considered|thinks?|thought|feels?|felt|describes?|described|expects?|expected|is (?:confident|sure|certain|satisfied)|was (?:confident|sure|certain|satisfied)|told us|told (?:[a-z]+ ){1,2}that|assured us|insists?|insisted|maintains?|asserts?|argues?|argued)\\b",
    "\\b(?:the council|the authority) (?:says|said|claims|claimed|believes|believed|considers|considered|maintains|describes|described|reported|reports|told us|assured us)\\b",
    // "of which it says 64 can now be carried out", "its e-government statement lists …": the council's own account.
    "\\b(?:it|they) (?:says|claims|claimed|believes|maintains|insists)\\b",
    "\\bdrew (?:our|the inspectors'|the team's) attention to\\b",
    // A clause that opens with whose view it is: "According to the IT manager, users are consulted …".
    "^\\W*according to\\b(?! (?:our|the inspectors'|this (?:report|inspection)|the evidence|our evidence)\\b)",
    "\\b(?:council's|authority's|its|their) (?:[a-z-]+ )?(?:statement|return|submission|bid|self-evaluation) (?:lists|says|claims|states|reports|shows|describes)\\b",
    // What the law or the government asks of every council: the regime's context, not a finding ("The Local Government Act 1999 requires councils to …").
    "\\b(?:the (?:(?:19|20)\\d\\d )?act|local government act(?: (?:19|20)\\d\\d)?|legislation|the government|government guidance|regulations|statute|the law)\\b[^;:]{0,40}?\\b(?:requires?|required|obliges?|expects?|sets? out)\\b",
    "\\b(?:all |english |local )?(?:councils|authorities) (?:are|were|have been) (?:required|expected|obliged)\\b",
    "\\b(?:all |english |local )?(?:councils|authorities) (?:must|have to|need to)\\b",
    // An earlier inspection's findings.
    "\\b(?:previous|earlier|last|first|(?:19|20)\\d\\d) (?:inspection|inspection report|report)\\b[^;:]{0,60}\\b(?:recommended|found|judged|said|criticised|identified|concluded|described)\\b",
  ],
  listSections: ['documents? (?:reviewed|read|examined)', '(?:people|staff|those) (?:we )?(?:met|interviewed|spoke to)', 'sites? visited', 'timetable', 'glossary', 'list of (?:documents|people|abbreviations)', 'abbreviations'],
  offTopic: [
    'police', 'crime', 'fire', 'refuse', 'waste', 'recycling', 'housing', 'homes', 'tenants', 'social workers', 'child protection', 'health authority', 'care',
    'benefits service', 'planning applications', 'highways', 'roads', 'schools', 'teachers', 'pupils', 'leisure', 'parks', 'cemeteries',
  ],
  themes: [
    {
      id: 'strategic-alignment',
      itOnly: true,
      label: 'Strategic alignment',
      definition: "Aligning the IT/ICT strategy with the authority's corporate and strategic aims.",
      terms: [
        '@tech strategy + @corporate', '@tech + @link + @corporate', '@link + @corporate + strategy', '@link + corporate plan',
        '@tech + corporate (plan|strategy|framework|agenda)', 'golden thread', 'technology led', 'technical grounds',
        '@tech + community plan', '@tech + (council|authority|organisation) (priorities|objectives|aims|goals)',
        '@tech + strategic (aims|objectives|priorities|direction|context|fit|framework)', 'business case + @corporate',
        '@tech + (separately|isolation|independently) + (plan|plans|strategy|corporate)', '@tech strategy + @link',
        // An IT plan or programme set against what the council says it wants (either order).
        '@tech ~ @itplan + (corporate|council|authority|community|organisation) ~ @aims', '@tech ~ @itplan + (community|corporate|council) plan',
        '(corporate|council|authority|community) ~ @aims + @tech ~ @itplan',
        '(decisions|choices|investment|spending|projects|purchases|proposals) ~ @tech + (@link|driven|based|shaped|guided|traced|trace|grows|serve|serves) + @aims',
        '@tech ~ @itplan + (traced|trace|grows|stems|springs|flows|derives|geared|shaped|driven|based) + (corporate|council|community|authority) ~ (@aims|plan)',
        '@tech + (timetable|cycle|cycles|=planning) + (corporate|service) =planning', 'line sight',
        // A fit or link between the IT side and what the council says it wants, in any words.
        '@link + @tech + (corporate|council|authority|community|organisation|members) ~ @aims',
        // IT as a means to the council's ends, or an end in itself.
        '@tech + (means|tool|vehicle|instrument|route|lever) ~ (deliver|delivering|achieve|achieving|serve|serving|meet|meeting|realise|realising|support|supporting) + (@aims|@corporate)',
        '@tech + end itself', '@tech + ends themselves',
      ],
      // "the citizens' panel was asked about IT priorities": asking about priorities is consultation.
      yieldsTo: ['consultation'],
      hints: ['@tech strategy', 'strategy + @corporate', '@link + @corporate', 'business needs + @tech', 'corporate plan', '@corporate + plans', 'strategic', 'drive + @tech'],
      patterns: [
        '(ict|it|technology) strategy [does not|doesn\'t|fails to] (reflect|mention|refer|support|link)',
        '(decisions|choices|investment) about (new|#Adjective)? (systems|technology|ict|it) .{0,6} (priorities|aims|objectives|achieve)',
      ],
    },
    {
      id: 'leadership',
      itOnly: 'strength',
      label: 'Leadership',
      definition: 'Lead from the top: chief executive, senior officers and elected members owning and driving IT.',
      terms: [
        'leadership', 'chief executive', 'elected members',
        '@leaders ~ @lead', '@senior (officer|officers|managers|management) ~ @lead', 'management team ~ @lead', '(nobody|no one) senior',
        '(lead|leadership|drive|direction|push|impetus|support|commitment) from top', 'champion + @tech', 'member champion', 'member involvement', 'member level', 'management board', 'corporate management team',
        'senior sponsor', 'ownership + @tech', '=owned ~ @tech', 'cabinet + @tech', 'portfolio holder', 'strategic direction + @tech', 'nobody + (responsible|accountable) + @tech',
        // Leaders and their stance on IT anywhere in one unit; IT on (or off) the leaders' agenda.
        '@leaders + (interest|interested|champion|champions|championed|championing|scrutinise|scrutinises|scrutinised|scrutiny|push|pushes|pushed|drive|drives|driven|driving|appetite|enthusiasm|energy|backing|grip|ownership|sponsor|sponsors|sponsorship|impetus|personally) + @tech', '@tech + (agenda|agendas) ~ (@senior|@leaders|board|management|team)', '@senior management team + @tech',
        '(officers|officer) + (left|leaving|delegated) + @tech', '@leaders + (left|leaving) + (officers|ict)',
      ],
      // "performance reports go to management team, which drives action": the reports are the finding.
      yieldsTo: ['information-systems'],
      hints: ['ownership', 'champion', 'sponsor', 'steering group', 'accountability', '@leaders + @tech + (decide|decided|agreed|set|expect|expects)'],
      patterns: [
        '(members|councillors|directors) (show|shows|showed|take|takes|took|have|has) (little|no|limited|a keen|a strong|real|an active) (interest|involvement|part|role)',
        '(nobody|no one|noone) at (a )? senior level',
      ],
    },
    {
      id: 'investment',
      itOnly: 'strength',
      label: 'Investment',
      definition: 'Funding, historic under-investment, budgets and resources for IT.',
      terms: [
        'invest', 'investment', 'investing', 'invested', 'underinvest', 'under invest', 'funding', 'funded', 'underfunded', 'under funded', 'budget', 'budgets',
        'capital ~ @asset', '(under|over) (spend|spending|spent)', 'underspend', 'underspends', 'underspending', 'expenditure ~ @asset', 'money ~ @asset', '(pay|paid|paying) ~ @kit',
        'resources ~ @tech', 'under resourced', 'well resourced', 'afford', 'affordable', 'provision ~ (capital|budget|revenue)',
        'replacement (programme|cycle|strategy|plan)', 'refresh (programme|cycle)', 'growth bid', 'per cent + budget', 'no money', 'capital programme',
        // Money by other names, and what it buys.
        '(=spending|expenditure|finance|finances|funds|fund|sum|sums|allocation|reserve|reserves|million|thousand|pounds|money|cash) ~ @asset',
        '(set|sets|setting) aside', 'ring fenced', 'earmarked', 'renewal fund', 'replacement fund', '(low|little|minimal|starved) ~ (spending|investment|funding|resources)',
        '(cycle|programme|rolling) ~ (replacing|replace|replacement|renewing|renewal|renewed|refresh)',
        // Sums committed, found or approved.
        '(committed|commit|commits|allocated|allocate|allocates|approved|earmarked|secured|found|provided|voted|agreed) ~ (million|thousand|pounds|sum|sums|money|funds|capital|cash)',
      ],
      hints: ['resources', 'resourced', 'capital', 'spend', 'spending', 'financial', 'finance', 'obsolete', 'ageing', 'outdated', 'old + (pcs|equipment|hardware|machines|computers|systems)', 'legacy', 'revenue', 'bid', 'bids', 'pounds', 'fund', 'money'],
      patterns: ['#Money #Multiple? (of|for|on|in|towards) (capital|investment|funding|ict|it|technology|equipment|the|new|its)', '(pcs|computers|equipment|machines|servers|system|systems|network|networks|hardware|software|desktops|laptops|printers|kit|infrastructure) .{0,6} #Value years? old',
        '#Money #Multiple? .{0,6} (to|on|for) (renew|replace|upgrade|buy|modernise|refresh|improve) .{0,3} (its|the|their)? (ict|it|network|equipment|computers|pcs|systems|hardware|software|infrastructure)'],
      // Money for training or for electronic services ("no training budget", "fund a training programme") is that theme's finding.
      yieldsTo: ['user-training', 'e-government'],
    },
    {
      id: 'understanding-of-it',
      itOnly: true,
      label: 'Understanding of IT',
      definition: 'The organisation\'s understanding of the power and opportunity offered by IT.',
      terms: [
        '(understanding|understand|understands|understood|appreciation|appreciate|appreciates|grasp|awareness|aware|recognition|recognise|recognises|recognised|realise) + @tech + (potential|opportunity|opportunities|power|benefits|benefit|transform|transforming|contribute|contribution|role|value|offer|offers|offered)',
        // Knowing what IT could do: "grasp what technology could do", "recognise that ICT is central to …", "explain how technology might help".
        '@know ~ @tech + @potential', '@know ~ @potential + @tech', '@know ~ (what|how) ~ @tech',
        '@tech + (means|tool|way|ways|asset|enabler|vehicle|lever) ~ (redesign|redesigning|reshape|reshaping|rethink|rethinking|change|changing|transform|transforming|modernise|modernising|improve|improving)',
        '(typewriters|typewriter|word processors|word processing|filing|files|calculators|plumbing|utility|overhead|overheads) + @tech', '@tech + (typewriters|typewriter|filing|files|calculators|plumbing|utility|overhead|overheads)', 'back office ~ @tech',
        '(automate|automating|automation) + (redesign|redesigning|transform|transforming|change|changing|rethink)', '@tech ~ (open|opens|opened) ~ (ways|possibilities|opportunities|doors)',
        'potential + @tech', '@tech + potential', 'opportunities + @tech + (offer|offers|offered|bring|brings|create)', 'power + @tech', 'enabler', 'enabling + @tech',
        '(seen|see|sees|regarded|regard|regards|viewed|view|views|treated|treat|treats|perceived|thought) ~ @tech + (cost|overhead|utility|plumbing|back office|support function|technical|necessary|specialist|add-on|luxury|end)',
        'transform + @tech', 'transformation + @tech', '@tech + (tool|means) + (change|improve|transform|deliver)',
      ],
      // "users have no idea what the IT section is working on": not knowing what IT is doing is communication.
      yieldsTo: ['communication'],
      hints: ['understanding + @tech', 'awareness + @tech', 'appreciation', 'potential', 'opportunities', 'benefits + @tech', 'technical issue', 'back office', 'specialists + @tech'],
      patterns: ['(see|sees|seen|regard|regards|regarded|view|views|viewed|treat|treats|treated) (it|ict|technology|computers) as [.{0,4}]', 'what (it|ict|technology) (can|could) (do|offer|achieve)',
        '(it|ict|technology|computers|computing|systems) (is|are|was|were) (still|often|largely|generally|widely|mainly|too often|increasingly|now)? (seen|regarded|viewed|treated|perceived|considered|thought of) as'],
    },
    {
      id: 'communication',
      itOnly: true,
      label: 'Communication',
      definition: 'Communication between technical (IT) staff and front-line service providers and departments.',
      terms: [
        '=communication', '=communications', '=communicate', '=communicated', '=communicating', '=communicates', '@say ~ @itside @unit', '@itside @unit ~ @say', '=them and =us',
        // News about changes reaching (or not) the departments; who to speak to; named IT contacts; the two sides.
        '(learn|learns|hear|hears|heard|told|tell|tells|=informed|=inform|notified|notify|warned|warning|warn|kept|briefed) ~ @news', '(find|finds|found) out ~ @news',
        '(know|knows|sure|unclear) ~ (speak|talk|contact|approach|ask|turn) + (@itside|ict)', '@tech (contact|contacts|representative|representatives|coordinator|coordinators|link|links)',
        '(relations|relationship|relationships|contact|contacts|links) + @itside @unit + @frontline', '@itside @unit + @frontline ~ (meet|meets|met|sit|sits|alongside|together|closely|jointly)',
        'two sides', '(both|two) sides + @tech', '@itside (staff|team|section|unit) ~ (alongside|together|seconded|sit|sitting|based)',
        'kept + dark', 'relationship manager', 'account manager', 'liaison officer', 'link officer', '(business|departmental) liaison', 'dialogue', 'liaison', 'liaise',
        '@frontline + (@itside|technical) @unit + (gap|divide|relationship|relationships|=relations|between|contact|understanding|rapport)', 'two way', 'listen + @itside @unit', 'jargon', 'technical language',
        '@itside @unit + (understand|understanding) + (business|departments|service|needs)', 'newsletter', 'intranet + news',
        // Being kept informed, or not knowing what the IT side is doing.
        '(let|lets|letting|keep|keeps|kept|keeping) ~ (know|=informed|posted|loop|picture|touch|date) + (@frontline|staff|departments|services)',
        '(let|lets|letting|keep|keeps|kept|keeping) ~ (know|=informed|posted|loop|picture|touch|date) + @itside @unit',
        '(know|knows|knew|idea|clue|unaware|sure) + @itside @unit ~ (working|doing|plans|planning|up|priorities|changing)',
        // How often the two sides meet; the IT side seen from the departments as far away; brought in too late.
        '(rarely|seldom|never|infrequently) ~ (meet|meets|met|visit|visits|visited|talk|talks|speak|speaks|contact|contacts) + (@frontline|staff|officers|engineers|technicians)',
        '(rarely|seldom|never|infrequently) ~ (see|sees|saw|seen) ~ (managers|officers|heads|directors|staff)',
        '(hear|hears|heard) from + (@itside|section|unit) ~ only', '(described|describe|describes|seen|regard|regarded|regards|viewed|view|views|perceived|see|sees|consider|considers) ~ (remote|distant|aloof|detached|invisible|faceless|isolated)',
        '(out touch|arm length) + (@itside|@frontline|section|unit|departments|services)', '(involved|involve|consulted|told|informed|approached) ~ too late',
      ],
      hints: ['@frontline + @itside @unit', 'informed', 'consulted + @tech', 'between + @tech', 'gulf', 'divide', 'rapport', 'in dark'],
      patterns: ['(rarely|seldom|never|regularly) (hear|hears|heard|meet|meets|talk|talks|speak|speaks) (from|to|with) the? (it|ict|technical|computer) #Noun'],
    },
    {
      id: 'demand-capacity',
      itOnly: true,
      label: 'Demand and capacity',
      definition: "Balancing user demands for service with the IT service's capacity to deliver (prioritisation, service levels, backlogs).",
      terms: [
        'backlog', 'backlogs', 'service level', 'service levels', 'service level (agreement|agreements)', 'sla', 'slas', 'prioritise', 'prioritised',
        'prioritisation', 'prioritising', 'prioritize', 'prioritization', 'demand + (capacity|cope|meet|keep|resources|staff|deliver|exceeds|outstrips|manage|managing|balance|balancing)',
        'firefighting', 'fire fighting', 'overstretched', 'over stretched', 'workload', 'workloads',
        'service standards', 'service standard', 'requests ~ (new|outstanding|work|backlog|delay|waiting|demand|meet|cope)',
        '(which|what) ~ (requests|request|work|jobs|projects|tasks) ~ (matter|matters|first|most|urgent|priority)', '(requests|request|jobs|tasks|work) ~ (arrives|arrive|arrived|arriving)', '(requests|request|jobs|tasks|projects) ~ held up', 'conflicting demands',
        'conflicting priorities', 'demands + @tech @unit', 'capacity + @tech @unit', 'cope ~ (demand|demands|requests|volume|workload|calls|peak)', '(keep|keeps|kept) (up|pace) ~ (demand|demands|requests|volume|work|workload)',
        '(ranking|rank|ranks|ranked|order) ~ (requests|request|projects|work|bids)',
        // Taking on work within the section's means; deferring and turning down work.
        '(defer|deferring|deferred|postpone|postponed|turn|turned|refuse|refused) ~ (work|requests|projects|demands)',
        '(staff|section|team) time ~ (needed|goes|spent|allocated|priorities|available)',
        // Who decides what comes first; work matched to the time there is; promises to departments kept or broken.
        '(decide|decides|decided|deciding|choose|chooses|chose|determine|determines|determined) ~ (requests|request|jobs|work|projects|tasks|bids|calls)',
        '(requests|request|jobs|work|projects|tasks|calls|bids) ~ (dealt|handled|tackled|done|taken|answered|seen) ~ (first|priority|order|next)',
        '(work|programme|commitments|demands|requests|projects) ~ (matched|match|matches|tailored|geared|limited|balanced) + (time|capacity|resources|staff) ~ (available|free|spare|exists)',
        '(commitments|promises|deadlines|undertakings) ~ (kept|keep|keeps|met|honoured|broken|missed|slip|slipped)', '(requests|request) ~ (development|developments|equipment)',
      ],
      // Symptoms of demand against capacity: waits, repair and answer times, calls and faults dealt with. A help desk that answers
      // quickly is the service performing; the theme's practice is demand managed (priorities, agreed levels, a backlog cut).
      symptoms: [
        '(response|fix|resolution|turnaround|resolve|repair) (time|times)', '@wait ~ @period', '@period + (wait|waiting|delay|fix|resolve|install|installed|deliver|delivered|respond)', 'waiting list', 'queue',
        // The help desk is where demand meets capacity, not the theme itself: it counts with a verb of coping or answering near it.
        'help desk ~ @coping', 'helpdesk ~ @coping', 'service desk ~ @coping', 'calls + (resolved|logged|answered|fixed|outstanding|abandoned)',
        'first time fix', '(fault|faults) ~ (outstanding|backlog|queue|waiting|repaired|resolved|cleared|unresolved|days|weeks|hours|=fixed|mended|put right)',
        '(speed|quickly|promptly|slowly|fast) ~ (faults|fault|repairs|repair|calls|requests|queries|problems) ~ (put right|fixed|mended|repaired|resolved|answered|dealt|sorted|cleared)',
        'first call', 'first contact', 'agreed time', 'agreed times', 'wait ~ (equipment|pcs|computers|repairs|repair|installation|new)',
      ],
      hints: ['helpdesk', 'help desk', 'service desk', 'demand', 'demands', 'capacity', 'requests', 'faults', 'delay', 'delays', 'delayed', 'wait', 'waiting', 'stretched', 'reactive', 'response', 'deliver + projects', 'slipped', 'new (pcs|equipment|computers|systems|printers)', 'support + @tech', 'expectations'],
      patterns: ['(wait|waits|waited|waiting|take|takes|took) .{0,4} (weeks|months|days) (for|to|before)?', 'more (requests|work|projects|demands) than'],
    },
    {
      id: 'user-training',
      label: 'User training',
      definition: 'Appropriate provision of user training and IT skills.',
      terms: [
        'train', 'training', 'trained', 'untrained', 'retrain', '@tech skills', 'skills + @tech', '@tech literacy', 'computer literate', 'ecdl', 'european computer driving',
        '=course', 'courses', 'taught themselves', 'self taught', 'induction + @tech', '(learning|learn|learnt|learned) ~ (=use|=using|operate|skills|software|package|packages)', 'e learning', 'competence @tech', '@tech competence', 'competent @tech', 'competent (users|user) @tech', 'super users', 'superusers',
        // Teaching by other names, and being shown how.
        'tuition', '=instruction', 'taught', 'tutorial', 'tutorials', '@teach ~ (@tech|software|package|packages|users|staff|new|=use|=using)', '(shown|showed|taught|teach|teaches) ~ how ~ =use',
        '(starter|starters|newcomers|recruits|entrants) + (shown|taught|introduced|introduction|induction|briefing|session|sessions|course|=use|=using|training)',
        '(new|starter|starters|newcomers|recruits|entrants|every) ~ (staff|employees|employee|users|user|starters) + (introduction|induction|shown|taught|course|courses|session|sessions|briefing) ~ (@tech|software|package|packages)', 'trial error', '(skills|skill) + (need|needs|needed|lack|lacking|gaps)',
        '(make|making|makes) (full|good|better|best|little|limited) use + (@tech|software|package|packages|system|systems|equipment)', '(struggling|struggle|struggles) ~ (=using|=use|software|package|packages)',
        'skills gap', 'skills audit', 'training needs', 'confident + @tech', 'confidence + @tech', '(how|unable) =use + (@tech|package|packages|software|application|applications|programs|functions|features|tools)',
      ],
      hints: ['skills', 'skill', 'competence', 'competencies', 'learn', 'learning', 'guidance', 'manuals', 'manual', 'workshops', 'coaching', 'mentoring', 'capability', '(=use|=using) + (systems|software|pcs|packages|functions)', 'confidence', 'help + colleagues', 'asking colleagues'],
      patterns: ['(do not|don\'t|cannot|can\'t|unable to) (use|exploit|make use of) .{0,4} (software|systems|packages|functions|features)'],
      // Workshops and sessions held to hear users are consultation, not training.
      yieldsTo: ['consultation'],
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
        '(departmental|organisational) (barriers|boundaries)', '(open|traditional|old|customer|focused|flexible|corporate) ~ (way|ways) working', '(style|styles) ~ (management|leadership)', '(open|directive|collaborative|consultative|autocratic|authoritarian|participative|inclusive|controlling|dictatorial|paternalistic|hands) ~ (style|styles)', 'outward looking', 'outward facing', 'customer focused', '=trusted',
        // Habits and outlooks; readiness for change; freedom to try; delegation; one organisation rather than fiefdoms.
        'always ~ (done|way|ways|worked|operated)', 'status quo', '(need|needs) not change', '(old|departmental|insular|parochial|narrow|traditional|inward) ~ (outlook|mentality|thinking|loyalties|habits|outlooks)',
        '(embrace|embraced|embraces|embracing|welcome|welcomed|welcomes|openness|open|willing|willingness|ready|readiness|appetite|receptive|adapt|adapted|adapting|reluctance|reluctant|unwilling|resistance|resistant|resist|resists|wary|fear|fearful) ~ change',
        '(things|work) differently', '(new|different|flexible|innovative|modern) ~ (way|ways) ~ (working|work)',
        '(encouraged|encourage|encourages|encouraging|free|freedom|=allowed|=trusted|empowered|discourages|discouraged) ~ (try|experiment|innovate|ideas|risks|initiative|responsibility|decisions|admit|admitting)',
        '(encouraged|encourage|encourages|encouraging|discourages|discouraged) + (ideas|innovate|innovation|experiment|experimenting|risks|initiative)',
        '(delegate|delegates|delegated|delegating|delegation|devolve|devolved|devolution) ~ (staff|managers|decisions|responsibility|more|authority)',
        '(own|departmental|sectional) interests', 'empire building', 'empires', 'fiefdoms', 'turf', 'rivalry', 'rivals',
        '(work|works|working|operate|operates) ~ (isolation|separately)', 'mistakes + (learn|learning|chance|blame|admit|admitting|punished|punish|penalised|tolerated|forgiven|frowned|hidden|hide)',
        // Volunteering and trying new things; questioning old ways; an attitude that spreads.
        '(volunteer|volunteers|volunteered|dare|dares|dared|afraid|prepared) ~ (pilot|try|experiment|new|innovate|ideas|risks)',
        '(question|questions|questioning|questioned|challenge|challenges|challenging|challenged|rethink|rethinking) ~ (old|existing|established|traditional|accepted|long) ~ (practices|practice|ways|methods|assumptions|habits|procedures)',
        '(try|trying|tried|tries) ~ (something|things|anything) ~ (different|new)', 'cando',
        '(attitude|attitudes|ethos|culture|outlook|spirit|mindset) ~ (pervades|pervade|permeates|permeate|spread|spreads|spreading|infects|infected)',
      ],
      hints: ['style', 'modernise', 'modernising', 'modernisation', 'behaviour', 'innovation', 'innovate', '=openness', 'corporate working', 'joined up', 'top down', 'autonomy', 'ways + working', 'as whole', 'work together', 'outlook', 'ideas'],
      // "ICT could change the way it works", "IT and departments work in isolation": the theme is what IT means or how the sides talk.
      yieldsTo: ['understanding-of-it', 'communication'],
      patterns: ['(the way|how) (the council|the authority|it|staff|managers) (works|work|operates|manages)', '(works|working|work|act|acts|acting|operates) as (one|a single) (organisation|council|team|authority|body)'],
    },
    {
      id: 'information-systems',
      label: 'Management and information systems',
      definition: 'Management and information systems; performance management and performance information.',
      terms: [
        'performance management', 'performance information', '(manage|manages|managed|managing) performance', 'performance (indicator|indicators|measures|measure|data|targets|target|framework|monitoring|reporting|reports|report|plan|plans|review|reviews|figures)',
        'management information', 'information systems', 'information system', '(monitor|monitored|monitoring|measure|measured|measuring|track|tracked|tracking|report|reported|reporting) ~ performance',
        'pi', 'pis', 'bvpi', 'bvpis', 'indicators', 'data quality', '(reliable|accurate|robust|complete|consistent|timely) (data|information|figures)', 'balanced scorecard', 'scorecard',
        'baseline', 'baselines', 'targets ~ (set|=measurable|smart|progress|met|monitor|monitored)', '=measurable', 'smart targets',
        '(track|tracks|tracked|tracking|monitor|monitors|monitored|monitoring|measured|checked|reported) ~ milestones',
        // Recording and knowing how the service does: how long, how many, whether it is getting better; reports and their quality.
        '@record ~ (how|long|many|much|whether|trends|trend|times|figures|statistics|slippage|spend|costs|outcomes)', '(monitor|monitors|monitored|monitoring|track|tracks|tracking|tracked|review|reviewing|reviewed) ~ progress + (projects|project|=plan|programme|targets|milestones)',
        '(targets|target|objectives|aims) ~ (measured|measure|measurable|measuring|assessed|quantified)', '(show|shows|demonstrate|demonstrates|prove|tell|tells|know|knows) ~ whether ~ (better|improving|improved|improvement|worse|working)',
        '(management|monthly|weekly|quarterly|annual|detailed|basic|regular|exception|progress) (reports|report|reporting|statistics|figures|data|returns)',
        '(reliable|accurate|robust|complete|consistent|timely|date|detailed|basic|regular|management|unreliable|inaccurate|incomplete) ~ (data|information|figures|statistics)',
        '(information|data|reports|reporting|figures) ~ performance', '(spot|identify|analyse|see) ~ trends', 'trend analysis', 'dashboard', 'dashboards',
        // Systems that give (or fail to give) managers information; workarounds; staff appraisal against targets.
        '(systems|system) + (give|gives|provide|provides|produce|produces|supply|supplies|deliver|delivers) ~ (information|data|figures|reports)',
        '(own|private|personal|separate|local|shadow) spreadsheets', 'shadow (systems|records)', 'appraisal', 'appraisals', '(personal|individual) (targets|objectives)',
      ],
      // Milestones are a plan's steps: "its first milestones have been met" praises the plan, not its performance information.
      hints: ['milestones', 'spreadsheets', '(paper|manual|handwritten) (records|files|systems|forms)', 'performance', 'targets', 'target', 'monitoring', 'monitored', 'measure', 'measures', 'data', 'information + managers', 'reporting', 'reports', 'statistics', 'outcomes', 'outputs', 'evaluate', 'evaluation', 'costs + (know|known|unknown|record|recorded)'],
      // Knowing how the service stands against others, or targets set from benchmarks, is comparison.
      // ... and faults fixed within target times are demand met; evaluating ways of providing a service is competition.
      yieldsTo: ['comparison', 'demand-capacity', 'competition'],
      patterns: ['(does not|doesn\'t|cannot|can\'t) (know|tell|measure|say|show|demonstrate|prove|record) (how|whether|what)', '(do not|don\'t) (know|tell|measure|show|record) (how (much|many|well|long|far|often)|whether)'],
    },
    {
      id: 'consultation',
      practice: true,
      label: 'Consultation',
      definition: 'Consulting users, customers and citizens.',
      terms: [
        '=consult', '=consults', '=consulted', '=consulting', '=consultation', '=consultations', 'survey ~ (@people|@frontline|staff|departments|managers)', 'surveys', 'surveyed', 'questionnaire', 'questionnaires', 'focus group', 'focus groups',
        'user group', 'user groups', 'user forum', 'user forums', 'citizens panel', 'residents panel', 'people panel', '@people ~ @views', '@views ~ @people',
        'customer feedback', 'user feedback', 'listening', 'customer (needs|views|expectations|focus)',
        // Asking and hearing the people served, by any means: panels, groups, forms, comment cards; what users say they need.
        '(listened|listen|listens|heard|hear) ~ (@people|they|them|users|customers)',
        '(seek|seeks|sought|seeking|ask|asks|asked|asking|gather|gathers|gathered|gathering|canvass|canvassed|obtain|obtained|collect|collects|collected|solicit|solicited|invite|invited) ~ (views|opinions|opinion|feedback|comments)',
        '(panel|panels|forum|forums|=group|=groups|survey|surveys|questionnaire|feedback|comments|comment) ~ (=informed|shaped|results|findings|acted|analysed|influenced|fed)',
        '(feedback|comment|comments|satisfaction) (form|forms|card|cards|survey|surveys|slip|slips)', '(acts|act|acted|acting) ~ (say|said|views|feedback|comments|results)',
        '(involved|involve|involving|involvement) ~ (users|customers|residents|citizens|public|@people) ~ (review|design|decisions|plans|planning|throughout)',
        // Finding out what people think or want.
        '(find|finds|found|finding|establish|discover|ascertain|gauge) ~ (@people|@public) + (think|thinks|feel|feels|want|wants|value|values|rate|rates|prefer|prefers)',
      ],
      // Satisfaction and complaints are often only measures ("targets for response times and user satisfaction").
      hints: ['@views', '@people', 'engagement', 'feedback', 'satisfaction', 'forum', 'panel', '(customer|user|resident|citizen) satisfaction', 'complaints'],
      // Satisfaction figures and surveys set against other councils are comparison; complaints about jargon are communication.
      yieldsTo: ['comparison', 'communication'],
      patterns: ['(ask|asked|asking) (users|customers|residents|citizens|the public|staff|departments|people) (what|about|for|whether|how)',
        '(ask|asks|asked|asking) (its|their|the|all|every)? (users|customers|residents|citizens|public|staff|departments|managers|people|clients|panel) (regularly|routinely|directly)? (for|about|what|whether|how|to|which|who|if)',
        '(users|customers|residents|citizens|public|staff|panel|departments|managers|people) (were|was|are|is|have been|had been) (regularly|routinely|directly)? (asked|surveyed|invited)'],
    },
    {
      id: 'comparison',
      practice: true,
      label: 'Comparison',
      definition: 'Comparing performance with others, benchmarking.',
      terms: [
        'compare', 'compared', 'compares', 'comparing', 'comparison', 'comparisons', 'comparative', 'comparator', 'comparators', 'benchmark', 'benchmarks', 'benchmarked', 'benchmarking',
        'socitm', 'cipfa', 'league table', 'league tables',
        // Setting the service against others: measured against, set alongside, looked beyond, visits and borrowed practice.
        '(measure|measured|measures|measuring|judge|judged|judges|assess|assessed|set|sets|setting|test|tested|check|checked|compared|placed|put) ~ (against|alongside|beside) + (@others|own|past|previous|bank|banks|trust|firms|companies|standards)',
        '(looked|look|looks|looking|went|go|going) (beyond|outside) + (local|council|authority|sector|own)', '(beyond|outside) local government',
        '(visit|visits|visited|visiting) ~ (=councils|=authorities|=organisations|=companies|=firms|neighbouring|similar|comparable|leading|performing|best)',
        '(stand|stands|match|matches|measure|measures|stack|stacks|shape|shapes|compare|compares) (against|up) + (@others|councils|authorities)', '(drew|draw|draws|drawing|borrowed|adopted|copied) ~ (experience|practice|practices|ideas) + (@others|councils|authorities|organisations|elsewhere)',
        'experience ~ (neighbouring|similar|other|comparable) ~ (councils|authorities|organisations)', '(high|best|top|better|leading|poorly|low) performing', 'benchmarking club', 'club + (socitm|cipfa|benchmarking|costs|data)',
        '(lowest|highest|top|bottom|upper|lower|best|worst) (quarter|quartile|third|half)', '(own|past|previous) performance + only',
        'quartile', 'top quartile', 'bottom quartile', 'nearest neighbours', 'family group', 'learn + (others|elsewhere)', 'learning + (others|elsewhere)', 'best practice + elsewhere',
        '(lag|lags|lagging|trail|trails|trailing|behind|ahead|outperform|outperforms|outperformed|outperforming|outstrip|outstrips) ~ @others', 'comparator family',
        // Targets set from comparison.
        '(compare|compared|comparing|comparison|comparisons|benchmark|benchmarks|benchmarking) + (set|setting|sets) ~ (targets|target)',
        'national average', 'average + (councils|authorities)', 'peers', 'peer group', 'best performing', 'unit costs + @others',
      ],
      hints: ['(other|similar|neighbouring|comparable|leading) (councils|authorities|organisations|boroughs|districts|counties)', 'unit costs', 'unit cost', 'average', 'relative', 'elsewhere', 'visits', 'visited', 'best practice'],
      patterns: ['(how|whether) (its|their|the) (costs|performance|services?) (compare|compares|stack up)'],
    },
    {
      id: 'competition',
      label: 'Competition',
      definition: 'Testing competitiveness: procurement, market testing, outsourcing, partnerships.',
      terms: [
        // "compete" by its forms: its stem is also "competent"'s and "competence"'s.
        '=compete', '=competes', '=competed', '=competing', 'competition', 'competitive', 'competitively', 'competitiveness', 'procure', 'procured', 'procurement', 'procuring', 'tender', 'tendered', 'tendering', 'tenders',
        'outsource', 'outsourced', 'outsourcing', 'externalise', 'externalised', 'externalisation', 'market test', 'market tested', 'market testing', 'private sector',
        'external (provider|providers|supplier|suppliers|partner|partners|contractor|contractors)', 'partnership', 'partnerships', 'strategic partner', 'strategic partnership', 'joint venture',
        'option appraisal', 'options appraisal', 'alternative (providers|delivery|options|ways)', 'in house + (provider|providers|compare|compared|test|tested|alternative|alternatives|versus|option|options|provision)',
        'value + money', 'contract', 'contracts', 'contracted', 'contractor', 'contractors', 'supplier', 'suppliers', 'vendors', 'shared service', 'shared services', 'buy', 'purchasing',
        // Whether anyone else could do it better or cheaper; sharing with others; private firms; joint buying.
        '(anyone|someone|somebody|others|another|elsewhere|alternative|alternatives) ~ (deliver|provide|run|supply|do) ~ (better|cheaper|cheaply|efficiently|more)', '(deliver|provide|run|provided|delivered) ~ (cheaply|cheaper|economically)',
        '(share|sharing|shared) ~ (systems|staff|services|service|costs|resources|facilities|infrastructure|arrangements|support|centre|centres|premises|buildings|servers|platform) + (=councils|=authorities|partners|partner|firms|companies|neighbouring|other|others|sector|agencies)', '(private|commercial|outside) (firms|companies|firm|company|organisations|providers|sector)',
        '(joint|jointly|consortium|consortia|collaborative|collective) ~ (buying|purchasing|procurement|arrangements|arrangement|service|services|venture|contract)', '(appraisal|appraise|appraised) + (providing|provision|delivery|ways|options|alternatives)',
        '(buying|bought|buys|buy|purchasing|purchased) + (prices|price|terms|discount|discounts|deal|deals)',
        // Whether other providers could do it; weighing different ways of providing a service.
        '(other|alternative|external|outside|private|commercial) (providers|provider|suppliers|supplier|contractors|firms|companies) + (deliver|delivered|provide|provided|run|supply|do|manage|better|cheaper|effectively|efficiently)',
        '(different|alternative|other) ~ (ways|options|methods|means|models) ~ (providing|provision|delivering|delivery|running|supplying|procuring|provide|deliver)',
      ],
      hints: ['market', 'partner', 'partners', 'in house', 'alternatives', 'options', 'providers', 'commercial', 'purchase', 'purchased', 'external', 'cheaper', 'cheaply'],
      // The private sector as a yardstick ("compare with the best in the public and private sectors") is comparison.
      yieldsTo: ['comparison'],
      patterns: ['(test|tested|testing) (whether|if)? .{0,4} (competitive|best value|value for money)'],
    },
    {
      id: 'e-government',
      label: 'E-government',
      definition: 'Electronic service delivery, the 2005 e-government targets, web and customer access.',
      // Asking the public about electronic services, or training staff for them, is consultation's or training's finding.
      yieldsTo: ['consultation', 'user-training'],
      terms: [
        'e government', 'egovernment', 'electronic government', 'electronic service delivery', 'electronic services', 'electronic delivery', 'esd', 'ieg', 'implementing electronic government',
        '2005 + (target|targets)', 'website', 'web site', 'web', 'internet', 'online', 'portal', 'call centre', 'contact centre', 'one stop shop', 'one stop shops',
        'customer access', 'access channels', '=electronically', 'e enabled', 'e enable', 'e enabling', 'transactions', 'self service', 'kiosk', 'kiosks', 'smartcard', 'smart card',
        'customer relationship management', 'crm', 'digital services', 'email + public', 'e services', 'e procurement', 'e democracy', 'channels + (access|customers|public)',
        // The public reaching the council: by phone, in person, online; one place and one number; the 2005 deadline.
        '2005 + (target|targets|deadline|deadlines|goal|=commitment|=commitments)', 'government + 2005', '(single|one) (point|number|stop|visit|place) + (@public|contact|call|enquiries|services)',
        '@public + (telephone|telephoning|phone|phones|phoning|ring|rings|call|calls|visit|visiting|contact|contacting|reach|access|enquiries|enquiry|transact|deal) + (council|authority|services|department|departments|hours|office|offices)',
        '(office|opening) hours + (@public|access|contact|outside|beyond)', '(shared|single|common) ~ (customer|citizen|resident) ~ (records|record|database|index)', 'one stop', 'touch screen', 'available (=electronically|online)',
        '(enquiries|enquiry|calls) + (contact|call) centre',
      ],
      hints: ['electronic', '2005', 'access', 'channels', 'e mail', 'email', 'modernising government', 'telephone', 'digital', 'enquiries', 'point contact', 'office hours'],
      patterns: ['(by|from|through|over) the (web|internet)', 'pay (for|their) .{0,3} (online|electronically)'],
    },
  ],
};
