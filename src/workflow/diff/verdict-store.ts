import type { Verdict } from '../../engine/index.js';

/** Verdict codes: 0 = none reported (the rule is absent, or the record was never seen). */
export const CODE: Record<Verdict, number> = { pass: 1, fail: 2, 'n/a': 3 };
export const VERDICT_OF: readonly (DiffVerdict | undefined)[] = ['absent', 'pass', 'fail', 'n/a'];
export type DiffVerdict = Verdict | 'absent';

/**
 * Every (rule, record) verdict of one evaluation, one byte each, growing with
 * the input: a million records under fifteen rules is 15 MB.
 */
export class VerdictStore {
  private readonly columns: Uint8Array[];

  constructor(rules: number) {
    this.columns = Array.from({ length: rules }, () => new Uint8Array(1024));
  }

  set(rule: number, seq: number, verdict: Verdict): void {
    let column = this.columns[rule]!;
    if (seq >= column.length) {
      let size = column.length;
      while (size <= seq) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(column);
      this.columns[rule] = column = grown;
    }
    column[seq] = CODE[verdict];
  }

  get(rule: number, seq: number): number {
    return this.columns[rule]![seq] ?? 0;
  }
}
