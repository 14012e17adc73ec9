/** Hostile documents: each failure is charged to its own file, bounded in memory, retried once, then kept. */
import { createDeflate } from 'node:zlib';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempFolders } from '../helpers/cli.js';
import { deflateBombPdf, truncatedPdf } from '../helpers/make-pdf.js';
import { readDatabase } from './fault-helpers.js';

const temp = tempFolders('inspection-miner-faults-worker-');
afterAll(() => temp.removeAll());

/** A one-page PDF whose content stream is `inflatedMb` MB of zero bytes, deflated (about 1 KB per MB). */
async function zeroBombPdf(inflatedMb: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const block = Buffer.alloc(16 * 1024 * 1024);
  for (let written = 0; written < inflatedMb; written += 16) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));
  const stream = Buffer.concat(chunks);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  const parts = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  const length = () => parts.reduce((sum, part) => sum + part.length, 0);
  objects.forEach((body, index) => { offsets.push(length()); parts.push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1')); });
  offsets.push(length());
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length();
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${entries}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

type Row = { file: string; status: string; reason: string | null };
const rows = (database: string) => readDatabase(database, (db) => db.prepare('SELECT file, status, reason FROM report_results ORDER BY file').all() as Row[]);
const SAMPLE = join(repoRoot, 'corpus', 'reports', 'ambleside-forest-city-council-ict-2000-09.pdf');

describe('hostile documents on one worker', () => {
  it('charges a memory bomb and a corrupt PDF to themselves; the valid reports after them are read', async () => {
    const input = await temp.make();
    writeFileSync(join(input, 'a-bomb.pdf'), await zeroBombPdf(960));
    copyFileSync(SAMPLE, join(input, 'b-valid.pdf'));
    writeFileSync(join(input, 'c-truncated.pdf'), await truncatedPdf());
    // Other bytes than b-valid.pdf (a comment after %%EOF), so that it is a document of its own.
    writeFileSync(join(input, 'd-valid-copy.pdf'), Buffer.concat([readFileSync(SAMPLE), Buffer.from('\n% another copy\n', 'latin1')]));
    const out = await temp.make();
    const result = await runCli(['--input', input, '--out', out, '--concurrency', '1', '--memory', '768', '--timeout', '90', '--quiet'], 150_000);
    expect(result.code, result.stderr).toBe(0);
    expect(rows(join(out, 'results.sqlite'))).toEqual([
      { file: 'a-bomb.pdf', status: 'unreadable', reason: 'out-of-memory' },
      { file: 'b-valid.pdf', status: 'assessed', reason: null },
      { file: 'c-truncated.pdf', status: 'unreadable', reason: 'corrupt' },
      { file: 'd-valid-copy.pdf', status: 'assessed', reason: null },
    ]);
  }, 160_000);

  it('refuses a --memory no worker can start in, with exit 2', async () => {
    for (const memory of ['16', '1']) {
      const result = await runCli(['--input', await temp.make(), '--out', await temp.make(), '--memory', memory]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: --memory must be at least 768 (MB): a worker needs that much to load the stages and the PDF library and read a report, got "${memory}" (see --help)\n`);
    }
  }, 60_000);
});

describe('a document that keeps failing', () => {
  it('is retried once by a plain rerun, then kept with "failed twice" until the limits change', async () => {
    const input = await temp.make();
    writeFileSync(join(input, 'slow.pdf'), deflateBombPdf(64));
    const out = await temp.make();
    const database = join(out, 'results.sqlite');
    const attempt = async (...extra: string[]) => {
      const result = await runCli(['--input', input, '--out', out, '--json', '--timeout', '2', ...extra], 90_000);
      expect(result.code, result.stderr).toBe(0);
      const start = JSON.parse(result.stdout.split('\n')[0]!) as { toProcess: number };
      const stored = readDatabase(database, (db) => db.prepare("SELECT d.reason, d.attempts, (SELECT count(*) FROM message m WHERE m.sha256 = d.sha256 AND m.rule = 'failed-twice') AS failedTwice FROM document d").get());
      return { toProcess: start.toProcess, stored };
    };
    expect(await attempt()).toEqual({ toProcess: 1, stored: { reason: 'timeout', attempts: 1, failedTwice: 0 } });
    expect(await attempt()).toEqual({ toProcess: 1, stored: { reason: 'timeout', attempts: 2, failedTwice: 1 } });
    expect(await attempt()).toEqual({ toProcess: 0, stored: { reason: 'timeout', attempts: 2, failedTwice: 1 } });
    expect(await attempt('--timeout', '3')).toEqual({ toProcess: 1, stored: { reason: 'timeout', attempts: 1, failedTwice: 0 } });
    expect(await attempt('--timeout', '3', '--force')).toMatchObject({ toProcess: 1 });
  }, 300_000);
});
