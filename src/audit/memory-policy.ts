/**
 * How an audit spends memory on millions of records (docs/performance.md): the
 * pipeline chooses, the evaluator follows. None of it changes a verdict
 * (test/slow/memory-settings-equivalence.test.ts).
 */
import type { EvaluatorOptions } from '../engine/index.js';
import { collectGarbage } from '../storage/collect-garbage.js';

/**
 * Records held back for the lookahead: a crime usually follows its incident
 * within a few rows in a time-ordered export. Small, so that the held records
 * stay in the CPU caches and die young (1,024 was measurably slower).
 */
export const LOOKAHEAD = 256;

/** Bytes each column of undecided records and findings keeps in memory before spilling to a temporary file. */
export const KEEP_BYTES = 512 * 1024;

/** Below this many records the indexes are small (~50 MB at 2M): leave collection to V8. */
export const COLLECT_FROM = 2_000_000;

/** The evaluator's memory settings for an audit (and other full reads of an export). */
export const AUDIT_MEMORY: Readonly<Required<Pick<EvaluatorOptions, 'lookahead' | 'keepBytes' | 'collect'>>> = {
  lookahead: LOOKAHEAD,
  keepBytes: KEEP_BYTES,
  collect: (recordsAdded) => {
    if (recordsAdded >= COLLECT_FROM) collectGarbage();
  },
};
