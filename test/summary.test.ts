/** The summary article: figures equal the counts planted in generated corpora, run through the real CLI. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSummary } from '../src/summary/index.js';
import { count } from '../src/summary/format.js';
import { repoRoot, runCli, tempFolders } from './helpers/cli.js';

const E2E_TIMEOUT = 120_000;
const temp = tempFolders('inspection-miner-summary-');
afterAll(() => temp.removeAll());

const GRADES = ['poor', 'fair', 'good', 'excellent'] as const;
const STARS = ['no stars', 'one star', 'two stars', 'three stars'];
const PROSPECTS = ['will not improve', 'is unlikely to improve', 'will probably improve', 'will improve'];
type Grade = (typeof GRADES)[number];

/** One planted report: a judgement (grade, prospect ordinal, month) or a document without one. */
type Planted = { grade: Grade; prospect: 0 | 1 | 2 | 3; month: string } | { kind: 'draft' | 'empty' | 'docx' };

/** `count` reports with the grade, spreading prospects as given (`[0, 0, 2, 3]` = two each of 2 and 3). */
function reports(grade: Grade, prospects: Array<0 | 1 | 2 | 3>, month = '2001-07'): Planted[] {
  return prospects.map((prospect) => ({ grade, prospect, month }));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function reportText(planted: Planted, i: number): string {
  if ('kind' in planted) return planted.kind === 'draft' ? `Draft report ${i} on the housing service. Scores to be confirmed.\n` : '';
  const [year, month] = planted.month.split('-');
  const grade = GRADES.indexOf(planted.grade);
  return [
    'Best Value Inspection Service',
    `Inspection of Town${i} Borough Council's housing service`,
    `The inspection took place in ${MONTH_NAMES[Number(month) - 1]} ${year}.`,
    'Summary',
    `We judge the service to be ${planted.grade} (${STARS[grade]}) and that it ${PROSPECTS[planted.prospect]}.`,
    '',
  ].join('\n');
}

/** Writes the corpus, runs the real pipeline CLI over it, and returns the output folder. */
async function pipeline(corpus: Planted[], extra: Record<string, string> = {}): Promise<string> {
  const input = await temp.make();
  const out = await temp.make();
  await Promise.all(corpus.map((planted, i) => {
    const name = 'kind' in planted && planted.kind === 'docx' ? `letter${i}.docx` : `report${i}.txt`;
    return writeFile(join(input, name), 'kind' in planted && planted.kind === 'docx' ? 'PK\u0003\u0004 not really' : reportText(planted, i));
  }));
  for (const [name, text] of Object.entries(extra)) await writeFile(join(input, name), text);
  const result = await runCli(['--input', input, '--out', out, '--quiet', '--concurrency', '2'], E2E_TIMEOUT);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

/** The counts the article should print, derived from the planted labels alone. */
function expected(corpus: Planted[]) {
  const judged = corpus.filter((p): p is Extract<Planted, { grade: Grade }> => 'grade' in p);
  const n = judged.length;
  const grades = Object.fromEntries(GRADES.map((g) => [g, judged.filter((p) => p.grade === g).length])) as Record<Grade, number>;
  const pct = (count: number) => `${Math.round((100 * count) / n)}%`;
  return {
    n, grades, pct,
    poorOrFair: grades.poor + grades.fair,
    goodOrBetter: grades.good + grades.excellent,
    improve: judged.filter((p) => p.prospect >= 2).length,
    matrix: GRADES.map((g) => [0, 1, 2, 3].map((o) => judged.filter((p) => p.grade === g && p.prospect === o).length)),
  };
}

const read = (out: string, name: string) => readFileSync(join(out, name), 'utf8');

const weak: Planted[] = [
  ...reports('poor', [0, 0, 1, 1, 2, 2, 2, 3]), ...reports('fair', [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 0, 1, 2, 2]),
  ...reports('good', [2, 2, 3, 3, 1]), { kind: 'draft' }, { kind: 'draft' }, { kind: 'empty' }, { kind: 'docx' },
];
const strong: Planted[] = [...reports('poor', [0, 1]), ...reports('fair', [1, 2, 2, 1]), ...reports('good', [2, 2, 3, 3, 3, 2, 2, 1, 3, 2, 2, 3]), ...reports('excellent', [3, 3, 2])];
const split: Planted[] = [...reports('poor', [0, 1, 1, 2, 2]), ...reports('fair', [1, 2, 2, 3, 0]), ...reports('good', [2, 2, 3, 3, 1, 2]), ...reports('excellent', [3, 3, 2, 3])];
const improving: Planted[] = [...reports('poor', [0, 1, 1, 2, 1], '2000-06'), ...reports('fair', [2], '2000-09'), ...reports('good', [2, 3, 3, 2, 2, 3], '2002-03')];
const allExcellent: Planted[] = reports('excellent', [3, 3, 2]);
const noAssessments: Planted[] = [{ kind: 'draft' }, { kind: 'draft' }, { kind: 'docx' }];

/** A PDF corpus from `npm run corpus` (scripts/make-corpus.ts) with its labels, run through the pipeline. */
async function generatedCorpus(): Promise<{ out: string; labels: Array<{ grade: string; prospect: string; inspected_on: string }> }> {
  const folder = await temp.make();
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-corpus.ts', '--seed', '11', '--count', '20', '--out', folder, '--no-extras',
    '--grades', 'poor=2,fair=3,good=11,excellent=4', '--prospects', 'will-not=1,unlikely=4,probably=9,will=6'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(made.status, made.stderr).toBe(0);
  const out = await temp.make();
  const result = await runCli(['--input', join(folder, 'reports'), '--out', out, '--quiet', '--concurrency', '2'], E2E_TIMEOUT);
  expect(result.code, result.stderr).toBe(0);
  return { out, labels: JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) };
}

const outs: Record<string, string> = {};
let generated: Awaited<ReturnType<typeof generatedCorpus>>;
beforeAll(async () => {
  const corpora = { weak, strong, split, improving, allExcellent, noAssessments, empty: [] as Planted[] };
  await Promise.all([
    ...Object.entries(corpora).map(async ([name, corpus]) => { outs[name] = await pipeline(corpus); }),
    generatedCorpus().then((result) => { generated = result; }),
  ]);
  // Eight pipeline runs at once: on a shared two-core machine they may take several minutes.
}, 3 * E2E_TIMEOUT);

describe('the summary article written at the end of a pipeline run', () => {
  it.each([
    ['weak', weak, 'Most services fall short: more than 80% graded poor or fair'],
    ['strong', strong, 'Most services are good or better: more than 70% graded good or excellent'],
    ['split', split, 'A service is as likely to be weak as strong'],
  ])('prints the figures planted in the %s corpus', (name, corpus, headline) => {
    const markdown = read(outs[name]!, 'summary.md');
    const e = expected(corpus);
    expect(markdown).toContain(`## ${headline}\n`);
    expect(markdown).toContain(`- Of the ${e.n} assessments carried out up to July 2001, all stated a grade.`);
    expect(markdown).toContain(`- Graded poor or fair: ${e.pct(e.poorOrFair)} (${e.poorOrFair} of ${e.n}); good or excellent: ${e.pct(e.goodOrBetter)} (${e.goodOrBetter} of ${e.n}).`);
    expect(markdown).toContain(e.grades.excellent === 0 ? '- None received the top grade of excellent.' : `- Reached excellent: ${e.pct(e.grades.excellent)} (${e.grades.excellent} of ${e.n}).`);
    expect(markdown).toContain(`improve (promising or excellent prospects): ${e.pct(e.improve)} (${e.improve} of ${e.n})`);
    for (const grade of GRADES) expect(markdown).toContain(`| ${grade} | ${e.grades[grade]} |\n`);
    GRADES.forEach((grade, stars) => expect(markdown).toContain(`| ${grade} | ${e.matrix[stars]!.join(' | ')} |\n`));
  });

  it('prints the figures of the labels of a generated PDF corpus', () => {
    const { labels } = generated;
    const n = labels.length;
    const count = (test: (label: (typeof labels)[number]) => boolean) => labels.filter(test).length;
    const pct = (value: number) => `${Math.round((100 * value) / n)}%`;
    const poorOrFair = count((l) => l.grade === 'poor' || l.grade === 'fair');
    const excellent = count((l) => l.grade === 'excellent');
    const improve = count((l) => ['probably', 'will', 'promising', 'excellent'].includes(l.prospect));
    const dates = labels.map((l) => l.inspected_on).sort();
    const day = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
    const markdown = read(generated.out, 'summary.md');
    expect(markdown).toContain(`- Of the ${n} assessments carried out between ${day(dates[0]!)} and ${day(dates[n - 1]!)}, all stated a grade.`);
    expect(markdown).toContain(`- Graded poor or fair: ${pct(poorOrFair)} (${poorOrFair} of ${n}); good or excellent: ${pct(n - poorOrFair)} (${n - poorOrFair} of ${n}).`);
    expect(markdown).toContain(`- Reached excellent: ${pct(excellent)} (${excellent} of ${n}).`);
    expect(markdown).toContain(`improve (promising or excellent prospects): ${pct(improve)} (${improve} of ${n})`);
    for (const grade of GRADES) expect(markdown).toContain(`| ${grade} | ${count((l) => l.grade === grade)} |\n`);
  });

  it('tells a mostly weak corpus from a mostly strong one in the standfirst', () => {
    expect(read(outs.weak!, 'summary.md')).toContain('were poor or fair and none received the top grade of excellent; more than 60% are expected to improve.');
    expect(read(outs.strong!, 'summary.md')).toContain('were good or excellent and three reached the top grade of excellent;');
  });

  it('gives counts without percentages for a small improving corpus, and headlines the change over time', () => {
    const markdown = read(outs.improving!, 'summary.md');
    expect(markdown).toContain('## Inspection grades are rising\n');
    expect(markdown).toContain('Services inspected up to September 2000 averaged 0.2 stars; the 6 inspected after that averaged 2.0.');
    expect(markdown).toContain('- Of the 12 assessments carried out between June 2000 and March 2002, all stated a grade.');
    expect(markdown).toContain('- Graded poor or fair: 6 of 12; good or excellent: 6 of 12.');
    expect(markdown).not.toMatch(/\d%/);
  });

  it('writes honest articles for all-excellent, judgement-free and empty corpora', () => {
    const excellent = read(outs.allExcellent!, 'summary.md');
    expect(excellent).toContain('## Every service inspected was judged excellent\n');
    expect(excellent).toContain('- Reached excellent: 3 of 3.');
    const none = read(outs.noAssessments!, 'summary.md');
    expect(none).toContain('## None of the three documents carries a judgement\n');
    expect(none).not.toContain('The key figures');
    expect(none).toContain('Two documents were read but gave no judgement');
    expect(none).toMatch(/could not be read or classified: unsupported, file-type \(1: letter2\.docx\)/);
    const empty = read(outs.empty!, 'summary.md');
    expect(empty).toContain('## Nothing to summarise yet\n');
    expect(empty).toContain('The pipeline read no documents.');
    for (const markdown of [excellent, none, empty]) expect(markdown).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('accounts for every document in the method note', () => {
    const markdown = read(outs.weak!, 'summary.md');
    expect(markdown).toContain('The pipeline read 31 documents. 27 were assessments stating a judgement.');
    expect(markdown).toMatch(/Two documents were read but gave no judgement[^\n]*draft-no-scores \(2\)/);
    expect(markdown).toMatch(/unreadable, empty \(1: report29\.txt\)/);
    expect(markdown).toMatch(/Stage versions: extract \S+/);
  });

  it('leaves the themes out, and says so, when the database has no theme tables', async () => {
    const folder = await temp.make();
    withoutThemes(join(outs.weak!, 'results.sqlite'), folder).close();
    writeSummary(join(folder, 'results.sqlite'), folder);
    const markdown = read(folder, 'summary.md');
    expect(markdown).toContain('This database has no theme tables yet');
    expect(markdown).not.toMatch(/## (The most common weaknesses|Strengths)/);
    expect(markdown).toContain(`- Graded poor or fair: 81% (22 of 27)`);
  });

  it('draws every chart as inline SVG with no script and no network reference', () => {
    const html = read(outs.weak!, 'summary.html');
    for (const chart of ['grades', 'prospects', 'matrix']) expect(html).toMatch(new RegExp(`<figure id="chart-${chart}"><svg`));
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<tr><td>/g)).toHaveLength(weak.length);
    expect(html).toContain('<details><summary>evidence</summary>');
  });
});

/** The `report_results` columns before themes, frozen into a table so the view can be rebuilt either way. */
const BASE_COLUMNS = 'file, sha256, status, reason, pages, council, service, inspected_on, published_on, inspectorate, era, grade, stars, grade_confidence, grade_evidence, grade_page, prospect, prospect_ordinal, prospect_confidence, prospect_evidence, prospect_page';

/** Copies a pipeline database and removes any theme tables and columns, as before the theme migration. */
function withoutThemes(from: string, folder: string): Database.Database {
  copyFileSync(from, join(folder, 'results.sqlite'));
  const db = new Database(join(folder, 'results.sqlite'));
  db.exec(`CREATE TABLE results_snapshot AS SELECT ${BASE_COLUMNS} FROM report_results;
    DROP VIEW report_results; CREATE VIEW report_results AS SELECT * FROM results_snapshot;
    DROP VIEW IF EXISTS theme_by_grade; DROP TABLE IF EXISTS theme_mention; DROP TABLE IF EXISTS document_theme;`);
  return db;
}

/** Adds theme tables and columns like the theme migration's, and plants themes by a rule on the grade. */
function plantThemes(from: string, folder: string, plant: (grade: string) => Array<[string, 'weakness' | 'strength', string]>): void {
  const db = withoutThemes(from, folder);
  db.exec(`
    CREATE TABLE document_theme (sha256 TEXT, theme TEXT, polarity TEXT, mentions INTEGER, score REAL);
    CREATE TABLE theme_mention (sha256 TEXT, theme TEXT, polarity TEXT, score REAL, sentence INTEGER, page_start INTEGER, page_end INTEGER, char_start INTEGER, char_end INTEGER, text TEXT);
    DROP VIEW report_results;
    CREATE VIEW report_results AS SELECT s.*,
      (SELECT group_concat(theme) FROM document_theme t WHERE t.sha256 = s.sha256 AND polarity = 'weakness') AS weakness_themes,
      (SELECT group_concat(theme) FROM document_theme t WHERE t.sha256 = s.sha256 AND polarity = 'strength') AS strength_themes
    FROM results_snapshot s;`);
  const rows = db.prepare("SELECT sha256, grade, council FROM report_results WHERE status = 'assessed' ORDER BY file").all() as Array<{ sha256: string; grade: string; council: string }>;
  for (const row of rows) {
    for (const [theme, polarity, quote] of plant(row.grade)) {
      db.prepare('INSERT INTO document_theme VALUES (?, ?, ?, 1, 0.9)').run(row.sha256, theme, polarity);
      db.prepare('INSERT INTO theme_mention VALUES (?, ?, ?, 0.9, 0, 1, 1, 0, 10, ?)').run(row.sha256, theme, polarity, `${quote} (${row.council})`);
    }
  }
  db.close();
}

describe('the theme parts of the article, once the theme tables exist', () => {
  it('ranks weaknesses with counts and quotes, lists strengths and compares grades', async () => {
    const folder = await temp.make();
    plantThemes(join(outs.split!, 'results.sqlite'), folder, (grade) => [
      ...(grade === 'poor' || grade === 'fair' ? [['strategic-alignment', 'weakness', 'The ICT strategy ignores corporate aims'] as const] : []),
      ...(grade === 'good' ? [['user-training', 'weakness', 'Staff <script>alert(1)</script> lack training'] as const] : []),
      ...(grade === 'excellent' ? [['leadership', 'strength', 'Members drive the IT agenda'] as const] : []),
    ].map(([theme, polarity, quote]) => [theme, polarity, quote]));
    writeSummary(join(folder, 'results.sqlite'), folder);
    const markdown = read(folder, 'summary.md');
    expect(markdown).toContain('1. Strategic alignment: raised in 10 of the 20 reports (50%).');
    expect(markdown).toMatch(/> “The ICT strategy ignores corporate aims \(Town\d+ Borough Council\)” — Town\d+ Borough Council, page 1/);
    expect(markdown).toContain('2. User training: raised in 6 of the 20 reports (30%).');
    expect(markdown).toContain('1. Leadership: praised in 4 of the 20 reports (20%).');
    expect(markdown).toContain('Strategic alignment was raised in 10 of the 10 poor or fair services and in 0 of the 10 good or excellent services.');
    expect(markdown).not.toContain('no theme tables');
    const html = read(folder, 'summary.html');
    for (const chart of ['weaknesses', 'theme-grade']) expect(html).toContain(`<figure id="chart-${chart}"><svg`);
    expect(html).toContain('Staff &lt;script&gt;alert(1)&lt;/script&gt; lack training');
    expect(html).not.toContain('<script');
    expect(html).toContain('<th>Weakness themes</th>');
  });
});

describe('the summary on its own', () => {
  it('escapes report text and file names everywhere in the HTML', async () => {
    const out = await pipeline(reports('fair', [2]), {
      'x<script>y.txt': "Inspection of Barset Borough Council's housing service\nSummary\nWe judge the service to be good (two stars) and that it will improve. <script>alert('x')</script> <b>bold</b> & <img src=x onerror=alert(1)>\n",
    });
    const html = read(out, 'summary.html');
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(html).toContain('x&lt;script&gt;y.txt');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(read(out, 'summary.md')).not.toMatch(/(?<!\\)<script/);
  }, E2E_TIMEOUT);

  it('counts the readings below 0.7 confidence in the method note and marks them in the table', async () => {
    const folder = await temp.make();
    const file = join(folder, 'results.sqlite');
    copyFileSync(join(outs.weak!, 'results.sqlite'), file);
    const db = new Database(file);
    const low = "SELECT (SELECT count(*) FROM report_results WHERE status = 'assessed' AND grade_confidence < 0.7) + (SELECT count(*) FROM report_results WHERE status = 'assessed' AND prospect_confidence < 0.7) AS n";
    const before = (db.prepare(low).get() as { n: number }).n;
    db.prepare("UPDATE finding SET confidence = 0.55 WHERE field = 'grade' AND sha256 = (SELECT min(sha256) FROM report_results WHERE status = 'assessed' AND grade_confidence >= 0.7)").run();
    const after = (db.prepare(low).get() as { n: number }).n;
    db.close();
    expect(after).toBe(before + 1);
    writeSummary(file, folder);
    const markdown = read(folder, 'summary.md');
    expect(markdown).toContain(after === 1
      ? 'One grade or prospect reading has a confidence below 0.7; it is kept in the figures and marked "uncertain" in the table of documents.'
      : `${count(after, true)} grade or prospect readings have a confidence below 0.7; they are kept in the figures`);
    expect(read(folder, 'summary.html')).toContain('uncertain (confidence 0.55)');
  });

  it('summarises an empty database file without failing', async () => {
    const folder = await temp.make();
    new Database(join(folder, 'blank.sqlite')).close();
    const paths = writeSummary(join(folder, 'blank.sqlite'), folder);
    expect(read(folder, 'summary.md')).toContain('## Nothing to summarise yet');
    expect(paths.html).toBe(join(folder, 'summary.html'));
  });

  it('limits the article to --until and takes --title, from the CLI', () => {
    const out = outs.improving!;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/summary.ts', '--out', out, '--until', '2000-12-31', '--title', 'Early days'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${join(out, 'summary.md')}\n${join(out, 'summary.html')}\n`);
    const markdown = read(out, 'summary.md');
    expect(markdown).toMatch(/^# Early days\n/);
    expect(markdown).toContain('- Of the 6 assessments carried out up to 31 December 2000, all stated a grade.');
    expect(markdown).toContain('- Graded poor or fair: 6 of 6; good or excellent: 0 of 6.');
  });

  it('writes the article beside the database given by --db when no --out is given', () => {
    const folder = join(outs.improving!, 'copy');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(outs.improving!, 'results.sqlite'), join(folder, 'results.sqlite'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/summary.ts', '--db', join(folder, 'results.sqlite')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${join(folder, 'summary.md')}\n${join(folder, 'summary.html')}\n`);
    expect(read(folder, 'summary.md')).toContain('- Of the 12 assessments carried out between June 2000 and March 2002, all stated a grade.');
  });

  it.each([
    [['--until', '2001-02-30']],
    [['--until', 'July']],
    [['--bogus']],
    [['--db', '/nonexistent/results.sqlite']],
  ])('exits 2 with a one-line error on %j', (args) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/summary.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
    expect(result.stdout).toBe('');
  });
});
