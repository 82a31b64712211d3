import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { FILE_LIMITS } from '../files/limits.js';
import { jsonProblem } from '../files/json-problem.js';
import { readRegularText } from '../files/read-regular.js';
import { reportSchema, type Report } from './schema.js';

/** Reads and validates earlier JSON reports (the zod reportSchema); a bad one stops with its path. */
export async function loadReports(paths: string[], cwd: string): Promise<{ path: string; report: Report }[]> {
  const out: { path: string; report: Report }[] = [];
  for (const path of paths) {
    // A regular file under the cap only: a FIFO is refused at once, never waited on.
    const text = await readRegularText(isAbsolute(path) ? path : join(cwd, path), FILE_LIMITS.report, (why, missing) => new InputError(missing ? 'no such file' : why, path));
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InputError(`not JSON (${jsonProblem(error)})`, path);
    }
    const parsed = reportSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.map(String).join('.') || '(top level)';
      throw new InputError(`not an ncrs-audit JSON report (--format json): ${where}: ${issue.message}`, path);
    }
    out.push({ path, report: parsed.data });
  }
  return out;
}

