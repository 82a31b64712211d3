import type { Command } from 'commander';
import { safeText } from '../../text/safe-text.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { loadReports } from '../../report/load-reports.js';
import { computeProgress, loadRecommendations, orderReports, PROGRESS_FILE_NAMES, progressFormats, ruleIdsOf, type ProgressFormatName } from '../../workflow/progress/index.js';
import { useColor, type CliContext } from '../io.js';
import { withConfigOptions } from '../options.js';
import { setupRun } from '../../audit/setup.js';

interface ProgressCliOptions {
  format?: string;
  out?: string;
  public?: boolean;
  config?: string | false;
  color?: boolean;
}

const FORMATS = Object.keys(progressFormats) as ProgressFormatName[];

export function registerProgress(program: Command, ctx: CliContext): void {
  const command = program
    .command('progress')
    .description('progress against inspection recommendations: each one tied to the rules that measure it, baseline against latest')
    .argument('<recommendations.yaml>', 'the recommendations file (see `init`)')
    .argument('<report.json...>', 'monthly JSON reports from `audit --format json` (not public ones), one per month')
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--public', 'suppress counts 1–4 (and any status or change resting on them), name files without folders')
    .option('--no-color', 'no colour in terminal output');
  withConfigOptions(command).action(async (file: string, paths: string[], opts: ProgressCliOptions) => {
      const { io } = ctx;
      const formats = parseFormats(opts.format, FORMATS, 'terminal');
      // The config is resolved as for every command; its `public: true` makes this page public too.
      const setup = await setupRun({ through: 'config', cwd: io.cwd, config: opts.config, public: opts.public });
      const reports = await loadReports(paths, io.cwd);
      orderReports(reports); // refuse public, undated or same-month reports before reading the file
      const recommendations = await loadRecommendations(file, io.cwd, ruleIdsOf(reports));
      const result = computeProgress(recommendations, reports, { file, public: setup.settings.public ?? false });
      const color = useColor(io, opts.color);
      const written = await writeOutputs(io, {
        formats,
        out: opts.out,
        fileNames: PROGRESS_FILE_NAMES,
        inputs: [file, ...paths],
        render: (f) => progressFormats[f](result, { color: f === 'terminal' && color }),
      });
      if (written.length > 0) io.stdout.write(`Written: ${safeText(written.join(', '))}\n`);
    });
}
