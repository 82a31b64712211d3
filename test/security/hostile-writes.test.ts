/**
 * `--out` writes regular files only (issue 15, items 1 and 6; cli.md "Writing
 * files"): an existing symlink, device, FIFO, socket, or a folder for one format,
 * is refused with exit 2 and left exactly as it was; missing parent folders are
 * created; a legal long name works; a parent that is a file is a clear exit 2.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';
import { tempName } from '../../src/cli/temp-name.js';

const CLEAN = join(process.cwd(), 'fixtures/security/clean.csv');
const isRoot = process.getuid?.() === 0;
const { dir, cleanup } = scratchDir('writes');
let server: Server | undefined;
beforeAll(async () => {
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports', 'cur.json'), 'the current report');
  symlinkSync(join(dir, 'reports', 'cur.json'), join(dir, 'link.json'));
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  // A device of our own (the null device's numbers), never one under /dev.
  if (isRoot) execFileSync('mknod', [join(dir, 'device.json'), 'c', '1', '3']);
  mkdirSync(join(dir, 'folder.json'));
  writeFileSync(join(dir, 'folder.json', 'keep.txt'), 'x');
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(join(dir, 'socket.json'), resolve));
  writeFileSync(join(dir, 'input.csv'), readFileSync(CLEAN));
});
afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  cleanup();
});

/** What a target is, and for a symlink where it points: all that must stay the same. */
function identity(path: string): string {
  const st: Stats = lstatSync(path);
  const kind = st.isSymbolicLink() ? `link->${readlinkSync(path)}` : st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isCharacterDevice() ? `char ${st.rdev}` : st.isDirectory() ? 'dir' : 'file';
  return `${kind} ino=${st.ino} mode=${st.mode.toString(8)} size=${st.isFile() ? st.size : '-'}`;
}

describe('an --out target that is not a regular file: exit 2, left untouched (item 1)', () => {
  const CASES: [string, string, RegExp, boolean?][] = [
    ['a symlink to another report', 'link.json', /it is a symbolic link/],
    ['a dangling symlink', 'dangling.json', /it is a symbolic link/],
    ['a FIFO (never opened, never waited on)', 'fifo.json', /it is a FIFO/],
    ['a device (made with mknod, as root)', 'device.json', /it is a device/, true],
    ['a socket', 'socket.json', /it is a socket/],
    ['a folder, for one format', 'folder.json', /it is a folder/],
  ];
  it.each(CASES)('%s', async (_name, target, message, needsRoot) => {
    if (needsRoot && !isRoot) return;
    const before = identity(join(dir, target));
    const run = await runCli(['audit', 'input.csv', '--format', 'json', '--out', target], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toContain(`refusing to write ${target}: it `);
    expect(run.stderr).toMatch(message);
    expect(identity(join(dir, target))).toBe(before);
    expect(readFileSync(join(dir, 'reports', 'cur.json'), 'utf8')).toBe('the current report');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink under a report name in an --out folder: the whole set is refused, nothing written', async () => {
    const out = join(dir, 'set-with-link');
    mkdirSync(out);
    symlinkSync(join(dir, 'reports', 'cur.json'), join(out, 'report.json'));
    const run = await runCli(['audit', 'input.csv', '--format', 'csv,json,html', '--out', out], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/refusing to write .*report\.json: it is a symbolic link/);
    expect(readdirSync(out)).toEqual(['report.json']);
    expect(readFileSync(join(dir, 'reports', 'cur.json'), 'utf8')).toBe('the current report');
  });

  it('a parent folder may be a symlink', async () => {
    symlinkSync(join(dir, 'reports'), join(dir, 'reports-link'));
    const run = await runCli(['audit', 'input.csv', '--format', 'json', '--out', 'reports-link/new.json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'new.json'), 'utf8'))).toHaveProperty('status');
  });
});

describe('paths (item 6)', () => {
  it('missing parent folders are created, for one format and for a set', async () => {
    const one = await runCli(['audit', 'input.csv', '--format', 'json', '--out', 'a/b/c/r.json'], { cwd: dir });
    expect(one.exitCode).toBe(0);
    expect(lstatSync(join(dir, 'a/b/c/r.json')).isFile()).toBe(true);
    const set = await runCli(['audit', 'input.csv', '--format', 'json,csv', '--out', 'd/e/out'], { cwd: dir });
    expect(set.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'd/e/out')).sort()).toEqual(['report.csv', 'report.json']);
  });

  it.each([
    ['one format', ['--format', 'json', '--out', 'input.csv/r.json']],
    ['a set', ['--format', 'json,csv', '--out', 'input.csv/out']],
  ])('a parent that is a file (%s): exit 2 naming it, never an internal error', async (_name, args) => {
    const run = await runCli(['audit', 'input.csv', ...args], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/input\.csv is a file, not a folder/);
    expect(readFileSync(join(dir, 'input.csv'))).toEqual(readFileSync(CLEAN));
  });

  it('a legal 250-character file name works (the temporary name stays within 255 bytes)', async () => {
    const name = `${'r'.repeat(245)}.json`;
    const run = await runCli(['audit', 'input.csv', '--format', 'json', '--out', `long/${name}`], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'long'))).toEqual([name]);
  });

  it.each([
    ['short', 'report.json'],
    ['250 ASCII bytes', 'r'.repeat(250)],
    ['250 bytes of 2-byte letters', 'é'.repeat(125)],
    ['250 bytes of 4-byte emoji', '😀'.repeat(62) + 'ab'],
  ])('temporary names within 255 bytes, whole characters: %s', (_name, target) => {
    const temp = tempName(target, 'abcdef012345');
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
    expect(temp).not.toMatch(/\uFFFD/);
    expect(temp.endsWith('.abcdef012345.tmp')).toBe(true);
    expect(temp.startsWith(`.${[...target].slice(0, 10).join('')}`)).toBe(true);
  });
});
