/**
 * Everything one audit produced, before it is shaped into the JSON report.
 * Built by src/audit/, turned into a Report by src/report/build-report.ts.
 */
import type { EngineResult } from './engine.js';
import type { RejectedRow } from './record.js';

export interface InputSummary {
  path: string;
  sha256: string;
  /** Data rows in this file: evaluated + rejected + filtered. */
  rows: number;
}

export interface ExceptionEntry {
  ruleId: string;
  recordId: string;
  justification: string;
  acceptedBy: string;
  /** YYYY-MM-DD; the entry holds through this day. */
  expires: string;
}

/** A rule the inputs cannot measure (rules.md "Status"). */
export interface NotMeasured {
  /** Needed fields no input maps, sorted. */
  missingFields: string[];
  /** Field -> the input header most like it, where one is close (a hint for --profile). */
  closestHeaders: Record<string, string>;
}

export interface AuditRun {
  toolVersion: string;
  generatedAt: string;
  period: string | null;
  districts: string[];
  inputs: InputSummary[];
  profile: { name: string; path: string | null; sha256: string | null };
  /** Rule files and code lists loaded, with the edition each states (null: none). */
  ruleFiles: { path: string; sha256: string; edition?: string | null }[];
  rows: { read: number; evaluated: number; rejected: number; filtered: number };
  rejected: RejectedRow[];
  engine: EngineResult;
  /** Lower-cased district -> its most frequent spelling among evaluated records. */
  districtSpelling: Map<string, string>;
  warnings: string[];
  /**
   * Present when --exceptions was given. `engine` above is already adjusted:
   * accepted findings are removed and counted as passed.
   */
  exceptions?: {
    asOf: string;
    /** One per finding accepted, with the finding's place and message (the worklist's `accepted` rows). */
    accepted: (ExceptionEntry & { file: string; line: number; message?: string; district?: string | null; recordType?: string | null })[];
    expired: ExceptionEntry[];
    unused: ExceptionEntry[];
    /** ruleId -> number of findings accepted. */
    acceptedByRule: Map<string, number>;
  };
  options: { public: boolean; includeDetails: boolean };
  /** Rule id -> what it misses, for rules that are `not measured`; absent = every rule measured. */
  notMeasured?: ReadonlyMap<string, NotMeasured>;
  /** The configuration file the run used (report.md `config`), or null. */
  config?: { path: string; sha256: string } | null;
}
