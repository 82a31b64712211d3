import { resolve } from 'node:path';
import { ExceptionsFileError } from '../../errors.js';
import { FILE_LIMITS } from '../../files/limits.js';
import { readRegularText } from '../../files/read-regular.js';
import type { ExceptionEntry } from '../../model/audit-run.js';
import { parseYamlWith } from '../../config/validated-yaml.js';
import { exceptionsFileSchema } from './schema.js';

/**
 * Reads and validates an exceptions file. Every problem is reported at once as
 * file:line:column (ExceptionsFileError, exit 2) before any data is read.
 * An empty file holds no entries.
 */
export async function loadExceptions(path: string, cwd: string): Promise<ExceptionEntry[]> {
  // A regular file under the cap only: a FIFO is refused at once, never waited on.
  const text = await readRegularText(resolve(cwd, path), FILE_LIMITS.exceptions, (why, missing) =>
    new ExceptionsFileError([{ file: path, line: 1, column: 1, message: `cannot read the exceptions file: ${missing ? 'no such file' : `it ${why}`}` }]),
  );
  return parseExceptions(text, path);
}

/** Parses the text of an exceptions file (see loadExceptions). */
export function parseExceptions(text: string, file: string): ExceptionEntry[] {
  if (text.trim() === '') return [];
  const { value, problems } = parseYamlWith(text.replace(/^\uFEFF/, ''), file, exceptionsFileSchema, { refusedIn: 'in an exceptions file', failsafe: true });
  if (!value) throw new ExceptionsFileError(problems);
  const list = Array.isArray(value) ? value : value.exceptions;
  return list.map((e) => ({
    ruleId: e.rule,
    recordId: e.record_id,
    justification: e.justification,
    acceptedBy: e.accepted_by,
    expires: e.expires,
  }));
}
