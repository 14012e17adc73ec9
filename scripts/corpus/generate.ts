/**
 * generateCorpus(): plans, composes and writes a labelled corpus of synthetic Best Value
 * inspection reports (PDF) plus labels.json. Deterministic: same options, same bytes.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRng, type Rng } from './rng.js';
import { planReports } from './plan.js';
import { composeReport } from './compose.js';
import { composeSelfReview, truncatePdf } from './extras.js';
import { LAYOUTS } from './layouts.js';
import { writePdf } from './pdf-writer.js';
import { iso } from './dates.js';
import { councilFor, SERVICE_NAMES } from './names.js';
import { PROSPECTS, type CorpusOptions, type Label, type ReportPlan } from './types.js';

/** Statistics about a generated corpus (not part of the labels). */
export interface CorpusStats { files: number; bytes: number; pages: number[]; splits: number; used: Set<string>; layouts: Record<string, number> }

/** Default options: the shipped corpus. */
export const DEFAULT_OPTIONS: CorpusOptions = { seed: 2001, count: 76, out: 'corpus', era: 'A', extras: true };

const slugFile = (plan: ReportPlan, suffix = ''): string =>
  `${plan.council.slug}-ict-${iso(plan.inspectedFrom).slice(0, 7)}${suffix}.pdf`;

async function renderReport(plan: ReportPlan, rng: Rng, draft: boolean, stats: CorpusStats) {
  const layout = rng.pick(LAYOUTS);
  const split = !draft && rng.chance(0.3);
  const header = layout.header(plan.council.name, plan.service);
  // Vary the length; if the page count falls outside 8-25, adjust and write again (deterministic).
  let long = rng.pick([0, 1, 2, 3, 4, 5, 5, 6]);
  for (let attempt = 0; ; attempt++) {
    const composed = composeReport(plan, rng.fork(`compose-${attempt}-${long}`), { draft, split, long, columns: layout.twoColumnBody ? 2 : 1 });
    const result = await writePdf({ blocks: composed.blocks, layout, header, date: plan.published, title: `${plan.council.name}: ${plan.service}` });
    if ((result.pages >= 8 && result.pages <= 25) || attempt >= 4) {
      if (result.pages < 8 || result.pages > 25) throw new Error(`${plan.council.name}: ${result.pages} pages`);
      stats.layouts[layout.id] = (stats.layouts[layout.id] ?? 0) + 1;
      if (result.splitDone) stats.splits++;
      for (const u of composed.used) stats.used.add(u);
      stats.pages.push(result.pages);
      return { composed, bytes: result.bytes };
    }
    long += result.pages < 8 ? 1 : -1;
  }
}

/** A folder the generator will not write over. */
export class CorpusFolderError extends Error {}

/** The files under a folder, relative to it ([] when it does not exist). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Makes room in out/reports/: an empty or missing folder is used as it is; otherwise, only with
 * `force`, the files the previous generation listed in out/labels.json are deleted and any other
 * file is kept. Never deletes a file it did not write.
 */
async function clearGenerated(out: string, force: boolean): Promise<void> {
  const reportsDir = path.join(out, 'reports');
  const existing = await filesUnder(reportsDir);
  if (existing.length === 0) return;
  if (!force) throw new CorpusFolderError(`${reportsDir} already holds ${existing.length} file(s); pass --force to replace the reports a previous generation wrote there (other files are kept)`);
  const previous = await readFile(path.join(out, 'labels.json'), 'utf8').then((text) => JSON.parse(text) as Array<{ file?: unknown }>, () => []);
  const generated = new Set(previous.map((label) => String(label.file)));
  for (const file of existing) if (generated.has(file)) await rm(path.join(reportsDir, file));
}

