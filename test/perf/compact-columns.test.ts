/** The compact stores behind cross-record checks keep exactly what was put in. */
import { describe, expect, it } from 'vitest';
import { KeySet, i32, u8 } from '../../src/storage/columns.js';
import { StringArena } from '../../src/storage/string-arena.js';
import { SpillArea } from '../../src/storage/spill-file.js';
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

  it('keeps the hash53 whole and the low 16 bits of the check (69 bits)', () => {
    const set = new KeySet();
    set.addHas(2 ** 52 + 3, 0xabcd1234);
    expect(set.has(2 ** 52 + 3, 0xabcd1234)).toBe(true);
    expect(set.has(2 ** 52 + 3, 0xabcd1235)).toBe(false);
    expect(set.has(3, 0xabcd1234)).toBe(false);
    // Documented: checks equal in their low 16 bits are not told apart.
    expect(set.has(2 ** 52 + 3, 0x00001234)).toBe(true);
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

describe('StringArena chunks', () => {
  it('round-trips strings across 1 MiB chunk boundaries, long strings and empty ones', () => {
    const arena = new StringArena();
    const values: (string | null)[] = [];
    for (let i = 0; i < 120_000; i++) values.push(i % 97 === 0 ? '' : i % 89 === 0 ? null : i % 1000 === 7 ? `long-${'ab½'.repeat(900)}-${i}` : `13/${i}/26-é`);
    const wrong = values.filter((v, i) => arena.push(v) !== i || arena.get(i) !== v).length;
    expect(wrong).toBe(0);
    expect(values.filter((v, i) => arena.get(i) !== v)).toEqual([]);
  });
});

describe('Column.release', () => {
  it('frees the values and refuses more pushes', () => {
    const a = i32();
    for (let i = 0; i < 70_000; i++) a.push(i);
    a.release();
    expect(a.length).toBe(0);
    expect(() => a.push(1)).toThrow();
  });
});

describe('KeySet quotienting', () => {
  it('keeps full 53-bit hashes apart through growth past 2^21 slots, long runs included', () => {
    const set = new KeySet();
    const big = 2 ** 53 - 1;
    // Pseudo-random 53-bit hashes, hashes differing only in high bits, and 600
    // sharing their low 24 bits (one run longer than 255 slots at every size).
    let x = 12345;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
    const keys = new Set<number>();
    for (let i = 0; i < 1_700_000; i++) keys.add((rand() % 2097152) * 4294967296 + rand());
    for (let i = 0; i < 600; i++) keys.add(big - i * 2 ** 24);
    for (let i = 1; i < 1000; i++) keys.add(i * 2 ** 40 + 5);
    let again = 0;
    let found = 0;
    for (const h of keys) if (set.addHas(h, h % 7 === 0 ? 0 : 42)) again++;
    for (const h of keys) if (set.has(h, h % 7 === 0 ? 0 : 42)) found++;
    expect(again).toBe(0);
    expect(found).toBe(keys.size);
    expect(set.has(big - 600 * 2 ** 24, 42)).toBe(false);
    expect(set.has(1000 * 2 ** 40 + 5, 42)).toBe(false);
    expect(set.has(2 ** 40 + 5, 43)).toBe(false);
  });
});

describe('StringArena spilling to a temporary file', () => {
  const values = Array.from({ length: 200_000 }, (_, i) => (i % 97 === 0 ? '' : i % 89 === 0 ? null : i % 5000 === 7 ? `long-${'ab½'.repeat(900)}-${i}` : `13/${i}/26-é ${'x'.repeat(i % 40)}`));

  it('keeps filled chunks on disk past `keep` and reads them back, in any order', () => {
    const arena = new StringArena(new SpillArea(1 << 20));
    values.forEach((v) => arena.push(v));
    expect(arena.spilled).toBeGreaterThan(3);
    expect(values.filter((v, i) => arena.get(i) !== v)).toEqual([]);
    // Backwards and jumping between chunks: each read goes back to the file as needed.
    for (let i = values.length - 1; i >= 0; i -= 997) expect(arena.get(i)).toBe(values[i]);
    arena.release();
  });

  it('keeps everything in memory when no temporary file can be made', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/ncrs-audit-test';
    try {
      const arena = new StringArena(new SpillArea(0));
      values.forEach((v) => arena.push(v));
      expect(arena.spilled).toBe(0);
      expect(values.filter((v, i) => arena.get(i) !== v)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('leaves no file behind', async () => {
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('ncrs-audit-')).length;
    const arena = new StringArena(new SpillArea(0));
    values.forEach((v) => arena.push(v));
    expect(arena.spilled).toBeGreaterThan(0);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('ncrs-audit-')).length).toBe(before);
    arena.release();
  });
});

describe('Column spilling to a temporary file', () => {
  it('moves filled blocks past keepBytes to disk and reads them back', () => {
    const area = new SpillArea(256 * 1024);
    const a = i32(undefined, area);
    const b = u8(undefined, area);
    const n = 400_000;
    for (let i = 0; i < n; i++) {
      a.push(i * 7 - 3);
      b.push(i % 251);
    }
    // i32 blocks are 256 KiB: the first stays, the filled ones after it go; the block being filled stays.
    expect(a.spilled).toBe(Math.floor(n / 65536) - 1);
    // u8 blocks are 64 KiB: four stay in memory.
    expect(b.spilled).toBe(Math.floor(n / 65536) - 4);
    let wrong = 0;
    for (let i = 0; i < n; i++) if (a.get(i) !== i * 7 - 3 || b.get(i) !== i % 251) wrong++;
    for (let i = n - 1; i >= 0; i -= 4099) if (a.get(i) !== i * 7 - 3) wrong++;
    expect(wrong).toBe(0);
    // A value on disk cannot change; one in memory can.
    expect(() => a.set(70_000, 1)).toThrow(/on disk/);
    a.set(n - 1, 5);
    expect(a.get(n - 1)).toBe(5);
    area.close();
  });

  it('keeps every block in memory when keepBytes is Infinity', () => {
    const a = i32(undefined, new SpillArea(Infinity));
    for (let i = 0; i < 300_000; i++) a.push(i);
    expect(a.spilled).toBe(0);
    expect(a.get(299_999)).toBe(299_999);
  });
});

describe('SpillArea', () => {
  it('reads back what was appended, and refuses to read past it', () => {
    const area = new SpillArea(0);
    expect(area.append(new Uint8Array([1, 2, 3]))).toBe(0);
    expect(area.append(new Uint8Array([4, 5]))).toBe(3);
    const back = new Uint8Array(4);
    area.read(back, 1);
    expect([...back]).toEqual([2, 3, 4, 5]);
    expect(() => area.read(new Uint8Array(4), 3)).toThrow(/ended early/);
    area.close();
  });
});
