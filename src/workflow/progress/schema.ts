/** The recommendations file (spec/progress.md) as a zod schema: every key, its type and its wording. */
import { z } from 'zod';
import { isCalendarDay, isPeriod } from '../../ingest/values/calendar.js';

const text = z.string().trim().min(1);

export const recommendationSchema = z.strictObject({
  id: text,
  text,
  due: z.string().refine(isCalendarDay, { error: 'due must be a real date written YYYY-MM-DD' }),
  owner: text,
  // Required even when empty: `measured_by: []` says on purpose that no rule measures it.
  measured_by: z.array(text),
  target: z.number().min(0, { error: 'target is a rate from 0 to 1 (0.95 = 95%)' }).max(1, { error: 'target is a rate from 0 to 1 (0.95 = 95%)' }).optional(),
  actions: z.string().optional(),
});

export const recommendationsFileSchema = z.strictObject({
  source: text,
  baseline: z.string().refine(isPeriod, { error: 'baseline must be a month written YYYY-MM' }),
  recommendations: z.array(recommendationSchema).min(1),
});

/** The keys a recommendations file may hold, for "did you mean" hints. */
export const RECOMMENDATION_KEYS = [...new Set([...Object.keys(recommendationsFileSchema.shape), ...Object.keys(recommendationSchema.shape)])];

export type RecommendationsFile = z.infer<typeof recommendationsFileSchema>;
export type RecommendationEntry = z.infer<typeof recommendationSchema>;
