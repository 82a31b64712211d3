/**
 * Reads a file the tool was pointed at (rule file, code list, profile, config,
 * exceptions, report, worksheet) only if it is a regular file within a size
 * cap (cli.md "Reading files"). A device (`/dev/zero`), FIFO or socket would
 * never end or would block: refused at once, never waited on. So: stat first,
 * open without blocking, check the opened file again (it may have been swapped
 * since), and read until end of file but never past the cap — the size a file
 * reports is not trusted (`/proc/self/environ` says 0 and holds kilobytes).
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; why: string; missing?: boolean };

const STEP = 64 * 1024;

export async function readRegularFile(abs: string, maxBytes: number): Promise<LimitedRead> {
  const info = await stat(abs).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return { ok: false, why: describe(info), ...(isMissing(info) ? { missing: true } : {}) };
  const kind = notRegular(info, maxBytes);
  if (kind) return { ok: false, why: kind };
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it must not wait for a writer.
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, why: describe(error as NodeJS.ErrnoException) };
  }
  try {
    const opened = await handle.stat();
    const again = notRegular(opened, maxBytes);
    if (again) return { ok: false, why: again };
    const parts: Buffer[] = [];
    let filled = 0;
    // Read to the end, whatever size the file claims, but at most the cap plus one byte.
    while (filled <= maxBytes) {
      const buf = Buffer.alloc(Math.min(STEP, maxBytes + 1 - filled));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      parts.push(buf.subarray(0, bytesRead));
      filled += bytesRead;
    }
    if (filled > maxBytes) return { ok: false, why: tooLarge(maxBytes) };
    return { ok: true, bytes: Buffer.concat(parts, filled) };
  } catch (error) {
    return { ok: false, why: describe(error as NodeJS.ErrnoException) };
  } finally {
    await handle.close();
  }
}

/** The same, as UTF-8 text (a leading BOM kept: callers strip it), or an error built from the reason. */
export async function readRegularText(abs: string, maxBytes: number, fail: (why: string, missing: boolean) => Error): Promise<string> {
  const read = await readRegularFile(abs, maxBytes);
  if (!read.ok) throw fail(read.why, read.missing === true);
  return read.bytes.toString('utf8');
}

function notRegular(info: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): string | undefined {
  if (info.isDirectory()) return 'is a folder';
  if (!info.isFile()) return 'is not a regular file (a device, FIFO or socket is never read)';
  if (info.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function tooLarge(maxBytes: number): string {
  return maxBytes >= 1024 * 1024 ? `is larger than ${maxBytes / (1024 * 1024)} MiB` : `is larger than ${maxBytes / 1024} KiB`;
}

function isMissing(error: NodeJS.ErrnoException): boolean {
  return error.code === 'ENOENT' || error.code === 'ENOTDIR';
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'is a symbolic link loop';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
