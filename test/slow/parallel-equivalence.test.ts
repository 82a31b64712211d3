/**
 * Parallel parsing must not change a single byte of the report: the same audit
 * run on one thread and with parse workers (many tiny chunks, so chunk boundaries
 * land everywhere, including inside quoted multi-line fields) gives the same JSON.
 *
 * Workers need compiled JavaScript, so the sources are compiled once into a
 * scratch folder under .tmp/ (inside the package, so packages resolve; one per
 * process, removed afterwards) and runAudit is pointed at that worker script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit, type AuditOptions } from '../../src/audit/run-audit.js';
import { parallelStats } from '../../src/ingest/parallel/parallel-batches.js';
import { NO_EXTRA } from '../../src/ingest/mapping/new-record.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatJson } from '../../src/report/formats/json.js';

const root = process.cwd();
const outDir = join(root, '.tmp', `ncrs-perf-test-${process.pid}`);
const script = pathToFileURL(join(outDir, 'src', 'ingest', 'parallel', 'chunk-worker.js'));
let dir = '';

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
      stdio: 'pipe',
    });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; the worker must exist.
  }
  if (!existsSync(script)) throw new Error(`worker not compiled: ${script.pathname}`);
  dir = mkdtempSync(join(tmpdir(), 'ncrs-parallel-'));
  writeInputs(dir);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const DEMO = 'fixtures/demo/crimes.csv';
const CONFORMANCE = 'fixtures/conformance/sample-2026-27-export.csv';
const FIXED = new Date('2026-11-01T00:00:00Z');

/** Inputs built from the demo month: multi-line quoted fields, Windows-1252 bytes, a stray quote, a broken quote. */
function writeInputs(to: string): void {
  const rows = parse(readFileSync(DEMO), { relax_column_count: true }) as string[][];
  const [header, ...data] = rows;
  // closure_rationale is column 10: make many of them span lines, with quotes and commas.
  const multiline = data.map((r, i) => {
    const copy = [...r];
    if (i % 3 === 0) copy[10] = `First line, "quoted"\nsecond line\r\nthird ${i}`;
    if (i % 7 === 0) copy[10] = '\n\n';
    return copy;
  });
  writeFileSync(join(to, 'multiline.csv'), stringify([header!, ...multiline]));
  const cp1252 = stringify([header!, ...multiline.slice(0, 1200).map((r, i) => (i % 5 === 0 ? [...r.slice(0, 10), `Caf\u00e9 \u00bd visit\n${i}`, ...r.slice(11)] : r))]);
  writeFileSync(join(to, 'cp1252.csv'), Buffer.from(cp1252, 'latin1'));
  const lines = readFileSync(DEMO, 'utf8').split('\n');
  // A literal quote inside an unquoted field (read as data under relaxed quoting) breaks quote parity.
  lines[40] = lines[40]!.replace('WY-', 'W"Y-');
  writeFileSync(join(to, 'stray-quote.csv'), lines.join('\n'));
  const broken = readFileSync(DEMO, 'utf8').split('\n');
  // The last data row opens a quote nothing closes.
  broken[broken.length - 2] = broken[broken.length - 2]!.replace(',', ',"never closed');
  writeFileSync(join(to, 'broken.csv'), broken.join('\n'));
  // Blank lines and CRLF line ends.
  writeFileSync(join(to, 'crlf-blank.csv'), readFileSync(DEMO, 'utf8').split('\n').map((l, i) => (i % 50 === 0 ? `${l}\r\n\r\n   ` : l)).join('\r\n'));
}

async function report(inputs: string[], extra: Partial<AuditOptions>): Promise<string> {
  const run = await runAudit({ inputs: inputs.map((p) => (p.startsWith('@') ? join(dir, p.slice(1)) : p)), cwd: root, now: () => FIXED, ...extra });
  return formatJson(buildReport(run), { color: false }).split(dir).join('<tmp>');
}

async function outcome(inputs: string[], extra: Partial<AuditOptions>): Promise<string> {
  try {
    return await report(inputs, extra);
  } catch (error) {
    return `error: ${(error as Error).message}`.split(dir).join('<tmp>');
  }
}

const CASES: { name: string; inputs: string[]; options?: Partial<AuditOptions>; fallback?: boolean }[] = [
  { name: 'conformance month', inputs: [CONFORMANCE] },
  { name: 'demo month', inputs: [DEMO] },
  { name: 'two files', inputs: [DEMO, CONFORMANCE] },
  { name: 'quoted newlines across chunk boundaries', inputs: ['@multiline.csv'] },
  { name: 'Windows-1252 with quoted newlines', inputs: ['@cp1252.csv'] },
  { name: 'CRLF and blank lines', inputs: ['@crlf-blank.csv'] },
  { name: '--period and --district', inputs: [DEMO, '@multiline.csv'], options: { period: '2026-10', districts: ['leeds', 'Bradford'] } },
  {
    name: 'a YAML force profile (day-first dates, an extra column)',
    inputs: ['fixtures/ingest/northshire-export.csv'],
    options: { profile: 'profiles/examples/northshire-niche.yaml' },
  },
  {
    name: 'the police-uk profile (every column kept in extra), two months',
    inputs: ['fixtures/police-uk/2025-07-city-of-london-street.csv', 'fixtures/police-uk/2025-08-city-of-london-street.csv'],
    options: { profile: 'police-uk' },
  },
  { name: 'stray quote (quote parity wrong)', inputs: ['@stray-quote.csv'] },
  { name: 'unterminated quote (an error either way)', inputs: ['@broken.csv'] },
];

const SETTINGS: Partial<AuditOptions>[] = [
  { threads: 2, chunkBytes: 97 },
  { threads: 3, chunkBytes: 4096 },
];

describe('parallel parsing gives the single-threaded report', () => {
  it.each(CASES)('$name', async ({ inputs, options }) => {
    const single = await outcome(inputs, { ...options, threads: 1 });
    for (const setting of SETTINGS) {
      const before = parallelStats.chunks;
      const parallel = await outcome(inputs, { ...options, ...setting, workerScript: script });
      expect(parallel, JSON.stringify(setting)).toBe(single);
      // Workers really parsed chunks (or fell back on purpose, for damaged files).
      expect(parallelStats.chunks + parallelStats.fallbacks).toBeGreaterThan(before);
    }
  }, 60_000);

  it('really ran chunks in workers without falling back on sound files', async () => {
    const chunks = parallelStats.chunks;
    const fallbacks = parallelStats.fallbacks;
    const single = await report([DEMO, '@multiline.csv', '@cp1252.csv'], { threads: 1 });
    const parallel = await report([DEMO, '@multiline.csv', '@cp1252.csv'], { threads: 2, chunkBytes: 500, workerScript: script });
    expect(parallel).toBe(single);
    expect(parallelStats.chunks - chunks).toBeGreaterThan(100);
    expect(parallelStats.fallbacks).toBe(fallbacks);
    // Records without extra columns share one empty map: nothing may have written to it.
    expect(NO_EXTRA.size).toBe(0);
  }, 60_000);

  it('fails the same way on an unterminated quote', async () => {
    const single = await outcome(['@broken.csv'], { threads: 1 });
    expect(single).toMatch(/^error: .*unterminated quoted field/);
  });
});

describe('defaultThreads', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [8, 4],
  ])('%i cores -> %i threads', async (cores, threads) => {
    const { defaultThreads } = await import('../../src/ingest/index.js');
    expect(defaultThreads(cores)).toBe(threads);
  });
});
