/** The per-document pipeline, in order. */
import type { Stage } from '../pipeline.js';
import { checkOrder } from '../pipeline.js';
import { extract } from './extract.js';

/** Settings that change what the stages produce (part of their versions). */
export interface PipelineSettings {
  maxPages?: number;
}

/** Builds the stage list for the given settings and checks its order. */
export function buildPipeline(settings: PipelineSettings = {}): Stage[] {
  const stages: Stage[] = [
    extract(settings.maxPages === undefined ? {} : { maxPages: settings.maxPages }),
  ];
  checkOrder(stages);
  return stages;
}
