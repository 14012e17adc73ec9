/** Real test inputs built in memory: PDFs made with pdfkit, a hand-built PNG, and hand-written PDF bytes. */
import PDFDocument from 'pdfkit';
import { deflateSync } from 'node:zlib';
import { flateBomb } from '../../scripts/fuzz/pdf-objects.js';

const PROSE = [
  'The inspection team visited the service over four days and spoke with staff, residents and partners.',
  'Housing repairs are completed on time in most cases, and tenants say they are kept informed of progress.',
  'The council has a clear plan for improvement, although some targets are not yet linked to its budget.',
  'Performance information is reported to members every quarter and is used to challenge managers.',
  'Complaints are handled promptly, and the lessons learned from them are shared across the directorate.',
];

/** Collects a pdfkit document into one Buffer. */
function collect(document: PDFKit.PDFDocument, draw: (document: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    draw(document);
    document.end();
  });
}

/** A text report of `pages` pages, each with several paragraphs of prose and a heading naming the page. */
export function textReportPdf(pages = 4, title = 'Best Value Inspection: Housing Repairs'): Promise<Buffer> {
  return collect(new PDFDocument({ autoFirstPage: false, info: { Title: title } }), (document) => {
    for (let page = 1; page <= pages; page++) {
      document.addPage();
      document.fontSize(16).text(`${title}, page ${page}`);
      document.moveDown();
      for (let paragraph = 0; paragraph < 4; paragraph++) {
        document.fontSize(11).text(PROSE.slice(paragraph).concat(PROSE.slice(0, paragraph)).join(' '));
        document.moveDown();
      }
    }
  });
}

/** A one-page text PDF that opens only with the user password `secret`. */
export function encryptedPdf(): Promise<Buffer> {
  return collect(new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }), (document) => {
    document.fontSize(11).text(PROSE.join(' '));
  });
}

/** The first half of the bytes of a valid PDF (no catalog, no xref, no trailer). */
export async function truncatedPdf(): Promise<Buffer> {
  const whole = await textReportPdf(3);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A page holding only a raster image: no text layer, a scan in need of OCR. */
export function imageOnlyPdf(): Promise<Buffer> {
  return collect(new PDFDocument(), (document) => {
    document.image(grayPng(200, 120), 72, 72, { width: 400 });
  });
}

/** An HTML page, to be saved under a `.pdf` name. */
export const HTML_PAGE = `<!doctype html>
<html><head><title>Report not found</title></head>
<body><h1>404 Not Found</h1><p>The inspection report you asked for has moved.</p></body></html>
`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 8-bit grayscale PNG with a diagonal gradient, written by hand (signature, IHDR, IDAT, IEND). */
export function grayPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // colour type 0: grayscale
  // bytes 10-12: compression, filter, interlace all 0
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter type None
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x + y) % 256;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A deflate "bomb": a small, valid one-page PDF whose FlateDecode content stream inflates to
 * `inflatedMb` MB of `BT /F1 12 Tf 0 0 Td (x) Tj ET` operators, which keeps pdf-parse busy on its
 * thread for a long time. Measured on the 2-vCPU dev VM (pdf-parse 2.4.5, one direct `getText()`
 * on the main thread, no worker): the default 128 MB (a 326 KB file, built in 0.3 s) took 23.4 s
 * and 1.9 GB RSS; 64 MB (163 KB) took 11.4 s; 16 MB took 2.9 s. So a `--timeout 2` run must stop it.
 * Written by hand (scripts/fuzz/pdf-objects.ts): the content stream has to be exactly these operators, deflated once.
 */
export function deflateBombPdf(inflatedMb = 128): Buffer {
  return flateBomb(inflatedMb);
}
