/**
 * Case sets held out for their first measurement (test/cases/sealed.json): fitting and the
 * development figures leave them out until they are unsealed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The numbers of the sealed case sets ("12") listed in a case folder's sealed.json (none without one). */
export function sealedSets(folder: string): Set<string> {
  const file = join(folder, 'sealed.json');
  if (!existsSync(file)) return new Set();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sealed?: unknown };
  if (!Array.isArray(data.sealed)) throw new Error(`${file}: "sealed" must be a list of set numbers`);
  return new Set(data.sealed.map(String));
}
