/** The corpora `npm run bench` measures: folders given or found, generated corpora, and long single reports. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { generateCorpus } from '../corpus/generate.js';
import { longReportPages } from '../scale/long-report.js';

/** One corpus to measure: a name for the table and the folder the pipeline reads. */
export interface Corpus { name: string; folder: string }

/** Every PDF under a folder (the raw reference reads these; the pipeline reads the whole folder). */
export function pdfsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.pdf$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The shipped sample corpus and, when present beside the project, the real reports. */
export function foundCorpora(root: string): Corpus[] {
  const corpora = [{ name: 'sample', folder: join(root, 'corpus', 'reports') }];
  const real = resolve(root, '..', 'shared', 'real-reports');
  if (existsSync(real)) corpora.push({ name: 'real-reports', folder: real });
  return corpora;
}

/** A generated corpus of `count` reports (deterministic), written under `scratch`. */
export async function generatedCorpus(count: number, scratch: string): Promise<Corpus> {
  const out = join(scratch, `generated-${count}`);
  await generateCorpus({ seed: 7, count, out, era: 'A', extras: false });
  return { name: `generated-${count}`, folder: join(out, 'reports') };
}

/** A folder holding one report of about `pages` dense pages, made with pdfkit. */
export async function longReport(pages: number, scratch: string): Promise<Corpus> {
  const folder = join(scratch, `long-${pages}`);
  mkdirSync(folder, { recursive: true });
  const bytes = await new Promise<Buffer>((done, fail) => {
    const document = new PDFDocument({ autoFirstPage: false, info: { Title: `A report of ${pages} pages` } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => done(Buffer.concat(chunks)));
    document.on('error', fail);
    for (const page of longReportPages(pages)) document.addPage({ margin: 36 }).fontSize(8).text(page, { lineGap: 0 });
    document.end();
  });
  writeFileSync(join(folder, `long-${pages}.pdf`), bytes);
  return { name: `one-report-${pages}p`, folder };
}
