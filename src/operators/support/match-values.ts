/** Compiles "field equals one of these values" for every field kind. */
import { ENUM_VALUES } from '../../model/record.js';
import type { CanonicalRecord } from '../../model/record.js';
import { foldedSet, hasFolded, type FieldRef } from '../../model/field-ref.js';
import type { CompileCtx, YamlPath } from '../types.js';

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Returns a test that is true when the field's value equals any of `values`,
 * or undefined after reporting a value that the field can never hold.
 * An empty field never matches.
 */
export function compileValueMatch(
  f: FieldRef,
  values: readonly (string | number | boolean)[],
  ignoreCase: boolean,
  ctx: CompileCtx,
  at: (i: number) => YamlPath,
): ((r: CanonicalRecord) => boolean) | undefined {
  let ok = true;
  switch (f.kind) {
    case 'boolean': {
      const wanted = new Set<boolean>();
      values.forEach((v, i) => {
        const s = String(v).trim().toLowerCase();
        if (TRUE.has(s)) wanted.add(true);
        else if (FALSE.has(s)) wanted.add(false);
        else {
          ok = false;
          ctx.problem(`${f.name} is true or false, never '${String(v)}'`, 'write true or false', at(i));
        }
      });
      if (!ok) return undefined;
      const get = f.get;
      return (r) => {
        const v = get(r);
        return v !== undefined && wanted.has(v as boolean);
      };
    }
    case 'integer': {
      const wanted = new Set<number>();
      values.forEach((v, i) => {
        const n = typeof v === 'number' ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : NaN;
        if (Number.isInteger(n)) wanted.add(n);
        else {
          ok = false;
          ctx.problem(`${f.name} holds whole numbers, never '${String(v)}'`, 'write a whole number such as 16', at(i));
        }
      });
      if (!ok) return undefined;
      const get = f.get;
      return (r) => {
        const v = get(r);
        return v !== undefined && wanted.has(v as number);
      };
    }
    case 'datetime':
      ctx.problem(`${f.name} is a date and time; it cannot be compared with a fixed value`, 'use elapsed: to compare two datetimes', at(0).slice(0, -1));
      return undefined;
    case 'enum': {
      const allowed = ENUM_VALUES[f.name as keyof typeof ENUM_VALUES];
      const wanted = new Set<string>();
      values.forEach((v, i) => {
        const s = String(v).trim().toLowerCase();
        if (allowed.includes(s)) wanted.add(s);
        else {
          ok = false;
          ctx.problem(`${f.name} is never '${String(v)}'`, `its values are ${allowed.join(', ')}`, at(i));
        }
      });
      if (!ok) return undefined;
      const text = f.text;
      return (r) => {
        const v = text(r);
        return v !== undefined && wanted.has(v);
      };
    }
    case 'text': {
      const fold = ignoreCase || f.ignoreCase;
      if (fold) {
        const wanted = foldedSet(values.map((v) => String(v).trim()));
        const raw = f.raw;
        return (r) => hasFolded(wanted, raw(r));
      }
      const wanted = new Set(values.map((v) => String(v).trim()));
      const raw = f.raw;
      if (wanted.size === 1) {
        const [only] = wanted;
        return (r) => raw(r) === only;
      }
      return (r) => {
        const v = raw(r);
        return v !== undefined && wanted.has(v);
      };
    }
  }
}
