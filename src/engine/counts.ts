/** Per-rule counters, split by district and record type via small interned indexes. */
import type { RuleCounts } from '../model/engine.js';

export class RuleTally {
  applicable = 0;
  failed = 0;
  private distApp: number[] = [];
  private distFail: number[] = [];
  private typeApp: number[] = [];
  private typeFail: number[] = [];

  count(district: number, type: number, failed: boolean): void {
    this.applicable++;
    this.distApp[district] = (this.distApp[district] ?? 0) + 1;
    this.typeApp[type] = (this.typeApp[type] ?? 0) + 1;
    if (failed) {
      this.failed++;
      this.distFail[district] = (this.distFail[district] ?? 0) + 1;
      this.typeFail[type] = (this.typeFail[type] ?? 0) + 1;
    }
  }

  byDistrict(keys: readonly string[]): Map<string, RuleCounts> {
    return toMap(keys, this.distApp, this.distFail);
  }

  byRecordType(keys: readonly string[]): Map<string, RuleCounts> {
    return toMap(keys, this.typeApp, this.typeFail);
  }
}

function toMap(keys: readonly string[], app: number[], fail: number[]): Map<string, RuleCounts> {
  const out = new Map<string, RuleCounts>();
  app.forEach((n, i) => {
    if (n) out.set(keys[i]!, { applicable: n, failed: fail[i] ?? 0 });
  });
  return out;
}
