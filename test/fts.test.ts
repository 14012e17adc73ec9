/** Full-text search over sentences, through a real database written by the real CLI. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

it('finds every sentence that mentions training, stemmed, with its council, section and page', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'fts-test-'));
  const input = join(folder, 'in');
  mkdirSync(input);
  writeFileSync(join(input, 'report.txt'), [
    'Anyshire County Council\nICT services\nSummary\nWe judge the service to be fair, a one-star service.\n',
    'Recommendations\nThe council should train users before each new system goes live.\nUser training is not planned.\n',
  ].join('\f'));
  const result = await runCli(['--input', input, '--out', join(folder, 'out'), '--quiet'], 60_000);
  expect(result.code).toBe(0);
  const db = new Database(join(folder, 'out', 'results.sqlite'), { readonly: true });
  const rows = db.prepare(
    `SELECT r.council, s.section, s.page_start AS page, s.text FROM sentence_fts f
     JOIN sentence s ON s.sha256 = f.sha256 AND s.idx = f.idx
     JOIN report_results r ON r.sha256 = s.sha256
     WHERE sentence_fts MATCH 'train' ORDER BY s.idx`,
  ).all();
  db.close();
  expect(rows).toEqual([
    { council: 'Anyshire County Council', section: 'Recommendations', page: 2, text: 'The council should train users before each new system goes live.' },
    { council: 'Anyshire County Council', section: 'Recommendations', page: 2, text: 'User training is not planned.' },
  ]);
}, 90_000);
