/** A codebook compiled for matching: cues as stemmed runs, polarity phrases, section patterns, a compromise net. */
import { nlp } from '../text/nlp.js';
import type { Codebook } from '../scheme/codebook.js';
import { NEAR, STOPWORDS, prepare, stem, stems } from './theme-text.js';
import { indexCues, type CueIndex } from './theme-match.js';
import type { ThemeModel } from './theme-model.js';
import { anchorsOf, type PatternCheck } from './theme-patterns.js';


/** Stems a slot accepts; a word written `=word` is kept as `=word` and matches that exact surface form. */
export type Slot = ReadonlySet<string>;
/** A run of consecutive content words. */
export type Run = Slot[];
/** A cue: every part must occur in the unit; the runs of one part (joined by ` ~ `) must lie within NEAR content words of each other in one clause. */
export interface Cue { parts: Run[][]; weight: number; source: string; symptom?: boolean }
export interface Phrase { words: string[]; weight: number; kind: 'weakness' | 'strength' | 'negator' | 'remedy'; directive?: boolean; scoped?: boolean; alsoWeak?: boolean; alsoStrong?: number; soft?: boolean }
export interface CompiledTheme { id: string; cues: Cue[]; yieldsTo: readonly string[]; itOnly: boolean | 'strength'; practice: boolean }

/** A codebook made ready for matching (stems computed, patterns compiled). */
export interface CompiledCodebook {
  codebook: Codebook;
  themes: CompiledTheme[];
  phrases: Phrase[];
  rewrites: Array<[RegExp, string]>;
  sections: { weakness: RegExp[]; strength: RegExp[]; neutral: RegExp[]; emphasis: RegExp[] };
  /** Bullet glyphs of lists run into one unit (Codebook['listMarkers']), global; undefined when the codebook has none. */
  listMarkers: RegExp | undefined;
  /** Sections that list names and titles: no theme. */
  listSections: RegExp[];
  /** Clauses stating a view that is not the inspectors' (see Codebook['voice']). */
  voice: RegExp[];
  /** Words of the `tech` macro, stemmed: a unit naming one is about IT even if it names another service. */
  tech: ReadonlySet<string>;
  offTopic: RegExp | undefined;
  net: ReturnType<typeof nlp.buildNet> | undefined;
  /** A cheap test that a unit could match a pattern (see anchorsOf): only units that pass it are parsed. */
  anchors: PatternCheck | undefined;
  /** Every theme's cues by the words of one slot each (see indexCues): a unit is matched only against cues whose slot it holds a word of. */
  cueIndex: CueIndex;
  /** The codebook's learned reading of themes, if it has one. */
  model: ThemeModel | undefined;
}


export function slotWord(word: string): string {
  return word.startsWith('=') ? word.toLowerCase() : stem(word.toLowerCase());
}

export function compileSlot(word: string, macros: Codebook['macros'], cue: string): Slot {
  const alternatives = /^\(.*\)$/.test(word) ? word.slice(1, -1).split('|') : [word];
  const out = new Set<string>();
  for (const alternative of alternatives) {
    if (alternative.startsWith('@')) {
      const macro = macros[alternative.slice(1)];
      if (!macro) throw new Error(`cue "${cue}" uses the unknown macro ${alternative}`);
      for (const m of macro) out.add(slotWord(m));
    } else out.add(slotWord(alternative));
  }
  return out;
}

/** Compiles one cue; throws with the cue's text when it is malformed. */
export function compileCue(cue: string, weight: number, macros: Codebook['macros']): Cue {
  const parts = cue.split(' + ').map((part) => part.split(' ~ ').map((run) => {
    const words = prepare(run.trim(), []).replace(/-/g, ' ').match(/\([^)]*\)|[@=][\w-]+|[\p{L}\p{N}]+/gu) ?? [];
    return words.filter((word) => /^[(@=]/.test(word) || !STOPWORDS.has(word))
      .map((word) => compileSlot(word, macros, cue));
  }));
  if (parts.some((part) => part.some((run) => run.length === 0))) throw new Error(`cue "${cue}" has an empty part (only stopwords?)`);
  return { parts, weight, source: cue };
}

