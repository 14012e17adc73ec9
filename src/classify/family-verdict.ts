/** The status of a scheme family's report: assessed with an overall grade, or no-judgement with the reason. */
import type { DocumentRecord, Status } from '../document.js';
import type { Report } from '../pipeline.js';
import { variantOf } from '../scheme/registry.js';

/** What the verdict stage returns for a family report. */
export interface FamilyVerdict {
  status: Status;
  reason: string | null;
}

/** Assessed when the overall grade was read; a report that grades only its parts (or nothing overall) abstains with 'no-overall-grade'. */
export function familyVerdict(document: Readonly<DocumentRecord>, report: Report): FamilyVerdict {
  if (document.grade) return { status: 'assessed', reason: null };
  const parts = document.judgements?.length ?? 0;
  if (parts > 0) {
    report.info('no-overall-grade', `no overall grade is printed; ${parts} sub-judgements read`);
    return { status: 'no-judgement', reason: 'no-overall-grade' };
  }
  if (variantOf(document.scheme?.value)?.variant.overall.kind === 'none') {
    report.info('no-overall-grade', `a ${document.scheme?.value ?? ''} report grades nothing overall`);
    return { status: 'no-judgement', reason: 'no-overall-grade' };
  }
  report.info('no-judgement-found', `no judgement of this ${document.scheme?.value ?? ''} report could be read`);
  return { status: 'no-judgement', reason: 'no-judgement-found' };
}
