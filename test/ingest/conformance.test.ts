import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile, openExport, type RowEvent } from '../../src/ingest/index.js';

const FILE = 'fixtures/conformance/sample-2026-27-export.csv';
const expected = JSON.parse(readFileSync('fixtures/conformance/sample-2026-27-expected.json', 'utf8')) as {
  rows: { read: number; rejected: number };
  rejected: { line: number; reason: string }[];
  failedLines: Record<string, number[]>;
};

async function readAll(path: string, profile = 'canonical'): Promise<RowEvent[]> {
  const reader = await openExport(path, await loadProfile(profile, process.cwd()));
  const events: RowEvent[] = [];
  for await (const batch of reader.batches()) events.push(...batch);
  return events;
}

describe('conformance sample', () => {
  it('reads 3000 rows and rejects exactly the expected lines with the expected reasons', async () => {
    const events = await readAll(FILE);
    expect(events).toHaveLength(expected.rows.read);
    const rejected = events.filter((e) => e.kind === 'rejected').map(({ line, reason }) => ({ line, reason }));
    expect(rejected).toEqual(expected.rejected);
  });

  it('is UTF-8 with no warnings, hashed', async () => {
    const reader = await openExport(FILE, await loadProfile('canonical', process.cwd()));
    expect(reader.encoding).toBe('utf-8');
    expect(reader.warnings).toEqual([]);
    expect(reader.sha256).toBe('6a8a14b1ee695f023aa3c73ce0c12c8e431d200b7eee0c40da0891220e2f1b9c');
  });

  it('gives records the line numbers the expected findings use', async () => {
    const events = await readAll(FILE);
    const lines = new Set(events.filter((e) => e.kind === 'record').map((e) => e.line));
    for (const [rule, failed] of Object.entries(expected.failedLines)) {
      for (const line of failed) expect(lines.has(line), `${rule} line ${line}`).toBe(true);
    }
  });
});
