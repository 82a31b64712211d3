/**
 * The panel report as one self-contained HTML file: inline CSS and SVG, no
 * scripts, no external resources (a CSP forbids them), A4 print styles, every
 * value escaped.
 */
import { barChartSvg } from '../panel/bar-chart-svg.js';
import { methodsFacts } from '../panel/methods.js';
import { buildPanelModel, hasFigures, summaryGroups, type PanelModel, type RulePanel } from '../panel/panel-model.js';
import { escapeHtml as h } from '../sanitise.js';
import { METHODS, SEVERITY_WORDS } from '../wording.js';
import { htmlDocument } from './html-document.js';
import type { Formatter } from './types.js';

export const formatHtml: Formatter = (report, ctx) => {
  const m = buildPanelModel(report, ctx.compare);
  const body = [header(m), summary(m), resultsTable(m), ruleSections(m), comparison(m), methods(m)].filter(Boolean).join('\n');
  return htmlDocument({ title: m.title, body, generator: `ncrs-audit ${report.tool.version}` });
};

function header(m: PanelModel): string {
  const notice = m.publicMode ? `\n<p class="notice"><strong>Public version.</strong> ${h(METHODS.suppression)}</p>` : '';
  return `<header>\n<h1>${h(m.title)}</h1>\n<p class="meta">${h(m.generated)}</p>${notice}\n</header>`;
}

