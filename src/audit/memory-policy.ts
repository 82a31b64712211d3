/**
 * How an audit spends memory on millions of records (docs/performance.md): the
 * pipeline chooses, the evaluator follows. None of it changes a verdict
 * (test/slow/memory-settings-equivalence.test.ts).
 */
import type { EvaluatorOptions } from '../engine/index.js';
import { collectGarbage, limitHeapGrowth } from '../storage/collect-garbage.js';

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

/**
 * Old-space growth (percent) before V8 collects again, once an audit has read
 * HEAP_TUNE_FROM records: at 5M rows with a parse worker it took the peak from
 * 336–407 MB to 328–346 MB on a quiet machine (docs/performance.md). Not from
 * the start: the extra collections cost ~7% of the time at 1M rows, whose peak
 * is far below the target anyway.
 */
export const HEAP_GROWING_PERCENT = 25;
export const HEAP_TUNE_FROM = 2_000_000;

/** Called with the number of records read so far: tunes the process's garbage collector (process-wide, lasting) once the audit is large. */
export function tuneHeap(recordsRead: number): void {
  if (recordsRead === HEAP_TUNE_FROM) limitHeapGrowth(HEAP_GROWING_PERCENT);
}
