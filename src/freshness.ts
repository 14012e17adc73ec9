/** Which stored documents a run redoes, and how attempts at a failing document are counted. */
import type { DocumentRecord } from './document.js';
import { FAILED_STATUSES } from './document.js';
import type { InputFile } from './discover.js';
import type { Options } from './options.js';
import type { DB } from './db/open.js';
import * as store from './db/store.js';

/** Reasons of documents whose processing was stopped rather than concluded: retried once more, then kept. */
export const RETRIED_REASONS: ReadonlySet<string> = new Set(['timeout', 'out-of-memory', 'crashed', 'internal-error']);

/** Failed attempts after which a stopped document is kept as failed until the limits change or `--force`. */
export const MAX_ATTEMPTS = 2;

/** Whether a status and reason say the processing was stopped (and may succeed another time). */
export function wasStopped(status: string | undefined, reason: string | null | undefined): boolean {
  return status === 'unreadable' && RETRIED_REASONS.has(reason ?? '');
}

function withLimits(versions: Record<string, string>, options: Options): Record<string, string> {
  return { ...versions, limits: `timeout=${options.timeout},memory=${options.memory}` };
}

function sameVersions(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The versions a document is stored with: those of the stages that ran on it (a fatal message stops
 * the stages, so a later stage's change does not concern it); stopped documents also record the
 * limits they ran under.
 */
export function versionsFor(document: DocumentRecord, versions: Record<string, string>, options: Options): Record<string, string> {
  if (wasStopped(document.status, document.reason)) return withLimits(versions, options);
  const stoppedAt = document.messages.find((message) => message.severity === 'fatal')?.stage;
  const names = Object.keys(versions);
  const ran = stoppedAt !== undefined && names.includes(stoppedAt) ? names.slice(0, names.indexOf(stoppedAt) + 1) : names;
  return Object.fromEntries(ran.map((name) => [name, versions[name]!]));
}

/**
 * Whether stored results for this content are current. Unopened files are always tried again; a
 * stopped document is current only after MAX_ATTEMPTS failures with the same versions and limits.
 */
export function isCurrent(db: DB, group: InputFile[], versions: Record<string, string>, options: Options): boolean {
  const first = group[0]!;
  if (options.force || first.error !== undefined) return false;
  const stored = store.storedDocument(db, first.sha256);
  if (!stored) return false;
  if (wasStopped(stored.status, stored.reason)) {
    return stored.attempts >= MAX_ATTEMPTS && sameVersions(stored.versions, withLimits(versions, options));
  }
  // A document stopped by a failure is current when the stages that ran on it are unchanged.
  const failed = FAILED_STATUSES.has(stored.status as never);
  const names = failed ? Object.keys(versions).filter((name) => name in stored.versions) : Object.keys(versions);
  return names.length === Object.keys(stored.versions).length && names.every((name) => stored.versions[name] === versions[name]);
}

/**
 * The attempt number of this processing: one more than the stored one when the same versions
 * (and limits) produced the stored row, else 1. A stopped document at MAX_ATTEMPTS gets the
 * "failed twice" message.
 */
export function countAttempt(db: DB, document: DocumentRecord, versions: Record<string, string>): number {
  const stored = store.storedDocument(db, document.sha256);
  const attempts = stored && sameVersions(stored.versions, versions) ? stored.attempts + 1 : 1;
  if (wasStopped(document.status, document.reason) && attempts >= MAX_ATTEMPTS) {
    document.messages.push({
      stage: 'run', rule: 'failed-twice', severity: 'warning',
      text: `failed twice (${document.reason}) with the same limits: kept as failed; a change of --timeout or --memory, or --force, retries it`,
    });
  }
  return attempts;
}
