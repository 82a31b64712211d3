/**
 * The one run setup (src/audit/setup.ts): which profile and rule files a run gets
 * from the command line, the config file and the profile, in that order of weight.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupRun } from '../../src/audit/setup.js';
import { ProfileError, UsageError } from '../../src/errors.js';
import { packageRoot } from '../../src/package-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = packageRoot();
const CONFIGURED = resolve('fixtures/setup/with-config');
const TYPO_PROFILE = resolve('fixtures/setup/profiles/typo-force.yaml');
const shipped = (...parts: string[]) => join(root, ...parts);

describe('setupRun: the rule set in force', () => {
  it.each([
    { name: 'no options, no config: canonical', cwd: root, config: false as const, profile: undefined, rules: undefined, expected: [shipped('rules/ncrs'), shipped('rules/local/west-yorkshire.yaml')] },
    { name: 'a shipped profile by name', cwd: root, config: false as const, profile: 'police-uk', rules: undefined, expected: [shipped('rules/police-uk')] },
    { name: "a profile file: the files it names", cwd: root, config: false as const, profile: TYPO_PROFILE, rules: undefined, expected: [shipped('rules/ncrs'), 'fixtures/setup/rules/local/typo-force.yaml'] },
    { name: "the config's profile", cwd: CONFIGURED, config: undefined, profile: undefined, rules: undefined, expected: [shipped('rules/ncrs'), '../rules/local/typo-force.yaml'] },
    { name: '--profile beats the config', cwd: CONFIGURED, config: undefined, profile: 'police-uk', rules: undefined, expected: [shipped('rules/police-uk')] },
    { name: '--rules beats every profile', cwd: CONFIGURED, config: undefined, profile: undefined, rules: ['x.yaml'], expected: ['x.yaml'] },
  ])('$name', async ({ cwd, config, profile, rules, expected }) => {
    const setup = await setupRun({ through: 'profile', cwd, config, profile, rules });
    expect(setup.rulePaths).toEqual(expected);
  });

  it("the config's rules replace the profile's default set; --rules replaces the config's", async () => {
    const dir = tempDir('setup');
    writeFileSync(join(dir, 'ncrs-audit.config.yaml'), 'rules: [shipped:rules/police-uk]\n');
    expect((await setupRun({ through: 'profile', cwd: dir })).rulePaths).toEqual([shipped('rules/police-uk')]);
    expect((await setupRun({ through: 'profile', cwd: dir, rules: ['mine.yaml'] })).rulePaths).toEqual(['mine.yaml']);
    expect((await setupRun({ through: 'profile', cwd: dir, config: false })).settings.rules).toBeUndefined();
  });

  it('check: the rule files of the profile, problems returned, no rule set', async () => {
    const setup = await setupRun({ through: 'check', cwd: root, config: false, profile: relative(root, TYPO_PROFILE) });
    expect(setup.ruleSet).toBeNull();
    expect(setup.problems).toEqual([expect.objectContaining({ line: 12, column: 7, message: "unknown operator 'presnt'" })]);
    expect(setup.problems[0]!.file).toMatch(/typo-force\.yaml$/);
  });

  it.each([
    { name: 'an unknown profile name', request: { profile: 'nope' }, error: ProfileError, message: /unknown profile 'nope'[\s\S]*canonical, police-uk/ },
    { name: 'a period that is no month', request: { period: '2026-13' }, error: UsageError, message: /--period '2026-13'/ },
  ])('$name stops the setup', async ({ request, error, message }) => {
    const run = setupRun({ through: 'rules', cwd: root, config: false, ...request });
    await expect(run).rejects.toThrow(error);
    await expect(run).rejects.toThrow(message);
  });
});
