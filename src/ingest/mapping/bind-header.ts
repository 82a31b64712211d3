import { CANONICAL_FIELDS } from '../../model/record.js';
import { InputError } from '../../errors.js';
import { normaliseHeader, type LoadedProfile } from '../profile/types.js';
import { closestHeaders } from './closest-headers.js';
import { RowMapper } from './row-mapper.js';
import { fieldSlot, type ExtraSlot, type FieldSlot } from './slots.js';

export const MAX_HEADER_COLUMNS = 1000;

/**
 * Reads a file's header through a profile: which column feeds which field,
 * which go to `extra`. Throws InputError for the header faults record.md lists.
 */
export function bindHeader(header: readonly string[], profile: LoadedProfile, file: string, line: number): RowMapper {
  if (header.length > MAX_HEADER_COLUMNS) {
    throw new InputError(`header has ${header.length} columns; at most ${MAX_HEADER_COLUMNS} are allowed`, file, line);
  }
  const { mapping } = profile;
  const seen = new Map<string, number>();
  const fields: FieldSlot[] = [];
  const extras: ExtraSlot[] = [];
  header.forEach((raw, column) => {
    const key = normaliseHeader(raw);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new InputError(
        `duplicate header: columns ${earlier + 1} and ${column + 1} are both '${raw.trim()}' (ignoring case and spaces)`,
        file,
        line,
      );
    }
    seen.set(key, column);
    const sources = mapping.columns.get(key);
    for (const source of sources ?? []) fields.push(fieldSlot(column, raw, source, mapping));
    // A column with no header cannot be named by a rule, so it is not kept.
    if ((sources === undefined || mapping.keepMappedInExtra) && key !== '') {
      extras.push({ column, header: raw.trim() });
    }
  });
  if (fields.length === 0) throw noColumnMaps(header, profile, file, line);
  const order = (slot: FieldSlot): number => CANONICAL_FIELDS.indexOf(slot.field);
  fields.sort((a, b) => order(a) - order(b));
  return new RowMapper(header.length, fields, extras, mapping.dateFormat);
}

function noColumnMaps(header: readonly string[], profile: LoadedProfile, file: string, line: number): InputError {
  const expected = [...new Set([...profile.mapping.columns.values()].flat().map((s) => s.header))];
  const close = closestHeaders(header, expected);
  const shown = expected.slice(0, 8).join(', ') + (expected.length > 8 ? `, … (${expected.length} in all)` : '');
  return new InputError(
    `no column of the header maps to a field of profile '${profile.name}'. ` +
      `Expected headers such as: ${shown}. ` +
      (close.length > 0 ? `Closest found: ${close.join(', ')}.` : 'No header found looks like one of them.') +
      (profile.name === 'canonical' ? ' (Another export format? Try --profile.)' : ''),
    file,
    line,
  );
}
