/**
 * `linked` answers at once when the first linkable record of a key is known,
 * else at finish(): the same answers and messages with lookahead 0, small and
 * the audit's, with everything spilled or nothing (test/helpers/linked-rows.ts).
 * The large version, with links beyond the window of recent keys, is in
 * test/slow/linked-window.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { linkedEquivalence } from '../helpers/linked-rows.js';

describe('linked answers at once or at finish()', () => {
  it('the same whatever the lookahead and spilling, and as a plain reference', async () => {
    const { rows } = await linkedEquivalence(4_000);
    expect(rows).toBeGreaterThan(8_000);
  }, 60_000);
});
