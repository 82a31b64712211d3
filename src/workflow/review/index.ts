export { computeReview } from './compute-review.js';
export { readVerdict, type Verdict, type VerdictProblem } from './verdicts.js';
export { reviewFormats, REVIEW_FILE_NAMES, type ReviewFormatName } from './formats/index.js';
export type { ReviewCell, ReviewProblem, ReviewResult, ReviewWorksheet } from './types.js';
