/**
 * Emerging themes: recurring phrases of weakness-like units that no codebook theme explains, ranked
 * by TF-IDF over documents, so an analyst can see what the codebook lacks. Pure: units in, phrases out.
 */
import { stem } from './theme-text.js';
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { compileCodebook, unitPolarity, type ThemeMention } from './themes.js';
import type { CompiledCodebook } from './theme-codebook.js';
import type { Codebook } from '../scheme/codebook.js';
import type { Sentence } from '../text/sentences.js';

/** A unit that raised no theme (read from the database). */
export interface ThemeCandidate {
  sha256: string;
  sentence: number;
  section: string;
  text: string;
  page: number;
  /** Its lean, computed with its document (see unitLeans); null when it was not, and is then computed here. */
  lean?: number | null;
}

/** Kinds of unit that emerging themes read. */
const CANDIDATE_KINDS = new Set(['sentence', 'item']);

/**
 * The lean of each unit of a document that emerging themes read (sentences and items that raise no
 * theme, rows of figures left out), by sentence index: computed in the worker with the document, so
 * that the corpus-wide ranking after the run only adds up.
 */
export function unitLeans(sentences: readonly Sentence[], mentions: readonly ThemeMention[], compiled: CompiledCodebook): Record<number, number> {
  const tagged = new Set(mentions.map((mention) => mention.evidence.sentence));
  const leans: Record<number, number> = {};
  for (const unit of sentences) {
    if (CANDIDATE_KINDS.has(unit.kind) && !tagged.has(unit.index) && !numeric(unit.text)) leans[unit.index] = unitPolarity(unit.text, unit.section, compiled);
  }
  return leans;
}

/** A recurring phrase of untagged weakness units. */
export interface EmergingTheme {
  phrase: string;
  documents: number;
  sentences: number;
  score: number;
  examples: Array<{ sha256: string; sentence: number; page: number; text: string }>;
}

/** How many phrases to keep, and how many documents a phrase must recur in. */
export interface EmergingOptions {
  limit: number;
  minDocuments: number;
  /** A phrase in more than this share of documents is the template's furniture, not a theme. */
  maxDocumentShare: number;
  /** Polarity a unit must reach to count as weakness-like (negative; see unitPolarity). */
  weakness: number;
  examples: number;
}

export const defaultEmergingOptions: EmergingOptions = { limit: 30, minDocuments: 2, maxDocumentShare: 0.5, weakness: -1, examples: 3 };

// Words that never start or end a phrase: function words, the regime's furniture, and polarity words.
const STOP = new Set((
  'a an the of to in for on and or but if its it their his her our we they them this that these those which who whom what when where how is are '
  + 'was were be been being by with from at as has have had do does did will would can could may might shall should must need needs needed also '
  + 'into than then so such very more most much many some any all each every other no not nor only own same few little lack lacks lacking there '
  + 'council councils authority authorities service services department departments staff report inspection inspectors review reviews best value '
  + 'ict it yet still however although whilst while because since about over under between through within without across number range '
  + 'poor weak limited insufficient inadequate clear clearly effective good well evidence further new current currently plan plans area areas '
  + 'whether considered consider including following findings figures detailed none set shown table chart page'
).split(' '));

interface Occurrence { key: string; surface: string }
interface PhraseStats { surfaces: Map<string, number>; weak: number; all: number; documents: Set<string>; texts: Set<string>; examples: ThemeCandidate[] }

function phrasesOf(text: string): Occurrence[] {
  const words = text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}]+/gu) ?? [];
  const out: Occurrence[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const gram = run.slice(i, i + n);
        out.push({ key: gram.map((w) => stem(w)).join(' '), surface: gram.join(' ') });
      }
    }
    run = [];
  };
  for (const word of words) {
    if (STOP.has(word) || word.length < 3) flush();
    else run.push(word);
  }
  flush();
  return out;
}

