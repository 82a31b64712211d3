import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerSample(program: Command, _ctx: CliContext): void {
  program
    .command('sample')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`sample` is not implemented yet');
    });
}
