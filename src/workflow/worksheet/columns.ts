/**
 * The audit worksheet's columns. Identification first (codes and references,
 * never free text such as rationales), then the auditor's verdict columns, empty.
 */
export const ID_COLUMNS = [
  'record_id',
  'record_type',
  'incident_id',
  'district',
  'offence_code',
  'closure_code',
  'reported_at',
  'file',
  'line',
  'stratum',
] as const;

/**
 * `crime_seq` numbers the crimes of one record when the auditor gives it one row
 * per crime (review.md); empty for a record with a single row.
 */
export const CRIME_SEQ = 'crime_seq';

export const VERDICT_COLUMNS = ['should_be_crime', 'recorded_correctly', 'auditor', 'notes'] as const;

export const WORKSHEET_COLUMNS = [...ID_COLUMNS, CRIME_SEQ, ...VERDICT_COLUMNS] as const;

/** Per-crime columns an auditor may add, under exactly these names (review.md). */
export const OPTIONAL_CRIME_COLUMNS = ['expected_offence_code', 'recorded', 'recorded_within_24h'] as const;

export type WorksheetColumn = (typeof WORKSHEET_COLUMNS)[number];

/** The first line of every worksheet, so `review` can tell one from any CSV. */
export const WORKSHEET_MAGIC = 'ncrs-audit worksheet';
export const WORKSHEET_FORMAT = 1;
