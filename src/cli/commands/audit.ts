import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { runAudit } from '../../audit/run-audit.js';
import { setupRun } from '../../audit/setup.js';
import { parseAsOf } from '../../audit/exceptions/index.js';
import { threadOptionsFromEnv } from '../../ingest/index.js';
import { buildReport } from '../../report/build-report.js';
import { chunkedFormats, FORMAT_NAMES, formats, REPORT_FILE_NAMES } from '../../report/formats/index.js';
import { loadReports } from '../../report/load-reports.js';
import type { PanelExtras } from '../../report/formats/types.js';
import { loadNotes, loadRecordingRate } from '../panel-inputs.js';
import { UsageError } from '../../errors.js';
import { configProvenance, resolveConfig } from '../../config/index.js';
import { publicReport } from '../../report/disclosure/public-report.js';
import { safeText } from '../../text/safe-text.js';
import { createProgress } from '../progress.js';
import { useColor, type CliContext } from '../io.js';
import { assertNotAnInput, ensureFolder } from '../write-reports.js';
import { lazy, writeReportSet, writeSetOptionsFromEnv } from '../safe-write.js';
import { collect, withConfigOptions } from '../options.js';
import { parseFormats, planOutputs } from '../format-output.js';
import { worklistPointer } from '../worklist-command.js';
import type { AuditRun } from '../../model/audit-run.js';
import type { AuditSetup } from '../../audit/setup.js';

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
  review?: string;
  notes?: string;
  color?: boolean;
  quiet?: boolean;
}


export function registerAudit(program: Command, ctx: CliContext): void {
  const command = program
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
    .option('--review <review.json>', 'the month’s crime recording rate from `review --format json` (same month as --period), first on the panel page')
    .option('--notes <file.yaml>', 'the registrar’s text per rule id, beside each rule not met on the panel page');
  withConfigOptions(command)
    .option('--no-color', 'no colour in terminal output')
    .option('--quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts: AuditCliOptions) => {
      ctx.exitCode = await audit(inputs, opts, ctx);
    });
}

async function audit(inputs: string[], cliOpts: AuditCliOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  // A calendar day: 2026-02-30 is refused naming the value, never rolled over to March.
  if (cliOpts.asOf !== undefined) parseAsOf(cliOpts.asOf);
  const setup = await setupRun({
    through: 'run',
    cwd: io.cwd,
    config: cliOpts.config,
    profile: cliOpts.profile,
    rules: cliOpts.rules,
    format: cliOpts.format,
    out: cliOpts.out,
    period: cliOpts.period,
    districts: cliOpts.district,
    exceptions: cliOpts.exceptions,
    asOf: cliOpts.asOf,
    public: cliOpts.public,
    includeDetails: cliOpts.includeDetails,
  });
  const { settings } = setup;
  const config = setup.config ? configProvenance(setup.config, io.cwd) : null;
  // Say which config is in force: it can change the rules, exceptions and outputs (SECURITY.md).
  if (config && !cliOpts.quiet) io.stderr.write(`ncrs-audit: using config ${safeText(config.path)}\n`);
  const opts: AuditCliOptions = { ...cliOpts, ...settings, district: settings.districts };
  if (opts.out?.includes('{period}')) {
    throw new UsageError(`the configured out '${opts.out}' names the month: give --period YYYY-MM (or --out <folder>)`);
  }
  const targets = planOutputs(parseFormats(opts.format, FORMAT_NAMES, 'terminal'), opts.out, REPORT_FILE_NAMES, { summary: true });
  // Nothing the audit reads may be overwritten by what it writes.
  const readPaths = [
    ...inputs,
    ...(opts.rules ?? []),
    ...(opts.compare ?? []),
    ...(opts.exceptions ? [opts.exceptions] : []),
    ...(opts.review ? [opts.review] : []),
    ...(opts.notes ? [opts.notes] : []),
  ];
  if (opts.profile && /[./\\]/.test(opts.profile)) readPaths.push(opts.profile);
  await assertNotAnInput(targets.files.map((t) => t.path), readPaths, io.cwd);
  // Earlier months are published under the same disclosure control as this one (report.md).
  const compare = (await loadReports(opts.compare ?? [], io.cwd)).map((r) => (opts.public ? publicReport(r.report) : r.report));
  const panel: PanelExtras = {
    ...(opts.review ? { recording: await loadRecordingRate(opts.review, io.cwd, opts.period) } : {}),
    ...(opts.notes ? { notes: await loadNotes(opts.notes, io.cwd) } : {}),
  };

  // The run is never held here: once the report is built, its findings are garbage.
  const report = buildReport(await runWithProgress(inputs, opts, setup, config, ctx));

  if (targets.folder) await ensureFolder(resolve(io.cwd, targets.folder), `the output folder ${targets.folder}`);
  // The options as typed, not the config's: the pasted command finds the same config again.
  const configuredOut = setup.config ? resolveConfig(setup.config, io.cwd).out : undefined;
  const worklist = worklistPointer(targets.files, inputs, cliOpts, settings.period, configuredOut);
  const fileCtx = { color: false, compare, includeDetails: opts.includeDetails, panel, worklist };
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
    const ctx = { color, compare, written, includeDetails: opts.includeDetails, panel, worklist };
    const chunked = chunkedFormats[targets.stdout];
    if (chunked) for (const chunk of chunked(report, ctx)) io.stdout.write(chunk);
    else io.stdout.write(formats[targets.stdout](report, ctx));
  }
  return report.status === 'fail' ? 1 : 0;
}

/** The audit itself, with a progress line while it reads. */
async function runWithProgress(
  inputs: string[],
  opts: AuditCliOptions,
  setup: AuditSetup,
  config: AuditRun['config'],
  { io }: CliContext,
): Promise<AuditRun> {
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
      setup,
      config,
      public: opts.public ?? false,
      includeDetails: opts.includeDetails ?? false,
      onProgress: (rows) => progress.update(rows),
      ...threadOptionsFromEnv(io.env),
    });
  } finally {
    progress.done();
  }
}
