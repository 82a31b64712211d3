import type { CanonicalField } from '../../model/record.js';
import type { DateFormat } from '../values/datetime.js';

/** How one canonical field is read from a column (beyond the field's own type). */
export interface FieldSource {
  field: CanonicalField;
  /** The header as the profile names it (for messages). */
  header: string;
  /**
   * Turns the trimmed cell ('' when empty) into the raw value to type-check, or
   * '' for absent. Used for derived fields (police.uk: record_type from Crime ID).
   */
  derive?: (cell: string) => string;
  /** `year-month`: police.uk's `YYYY-MM` Month column read as the month's first day. */
  dateForm?: 'year-month';
}

/**
 * A profile in the form the reader uses: which header feeds which field, how
 * values are renamed, how dates are written. Built from a shipped profile or a
 * validated YAML file.
 */
export interface ProfileMapping {
  /** Header (trimmed, lower-cased) -> how the field is read from that column. */
  columns: ReadonlyMap<string, FieldSource[]>;
  /** Per field: source value (trimmed, lower-cased) -> value to read instead. */
  values: ReadonlyMap<CanonicalField, ReadonlyMap<string, string>>;
  dateFormat: DateFormat;
  /** Also keep mapped columns in `extra` (police.uk rules name `extra.Crime ID`). */
  keepMappedInExtra: boolean;
}

/** A profile ready to read exports with. */
export interface LoadedProfile {
  name: string;
  /** The YAML file it came from; null for shipped profiles. */
  path: string | null;
  /** SHA-256 of that file; null for shipped profiles. */
  sha256: string | null;
  /**
   * Default rule files/folders. Shipped ones are relative to the package root
   * (e.g. `rules/ncrs`); those named by a user's profile are absolute.
   */
  defaultRules: string[];
  mapping: ProfileMapping;
}

export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase();
}
