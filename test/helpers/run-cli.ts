import { main } from '../../src/cli/main.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (no TTY, so no colour). */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
  });
  return { exitCode, stdout, stderr };
}
