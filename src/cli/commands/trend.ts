import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerTrend(program: Command, _ctx: CliContext): void {
  program
    .command('trend')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`trend` is not implemented yet');
    });
}
