/**
 * Layouts read by position and label (the marked grid), and a layout reading beside a prose reading:
 * agreement raises confidence, disagreement is a warning quoting both; and the council named on a front page.
 */
import { describe, expect, it } from 'vitest';
import { readGrids } from '../src/classify/grid.js';
import { bestValueScheme } from '../src/scheme/index.js';
import { analysePages } from './helpers/analyse.js';

const scales = [bestValueScheme.grade, bestValueScheme.prospect];
const tokens = (page: string) => readGrids([{ number: 1, text: page }], scales).map((reading) => [...reading.values.values()].map((value) => value.token));

describe('the marked scoring grid', () => {
  it.each([
    ['tab columns, prospects down the side', 'Scoring\n\tpoor\tfair\tgood\texcellent\nExcellent\nPromising\t\t\t*\nUncertain\nPoor\n', ['promising', 'good']],
    ['aligned spaces, grades down the side', '        Poor      Uncertain      Promising      Excellent\nExcellent\nGood                                 x\nFair\nPoor\n', ['good', 'promising']],
    ['ticked boxes, header at the foot', 'Yes      [ ]   [ ]   [ ]   [ ]\nProbably [ ]   [x]   [ ]   [ ]\nUnlikely [ ]   [ ]   [ ]   [ ]\nNo       [ ]   [ ]   [ ]   [ ]\n         Poor  Fair  Good  Excellent\n', ['probably', 'fair']],
    ['star counts as the grade labels, a bracketed mark', '\t0 stars\t1 star\t2 stars\t3 stars\nWill improve\t[ ]\t[ ]\t[ ]\t[ ]\nWill probably improve\t[ ]\t[ ]\t[ x ]\t[ ]\nUnlikely to improve\t[ ]\t[ ]\t[ ]\t[ ]\nWill not improve\t[ ]\t[ ]\t[ ]\t[ ]\n', ['probably', 'good']],
    ['a caption wrapped beside the rows, a tick left of its column\'s centre', '                 Prospects\n            Poor    Uncertain    Promising    Excellent\nHow     Excellent\ngood?   Good\n        Fair          ✓\n        Poor\n', ['fair', 'uncertain']],
    ['a filled diamond among hollow circles', '\tPoor\tFair\tGood\tExcellent\nExcellent\t○\t○\t○\t○\nPromising\t○\t○\t○\t○\nUncertain\t○\t○\t◆\t○\nPoor\t○\t○\t○\t○\n', ['uncertain', 'good']],
    ['a header wrapped over two lines, the mark under the start of its column', 'Chart\n          Will not    Unlikely to    Will probably    Will\n          improve     improve        improve          improve\nExcellent\nGood\nFair                  x\nPoor\n', ['fair', 'unlikely']],
    ['a cell drawn under every column, the header off true at the foot', 'Excellent     -      -      -      -\nGood          -      -      -      x\nFair          -      -      -      -\nPoor          -      -      -      -\n              Poor   Uncertain   Promising   Excellent\n', ['good', 'excellent']],
    ['star counts alone as the grade labels, digits and asterisks', '\tPoor\tUncertain\tPromising\tExcellent\n3\t\t\t\t\n2\t\tX\t\t\n1\t\t\t\t\n0\t\t\t\t\n', ['good', 'uncertain']],
    ['tabs, the axis caption in the first column beside the rows, the labels in the second', 'How good is\tExcellent\t\t\t\t\nthe service?\tGood\t\t\t\t\n\tFair\t\t\t✓\t\n\tPoor\t\t\t\t\n\t\tWill not\tUnlikely to\tWill probably\tWill\n\t\timprove\timprove\timprove\timprove\n', ['fair', 'probably']],
    ['tabs, grades down the side, a single asterisk in the one-star row under a prospect column', 'Excellent\t\t\t\t\nGood\t\t\t\t\nFair\t\t\t*\t\nPoor\t\t\t\t\n\tPoor\tUncertain\tPromising\tExcellent\n', ['fair', 'promising']],
    ['asterisk labels before the grade word, a solid star as the mark', '\tPoor\tUncertain\tPromising\tExcellent\n***  Excellent\t\t\t★\t\n**  Good\t\t\t\t\n*  Fair\t\t\t\t\nPoor\t\t\t\t\n', ['excellent', 'promising']],
    ['ruled rows whose labels wrap onto the line below', '                 Poor       Fair        Good        Excellent\n   Will improve   |          |           |           |           |\n   Will probably  |          |           |           |     ✓     |\n   improve\n   Unlikely to    |          |           |           |           |\n   improve\n   Will not       |          |           |           |           |\n   improve\n', ['probably', 'excellent']],
    ['empty rows whose labels wrap, laid out with spaces', '                 Poor       Fair        Good        Excellent\nWill improve\nWill probably\nimprove\nUnlikely to\nimprove\nWill not                    X\nimprove\n', ['will-not', 'fair']],
    ['rows parted by dotted rules, the axis caption between them', '                      Poor         Fair         Good         Excellent\n                   .....................................................\n   Excellent       :            :            :            :            :\n                   .....................................................\n   Promising       :            :            :            :            :\nProspects          .....................................................\nfor                :            :            :            :            :\nimprovement        :            :            :            :            :\n   Uncertain       :            :            :      ●     :            :\n                   .....................................................\n   Poor            :            :            :            :            :\n', ['uncertain', 'good']],
    ['a pipe table, rows labelled by their stars with the word in brackets', '|                    | Poor | Uncertain | Promising | Excellent |\n| 0 stars (poor)     |      |           |           |           |\n| 1 star (fair)      |  X   |           |           |           |\n| 2 stars (good)     |      |           |           |           |\n| 3 stars (excellent)|      |           |           |           |\n', ['fair', 'poor']],
  ])('reads the mark by its row and column: %s', (_name, page, expected) => {
    expect(tokens(page)).toEqual([expected]);
  });

  it.each([
    ['no mark (a key to the scale)', 'Scoring\n\tpoor\tfair\tgood\texcellent\nExcellent\nPromising\nUncertain\nPoor\n'],
    ['two marks', 'Scoring\n\tpoor\tfair\tgood\texcellent\nExcellent\t*\nPromising\t\t\t*\nUncertain\nPoor\n'],
    ['stars that label the grade rows', '\tPoor\tUncertain\tPromising\tExcellent\nExcellent\t***\nGood\t**\nFair\t*\nPoor\n'],
  ])('reads nothing when %s', (_name, page) => {
    expect(tokens(page)).toEqual([]);
  });
});

