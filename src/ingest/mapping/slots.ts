import { FIELD_KINDS, enumValues, type CanonicalField, type FieldKind } from '../../model/record.js';
import { normaliseHeader, type FieldSource, type ProfileMapping } from '../profile/types.js';

/** One canonical field read from one column: everything the row loop needs, resolved once per file. */
export interface FieldSlot {
  column: number;
  field: CanonicalField;
  kind: FieldKind | 'year-month';
  /** How the field is named in reasons: `reported_at`, or `reported_at (Date Reported)`. */
  label: string;
  derive: ((cell: string) => string) | undefined;
  values: ReadonlyMap<string, string> | undefined;
  allowed: readonly string[] | undefined;
}

/** An unknown (or, for some profiles, every) column kept in `extra`. */
export interface ExtraSlot {
  column: number;
  header: string;
}

export function fieldSlot(column: number, header: string, source: FieldSource, mapping: ProfileMapping): FieldSlot {
  const { field } = source;
  const kind = source.dateForm ?? FIELD_KINDS[field];
  return {
    column,
    field,
    kind,
    label: normaliseHeader(header) === field ? field : `${field} (${header.trim()})`,
    derive: source.derive,
    values: mapping.values.get(field),
    allowed: enumValues(field),
  };
}
