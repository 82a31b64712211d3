import { htmlDocument } from '../../../report/formats/html-document.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import { thresholdText } from '../../../report/wording.js';
import { lineChartSvg } from './line-chart-svg.js';
import type { TrendFormatter } from './types.js';
import { allSeries, cellText, changeSentence, legend, significantChanges } from './wording.js';

/** The line chart's colours, shared with the progress page. */
export const CHART_STYLE = `
svg.trend .grid { stroke: #d0d0d0; stroke-width: 1; }
svg.trend .line { stroke: #1d4e89; stroke-width: 2; fill: none; }
svg.trend .point { fill: #1d4e89; }
svg.trend .sig { fill: #7f1d1d; font-weight: 700; }
`;

/** Self-contained: inline CSS and SVG, no scripts or external resources, every value escaped. */
export const trendHtml: TrendFormatter = (r) => {
  const labels = r.months.map((m) => m.label);
  const head = `<tr><th scope="col">Rule</th>${labels.map((l) => `<th scope="col">${h(l)}</th>`).join('')}</tr>`;
  const body = allSeries(r)
    .map((s) => `<tr><th scope="row">${h(s.id === 'overall' ? 'All rules' : `${s.id} ${s.name}`)}</th>${labels.map((_, i) => `<td class="num">${h(cellText(s, i))}</td>`).join('')}</tr>`)
    .join('\n');
  const flagged = significantChanges(r);
  const changes = flagged.length
    ? `<ul>${flagged.map((c) => `<li>${h(changeSentence(c.series, c.change))}</li>`).join('')}</ul>`
    : '<p>No change between consecutive months is statistically significant.</p>';
  const charts = allSeries(r)
    .map((s) => {
      const title = s.id === 'overall' ? 'All rules (checks pooled)' : `${s.id} ${s.name}`;
      const standard = s.threshold !== null ? ` Standard: ${thresholdText(s.threshold)} (dashed line).` : '';
      return `<figure>${lineChartSvg(s, labels, `${title}: compliance by month`)}<figcaption>${h(title)}: monthly rate with its 95% interval.${h(standard)}</figcaption></figure>`;
    })
    .join('\n');
  return htmlDocument({
    title: 'Compliance by month',
    style: CHART_STYLE,
    body: `<h1>Compliance by month</h1>
<p class="meta">${h(`${r.months.length} reports: ${labels.join(', ')}`)}</p>
<table><thead>${head}</thead><tbody>${body}</tbody></table>
<p class="facts">${h(legend(r))}</p>
<h2>Significant changes</h2>
${changes}
<h2>Charts</h2>
${charts}`,
  });
};
