/**
 * The contract between the rule engine and everything downstream.
 * The engine returns data only: counts and findings, no prose formatting beyond
 * each finding's message (built from the rule file's message template).
 */
import type { CanonicalRecord, SourceRef } from './record.js';

export type Severity = 'error' | 'warning' | 'info';

/** A rule's verdict on one record. */
export type Verdict = 'pass' | 'fail' | 'n/a';

/**
 * A rule in plain words for the panel report (the rule file's `plain:`): the
 * records it applies to and what meeting it means, read as "94.1% of {subject}
 * {met}", e.g. subject "crimes", met "were recorded within 24 hours".
 */
export interface RulePlain {
  subject: string;
  met: string;
}

/** What the report and the CLI need to know about one loaded rule. */
export interface RuleInfo {
  id: string;
  name: string;
  severity: Severity;
  /** Minimum compliance rate (0–1), or null when the rule has none. */
  threshold: number | null;
  description: string;
  /** The standard the rule enforces, e.g. "Home Office Crime Recording Rules (formerly the Counting Rules), General Rules, Section A". */
  standard: string;
  /** Rule file (as given / relative to the package root for shipped files) and the line of the rule's `id`. */
  file: string;
  line: number;
  /**
   * The fields its applicability and condition test (rules.md "Status"), sorted;
   * undefined when not known (a rule built by hand), which never makes it `not measured`.
   */
  needs?: readonly string[];
  /** The edition (counting year, e.g. 2026/27) its file states; null or absent: none. */
  edition?: string | null;
  /** Its plain-language wording; absent: the report words it from its name. */
  plain?: RulePlain;
}

export interface RuleCounts {
  applicable: number;
  failed: number;
}

/** One (rule, record) that failed. */
export interface Finding {
  ruleId: string;
  recordId: string | null;
  file: string;
  fileIndex: number;
  line: number;
  /** Input order of the record (0-based across files), for stable sorting. */
  seq: number;
  message: string;
  /** The record's district as written (trimmed), or null. */
  district: string | null;
  recordType: string | null;
  /**
   * The record's free text (rationales), only with --include-details: reports
   * travel further than the data, so it is never attached by default.
   */
  details?: Record<string, string>;
}

export interface RuleResult {
  rule: RuleInfo;
  counts: RuleCounts;
  /** Keyed by the lower-cased district, or '(none)'. */
  byDistrict: Map<string, RuleCounts>;
  /** Keyed by record_type, or '(none)'. */
  byRecordType: Map<string, RuleCounts>;
}

export interface EngineResult {
  /** In load order. */
  rules: RuleResult[];
  /** Sorted by fileIndex, line, ruleId. */
  findings: Finding[];
}

/** Streaming evaluator: feed every kept record once, in input order, then finish. */
export interface Evaluator {
  add(record: CanonicalRecord, source: SourceRef, seq: number): void;
  finish(): EngineResult;
}
