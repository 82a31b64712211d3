/**
 * The fields one file's header gives records through a profile (rules.md
 * "Status"): each canonical field some column fills — directly or by derivation —
 * and `extra.<header>` for every column kept in `extra`, as bindHeader keeps them.
 */
import { normaliseHeader, type ProfileMapping } from '../profile/types.js';

export function mappedFields(header: readonly string[], mapping: ProfileMapping): Set<string> {
  const fields = new Set<string>();
  for (const raw of header) {
    const key = normaliseHeader(raw);
    const sources = mapping.columns.get(key);
    for (const source of sources ?? []) fields.add(source.field);
    if ((sources === undefined || mapping.keepMappedInExtra) && key !== '') fields.add(`extra.${raw.trim()}`);
  }
  return fields;
}

/** The headers a profile reads each canonical field from, for hints. */
export function expectedHeaders(mapping: ProfileMapping, field: string): string[] {
  const out: string[] = [];
  for (const sources of mapping.columns.values()) {
    for (const s of sources) if (s.field === field && !out.includes(s.header)) out.push(s.header);
  }
  return out;
}
