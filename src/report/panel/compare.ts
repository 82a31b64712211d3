/** This month beside earlier months' reports (--compare), rule by rule. */
import type { Report } from '../schema.js';
import { cellRate, periodWords } from '../wording.js';

export interface Comparison {
  /** Column headings, oldest first; the last is this report. */
  months: string[];
  rows: { ruleId: string; cells: string[]; change: string }[];
}

export function buildComparison(current: Report, earlier: Report[]): Comparison {
  const ordered = [...earlier].sort(byPeriod);
  const all = [...ordered, current];
  const rows = current.rules.map((rule) => {
    const rules = all.map((r) => r.rules.find((x) => x.id === rule.id));
    const cells = rules.map((r) => (r ? (r.status === 'n/a' ? '—' : r.status === 'not measured' ? 'not measured' : cellRate(r)) : 'not checked'));
    const prev = rules[rules.length - 2];
    const now = rules[rules.length - 1];
    return { ruleId: rule.id, cells, change: change(prev?.rate ?? null, now?.rate ?? null) };
  });
  return { months: all.map((r) => (r.period ? periodWords(r.period) : r.generatedAt.slice(0, 10))), rows };
}

/** Percentage points, one decimal, signed: "+1.2 points", "no change", "—". */
function change(before: number | null, after: number | null): string {
  if (before === null || after === null) return '—';
  const pts = (after - before) * 100;
  const text = pts.toFixed(1);
  if (text === '0.0' || text === '-0.0') return 'no change';
  return `${pts > 0 ? '+' : ''}${text} points`;
}

function byPeriod(a: Report, b: Report): number {
  const ka = a.period ?? a.generatedAt;
  const kb = b.period ?? b.generatedAt;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
