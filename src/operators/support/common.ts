/** Small helpers shared by operator modules. */
import { z } from 'zod';
import type { CanonicalRecord } from '../../model/record.js';
import type { LocalNode } from '../../model/condition.js';

export const fieldName = z.string({ error: 'expected a field name' }).min(1);
export const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: 'expected a single value (text, number, true or false)',
});
export const number = z.number({ error: 'expected a number' }).finite();

export function local(
  test: (r: CanonicalRecord) => boolean,
  explain?: LocalNode['explain'],
): LocalNode {
  return explain ? { kind: 'local', test, explain } : { kind: 'local', test };
}

export const UNITS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
export const unit = z.enum(['minutes', 'hours', 'days'], { error: 'unit must be minutes, hours or days' });

/**
 * "31h 10m", "24h 0m 1s", "-45m": a duration in words short enough for a
 * finding, and exact: never rounded, so a failure by one second never reads as
 * the limit itself ("1d 0h 0m" for 24 hours and 1 second looked like a pass).
 * Hours, not days, so it compares at a glance with limits written in hours.
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const parts: string[] = [];
  if (h) parts.push(`${h}h`);
  parts.push(`${m}m`);
  // Seconds (and a fraction) only when there are any: record times are mostly whole minutes.
  if (rest > 0) parts.push(`${Number((rest / 1000).toFixed(3))}s`);
  return sign + parts.join(' ');
}

/** Number comparisons shared by `compare` and `elapsed`. */
export const comparisonShape = {
  less_than: number.optional(),
  at_most: number.optional(),
  greater_than: number.optional(),
  at_least: number.optional(),
};
export type Comparison = { less_than?: number; at_most?: number; greater_than?: number; at_least?: number };

export function hasComparison(c: Comparison): boolean {
  return c.less_than !== undefined || c.at_most !== undefined || c.greater_than !== undefined || c.at_least !== undefined;
}

/** Builds `(x) => boolean` for the bounds given, scaled by `scale`. */
export function comparator(c: Comparison, scale = 1): (x: number) => boolean {
  const lt = c.less_than === undefined ? Infinity : c.less_than * scale;
  const le = c.at_most === undefined ? Infinity : c.at_most * scale;
  const gt = c.greater_than === undefined ? -Infinity : c.greater_than * scale;
  const ge = c.at_least === undefined ? -Infinity : c.at_least * scale;
  return (x) => x < lt && x <= le && x > gt && x >= ge;
}

export function describeComparison(c: Comparison, suffix = ''): string {
  const parts: string[] = [];
  if (c.less_than !== undefined) parts.push(`< ${c.less_than}${suffix}`);
  if (c.at_most !== undefined) parts.push(`<= ${c.at_most}${suffix}`);
  if (c.greater_than !== undefined) parts.push(`> ${c.greater_than}${suffix}`);
  if (c.at_least !== undefined) parts.push(`>= ${c.at_least}${suffix}`);
  return parts.join(' and ');
}

export function fieldList(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}
