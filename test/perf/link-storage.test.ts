/** The storage behind `linked`: the seen-before filter, the window of recent keys, and the bucketed entries read back intact. */
import { describe, expect, it } from 'vitest';
import { SeenFilter } from '../../src/storage/seen-filter.js';
import { hash32, hash53 } from '../../src/storage/hash.js';
import { RecentLinks } from '../../src/storage/recent-links.js';
import { C_HASH, C_SEQ, LinkEntries, Q_HASH, Q_SEQ } from '../../src/storage/link-entries.js';

function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
}
const hashOf = (rand: () => number) => (rand() % 2097152) * 4294967296 + rand();

describe('SeenFilter', () => {
  it('never calls a key added before new, and calls few new keys seen', () => {
    const f = new SeenFilter();
    const keys = Array.from({ length: 300_000 }, (_, i) => [hash53(`WY-${i}`), hash32(`WY-${i}`)] as const);
    let maybe = 0;
    for (const [h, c] of keys) if (f.addSeen(h, c)) maybe++;
    // Every key again: all seen.
    expect(keys.every(([h, c]) => f.addSeen(h, c))).toBe(true);
    // New keys wrongly called seen: the filter's false positives (a few percent).
    expect(maybe / keys.length).toBeLessThan(0.05);
    expect(f.bytes).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('RecentLinks', () => {
  const v = (x: number) => [x];
  it('gives the first record of a key, the second to the first itself, and forgets keys past two generations', () => {
    const recent = new RecentLinks(1, 4);
    const out = new Float64Array(1);
    recent.first(10, 1, 0, v(100), 0);
    expect(recent.link(10, 1, 5, out)).toBe(true);
    expect(out[0]).toBe(100);
    // The first record asking about its own key: no second yet.
    expect(recent.link(10, 1, 0, out)).toBe(false);
    recent.another(10, 1, 3, v(300), 0);
    recent.another(10, 1, 4, v(400), 0);
    expect(recent.link(10, 1, 0, out)).toBe(true);
    expect(out[0]).toBe(300);
    // Another key with the same hash53 is not this key.
    expect(recent.link(10, 2, 5, out)).toBe(false);
    // Eight more keys fill two generations of four: key 10 is forgotten, the last four kept.
    for (let k = 0; k < 8; k++) recent.first(20 + k, 1, 10 + k, v(k), 0);
    expect(recent.link(10, 1, 5, out)).toBe(false);
    for (let k = 4; k < 8; k++) expect(recent.link(20 + k, 1, 99, out)).toBe(true);
  });
});

describe('LinkEntries', () => {
  it.each([
    ['spilling every filled block', 0],
    ['all in memory', Infinity],
  ])('gives back every candidate and question in its hash bucket, in the order pushed (%s)', (_name, keepBytes) => {
    const buckets = 4;
    const entries = new LinkEntries(1, 2, buckets, keepBytes);
    const rand = lcg(11);
    const candidates: number[][][] = Array.from({ length: buckets }, () => []);
    const questions: number[][][] = Array.from({ length: buckets }, () => []);
    for (let i = 0; i < 100_000; i++) {
      const h = hashOf(rand);
      if (i % 3 === 0) {
        const row = [h, rand(), i, -1, 2, i * 0.5, NaN];
        entries.question(row);
        questions[h % buckets]!.push(row);
      } else {
        const row = [h, rand(), i, 1.7e12 + i];
        entries.candidate(row);
        candidates[h % buckets]!.push(row);
      }
    }
    if (keepBytes === 0) expect(entries.spilled).toBeGreaterThan(0);
    else expect(entries.spilled).toBe(0);
    let b = 0;
    for (const bucket of entries.take()) {
      const q = Array.from({ length: bucket.questionCount }, (_, i) => [...bucket.questions.subarray(i * 7, i * 7 + 7)]);
      expect(q).toEqual(questions[b]);
      const c: number[][] = [];
      bucket.candidates((rows, n) => {
        for (let i = 0; i < n; i++) c.push([...rows.subarray(i * 4, i * 4 + 4)]);
      });
      expect(c).toEqual(candidates[b]);
      expect(c.every((row) => row[C_HASH]! % buckets === b) && q.every((row) => row[Q_HASH]! % buckets === b)).toBe(true);
      expect(c.map((row) => row[C_SEQ])).toEqual([...c.map((row) => row[C_SEQ])].sort((x, y) => x! - y!));
      expect(q.map((row) => row[Q_SEQ])).toEqual([...q.map((row) => row[Q_SEQ])].sort((x, y) => x! - y!));
      b++;
    }
    expect(b).toBe(buckets);
  });
});
