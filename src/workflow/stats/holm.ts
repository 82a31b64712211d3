// The report's comparison uses the same tests: they live in src/report/stats.
export { holmAdjust } from '../../report/stats/holm.js';
