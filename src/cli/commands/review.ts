import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliContext } from '../io.js';

export function registerReview(program: Command, _ctx: CliContext): void {
  program
    .command('review')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('`review` is not implemented yet');
    });
}
