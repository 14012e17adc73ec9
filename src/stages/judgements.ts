/** Judgements of a scheme family's report (Ofsted's): its sub-judgements and its overall grade, each with evidence. */
import type { DocumentRecord, Finding, SubJudgement } from '../document.js';
import { stageVersion, type Report, type Stage } from '../pipeline.js';
import { families, variantOf } from '../scheme/registry.js';
import type { SchemeFamily, Variant } from '../scheme/family.js';
import { outcomeReading, readFamilyJudgements, type JudgementReading } from '../classify/family-judgements.js';

/** The first reading of each judgement; a later reading of the same judgement with another grade is a warning. */
function firstReadings(readings: readonly JudgementReading[], report: Report): JudgementReading[] {
  const kept = new Map<string, JudgementReading>();
  for (const reading of readings) {
    const first = kept.get(reading.key);
    if (!first) kept.set(reading.key, reading);
    else if (first.grade !== reading.grade) {
      report.warn('judgement-disagree', `"${first.name}" reads "${first.grade}" (page ${first.evidence.pageStart}: ${first.evidence.text}) but also "${reading.grade}" (page ${reading.evidence.pageStart}: ${reading.evidence.text}); "${first.grade}" kept`, reading.evidence.pageStart);
    }
  }
  return [...kept.values()];
}

function overallOf(variant: Variant, family: SchemeFamily, kept: readonly JudgementReading[], document: Readonly<DocumentRecord>): JudgementReading | undefined {
  switch (variant.overall.kind) {
    case 'row': return kept.find((reading) => reading.key === 'overall');
    case 'statement': { const key = variant.overall.key; return kept.find((reading) => reading.key === key); }
    case 'outcome': return outcomeReading(document.sentences ?? [], family);
    case 'none': return undefined;
  }
}

function toFinding(reading: JudgementReading): Finding {
  return { value: reading.grade, confidence: reading.confidence, evidence: reading.evidence, ordinal: reading.ordinal };
}

/** The judgements stage: sets nothing but an empty list for Best Value documents (their grade is the grade stage's). */
export function judgements(): Stage {
  return {
    name: 'judgements',
    version: stageVersion(1, families),
    needs: ['pages', 'sentences', 'scheme', 'grade'],
    sets: ['judgements', 'grade'],
    run(document, report) {
      const found = variantOf(document.scheme?.value);
      if (!found) return { judgements: [] };
      const { family, variant } = found;
      const read = readFamilyJudgements(document.pages, document.sentences ?? [], family, variant);
      const kept = firstReadings(read.readings, report);
      for (const label of read.unpaired) {
        if (!kept.some((reading) => reading.key === label.key)) report.warn('unpaired-label', `no grade is printed beside "${label.name}": left unread`, label.page);
      }
      const overall = overallOf(variant, family, kept, document);
      const sub: SubJudgement[] = kept.filter((reading) => reading.key !== overallKey(variant))
        .map(({ key, name, grade, ordinal, confidence, evidence }) => ({ key, name, grade, ordinal, confidence, evidence }));
      return { judgements: sub, grade: overall ? toFinding(overall) : null };
    },
  };
}

/** The key of the judgement that is a variant's overall grade ('overall' for a table row). */
function overallKey(variant: Variant): string | undefined {
  return variant.overall.kind === 'row' ? 'overall' : variant.overall.kind === 'statement' ? variant.overall.key : undefined;
}
