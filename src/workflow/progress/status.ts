/**
 * A recommendation's status: the first of spec/progress.md's five that holds,
 * with its reason in words. Also, for public pages, whether that status rests on
 * a figure from 1–4 records (report.md): then it is shown as "too few records".
 */
import type { ProgressRule, ProgressStatus } from './types.js';

export interface StatusInputs {
  rules: readonly ProgressRule[];
  due: string;
  /** Last day of the latest report's month. */
  lastDay: string;
  baselinePeriod: string;
  latestPeriod: string;
}

export function decideStatus(s: StatusInputs): { status: ProgressStatus; reason: string } {
  const { rules } = s;
  if (rules.length === 0) return { status: 'not measured', reason: 'no rule measures it (measured_by is empty)' };
  const unmeasured = rules.filter((r) => r.unmeasured !== null);
  if (unmeasured.length > 0) return { status: 'not measured', reason: unmeasured.map((r) => unmeasuredWords(r, s.latestPeriod)).join('; ') };
  if (rules.every((r) => r.met === true)) return { status: 'met', reason: `every rule meets its target in ${s.latestPeriod}` };
  const unmet = rules.filter((r) => r.met === false).map((r) => r.id);
  if (s.due < s.lastDay) return { status: 'overdue', reason: `due ${s.due}; ${list(unmet)} below target in ${s.latestPeriod}` };
  const better = rules.filter((r) => r.change?.direction === 'better').map((r) => r.id);
  const worse = rules.filter((r) => r.change?.direction === 'worse').map((r) => r.id);
  const since = `since the baseline (${s.baselinePeriod})`;
  if (better.length > 0 && worse.length === 0) return { status: 'improving', reason: `${list(better)} improved significantly ${since}` };
  if (worse.length > 0) return { status: 'not improving', reason: `${list(worse)} got significantly worse ${since}` };
  return { status: 'not improving', reason: `no rule improved significantly ${since}` };
}

/**
 * Whether the status would be given away by, or could change with, a figure
 * hidden in public mode (`rules` carry the public figures: met and change are
 * null where a cell is suppressed). `not measured` rests on presence alone.
 */
export function restsOnSuppressed(status: ProgressStatus, rules: readonly ProgressRule[]): boolean {
  if (status === 'not measured') return false;
  const hiddenLatest = rules.some((r) => r.latest?.suppressed === true);
  if (status === 'met') return hiddenLatest;
  // "Not met" is shown by any rule seen below its target.
  const seenUnmet = rules.some((r) => r.met === false);
  if (!seenUnmet) return true;
  if (status === 'overdue') return false;
  const hiddenChange = rules.some((r) => r.baseline !== null && r.latest !== null && (r.baseline.suppressed || r.latest.suppressed));
  if (status === 'improving') return hiddenChange;
  // Not improving: shown by a rule seen to get worse, or by every change being seen.
  return hiddenChange && !rules.some((r) => r.change?.direction === 'worse');
}

function unmeasuredWords(r: ProgressRule, period: string): string {
  switch (r.unmeasured) {
    case 'absent':
      return `${r.id} is not in the latest report (${period})`;
    case 'n/a':
      return `${r.id} applied to no records in ${period}`;
    default:
      return `${r.id} was not measured in ${period}`;
  }
}

function list(ids: string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}
