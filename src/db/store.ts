/** Writing results: runs, documents with their pages and messages, and file paths. */
import type { DocumentRecord, Finding } from '../document.js';
import type { DB } from './open.js';
import { BEST_VALUE } from '../scheme/registry.js';
import type { Codebook } from '../scheme/codebook.js';

/** Counts a run reports at its end. */
export interface RunCounts {
  files: number;
  processed: number;
  unchanged: number;
  failed: number;
  /** How the run ended. */
  outcome: 'completed' | 'interrupted' | 'failed';
}

/** Creates a run row and returns its id. */
export function startRun(db: DB, input: string, options: unknown, versions: Record<string, string>): number {
  const result = db
    .prepare('INSERT INTO run (started_at, input, options, versions) VALUES (?, ?, ?, ?)')
    .run(new Date().toISOString(), input, JSON.stringify(options), JSON.stringify(versions));
  return Number(result.lastInsertRowid);
}

/** Closes a run with its counts. */
export function finishRun(db: DB, runId: number, counts: RunCounts): void {
  db.prepare(
    'UPDATE run SET finished_at = ?, files = ?, processed = ?, unchanged = ?, failed = ?, outcome = ? WHERE id = ?',
  ).run(new Date().toISOString(), counts.files, counts.processed, counts.unchanged, counts.failed, counts.outcome, runId);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** What is stored about a document's last processing, or undefined when it was never stored. */
export interface StoredDocument {
  versions: Record<string, string>;
  status: string;
  reason: string | null;
  attempts: number;
}

/** The stored status, reason, attempts and stage versions of a document. */
export function storedDocument(db: DB, sha256: string): StoredDocument | undefined {
  const row = db.prepare('SELECT stage_versions, status, reason, attempts FROM document WHERE sha256 = ?').get(sha256) as
    | { stage_versions: string; status: string; reason: string | null; attempts: number }
    | undefined;
  return row && { versions: JSON.parse(row.stage_versions) as Record<string, string>, status: row.status, reason: row.reason, attempts: row.attempts };
}

/** Status of a stored document. */
export function storedStatus(db: DB, sha256: string): { status: string; reason: string | null } | undefined {
  return db.prepare('SELECT status, reason FROM document WHERE sha256 = ?').get(sha256) as
    | { status: string; reason: string | null }
    | undefined;
}

/** Replaces everything stored for one document, in one transaction. */
export function saveDocument(db: DB, document: DocumentRecord, versions: Record<string, string>, runId: number, attempts = 1): void {
  const save = db.transaction(() => {
    db.prepare(
      `INSERT INTO document (sha256, type, size, pages, status, reason, stage_versions, run_id, attempts)
       VALUES (@sha256, @type, @size, @pages, @status, @reason, @versions, @runId, @attempts)
       ON CONFLICT (sha256) DO UPDATE SET type = excluded.type, size = excluded.size, pages = excluded.pages,
         status = excluded.status, reason = excluded.reason, stage_versions = excluded.stage_versions, run_id = excluded.run_id,
         attempts = excluded.attempts`,
    ).run({
      sha256: document.sha256, type: document.type, size: document.size, pages: document.pageCount,
      status: document.status, reason: document.reason, versions: JSON.stringify(versions), runId, attempts,
    });
    // The full-text rows of the sentences follow them (triggers on sentence).
    for (const table of ['page', 'message', 'section', 'sentence', 'finding', 'judgement', 'theme_mention', 'document_theme']) {
      db.prepare(`DELETE FROM ${table} WHERE sha256 = ?`).run(document.sha256);
    }
    const page = db.prepare('INSERT INTO page (sha256, number, text) VALUES (?, ?, ?)');
    for (const p of document.pages) page.run(document.sha256, p.number, p.text);
    const message = db.prepare(
      'INSERT INTO message (sha256, stage, severity, rule, text, page, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const m of document.messages) message.run(document.sha256, m.stage, m.severity, m.rule, m.text, m.page ?? null, runId);
    saveStructure(db, document);
    saveFindings(db, document, versions, runId);
    saveJudgements(db, document, runId);
    saveThemes(db, document);
  });
  save.immediate();
}

/** Replaces the stored codebooks and their themes (labels, definitions) with those this run codes with. */
export function saveCodebooks(db: DB, codebooks: readonly Codebook[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM codebook').run();
    const codebook = db.prepare('INSERT INTO codebook (id, name, schemes) VALUES (?, ?, ?)');
    const theme = db.prepare('INSERT INTO theme (codebook, id, label, definition, position) VALUES (?, ?, ?, ?, ?)');
    for (const book of codebooks) {
      codebook.run(book.id, book.name, JSON.stringify(book.schemes ?? [BEST_VALUE]));
      book.themes.forEach((t, position) => theme.run(book.id, t.id, t.label, t.definition, position));
    }
  }).immediate();
}

/** Records that `path` holds the document `sha256` as seen by this run. */
export function saveFile(db: DB, path: string, sha256: string, runId: number): void {
  db.prepare(
    `INSERT INTO file (path, sha256, run_id) VALUES (?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, run_id = excluded.run_id`,
  ).run(path, sha256, runId);
}

/** Forgets paths this run did not see (files removed from the input folder). */
export function pruneFiles(db: DB, runId: number): number {
  return db.prepare('DELETE FROM file WHERE run_id <> ?').run(runId).changes;
}

function saveStructure(db: DB, document: DocumentRecord): void {
  const section = db.prepare('INSERT INTO section (sha256, idx, heading, level, path, page) VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of document.sections ?? []) section.run(document.sha256, s.index, s.heading, s.level, s.path, s.page);
  const sentence = db.prepare(
    `INSERT INTO sentence (sha256, idx, kind, section, text, page_start, page_end, char_start, char_end, lean)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of document.sentences ?? []) sentence.run(document.sha256, s.index, s.kind, s.section, s.text, s.pageStart, s.pageEnd, s.rawStart, s.rawEnd, document.leans?.[s.index] ?? null);
}

/** Which stage sets which finding field (provenance is stamped here, not by the stages). */
function findingsOf(document: DocumentRecord): Array<[field: string, stage: string, finding: Finding | null | undefined]> {
  const m = document.metadata;
  return [
    ['council', 'metadata', m?.council], ['service', 'metadata', m?.service], ['inspected_on', 'metadata', m?.inspectedOn],
    ['published_on', 'metadata', m?.publishedOn], ['inspectorate', 'metadata', m?.inspectorate],
    ['provider', 'metadata', m?.provider], ['framework', 'metadata', m?.framework], ['inspected_until', 'metadata', m?.inspectedUntil],
    ['scheme', 'scheme', document.scheme], ['grade', document.scheme && document.scheme.value !== BEST_VALUE ? 'judgements' : 'grade', document.grade], ['prospect', 'prospect', document.prospect], ['era', 'verdict', document.era],
  ];
}

function saveFindings(db: DB, document: DocumentRecord, versions: Record<string, string>, runId: number): void {
  const insert = db.prepare(
    `INSERT INTO finding (sha256, field, value, ordinal, confidence, evidence, page_start, page_end, char_start, char_end, sentence, stage, stage_version, run_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [field, stage, finding] of findingsOf(document)) {
    if (!finding) continue;
    const e = finding.evidence;
    insert.run(document.sha256, field, finding.value, finding.ordinal ?? null, finding.confidence, e.text, e.pageStart, e.pageEnd, e.start, e.end, e.sentence < 0 ? null : e.sentence, stage, versions[stage] ?? '', runId);
  }
}

/** Stores a document's sub-judgements (inside saveDocument's transaction). */
function saveJudgements(db: DB, document: DocumentRecord, runId: number): void {
  const insert = db.prepare(
    `INSERT INTO judgement (sha256, idx, name, key, grade, ordinal, confidence, evidence, page, sentence, run_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  (document.judgements ?? []).forEach((j, index) => {
    insert.run(document.sha256, index, j.name, j.key, j.grade, j.ordinal < 0 ? null : j.ordinal, j.confidence, j.evidence.text, j.evidence.pageStart, j.evidence.sentence < 0 ? null : j.evidence.sentence, runId);
  });
}

// Themes (0003) -----------------------------------------------------------------------------

/** Stores a document's theme mentions and document-level themes (inside saveDocument's transaction). */
function saveThemes(db: DB, document: DocumentRecord): void {
  if (!document.themes) return;
  const mention = db.prepare(
    `INSERT OR REPLACE INTO theme_mention (sha256, theme, polarity, score, sentence, page_start, page_end, char_start, char_end, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of document.themes.mentions) {
    const e = m.evidence;
    mention.run(document.sha256, m.theme, m.polarity, m.score, e.sentence, e.pageStart, e.pageEnd, e.start, e.end, e.text);
  }
  const theme = db.prepare('INSERT INTO document_theme (sha256, theme, polarity, mentions, score) VALUES (?, ?, ?, ?, ?)');
  for (const t of document.themes.themes) theme.run(document.sha256, t.theme, t.polarity, t.mentions, t.score);
}
