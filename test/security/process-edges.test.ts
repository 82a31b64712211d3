/**
 * What only a real process shows (issue 15, items 4, 7 and 13): a closed or full
 * stdout, signals during a write, and errors that escape main(). Each case runs
 * the built CLI as users do.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type BuiltCli } from '../helpers/built-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const CLEAN = join(process.cwd(), 'fixtures/security/clean.csv');
const FAILING = join(process.cwd(), 'fixtures/demo/crimes.csv');
let cli: BuiltCli;
const { dir, cleanup } = scratchDir('process');
beforeAll(() => {
  cli = buildCli();
}, 180_000);
afterAll(() => {
  cli?.cleanup();
  cleanup();
});

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  /** Close our end of the stdout pipe at once: the child's first write meets EPIPE. */
  closeStdout?: boolean;
  /** A file descriptor to give the child as stdout. */
  stdoutFd?: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
  cwd?: string;
  /** Called once the child runs; may signal it. */
  during?: (pid: number) => Promise<void>;
}

function run(args: string[], options: RunOptions = {}): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli.bin, ...args], {
      cwd: options.cwd ?? dir,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', options.stdoutFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout?.destroy();
    else child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (options.during) options.during(child.pid!).catch(reject);
  });
}

describe('stdout closed early (| head): quiet, with the command’s own exit code (item 4)', () => {
  it.each([
    ['json, a passing audit', CLEAN, 'json', 0],
    ['terminal, a passing audit', CLEAN, 'terminal', 0],
    ['json, a failing audit', FAILING, 'json', 1],
    ['terminal, a failing audit', FAILING, 'terminal', 1],
  ])('%s', async (_name, input, format, code) => {
    const ended = await run(['audit', input, '--format', format], { closeStdout: true });
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(code);
  });
});

describe.skipIf(!existsSync('/dev/full'))('stdout that cannot be written (/dev/full): exit 2, one line (item 4)', () => {
  it.each(['json', 'terminal', 'markdown'])('%s', async (format) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const ended = await run(['audit', CLEAN, '--format', format], { stdoutFd: fd });
      expect(ended.code).toBe(2);
      expect(ended.stderr).toMatch(/^ncrs-audit: cannot write to stdout: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(fd);
    }
  });
});

describe('anything that escapes main(): exit 2, one line, the stack only with --debug (item 13)', () => {
  // Loaded before the CLI: a rejection nobody awaits, or an exception thrown from a timer, while the audit runs.
  // It fires as soon as bin/ has installed its handlers (polled, not a fixed delay: a loaded machine
  // takes longer than any fixed delay to get there), while main() is still loading.
  const stray = (kind: 'reject' | 'throw') =>
    `data:text/javascript,const t=setInterval(()=>{if(process.listenerCount("unhandledRejection")===0)return;clearInterval(t);${kind === 'reject' ? 'Promise.reject(new Error("stray \\u001b[2J"))' : 'throw new Error("stray \\u001b[2J")'}},1)`;
  it.each(['reject', 'throw'] as const)('%s', async (kind) => {
    const ended = await run(['audit', FAILING, '--format', 'json'], { nodeArgs: ['--import', stray(kind)] });
    expect(ended.code).toBe(2);
    expect(ended.stderr).toBe('ncrs-audit: internal error: stray \\x1b[2J (a bug in ncrs-audit; run again with --debug for details)\n');
    const debug = await run(['audit', FAILING, '--format', 'json', '--debug'], { nodeArgs: ['--import', stray(kind)] });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^ncrs-audit: internal error: stray \\x1b\[2J\n.*Error: stray[\s\S]*\n\s+at /);
  });
});

describe('SIGINT or SIGTERM while a set of reports is written (item 7)', () => {
  const FORMATS = 'json,csv,markdown,html,junit';
  const NAMES = ['report.csv', 'report.html', 'report.json', 'report.junit.xml', 'report.md'];
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: no temporary file left, the previous set whole', async (signal) => {
    const out = join(dir, `out-${signal}`);
    mkdirSync(out);
    for (const name of NAMES) writeFileSync(join(out, name), `last month's ${name}`);
    const ended = await run(['audit', FAILING, '--format', FORMATS, '--out', out, '--quiet'], {
      // Test hook: the set waits, complete under temporary names, before the renames.
      env: { NCRS_AUDIT_TEST_PAUSE_MS: '20000' },
      during: async (pid) => {
        const deadline = Date.now() + 60_000;
        while (readdirSync(out).filter((f) => f.endsWith('.tmp')).length < NAMES.length) {
          if (Date.now() > deadline) throw new Error('temporary files never appeared');
          await new Promise((r) => setTimeout(r, 50));
        }
        process.kill(pid, signal);
      },
    });
    expect(ended.signal).toBe(signal);
    expect(readdirSync(out).sort()).toEqual(NAMES);
    for (const name of NAMES) expect(readFileSync(join(out, name), 'utf8')).toBe(`last month's ${name}`);
  });
});
