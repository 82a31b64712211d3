/** The panel report in Markdown: plain words first, figures in tables, methods last. */
import { HIDDEN_LEGEND, buildPanelModel, hasFigures, type PanelModel, type RulePanel } from '../panel/panel-model.js';
import { textChart } from '../panel/text-chart.js';
import { GLOSSARY, NOTE_EMPTY, NOTE_LABEL, summaryPage, type SummaryPage } from '../panel/summary-page.js';
import { methodsFacts } from '../panel/methods.js';
import { editionsLine } from '../panel/compare.js';
import { escapeMarkdown as md, terminalSafe } from '../sanitise.js';
import { INTERVAL, METHODS, SEVERITY_WORDS, TOO_FEW } from '../wording.js';
import type { Formatter } from './types.js';
import { worklistMarkdown } from './worklist-markdown.js';

export const formatMarkdown: Formatter = (report, ctx) => {
  const m = buildPanelModel(report, ctx.compare);
  const out: string[] = [`# ${md(m.title)}`, '', md(m.generated), ''];
  if (m.publicMode) out.push(`> **Public version.** ${md(METHODS.suppression)}`, '');
  out.push(...summary(m), ...actions(m, summaryPage(m, report.period, ctx.panel)), ...glossary(), ...resultsTable(m), ...ruleSections(m), ...comparison(m), ...worklistMarkdown(report), ...methods(m));
  return `${trimEnd(out).join('\n')}\n`;
};

function summary(m: PanelModel): string[] {
  const out = ['## Summary', '', `**${md(m.verdict)}**`, '', md(m.overview), ''];
  return out;
}

/** Not measured, the recording rate, then each rule not met with the registrar's response. */
function actions(m: PanelModel, page: SummaryPage): string[] {
  const out: string[] = [];
  if (page.notMeasured.length > 0) {
    out.push('### Not measured', '');
    for (const r of page.notMeasured) out.push(`- **${md(r.id)} ${md(r.title)}**: ${md(r.headline)}`);
    out.push('');
  }
  if (page.recording) out.push(`**${md(page.recording)}**`, '');
  out.push('### Rules not met', '');
  if (page.notMet.length === 0) out.push('Every rule measured was met.', '');
  for (const { rule: r, note } of page.notMet) {
    out.push(`**${md(r.id)} ${md(r.title)}** (${md(SEVERITY_WORDS[r.severity])}): ${md(r.headline)}`, '');
    out.push(`> *${md(NOTE_LABEL)}:* ${md(note ?? NOTE_EMPTY)}`, '');
  }
  if (m.tooFew.length > 0) {
    out.push(`### ${md(TOO_FEW)}`, '');
    for (const r of m.tooFew) out.push(`- **${md(r.id)} ${md(r.title)}**: ${md(r.headline)}`);
    out.push('');
  }
  return out;
}

function glossary(): string[] {
  return ['### Words used', '', ...GLOSSARY.map(([term, meaning]) => `- **${md(term)}:** ${md(meaning)}`), ''];
}

function resultsTable(m: PanelModel): string[] {
  const out = ['## Results by rule', ''];
  out.push(row(['Rule', 'What it checks', 'Records checked', 'Met', 'Rate', INTERVAL, 'Audit threshold', 'Result']));
  out.push('|---|---|--:|--:|--:|--:|--:|---|');
  for (const r of [...m.national, ...m.quality]) {
    out.push(row([r.id, r.title, r.applicable, r.met, r.rateText, r.ciText, r.thresholdText, resultText(r)]));
  }
  out.push('');
  if (m.anySuppressed) out.push(md(HIDDEN_LEGEND), '');
  return out;
}

function resultText(r: RulePanel): string {
  return r.acceptedText ? `${r.statusWords} (${r.acceptedText})` : r.statusWords;
}

function ruleSections(m: PanelModel): string[] {
  const out = ['## Rule by rule', ''];
  for (const r of [...m.national, ...m.quality]) {
    out.push(`### ${md(r.id)}: ${md(r.title)}`, '', md(r.headline), '');
    // The rule file's text names fields: for the audit team, not the public.
    if (r.description && !m.publicMode) out.push(md(r.description), '');
    const facts = [`*Type:* ${md(SEVERITY_WORDS[r.severity])}`, `*Threshold:* ${md(r.thresholdText)}${r.threshold === null ? ' must meet it' : " of records (the force's audit threshold)"}`];
    if (r.standard) facts.push(`*Source:* ${md(r.standard)}`);
    facts.push(`*Result:* ${md(resultText(r))}`);
    out.push(facts.join(' · '), '');
    if (r.districts.length > 0 && hasFigures(r)) out.push(...districtTable(r));
  }
  return out;
}

function districtTable(r: RulePanel): string[] {
  const out = [`#### ${md(r.id)} by district`, ''];
  out.push(row(['District', 'Records checked', 'Met', 'Rate', INTERVAL, 'Verdict']));
  out.push('|---|--:|--:|--:|--:|---|');
  for (const d of r.districts) out.push(row([d.label, d.applicable, d.met, d.rateText, d.ciText, d.verdictWords]));
  out.push('');
  if (r.districts.some((d) => d.suppressed)) out.push(md(HIDDEN_LEGEND), '');
  out.push(...fenced(textChart(r.districts, r.threshold).map(terminalSafe)), '');
  return out;
}

function comparison(m: PanelModel): string[] {
  if (!m.comparison) return [];
  const c = m.comparison;
  const out = ['## Compared with earlier months', '', 'Compliance rate of each rule, month by month.', ''];
  out.push(row(['Rule', ...c.months, 'Change since the previous month']));
  out.push(`|---|${c.months.map(() => '--:').join('|')}|--:|`);
  for (const r of c.rows) out.push(row([r.ruleId, ...r.cells, r.change]));
  out.push('', md(c.note), '', `Rule-pack editions: ${md(editionsLine(c))}.${c.editions.some((e) => e.changed) ? ' † marks a rule that came from another edition than the month before: its change may be the rule\'s, not the force\'s.' : ''}`, '');
  return out;
}

function methods(m: PanelModel): string[] {
  const f = methodsFacts(m.methods);
  const out = ['## Methods', '', '### What was audited', ''];
  for (const [k, v] of f.facts) out.push(`- **${md(k)}:** ${md(v)}`);
  out.push('', row(['Input file', 'Rows', 'SHA-256']), '|---|--:|---|');
  for (const i of f.inputs) out.push(row([i.path, i.rows, `\`${i.sha256}\``], false));
  out.push('', row(['Rule file', 'SHA-256']), '|---|---|');
  for (const r of f.ruleFiles) out.push(row([r.path, `\`${r.sha256}\``], false));
  out.push('', '### How the figures are computed', '');
  for (const p of f.paragraphs) out.push(md(p), '');
  if (f.warnings.length > 0) {
    out.push('### Warnings', '');
    for (const w of f.warnings) out.push(`- ${md(w)}`);
    out.push('');
  }
  return out;
}

/** A table row; every cell escaped unless it is our own code span of hex. */
function row(cells: string[], escapeAll = true): string {
  return `| ${cells.map((c) => (escapeAll || !/^`[0-9a-f—]*`$/.test(c) ? md(c) : c)).join(' | ')} |`;
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fenced(lines: string[]): string[] {
  // A loop, not Math.max(...lines): spreading a long list into a call overflows the stack.
  let longest = 2;
  for (const l of lines) for (const run of l.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, ...lines, fence];
}

function trimEnd(lines: string[]): string[] {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
