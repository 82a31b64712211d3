/** What the demo month is made of: West Yorkshire districts, Home Office codes, closure words. */

/** Districts with rough shares of recorded crime. */
export const DISTRICTS: readonly (readonly [string, number])[] = [
  ['Leeds', 36],
  ['Bradford', 27],
  ['Kirklees', 17],
  ['Wakefield', 13],
  ['Calderdale', 7],
];

/** Home Office offence codes with rough shares; `sexual` marks classes 17-23 (WY-001). */
export const OFFENCES: readonly (readonly [{ code: string; sexual?: boolean; violent?: boolean }, number])[] = [
  [{ code: '105A', violent: true }, 20],
  [{ code: '8N', violent: true }, 12],
  [{ code: '49' }, 12],
  [{ code: '46' }, 10],
  [{ code: '58A' }, 6],
  [{ code: '58B' }, 3],
  [{ code: '58C' }, 5],
  [{ code: '45' }, 5],
  [{ code: '48' }, 3],
  [{ code: '28E' }, 6],
  [{ code: '30C' }, 2],
  [{ code: '34A', violent: true }, 2],
  [{ code: '9A', violent: true }, 6],
  [{ code: '17A', sexual: true }, 1],
  [{ code: '17B', sexual: true }, 0.5],
  [{ code: '20A', sexual: true }, 2],
  [{ code: '19C', sexual: true }, 1],
  [{ code: '19D', sexual: true }, 0.5],
];

/** Codes no Home Office list has (HOCR-004 failures). */
export const UNKNOWN_OFFENCES = ['105Z', '58X', '8Y', '999'];

/** Incident closure codes other than CRIME (the force's own). */
export const NON_CRIME_CLOSURES = ['NFA', 'NCR', 'ADV', 'CONCERN', 'DUP'];

export const CLOSURE_RATIONALES = [
  'Civil dispute, parties advised',
  'Property found by owner, no crime',
  'Third party report, victim states no crime occurred',
  'Believed mistaken report, CCTV reviewed',
  'Duplicate of earlier call',
  'Concern for welfare, person found safe',
  'Words only, no offence disclosed',
];

export const N100_RATIONALES = [
  'Third party report, victim spoken to and states no crime occurred',
  'Report already recorded by another force',
  'Additional verifiable information shows no crime',
];

export const CANCELLATION_CODES = ['C1', 'C2', 'C3', 'C4'];
export const CANCELLATION_RATIONALES = [
  'Transferred to another force',
  'Additional verifiable information, no crime',
  'Duplicate record',
  'Crime committed outside England and Wales',
];

/** Home Office outcome types (1-22 and 1A) with rough shares. */
export const OUTCOMES: readonly (readonly [string, number])[] = [
  ['18', 30], ['14', 18], ['16', 14], ['1', 10], ['15', 8], ['3', 3], ['8', 3],
  ['21', 2], ['22', 2], ['1A', 1], ['2', 1], ['4', 1], ['5', 1], ['6', 1], ['7', 1],
  ['9', 1], ['10', 1], ['11', 1], ['12', 1], ['13', 1], ['17', 1], ['20', 1],
];

/** Codes that are not outcome types (HOCR-005 failures). */
export const UNKNOWN_OUTCOMES = ['23', '0', '99', '1B'];
