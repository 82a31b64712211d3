/** Words shared by the diff formats. */
import { count, percent, plural, thresholdText } from '../../../report/wording.js';
import type { DiffChange, DiffResult, DiffRule, DiffRuleSide } from '../types.js';

export function verdictLine(d: DiffResult): string {
  const records = new Set(d.changes.map((c) => `${c.file}\u0000${c.line}`)).size;
  const rules = new Set(d.changes.map((c) => c.ruleId)).size;
  const scope = `${count(d.rows.evaluated)} ${plural(d.rows.evaluated, 'record')} from ${d.inputs.map((i) => i.path).join(', ')}`;
  if (!d.changed) return `No record changes verdict (${scope}).`;
  return `${count(records)} ${plural(records, 'record')} change verdict under ${rules} ${plural(rules, 'rule')} (${scope}).`;
}

export function changedRules(d: DiffResult): DiffRule[] {
  return d.rules.filter((r) => r.change !== 'same');
}

export function unchangedLine(d: DiffResult): string {
  const same = d.rules.length - changedRules(d).length;
  return same === 0 ? '' : `${same} ${plural(same, 'rule')} unchanged.`;
}

const STATUS = { pass: 'PASS', fail: 'FAIL', 'n/a': 'N/A' } as const;

/** "a → b", or "a" when both sides agree; "—" for a side that does not exist. */
export function pair<T>(rule: DiffRule, pick: (s: DiffRuleSide) => T, show: (v: T) => string): string {
  const b = rule.base ? show(pick(rule.base)) : '—';
  const h = rule.head ? show(pick(rule.head)) : '—';
  return b === h ? b : `${b} → ${h}`;
}

export function ruleCells(r: DiffRule): string[] {
  return [
    r.id,
    r.change,
    pair(r, (s) => s.status, (v) => STATUS[v]),
    pair(r, (s) => s.threshold, thresholdText),
    pair(r, (s) => s.failed, count),
    pair(r, (s) => s.rate, (v) => percent(v)),
    count(r.newlyFailing),
    count(r.newlyPassing),
  ];
}

export const RULE_HEADINGS = ['Rule', 'Change', 'Status', 'Threshold', 'Failed', 'Rate', 'Newly failing', 'Newly passing'];

export function changeWords(c: DiffChange): string {
  if (c.from === 'absent') return 'fails (rule added)';
  if (c.to === 'absent') return 'no longer checked (rule removed)';
  if (c.to === 'fail') return c.from === 'n/a' ? 'newly failing (now in scope)' : 'newly failing';
  return c.to === 'n/a' ? 'newly passing (out of scope)' : 'newly passing';
}

/** At most `max` changes per rule, in the result's order; and how many were left out. */
export function limitedChanges(d: DiffResult, max: number): { shown: DiffChange[]; omitted: number } {
  const perRule = new Map<string, number>();
  const shown: DiffChange[] = [];
  for (const c of d.changes) {
    const n = perRule.get(c.ruleId) ?? 0;
    perRule.set(c.ruleId, n + 1);
    if (n < max) shown.push(c);
  }
  return { shown, omitted: d.changes.length - shown.length };
}
