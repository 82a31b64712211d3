/** A record's field as text for a message placeholder (never used for free text: the loader refuses those). */
import { DateTime } from 'luxon';
import type { CanonicalRecord } from '../model/record.js';
import { EXTRA_PREFIX, isKnownField } from '../model/field-ref.js';
import { FIELD_KINDS, type CanonicalField } from '../model/record.js';

export function fieldText(r: CanonicalRecord, name: string): string | undefined {
  if (name.startsWith(EXTRA_PREFIX)) return r.extra.get(name.slice(EXTRA_PREFIX.length));
  if (!isKnownField(name)) return undefined;
  const v = r[name as CanonicalField];
  if (v === undefined) return undefined;
  if (FIELD_KINDS[name as CanonicalField] === 'datetime') {
    return DateTime.fromMillis(v as number, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd HH:mm');
  }
  return String(v);
}
