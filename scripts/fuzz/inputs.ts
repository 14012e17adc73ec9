/** The fuzz folder: hostile files, each followed by a known-good report that must still be read. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Rng } from '../corpus/rng.js';
import { longReportPages, hugePage } from '../scale/long-report.js';
import { MUTATIONS } from './mutations.js';
import { flateBomb, pageTreeCycle } from './pdf-objects.js';

const JUDGEMENT = "We judge the council's ICT service to be fair, a one-star service, and we think it will probably improve.";

/** A small valid report PDF made with pdfkit, unique by `id`, stating a grade and a prospect. */
export function reportPdf(id: string, pages: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ autoFirstPage: false, info: { Title: `Report ${id}` } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    for (let page = 1; page <= pages; page++) {
      document.addPage().fontSize(14).text(`Best Value Inspection ${id}, page ${page}`).moveDown();
      document.fontSize(11).text(page === 1 ? `Summary\n${JUDGEMENT}` : 'The inspection team spoke with staff, users and partners of the service.');
    }
    document.end();
  });
}

/** One hostile file: its kind (the table's row) and its name's extension. */
interface Hostile { kind: string; extension: string; bytes: Buffer }

/** Sizes of the huge inputs: `small` keeps a run short enough for CI. */
export interface Sizes { bombMb: [number, number]; pages: [number, number]; pageKb: [number, number] }

export const SIZES: Record<'small' | 'full', Sizes> = {
  small: { bombMb: [4, 16], pages: [200, 400], pageKb: [30, 80] },
  full: { bombMb: [8, 64], pages: [500, 2000], pageKb: [100, 700] },
};

type Maker = (rng: Rng, bases: Buffer[], sizes: Sizes) => Hostile;

const pdf = (kind: string, bytes: Buffer): Hostile => ({ kind, extension: 'pdf', bytes });

/** Every kind of hostile input, mutations of valid PDFs first. */
const MAKERS: readonly Maker[] = [
  ...MUTATIONS.map((mutation): Maker => (rng, bases) => pdf(mutation.name, mutation.apply(rng.pick(bases), rng))),
  (rng, _, sizes) => pdf('flate-bomb', flateBomb(rng.int(...sizes.bombMb))),
  () => pdf('page-tree-cycle', pageTreeCycle()),
  (rng, _, sizes) => ({ kind: 'many-pages', extension: 'txt', bytes: Buffer.from(longReportPages(rng.int(...sizes.pages), true).join('\f')) }),
  (rng, _, sizes) => ({ kind: 'huge-page', extension: 'txt', bytes: Buffer.from(hugePage(rng.int(...sizes.pageKb) * 1024)) }),
  (rng) => ({ kind: 'binary-text', extension: 'txt', bytes: Buffer.from(Array.from({ length: 65_536 }, () => rng.int(1, 255))) }),
  () => pdf('empty', Buffer.alloc(0)),
  () => pdf('html-named-pdf', Buffer.from('<!doctype html><html><body><p>Not a PDF.</p></body></html>')),
];

/** Valid PDFs to mutate: a few made here and the shipped corpus's first reports when present. */
async function bases(corpus: string): Promise<Buffer[]> {
  const made = await Promise.all([1, 2, 5].map((pages) => reportPdf(`base-${pages}`, pages)));
  let shipped: Buffer[] = [];
  try {
    shipped = readdirSync(corpus).filter((name) => name.endsWith('.pdf')).slice(0, 5).map((name) => readFileSync(join(corpus, name)));
  } catch { /* no shipped corpus: the made ones suffice */ }
  return [...made, ...shipped];
}

/** What was written: each hostile file's kind, and the names of the good files. */
export interface FuzzInputs { kinds: Map<string, string>; good: string[] }

/**
 * Writes `count` hostile files into `folder`, each followed (in name order) by a good report; every
 * kind appears once before any repeats.
 */
export async function writeInputs(folder: string, count: number, rng: Rng, corpus: string, sizes: Sizes): Promise<FuzzInputs> {
  const valid = await bases(corpus);
  const kinds = new Map<string, string>();
  const good: string[] = [];
  for (let i = 0; i < count; i++) {
    const maker = i < MAKERS.length ? MAKERS[i]! : rng.pick(MAKERS);
    const hostile = maker(rng.fork(`file-${i}`), valid, sizes);
    const stem = String(i).padStart(4, '0');
    const name = `${stem}-a-${hostile.kind}.${hostile.extension}`;
    writeFileSync(join(folder, name), hostile.bytes);
    kinds.set(name, hostile.kind);
    const goodName = `${stem}-b-good.pdf`;
    writeFileSync(join(folder, goodName), await reportPdf(`good-${i}`, 1 + (i % 3)));
    good.push(goodName);
  }
  return { kinds, good };
}
