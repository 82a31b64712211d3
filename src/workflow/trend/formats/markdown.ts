import { escapeMarkdown as md } from '../../../report/sanitise.js';
import type { TrendFormatter } from './types.js';
import { allSeries, cellText, changeSentence, editionLines, legend, madeLine, significantChanges, sourceLines, trendTitle } from './wording.js';

export const trendMarkdown: TrendFormatter = (r) => {
  const out = [`# ${md(trendTitle(r))}`, '', md(madeLine(r)), ''];
  out.push(`| Rule | ${r.months.map((m) => md(m.label)).join(' | ')} |`, `|---|${r.months.map(() => '---:').join('|')}|`);
  for (const s of allSeries(r)) {
    const name = `${md(s.id)} ${md(s.name)}`;
    out.push(`| ${name} | ${r.months.map((_, i) => md(cellText(s, i))).join(' | ')} |`);
  }
  out.push('', `_${md(legend(r))}_`, '', '## Rule-pack editions', '', ...editionLines(r).map((l) => `- ${md(l)}`), '', '## Significant changes', '');
  const flagged = significantChanges(r);
  if (flagged.length === 0) out.push('None: no change between consecutive months is statistically significant.');
  for (const f of flagged) out.push(`- ${md(changeSentence(f.series, f.change))}`);
  out.push('', '## Sources', '');
  out.push(...sourceLines(r).map((l) => `- ${md(l)}`));
  return `${out.join('\n')}\n`;
};
