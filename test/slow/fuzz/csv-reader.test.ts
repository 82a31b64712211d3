/**
 * Fuzz: whatever bytes arrive, the reader yields row events or throws an
 * InputError naming the file — never another exception, never a hang, and on
 * well-formed files exactly one event per data row, in file order.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { headedBytesExport, randomBytesExport, structureExport, wellFormedExport, type GeneratedExport } from './csv-arbitraries.js';
import { readAll, scratchDir, writeBytes } from '../../helpers/fuzz-helpers.js';
import { fuzzSettings, TEST_TIMEOUT } from './settings.js';

const { dir, cleanup } = scratchDir('fuzz-reader');
afterAll(cleanup);

let n = 0;
async function check(gen: GeneratedExport, profile = 'canonical'): Promise<void> {
  const path = writeBytes(dir, `in-${n++ % 8}.csv`, gen.bytes);
  const outcome = await readAll(path, profile);
  if (!outcome.ok) {
    expect(outcome.error).toBeInstanceOf(InputError);
    expect(outcome.error.message.startsWith(`${path}`)).toBe(true);
    expect(outcome.error.message).not.toMatch(/undefined|\[object /);
    return;
  }
  // Every event sits on a real line after the header, in strictly increasing order.
  let last = 1;
  for (const event of outcome.events) {
    expect(event.line).toBeGreaterThan(last);
    last = event.line;
    if (event.kind === 'rejected') expect(event.reason.length).toBeGreaterThan(0);
  }
  if (gen.dataRows !== null) expect(outcome.events.length).toBe(gen.dataRows);
}

describe('fuzz: the CSV reader (openExport + batches)', () => {
  it.each([
    ['random bytes', randomBytesExport, 'canonical'],
    ['random bytes after a canonical header', headedBytesExport, 'canonical'],
    ['random bytes through the police-uk profile', headedBytesExport, 'police-uk'],
    ['random CSV structure (stray quotes, truncation, line ends)', structureExport, 'canonical'],
    ['well-formed CSV with hostile values: one event per data row', wellFormedExport, 'canonical'],
  ] as const)('%s', async (_name, arb, profile) => {
    await fc.assert(fc.asyncProperty(arb, (gen) => check(gen, profile)), fuzzSettings(150, 0.25));
  }, TEST_TIMEOUT);
});
