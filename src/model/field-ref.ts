/** Field references in rules: canonical fields (record.md) and `extra.<header>`. */
import { CANONICAL_FIELDS, CODE_FIELDS, FIELD_KINDS, type CanonicalField, type CanonicalRecord, type FieldKind } from './record.js';

export interface FieldRef {
  name: string;
  /** `extra` fields hold text. */
  kind: FieldKind;
  /** Codes and enumerations compare case-insensitively. */
  ignoreCase: boolean;
  get: (r: CanonicalRecord) => string | number | boolean | undefined;
  /** The value as comparable text (lower-cased for codes), or undefined when empty. */
  text: (r: CanonicalRecord) => string | undefined;
  /** The value as text without case folding (for matching against a foldedSet). */
  raw: (r: CanonicalRecord) => string | undefined;
}

/**
 * A set of folded codes that also holds their upper-case spelling, so the common
 * all-lower and ALL-UPPER values match without allocating a lower-cased copy.
 */
export function foldedSet(values: Iterable<string>): ReadonlySet<string> {
  const s = new Set<string>();
  for (const v of values) {
    s.add(v.toLowerCase());
    s.add(v.toUpperCase());
  }
  return s;
}

/** Membership ignoring case against a foldedSet. */
export function hasFolded(set: ReadonlySet<string>, v: string | undefined): boolean {
  return v !== undefined && (set.has(v) || set.has(v.toLowerCase()));
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
    return { name, kind: 'text', ignoreCase: false, get, text: get, raw: get };
  }
  const key = name as CanonicalField;
  const kind = FIELD_KINDS[key];
  const ignoreCase = CODE_FIELDS.has(key);
  const get = (r: CanonicalRecord): string | number | boolean | undefined => {
    const v = r[key];
    return v === '' ? undefined : v;
  };
  let text: FieldRef['text'];
  if (kind === 'enum') {
    // Enumerations are stored lower-case by ingest (record.ts): no folding needed.
    text = (r) => r[key] as string | undefined;
  } else if (kind === 'text') {
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
  const raw: FieldRef['raw'] =
    kind === 'text' || kind === 'enum'
      ? (r) => {
          const v = r[key] as string | undefined;
          return v === '' ? undefined : v;
        }
      : text;
  return { name, kind, ignoreCase, get, text, raw };
}

export { CANONICAL_FIELDS };
