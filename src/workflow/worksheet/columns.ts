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

export const VERDICT_COLUMNS = ['should_be_crime', 'recorded_correctly', 'auditor', 'notes'] as const;

export const WORKSHEET_COLUMNS = [...ID_COLUMNS, ...VERDICT_COLUMNS] as const;

export type WorksheetColumn = (typeof WORKSHEET_COLUMNS)[number];

/** The first line of every worksheet, so `review` can tell one from any CSV. */
export const WORKSHEET_MAGIC = 'ncrs-audit worksheet';
export const WORKSHEET_FORMAT = 1;
