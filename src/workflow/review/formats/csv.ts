import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../../../report/sanitise.js';
import type { ReviewCell } from '../types.js';
import type { ReviewFormatter } from './types.js';

const COLUMNS = ['kind', 'key', 'crimes', 'records', 'successes', 'rate', 'ci95_low', 'ci95_high', 'plus_minus_points', 'effective_n', 'design_effect', 'suppressed', 'file', 'line', 'message'];

/** One table: the overall rate, its domains and the recorded rates (unrounded), then every problem row. */
export const reviewCsv: ReviewFormatter = (r) => {
  const rows: (string | number)[][] = [cellRow('overall', r.overall)];
  for (const b of r.by) rows.push(...b.domains.map((d) => cellRow(b.dimension, d)));
  if (r.recorded) rows.push(cellRow('recorded', r.recorded));
  if (r.recordedWithin24h) rows.push(cellRow('recorded_within_24h', r.recordedWithin24h));
  for (const p of r.problems) rows.push([`problem:${p.kind}`, p.column, '', '', '', '', '', '', '', '', '', '', p.file, p.line, p.message]);
  return stringify(
    rows.map((row) => row.map((v) => (typeof v === 'string' ? neutraliseCsvCell(v) : v))),
    { header: true, columns: COLUMNS, record_delimiter: '\n' },
  );
};

function cellRow(kind: string, c: ReviewCell): (string | number)[] {
  return [
    kind,
    c.key,
    c.crimes,
    c.records,
    c.successes ?? '',
    c.rate ?? '',
    c.ci95?.[0] ?? '',
    c.ci95?.[1] ?? '',
    c.halfWidth ?? '',
    c.effectiveN ?? '',
    c.designEffect ?? '',
    c.suppressed ? 'true' : 'false',
    '',
    '',
    '',
  ];
}
