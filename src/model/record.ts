/**
 * The canonical record (docs/record.md): every export row is mapped onto this
 * before any rule sees it. Absent values are `undefined`.
 */
export const RECORD_TYPES = ['crime', 'incident', 'n100'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const RECORD_STATUSES = ['cancelled', 'recorded'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export type FieldKind = 'text' | 'datetime' | 'boolean' | 'integer' | 'enum';

/** Every canonical field with the kind of value it holds, in spec order. */
export const FIELD_KINDS = {
  record_id: 'text',
  record_type: 'enum',
  incident_id: 'text',
  reported_at: 'datetime',
  recorded_at: 'datetime',
  closed_at: 'datetime',
  district: 'text',
  offence_code: 'text',
  crime_related: 'boolean',
  closure_code: 'text',
  closure_rationale: 'text',
  victim_id: 'text',
  victim_age: 'integer',
  status: 'enum',
  cancellation_code: 'text',
  cancelled_at: 'datetime',
  cancellation_authority: 'text',
  cancellation_rationale: 'text',
  outcome_code: 'text',
  outcome_at: 'datetime',
  flag_domestic_abuse: 'boolean',
  flag_cse: 'boolean',
  flag_hate: 'boolean',
  flag_modern_slavery: 'boolean',
} as const satisfies Record<string, FieldKind>;

export type CanonicalField = keyof typeof FIELD_KINDS;
export const CANONICAL_FIELDS = Object.keys(FIELD_KINDS) as CanonicalField[];

/** Allowed values of the enumeration fields (compared case-insensitively, stored lower-case). */
export const ENUM_VALUES: Record<'record_type' | 'status', readonly string[]> = {
  record_type: RECORD_TYPES,
  status: RECORD_STATUSES,
};

/** The values an enumeration field allows, or undefined for any other field. */
export function enumValues(field: CanonicalField): readonly string[] | undefined {
  return field === 'record_type' || field === 'status' ? ENUM_VALUES[field] : undefined;
}

/** Free-text fields whose values must never be quoted in reasons or reports by default. */
export const FREE_TEXT_FIELDS: readonly CanonicalField[] = [
  'closure_rationale',
  'cancellation_rationale',
];

/** Fields whose comparisons ignore case: codes and enumerations (record.md, "Values"). */
export const CODE_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  'record_type',
  'status',
  'closure_code',
  'cancellation_code',
  'cancellation_authority',
  'outcome_code',
  'offence_code',
]);

/** The value each kind holds; enumerations hold their own values. */
interface KindValue {
  text: string;
  /** Datetimes are real instants: milliseconds since the Unix epoch (UTC). */
  datetime: number;
  boolean: boolean;
  integer: number;
}
interface EnumValue {
  record_type: RecordType;
  status: RecordStatus;
}
type FieldValue<F extends CanonicalField> = F extends keyof EnumValue ? EnumValue[F] : KindValue[Exclude<(typeof FIELD_KINDS)[F], 'enum'>];
/** Every canonical field, optional, typed from FIELD_KINDS (the one list of fields). */
type FieldValues = { [F in CanonicalField]?: FieldValue<F> };

export interface CanonicalRecord extends FieldValues {
  /** Unknown columns, keyed by header (trimmed, case kept); values trimmed, empty cells absent. */
  extra: Map<string, string>;
}

/** Where a row came from: the physical line where it starts (header = line 1). */
export interface SourceRef {
  file: string;
  /** Position of the file among the inputs, in the order given. */
  fileIndex: number;
  line: number;
}

/** A record and its place in the input; `seq` is its position in input order (0-based, across files). */
export interface LocatedRecord {
  record: CanonicalRecord;
  source: SourceRef;
  seq: number;
}

export interface RejectedRow {
  file: string;
  line: number;
  reason: string;
}
