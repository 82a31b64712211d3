/** The methods note: what was audited (inputs, hashes, rule files, period) and how. */
import { humanDateTime } from '../human-date.js';
import type { Report } from '../schema.js';
import { METHODS, count, periodWords } from '../wording.js';
import { editionsText, reportEditions } from './compare.js';

export interface MethodsFacts {
  facts: [string, string][];
  inputs: { path: string; rows: string; sha256: string }[];
  ruleFiles: { path: string; sha256: string }[];
  paragraphs: string[];
  warnings: string[];
}

export function methodsFacts(report: Report): MethodsFacts {
  const facts: [string, string][] = [
    ['Period', report.period ? `${periodWords(report.period)} (records reported in ${report.period})` : 'every record in the input'],
    ['Districts', report.filters && report.filters.districts.length > 0 ? report.filters.districts.join(', ') : 'all'],
    [
      'Rows',
      `${count(report.rows.read)} read, ${count(report.rows.evaluated)} checked, ${count(report.rows.rejected)} rejected as unreadable, ${count(report.rows.filtered)} outside the period or districts`,
    ],
    ['Input mapping (profile)', report.profile.path ? `${report.profile.name} (${fileName(report.profile.path)}, SHA-256 ${report.profile.sha256 ?? '—'})` : report.profile.name],
    ['Rule pack', editionsText(reportEditions(report))],
    ['Tool', `ncrs-audit ${report.tool.version}, report schema ${report.schemaVersion}`],
    ['Generated', humanDateTime(report.generatedAt)],
  ];
  if (report.exceptions) {
    const { accepted, expired, unused } = report.exceptions;
    facts.push([
      'Accepted exceptions',
      // Public: the accepted list is left out (report.md), so its length would read as none.
      `${report.public ? 'accepted findings counted per rule' : `${accepted.length} accepted`} as of ${report.asOf ?? '—'} (counted as met), ${expired.length} expired, ${unused.length} unused`,
    ]);
  }
  const paragraphs = [METHODS.rate, METHODS.interval, METHODS.status, METHODS.rejected];
  if (report.public) paragraphs.push(METHODS.suppression);
  return {
    facts,
    inputs: report.inputs.map((i) => ({ path: fileName(i.path), rows: count(i.rows), sha256: i.sha256 })),
    ruleFiles: report.rulePack.files.map((f) => ({ path: fileName(f.path), sha256: f.sha256 })),
    paragraphs,
    warnings: report.warnings,
  };
}

/**
 * A file named without its folders (report.md): a panel page travels further than
 * the machine it was made on, and a local path says nothing to its readers. The
 * JSON keeps the paths as given; the hashes identify the files.
 */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}
