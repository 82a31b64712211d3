/**
 * Generators of hostile export files: random bytes, random CSV structure
 * (quotes, separators, line ends, BOM, Windows-1252 bytes, truncation) and
 * random but well-formed records. Each yields the bytes to write and, when the
 * file is well-formed, how many data rows the reader must report.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { CANONICAL_FIELDS, FIELD_KINDS, type CanonicalField } from '../../../src/model/record.js';

export interface GeneratedExport {
  bytes: Buffer;
  /** Data rows a correct reader yields (one event each), or null when the file may be broken. */
  dataRows: number | null;
}

/** Characters that break naive CSV readers, spreadsheets, terminals and HTML. */
const HOSTILE = ['"', ',', '\n', '\r', '\r\n', ' ', '\t', '=', '+', '-', '@', '|', '<', '>', '&', "'", '\u0000', '\u001b[31m', 'é', '💥', '\uFEFF', '\u2028', '\\', ';'];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));

/** A value a real export might hold for a field, well-formed or not, near October 2026 (so --period matters). */
function cellFor(field: CanonicalField | null): fc.Arbitrary<string> {
  const kind = field === null ? 'text' : FIELD_KINDS[field];
  const typed = (() => {
    switch (kind) {
      case 'datetime':
        return fc
          .tuple(fc.integer({ min: 2026, max: 2026 }), fc.integer({ min: 8, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 59 }), fc.boolean())
          .map(([y, m, d, h, mi, uk]) =>
            uk ? `${d}/${m}/${y} ${h}:${String(mi).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`,
          );
      case 'boolean':
        return fc.constantFrom('true', 'FALSE', 'y', 'No', '1', '0', 'maybe');
      case 'integer':
        return fc.oneof(fc.nat({ max: 120 }).map(String), fc.constantFrom('abc', '-1', '1.5', ' 7 '));
      case 'enum':
        return fc.constantFrom('crime', 'INCIDENT', 'n100', 'recorded', 'Cancelled', 'fish');
      default:
        return field === 'district'
          ? fc.constantFrom('Leeds', 'leeds', 'Bradford', 'Kirklees', ' Wakefield ', '=cmd|calc!A1')
          : fc.oneof(fc.stringMatching(/^[A-Z]{1,2}\d{1,4}$/), fc.constantFrom('CRIME', 'C1', 'FCR', '8N', '105A'));
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: typed }, { weight: 2, arbitrary: fc.constant('') }, { weight: 2, arbitrary: hostileText });
}

const headerArb = fc
  .tuple(
    fc.shuffledSubarray([...CANONICAL_FIELDS], { minLength: 1, maxLength: 10 }),
    fc.uniqueArray(fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'Officer Notes', 'toString')), { maxLength: 3 }),
  )
  .map(([fields, extras]) => [...fields.map((f) => ({ name: f as string, field: f as CanonicalField | null })), ...extras.map((e) => ({ name: e, field: null }))]);

const layoutArb = fc.record({
  crlf: fc.boolean(),
  bom: fc.boolean(),
  cp1252: fc.boolean(),
  trailingEol: fc.boolean(),
  blankLines: fc.array(fc.nat({ max: 30 }), { maxLength: 3 }),
});

/** Rows whose column count usually matches the header and sometimes not (rejected rows). */
function rowsArb(columns: { field: CanonicalField | null }[]): fc.Arbitrary<string[][]> {
  const exact = fc.tuple(...columns.map((c) => cellFor(c.field)));
  const ragged = fc.array(cellFor(null), { maxLength: columns.length + 2 });
  return fc.array(fc.oneof({ weight: 8, arbitrary: exact }, { weight: 1, arbitrary: ragged }), { minLength: 0, maxLength: 12 });
}

/** A reader skips a row of one empty (or all-space) cell as a blank line. */
const isBlank = (row: string[]) => row.length === 0 || (row.length === 1 && row[0]!.trim() === '');

function assemble(lines: string[], layout: Layout): Buffer {
  const eol = layout.crlf ? '\r\n' : '\n';
  const body = [...lines];
  for (const at of layout.blankLines) body.splice(Math.min(at, body.length), 0, '');
  let bytes = Buffer.from(body.join(eol) + (layout.trailingEol ? eol : ''), 'utf8');
  if (layout.cp1252) {
    // One byte that is not valid UTF-8 (é in Windows-1252), at the end of the header
    // line: the whole file is then read as Windows-1252 (record.md "Encodings").
    const at = bytes.indexOf(eol);
    const cut = at < 0 ? bytes.length : at;
    bytes = Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xe9]), bytes.subarray(cut)]);
  }
  return layout.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}
type Layout = { crlf: boolean; bom: boolean; cp1252: boolean; trailingEol: boolean; blankLines: number[] };

/** Well-formed CSV (written by csv-stringify) with hostile values: the row count is known. */
export const wellFormedExport: fc.Arbitrary<GeneratedExport> = headerArb.chain((header) =>
  fc.tuple(rowsArb(header), layoutArb).map(([rows, layout]): GeneratedExport => {
    const lines = [header.map((h) => h.name), ...rows].map((cells) => (cells.length === 0 ? '' : stringify([cells], { record_delimiter: '\n' }).replace(/\n$/, '')));
    const blankHeader = isBlank(header.map((h) => h.name));
    return { bytes: assemble(lines, layout), dataRows: blankHeader ? null : rows.filter((r) => !isBlank(r)).length };
  }),
);

/** Random structure: cells joined without quoting rules, stray quotes, cut anywhere. */
export const structureExport: fc.Arbitrary<GeneratedExport> = headerArb.chain((header) =>
  fc.tuple(rowsArb(header), layoutArb, fc.option(fc.nat(), { nil: undefined })).map(([rows, layout, cut]): GeneratedExport => {
    const lines = [header.map((h) => h.name), ...rows].map((cells) => cells.join(','));
    let bytes = assemble(lines, layout);
    if (cut !== undefined && bytes.length > 0) bytes = bytes.subarray(0, cut % bytes.length);
    return { bytes, dataRows: null };
  }),
);

/** Bytes, with a bias towards CSV-significant ones. */
export const randomBytesExport: fc.Arbitrary<GeneratedExport> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0x72, 0x65, 0x63)), { maxLength: 600 })
  .map((b) => ({ bytes: Buffer.from(b), dataRows: null }));

/** A canonical header prefix, so random bytes sometimes get past the header check. */
export const headedBytesExport: fc.Arbitrary<GeneratedExport> = randomBytesExport.map(({ bytes }) => ({
  bytes: Buffer.concat([Buffer.from('record_id,record_type,reported_at,district\n'), bytes]),
  dataRows: null,
}));
