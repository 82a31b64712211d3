import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerInit(program: Command, _ctx: CliContext): void {
  program
    .command('init')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`init` is not implemented yet');
    });
}
