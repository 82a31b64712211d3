/**
 * Every file the tool reads must be a regular file within its size cap (issue
 * 15, item 3; cli.md "Reading files"): a FIFO or device is refused at once —
 * never opened for a blocking read, never waited on — and a file over its cap
 * is refused before it is read. Devices are our own, made with mknod (as root).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/files/read-regular.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

const isRoot = process.getuid?.() === 0;
const { dir, cleanup } = scratchDir('reads');
const fifos: string[] = [];
const CLEAN = join(process.cwd(), 'fixtures/security/clean.csv');

function fifo(name: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}

beforeAll(() => {
  writeFileSync(join(dir, 'in.csv'), readFileSync(CLEAN));
  fifo('pipe.csv');
  fifo('pipe.yaml');
  fifo('pipe.json');
  // A FIFO named like the config, in a parent folder: every command below it must not hang.
  fifo('project/ncrs-audit.config.yaml');
  mkdirSync(join(dir, 'project', 'sub'));
  writeFileSync(join(dir, 'project', 'sub', 'in.csv'), readFileSync(CLEAN));
  if (isRoot) {
    // Our own zero device (the numbers of /dev/zero), and a config symlinked to it.
    execFileSync('mknod', [join(dir, 'zero'), 'c', '1', '5']);
    mkdirSync(join(dir, 'zeroconf'));
    symlinkSync(join(dir, 'zero'), join(dir, 'zeroconf', 'ncrs-audit.config.yaml'));
    writeFileSync(join(dir, 'zeroconf', 'in.csv'), readFileSync(CLEAN));
  }
  // Sparse files over each cap: refused from their size, before any byte is read.
  for (const [name, bytes] of [['big-config.yaml', 257 * 1024], ['big-exceptions.yaml', 17 * 1024 * 1024], ['big-report.json', 513 * 1024 * 1024], ['big-worksheet.csv', 65 * 1024 * 1024]] as const) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), bytes);
  }
});

// Should a protection be missing, a reader blocked on a FIFO is released (a writer opens and closes), so the run ends.
afterEach(() => {
  for (const path of fifos) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waiting: nothing to release.
    }
  }
});
afterAll(cleanup);

/** The CLI, or 'hung' when it has not ended within 10 s. */
async function runSoon(args: string[], cwd = dir): Promise<CliRun | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 10_000)));
  try {
    return await Promise.race([runCli(args, { cwd }), hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a FIFO or device is refused at once (item 3)', () => {
  const CASES: [string, string[], RegExp, string?, boolean?][] = [
    ['an input that is a FIFO', ['audit', 'pipe.csv'], /pipe\.csv: is not a regular file/],
    ['a config FIFO found in a parent folder', ['audit', 'in.csv'], /ncrs-audit\.config\.yaml:1:1: cannot read the config file: it is not a regular file/, 'project/sub'],
    ['--config naming a FIFO', ['audit', 'in.csv', '--config', 'pipe.yaml'], /pipe\.yaml:1:1: cannot read the config file: it is not a regular file/],
    ['--exceptions naming a FIFO', ['audit', 'in.csv', '--no-config', '--exceptions', 'pipe.yaml'], /pipe\.yaml:1:1: cannot read the exceptions file: it is not a regular file/],
    ['--profile naming a FIFO', ['audit', 'in.csv', '--no-config', '--profile', './pipe.yaml'], /profile is not a regular file/],
    ['--compare naming a FIFO', ['audit', 'in.csv', '--no-config', '--format', 'markdown', '--compare', 'pipe.json'], /pipe\.json: is not a regular file/],
    ['trend of a FIFO', ['trend', 'pipe.json'], /pipe\.json: is not a regular file/],
    ['review of a FIFO', ['review', 'pipe.csv'], /pipe\.csv: is not a regular file/],
    ['sample of a FIFO', ['sample', 'pipe.csv', '--size', '1', '--seed', '1'], /pipe\.csv: is not a regular file/],
    ['an input that is a device', ['audit', 'zero'], /zero: is not a regular file/, undefined, true],
    ['a config found upwards, symlinked to a zero device', ['audit', 'in.csv'], /cannot read the config file: it is not a regular file/, 'zeroconf', true],
  ];
  it.each(CASES)('%s', async (_name, args, message, cwd, needsRoot) => {
    if (needsRoot && !isRoot) return;
    const run = await runSoon(args, cwd ? join(dir, cwd) : dir);
    expect(run).not.toBe('hung');
    const { exitCode, stderr } = run as CliRun;
    expect(exitCode).toBe(2);
    expectCleanKnownError(stderr);
    expect(stderr).toMatch(message);
  });
});

describe('size caps, checked before reading (item 3)', () => {
  it.each([
    ['a config over 256 KiB', ['audit', 'in.csv', '--config', 'big-config.yaml'], /is larger than 256 KiB/],
    ['an exceptions file over 16 MiB', ['audit', 'in.csv', '--no-config', '--exceptions', 'big-exceptions.yaml'], /is larger than 16 MiB/],
    ['a report over 512 MiB given to trend', ['trend', 'big-report.json'], /is larger than 512 MiB/],
    ['a worksheet over 64 MiB', ['review', 'big-worksheet.csv'], /is larger than 64 MiB/],
  ])('%s', async (_name, args, message) => {
    const run = await runSoon(args);
    expect(run).not.toBe('hung');
    expect((run as CliRun).exitCode).toBe(2);
    expect((run as CliRun).stderr).toMatch(message);
  });

  it.skipIf(!existsSync('/proc/self/environ'))('a file whose size says 0 (/proc/self/environ) is still held to the cap', async () => {
    const read = await readRegularFile('/proc/self/environ', 8);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.why).toMatch(/is larger than/);
  });
});
