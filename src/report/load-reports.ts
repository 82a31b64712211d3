import { InputError } from '../errors.js';
import { readJsonInput } from '../read-input.js';
import { reportSchema, type Report } from './schema.js';

/** Reads and validates earlier JSON reports (the zod reportSchema); a bad one stops with its path. */
export async function loadReports(paths: string[], cwd: string): Promise<{ path: string; report: Report }[]> {
  const out: { path: string; report: Report }[] = [];
  for (const path of paths) {
    // A regular file under the cap only: a FIFO is refused at once, never waited on.
    const parsed = reportSchema.safeParse(await readJsonInput(path, cwd));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.map(String).join('.') || '(top level)';
      throw new InputError(`not an ncrs-audit JSON report (--format json): ${where}: ${issue.message}`, path);
    }
    out.push({ path, report: parsed.data });
  }
  return out;
}

