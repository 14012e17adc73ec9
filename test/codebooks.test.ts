/** Codebooks per scheme: a codebook names the schemes it codes, may extend a built-in one, and the themes stage picks a document's codebook by its scheme. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DocumentRecord, Finding } from '../src/document.js';
import { runStages } from '../src/pipeline.js';
import { builtinCodebook } from '../src/scheme/codebook.js';
import { builtinCodebooks, codebooksByScheme, ofstedChildrensServicesCodebook, validatedCodebookFiles } from '../src/scheme/codebooks.js';
import { compileCodebook, tagSentences } from '../src/classify/themes.js';
import { listPieces } from '../src/classify/theme-lists.js';
import type { Sentence } from '../src/text/sentences.js';
import { validateCodebook } from '../src/scheme/codebook-file.js';
import { checkCue } from '../src/scheme/codebook-cues.js';
import { themes } from '../src/stages/themes.js';
import { analysePages } from './helpers/analyse.js';

const records = { id: 'records', label: 'Records', definition: 'Keeping and finding case records.', terms: ['case records', 'retention schedule'] };

/** A finding naming a scheme, as the scheme stage records it. */
const scheme = (value: string): Finding => ({ value, confidence: 1, evidence: { text: value, pageStart: 1, pageEnd: 1, start: 0, end: 0, sentence: 0 } });

/** A report whose findings raise Best Value themes (training, help desk) and the custom one (case records). */
const pages = [[
  'Summary',
  'The ICT service is poor. Staff have had no training in the new systems and users wait weeks for the help desk to answer.',
  'Case records are poorly kept and there is no retention schedule; staff cannot find case records when they need them.',
  'Recommendations',
  'The council should provide training for all staff who use the new systems.',
].join('\n')];

async function themesOf(stage: ReturnType<typeof themes>, given: Finding | null | undefined): Promise<DocumentRecord> {
  const document = await analysePages(pages);
  if (given !== undefined) document.scheme = given;
  document.messages = [];
  return runStages([stage], document);
}

