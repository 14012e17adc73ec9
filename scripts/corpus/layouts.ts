/** Page layouts (data): fonts, margins, columns, running headers and footers. */

export interface Layout {
  id: string;
  font: string;
  bold: string;
  size: number;
  /** Line height in points. */
  leading: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Body sections (context onwards) set in two columns. */
  twoColumnBody: boolean;
  gutter: number;
  /** Split long words with "-" at line ends. */
  hyphenate: boolean;
  headingSizes: [number, number, number];
  bullet: string;
  /** Running header; null for none. */
  header(council: string, service: string): string | null;
  headerAlign: 'left' | 'center' | 'right';
  footer(page: number, total: number): string;
  footerAlign: 'left' | 'center' | 'right';
  /** A constant second footer line. */
  footerNote: string | null;
  /** Draw a rule under the header. */
  rule: boolean;
}

export const PAGE = { width: 595.28, height: 841.89 };

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'classic-helvetica',
    font: 'Helvetica', bold: 'Helvetica-Bold', size: 10.5, leading: 15,
    margin: { top: 78, bottom: 80, left: 72, right: 72 },
    twoColumnBody: false, gutter: 0, hyphenate: true, headingSizes: [17, 13, 11], bullet: '•',
    header: (council, service) => `${council} – ${service}`, headerAlign: 'left',
    footer: (p, t) => `Page ${p} of ${t}`, footerAlign: 'center', footerNote: null, rule: true,
  },
  {
    id: 'two-column-times',
    font: 'Times-Roman', bold: 'Times-Bold', size: 10.5, leading: 13.5,
    margin: { top: 70, bottom: 72, left: 56, right: 56 },
    twoColumnBody: true, gutter: 22, hyphenate: true, headingSizes: [18, 13, 11], bullet: '–',
    header: (council) => `Best Value Inspection Service | ${council}`, headerAlign: 'right',
    footer: (p) => `- ${p} -`, footerAlign: 'center', footerNote: null, rule: false,
  },
  {
    id: 'courier-typescript',
    font: 'Courier', bold: 'Courier-Bold', size: 9.5, leading: 13,
    margin: { top: 72, bottom: 72, left: 80, right: 70 },
    twoColumnBody: false, gutter: 0, hyphenate: false, headingSizes: [14, 12, 10], bullet: '*',
    header: () => 'Audit Commission - Best Value inspection report', headerAlign: 'center',
    footer: (p) => `${p}`, footerAlign: 'right', footerNote: null, rule: false,
  },
  {
    id: 'modern-wide',
    font: 'Helvetica', bold: 'Helvetica-Bold', size: 11, leading: 16,
    margin: { top: 84, bottom: 86, left: 90, right: 64 },
    twoColumnBody: false, gutter: 0, hyphenate: true, headingSizes: [19, 14, 11.5], bullet: '•',
    header: (_council, service) => `${service} inspection`, headerAlign: 'right',
    footer: (p, t) => `Page ${p} of ${t}`, footerAlign: 'right', footerNote: 'Audit Commission Best Value Inspection Service', rule: true,
  },
  {
    id: 'times-single',
    font: 'Times-Roman', bold: 'Times-Bold', size: 11.5, leading: 15,
    margin: { top: 76, bottom: 76, left: 68, right: 68 },
    twoColumnBody: false, gutter: 0, hyphenate: true, headingSizes: [18, 14, 12], bullet: '•',
    header: (council) => council, headerAlign: 'center',
    footer: (p) => `${p}`, footerAlign: 'center', footerNote: null, rule: false,
  },
];
