import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerAudit(program: Command, _ctx: CliContext): void {
  program
    .command('audit')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`audit` is not implemented yet');
    });
}
