/**
 * `field: X, in_list: name` — the field holds a code from a code list file
 * (case-insensitive). With `on: date_field` (or a list: the first present), a
 * code whose entry carries `from`/`until` must also be in force on that date's
 * London calendar day; with every `on` date empty the days are not checked.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import { defineOperator } from './types.js';
import { fieldList, fieldName, local } from './support/common.js';
import type { CanonicalRecord } from '../model/record.js';
import type { CodeEntry } from '../model/code-list.js';
import { foldedSet, hasFolded, type FieldRef } from '../model/field-ref.js';

const schema = z.strictObject({
  field: fieldName,
  in_list: z.string({ error: 'expected the name of a code list' }).min(1),
  on: z.union([fieldName, z.array(fieldName).min(1)], { error: 'expected a datetime field, or a list of them (the first present is used)' }).optional(),
});

/** Days in force as instants: the start of `from`'s London day, the start of `until`'s (exclusive). */
interface InForce {
  from: number;
  until: number;
  entry: CodeEntry;
}

/** The start of a London calendar day (YYYY-MM-DD) as epoch ms. */
export function londonDayStart(day: string): number {
  // Midnight always exists in London (the clocks change at 01:00 and 02:00).
  return DateTime.fromISO(day, { zone: LONDON }).toMillis();
}

const LONDON = 'Europe/London';

/** "in force from 2019-04-01", "no longer in force from 2026-04-01", or both. */
export function describeInForce(e: CodeEntry): string {
  if (e.from !== undefined && e.until !== undefined) return `in force from ${e.from}, no longer from ${e.until}`;
  if (e.from !== undefined) return `in force from ${e.from}`;
  return `no longer in force from ${e.until}`;
}

export const inList = defineOperator({
  name: 'in_list',
  keys: ['in_list'],
  args: {
    field: 'the field to test',
    on: 'optional: the datetime field (or list of them, the first present) whose London day judges dated entries (`from`/`until`)',
  },
  vars: {
    code_status: 'why the code failed: `not in the list <name>`, or the days it is in force and the date judged, e.g. `in force from 2019-04-01; outcome_at is 2018-06-01`',
  },
  summary: 'the field holds a code of a code list declared under `codelists:`; with `on:`, a dated code must also be in force on that date',
  example: 'field: outcome_code\nin_list: outcome-types\non: [outcome_at, recorded_at]',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    const list = ctx.codeList(args.in_list, ['in_list']);
    const on: FieldRef[] = [];
    let ok = true;
    fieldList(args.on ?? []).forEach((name, i) => {
      const sub = Array.isArray(args.on) ? ['on', i] : ['on'];
      // A date that only decides which entries are in force is not a field the rule needs (rules.md "Status").
      const ref = ctx.field(name, sub, 'in-force-date');
      if (!ref) return void (ok = false);
      if (ref.kind !== 'datetime') {
        ok = false;
        ctx.problem(`${name} is not a datetime`, 'on: names the datetime fields whose day judges the codes, e.g. on: [outcome_at, recorded_at]', sub);
      }
      on.push(ref);
    });
    if (!f || !list || !ok) return undefined;
    const folded = foldedSet(list.codes);
    const value = f.raw;
    const notListed = `not in the list ${list.name}`;
    const dated = new Map<string, InForce>();
    for (const e of list.entries) {
      if (e.from === undefined && e.until === undefined) continue;
      const span = { from: e.from === undefined ? -Infinity : londonDayStart(e.from), until: e.until === undefined ? Infinity : londonDayStart(e.until), entry: e };
      dated.set(e.code.toLowerCase(), span);
      dated.set(e.code.toUpperCase(), span);
    }
    if (on.length === 0 || dated.size === 0) {
      return local(
        (r) => hasFolded(folded, value(r)),
        (r, vars) => {
          if (vars.code_status === undefined && !hasFolded(folded, value(r))) vars.code_status = notListed;
        },
      );
    }
    const getters = on.map((o) => o.get as (r: CanonicalRecord) => number | undefined);
    /** The first `on` date present, and its field's name. */
    const judgedOn = (r: CanonicalRecord): [number, string] | undefined => {
      for (let i = 0; i < getters.length; i++) {
        const t = getters[i]!(r);
        if (t !== undefined) return [t, on[i]!.name];
      }
      return undefined;
    };
    const spanOf = (v: string) => dated.get(v) ?? dated.get(v.toLowerCase());
    const inForce = (span: InForce, t: number) => t >= span.from && t < span.until;
    return local(
      (r) => {
        const v = value(r);
        if (!hasFolded(folded, v)) return false;
        const span = spanOf(v!);
        if (span === undefined) return true;
        const day = judgedOn(r);
        return day === undefined || inForce(span, day[0]);
      },
      (r, vars) => {
        if (vars.code_status !== undefined) return;
        const v = value(r);
        if (!hasFolded(folded, v)) return void (vars.code_status = notListed);
        const span = spanOf(v!);
        const day = judgedOn(r);
        if (span === undefined || day === undefined || inForce(span, day[0])) return;
        const shown = DateTime.fromMillis(day[0], { zone: LONDON }).toISODate();
        vars.code_status = `${describeInForce(span.entry)}; ${day[1]} is ${shown}`;
      },
    );
  },
});
