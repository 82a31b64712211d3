import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { periodBounds } from '../../ingest/index.js';
import { safeText } from '../../text/safe-text.js';
import { UsageError } from '../../errors.js';
import { parseFormats, writeOutputs } from '../format-output.js';
import { DIFF_FILE_NAMES, diffFormats, runDiff, type DiffFormatName } from '../../workflow/diff/index.js';
import { setupRun } from '../../audit/setup.js';
import { useColor, type CliContext } from '../io.js';
import { collect, withConfigOptions } from '../options.js';

interface DiffCliOptions {
  base: string[];
  head: string[];
  profile?: string;
  config?: string | false;
  period?: string;
  district?: string[];
  format?: string;
  out?: string;
  failOnChange?: boolean;
  maxRecords: string;
  color?: boolean;
}

const FORMATS = Object.keys(diffFormats) as DiffFormatName[];

export function registerDiff(program: Command, ctx: CliContext): void {
  const command = program
    .command('diff')
    .description('which records change verdict between two rule sets (for CI on rule-file changes)')
    .argument('<input...>', 'export files (CSV)')
    .requiredOption('--base <rules>', 'rule file or folder of the current rules (repeatable; default = the profile\'s default set)', collect)
    .requiredOption('--head <rules>', 'rule file or folder of the proposed rules (repeatable; default = the profile\'s default set)', collect)
    .option('--profile <name|path>', 'input mapping (default: the config file\'s profile, else canonical)')
    .option('--period <YYYY-MM>', 'keep records reported in this month')
    .option('--district <name>', 'keep one district (repeatable)', collect)
    .option('--format <list>', `comma list of: ${FORMATS.join(', ')}`, 'terminal')
    .option('--out <path>', 'one format: the file to write (- = stdout); several: a folder')
    .option('--fail-on-change', 'exit 1 when any record changes verdict')
    .option('--max-records <n>', 'records listed per rule in terminal and markdown output', '50')
    .option('--no-color', 'no colour in terminal output');
  withConfigOptions(command).action(async (inputs: string[], opts: DiffCliOptions) => {
      const { io } = ctx;
      const formats = parseFormats(opts.format, FORMATS, 'terminal');
      if (opts.period !== undefined) periodBounds(opts.period);
      if (!/^\d+$/.test(opts.maxRecords)) throw new UsageError(`--max-records '${opts.maxRecords}' is not a whole number`);
      // A missing rule path is named with the option that gave it (not "--rules").
      for (const [option, paths] of [['--base', opts.base], ['--head', opts.head]] as const) {
        for (const p of paths) {
          if (p !== 'default' && !p.startsWith('shipped:') && !existsSync(resolve(io.cwd, p))) {
            throw new UsageError(`${option} ${safeText(p)}: no such rule file or folder (\`default\` names the profile's rule set)`);
          }
        }
      }
      const setup = await setupRun({ through: 'profile', cwd: io.cwd, config: opts.config, profile: opts.profile });
      const result = await runDiff({
        inputs,
        cwd: io.cwd,
        base: opts.base,
        head: opts.head,
        setup,
        period: opts.period ?? null,
        districts: opts.district ?? [],
      });
      const color = useColor(io, opts.color);
      const written = await writeOutputs(io, {
        formats,
        out: opts.out,
        fileNames: DIFF_FILE_NAMES,
        inputs,
        render: (f) => diffFormats[f](result, { color: f === 'terminal' && color, maxRecords: Number(opts.maxRecords) }),
      });
      if (written.length > 0) io.stdout.write(`Written: ${safeText(written.join(', '))}\n`);
      if (opts.failOnChange && result.changed) ctx.exitCode = 1;
    });
}
