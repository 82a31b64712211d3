import { escapeMarkdown as md } from '../../../report/sanitise.js';
import type { ReviewFormatter } from './types.js';
import { CELL_HEADINGS, cellCells, headline, methodLine, problemsHeading, rowsLine } from './wording.js';

export const reviewMarkdown: ReviewFormatter = (r) => {
  const out = ['# Crime recording rate', '', `**${md(headline(r))}**`, '', md(rowsLine(r)), ''];
  out.push(`| District | ${CELL_HEADINGS.join(' | ')} |`, `|---|${CELL_HEADINGS.map(() => '---:').join('|')}|`);
  for (const d of r.districts) out.push(`| ${md(d.key)} | ${cellCells(d).map(md).join(' | ')} |`);
  out.push(`| **All** | ${cellCells(r.overall).map(md).join(' | ')} |`, '', `_${md(methodLine(r))}_`, '');
  out.push('## Worksheets', '', '| Worksheet | Frame SHA-256 | Seed | Allocation | Rows |', '|---|---|---:|---|---:|');
  for (const w of r.worksheets) {
    out.push(`| ${md(w.path)} | \`${w.frameSha256}\`${w.frameVerified ? ' (verified)' : ''} | ${w.seed} | ${w.allocation} | ${w.rows} |`);
  }
  if (r.problems.length > 0) {
    out.push('', `## ${problemsHeading(r)}`, '', '| Where | Problem |', '|---|---|');
    for (const p of r.problems) out.push(`| ${md(`${p.file}:${p.line}`)} | ${md(p.message)} |`);
  }
  return `${out.join('\n')}\n`;
};
