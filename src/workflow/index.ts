/** The monthly audit workflow: exceptions, sampling, auditors' verdicts, trends, rule diffs, init. */
export { applyExceptions, defaultAsOf, loadExceptions, parseAsOf, parseExceptions, type AcceptedFinding, type ExceptionsOutcome } from '../audit/exceptions/index.js';
export { runSample, allocate, frameHash, type Allocation, type SampleOptions, type SampleResult } from './sample/index.js';
export { computeReview, reviewFormats, type ReviewResult } from './review/index.js';
export { readWorksheet, parseWorksheet, type ParsedWorksheet } from './worksheet/read-worksheet.js';
export { computeTrend, loadReports, trendFormats, type TrendResult } from './trend/index.js';
export { runDiff, diffFormats, type DiffOptions, type DiffResult } from './diff/index.js';
export { scaffold } from './init/index.js';
export { sampleSizeForMargin, twoProportionTest, weightedRate } from './stats/index.js';
