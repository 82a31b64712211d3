import { basename } from 'node:path';
import { escapeMarkdown as md } from '../../../report/sanitise.js';
import type { ProgressRecommendation, ProgressResult } from '../types.js';
import type { ProgressFormatter } from './types.js';
import * as w from './wording.js';

/** The first table a panel member can read alone, then one section per recommendation. */
export const progressMarkdown: ProgressFormatter = (r) => {
  const out = [`# ${md(w.title(r))}`, '', md(w.periodsLine(r)), '', md(w.madeLine(r)), ''];
  const notice = w.baselineNotice(r);
  if (notice) out.push(`> ${md(notice)}`, '');
  if (r.public) out.push(`> **Public version.** ${md(w.PUBLIC_NOTICE)}`, '');
  out.push('| Id | Recommendation | Owner | Due | Status | Latest against target |', '|---|---|---|---|---|---|');
  for (const rec of r.recommendations) {
    const cells = [rec.id, w.shortText(rec.text, w.SHORT), rec.owner, rec.due, w.statusText(rec.status)].map(md);
    out.push(`| ${cells.join(' | ')} | ${w.latestCell(rec).map(md).join('<br>')} |`);
  }
  out.push('', md(w.countsLine(r)), '', '**What the statuses mean** (the first that holds):', '');
  for (const [status, words] of w.statusMeanings(r)) out.push(`- **${md(status)}**: ${md(words)}`);
  for (const rec of r.recommendations) out.push('', ...section(rec, r));
  out.push('', '## Method', '');
  for (const p of w.methodsParagraphs(r)) out.push(md(p), '');
  return `${out.join('\n').trimEnd()}\n`;
};

function section(rec: ProgressRecommendation, r: ProgressResult): string[] {
  const out = [`## ${md(rec.id)}: ${md(w.shortText(rec.text))}`, '', `> ${md(rec.text)}`, ''];
  out.push(`**Status: ${md(w.statusText(rec.status))}**: ${md(rec.reason)}. Owner: ${md(rec.owner)}. Due: ${rec.due}.`, '');
  if (rec.rules.length > 0) {
    out.push(`| Rule | Baseline (${r.baseline.period}) | Latest (${r.latest.period}) | Change | Significance | Target | Result |`, '|---|---:|---:|---:|---|---|---|');
    for (const rule of rec.rules) {
      const edition = w.editionText(rule);
      const cells = [
        `${rule.id}${edition ? ` (${edition})` : ''}`,
        w.pointWithInterval(rule.baseline),
        w.pointWithInterval(rule.latest),
        w.changeText(rule, r),
        w.significanceText(rule),
        w.targetText(rule),
        w.metText(rule),
      ];
      out.push(`| ${cells.map(md).join(' | ')} |`);
    }
    out.push('', `Month by month (${md(w.FEWER_THAN_5)}: not published):`, '');
    out.push(`| Rule | ${r.months.map((m) => md(m.label)).join(' | ')} |`, `|---|${r.months.map(() => '---:').join('|')}|`);
    for (const rule of rec.rules) {
      out.push(`| ${md(rule.id)} | ${r.months.map((_, i) => md(w.monthText(rule.series, i))).join(' | ')} |`);
    }
    out.push('');
  }
  out.push('### Actions', '', md(w.actionsText(rec)), '', '### Sources', '');
  // File names without their folders: the page travels (the JSON keeps the paths).
  out.push(`- Recommendation: ${md(r.source)} (${md(basename(r.file))})`);
  out.push(`- Figures: ${md(basename(r.baseline.source))} (baseline) and ${md(basename(r.latest.source))} (latest)`);
  for (const rule of rec.rules) {
    const where = [rule.standard, rule.definedIn].filter((x): x is string => !!x).join('; ');
    if (where) out.push(`- ${md(rule.id)}: ${md(where)}`);
  }
  return out;
}
