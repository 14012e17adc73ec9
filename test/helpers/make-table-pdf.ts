/** Inspection-report front pages drawn with pdfkit at set positions: judgement tables in the layouts real reports use. */
import PDFDocument from 'pdfkit';

/** A piece of text drawn at (x, y) on a page, in a box `width` wide (wrapping within it). */
export interface Placed {
  text: string;
  x: number;
  y: number;
  width?: number;
}

/** A PDF whose pages hold the given placed texts, drawn in the order given (the order a PDF's content stream keeps). */
export function placedPdf(pages: readonly (readonly Placed[])[]): Promise<Buffer> {
  const document = new PDFDocument({ autoFirstPage: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    for (const page of pages) {
      document.addPage();
      for (const item of page) document.fontSize(11).text(item.text, item.x, item.y, { width: item.width ?? 460, lineBreak: true });
    }
    document.end();
  });
}

/** Lines of text from the top of the page, one every 16 points, at the left margin. */
export function lines(texts: readonly string[], top = 72): Placed[] {
  return texts.map((text, index) => ({ text, x: 72, y: top + index * 16 }));
}
