/**
 * Fuzz: whatever a rule file holds, the loader returns problems located at
 * file:line:column (checkRuleFiles) or a RuleFileError (loadRuleSet) — never
 * another exception, never a hang, never a polluted prototype.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleFileError } from '../../../src/errors.js';
import { checkRuleFiles, loadRuleSet } from '../../../src/rules/index.js';
import { mutatedShippedFile, randomYaml, ruleShapedFile, shippedRuleFiles } from './rule-arbitraries.js';
import { scratchDir } from '../../helpers/fuzz-helpers.js';
import { fuzzSettings, TEST_TIMEOUT } from './settings.js';

const { dir, cleanup } = scratchDir('fuzz-rules');
const rulesDir = join(dir, 'rules');
const shipped = shippedRuleFiles(join(process.cwd(), 'rules'));
beforeAll(() => {
  // A copy of the shipped pack, so mutants sit where their relative code-list paths resolve.
  cpSync(join(process.cwd(), 'rules'), rulesDir, { recursive: true });
  mkdirSync(join(rulesDir, 'mut'));
});
afterAll(cleanup);

const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Writes the text as a rule file and checks both loader entry points. */
export async function checkLoader(text: string, name: string, before: string[] = []): Promise<void> {
  const path = join(rulesDir, 'mut', name);
  writeFileSync(path, text);
  const paths = [...before, path];
  const problems = await checkRuleFiles(paths, dir);
  for (const p of problems) {
    expect(typeof p.file).toBe('string');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
  const loaded = await loadRuleSet(paths, dir).then(
    () => true,
    (error: unknown) => {
      expect(error).toBeInstanceOf(RuleFileError);
      return false;
    },
  );
  expect(loaded).toBe(problems.length === 0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(OBJECT_KEYS);
}

describe('fuzz: the rule-file loader (checkRuleFiles / loadRuleSet)', () => {
  it('random YAML documents', async () => {
    await fc.assert(fc.asyncProperty(randomYaml, (text) => checkLoader(text, 'random.yaml')), fuzzSettings(150, 0.1));
  }, TEST_TIMEOUT);

  it('rule-shaped files with random conditions, regexes and expressions', async () => {
    await fc.assert(fc.asyncProperty(ruleShapedFile, (text) => checkLoader(text, 'shaped.yaml')), fuzzSettings(150, 0.1));
  }, TEST_TIMEOUT);

  it('random mutations of the shipped rule files and code lists', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedShippedFile(shipped), async ({ path, text }) => {
        // A local file layers over the national pack; a code list is checked through a rule file that uses it.
        if (path.startsWith('codelists/')) {
          writeFileSync(join(rulesDir, path), text);
          try {
            await checkLoader(shipped.find((f) => f.path === 'ncrs/status-and-outcomes.yaml')!.text, 'uses-lists.yaml');
          } finally {
            writeFileSync(join(rulesDir, path), shipped.find((f) => f.path === path)!.text);
          }
          return;
        }
        const before = path.startsWith('local/') ? [join(rulesDir, 'ncrs')] : [];
        await checkLoader(text, basename(path), before);
      }),
      fuzzSettings(150, 0.1),
    );
  }, TEST_TIMEOUT);
});
