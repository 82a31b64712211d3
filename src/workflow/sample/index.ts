export { runSample, type SampleOptions, type SampleResult } from './run-sample.js';
export { allocate, ALLOCATIONS, type Allocation } from './allocate.js';
export { frameHash, canonicalFilters } from './frame-hash.js';
export { parseStrataFields } from './strata.js';
export { choosePositions, sampleGenerator } from './select.js';
export { readPlanningFigures, type PlanningFigures } from './from-review.js';
