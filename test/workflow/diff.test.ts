import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/workflow/diff/index.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'fixtures/workflow/diff';
const args = (...more: string[]) => ['diff', `${DIR}/export.csv`, '--base', `${DIR}/base.yaml`, '--head', `${DIR}/head.yaml`, ...more];

describe('runDiff: a threshold tightened, a condition loosened, a rule removed, a rule added', async () => {
  const d = await runDiff({ inputs: [`${DIR}/export.csv`], cwd: process.cwd(), base: [`${DIR}/base.yaml`], head: [`${DIR}/head.yaml`] });
  const rule = (id: string) => d.rules.find((r) => r.id === id)!;

  it('tightened threshold: same records fail, but the rule now fails (no record changes verdict)', () => {
    expect(rule('TEST-001')).toMatchObject({
      change: 'modified',
      newlyFailing: 0,
      newlyPassing: 0,
      base: { threshold: 0.5, failed: 1, applicable: 7, status: 'pass' },
      head: { threshold: 0.95, failed: 1, applicable: 7, status: 'fail' },
    });
  });

  it('loosened condition: records recorded after 24–48 hours now pass', () => {
    expect(rule('TEST-002')).toMatchObject({ change: 'modified', newlyFailing: 0, newlyPassing: 2, base: { failed: 3 }, head: { failed: 1 } });
    expect(d.changes.filter((c) => c.ruleId === 'TEST-002')).toEqual([
      { ruleId: 'TEST-002', recordId: 'C-2', file: `${DIR}/export.csv`, line: 3, from: 'fail', to: 'pass' },
      { ruleId: 'TEST-002', recordId: 'C-3', file: `${DIR}/export.csv`, line: 4, from: 'fail', to: 'pass' },
    ]);
  });

  it('removed and added rules: their failures leave and arrive', () => {
    expect(rule('TEST-003')).toMatchObject({ change: 'removed', head: null, newlyPassing: 1 });
    expect(rule('TEST-004')).toMatchObject({ change: 'added', base: null, newlyFailing: 1 });
    expect(d.changes.find((c) => c.ruleId === 'TEST-003')).toMatchObject({ recordId: 'C-5', from: 'fail', to: 'absent' });
    expect(d.changes.find((c) => c.ruleId === 'TEST-004')).toMatchObject({ recordId: 'C-4', from: 'absent', to: 'fail' });
  });

  it('sorts changes by file, line, rule and counts the rows once', () => {
    expect(d.changes.map((c) => c.line)).toEqual([3, 4, 5, 6]);
    expect(d.rows).toEqual({ read: 8, evaluated: 8, rejected: 0, filtered: 0 });
    expect(d.changed).toBe(true);
  });
});

describe('ncrs-audit diff (CLI)', () => {
  it.each([
    { extra: [], exitCode: 0, stdout: ['4 records change verdict under 3 rules', 'PASS → FAIL', '50% → 95%'] },
    { extra: ['--fail-on-change'], exitCode: 1, stdout: ['newly passing'] },
    {
      extra: ['--format', 'markdown'],
      exitCode: 0,
      stdout: ['## ncrs-audit: effect of the rule changes', '| TEST-002 | modified |', '<details><summary>Records that change verdict (4)</summary>', '| TEST-004 | C-4 |'],
    },
    { extra: ['--format', 'markdown', '--max-records', '1'], exitCode: 0, stdout: ['…and 1 more'] },
    { extra: ['--format', 'json'], exitCode: 0, stdout: ['"kind": "ncrs-audit-diff"'] },
  ])('diff $extra → exit $exitCode', async ({ extra, exitCode, stdout }) => {
    const r = await runCli(args(...extra));
    expect(r.exitCode).toBe(exitCode);
    for (const s of stdout) expect(r.stdout).toContain(s);
  });

  it('exits 0 with --fail-on-change when nothing changes', async () => {
    const r = await runCli(['diff', `${DIR}/export.csv`, '--base', `${DIR}/base.yaml`, '--head', `${DIR}/base.yaml`, '--fail-on-change']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('No record changes verdict');
  });

  it('exits 2 without --head, or with a broken rule file', async () => {
    expect((await runCli(['diff', `${DIR}/export.csv`, '--base', `${DIR}/base.yaml`])).exitCode).toBe(2);
    const broken = await runCli(['diff', `${DIR}/export.csv`, '--base', `${DIR}/base.yaml`, '--head', `${DIR}/export.csv`]);
    expect(broken.exitCode).toBe(2);
  });
});
