import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../../errors.js';
import { scaffoldFiles } from './templates.js';

export const FORCE_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Writes the config, a local rule file, a profile and a recommendations file into `cwd`. Refuses, writing
 * nothing, when any of them already exists. Returns the paths written.
 */
export async function scaffold(cwd: string, force: string): Promise<string[]> {
  if (!FORCE_NAME.test(force)) {
    throw new UsageError(`--name '${force}': use lower-case letters, digits and hyphens, e.g. west-yorkshire`);
  }
  const files = scaffoldFiles(force);
  const existing: string[] = [];
  for (const f of files) if (await stat(join(cwd, f.path)).catch(() => null)) existing.push(f.path);
  if (existing.length > 0) {
    throw new UsageError(`refusing to overwrite ${existing.join(', ')}: init only creates new files (move them away, or edit them)`);
  }
  for (const f of files) {
    const abs = join(cwd, f.path);
    await mkdir(dirname(abs), { recursive: true });
    // 'wx' fails rather than overwrite a file created since the check above.
    await writeFile(abs, f.content, { encoding: 'utf8', flag: 'wx' }).catch((error: Error) => {
      throw new UsageError(`cannot write ${f.path}: ${error.message}`);
    });
  }
  return files.map((f) => f.path);
}
