/**
 * Hardening of the rule loader and the two operators that run author-written
 * code-like text (issue 8): absurd nesting, special and huge files, regular
 * expressions that would backtrack, and jexl expressions reaching past the data.
 * Each table row fails if its protection is removed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRuleFiles } from '../../src/rules/index.js';
import { compileWholeMatch } from '../../src/operators/support/safe-regex.js';
import { runRule } from '../engine/condition-harness.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('rule-hardening');
afterAll(cleanup);
writeFileSync(join(dir, 'codes.yaml'), 'name: Test codes\ncodes: [A1]\n');

const rule = (require: string, extra = '') => `${extra}rules:
  - id: T-001
    name: test
    severity: error
    standard: test standard
    description: test rule
    require: ${require}
    message: failed
`;
const flowNot = (n: number) => `${'{ not: '.repeat(n)}{ present: record_id }${' }'.repeat(n)}`;
const blockNot = (n: number) => `\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 3)}not:`).join('\n')}\n${'  '.repeat(n + 3)}present: record_id`;
const flowAll = (n: number) => `${'{ all: [ '.repeat(n)}{ present: record_id }${' ] }'.repeat(n)}`;

async function problemsOf(text: string, name = 'r.yaml') {
  writeFileSync(join(dir, name), text);
  return checkRuleFiles([name], dir);
}

describe('nesting is limited, never a stack overflow', () => {
  /** [case, rule file text, expected line, message] */
  const DEEP: [string, string, number, RegExp][] = [
    ['not: 2,000 deep (flow)', rule(flowNot(2000)), 7, /nested too deeply/],
    ['not: 2,000 deep (block)', rule(blockNot(2000)), 0, /nested too deeply/],
    ['not: 20,000 deep (flow)', rule(flowNot(20_000)), 7, /nested too deeply/],
    ['all: 150 deep', rule(flowAll(150)), 7, /nested too deeply/],
    ['not: 70 deep', rule(flowNot(70)), 7, /conditions nested too deeply \(more than 64 levels\)/],
    ['not: 70 deep in applies_to', rule('{ present: record_id }').replace('    require:', `    applies_to: ${flowNot(70)}\n    require:`), 7, /conditions nested too deeply/],
    ['an example record 300 deep', `${rule('{ present: record_id }')}    examples:\n      pass:\n        - ${'{ a: '.repeat(300)}1${' }'.repeat(300)}\n`, 11, /nested too deeply/],
    ['a list 5,000 deep', `rules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 1, /nested too deeply/],
  ];
  it.each(DEEP)('%s', async (_name, text, line, message) => {
    const problems = await problemsOf(text);
    const match = problems.find((p) => message.test(p.message));
    expect(match, problems.map((p) => p.message).join('\n')).toBeDefined();
    expect(match!.file).toBe('r.yaml');
    if (line) expect(match!.line).toBe(line);
    else expect(match!.line).toBeGreaterThan(7);
    expect(match!.column).toBeGreaterThan(1);
  });

  it.each([
    ['not: 63 deep', rule(flowNot(63))],
    ['all: 60 deep', rule(flowAll(60))],
    ['not: 60 deep (block)', rule(blockNot(60))],
  ])('%s still loads', async (_name, text) => {
    expect(await problemsOf(text)).toEqual([]);
  });

  it('a code list nested too deeply is located in the code list', async () => {
    writeFileSync(join(dir, 'deep-codes.yaml'), `name: x\ncodes: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
    const problems = await problemsOf(rule('{ field: offence_code, in_list: c }', 'codelists:\n  c: ./deep-codes.yaml\n'));
    expect(problems.some((p) => p.file === 'deep-codes.yaml' && /nested too deeply/.test(p.message))).toBe(true);
  });
});

