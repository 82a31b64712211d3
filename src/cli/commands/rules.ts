import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerRules(program: Command, _ctx: CliContext): void {
  program
    .command('rules')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`rules` is not implemented yet');
    });
}
