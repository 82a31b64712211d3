/**
 * The review's chart: one row per stratum (or domain), a dot at the crime
 * recording rate and a line across its 95% interval, on an axis that spans the
 * intervals (the panel's rate-axis.ts) rather than 0–100%, with the force-wide
 * rate as a dashed reference line: what each stratum is read against. There is
 * no threshold for this rate. A hidden figure is a labelled row, never a mark at
 * zero. Accessible: role="img" with a <title> and a <desc> listing every value.
 */
import { rateAxis, tickText } from '../../../report/panel/rate-axis.js';
import { fmt, truncate } from '../../../report/panel/svg-text.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import { ciText, percent } from '../../../report/wording.js';
import type { ReviewCell } from '../types.js';
import { cellValue } from './wording.js';

const W = 680;
const LABEL_W = 150;
const VALUE_W = 210;
const PLOT_W = W - LABEL_W - VALUE_W;
const ROW_H = 20;
const TOP = 18;
const AXIS_H = 22;

/** `rows` are the strata or domains; `overall` is drawn last, as "All", and as the reference line. */
export function rateChartSvg(id: string, title: string, rows: readonly ReviewCell[], overall: ReviewCell): string {
  const all = [...rows, { ...overall, key: 'All' }];
  const reference = overall.rate;
  const axis = rateAxis(
    all.flatMap((c) => (c.ci95 ? [c.ci95[0], c.ci95[1]] : c.rate !== null ? [c.rate] : [])),
    reference ?? all.find((c) => c.rate !== null)?.rate ?? 1,
  );
  const x = (rate: number) => LABEL_W + ((rate - axis.min) / (axis.max - axis.min)) * PLOT_W;
  const height = TOP + all.length * ROW_H + AXIS_H;
  const desc = all.map((c) => `${c.key}: ${cellValue(c)}${c.ci95 ? ` (95% interval ${ciText(c.ci95)})` : ''}`).join('; ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart rate-chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${h(title)}</title>`,
    `<desc id="${id}-desc">${h(`${desc}. Axis ${tickText(axis.min)} to ${tickText(axis.max)}.`)}</desc>`,
  ];
  const axisY = TOP + all.length * ROW_H;
  for (const t of axis.ticks) {
    parts.push(`<path d="M${fmt(x(t))} ${TOP - 2}V${axisY}" class="grid"/>`);
    parts.push(`<text x="${fmt(x(t))}" y="${axisY + 14}" text-anchor="middle" class="tick">${tickText(t)}</text>`);
  }
  all.forEach((c, i) => {
    const y = TOP + i * ROW_H;
    const mid = y + ROW_H / 2;
    if (i % 2 === 1) parts.push(`<rect x="0" y="${y}" width="${W}" height="${ROW_H}" class="band"/>`);
    const strong = i === all.length - 1 ? ' font-weight="700"' : '';
    parts.push(`<text x="${LABEL_W - 8}" y="${mid + 4}" text-anchor="end" class="label"${strong}>${h(truncate(c.key, 24))}</text>`);
    if (c.suppressed) {
      parts.push(`<text x="${LABEL_W + PLOT_W / 2}" y="${mid + 4}" text-anchor="middle" class="hidden-value" data-suppressed="true">fewer than 5: not published</text>`);
    } else if (c.rate !== null) {
      if (c.ci95) parts.push(`<path d="M${fmt(x(c.ci95[0]))} ${mid}H${fmt(x(c.ci95[1]))}" class="interval"/>`);
      parts.push(`<circle cx="${fmt(x(c.rate))}" cy="${mid}" r="4" class="dot"/>`);
    }
    parts.push(`<text x="${W - VALUE_W + 8}" y="${mid + 4}" class="value">${h(c.suppressed ? '' : cellValue(c))}</text>`);
  });
  if (reference !== null) {
    const rx = fmt(x(reference));
    parts.push(`<path d="M${rx} ${TOP - 6}V${axisY}" class="overall" data-reference="${reference}"/>`);
    parts.push(`<text x="${rx}" y="${TOP - 8}" text-anchor="middle" class="ref">${h(`overall ${percent(reference)}`)}</text>`);
  }
  parts.push(`<path d="M${LABEL_W} ${axisY}H${LABEL_W + PLOT_W}" class="axis"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** The reference line's style (the shared sheet draws thresholds in red: this is not one). */
export const RATE_CHART_STYLE = `
svg.rate-chart .overall { stroke: #4a4a4a; stroke-width: 1.5; stroke-dasharray: 4 3; fill: none; }
svg.rate-chart .ref { fill: #4a4a4a; }
.headline { border: 1px solid #c8d3e0; border-left: 6px solid #1d4e89; background: #f4f6f9; padding: .6rem .8rem; border-radius: 4px; }
.headline p { margin: .2rem 0; }
.headline .figure { font-size: 1.15rem; font-weight: 700; }
`;
