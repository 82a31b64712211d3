/**
 * The panel report as one self-contained HTML file: inline CSS and SVG, no
 * scripts, no external resources (a CSP forbids them), A4 print styles, every
 * value escaped.
 */
import { dotPlotSvg } from '../panel/dot-plot-svg.js';
import { GLOSSARY, NOTE_EMPTY, NOTE_LABEL, summaryPage } from '../panel/summary-page.js';
import { methodsFacts } from '../panel/methods.js';
import { editionsLine } from '../panel/compare.js';
import { HIDDEN_LEGEND, buildPanelModel, hasFigures, type PanelModel, type RulePanel } from '../panel/panel-model.js';
import { escapeHtml as h } from '../sanitise.js';
import { METHODS, SEVERITY_WORDS, TOO_FEW } from '../wording.js';
import { htmlDocument } from './html-document.js';
import type { Formatter } from './types.js';
import { worklistHtml } from './worklist-html.js';

export const formatHtml: Formatter = (report, ctx) => {
  const m = buildPanelModel(report, ctx.compare);
  const page = summaryPage(m, report.period, ctx.panel);
  const first = `<div class="first-page">\n${header(m)}\n${summary(m)}\n${actions(m, page)}\n${glossary()}\n</div>`;
  const body = [first, resultsTable(m), ruleSections(m), comparison(m), worklistHtml(report), methods(m)].filter(Boolean).join('\n');
  return htmlDocument({ title: m.title, body, generator: `ncrs-audit ${report.tool.version}` });
};

function header(m: PanelModel): string {
  const notice = m.publicMode ? `\n<p class="notice"><strong>Public version.</strong> ${h(METHODS.suppression)}</p>` : '';
  return `<header>\n<h1>${h(m.title)}</h1>\n<p class="meta">${h(m.generated)}</p>${notice}\n</header>`;
}

/** Not measured, the recording rate, the rules not met with the registrar's response. */
function actions(m: PanelModel, page: ReturnType<typeof summaryPage>): string {
  const out: string[] = [];
  if (page.notMeasured.length > 0) {
    out.push('<section aria-labelledby="not-measured">', '<h2 id="not-measured">Not measured</h2>', '<ul>');
    for (const r of page.notMeasured) out.push(`<li><strong>${h(r.id)} ${h(r.title)}</strong>: ${h(r.headline)}</li>`);
    out.push('</ul>', '</section>');
  }
  if (page.recording) out.push(`<p class="recording">${h(page.recording)}</p>`);
  out.push('<section aria-labelledby="not-met">', '<h2 id="not-met">Rules not met</h2>');
  if (page.notMet.length === 0) out.push('<p>Every rule measured was met.</p>');
  for (const { rule: r, note } of page.notMet) {
    out.push(`<div class="not-met"><h3><a href="#${anchor(r.id)}">${h(r.id)} ${h(r.title)}</a> <span class="kind">${h(SEVERITY_WORDS[r.severity])}</span></h3>`);
    out.push(`<p>${h(r.headline)}</p>`);
    out.push(
      note === null
        ? `<div class="note empty"><span class="note-label">${h(NOTE_LABEL)}</span><p>${h(NOTE_EMPTY)}</p></div></div>`
        : `<div class="note"><span class="note-label">${h(NOTE_LABEL)}</span><p>${h(note)}</p></div></div>`,
    );
  }
  out.push('</section>');
  if (m.tooFew.length > 0) {
    out.push('<section aria-labelledby="too-few">', `<h3 id="too-few">${h(TOO_FEW)}</h3>`, '<ul>');
    for (const r of m.tooFew) out.push(`<li><strong>${h(r.id)} ${h(r.title)}</strong>: ${h(r.headline)}</li>`);
    out.push('</ul>', '</section>');
  }
  return out.join('\n');
}

