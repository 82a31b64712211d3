/** Builds the comparable key text of a record from one or more fields. */
import type { CanonicalRecord } from '../../model/record.js';
import type { FieldRef } from '../../model/field-ref.js';

/** Undefined when any part is empty: an empty value never matches anything. */
export function keyOf(refs: readonly FieldRef[]): (r: CanonicalRecord) => string | undefined {
  if (refs.length === 1) return refs[0]!.text;
  const texts = refs.map((f) => f.text);
  return (r) => {
    let out = '';
    for (let i = 0; i < texts.length; i++) {
      const v = texts[i]!(r);
      if (v === undefined) return undefined;
      out += i === 0 ? v : `\u0000${v}`;
    }
    return out;
  };
}
