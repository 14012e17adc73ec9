/** The per-document pipeline, in order. */
import type { Stage } from '../pipeline.js';
import { checkOrder } from '../pipeline.js';
import { bestValueScheme, type Scheme } from '../scheme/index.js';
import { extract } from './extract.js';
import { normalise } from './normalise.js';
import { structure } from './structure.js';
import { metadata } from './metadata.js';
import { grade, prospect } from './judge.js';
import { verdict } from './verdict.js';
import { themes } from './themes.js';
import { scheme as schemeStage } from './scheme.js';
import { judgements } from './judgements.js';
import { leans } from './leans.js';
import type { SchemeChoice } from '../scheme/registry.js';
import { builtinCodebook, type Codebook } from '../scheme/codebook.js';

/** Settings that change what the stages produce (part of their versions). */
export interface PipelineSettings {
  maxPages?: number;
  /** The theme codebook (plain data, so settings stay serialisable); the built-in one when absent. */
  codebook?: Codebook;
  /** --scheme: 'auto' (decided per document from its own text, the default), 'best-value', or a scheme family's id ('ofsted'). */
  scheme?: SchemeChoice;
}

/** Builds the stage list for the given settings and checks its order. */
export function buildPipeline(settings: PipelineSettings = {}, scheme: Scheme = bestValueScheme): Stage[] {
  const stages: Stage[] = [
    extract(settings.maxPages === undefined ? {} : { maxPages: settings.maxPages }),
    ...analysis(scheme, settings.codebook, settings.scheme ?? 'auto'),
    leans(settings.codebook),
  ];
  checkOrder(stages);
  return stages;
}

/** The stages after extraction: from pages of text to findings (every document read as Best Value unless `choice` says otherwise). */
export function analysis(scheme: Scheme = bestValueScheme, codebook: Codebook = builtinCodebook, choice: SchemeChoice = 'best-value'): Stage[] {
  return [
    normalise(),
    structure(scheme),
    schemeStage(choice, scheme),
    metadata(scheme),
    grade(scheme),
    prospect(scheme),
    judgements(),
    verdict(scheme),
    themes(codebook),
  ];
}