function glossary(): string {
  const items = GLOSSARY.map(([term, meaning]) => `<dt>${h(term)}</dt><dd>${h(meaning)}</dd>`).join('');
  return `<section aria-labelledby="glossary" class="glossary">\n<h2 id="glossary">Words used</h2>\n<dl>${items}</dl>\n</section>`;
}

function summary(m: PanelModel): string {
  const out = [`<section aria-labelledby="summary">`, `<h2 id="summary" class="visually-hidden">Summary</h2>`];
  out.push(`<p class="verdict ${m.verdictStatus}">${h(m.verdict)}</p>`, `<p>${h(m.overview)}</p>`);
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
  const head = ['Rule', 'What it checks', 'Records checked', 'Met', 'Rate', '95% interval', 'Threshold', 'Result'];
  const rows = [...m.national, ...m.quality].map(
    (r) =>
      `<tr><th scope="row" class="id">${h(r.id)}</th>${td(head[1]!, h(r.title))}${num(r.applicable, head[2])}${num(r.met, head[3])}${num(r.rateText, head[4])}${num(r.ciText, head[5])}${num(r.thresholdText, head[6])}${td(head[7]!, shortBadge(r), 'result')}</tr>`,
  );
  return `<section aria-labelledby="results" class="results">
<h2 id="results">Results by rule</h2>
<table class="rules">
<caption>Each rule: records checked, records that met it, the rate with its 95% interval, the force's threshold and the result</caption>
<thead><tr>${cols(head)}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${m.anySuppressed ? `\n<p class="legend">${h(HIDDEN_LEGEND)}</p>` : ''}
</section>`;
}


/** The Result column in one or two words, so it never wraps: the rule's point-rate status. */
function shortBadge(r: RulePanel): string {
  const words: Record<string, string> = r.threshold === null ? { pass: 'Met', fail: 'Not met' } : { pass: 'Meets', fail: 'Below' };
  const cls = r.status === 'pass' || r.status === 'fail' ? r.status : 'na';
  const text = words[r.status] ?? r.statusWords;
  return `<span class="status ${cls}">${h(text)}${r.acceptedText ? h(` (${r.acceptedText})`) : ''}</span>`;
}

function ruleSections(m: PanelModel): string {
  const out = ['<section aria-labelledby="rules">', '<h2 id="rules">Rule by rule</h2>', `<p class="legend">${h(CHART_KEY)}</p>`];
  for (const r of [...m.national, ...m.quality]) {
    out.push(`<article class="rule" id="${anchor(r.id)}" aria-labelledby="${anchor(r.id)}-h">`);
    out.push(`<h3 id="${anchor(r.id)}-h"><span class="id">${h(r.id)}</span> ${h(r.title)} ${statusBadge(r)}</h3>`, `<p>${h(r.headline)}</p>`);
    // The rule file's text names fields (`crime_related = true`): for the audit team, not the public.
    if (r.description && !m.publicMode) out.push(`<p class="description">${h(r.description)}</p>`);
    const standard = r.threshold === null ? 'every record' : `${r.thresholdText} of records`;
    out.push(`<p class="facts">${h(SEVERITY_WORDS[r.severity])} · threshold: ${h(standard)}${r.standard ? ` · source: ${h(r.standard)}` : ''}</p>`);
    if (r.districts.length > 0 && hasFigures(r)) out.push(districtFigure(r));
    out.push('</article>');
  }
  out.push('</section>');
  return out.join('\n');
}

const CHART_KEY =
  'How to read the charts: each dot is a district\'s rate and its line the 95% interval; the dashed line is the force\'s threshold, or 100% ("every record") for a rule without one. The axis spans only the range needed, so small differences show. A district is "below" when its whole interval is under the threshold (orange dot), "meets" when its whole interval is at or above it (filled dot), and otherwise there are too few records to say (open dot). Without a threshold a district meets the rule only when no record failed it. A district whose figures are not published is labelled in place, with no dot.';

