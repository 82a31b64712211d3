/**
 * Every word a report shows, in one place (publint's habit): number formats,
 * status labels and the plain-English sentences of the panel report.
 */
import type { Report, RuleCell, RuleReport } from './schema.js';

export const SUPPRESSED = '<5';
export const NO_VALUE = '—';
export const NONE_KEY_LABEL = '(no district recorded)';

/** Thousands separators without depending on the ICU data Node was built with. */
export function count(n: number | null | undefined): string {
  if (n === null || n === undefined) return SUPPRESSED;
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

/** Rate column: "<5" for a suppressed cell, "—" when nothing applied. */
export function cellRate(cell: Pick<RuleCell, 'rate' | 'suppressed'>): string {
  return cell.suppressed ? SUPPRESSED : percent(cell.rate);
}

export const STATUS_LABEL: Record<RuleReport['status'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'n/a': 'N/A',
};

/** Status in words for the panel report; a rule without a threshold needs every record to meet it. */
export function statusWords(status: RuleReport['status'], threshold: number | null): string {
  if (status === 'n/a') return 'Not measured: no records to check';
  if (threshold === null) return status === 'pass' ? 'Met by every record' : 'Not met by every record';
  return status === 'pass' ? 'Meets the standard' : 'Below the standard';
}

/** A district's result in a panel table. */
export function districtWords(suppressed: boolean, rate: number | null, threshold: number | null): string {
  if (suppressed) return `Not published (${SUPPRESSED})`;
  if (rate === null) return NO_VALUE;
  if (threshold === null) return rate === 1 ? 'Met by every record' : 'Not met by every record';
  return rate < threshold ? 'Below the standard' : 'Meets the standard';
}

export const SEVERITY_WORDS: Record<RuleReport['severity'], string> = {
  error: 'national standard',
  warning: 'data quality check',
  info: 'for information',
};

export function auditVerdict(report: Report): string {
  const failing = report.rules.filter((r) => r.severity === 'error' && r.status === 'fail').length;
  const reasons: string[] = [];
  if (failing > 0) reasons.push(`${failing} error ${failing === 1 ? 'rule' : 'rules'} failed`);
  if (report.rows.rejected > 0) reasons.push(`${count(report.rows.rejected)} ${plural(report.rows.rejected, 'row')} rejected`);
  if (report.status === 'pass') return 'PASS: every error rule meets its standard and no row was rejected';
  return `FAIL: ${reasons.join(', ')}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** The month in words: "2026-10" -> "October 2026". */
export function periodWords(period: string | null): string {
  if (!period) return 'all dates in the input';
  const [y, m] = period.split('-');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[Number(m) - 1] ?? m} ${y}`;
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
 * Plain-English phrasing of the shipped rules: what was counted and what "meeting
 * the rule" means. A rule not listed here (a force's own) falls back to its name.
 */
const PHRASES: Record<string, { subject: string; met: string }> = {
  'DQ-001': { subject: 'records', met: 'had every required field filled in' },
  'DQ-002': { subject: 'records with a reference number', met: 'had a reference number not used by an earlier record' },
  'DQ-003': { subject: 'records', met: 'had their dates in a possible order (for example, recorded after reported)' },
  'NCRS-001': { subject: 'crimes', met: 'were recorded within 24 hours' },
  'NCRS-002': { subject: 'crime-related incidents', met: 'were linked to a crime record or had a reason recorded for not recording one' },
  'NCRS-003': { subject: 'incidents closed as a crime', met: 'were linked to a crime record' },
  'NCRS-004': { subject: 'reports of rape logged as N100 records', met: 'were linked to a crime or had a reason recorded for not recording one' },
  'NCRS-005': { subject: 'recorded crimes with a named victim', met: 'were not likely duplicates of a crime recorded for the same victim in the previous 24 hours' },
  'HOCR-001': { subject: 'cancelled crimes', met: 'had a valid cancellation reason code' },
  'HOCR-002': { subject: 'cancelled crimes', met: 'were cancelled by the Force Crime Registrar or a Designated Decision Maker' },
  'HOCR-003': { subject: 'cancelled crimes', met: 'had a written reason for the cancellation' },
  'HOCR-004': { subject: 'crimes', met: 'had a valid Home Office offence code' },
  'HOCR-005': { subject: 'crimes with an outcome', met: 'had a valid Home Office outcome type' },
  'HOCR-006': { subject: 'crimes with an outcome', met: 'had the date of the outcome recorded' },
  'WY-001': { subject: 'sexual offences against children', met: 'had the child sexual exploitation assessment recorded' },
  'PUK-001': { subject: 'crimes', met: 'had a well-formed Crime ID' },
  'PUK-002': { subject: 'crimes', met: 'had a Crime ID not seen on an earlier row' },
  'PUK-003': { subject: 'records', met: 'had a published crime type' },
  'PUK-004': { subject: 'crimes', met: 'had a published outcome category' },
  'PUK-005': { subject: 'records', met: 'had a location and an LSOA code' },
};

export function rulePhrase(rule: Pick<RuleReport, 'id' | 'name'>): { subject: string; met: string } {
  return PHRASES[rule.id] ?? { subject: `records checked by ${rule.id}`, met: `met the rule “${humanName(rule.name)}”` };
}

function standardClause(rule: Pick<RuleReport, 'threshold'>): string {
  return rule.threshold === null ? 'every one should' : `the standard is ${thresholdText(rule.threshold)}`;
}

/**
 * The headline sentence of a rule, e.g. "94.1% of crimes were recorded within 24
 * hours (95% CI 93.2%–94.9%); the standard is 95%."
 */
export function headline(rule: RuleReport): string {
  const { subject, met } = rulePhrase(rule);
  if (rule.status === 'n/a') return `There were no ${subject} to check, so this rule was not measured.`;
  if (rule.suppressed) {
    const verdict =
      rule.threshold === null
        ? rule.status === 'pass' ? `all of them ${met}` : `not all of them ${met}`
        : `the result ${rule.status === 'pass' ? 'meets' : 'falls below'} the standard of ${thresholdText(rule.threshold)}`;
    return `${count(rule.applicable)} ${subject} were checked; fewer than 5 fall on one side, so exact figures are not published, but ${verdict}.`;
  }
  return `${percent(rule.rate)} of ${subject} ${met} (95% CI ${ciText(rule.ci95)}); ${standardClause(rule)}.`;
}

export const METHODS = {
  rate: 'Each rule applies to a defined set of records (for example, every crime). The compliance rate is the number of those records that met the rule divided by the number the rule applied to. A rule that applied to no record is shown as not measured, never as a pass.',
  interval:
    'The 95% confidence interval (CI) is the Wilson score interval with z = 1.959964. It shows how far the rate could move by chance alone if the same process produced a different month of records: narrow when many records were checked, wide when few were.',
  status:
    'A rule with a standard fails when its rate is below the standard. A rule without a standard fails when any record failed it. Only national-standard rules and rejected rows decide the overall result; data-quality checks are reported but do not fail the audit.',
  suppression:
    'This is a public version: wherever 1 to 4 records met or failed a rule, the counts, rate and interval are not published and the rate is shown as "<5", so that no individual can be identified. No record reference numbers are included.',
  suppressionLegend: '"<5": fewer than 5 records met, or fewer than 5 failed, the rule here, so the figures are not published.',
  rejected:
    'Rows that could not be read (for example, an impossible date) are rejected before any rule is applied. They are counted separately and any rejected row fails the audit.',
};
