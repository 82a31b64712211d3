import type { CrossCheck, Observer, SharedIndex } from '../model/condition.js';

/**
 * Lets checks with identical index specs read one index (e.g. NCRS-002, -003 and
 * -004 all ask for "a crime whose incident_id is X"); returns what must observe
 * every record.
 */
export function shareIndexes(checks: readonly CrossCheck[]): (Observer & { ahead?: boolean })[] {
  const byKey = new Map<string, SharedIndex>();
  const observers: (Observer & { ahead?: boolean })[] = [];
  for (const c of checks) {
    const own = c.index;
    if (own === undefined || c.useIndex === undefined) {
      observers.push(c);
      continue;
    }
    const first = own.shareKey === null ? undefined : byKey.get(own.shareKey);
    if (first !== undefined && first !== own) {
      c.useIndex(first);
      continue;
    }
    if (own.shareKey !== null) byKey.set(own.shareKey, own);
    if (!observers.includes(own)) observers.push(own);
  }
  return observers;
}
