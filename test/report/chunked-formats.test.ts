/** The streamed JSON and CSV are byte for byte the one-string renderings, at any size. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { csvChunks } from '../../src/report/formats/csv.js';
import { jsonChunks } from '../../src/report/formats/json.js';
import type { Report } from '../../src/report/schema.js';
import { HOSTILE, makeRun } from './fixtures.js';

function withFindings(base: Report, n: number): Report {
  const one = base.findings![0]!;
  const findings = Array.from({ length: n }, (_, i) => ({
    ...one,
    line: i + 2,
    recordId: i % 7 === 0 ? `${HOSTILE.script}\n"${i}"` : `13/${i}/26`,
    ...(i % 5 === 0 ? { details: { closure_rationale: `note ${i}\r\nline two` } } : {}),
  }));
  return { ...base, findings };
}

describe('chunked formats', () => {
  const base = buildReport(makeRun());

  it.each([0, 1, 249, 250, 251, 1001, 2600])('%i findings: JSON equals JSON.stringify(report, null, 2)', (n) => {
    const report = withFindings(base, n);
    const chunks = [...jsonChunks(report)];
    expect(chunks.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    if (n > 500) expect(chunks.length).toBeGreaterThan(2);
  });

  it('a report without findings (public mode) is unchanged', () => {
    const { findings: _omit, ...publicReport } = base;
    expect([...jsonChunks(publicReport as Report)].join('')).toBe(`${JSON.stringify(publicReport, null, 2)}\n`);
  });

  it.each([0, 999, 1000, 1001, 2600, 2601])('%i findings: CSV equals one stringify of every row', (n) => {
    const report = withFindings(base, n);
    const joined = [...csvChunks(report, { color: false })].join('');
    const lines = joined.split('\n');
    const columns = 'rule,severity,record_id,file,line,district,record_type,message,kind,expires';
    expect(lines[0]).toBe(n > 0 ? `${columns},closure_rationale,cancellation_rationale` : columns); // finding 0 has details
    // Re-stringify in one go from the parsed rows: identical bytes.
    const rows = parse(joined) as string[][];
    expect(rows.length).toBe(n + 1 + report.rejected.length);
    expect(stringify(rows, { record_delimiter: '\n', quoted_match: /\r/ })).toBe(joined);
  });
});
