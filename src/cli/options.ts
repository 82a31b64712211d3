/** Option parsers and options shared by the sub-commands. */
import type { Command } from 'commander';

/** A repeatable option (`--rules a --rules b`): each value appended to the list. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `--config <file>` / `--no-config`: every command sets its run up the same way (src/audit/setup.ts). */
export function withConfigOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'defaults file (default: the nearest ncrs-audit.config.yaml above the current folder)')
    .option('--no-config', 'ignore any ncrs-audit.config.yaml');
}
