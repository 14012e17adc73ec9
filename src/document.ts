/** The one record that moves through the per-document stages, and the messages it carries. */

import type { TextLayer } from './text/layout.js';
import type { Section, Sentence } from './text/sentences.js';
import type { ThemeResult } from './classify/themes.js';

/** Outcome of a document; one vocabulary everywhere (CLI, database, evaluation). */
export const STATUSES = ['extracted', 'assessed', 'no-judgement', 'unreadable', 'needs-ocr', 'unsupported'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that mean the document could not be read at all. */
export const FAILED_STATUSES: ReadonlySet<Status> = new Set(['unreadable', 'needs-ocr', 'unsupported']);

export type Severity = 'info' | 'warning' | 'fatal';

/** A problem or remark about one document, with its origin and, when known, its place. */
export interface Message {
  stage: string;
  rule: string;
  severity: Severity;
  text: string;
  page?: number;
}

/** Kinds of input the pipeline can read. */
export type DocumentType = 'pdf' | 'txt' | 'html' | 'other';

/** One page of extracted text, as the extractor gave it (1-based page number). */
export interface Page {
  number: number;
  text: string;
  /**
   * The same lines with each cell set at the character column its position on the page gives (PDF only, see the
   * extract stage): what a scoring grid's columns need, where `text` keeps a table's cells one space apart. Not stored.
   */
  layout?: string;
}

/** Where a finding's words are: the quoted unit, its pages and raw character offsets. */
export interface Evidence {
  text: string;
  pageStart: number;
  pageEnd: number;
  /** Offset in the raw text of pageStart where the quote starts, and in pageEnd where it ends. */
  start: number;
  end: number;
  /** Index of the unit in the document's sentences. */
  sentence: number;
}

/** A conclusion with its confidence in [0,1] and the evidence that supports it. */
export interface Finding {
  value: string;
  confidence: number;
  evidence: Evidence;
  /** Extra detail, e.g. the ordinal of a prospect or the stars of a grade. */
  ordinal?: number;
}

/** Facts about the report itself. */
export interface Metadata {
  council: Finding | null;
  service: Finding | null;
  inspectedOn: Finding | null;
  publishedOn: Finding | null;
  inspectorate: Finding | null;
  /** The local authority, local area partnership or school inspected, whole as printed (any scheme). */
  provider?: Finding | null;
  /** The inspection framework as printed ("Inspection of local authority children's services"). */
  framework?: Finding | null;
  /** The last day of the inspection (YYYY-MM-DD), when the report gives a range. */
  inspectedUntil?: Finding | null;
}

/** One sub-judgement as printed: a judgement's label paired by layout with its grade. */
export interface SubJudgement {
  /** The judgement's name as printed ("The experiences and progress of children in care"). */
  name: string;
  /** A normalised key for the name (e.g. 'children-in-care'), stable across wordings of one scheme. */
  key: string;
  /** The scheme's normalised grade label ('requires-improvement'). */
  grade: string;
  /** 0 = worst, compared only within a scheme. */
  ordinal: number;
  confidence: number;
  evidence: Evidence;
}

/** The per-document record. Stages read the fields they declare and return the fields they set. */
export interface DocumentRecord {
  /** Absolute path of the file the bytes were read from (the first of its paths). */
  path: string;
  sha256: string;
  type: DocumentType;
  size: number;
  /** The file's bytes as the run read and hashed them (never stored); the extractor reads `path` when absent. */
  bytes?: Uint8Array;
  status: Status;
  /** Why the status is not a success (encrypted, corrupt, no-text-layer, …); null when fine. */
  reason: string | null;
  /** Number of pages in the document (may exceed pages.length when a page cap applied). */
  pageCount: number;
  pages: Page[];
  messages: Message[];
  /** Normalised text and its map back to pages. */
  layer?: TextLayer;
  sections?: Section[];
  /** Sentences, headings, table rows and list items in reading order. */
  sentences?: Sentence[];
  metadata?: Metadata;
  /** The scheme the document was read with (value: scheme id such as 'best-value' or 'ofsted-ilacs'), with the evidence that decided it. */
  scheme?: Finding | null;
  /** Sub-judgements (Ofsted's judgement table rows); empty for schemes without them. */
  judgements?: SubJudgement[];
  /** The overall grade: the scheme's normalised label, ordinal 0 = worst (Best Value: stars). */
  grade?: Finding | null;
  prospect?: Finding | null;
  /** Prospect vocabulary: A ('will improve' wording) or B ('prospects' wording). */
  era?: Finding | null;
  /** Theme mentions (weakness or strength, with evidence) and the document's themes. */
  themes?: ThemeResult;
  /** How each sentence or item that raises no theme leans (negative: toward weakness), by sentence index: what emerging themes aggregate. */
  leans?: Record<number, number>;
  /** Milliseconds each stage took on this document (for the benchmark; not stored). */
  timings?: Record<string, number>;
}

/** A fresh record for a file about to be processed. */
export function newDocument(path: string, sha256: string, type: DocumentType, size: number): DocumentRecord {
  return { path, sha256, type, size, status: 'extracted', reason: null, pageCount: 0, pages: [], messages: [] };
}

/** One-line, human-readable form of a message: `page 3: warning grade/disagree: text`. */
export function formatMessage(message: Message): string {
  const place = message.page === undefined ? '' : `page ${message.page}: `;
  return `${place}${message.severity} ${message.stage}/${message.rule}: ${message.text}`;
}
