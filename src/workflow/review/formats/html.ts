import { htmlDocument } from '../../../report/formats/html-document.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import type { ReviewFormatter } from './types.js';
import { CELL_HEADINGS, cellCells, headline, methodLine, problemsHeading, rowsLine } from './wording.js';

/** Self-contained (inline CSS, no scripts), every value escaped. */
export const reviewHtml: ReviewFormatter = (r) => {
  const rows = r.districts.map((d) => `<tr><th scope="row">${h(d.key)}</th>${nums(cellCells(d))}</tr>`);
  rows.push(`<tr><th scope="row">All</th>${nums(cellCells(r.overall))}</tr>`);
  const sheets = r.worksheets.map(
    (w) => `<tr><th scope="row">${h(w.path)}</th><td><code>${h(w.frameSha256)}</code>${w.frameVerified ? ' (verified)' : ''}</td><td class="num">${w.seed}</td><td>${h(w.allocation)}</td><td class="num">${w.rows}</td></tr>`,
  );
  const problems =
    r.problems.length === 0
      ? ''
      : `<section><h2>${h(problemsHeading(r))}</h2><table><thead><tr><th>Where</th><th>Problem</th></tr></thead><tbody>${r.problems
          .map((p) => `<tr><td>${h(`${p.file}:${p.line}`)}</td><td>${h(p.message)}</td></tr>`)
          .join('')}</tbody></table></section>`;
  return htmlDocument({
    title: 'Crime recording rate',
    body: `<h1>Crime recording rate</h1>
<p class="verdict ${r.status}">${h(headline(r))}</p>
<p>${h(rowsLine(r))}</p>
<table><caption>By district</caption><thead><tr><th scope="col">District</th>${CELL_HEADINGS.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="facts">${h(methodLine(r))}</p>
<h2>Worksheets</h2>
<table><thead><tr><th scope="col">Worksheet</th><th scope="col">Frame SHA-256</th><th scope="col">Seed</th><th scope="col">Allocation</th><th scope="col">Rows</th></tr></thead>
<tbody>${sheets.join('\n')}</tbody></table>
${problems}`,
  });
};

function nums(cells: string[]): string {
  return cells.map((c) => `<td class="num">${h(c)}</td>`).join('');
}
