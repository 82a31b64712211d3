/**
 * Inline SVG dot-and-interval plot: one row per district, a dot at the rate and a
 * line across its Wilson 95% interval, on an axis that spans the data (rate-axis.ts)
 * rather than 0–100%. The force's threshold is a dashed line; a rule without one
 * marks 100% ("every record"). A district whose figures are not published is a
 * labelled row with no mark at all: never a bar of zero. Accessible: role="img"
 * with a <title> and a <desc> listing every value.
 */
import { escapeHtml as h } from '../sanitise.js';
import { thresholdText } from '../wording.js';
import type { DistrictRow } from './panel-model.js';
import { rateAxis, tickText } from './rate-axis.js';
import { fmt, truncate } from './svg-text.js';

const W = 680;
/** The verdict beside each value, so the printed chart needs no table. */
const VERDICT_SHORT = { meets: 'meets', below: 'below', unclear: 'can’t say' } as const;
const LABEL_W = 140;
const VALUE_W = 225;
const PLOT_W = W - LABEL_W - VALUE_W;
const ROW_H = 20;
const TOP = 18;
const AXIS_H = 22;

export function dotPlotSvg(id: string, title: string, rows: DistrictRow[], threshold: number | null): string {
  const reference = threshold ?? 1;
  const axis = rateAxis(
    rows.flatMap((r) => (r.ci95 ? [r.ci95[0], r.ci95[1]] : r.rate !== null ? [r.rate] : [])),
    reference,
  );
  const x = (rate: number) => LABEL_W + ((rate - axis.min) / (axis.max - axis.min)) * PLOT_W;
  const height = TOP + rows.length * ROW_H + AXIS_H;
  const refWords = threshold === null ? 'every record (100%)' : `threshold ${thresholdText(threshold)}`;
  const desc = rows
    .map((r) => `${r.label}: ${r.suppressed ? 'fewer than 5 met or failed, not published' : r.rate === null ? 'no records' : `${r.rateText} (95% interval ${r.ciText}), ${r.verdictWords.toLowerCase()}`}`)
    .join('; ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${h(title)}</title>`,
    `<desc id="${id}-desc">${h(`${desc}. Axis ${tickText(axis.min)} to ${tickText(axis.max)}; ${refWords}.`)}</desc>`,
  ];
  const axisY = TOP + rows.length * ROW_H;
  for (const t of axis.ticks) {
    parts.push(`<path d="M${fmt(x(t))} ${TOP - 2}V${axisY}" class="grid"/>`);
    parts.push(`<text x="${fmt(x(t))}" y="${axisY + 14}" text-anchor="middle" class="tick">${tickText(t)}</text>`);
  }
  const rx = fmt(x(reference));
  parts.push(`<path d="M${rx} ${TOP - 6}V${axisY}" class="threshold" data-threshold="${reference}"/>`);
  parts.push(`<text x="${rx}" y="${TOP - 8}" text-anchor="middle" class="ref">${h(threshold === null ? 'every record' : `threshold ${thresholdText(threshold)}`)}</text>`);
  rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    const mid = y + ROW_H / 2;
    if (i % 2 === 1) parts.push(`<rect x="0" y="${y}" width="${W}" height="${ROW_H}" class="band"/>`);
    parts.push(`<text x="${LABEL_W - 8}" y="${mid + 4}" text-anchor="end" class="label">${h(truncate(r.label, 22))}</text>`);
    if (r.suppressed) {
      // Labelled in place: the row is there, the value is not drawn.
      parts.push(`<text x="${LABEL_W + PLOT_W / 2}" y="${mid + 4}" text-anchor="middle" class="hidden-value" data-suppressed="true">fewer than 5: not published</text>`);
    } else if (r.rate !== null) {
      if (r.ci95) parts.push(`<path d="M${fmt(x(r.ci95[0]))} ${mid}H${fmt(x(r.ci95[1]))}" class="interval"/>`);
      parts.push(`<circle cx="${fmt(x(r.rate))}" cy="${mid}" r="4" class="dot ${r.verdict ?? ''}"/>`);
    }
    const value = r.suppressed ? '' : r.rate === null ? '—' : `${r.rateText} (${r.ciText}) ${threshold === null ? (r.verdict === 'meets' ? 'met' : 'not met') : VERDICT_SHORT[r.verdict ?? 'unclear']}`;
    parts.push(`<text x="${W - VALUE_W + 8}" y="${mid + 4}" class="value">${h(value)}</text>`);
  });
  parts.push(`<path d="M${LABEL_W} ${axisY}H${LABEL_W + PLOT_W}" class="axis"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}
