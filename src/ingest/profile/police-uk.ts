import type { FieldSource, LoadedProfile } from './types.js';

/** The headers of a police.uk street-level crime CSV, in published order. */
export const POLICE_UK_HEADERS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/** "Leeds 001A" -> "Leeds"; "Barking and Dagenham 010B" -> "Barking and Dagenham". */
export function districtFromLsoaName(name: string): string {
  const match = /^(.*\S)\s+\S*\d\S*$/.exec(name);
  return match ? match[1]! : name;
}

/**
 * The public police.uk street-level CSV (rules.md "A second pack for open data"):
 * rows with a Crime ID are crimes, rows without (anti-social behaviour) are
 * incidents; Month is the report date; every column is also kept in `extra`.
 */
export function policeUkProfile(): LoadedProfile {
  const columns = new Map<string, FieldSource[]>([
    [
      'crime id',
      [
        { field: 'record_id', header: 'Crime ID' },
        { field: 'record_type', header: 'Crime ID', derive: (id) => (id === '' ? 'incident' : 'crime') },
      ],
    ],
    ['month', [{ field: 'reported_at', header: 'Month', dateForm: 'year-month' }]],
    ['lsoa name', [{ field: 'district', header: 'LSOA name', derive: districtFromLsoaName }]],
  ]);
  return {
    name: 'police-uk',
    path: null,
    sha256: null,
    defaultRules: ['rules/police-uk'],
    mapping: { columns, values: new Map(), dateFormat: 'iso', keepMappedInExtra: true },
  };
}
