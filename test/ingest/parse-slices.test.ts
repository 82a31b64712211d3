import { describe, expect, it } from 'vitest';
import { PARSE_SLICE } from '../../src/ingest/reader.js';
import { loadProfile, openExport } from '../../src/ingest/index.js';
import { readFile, records, tempFile } from './read-helpers.js';

/**
 * The reader feeds the parser PARSE_SLICE bytes at a time (docs/performance.md,
 * "Memory"): records, multi-byte characters, quoted newlines and CRLFs that
 * straddle a slice boundary must read exactly as in one piece, with the same lines.
 */
function build(rows: number): { text: string; expected: { id: string; district: string; note: string; line: number }[] } {
  const districts = ['Leeds', 'Bradford', 'Ynys Môn', 'Caerdydd—Cymru', 'Zürich'];
  let text = 'record_id,district,closure_rationale\n';
  let line = 2;
  const expected: { id: string; district: string; note: string; line: number }[] = [];
  for (let i = 0; i < rows; i++) {
    const id = `R${i}`;
    const district = districts[i % districts.length]!;
    const multiLine = i % 7 === 0;
    const note = multiLine ? `café “${i}”\nsecond line` : `note${i}${'é'.repeat(i % 13)}`;
    const end = i % 3 === 0 ? '\r\n' : '\n';
    text += `${id},${district},"${note}"${end}`;
    expected.push({ id, district, note, line });
    line += multiLine ? 2 : 1;
    if (i % 50 === 49) {
      text += '\n'; // a blank line: skipped, but counted
      line++;
    }
  }
  return { text, expected };
}

describe('reader: rows straddling parse slices', () => {
  const { text, expected } = build(9000);

  it('spans several slices', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * PARSE_SLICE);
  });

  it.each([
    ['utf-8', (t: string): Uint8Array => Buffer.from(t, 'utf8')],
    ['windows-1252', encodeWin1252],
  ] as const)('reads every record, value and line as written (%s)', async (encoding, encode) => {
    const bytes = encode(text);
    const { reader, events } = await readFile(tempFile(Buffer.from(bytes)));
    expect(reader.encoding).toBe(encoding);
    const got = records(events).map((r, i) => ({ id: r.record_id, district: r.district, note: r.closure_rationale, line: events[i]!.line }));
    expect(got).toEqual(expected);
  });

  it('hands rows on in small batches', async () => {
    const path = tempFile(Buffer.from(text, 'utf8'));
    const reader = await openExport(path, await loadProfile('canonical', process.cwd()));
    const sizes: number[] = [];
    for await (const batch of reader.batches()) sizes.push(batch.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.max(...sizes)).toBeLessThan(9000 / 4);
  });
});

/** Windows-1252 bytes for the few non-ASCII characters the fixture uses. */
function encodeWin1252(text: string): Uint8Array {
  const map: Record<string, number> = { 'ô': 0xf4, 'é': 0xe9, 'ü': 0xfc, '—': 0x97, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : map[c]!)));
}
