/**
 * The panel's progress page: one self-contained HTML file (the shared shell: CSP,
 * no scripts, A4 print styles) opening with a table a panel member can read
 * alone, then one section per recommendation with its rules' monthly chart (the
 * `trend` chart, target drawn), the owner's actions and the sources.
 */
import { basename } from 'node:path';
import { htmlDocument } from '../../../report/formats/html-document.js';
import { escapeHtml as h } from '../../../report/sanitise.js';
import { thresholdText } from '../../../report/wording.js';
import { CHART_STYLE } from '../../trend/formats/html.js';
import { lineChartSvg, trendDomain } from '../../trend/formats/line-chart-svg.js';
import type { ProgressRecommendation, ProgressResult, PublicStatus } from '../types.js';
import type { ProgressFormatter } from './types.js';
import * as w from './wording.js';

const STYLE = `${CHART_STYLE}
blockquote { margin: .5rem 0 1rem; padding: .4rem .9rem; border-left: 4px solid #9e9e9e; background: #f5f5f5; }
.status.improving { color: #7a4a00; }
table.progress th[scope=row], table.progress td.keep, table.measures th[scope=row] { white-space: nowrap; }
svg .gap { font-size: 11px; font-style: italic; }
dl.statuses { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .9rem; }
dl.statuses dt { font-weight: 600; }
dl.statuses dd { margin: 0; }
@media print {
  section.recommendation { break-before: page; }
  table, figure, blockquote { break-inside: avoid; }
}
`;

export const progressHtml: ProgressFormatter = (r) => {
  const body = [header(r), overview(r), ...r.recommendations.map((rec) => section(rec, r)), method(r)].join('\n');
  return htmlDocument({ title: w.title(r), body, style: STYLE, generator: `ncrs-audit ${r.tool.version}` });
};

function header(r: ProgressResult): string {
  const out = ['<header>', `<h1>${h(w.title(r))}</h1>`, `<p class="meta">${h(w.periodsLine(r))} ${h(w.madeLine(r))}</p>`];
  const notice = w.baselineNotice(r);
  if (notice) out.push(`<p class="notice">${h(notice)}</p>`);
  if (r.public) out.push(`<p class="notice"><strong>Public version.</strong> ${h(w.PUBLIC_NOTICE)}</p>`);
  out.push('</header>');
  return out.join('\n');
}

function overview(r: ProgressResult): string {
  const rows = r.recommendations.map(
    (rec) =>
      `<tr><th scope="row"><a href="#${anchor(rec.id)}">${h(rec.id)}</a></th><td>${h(w.shortText(rec.text, w.SHORT))}</td><td>${h(rec.owner)}</td><td class="num">${h(rec.due)}</td><td class="keep">${badge(rec.status)}</td><td class="keep">${w.latestCell(rec).map(h).join('<br>')}</td></tr>`,
  );
  const meanings = w.statusMeanings(r).map(([s, words]) => `<dt>${h(s)}</dt><dd>${h(words)}</dd>`);
  return `<section aria-labelledby="overview">
<h2 id="overview">Recommendations at a glance</h2>
<table class="progress">
<caption>${h(`Each recommendation, its owner and due date, and where it stands in ${r.latest.period}`)}</caption>
<thead><tr>${cols(['Id', 'Recommendation', 'Owner', 'Due', 'Status', 'Latest against target'])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="facts">${h(w.countsLine(r))}</p>
<h3>What the statuses mean (the first that holds)</h3>
<dl class="statuses">${meanings.join('')}</dl>
</section>`;
}

function section(rec: ProgressRecommendation, r: ProgressResult): string {
  const id = anchor(rec.id);
  const out = [`<section class="recommendation" id="${id}" aria-labelledby="${id}-h">`, `<h2 id="${id}-h">${h(rec.id)}: ${h(w.shortText(rec.text))}</h2>`];
  out.push(`<blockquote><p>${lines(rec.text)}</p></blockquote>`);
  out.push(`<p class="facts">Owner: ${h(rec.owner)} · Due: ${h(rec.due)} · Status: ${badge(rec.status)}: ${h(rec.reason)}</p>`);
  if (rec.rules.length > 0) out.push(rulesTable(rec, r), charts(rec, r));
  else out.push('<p>No rule measures this recommendation, so the audits cannot show whether it is met; the actions below are the owner’s account.</p>');
  out.push('<h3>Actions</h3>', `<p class="actions">${lines(w.actionsText(rec))}</p>`, '<h3>Sources</h3>', `<ul>${sources(rec, r)}</ul>`, '</section>');
  return out.join('\n');
}

