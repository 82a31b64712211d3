import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Two generated months in a folder `init` scaffolded: the guide's monthly cycle. */
function exportMonth(dir: string, month: string, seed: number): string {
  const file = join(dir, `export-${month}.csv`);
  writeFileSync(file, [...generateDemo({ seed, rows: 400, month })].join(''));
  return file;
}

describe('init → audit → trend, two months, under init’s config', () => {
  const dir = tempDir('cycle');
  const sep = exportMonth(dir, '2026-09', 9);
  const oct = exportMonth(dir, '2026-10', 10);
  // Each step as the guide runs it, with what it must leave behind.
  const steps: { name: string; args: string[]; exit: number[]; files?: string[]; stdout?: RegExp }[] = [
    { name: 'init', args: ['init', '--name', 'northshire'], exit: [0], files: ['ncrs-audit.config.yaml'] },
    { name: 'audit September (config formats)', args: ['audit', sep, '--period', '2026-09'], exit: [0, 1], files: ['reports/2026-09/report.json', 'reports/2026-09/report.csv', 'reports/2026-09/report.html'] },
    { name: 'audit October (config formats)', args: ['audit', oct, '--period', '2026-10'], exit: [0, 1], files: ['reports/2026-10/report.json', 'reports/2026-10/report.csv', 'reports/2026-10/report.html'] },
    { name: 'audit October --format terminal', args: ['audit', oct, '--period', '2026-10', '--format', 'terminal'], exit: [0, 1], stdout: /NCRS-001/ },
    { name: 'audit October --format json', args: ['audit', oct, '--period', '2026-10', '--format', 'json'], exit: [0, 1], stdout: /"period": "2026-10"/ },
    { name: 'trend of both months', args: ['trend', 'reports/2026-09/report.json', 'reports/2026-10/report.json', '--format', 'markdown'], exit: [0], stdout: /2026-09[\s\S]*2026-10/ },
  ];

  it.each(steps)('$name', async (step) => {
    const r = await runCli(step.args, { cwd: dir });
    expect(r.stderr).not.toMatch(/EISDIR|ENOENT|Error:|at .*\.js/);
    expect(step.exit).toContain(r.exitCode);
    for (const f of step.files ?? []) expect(existsSync(join(dir, f)), f).toBe(true);
    if (step.stdout) expect(r.stdout).toMatch(step.stdout);
  });

  it('kept September’s report when October was written', () => {
    const sepReport = JSON.parse(readFileSync(join(dir, 'reports/2026-09/report.json'), 'utf8')) as { period: string };
    expect(sepReport.period).toBe('2026-09');
  });

  it('an audit without --period under {period} is refused by name (exit 2)', async () => {
    const r = await runCli(['audit', oct], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("the configured out 'reports/{period}'");
  });
});

describe('diff in a folder made by init', () => {
  it('names --base when its rule path is missing (exit 2)', async () => {
    const dir = tempDir('diff-base');
    const csv = exportMonth(dir, '2026-10', 3);
    await runCli(['init', '--name', 'northshire'], { cwd: dir });
    const r = await runCli(['diff', csv, '--base', 'main-rules/', '--head', 'rules/'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--base main-rules/: no such rule file or folder');
  });

  it('the guide’s comparison of rule sets removes no national rule', async () => {
    const dir = tempDir('diff-sets');
    const csv = exportMonth(dir, '2026-10', 4);
    await runCli(['init', '--name', 'northshire'], { cwd: dir });
    const r = await runCli(['diff', csv, '--base', 'shipped:rules/ncrs', '--base', 'rules/local/northshire.yaml', '--head', 'default', '--format', 'markdown'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(/removed/i);
  });
});
