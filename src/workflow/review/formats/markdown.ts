import { textChart } from '../../../report/panel/text-chart.js';
import { escapeMarkdown as md } from '../../../report/sanitise.js';
import type { ReviewCell, ReviewResult } from '../types.js';
import type { ReviewFormatter } from './types.js';
import { basename } from 'node:path';
import {
  CELL_HEADINGS,
  DIMENSION_WORDS,
  cellCells,
  chartRow,
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

export const reviewMarkdown: ReviewFormatter = (r) => {
  const out = [`# ${md(title(r))}`, '', md(monthLine(r)), '', md(madeLine(r)), '', `**${md(headline(r))}**`, ''];
  const interval = intervalLine(r);
  if (interval) out.push(md(interval), '');
  out.push(md(factsLine(r)), '');
  for (const line of extraLines(r)) out.push(`- ${md(line)}`);
  if (extraLines(r).length > 0) out.push('');
  const strata = strataShown(r);
  if (strata) out.push(...domainSection('Stratum', strata, r.overall));
  for (const b of r.by) out.push(...domainSection(DIMENSION_WORDS[b.dimension], b.domains, r.overall));
  const notes = strataNotes(r);
  if (notes.length > 0) out.push('## Strata', '', ...notes.map((n) => `- ${md(n)}`), '');
  out.push('## Methods', '', ...methodsParagraphs(r).flatMap((p) => [md(p), '']));
  out.push(...worksheetTable(r));
  if (r.problemCount > 0) {
    out.push('', `## ${md(problemsHeading(r))}`, '');
    if (r.problems.length > 0) {
      const { listed, more } = problemsListed(r);
      out.push('| Where | Problem |', '|---|---|');
      for (const p of listed) out.push(`| ${md(problemWhere(p))} | ${md(p.message)} |`);
      if (more) out.push('', md(more));
    } else out.push('Not listed in a public report; run `review` without `--public` to see them.');
  }
  return `${out.join('\n')}\n`;
};

function domainSection(title: string, domains: ReviewCell[], overall: ReviewCell): string[] {
  const out = [`## By ${title.charAt(0).toLowerCase()}${title.slice(1)}`, '', `| ${title} | ${CELL_HEADINGS.join(' | ')} |`, `|---|${CELL_HEADINGS.map(() => '---:').join('|')}|`];
  for (const d of domains) out.push(`| ${md(d.key)} | ${cellCells(d).map(md).join(' | ')} |`);
  out.push(`| **All** | ${cellCells(overall).map(md).join(' | ')} |`, '');
  // The chart is monospace text: a fenced block keeps it aligned (labels are not Markdown there).
  out.push('```text', ...textChart([...domains, overall].map(chartRow), null).map((l) => l.replace(/`/g, "'")), '```', '');
  return out;
}

function worksheetTable(r: ReviewResult): string[] {
  const out = ['## Worksheets', '', '| Worksheet | Frame SHA-256 | Seed | Allocation | Rows |', '|---|---|---:|---|---:|'];
  for (const w of r.worksheets) {
    out.push(`| ${md(basename(w.path))} | \`${w.frameSha256}\`${w.frameVerified ? ' (verified)' : ''} | ${w.seed} | ${w.allocation} | ${w.rows} |`);
  }
  return out;
}
