/** The text layer: normalisation, sections and sentences, table-driven over literal pages. */
import { describe, expect, it } from 'vitest';
import { normalisePages } from '../src/stages/normalise.js';
import { placeOf } from '../src/text/layout.js';
import { structure } from '../src/text/sentences.js';
import { bestValueScheme } from '../src/scheme/index.js';

const options = { topLevel: bestValueScheme.topLevelHeadings.map((s) => new RegExp(s, 'i')), abbreviations: bestValueScheme.abbreviations };
const pages = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
const BODIES = ['The council adopted its strategy in 1999.', 'Users wait weeks for new equipment.', 'Members rarely discuss technology.', 'Training budgets were cut last year.'];
const body = (n: number) => BODIES[(n - 1) % BODIES.length]!;

describe('normalise', () => {
  const cases: Array<{ name: string; input: string[]; contains?: string[]; lacks?: string[] }> = [
    { name: 'joins a word hyphenated at a line end', input: ['The council has no ICT strat-\negy for the depart-\nments.'], contains: ['no ICT strategy for the departments.'], lacks: ['strat-'] },
    { name: 'keeps a hyphen before a capital (not a wrap)', input: ['A Best Value-\nBased review.'], contains: ['Value-\nBased'] },
    { name: 'keeps a compound\'s own hyphen at a line end', input: ['The council\'s self-\nassessment called it a one-\nstar service with e-\ngovernment well-\nrun.'], contains: ['self-assessment', 'one-star', 'e-government', 'well-run'], lacks: ['selfassessment', 'onestar'] },
    { name: 'joins a syllable break after letters that could start a compound', input: ['The part-\nnership cleared the back-\nlog, as the month-\nly report shows.'], contains: ['partnership', 'backlog', 'monthly'] },
    { name: 'turns ligatures into letters (NFKC)', input: ['The ﬁnal ofﬁce ﬂoor.'], contains: ['The final office floor.'] },
    { name: 'removes soft hyphens and non-breaking spaces', input: ['inspec\u00adtion\u00a0team'], contains: ['inspection team'] },
    { name: 'turns tab-separated cells into a visible separator', input: ['How good is the service?\tFair\tOne star'], contains: ['How good is the service? | Fair | One star'] },
    {
      name: 'removes "Page N of M" footers and a running title repeated with page numbers',
      input: [1, 2, 3, 4].map((n) => `Anyshire County Council - ICT services ${n}\n${body(n)}\nPage ${n} of 4`),
      contains: [BODIES[0]!, BODIES[3]!], lacks: ['Page 2 of 4', 'Anyshire County Council - ICT'],
    },
    { name: 'removes "- N -" and bare page numbers at page edges', input: [1, 2, 3].map((n) => `${body(n)}\n${n % 2 ? `- ${n} -` : String(n)}`), lacks: ['- 1 -', '\n2\n', '- 3 -'] },
    {
      name: 'removes a title repeated with small variations (by similarity)',
      input: ['Audit Commission Best Value inspection report\n' + body(1), 'Audit Commission - Best Value inspection report\n' + body(2), 'Audit Commission Best Value inspection report.\n' + body(3)],
      lacks: ['Audit Commission'],
    },
    {
      name: 'reads a table drawn in box characters as cells, its rules as no text',
      input: ['┌──────────────────────────┬───────────────────────┬──────────────────────┐\n│ How good is the service? │ Good ★★               │ Claims are processed │\n│                          │                       │ quickly.             │\n├──────────────────────────┼───────────────────────┼──────────────────────┤\n│ Will the service improve? │ Yes – it will improve │ A clear, funded plan. │\n└──────────────────────────┴───────────────────────┴──────────────────────┘'],
      contains: ['How good is the service? | Good ★★ | Claims are processed\nquickly.\nWill the service improve? | Yes – it will improve | A clear, funded plan.'], lacks: ['─', '│', '┌'],
    },
    {
      name: "keeps the front page's council name when the running header adds the service to it",
      input: ['Best Value Inspection\nStanmoor County Council\nOctober 2002\n' + body(1), ...[2, 3, 4].map((n) => `Stanmoor County Council ICT                ${n}\n${body(n)}`)],
      contains: ['Best Value Inspection\nStanmoor County Council\nOctober 2002'], lacks: ['Council ICT'],
    },
    { name: 'keeps a line that is not repeated across pages', input: ['Summary\n' + body(1), 'Recommendations\n' + body(2), 'Appendix\n' + body(3)], contains: ['Summary', 'Recommendations', 'Appendix'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text } = normalisePages(pages(...c.input));
      for (const piece of c.contains ?? []) expect(text).toContain(piece);
      for (const piece of c.lacks ?? []) expect(text).not.toContain(piece);
    });
  }

  it('reads side-by-side columns of prose left column first, keeping offsets', () => {
    const raw = 'Summary\nThe inspectors judged that this\tThe council runs three large\nservice is a good service that\tlibraries and nine branches in\nwill probably improve soon.\tthe market towns of the north.\nEnd of page.';
    const layer = normalisePages(pages(raw));
    expect(layer.text).toContain('The inspectors judged that this\nservice is a good service that\nwill probably improve soon.\nThe council runs three large');
    const at = layer.text.indexOf('libraries and nine');
    expect(placeOf(layer, at)).toEqual({ page: 1, offset: raw.indexOf('libraries and nine') });
  });

  it('leaves a table of labels and short values as rows', () => {
    const { text } = normalisePages(pages('Scores\nHow good is the service?\tFair\nWill the service improve?\tProbably\nIs the plan costed?\tNo'));
    expect(text).toContain('How good is the service? | Fair\nWill the service improve? | Probably');
  });

  it('removes a long running title that interrupts a sentence at a page break, and keeps prose lines', () => {
    const title = 'Caerwen County Borough Council – Information and Communication Technology';
    const layer = normalisePages(pages(`${title}\nSummary\nOverall the inspection team considers that the ICT service is a good\n24`, `${title}\n\nservice, with promising prospects.`));
    expect(layer.text).toContain('is a good\nservice, with promising prospects.');
    // On one page, a long line that is not the front page's title is text, not furniture.
    const prose = normalisePages(pages('Summary\nThe council has made real progress on most parts of its ICT\nstrategy but users still wait.'));
    expect(prose.text).toContain('The council has made real progress on most parts of its ICT\nstrategy');
  });

  it('maps normalised offsets back to the page and raw offset', () => {
    const raw = ['Header A\nFirst page text.\nPage 1 of 2', 'Header A\nSecond page starts here.\nPage 2 of 2'];
    const layer = normalisePages(pages(...raw));
    const at = layer.text.indexOf('Second');
    expect(placeOf(layer, at)).toEqual({ page: 2, offset: raw[1]!.indexOf('Second') });
  });
});

