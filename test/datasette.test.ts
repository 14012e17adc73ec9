/**
 * The database as Datasette and sqlite-utils see it: the full-text index is found by their detection
 * query and kept in step with the sentences, themes come as JSON arrays, the codebooks' themes have
 * their own tables, every table has a primary key, metadata.json notes every column, and migration
 * 0007 brings a database written before it to the same state.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { databaseAtMigration } from './helpers/old-database.js';
import { runCli, tempFolders } from './helpers/cli.js';

const E2E_TIMEOUT = 180_000;
const temp = tempFolders('inspection-miner-datasette-');
afterAll(() => temp.removeAll());

/** Datasette's and sqlite-utils' query for the FTS table of `table` (content="table"). */
const DETECT_FTS = `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="' || ? || '"%' OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[' || ? || ']%')`;

function report(council: string, grade: string): string {
  return [
    'Best Value Inspection Service', `Inspection of ${council}'s information technology service`, 'The inspection took place in May 2001.', 'Summary',
    `We judge the service to be ${grade} and that it will probably improve.`,
    'There is no IT strategy linked to the council\'s corporate priorities and no plan to deliver one.',
    'Users have had no training in the new systems and cannot use them well.', '',
  ].join('\n');
}

let input: string;
let out: string;
const open = () => new Database(join(out, 'results.sqlite'), { readonly: true });

beforeAll(async () => {
  input = await temp.make();
  out = await temp.make();
  await writeFile(join(input, 'a.txt'), report('Northfield Borough Council', 'poor'));
  await writeFile(join(input, 'b.txt'), report('Southmoor District Council', 'good'));
  const result = await runCli(['--input', input, '--out', out, '--quiet'], E2E_TIMEOUT);
  expect(result.code, result.stderr).toBe(0);
}, E2E_TIMEOUT);

describe('the database in Datasette and sqlite-utils', () => {
  it('has a full-text index the tools detect, over the sentence table, that follows its rows', async () => {
    const db = open();
    expect(db.prepare(DETECT_FTS).all('sentence', 'sentence')).toEqual([{ name: 'sentence_fts' }]);
    const hits = db.prepare("SELECT s.sha256, s.text FROM sentence_fts f JOIN sentence s ON s.id = f.rowid WHERE sentence_fts MATCH 'train'").all();
    expect(hits).toHaveLength(2);
    db.close();
    // A changed report is a new document beside the old one; a forced rerun rewrites every document's
    // sentences: the index follows (matches only current rows, and agrees with its content table).
    await writeFile(join(input, 'b.txt'), report('Southmoor District Council', 'good').replace('training in the new systems', 'instruction on the new systems'));
    for (const extra of [[], ['--force']]) {
      const rerun = await runCli(['--input', input, '--out', out, '--quiet', ...extra], E2E_TIMEOUT);
      expect(rerun.code, rerun.stderr).toBe(0);
    }
    const after = new Database(join(out, 'results.sqlite'));
    const current = (term: string) => after.prepare(`SELECT count(*) FROM sentence_fts f JOIN sentence s ON s.id = f.rowid WHERE sentence_fts MATCH ? AND s.sha256 IN (SELECT sha256 FROM file)`).pluck().get(term);
    expect(current('train')).toBe(1);
    expect(current('instruction')).toBe(1);
    expect(after.prepare('SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?').pluck().get('instruction')).toBe(1);
    // FTS5's own check of the index against the sentence table (rank 1: compare with the content).
    expect(() => after.prepare("INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    after.close();
  }, E2E_TIMEOUT);

  it('gives themes as JSON arrays beside the comma-separated columns, and the codebooks\' themes as tables', () => {
    const db = open();
    const rows = db.prepare('SELECT weakness_themes, weakness_themes_json, strength_themes, strength_themes_json FROM report_results').all() as Array<Record<string, string | null>>;
    for (const row of rows) {
      expect(JSON.parse(row['weakness_themes_json']!)).toEqual(row['weakness_themes']?.split(',') ?? []);
      expect(JSON.parse(row['strength_themes_json']!)).toEqual(row['strength_themes']?.split(',') ?? []);
    }
    expect(db.prepare("SELECT label FROM theme WHERE codebook = 'best-value-ict' AND id = 'user-training'").pluck().get()).toBeTruthy();
    const unknown = db.prepare('SELECT DISTINCT theme FROM document_theme WHERE theme NOT IN (SELECT id FROM theme)').pluck().all();
    expect(unknown).toEqual([]);
    db.close();
  });

  it('has a primary key on every table', () => {
    const db = open();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentence_fts%'").pluck().all() as string[];
    for (const table of tables) expect((db.prepare('SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0').pluck().get(table) as number), table).toBeGreaterThan(0);
    db.close();
  });

  it('writes metadata.json with a description of every table and view and a note on every column', () => {
    const metadata = JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8')) as { title: string; databases: Record<string, { tables: Record<string, { description: string; columns: Record<string, string> }> }> };
    expect(metadata.title).toBeTruthy();
    const tables = metadata.databases['results']!.tables;
    const db = open();
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentence_fts_%'").pluck().all() as string[];
    for (const name of names) {
      expect(tables[name]?.description, name).toBeTruthy();
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[];
      expect(Object.keys(tables[name]!.columns).sort(), name).toEqual([...columns].sort());
      for (const column of columns) expect(tables[name]!.columns[column], `${name}.${column}`).toBeTruthy();
    }
    db.close();
  });

  it('migrates a database written before 0007: sentences keep their order and the index finds them', async () => {
    const file = join(await temp.make(), 'results.sqlite');
    const old = databaseAtMigration(file, 6);
    old.prepare("INSERT INTO run (id, started_at, input, options, versions) VALUES (1, '2026-01-01T00:00:00Z', 'in', '{}', '{}')").run();
    old.prepare("INSERT INTO document (sha256, type, size, pages, status, stage_versions, run_id) VALUES ('aaa', 'pdf', 1, 1, 'assessed', '{}', 1)").run();
    const sentence = old.prepare("INSERT INTO sentence (sha256, idx, kind, section, text, page_start, page_end, char_start, char_end) VALUES ('aaa', ?, 'sentence', '', ?, 1, 1, 0, 1)");
    const fts = old.prepare("INSERT INTO sentence_fts (text, sha256, idx) VALUES (?, 'aaa', ?)");
    ['Users need training.', 'The help desk is slow.'].forEach((text, idx) => { sentence.run(idx, text); fts.run(text, idx); });
    old.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT idx, text FROM sentence ORDER BY id').all()).toEqual([{ idx: 0, text: 'Users need training.' }, { idx: 1, text: 'The help desk is slow.' }]);
    expect(db.prepare("SELECT s.idx FROM sentence_fts f JOIN sentence s ON s.id = f.rowid WHERE sentence_fts MATCH 'help'").pluck().all()).toEqual([1]);
    db.prepare("DELETE FROM document WHERE sha256 = 'aaa'").run();
    expect(db.prepare("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'help OR train'").pluck().get()).toBe(0);
    db.close();
  });
});
