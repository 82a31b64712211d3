/**
 * Reads a rule file or code list only if it is a regular file of sensible size.
 * A device (`/dev/zero`), FIFO or socket would never end or would block; a huge
 * file would be read whole before being refused. So: stat first, open without
 * blocking, check the opened file again (it may have been swapped since), and
 * read at most the cap plus one byte.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Far more than any real rule file or code list needs (the shipped pack is under 100 KiB). */
export const MAX_RULE_FILE_BYTES = 4 * 1024 * 1024;

export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; why: string };

export async function readRegularFile(abs: string, maxBytes = MAX_RULE_FILE_BYTES): Promise<LimitedRead> {
  const info = await stat(abs).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return { ok: false, why: describe(info) };
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
    const buf = Buffer.alloc(Math.min(maxBytes, opened.size) + 1);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // The file grew past the cap while we read it.
    if (filled > maxBytes) return { ok: false, why: tooLarge(maxBytes) };
    return { ok: true, bytes: buf.subarray(0, filled) };
  } catch (error) {
    return { ok: false, why: describe(error as NodeJS.ErrnoException) };
  } finally {
    await handle.close();
  }
}

function notRegular(info: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): string | undefined {
  if (info.isDirectory()) return 'is a folder';
  if (!info.isFile()) return 'is not a regular file (a device, FIFO or socket is never read)';
  if (info.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

const tooLarge = (maxBytes: number) => `is larger than ${maxBytes / (1024 * 1024)} MiB`;

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}
