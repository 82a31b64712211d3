/**
 * The internal report's own sections for the auditor (issue 16), in Chromium: the
 * demo month's rejected rows and an accepted exception, read on a 400 px screen.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { connectBrowser, haveBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// A folder name with no place to break: the rows' file:line must wrap, not widen the page.
const LONG = 'exports_of_the_northshire_police_crime_records_system_for_october_2026';
const DEMO = `${LONG}/crimes.csv`;

describe.skipIf(!haveBrowser)('the internal report’s rejected rows and exceptions in Chromium', () => {
  let browser: Browser;
  const dir = tempDir('worklist-browser');
  const html = join(dir, 'internal.html');
  let accepted: { ruleId: string; recordId: string };

  beforeAll(async () => {
    browser = await connectBrowser();
    mkdirSync(join(dir, LONG));
    copyFileSync(join(process.cwd(), 'fixtures/demo/crimes.csv'), join(dir, DEMO));
    const plain = await runCli(['audit', DEMO, '--no-config', '--format', 'json'], { cwd: dir });
    const finding = (JSON.parse(plain.stdout) as Report).findings!.find((f) => f.recordId !== null)!;
    accepted = { ruleId: finding.ruleId, recordId: finding.recordId! };
    writeFileSync(
      join(dir, 'exceptions.yaml'),
      `- rule: ${accepted.ruleId}\n  record_id: "${accepted.recordId}"\n  justification: Agreed with the FCR after review of the full record history\n  accepted_by: FCR\n  expires: 2099-12-31\n`,
    );
    const audit = await runCli(['audit', DEMO, '--no-config', '--exceptions', 'exceptions.yaml', '--format', 'html', '--out', html], { cwd: dir });
    expect(audit.stderr).toBe('');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the 7 rejected rows and the accepted finding, and nothing in them is wider than 400 px', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    expect(await page.locator('#rejected-rows').textContent()).toBe('Rejected rows');
    expect(await page.locator('section.worklist table').first().locator('tbody tr').count()).toBe(7);
    const exceptions = await page.locator('section[aria-labelledby="exceptions"]').innerText();
    expect(exceptions).toContain(accepted.recordId);
    expect(exceptions).toContain('2099-12-31');
    expect(await page.locator('section.worklist td').first().textContent()).toBe(`${DEMO}:556`);
    const tooWide = await page.evaluate(() => {
      type El = { tagName: string; scrollWidth: number; clientWidth: number; getBoundingClientRect: () => { left: number; right: number; width: number } };
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => Iterable<El> } }).document;
      const out: string[] = [];
      for (const e of doc.querySelectorAll('section.worklist, section.worklist *')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && (r.right > 400.5 || r.left < -0.5)) out.push(`${e.tagName} ${Math.round(r.left)}–${Math.round(r.right)}`);
        // A cell's text running out of its box (a path that cannot break) widens the page too.
        if (e.tagName === 'TD' && e.scrollWidth > e.clientWidth + 1) out.push(`${e.tagName} text ${e.scrollWidth} > ${e.clientWidth}`);
      }
      return out;
    });
    expect(tooWide).toEqual([]);
    await page.close();
  });
});