describe('a codebook names the schemes it codes', () => {
  it('codes Best Value when it names none, and keeps the schemes it names', () => {
    expect(validateCodebook({ themes: [records] }).schemes).toEqual(['best-value']);
    expect(validateCodebook({ scheme: 'ofsted-ilacs', themes: [records] }).schemes).toEqual(['ofsted-ilacs']);
    expect(validateCodebook({ schemes: ['ofsted-ilacs', 'ofsted-sif'], themes: [records] }).schemes).toEqual(['ofsted-ilacs', 'ofsted-sif']);
  });

  it('extends a built-in codebook: its themes are added, a theme of the same id replaces the inherited one, the rest is inherited', () => {
    const extended = validateCodebook({ extends: 'best-value-ict', id: 'council-it-and-records', themes: [records, { ...records, id: 'user-training', label: 'Training' }] });
    expect(extended.themes.map((t) => t.id)).toEqual([...builtinCodebook.themes.map((t) => t.id), 'records']);
    expect(extended.themes.find((t) => t.id === 'user-training')?.label).toBe('Training');
    expect(extended.polarity).toEqual(builtinCodebook.polarity);
    expect(extended.schemes).toEqual(['best-value']);
    expect(validateCodebook({ extends: 'best-value-ict', polarity: { negators: ['not'] } }).themes).toEqual(builtinCodebook.themes);
  });

  it('replaces the codebook of the schemes it names only', () => {
    const custom = validateCodebook({ scheme: 'ofsted-ilacs', themes: [records] });
    const byScheme = codebooksByScheme(custom);
    expect(byScheme.get('ofsted-ilacs')).toBe(custom);
    expect(byScheme.get('best-value')).toBe(builtinCodebook);
    expect(codebooksByScheme().get('best-value')).toBe(builtinCodebook);
  });

  it('every built-in codebook validates as it is and names known schemes', () => {
    const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    for (const codebook of builtinCodebooks) expect(json(validateCodebook(json(codebook)))).toEqual(json(codebook));
  });

  it('every term, hint and pattern of the built-in codebooks compiles (they are loaded without compiling them)', () => {
    const failures: string[] = [];
    for (const codebook of builtinCodebooks) {
      for (const theme of codebook.themes) {
        for (const list of ['terms', 'hints', 'patterns'] as const) {
          for (const item of theme[list]) {
            try { checkCue(item, list, codebook.macros); } catch (error) { failures.push(`${codebook.id} ${theme.id} ${list} "${item}": ${String(error)}`); }
          }
        }
      }
    }
    expect(builtinCodebooks.flatMap((codebook) => codebook.themes).length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('the built-in YAML codebooks hold only what JSON can say, so the JSON the build writes of them is the same data', () => {
    const folder = fileURLToPath(new URL('../src/scheme/', import.meta.url));
    const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const data = parseYaml(readFileSync(join(folder, name), 'utf8')) as unknown;
      expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    }
  });

  it('the validated codebooks the build writes beside their YAML files read back as the same codebooks (Infinity included)', () => {
    const files = validatedCodebookFiles();
    expect(files.map((file) => file.path)).toEqual([expect.stringMatching(/codebook-ofsted-childrens-services\.yaml\.codebook$/)]);
    expect(deserialize(files[0]!.bytes)).toStrictEqual(ofstedChildrensServicesCodebook);
    // JSON would not do: a threshold of Infinity comes back as null.
    expect(JSON.parse(JSON.stringify(ofstedChildrensServicesCodebook))).not.toStrictEqual(ofstedChildrensServicesCodebook);
  });

  it('a user codebook whose cue does not compile is rejected, naming the theme and entry', () => {
    const broken = { id: 'broken', label: 'Broken', definition: 'A cue of stopwords only.', terms: ['case records', 'the + of'] };
    expect(() => validateCodebook({ themes: [broken] })).toThrow(/themes\[0\] \("broken"\)\.terms\[1\] "the \+ of": .*empty part/);
  });
});

describe('the themes stage picks the codebook by the document scheme', () => {
  // Standing alone, a codebook gets no section words: it names the sections that state the findings.
  const custom = validateCodebook({ id: 'records-only', scheme: 'ofsted-ilacs', sections: { emphasis: ['^summary'] }, themes: [records] });

  it('codes a document without a scheme, or of Best Value, with the Best Value codebook', async () => {
    const unset = await themesOf(themes(), undefined);
    expect(unset.themes?.weaknesses).toContain('user-training');
    expect(unset.themes?.weaknesses).not.toContain('records');
    expect((await themesOf(themes(custom), scheme('best-value'))).themes).toEqual(unset.themes);
  });

  it('never applies the Best Value codebook to another scheme: no codebook, no themes, said in a message', async () => {
    const ofsted = await themesOf(themes(builtinCodebook), scheme('ofsted-school'));
    expect(ofsted.themes?.mentions).toEqual([]);
    expect(ofsted.messages.map((m) => `${m.rule}: ${m.text}`)).toContain('no-codebook: no themes: no codebook codes the scheme "ofsted-school"');
    const unknown = await themesOf(themes(), null);
    expect(unknown.themes?.mentions).toEqual([]);
    expect(unknown.messages.map((m) => m.rule)).toEqual(['no-codebook']);
  });

  it('codes a document of a scheme with the codebook that names it', async () => {
    const coded = await themesOf(themes(custom), scheme('ofsted-ilacs'));
    expect(coded.themes?.weaknesses).toEqual(['records']);
    expect(coded.themes?.mentions.every((m) => m.theme === 'records')).toBe(true);
  });

  it('has a version that covers every codebook', () => {
    expect(themes(custom).version).not.toBe(themes().version);
    expect(themes(builtinCodebook).version).toBe(themes().version);
  });
});

describe('lists run into one unit (the codebook\'s listMarkers)', () => {
  const ofsted = compileCodebook(ofstedChildrensServicesCodebook);
  const heading = 'What needs to improve?';

  it('splits the items after a heading of what needs to improve, and carries the list to the next unit', () => {
    const first = listPieces(`${heading} ◼ The quality of plans for children in need. ◼ Caseloads in the intake team.`, 'Judgement', undefined, ofsted);
    expect(first.pieces).toEqual([
      { text: 'The quality of plans for children in need.', section: `Judgement > ${heading}`, directive: true },
      { text: 'Caseloads in the intake team.', section: `Judgement > ${heading}`, directive: true },
    ]);
    const next = listPieces('This includes the response out of hours. ◼ The stability of the workforce.', 'Judgement', first.carry, ofsted);
    expect(next.pieces.map((piece) => piece.directive)).toEqual([true, true]);
    expect(listPieces('Children are seen regularly.', 'Judgement', next.carry, ofsted)).toEqual({ pieces: [{ text: 'Children are seen regularly.', section: 'Judgement', directive: false }], carry: undefined });
  });

  it('leaves units whole for a codebook without list markers', () => {
    const text = `${heading} ◼ The quality of plans.`;
    expect(listPieces(text, 'Summary', undefined, compileCodebook(builtinCodebook)).pieces).toEqual([{ text, section: 'Summary', directive: false }]);
  });

  it('raises each item of what needs to improve as a weakness, praise in its words notwithstanding', () => {
    const sentences: Sentence[] = [`${heading} ◼ The effectiveness of management oversight and supervision. ◼ The quality of pathway plans for care leavers.`]
      .map((text, index) => ({ text, kind: 'sentence', section: 'Judgement', index, pageStart: 1, pageEnd: 1, rawStart: 0, rawEnd: text.length } as Sentence));
    const mentions = tagSentences(sentences, ofsted);
    const tags = mentions.map((m) => `${m.theme}:${m.polarity}`);
    expect(tags).toEqual(expect.arrayContaining(['management-oversight:weakness', 'quality-of-plans:weakness', 'care-leavers:weakness']));
    expect(tags.filter((tag) => tag.endsWith(':strength'))).toEqual([]);
    // A heading ends the list: bullets after it are not items of what needs to improve.
    const after = [...sentences, { ...sentences[0]!, kind: 'heading', text: 'Information about this local authority', index: 1 },
      { ...sentences[0]!, text: 'The local authority runs two teams. ◼ Caseloads are manageable and staff are stable.', index: 2 }] as Sentence[];
    expect(tagSentences(after, ofsted).filter((m) => m.evidence.sentence === 2).map((m) => `${m.theme}:${m.polarity}:${m.emphasis ?? false}`)).toEqual(['workforce:strength:false']);
    // Each mention quotes its item, not the whole run of the list.
    expect(mentions.find((m) => m.theme === 'management-oversight')?.evidence.text).toBe('The effectiveness of management oversight and supervision.');
  });
});
