/** The Stage type, the order check, and running stages over one document. */
import { createHash } from 'node:crypto';
import type { DocumentRecord, Message, Severity } from './document.js';

type Field = keyof DocumentRecord;

/** Fields every document has before any stage runs (set by discovery). */
export const GIVEN_FIELDS: readonly Field[] = ['path', 'sha256', 'type', 'size', 'bytes'];

/** What a stage uses to speak about the document: messages with rule and optional page. */
export interface Report {
  info(rule: string, text: string, page?: number): void;
  warn(rule: string, text: string, page?: number): void;
  /** Records a fatal message; the runner stops this document after the stage returns. */
  fatal(rule: string, text: string, page?: number): void;
}

/** One step of per-document work: declares what it reads and what it returns. */
export interface Stage {
  name: string;
  /** Changes when the stage's code or data change; a rerun redoes documents processed with another version. */
  version: string;
  needs: readonly Field[];
  sets: readonly Field[];
  run(input: Readonly<DocumentRecord>, report: Report): Partial<DocumentRecord> | Promise<Partial<DocumentRecord>>;
}

/** A version string derived from a code revision number and the data the stage depends on. */
export function stageVersion(revision: number, data?: unknown): string {
  if (data === undefined) return String(revision);
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 10);
  return `${revision}-${hash}`;
}

/** Throws when a stage needs a field that no earlier stage sets, or two stages share a name. */
export function checkOrder(stages: readonly Stage[]): void {
  const available = new Set<Field>(GIVEN_FIELDS);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const need of stage.needs) {
      if (!available.has(need)) throw new Error(`stage "${stage.name}" needs "${String(need)}", which no earlier stage sets`);
    }
    for (const field of stage.sets) available.add(field);
  }
}

/** Map of stage name to version: what a stored result was made with. */
export function stageVersions(stages: readonly Stage[]): Record<string, string> {
  return Object.fromEntries(stages.map((stage) => [stage.name, stage.version]));
}

function pick(document: DocumentRecord, fields: readonly Field[]): DocumentRecord {
  const input: Partial<Record<Field, unknown>> = {};
  for (const field of fields) input[field] = document[field];
  return input as DocumentRecord;
}

function reporter(stage: string, messages: Message[]): Report {
  const add = (severity: Severity) => (rule: string, text: string, page?: number) => {
    messages.push(page === undefined ? { stage, rule, severity, text } : { stage, rule, severity, text, page });
  };
  return { info: add('info'), warn: add('warning'), fatal: add('fatal') };
}

/**
 * Runs the stages in order over one document. A stage that throws or reports a fatal message
 * stops this document (later stages are skipped); it never throws itself.
 */
export async function runStages(stages: readonly Stage[], document: DocumentRecord): Promise<DocumentRecord> {
  const timings: Record<string, number> = (document.timings ??= {});
  for (const stage of stages) {
    const messages: Message[] = [];
    const started = performance.now();
    try {
      const output = await stage.run(pick(document, stage.needs), reporter(stage.name, messages));
      for (const key of Object.keys(output) as Field[]) {
        if (!stage.sets.includes(key)) throw new Error(`stage returned "${String(key)}", which it does not declare in sets`);
      }
      Object.assign(document, output);
    } catch (error) {
      messages.push({ stage: stage.name, rule: 'exception', severity: 'fatal', text: errorText(error) });
      if (document.status === 'extracted') {
        document.status = 'unreadable';
        document.reason = 'internal-error';
      }
    }
    timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - started;
    document.messages.push(...messages);
    if (messages.some((message) => message.severity === 'fatal')) break;
  }
  return document;
}

/** The message of an error, or its string form. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
