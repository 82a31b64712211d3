import { htmlDocument } from '../../../report/formats/html-document.js';
import { barChartSvg } from '../../../report/panel/bar-chart-svg.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import type { ReviewCell, ReviewResult } from '../types.js';
import type { ReviewFormatter } from './types.js';
import { CELL_HEADINGS, DIMENSION_WORDS, cellCells, chartRow, extraLines, factsLine, headline, methodsParagraphs, problemsHeading, strataNotes } from './wording.js';

/** Self-contained (inline CSS, no scripts), every value escaped. */
export const reviewHtml: ReviewFormatter = (r) => {
  const extras = extraLines(r);
  const notes = strataNotes(r);
  const body = [
    '<h1>Crime recording rate</h1>',
    `<p class="verdict ${r.status}">${h(headline(r))}</p>`,
    `<p>${h(factsLine(r))}</p>`,
    extras.length > 0 ? `<ul>${extras.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : '',
    barChartSvg('rate-all', 'Crime recording rate with its 95% interval', [chartRow(r.overall)], null),
    ...r.by.map((b, i) => domainSection(`by-${i}`, DIMENSION_WORDS[b.dimension], b.domains, r.overall)),
    notes.length > 0 ? `<h2>Strata</h2><ul>${notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '',
    `<h2>Methods</h2>${methodsParagraphs(r).map((p) => `<p>${h(p)}</p>`).join('\n')}`,
    worksheetTable(r),
    problemsSection(r),
  ];
  return htmlDocument({ title: 'Crime recording rate', body: body.filter(Boolean).join('\n') });
};

function domainSection(id: string, title: string, domains: ReviewCell[], overall: ReviewCell): string {
  const rows = [...domains.map((d) => row(h(d.key), d)), row('All', overall)];
  const chart = barChartSvg(id, `Crime recording rate by ${title.toLowerCase()}, with 95% intervals`, [...domains, overall].map(chartRow), null);
  return `<h2>By ${h(title.toLowerCase())}</h2>
${chart}
<table><thead><tr><th scope="col">${h(title)}</th>${CELL_HEADINGS.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function row(label: string, c: ReviewCell): string {
  return `<tr><th scope="row">${label}</th>${cellCells(c).map((v) => `<td class="num">${h(v)}</td>`).join('')}</tr>`;
}

function worksheetTable(r: ReviewResult): string {
  const sheets = r.worksheets.map(
    (w) =>
      `<tr><th scope="row">${h(w.path)}</th><td><code>${h(w.frameSha256)}</code>${w.frameVerified ? ' (verified)' : ''}</td><td class="num">${w.seed}</td><td>${h(w.allocation)}</td><td class="num">${w.rows}</td></tr>`,
  );
  return `<h2>Worksheets</h2>
<table><thead><tr><th scope="col">Worksheet</th><th scope="col">Frame SHA-256</th><th scope="col">Seed</th><th scope="col">Allocation</th><th scope="col">Rows</th></tr></thead>
<tbody>${sheets.join('\n')}</tbody></table>`;
}

function problemsSection(r: ReviewResult): string {
  if (r.problemCount === 0) return '';
  const list =
    r.problems.length === 0
      ? '<p>Not listed in a public report; run review without --public to see them.</p>'
      : `<table><thead><tr><th>Where</th><th>Problem</th></tr></thead><tbody>${r.problems.map((p) => `<tr><td>${h(`${p.file}:${p.line}`)}</td><td>${h(p.message)}</td></tr>`).join('')}</tbody></table>`;
  return `<section><h2>${h(problemsHeading(r))}</h2>${list}</section>`;
}
