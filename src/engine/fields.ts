/** Field references in rules: canonical fields (record.md) and `extra.<header>`. */
import { CANONICAL_FIELDS, FIELD_KINDS, type CanonicalField, type CanonicalRecord, type FieldKind } from '../model/record.js';

/** Fields whose comparisons ignore case (record.md, "Values"). */
export const CODE_FIELDS: ReadonlySet<string> = new Set([
  'record_type',
  'status',
  'closure_code',
  'cancellation_code',
  'cancellation_authority',
  'outcome_code',
  'offence_code',
]);

export interface FieldRef {
  name: string;
  /** `extra` fields hold text. */
  kind: FieldKind;
  /** Codes and enumerations compare case-insensitively. */
  ignoreCase: boolean;
  get: (r: CanonicalRecord) => string | number | boolean | undefined;
  /** The value as comparable text (lower-cased for codes), or undefined when empty. */
  text: (r: CanonicalRecord) => string | undefined;
}

export const EXTRA_PREFIX = 'extra.';

export function isKnownField(name: string): boolean {
  if (name.startsWith(EXTRA_PREFIX)) return name.length > EXTRA_PREFIX.length;
  return Object.hasOwn(FIELD_KINDS, name);
}

export function fieldRef(name: string): FieldRef {
  if (name.startsWith(EXTRA_PREFIX)) {
    const header = name.slice(EXTRA_PREFIX.length);
    const get = (r: CanonicalRecord): string | undefined => {
      const v = r.extra.get(header);
      return v === '' ? undefined : v;
    };
    return { name, kind: 'text', ignoreCase: false, get, text: get };
  }
  const key = name as CanonicalField;
  const kind = FIELD_KINDS[key];
  const ignoreCase = CODE_FIELDS.has(name);
  const get = (r: CanonicalRecord): string | number | boolean | undefined => {
    const v = r[key];
    return v === '' ? undefined : v;
  };
  let text: FieldRef['text'];
  if (kind === 'text' || kind === 'enum') {
    text = ignoreCase
      ? (r) => {
          const v = r[key] as string | undefined;
          return v === undefined || v === '' ? undefined : v.toLowerCase();
        }
      : (r) => {
          const v = r[key] as string | undefined;
          return v === '' ? undefined : v;
        };
  } else {
    text = (r) => {
      const v = r[key];
      return v === undefined ? undefined : String(v);
    };
  }
  return { name, kind, ignoreCase, get, text };
}

export { CANONICAL_FIELDS };
