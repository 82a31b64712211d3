/** The diff result: the source of every diff format. */
import type { DiffVerdict } from './verdict-store.js';

export interface DiffRuleSide {
  name: string;
  severity: 'error' | 'warning' | 'info';
  threshold: number | null;
  applicable: number;
  failed: number;
  rate: number | null;
  status: 'pass' | 'fail' | 'n/a';
}

export interface DiffRule {
  id: string;
  /** added / removed: in one rule set only; modified: definition or figures differ; same: nothing differs. */
  change: 'added' | 'removed' | 'modified' | 'same';
  base: DiffRuleSide | null;
  head: DiffRuleSide | null;
  /** Records failing under head that did not fail under base. */
  newlyFailing: number;
  /** Records failing under base that do not fail under head. */
  newlyPassing: number;
  /** Records moving between pass and n/a (the rule's scope changed), not listed one by one. */
  scopeChanged: number;
}

export interface DiffChange {
  ruleId: string;
  recordId: string | null;
  file: string;
  line: number;
  from: DiffVerdict;
  to: DiffVerdict;
}

export interface DiffResult {
  schemaVersion: 1;
  kind: 'ncrs-audit-diff';
  tool: { name: 'ncrs-audit'; version: string };
  inputs: { path: string; sha256: string; rows: number }[];
  filters: { period: string | null; districts: string[] };
  rows: { read: number; evaluated: number; rejected: number; filtered: number };
  base: { files: { path: string; sha256: string }[] };
  head: { files: { path: string; sha256: string }[] };
  rules: DiffRule[];
  /** Every record whose verdict moved to or from `fail`, sorted by file, line, rule. */
  changes: DiffChange[];
  /** True when any record changed verdict (what --fail-on-change gates on). */
  changed: boolean;
}
