import { htmlDocument } from '../../../report/formats/html-document.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import { thresholdText } from '../../../report/wording.js';
import { lineChartSvg, trendDomain } from './line-chart-svg.js';
import type { TrendFormatter } from './types.js';
import { allSeries, cellText, changeSentence, editionLines, legend, madeLine, significantChanges, sourceLines, trendTitle } from './wording.js';

/** The line chart's colours, shared with the progress page. */
export const CHART_STYLE = `
svg.trend .grid { stroke: #d0d0d0; stroke-width: 1; }
svg.trend .line { stroke: #1d4e89; stroke-width: 2; fill: none; }
svg.trend .point { fill: #1d4e89; }
svg.trend .sig { fill: #7f1d1d; font-weight: 700; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem 1.5rem; }
.charts figure { margin: 0; break-inside: avoid; }
.charts figcaption { font-weight: 600; margin-bottom: 0.25rem; }
.charts figcaption small { font-weight: 400; }
.charts svg { width: 100%; height: auto; }
`;

/** Self-contained: inline CSS and SVG, no scripts or external resources, every value escaped. */
export const trendHtml: TrendFormatter = (r) => {
  const labels = r.months.map((m) => m.label);
  const head = `<tr><th scope="col">Rule</th>${labels.map((l) => `<th scope="col">${h(l)}</th>`).join('')}</tr>`;
  const body = allSeries(r)
    .map((s) => `<tr><th scope="row">${h(`${s.id} ${s.name}`)}</th>${labels.map((_, i) => `<td class="num">${h(cellText(s, i))}</td>`).join('')}</tr>`)
    .join('\n');
  const flagged = significantChanges(r);
  const changes = flagged.length
    ? `<ul>${flagged.map((c) => `<li>${h(changeSentence(c.series, c.change))}</li>`).join('')}</ul>`
    : '<p>No change between consecutive months is statistically significant.</p>';
  // Small multiples on one scale, each titled above its chart (a caption below reads
  // as the next chart's title).
  const domain = trendDomain(allSeries(r));
  const charts = allSeries(r)
    .map((s) => {
      const title = `${s.id} ${s.name}`;
      const line = s.threshold !== null ? `dashed line: the force's audit threshold, ${thresholdText(s.threshold)}` : 'dashed line: 100%, every record';
      return `<figure><figcaption>${h(title)}<br><small>${h(`Monthly rate with its 95% interval; ${line}.`)}</small></figcaption>${lineChartSvg(s, labels, `${title}: compliance by month`, domain)}</figure>`;
    })
    .join('\n');
  return htmlDocument({
    title: trendTitle(r),
    style: CHART_STYLE,
    body: `<h1>${h(trendTitle(r))}</h1>
<p class="meta">${h(madeLine(r))} ${h(`Months: ${labels.join(', ')}.`)}</p>
<table><thead>${head}</thead><tbody>${body}</tbody></table>
<p class="facts">${h(legend(r))}</p>
<h2>Rule-pack editions</h2>
<ul>${editionLines(r).map((l) => `<li>${h(l)}</li>`).join('')}</ul>
<h2>Significant changes</h2>
${changes}
<h2>Charts</h2>
<p>Every chart uses the same vertical scale, from ${h(`${Math.round(domain[0] * 100)}%`)} to 100%.</p>
<div class="charts">
${charts}
</div>
<h2>Sources</h2>
<ul>${sourceLines(r).map((l) => `<li>${h(l)}</li>`).join('')}</ul>`,
  });
};
