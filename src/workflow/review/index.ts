export { computeReview, type ReviewOptions } from './compute-review.js';
export { readVerdict, type Verdict, type VerdictProblem } from './verdicts.js';
export { publicResult } from './public.js';
export { offenceGroup, UNKNOWN_GROUP } from './offence-group.js';
export { reviewFormats, REVIEW_FILE_NAMES, type ReviewFormatName } from './formats/index.js';
export type { ReviewCell, ReviewDimension, ReviewProblem, ReviewResult, ReviewStratum, ReviewWorksheet } from './types.js';
