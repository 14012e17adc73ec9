/** Shared types and vocabularies of the sample-corpus generator. */

/** The 13 theme ids of the built-in codebook (docs/best-value.md), sorted. */
export const THEME_IDS = [
  'communication',
  'comparison',
  'competition',
  'consultation',
  'culture-change',
  'demand-capacity',
  'e-government',
  'information-systems',
  'investment',
  'leadership',
  'strategic-alignment',
  'understanding-of-it',
  'user-training',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** Recurring weaknesses outside the codebook. */
export const EMERGING_IDS = ['business-continuity', 'records-management'] as const;
export type EmergingId = (typeof EMERGING_IDS)[number];

export const GRADES = ['poor', 'fair', 'good', 'excellent'] as const;
export type Grade = (typeof GRADES)[number];

/** Prospect tokens by ordinal (0..3) for each era. */
export const PROSPECTS = {
  A: ['will-not', 'unlikely', 'probably', 'will'],
  B: ['poor', 'uncertain', 'promising', 'excellent'],
} as const;
export type Era = keyof typeof PROSPECTS;
export type ProspectToken = (typeof PROSPECTS)[Era][number];

/** One entry of labels.json. */
export interface Label {
  file: string;
  council: string;
  service: string;
  inspected_on: string | null;
  published_on: string | null;
  grade: Grade | 'none';
  prospect: ProspectToken | 'none';
  weakness_themes: ThemeId[];
  strength_themes: ThemeId[];
  emerging: EmergingId[];
  grade_evidence: string | null;
  prospect_evidence: string | null;
}

/** Options of generateCorpus(); see scripts/make-corpus.ts for the CLI defaults. */
export interface CorpusOptions {
  seed: number;
  /** Number of assessment reports (the non-assessment extras come on top). */
  count: number;
  /** Output folder: writes out/reports/ and out/labels.json. */
  out: string;
  /** Replace the reports a previous generation wrote in out/reports/ (others are kept); without it a non-empty folder is refused. */
  force?: boolean;
  era: Era;
  /** Exact counts by grade (must sum to count); default: the survey distribution scaled. */
  grades?: Partial<Record<Grade, number>>;
  /** Exact counts by prospect ordinal 0..3 (must sum to count). */
  prospects?: number[];
  /** Add the three non-assessment documents. */
  extras: boolean;
}

/** A council as it appears in a report. */
export interface Council {
  /** Full name, e.g. "Bramley Borough Council". */
  name: string;
  /** Short name used in running text, e.g. "Bramley". */
  short: string;
  slug: string;
  kind: 'county' | 'district' | 'unitary' | 'metropolitan' | 'london';
}

/** Everything decided about one assessment report before it is written. */
export interface ReportPlan {
  index: number;
  council: Council;
  service: string;
  era: Era;
  grade: Grade;
  prospectOrdinal: number;
  weaknesses: ThemeId[];
  strengths: ThemeId[];
  emerging: EmergingId[];
  inspectedFrom: Date;
  inspectedTo: Date;
  published: Date;
}
