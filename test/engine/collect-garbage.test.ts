import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/engine/collect-garbage.js';

const MB = 1024 * 1024;

describe('collectGarbage', () => {
  it('frees unreachable array buffers at once (V8 would otherwise hold them)', () => {
    collectGarbage();
    const base = process.memoryUsage().arrayBuffers;
    let big: Float64Array | null = new Float64Array((64 * MB) / 8);
    big[0] = 1;
    big = null;
    expect(process.memoryUsage().arrayBuffers - base).toBeGreaterThanOrEqual(64 * MB);
    collectGarbage();
    expect(process.memoryUsage().arrayBuffers - base).toBeLessThan(MB);
  });

  it('leaves --expose-gc off for everything else', async () => {
    collectGarbage();
    const { runInNewContext } = await import('node:vm');
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
