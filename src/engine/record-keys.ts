/**
 * Interning: the district spellings, districts and record types of evaluated
 * records as small integers, so that counts, undecided records and findings
 * keep integers, not strings.
 */

/** The key of a record without a district or record type. */
export const NONE = '(none)';

/** Interns strings to small integers, in first-seen order. */
export class Interner {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  id(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.index.set(key, i);
    }
    return i;
  }
}

export class RecordKeys {
  /** Districts case-folded, as counted. */
  readonly districts = new Interner();
  /** Districts as written (trimmed), as findings name them. */
  readonly spellings = new Interner();
  readonly types = new Interner();
  /** Spelling id -> district id. */
  private readonly districtOf: number[] = [];
  private none = -1;

  /**
   * The spelling id of a record's district (-1 when it has none), interning
   * its district the first time: one map lookup per record in the usual case.
   */
  spelling(district: string | undefined): number {
    const written = district === undefined ? '' : district.trim();
    if (!written) {
      if (this.none < 0) this.none = this.districts.id(NONE);
      return -1;
    }
    const known = this.spellings.keys.length;
    const sp = this.spellings.id(written);
    if (sp === known) this.districtOf[sp] = this.districts.id(written.toLowerCase());
    return sp;
  }

  /** The district id of a spelling id given by spelling(). */
  district(spelling: number): number {
    return spelling < 0 ? this.none : this.districtOf[spelling]!;
  }

  type(recordType: string | undefined): number {
    return this.types.id(recordType ?? NONE);
  }
}
