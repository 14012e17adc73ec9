/** Codebooks: the built-in one is valid, a user's JSON codebook is validated with errors naming the entry, and it changes the tags. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinCodebook, THEME_IDS } from '../src/scheme/codebook.js';
import { CodebookError, loadCodebook, validateCodebook } from '../src/scheme/codebook-file.js';
import { compileCodebook, tagUnit } from '../src/classify/themes.js';
import { runCli, tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-codebook-');
afterAll(() => temp.removeAll());

const theme = (extra: Record<string, unknown> = {}) => ({ id: 'records', label: 'Records', definition: 'Records management.', terms: ['records management', 'retention schedule'], ...extra });

describe('the built-in codebook', () => {
  it('has the 13 themes of DOMAIN.md, in order, and validates', () => {
    expect(builtinCodebook.themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(validateCodebook(JSON.parse(JSON.stringify(builtinCodebook))).themes).toHaveLength(13);
  });
});

describe('validating a codebook', () => {
  it.each([
    [{ themes: [] }, '"themes" must be a non-empty list'],
    [{ themes: [theme({ id: 'Records Mgmt' })] }, 'theme "Records Mgmt" (themes[0]): id must be kebab-case'],
    [{ themes: [theme(), theme()] }, 'theme "records" (themes[1]): id appears twice'],
    [{ themes: [theme({ label: '' })] }, 'theme "records" (themes[0]).label must be a non-empty string'],
    [{ themes: [theme({ terms: ['records', 3] })] }, 'theme "records" (themes[0]).terms must be a list of non-empty strings'],
    [{ themes: [theme({ terms: ['@paperwork files'] })] }, 'theme "records" (themes[0]).terms[0]: cue "@paperwork files" uses the unknown macro @paperwork'],
    [{ themes: [theme({ hints: ['the of'] })] }, 'theme "records" (themes[0]).hints[0]: cue "the of" has an empty part'],
    [{ themes: [theme()], sections: { weakness: ['(unclosed'] } }, 'sections.weakness[0] "(unclosed" is not a regular expression'],
    [{ themes: [theme()], rewrites: [['a']] }, 'rewrites[0] must be a [from, to] pair of strings'],
    [{ themes: [theme()], voice: ['ok', '(unclosed'] }, 'voice[1] "(unclosed" is not a regular expression'],
    [{ scheme: 'ofsted', themes: [theme()] }, 'scheme "ofsted" is not a scheme (one of best-value, ofsted-ilacs,'],
    [{ schemes: ['ofsted-sif', 'police'], themes: [theme()] }, 'schemes[1] "police" is not a scheme'],
    [{ schemes: [], themes: [theme()] }, 'schemes must name at least one scheme'],
    [{ scheme: 'ofsted-sif', schemes: ['ofsted-sif'], themes: [theme()] }, 'give either "scheme" or "schemes", not both'],
    [{ extends: 'council-it', themes: [theme()] }, 'extends "council-it" is not a built-in codebook (one of best-value-ict'],
    [{ extends: 'best-value-ict', themes: [] }, '"themes" must be a non-empty list'],
    [{ themes: [theme()], thresholds: { weakness: { support: -1, floor: 0 }, strength: { support: 1, floor: 0 } } }, 'thresholds.weakness.support must be a number of at least 0'],
    [{ themes: [theme()], thresholds: { weakness: { support: 1, floor: 0 } } }, 'thresholds.strength must be an object with support, floor and optionally single'],
    [{ themes: [theme()], listMarkers: '[' }, 'listMarkers[0] "[" is not a regular expression'],
  ])('%j -> %s', (codebook, message) => {
    expect(() => validateCodebook(codebook)).toThrow(CodebookError);
    expect(() => validateCodebook(codebook)).toThrow(message);
  });

  it('names the file, and refuses bad JSON and YAML in one line', async () => {
    const folder = await temp.make();
    const bad = join(folder, 'bad.json');
    await writeFile(bad, JSON.stringify({ themes: [theme({ definition: 7 })] }));
    expect(() => loadCodebook(bad)).toThrow(`codebook ${bad}: theme "records" (themes[0]).definition must be a non-empty string`);
    await writeFile(join(folder, 'broken.json'), '{ "themes": [');
    expect(() => loadCodebook(join(folder, 'broken.json'))).toThrow(/is not valid JSON/);
    await writeFile(join(folder, 'broken.yaml'), 'themes: [\n  - id: x\n');
    expect(() => loadCodebook(join(folder, 'broken.yaml'))).toThrow(/is not valid YAML/);
    expect(() => loadCodebook(join(folder, 'missing.json'))).toThrow(/cannot read codebook .*ENOENT/);
  });
});

describe('a codebook written to a file', () => {
  it('loses nothing: the built-in codebook read back from JSON is the same codebook', () => {
    expect(validateCodebook(JSON.parse(JSON.stringify(builtinCodebook)))).toEqual(JSON.parse(JSON.stringify(builtinCodebook)));
  });
  it('refuses a theme that yields to a theme it does not have', () => {
    expect(() => validateCodebook({ themes: [theme({ yieldsTo: ['nowhere'] })] })).toThrow('theme "records" (themes[0]).yieldsTo[0] "nowhere" is not a theme of this codebook');
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
    expect(result.stderr).toContain('theme "records" (themes[0]).terms must be a list of non-empty strings');
  }, 60_000);
});
