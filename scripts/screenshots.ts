/**
 * npm run screenshots: what a panel member and an auditor see, rendered in headless
 * Chromium to PNG (for the README) and to A4 PDF (as printed), under docs/screenshots/:
 *   - the demo month's internal report and its public (--public) version
 *   - the trend of four generated demo months (July–October 2026)
 *   - the crime recording rate of a sample of the demo month's incidents, with
 *     verdicts filled in by a seeded stand-in for the auditors
 * Everything runs through the built CLI, exactly as a user runs it.
 * Needs `npm run build` and Chromium (Debian: apt-get install chromium).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { chromium } from 'playwright-core';
import { generateDemo } from '../src/demo/generate.js';
import { Rand } from '../src/demo/rand.js';
import { packageRoot } from '../src/package-root.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = packageRoot();
const bin = join(root, 'bin', 'ncrs-audit.js');
const outDir = join(root, 'docs', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'ncrs-screenshots-'));

/** Runs the CLI; exit 0 and 1 are both results (1: the month has problems), 2 is not. */
function cli(args: string[]): void {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`ncrs-audit ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
}

async function writeMonth(month: string, seed: number): Promise<string> {
  const file = join(work, `export-${month}.csv`);
  const out = createWriteStream(file);
  for (const chunk of generateDemo({ seed, rows: 3000, month })) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return file;
}

/**
 * Stands in for the auditors: a seeded verdict on every worksheet row, `#` lines
 * kept. A record that should have been a crime gets one row per crime (1–3, as
 * docs/sampling.md shows), and 7% of them were missed whole (no crime recorded).
 */
function fillWorksheet(file: string): void {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const header = lines.findIndex((l) => !l.startsWith('#'));
  const rows = parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const rand = new Rand(20261031);
  const filled: Record<string, string>[] = [];
  for (const row of rows) {
    if (rand.float() >= 0.35) {
      filled.push({ ...row, should_be_crime: 'N', recorded_correctly: '', auditor: 'A1' });
      continue;
    }
    const u = rand.float();
    const crimes = u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
    const missedWhole = rand.float() < 0.07;
    for (let k = 1; k <= crimes; k++) {
      const correct = !missedWhole && rand.float() < 0.95;
      filled.push({ ...row, crime_seq: crimes > 1 ? String(k) : '', should_be_crime: 'Y', recorded_correctly: correct ? 'Y' : 'N', auditor: 'A1' });
    }
  }
  const columns = Object.keys(rows[0] ?? {});
  writeFileSync(file, `${lines.slice(0, header).join('\n')}\n${stringify(filled, { header: true, columns })}`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(outDir, { recursive: true });
  const demo = join(root, 'fixtures', 'demo', 'crimes.csv');
  const pages: { name: string; html: string }[] = [];

  cli(['audit', demo, '--period', '2026-10', '--format', 'html', '--out', join(work, 'internal.html')]);
  pages.push({ name: 'audit-internal', html: join(work, 'internal.html') });
  cli(['audit', demo, '--period', '2026-10', '--public', '--format', 'html', '--out', join(work, 'public.html')]);
  pages.push({ name: 'audit-public', html: join(work, 'public.html') });

  const reports: string[] = [];
  for (const [i, month] of ['2026-07', '2026-08', '2026-09', '2026-10'].entries()) {
    const report = join(work, `report-${month}.json`);
    cli(['audit', await writeMonth(month, 7000 + i), '--period', month, '--format', 'json', '--out', report]);
    reports.push(report);
  }
  cli(['trend', ...reports, '--format', 'html', '--out', join(work, 'trend.html')]);
  pages.push({ name: 'trend', html: join(work, 'trend.html') });

  const worksheet = 'worksheet-2026-10.csv';
  cli(['sample', demo, '--period', '2026-10', '--record-type', 'incident', '--size', '150', '--seed', '20261031', '--out', worksheet]);
  fillWorksheet(join(work, worksheet));
  cli(['review', worksheet, '--by', 'district', '--format', 'html', '--out', join(work, 'review.html')]);
  pages.push({ name: 'review', html: join(work, 'review.html') });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  try {
    for (const { name, html } of pages) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: false });
      await page.pdf({ path: join(outDir, `${name}.pdf`), format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.close();
      process.stdout.write(`wrote docs/screenshots/${name}.png and .pdf\n`);
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
