/** Codebooks: the built-in one is valid, a user's JSON codebook is validated with errors naming the entry, and it changes the tags. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinCodebook, THEME_IDS } from '../src/scheme/codebook.js';
import { CodebookError, loadCodebook, validateCodebook } from '../src/scheme/codebook-file.js';
import { codebookJsonSchema } from '../src/scheme/codebook-schema.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';
import { runCli, tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-codebook-');
afterAll(() => temp.removeAll());

const theme = (extra: Record<string, unknown> = {}) => ({ id: 'records', label: 'Records', definition: 'Records management.', terms: ['records management', 'retention schedule'], ...extra });

describe('the built-in codebook', () => {
  it('has the 13 themes of the Best Value codebook (docs/best-value.md), in order, and validates', () => {
    expect(builtinCodebook.themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(validateCodebook(JSON.parse(JSON.stringify(builtinCodebook))).themes).toHaveLength(13);
  });
});

describe('validating a codebook', () => {
  it.each([
    [{ themes: [] }, 'themes: a codebook that extends none needs a non-empty list of themes'],
    [{}, 'themes: a codebook that extends none needs a non-empty list of themes'],
    [{ themes: [theme({ id: 'Records Mgmt' })] }, 'themes[0] ("Records Mgmt").id: must be kebab-case'],
    [{ themes: [theme(), theme()] }, 'themes[1] ("records").id: appears twice'],
    [{ themes: [theme({ label: '' })] }, 'themes[0] ("records").label: must be a non-empty string'],
    [{ themes: [theme({ terms: ['records', 3] })] }, 'themes[0] ("records").terms[1]: Invalid input: expected string, received number'],
    [{ themes: [theme({ terms: ['@paperwork files'] })] }, 'themes[0] ("records").terms[0] "@paperwork files": cue "@paperwork files" uses the unknown macro @paperwork'],
    [{ themes: [theme({ hints: ['the of'] })] }, 'themes[0] ("records").hints[0] "the of": cue "the of" has an empty part'],
    [{ themes: [theme({ terms: ['(files|records retention'] })] }, 'themes[0] ("records").terms[0] "(files|records retention": unbalanced brackets'],
    [{ themes: [theme({ patterns: ['#Noun (training|courses'] })] }, 'themes[0] ("records").patterns[0] "#Noun (training|courses": unbalanced brackets'],
    [{ themes: [theme({ term: ['records'] })] }, 'themes[0] ("records"): unknown key "term"'],
    [{ themes: [theme()], polarty: { weakness: ['lack'] } }, 'the codebook: unknown key "polarty"'],
    [{ themes: [theme()], polarity: { strengths: ['good'] } }, 'polarity: unknown key "strengths"'],
    [{ themes: [theme()], sections: { weakness: ['(unclosed'] } }, 'sections.weakness[0]: is not a regular expression'],
    [{ themes: [theme()], rewrites: [['a']] }, 'rewrites[0]'],
    [{ themes: [theme()], voice: ['ok', '(unclosed'] }, 'voice[1]: is not a regular expression'],
    [{ scheme: 'ofsted', themes: [theme()] }, 'scheme: Invalid option: expected one of "best-value"|"ofsted-ilacs"'],
    [{ schemes: ['ofsted-sif', 'police'], themes: [theme()] }, 'schemes[1]: Invalid option'],
    [{ schemes: [], themes: [theme()] }, 'schemes: must name at least one scheme'],
    [{ scheme: 'ofsted-sif', schemes: ['ofsted-sif'], themes: [theme()] }, 'give either "scheme" or "schemes", not both'],
    [{ extends: 'council-it', themes: [theme()] }, 'extends: "council-it" is not a built-in codebook (one of best-value-ict'],
    [{ extends: 'best-value-ict', themes: [] }, 'themes: a codebook that extends none needs a non-empty list of themes'],
    [{ themes: [theme()], thresholds: { weakness: { support: -1, floor: 0 }, strength: { support: 1, floor: 0 } } }, 'thresholds.weakness.support: Too small: expected number to be >=0'],
    [{ themes: [theme()], thresholds: { weakness: { support: 1, floor: 0 } } }, 'thresholds.strength: Invalid input: expected object, received undefined'],
    [{ themes: [theme()], listMarkers: '[' }, 'listMarkers: is not a regular expression'],
  ])('%j -> %s', (codebook, message) => {
    expect(() => validateCodebook(codebook)).toThrow(CodebookError);
    expect(() => validateCodebook(codebook)).toThrow(message);
  });

  it('names the file, and refuses bad JSON and YAML in one line', async () => {
    const folder = await temp.make();
    const bad = join(folder, 'bad.json');
    await writeFile(bad, JSON.stringify({ themes: [theme({ definition: 7 })] }));
    expect(() => loadCodebook(bad)).toThrow(`codebook ${bad}: themes[0] ("records").definition: Invalid input: expected string, received number`);
    await writeFile(join(folder, 'broken.json'), '{ "themes": [');
    expect(() => loadCodebook(join(folder, 'broken.json'))).toThrow(/is not valid JSON/);
    await writeFile(join(folder, 'broken.yaml'), 'themes: [\n  - id: x\n');
    expect(() => loadCodebook(join(folder, 'broken.yaml'))).toThrow(/is not valid YAML/);
    expect(() => loadCodebook(join(folder, 'missing.json'))).toThrow(/cannot read codebook .*ENOENT/);
  });
});

describe('a codebook standing alone or extending a built-in one', () => {
  it('standing alone, gets no domain vocabulary of the built-in codebook, only its English polarity words', () => {
    const alone = validateCodebook({ themes: [theme()] });
    expect(alone.offTopic).toEqual([]);
    expect(alone.macros).toEqual({});
    expect(alone.sections).toEqual({ weakness: [], strength: [], neutral: [], emphasis: [] });
    expect(alone.voice).toEqual([]);
    expect(alone.polarity).toEqual(builtinCodebook.polarity);
  });

  it('extending one, inherits every part it leaves out', () => {
    const extended = validateCodebook({ extends: builtinCodebook.id, offTopic: ['parking'] });
    expect(extended.offTopic).toEqual(['parking']);
    expect(extended.macros).toEqual(builtinCodebook.macros);
    expect(extended.sections).toEqual(builtinCodebook.sections);
    expect(extended.themes).toEqual(builtinCodebook.themes);
  });

  it('publishes the JSON Schema generated from the one the validator uses, and the schema refuses unknown keys', () => {
    const published = readFileSync(join(import.meta.dirname, '..', 'src', 'scheme', 'codebook.schema.json'), 'utf8');
    expect(published, 'run npm run codebook-schema').toBe(codebookJsonSchema());
    const schema = JSON.parse(published) as { additionalProperties: unknown; properties: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['extends', 'themes', 'offTopic', 'polarity']));
  });
});

describe('a codebook written to a file', () => {
  it('loses nothing: the built-in codebook read back from JSON is the same codebook', () => {
    expect(validateCodebook(JSON.parse(JSON.stringify(builtinCodebook)))).toEqual(JSON.parse(JSON.stringify(builtinCodebook)));
  });
  it('refuses a theme that yields to a theme it does not have', () => {
    expect(() => validateCodebook({ themes: [theme({ yieldsTo: ['nowhere'] })] })).toThrow('themes[0] ("records").yieldsTo[0]: "nowhere" is not a theme of this codebook');
  });
});

describe('a custom codebook', () => {
  it('reads YAML with the same shape as JSON', async () => {
    const folder = await temp.make();
    const file = join(folder, 'codebook.yml');
    await writeFile(file, [
      'id: records-regime',
      'themes:',
      '  - id: records',
      '    label: Records management',
      '    definition: Keeping, finding and disposing of the council\'s records.',
      '    terms: ["retention schedule", "records management"]',
      '    hints: []',
      '    patterns: []',
    ].join('\n'));
    const codebook = loadCodebook(file);
    expect(codebook.themes.map((t) => t.id)).toEqual(['records']);
    expect(tagUnit('The council has no retention schedule for its files.', '', compileCodebook(codebook)).map((t) => t.theme)).toEqual(['records']);
  });

  const sentence = 'The council has no retention schedule, and records management is left to each office.';

  it('changes the tags: its own themes are raised, the built-in ones are not', () => {
    expect(tagUnit(sentence, '', compileCodebook(builtinCodebook)).map((t) => t.theme)).not.toContain('records');
    const custom = compileCodebook(validateCodebook({ id: 'records-regime', themes: [theme()] }));
    expect(tagUnit(sentence, '', custom)).toEqual([{ theme: 'records', polarity: 'weakness', score: expect.any(Number) }]);
    expect(tagUnit('Members provide strong leadership on ICT.', '', custom)).toEqual([]);
  });

  it('is a one-line usage error on the command line, exit 2', async () => {
    const folder = await temp.make();
    const file = join(folder, 'codebook.json');
    await writeFile(file, JSON.stringify({ themes: [theme({ terms: 'records' })] }));
    const result = await runCli(['--input', folder, '--out', folder, '--codebook', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('themes[0] ("records").terms: Invalid input: expected array, received string');
  }, 60_000);
});
