import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { checkRuleFiles } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const rule = (body: string) => `rules:\n  - id: T-001\n    name: test\n    severity: error\n    standard: s\n    description: d\n${body}    message: failed\n`;
const csv = 'record_id,record_type,reported_at,district\nA1,crime,2026-10-01 10:00,Leeds\nA2,incident,2026-10-01 10:00,Leeds\n';
writeFileSync(join(dir, 'in.csv'), csv);

async function probe(name: string, text: string, cliArgs?: string[]) {
  writeFileSync(join(dir, 'p.yaml'), text);
  const t0 = Date.now();
  try {
    const p = await checkRuleFiles(['p.yaml'], dir);
    console.log(name, 'check ->', p.length, p.slice(0, 2).map((x) => `${x.line}:${x.column} ${x.message}`), Date.now() - t0, 'ms');
  } catch (e) { console.log(name, 'check THREW', (e as Error).name, (e as Error).message.slice(0, 200)); }
  if (cliArgs) {
    const r = await runCli(cliArgs, { cwd: dir });
    console.log(name, 'cli ->', r.exitCode, r.stdout.slice(0, 300), r.stderr.slice(0, 300), Date.now() - t0, 'ms');
  }
}

it('probes', async () => {
  await probe('deep-flow', 'rules: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');
  await probe('deep-not', rule('    require: ' + '{ not: '.repeat(3000) + '{ present: record_id }' + ' }'.repeat(3000) + '\n'));
  await probe('deep-block', rule('    require:\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(6 + 2 * i) + 'not:\n').join('') + ' '.repeat(6 + 4000) + 'present: record_id\n'));
  await probe('js-function', rule('    require: !!js/function "function(){ globalThis.polluted = 1 }"\n'));
  await probe('ctor-key', rule('    require: { constructor: { prototype: { polluted: 1 } } }\n'));
  await probe('expr-ctor', rule('    require: { expr: "record_id.constructor.constructor != null" }\n') , ['audit', 'in.csv', '--rules', 'p.yaml', '--format', 'json']);
  await probe('expr-ctor-name', rule('    require: { expr: "record_id.constructor.name == \'String\'" }\n') , ['audit', 'in.csv', '--rules', 'p.yaml', '--format', 'json']);
  await probe('expr-process', rule('    require: { expr: "process.exit(1)" }\n'));
  await probe('expr-proto', rule('    require: { expr: "extra.__proto__ == null && record_id.__proto__.polluted == null" }\n'), ['audit', 'in.csv', '--rules', 'p.yaml', '--format', 'json']);
  await probe('regex-alt', rule("    require: { field: record_id, matches: '(a|aa)+' }\n"));
  await probe('regex-poly', rule("    require: { field: record_id, matches: '.*.*.*.*=' }\n"));
  await probe('regex-backref', rule("    require: { field: record_id, matches: '(a*)*\\\\1' }\n"));
  mkdirSync(join(dir, 'd.yaml'), { recursive: true });
  try { console.log('dir-as-rule', await checkRuleFiles(['d.yaml'], dir)); } catch (e) { console.log('dir-as-rule THREW', e); }
  const r = await runCli(['rules', 'check', '--rules', 'd.yaml'], { cwd: dir });
  console.log('dir-as-rule cli', r.exitCode, r.stdout, r.stderr);
  writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0xff, 0xfe, 0, 0, 1, 2, 3]));
  const r2 = await runCli(['rules', 'check', '--rules', 'bin.yaml'], { cwd: dir });
  console.log('binary rule', r2.exitCode, r2.stdout, r2.stderr);
  // profile probes
  const prof = async (name: string, text: string) => {
    writeFileSync(join(dir, 'prof.yaml'), text);
    const r = await runCli(['audit', 'in.csv', '--profile', './prof.yaml', '--format', 'json'], { cwd: dir });
    console.log('profile', name, r.exitCode, r.stderr.slice(0, 300), ({} as Record<string, unknown>).polluted);
  };
  await prof('laughs', 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n');
  await prof('tag', 'columns: !!js/function "function(){}"\n');
  await prof('custom-tag', 'columns:\n  Ref: !foo record_id\n');
  await prof('proto', 'columns:\n  __proto__: { polluted: record_id }\n  Ref: record_id\n');
  await prof('merge', 'base: &b { Ref: record_id }\ncolumns:\n  <<: *b\n');
  await prof('deep', 'columns: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');
  await prof('ok-merge', 'columns:\n  <<: { Ref: record_id }\n');
});
