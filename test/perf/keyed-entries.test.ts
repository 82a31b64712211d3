/** no_earlier_duplicate's entries: bucketed by hash, spilled while streaming, read back intact. */
import { describe, expect, it } from 'vitest';
import { KeyedEntries } from '../../src/storage/keyed-entries.js';

type Entry = [hash: number, check: number, time: number, pending: number, flag: number];

describe('KeyedEntries', () => {
  it.each([
    ['spilling every filled block', 0],
    ['all in memory', Infinity],
  ])('gives back every entry in its hash bucket, in the order pushed (%s)', (_name, keepBytes) => {
    const buckets = 4;
    const entries = new KeyedEntries(buckets, keepBytes);
    const pushed: Entry[][] = Array.from({ length: buckets }, () => []);
    let x = 99;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
    for (let i = 0; i < 300_000; i++) {
      const e: Entry = [(rand() % 2097152) * 4294967296 + rand(), rand(), 1.7e12 + i * 60_000, i % 3 === 0 ? -1 : i, i & 1];
      const handle = entries.push(...e);
      // The pending index of the entry just pushed may still change (a record that is both candidate and asker).
      if (i % 1000 === 0) {
        entries.setPending(handle, -7);
        e[3] = -7;
      }
      pushed[e[0] % buckets]!.push(e);
    }
    if (keepBytes === 0) expect(entries.spilled).toBeGreaterThan(0);
    else expect(entries.spilled).toBe(0);
    const got = [...entries.take()].map((b) => Array.from({ length: b.length }, (_, i): Entry => [b.hash[i]!, b.check[i]!, b.time[i]!, b.pending[i]!, b.flag[i]!]));
    expect(got.map((b) => b.length)).toEqual(pushed.map((b) => b.length));
    expect(got).toEqual(pushed);
  });
});
