/**
 * A parse worker: reads, decodes, parses and maps record-aligned byte ranges of
 * one file and posts the row events back in compact form (record-codec.ts).
 * Rules are not evaluated here: the main thread sees every record in input order,
 * which is what keeps the report identical to a single-threaded run.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { loadProfile } from '../profile/load-profile.js';
import { bindHeader } from '../mapping/bind-header.js';
import { readRange } from '../reader.js';
import type { ChunkTask, WorkerMessage, WorkerSetup } from './messages.js';
import { encodeBatch, transferables } from './record-codec.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const ready = loadProfile(setup.profile, setup.cwd).then((profile) =>
  bindHeader(setup.header.cells, profile, setup.path, setup.header.line),
);

// Tasks run one at a time, in the order given.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: ChunkTask) => {
  queue = queue.then(() => run(task));
});

async function run(task: ChunkTask): Promise<void> {
  try {
    const mapper = await ready;
    // The bytes this worker parses are hashed as read: the main thread checks them against the pre-pass.
    const hash = createHash('sha256');
    for await (const events of readRange(setup.path, setup.encoding, mapper, task.range, hash)) {
      const batch = encodeBatch(events);
      post({ type: 'batch', chunk: task.chunk, batch }, transferables(batch));
    }
    post({ type: 'done', chunk: task.chunk, sha256: hash.digest('hex') });
  } catch (error) {
    post({ type: 'error', chunk: task.chunk, message: error instanceof Error ? error.message : String(error) });
  }
}
