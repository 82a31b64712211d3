import { describe, expect, it } from 'vitest';
import { defined, readText, records, rejections } from './read-helpers.js';

const HEADER = 'record_id,record_type,reported_at,victim_age,crime_related';

describe('reader: header matching (record.md)', () => {
  it('matches headers ignoring case and surrounding spaces, in any order', async () => {
    const { events } = await readText(' Victim_Age ,REPORTED_AT,Record_Type , record_id\n34,2026-10-03T14:05,Crime,13/1/26\n');
    expect(records(events).map(defined)).toEqual([
      { record_id: '13/1/26', record_type: 'crime', reported_at: Date.UTC(2026, 9, 3, 13, 5), victim_age: 34 },
    ]);
  });

  it('keeps unknown columns in extra, keyed by the trimmed header with its case', async () => {
    const { events } = await readText('record_id, Officer Team ,Beat\nA1, Response A ,\n');
    const [record] = records(events);
    expect([...record!.extra]).toEqual([['Officer Team', 'Response A']]);
  });

  it('treats empty and all-space cells as absent and trims present values', async () => {
    const { events } = await readText(`${HEADER},district\n  A1  ,crime,   ,,  ,  Leeds \n`);
    expect(records(events).map(defined)).toEqual([{ record_id: 'A1', record_type: 'crime', district: 'Leeds' }]);
  });
});

describe('reader: encodings and line ends', () => {
  it('removes a UTF-8 BOM', async () => {
    const { events, reader } = await readText('\uFEFFrecord_id,district\nA1,Leeds\n');
    expect(records(events).map(defined)).toEqual([{ record_id: 'A1', district: 'Leeds' }]);
    expect(reader.encoding).toBe('utf-8');
    expect(reader.warnings).toEqual([]);
  });

  it('reads CRLF like LF', async () => {
    const { events } = await readText('record_id,district\r\nA1,Leeds\r\nA2,Bradford\r\n');
    expect(records(events).map(defined)).toEqual([
      { record_id: 'A1', district: 'Leeds' },
      { record_id: 'A2', district: 'Bradford' },
    ]);
    expect(events.map((e) => e.line)).toEqual([2, 3]);
  });

  it('reads quoted commas, quotes and newlines', async () => {
    const text = 'record_id,closure_rationale,district\nA1,"Civil dispute, ""advised""\nno crime",Leeds\r\nA2,"x\r\ny",Wakefield\n';
    const { events } = await readText(text);
    expect(records(events).map((r) => r.closure_rationale)).toEqual(['Civil dispute, "advised"\nno crime', 'x\r\ny']);
    expect(events.map((e) => e.line)).toEqual([2, 4]);
  });

  it('keeps a lone CR inside a field as data', async () => {
    const { events } = await readText('record_id,district\nA\r1,Leeds\nA2,Kirklees\n');
    expect(records(events).map((r) => r.record_id)).toEqual(['A\r1', 'A2']);
    expect(events.map((e) => e.line)).toEqual([2, 3]);
  });

  it('decodes a file that is not valid UTF-8 as Windows-1252, whole, with a warning naming it', async () => {
    const bytes = Buffer.concat([
      Buffer.from('record_id,closure_rationale\nA1,caf'),
      Buffer.from([0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x71, 0x94]), // é €5 “q”
      Buffer.from('\nA2,ok\n'),
    ]);
    const { events, reader } = await readText(bytes);
    expect(reader.encoding).toBe('windows-1252');
    expect(reader.warnings).toEqual([`${reader.path}: not valid UTF-8; read as Windows-1252`]);
    expect(records(events).map((r) => r.closure_rationale)).toEqual(['café €5 “q”', 'ok']);
  });

  it('removes a BOM before decoding as Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('record_id\nA'), Buffer.from([0xe9, 0x0a])]);
    const { events, reader } = await readText(bytes);
    expect(reader.encoding).toBe('windows-1252');
    expect(records(events).map((r) => r.record_id)).toEqual(['Aé']);
  });

  it('reads multi-byte UTF-8 split across read chunks', async () => {
    const pad = 'x'.repeat((1 << 20) - 'record_id,district\nA1,'.length - 1);
    const { events, reader } = await readText(`record_id,district\nA1,${pad}€\nA2,Leeds\n`);
    expect(reader.encoding).toBe('utf-8');
    expect(records(events).map((r) => r.district?.slice(-1))).toEqual(['€', 's']);
  });
});

