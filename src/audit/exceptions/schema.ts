/** The exceptions file (cli.md `--exceptions`): findings an auditor has accepted. */
import { z } from 'zod';
import { isCalendarDay } from '../../ingest/values/calendar.js';
import type { SchemaWords } from '../../yaml/index.js';

const text = (what: string) =>
  z.string({ error: `${what} is required` }).trim().min(1, { error: `${what} must not be empty` });

export const exceptionEntrySchema = z.strictObject({
  rule: text('rule'),
  record_id: text('record_id'),
  justification: text('justification'),
  accepted_by: text('accepted_by'),
  expires: z
    .string({ error: 'expires is required (YYYY-MM-DD)' })
    .trim()
    .refine(isCalendarDay, { error: 'expires must be a real date written YYYY-MM-DD' }),
});

const entryList = z.array(exceptionEntrySchema, { error: 'expected a list of exceptions (- rule: …)' });
const wrapped = z.strictObject({ exceptions: entryList });

/** Either a top-level list of entries, or a mapping whose `exceptions:` holds that list. */
export function exceptionsFileSchema(raw: unknown): typeof entryList | typeof wrapped {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? wrapped : entryList;
}

/** The exceptions file's keys and where they are described, for hints. */
export const EXCEPTIONS_WORDS: SchemaWords = { vocabulary: ['exceptions', ...Object.keys(exceptionEntrySchema.shape)], docs: 'docs/monthly-audit.md' };

export type RawExceptionEntry = z.infer<typeof exceptionEntrySchema>;
