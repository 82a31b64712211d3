export { erfc, twoSidedP } from '../../report/stats/normal.js';