describe('reader: line numbers and rejected rows', () => {
  it('counts blank lines, CRLF and quoted newlines; the header is line 1', async () => {
    const text = 'record_id,closure_rationale\r\n\r\nA1,"two\r\nlines"\n\n\nA2,x\nA3,"a\nb\nc"\nA4,y';
    const { events } = await readText(text);
    expect(events.map((e) => [e.line, e.kind === 'record' ? e.record.record_id : null])).toEqual([
      [3, 'A1'],
      [7, 'A2'],
      [8, 'A3'],
      [11, 'A4'],
    ]);
  });

  it('skips a line of only spaces as blank', async () => {
    const { events } = await readText('record_id,district\n   \nA1,Leeds\n');
    expect(events.map((e) => [e.kind, e.line])).toEqual([['record', 3]]);
  });

  it.each([
    ['A1,fish,,,', "record_type: 'fish' is not one of ['crime', 'incident', 'n100']"],
    ['A1,crime,31/02/2026,,', "reported_at: '31/02/2026' is not a date"],
    ['A1,crime,,abc,', "victim_age: 'abc' is not an integer"],
    ['A1,crime,,,maybe', "crime_related: 'maybe' is not a boolean"],
    ['A1,crime,03/10/26,,', "reported_at: '03/10/26' is not a date"],
    ['A1,crime,2026-10-03T24:00,,', "reported_at: '2026-10-03T24:00' is not a date"],
    ['A1,crime,03/10/2026 10:00+01:00,,', "reported_at: '03/10/2026 10:00+01:00' is not a date"],
    ['A1,crime,2026-10-03,', '4 columns, header has 5'],
    ['A1,crime,2026-10-03,,,,', '7 columns, header has 5'],
    ['A1', '1 column, header has 5'],
    ['A1,Fish,2026-02-30,12y,maybe',
      "record_type: 'Fish' is not one of ['crime', 'incident', 'n100']; reported_at: '2026-02-30' is not a date; crime_related: 'maybe' is not a boolean; victim_age: '12y' is not an integer"],
    [`A1,crime,${'9'.repeat(60)},,`, `reported_at: '${'9'.repeat(40)}' is not a date`],
  ])('%s -> %s', async (row, reason) => {
    const { events } = await readText(`${HEADER}\n${row}\n`);
    expect(rejections(events)).toEqual([{ line: 2, reason }]);
  });

  it('rejects an enumeration value case-insensitively matched only when it is one of the values', async () => {
    const { events } = await readText('record_id,status\nA1,CANCELLED\nA2,Recorded\nA3,open\n');
    expect(events.map((e) => (e.kind === 'record' ? e.record.status : e.reason))).toEqual([
      'cancelled',
      'recorded',
      "status: 'open' is not one of ['cancelled', 'recorded']",
    ]);
  });

  it('never quotes free-text values', async () => {
    const { events } = await readText('record_id,closure_rationale,victim_age\nA1,Sensitive words here,x\n');
    expect(rejections(events)).toEqual([{ line: 2, reason: "victim_age: 'x' is not an integer" }]);
  });

  it('yields every row exactly once, in file order, across many read chunks', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `R${i},crime,2026-10-03T14:05,${i % 100},${i % 2 ? 'y' : 'n'}`);
    const { events } = await readText(`${HEADER}\n${rows.join('\n')}\n`);
    expect(events).toHaveLength(40_000);
    expect(events.every((e, i) => e.kind === 'record' && e.line === i + 2 && e.record.record_id === `R${i}`)).toBe(true);
  });
});
