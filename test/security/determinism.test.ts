/**
 * Same inputs, same rule pack: byte-identical reports apart from generatedAt
 * (report.md). Checked on the demo month and on the hostile fixture, every format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { humanDateTime } from '../../src/report/human-date.js';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('determinism');
afterAll(cleanup);

/** Every report of one run, with the run's own timestamp replaced by a marker. */
async function reports(args: string[], folder: string): Promise<Record<string, string>> {
  const run = await runCli([...args, '--format', 'terminal,json,csv,markdown,html,junit', '--out', join(dir, folder), '--no-color']);
  expect([0, 1]).toContain(run.exitCode);
  const stamp = (JSON.parse(readFileSync(join(dir, folder, 'report.json'), 'utf8')) as { generatedAt: string }).generatedAt;
  const out: Record<string, string> = { terminal: run.stdout.replaceAll(join(dir, folder), '<out>') };
  for (const f of readdirSync(join(dir, folder))) out[f] = readFileSync(join(dir, folder, f), 'utf8');
  // The reports print the run's time in words too ("29 November 2026, 10:28"): two runs can straddle a minute.
  for (const k of Object.keys(out)) out[k] = out[k]!.replaceAll(stamp, '<generatedAt>').replaceAll(humanDateTime(stamp), '<generatedAt>');
  return out;
}

describe('two runs give the same reports', () => {
  it.each([
    ['the demo month', ['audit', 'fixtures/demo/crimes.csv']],
    ['two inputs with filters', ['audit', 'fixtures/demo/crimes.csv', 'fixtures/security/clean.csv', '--period', '2026-10', '--district', 'Leeds', '--district', 'bradford']],
    ['the hostile fixture, public', ['audit', 'fixtures/security/hostile-values.csv', '--public']],
  ])('%s', async (name, args) => {
    const key = name.replace(/\W+/g, '-');
    const first = await reports(args, `${key}-1`);
    const second = await reports(args, `${key}-2`);
    expect(Object.keys(first).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.junit.xml', 'report.md', 'terminal']);
    for (const format of Object.keys(first)) expect(second[format], format).toBe(first[format]);
    const json = JSON.parse(first['report.json']!) as { rows: { read: number; evaluated: number; rejected: number; filtered: number } };
    expect(json.rows.read).toBe(json.rows.evaluated + json.rows.rejected + json.rows.filtered);
  });
});
