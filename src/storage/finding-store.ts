/**
 * Findings kept while the input streams: compact columns (about 20 bytes plus
 * the record id and message as UTF-8, on disk past the first few hundred KiB)
 * instead of one object per finding, which at hundreds of thousands of findings
 * cost ~280 bytes each on the V8 heap. They become Finding objects once, at the
 * end, when the cross-record indexes have been freed.
 */
import type { Finding } from '../model/engine.js';
import { i32, u8 } from './columns.js';
import { StringArena } from './string-arena.js';
import type { SpillArea } from './spill-file.js';

/** What the store's integers stand for: interned by the evaluator. */
export interface FindingNames {
  ruleIds: readonly string[];
  files: readonly string[];
  /** District spellings as written (index -1 = none). */
  spellings: readonly string[];
  /** Record types (NONE = none). */
  types: readonly string[];
}

export class FindingStore {
  private readonly rule = i32();
  private readonly fileIndex = i32();
  private readonly line = i32();
  private readonly seq = i32();
  private readonly spelling = i32();
  private readonly type = u8();
  /** Record ids and messages past the area's `keepBytes` go to disk until take(). */
  private readonly recordId: StringArena;
  private readonly message: StringArena;

  constructor(private readonly spill: SpillArea) {
    this.recordId = new StringArena(spill);
    this.message = new StringArena(spill);
  }

  get length(): number {
    return this.rule.length;
  }

  add(rule: number, recordId: string | null, fileIndex: number, line: number, seq: number, spelling: number, type: number, message: string): void {
    if (type > 0xff) throw new Error('finding store: too many record types');
    this.rule.push(rule);
    this.recordId.push(recordId);
    this.fileIndex.push(fileIndex);
    this.line.push(line);
    this.seq.push(seq);
    this.spelling.push(spelling);
    this.type.push(type);
    this.message.push(message);
  }

  /**
   * The findings in report order (input file, line, rule id, then input order),
   * as objects; the store is emptied.
   */
  take(names: FindingNames, none: string): Finding[] {
    const out: Finding[] = new Array<Finding>(this.length);
    // Read in the order stored (spilled strings come back a chunk at a time), then sort.
    for (let i = 0; i < out.length; i++) {
      const sp = this.spelling.get(i);
      const type = names.types[this.type.get(i)]!;
      const f = this.fileIndex.get(i);
      out[i] = {
        ruleId: names.ruleIds[this.rule.get(i)]!,
        recordId: this.recordId.get(i),
        file: names.files[f]!,
        fileIndex: f,
        line: this.line.get(i),
        seq: this.seq.get(i),
        message: this.message.get(i)!,
        district: sp >= 0 ? names.spellings[sp]! : null,
        recordType: type === none ? null : type,
      };
    }
    for (const col of [this.rule, this.fileIndex, this.line, this.seq, this.spelling, this.type]) col.release();
    this.recordId.release();
    this.message.release();
    this.spill.close();
    // Rule ids in string order: equal ids share a rank.
    const rank = new Map([...new Set(names.ruleIds)].sort().map((id, r) => [id, r]));
    return out.sort((a, b) => a.fileIndex - b.fileIndex || a.line - b.line || rank.get(a.ruleId)! - rank.get(b.ruleId)! || a.seq - b.seq);
  }
}
