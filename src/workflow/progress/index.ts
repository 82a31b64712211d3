/** `ncrs-audit progress`: recommendations tied to the rules that measure them (spec/progress.md). */
export { computeProgress, orderReports, ruleIdsOf, type LoadedReport, type ProgressOptions } from './compute-progress.js';
export { loadRecommendations, parseRecommendations, RecommendationsFileError } from './load-recommendations.js';
export { progressFormats, PROGRESS_FILE_NAMES, type ProgressFormatName } from './formats/index.js';
export type { ProgressRecommendation, ProgressResult, ProgressRule, ProgressStatus, PublicStatus } from './types.js';