describe('only regular files of sensible size are read', () => {
  const hasFifo = (() => {
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      return true;
    } catch {
      return false;
    }
  })();
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'good.yaml'), rule('{ present: record_id }'));
  if (hasFifo) execFileSync('mkfifo', [join(dir, 'folder', 'zz-pipe.yaml')]);
  writeFileSync(join(dir, 'huge.yaml'), '');
  truncateSync(join(dir, 'huge.yaml'), 5 * 1024 * 1024); // sparse: nothing is written

  /** [case, --rules paths, expected file, line, message] */
  const CASES: [string, string[], string, number, RegExp][] = [
    ['--rules /dev/zero', ['/dev/zero'], '/dev/zero', 1, /not a rule file or folder/],
    ['a code list at /dev/zero (outside the rule file’s tree: never opened)', ['devzero-list.yaml'], 'devzero-list.yaml', 2, /code list \/dev\/zero is outside the folder tree/],
    ['a rule file over 4 MiB', ['huge.yaml'], 'huge.yaml', 1, /the rule file is larger than 4 MiB/],
    ['a code list over 4 MiB', ['huge-list.yaml'], 'huge-list.yaml', 2, /code list \.\/huge\.yaml is larger than 4 MiB/],
    ['a code list that is a folder', ['folder-list.yaml'], 'folder-list.yaml', 2, /code list \.\/folder is a folder/],
    ...(hasFifo
      ? ([
          ['--rules naming a FIFO', ['pipe.yaml'], 'pipe.yaml', 1, /not a rule file or folder/],
          ['a code list that is a FIFO', ['fifo-list.yaml'], 'fifo-list.yaml', 2, /code list \.\/pipe\.yaml is not a regular file/],
        ] as [string, string[], string, number, RegExp][])
      : []),
  ];
  writeFileSync(join(dir, 'devzero-list.yaml'), rule('{ field: offence_code, in_list: x }', 'codelists:\n  x: /dev/zero\n'));
  writeFileSync(join(dir, 'huge-list.yaml'), rule('{ field: offence_code, in_list: x }', 'codelists:\n  x: ./huge.yaml\n'));
  writeFileSync(join(dir, 'folder-list.yaml'), rule('{ field: offence_code, in_list: x }', 'codelists:\n  x: ./folder\n'));
  writeFileSync(join(dir, 'fifo-list.yaml'), rule('{ field: offence_code, in_list: x }', 'codelists:\n  x: ./pipe.yaml\n'));

  it.each(CASES)('%s', async (_name, paths, file, line, message) => {
    const problems = await checkRuleFiles(paths, dir);
    const match = problems.find((p) => message.test(p.message));
    expect(match, problems.map((p) => `${p.file}: ${p.message}`).join('\n')).toBeDefined();
    expect(match!.file).toBe(file);
    expect(match!.line).toBe(line);
  });

  it.skipIf(!hasFifo)('a FIFO inside a rule folder is skipped, the rule files beside it load', async () => {
    expect(await checkRuleFiles(['folder'], dir)).toEqual([]);
  });
});

describe('matches: linear-time regular expressions', () => {
  /** Safe patterns give the same answers as JavaScript's own engine. [pattern, ignore case, values] */
  const SAME: [string, boolean, string[]][] = [
    ['[0-9a-f]{64}', true, ['a'.repeat(64), 'A'.repeat(64), 'g'.repeat(64), 'a'.repeat(63), '']],
    ['[A-Z]{2}[0-9]+/[0-9]{2}', false, ['AB12/26', 'ab12/26', 'AB/26', 'AB12/2', 'xAB12/26']],
    ['a|bc', false, ['a', 'bc', 'abc', 'b', '']],
    ['\\d+\\.?\\d*', false, ['4', '4.1', '4.', '.1', '١']],
    ['\\u{1F600}.', false, ['😀😀', '😀', '😀a']],
    ['ÉCOLE-[a-z]+', true, ['école-x', 'ECOLE-x', 'ÉCOLE-Z']],
    ['\\p{Lu}\\w*', false, ['Leeds', 'leeds', 'Ölso', 'L_1']],
    ['(a|aa)+', false, ['aaaa', 'aab', '']],
    ['.*.*.*=', false, ['a=b', 'abc', '=']],
    ['[^,]+,[^,]+', false, ['a,b', 'a,b,c', ',b']],
  ];
  it.each(SAME)('%s', (pattern, ignoreCase, values) => {
    const compiled = compileWholeMatch(pattern, ignoreCase);
    if (!compiled.ok) throw new Error(compiled.message);
    const native = new RegExp(`^(?:${pattern})$`, ignoreCase ? 'iu' : 'u');
    for (const v of values) expect(compiled.matcher.test(v), v).toBe(native.test(v));
  });

  /** [pattern, message] */
  const REFUSED: [string, RegExp][] = [
    ['(a)\\1', /a backreference \(\\1\) is not supported/],
    ['(?<x>a)\\k<x>', /a named backreference/],
    ['a(?=b)', /a lookahead \(\?=…\)/],
    ['a(?!b)', /a lookahead \(\?!…\)/],
    ['(?<=a)b', /a lookbehind \(\?<=…\)/],
    ['(?<!a)b', /a lookbehind \(\?<!…\)/],
    ['(a+)+$', /exponential time/],
    ['x'.repeat(1001), /longer than 1000 characters/],
    ['a{1001}', /bad regular expression: invalid repeat count/],
    ['[\\s\\S]{1000}'.repeat(6), /too large to run on every record/],
    ['([0-9]+', /bad regular expression: Unterminated group/],
  ];
  it.each(REFUSED)('refuses %s', (pattern, message) => {
    const compiled = compileWholeMatch(pattern, false);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.message).toMatch(message);
  });

  it.each([['[(?=]x'], ['\\(?=x'], ['[\\\\1]']])('%s is not mistaken for lookaround or a backreference', (pattern) => {
    expect(compileWholeMatch(pattern, false).ok).toBe(true);
  });

  it('refusals are located at the pattern, with a hint', async () => {
    const problems = await problemsOf(rule("{ field: record_id, matches: '(a)\\1' }"));
    expect(problems).toEqual([expect.objectContaining({ file: 'r.yaml', line: 7, column: 43, hint: expect.stringMatching(/write the repeated part out/) })]);
  });

  // A backtracking engine takes about 10 s here (polynomial: safe-regex2 passes it); RE2 a millisecond.
  it('.*.*.*= against a 4,000-character value does not stall the audit', async () => {
    const { verdicts } = await runRule("{ field: district, matches: '.*.*.*=' }", [{ district: 'x'.repeat(4000) }, { district: 'ab=' }]);
    expect(verdicts).toEqual(['fail', 'pass']);
  }, 5_000);
});

