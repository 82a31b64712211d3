/**
 * The public API of ncrs-audit: run an audit and shape or render its report
 * without the command line.
 */
export { runAudit, type AuditOptions } from './audit/run-audit.js';
export { setupRun, type RunRequest, type RunSettings, type SetupStage, type SetupFor } from './audit/setup.js';
export { makeRecordFilter, periodBounds } from './ingest/index.js';
export { loadRuleSet } from './rules/index.js';
export { loadProfile, openExport } from './ingest/index.js';
export { buildReport } from './report/build-report.js';
export { formats, type FormatName } from './report/formats/index.js';
export { reportSchema, type Report } from './report/schema.js';
export type { CanonicalRecord, RejectedRow, SourceRef } from './model/record.js';
export type { EngineResult, Finding, RuleInfo } from './model/engine.js';
export type { AuditRun } from './model/audit-run.js';
export { KnownError, UsageError, RuleFileError, ProfileError, InputError } from './errors.js';
export * as workflow from './workflow/index.js';
