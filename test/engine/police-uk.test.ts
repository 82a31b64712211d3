import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupRun } from '../../src/audit/setup.js';
import { auditFiles } from './helpers.js';

// The six unmodified police.uk files (OGL), copied from shared/data into fixtures.
const DIR = 'fixtures/police-uk';
const files = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort().map((f) => join(DIR, f));

/** Crime IDs seen on an earlier row, counted straight from the files. */
function repeatedCrimeIds(): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      const id = line.split(',')[0]!.trim();
      if (!id) continue;
      if (seen.has(id)) repeats++;
      seen.add(id);
    }
  }
  return repeats;
}

describe('police.uk open data with the police-uk pack', async () => {
  it('has all six monthly files', () => expect(files).toHaveLength(6));

  const rules = (await setupRun({ through: 'rules', cwd: process.cwd(), config: false, profile: 'police-uk' })).ruleSet;
  const { result, rejected, evaluated } = await auditFiles(files, 'police-uk', rules);
  const rule = (id: string) => result.rules.find((r) => r.rule.id === id)!;

  it('reads every row', () => {
    expect(rejected).toBe(0);
    expect(evaluated).toBe(4565);
  });

  it('finds the real duplicate Crime IDs under PUK-002', () => {
    const repeats = repeatedCrimeIds();
    expect(repeats).toBeGreaterThan(0);
    expect(rule('PUK-002').counts.failed).toBe(repeats);
  });

  it('knows every published crime type and outcome category in the files', () => {
    expect(rule('PUK-001').counts.failed).toBe(0);
    expect(rule('PUK-003').counts.failed).toBe(0);
    expect(rule('PUK-004').counts.failed).toBe(0);
    expect(rule('PUK-005').counts.failed).toBeGreaterThan(0);
  });
});

describe('police.uk open data through the CLI', async () => {
  const { runCli } = await import('../helpers/run-cli.js');
  const run = await runCli(['audit', ...files, '--profile', 'police-uk', '--format', 'json']);
  const report = JSON.parse(run.stdout) as { rows: { rejected: number; read: number }; findings: { ruleId: string; line: number; file: string }[] };

  it('reads the six files with no rejected row and lists the duplicate Crime IDs under PUK-002', () => {
    expect(report.rows).toMatchObject({ read: 4565, rejected: 0 });
    const duplicates = report.findings.filter((f) => f.ruleId === 'PUK-002');
    expect(duplicates.length).toBe(repeatedCrimeIds());
    // PUK-002 is a warning (police.uk itself publishes repeats) and PUK-005 information,
    // so the published files pass: only PUK-001, PUK-003 and PUK-004 are errors.
    expect(run.exitCode).toBe(0);
  });
});
