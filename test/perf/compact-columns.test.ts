/** The compact stores behind cross-record checks keep exactly what was put in. */
import { describe, expect, it } from 'vitest';
import { KeySet, StringArena, i32, u8 } from '../../src/engine/columns.js';
import { ChunkScanner } from '../../src/ingest/csv/chunk-scanner.js';

describe('KeySet', () => {
  it('adds, finds and tells keys apart through growth, including a check of 0', () => {
    const set = new KeySet();
    const keys: [number, number][] = [];
    for (let i = 0; i < 5000; i++) keys.push([i * 7919 + 1, i % 3 === 0 ? 0 : i]);
    for (const [h, c] of keys) expect(set.addHas(h, c)).toBe(false);
    for (const [h, c] of keys) expect(set.has(h, c)).toBe(true);
    for (const [h, c] of keys) expect(set.addHas(h, c)).toBe(true);
    expect(set.has(1, 12345)).toBe(false);
    expect(set.has(-5, 0)).toBe(false);
  });
});

describe('StringArena', () => {
  it.each([
    [['WY-1', null, '', 'Café ½', '13/100000/26', null]],
    [Array.from({ length: 30_000 }, (_, i) => (i % 11 === 0 ? null : `id-${i}-ü`))],
  ])('round-trips strings and nulls', (values) => {
    const arena = new StringArena();
    values.forEach((v, i) => expect(arena.push(v)).toBe(i));
    values.forEach((v, i) => expect(arena.get(i)).toBe(v));
  });
});

describe('Column', () => {
  it('keeps every value across growth', () => {
    const a = i32();
    const b = u8();
    for (let i = 0; i < 100_000; i++) {
      a.push(i * 3 - 7);
      b.push(i & 0xff);
    }
    expect(a.length).toBe(100_000);
    expect(a.get(99_999)).toBe(99_999 * 3 - 7);
    expect(b.get(1000)).toBe(1000 & 0xff);
  });
});

describe('ChunkScanner', () => {
  const text = 'h1,h2\na,"x\ny"\n\nb,"q""\n"\nc,d\n';
  it.each([1, 2, 5, 1000])('splits at LFs outside quotes, with line numbers (chunk %i)', (chunkBytes) => {
    const scanner = new ChunkScanner(chunkBytes);
    const buf = Buffer.from(text);
    // Feed in uneven pieces: the state carries across.
    for (let i = 0; i < buf.length; i += 3) scanner.add(buf.subarray(i, i + 3));
    const ranges = scanner.ranges(buf.length);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[ranges.length - 1]!.end).toBe(buf.length);
    for (const r of ranges) {
      if (r.start > 0) expect(buf[r.start - 1]).toBe(10);
      // Each range starts outside quotes and on the line its LFs say.
      const before = buf.subarray(0, r.start).toString();
      expect((before.match(/"/g) ?? []).length % 2).toBe(0);
      expect(r.line).toBe((before.match(/\n/g) ?? []).length + 1);
    }
    if (chunkBytes === 1) expect(ranges.map((r) => r.line)).toEqual([1, 2, 4, 5, 7]);
  });
});
