/**
 * rules.md: an invalid rule file stops the audit with exit 2 before any data is
 * read; and docs/rules.md stays what `rules docs` generates from the shipped files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('rule files are checked before any data is read', () => {
  const dir = tempDir('rules-first');
  writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  - id: X-1\n    name: x\n    severity: error\n    threshold: 1.5\n');
  // An input that would itself be an error if it were ever opened.
  writeFileSync(join(dir, 'broken.csv'), 'record_id,record_type\n"unterminated,crime\n');

  it.each([
    { input: 'broken.csv', why: 'a structurally broken input' },
    { input: 'missing.csv', why: 'a missing input' },
  ])('with $why, the error is the rule file’s', async ({ input }) => {
    const run = await runCli(['audit', input, '--rules', 'bad.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^ncrs-audit: bad\.yaml:\d+:\d+: /);
    expect(run.stderr).not.toContain(input);
    expect(run.stdout).toBe('');
  });
});

describe('docs/rules.md', () => {
  it('is exactly what `rules docs` generates from the shipped rule files', async () => {
    const run = await runCli(['rules', 'docs']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(readFileSync('docs/rules.md', 'utf8'));
  });
});
