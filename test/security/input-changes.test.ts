/**
 * The input hash names the bytes evaluated (issue 15, item 2; report.md): it is
 * taken in the pass that reads them, and the file's size, modification and
 * change times and inode are compared before and after. A file rewritten in
 * place (same length) or appended to while it is read stops the audit (exit 2).
 */
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.js';
import { InputError } from '../../src/errors.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';
import { rewriteTail } from '../helpers/rewrite-tail.js';

/** When set, the before/after comparison of file identities is switched off (to prove the hash check alone). */
const identity = vi.hoisted(() => ({ off: false }));
vi.mock('../../src/ingest/csv/open-regular.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ingest/csv/open-regular.js')>();
  return {
    ...real,
    differences: (a: Parameters<typeof real.differences>[0], b: Parameters<typeof real.differences>[1]) => (identity.off ? '' : real.differences(a, b)),
    assertUnchanged: async (path: string, before: Parameters<typeof real.assertUnchanged>[1]) => (identity.off ? undefined : real.assertUnchanged(path, before)),
  };
});

const { dir, cleanup } = scratchDir('input-changes');
afterAll(cleanup);
afterEach(() => {
  identity.off = false;
});

const HEADER = 'record_id,record_type,reported_at,recorded_at,district,offence_code,status\n';
const ROWS = 60_000;
let n = 0;
function bigInput(): string {
  const path = join(dir, `in-${n++}.csv`);
  let text = HEADER;
  for (let i = 0; i < ROWS; i++) text += `CR-${String(i).padStart(6, '0')},crime,2026-10-01 09:00,2026-10-01 10:00,Leeds,8N,recorded\n`;
  writeFileSync(path, text);
  return path;
}

/** Runs an audit on one thread; `during` runs once, after the first 10,000 rows. */
async function auditWhile(path: string, during: () => void): Promise<unknown> {
  let done = false;
  return runAudit({
    inputs: [path],
    cwd: dir,
    threads: 1,
    now: () => new Date('2026-11-01T00:00:00Z'),
    onProgress: (rows) => {
      if (rows >= 10_000 && !done) {
        done = true;
        during();
      }
    },
  }).then(
    () => 'a report',
    (error: unknown) => error,
  );
}

/** Rewrites the last third of the file in place: same length, other districts. */
const rewriteLastThird = (path: string) => rewriteTail(path, 2 / 3);

describe('a file that changes while it is read stops the audit (item 2)', () => {
  it.each([
    ['rewritten in place, same length', rewriteLastThird],
    ['appended to', (path: string) => appendFileSync(path, 'CR-X,crime,2026-10-01 09:00,2026-10-01 10:00,Leeds,8N,recorded\n')],
    [
      'replaced by another file (rename over it)',
      (path: string) => {
        writeFileSync(`${path}.new`, readFileSync(path));
        renameSync(`${path}.new`, path);
      },
    ],
  ])('%s', async (_name, change) => {
    const path = bigInput();
    const outcome = await auditWhile(path, () => change(path));
    expect(outcome).toBeInstanceOf(InputError);
    expect((outcome as Error).message).toMatch(/changed while it was read/);
  });

  it('the hash is taken in the pass that evaluates: a same-length rewrite is caught by the hash alone', async () => {
    identity.off = true;
    const path = bigInput();
    const outcome = await auditWhile(path, () => rewriteLastThird(path));
    expect(outcome).toBeInstanceOf(InputError);
    expect((outcome as Error).message).toMatch(/changed while it was read \(its bytes differ between two reads\)/);
  });

  it('an unchanged file gives a report whose hash is the file’s', async () => {
    const path = bigInput();
    const run = await runAudit({ inputs: [path], cwd: dir, threads: 1 });
    const { createHash } = await import('node:crypto');
    expect(run.inputs[0]!.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });
});
