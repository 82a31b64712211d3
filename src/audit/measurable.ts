/**
 * Which rules the inputs can measure (rules.md "Status"): a rule is `not
 * measured` when a field its applicability or condition tests is in no input —
 * no file has a column the profile maps to it (for `extra.<header>`, no file has
 * that header). Decided from the headers alone, before any row is judged.
 */
import type { ExportReader, LoadedProfile } from '../ingest/index.js';
import { normaliseHeader } from '../ingest/profile/types.js';
import { readHeader } from '../ingest/reader.js';
import { closestHeader } from '../ingest/mapping/closest-headers.js';
import { expectedHeaders, mappedFields } from '../ingest/mapping/mapped-fields.js';
import { EXTRA_PREFIX } from '../model/field-ref.js';
import type { RuleInfo } from '../model/engine.js';
import type { NotMeasured } from '../model/audit-run.js';

export interface InputColumns {
  /** Fields some input maps (canonical names and `extra.<header>`). */
  mapped: Set<string>;
  /** Every header of every input, trimmed, first spelling kept. */
  headers: string[];
}

export async function readInputColumns(readers: readonly ExportReader[], profile: LoadedProfile): Promise<InputColumns> {
  const mapped = new Set<string>();
  const headers: string[] = [];
  for (const reader of readers) {
    const header = await readHeader(reader.path, reader.encoding);
    if (!header) continue; // an empty file is refused when it is read
    for (const field of mappedFields(header.cells, profile.mapping)) mapped.add(field);
    for (const cell of header.cells) if (cell.trim() !== '' && !headers.includes(cell.trim())) headers.push(cell.trim());
  }
  return { mapped, headers };
}

/** Rule id -> what it misses, for every rule some needed field of which no input maps. */
export function findNotMeasured(rules: readonly RuleInfo[], columns: InputColumns, profile: LoadedProfile): Map<string, NotMeasured> {
  const out = new Map<string, NotMeasured>();
  // Hints come from columns the profile does not read: a mapped one is already in use.
  const unmapped = columns.headers.filter((h) => !profile.mapping.columns.has(normaliseHeader(h)));
  for (const rule of rules) {
    const missingFields = (rule.needs ?? []).filter((f) => !columns.mapped.has(f));
    if (missingFields.length === 0) continue;
    const closestHeaders: Record<string, string> = {};
    for (const field of missingFields) {
      const expected = field.startsWith(EXTRA_PREFIX) ? [field.slice(EXTRA_PREFIX.length)] : [field, ...expectedHeaders(profile.mapping, field)];
      const close = closestHeader(unmapped, expected);
      if (close !== undefined) closestHeaders[field] = close;
    }
    out.set(rule.id, { missingFields, closestHeaders });
  }
  return out;
}
