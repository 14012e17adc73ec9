/**
 * The article of a folder of several schemes, from a real pipeline database: real Ofsted reports (development
 * set) and a sample Best Value report run through the real stages and stored by the real store. Each report's
 * scheme, overall grade and sub-judgements are given as the scheme and judgement stages record them.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, Finding, SubJudgement } from '../src/document.js';
import { openDatabase } from '../src/db/open.js';
import * as store from '../src/db/store.js';
import { stageVersions } from '../src/pipeline.js';
import { buildPipeline } from '../src/stages/index.js';
import { themes } from '../src/stages/themes.js';
import { writeSummary } from '../src/summary/index.js';
import { analyseWithScheme, givenScheme } from '../scripts/evaluation/forced-scheme.js';
import { isHeldOutRealReport } from '../scripts/evaluation/held-out-real-reports.js';
import { repoRoot, tempFolders } from './helpers/cli.js';

const realReports = join(repoRoot, '..', 'shared', 'real-reports');
const temp = tempFolders('inspection-miner-schemes-');
afterAll(() => temp.removeAll());

/** A finding as a stage records it, quoting `text`. */
const finding = (value: string, ordinal?: number, text = value): Finding => ({ value, confidence: 0.95, ...(ordinal === undefined ? {} : { ordinal }), evidence: { text, pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: -1 } });
const ORDINAL: Record<string, number> = { outstanding: 3, good: 2, 'requires-improvement': 1, inadequate: 0 };
const judgement = (name: string, grade: string): SubJudgement => ({ name, key: name.toLowerCase().replace(/[^a-z]+/g, '-'), grade, ordinal: ORDINAL[grade]!, confidence: 0.95, evidence: finding(grade, ORDINAL[grade], `${name} ${grade}`).evidence });

/** Development reports (none held out) with their scheme, overall grade and judgement table as printed. */
const REPORTS: Array<{ file: string; scheme: string; grade: string | null; judgements: Array<[string, string]> }> = [
  { file: 'ofsted/childrens-services/80548_salford__children_s_services_inspection_-_12_november_2018.pdf', scheme: 'ofsted-ilacs', grade: 'good', judgements: [
    ['The impact of leaders on social work practice with children and families', 'good'], ['The experiences and progress of children who need help and protection', 'good'],
    ['The experiences and progress of children in care and care leavers', 'good']] },
  { file: 'ofsted/childrens-services/80443_bury__children_s_services_inspection_-_17_december_2021.pdf', scheme: 'ofsted-ilacs', grade: 'inadequate', judgements: [
    ['The impact of leaders on social work practice with children and families', 'inadequate'], ['The experiences and progress of children who need help and protection', 'inadequate'],
    ['The experiences and progress of children in care and care leavers', 'requires-improvement']] },
  { file: 'ofsted/focused-visits/80503_hounslow__children_s_services_focused_visit_-_29_august_2025.pdf', scheme: 'ofsted-focused-visit', grade: null, judgements: [] },
  { file: 'ofsted/schools/103980__5.PDF', scheme: 'ofsted-school', grade: 'inadequate', judgements: [['Effectiveness of leadership and management', 'inadequate'], ['Outcomes for pupils', 'inadequate']] },
];
const SAMPLE = 'corpus/reports/holmewood-city-council-ict-2000-05.pdf';

let article = '';

async function saveAll(dbFile: string): Promise<void> {
  const stage = themes();
  const versions = stageVersions(buildPipeline());
  const db = openDatabase(dbFile);
  const runId = store.startRun(db, realReports, {}, versions);
  const save = (document: DocumentRecord, file: string) => { store.saveDocument(db, document, versions, runId); store.saveFile(db, file, document.sha256, runId); };
  for (const report of REPORTS) {
    const [document] = await analyseWithScheme([join(realReports, report.file)], report.scheme, stage);
    if (isHeldOutRealReport(document!.sha256)) throw new Error(`${report.file} is held out`);
    if (report.grade) Object.assign(document!, { status: 'assessed', reason: null, grade: finding(report.grade, ORDINAL[report.grade]) });
    document!.judgements = report.judgements.map(([name, grade]) => judgement(name, grade));
    save(document!, report.file);
  }
  const [sample] = await analyseWithScheme([join(repoRoot, SAMPLE)], 'best-value', stage);
  save(sample!, SAMPLE);
  store.finishRun(db, runId, { files: REPORTS.length + 1, processed: REPORTS.length + 1, unchanged: 0, failed: 0, outcome: 'completed' });
  db.close();
}

describe.skipIf(!existsSync(realReports))('the article of a folder of several schemes', () => {
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'schemes-article-'));
    await saveAll(join(out, 'results.sqlite'));
    article = readFileSync(writeSummary(join(out, 'results.sqlite'), out).markdown, 'utf8');
  }, 120_000);

  it('reports scheme by scheme, each under its own name, and compares no grades across schemes', () => {
    expect(article).toContain('# Inspection reports: what they say');
    expect(article).toContain('## Five inspection reports of four schemes, each read in its own terms');
    for (const heading of ["## Ofsted inspections of local authority children's services (ILACS)", '## Ofsted school inspections', "## Ofsted focused visits to children's services", '## Best Value inspections']) {
      expect(article).toContain(heading);
    }
  });

  it('speaks each scheme\'s vocabulary: Ofsted grades without stars, Best Value with them', () => {
    const ilacs = sectionOf(article, "Ofsted inspections of local authority children's services");
    expect(ilacs).toContain('| Good | 1 |');
    expect(ilacs).toContain('| Inadequate | 1 |');
    expect(ilacs).not.toMatch(/star/i);
    expect(sectionOf(article, 'Best Value inspections')).toMatch(/\| (Poor \(no stars\)|Fair \(one star\)|Good \(two stars\)|Excellent \(three stars\)) \| 1 \|/);
  });

  it('gives the sub-judgement distributions from the judgement table', () => {
    const ilacs = sectionOf(article, "Ofsted inspections of local authority children's services");
    expect(ilacs).toContain('| Judgement | Good | Requires improvement to be good | Inadequate |');
    expect(ilacs).toContain('| The experiences and progress of children in care and care leavers | 1 | 1 | 0 |');
    expect(ilacs).toContain('The judgement most often given the lowest grade: The impact of leaders on social work practice with children and families, in 1 of the 2 reports that grade it.');
    expect(ilacs).not.toContain('of the 1 report');
  });

  it('codes each scheme with its own codebook, and says plainly when a scheme has none', () => {
    expect(sectionOf(article, "Ofsted inspections of local authority children's services")).toMatch(/(Management oversight and supervision|Quality of plans and assessments|Workforce stability and caseloads|Timeliness|The child's voice|Care leavers' support|Partnership working|Leadership and self-awareness): (raised|praised) in/);
    expect(sectionOf(article, 'Ofsted school inspections')).toContain('No codebook codes this scheme\'s reports, so no themes are reported for them');
    expect(sectionOf(article, "Ofsted focused visits to children's services")).toContain('One report was read with this scheme. None states an overall grade: the scheme may give none');
  });
});

/** The Markdown of one section, from its heading to the next. */
function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const next = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, next < 0 ? undefined : next);
}
