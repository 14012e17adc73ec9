/** The registry of schemes: Best Value (the default reader) and the scheme families read from their data folders. */
import type { SchemeFamily } from './family.js';
import { ofsted } from './ofsted/index.js';

/** The scheme families a document may be recognised as; adding one is a data folder and a line here. */
export const families: readonly SchemeFamily[] = [ofsted];

/** What `--scheme` accepts: decide per document, or read every document with one scheme (a family's id). */
export const SCHEME_CHOICES = ['auto', 'best-value', ...families.map((family) => family.id)] as const;
export type SchemeChoice = string;

/** The id Best Value's findings carry. */
export const BEST_VALUE = 'best-value';

/** The variant (and its family) with this scheme id. */
export function variantOf(id: string | undefined): { family: SchemeFamily; variant: SchemeFamily['variants'][number] } | undefined {
  for (const family of families) {
    const variant = family.variants.find((candidate) => candidate.id === id);
    if (variant) return { family, variant };
  }
  return undefined;
}
