/**
 * Every word a report shows, in one place (publint's habit): number formats,
 * status labels and the plain-English sentences of the panel report.
 */
import { MONTHS } from './human-date.js';
import type { Report, RuleCell, RuleReport } from './schema.js';

/** What a public rendering says where a hidden count would be (report.md: never "<5"). */
export const SUPPRESSED = 'fewer than 5';
/** A hidden rate or count: its cell had fewer than 5 records on one side. */
export const NOT_PUBLISHED = 'not published';
export const NO_VALUE = '—';
/** Why a breakdown cell shows no figures: primary (1–4) or secondary (would give one away). */
export const HIDDEN_CELL = `not published (${SUPPRESSED} met or failed, or it would reveal such a number)`;
/** The heading public renderings list suppressed rules under (report.md). */
export const TOO_FEW = 'Too few records to report';
export const NONE_KEY_LABEL = '(no district recorded)';
/** The glossary's name for the Wilson interval (panel glossary): every rendering uses it, never "95% CI". */
export const INTERVAL = '95% interval';

/** Thousands separators without depending on the ICU data Node was built with; "—" for no value. */
export function count(n: number | null | undefined): string {
  if (n === null || n === undefined) return NO_VALUE;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A rate as a percentage with one decimal. Never rounds a shortfall up to 100.0%
 * or a sliver down to 0.0%: a panel member would read those as "all" and "none".
 */
export function percent(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined) return NO_VALUE;
  const text = (x * 100).toFixed(digits);
  const top = (100).toFixed(digits);
  const bottom = (0).toFixed(digits);
  if (text === top && x < 1) return `>${(100 - 10 ** -digits).toFixed(digits)}%`;
  if (text === bottom && x > 0) return `<${(10 ** -digits).toFixed(digits)}%`;
  return `${text}%`;
}

/** A threshold as written in a standard: 0.95 -> "95%", 0.975 -> "97.5%". */
export function thresholdText(t: number | null): string {
  return t === null ? 'none' : `${Number((t * 100).toFixed(2))}%`;
}

/** Interval bounds are printed plainly: ">99.9%" would read oddly as an upper bound. */
export function ciText(ci: [number, number] | null | undefined, sep = '–'): string {
  if (!ci) return NO_VALUE;
  return `${(ci[0] * 100).toFixed(1)}%${sep}${(ci[1] * 100).toFixed(1)}%`;
}

/** Rate column: "not published" for a suppressed cell (never "<5"), "—" when there is no rate. */
export function cellRate(cell: Pick<RuleCell, 'rate' | 'suppressed'>): string {
  return cell.suppressed ? NOT_PUBLISHED : percent(cell.rate);
}

export const STATUS_LABEL: Record<RuleReport['status'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'n/a': 'N/A',
  'not measured': 'NOT MEASURED',
  suppressed: 'TOO FEW TO REPORT',
};

/** The force's audit threshold (rules.md): never "the national standard" — the rules set no tolerance. */
export function thresholdName(t: number): string {
  return `the force's audit threshold of ${thresholdText(t)}`;
}

/** Status in words for the panel report; a rule without a threshold needs every record to meet it. */
export function statusWords(status: RuleReport['status'], threshold: number | null): string {
  if (status === 'not measured') return 'Not measured: a field it needs is in none of the inputs';
  if (status === 'n/a') return 'Not applicable: no records to check';
  if (status === 'suppressed') return TOO_FEW;
  if (threshold === null) return status === 'pass' ? 'Met by every record' : 'Not met by every record';
  return status === 'pass' ? 'Meets the audit threshold' : 'Below the audit threshold';
}

/** A district's result in a panel table. */
export function districtWords(suppressed: boolean, rate: number | null, threshold: number | null): string {
  if (suppressed) return HIDDEN_CELL.charAt(0).toUpperCase() + HIDDEN_CELL.slice(1);
  if (rate === null) return NO_VALUE;
  if (threshold === null) return rate === 1 ? 'Met by every record' : 'Not met by every record';
  return rate < threshold ? 'Below the audit threshold' : 'Meets the audit threshold';
}

export const SEVERITY_WORDS: Record<RuleReport['severity'], string> = {
  error: 'recording rule (decides the audit)',
  warning: 'data quality check',
  info: 'for information',
};

