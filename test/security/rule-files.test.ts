/**
 * Rule files are data, never code: YAML tags, merge keys, anchors/aliases
 * (billion laughs), prototype keys, catastrophic regular expressions and
 * expression escapes are refused with file:line:column before any data is read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RuleFileError } from '../../src/errors.js';
import { checkRuleFiles, loadRuleSet } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';
import { ruleFile } from '../helpers/rule-file.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('rule-security');
afterAll(cleanup);
writeFileSync(join(dir, 'in.csv'), 'record_id,record_type,reported_at,district\nA1,crime,2026-10-01 10:00,Leeds\n');

const rule = (body: string) => ruleFile(`${body}    message: failed\n`);

const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'rules: []',
].join('\n');

/** [case, rule file text, expected message (regex)] */
const REFUSED: [string, string, RegExp][] = [
  ['!!js/function tag', rule('    require: !!js/function "function () { globalThis.polluted = true }"\n'), /YAML tag .*js\/function is not allowed/],
  ['!!js/undefined tag', rule('    require: !!js/undefined ~\n'), /YAML tag .* is not allowed/],
  ['!!python/object/apply tag', rule('    require: !!python/object/apply:os.system ["echo pwned"]\n'), /YAML tag .* is not allowed/],
  ['local !foo tag', rule('    require: !foo { present: record_id }\n'), /YAML tag !foo is not allowed/],
  ['explicit !!str tag', rule('    require: { field: record_id, equals: !!str 01 }\n'), /YAML tag .* is not allowed/],
  ['merge key', rule('    require:\n      <<: { present: record_id }\n'), /merge keys \(<<\) are not allowed/],
  ['anchor and alias', rule('    applies_to: &c { present: record_id }\n    require: *c\n'), /anchor &c is not allowed/],
  ['billion laughs', LAUGHS, /anchor &a is not allowed/],
  ['__proto__ key', rule('    require: { __proto__: { polluted: true } }\n'), /'__proto__' is not allowed as a key/],
  ['constructor.prototype keys', rule('    require: { constructor: { prototype: { polluted: true } } }\n'), /'constructor' is not allowed as a key/],
  ['top-level __proto__', '__proto__:\n  polluted: true\nrules: []\n', /'__proto__' is not allowed as a key/],
  ['quoted "__proto__" key', rule('    require: { "__proto__": { polluted: true } }\n'), /'__proto__' is not allowed as a key/],
  ['catastrophic regex (a+)+$', rule("    require: { field: record_id, matches: '(a+)+$' }\n"), /exponential time/],
  ['catastrophic regex (x+x+)+y', rule("    require: { field: record_id, matches: '(x+x+)+y' }\n"), /exponential time/],
  ['catastrophic regex ([a-z]*)*', rule("    require: { field: record_id, matches: '([a-z]*)*' }\n"), /exponential time/],
  ['expr naming process', rule('    require: { expr: "process == null" }\n'), /unknown field name 'process'/],
  ['expr naming globalThis', rule('    require: { expr: "globalThis.polluted == null" }\n'), /unknown field name 'globalThis'/],
  ['expr naming require', rule('    require: { expr: "require == null" }\n'), /unknown field name 'require'/],
  ['expr reaching .constructor', rule('    require: { expr: "record_id.constructor == null" }\n'), /bad expression/],
  ['expr reaching .__proto__', rule('    require: { expr: "extra.__proto__ == null" }\n'), /bad expression/],
  ['expr calling a value', rule('    require: { expr: "record_id[\'constructor\'](\'return process\')() == null" }\n'), /bad expression/],
  ['expr reading [\'constructor\']', rule('    require: { expr: "record_id[\'constructor\'][\'name\'] == \'String\'" }\n'), /property 'constructor' cannot be read/],
  ['expr calling process.exit', rule('    require: { expr: "process.exit(1)" }\n'), /function exit\(\) is not available/],
  ['expr with a computed key', rule('    require: { expr: "record_id[\'const\' + \'ructor\'] == null" }\n'), /computed \[key\] is only allowed on extra/],
  ['regex backreference', rule("    require: { field: record_id, matches: '(a)\\1' }\n"), /backreference .* not supported/],
  ['regex lookahead', rule("    require: { field: record_id, matches: '(?=a)a' }\n"), /lookahead .* not supported/],
  ['not: nested 2,000 deep', rule(`    require: ${'{ not: '.repeat(2000)}{ present: record_id }${' }'.repeat(2000)}\n`), /nested too deeply/],
  ['not: nested 100 deep', rule(`    require: ${'{ not: '.repeat(100)}{ present: record_id }${' }'.repeat(100)}\n`), /conditions nested too deeply/],
];

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('hostile rule files are refused, located, and pollute nothing', () => {
  it.each(REFUSED)('%s', async (_name, text, message) => {
    writeFileSync(join(dir, 'hostile.yaml'), text);
    const problems = await checkRuleFiles(['hostile.yaml'], dir);
    const match = problems.find((p) => message.test(p.message));
    expect(match, problems.map((p) => p.message).join('\n')).toBeDefined();
    expect(match!.file).toBe('hostile.yaml');
    expect(match!.line).toBeGreaterThanOrEqual(1);
    await expect(loadRuleSet(['hostile.yaml'], dir)).rejects.toBeInstanceOf(RuleFileError);

    const check = await runCli(['rules', 'check', '--rules', 'hostile.yaml'], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toMatch(/^hostile\.yaml:\d+:\d+: /m);
    const audit = await runCli(['audit', 'in.csv', '--rules', 'hostile.yaml'], { cwd: dir });
    expect(audit.exitCode).toBe(2);
    expect(audit.stderr).toMatch(/^ncrs-audit: hostile\.yaml:\d+:\d+: /);
    expect(audit.stdout).toBe('');
  });

  it('a billion-laughs file is refused without expanding it', async () => {
    writeFileSync(join(dir, 'laughs.yaml'), LAUGHS);
    const started = process.hrtime.bigint();
    const problems = await checkRuleFiles(['laughs.yaml'], dir);
    // 9^9 strings would take minutes and gigabytes; refusal is immediate (generous bound).
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each([
    ['--rules /dev/zero', ['/dev/zero'], /^\/dev\/zero:1:1: not a rule file or folder/m],
    ['a code list at /dev/zero (outside the tree: never opened)', ['zero-list.yaml'], /^zero-list\.yaml:2:6: code list \/dev\/zero is outside the folder tree/m],
  ])('%s is refused without reading it', async (_name, rules, message) => {
    writeFileSync(join(dir, 'zero-list.yaml'), `codelists:\n  x: /dev/zero\n${rule('    require: { field: offence_code, in_list: x }\n')}`);
    const args = rules.flatMap((r) => ['--rules', r]);
    const check = await runCli(['rules', 'check', ...args], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toMatch(message);
    const audit = await runCli(['audit', 'in.csv', ...args], { cwd: dir });
    expect(audit.exitCode).toBe(2);
    expect(audit.stderr).toMatch(new RegExp(`^ncrs-audit: ${message.source.slice(1)}`, 'm'));
    expect(audit.stderr).not.toMatch(/internal error/);
  });

  it('a safe regular expression and a plain expression still load', async () => {
    writeFileSync(join(dir, 'ok.yaml'), rule("    require:\n      all:\n        - { field: record_id, matches: '[A-Z][0-9]+' }\n        - { expr: \"victim_age == null || victim_age < 130\" }\n"));
    expect(await checkRuleFiles(['ok.yaml'], dir)).toEqual([]);
    const audit = await runCli(['audit', 'in.csv', '--rules', 'ok.yaml', '--format', 'json'], { cwd: dir });
    // in.csv has no victim_age column, so the rule loads but is not measured (rules.md "Status").
    expect(audit.exitCode).toBe(1);
    expect(JSON.parse(audit.stdout).rules[0]).toMatchObject({ status: 'not measured', missingFields: ['victim_age'] });
  });
});
