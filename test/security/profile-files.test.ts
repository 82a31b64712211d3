/**
 * A profile is data, never code (src/yaml/guard.ts): the same
 * refusals as rule files, and only a regular file of sensible size is read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/errors.js';
import { loadProfile } from '../../src/ingest/index.js';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('profile-security');
afterAll(cleanup);
writeFileSync(join(dir, 'in.csv'), 'Ref,Type\nA1,crime\n');

const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

/** [case, profile text, expected stderr (regex)] */
const REFUSED: [string, string, RegExp][] = [
  ['!!js/function tag', 'columns: !!js/function "function () { globalThis.polluted = true }"\n', /p\.yaml:1:\d+: YAML tag .*js\/function is not allowed/],
  ['local !foo tag', 'columns:\n  Ref: !foo record_id\n', /p\.yaml:2:\d+: YAML tag !foo is not allowed/],
  ['merge key', 'columns:\n  <<: { Ref: record_id }\n', /p\.yaml:2:3: YAML merge keys \(<<\) are not allowed/],
  ['anchor and alias', 'columns: &c\n  Ref: record_id\nvalues:\n  record_type: *c\n', /anchor &c is not allowed/],
  ['billion laughs', LAUGHS, /p\.yaml:1:\d+: anchor &a is not allowed/],
  ['__proto__ key', 'columns:\n  __proto__: { polluted: record_id }\n  Ref: record_id\n', /p\.yaml:2:3: '__proto__' is not allowed as a key/],
  ['constructor key', 'values:\n  record_type:\n    constructor: crime\ncolumns:\n  Ref: record_id\n', /p\.yaml:3:5: 'constructor' is not allowed as a key/],
  ['nesting deeper than the parser can follow', 'columns:\n' + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 + 2 * i)}k:\n`).join(''), /p\.yaml:1:1: (YAML|profile)/],
];

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile profiles are refused with file:line:column (exit 2)', () => {
  it.each(REFUSED)('%s', async (_name, text, message) => {
    writeFileSync(join(dir, 'p.yaml'), text);
    await expect(loadProfile('./p.yaml', dir)).rejects.toBeInstanceOf(ProfileError);
    const run = await runCli(['audit', 'in.csv', '--profile', './p.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['/dev/zero', /profile is not a regular file/],
    [join(dir), /profile is a folder/],
  ])('%s is not read', async (path, message) => {
    const run = await runCli(['audit', 'in.csv', '--profile', path], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('a profile larger than 256 KiB is refused before parsing', async () => {
    writeFileSync(join(dir, 'big.yaml'), `description: "${'x'.repeat(300 * 1024)}"\ncolumns:\n  Ref: record_id\n`);
    const run = await runCli(['audit', 'in.csv', '--profile', './big.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/big\.yaml:1:1: profile is larger than 256 KiB/);
  });

  it('the shipped example profile still loads', async () => {
    const profile = await loadProfile('profiles/examples/northshire-niche.yaml', process.cwd());
    expect(profile.name).toBe('northshire-niche');
  });
});