describe('a marked grid over a page break', () => {
  it('reads rows that run on after the running footer and header', () => {
    const pages = [
      { number: 1, text: 'Scoring chart\n\tPoor\tFair\tGood\tExcellent\nWill improve\t\t\t\t\nWill probably improve\t\t\t\t\nNorthby Council - Leisure\t4\n' },
      { number: 2, text: 'Best Value Inspection Service\nUnlikely to improve\t\t\t*\t\nWill not improve\t\t\t\t\n' },
    ];
    const readings = readGrids(pages, scales);
    expect(readings.map((reading) => [...reading.values.values()].map((value) => value.token))).toEqual([['unlikely', 'good']]);
    expect(readings[0]!.page).toBe(2);
  });

  it('reads a ruled grid whose header has no cell over the labels\' column by its rules', () => {
    const page = 'Scoring chart\n                  No | Unlikely | Probably | Yes\nExcellent   |    |          |          |\nGood        |    |          |          | ★\nFair        |    |          |          |\nPoor        |    |          |          |\n';
    const readings = readGrids([{ number: 1, text: page }], scales);
    expect(readings.map((reading) => [...reading.values.values()].map((value) => value.token))).toEqual([['good', 'will']]);
  });

  it('reads a grid whose column labels wrap over three lines below it', () => {
    const rule = '                        |__________|__________|__________|__________|';
    const row = (label: string, mark: number) => `            ${label.padEnd(12)}|${[0, 1, 2, 3].map((k) => (k === mark ? '    x     ' : '          ')).join('|')}|`;
    const page = ['Scoring chart', row('Excellent', -1), rule, row('Good', -1), rule, row('Fair', 1), rule, row('Poor', -1), rule,
      '                          Will not   Unlikely   Will       Will', '                          improve    to         probably   improve', '                                     improve    improve', ''].join('\n');
    const readings = readGrids([{ number: 1, text: page }], scales);
    expect(readings.map((reading) => [...reading.values.values()].map((value) => value.token))).toEqual([['fair', 'unlikely']]);
  });

  it('reads a grid set out cell by cell, each line naming its row and column', () => {
    const grades = ['Excellent', 'Good', 'Fair', 'Poor'], prospects = ['Yes', 'Probably', 'Unlikely', 'No'];
    const page = ['Scoring chart', ...grades.flatMap((grade) => prospects.map((prospect) => `${grade} / ${prospect} ${grade === 'Fair' && prospect === 'Probably' ? '[x]' : '[ ]'}`))].join('\n');
    const readings = readGrids([{ number: 1, text: `${page}\n` }], scales);
    expect(readings.map((reading) => [...reading.values.values()].map((value) => value.token))).toEqual([['fair', 'probably']]);
    expect(readings[0]!.line).toBe('Fair / Probably [x]');
  });

  it('takes no statement from the grid\'s own axis words', async () => {
    // The caption "Prospects for" beside a grid row reads as a row label and value unless the grid is known.
    const document = await analysePages(['Summary\nProspects for         excellent\nimprovement           promising\n                      uncertain\n                      poor                  ●\n\n                                poor      fair      good      excellent\n']);
    expect(document.prospect?.value).toBe('poor');
    expect(document.grade?.value).toBe('fair');
    expect(document.messages.filter((message) => /disagree/.test(message.rule))).toEqual([]);
  });
});

