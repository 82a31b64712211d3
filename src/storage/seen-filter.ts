/**
 * "Has a key with this hash been added before?", answered in about 1.3 bytes
 * a key: a Bloom filter whose "no" is exact and whose "maybe" is wrong for
 * about 2% of new keys. It is for questions where a "maybe" only costs work
 * (e.g. `linked` then waits for finish() instead of answering at once), never
 * a verdict.
 *
 * Blocked: each key sets 4 bits of one 32-bit word, so a lookup reads one word
 * (one cache miss) per filter. Scalable: the size of the input is not known,
 * so when the newest filter holds its capacity (~3 keys a word) a new one four
 * times larger is added; lookups read every filter (a handful at millions of
 * keys), adds go to the newest.
 */

/** Words of the first filter (64 KiB). */
const FIRST_WORDS = 1 << 14;
/** Keys a filter takes per word before the next is added (about 10 bits a key). */
const KEYS_PER_WORD = 3;
const GROWTH = 4;

export class SeenFilter {
  private readonly filters: Uint32Array[] = [new Uint32Array(FIRST_WORDS)];
  /** Per filter: 32 - log2(its words), to take a word index from the top bits of a mixed hash. */
  private readonly shifts: number[] = [32 - Math.log2(FIRST_WORDS)];
  private count = 0;

  /**
   * Adds the key (h: a hash53, c: a hash32 of it); returns false when it was
   * certainly never added before, true when it may have been.
   */
  addSeen(h: number, c: number): boolean {
    const bits = bitsOf(c);
    // Fibonacci hashing: every bit of the low word of h reaches the top bits.
    const mixed = Math.imul((h >>> 0) ^ ((h / 4294967296) | 0), 0x9e3779b1) >>> 0;
    const { filters, shifts } = this;
    for (let f = 0; f < filters.length; f++) {
      const words = filters[f]!;
      if ((words[mixed >>> shifts[f]!]! & bits) === bits) return true;
    }
    let last = filters.length - 1;
    if (this.count >= filters[last]!.length * KEYS_PER_WORD) {
      filters.push(new Uint32Array(filters[last]!.length * GROWTH));
      shifts.push(shifts[last]! - Math.log2(GROWTH));
      this.count = 0;
      last++;
    }
    const newest = filters[last]!;
    const at = mixed >>> shifts[last]!;
    newest[at] = newest[at]! | bits;
    this.count++;
    return false;
  }

  /** Bytes held (for tests and measurements). */
  get bytes(): number {
    return this.filters.reduce((n, f) => n + f.byteLength, 0);
  }
}

/** Four bit positions (0-31) from the check hash, mixed; fewer when two coincide. */
function bitsOf(c: number): number {
  const m = Math.imul(c ^ (c >>> 16), 0x85ebca6b);
  return (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31)) | (1 << ((m >>> 17) & 31)) | (1 << ((m >>> 12) & 31));
}
