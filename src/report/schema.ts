/**
 * The JSON report (spec/report.md), schemaVersion 1, as a zod schema: the
 * source of every other format. Required fields are the spec's; extras are ours.
 */
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const ci95 = z.tuple([z.number(), z.number()]).nullable();

export const ruleCellSchema = z.object({
  applicable: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative().nullable(),
  passed: z.number().int().nonnegative().nullable().optional(),
  rate: z.number().min(0).max(1).nullable().optional(),
  ci95: ci95.optional(),
  suppressed: z.boolean().optional(),
});

/** pass | fail | n/a | not measured (rules.md "Status"); `suppressed` only in a public report. */
export const RULE_STATUSES = ['pass', 'fail', 'n/a', 'not measured', 'suppressed'] as const;

export const ruleReportSchema = z.object({
  id: z.string(),
  name: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  /** Null only when the rule is `not measured`. */
  applicable: z.number().int().nonnegative().nullable(),
  failed: z.number().int().nonnegative().nullable(),
  passed: z.number().int().nonnegative().nullable(),
  rate: z.number().min(0).max(1).nullable(),
  ci95,
  threshold: z.number().min(0).max(1).nullable(),
  status: z.enum(RULE_STATUSES),
  // The edition (counting year) of the rule's file; null: none. Absent in reports made before editions.
  edition: z.string().nullable().optional(),
  suppressed: z.boolean().optional(),
  /** Only when `not measured`: the needed fields no input maps. */
  missingFields: z.array(z.string()).optional(),
  /** Extra, with missingFields: field -> the input header most like it. */
  closestHeaders: z.record(z.string(), z.string()).optional(),
  /** Findings accepted by exceptions; null when suppressed (public, 1–4). */
  accepted: z.number().int().nonnegative().nullable().optional(),
  // Extras: where the rule came from and what it enforces.
  description: z.string().optional(),
  /** The rule file's plain-language wording, carried so that a rendering from a saved report words it alike. */
  plain: z.object({ subject: z.string(), met: z.string() }).optional(),
  standard: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  recordId: z.string().nullable(),
  file: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  district: z.string().nullable().optional(),
  recordType: z.string().nullable().optional(),
  /** Free text from the input (rationales): only with --include-details. */
  details: z.record(z.string(), z.string()).optional(),
});

export const breakdownEntrySchema = z.object({
  key: z.string(),
  rules: z.record(z.string(), ruleCellSchema),
});

const exceptionEntrySchema = z.object({
  ruleId: z.string(),
  // Optional only so public mode (--public) can leave them out (report.md).
  recordId: z.string().optional(),
  justification: z.string().optional(),
  acceptedBy: z.string().optional(),
  expires: z.string(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('ncrs-audit'), version: z.string() }),
  generatedAt: z.string(),
  period: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  inputs: z.array(z.object({ path: z.string(), sha256, rows: z.number().int().nonnegative() })),
  profile: z.object({ name: z.string(), path: z.string().nullable(), sha256: sha256.nullable() }),
  /** The configuration file the run used, or null (optional only for reports from before it existed). */
  config: z.object({ path: z.string(), sha256 }).nullable().optional(),
  rulePack: z.object({ files: z.array(z.object({ path: z.string(), sha256, edition: z.string().nullable().optional() })) }),
  rows: z.object({
    read: z.number().int().nonnegative(),
    evaluated: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    filtered: z.number().int().nonnegative(),
  }),
  // line and reason are left out of a public report; the count stays.
  rejected: z.array(z.object({ file: z.string(), line: z.number().int().positive().optional(), reason: z.string().optional() })),
  rules: z.array(ruleReportSchema),
  findings: z.array(findingSchema).optional(),
  breakdowns: z.object({
    district: z.array(breakdownEntrySchema),
    record_type: z.array(breakdownEntrySchema),
  }),
  status: z.enum(['pass', 'fail']),
  warnings: z.array(z.string()),
  filters: z
    .object({ period: z.string().nullable(), districts: z.array(z.string()) })
    .optional(),
  public: z.boolean().optional(),
  asOf: z.string().optional(),
  exceptions: z
    .object({
      accepted: z.array(
        exceptionEntrySchema.extend({
          file: z.string().optional(),
          line: z.number().int().optional(),
          // Extras: what the accepted finding said, for the worklist's `accepted` rows.
          message: z.string().optional(),
          district: z.string().nullable().optional(),
          recordType: z.string().nullable().optional(),
        }),
      ),
      expired: z.array(exceptionEntrySchema),
      unused: z.array(exceptionEntrySchema),
    })
    .optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type RuleReport = z.infer<typeof ruleReportSchema>;
export type ReportFinding = z.infer<typeof findingSchema>;
export type BreakdownEntry = z.infer<typeof breakdownEntrySchema>;
export type RuleCell = z.infer<typeof ruleCellSchema>;
