import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulePaths, loadRuleSet } from '../../src/rules/index.js';
import { auditFiles } from './helpers.js';

const DIR = '/work/shared/data/police-uk';
const files = (() => {
  try {
    return readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort().map((f) => join(DIR, f));
  } catch {
    return [];
  }
})();

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

describe.skipIf(files.length === 0)('police.uk open data with the police-uk pack', async () => {
  const rules = await loadRuleSet(defaultRulePaths('police-uk'), process.cwd());
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
