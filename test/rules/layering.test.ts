import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/index.js';
import { setupRun } from '../../src/audit/setup.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('layer');
const shipped = (await setupRun({ through: 'profile', cwd: process.cwd(), config: false, profile: 'canonical' })).defaultRules;

describe('layering a local file over the shipped pack', () => {
  it('disables, overrides and adds rules by id, without copying them', async () => {
    writeFileSync(
      join(dir, 'local.yaml'),
      `disable: [DQ-003, { id: WY-001, reason: not our policy }]
override:
  NCRS-001: { threshold: 0.9, severity: warning }
  HOCR-004: { threshold: 0.99 }
rules:
  - id: LOC-001
    name: district-known
    severity: info
    standard: local policy
    description: district is one of ours
    require: { field: district, in: [Leeds, Bradford] }
    message: "unknown district {district}"
    examples:
      pass: [{ district: Leeds }]
      fail: [{ district: York }]
`,
    );
    const set = await loadRuleSet([...shipped, 'local.yaml'], dir);
    const ids = set.rules.map((r) => r.id);
    expect(ids).not.toContain('DQ-003');
    expect(ids).not.toContain('WY-001');
    expect(ids.at(-1)).toBe('LOC-001');
    expect(set.rules.find((r) => r.id === 'NCRS-001')).toMatchObject({ threshold: 0.9, severity: 'warning', file: 'rules/ncrs/recording.yaml' });
    expect(set.rules.find((r) => r.id === 'HOCR-004')!.threshold).toBe(0.99);
    expect(set.rules.find((r) => r.id === 'LOC-001')).toMatchObject({ file: 'local.yaml', line: 6 });
    expect(set.files.map((f) => f.path)).toEqual([
      'rules/ncrs/data-quality.yaml',
      'rules/ncrs/recording.yaml',
      'rules/ncrs/status-and-outcomes.yaml',
      'rules/codelists/cancellation-categories.yaml',
      'rules/codelists/cancellation-authorities.yaml',
      'rules/codelists/offence-codes.yaml',
      'rules/codelists/outcome-types.yaml',
      'rules/codelists/not-avi-phrases.yaml',
      'rules/codelists/domestic-by-definition.yaml',
      'rules/codelists/hate-aggravated.yaml',
      'rules/local/west-yorkshire.yaml',
      'local.yaml',
    ]);
    // Every shipped file states its edition; the local file states none.
    expect(set.files.map((f) => f.edition)).toEqual([...Array<string>(11).fill('2026/27'), null]);
    expect(set.rules.find((r) => r.id === 'NCRS-006')!.edition).toBe('2026/27');
    expect(set.rules.find((r) => r.id === 'LOC-001')!.edition).toBeNull();
    expect(set.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });

  it('rules test reports a wrong example with expected and actual, exit 1', async () => {
    writeFileSync(
      join(dir, 'wrong.yaml'),
      `rules:
  - id: LOC-002
    name: has-district
    severity: warning
    standard: local policy
    description: d
    require: { present: district }
    message: "no district"
    examples:
      pass: [{ district: Leeds }]
      fail:
        - { district: Leeds }
        - record: {}
          message: "district missing"
`,
    );
    const run = await runCli(['rules', 'test', '--rules', 'wrong.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('✗ LOC-002 fail example 1 (wrong.yaml:12)\n  - expected: fail\n  + actual:   pass\n');
    expect(run.stdout).toContain('  - expected message: district missing\n  + actual message:   no district\n');
    expect(run.stdout).toContain('1 of 3 examples passed (1 rules)');
  });

  it('rules test passes for both shipped packs', async () => {
    for (const profile of ['canonical', 'police-uk']) {
      const run = await runCli(['rules', 'test', '--profile', profile]);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/(\d+) of \1 examples passed/);
    }
  });

  it('rules list shows id, severity, threshold, name and file:line', async () => {
    const run = await runCli(['rules', 'list']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/│ NCRS-001 │ error\s+│ 0\.95\s+│ crime-recorded-within-24h\s+│ rules\/ncrs\/recording\.yaml:\d+\s+│/);
  });

  it('rules docs writes the catalogue', async () => {
    const run = await runCli(['rules', 'docs']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('## NCRS-005');
    expect(run.stdout).toContain('the Finished Incident Rule');
  });
});

describe('shipped: names the package’s own rule files from any folder', () => {
  it('--rules shipped:rules/ncrs loads the national pack, named as shipped files', async () => {
    const elsewhere = tempDir('shipped');
    const run = await runCli(['rules', 'list', '--rules', 'shipped:rules/ncrs'], { cwd: elsewhere });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/│ NCRS-001 │ .*rules\/ncrs\/recording\.yaml:\d+/);
    expect(run.stdout).not.toMatch(/WY-001/);
    const missing = await runCli(['rules', 'list', '--rules', 'shipped:rules/nope'], { cwd: elsewhere });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/shipped:rules\/nope:1:1: no such rule file or folder/);
  });
});