function units(...texts: string[]) {
  return structure(normalisePages(pages(...texts)), options);
}

describe('sections', () => {
  it('gives every sentence its section path, nesting sub-headings under top-level ones', () => {
    const { sentences } = units('Summary\nThe service is fair.\nHow good is the service?\nDoes the service meet these aims?\nThe aims are clear. Users agree.\nRecommendations\nThe council should act.');
    const of = (text: string) => sentences.find((s) => s.text === text)?.section;
    expect(of('The service is fair.')).toBe('Summary');
    expect(of('The aims are clear.')).toBe('How good is the service? > Does the service meet these aims?');
    expect(of('The council should act.')).toBe('Recommendations');
  });
  it('nests numbered headings by their depth', () => {
    const { sections } = units('1 Introduction\nText here.\n1.2 Scope of the review\nMore text.\n2 Findings\nEnd.');
    expect(sections.map((s) => [s.level, s.path])).toEqual([[1, '1 Introduction'], [2, '1 Introduction > 1.2 Scope of the review'], [1, '2 Findings']]);
  });
  it('does not take the first line of a wrapped paragraph for a heading', () => {
    const { sections } = units('Summary\nThe council has made progress on its ICT\nstrategy but users still wait.');
    expect(sections.map((s) => s.heading)).toEqual(['Summary']);
  });
  it('does not take a wrapped line that opens with a pronoun and a verb for a heading, however capitalised the next line', () => {
    const { sections, sentences } = units('Summary\nWe have judged that Wyvern Cross District Council provides a good, two-star\nICT service that has promising prospects for improvement.');
    expect(sections.map((s) => s.heading)).toEqual(['Summary']);
    expect(sentences.filter((s) => s.kind === 'sentence').map((s) => s.text)).toEqual(['We have judged that Wyvern Cross District Council provides a good, two-star ICT service that has promising prospects for improvement.']);
  });
  it('takes a whole question line for a heading even after a table cell left without a full stop', () => {
    const { sections, sentences } = units('How good is the service?\nPoor – the service has no stars\nUsers wait days for a repair, the network is slow and the main systems fail often\nWill the service improve?\nNo, it will not improve\nThere is no improvement plan');
    expect(sections.map((s) => s.heading)).toContain('Will the service improve?');
    expect(sentences.find((s) => s.text.startsWith('Users wait'))?.text).toBe('Users wait days for a repair, the network is slow and the main systems fail often');
  });
  it('reads a top-level heading beside its page number as the heading, and other label-number pairs as rows', () => {
    const { sections, sentences } = units('Summary          3\nThe service is fair.\nGood          2');
    expect(sections.map((s) => s.heading)).toEqual(['Summary']);
    expect(sentences.map((s) => [s.kind, s.section])).toEqual([['heading', 'Summary'], ['sentence', 'Summary'], ['row', 'Summary']]);
    // Entries of a table of contents stay rows.
    const contents = units('Contents\nSummary          3\nRecommendations          5\nAppendix          9');
    expect(contents.sentences.map((s) => s.kind)).toEqual(['heading', 'row', 'row', 'row']);
  });
  it('reads lines drawn inside a box, bars padded with spaces, as text, not as table rows', () => {
    const { sentences } = units('+------------------------------+\n| Summary                      |\n| The ICT service is a         |\n| good, two-star service.      |\n+------------------------------+');
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([['heading', 'Summary'], ['sentence', 'The ICT service is a good, two-star service.']]);
  });
  it('takes a heading set between rules for a heading', () => {
    const { sections, sentences } = units('-------------------------------------------------------------------------------------\n  SUMMARY\n-------------------------------------------------------------------------------------\nThe service is fair.');
    expect(sections.map((s) => s.heading)).toEqual(['SUMMARY']);
    expect(sentences.find((s) => s.kind === 'sentence')).toMatchObject({ text: 'The service is fair.', section: 'SUMMARY' });
  });
  it('takes a long title of parts between dashes, and the short heading under it, for headings', () => {
    const title = 'Northby Borough Council – Parks and Open Spaces – Best Value Inspection – July 2001';
    const { sections, sentences } = units(`${title}\nSummary\nThe parks service is a good service.`);
    expect(sections.map((s) => s.heading)).toEqual([title, 'Summary']);
    expect(sentences.find((s) => s.kind === 'sentence')).toMatchObject({ text: 'The parks service is a good service.', section: 'Summary' });
  });
});

