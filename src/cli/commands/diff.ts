import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerDiff(program: Command, _ctx: CliContext): void {
  program
    .command('diff')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`diff` is not implemented yet');
    });
}
