/**
 * Reports carry identifiers, never free text: a name planted in
 * closure_rationale, cancellation_rationale and an unmapped column of failing
 * and rejected records (fixtures/security/privacy.csv) appears in no report.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const INPUT = join(process.cwd(), 'fixtures/security/privacy.csv');
const NAME = /jane/i; // "example" alone is an ordinary word in the reports
const { dir, cleanup } = scratchDir('privacy');
afterAll(cleanup);

async function everyFormat(extra: string[], folder: string): Promise<Record<string, string>> {
  const run = await runCli(['audit', INPUT, '--format', 'terminal,json,csv,markdown,html,junit', '--out', folder, '--no-color', ...extra], { cwd: dir });
  expect(run.exitCode).toBe(1);
  const out: Record<string, string> = { terminal: run.stdout, stderr: run.stderr };
  for (const f of readdirSync(join(dir, folder))) out[f] = readFileSync(join(dir, folder, f), 'utf8');
  return out;
}

describe('free text reaches no report by default', () => {
  it('the planted records really fail and are really rejected', async () => {
    const run = await runCli(['audit', INPUT, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; recordId: string }[]; rows: { rejected: number } };
    const failed = report.findings.map((f) => `${f.ruleId} ${f.recordId}`);
    expect(failed).toEqual(expect.arrayContaining(['NCRS-003 INC-9', 'HOCR-001 CR-9', 'HOCR-002 CR-9', 'DQ-001 N100-9']));
    expect(report.rows.rejected).toBe(2);
  });

  it.each([
    ['default', []],
    ['--public', ['--public']],
  ])('%s: no format carries the name', async (name, extra) => {
    const outputs = await everyFormat(extra, `out-${name.replace(/\W/g, '')}`);
    expect(Object.keys(outputs).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.junit.xml', 'report.md', 'stderr', 'terminal']);
    for (const [format, text] of Object.entries(outputs)) expect(text, format).not.toMatch(NAME);
  });

  it('a rule message cannot quote a free-text field (refused when the rules load)', async () => {
    writeFileSync(
      join(dir, 'leaky.yaml'),
      'rules:\n  - id: T-001\n    name: leaky\n    severity: error\n    standard: s\n    description: d\n    require: { absent: cancellation_rationale }\n    message: "cancelled because {cancellation_rationale}"\n',
    );
    const run = await runCli(['audit', INPUT, '--rules', 'leaky.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/leaky\.yaml:8:\d+: .*free text/);
    expect(run.stdout + run.stderr).not.toMatch(NAME);
  });
});

describe('--include-details lets the rationales in, and only where a worklist needs them', () => {
  it('JSON findings and the CSV worklist carry the failing records’ rationales; the panel report does not', async () => {
    const outputs = await everyFormat(['--include-details'], 'out-details');
    const report = JSON.parse(outputs['report.json']!) as { findings: { ruleId: string; recordId: string; details?: Record<string, string> }[] };
    const cancelled = report.findings.find((f) => f.ruleId === 'HOCR-001' && f.recordId === 'CR-9');
    expect(cancelled?.details).toEqual({ cancellation_rationale: 'Jane Example withdrew her account' });
    expect(report.findings.find((f) => f.recordId === 'INC-9')?.details).toEqual({ closure_rationale: 'Jane Example said she would call back' });
    expect(outputs['report.csv']!.split('\n')[0]).toBe('rule,severity,record_id,file,line,district,record_type,message,kind,expires,closure_rationale,cancellation_rationale');
    expect(outputs['report.csv']).toMatch(/HOCR-001,error,CR-9,.*,,Jane Example withdrew her account\n/);
    // Unmapped columns stay out even then, and so do rejected rows' values and the public documents.
    for (const format of ['report.csv', 'report.json']) expect(outputs[format], format).not.toMatch(/Spoke to Jane/);
    for (const format of ['report.md', 'report.html', 'report.junit.xml', 'terminal']) expect(outputs[format], format).not.toMatch(NAME);
  });

  it('--public wins over --include-details: no findings, no free text', async () => {
    const outputs = await everyFormat(['--include-details', '--public'], 'out-details-public');
    for (const [format, text] of Object.entries(outputs)) expect(text, format).not.toMatch(NAME);
  });
});
