import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { reportSchema, type Report } from './schema.js';

/** Reads and validates earlier JSON reports (the zod reportSchema); a bad one stops with its path. */
export async function loadReports(paths: string[], cwd: string): Promise<{ path: string; report: Report }[]> {
  const out: { path: string; report: Report }[] = [];
  for (const path of paths) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(isAbsolute(path) ? path : join(cwd, path), 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message;
      throw new InputError(why, path);
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