function rulesTable(rec: ProgressRecommendation, r: ProgressResult): string {
  const rows = rec.rules.map((rule) => {
    const edition = w.editionText(rule);
    const name = `${h(rule.id)}${edition ? `<br><small>${h(edition)}</small>` : ''}`;
    const cells = [w.pointWithInterval(rule.baseline), w.pointWithInterval(rule.latest), w.changeText(rule, r)].map(num).join('');
    return `<tr><th scope="row">${name}</th>${cells}<td>${h(w.significanceText(rule))}</td><td>${h(w.targetText(rule))}</td><td>${h(w.metText(rule))}</td></tr>`;
  });
  return `<table class="measures">
<caption>${h(`${rec.id}: each measuring rule at the baseline and now, rate with its 95% interval`)}</caption>
<thead><tr>${cols(['Rule', `Baseline (${r.baseline.period})`, `Latest (${r.latest.period})`, 'Change', 'Significance', 'Target', 'Result'])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The trend's small multiples: one chart per rule, titled above, on one scale within the recommendation. */
function charts(rec: ProgressRecommendation, r: ProgressResult): string {
  const labels = r.months.map((m) => m.label);
  const domain = trendDomain(rec.rules.map((rule) => rule.series));
  const figures = rec.rules.map((rule) => {
    const title = `${rule.id}: compliance by month, ${r.baseline.period} to ${r.latest.period}`;
    const hidden = rule.series.points.some((p) => p?.suppressed) ? ` Months with ${w.FEWER_THAN_5} records on one side are not published: a labelled gap.` : '';
    const words = `Monthly rate with its 95% interval; dashed line: the target, ${thresholdText(rule.target)}.${hidden}`;
    return `<figure><figcaption>${h(title)}<br><small>${h(words)}</small></figcaption>${lineChartSvg(rule.series, labels, title, domain)}</figure>`;
  });
  return `<div class="charts">\n${figures.join('\n')}\n</div>`;
}

function sources(rec: ProgressRecommendation, r: ProgressResult): string {
  const items = [
    // File names without their folders: the page travels (the JSON keeps the paths).
    `Recommendation: ${r.source} (${basename(r.file)})`,
    `Baseline figures: ${basename(r.baseline.source)}`,
    `Latest figures: ${basename(r.latest.source)}`,
    ...rec.rules.flatMap((rule) => {
      const where = [rule.standard, rule.definedIn].filter((x): x is string => !!x).join('; ');
      return where ? [`${rule.id}: ${where}`] : [];
    }),
  ];
  return items.map((i) => `<li>${h(i)}</li>`).join('');
}

function method(r: ProgressResult): string {
  return `<section aria-labelledby="method">
<h2 id="method">Method</h2>
${w.methodsParagraphs(r).map((p) => `<p>${h(p)}</p>`).join('\n')}
</section>`;
}

function badge(s: PublicStatus): string {
  const cls = s === 'met' ? 'pass' : s === 'overdue' || s === 'not improving' ? 'fail' : s === 'improving' ? 'improving' : 'na';
  return `<span class="status ${cls}">${h(w.statusText(s))}</span>`;
}

/** Free text as the force wrote it: its own line breaks kept (escapeHtml would show them as \x0a). */
function lines(text: string): string {
  return text.split(/\r\n?|\n/).map(h).join('<br>');
}

function cols(names: string[]): string {
  return names.map((n) => `<th scope="col">${h(n)}</th>`).join('');
}

function num(value: string): string {
  return `<td class="num">${h(value)}</td>`;
}

/** Ids become fragment ids needing no quoting: other characters spelt out as _hex_, so two ids never meet. */
function anchor(id: string): string {
  return `rec-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}
