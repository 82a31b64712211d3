#!/usr/bin/env node
// Thin shell: all behaviour lives in main(), which returns the exit code.
// Anything that escapes it (a stray rejection, an 'error' event nobody handles)
// is exit 2 with one line, never exit 1 ("problems found"); the stack only with --debug.
const debug = process.argv.includes('--debug');
const unexpected = (error) => {
  const message = String(error instanceof Error ? error.message : error).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => (ch < '\u0100' ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  process.stderr.write(`ncrs-audit: internal error: ${message}${debug ? '' : ' (a bug in ncrs-audit; run again with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
};
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);

const { main } = await import('../dist/src/cli/main.js');
const { processIo } = await import('../dist/src/cli/process-io.js');
const io = processIo();
process.exitCode = await io.finish(await main(process.argv.slice(2), io));
