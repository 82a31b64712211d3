import type { Command } from 'commander';
import { scaffold } from '../../workflow/init/index.js';
import type { CliContext } from '../io.js';

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('scaffold ncrs-audit.config.yaml, a local rule file, a profile and a recommendations file in the current folder')
    .option('--name <force>', 'short name of the force, used in file names (e.g. west-yorkshire)', 'my-force')
    .action(async (opts: { name: string }) => {
      const written = await scaffold(ctx.io.cwd, opts.name);
      const [config, rules, profile, recommendations] = written;
      ctx.io.stdout.write(
        [
          ...written.map((p) => `created ${p}`),
          '',
          'Next:',
          `  1. Map your export's headers in ${profile} (headers named like canonical fields need nothing).`,
          `  2. Add your force's own rules to ${rules}, then check them with \`ncrs-audit rules check --profile ${profile}\`.`,
          `  3. Run a month:  ncrs-audit audit export.csv --period 2026-10   (defaults come from ${config}; reports go to reports/2026-10/)`,
          `  4. Every six months: put the inspection's recommendations in ${recommendations} and run \`ncrs-audit progress\`.`,
          '  See docs/monthly-audit.md for the whole monthly cycle.',
          '',
        ].join('\n'),
      );
    });
}
