import { Command, CommanderError } from 'commander';
import { KnownError } from '../errors.js';
import { toolVersion } from '../version.js';
import { capQuotes, safeMessage, safeText } from '../text/safe-text.js';
import type { CliContext, CliIo } from './io.js';
import { registerCommands } from './commands/index.js';

/** Runs the CLI and returns its exit code (0, 1 or 2). Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command('ncrs-audit')
    .description('Audit crime-recording exports against NCRS and the Home Office Counting Rules')
    .version(toolVersion(), '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Every error line starts the same way, whoever raised it (cli.md: one clear message).
      // Arguments are quoted back: control and bidi characters shown escaped.
      outputError: (s, write) => write(`ncrs-audit: ${safeMessage(s.replace(/^error: /, ''))}`),
    })
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();

  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
}

function handleError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; everything else is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    if (error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof KnownError) {
    // A known error is the user's to fix: its message is the whole story, even with --debug.
    // Messages quote files, headers and values: shown with control and bidi characters escaped.
    io.stderr.write(`ncrs-audit: ${safeMessage(capQuotes(error.message))}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`ncrs-audit: internal error: ${safeText(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('(this is a bug in ncrs-audit; run again with --debug for details)\n');
  return 2;
}