/**
 * Why a rule is not measured, and what to do: "needs recorded_at, status, which
 * no input maps (closest header: 'Date Recorded' for recorded_at); map the
 * export's columns with --profile".
 */
export function notMeasuredHint(rule: Pick<RuleReport, 'missingFields' | 'closestHeaders'>): string {
  const fields = rule.missingFields ?? [];
  const close = Object.entries(rule.closestHeaders ?? {}).map(([field, header]) => `'${header}' for ${field}`);
  const closest = close.length > 0 ? ` (closest ${plural(close.length, 'header')}: ${close.join(', ')})` : '';
  return `needs ${fields.join(', ')}, which no input maps${closest}; map the export's columns with --profile`;
}

/** The rules a headline counts, not-measured first (they say the most about the run). */
export function ruleTally(report: Report): { notMeasured: number; published: number; notMet: number; tooFew: number; notApplicable: number } {
  const rules = report.rules;
  const notMeasured = rules.filter((r) => r.status === 'not measured').length;
  const tooFew = rules.filter((r) => r.status === 'suppressed').length;
  const notApplicable = rules.filter((r) => r.status === 'n/a').length;
  const published = rules.filter((r) => r.status === 'pass' || r.status === 'fail').length;
  const notMet = rules.filter((r) => r.status === 'fail').length;
  return { notMeasured, published, notMet, tooFew, notApplicable };
}

/**
 * The public headline (report.md): counts only published rules — "of the N rules
 * with enough records to report, M were not met; K had too few records" — after
 * the rules that were not measured.
 */
