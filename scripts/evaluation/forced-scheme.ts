/**
 * Runs the real stages over labelled reports with their scheme given rather than read (a measurement
 * of the codebook alone, before or apart from scheme reading). The text stages' output is cached by
 * content and stage versions, so a changed codebook reruns only the themes stage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDocument, type DocumentRecord, type Finding } from '../../src/document.js';
import { runStages, stageVersion, stageVersions, type Stage } from '../../src/pipeline.js';
import { extract } from '../../src/stages/extract.js';
import { analysis } from '../../src/stages/index.js';
import { sha256Of, typeOf } from '../../src/discover.js';

/** A scheme finding given by the measurement (its evidence says so). */
export function givenScheme(value: string): Finding {
  const text = `scheme given for the measurement: ${value}`;
  return { value, confidence: 1, evidence: { text, pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: 0 } };
}

/** The stages before themes (extract included), and the themes stage itself. */
function split(themes: Stage): { before: Stage[] } {
  const before = [extract(), ...analysis().filter((stage) => stage.name !== 'themes')];
  if (themes.name !== 'themes') throw new Error('the last stage must be the themes stage');
  return { before };
}

/** Reads one file through the stages before themes, from the cache when the same bytes went through the same stage versions. */
async function textStages(path: string, before: Stage[], cache: string | undefined): Promise<DocumentRecord> {
  const bytes = readFileSync(path);
  const sha256 = sha256Of(bytes);
  const key = `${sha256}-${stageVersion(1, stageVersions(before))}.json`;
  if (cache && existsSync(join(cache, key))) return JSON.parse(readFileSync(join(cache, key), 'utf8')) as DocumentRecord;
  const document = newDocument(path, sha256, typeOf(path), bytes.length);
  document.bytes = bytes;
  await runStages(before, document);
  delete document.bytes;
  if (cache) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, key), JSON.stringify(document));
  }
  return document;
}

/** Runs every file through the real stages with the scheme given; the themes stage is `themes`. */
export async function analyseWithScheme(paths: readonly string[], scheme: string, themes: Stage, cache?: string): Promise<DocumentRecord[]> {
  const { before } = split(themes);
  const out: DocumentRecord[] = [];
  for (const path of paths) {
    const document = await textStages(path, before, cache);
    document.scheme = givenScheme(scheme);
    out.push(await runStages([themes], document));
  }
  return out;
}
