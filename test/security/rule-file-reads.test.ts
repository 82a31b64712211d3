/**
 * Rule files cannot make the tool read other files, nor recite them (issue 15,
 * item 9; cli.md "Reading files"): a code list must lie inside the folder tree
 * the rule file was loaded from (symlinks resolved), and no message quotes more
 * than 40 characters of a file's content.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRuleFiles } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';
import { ruleFile } from '../helpers/rule-file.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('rule-reads');
afterAll(cleanup);
const SECRET = `root:$6$${'s'.repeat(60)}:19000:0:99999:7:::`;
const LONG_KEY = `k${'x'.repeat(99)}`;
const usesList = (path: string) => `codelists:\n  leak: ${path}\n${ruleFile('    require: { field: offence_code, in_list: leak }\n    message: failed\n')}`;

beforeAll(() => {
  mkdirSync(join(dir, 'tree', 'lists'), { recursive: true });
  writeFileSync(join(dir, 'secret.yaml'), `${SECRET}\n`);
  writeFileSync(join(dir, 'tree', 'lists', 'codes.yaml'), 'name: codes\ncodes: [8N]\n');
  writeFileSync(join(dir, 'tree', 'lists', 'long-key.yaml'), `name: codes\ncodes: [8N]\n${LONG_KEY}: 1\n`);
  symlinkSync(join(dir, 'secret.yaml'), join(dir, 'tree', 'lists', 'link-out.yaml'));
  writeFileSync(join(dir, 'tree', 'absolute.yaml'), usesList(join(dir, 'secret.yaml')));
  writeFileSync(join(dir, 'tree', 'dotdot.yaml'), usesList('../secret.yaml'));
  writeFileSync(join(dir, 'tree', 'symlink.yaml'), usesList('lists/link-out.yaml'));
  writeFileSync(join(dir, 'tree', 'proc.yaml'), usesList('/proc/self/environ'));
  writeFileSync(join(dir, 'tree', 'inside.yaml'), usesList('lists/codes.yaml'));
  writeFileSync(join(dir, 'tree', 'long.yaml'), usesList('lists/long-key.yaml'));
});

const problemsOf = async (file: string) => (await checkRuleFiles([join('tree', file)], dir)).map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('code lists are confined to the rule file’s folder tree (item 9)', () => {
  it.each([
    ['an absolute path outside', 'absolute.yaml', () => join(dir, 'secret.yaml')],
    ['a ../ path outside', 'dotdot.yaml', () => '../secret.yaml'],
    ['a symlink inside pointing outside', 'symlink.yaml', () => 'lists/link-out.yaml'],
    ['/proc/self/environ (whose size reads 0)', 'proc.yaml', () => '/proc/self/environ'],
  ])('%s: refused unread, at its line, named as written', async (_name, file, written) => {
    const problems = await problemsOf(file);
    const shown = [...written()].length > 40 ? `${written().slice(0, 40)}…` : written();
    expect(problems).toEqual([`tree/${file}:2: code list ${shown} is outside the folder tree the rule file was loaded from`]);
    expect(problems.join('\n')).not.toContain('root:$6$');
  });

  it('a code list inside the tree is read', async () => {
    expect(await problemsOf('inside.yaml')).toEqual([]);
  });

  it('a rules folder is one tree: a file in a subfolder may use a list elsewhere in it, not when given alone', async () => {
    mkdirSync(join(dir, 'tree2', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'tree2', 'lists'));
    writeFileSync(join(dir, 'tree2', 'lists', 'codes.yaml'), 'name: codes\ncodes: [8N]\n');
    writeFileSync(join(dir, 'tree2', 'sub', 'nested.yaml'), usesList('../lists/codes.yaml'));
    expect(await checkRuleFiles(['tree2'], dir)).toEqual([]);
    const alone = await checkRuleFiles(['tree2/sub/nested.yaml'], dir);
    expect(alone.map((p) => p.message)).toEqual(['code list ../lists/codes.yaml is outside the folder tree the rule file was loaded from']);
  });
});

describe('no message quotes more than 40 characters of a file (item 9)', () => {
  it('an unknown key of 100 characters in a code list', async () => {
    const problems = await problemsOf('long.yaml');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).not.toContain(LONG_KEY.slice(0, 41));
    expect(problems.join('\n')).toContain(`'${LONG_KEY.slice(0, 40)}…'`);
  });

  it('a duplicate header of 100 characters in an export', async () => {
    const header = `h${'y'.repeat(99)}`;
    writeFileSync(join(dir, 'dup.csv'), `record_id,${header},${header}\nA,1,2\n`);
    const run = await runCli(['audit', 'dup.csv', '--no-config'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).not.toContain(header.slice(0, 41));
  });
});


describe('capQuotes', () => {
  it.each([
    ["rule 'NCRS-0001' is in none of the reports given, did you mean 'NCRS-001'?", "rule 'NCRS-0001' is in none of the reports given, did you mean 'NCRS-001'?"],
    [`unknown key '${'k'.repeat(50)}'`, `unknown key '${'k'.repeat(40)}…'`],
    [`'${'😀'.repeat(41)}' and 'b'`, `'${'😀'.repeat(40)}…' and 'b'`],
  ])('%s', async (message, capped) => {
    const { capQuotes } = await import('../../src/text/safe-text.js');
    expect(capQuotes(message)).toBe(capped);
  });
});