describe('label-value pairs in running text', () => {
  it('reads a numbered label whose quoted answer ends its sentence before the reasons', async () => {
    const document = await analysePages(['Inspection report: ICT services\nAudit Commission, October 2003', 'Our judgements at a glance\n2. Prospects: "Uncertain." Reasons: a promising start on the plan, but no money set aside for its second phase.\n']);
    expect(document.prospect?.value).toBe('uncertain');
  });
});

describe('a judgement table whose values are phrases', () => {
  it('reads a value phrase past the empty column of a ruled table', async () => {
    const table = '   +--------------------------+-----------------------------+\n   | How good is the service? |   | a fair, one-star service |\n   +--------------------------+-----------------------------+\n   | Prospects for improvement? |   | promising prospects for improvement |\n   +--------------------------+-----------------------------+\n';
    const document = await analysePages([`ICT Services\nAudit Commission, May 2003\n\nSummary\n\n${table}`]);
    expect(document.grade?.value).toBe('fair');
    expect(document.prospect?.value).toBe('promising');
  });
});

describe('a layout reading beside a prose reading', () => {
  it('warns, quoting both, when the layout and the prose disagree', async () => {
    const document = await analysePages([`Summary\nHow good is the service?\tGood\nIn our view this is a fair, one-star service.\n`]);
    const warning = document.messages.find((message) => message.rule === 'layout-prose-disagree');
    expect(warning?.text).toMatch(/the layout reads "good" \(page 1: How good is the service\? \| Good\) but the prose reads "fair" \(page 1: In our view this is a fair, one-star service\.\)/);
  });

  it('is more confident when the layout and the prose agree than on the prose alone', async () => {
    const prose = 'In our view this is a fair, one-star service.';
    const alone = await analysePages([`Summary\n${prose}\n`]);
    const both = await analysePages([`Summary\nHow good is the service?\tFair\n${prose}\n`]);
    expect(alone.grade?.value).toBe('fair');
    expect(both.grade?.value).toBe('fair');
    expect(both.grade!.confidence).toBeGreaterThan(alone.grade!.confidence);
  });

  it("reads the verdict of a sentence that a grid's bracketed key ran into, and not the key", async () => {
    const key = '(stars: 3 = excellent, 2 = good, 1 = fair, 0 = poor)';
    const document = await analysePages([`Summary\n${key}\n\nWe have judged that the council's library service is fair: it is well used but its stock is tired.\n`]);
    expect(document.grade?.value).toBe('fair');
    const alone = await analysePages([`Summary\n${key}\n`]);
    expect(alone.grade?.value).toBeUndefined();
  });

  it('reads a grid ruled with vertical bars, its rows labelled beside a wrapped caption', async () => {
    const grid = [
      '                         Poor        Fair        Good        Excellent',
      '   Will it     Yes      |           |           |           |           |',
      '   improve?    Probably |           |           |     X     |           |',
      '               Unlikely |           |           |           |           |',
      '               No       |           |           |           |           |',
    ].join('\n');
    const document = await analysePages([`Scoring the service\n${grid}\n`]);
    expect([document.grade?.value, document.prospect?.value]).toEqual(['good', 'probably']);
  });

  it('takes a star count written with its star ("2*") as a row label beside a wrapped caption', async () => {
    const grid = [
      '                    Poor          Uncertain      Promising     Excellent',
      'A good       3*    |             |              |             |             |',
      'service?     2*    |             |              |     X       |             |',
      '             1*    |             |              |             |             |',
      '             0     |             |              |             |             |',
    ].join('\n');
    const document = await analysePages([`Scoring the service\n${grid}\n`]);
    expect([document.grade?.value, document.prospect?.value]).toEqual(['good', 'promising']);
  });
});

