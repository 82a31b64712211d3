/** The evaluator's helpers: the lookahead ring, interning, and the memory policy's collection hook. */
import { describe, expect, it } from 'vitest';
import { Lookahead } from '../../src/engine/lookahead.js';
import { NONE, RecordKeys } from '../../src/engine/record-keys.js';
import { createEvaluator } from '../../src/engine/index.js';
import type { CanonicalRecord } from '../../src/model/record.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { exampleRecord } from '../../src/rules/example-record.js';

const rec = (i: number) => ({ record_id: `R-${i}` }) as unknown as CanonicalRecord;
const source = { file: 'in.csv', fileIndex: 0, line: 2 };

describe('Lookahead', () => {
  it.each([0, 1, 3, 10, 50])('evaluates every record once, in input order, holding back at most %i', (size) => {
    const seen: number[] = [];
    const ring = new Lookahead(size, (_r, _s, seq) => seen.push(seq));
    for (let seq = 0; seq < 20; seq++) {
      ring.add(rec(seq), source, seq);
      expect(seq + 1 - seen.length).toBe(Math.min(size, seq + 1));
    }
    ring.drain();
    expect(seen).toEqual([...Array(20).keys()]);
    ring.add(rec(20), source, 20); // usable again after a drain
    ring.drain();
    expect(seen.at(-1)).toBe(20);
  });
});

describe('RecordKeys', () => {
  it.each([
    // districts as written -> spelling ids, district ids, district keys
    [['Leeds', ' leeds ', 'LEEDS', 'Leeds'], [0, 1, 2, 0], [0, 0, 0, 0], ['leeds']],
    [[undefined, '', '  ', 'Bradford'], [-1, -1, -1, 0], [0, 0, 0, 1], [NONE, 'bradford']],
    [['Bradford', undefined, 'bradford'], [0, -1, 1], [0, 1, 0], ['bradford', NONE]],
  ] as const)('interns %j', (written, spellings, districts, keys) => {
    const k = new RecordKeys();
    const sp = written.map((w) => k.spelling(w));
    expect(sp).toEqual(spellings);
    expect(sp.map((s) => k.district(s))).toEqual(districts);
    expect(k.districts.keys).toEqual(keys);
  });

  it('interns record types, none as (none)', () => {
    const k = new RecordKeys();
    expect([k.type('crime'), k.type(undefined), k.type('crime')]).toEqual([0, 1, 0]);
    expect(k.types.keys).toEqual(['crime', NONE]);
  });
});

describe('evaluator memory hook', () => {
  it('calls collect twice at finish() with the number of records added, never on its own', async () => {
    const set = await loadRuleSet(['rules/ncrs'], process.cwd());
    const calls: number[] = [];
    const ev = createEvaluator(set, { collect: (n) => calls.push(n) });
    for (let seq = 0; seq < 5; seq++) ev.add(exampleRecord({ record_id: `R-${seq}`, record_type: 'incident' }, []), source, seq);
    expect(calls).toEqual([]);
    ev.finish();
    expect(calls).toEqual([5, 5]);
  });
});
