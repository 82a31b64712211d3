import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { periodBounds } from '../../ingest/index.js';
import { UsageError } from '../../errors.js';
import { RECORD_TYPES } from '../../model/record.js';
import { ALLOCATIONS, parseStrataFields, readPlanningFigures, runSample, type Allocation } from '../../workflow/sample/index.js';
import { sampleSummary } from '../../workflow/sample/summary.js';
import { setupRun } from '../../audit/setup.js';
import type { CliContext } from '../io.js';
import { assertNotAnInput, writeFileAtomic } from '../write-reports.js';
import { collect, withConfigOptions } from '../options.js';

interface SampleCliOptions {
  size?: string;
  margin?: string;
  fromReview?: string;
  seed?: string;
  strata: string;
  allocation: string;
  recordType?: string;
  period?: string;
  district?: string[];
  profile?: string;
  config?: string | false;
  out?: string;
  quiet?: boolean;
}


export function registerSample(program: Command, ctx: CliContext): void {
  const command = program
    .command('sample')
    .description('draw a reproducible, stratified audit sample and write an audit worksheet')
    .argument('<input...>', 'export files (CSV), the sampling frame')
    .option('--size <n>', 'sample size')
    .option('--margin <m>', 'or: the 95% margin of error wanted for the crime recording rate, e.g. 0.03 or 3% (records computed, finite-population corrected)')
    .option('--from-review <review.json>', 'with --margin: plan in crimes with the design effect and crimes per record of an earlier `review --format json`')
    .option('--seed <s>', 'random seed (a whole number 0–4294967295); default: a new one, printed')
    .option('--strata <field,...>', 'stratify by these fields', 'district')
    .option('--allocation <method>', `${ALLOCATIONS.join(' | ')}`, 'proportional')
    .option('--record-type <type>', `restrict the frame to one record type (${RECORD_TYPES.join(', ')})`)
    .option('--period <YYYY-MM>', 'keep records reported in this month (Europe/London)')
    .option('--district <name>', 'keep one district (repeatable)', collect)
    .option('--profile <name|path>', 'input mapping (default: the config file\'s profile, else canonical)')
    .option('--out <file>', 'the worksheet CSV to write (default: stdout)')
    .option('--quiet', 'print nothing but errors');
  withConfigOptions(command).action(async (inputs: string[], opts: SampleCliOptions) => {
      await sample(inputs, opts, ctx);
    });
}

async function sample(inputs: string[], opts: SampleCliOptions, ctx: CliContext): Promise<void> {
  const { io } = ctx;
  if ((opts.size === undefined) === (opts.margin === undefined)) throw new UsageError('give exactly one of --size N or --margin M');
  const size = opts.size !== undefined ? parseSize(opts.size) : undefined;
  const margin = opts.margin !== undefined ? parseMargin(opts.margin) : undefined;
  if (opts.fromReview !== undefined && margin === undefined) throw new UsageError('--from-review plans a --margin; it does nothing with --size');
  const seed = opts.seed !== undefined ? parseSeed(opts.seed) : randomInt(0, 2 ** 31);
  const strata = parseStrataFields(opts.strata);
  const allocation = parseAllocation(opts.allocation);
  const recordType = opts.recordType !== undefined ? parseRecordType(opts.recordType) : null;
  if (opts.period !== undefined) periodBounds(opts.period);
  if (opts.out && opts.out !== '-') await assertNotAnInput([opts.out], [...inputs, ...(opts.fromReview !== undefined ? [opts.fromReview] : [])], io.cwd);

  const setup = await setupRun({ through: 'profile', cwd: io.cwd, config: opts.config, profile: opts.profile });
  const result = await runSample({
    inputs,
    cwd: io.cwd,
    setup,
    size,
    margin,
    fromReview: opts.fromReview !== undefined ? await readPlanningFigures(opts.fromReview, io.cwd) : undefined,
    seed,
    strata,
    allocation,
    filters: { period: opts.period ?? null, districts: opts.district ?? [], recordType },
  });

  const toStdout = opts.out === undefined || opts.out === '-';
  if (toStdout) io.stdout.write(result.worksheet);
  else await writeFileAtomic(resolve(io.cwd, opts.out!), result.worksheet, opts.out);
  if (opts.quiet) return;
  const lines = sampleSummary(result, redrawCommand(inputs, opts, seed));
  if (!toStdout) lines.push(`Worksheet written to ${opts.out}`);
  (toStdout ? io.stderr : io.stdout).write(`${lines.join('\n')}\n`);
}

function parseSize(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--size '${value}' is not a whole number of at least 1`);
  return Number(value);
}

function parseMargin(value: string): number {
  const text = value.trim();
  const pct = text.endsWith('%');
  const n = Number(pct ? text.slice(0, -1) : text);
  const margin = pct ? n / 100 : n;
  if (!Number.isFinite(margin) || margin <= 0 || margin >= 0.5 || (!pct && n >= 1)) {
    throw new UsageError(`--margin '${value}' must be a proportion between 0 and 0.5, e.g. 0.03 (or 3%)`);
  }
  return margin;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 4294967295) throw new UsageError(`--seed '${value}' is not a whole number from 0 to 4294967295`);
  return Number(value);
}

function parseAllocation(value: string): Allocation {
  if (!(ALLOCATIONS as readonly string[]).includes(value)) throw new UsageError(`--allocation '${value}' must be one of ${ALLOCATIONS.join(', ')}`);
  return value as Allocation;
}

function parseRecordType(value: string): string {
  const type = value.trim().toLowerCase();
  if (!(RECORD_TYPES as readonly string[]).includes(type)) throw new UsageError(`--record-type '${value}' must be one of ${RECORD_TYPES.join(', ')}`);
  return type;
}

/** The command that re-draws this sample exactly (same seed, same frame, same options). */
function redrawCommand(inputs: string[], opts: SampleCliOptions, seed: number): string {
  const args = ['ncrs-audit', 'sample', ...inputs];
  if (opts.size !== undefined) args.push('--size', opts.size);
  if (opts.margin !== undefined) args.push('--margin', opts.margin);
  if (opts.fromReview !== undefined) args.push('--from-review', opts.fromReview);
  args.push('--seed', String(seed), '--strata', opts.strata, '--allocation', opts.allocation);
  if (opts.recordType) args.push('--record-type', opts.recordType);
  if (opts.period) args.push('--period', opts.period);
  for (const d of opts.district ?? []) args.push('--district', d);
  if (opts.profile !== undefined) args.push('--profile', opts.profile);
  return args.map(shellQuote).join(' ');
}

function shellQuote(arg: string): string {
  return /^[\w./:%,=@+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