describe('expr: only fields, extra and the registered transforms', () => {
  /** [expression, message] */
  const REFUSED: [string, RegExp][] = [
    ["record_id['constructor']['name'] == 'String'", /bad expression: property 'constructor' cannot be read/],
    ["record_id['__proto__'] == null", /property '__proto__' cannot be read/],
    ["extra['constructor'] == null", /property 'constructor' cannot be read/],
    ["extra['prototype'] == null", /property 'prototype' cannot be read/],
    ['record_id.length > 3', /property 'length' cannot be read/],
    ["record_id['toString'] == null", /property 'toString' cannot be read/],
    ["record_id['const' + 'ructor'] == null", /a computed \[key\] is only allowed on extra/],
    ['record_id[district] == null', /a computed \[key\] is only allowed on extra/],
    ['process.exit(1)', /function exit\(\) is not available/],
    ['eval("1")', /function eval\(\) is not available/],
    ['record_id|foo == 1', /unknown transform \|foo/],
    ['process == null', /unknown field name 'process'/],
    ['globalThis.x == null', /unknown field name 'globalThis'/],
    [`${'('.repeat(10)}${Array.from({ length: 70 }, () => 'victim_age').join(' + ')}${')'.repeat(10)} > 1`, /nested too deeply/],
    [`victim_age == ${'1 + '.repeat(700)}1`, /longer than 2000 characters/],
  ];
  it.each(REFUSED)('refuses %s', async (expression, message) => {
    const problems = await problemsOf(rule(`{ expr: ${JSON.stringify(expression)} }`));
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]).toMatchObject({ file: 'r.yaml', line: 7, column: 22 });
  });

  /** [expression, row, holds] */
  const EVALUATED: [string, Record<string, string>, boolean][] = [
    ["extra['LSOA code'] == 'E01'", { 'extra.LSOA code': 'E01' }, true],
    ['victim_age.x.y > 1', { victim_age: '3' }, false],
    ['record_id|length == 3', { record_id: 'abc' }, true],
    ["offence_code in ['8N', '8P']", { offence_code: '8P' }, true],
    ['victim_age == null', {}, true],
    // The context has a null prototype: a header named like an Object slot is just absent.
    ['extra[record_id] == null', { record_id: 'constructor' }, true],
    ['extra[record_id] == null', { record_id: 'toString' }, true],
    ['extra[record_id] == null', { record_id: '__proto__' }, true],
    ['extra[record_id] == 1', { record_id: 'hasOwnProperty' }, false],
  ];
  it.each(EVALUATED)('%s on %j', async (expression, row, holds) => {
    const { verdicts } = await runRule(`expr: ${JSON.stringify(expression)}`, [row]);
    expect(verdicts[0]).toBe(holds ? 'pass' : 'fail');
  });
});

describe('YAML tags are located at the tag', () => {
  it.each([
    ['require: !include other.yaml', 14, '!include'],
    ['require: !!str x', 14, '!!str'],
    ['require: !foo\n      present: record_id', 14, '!foo'],
    ['require: { field: record_id, equals: !!int 1 }', 42, '!!int'],
  ])('%s', async (line, column, tag) => {
    const problems = await problemsOf(rule('X').replace('require: X', line));
    expect(problems.find((p) => p.message.includes('YAML tag'))).toMatchObject({ line: 7, column, message: `YAML tag ${tag} is not allowed in rule files` });
  });
});
