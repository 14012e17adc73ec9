/**
 * Long and huge text reports for scale measurements and tests: pages with a running header, a
 * page-number footer, headings, wrapped prose, table rows and list items, and a summary that
 * states a grade and a prospect, as an extractor gives them.
 */

const PROSE = [
  'The inspection team visited the service over four days and spoke with staff, residents and partners.',
  'Repairs to the network are completed on time in most cases, and users say they are kept informed of progress.',
  'The council has a clear plan for improvement, although some targets are not yet linked to its budget.',
  'Performance information is reported to members every quarter and is used to challenge managers.',
  'Complaints are handled promptly, and the lessons learned from them are shared across the directorate.',
  'There is no ICT strategy linked to the corporate plan, e.g. for the move to electronic services by 2005.',
  'Mr. Jones, the head of service, said the help desk had answered 94 per cent of calls within the target time.',
];

const SUMMARY = [
  'Summary',
  'We judge the council\'s ICT service to be fair, a one-star service, and we think it will probably improve.',
];

/** Wraps a paragraph into lines of at most `width` characters, as a PDF extractor gives them. */
function wrap(paragraph: string, width = 90): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) { lines.push(line); line = ''; }
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The body of page `number`: a heading, three paragraphs, a table row and a list item, varied by page. */
function body(number: number): string[] {
  const sentence = (k: number) => PROSE[(number * 3 + k) % PROSE.length]!.replace('four days', `${(number % 9) + 2} days`);
  const paragraph = (k: number) => wrap([sentence(k), sentence(k + 1), sentence(k + 2)].join(' '));
  return [
    `${(number % 12) + 1}.${(number % 5) + 1} Findings on part ${number}`,
    ...paragraph(0), '', ...paragraph(3),
    `Calls answered in ${2000 + (number % 3)}\t${80 + (number % 20)}%`,
    `• Staff at site ${number} have had training in the new system.`,
    ...paragraph(5),
  ];
}

/** A short page: a heading and one paragraph (a cheap long report for tests). */
function shortBody(number: number): string[] {
  return [`${(number % 12) + 1}.${(number % 5) + 1} Findings on part ${number}`, ...wrap(`${PROSE[number % PROSE.length]!} ${PROSE[(number + 3) % PROSE.length]!}`)];
}

/**
 * The raw text of each page of a report of `pages` pages (join with form feeds for a .txt file);
 * `short` pages hold a heading and one paragraph instead of a full page.
 */
export function longReportPages(pages: number, short = false): string[] {
  return Array.from({ length: pages }, (_, i) => {
    const number = i + 1;
    const content = short ? shortBody(number) : body(number);
    const lines = ['Anyshire County Council - ICT Services', ...(number === 1 ? SUMMARY : []), ...content, `Page ${number} of ${pages}`];
    return lines.join('\n');
  });
}

/** One page of about `bytes` characters of wrapped prose (a huge page, e.g. a table dumped as text). */
export function hugePage(bytes: number): string {
  const lines = [...SUMMARY];
  let size = 0;
  for (let number = 1; size < bytes; number++) {
    const part = body(number).join('\n');
    lines.push(part);
    size += part.length + 1;
  }
  return lines.join('\n');
}
