/** zod schemas of rule files and code lists (the shapes; conditions are checked by the operators). */
import { z } from 'zod';

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `${what} is empty` });

export const RULE_ID = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/;
const ruleId = z.string({ error: 'expected a rule id such as NCRS-001' }).regex(RULE_ID, { error: 'a rule id is letters and digits joined by -, e.g. WY-002' });

export const severity = z.enum(['error', 'warning', 'info'], { error: 'severity must be error, warning or info' });
export const threshold = z
  .number({ error: 'threshold must be a number between 0 and 1, e.g. 0.95' })
  .min(0, { error: 'threshold must be between 0 and 1 (a rate: 0.95 means 95%)' })
  .max(1, { error: 'threshold must be between 0 and 1 (a rate: 0.95 means 95%)' })
  .nullable();

const exampleList = z.array(z.unknown(), { error: 'expected a list of example records' });

/** The rule in plain words for the panel report (no field names: the public reads it). */
const plainSchema = z.strictObject(
  { subject: text('plain subject'), met: text('plain met') },
  { error: 'expected plain: with subject: (the records, e.g. crimes) and met: (e.g. were recorded within 24 hours)' },
);

export const ruleSchema = z.strictObject({
  id: ruleId,
  name: text('name'),
  severity,
  threshold: threshold.optional(),
  standard: text('standard'),
  description: text('description'),
  applies_to: z.unknown().optional(),
  require: z.unknown().refine((v) => v !== undefined && v !== null, { error: "missing 'require' (the condition a record must meet)" }),
  message: text('message'),
  plain: plainSchema.optional(),
  examples: z
    .strictObject({ pass: exampleList.optional(), fail: exampleList.optional(), not_applicable: exampleList.optional() })
    .optional(),
});
export type RawRule = z.infer<typeof ruleSchema>;

const disableEntry = z.union([ruleId, z.strictObject({ id: ruleId, reason: z.string().optional() })], {
  error: 'expected a rule id, or { id: …, reason: … }',
});

/**
 * An edition is the Home Office counting year it follows, e.g. 2026/27 (1 April
 * 2026 to 31 March 2027).
 */
export const EDITION = /^(\d{4})\/(\d{2})$/;
export const edition = z
  .string({ error: 'expected the edition as text, e.g. "2026/27"' })
  .trim()
  .refine((v) => {
    const m = EDITION.exec(v);
    return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
  }, { error: 'an edition is a counting year such as "2026/27" (the year that starts on 1 April, then the next)' });

export const ruleFileSchema = z.strictObject(
  {
    edition: edition.optional(),
    codelists: z.record(z.string(), text('code list path'), { error: 'expected name: path lines' }).optional(),
    rules: z.array(z.unknown(), { error: 'expected a list of rules (each starting with - id: …)' }).optional(),
    disable: z.array(disableEntry, { error: 'expected a list of rule ids' }).optional(),
    override: z
      .record(z.string(), z.strictObject({ severity: severity.optional(), threshold: threshold.optional() }), {
        error: 'expected rule id: { severity / threshold } lines',
      })
      .optional(),
  },
  { error: 'a rule file is a mapping with rules:, and optionally edition:, codelists:, disable:, override:' },
);
export type RawRuleFile = z.infer<typeof ruleFileSchema>;

/** Example long form; the short form is the record itself. */
export const exampleSchema = z.strictObject({
  record: z.record(z.string(), z.unknown(), { error: 'expected the record as field: value lines' }),
  before: z.array(z.record(z.string(), z.unknown())).optional(),
  after: z.array(z.record(z.string(), z.unknown())).optional(),
  note: z.string().optional(),
  message: z.string().optional(),
});

/** An ISO calendar day (YYYY-MM-DD) that exists. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const isoDay = z
  .string({ error: 'expected a day such as 2026-04-01' })
  .trim()
  .refine((v) => {
    const m = ISO_DAY.exec(v);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  }, { error: 'expected a day written YYYY-MM-DD, e.g. 2026-04-01' });

/** Code lists are read with the YAML failsafe schema, so every scalar is text ('01' stays '01'). */
const codeEntry = z.union([
  z.string().trim().min(1),
  z.looseObject({
    code: z.string().trim().min(1, { error: 'code is empty' }),
    description: z.string().optional(),
    from: isoDay.optional(),
    until: isoDay.optional(),
  }),
], { error: 'expected a code, or code: / description: / from: / until: lines' });

export const codeListSchema = z.strictObject(
  {
    name: text('name'),
    edition: edition.optional(),
    description: z.string().optional(),
    source: z.string().optional(),
    notes: z.string().optional(),
    codes: z.array(codeEntry, { error: 'expected a list of codes' }).min(1, { error: 'the code list has no codes' }),
  },
  { error: 'a code list is a mapping with name: and codes:' },
);
