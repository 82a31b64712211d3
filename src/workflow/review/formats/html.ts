import { htmlDocument } from '../../../report/formats/html-document.js';
import { basename } from 'node:path';
import { escapeHtml as h } from '../../../report/sanitise.js';
import type { ReviewCell, ReviewResult } from '../types.js';
import { RATE_CHART_STYLE, rateChartSvg } from './rate-chart-svg.js';
import type { ReviewFormatter } from './types.js';
import {
  CELL_HEADINGS,
  DIMENSION_WORDS,
  cellCells,
  extraLines,
  factsLine,
  headline,
  intervalLine,
  madeLine,
  methodsParagraphs,
  monthLine,
  problemWhere,
  problemsHeading,
  problemsListed,
  strataNotes,
  strataShown,
  title,
} from './wording.js';

/** Self-contained (inline CSS, no scripts), every value escaped. */
export const reviewHtml: ReviewFormatter = (r) => {
  const extras = extraLines(r);
  const notes = strataNotes(r);
  const strata = strataShown(r);
  const interval = intervalLine(r);
  // The rate has no standard to pass or fail: a neutral box, its interval beside it.
  // Only problems in the worksheets are flagged in colour.
  const body = [
    `<h1>${h(title(r))}</h1>`,
    `<p class="meta">${h(monthLine(r))}</p>`,
    `<p class="meta">${h(madeLine(r))}</p>`,
    `<div class="headline"><p class="figure">${h(headline(r))}</p>${interval ? `<p>${h(interval)}</p>` : ''}</div>`,
    r.problemCount > 0 ? `<p class="verdict fail">${h(problemsHeading(r))}; the figures are from complete records only.</p>` : '',
    `<p>${h(factsLine(r))}</p>`,
    extras.length > 0 ? `<ul>${extras.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : '',
    strata ? domainSection('by-stratum', 'Stratum', strata, r.overall) : '',
    ...r.by.map((b, i) => domainSection(`by-${i}`, DIMENSION_WORDS[b.dimension], b.domains, r.overall)),
    notes.length > 0 ? `<h2>Strata</h2><ul>${notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '',
    `<h2>Methods</h2>${methodsParagraphs(r).map((p) => `<p>${h(p)}</p>`).join('\n')}`,
    worksheetTable(r),
    problemsSection(r),
  ];
  return htmlDocument({ title: title(r), style: RATE_CHART_STYLE, body: body.filter(Boolean).join('\n') });
};

function domainSection(id: string, heading: string, domains: ReviewCell[], overall: ReviewCell): string {
  const rows = [...domains.map((d) => row(h(d.key), d)), row('All', overall)];
  const chart = rateChartSvg(id, `Crime recording rate by ${heading.toLowerCase()}, with 95% intervals; dashed line: the overall rate`, domains, overall);
  return `<h2>By ${h(heading.toLowerCase())}</h2>
${chart}
<table><thead><tr><th scope="col">${h(heading)}</th>${CELL_HEADINGS.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function row(label: string, c: ReviewCell): string {
  return `<tr><th scope="row">${label}</th>${cellCells(c).map((v) => `<td class="num">${h(v)}</td>`).join('')}</tr>`;
}

function worksheetTable(r: ReviewResult): string {
  const sheets = r.worksheets.map(
    (w) =>
      `<tr><th scope="row">${h(basename(w.path))}</th><td><code>${h(w.frameSha256)}</code>${w.frameVerified ? ' (verified)' : ''}</td><td class="num">${w.seed}</td><td>${h(w.allocation)}</td><td class="num">${w.rows}</td></tr>`,
  );
  return `<h2>Worksheets</h2>
<table><thead><tr><th scope="col">Worksheet</th><th scope="col">Frame SHA-256</th><th scope="col">Seed</th><th scope="col">Allocation</th><th scope="col">Rows</th></tr></thead>
<tbody>${sheets.join('\n')}</tbody></table>`;
}

function problemsSection(r: ReviewResult): string {
  if (r.problemCount === 0) return '';
  const { listed, more } = problemsListed(r);
  const list =
    r.problems.length === 0
      ? '<p>Not listed in a public report; run review without --public to see them.</p>'
      : `<table><thead><tr><th>Where</th><th>Problem</th></tr></thead><tbody>${listed.map((p) => `<tr><td>${h(problemWhere(p))}</td><td>${h(p.message)}</td></tr>`).join('')}</tbody></table>${more ? `<p class="more">${h(more)}</p>` : ''}`;
  return `<section><h2>${h(problemsHeading(r))}</h2>${list}</section>`;
}