describe('a grid whose cells stand one per line', () => {
  it('reads the marked cell by its place in its row, the columns listed one per line below', () => {
    const page = ['Scoring chart', 'Excellent', '–', '–', '–', '–', 'Good', '–', '–', '–', '–', 'Fair', '–', '–', '✓', '–', 'Poor', '–', '–', '–', '–', 'Poor', 'Uncertain', 'Promising', 'Excellent', ''].join('\n');
    expect(tokens(page)).toEqual([['fair', 'promising']]);
    return analysePages([page]).then((document) => expect([document.grade?.value, document.prospect?.value]).toEqual(['fair', 'promising']));
  });
  it('takes the columns from a header set out as a table row, or from labels wrapped over two lines each', async () => {
    const rows = (axis: string[], marked: [number, number]) => axis.flatMap((label, r) => [label, ...[0, 1, 2, 3].map((k) => (r === marked[0] && k === marked[1] ? '•' : '–'))]);
    const ruled = ['Scoring chart', 'Columns, left to right: Poor | Fair | Good | Excellent',
      ...rows(['Excellent prospects', 'Promising prospects', 'Uncertain prospects', 'Poor prospects'], [2, 1]), ''].join('\n');
    expect(tokens(ruled)).toEqual([['uncertain', 'fair']]);
    const wrapped = ['Scoring chart', 'Poor', 'prospects', 'Uncertain', 'prospects', 'Promising', 'prospects', 'Excellent', 'prospects',
      ...rows(['Excellent', 'Good', 'Fair', 'Poor'], [1, 2]), ''].join('\n');
    expect(tokens(wrapped)).toEqual([['good', 'promising']]);
  });
  it('reads column labels set one space apart, and rows labelled with their stars before the word', async () => {
    const chart = 'Scoring chart\n                    Prospects for improvement\n                    Poor      Uncertain Promising Excellent\nA good service?\n3 stars Excellent\n2 stars Good                                        •\n1 star  Fair\n0 stars Poor\n';
    const document = await analysePages(['Audit Commission inspection report\nICT Services\nJune 2004\n', chart]);
    expect(document.grade?.value).toBe('good');
    expect(document.prospect?.value).toBe('excellent');
  });

  it('reads nothing when no cell is marked', async () => {
    const page = ['Scoring chart', 'Excellent', '–', '–', '–', '–', 'Good', '–', '–', '–', '–', 'Fair', '–', '–', '–', '–', 'Poor', '–', '–', '–', '–', 'Poor\tUncertain\tPromising\tExcellent', ''].join('\n');
    const document = await analysePages([page]);
    expect([document.grade?.value ?? null, document.prospect?.value ?? null]).toEqual([null, null]);
  });
});

