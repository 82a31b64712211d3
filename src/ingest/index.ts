/** Ingest: export files -> canonical records or rejected rows (spec/record.md). */
export { openExport, type ExportReader } from './reader.js';
export { loadProfile, SHIPPED_PROFILES } from './profile/load-profile.js';
export type { LoadedProfile } from './profile/types.js';
export type { RowEvent } from './mapping/row-event.js';
export type { TextEncoding } from './csv/inspect-file.js';
export { parseDatetime, DATE_FORMATS, type DateFormat } from './values/datetime.js';
export { parseBoolean } from './values/boolean.js';
export { parseInteger } from './values/integer.js';