function districtFigure(r: RulePanel): string {
  const id = `${anchor(r.id)}-chart`;
  const title = `${r.id} by district: rate and 95% interval`;
  const head = ['District', 'Records checked', 'Met', 'Rate', '95% interval', 'Verdict'];
  const rows = r.districts.map(
    (d) =>
      `<tr><th scope="row">${h(d.label)}</th>${num(d.applicable, head[1])}${num(d.met, head[2])}${num(d.rateText, head[3])}${num(d.ciText, head[4])}${td(head[5]!, h(d.verdictWords), `dv ${d.verdict ?? 'none'}`)}</tr>`,
  );
  const reference = r.threshold === null ? 'dashed line: 100%, every record' : `dashed line: threshold ${h(r.thresholdText)}`;
  return `<figure>
${dotPlotSvg(id, title, r.districts, r.threshold)}
<figcaption class="visually-hidden">${h(title)}; ${reference}.</figcaption>
</figure>
<table class="districts">
<caption class="visually-hidden">${h(r.id)} by district</caption>
<thead><tr>${cols(head)}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function comparison(m: PanelModel): string {
  if (!m.comparison) return '';
  const c = m.comparison;
  const head = ['Rule', ...c.months, 'Change since the previous month'];
  const rows = c.rows.map((r) => `<tr><th scope="row" class="id">${h(r.ruleId)}</th>${r.cells.map((cell, i) => num(cell, head[i + 1])).join('')}${num(r.change, head[head.length - 1])}</tr>`);
  return `<section aria-labelledby="compare">
<h2 id="compare">Compared with earlier months</h2>
<table>
<caption>Compliance rate of each rule, month by month</caption>
<thead><tr>${cols(head)}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="legend">${h(c.note)}</p>
<p class="legend">${h(`Rule-pack editions: ${editionsLine(c)}.`)}${c.editions.some((e) => e.changed) ? h(' † marks a rule that came from another edition than the month before: its change may be the rule\'s, not the force\'s.') : ''}</p>
</section>`;
}

function methods(m: PanelModel): string {
  const f = methodsFacts(m.methods);
  const out = ['<section aria-labelledby="methods">', '<h2 id="methods">Methods</h2>', '<h3>What was audited</h3>', '<dl>'];
  for (const [k, v] of f.facts) out.push(`<dt>${h(k)}</dt><dd>${h(v)}</dd>`);
  out.push('</dl>', '<table>', '<caption>Input files and their SHA-256 fingerprints</caption>');
  out.push(`<thead><tr>${cols(['Input file', 'Rows', 'SHA-256'])}</tr></thead>`, '<tbody>');
  for (const i of f.inputs) out.push(`<tr><th scope="row">${h(i.path)}</th>${num(i.rows, 'Rows')}${td('SHA-256', `<code>${h(i.sha256)}</code>`)}</tr>`);
  out.push('</tbody>', '</table>', '<table>', '<caption>Rule files and code lists, with SHA-256 fingerprints</caption>');
  out.push(`<thead><tr>${cols(['Rule file', 'SHA-256'])}</tr></thead>`, '<tbody>');
  for (const r of f.ruleFiles) out.push(`<tr><th scope="row">${h(r.path)}</th>${td('SHA-256', `<code>${h(r.sha256)}</code>`)}</tr>`);
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

/** A number cell; `label` is its column, shown beside it when narrow screens stack the table. */
function num(value: string, label?: string): string {
  return `<td class="num"${label ? ` data-label="${h(label)}"` : ''}>${h(value)}</td>`;
}

/** A cell of already-escaped markup, labelled with its column. */
function td(label: string, markup: string, cls?: string): string {
  return `<td data-label="${h(label)}"${cls ? ` class="${cls}"` : ''}>${markup}</td>`;
}

/** Rule ids become fragment ids: keep [A-Za-z0-9-], so no quoting is ever needed. */
function anchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
