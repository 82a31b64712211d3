import type { Command } from 'commander';
import { safeText } from '../../text/safe-text.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { computeTrend, loadReports, TREND_FILE_NAMES, trendFormats, type TrendFormatName } from '../../workflow/trend/index.js';
import { useColor, type CliContext } from '../io.js';

interface TrendCliOptions {
  format?: string;
  out?: string;
  color?: boolean;
}

const FORMATS = Object.keys(trendFormats) as TrendFormatName[];

export function registerTrend(program: Command, ctx: CliContext): void {
  program
    .command('trend')
    .description('compliance per rule across months, from earlier JSON reports, with significant changes flagged')
    .argument('<report.json...>', 'JSON reports from `audit --format json`, one per month')
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--no-color', 'no colour in terminal output')
    .action(async (paths: string[], opts: TrendCliOptions) => {
      const { io } = ctx;
      const formats = parseFormats(opts.format, FORMATS, 'terminal');
      const result = computeTrend(await loadReports(paths, io.cwd));
      const color = useColor(io, opts.color);
      const written = await writeOutputs(io, {
        formats,
        out: opts.out,
        fileNames: TREND_FILE_NAMES,
        inputs: paths,
        render: (f) => trendFormats[f](result, { color: f === 'terminal' && color }),
      });
      if (written.length > 0) io.stdout.write(`Written: ${safeText(written.join(', '))}\n`);
    });
}
