/**
 * npm run bench: the audit against its floor, in one run on one machine.
 *   (a) floor: csv-parse alone reading the file into objects (columns: true, one thread)
 *   (b) `ncrs-audit audit <file> --format json` with the full shipped pack
 *   (c) peak RSS of (b)
 *   and, for comparison, (b) again with the other threading (NCRS_AUDIT_THREADS=1 when the
 *   default uses workers on this machine, else 2: one parse worker).
 * Each runs in a fresh child process; generated inputs are cached by seed and size
 * under bench/data/. Results go to stdout and bench/results.json.
 *   BENCH_SIZES=100000,1000000 npm run bench     (default 100000,1000000,5000000)
 *   BENCH_RUNS=3 (default 1: best of N for both a and b)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_MIN_BYTES, defaultThreads } from '../src/ingest/index.js';
import { generateDemo } from '../src/demo/generate.js';
import { packageRoot } from '../src/package-root.js';

const SEED = 20261;
const root = packageRoot();
const dataDir = join(root, 'bench', 'data');
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000,5000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? '1');
const threads = defaultThreads(availableParallelism());
const otherThreads = threads === 1 ? 2 : 1;

interface ChildResult {
  wallMs: number;
  maxRssMb: number;
  rows?: number;
  exitCode?: number;
}

async function ensureInput(rows: number): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `canonical-seed${SEED}-rows${rows}.csv`);
  if (existsSync(file)) return file;
  process.stdout.write(`generating ${rows.toLocaleString('en-GB')} rows -> ${file}\n`);
  const temp = `${file}.tmp`;
  const out = createWriteStream(temp);
  for (const chunk of generateDemo({ seed: SEED, rows, month: '2026-10' })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(temp, file);
  return file;
}

function runChild(script: string, args: string[], env: Record<string, string> = {}): ChildResult {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(root, 'dist', 'scripts', script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...withoutTuning(process.env), ...env },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${script} failed (${child.status}): ${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '{}';
  const reported = JSON.parse(last) as { maxRssKb: number; rows?: number; exitCode?: number };
  return { wallMs, maxRssMb: reported.maxRssKb / 1024, rows: reported.rows, exitCode: reported.exitCode };
}

/** The default audit is measured with default settings, whatever the caller's environment. */
function withoutTuning(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('NCRS_AUDIT_')));
}

function best(script: string, args: string[], env: Record<string, string> = {}): ChildResult {
  let winner: ChildResult | undefined;
  for (let i = 0; i < runs; i++) {
    const result = runChild(script, args, env);
    if (!winner || result.wallMs < winner.wallMs) winner = result;
  }
  return winner!;
}

const results = [];
for (const rows of sizes) {
  const file = await ensureInput(rows);
  const mb = statSync(file).size / 1e6;
  const floor = best('bench-floor.js', [file]);
  const load = loadavg()[0]!;
  const audit = best('bench-audit.js', [file]);
  const other = best('bench-audit.js', [file], { NCRS_AUDIT_THREADS: String(otherThreads) });
  const row = {
    rows,
    fileMb: round(mb),
    floor: { seconds: round(floor.wallMs / 1000), rowsPerSecond: Math.round(rows / (floor.wallMs / 1000)), mbPerSecond: round(mb / (floor.wallMs / 1000)), peakRssMb: round(floor.maxRssMb) },
    audit: { seconds: round(audit.wallMs / 1000), rowsPerSecond: Math.round(rows / (audit.wallMs / 1000)), mbPerSecond: round(mb / (audit.wallMs / 1000)), peakRssMb: round(audit.maxRssMb), exitCode: audit.exitCode },
    ratio: round(audit.wallMs / floor.wallMs),
    /** Threads the default audit used for this input (workers only above PARALLEL_MIN_BYTES). */
    auditThreads: statSync(file).size > PARALLEL_MIN_BYTES ? threads : 1,
    auditOther: { threads: otherThreads, seconds: round(other.wallMs / 1000), rowsPerSecond: Math.round(rows / (other.wallMs / 1000)), peakRssMb: round(other.maxRssMb), ratio: round(other.wallMs / floor.wallMs) },
    /** 1-minute load average when the audits started: other work on the machine skews the figures. */
    loadAverage: round(load),
  };
  results.push(row);
  process.stdout.write(
    `${rows.toLocaleString('en-GB').padStart(10)} rows ${row.fileMb.toFixed(0).padStart(5)} MB | floor ${row.floor.seconds.toFixed(2)} s ` +
      `(${row.floor.rowsPerSecond.toLocaleString('en-GB')} rows/s, ${row.floor.mbPerSecond} MB/s) | audit ${row.audit.seconds.toFixed(2)} s ` +
      `(${row.audit.rowsPerSecond.toLocaleString('en-GB')} rows/s, ${row.audit.mbPerSecond} MB/s, peak RSS ${row.audit.peakRssMb.toFixed(0)} MB) | ratio ${row.ratio.toFixed(2)}` +
      ` | ${otherThreads} thread(s) ${row.auditOther.seconds.toFixed(2)} s (ratio ${row.auditOther.ratio.toFixed(2)}, ${row.auditOther.peakRssMb.toFixed(0)} MB) | load ${row.loadAverage}\n`,
  );
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, availableParallelism: availableParallelism(), memoryGb: round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, seed: SEED, runs, results }, null, 2)}\n`);
process.stdout.write(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}\nwritten bench/results.json\n`);

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
