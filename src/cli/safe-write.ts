/**
 * Writes a set of report files all or nothing (cli.md "Writing files"):
 *  - a target that exists and is not a regular file (symlink, device, FIFO,
 *    socket, folder) is refused before anything is written, and left untouched;
 *  - missing parent folders are created;
 *  - every file goes to a private temporary name beside its target first, then
 *    all are renamed in one synchronous step, so no signal handler runs between
 *    two renames (a signal then waits until the set is complete);
 *  - on an error, SIGINT or SIGTERM before the renames, every temporary file is
 *    removed and the previous set is left whole.
 */
import { createWriteStream, lstatSync, renameSync, rmSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { chmod, lstat, mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { safeText } from '../text/safe-text.js';
import { tempName } from './temp-name.js';

export interface ReportFile {
  /** Absolute path of the target. */
  path: string;
  /** The content, or its pieces (rendered lazily, one at a time). */
  content: string | Iterable<string>;
  /** How the target is named in messages (as the user wrote it); default `path`. */
  shown?: string;
}

export interface WriteSetOptions {
  /** Test hook: wait this long after the temporary files are complete, before renaming. */
  pauseBeforeRenameMs?: number;
}

/** The test hook from the environment (NCRS_AUDIT_TEST_PAUSE_MS), like the thread knobs: not a user option. */
export function writeSetOptionsFromEnv(env: Record<string, string | undefined>): WriteSetOptions {
  const ms = Number(env.NCRS_AUDIT_TEST_PAUSE_MS);
  return Number.isInteger(ms) && ms > 0 ? { pauseBeforeRenameMs: ms } : {};
}

/** Writes every file of the set, or none of them (see the module comment). */
export async function writeReportSet(files: readonly ReportFile[], options: WriteSetOptions = {}): Promise<void> {
  const modes = new Map<string, number>();
  for (const file of files) {
    const existing = await checkTarget(file);
    if (existing) modes.set(file.path, existing.mode & 0o7777);
  }
  for (const file of files) await makeParents(file);

  const temps: string[] = [];
  const pending = { signal: undefined as NodeJS.Signals | undefined };
  const onSignal = (signal: NodeJS.Signals): void => {
    pending.signal = signal;
    removeAll(temps);
    stopListening();
    // Die of the signal as if we had never caught it (exit status 128 + n).
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), tempName(basename(file.path), randomBytes(6).toString('hex')));
      temps.push(temp);
      await writeTemp(file, temp, modes.get(file.path));
    }
    if (options.pauseBeforeRenameMs) await new Promise((resolve) => setTimeout(resolve, options.pauseBeforeRenameMs));
    if (pending.signal) return;
    renameAll(files, temps);
  } catch (error) {
    removeAll(temps);
    throw error;
  } finally {
    stopListening();
  }
}

/** A piece rendered only when the writer reaches it (so one format's string is alive at a time). */
export function* lazy(render: () => string): Iterable<string> {
  yield render();
}

/** One file: the same guarantees as a set of one. */
export async function writeFileAtomic(path: string, content: string | Iterable<string>, shown?: string): Promise<void> {
  await writeReportSet([{ path, content, ...(shown !== undefined ? { shown } : {}) }]);
}

/** The target's current stats when it is a regular file, undefined when absent; refuses anything else. */
async function checkTarget(file: ReportFile): Promise<Stats | undefined> {
  const shown = safeText(file.shown ?? file.path);
  const info = await lstat(file.path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === 'ENOENT') return undefined;
    if (info.code === 'ENOTDIR') throw new UsageError(`cannot write ${shown}: ${safeText(await fileInTheWay(file.path))} is a file, not a folder`);
    throw new UsageError(`cannot write ${shown}: ${info.code ?? info.message}`);
  }
  const kind = notRegular(info);
  if (kind) throw new UsageError(`refusing to write ${shown}: it is ${kind}, not a regular file (left untouched)`);
  return info;
}

function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'something else';
}

/** The nearest ancestor of `path` that exists and is not a folder. */
async function fileInTheWay(path: string): Promise<string> {
  for (let p = dirname(path); p !== dirname(p); p = dirname(p)) {
    const info = await lstat(p).catch(() => undefined);
    if (info && !info.isDirectory() && !(info.isSymbolicLink())) return p;
  }
  return dirname(path);
}

async function makeParents(file: ReportFile): Promise<void> {
  await ensureFolder(dirname(file.path), `the folder for ${file.shown ?? file.path}`);
}

/** Creates a folder and its missing parents; a file in the way is a clear UsageError. */
export async function ensureFolder(folder: string, shown = `the output folder ${folder}`): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? `${safeText(await fileInTheWay(join(folder, 'x')))} is a file, not a folder` : (code ?? (error as Error).message);
    throw new UsageError(`cannot create ${safeText(shown)}: ${why}`);
  }
}

/**
 * Streams the pieces to a new private file (0600: reports hold record ids),
 * honouring back-pressure; gives it the target's mode (or the usual 0666 less
 * umask) once complete.
 */
async function writeTemp(file: ReportFile, temp: string, mode: number | undefined): Promise<void> {
  const chunks = typeof file.content === 'string' ? [file.content] : file.content;
  const out = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk, 'utf8')) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    out.destroy();
    await chmod(temp, mode ?? 0o666 & ~process.umask());
  } catch (error) {
    out.destroy();
    if (error instanceof UsageError || !(error as NodeJS.ErrnoException).code) throw error;
    throw new UsageError(`cannot write report ${safeText(file.shown ?? file.path)}: ${(error as Error).message}`);
  }
}

/** Synchronous on purpose: no signal handler can run between two renames. */
function renameAll(files: readonly ReportFile[], temps: readonly string[]): void {
  // Last look: a target swapped for a symlink or FIFO since the check is still refused.
  for (const file of files) {
    const info = lstatOrUndefined(file.path);
    const kind = info && notRegular(info);
    if (kind) throw new UsageError(`refusing to write ${safeText(file.shown ?? file.path)}: it is ${kind}, not a regular file (left untouched)`);
  }
  files.forEach((file, i) => {
    try {
      renameSync(temps[i]!, file.path);
    } catch (error) {
      throw new UsageError(`cannot write report ${safeText(file.shown ?? file.path)}: ${(error as Error).message}`);
    }
  });
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function removeAll(temps: readonly string[]): void {
  for (const temp of temps) rmSync(temp, { force: true });
}
