/** Growable typed-array columns: the compact storage behind cross-record indexes. */
import { SpilledBlocks, type SpillArea } from './spill-file.js';

type TypedCtor<T> = { new (n: number): T };
/**
 * The element types columns use. Keep it to four: `push` and `get` serve every
 * column, and V8's inline caches go megamorphic (slow) past four array types
 * (a fifth, Uint16Array, cost ~0.3 s per million records).
 */
type Typed = Float64Array | Int32Array | Uint32Array | Uint8Array;

const SHIFT = 16;
/** Elements per block once a column outgrows its first block. */
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/**
 * A growable typed-array column. Small columns live in one array that doubles;
 * past BLOCK elements they grow by whole blocks that are never copied, so
 * millions of entries cost their size and no more (no doubling slack, no freed
 * arrays left for the allocator to hold). A column given a SpillArea moves each
 * filled block past its first `keepBytes` to disk and reads blocks back one at
 * a time: for columns written while streaming and read back in order at finish().
 */
export class Column<T extends Typed> {
  private readonly blocks: SpilledBlocks<T>;
  private cur: T;
  private used = 0;
  private released = false;
  length = 0;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
    spill: SpillArea | null = null,
  ) {
    this.cur = new ctor(Math.min(capacity, BLOCK));
    this.blocks = new SpilledBlocks(spill, () => new ctor(BLOCK));
    this.blocks.list.push(this.cur);
  }
  push(v: number): number {
    if (this.used === this.cur.length) this.grow();
    this.cur[this.used++] = v;
    return this.length++;
  }
  get(i: number): number {
    if (this.blocks.list.length === 1) return this.cur[i]!;
    return this.blocks.get(i >>> SHIFT)[i & MASK]!;
  }
  set(i: number, v: number): void {
    if (this.blocks.list.length === 1) this.cur[i] = v;
    else {
      const block = this.blocks.list[i >>> SHIFT];
      if (!block) throw new Error('column: a value on disk cannot be changed');
      block[i & MASK] = v;
    }
  }
  /** How many blocks are on disk (for tests and measurements). */
  get spilled(): number {
    return this.blocks.spilled;
  }
  /** Frees the values; the column takes no more reads or pushes. */
  release(): void {
    this.cur = new this.ctor(0);
    this.blocks.clear();
    this.used = 0;
    this.length = 0;
    this.released = true;
  }
  private grow(): void {
    if (this.released) throw new Error('column released: no more values');
    if (this.blocks.list.length === 1 && this.cur.length < BLOCK) {
      const next = new this.ctor(Math.min(BLOCK, this.cur.length * 2));
      (next as unknown as { set(a: ArrayLike<number>): void }).set(this.cur as ArrayLike<number>);
      this.cur = next;
      this.blocks.list[0] = next;
      return;
    }
    this.blocks.retire(this.blocks.list.length - 1);
    this.cur = new this.ctor(BLOCK);
    this.blocks.list.push(this.cur);
    this.used = 0;
  }
}

export const f64 = (cap?: number, spill?: SpillArea) => new Column(Float64Array, cap, spill);
export const i32 = (cap?: number, spill?: SpillArea) => new Column(Int32Array, cap, spill);
export const u32 = (cap?: number, spill?: SpillArea) => new Column(Uint32Array, cap, spill);
export const u8 = (cap?: number, spill?: SpillArea) => new Column(Uint8Array, cap, spill);

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
