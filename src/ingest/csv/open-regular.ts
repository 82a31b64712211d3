/**
 * Inputs are regular files, opened without waiting (cli.md "Reading files"): a
 * FIFO, device or socket is refused at once, never read or waited on; and the
 * file's identity (size, modification and change times, inode) is kept so a
 * file that changes while it is read stops the audit (report.md).
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from '../../errors.js';

export interface FileIdentity {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
}

export interface OpenedFile {
  handle: FileHandle;
  identity: FileIdentity;
}

/** Opens `path` for reading if it is a regular file (O_NONBLOCK: a FIFO swapped in never blocks the open). */
export async function openRegular(path: string): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(describeOpenError(error as NodeJS.ErrnoException), path);
  }
  try {
    const info = await handle.stat({ bigint: true });
    if (info.isDirectory()) throw new InputError('is a folder, not a CSV file', path);
    if (!info.isFile()) throw new InputError('is not a regular file (a FIFO, device or socket is never read)', path);
    return { handle, identity: identityOf(info) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The file at `path` now, or a description of why it cannot be seen. */
export async function currentIdentity(path: string): Promise<FileIdentity | string> {
  try {
    return identityOf(await stat(path, { bigint: true }));
  } catch (error) {
    return describeOpenError(error as NodeJS.ErrnoException);
  }
}

/** Throws when the file at `path` is no longer the one described by `before`. */
export async function assertUnchanged(path: string, before: FileIdentity): Promise<void> {
  const now = await currentIdentity(path);
  const what = typeof now === 'string' ? now : differences(before, now);
  if (what) throw new InputError(`changed while it was read (${what}); the audit stops rather than report on bytes it cannot name`, path);
}

/** Which of size, modification time, change time and inode differ ('' when none). */
export function differences(a: FileIdentity, b: FileIdentity): string {
  const out: string[] = [];
  if (a.size !== b.size) out.push('size');
  if (a.mtimeNs !== b.mtimeNs) out.push('modification time');
  if (a.ctimeNs !== b.ctimeNs) out.push('change time');
  if (a.ino !== b.ino || a.dev !== b.dev) out.push('inode');
  return out.join(', ');
}

function identityOf(info: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint; dev: bigint }): FileIdentity {
  return { size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs, ino: info.ino, dev: info.dev };
}

function describeOpenError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a CSV file';
    case 'ENXIO':
      return 'is not a regular file (a FIFO, device or socket is never read)';
    default:
      return `cannot read (${error.code ?? error.message})`;
  }
}
