/** What the CLI may touch: injected so tests run main() in-process. */
export interface Writable {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv | Record<string, string | undefined>;
  cwd: string;
}

/** Shared state of one CLI run: commands set the exit code they want. */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}

/** Colour is on only for a TTY, and never with NO_COLOR or --no-color. */
export function useColor(io: CliIo, colorOption: boolean | undefined): boolean {
  if (colorOption === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}
