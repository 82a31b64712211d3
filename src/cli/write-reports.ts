/**
 * Where reports may go: never over one of the audit's own inputs. The writing
 * itself (temporary files, renames, refusals) is in safe-write.ts.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

export { ensureFolder, writeFileAtomic, writeReportSet } from './safe-write.js';

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

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path; // does not exist yet: cannot be an input
  }
}
