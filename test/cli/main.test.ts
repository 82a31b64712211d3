import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('ncrs-audit (top level)', () => {
  it.each([
    { args: ['--help'], exitCode: 0, stdout: /Usage: ncrs-audit/ },
    { args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+/ },
    { args: ['no-such-command'], exitCode: 2, stdout: /^$/ },
  ])('$args -> exit $exitCode', async ({ args, exitCode, stdout }) => {
    const run = await runCli(args);
    expect(run.exitCode).toBe(exitCode);
    expect(run.stdout).toMatch(stdout);
  });
});
