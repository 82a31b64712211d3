/**
 * A temporary file for blocks of bytes that are written once while the input
 * streams and read back at the end (what undecided records need for their
 * findings, at millions of records): they then cost disk, not memory. On POSIX
 * systems the file is unlinked as soon as it is open, so nothing is left behind
 * even if the process dies; elsewhere it is deleted when closed.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class SpillFile {
  private constructor(
    private fd: number | null,
    private folder: string | null,
  ) {}

  /** A new, empty spill file; null when no temporary file can be made (then keep the bytes in memory). */
  static open(): SpillFile | null {
    let folder: string | null = null;
    try {
      folder = mkdtempSync(join(tmpdir(), 'ncrs-audit-'));
      const path = join(folder, 'spill');
      const fd = openSync(path, 'w+', 0o600);
      try {
        unlinkSync(path);
        rmSync(folder, { recursive: true, force: true });
        folder = null;
      } catch {
        // Windows: an open file cannot be unlinked; close() removes it.
      }
      return new SpillFile(fd, folder);
    } catch {
      if (folder !== null) rmSync(folder, { recursive: true, force: true });
      return null;
    }
  }

  /** Writes `bytes` at `position`; false when the disk refused (e.g. full): keep them in memory. */
  write(bytes: Uint8Array, position: number): boolean {
    if (this.fd === null) return false;
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
      return true;
    } catch {
      return false;
    }
  }

  /** Fills `into` from `position` (what was written there before). */
  read(into: Uint8Array, position: number): void {
    if (this.fd === null) throw new Error('spill file read after close');
    let done = 0;
    while (done < into.length) {
      const n = readSync(this.fd, into, done, into.length - done, position + done);
      // Never a verdict from stale bytes: a spill file that lost data is an internal error.
      if (n === 0) throw new Error(`temporary spill file ended early (${position + done} bytes)`);
      done += n;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}

/** A spill file opened on first use and shared by several columns: each block is appended. */
export class SpillArea {
  private file: SpillFile | null | undefined;
  private end = 0;

  /** `keepBytes`: what each column keeps in memory before spilling (Infinity = never spill); the caller's memory policy. */
  constructor(readonly keepBytes: number) {}

  /** Appends the bytes; returns where they are, or null when they must stay in memory. */
  append(bytes: Uint8Array): number | null {
    if (!Number.isFinite(this.keepBytes)) return null;
    if (this.file === undefined) this.file = SpillFile.open();
    if (this.file === null || !this.file.write(bytes, this.end)) return null;
    const at = this.end;
    this.end += bytes.byteLength;
    return at;
  }

  read(into: Uint8Array, position: number): void {
    if (!this.file) throw new Error('spill area read before any write');
    this.file.read(into, position);
  }

  close(): void {
    this.file?.close();
    this.file = undefined;
    this.end = 0;
  }
}

/**
 * The blocks of one column (Column, StringArena): each in memory, or moved to
 * a SpillArea once it is filled and lies past the area's `keepBytes`. Blocks
 * on disk are read back through a cache of one block, so reading in order reads
 * each block once.
 */
export class SpilledBlocks<T extends ArrayBufferView> {
  /** The blocks; null = on disk. */
  readonly list: (T | null)[] = [];
  private readonly at: number[] = [];
  private cache: T | null = null;
  private cacheIndex = -1;

  /** `blank`: a new block of the full size (the cache). */
  constructor(
    private readonly spill: SpillArea | null,
    private readonly blank: () => T,
  ) {}

  /** Block k, from memory or read back from disk. */
  get(k: number): T {
    return this.list[k] ?? this.load(k);
  }

  /** Moves filled block k to disk when the k blocks before it reach keepBytes; it stays in memory if the disk refuses. */
  retire(k: number): void {
    const block = this.list[k];
    if (this.spill === null || !block || k * block.byteLength < this.spill.keepBytes) return;
    const at = this.spill.append(bytesOf(block));
    if (at === null) return;
    this.at[k] = at;
    this.list[k] = null;
  }

  /** How many blocks are on disk (for tests and measurements). */
  get spilled(): number {
    return this.list.filter((b) => b === null).length;
  }

  clear(): void {
    this.list.length = 0;
    this.cache = null;
    this.cacheIndex = -1;
  }

  private load(k: number): T {
    this.cache ??= this.blank();
    if (this.cacheIndex !== k) {
      this.spill!.read(bytesOf(this.cache), this.at[k]!);
      this.cacheIndex = k;
    }
    return this.cache;
  }
}

/** The bytes of a typed array (no copy). */
export function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
