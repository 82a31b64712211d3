/** Growable typed-array columns: the compact storage behind cross-record indexes. */

type TypedCtor<T> = { new (n: number): T };
type Typed = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

export class Column<T extends Typed> {
  data: T;
  length = 0;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }
  push(v: number): number {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      (next as unknown as { set(a: ArrayLike<number>): void }).set(this.data);
      this.data = next;
    }
    this.data[this.length] = v;
    return this.length++;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
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
 * A set of (hash53, hash32) keys in open-addressing typed arrays: ~26 bytes per
 * key at the worst load, no per-key objects.
 */
export class KeySet {
  private keys = new Float64Array(1024);
  private checks = new Uint32Array(1024);
  private used = new Uint8Array(1024);
  private count = 0;

  /** Adds the key; returns true when it was already there. */
  addHas(h: number, c: number): boolean {
    if (this.count * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = (h ^ c) & mask;
    while (this.used[i]) {
      if (this.keys[i] === h && this.checks[i] === c) return true;
      i = (i + 1) & mask;
    }
    this.used[i] = 1;
    this.keys[i] = h;
    this.checks[i] = c;
    this.count++;
    return false;
  }

  has(h: number, c: number): boolean {
    const mask = this.keys.length - 1;
    let i = (h ^ c) & mask;
    while (this.used[i]) {
      if (this.keys[i] === h && this.checks[i] === c) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  private grow(): void {
    const { keys, checks, used } = this;
    const n = keys.length * 2;
    this.keys = new Float64Array(n);
    this.checks = new Uint32Array(n);
    this.used = new Uint8Array(n);
    const mask = n - 1;
    for (let j = 0; j < keys.length; j++) {
      if (!used[j]) continue;
      let i = (keys[j]! ^ checks[j]!) & mask;
      while (this.used[i]) i = (i + 1) & mask;
      this.used[i] = 1;
      this.keys[i] = keys[j]!;
      this.checks[i] = checks[j]!;
    }
  }
}
