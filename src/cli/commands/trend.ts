import type { Command } from 'commander';
import { safeText } from '../../text/safe-text.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { computeTrend, loadReports, TREND_FILE_NAMES, trendFormats, type TrendFormatName } from '../../workflow/trend/index.js';
import { useColor, type CliContext } from '../io.js';
import { withConfigOptions } from '../options.js';
import { setupRun } from '../../audit/setup.js';

interface TrendCliOptions {
  format?: string;
  out?: string;
  config?: string | false;
  color?: boolean;
  public?: boolean;
}

const FORMATS = Object.keys(trendFormats) as TrendFormatName[];

export function registerTrend(program: Command, ctx: CliContext): void {
  const command = program
    .command('trend')
    .description('compliance per rule across months, from earlier JSON reports, with significant changes flagged')
    .argument('<report.json...>', 'JSON reports from `audit --format json`, one per month')
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--public', 'disclosure control (report.md): months with 1–4 records met or failed a rule are not published')
    .option('--no-color', 'no colour in terminal output');
  withConfigOptions(command).action(async (paths: string[], opts: TrendCliOptions) => {
      const { io } = ctx;
      const formats = parseFormats(opts.format, FORMATS, 'terminal');
      // The config is resolved as for every command (a broken one stops this one too).
      await setupRun({ through: 'config', cwd: io.cwd, config: opts.config });
      const result = computeTrend(await loadReports(paths, io.cwd), { public: opts.public === true });
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
