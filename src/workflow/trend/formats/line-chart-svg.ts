/**
 * A line chart of one series as inline SVG: the monthly rate, its 95% interval
 * as a whisker, the threshold as a dashed line (a rule without one: 100%, "every
 * record"), and a ▲/▼ over a month whose change from the previous one is
 * significant. Small multiples share one y-scale (`trendDomain`) so charts compare
 * at a glance. Pure string building, every text escaped, no scripts.
 */
import { escapeHtml as h } from '../../../report/sanitise.js';
import { percent } from '../../../report/wording.js';
import type { TrendSeries } from '../types.js';

const W = 640;
const H = 240;
const LEFT = 52;
const RIGHT = 16;
const TOP = 20;
const BOTTOM = 44;
const INSET = 36;

/** One y-scale for every chart of a page: from just below the lowest interval or threshold to 100%. */
export function trendDomain(series: readonly TrendSeries[]): [number, number] {
  let min = Infinity;
  for (const s of series) {
    if (s.threshold !== null) min = Math.min(min, s.threshold);
    for (const p of s.points) if (p && !p.suppressed && p.rate !== null) min = Math.min(min, p.ci95?.[0] ?? p.rate, p.rate);
  }
  return yDomain(min);
}

export function lineChartSvg(s: TrendSeries, months: string[], title: string, domain: [number, number] = trendDomain([s])): string {
  const [lo, hi] = domain;
  // Points sit INSET inside the axes so the first and last month labels fit.
  const x0 = LEFT + INSET;
  const x1 = W - RIGHT - INSET;
  const x = (i: number) => (months.length === 1 ? (x0 + x1) / 2 : x0 + (i * (x1 - x0)) / (months.length - 1));
  const y = (v: number) => TOP + ((hi - v) * (H - TOP - BOTTOM)) / (hi - lo);

  const parts: string[] = [];
  for (const tick of ticks(lo, hi)) {
    parts.push(`<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${f(y(tick))}" y2="${f(y(tick))}"/>`);
    parts.push(`<text class="tick" x="${LEFT - 6}" y="${f(y(tick) + 4)}" text-anchor="end">${h(percent(tick, 0))}</text>`);
  }
  months.forEach((m, i) => parts.push(`<text class="tick" x="${f(x(i))}" y="${H - BOTTOM + 18}" text-anchor="middle">${h(m)}</text>`));
  parts.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${H - BOTTOM}" y2="${H - BOTTOM}"/>`);
  const target = s.threshold ?? 1;
  const targetText = s.threshold !== null ? `Threshold ${percent(s.threshold)}` : 'No threshold: every record should pass (100%)';
  parts.push(`<line class="threshold" x1="${LEFT}" x2="${W - RIGHT}" y1="${f(y(target))}" y2="${f(y(target))}"><title>${h(targetText)}</title></line>`);

  // The line breaks where a month has no rate (rule absent, suppressed or n/a).
  let path = '';
  let pen = false;
  s.points.forEach((p, i) => {
    if (!p || p.suppressed || p.rate === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(p.rate))} `;
    pen = true;
  });
  if (path) parts.push(`<path class="line" d="${path.trim()}"/>`);

  s.points.forEach((p, i) => {
    // A hidden month is a labelled gap, never drawn as zero (report.md, public mode).
    if (p?.suppressed) parts.push(`<text class="tick gap" x="${f(x(i))}" y="${f((TOP + H - BOTTOM) / 2)}" text-anchor="middle">fewer than 5<title>${h(`${months[i]}: fewer than 5 records on one side, not published`)}</title></text>`);
    if (!p || p.suppressed || p.rate === null) return;
    const cx = f(x(i));
    if (p.ci95) {
      const [a, b] = [f(y(p.ci95[0])), f(y(p.ci95[1]))];
      parts.push(`<path class="whisker" d="M${cx} ${a} V${b} M${f(x(i) - 4)} ${a} H${f(x(i) + 4)} M${f(x(i) - 4)} ${b} H${f(x(i) + 4)}"/>`);
    }
    const label = `${months[i]}: ${percent(p.rate)}${p.ci95 ? ` (95% interval ${percent(p.ci95[0])}–${percent(p.ci95[1])})` : ''}, ${p.applicable} checked`;
    parts.push(`<circle class="point" cx="${cx}" cy="${f(y(p.rate))}" r="4"><title>${h(label)}</title></circle>`);
    const change = i > 0 ? s.changes[i - 1] : null;
    if (change?.significant) {
      const mark = change.difference > 0 ? '▲' : '▼';
      parts.push(`<text class="sig" x="${cx}" y="${f(y(p.ci95?.[1] ?? p.rate) - 6)}" text-anchor="middle">${mark}</text>`);
    }
  });

  return (
    `<svg class="chart trend" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${h(title)}</title>${parts.join('')}</svg>`
  );
}

function yDomain(min: number): [number, number] {
  if (!Number.isFinite(min)) return [0, 1];
  let lo = Math.max(0, Math.floor((min - 0.02) * 20) / 20);
  if (1 - lo < 0.1) lo = 0.9;
  return [lo, 1];
}

function ticks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span <= 0.1 ? 0.02 : span <= 0.3 ? 0.05 : span <= 0.6 ? 0.1 : 0.2;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step - 1e-9) * step; t <= hi + 1e-9; t += step) out.push(Number(t.toFixed(4)));
  return out;
}

function f(n: number): string {
  return n.toFixed(1);
}
