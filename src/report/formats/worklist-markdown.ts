/** The internal Markdown report's own sections for rejected rows and exceptions (never in --public). */
import type { Report } from '../schema.js';
import { escapeMarkdown as md } from '../sanitise.js';
import { WORKLIST, andMore, fileLine } from '../wording.js';
import { exceptionLists, PAGE_LIST_LIMIT, rejectedRows, type Capped, type ExceptionItem } from '../worklist.js';

export function worklistMarkdown(report: Report): string[] {
  const rejected = rejectedRows(report, PAGE_LIST_LIMIT);
  if (!rejected) return [];
  const out = [`## ${WORKLIST.rejectedHeading}`, ''];
  if (rejected.items.length === 0) out.push(WORKLIST.rejectedNone, '');
  else {
    out.push(md(WORKLIST.rejectedIntro), '', row(['Row', 'Reason']), '|---|---|');
    for (const r of rejected.items) out.push(row([fileLine(r.file, r.line), r.reason]));
    out.push('', ...more(rejected.more));
  }
  const ex = exceptionLists(report, PAGE_LIST_LIMIT);
  if (!ex) return out;
  out.push(`## ${WORKLIST.exceptionsHeading}`, '', md(`${WORKLIST.exceptionsIntro}${ex.asOf ? ` Judged as of ${ex.asOf}.` : ''}`), '');
  if (ex.accepted.items.length === 0) out.push(WORKLIST.acceptedNone, '');
  else {
    out.push(row(['Rule', 'Record', 'Row', 'Justification', 'Accepted by', 'Expires']), '|---|---|---|---|---|---|');
    for (const a of ex.accepted.items) out.push(row([a.ruleId, a.recordId ?? '', a.file ? fileLine(a.file, a.line) : '', a.justification ?? '', a.acceptedBy ?? '', a.expires]));
    out.push('', ...more(ex.accepted.more));
  }
  out.push(...entries(WORKLIST.expiredHeading, ex.expired), ...entries(WORKLIST.unusedHeading, ex.unused));
  return out;
}

function entries(heading: string, list: Capped<ExceptionItem>): string[] {
  if (list.items.length === 0) return [];
  const out = [`### ${md(heading)}`, '', row(['Rule', 'Record', 'Justification', 'Accepted by', 'Expires']), '|---|---|---|---|---|'];
  for (const e of list.items) out.push(row([e.ruleId, e.recordId ?? '', e.justification ?? '', e.acceptedBy ?? '', e.expires]));
  return [...out, '', ...more(list.more)];
}

function more(n: number): string[] {
  return n > 0 ? [md(andMore(n, WORKLIST.pageMore)), ''] : [];
}

function row(cells: string[]): string {
  return `| ${cells.map(md).join(' | ')} |`;
}
