/**
 * `--format` / `--out` for the workflow commands, with the audit's semantics
 * (cli.md): one format goes to stdout or to the --out file (`-` = stdout); several
 * need --out, a folder that receives one file each, terminal output still to stdout.
 * Called by src/cli/commands only; writes through the injected io.
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

export interface OutputPlan<N extends string> {
  formats: N[];
  out: string | undefined;
  fileNames: Record<Exclude<N, 'terminal'>, string>;
  render: (format: N) => string;
  /** Paths the outputs must never overwrite (the command's inputs). */
  inputs: string[];
}

/** Writes every requested format; returns the files written. */
export async function writeOutputs<N extends string>(io: CliIo, plan: OutputPlan<N>): Promise<string[]> {
  const { formats, out } = plan;
  if (formats.length > 1 && (out === undefined || out === '-')) {
    throw new UsageError('several formats need --out <folder> to hold one file each');
  }
  if (formats.length === 1) {
    const only = formats[0]!;
    if (out === undefined || out === '-') {
      io.stdout.write(plan.render(only));
      return [];
    }
    await assertNotAnInput([out], plan.inputs, io.cwd);
    await writeReportSet([{ path: resolve(io.cwd, out), shown: out, content: lazy(() => plan.render(only)) }], writeSetOptionsFromEnv(io.env));
    return [out];
  }
  const folder = resolve(io.cwd, out!);
  await ensureFolder(folder);
  const files = formats
    .filter((f) => f !== 'terminal')
    .map((f) => {
      const name = plan.fileNames[f as Exclude<N, 'terminal'>];
      return { path: join(folder, name), shown: join(out!, name), content: lazy(() => plan.render(f)) };
    });
  await assertNotAnInput(files.map((f) => f.path), plan.inputs, io.cwd);
  // All or nothing: every file to a temporary name first, then renamed together.
  await writeReportSet(files, writeSetOptionsFromEnv(io.env));
  const written = files.map((f) => f.shown);
  if (formats.includes('terminal' as N)) io.stdout.write(plan.render('terminal' as N));
  return written;
}
