import type { Command } from 'commander';
import { periodBounds } from '../../ingest/index.js';
import { safeText } from '../../text/safe-text.js';
import { UsageError } from '../../errors.js';
import { RECORD_TYPES } from '../../model/record.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { computeReview, REVIEW_FILE_NAMES, reviewFormats, type ReviewFormatName } from '../../workflow/review/index.js';
import { checkFrames } from '../../workflow/review/check-frame.js';
import { readWorksheet } from '../../workflow/worksheet/read-worksheet.js';
import { useColor, type CliContext } from '../io.js';
import { collect } from '../options.js';

interface ReviewCliOptions {
  format?: string;
  out?: string;
  frame?: string[];
  period?: string;
  district?: string[];
  recordType?: string;
  color?: boolean;
}

const FORMATS = Object.keys(reviewFormats) as ReviewFormatName[];

export function registerReview(program: Command, ctx: CliContext): void {
  program
    .command('review')
    .description("crime recording rate from auditors' verdicts in completed worksheets")
    .argument('<worksheet...>', 'completed audit worksheets (CSV, from `sample`)')
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--frame <input...>', 're-compute the sampling frame hash from these inputs and refuse a worksheet drawn from another frame')
    .option('--period <YYYY-MM>', 'with --frame: the --period the sample was drawn with')
    .option('--district <name>', 'with --frame: a --district the sample was drawn with (repeatable)', collect)
    .option('--record-type <type>', 'with --frame: the --record-type the sample was drawn with')
    .option('--no-color', 'no colour in terminal output')
    .action(async (worksheets: string[], opts: ReviewCliOptions) => {
      ctx.exitCode = await review(worksheets, opts, ctx);
    });
}

async function review(paths: string[], opts: ReviewCliOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const formats = parseFormats(opts.format, FORMATS, 'terminal');
  if (opts.period) periodBounds(opts.period);
  const recordType = opts.recordType?.trim().toLowerCase() ?? null;
  if (recordType !== null && !(RECORD_TYPES as readonly string[]).includes(recordType)) {
    throw new UsageError(`--record-type '${opts.recordType}' must be one of ${RECORD_TYPES.join(', ')}`);
  }
  if (!opts.frame && (opts.period || opts.district || recordType)) {
    throw new UsageError('--period, --district and --record-type only make sense with --frame');
  }

  const sheets = [];
  for (const path of paths) sheets.push(await readWorksheet(path, io.cwd));
  const verified = opts.frame
    ? await checkFrames(sheets, opts.frame, io.cwd, { period: opts.period ?? null, districts: opts.district ?? [], recordType })
    : new Set<string>();
  const result = computeReview(sheets, verified);

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
  if (result.problems.length > 0 && !(onStdout && formats[0] === 'terminal')) {
    io.stderr.write(`ncrs-audit: ${result.problems.length} verdict(s) missing or invalid, not counted:\n`);
    for (const p of result.problems) io.stderr.write(`  ${safeText(`${p.file}:${p.line}: ${p.message}`)}\n`);
  }
  return result.status === 'fail' ? 1 : 0;
}