/*
 * Grammar of polarity (English, not codebook vocabulary):
 * - SCOPED weakness words govern the rest of their clause: praise after them is what is missing
 *   ("have not yet adopted the more open way of working", "lacks a clear and robust plan");
 * - REMEDY verbs turn the weakness or burden after them into an achievement ("has cleared its
 *   backlog", "fixes most problems", "has cut the price of PCs"); alone, "cut" and "reduced" stay weak;
 * - a directive governs its clause: praise after "should" is the state asked for ("should set out clearly");
 * - a remedy after its burden, in the perfect or passive ("the wait has fallen", "the lack of investment
 *   has been addressed"), clears it too; a remedy with nothing to clear that is also praise counts as praise;
 * - CONTRAST ("rather than", "instead of") introduces the rejected alternative: it flips and cancels what
 *   follows like a negator, but alone weighs nothing ("planned ahead rather than found piecemeal");
 * - a weakness stated in the past against a past marker is what has changed ("an openness that was absent
 *   at the start of the review");
 * - the perfect of an action ("has compared", "have joined") records an achievement (weight 0.5);
 * - sufficiency ("have the skills they need") is praise.
 */
export const SCOPED = ['not yet', 'yet to', 'lack', 'lacks', 'lacking', 'lacked', 'absence', 'fail', 'fails', 'failed', 'failing', 'unable', 'no evidence', 'no clear', 'not clear'];
export const REMEDY = ['cleared', 'clear', 'clears', 'tackled', 'tackle', 'tackles', 'resolved', 'resolves', 'resolve', 'addressed', 'overcome', 'overcame', 'eliminated', 'removed',
  'reduced', 'reduces', 'reduce', 'cut', 'cuts', 'fix', 'fixes', 'fixed', 'restore', 'restores', 'restored', 'solved', 'halved', 'shortened', 'remedied', 'ended',
  'fallen', 'fell', 'dropped', 'decreased', 'declined', 'shaken off', 'shook off', 'moved away', 'moved on from', 'shed', 'abandoned', 'left behind', 'broken down', 'dismantled', 'put right', 'rectified',
  // Leaving a state behind ("has moved from a reactive mindset") and handling problems ("problems are talked through").
  'ending', 'put an end to', 'brought to an end',
  // Replacing what is old ("to replace its ageing network").
  'replace', 'replaced', 'replacing', 'renew', 'renewing', 'upgrade', 'upgraded', 'upgrading',
  // Questioning old ways ("question old practices").
  'question', 'questioning', 'questioned', 'challenged',
  'moved from', 'shifted from', 'changed from', 'evolved from', 'progressed from', 'turned around', 'turned round',
  'talked through', 'worked through', 'dealt with', 'sorted out', 'ironed out',
  // Supplying what was missing ("has brought in specialist skills the council lacked").
  'brought in', 'filled', 'plugged', 'made up for',
  // Burdens consigned to the past ("complaints … are a thing of the past").
  'a thing of the past', 'things of the past'];
export const CONTRAST = ['rather than', 'instead of', 'in place of'];
/** Phrases read as a whole so that their words weigh nothing: "far from being an afterthought, …" rejects a view, it is no weakness. */
export const INERT = ['far from being'];

