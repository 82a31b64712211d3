import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/storage/collect-garbage.js';

describe('collectGarbage', () => {
  it('collects unreachable objects at once (V8 would otherwise wait)', async () => {
    const ref = (() => new WeakRef(new Float64Array(1 << 16)))();
    // A WeakRef keeps its target alive until the current job ends (deref() would extend that).
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('does not collect what is still reachable', async () => {
    const kept = new Float64Array(1 << 16);
    const ref = new WeakRef(kept);
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBe(kept);
  });

  it('leaves --expose-gc off for everything else', async () => {
    collectGarbage();
    const { runInNewContext } = await import('node:vm');
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
