import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { FILE_LIMITS } from '../../files/limits.js';
import { readRegularFile } from '../../files/read-regular.js';
import { parseJson } from '../../read-input.js';

/** What `sample --margin --from-review` takes from an earlier review (review.md). */
export interface PlanningFigures {
  path: string;
  /** D of the earlier review; 1 when it had none (rate 0% or 100%, no crimes, or suppressed). */
  designEffect: number;
  designEffectKnown: boolean;
  /** Σx / records, unweighted: crimes per complete sampled record. */
  crimesPerRecord: number;
  crimes: number;
  records: number;
}

const reviewSchema = z.object({
  kind: z.literal('ncrs-audit-review'),
  schemaVersion: z.literal(2),
  overall: z.object({ crimes: z.number().int().nonnegative(), designEffect: z.number().positive().nullable() }),
  records: z.object({ complete: z.number().int().nonnegative() }),
});

export async function readPlanningFigures(path: string, cwd: string): Promise<PlanningFigures> {
  const read = await readRegularFile(isAbsolute(path) ? path : join(cwd, path), FILE_LIMITS.report);
  if (!read.ok) throw new InputError(read.why, path);
  const parsed = reviewSchema.safeParse(parseJson(read.bytes.toString('utf8'), path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(top level)';
    throw new InputError(`not a JSON review from this version of \`ncrs-audit review --format json\`: ${where}: ${issue.message}`, path);
  }
  const { overall, records } = parsed.data;
  if (overall.crimes === 0 || records.complete === 0) {
    throw new InputError('the review found no crimes, so it says nothing about crimes per record: plan without --from-review', path);
  }
  return {
    path,
    designEffect: overall.designEffect ?? 1,
    designEffectKnown: overall.designEffect !== null,
    crimesPerRecord: overall.crimes / records.complete,
    crimes: overall.crimes,
    records: records.complete,
  };
}
