/** Growable typed-array columns: the compact storage behind cross-record indexes. */

type TypedCtor<T> = { new (n: number): T };
type Typed = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

const SHIFT = 16;
/** Elements per block once a column outgrows its first block. */
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/**
 * A growable typed-array column. Small columns live in one array that doubles;
 * past BLOCK elements they grow by whole blocks that are never copied or freed,
 * so millions of entries cost their size and no more (no doubling slack, no
 * freed arrays left for the allocator to hold). `data` joins the blocks into one
 * array, once, when the column is read back at finish().
 */
export class Column<T extends Typed> {
  private blocks: T[];
  private cur: T;
  private used = 0;
  private frozen = false;
  length = 0;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.cur = new ctor(Math.min(capacity, BLOCK));
    this.blocks = [this.cur];
  }
  push(v: number): number {
    if (this.used === this.cur.length) this.grow();
    this.cur[this.used++] = v;
    return this.length++;
  }
  get(i: number): number {
    return this.blocks.length === 1 ? this.cur[i]! : this.blocks[i >>> SHIFT]![i & MASK]!;
  }
  set(i: number, v: number): void {
    if (this.blocks.length === 1) this.cur[i] = v;
    else this.blocks[i >>> SHIFT]![i & MASK] = v;
  }
  /** All values in one array (at least `length` long); the column takes no more pushes after. */
  get data(): T {
    if (this.blocks.length > 1) {
      const all = new this.ctor(this.length);
      let at = 0;
      for (const block of this.blocks) {
        const n = Math.min(block.length, this.length - at);
        (all as unknown as { set(a: ArrayLike<number>, o: number): void }).set(block.subarray(0, n) as ArrayLike<number>, at);
        at += n;
      }
      this.blocks = [all];
      this.cur = all;
      this.used = this.length;
    }
    this.frozen = true;
    return this.cur;
  }
  private grow(): void {
    if (this.frozen) throw new Error('column read back with data: no more values');
    if (this.blocks.length === 1 && this.cur.length < BLOCK) {
      const next = new this.ctor(Math.min(BLOCK, this.cur.length * 2));
      (next as unknown as { set(a: ArrayLike<number>): void }).set(this.cur as ArrayLike<number>);
      this.cur = next;
      this.blocks = [next];
      return;
    }
    this.cur = new this.ctor(BLOCK);
    this.blocks.push(this.cur);
    this.used = 0;
  }
}

export const f64 = (cap?: number) => new Column(Float64Array, cap);
export const i32 = (cap?: number) => new Column(Int32Array, cap);
export const u32 = (cap?: number) => new Column(Uint32Array, cap);
export const u16 = (cap?: number) => new Column(Uint16Array, cap);
export const u8 = (cap?: number) => new Column(Uint8Array, cap);

/** Indices 0..n-1 sorted by `cmp` (a typed array: 4 bytes per entry). */
export function sortedIndex(n: number, cmp: (a: number, b: number) => number): Uint32Array {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return idx.sort(cmp);
}

/**
 * A set of (hash53, hash32) keys in open-addressing typed arrays: 12 bytes a
 * slot, at most 3/4 full (16-24 bytes per key), no per-key objects. An empty
 * slot has check 0; a key whose check is 0 is stored as 1 (one value of 2^32
 * fewer to tell keys apart: harmless).
 */
export class KeySet {
  private keys = new Float64Array(1024);
  private checks = new Uint32Array(1024);
  private count = 0;

  /** Adds the key; returns true when it was already there. */
  addHas(h: number, c: number): boolean {
    if (this.count * 4 >= this.keys.length * 3) this.grow();
    const check = c === 0 ? 1 : c;
    const mask = this.keys.length - 1;
    let i = (h ^ check) & mask;
    while (this.checks[i] !== 0) {
      if (this.keys[i] === h && this.checks[i] === check) return true;
      i = (i + 1) & mask;
    }
    this.keys[i] = h;
    this.checks[i] = check;
    this.count++;
    return false;
  }

  has(h: number, c: number): boolean {
    const check = c === 0 ? 1 : c;
    const mask = this.keys.length - 1;
    let i = (h ^ check) & mask;
    while (this.checks[i] !== 0) {
      if (this.keys[i] === h && this.checks[i] === check) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  private grow(): void {
    const { keys, checks } = this;
    const n = keys.length * 2;
    this.keys = new Float64Array(n);
    this.checks = new Uint32Array(n);
    const mask = n - 1;
    for (let j = 0; j < keys.length; j++) {
      const check = checks[j]!;
      if (check === 0) continue;
      let i = (keys[j]! ^ check) & mask;
      while (this.checks[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = keys[j]!;
      this.checks[i] = check;
    }
  }
}

/**
 * Short strings (record ids of undecided records) packed as UTF-8 in one growing
 * byte array: about 4 + length bytes each instead of a string object apiece.
 */
export class StringArena {
  private bytes = Buffer.allocUnsafeSlow(64 * 1024);
  private used = 0;
  private readonly ends = u32();

  /** Stores a string or null; returns its index. */
  push(s: string | null): number {
    const need = s === null ? 1 : s.length * 3;
    if (this.used + need > this.bytes.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(this.used + need, this.bytes.length + (this.bytes.length >>> 1)));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    // 0xFF never occurs in UTF-8: a lone 0xFF byte stands for null.
    if (s === null) this.bytes[this.used++] = 0xff;
    else this.used += this.bytes.write(s, this.used, 'utf8');
    return this.ends.push(this.used);
  }

  get(i: number): string | null {
    const start = i === 0 ? 0 : this.ends.get(i - 1);
    const end = this.ends.get(i);
    if (end - start === 1 && this.bytes[start] === 0xff) return null;
    return this.bytes.toString('utf8', start, end);
  }
}