/**
 * Ranks phrases of weakness-like units without a theme. Score: TF-IDF summed over documents (each
 * document is the bag of its phrases), times the share of the phrase's untagged occurrences that are
 * weakness-like (so furniture that recurs everywhere, like "improvement plan", sinks), times the
 * share of its weakness sentences that are worded differently (a template sentence repeated verbatim
 * in every report is furniture; a theme recurs in many wordings).
 */
export function emergingThemes(candidates: Iterable<ThemeCandidate>, codebook: Codebook, options: EmergingOptions = defaultEmergingOptions): EmergingTheme[] {
  const byDocument = new Map<string, string[]>();
  const stats = new Map<string, PhraseStats>();
  // Units are read one at a time (a database cursor): only the phrase statistics are kept.
  const candidateDocuments = new Set<string>();
  // Compiled only for units stored without a lean (a document whose later stages did not run).
  let compiled: CompiledCodebook | undefined;
  for (const unit of candidates) {
    candidateDocuments.add(unit.sha256);
    // Figures run together from a table ("Servers supported 153 none set") are not findings.
    if (numeric(unit.text)) continue;
    const weak = (unit.lean ?? unitPolarity(unit.text, unit.section, compiled ??= compileCodebook(codebook))) <= options.weakness;
    const seen = new Set<string>();
    for (const { key, surface } of phrasesOf(unit.text)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const stat: PhraseStats = stats.get(key) ?? { surfaces: new Map(), weak: 0, all: 0, documents: new Set(), texts: new Set(), examples: [] };
      stat.all += 1;
      if (weak) {
        stat.weak += 1;
        stat.documents.add(unit.sha256);
        stat.texts.add(unit.text.replace(/\b\p{Lu}[\p{L}'’]*/gu, '').toLowerCase().replace(/[^\p{L} ]+/gu, '').replace(/\s+/g, ' ').trim());
        stat.surfaces.set(surface, (stat.surfaces.get(surface) ?? 0) + 1);
        if (stat.examples.length < options.examples && !stat.examples.some((e) => e.sha256 === unit.sha256)) stat.examples.push(unit);
        byDocument.set(unit.sha256, [...(byDocument.get(unit.sha256) ?? []), key]);
      }
      stats.set(key, stat);
    }
  }
  const tfidf = new TfIdf();
  const keys = [...byDocument.keys()];
  for (const key of keys) tfidf.addDocument(byDocument.get(key)!, key);
  const ranked: EmergingTheme[] = [];
  const documents = candidateDocuments.size;
  for (const [key, stat] of stats) {
    if (stat.documents.size < options.minDocuments || stat.documents.size > options.maxDocumentShare * documents) continue;
    let total = 0;
    keys.forEach((_, i) => { total += tfidf.tfidf([key], i); });
    const surface = [...stat.surfaces.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;
    ranked.push({
      phrase: surface, documents: stat.documents.size, sentences: stat.weak,
      score: Math.round(total * (stat.weak / stat.all) * (stat.texts.size / stat.weak) * 100) / 100,
      examples: stat.examples.map((e) => ({ sha256: e.sha256, sentence: e.sentence, page: e.page, text: e.text })),
    });
  }
  return dropNested(ranked.sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase))).slice(0, options.limit);
}

/** Whether a unit is mostly figures: a table's cells run together, not a sentence. */
function numeric(text: string): boolean {
  const tokens = text.split(/\s+/);
  const figures = tokens.filter((token) => /\d/.test(token)).length;
  return figures >= 2 && figures >= tokens.length * 0.15;
}

/** Keeps a trigram only when it adds to its bigrams ("business continuity plan" vs "business continuity"). */
function dropNested(ranked: EmergingTheme[]): EmergingTheme[] {
  const kept: EmergingTheme[] = [];
  for (const theme of ranked) {
    if (kept.some((k) => k.phrase.includes(theme.phrase) || (theme.phrase.includes(k.phrase) && theme.documents <= k.documents))) continue;
    kept.push(theme);
  }
  return kept;
}
