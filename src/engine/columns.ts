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
  /** Frees the values; the column takes no more reads or pushes. */
  release(): void {
    this.cur = new this.ctor(0);
    this.blocks = [];
    this.used = 0;
    this.length = 0;
    this.frozen = true;
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

/** From this many slots on, the quotient of a 53-bit hash fits 32 bits. */
const WIDE = 1 << 21;
/** Distances from home from this on are kept in a map (runs this long do not occur with real hashes). */
const FAR = 255;

/**
 * A set of keys hashed twice (a hash53 and a hash32) in open-addressing typed
 * arrays, no per-key objects, at most 3/4 full. It keeps the hash53 whole and
 * 16 bits of the hash32 (the "check"): 69 bits, so two different keys are
 * confused with probability about n²/2^70 (≈2e-8 at 5 million keys).
 * Quotienting keeps the hash53 in fewer bytes: a key hashed h lives at home
 * h mod M (M slots, a power of two) or the first free slot after it, and the
 * slot keeps the quotient floor(h / M), the check and the distance from home,
 * from which h is exact again (h = quotient * M + home). From 2^21 slots on the
 * quotient fits 32 bits: 7 bytes a slot (9-14 a key); below, 9. An empty slot
 * has check 0; a key whose check is 0 is stored as 1.
 */
export class KeySet {
  private size = 1024;
  private lo = new Uint32Array(1024);
  /** High bits of the quotient while the table is under WIDE slots; null after. */
  private hi: Uint16Array | null = new Uint16Array(1024);
  private checks = new Uint16Array(1024);
  /** Distance from home; FAR = see `far` (slot -> distance), for runs that long. */
  private dist = new Uint8Array(1024);
  private far = new Map<number, number>();
  private count = 0;

  /** Adds the key (h: a hash53, 0 <= h < 2^53); returns true when it was already there. */
  addHas(h: number, c: number): boolean {
    if (this.count * 4 >= this.size * 3) this.grow();
    const check = c & 0xffff || 1;
    const at = this.find(h, check);
    if (at < 0) return true;
    this.put(at - 1, h, check);
    this.count++;
    return false;
  }

  has(h: number, c: number): boolean {
    return this.find(h, c & 0xffff || 1) < 0;
  }

  /** Frees the slots; the set is empty (and small) again. */
  release(): void {
    this.size = 1024;
    this.lo = new Uint32Array(1024);
    this.hi = new Uint16Array(1024);
    this.checks = new Uint16Array(1024);
    this.dist = new Uint8Array(1024);
    this.far = new Map();
    this.count = 0;
  }

  /** -1 when the key is present, else 1 + the free slot where it would go. */
  private find(h: number, check: number): number {
    const size = this.size;
    const mask = size - 1;
    const home = ((h % size) + size) & mask;
    const q = Math.floor(h / size);
    const qlo = q >>> 0;
    const qhi = this.hi === null ? 0 : Math.floor(q / 4294967296);
    const { lo, hi, checks, dist } = this;
    let i = home;
    let d = 0;
    while (checks[i] !== 0) {
      if (checks[i] === check && lo[i] === qlo && (hi === null || hi[i] === qhi) && (d < FAR ? dist[i] === d : this.far.get(i) === d)) return -1;
      i = (i + 1) & mask;
      d++;
    }
    return i + 1;
  }

  private put(slot: number, h: number, check: number): void {
    const size = this.size;
    const q = Math.floor(h / size);
    const d = (slot - (((h % size) + size) & (size - 1))) & (size - 1);
    this.lo[slot] = q >>> 0;
    if (this.hi !== null) this.hi[slot] = Math.floor(q / 4294967296);
    this.checks[slot] = check;
    this.dist[slot] = Math.min(d, FAR);
    if (d >= FAR) this.far.set(slot, d);
  }

  private grow(): void {
    const { size, lo, hi, checks, dist, far } = this;
    const mask = size - 1;
    const n = size * 2;
    this.size = n;
    this.lo = new Uint32Array(n);
    this.hi = n >= WIDE ? null : new Uint16Array(n);
    this.checks = new Uint16Array(n);
    this.dist = new Uint8Array(n);
    this.far = new Map();
    for (let j = 0; j < size; j++) {
      const check = checks[j]!;
      if (check === 0) continue;
      const d = dist[j] === FAR ? far.get(j)! : dist[j]!;
      const h = (lo[j]! + (hi === null ? 0 : hi[j]! * 4294967296)) * size + ((j - d) & mask);
      this.put(this.find(h, check) - 1, h, check);
    }
  }
}

/** Bytes per arena chunk: chunks are filled and never copied. */
const CHUNK = 1 << 20;
/** Longer strings are kept aside as strings (never seen for record ids in practice). */
const LONG = 4096;
const NULL_BYTE = 0xff;
const LONG_BYTE = 0xfe;

/**
 * Short strings (record ids of undecided records) packed as UTF-8 in 1 MiB
 * chunks: about 4 + length bytes each instead of a string object apiece, with
 * no copying as it grows. A string never straddles two chunks: one that does not
 * fit starts the next chunk, so its start is max(previous end, its chunk's start).
 */
export class StringArena {
  private chunks: Buffer[] = [];
  /** Global end offset of each string (chunk * CHUNK + offset). */
  private ends = u32();
  private end = 0;
  private long = new Map<number, string>();

  /** Stores a string or null; returns its index. */
  push(s: string | null): number {
    if (s !== null && s.length * 3 > LONG) {
      this.long.set(this.ends.length, s);
      s = null;
      this.put(LONG_BYTE);
    } else if (s === null) this.put(NULL_BYTE);
    else if (s.length > 0) {
      let off = this.end % CHUNK;
      if (this.end === this.chunks.length * CHUNK || off + s.length * 3 > CHUNK) this.next();
      off = this.end % CHUNK;
      this.end += this.chunks[this.chunks.length - 1]!.write(s, off, 'utf8');
    }
    return this.ends.push(this.end);
  }

  get(i: number): string | null {
    const prev = i === 0 ? 0 : this.ends.get(i - 1);
    const end = this.ends.get(i);
    if (end === prev) return '';
    const chunk = Math.floor((end - 1) / CHUNK);
    const start = Math.max(prev, chunk * CHUNK);
    const bytes = this.chunks[chunk]!;
    const from = start - chunk * CHUNK;
    if (end - start === 1 && bytes[from] === NULL_BYTE) return null;
    if (end - start === 1 && bytes[from] === LONG_BYTE) return this.long.get(i) ?? null;
    return bytes.toString('utf8', from, end - chunk * CHUNK);
  }

  /** Frees the strings. */
  release(): void {
    this.chunks = [];
    this.ends.release();
    this.long.clear();
  }

  /** One marker byte (0xFF and 0xFE never occur in UTF-8). */
  private put(byte: number): void {
    if (this.end === this.chunks.length * CHUNK) this.next();
    this.chunks[this.chunks.length - 1]![this.end % CHUNK] = byte;
    this.end++;
  }

  private next(): void {
    this.end = this.chunks.length * CHUNK;
    this.chunks.push(Buffer.allocUnsafeSlow(CHUNK));
  }
}
