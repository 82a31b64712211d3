/**
 * The real process's streams for main(), with stdout failures turned into what
 * cli.md asks: a closed stdout (`| head`, EPIPE) ends quietly with the command's
 * own exit code; a stdout that cannot be written (ENOSPC on a full disk or
 * /dev/full, EIO…) is exit 2 with one message. Used by bin/ only.
 */
import type { CliIo, Writable } from './io.js';
import { safeText } from '../text/safe-text.js';

export interface ProcessIo extends CliIo {
  /** Waits for stdout to flush; returns the exit code to use given the command's own. */
  finish(code: number): Promise<number>;
}

export function processIo(): ProcessIo {
  const real = process.stdout;
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  const note = (error: NodeJS.ErrnoException | null | undefined): void => {
    if (!error) return;
    if (error.code === 'EPIPE') closed = true;
    else failure ??= error;
  };
  real.on('error', note);
  // A stderr that cannot be written has nowhere to complain to.
  process.stderr.on('error', () => undefined);
  const stdout: Writable = {
    isTTY: real.isTTY,
    write(chunk: string) {
      if (closed || failure) return true;
      try {
        return real.write(chunk, note);
      } catch (error) {
        // A file or device stdout is written synchronously and may throw.
        note(error as NodeJS.ErrnoException);
        return true;
      }
    },
  };
  return {
    stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    async finish(code) {
      if (!closed && !failure) await new Promise<void>((resolve) => real.write('', () => resolve()));
      if (failure && !closed) {
        process.stderr.write(`ncrs-audit: cannot write to stdout: ${safeText(failure.message)}\n`);
        return 2;
      }
      return code;
    },
  };
}
