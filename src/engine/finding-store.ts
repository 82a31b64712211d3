/**
 * Findings kept while the input streams: compact columns (about 20 bytes plus
 * the record id and message as UTF-8) instead of one object per finding, which
 * at hundreds of thousands of findings cost ~280 bytes each on the V8 heap.
 * They become Finding objects once, at the end, when the cross-record indexes
 * have been freed.
 */
import type { Finding } from '../model/engine.js';
import { StringArena, i32, u16, u8 } from './columns.js';

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
  private readonly rule = u16();
  private readonly fileIndex = u16();
  private readonly line = i32();
  private readonly seq = i32();
  private readonly spelling = i32();
  private readonly type = u8();
  private readonly recordId = new StringArena();
  private readonly message = new StringArena();

  get length(): number {
    return this.rule.length;
  }

  add(rule: number, recordId: string | null, fileIndex: number, line: number, seq: number, spelling: number, type: number, message: string): void {
    if (rule > 0xffff || fileIndex > 0xffff || type > 0xff) throw new Error('finding store: too many rules, files or record types');
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
    const { rule, fileIndex, line, seq } = this;
    const rank = ruleRanks(names.ruleIds);
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => fileIndex.get(a) - fileIndex.get(b) || line.get(a) - line.get(b) || rank[rule.get(a)]! - rank[rule.get(b)]! || seq.get(a) - seq.get(b));
    const out: Finding[] = new Array<Finding>(order.length);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const sp = this.spelling.get(i);
      const type = names.types[this.type.get(i)]!;
      const f = fileIndex.get(i);
      out[k] = {
        ruleId: names.ruleIds[rule.get(i)]!,
        recordId: this.recordId.get(i),
        file: names.files[f]!,
        fileIndex: f,
        line: line.get(i),
        seq: seq.get(i),
        message: this.message.get(i)!,
        district: sp >= 0 ? names.spellings[sp]! : null,
        recordType: type === none ? null : type,
      };
    }
    for (const col of [this.rule, this.fileIndex, this.line, this.seq, this.spelling, this.type]) col.release();
    this.recordId.release();
    this.message.release();
    return out;
  }
}

/** Each rule's position when rules are sorted by id (rules with equal ids share one). */
function ruleRanks(ids: readonly string[]): number[] {
  const sorted = [...new Set(ids)].sort();
  return ids.map((id) => sorted.indexOf(id));
}
