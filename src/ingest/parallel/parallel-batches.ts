/**
 * Parallel parsing of one export: its record-aligned byte ranges go to a pool of
 * parse workers; their row events come back in compact form and are yielded in
 * file order, so the evaluator downstream sees exactly what a sequential read
 * gives. At most `workers + 1` ranges are in flight (bounded memory).
 *
 * Anything unusual (a worker error, a range ending inside quotes, an input error,
 * no header or no data rows) throws ParallelFallback: the caller then redoes the
 * audit with one sequential read, which gives the exact same result or error.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { assertUnchanged } from '../csv/open-regular.js';
import type { RowEvent } from '../mapping/row-event.js';
import { readHeader, type ExportReader } from '../reader.js';
import type { ChunkTask, WorkerMessage, WorkerSetup } from './messages.js';
import { decodeBatch, type EncodedBatch } from './record-codec.js';

export class ParallelFallback extends Error {}

/** Counters for tests: how many ranges workers parsed, how many parallel reads fell back. */
export const parallelStats = { chunks: 0, fallbacks: 0 };

/** The built worker script, or undefined when running from TypeScript sources (e.g. under vitest). */
export function workerScript(): URL | undefined {
  const url = new URL('./chunk-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

interface Inbox {
  batches: EncodedBatch[];
  done: boolean;
  error?: string;
  /** SHA-256 of the bytes the worker read. */
  sha256?: string;
}

export async function* parallelBatches(
  reader: ExportReader,
  profile: string,
  cwd: string,
  workers: number,
  script: URL,
): AsyncGenerator<RowEvent[]> {
  const ranges = reader.ranges;
  if (ranges === undefined || ranges.length === 0) throw new ParallelFallback('no ranges');
  const header = await readHeader(reader.path, reader.encoding).catch(() => undefined);
  if (header === undefined) {
    parallelStats.fallbacks++;
    throw new ParallelFallback('no header');
  }
  const setup: WorkerSetup = { path: reader.path, encoding: reader.encoding, profile, cwd, header };
  const pool = Array.from({ length: Math.max(1, Math.min(workers, ranges.length)) }, () => new Worker(script, { workerData: setup }));
  const inbox = new Map<number, Inbox>();
  const idle: Worker[] = [...pool];
  let failure: string | undefined;
  let wake: (() => void) | undefined;
  let next = 0;
  let consumed = 0;
  const dispatch = (): void => {
    while (idle.length > 0 && next < ranges.length && next < consumed + pool.length + 1) {
      const worker = idle.pop()!;
      inbox.set(next, { batches: [], done: false });
      const task: ChunkTask = { chunk: next, range: ranges[next]! };
      worker.postMessage(task);
      next++;
    }
  };
  let closing = false;
  for (const worker of pool) {
    worker.on('message', (m: WorkerMessage) => {
      const box = inbox.get(m.chunk)!;
      if (m.type === 'batch') box.batches.push(m.batch);
      else {
        box.done = true;
        if (m.type === 'error') box.error = m.message;
        else box.sha256 = m.sha256;
        idle.push(worker);
        dispatch();
      }
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error.message;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (!closing) failure ??= `worker exited (${code})`;
      wake?.();
    });
  }
  try {
    dispatch();
    let rows = 0;
    for (let k = 0; k < ranges.length; k++) {
      const box = inbox.get(k)!;
      for (;;) {
        if (failure !== undefined) throw new ParallelFallback(failure);
        const batch = box.batches.shift();
        if (batch !== undefined) {
          const events = decodeBatch(batch);
          rows += events.length;
          yield events;
          continue;
        }
        if (box.done) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      if (box.error !== undefined) throw new ParallelFallback(box.error);
      // Every range's bytes as parsed must be the bytes the pre-pass hashed (reader.sha256 names them).
      if (box.sha256 !== ranges[k]!.sha256) {
        throw new InputError('changed while it was read (its bytes differ between two reads); the audit stops rather than report on bytes it cannot name', reader.path);
      }
      parallelStats.chunks++;
      inbox.delete(k);
      consumed = k + 1;
      dispatch();
    }
    if (rows === 0) throw new ParallelFallback('no data rows');
    await assertUnchanged(reader.path, reader.identity);
  } catch (error) {
    if (error instanceof ParallelFallback) parallelStats.fallbacks++;
    throw error;
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
