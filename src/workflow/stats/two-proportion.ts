export { ALPHA, twoProportionTest, type TwoProportionTest } from '../../report/stats/two-proportion.js';
