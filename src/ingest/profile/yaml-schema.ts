import { z } from 'zod';
import { CANONICAL_FIELDS } from '../../model/record.js';
import { DATE_FORMATS } from '../values/datetime.js';

const FIELD = z.enum(CANONICAL_FIELDS as [string, ...string[]]);
/** YAML may read `Y: true` or `1: 1` as a boolean or number; all are text to us. */
const VALUE = z.union([z.string(), z.boolean(), z.number()]).transform((v) => String(v));

/** A force's own profile (docs/profiles.md). */
export const profileFileSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, ".", "_" or "-"')
    .optional(),
  description: z.string().optional(),
  /** How dates are written: `auto` accepts ISO 8601 and UK day-first. */
  dates: z.enum(DATE_FORMATS).default('auto'),
  /** Default rule files/folders: relative to this file, or `shipped:rules/...`. */
  rules: z.array(z.string().min(1)).min(1).optional(),
  /** Export header -> canonical field. */
  columns: z.record(z.string(), FIELD).default({}),
  /** Canonical field -> (export value -> value to read instead). */
  values: z.partialRecord(FIELD, z.record(z.string(), VALUE)).default({}),
});

export type ProfileFile = z.infer<typeof profileFileSchema>;
export const PROFILE_KEYS = Object.keys(profileFileSchema.shape);
