/**
 * --include-details: the free text of each evaluated record, kept by input order
 * (only non-empty values), attached to its findings once the engine is done.
 */
import type { EngineResult } from '../model/engine.js';
import { FREE_TEXT_FIELDS, type CanonicalRecord } from '../model/record.js';

export type DetailsBySeq = Map<number, Record<string, string>>;

export function keepDetails(details: DetailsBySeq, record: CanonicalRecord, seq: number): void {
  let text: Record<string, string> | undefined;
  for (const field of FREE_TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') (text ??= {})[field] = value;
  }
  if (text) details.set(seq, text);
}

/** Each finding carries its record's free text. */
export function attachDetails(engine: EngineResult, details: DetailsBySeq | null): EngineResult {
  if (!details) return engine;
  return { ...engine, findings: engine.findings.map((f) => (details.has(f.seq) ? { ...f, details: details.get(f.seq)! } : f)) };
}
