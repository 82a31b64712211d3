/** What the main thread and the parse workers say to each other. */
import type { ByteRange } from '../csv/chunk-scanner.js';
import type { TextEncoding } from '../csv/inspect-file.js';
import type { EncodedBatch } from './record-codec.js';

/** Given once, as workerData. */
export interface WorkerSetup {
  path: string;
  encoding: TextEncoding;
  /** Profile name or path, loaded by the worker itself (profiles hold functions). */
  profile: string;
  cwd: string;
  header: { cells: string[]; line: number };
}

/** main -> worker: parse one range. */
export interface ChunkTask {
  chunk: number;
  range: ByteRange;
}

/** worker -> main. */
export type WorkerMessage =
  | { type: 'batch'; chunk: number; batch: EncodedBatch }
  | { type: 'done'; chunk: number; sha256: string }
  | { type: 'error'; chunk: number; message: string };
