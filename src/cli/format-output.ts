/**
 * `--format` / `--out` for every command that writes reports (cli.md): one format
 * goes to stdout or to the --out file (`-` = stdout); several need --out, a folder
 * that receives one file each. Called by src/cli/commands only; writes through the
 * injected io.
 */
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { assertNotAnInput, ensureFolder } from './write-reports.js';
import { lazy, writeReportSet, writeSetOptionsFromEnv } from './safe-write.js';
import type { CliIo } from './io.js';

export function parseFormats<N extends string>(value: string | undefined, choices: readonly N[], fallback: N): N[] {
  const names = (value ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError(`--format needs one of: ${choices.join(', ')}`);
  for (const n of names) {
    if (!(choices as readonly string[]).includes(n)) throw new UsageError(`--format: unknown format '${n}' (choose from ${choices.join(', ')})`);
  }
  return [...new Set(names)] as N[];
}

/** Where each format goes. */
export interface OutputPlan<N extends string> {
  /** The format printed on stdout, if any. */
  stdout: N | null;
  /** Files to write, paths as the user will see them (relative to cwd when --out is). */
  files: { format: N; path: string }[];
  /** The --out folder (several formats), created before writing; else null. */
  folder: string | null;
}

/**
 * cli.md: one format -> stdout, or the --out file; several -> one file each in the
 * --out folder, `terminal` to stdout. With `summary` (audit), the terminal summary
 * is printed on stdout whenever reports go to files.
 */
export function planOutputs<N extends string>(
  formats: readonly N[],
  out: string | undefined,
  fileNames: Record<Exclude<N, 'terminal'>, string>,
  options: { summary: boolean },
): OutputPlan<N> {
  const terminal = 'terminal' as N;
  const toStdout = out === undefined || out === '-';
  if (formats.length === 1) {
    const format = formats[0]!;
    if (toStdout) return { stdout: format, files: [], folder: null };
    return { stdout: options.summary && format !== terminal ? terminal : null, files: [{ format, path: out }], folder: null };
  }
  if (toStdout) throw new UsageError(`--format ${formats.join(',')}: several formats need --out <folder> to hold one file each`);
  const files = formats
    .filter((f) => f !== terminal)
    .map((format) => ({ format, path: join(out, fileNames[format as Exclude<N, 'terminal'>]) }));
  return { stdout: options.summary || formats.includes(terminal) ? terminal : null, files, folder: out };
}

export interface OutputRequest<N extends string> {
  formats: N[];
  out: string | undefined;
  fileNames: Record<Exclude<N, 'terminal'>, string>;
  render: (format: N) => string;
  /** Paths the outputs must never overwrite (the command's inputs). */
  inputs: string[];
}

/** Writes every requested format (the workflow commands); returns the files written. */
export async function writeOutputs<N extends string>(io: CliIo, request: OutputRequest<N>): Promise<string[]> {
  const plan = planOutputs(request.formats, request.out, request.fileNames, { summary: false });
  await assertNotAnInput(plan.files.map((f) => f.path), request.inputs, io.cwd);
  if (plan.folder !== null) await ensureFolder(resolve(io.cwd, plan.folder));
  // All or nothing: every file to a temporary name first, then renamed together.
  const files = plan.files.map((f) => ({ path: resolve(io.cwd, f.path), shown: f.path, content: lazy(() => request.render(f.format)) }));
  await writeReportSet(files, writeSetOptionsFromEnv(io.env));
  if (plan.stdout !== null) io.stdout.write(request.render(plan.stdout));
  return plan.files.map((f) => f.path);
}
