/**
 * A monospace bar chart for Markdown: one bar per district, the 95% interval as
 * whiskers (├ ┤) over the bar, and a marker under the threshold.
 */
import type { DistrictRow } from './panel-model.js';
import { HIDDEN_CELL } from '../wording.js';

const WIDTH = 40;

export function textChart(rows: DistrictRow[], threshold: number | null): string[] {
  // A loop, not Math.max(...rows): spreading a long list into a call overflows the stack.
  let labelWidth = 8;
  for (const r of rows) labelWidth = Math.max(labelWidth, [...r.label].length);
  const lines = rows.map((r) => `${pad(r.label, labelWidth)} ${bar(r)} ${r.suppressed ? HIDDEN_CELL : r.rateText}`);
  lines.push(`${' '.repeat(labelWidth)} ${axis()}`);
  if (threshold !== null) {
    const at = Math.min(WIDTH - 1, Math.round(threshold * WIDTH));
    lines.push(`${' '.repeat(labelWidth + 1 + at)}▲ audit threshold ${Number((threshold * 100).toFixed(2))}%`);
  }
  return lines;
}

function bar(r: DistrictRow): string {
  if (r.rate === null) return ' '.repeat(WIDTH);
  const filled = Math.round(r.rate * WIDTH);
  const chars: string[] = Array.from({ length: WIDTH }, (_, i) => (i < filled ? '█' : '·'));
  if (r.ci95) {
    const lo = Math.min(WIDTH - 1, Math.floor(r.ci95[0] * WIDTH));
    const hi = Math.min(WIDTH - 1, Math.max(lo, Math.ceil(r.ci95[1] * WIDTH) - 1));
    chars[lo] = '├';
    chars[hi] = hi === lo ? '┼' : '┤';
  }
  return chars.join('');
}

function axis(): string {
  // 0% at the left edge, 100% at the right, ticks every 25%.
  const chars = Array.from({ length: WIDTH }, (_, i) => (i % (WIDTH / 4) === 0 ? '|' : '-'));
  return `${chars.join('')}| 0% … 100%`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - [...s].length));
}