function summary(m: PanelModel): string {
  const out = [`<section aria-labelledby="summary">`, `<h2 id="summary">Summary</h2>`];
  out.push(`<p class="verdict ${m.verdictStatus}">${h(m.verdict)}</p>`, `<p>${h(m.overview)}</p>`);
  for (const [heading, rules] of summaryGroups(m)) {
    if (rules.length === 0) continue;
    out.push(`<h3>${h(heading)}</h3>`, '<ul class="headlines">');
    for (const r of rules) {
      out.push(`<li><a href="#${anchor(r.id)}"><strong>${h(r.id)} ${h(r.title)}</strong></a> ${statusBadge(r)}: ${h(r.headline)}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The rule's result, coloured; in running text (`inline`) lower-case and in brackets. */
function statusBadge(r: RulePanel, inline = true): string {
  const cls = r.status === 'pass' || r.status === 'fail' ? r.status : 'na';
  const accepted = r.acceptedText ? ` (${r.acceptedText})` : '';
  const words = inline ? `(${r.statusWords.toLowerCase()}${accepted})` : `${r.statusWords}${accepted}`;
  return `<span class="status ${cls}">${h(words)}</span>`;
}

function resultsTable(m: PanelModel): string {
  const rows = [...m.national, ...m.quality].map(
    (r) =>
      `<tr><th scope="row">${h(r.id)}</th><td>${h(r.title)}</td>${num(r.applicable)}${num(r.met)}${num(r.rateText)}${num(r.ciText)}${num(r.thresholdText)}<td>${statusBadge(r, false)}</td></tr>`,
  );
  return `<section aria-labelledby="results">
<h2 id="results">Results by rule</h2>
<table class="rules">
<caption>Compliance with each rule: records checked, records that met the rule, rate and 95% confidence interval</caption>
<thead><tr>${cols(['Rule', 'What it checks', 'Records checked', 'Met', 'Rate', '95% CI', 'Audit threshold', 'Result'])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${m.anySuppressed ? `\n<p class="legend">${h(METHODS.suppressionLegend)}</p>` : ''}
</section>`;
}

function ruleSections(m: PanelModel): string {
  const out = ['<section aria-labelledby="rules">', '<h2 id="rules">Rule by rule</h2>'];
  for (const r of [...m.national, ...m.quality]) {
    out.push(`<article class="rule" id="${anchor(r.id)}" aria-labelledby="${anchor(r.id)}-h">`);
    out.push(`<h3 id="${anchor(r.id)}-h">${h(r.id)}: ${h(r.title)}</h3>`, `<p><strong>${h(r.headline)}</strong></p>`);
    if (r.description) out.push(`<p>${h(r.description)}</p>`);
    const standard = r.threshold === null ? 'every record must meet it' : `${r.thresholdText} of records (the force's audit threshold)`;
    out.push(
      `<p class="facts">Type: ${h(SEVERITY_WORDS[r.severity])} · Threshold: ${h(standard)}${r.standard ? ` · Source: ${h(r.standard)}` : ''} · Result: ${statusBadge(r, false)}</p>`,
    );
    if (r.districts.length > 0 && hasFigures(r)) out.push(districtFigure(r));
    out.push('</article>');
  }
  out.push('</section>');
  return out.join('\n');
}

function districtFigure(r: RulePanel): string {
  const id = `${anchor(r.id)}-chart`;
  const title = `${r.id} compliance rate by district, with 95% confidence intervals`;
  const rows = r.districts.map(
    (d) => `<tr><th scope="row">${h(d.label)}</th>${num(d.applicable)}${num(d.met)}${num(d.rateText)}${num(d.ciText)}<td>${h(d.verdictWords)}</td></tr>`,
  );
  const legend = r.districts.some((d) => d.suppressed) ? `\n<p class="legend">${h(METHODS.suppressionLegend)}</p>` : '';
  return `<figure>
${barChartSvg(id, title, r.districts, r.threshold)}
<figcaption>${h(title)}. Bars show the rate, black whiskers the 95% confidence interval${r.threshold === null ? '' : `, the dashed line the force's audit threshold (${h(r.thresholdText)})`}; a district whose figures are not published has no bar, only a label. The table gives the same figures.</figcaption>
</figure>
<table>
<caption>${h(r.id)} by district</caption>
<thead><tr>${cols(['District', 'Records checked', 'Met', 'Rate', '95% CI', 'Result'])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${legend}`;
}

function comparison(m: PanelModel): string {
  if (!m.comparison) return '';
  const c = m.comparison;
  const rows = c.rows.map((r) => `<tr><th scope="row">${h(r.ruleId)}</th>${r.cells.map(num).join('')}${num(r.change)}</tr>`);
  return `<section aria-labelledby="compare">
<h2 id="compare">Compared with earlier months</h2>
<table>
<caption>Compliance rate of each rule, month by month</caption>
<thead><tr>${cols(['Rule', ...c.months, 'Change since the previous month'])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function methods(m: PanelModel): string {
  const f = methodsFacts(m.methods);
  const out = ['<section aria-labelledby="methods">', '<h2 id="methods">Methods</h2>', '<h3>What was audited</h3>', '<dl>'];
  for (const [k, v] of f.facts) out.push(`<dt>${h(k)}</dt><dd>${h(v)}</dd>`);
  out.push('</dl>', '<table>', '<caption>Input files and their SHA-256 fingerprints</caption>');
  out.push(`<thead><tr>${cols(['Input file', 'Rows', 'SHA-256'])}</tr></thead>`, '<tbody>');
  for (const i of f.inputs) out.push(`<tr><th scope="row">${h(i.path)}</th>${num(i.rows)}<td><code>${h(i.sha256)}</code></td></tr>`);
  out.push('</tbody>', '</table>', '<table>', '<caption>Rule files and code lists, with SHA-256 fingerprints</caption>');
  out.push(`<thead><tr>${cols(['Rule file', 'SHA-256'])}</tr></thead>`, '<tbody>');
  for (const r of f.ruleFiles) out.push(`<tr><th scope="row">${h(r.path)}</th><td><code>${h(r.sha256)}</code></td></tr>`);
  out.push('</tbody>', '</table>', '<h3>How the figures are computed</h3>');
  for (const p of f.paragraphs) out.push(`<p>${h(p)}</p>`);
  if (f.warnings.length > 0) {
    out.push('<h3>Warnings</h3>', '<ul>', ...f.warnings.map((w) => `<li>${h(w)}</li>`), '</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

function cols(names: string[]): string {
  return names.map((n) => `<th scope="col">${h(n)}</th>`).join('');
}

function num(value: string): string {
  return `<td class="num">${h(value)}</td>`;
}

/** Rule ids become fragment ids: keep [A-Za-z0-9-], so no quoting is ever needed. */
function anchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