describe('the council named on the front page', () => {
  it.each([
    ['a name whose next line is a service opening with "Council"', 'Redwater Borough Council\n\nCouncil Tax and Business Rates\n\nBest Value Inspection\n\nMarch 2001\n', 'Redwater Borough Council'],
    ['a name wrapped onto a second line', 'Broadmere Metropolitan Borough\nCouncil\n\nICT Services\n\nBest Value Inspection\n', 'Broadmere Metropolitan Borough Council'],
    ['a "London Borough of" name that owns its service', 'Report to the Executive\n\nThe London Borough of Coldwater\'s IT service: inspection outcome\n\nMarch 2001\n', 'London Borough of Coldwater'],
    ['a name below the inspectorate\'s, above "Council Tax"', 'Audit Commission\n\nCouncil Tax and Business Rates\n\nHartsmere District Council\n\nBest value inspection – May 2003\n', 'Hartsmere District Council'],
  ])('reads %s', async (_name, page, council) => {
    const document = await analysePages([page, 'Summary\nThe service is fair.\n']);
    expect(document.metadata?.council?.value).toBe(council);
  });
});

describe('the service named on the front page', () => {
  it('takes the title page\'s service before a sentence about an earlier inspection of another', async () => {
    const document = await analysePages([
      'Ambridge Borough Council\n\nInformation Technology\n\nBest Value Inspection Service\nJune 2001\n',
      'Summary\n\nWhen the Commission inspected Ambridge\'s benefits service in 1999 it found a poor service. That is not the picture\nwe found in IT today. Ambridge has a good, two-star IT service.\n',
    ]);
    expect(document.metadata?.service?.value).toBe('Information Technology');
    expect(document.grade?.value).toBe('good');
  });
});

describe('a re-inspection', () => {
  const pages = [
    'Re-inspection report\n\nInformation Technology\n\nNorthby City Council\n\nJune 2003\n\nAudit Commission\n',
    'Summary\n\n1. In April 2001 we inspected Northby City Council\'s IT service. At that time we judged it to be a poor service that was unlikely to improve. This re-inspection, carried out in March 2003, looks at the progress made since then.\n\n'
      + '2. The table below compares our judgements.\n\nApril 2001 inspection | March 2003 re-inspection\nHow good is the service? | Poor – no stars | Fair (one star)\nWill the service improve? | Unlikely to improve | Promising prospects\n',
  ];

  it('dates itself by its title page, not by the first inspection it recalls', async () => {
    const document = await analysePages(pages);
    expect(document.metadata?.publishedOn?.value).toBe('2003-06');
    expect(document.metadata?.inspectedOn?.value).toBe('2003-03');
  });

  it('reads the verdict under the later of two dated columns', async () => {
    const document = await analysePages(pages);
    expect([document.grade?.value, document.prospect?.value]).toEqual(['fair', 'promising']);
  });
});

describe('the inspection date', () => {
  it('is the date of the clause naming the inspection, not of the review before it', async () => {
    const document = await analysePages(['Wendlebury District Council\n\nIT Services\n\nJanuary 2002\n', 'Summary\n\nThe council completed its Best Value review of IT in September 2001 and we carried out our inspection in November 2001. The IT section gives a fair service.\n']);
    expect(document.metadata?.inspectedOn?.value).toBe('2001-11');
  });
});
