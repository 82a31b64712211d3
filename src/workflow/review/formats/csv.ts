import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../../../report/sanitise.js';
import type { ReviewCell } from '../types.js';
import type { ReviewFormatter } from './types.js';

const COLUMNS = ['kind', 'key', 'should_be_crime', 'recorded', 'rate', 'ci95_low', 'ci95_high', 'effective_n', 'weighted', 'file', 'line', 'message'];

/** One table: the overall and per-district rates (unrounded), then every problem row. */
export const reviewCsv: ReviewFormatter = (r) => {
  const rows: (string | number)[][] = [cellRow('overall', r.overall), ...r.districts.map((d) => cellRow('district', d))];
  for (const p of r.problems) rows.push([`problem:${p.kind}`, p.column, '', '', '', '', '', '', '', p.file, p.line, p.message]);
  return stringify(
    rows.map((row) => row.map((v) => (typeof v === 'string' ? neutraliseCsvCell(v) : v))),
    { header: true, columns: COLUMNS, record_delimiter: '\n' },
  );
};

function cellRow(kind: string, c: ReviewCell): (string | number)[] {
  return [kind, c.key, c.shouldBeCrime, c.recorded, c.rate ?? '', c.ci95?.[0] ?? '', c.ci95?.[1] ?? '', c.effectiveN, c.weighted ? 'true' : 'false', '', '', ''];
}
