/** Hand-built PDFs for hostile inputs: numbered objects written with a correct xref table. */
import { deflateSync } from 'node:zlib';

/** A PDF whose object n (from 1) is `objects[n - 1]`; object 1 must be the catalog. */
export function pdfFromObjects(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  }
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const size = objects.length + 1;
  parts.push(Buffer.from(`xref\n0 ${size}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const page = (parent: number, contents: number) => `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents ${contents} 0 R >>`;

/** A stream object, deflated when `flate`. */
function stream(content: Buffer, flate: boolean): Buffer {
  const data = flate ? deflateSync(content, { level: 9 }) : content;
  return Buffer.concat([Buffer.from(`<< /Length ${data.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A one-page PDF whose content stream inflates to `megabytes` MB of text operators. */
export function flateBomb(megabytes: number): Buffer {
  const unit = Buffer.from('BT /F1 12 Tf 0 0 Td (x) Tj ET\n', 'latin1');
  const content = Buffer.alloc(Math.ceil((megabytes * 1024 * 1024) / unit.length) * unit.length);
  for (let offset = 0; offset < content.length; offset += unit.length) unit.copy(content, offset);
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(2, 5), FONT, stream(content, true)]);
}

/** A page tree whose node lists itself (and its parent) among its kids: a cycle. */
export function pageTreeCycle(): Buffer {
  const text = Buffer.from('BT /F1 12 Tf 72 700 Td (A page in a cyclic tree.) Tj ET\n', 'latin1');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R 2 0 R] /Count 3 >>',
    page(2, 5),
    FONT,
    stream(text, false),
    '<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 2 0 R] /Count 2 >>',
  ]);
}
