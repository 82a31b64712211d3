import type { ExceptionEntry } from '../../model/audit-run.js';
import type { EngineResult, Finding, RuleCounts, RuleResult } from '../../model/engine.js';

/** An accepted finding: the entry, where the record is, and what the finding said (for the worklist). */
export interface AcceptedFinding extends ExceptionEntry {
  file: string;
  line: number;
  message: string;
  district: string | null;
  recordType: string | null;
}

export interface ExceptionsOutcome {
  /** The engine result with accepted findings removed and counted as passed. */
  engine: EngineResult;
  /** One per finding accepted, in findings order. */
  accepted: AcceptedFinding[];
  /** Entries whose `expires` day is before asOf: they accept nothing. */
  expired: ExceptionEntry[];
  /** Entries in force that matched no finding. */
  unused: ExceptionEntry[];
  /** ruleId -> findings accepted. */
  acceptedByRule: Map<string, number>;
}

/**
 * Applies accepted findings (report.md, `--exceptions`): an entry holds through
 * its `expires` day (judged against `asOf`, YYYY-MM-DD), matches findings by rule
 * id and exact record id, and each finding it matches counts as passed. Pure.
 */
export function applyExceptions(engine: EngineResult, entries: readonly ExceptionEntry[], asOf: string): ExceptionsOutcome {
  const expired: ExceptionEntry[] = [];
  const active = new Map<string, { entry: ExceptionEntry; index: number; used: boolean }[]>();
  for (const [index, raw] of entries.entries()) {
    const entry = plain(raw);
    // YYYY-MM-DD strings order like the days they name.
    if (entry.expires < asOf) {
      expired.push(entry);
      continue;
    }
    const key = matchKey(entry.ruleId, entry.recordId);
    const list = active.get(key) ?? [];
    list.push({ entry, index, used: false });
    active.set(key, list);
  }

  const accepted: AcceptedFinding[] = [];
  const acceptedByRule = new Map<string, number>();
  const removed: Finding[] = [];
  const findings: Finding[] = [];
  for (const finding of engine.findings) {
    const matches = finding.recordId === null ? undefined : active.get(matchKey(finding.ruleId, finding.recordId));
    if (!matches) {
      findings.push(finding);
      continue;
    }
    for (const m of matches) m.used = true;
    const { file, line, message, district, recordType } = finding;
    accepted.push({ ...matches[0]!.entry, file, line, message, district, recordType });
    acceptedByRule.set(finding.ruleId, (acceptedByRule.get(finding.ruleId) ?? 0) + 1);
    removed.push(finding);
  }

  const unused = [...active.values()]
    .flat()
    .filter((m) => !m.used)
    .sort((a, b) => a.index - b.index)
    .map((m) => m.entry);

  return {
    engine: { rules: engine.rules.map((r) => adjustRule(r, removed)), findings },
    accepted,
    expired,
    unused,
    acceptedByRule,
  };
}

function adjustRule(result: RuleResult, removed: Finding[]): RuleResult {
  const mine = removed.filter((f) => f.ruleId === result.rule.id);
  if (mine.length === 0) return result;
  const byDistrict = cloneCounts(result.byDistrict);
  const byRecordType = cloneCounts(result.byRecordType);
  for (const f of mine) {
    decrement(byDistrict, f.district === null ? '(none)' : f.district.toLowerCase());
    decrement(byRecordType, f.recordType ?? '(none)');
  }
  return {
    rule: result.rule,
    counts: { applicable: result.counts.applicable, failed: result.counts.failed - mine.length },
    byDistrict,
    byRecordType,
  };
}

function cloneCounts(map: Map<string, RuleCounts>): Map<string, RuleCounts> {
  return new Map([...map].map(([k, v]) => [k, { ...v }]));
}

function decrement(map: Map<string, RuleCounts>, key: string): void {
  const cell = map.get(key);
  if (cell && cell.failed > 0) cell.failed -= 1;
}

function matchKey(ruleId: string, recordId: string): string {
  return `${ruleId}\u0000${recordId}`;
}

/** Only the contract's fields: callers may pass richer objects. */
function plain(e: ExceptionEntry): ExceptionEntry {
  return { ruleId: e.ruleId, recordId: e.recordId, justification: e.justification, acceptedBy: e.acceptedBy, expires: e.expires };
}
