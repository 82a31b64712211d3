import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../../../report/sanitise.js';
import type { TrendFormatter } from './types.js';
import { allSeries, editionChanged } from './wording.js';

const COLUMNS = ['rule', 'month', 'applicable', 'passed', 'rate', 'ci95_low', 'ci95_high', 'change', 'z', 'p_value', 'p_holm', 'significant', 'edition', 'edition_changed'];

/** Long format, one row per (rule, month), unrounded. */
export const trendCsv: TrendFormatter = (r) => {
  const rows: (string | number)[][] = [];
  for (const s of allSeries(r)) {
    r.months.forEach((m, i) => {
      const p = s.points[i];
      const c = i > 0 ? s.changes[i - 1] : null;
      rows.push([
        neutraliseCsvCell(s.id),
        neutraliseCsvCell(m.label),
        p?.applicable ?? '',
        p?.passed ?? '',
        p?.rate ?? '',
        p?.ci95?.[0] ?? '',
        p?.ci95?.[1] ?? '',
        c?.difference ?? '',
        c?.z ?? '',
        c?.pValue ?? '',
        c?.pAdjusted ?? '',
        c ? String(c.significant) : '',
        // The rule's edition that month ("before editions" for an older report); empty when not in it.
        neutraliseCsvCell(p ? (p.edition ?? 'before editions') : ''),
        String(editionChanged(s, i)),
      ]);
    });
  }
  return stringify(rows, { header: true, columns: COLUMNS, record_delimiter: '\n' });
};
