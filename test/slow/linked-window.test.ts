/**
 * `linked` on an export large enough that links lie beyond the window of recent
 * keys (2 x 16,384 keys): those questions wait for finish(), with the same
 * answers and messages whatever the lookahead and spilling
 * (test/helpers/linked-rows.ts; the small version runs in npm test).
 */
import { describe, expect, it } from 'vitest';
import { linkedEquivalence } from '../helpers/linked-rows.js';

describe('linked beyond the window of recent keys', () => {
  it('gives the same answers whatever the lookahead and spilling', async () => {
    const { rows } = await linkedEquivalence(40_000);
    // Links placed 70,000 rows on go to the end: from the first half of the export,
    // more keys than the window holds lie between a record and its link.
    expect(rows).toBeGreaterThan(80_000);
  }, 300_000);
});
