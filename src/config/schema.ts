/** `ncrs-audit.config.yaml`: a force's defaults for `audit` (docs/monthly-audit.md). */
import { z } from 'zod';
import { FORMAT_NAMES } from '../report/formats/index.js';
import type { SchemaWords } from '../yaml/index.js';

const path = (what: string) => z.string({ error: `${what} must be a path` }).trim().min(1, { error: `${what} is empty` });

export const configSchema = z.strictObject({
  /** Profile name (`canonical`, `police-uk`) or a profile file, relative to the config file. */
  profile: z.string({ error: 'profile must be a profile name or a path' }).trim().min(1).optional(),
  /** Rule files or folders, relative to the config file, or `shipped:rules/...`; replaces the profile's default set. */
  rules: z.array(path('a rule path'), { error: 'rules must be a list of rule files or folders' }).min(1).optional(),
  /** Report formats written by default. */
  formats: z
    .array(z.enum(FORMAT_NAMES as [string, ...string[]], { error: `a format is one of ${FORMAT_NAMES.join(', ')}` }), {
      error: 'formats must be a list, e.g. [terminal, json, html]',
    })
    .min(1)
    .optional(),
  /** Output file or folder (relative to the config file). */
  out: path('out').optional(),
  /** Audit month, YYYY-MM. Usually given on the command line instead. */
  period: z
    .string({ error: 'period must be written YYYY-MM, in quotes' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'period must be a month written YYYY-MM' })
    .optional(),
  districts: z.array(z.string().trim().min(1), { error: 'districts must be a list of names' }).optional(),
  /** Exceptions file (relative to the config file). */
  exceptions: path('exceptions').optional(),
  public: z.boolean({ error: 'public must be true or false' }).optional(),
  include_details: z.boolean({ error: 'include_details must be true or false' }).optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;

/** The config file's keys and where they are described, for hints. */
export const CONFIG_WORDS: SchemaWords = { vocabulary: Object.keys(configSchema.shape), docs: 'docs/monthly-audit.md' };
