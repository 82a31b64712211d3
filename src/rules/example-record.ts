/**
 * Example records in rule files give values as an export would (text such as
 * "2026-10-25 00:30" or "yes"); they are read with the ingest value parsers so an
 * example means exactly what the same cell in a CSV means.
 */
import { ENUM_VALUES, FIELD_KINDS, enumValues, type CanonicalField, type CanonicalRecord } from '../model/record.js';
import { parseValue } from '../ingest/values/parse-value.js';
import { EXTRA_PREFIX, isKnownField } from '../model/field-ref.js';
import { closest } from '../suggest.js';
import { CANONICAL_FIELDS } from '../model/record.js';

export interface ValueProblem {
  key: string;
  onKey: boolean;
  message: string;
  hint?: string;
}

export function exampleRecord(raw: Record<string, unknown>, problems: ValueProblem[]): CanonicalRecord {
  const rec: CanonicalRecord = { extra: new Map() };
  const out = rec as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (!isKnownField(key)) {
      const guess = closest(key, CANONICAL_FIELDS);
      problems.push({ key, onKey: true, message: `unknown field name '${key}'`, hint: guess ? `did you mean '${guess}'?` : 'use a canonical field (spec record.md) or extra.<column header>' });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      problems.push({ key, onKey: false, message: `${key} must be a single value`, hint: 'write the value as it appears in the export' });
      continue;
    }
    const text = String(value).trim();
    if (text === '') continue;
    if (key.startsWith(EXTRA_PREFIX)) {
      rec.extra.set(key.slice(EXTRA_PREFIX.length), text);
      continue;
    }
    const field = key as CanonicalField;
    const parsed = parseValue(FIELD_KINDS[field], text, 'auto', enumValues(field));
    if (parsed === undefined) {
      problems.push({ key, onKey: false, message: `${key}: '${text.slice(0, 40)}' is not ${describe(field)}`, hint: hintFor(field) });
      continue;
    }
    out[field] = parsed;
  }
  return rec;
}

function describe(field: CanonicalField): string {
  switch (FIELD_KINDS[field]) {
    case 'datetime':
      return 'a date and time';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'enum':
      return `one of ${ENUM_VALUES[field as keyof typeof ENUM_VALUES].join(', ')}`;
    default:
      return 'text';
  }
}

function hintFor(field: CanonicalField): string {
  switch (FIELD_KINDS[field]) {
    case 'datetime':
      return "write it as the export does, e.g. '2026-10-03 14:05' or '03/10/2026 14:05'";
    case 'boolean':
      return 'true/false, yes/no, y/n or 1/0';
    case 'integer':
      return 'digits only';
    default:
      return 'see spec record.md';
  }
}
