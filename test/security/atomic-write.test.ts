/**
 * Reports are written to a temporary name in the same folder and renamed: a
 * failure mid-write leaves no file at the final path (an earlier report stays
 * whole), and no temporary litter.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/cli/write-reports.js';
import { formats } from '../../src/report/formats/index.js';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

/** When set, the next report file written gets this share of its content, then fails with ENOSPC. */
const failure = vi.hoisted(() => ({ share: null as number | null, after: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const { Writable } = await import('node:stream');
  return {
    ...real,
    createWriteStream: (...args: Parameters<typeof real.createWriteStream>) => {
      const stream = real.createWriteStream(...args);
      if (failure.share === null) return stream;
      // `after` streams go through whole before the disk fills up.
      if (failure.after > 0) {
        failure.after--;
        return stream;
      }
      const share = failure.share;
      // A disk that fills up: part of the first write lands, then the write fails.
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          stream.end(chunk.subarray(0, Math.floor(chunk.length * share)), () =>
            done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
          );
        },
      });
    },
  };
});

const { dir, cleanup } = scratchDir('atomic');
afterAll(cleanup);
afterEach(() => {
  failure.share = null;
  failure.after = 0;
  vi.restoreAllMocks();
});
let n = 0;
const fresh = () => {
  const d = join(dir, `case-${n++}`);
  mkdirSync(d);
  return d;
};

describe('writeFileAtomic', () => {
  it('a failure half-way through leaves no file at the final path and no temporary file', async () => {
    const d = fresh();
    failure.share = 0.5;
    const error = await writeFileAtomic(join(d, 'report.json'), '{"status":"pass"}'.repeat(100)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/cannot write report .*report\.json: ENOSPC/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('an earlier report at the final path stays whole when the new one fails', async () => {
    const d = fresh();
    writeFileSync(join(d, 'report.json'), 'the earlier, complete report');
    failure.share = 0.3;
    await expect(writeFileAtomic(join(d, 'report.json'), 'x'.repeat(1000))).rejects.toBeInstanceOf(UsageError);
    expect(readFileSync(join(d, 'report.json'), 'utf8')).toBe('the earlier, complete report');
    expect(readdirSync(d)).toEqual(['report.json']);
  });

  it('a rename that fails (a folder holds the final name) removes the temporary file', async () => {
    const d = fresh();
    mkdirSync(join(d, 'report.html'));
    writeFileSync(join(d, 'report.html', 'keep.txt'), 'x');
    await expect(writeFileAtomic(join(d, 'report.html'), '<html></html>')).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(d)).toEqual(['report.html']);
    expect(readdirSync(join(d, 'report.html'))).toEqual(['keep.txt']);
  });

  it('a success replaces the file whole and leaves nothing else', async () => {
    const d = fresh();
    writeFileSync(join(d, 'report.json'), 'old');
    await writeFileAtomic(join(d, 'report.json'), 'new');
    expect(readFileSync(join(d, 'report.json'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['report.json']);
  });
});

describe('through the CLI', () => {
  it('a disk that fills up while writing: exit 2, one clear message, no report and no litter', async () => {
    const d = fresh();
    failure.share = 0.5;
    const run = await runCli(['audit', join(process.cwd(), 'fixtures/security/clean.csv'), '--format', 'json', '--out', 'report.json'], { cwd: d });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/cannot write report .*report\.json: ENOSPC/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('a formatter that throws (a bug): exit 2 as an internal error, nothing at the final path', async () => {
    const d = fresh();
    vi.spyOn(formats, 'html').mockImplementation(() => {
      throw new Error('formatter bug');
    });
    const run = await runCli(['audit', join(process.cwd(), 'fixtures/security/clean.csv'), '--format', 'html', '--out', 'report.html'], { cwd: d });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/internal error: formatter bug/);
    expect(existsSync(join(d, 'report.html'))).toBe(false);
    expect(readdirSync(d)).toEqual([]);
  });

  it('an --out folder where one report name is taken by a folder: exit 2, no temporary litter', async () => {
    const d = fresh();
    mkdirSync(join(d, 'out', 'report.html'), { recursive: true });
    const run = await runCli(['audit', join(process.cwd(), 'fixtures/security/clean.csv'), '--format', 'json,html', '--out', 'out'], { cwd: d });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/refusing to write .*report\.html: it is a folder/);
    expect(readdirSync(join(d, 'out')).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('a set of five reports is all or nothing: the disk fills up at the third, the previous set stays whole (item 7)', async () => {
    const d = fresh();
    const names = ['report.csv', 'report.html', 'report.json', 'report.junit.xml', 'report.md'];
    mkdirSync(join(d, 'out'));
    for (const name of names) writeFileSync(join(d, 'out', name), `last month's ${name}`);
    failure.share = 0.5;
    failure.after = 2;
    const run = await runCli(['audit', join(process.cwd(), 'fixtures/demo/crimes.csv'), '--format', 'json,csv,markdown,html,junit', '--out', 'out'], { cwd: d });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/cannot write report .*: ENOSPC/);
    expect(readdirSync(join(d, 'out')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(d, 'out', name), 'utf8')).toBe(`last month's ${name}`);
  });

  it('temporary files are private (0600) while written; the report gets the usual mode', async () => {
    const d = fresh();
    const modes: number[] = [];
    const real = await vi.importActual<typeof import('node:fs')>('node:fs');
    const lazyPiece = function* () {
      const temp = real.readdirSync(d).find((f) => f.endsWith('.tmp'))!;
      modes.push(real.statSync(join(d, temp)).mode & 0o777);
      yield 'second piece';
    };
    await writeFileAtomic(join(d, 'report.json'), (function* () {
      yield 'x'.repeat(100_000); // past the stream's buffer: the writer waits for the open file to drain
      yield* lazyPiece();
    })());
    expect(modes).toEqual([0o600]);
    expect(real.statSync(join(d, 'report.json')).mode & 0o777).toBe(0o666 & ~process.umask());
  });
});