describe('sentences', () => {
  const cases: Array<{ name: string; input: string[]; expected: string[] }> = [
    { name: 'does not split after abbreviations and initials', input: ['Mr. J. Smith met us, e.g. on site. The help desk, i.e. the ICT section, replied.'], expected: ['Mr. J. Smith met us, e.g. on site.', 'The help desk, i.e. the ICT section, replied.'] },
    { name: 'does not split decimals and money', input: ['The budget is £3.5m this year. It was 2.4 per cent higher.'], expected: ['The budget is £3.5m this year.', 'It was 2.4 per cent higher.'] },
    { name: 'joins a sentence wrapped over lines', input: ['We judge the service to be\nfair and that it will probably\nimprove.'], expected: ['We judge the service to be fair and that it will probably improve.'] },
    { name: 'keeps list items as units', input: ['We recommend that the council:\n• agrees a strategy;\n• trains its staff.'], expected: ['We recommend that the council:', '• agrees a strategy;', '• trains its staff.'] },
    { name: 'keeps dash items after a colon as units', input: ['The weaknesses are:\n– a strategy with no targets;\n– no training plan.'], expected: ['The weaknesses are:', '– a strategy with no targets;', '– no training plan.'] },
    { name: 'carries on a sentence whose next line opens with a dash aside', input: ['The service – which runs the network\nand the help desk\n– is a fair service.'], expected: ['The service – which runs the network and the help desk – is a fair service.'] },
    { name: 'keeps a table row as one unit', input: ['Scores\nHow good is the service?\tGood\tTwo stars\nThe chart follows.'], expected: ['Scores', 'How good is the service? | Good | Two stars', 'The chart follows.'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(units(...c.input).sentences.map((s) => s.text)).toEqual(c.expected);
    });
  }

  it('keeps a sentence that crosses a page break as one, with both pages', () => {
    const raw = [
      'Report header\nSummary\nWe consider that the council\'s ICT service is a fair, one-star service that\nPage 1 of 3',
      'Report header\nwill probably improve. The plan is sound.\nPage 2 of 3',
      'Report header\nAppendix\nNothing more.\nPage 3 of 3',
    ];
    const sentence = units(...raw).sentences.find((s) => s.text.startsWith('We consider'))!;
    expect(sentence.text).toBe("We consider that the council's ICT service is a fair, one-star service that will probably improve.");
    expect([sentence.pageStart, sentence.pageEnd]).toEqual([1, 2]);
    expect(raw[0]!.slice(sentence.rawStart)).toMatch(/^We consider/);
    expect(raw[1]!.slice(0, sentence.rawEnd)).toMatch(/improve\.$/);
  });
});
