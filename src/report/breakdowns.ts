import type { RuleCounts, RuleResult } from '../model/engine.js';
import type { BreakdownEntry, RuleCell } from './schema.js';
import { buildCell } from './cells.js';

export const NONE_KEY = '(none)';

/**
 * Turns the engine's per-key counts into breakdown entries. Order (documented in
 * docs/reports.md): keys alphabetical by their lower-cased form (code-unit order, so
 * independent of locale), `(none)` last; within an entry, rules in load order, and
 * only the rules that applied to at least one record under that key (never a
 * rule that is not measured: its counts mean nothing).
 */
export function buildBreakdown(
  rules: RuleResult[],
  pick: (r: RuleResult) => Map<string, RuleCounts>,
  display: (key: string) => string,
  skip: (ruleId: string) => boolean = () => false,
): BreakdownEntry[] {
  const byKey = new Map<string, Record<string, RuleCell>>();
  for (const result of rules) {
    if (skip(result.rule.id)) continue;
    for (const [key, counts] of pick(result)) {
      if (counts.applicable === 0) continue;
      let cells = byKey.get(key);
      if (!cells) byKey.set(key, (cells = {}));
      cells[result.rule.id] = buildCell(counts);
    }
  }
  const entries = [...byKey].map(([key, cells]) => ({ key: key === NONE_KEY ? NONE_KEY : display(key), rules: cells }));
  return entries.sort(compareKeys);
}

function compareKeys(a: BreakdownEntry, b: BreakdownEntry): number {
  if (a.key === b.key) return 0;
  if (a.key === NONE_KEY) return 1;
  if (b.key === NONE_KEY) return -1;
  const la = a.key.toLowerCase();
  const lb = b.key.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a.key < b.key ? -1 : 1;
}
