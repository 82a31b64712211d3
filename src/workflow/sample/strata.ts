import { UsageError } from '../../errors.js';
import { FIELD_KINDS, FREE_TEXT_FIELDS, type CanonicalField, type CanonicalRecord } from '../../model/record.js';

export const NONE = '(none)';

/** Fields a sample may be stratified by: coded values, never free text or datetimes. */
export function parseStrataFields(spec: string): CanonicalField[] {
  const fields = spec
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (fields.length === 0) throw new UsageError('--strata needs at least one field, e.g. district or district,record_type');
  const seen = new Set<string>();
  for (const field of fields) {
    const kind = (FIELD_KINDS as Record<string, string>)[field];
    if (kind === undefined) throw new UsageError(`--strata: '${field}' is not a canonical field (e.g. district, record_type)`);
    if (kind === 'datetime' || FREE_TEXT_FIELDS.includes(field as CanonicalField)) {
      throw new UsageError(`--strata: cannot stratify by '${field}' (a ${kind === 'datetime' ? 'datetime' : 'free-text'} field)`);
    }
    if (seen.has(field)) throw new UsageError(`--strata: '${field}' is given twice`);
    seen.add(field);
  }
  return fields as CanonicalField[];
}

/**
 * Groups records into strata: values compare case-insensitively (as breakdowns
 * do) and each stratum is labelled with its most frequent spelling.
 */
export class StrataIndex {
  private readonly byKey = new Map<string, { ordinal: number; population: number; spellings: Map<string, number> }>();

  constructor(readonly fields: readonly CanonicalField[]) {}

  /** Adds a record; returns its stratum key and its 0-based position within the stratum. */
  add(record: CanonicalRecord): { key: string; position: number } {
    const spelling = this.fields.map((f) => valueOf(record, f)).join(' / ');
    const key = spelling.toLowerCase();
    let stratum = this.byKey.get(key);
    if (!stratum) {
      stratum = { ordinal: this.byKey.size, population: 0, spellings: new Map() };
      this.byKey.set(key, stratum);
    }
    stratum.spellings.set(spelling, (stratum.spellings.get(spelling) ?? 0) + 1);
    return { key, position: stratum.population++ };
  }

  /** Strata sorted by label (case-insensitive), the order allocation and the worksheet use. */
  strata(): { key: string; label: string; population: number }[] {
    return [...this.byKey]
      .map(([key, s]) => ({ key, label: mostFrequent(s.spellings), population: s.population }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

function valueOf(record: CanonicalRecord, field: CanonicalField): string {
  const value = record[field];
  if (value === undefined || value === null) return NONE;
  return String(value).trim() || NONE;
}

function mostFrequent(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [s, c] of spellings) {
    if (c > bestCount || (c === bestCount && s < best)) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}
