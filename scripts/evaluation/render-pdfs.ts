/**
 * `npx tsx scripts/evaluation/render-pdfs.ts IN_DIR OUT_DIR`: renders a folder of text documents (pages parted
 * by form feeds) into PDFs, so that a labelled text set can be measured through the PDF path, extraction
 * included (`npm run pipeline -- --input OUT_DIR` then `npm run evaluate -- --labels OUT_DIR/labels.json`).
 * Each line is drawn where it stands: its cells (parted by runs of two or more spaces) at the character column
 * they start at, tab-separated cells at fixed stops, in a proportional font, as a word processor sets a table.
 * Marks that the font lacks (ticks, boxes, stars drawn as symbols) are drawn as the ASCII a report would use.
 * The labels file, when there is one, is copied with its file names turned to .pdf.
 */
import PDFDocument from 'pdfkit';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

/** Points per character column, the font size, the gap between tab stops and between lines. */
const COLUMN = 5.4;
const SIZE = 8;
const TAB_STOP = 95;
const LEADING = 12;
const MARGIN = 30;
const BOTTOM = 800;

/** Symbols the standard PDF fonts cannot draw, as a report set in them would show them. */
const ASCII: Readonly<Record<string, string>> = { '□': '[ ]', '☐': '[ ]', '■': '[X]', '☑': '[X]', '☒': '[X]', '●': '*', '◆': '*', '★': '*', '✓': 'X', '✔': 'X', '✗': 'X', '✘': 'X' };
const drawable = (text: string) => text.replace(/[□☐■☑☒●◆★✓✔✗✘]/gu, (symbol) => ASCII[symbol] ?? symbol);

/** Renders one text document's pages into a PDF file. */
export async function renderPdf(pages: readonly string[], file: string): Promise<void> {
  const document = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: MARGIN });
  const done = finished(document.pipe(createWriteStream(file)));
  document.font('Helvetica').fontSize(SIZE);
  for (const page of pages) {
    document.addPage();
    let y = MARGIN;
    for (const line of page.replace(/^\n+/, '').split('\n')) {
      if (y > BOTTOM) { document.addPage(); y = MARGIN; }
      const cells = line.includes('\t')
        ? line.split('\t').map((text, k) => ({ text: text.trim(), x: MARGIN + k * TAB_STOP }))
        : [...line.matchAll(/\S+(?: \S+)*/g)].map((match) => ({ text: match[0], x: MARGIN + match.index! * COLUMN }));
      for (const cell of cells) if (cell.text) document.text(drawable(cell.text), cell.x, y, { lineBreak: false });
      y += LEADING;
    }
  }
  document.end();
  await done;
}

async function main(argv: string[]): Promise<number> {
  const [input, output] = argv;
  if (!input || !output) {
    process.stderr.write('Usage: npx tsx scripts/evaluation/render-pdfs.ts IN_DIR OUT_DIR\n');
    return 2;
  }
  mkdirSync(output, { recursive: true });
  const names = readdirSync(input).filter((name) => name.endsWith('.txt')).sort();
  for (const name of names) await renderPdf(readFileSync(join(input, name), 'utf8').split('\f'), join(output, name.replace(/\.txt$/, '.pdf')));
  const labels = join(input, 'labels.json');
  if (existsSync(labels)) writeFileSync(join(output, 'labels.json'), readFileSync(labels, 'utf8').replace(/\.txt"/g, '.pdf"'));
  process.stdout.write(`rendered ${names.length} documents into ${output}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
