/** Reading dates as reports write them: "12 March 2001", "12-14 March 2001", "28 February to 2 March 2001", "March 2001". */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const FULL = new RegExp(`\\b${DAY}\\s+${MONTH}(?:\\s+(\\d{4}))?(?:\\s*(?:-|–|—|to|and|until)\\s*${DAY}(?:\\s+${MONTH})?)?\\s*,?\\s+(\\d{4})?`, 'i');
const RANGE_SAME_MONTH = new RegExp(`\\b${DAY}\\s*(?:-|–|—|to|and)\\s*${DAY}\\s+${MONTH}\\s+(\\d{4})`, 'i');
const MONTH_ONLY = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

function month(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, m: number, day?: number): boolean {
  return year >= 1990 && year <= 2100 && m >= 1 && m <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

/** The first date in the text as `YYYY-MM-DD` (or `YYYY-MM` when only a month is given); null if none. */
export function firstDate(text: string): string | null {
  const range = RANGE_SAME_MONTH.exec(text);
  const full = FULL.exec(text);
  if (range && (!full || range.index <= full.index)) {
    const year = Number(range[4]), m = month(range[3]!), day = Number(range[1]);
    if (valid(year, m, day)) return `${year}-${pad(m)}-${pad(day)}`;
  }
  if (full) {
    const year = Number(full[3] ?? full[6]), m = month(full[2]!), day = Number(full[1]);
    if (valid(year, m, day)) return `${year}-${pad(m)}-${pad(day)}`;
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const year = Number(numeric[3]), m = Number(numeric[2]), day = Number(numeric[1]);
    if (valid(year, m, day)) return `${year}-${pad(m)}-${pad(day)}`;
  }
  const monthOnly = MONTH_ONLY.exec(text);
  if (monthOnly) {
    const year = Number(monthOnly[2]), m = month(monthOnly[1]!);
    if (valid(year, m)) return `${year}-${pad(m)}`;
  }
  return null;
}
