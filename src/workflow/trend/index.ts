export { computeTrend } from './compute-trend.js';
export { loadReports } from '../../report/load-reports.js';
export { trendFormats, TREND_FILE_NAMES, type TrendFormatName } from './formats/index.js';
export type { TrendChange, TrendMonth, TrendPoint, TrendResult, TrendSeries } from './types.js';
