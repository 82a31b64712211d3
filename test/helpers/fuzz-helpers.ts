import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { KnownError } from '../../src/errors.js';
import { loadProfile, openExport, type RowEvent } from '../../src/ingest/index.js';

/** A scratch folder for one test file; remove it in afterAll. */
export function scratchDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `ncrs-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type ReadOutcome = { ok: true; events: RowEvent[] } | { ok: false; error: KnownError };

/**
 * Reads a whole file through openExport + batches(). Resolves with the events or
 * the KnownError; anything else (a TypeError, a RangeError…) is rethrown so the
 * property fails.
 */
export async function readAll(path: string, profile = 'canonical'): Promise<ReadOutcome> {
  try {
    const reader = await openExport(path, await loadProfile(profile, process.cwd()));
    const events: RowEvent[] = [];
    for await (const batch of reader.batches()) events.push(...batch);
    return { ok: true, events };
  } catch (error) {
    if (error instanceof KnownError) return { ok: false, error };
    throw error;
  }
}

export function writeBytes(dir: string, name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** What every stderr of an exit-2 run must look like: one `ncrs-audit:` message, no stack, no "internal error". */
export function expectCleanKnownError(stderr: string): void {
  expect(stderr).toMatch(/^ncrs-audit: /);
  expect(stderr).not.toMatch(/internal error/);
  expect(stderr).not.toMatch(/^\s+at /m);
}
