import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile, openExport, type ExportReader, type RowEvent } from '../../src/ingest/index.js';
import type { CanonicalRecord } from '../../src/model/record.js';
import { tempDir } from '../helpers/temp-dir.js';

// Made when first needed and removed after the test (or file) that made it: test files
// share this module (vitest.config.ts), so a folder made at import would outlive its file.
let dir: string | undefined;
let n = 0;

/** Writes bytes to a temp file and returns its path. */
export function tempFile(content: string | Buffer, name = `export-${n++}.csv`): string {
  if (dir === undefined || !existsSync(dir)) dir = tempDir('ingest');
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export async function readFile(path: string, profile = 'canonical'): Promise<{ reader: ExportReader; events: RowEvent[] }> {
  const reader = await openExport(path, await loadProfile(profile, process.cwd()));
  const events: RowEvent[] = [];
  for await (const batch of reader.batches()) events.push(...batch);
  return { reader, events };
}

export async function readText(content: string | Buffer, profile = 'canonical') {
  return readFile(tempFile(content), profile);
}

export function records(events: RowEvent[]): CanonicalRecord[] {
  return events.flatMap((e) => (e.kind === 'record' ? [e.record] : []));
}

export function rejections(events: RowEvent[]): { line: number; reason: string }[] {
  return events.flatMap((e) => (e.kind === 'rejected' ? [{ line: e.line, reason: e.reason }] : []));
}

/** A record's defined fields only (records carry every field, undefined when absent). */
export function defined(record: CanonicalRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k, v]) => v !== undefined && k !== 'extra'));
}
