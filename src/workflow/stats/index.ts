export { sampleSizeForCrimes, sampleSizeForMargin, type SampleSizePlan } from './sample-size.js';
export { twoProportionTest, ALPHA, type TwoProportionTest } from './two-proportion.js';
export { weightedRate, type RateEstimate } from './weighted-rate.js';
export { crimeRatio, type ClusterCount, type RatioEstimate } from './crime-ratio.js';
export { twoSidedP } from './normal.js';
