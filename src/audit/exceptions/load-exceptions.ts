import { resolve } from 'node:path';
import { ExceptionsFileError, type SourceProblem } from '../../errors.js';
import { FILE_LIMITS } from '../../files/limits.js';
import { readRegularText } from '../../files/read-regular.js';
import type { ExceptionEntry } from '../../model/audit-run.js';
import { parseYamlWith } from '../../config/validated-yaml.js';
import { EXCEPTIONS_WORDS, exceptionsFileSchema } from './schema.js';

/**
 * Reads and validates an exceptions file. Every problem is reported at once as
 * file:line:column (ExceptionsFileError, exit 2) before any data is read.
 * An empty file holds no entries.
 */
export async function loadExceptions(path: string, cwd: string): Promise<ExceptionEntry[]> {
  return (await loadLocatedExceptions(path, cwd)).entries;
}

/** The entries and the line each starts on. */
export interface LocatedExceptions {
  entries: ExceptionEntry[];
  lines: number[];
}

/** loadExceptions, with each entry's line (to name it in later errors). */
export async function loadLocatedExceptions(path: string, cwd: string): Promise<LocatedExceptions> {
  // A regular file under the cap only: a FIFO is refused at once, never waited on.
  const text = await readRegularText(resolve(cwd, path), FILE_LIMITS.exceptions, (why, missing) =>
    new ExceptionsFileError([{ file: path, line: 1, column: 1, message: `cannot read the exceptions file: ${missing ? 'no such file' : `it ${why}`}` }]),
  );
  return parseLocatedExceptions(text, path);
}

/** Parses the text of an exceptions file (see loadExceptions). */
export function parseExceptions(text: string, file: string): ExceptionEntry[] {
  return parseLocatedExceptions(text, file).entries;
}

export function parseLocatedExceptions(text: string, file: string): LocatedExceptions {
  if (text.trim() === '') return { entries: [], lines: [] };
  const { value, problems, locate } = parseYamlWith(text.replace(/^\uFEFF/, ''), file, exceptionsFileSchema, { refusedIn: 'in an exceptions file', failsafe: true, words: EXCEPTIONS_WORDS });
  if (!value) throw new ExceptionsFileError(problems);
  const list = Array.isArray(value) ? value : value.exceptions;
  const lines = list.map((_, i) => locate?.(Array.isArray(value) ? [i] : ['exceptions', i]).line ?? 1);
  const entries = list.map((e) => ({
    ruleId: e.rule,
    recordId: e.record_id,
    justification: e.justification,
    acceptedBy: e.accepted_by,
    expires: e.expires,
  }));
  assertNoDuplicates(entries, lines, file);
  return { entries, lines };
}

/**
 * One entry per (rule, record): a second would be neither applied nor unused —
 * it would vanish — and the two may disagree on who accepted it and until when.
 */
function assertNoDuplicates(entries: ExceptionEntry[], lines: number[], file: string): void {
  const first = new Map<string, number>();
  const problems: SourceProblem[] = [];
  entries.forEach((e, i) => {
    const key = JSON.stringify([e.ruleId, e.recordId]);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else {
      problems.push({
        file,
        line: lines[i]!,
        column: 1,
        message: `a second exception for rule ${e.ruleId} and record ${quoteValue(e.recordId)} (the first is at line ${lines[earlier]!})`,
        hint: 'keep one entry per rule and record',
      });
    }
  });
  if (problems.length > 0) throw new ExceptionsFileError(problems);
}

/** A value quoted in a message: at most 40 characters of it. */
function quoteValue(s: string): string {
  return `'${[...s].length > 40 ? `${[...s].slice(0, 40).join('')}…` : s}'`;
}
