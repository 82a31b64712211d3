import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { runAudit } from '../../audit/run-audit.js';
import { threadOptionsFromEnv } from '../../ingest/index.js';
import { periodBounds } from '../../ingest/index.js';
import { UsageError } from '../../errors.js';
import { buildReport } from '../../report/build-report.js';
import { chunkedFormats, FORMAT_NAMES, formats, isFormatName, REPORT_FILE_NAMES, type FormatName } from '../../report/formats/index.js';
import { reportSchema, type Report } from '../../report/schema.js';
import { findConfig, loadConfig, resolveConfig, type ResolvedConfig } from '../../config/index.js';
import { createProgress } from '../progress.js';
import { useColor, type CliContext } from '../io.js';
import { assertNotAnInput, ensureFolder } from '../write-reports.js';
import { lazy, writeReportSet, writeSetOptionsFromEnv } from '../safe-write.js';
import { collect } from '../options.js';
import type { AuditRun } from '../../model/audit-run.js';

interface AuditCliOptions {
  rules?: string[];
  profile?: string;
  format?: string;
  config?: string | false;
  out?: string;
  period?: string;
  district?: string[];
  exceptions?: string;
  asOf?: string;
  public?: boolean;
  includeDetails?: boolean;
  compare?: string[];
  color?: boolean;
  quiet?: boolean;
}


export function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('run an audit: rules over one or more export files')
    .argument('<input...>', 'export files (CSV)')
    .option('--rules <path>', 'rule file or folder (shipped:rules/... = the package’s own); repeatable; replaces the default set', collect)
    .option('--profile <name|path>', 'input mapping: canonical (default), police-uk or a profile file')
    .addOption(new Option('--format <list>', `comma list of: ${FORMAT_NAMES.join(', ')} (default terminal)`))
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--period <YYYY-MM>', 'audit month: keep records reported in it (Europe/London)')
    .option('--district <name>', 'keep one district (repeatable)', collect)
    .option('--exceptions <file>', 'accepted findings (YAML)')
    .option('--as-of <date>', 'the day exceptions expire against (YYYY-MM-DD)')
    .option('--public', 'suppress counts 1–4 and leave out record ids, in every format')
    .option('--include-details', 'allow input free text (rationales) into reports')
    .option('--compare <report.json...>', 'earlier months’ JSON reports to compare with (markdown, html)')
    .option('--config <file>', 'defaults file (default: the nearest ncrs-audit.config.yaml above the current folder)')
    .option('--no-config', 'ignore any ncrs-audit.config.yaml')
    .option('--no-color', 'no colour in terminal output')
    .option('--quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts: AuditCliOptions) => {
      ctx.exitCode = await audit(inputs, opts, ctx);
    });
}

async function audit(inputs: string[], cliOpts: AuditCliOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const opts = withConfig(cliOpts, await readConfig(cliOpts.config, io.cwd));
  const selected = parseFormats(opts.format ?? 'terminal');
  if (opts.period) periodBounds(opts.period);
  if (opts.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) {
    throw new UsageError(`--as-of '${opts.asOf}' is not a date in the form YYYY-MM-DD`);
  }
  const targets = planOutputs(selected, opts.out);
  // Nothing the audit reads may be overwritten by what it writes.
  const readPaths = [...inputs, ...(opts.rules ?? []), ...(opts.compare ?? []), ...(opts.exceptions ? [opts.exceptions] : [])];
  if (opts.profile && /[./\\]/.test(opts.profile)) readPaths.push(opts.profile);
  await assertNotAnInput(targets.files.map((t) => t.path), readPaths, io.cwd);
  const compare = await readComparisons(opts.compare ?? [], io.cwd);

  // The run is never held here: once the report is built, its findings are garbage.
  const report = buildReport(await runWithProgress(inputs, opts, ctx));

  if (targets.folder) await ensureFolder(resolve(io.cwd, targets.folder), `the output folder ${targets.folder}`);
  const fileCtx = { color: false, compare, includeDetails: opts.includeDetails };
  // All or nothing: the set's files are rendered into temporary files, then renamed together.
  await writeReportSet(
    targets.files.map((target) => {
      const chunked = chunkedFormats[target.format];
      return {
        path: resolve(io.cwd, target.path),
        shown: target.path,
        content: chunked ? chunked(report, fileCtx) : lazy(() => formats[target.format](report, fileCtx)),
      };
    }),
    writeSetOptionsFromEnv(io.env),
  );
  const written = targets.files.map((t) => t.path);
  if (targets.stdout && !(opts.quiet && targets.stdout === 'terminal')) {
    const color = targets.stdout === 'terminal' && useColor(io, opts.color);
    const ctx = { color, compare, written, includeDetails: opts.includeDetails };
    const chunked = chunkedFormats[targets.stdout];
    if (chunked) for (const chunk of chunked(report, ctx)) io.stdout.write(chunk);
    else io.stdout.write(formats[targets.stdout](report, ctx));
  }
  return report.status === 'fail' ? 1 : 0;
}

