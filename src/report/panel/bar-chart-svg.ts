/**
 * Inline SVG bar chart: one bar per district, the Wilson 95% interval as a
 * whisker, the threshold as a dashed line. Accessible: role="img" with a <title>,
 * a <desc> listing every value, and aria-labelledby pointing at both.
 */
import { escapeHtml as h } from '../sanitise.js';
import { INTERVAL, SUPPRESSED, thresholdText } from '../wording.js';
import type { DistrictRow } from './panel-model.js';
import { fmt, truncate } from './svg-text.js';

const W = 640;
const LABEL_W = 180;
const VALUE_W = 120;
const PLOT_W = W - LABEL_W - VALUE_W;
const ROW_H = 24;
const TOP = 8;
const AXIS_H = 36;

export function barChartSvg(id: string, title: string, rows: DistrictRow[], threshold: number | null): string {
  const height = TOP + rows.length * ROW_H + AXIS_H;
  const x = (rate: number) => LABEL_W + rate * PLOT_W;
  const desc = rows.map((r) => `${r.label}: ${r.suppressed ? `${SUPPRESSED} met or failed, not published` : r.rate === null ? 'no records' : `${r.rateText} (${INTERVAL} ${r.ciText})`}`).join('; ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${h(title)}</title>`,
    `<desc id="${id}-desc">${h(desc)}${threshold === null ? '' : h(`. Audit threshold: ${thresholdText(threshold)}.`)}</desc>`,
  ];
  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    const mid = y + ROW_H / 2;
    parts.push(`<text x="${LABEL_W - 8}" y="${mid + 4}" text-anchor="end" class="label">${h(truncate(r.label, 24))}</text>`);
    if (r.rate !== null) {
      const cls = r.verdict === 'below' ? 'bar below' : 'bar';
      parts.push(`<rect x="${LABEL_W}" y="${y + 4}" width="${fmt(r.rate * PLOT_W)}" height="${ROW_H - 8}" class="${cls}"/>`);
    }
    if (r.ci95) {
      const [lo, hi] = r.ci95;
      parts.push(
        `<path d="M${fmt(x(lo))} ${mid}H${fmt(x(hi))}M${fmt(x(lo))} ${mid - 5}V${mid + 5}M${fmt(x(hi))} ${mid - 5}V${mid + 5}" class="whisker"/>`,
      );
    }
    // A hidden figure is a labelled gap, never a bar of zero (report.md).
    const value = r.suppressed ? `not published (${SUPPRESSED})` : r.rateText;
    parts.push(`<text x="${W - VALUE_W + 8}" y="${mid + 4}" class="value">${h(value)}</text>`);
  });
  const axisY = TOP + rows.length * ROW_H;
  parts.push(`<path d="M${LABEL_W} ${axisY}H${LABEL_W + PLOT_W}" class="axis"/>`);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<path d="M${fmt(x(t))} ${axisY}V${axisY + 4}" class="axis"/>`);
    parts.push(`<text x="${fmt(x(t))}" y="${axisY + 16}" text-anchor="middle" class="tick">${t * 100}%</text>`);
  }
  if (threshold !== null) {
    parts.push(`<path d="M${fmt(x(threshold))} ${TOP - 4}V${axisY}" class="threshold"/>`);
    parts.push(`<text x="${fmt(x(threshold))}" y="${axisY + 28}" text-anchor="middle" class="tick">audit threshold ${h(thresholdText(threshold))}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
