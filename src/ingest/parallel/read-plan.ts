/**
 * How an audit reads its inputs: on this thread, or with parse workers feeding it
 * (parallel-batches.ts). The choice never changes the records read, only the
 * time taken (docs/performance.md).
 */
import type { RowEvent } from '../mapping/row-event.js';
import type { ExportReader } from '../reader.js';
import { parallelBatches, workerScript } from './parallel-batches.js';

/** Inputs smaller than this are read on one thread by default: workers would not pay. */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
export const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Profile name or path, as given (workers load it afresh). */
  profile: string;
  cwd: string;
  /**
   * Threads: 1 = read on this thread only; n >= 2 = n - 1 parse workers. Default:
   * defaultThreads(cores), for inputs over PARALLEL_MIN_BYTES, when the built
   * worker script is available.
   */
  threads?: number;
  /** Bytes per parse chunk (default DEFAULT_CHUNK_BYTES; tests use tiny chunks). */
  chunkBytes?: number;
  /** The built parse-worker script to use (tests running from sources). */
  workerScript?: URL;
  cores: number;
}

export interface ReadPlan {
  /** Bytes per chunk to open readers with, when workers may be used. */
  chunkBytes: number | undefined;
  /**
   * One reader's batches of rows: from workers when `threaded` and the plan and
   * input allow it, else read here. A parallel read may throw ParallelFallback.
   */
  batches(reader: ExportReader, threaded: boolean): AsyncIterable<RowEvent[]>;
}

export function planReading(options: ReadOptions): ReadPlan {
  const threads = options.threads ?? defaultThreads(options.cores);
  const script = threads > 1 ? (options.workerScript ?? workerScript()) : undefined;
  const chunkBytes = script ? Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES) : undefined;
  const parallel = (reader: ExportReader): boolean => {
    if (!script || !reader.ranges) return false;
    const size = reader.ranges[reader.ranges.length - 1]?.end ?? 0;
    return options.threads !== undefined || size > PARALLEL_MIN_BYTES;
  };
  return {
    chunkBytes,
    batches: (reader, threaded) =>
      threaded && script && parallel(reader)
        ? parallelBatches(reader, options.profile, options.cwd, threads - 1, script)
        : reader.batches(),
  };
}

/**
 * One thread per core, at most 4; one thread on a single core. Since rows are
 * handed on per 64 KiB slice, one parse worker pays on 2 cores too (1M rows:
 * 8.5–8.8 s against 8.9–9.5 s on one thread; docs/performance.md). Inputs under
 * PARALLEL_MIN_BYTES stay on one thread whatever this says.
 */
export function defaultThreads(cores: number): number {
  return cores >= 2 ? Math.min(cores, 4) : 1;
}
