/**
 * With parse workers too, a file that changes while it is read stops the audit
 * (issue 15, item 2): each worker hashes the range it parses, checked against
 * the pre-pass, and the file's identity is compared at the end.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.js';
import { InputError } from '../../src/errors.js';
import { buildCli, type BuiltCli } from '../helpers/built-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';
import { rewriteTail } from '../helpers/rewrite-tail.js';

const { dir, cleanup } = scratchDir('parallel-changes');
let cli: BuiltCli;
beforeAll(() => {
  cli = buildCli();
}, 300_000);
afterAll(() => {
  cli?.cleanup();
  cleanup();
});

function input(name: string): string {
  const path = join(dir, name);
  let text = 'record_id,record_type,reported_at,recorded_at,district,offence_code,status\n';
  for (let i = 0; i < 60_000; i++) text += `CR-${String(i).padStart(6, '0')},crime,2026-10-01 09:00,2026-10-01 10:00,Leeds,8N,recorded\n`;
  writeFileSync(path, text);
  return path;
}

const audit = (path: string, onProgress?: (rows: number) => void) =>
  runAudit({ inputs: [path], cwd: dir, threads: 2, chunkBytes: 256 * 1024, workerScript: cli.workerScript, ...(onProgress ? { onProgress } : {}) });

describe('parse workers', () => {
  it('an unchanged file: the report’s hash is the file’s', async () => {
    const path = input('same.csv');
    const run = await audit(path);
    const { createHash } = await import('node:crypto');
    expect(run.inputs[0]!.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('a same-length rewrite of the tail while the workers read: exit 2', async () => {
    const path = input('changed.csv');
    let done = false;
    const outcome = await audit(path, (rows) => {
      if (rows < 10_000 || done) return;
      done = true;
      rewriteTail(path, 3 / 4);
    }).then(
      () => 'a report',
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(InputError);
    expect((outcome as Error).message).toMatch(/changed while it was read/);
  });
});
