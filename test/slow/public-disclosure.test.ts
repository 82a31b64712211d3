/** `npm run test:slow`: the public-report property over many more months (FUZZ_RUNS, default 5,000). */
import { it } from 'vitest';
import { assertNothingDerivable } from '../report/disclosure/public-property.js';
import { SEED } from './fuzz/settings.js';

it('no suppressed value of a public report can be worked out (long run)', () => {
  assertNothingDerivable(Number(process.env.FUZZ_RUNS ?? 5000), SEED);
});
