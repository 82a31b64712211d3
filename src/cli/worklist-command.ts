/**
 * The command that writes this audit's CSV worklist, for the terminal's "what to
 * do next": the inputs and the options as given (the config, found again from the
 * same folder, supplies the rest), with `--format csv --out <file>` (cli.md: one
 * format goes to the --out file; a configured `out` alone would not apply).
 */
import { join } from 'node:path';
import { REPORT_FILE_NAMES } from '../report/formats/index.js';
import type { WorklistPointer } from '../report/formats/types.js';

/** The audit options that change what the worklist holds, as the command line gave them. */
export interface GivenOptions {
  rules?: string[];
  profile?: string;
  period?: string;
  district?: string[];
  exceptions?: string;
  asOf?: string;
  config?: string | false;
  includeDetails?: boolean;
}

/**
 * Where the worklist goes: the month's folder of a configured `out` (the name a
 * full set gives it there, so the folder never holds two), else beside the
 * command, named for the month.
 */
export function worklistPath(period: string | undefined, configuredOut: string | undefined): string {
  if (configuredOut !== undefined && (period !== undefined || !configuredOut.includes('{period}'))) {
    return join(period === undefined ? configuredOut : configuredOut.replaceAll('{period}', period), REPORT_FILE_NAMES.csv);
  }
  return period === undefined ? 'worklist.csv' : `worklist-${period}.csv`;
}

export function worklistCommand(inputs: readonly string[], given: GivenOptions, out: string): string {
  // An input named '-x.csv' would read as an option: './-x.csv' is the same file.
  const args = ['ncrs-audit', 'audit', ...inputs.map((i) => (i.startsWith('-') ? `./${i}` : i))];
  for (const r of given.rules ?? []) args.push('--rules', r);
  if (given.profile !== undefined) args.push('--profile', given.profile);
  if (given.period !== undefined) args.push('--period', given.period);
  for (const d of given.district ?? []) args.push('--district', d);
  if (given.exceptions !== undefined) args.push('--exceptions', given.exceptions);
  if (given.asOf !== undefined) args.push('--as-of', given.asOf);
  if (given.config === false) args.push('--no-config');
  else if (typeof given.config === 'string') args.push('--config', given.config);
  if (given.includeDetails) args.push('--include-details');
  args.push('--format', 'csv', '--out', out);
  return args.map(shellWord).join(' ');
}

/**
 * One POSIX shell word: plain when it is made of characters no shell treats
 * specially, else in single quotes (a quote inside as '\''). Also right in
 * PowerShell for any path without a single quote.
 */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_./:=+-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The terminal's pointer: the CSV this run wrote, or the command that writes one. */
export function worklistPointer(
  written: readonly { format: string; path: string }[],
  inputs: readonly string[],
  given: GivenOptions,
  period: string | undefined,
  configuredOut: string | undefined,
): WorklistPointer {
  const csv = written.find((f) => f.format === 'csv');
  if (csv) return { written: csv.path };
  return { command: worklistCommand(inputs, given, worklistPath(period, configuredOut)) };
}
