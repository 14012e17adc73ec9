/** Full-text rows are replaced with their document, by rowid range, and migration 0006 builds the ranges of an older database. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newDocument, type DocumentRecord } from '../src/document.js';
import { openDatabase, type DB } from '../src/db/open.js';
import * as store from '../src/db/store.js';
import { tempFolders } from './helpers/cli.js';
import { databaseAtMigration } from './helpers/old-database.js';

const temp = tempFolders('inspection-miner-fts-ranges-');
afterAll(temp.removeAll);

/** A document whose sentences are the given texts. */
function documentOf(sha256: string, texts: string[]): DocumentRecord {
  const sentences = texts.map((text, index) => ({ index, kind: 'sentence' as const, section: '', text, start: 0, end: text.length, pageStart: 1, pageEnd: 1, rawStart: 0, rawEnd: text.length }));
  return { ...newDocument(`/in/${sha256}.txt`, sha256, 'txt', 10), pageCount: 1, pages: [{ number: 1, text: texts.join(' ') }], sentences };
}

/** The full-text rows as `sha256 idx text`, sorted. */
function fullText(db: DB): string[] {
  return (db.prepare('SELECT sha256, idx, text FROM sentence_fts').all() as Array<{ sha256: string; idx: number; text: string }>)
    .map((row) => `${row.sha256} ${row.idx} ${row.text}`).sort();
}

/** The files a full-text query finds, sorted. */
function found(db: DB, query: string): string[] {
  return (db.prepare('SELECT sha256 FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY sha256').pluck().all(query) as string[]);
}

describe('full-text rows by document', () => {
  it('replaces exactly the rows of the document saved again, whichever document was saved last', async () => {
    const db = openDatabase(join(await temp.make(), 'results.sqlite'));
    const run = store.startRun(db, '/in', {}, {});
    store.saveDocument(db, documentOf('aaa', ['Users are trained.', 'The network is old.']), {}, run);
    store.saveDocument(db, documentOf('bbb', ['Backups are tested.']), {}, run);
    store.saveDocument(db, documentOf('ccc', ['Staff are trained.', 'Costs are high.', 'Plans are late.']), {}, run);
    store.saveDocument(db, documentOf('aaa', ['The network was replaced.']), {}, run);
    store.saveDocument(db, documentOf('ccc', ['Costs fell.']), {}, run);
    store.saveDocument(db, documentOf('bbb', []), {}, run);
    expect(fullText(db)).toEqual(['aaa 0 The network was replaced.', 'ccc 0 Costs fell.']);
    expect(found(db, 'train')).toEqual([]);
    expect(found(db, 'network')).toEqual(['aaa']);
    expect(db.prepare('SELECT sha256, last_rowid - first_rowid + 1 AS rows FROM sentence_fts_range ORDER BY sha256').all()).toEqual([
      { sha256: 'aaa', rows: 1 }, { sha256: 'ccc', rows: 1 },
    ]);
    db.close();
  });

  it('migration 0006 gives an older database its ranges, keeping its full-text rows', async () => {
    const file = join(await temp.make(), 'results.sqlite');
    const old = databaseAtMigration(file, 5);
    old.prepare("INSERT INTO run (id, started_at, input, options, versions) VALUES (1, '2026-01-01T00:00:00Z', 'in', '{}', '{}')").run();
    const document = old.prepare("INSERT INTO document (sha256, type, size, pages, status, stage_versions, run_id) VALUES (?, 'txt', 10, 1, 'assessed', '{}', 1)");
    const sentence = old.prepare("INSERT INTO sentence (sha256, idx, kind, section, text, page_start, page_end, char_start, char_end) VALUES (?, ?, 'sentence', '', ?, 1, 1, 0, 1)");
    const fts = old.prepare('INSERT INTO sentence_fts (text, sha256, idx) VALUES (?, ?, ?)');
    // Rows of two documents interleaved, as no run writes them: the migration makes each document's contiguous.
    for (const [sha256, idx, text] of [['aaa', 0, 'Users are trained.'], ['bbb', 0, 'Backups are tested.'], ['aaa', 1, 'The network is old.']] as const) {
      if (idx === 0) document.run(sha256);
      sentence.run(sha256, idx, text);
      fts.run(text, sha256, idx);
    }
    old.close();
    const db = openDatabase(file);
    expect(fullText(db)).toEqual(['aaa 0 Users are trained.', 'aaa 1 The network is old.', 'bbb 0 Backups are tested.']);
    store.saveDocument(db, documentOf('aaa', ['Costs fell.']), {}, 1);
    expect(fullText(db)).toEqual(['aaa 0 Costs fell.', 'bbb 0 Backups are tested.']);
    db.close();
  });
});
