/** The internal HTML report's own sections for rejected rows and exceptions (never in --public). */
import type { Report } from '../schema.js';
import { escapeHtml as h } from '../sanitise.js';
import { WORKLIST, andMore, fileLine } from '../wording.js';
import { exceptionLists, PAGE_LIST_LIMIT, rejectedRows, type Capped, type ExceptionItem } from '../worklist.js';

export function worklistHtml(report: Report): string {
  const rejected = rejectedRows(report, PAGE_LIST_LIMIT);
  if (!rejected) return '';
  const out = ['<section aria-labelledby="rejected-rows" class="worklist">', `<h2 id="rejected-rows">${h(WORKLIST.rejectedHeading)}</h2>`];
  if (rejected.items.length === 0) out.push(`<p>${h(WORKLIST.rejectedNone)}</p>`);
  else {
    out.push(`<p>${h(WORKLIST.rejectedIntro)}</p>`);
    out.push(table('Rejected rows: where each is and why it could not be read', ['Row', 'Reason'], rejected.items.map((r) => [fileLine(r.file, r.line), r.reason])));
    out.push(...more(rejected.more));
  }
  out.push('</section>');
  const ex = exceptionLists(report, PAGE_LIST_LIMIT);
  if (ex) {
    out.push('<section aria-labelledby="exceptions" class="worklist">', `<h2 id="exceptions">${h(WORKLIST.exceptionsHeading)}</h2>`);
    out.push(`<p>${h(`${WORKLIST.exceptionsIntro}${ex.asOf ? ` Judged as of ${ex.asOf}.` : ''}`)}</p>`);
    if (ex.accepted.items.length === 0) out.push(`<p>${h(WORKLIST.acceptedNone)}</p>`);
    else {
      const rows = ex.accepted.items.map((a) => [a.ruleId, a.recordId ?? '', a.file ? fileLine(a.file, a.line) : '', a.justification ?? '', a.acceptedBy ?? '', a.expires]);
      out.push(table('Findings accepted by an exception', ['Rule', 'Record', 'Row', 'Justification', 'Accepted by', 'Expires'], rows), ...more(ex.accepted.more));
    }
    out.push(...entries(WORKLIST.expiredHeading, ex.expired), ...entries(WORKLIST.unusedHeading, ex.unused), '</section>');
  }
  return out.join('\n');
}

function entries(heading: string, list: Capped<ExceptionItem>): string[] {
  if (list.items.length === 0) return [];
  const rows = list.items.map((e) => [e.ruleId, e.recordId ?? '', e.justification ?? '', e.acceptedBy ?? '', e.expires]);
  return [`<h3>${h(heading)}</h3>`, table(heading, ['Rule', 'Record', 'Justification', 'Accepted by', 'Expires'], rows), ...more(list.more)];
}

/** A plain table; each cell labelled with its column for narrow screens (html-style.ts). */
function table(caption: string, head: string[], rows: string[][]): string {
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => `<td data-label="${h(head[i]!)}">${h(c)}</td>`).join('')}</tr>`);
  return `<table class="worklist">\n<caption class="visually-hidden">${h(caption)}</caption>\n<thead><tr>${head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function more(n: number): string[] {
  return n > 0 ? [`<p class="legend">${h(andMore(n, WORKLIST.pageMore))}</p>`] : [];
}
