import { describe, expect, it } from 'vitest';
import { defaultRulePaths, loadRuleSet } from '../../src/rules/index.js';
import { runExamples } from '../../src/engine/index.js';

describe.each(['canonical', 'police-uk'])('shipped pack for profile %s', (profile) => {
  it('loads and every example passes', async () => {
    const set = await loadRuleSet(defaultRulePaths(profile), process.cwd());
    const run = runExamples(set);
    const failed = run.results.filter((r) => !r.ok);
    expect(failed).toEqual([]);
    expect(run.untested).toEqual([]);
    expect(run.results.length).toBeGreaterThan(10);
  });
});
