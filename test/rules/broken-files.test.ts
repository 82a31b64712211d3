import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleFiles, loadRuleSet } from '../../src/rules/index.js';
import { RuleFileError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';
import { ruleFile } from '../helpers/rule-file.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('rules');
writeFileSync(join(dir, 'codes.yaml'), 'name: Test codes\ncodes: [A1, B2]\n');

const REQ = '    message: failed\n';

/** [name, file text, expected "line:column: message" prefix] */
const CASES: [string, string, string][] = [
  ['YAML syntax', 'rules:\n  - id: T-001\n    name: [unclosed\n', '4:1: YAML syntax: flow sequence in block collection must be sufficiently indented and end with a ] (hint: check indentation, colons and quotes)'],
  ['unknown field name', ruleFile('    require: { field: recorded_on, equals: x }\n' + REQ), "7:23: unknown field name 'recorded_on' (hint: did you mean 'recorded_at'?)"],
  ['unknown operator', ruleFile('    require:\n      field: offence_code\n      equal: 8N\n' + REQ), "9:7: unknown operator 'equal' (hint: did you mean 'equals'?)"],
  ['bad regex', ruleFile("    require: { field: record_id, matches: '([0-9]+' }\n" + REQ), '7:43: bad regular expression'],
  ['catastrophic regex', ruleFile("    require: { field: record_id, matches: '(a+)+b' }\n" + REQ), '7:43: this regular expression can take exponential time'],
  ['duplicate id', ruleFile('    require: { present: record_id }\n' + REQ) + '  - id: T-001\n    name: again\n    severity: error\n    standard: s\n    description: d\n    require: { present: record_id }\n    message: m\n', '9:9: duplicate rule id T-001 (already defined at bad.yaml:2)'],
  ['missing code list file', 'codelists:\n  codes: ./nowhere.yaml\n' + ruleFile('    require: { field: offence_code, in_list: codes }\n' + REQ), '2:10: code list file not found: ./nowhere.yaml'],
  ['undeclared code list', 'codelists:\n  codes: ./codes.yaml\n' + ruleFile('    require: { field: offence_code, in_list: offences }\n' + REQ), "9:46: no code list named 'offences' (hint: this file declares codes"],
  ['threshold 1.5', ruleFile('    threshold: 1.5\n    require: { present: record_id }\n' + REQ), '7:16: threshold must be between 0 and 1'],
  ['custom YAML tag', ruleFile('    require: !include other.yaml\n' + REQ), '7:14: YAML tag !include is not allowed'],
  ['merge key', ruleFile('    require:\n      <<: { present: record_id }\n' + REQ), '8:7: YAML merge keys (<<) are not allowed'],
  ['__proto__ key', ruleFile('    require: { __proto__: { present: record_id } }\n' + REQ), "7:16: '__proto__' is not allowed as a key"],
  ['alias', ruleFile('    applies_to: &a { present: record_id }\n    require: *a\n' + REQ), '7:20: anchor &a is not allowed'],
  ['unknown rule key', ruleFile('    severty: error\n    require: { present: record_id }\n' + REQ), "7:5: unknown key 'severty' (hint: did you mean 'severity'?)"],
  ['misspelt plain: subkey', ruleFile('    plain:\n      subject: crimes\n      mett: were recorded\n    require: { present: record_id }\n' + REQ), "9:7: unknown key 'mett' (hint: did you mean 'met'?)"],
  ['unknown plain: subkey', ruleFile('    plain: { subject: crimes, met: were recorded, because: policy }\n    require: { present: record_id }\n' + REQ), "7:51: unknown key 'because' (hint: see docs/rule-language.md for the keys allowed here)"],
  ['plain: without met', ruleFile('    plain: { subject: crimes }\n    require: { present: record_id }\n' + REQ), "7:12: missing 'met' (hint: add met: …)"],
  ['plain: as text', ruleFile('    plain: crimes were recorded\n    require: { present: record_id }\n' + REQ), '7:12: expected plain: with subject:'],
  ['misspelt plain:', ruleFile('    plane: { subject: crimes, met: were recorded }\n    require: { present: record_id }\n' + REQ), "7:5: unknown key 'plane' (hint: did you mean 'plain'?)"],
  ['bad severity', ruleFile('    require: { present: record_id }\n' + REQ).replace('severity: error', 'severity: fatal'), "4:15: 'fatal' is not allowed here (hint: use one of: error, warning, info)"],
  ['missing require', ruleFile(REQ), "2:5: missing 'require'"],
  ['two operators in one mapping', ruleFile('    require: { field: status, equals: recorded, in: [a] }\n' + REQ), '7:14: one condition per mapping, found equals and in'],
  ['enum value never possible', ruleFile('    require: { field: record_type, equals: crimes }\n' + REQ), "7:44: record_type is never 'crimes'"],
  ['example with a bad date', ruleFile('    require: { present: record_id }\n' + REQ + "    examples:\n      pass:\n        - { record_id: x, reported_at: '31/02/2026' }\n"), "11:40: reported_at: '31/02/2026' is not a date and time"],
  ['example with an unknown field', ruleFile('    require: { present: record_id }\n' + REQ + '    examples:\n      fail:\n        - { recordid: x }\n'), "11:13: unknown field name 'recordid'"],
  ['free text in a message', ruleFile('    require: { present: record_id }\n    message: "closed: {closure_rationale}"\n'), '8:14: {closure_rationale} would put free text into reports'],
  ['disable an unknown rule', 'disable: [NCRS-999]\n', '1:11: no rule NCRS-999 is loaded before this file'],
  ['elapsed between non-datetimes', ruleFile('    require: { elapsed: { from: reported_at, to: district, at_most: 1, unit: hours } }\n' + REQ), '7:50: district is not a datetime'],
  ['bad unit', ruleFile('    require: { elapsed: { from: reported_at, to: recorded_at, at_most: 1, unit: weeks } }\n' + REQ), "7:81: 'weeks' is not allowed here (hint: use one of: minutes, hours, days)"],
  ['bad expression', ruleFile('    require: { expr: "victim_age <" }\n' + REQ), '7:22: bad expression'],
  ['exists: a cross-record where', ruleFile('    require: { exists: { where: { exists: { match: { incident_id: record_id } } }, match: { incident_id: record_id } } }\n' + REQ), '7:33: where must not itself be a cross-record check'],
  ['linked: a cross-record where', ruleFile('    require: { linked: { where: { exists: { match: { incident_id: record_id } } }, match: { record_id: incident_id } } }\n' + REQ), '7:33: where must not itself be a cross-record check'],
  ['unique: a cross-record among', ruleFile('    require: { unique: { fields: record_id, among: { exists: { match: { incident_id: record_id } } } } }\n' + REQ), '7:52: among must not itself be a cross-record check'],
  ['no_earlier_duplicate: a cross-record among', ruleFile('    require: { no_earlier_duplicate: { keys: [victim_id], time: reported_at, within: 24, unit: hours, among: { exists: { match: { incident_id: record_id } } } } }\n' + REQ), '7:110: among must not itself be a cross-record check'],
  ['exists: no match pair', ruleFile('    require: { exists: { match: {} } }\n' + REQ), '7:33: match needs at least one pair (hint: e.g. match: { incident_id: record_id })'],
  ['linked: no match pair', ruleFile('    require: { linked: { match: {} } }\n' + REQ), '7:33: match needs at least one pair (hint: e.g. match: { record_id: incident_id })'],
  ['expression naming an unknown field', ruleFile('    require: { expr: "victim_agee < 18" }\n' + REQ), "7:22: unknown field name 'victim_agee' in expression"],
];

describe('broken rule files name file:line:column', () => {
  it.each(CASES)('%s', async (_name, text, want) => {
    writeFileSync(join(dir, 'bad.yaml'), text);
    const problems = await checkRuleFiles(['bad.yaml'], dir);
    const lines = problems.map((p) => `${p.line}:${p.column}: ${p.message}${p.hint ? ` (hint: ${p.hint})` : ''}`);
    expect(problems.every((p) => p.file === 'bad.yaml' || p.file === 'nowhere.yaml')).toBe(true);
    expect(lines.some((l) => l.startsWith(want)), `got:\n${lines.join('\n')}`).toBe(true);
    await expect(loadRuleSet(['bad.yaml'], dir)).rejects.toBeInstanceOf(RuleFileError);
  });

  it('a code list with a YAML syntax error is located in the code list, the position once', async () => {
    writeFileSync(join(dir, 'broken-codes.yaml'), 'name: Broken codes\ncodes:\n  - A1\n  - B2: x\n   - C3\n');
    writeFileSync(join(dir, 'bad.yaml'), 'codelists:\n  codes: ./broken-codes.yaml\n' + ruleFile('    require: { field: offence_code, in_list: codes }\n' + REQ));
    const problems = await checkRuleFiles(['bad.yaml'], dir);
    expect(problems.filter((p) => p.file === 'broken-codes.yaml')).toEqual([
      { file: 'broken-codes.yaml', line: 5, column: 4, message: 'YAML syntax: all sequence items must start at the same column', hint: 'check indentation, colons and quotes' },
    ]);
  });

  it('a missing path is a problem, not a crash', async () => {
    expect(await checkRuleFiles(['no-such.yaml'], dir)).toEqual([
      { file: 'no-such.yaml', line: 1, column: 1, message: 'no such rule file or folder', hint: 'check the --rules path' },
    ]);
  });

  it('rules check exits 1 and prints file:line:column; other commands exit 2', async () => {
    writeFileSync(join(dir, 'bad.yaml'), ruleFile('    threshold: 1.5\n    require: { present: record_id }\n' + REQ));
    const check = await runCli(['rules', 'check', '--rules', 'bad.yaml'], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('bad.yaml:7:16: threshold must be between 0 and 1');
    const list = await runCli(['rules', 'list', '--rules', 'bad.yaml'], { cwd: dir });
    expect(list.exitCode).toBe(2);
    expect(list.stderr).toMatch(/^ncrs-audit: bad\.yaml:7:16: threshold/);
  });
});
