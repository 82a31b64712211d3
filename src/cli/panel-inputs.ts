/**
 * The panel page's two extra inputs (cli.md): `--review <review.json>`, the
 * month's crime recording rate, whose month must equal --period; and `--notes
 * <file.yaml>`, the registrar's text per rule id. Both are read as every input is
 * (regular files under a size cap) and a bad one stops with its path (exit 2).
 */
import { z } from 'zod';
import { parseYamlWith } from '../config/validated-yaml.js';
import { ConfigError, InputError, UsageError } from '../errors.js';
import { FILE_LIMITS } from '../files/limits.js';
import { readInputText, readJsonInput } from '../read-input.js';
import type { RecordingRate } from '../report/formats/types.js';

const interval = z.tuple([z.number(), z.number()]).nullable();
const reviewSchema = z.object({
  kind: z.literal('ncrs-audit-review'),
  worksheets: z.array(z.object({ period: z.string().nullable() })).min(1),
  overall: z.object({ crimes: z.number(), rate: z.number().nullable(), ci95: interval, suppressed: z.literal(true).optional() }),
});

export async function loadRecordingRate(path: string, cwd: string, period: string | undefined): Promise<RecordingRate> {
  const parsed = reviewSchema.safeParse(await readJsonInput(path, cwd));
  if (!parsed.success) throw new InputError('not a review result (ncrs-audit review --format json)', path);
  const months = [...new Set(parsed.data.worksheets.map((w) => w.period))];
  if (period === undefined) throw new UsageError('--review needs --period: the review must be of the month audited');
  if (months.length !== 1 || months[0] !== period) {
    throw new UsageError(`--review ${path} is of ${months.map((m) => m ?? 'no month').join(', ')}, not of --period ${period}`);
  }
  const o = parsed.data.overall;
  return { rate: o.rate, ci95: o.ci95, crimes: o.crimes, suppressed: o.suppressed === true };
}

const notesSchema = z.record(z.string(), z.string({ error: 'the note must be text' }).trim().min(1, { error: 'the note is empty' }));

export async function loadNotes(path: string, cwd: string): Promise<Record<string, string>> {
  const text = await readInputText(path, cwd, FILE_LIMITS.report);
  const { value, problems } = parseYamlWith(text.replace(/^\uFEFF/, ''), path, notesSchema, { refusedIn: 'in a notes file', failsafe: true, words: { vocabulary: [], docs: 'docs/reports.md' } });
  if (!value) throw new ConfigError(problems);
  return value;
}
