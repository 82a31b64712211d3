import { describe, expect, it } from 'vitest';
import { setupRun } from '../../src/audit/setup.js';
import { runExamples } from '../../src/engine/index.js';

describe.each(['canonical', 'police-uk'])('shipped pack for profile %s', (profile) => {
  it('loads and every example passes', async () => {
    const set = (await setupRun({ through: 'rules', cwd: process.cwd(), config: false, profile: profile })).ruleSet;
    const run = runExamples(set);
    const failed = run.results.filter((r) => !r.ok);
    expect(failed).toEqual([]);
    expect(run.untested).toEqual([]);
    expect(run.results.length).toBeGreaterThan(10);
  });
});