export function publicHeadline(report: Report): string {
  const t = ruleTally(report);
  const parts: string[] = [];
  if (t.notMeasured > 0) parts.push(`${t.notMeasured} ${plural(t.notMeasured, 'rule was', 'rules were')} not measured (a field ${plural(t.notMeasured, 'it needs', 'they need')} is in none of the inputs)`);
  parts.push(`of the ${t.published} ${plural(t.published, 'rule')} with enough records to report, ${t.notMet} ${plural(t.notMet, 'was', 'were')} not met`);
  parts.push(`${t.tooFew} had too few records to report`);
  if (report.rows.evaluated === 0) parts.unshift('no record was evaluated');
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function auditVerdict(report: Report): string {
  if (report.public) return publicHeadline(report);
  const errors = report.rules.filter((r) => r.severity === 'error');
  const notMeasured = errors.filter((r) => r.status === 'not measured').length;
  const failing = errors.filter((r) => r.status === 'fail').length;
  const reasons: string[] = [];
  if (notMeasured > 0) reasons.push(`${notMeasured} error ${plural(notMeasured, 'rule')} not measured (try --profile)`);
  if (failing > 0) reasons.push(`${failing} error ${plural(failing, 'rule')} failed`);
  if (report.rows.rejected > 0) reasons.push(`${count(report.rows.rejected)} ${plural(report.rows.rejected, 'row')} rejected`);
  if (report.rows.evaluated === 0) reasons.push('no record was evaluated (every row rejected or filtered out)');
  if (report.status === 'pass') return 'PASS: every error rule was measured and passed, and no row was rejected';
  return `FAIL: ${reasons.join(', ')}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** The month in words: "2026-10" -> "October 2026". */
export function periodWords(period: string | null): string {
  if (!period) return 'all dates in the input';
  const [y, m] = period.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const ACRONYMS = new Set(['cse', 'dq', 'ncrs', 'hocr', 'id', 'fcr', 'ddm', 'lsoa', 'n100', 'uk']);

/** "cse-flag-recorded" -> "CSE flag recorded". */
export function humanName(name: string): string {
  const words = name
    .replace(/[-_]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A rule in plain words: what was counted and what "meeting the rule" means,
 * from the rule file's `plain:` (carried in the report). A rule without it
 * falls back to its name in words.
 */
export function rulePhrase(rule: Pick<RuleReport, 'id' | 'name' | 'plain'>): { subject: string; met: string } {
  return rule.plain ?? { subject: `records checked by ${rule.id}`, met: `met the rule “${humanName(rule.name)}”` };
}

function standardClause(rule: Pick<RuleReport, 'threshold'>): string {
  return rule.threshold === null ? 'every one should' : `the force's audit threshold is ${thresholdText(rule.threshold)}`;
}

/**
 * The headline sentence of a rule, e.g. "94.1% of crimes were recorded within 24
 * hours (95% interval 93.2%–94.9%); the force's audit threshold is 95%."
 */
export function headline(rule: RuleReport): string {
  const { subject, met } = rulePhrase(rule);
  if (rule.status === 'not measured') return `Not measured: this rule ${notMeasuredHint(rule)}.`;
  if (rule.status === 'n/a') return `There were no ${subject} to check.`;
  if (rule.status === 'suppressed' || rule.suppressed) {
    // Never met or not met: the verdict would give the small number away.
    return `${count(rule.applicable)} ${subject} were checked; ${SUPPRESSED} met the rule or ${SUPPRESSED} failed it, so the result is not published.`;
  }
  return `${percent(rule.rate)} of ${subject} ${met} (${INTERVAL} ${ciText(rule.ci95)}); ${standardClause(rule)}.`;
}

export const METHODS = {
  rate: 'Each rule applies to a defined set of records (for example, every crime). The compliance rate is the number of those records that met the rule divided by the number the rule applied to. A rule that applied to no record is shown as not applicable, never as a pass. A rule that needs a field none of the input files holds is shown as not measured, and a recording rule not measured fails the audit.',
  interval:
    'The 95% interval (a confidence interval) is the Wilson score interval with z = 1.959964. It shows how far the rate could move by chance alone if the same process produced a different month of records: narrow when many records were checked, wide when few were.',
  status:
    "A rule with an audit threshold fails when its rate is below it; the threshold is the force's own choice for this audit (the counting rules set no tolerance). A rule without a threshold fails when any record failed it. Only recording rules (failed or not measured), rejected rows and an audit of no records decide the overall result; data-quality checks are reported but do not fail the audit.",
  suppression:
    'This is a public version: wherever fewer than 5 records (but at least one) met or failed a rule, the counts, rate and interval are not published, and where such a figure could be worked out from the others (by subtracting the districts shown from the total), more figures are withheld too, so that no individual can be identified. Rules with too few records are listed as such, never as met or not met. No record reference numbers, exception reasons or file folders are included.',
  suppressionLegend: '"not published": fewer than 5 records met, or fewer than 5 failed, the rule here (or the figure would let such a number be worked out), so the figures are withheld.',
  rejected:
    'Rows that could not be read (for example, an impossible date) are rejected before any rule is applied. They are counted separately and any rejected row fails the audit.',
};


/** "crimes.csv:17", or the file alone when its line is not known. */
export function fileLine(file: string, line: number | null | undefined): string {
  return line === null || line === undefined ? file : `${file}:${line}`;
}

/** The end of a list cut short: "and 2 more", with where the rest are when given. */
export function andMore(n: number, where?: string): string {
  return `and ${count(n)} more${where ? ` — ${where}` : ''}`;
}

/** The auditor's lists (terminal, CSV worklist, internal HTML and Markdown). */
export const WORKLIST = {
  nextHeading: 'What to do next:',
  rejectedHeading: 'Rejected rows',
  rejectedLead: 'Rejected rows (not audited, and each fails the audit): correct them in the export and run again',
  rejectedNone: 'None: every row was read.',
  rejectedIntro: 'These rows could not be read, so no rule was applied to them; each one fails the audit. Correct them in the export and run the audit again.',
  rejectedMore: 'every one is in the worklist',
  rulesLead: 'Rules not met, worst first (recording rules, then data-quality checks):',
  rulesMore: 'see the table above',
  worklistWhat: 'one row per failing record, rejected row and accepted finding',
  pageMore: 'see the CSV worklist',
  exceptionsHeading: 'Accepted exceptions',
  exceptionsIntro: 'Findings accepted in the exceptions file count as passed. Each entry holds through its expiry day.',
  acceptedNone: 'No finding was accepted.',
  expiredHeading: 'Expired entries (they accept nothing: renew them or let the finding stand)',
  unusedHeading: 'Unused entries (nothing matched: the record is fixed, or the id is mistyped)',
} as const;

/** "13 failing records" for a rule in the terminal's list. */
export function failingRecords(n: number | null): string {
  return n === null ? 'failing records not published' : `${count(n)} failing ${plural(n, 'record')}`;
}
