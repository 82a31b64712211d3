/**
 * Writes report files safely: to a temporary name in the same folder, then
 * renamed, so an interrupted run never leaves a half-written report that looks
 * complete; and never over one of the audit's own inputs.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeChunks(temp, typeof content === 'string' ? [content] : content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(`cannot write report ${path}: ${(error as Error).message}`);
  }
}

/** Streams the pieces to a new file, honouring back-pressure, so memory holds one piece at a time. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { flags: 'wx' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk, 'utf8')) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
}

/** Refuses any output path that is (or resolves to) one of the inputs. */
export async function assertNotAnInput(outputs: string[], inputs: string[], cwd: string): Promise<void> {
  const inputPaths = new Set<string>();
  for (const input of inputs) inputPaths.add(await canonical(resolve(cwd, input)));
  for (const output of outputs) {
    if (inputPaths.has(await canonical(resolve(cwd, output)))) {
      throw new UsageError(`refusing to write a report over ${output}: the audit reads it (an input, rule, profile, exceptions or --compare file)`);
    }
  }
}

export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the output folder ${path}: ${(error as Error).message}`);
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path; // does not exist yet: cannot be an input
  }
}
