import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.js';
import type { CliIo } from '../../src/cli/io.js';

function fakeIo(isTTY: boolean): { io: CliIo; err: string[] } {
  const err: string[] = [];
  return { io: { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s), isTTY }, env: {}, cwd: '/' }, err };
}

describe('createProgress', () => {
  it('writes rows read, rate and elapsed to a TTY, at most every 250 ms, and clears on done', () => {
    const { io, err } = fakeIo(true);
    let t = 1_000;
    const p = createProgress(io, true, () => t);
    t += 100;
    p.update(10); // too soon
    t += 200;
    p.update(30_000); // 300 ms in
    t += 100;
    p.update(40_000); // too soon again
    t += 1_700;
    p.update(2_000_000); // 2.1 s in
    p.done();
    expect(err).toEqual([
      '\r\x1b[K30,000 rows read · 100,000 rows/s · 0.3s',
      '\r\x1b[K2,000,000 rows read · 952,381 rows/s · 2.1s',
      '\r\x1b[K',
    ]);
  });

  it.each([
    ['stderr is not a TTY', false, true],
    ['progress is disabled (--quiet)', true, false],
  ])('is silent when %s', (_label, isTTY, enabled) => {
    const { io, err } = fakeIo(isTTY);
    let t = 0;
    const p = createProgress(io, enabled, () => t);
    for (let i = 1; i <= 10; i++) {
      t += 1_000;
      p.update(i * 1000);
    }
    p.done();
    expect(err).toEqual([]);
  });

  it('does not clear a line it never drew', () => {
    const { io, err } = fakeIo(true);
    const p = createProgress(io, true, () => 0);
    p.update(5);
    p.done();
    expect(err).toEqual([]);
  });
});

describe('progressLine', () => {
  it.each([
    [0, 0, '0 rows read · 0 rows/s · 0.0s'],
    [1_234_567, 12_500, '1,234,567 rows read · 98,765 rows/s · 12.5s'],
    [6_000_000, 125_000, '6,000,000 rows read · 48,000 rows/s · 2m 05s'],
  ])('%i rows in %i ms -> %s', (rows, ms, line) => expect(progressLine(rows, ms)).toBe(line));
});
