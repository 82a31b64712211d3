/**
 * The terminal's "what to do next" names the command that writes the worklist.
 * Each row pastes that command into a real POSIX shell (an `ncrs-audit` on PATH
 * that hands back its arguments exactly as the shell split them), runs those
 * arguments through the CLI, and checks the worklist it wrote.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { shellWord, worklistCommand, worklistPath } from '../../src/cli/worklist-command.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const SAMPLE = readFileSync('fixtures/conformance/sample-2026-27-export.csv', 'utf8').split('\n');
// 150 rows of the sample (line 62 is unreadable: victim_age 'abc'), then 6 more no
// reader can take: 7 rejected, so 5 are listed and "and 2 more".
const BAD = Array.from({ length: 6 }, (_, i) => SAMPLE[2]!.replace('2026-09-21 12:06:00', `31/02/2026 0${i}:00`));
const EXPORT = [...SAMPLE.slice(0, 151), ...BAD, ''].join('\n');

/** Pastes `command` into sh in `cwd`; returns the arguments `ncrs-audit` received. */
function pasteIntoShell(command: string, cwd: string, shim: string): string[] {
  const out = execFileSync('/bin/sh', ['-c', command], { cwd, env: { PATH: `${shim}:/usr/bin:/bin` }, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

function shimFolder(): string {
  const dir = tempDir('shim');
  const script = join(dir, 'ncrs-audit');
  writeFileSync(script, '#!/bin/sh\nprintf \'%s\\0\' "$@"\n');
  chmodSync(script, 0o755);
  return dir;
}

function nextCommand(stdout: string): string {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  The worklist, '));
  expect(at, stdout).toBeGreaterThan(0);
  return lines[at + 1]!.trim();
}

describe('the worklist command in "what to do next"', () => {
  it.each<{ name: string; input: string; args: string[]; config?: string; exceptions?: boolean; out: string }>([
    { name: 'no options', input: 'crimes.csv', args: [], out: 'worklist.csv' },
    { name: 'a month, and a file name a shell would split', input: "Oct export's copy.csv", args: ['--period', '2026-10'], out: 'worklist-2026-10.csv' },
    {
      name: 'rules, district and exceptions as given',
      input: 'crimes.csv',
      args: ['--period', '2026-10', '--rules', 'shipped:rules/ncrs', '--district', 'Calderdale', '--exceptions', 'exceptions.yaml', '--no-config'],
      exceptions: true,
      out: 'worklist-2026-10.csv',
    },
    {
      name: "init's config: the month's folder of its out",
      input: 'crimes.csv',
      args: ['--period', '2026-10'],
      config: 'formats: [terminal, json, html]\nout: reports/{period}\n',
      out: 'reports/2026-10/report.csv',
    },
  ])('$name: pasted, it writes the worklist $out', async ({ input, args, config, exceptions, out }) => {
    const dir = tempDir('worklist');
    writeFileSync(join(dir, input), EXPORT);
    if (config) writeFileSync(join(dir, 'ncrs-audit.config.yaml'), config);
    if (exceptions) {
      writeFileSync(join(dir, 'exceptions.yaml'), '- rule: NCRS-001\n  record_id: NOT-IN-DATA\n  justification: j\n  accepted_by: FCR\n  expires: 2027-01-31\n');
    }
    const first = await runCli(['audit', input, ...args], { cwd: dir });
    expect(first.stderr).not.toMatch(/error/i);
    const command = nextCommand(first.stdout);
    expect(command.endsWith(`--format csv --out ${out}`)).toBe(true);

    const argv = pasteIntoShell(command, dir, shimFolder());
    expect(argv.slice(0, 2)).toEqual(['audit', input]);
    const second = await runCli(argv, { cwd: dir });
    expect(second.exitCode).toBe(first.exitCode);
    const rows = parse(readFileSync(join(dir, out), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.kind === 'rejected')).toHaveLength(7);
    // The same audit: as many findings as the first run counted.
    const findings = Number(/Findings: ([\d,]+)/.exec(first.stdout)![1]!.replace(/,/g, ''));
    expect(rows.filter((r) => r.kind === 'finding')).toHaveLength(findings);
    // The second run wrote a CSV, so it points at the file instead.
    expect(second.stdout).toContain(`The worklist (one row per failing record, rejected row and accepted finding): ${out}`);
  });

  it('lists the first 5 rejected rows with file:line and reason, then "and 2 more"', async () => {
    const dir = tempDir('worklist');
    writeFileSync(join(dir, 'crimes.csv'), EXPORT);
    const { stdout } = await runCli(['audit', 'crimes.csv', '--no-config'], { cwd: dir });
    const listed = stdout.split('\n').filter((l) => /^ {4}crimes\.csv:\d+ /.test(l));
    expect(listed).toHaveLength(5);
    expect(listed[0]).toMatch(/^ {4}crimes\.csv:62 +victim_age: 'abc' is not an integer$/);
    // In file order, each with its reason.
    for (let i = 0; i < 4; i++) expect(listed[i + 1]).toMatch(new RegExp(`^ {4}crimes\\.csv:${152 + i} +reported_at: '31/02/2026 0${i}:00' is not a date`));
    expect(stdout).toContain('    and 2 more — every one is in the worklist');
  });

  it.each([
    { name: '--quiet prints nothing', args: ['--quiet'], has: [], hasNot: ['What to do next', 'ncrs-audit audit'] },
    { name: '--public has no lines, reasons or rules to work on', args: ['--public'], has: ['Rejected rows: 7 (unreadable rows; their lines and reasons are in the internal report only)'], hasNot: ['What to do next', 'crimes.csv:15', 'is not a date', '--format csv'] },
    { name: 'a CSV written is named, not a command', args: ['--format', 'json,csv', '--out', 'out'], has: ['The worklist (one row per failing record, rejected row and accepted finding): out/report.csv'], hasNot: ['--format csv --out'] },
  ])('$name', async ({ args, has, hasNot }) => {
    const dir = tempDir('worklist');
    writeFileSync(join(dir, 'crimes.csv'), EXPORT);
    const { stdout } = await runCli(['audit', 'crimes.csv', '--no-config', ...args], { cwd: dir });
    if (args.includes('--quiet')) expect(stdout).toBe('');
    for (const text of has) expect(stdout).toContain(text);
    for (const text of hasNot) expect(stdout).not.toContain(text);
  });
});

describe('worklistCommand and worklistPath', () => {
  it.each([
    { word: 'exports/2026-10.csv', shell: 'exports/2026-10.csv' },
    { word: 'shipped:rules/ncrs', shell: 'shipped:rules/ncrs' },
    { word: 'a b.csv', shell: "'a b.csv'" },
    { word: "it's.csv", shell: "'it'\\''s.csv'" },
    { word: '$HOME;rm -rf x', shell: "'$HOME;rm -rf x'" },
    { word: 'Kirklees & Calder', shell: "'Kirklees & Calder'" },
  ])('quotes $word as $shell', ({ word, shell }) => {
    expect(shellWord(word)).toBe(shell);
  });

  it.each([
    { period: undefined, configured: undefined, path: 'worklist.csv' },
    { period: '2026-10', configured: undefined, path: 'worklist-2026-10.csv' },
    { period: '2026-10', configured: 'reports/{period}', path: 'reports/2026-10/report.csv' },
    { period: undefined, configured: 'reports/{period}', path: 'worklist.csv' }, // no month to name the folder
    { period: undefined, configured: 'reports', path: 'reports/report.csv' },
  ])('period $period, configured out $configured: $path', ({ period, configured, path }) => {
    expect(worklistPath(period, configured)).toBe(path);
  });

  it('keeps an input that starts with a dash from reading as an option', () => {
    expect(worklistCommand(['-oct.csv'], {}, 'w.csv')).toBe('ncrs-audit audit ./-oct.csv --format csv --out w.csv');
  });

  it('leaves out what does not change the worklist (--public, --compare, --quiet are never carried)', () => {
    const cmd = worklistCommand(['a.csv'], { profile: 'police-uk', asOf: '2026-11-30', config: 'cfg/x.yaml', includeDetails: true }, 'w.csv');
    expect(cmd).toBe('ncrs-audit audit a.csv --profile police-uk --as-of 2026-11-30 --config cfg/x.yaml --include-details --format csv --out w.csv');
  });
});
