/** The parts of a codebook file checked one by one: primitives, schemes, run-in list markers and thresholds. */
import type { Codebook } from './codebook.js';

/** A codebook that cannot be used; the message names the file and the entry. */
export class CodebookError extends Error {}

/** The schemes a codebook may code (the ids a document's `scheme` finding takes). */
export const SCHEME_IDS = ['best-value', 'ofsted-ilacs', 'ofsted-sif', 'ofsted-lac', 'ofsted-lscb', 'ofsted-cqc-send', 'ofsted-focused-visit', 'ofsted-school'] as const;

/** A parsed JSON or YAML object. */
export type Json = Record<string, unknown>;

/** Whether a parsed value is an object (not a list, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of non-empty strings (empty when absent and not required); throws naming `where`. */
export function strings(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new CodebookError(`${where} must be a list of non-empty strings`);
  }
  return value as string[];
}

/** A non-empty string; throws naming `where`. */
export function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CodebookError(`${where} must be a non-empty string`);
  return value;
}

/** Sources that compile as regular expressions; throws naming the one that does not. */
export function regexes(sources: readonly string[], where: string): readonly string[] {
  sources.forEach((source, i) => {
    try { new RegExp(source, 'i'); } catch { throw new CodebookError(`${where}[${i}] "${source}" is not a regular expression`); }
  });
  return sources;
}

/** The bullet glyphs of run-in lists (one regular expression), or the base's when absent. */
export function listMarkersOf(value: unknown, base: Codebook): Pick<Codebook, 'listMarkers'> {
  if (value === undefined) return base.listMarkers === undefined ? {} : { listMarkers: base.listMarkers };
  return { listMarkers: regexes([text(value, 'listMarkers')], 'listMarkers')[0]! };
}

/** A number of at least 0 (`fallback` when absent); throws naming `where`. */
export function number(value: unknown, where: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new CodebookError(`${where} must be a number of at least 0`);
  return value;
}

/** The support a theme needs per polarity (`single` absent or null: no one mention is enough), or the base's when absent. */
export function thresholdsOf(value: unknown, base: Codebook): Pick<Codebook, 'thresholds'> {
  if (value === undefined) return base.thresholds === undefined ? {} : { thresholds: base.thresholds };
  if (!isObject(value)) throw new CodebookError('thresholds must be an object with weakness, strength and emphasis');
  const support = (key: 'weakness' | 'strength') => {
    const given = value[key];
    if (!isObject(given)) throw new CodebookError(`thresholds.${key} must be an object with support, floor and optionally single`);
    return { support: number(given['support'], `thresholds.${key}.support`), single: given['single'] === null ? Infinity : number(given['single'], `thresholds.${key}.single`, Infinity), floor: number(given['floor'], `thresholds.${key}.floor`) };
  };
  return { thresholds: { weakness: support('weakness'), strength: support('strength'), emphasis: number(value['emphasis'], 'thresholds.emphasis', 1) } };
}

/** The schemes a codebook names (`schemes`, or `scheme` for one), else its base's, else Best Value. */
export function schemesOf(value: Json, base: Codebook | undefined): readonly string[] {
  if (value['scheme'] !== undefined && value['schemes'] !== undefined) throw new CodebookError('give either "scheme" or "schemes", not both');
  const where = value['scheme'] !== undefined ? 'scheme' : 'schemes';
  const given = value['scheme'] !== undefined ? [text(value['scheme'], 'scheme')] : value['schemes'];
  if (given === undefined) return base?.schemes ?? ['best-value'];
  const ids = strings(given, where, true);
  if (ids.length === 0) throw new CodebookError('schemes must name at least one scheme');
  ids.forEach((id, i) => {
    if (!(SCHEME_IDS as readonly string[]).includes(id)) throw new CodebookError(`${where === 'scheme' ? where : `schemes[${i}]`} "${id}" is not a scheme (one of ${SCHEME_IDS.join(', ')})`);
  });
  return ids;
}