/** The audit itself, with a progress line while it reads. */
async function runWithProgress(inputs: string[], opts: AuditCliOptions, { io }: CliContext): Promise<AuditRun> {
  const progress = createProgress(io, !opts.quiet);
  try {
    return await runAudit({
      inputs,
      cwd: io.cwd,
      profile: opts.profile ?? 'canonical',
      rules: opts.rules,
      period: opts.period ?? null,
      districts: opts.district ?? [],
      exceptions: opts.exceptions ?? null,
      asOf: opts.asOf ?? null,
      public: opts.public ?? false,
      includeDetails: opts.includeDetails ?? false,
      onProgress: (rows) => progress.update(rows),
      ...threadOptionsFromEnv(io.env),
    });
  } finally {
    progress.done();
  }
}

/** The config file's defaults, or none with --no-config. */
async function readConfig(config: string | false | undefined, cwd: string): Promise<ResolvedConfig> {
  if (config === false) return {};
  const found = typeof config === 'string' ? await loadConfig(config, cwd) : await findConfig(cwd);
  return found ? resolveConfig(found, cwd) : {};
}

/** Command-line options win; the config fills in what they leave out. */
function withConfig(opts: AuditCliOptions, config: ResolvedConfig): AuditCliOptions {
  return {
    ...opts,
    profile: opts.profile ?? config.profile,
    rules: opts.rules ?? config.rules,
    format: opts.format ?? config.formats?.join(','),
    out: opts.out ?? config.out,
    period: opts.period ?? config.period,
    district: opts.district ?? config.districts,
    exceptions: opts.exceptions ?? config.exceptions,
    public: opts.public ?? config.public,
    includeDetails: opts.includeDetails ?? config.includeDetails,
  };
}

function parseFormats(list: string): FormatName[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--format needs at least one format');
  const known = names.filter(isFormatName);
  const unknown = names.find((name) => !isFormatName(name));
  if (unknown !== undefined) throw new UsageError(`--format: unknown format '${unknown}' (choose from ${FORMAT_NAMES.join(', ')})`);
  return [...new Set(known)];
}

interface OutputPlan {
  /** The format printed on stdout, if any. */
  stdout: FormatName | null;
  files: { format: FormatName; path: string }[];
  folder: string | null;
}

/** cli.md: one format -> stdout or the --out file; several -> an --out folder, terminal to stdout. */
function planOutputs(selected: FormatName[], out: string | undefined): OutputPlan {
  if (selected.length === 1) {
    const format = selected[0]!;
    if (out === undefined || out === '-') return { stdout: format, files: [], folder: null };
    if (format === 'terminal') return { stdout: null, files: [{ format, path: out }], folder: null };
    return { stdout: 'terminal', files: [{ format, path: out }], folder: null };
  }
  if (out === undefined || out === '-') {
    throw new UsageError(`--format ${selected.join(',')}: several formats need --out <folder>`);
  }
  const files = selected
    .filter((f): f is Exclude<FormatName, 'terminal'> => f !== 'terminal')
    .map((format) => ({ format, path: `${out.replace(/\/+$/, '')}/${REPORT_FILE_NAMES[format]}` }));
  return { stdout: 'terminal', files, folder: out };
}

async function readComparisons(paths: string[], cwd: string): Promise<Report[]> {
  const reports: Report[] = [];
  for (const path of paths) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(resolve(cwd, path), 'utf8'));
    } catch (error) {
      throw new UsageError(`--compare ${path}: cannot read a JSON report (${(error as Error).message})`);
    }
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--compare ${path}: not an ncrs-audit JSON report (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
    }
    reports.push(parsed.data);
  }
  return reports;
}
