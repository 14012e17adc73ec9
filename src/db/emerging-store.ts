/** Emerging themes in the database: the units they read, their stored ranking, and what it was computed from. */
import type { EmergingTheme, ThemeCandidate } from '../classify/emerging.js';
import type { DB } from './open.js';

/**
 * Sentences and list items of current documents that raise no theme: the candidates for emerging
 * themes, read one row at a time (the corpus's units are never all in memory at once).
 */
export function untaggedSentences(db: DB): IterableIterator<ThemeCandidate> {
  return db.prepare(
    `SELECT s.sha256 AS sha256, s.idx AS sentence, s.section AS section, s.text AS text, s.page_start AS page, s.lean AS lean
     FROM sentence s
     WHERE s.kind IN ('sentence', 'item') AND s.sha256 IN (SELECT sha256 FROM file)
       AND NOT EXISTS (SELECT 1 FROM theme_mention m WHERE m.sha256 = s.sha256 AND m.sentence = s.idx)
     ORDER BY s.sha256, s.idx`,
  ).iterate() as IterableIterator<ThemeCandidate>;
}

/** Replaces the stored emerging themes with this run's, computed from `basis` (see emergingBasis). */
export function saveEmergingThemes(db: DB, themes: readonly EmergingTheme[], runId: number, basis: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM emerging_theme').run();
    const insert = db.prepare('INSERT INTO emerging_theme (phrase, documents, sentences, score, examples, run_id) VALUES (?, ?, ?, ?, ?, ?)');
    for (const t of themes) insert.run(t.phrase, t.documents, t.sentences, t.score, JSON.stringify(t.examples), runId);
    db.prepare('UPDATE run SET emerging_basis = ? WHERE id = ?').run(basis, runId);
  }).immediate();
}

/** What emerging themes are computed from: each current document (one with a file) and the run that last processed it. */
export function emergingInputs(db: DB): Array<[sha256: string, runId: number]> {
  return db.prepare('SELECT sha256, run_id FROM document WHERE sha256 IN (SELECT sha256 FROM file) ORDER BY sha256').raw().all() as Array<[string, number]>;
}

/** The basis of the stored emerging themes (the last run that computed them), or undefined when none was computed. */
export function storedEmergingBasis(db: DB): string | undefined {
  return db.prepare('SELECT emerging_basis FROM run WHERE emerging_basis IS NOT NULL ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
}