/** Generate a corpus into options.out (reports/ and labels.json) and return the labels. */
export async function generateCorpus(options: CorpusOptions, stats?: CorpusStats): Promise<Label[]> {
  const st: CorpusStats = stats ?? { files: 0, bytes: 0, pages: [], splits: 0, used: new Set(), layouts: {} };
  const rng = createRng(options.seed);
  const plans = planReports(options, rng.fork('plan'));
  const reportsDir = path.join(options.out, 'reports');
  await clearGenerated(options.out, options.force ?? false);
  await mkdir(reportsDir, { recursive: true });
  const labels: Label[] = [];
  const save = async (file: string, bytes: Buffer): Promise<void> => {
    await mkdir(path.dirname(path.join(reportsDir, file)), { recursive: true });
    await writeFile(path.join(reportsDir, file), bytes);
    st.files++;
    st.bytes += bytes.length;
  };
  for (const [i, plan] of plans.entries()) {
    const { composed, bytes } = await renderReport(plan, rng.fork(`report-${i}`), false, st);
    const file = (i % 31 === 17 ? `${plan.inspectedFrom.getUTCFullYear()}/` : '') + slugFile(plan);
    await save(file, bytes);
    labels.push({
      file, council: plan.council.name, service: plan.service, inspected_on: iso(plan.inspectedFrom), published_on: iso(plan.published),
      grade: plan.grade, prospect: PROSPECTS[plan.era][plan.prospectOrdinal] as Label['prospect'],
      weakness_themes: plan.weaknesses, strength_themes: plan.strengths, emerging: plan.emerging,
      grade_evidence: composed.gradeEvidence, prospect_evidence: composed.prospectEvidence,
    });
  }
  if (options.extras) labels.push(...(await writeExtras(options, rng.fork('extras'), save, st)));
  labels.sort((a, b) => a.file.localeCompare(b.file));
  await writeFile(path.join(options.out, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
  return labels;
}

async function writeExtras(options: CorpusOptions, rng: Rng, save: (file: string, bytes: Buffer) => Promise<void>, st: CorpusStats): Promise<Label[]> {
  const extraPlans = planReports({ ...options, count: 3, grades: undefined, prospects: undefined }, rng.fork('plan'));
  const labels: Label[] = [];
  const none = { grade: 'none', prospect: 'none', grade_evidence: null, prospect_evidence: null } as const;
  // Councils for the extras come after the assessments' ones, so names never clash.
  extraPlans.forEach((p, k) => { p.council = councilFor(Math.max(options.count + 8, 90) + k, rng); p.service = rng.pick(SERVICE_NAMES); });
  const [review, draft, broken] = extraPlans as [ReportPlan, ReportPlan, ReportPlan];

  const self = composeSelfReview({ ...review, weaknesses: review.weaknesses.slice(0, 3), strengths: review.strengths.slice(0, 1) }, rng.fork('self'));
  const reviewLayout = LAYOUTS[0]!;
  const reviewPdf = await writePdf({ blocks: self.blocks, layout: reviewLayout, header: reviewLayout.header(review.council.name, review.service), date: review.published, title: `${review.council.name}: Best Value review` });
  const reviewFile = `${review.council.slug}-best-value-review-${iso(review.published).slice(0, 4)}.pdf`;
  await save(reviewFile, reviewPdf.bytes);
  labels.push({ file: reviewFile, council: review.council.name, service: review.service, inspected_on: null, published_on: null, ...none, weakness_themes: self.weaknesses, strength_themes: self.strengths, emerging: [] });

  const drafted = await renderReport(draft, rng.fork('draft'), true, st);
  const draftFile = `drafts/${slugFile(draft, '-draft')}`;
  await save(draftFile, drafted.bytes);
  labels.push({ file: draftFile, council: draft.council.name, service: draft.service, inspected_on: iso(draft.inspectedFrom), published_on: null, ...none, weakness_themes: draft.weaknesses, strength_themes: draft.strengths, emerging: draft.emerging });

  const whole = await renderReport(broken, rng.fork('broken'), false, st);
  const brokenFile = slugFile(broken);
  await save(brokenFile, truncatePdf(whole.bytes, rng));
  labels.push({ file: brokenFile, council: broken.council.name, service: broken.service, inspected_on: null, published_on: null, ...none, weakness_themes: [], strength_themes: [], emerging: [] });
  return labels;
}