export function compilePhrases(codebook: Codebook): Phrase[] {
  const p = codebook.polarity;
  const weak = new Set([...p.weakness, ...p.directive].map((w) => w.toLowerCase()));
  const strong = new Map<string, number>([...p.achievement.map((w): [string, number] => [w.toLowerCase(), 0.5]), ...p.strength.map((w): [string, number] => [w.toLowerCase(), 1])]);
  const list = (words: readonly string[], weight: number, kind: Phrase['kind'], extra: Partial<Phrase> = {}) =>
    words.map((phrase): Phrase => ({
      words: prepare(phrase, []).split(/[\s-]+/), weight, kind, ...extra,
      ...(kind === 'weakness' && SCOPED.includes(phrase.toLowerCase()) ? { scoped: true } : {}),
      ...(kind === 'remedy' && weak.has(phrase) ? { alsoWeak: true } : {}),
      ...(kind === 'remedy' && strong.has(phrase) ? { alsoStrong: strong.get(phrase)! } : {}),
    }));
  // Longest phrases first, so "no evidence" wins over "no"; among equals, remedies first ("cut the cost").
  return [...list(REMEDY, 1, 'remedy'), ...list(p.directive, 1.5, 'weakness', { directive: true }), ...list(p.weakness, 1, 'weakness'), ...list(p.strength, 1, 'strength'),
    ...list(p.achievement, 0.5, 'strength'), ...list(p.negators, 1, 'negator'), ...list(CONTRAST, 0, 'negator', { soft: true }), ...list(INERT, 0, 'strength')]
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * A slot matches one word, so a group with phrases in it ("(filing|back office)") is spelled out as
 * several cues: one with the group's single words, one per phrase.
 */
export function expandPhrases(cue: string): string[] {
  const group = /\(([^()]*\s[^()]*)\)/.exec(cue);
  if (!group) return [cue];
  const alternatives = group[1]!.split('|').map((a) => a.trim()).filter(Boolean);
  const words = alternatives.filter((a) => !/\s/.test(a));
  const variants = [...(words.length > 0 ? [`(${words.join('|')})`] : []), ...alternatives.filter((a) => /\s/.test(a))];
  return variants.flatMap((variant) => expandPhrases(cue.slice(0, group.index) + variant + cue.slice(group.index + group[0].length)));
}

/** Cues that stem to the same thing ("compare", "compared") count once, at their highest weight. */
export function dedupe(cues: Cue[]): Cue[] {
  const seen = new Map<string, Cue>();
  for (const cue of cues) {
    const key = JSON.stringify(cue.parts.map((part) => part.map((run) => run.map((slot) => [...slot].sort()))));
    const known = seen.get(key);
    if (!known || known.weight < cue.weight) seen.set(key, cue);
  }
  return [...seen.values()];
}

/** Codebooks compiled already: the themes and leans stages compile the run's codebook both, in every worker. */
const compiledCodebooks = new WeakMap<Codebook, CompiledCodebook>();

/** Compiles a codebook for matching (once per codebook object); throws naming the cue or pattern that cannot be compiled. */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const known = compiledCodebooks.get(codebook);
  if (known) return known;
  const themes = codebook.themes.map((theme) => ({
    id: theme.id,
    yieldsTo: theme.yieldsTo ?? [],
    itOnly: theme.itOnly ?? false,
    practice: theme.practice ?? false,
    cues: dedupe([...theme.terms.flatMap((cue) => expandPhrases(cue).map((one) => compileCue(one, 1, codebook.macros))),
      ...theme.hints.flatMap((cue) => expandPhrases(cue).map((one) => compileCue(one, 0.5, codebook.macros))),
      ...(theme.symptoms ?? []).flatMap((cue) => expandPhrases(cue).map((one) => ({ ...compileCue(one, 1, codebook.macros), symptom: true })))]),
  }));
  const matches = codebook.themes.flatMap((theme) => theme.patterns.map((match) => ({ match, theme: theme.id })));
  const escape = (phrase: string) => phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const compiled: CompiledCodebook = {
    codebook,
    themes,
    phrases: compilePhrases(codebook),
    rewrites: codebook.rewrites.map(([from, to]) => [new RegExp(`\\b${escape(from)}\\b`, 'g'), to.toLowerCase()]),
    sections: {
      weakness: codebook.sections.weakness.map((source) => new RegExp(source, 'i')),
      strength: codebook.sections.strength.map((source) => new RegExp(source, 'i')),
      neutral: codebook.sections.neutral.map((source) => new RegExp(source, 'i')),
      emphasis: (codebook.sections.emphasis ?? []).map((source) => new RegExp(source, 'i')),
    },
    listSections: (codebook.listSections ?? []).map((source) => new RegExp(source, 'i')),
    listMarkers: codebook.listMarkers ? new RegExp(codebook.listMarkers, 'u') : undefined,
    voice: (codebook.voice ?? []).map((source) => new RegExp(source, 'i')),
    tech: new Set((codebook.macros['tech'] ?? []).map(slotWord)),
    offTopic: codebook.offTopic.length > 0 ? new RegExp(`\\b(?:${codebook.offTopic.map(escape).join('|')})\\b`) : undefined,
    net: matches.length > 0 ? nlp.buildNet(matches) : undefined,
    anchors: anchorsOf(matches.map((m) => m.match)),
    cueIndex: indexCues(themes.flatMap((theme) => theme.cues)),
    model: codebook.model,
  };
  compiledCodebooks.set(codebook, compiled);
  return compiled;
}
