import type { Command } from 'commander';
import { periodBounds } from '../../ingest/index.js';
import { safeText } from '../../text/safe-text.js';
import { UsageError } from '../../errors.js';
import { RECORD_TYPES } from '../../model/record.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { computeReview, publicResult, REVIEW_FILE_NAMES, reviewFormats, type ReviewDimension, type ReviewFormatName } from '../../workflow/review/index.js';
import { checkFrames } from '../../workflow/review/check-frame.js';
import { capped } from '../../report/worklist.js';
import { PROBLEMS_LISTED } from '../../workflow/review/formats/wording.js';
import { readWorksheet } from '../../workflow/worksheet/read-worksheet.js';
import { useColor, type CliContext } from '../io.js';
import { collect, withConfigOptions } from '../options.js';
import { setupRun } from '../../audit/setup.js';

interface ReviewCliOptions {
  format?: string;
  out?: string;
  frame?: string[];
  period?: string;
  district?: string[];
  recordType?: string;
  by?: string[];
  recordedTotal?: string;
  public?: boolean;
  config?: string | false;
  color?: boolean;
}

const DIMENSIONS: readonly ReviewDimension[] = ['district', 'offence-group'];

const FORMATS = Object.keys(reviewFormats) as ReviewFormatName[];

export function registerReview(program: Command, ctx: CliContext): void {
  const command = program
    .command('review')
    .description("crime recording rate, counted in crimes, from auditors' verdicts in completed worksheets")
    .argument('<worksheet...>', 'completed audit worksheets (CSV, from `sample`)')
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--frame <input...>', 're-compute the sampling frame hash from these inputs and refuse a worksheet drawn from another frame')
    .option('--period <YYYY-MM>', 'with --frame: the --period the sample was drawn with')
    .option('--district <name>', 'with --frame: a --district the sample was drawn with (repeatable)', collect)
    .option('--record-type <type>', 'with --frame: the --record-type the sample was drawn with')
    .option('--by <dimension>', `the rate per domain too: ${DIMENSIONS.join(' | ')} (repeatable, or a comma list)`, collect)
    .option('--recorded-total <n>', 'crimes the force recorded in the period: estimate how many were not recorded')
    .option('--public', 'suppress counts 1–4 (and what would reveal them), list no problem locations')
    .option('--no-color', 'no colour in terminal output');
  withConfigOptions(command).action(async (worksheets: string[], opts: ReviewCliOptions) => {
      ctx.exitCode = await review(worksheets, opts, ctx);
    });
}

async function review(paths: string[], opts: ReviewCliOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const formats = parseFormats(opts.format, FORMATS, 'terminal');
  if (opts.period !== undefined) periodBounds(opts.period);
  const recordType = opts.recordType?.trim().toLowerCase() ?? null;
  if (recordType !== null && !(RECORD_TYPES as readonly string[]).includes(recordType)) {
    throw new UsageError(`--record-type '${opts.recordType}' must be one of ${RECORD_TYPES.join(', ')}`);
  }
  if (!opts.frame && (opts.period || opts.district || recordType)) {
    throw new UsageError('--period, --district and --record-type only make sense with --frame');
  }

  const by = parseDimensions(opts.by ?? []);
  const recordedTotal = opts.recordedTotal === undefined ? undefined : parseRecordedTotal(opts.recordedTotal);

  // The config is resolved as for every command (a broken one stops this one too);
  // its `public: true` makes the review public like the audit's reports.
  const setup = await setupRun({ through: 'config', cwd: io.cwd, config: opts.config, public: opts.public });
  const publicMode = setup.settings.public ?? false;
  const sheets = [];
  for (const path of paths) sheets.push(await readWorksheet(path, io.cwd));
  const verified = opts.frame
    ? await checkFrames(sheets, opts.frame, io.cwd, { period: opts.period ?? null, districts: opts.district ?? [], recordType })
    : new Set<string>();
  const full = computeReview(sheets, { verified, by, recordedTotal });
  const result = publicMode ? publicResult(full) : full;

  const color = useColor(io, opts.color);
  const written = await writeOutputs(io, {
    formats,
    out: opts.out,
    fileNames: REVIEW_FILE_NAMES,
    inputs: [...paths, ...(opts.frame ?? [])],
    render: (f) => reviewFormats[f](result, { color: f === 'terminal' && color }),
  });
  const onStdout = (opts.out === undefined || opts.out === '-') && formats.length === 1;
  if (written.length > 0) io.stdout.write(`Written: ${safeText(written.join(', '))}\n`);
  // The problems go to stderr whenever the report itself does not list them (another format, or --public).
  if (result.problemCount > 0 && !(onStdout && formats[0] === 'terminal' && !publicMode)) {
    io.stderr.write(`ncrs-audit: ${full.problems.length} problem(s) in the worksheets; the records concerned are left out:\n`);
    // An unfilled worksheet has one per row: the first PROBLEMS_LISTED, then a count.
    const { items, more } = capped(full.problems, PROBLEMS_LISTED);
    for (const p of items) io.stderr.write(`  ${safeText(`${p.file}:${p.line}: ${p.message}`)}\n`);
    if (more > 0) io.stderr.write(`  and ${more} more (--format csv or json lists every one).\n`);
  }
  return result.status === 'fail' ? 1 : 0;
}

function parseDimensions(values: string[]): ReviewDimension[] {
  const out: ReviewDimension[] = [];
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim())) {
    if (!(DIMENSIONS as readonly string[]).includes(value)) throw new UsageError(`--by '${value}' must be one of ${DIMENSIONS.join(', ')}`);
    if (!out.includes(value as ReviewDimension)) out.push(value as ReviewDimension);
  }
  return out;
}

function parseRecordedTotal(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--recorded-total '${value}' is not a whole number of at least 1`);
  return Number(value);
}
