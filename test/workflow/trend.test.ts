import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { computeTrend, trendFormats } from '../../src/workflow/trend/index.js';
import { makeReport, threeMonths } from './helpers/reports.js';
import { tempDir } from '../helpers/temp-dir.js';

const asInputs = (reports: ReturnType<typeof threeMonths>) => reports.map((report, i) => ({ path: `m${i}.json`, report }));

describe('computeTrend', () => {
  const trend = computeTrend(asInputs(threeMonths()).reverse()); // given out of order

  it('orders the months and follows each rule', () => {
    expect(trend.months.map((m) => m.label)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(trend.rules.map((r) => r.id)).toEqual(['NCRS-001', 'NCRS-003']);
    expect(trend.rules[0]!.points.map((p) => p?.rate)).toEqual([0.9, 0.95, 0.952]);
  });

  it('flags 90% → 95% on 1,000 records each as significant, and 90% → 91% on 100 not', () => {
    const ncrs001 = trend.rules[0]!;
    const ncrs003 = trend.rules[1]!;
    expect(ncrs001.changes[0]).toMatchObject({ from: '2026-08', to: '2026-09', significant: true });
    expect(ncrs001.changes[0]!.pValue).toBeLessThan(0.001);
    expect(ncrs001.changes[1]!.significant).toBe(false); // 95.0% → 95.2%
    expect(ncrs003.changes[1]).toMatchObject({ from: '2026-09', to: '2026-10', significant: false });
    expect(ncrs003.changes[1]!.pValue).toBeGreaterThan(0.5);
  });

  it('has no pooled "all rules" line: pooling lets data-quality checks hide national rules', () => {
    expect(trend).not.toHaveProperty('overall');
    expect(trend.test).toMatchObject({ correction: 'Holm', tests: 4 }); // two rules × two month-to-month changes
  });

  it("marks a change only when it survives Holm's correction across every test of the page", () => {
    // 12 rules, each 90.0% -> 93.0% on 700 records: each raw p is about 0.04 (< 0.05),
    // but 12 such tests together are what chance alone gives, so none is marked.
    const ids = Array.from({ length: 12 }, (_, i) => `R-${i + 1}`);
    const months = [
      makeReport('2026-09', ids.map((id) => ({ id, applicable: 700, passed: 630 }))),
      makeReport('2026-10', ids.map((id) => ({ id, applicable: 700, passed: 651 }))),
    ];
    const t = computeTrend(months.map((report, i) => ({ path: `m${i}.json`, report })));
    for (const rule of t.rules) {
      expect(rule.changes[0]!.pValue).toBeLessThan(0.05);
      expect(rule.changes[0]!.pAdjusted).toBeGreaterThan(0.05);
      expect(rule.changes[0]!.significant).toBe(false);
    }
    // One rule alone with the same change keeps its mark.
    const one = computeTrend(months.map((report, i) => ({ path: `m${i}.json`, report: { ...report, rules: report.rules.slice(0, 1) } })));
    expect(one.rules[0]!.changes[0]).toMatchObject({ significant: true });
  });

  it('keeps a gap where a rule is missing or suppressed, and tests no change across it', () => {
    const reports = threeMonths();
    reports[1]!.rules = reports[1]!.rules.filter((r) => r.id !== 'NCRS-003');
    const t = computeTrend(asInputs(reports));
    expect(t.rules[1]!.points[1]).toBeNull();
    expect(t.rules[1]!.changes).toEqual([null, null]);
  });

  it('refuses two reports for one month', () => {
    const r = makeReport('2026-10', [{ id: 'NCRS-001', applicable: 10, passed: 9 }]);
    expect(() => computeTrend([{ path: 'a.json', report: r }, { path: 'b.json', report: r }])).toThrow('two reports for 2026-10: a.json and b.json');
  });
});

describe('trend and editions', () => {
  // August made before editions, September on the first edition, October on 2026/27 for NCRS-001 only.
  const reports = threeMonths();
  const withEdition = (i: number, files: (string | null)[], rules: Record<string, string | null>) => {
    reports[i]!.rulePack.files = files.map((edition, n) => ({ path: `rules/f${n}.yaml`, sha256: 'c'.repeat(64), edition }));
    for (const r of reports[i]!.rules) r.edition = rules[r.id] ?? null;
  };
  withEdition(1, ['2025/26'], { 'NCRS-001': '2025/26', 'NCRS-003': '2025/26' });
  withEdition(2, ['2025/26', '2026/27'], { 'NCRS-001': '2026/27', 'NCRS-003': '2025/26' });
  const trend = computeTrend(asInputs(reports));

  it('names the editions each month used and marks a change', () => {
    expect(trend.months.map((m) => [m.editions, m.editionChanged])).toEqual([
      [[], false],
      [['2025/26'], true],
      [['2025/26', '2026/27'], true],
    ]);
    expect(trend.rules[0]!.points.map((p) => p?.edition)).toEqual([null, '2025/26', '2026/27']);
  });

  it('marks the month a rule changed edition, in every rendering', () => {
    const md = trendFormats.markdown(trend, { color: false });
    expect(md).toContain('- 2026-08: before editions');
    expect(md).toContain('- 2026-10: editions 2025/26 and 2026/27 (changed from the month before)');
    expect(md).toMatch(/\| NCRS-001 .*\| 95\.2% † \|/);
    // NCRS-003: before editions → 2025/26 in September; 2025/26 in both September and October.
    expect(md.split('\n').find((l) => l.startsWith('| NCRS-003'))!.match(/†/g)).toHaveLength(1);
    expect(trendFormats.terminal(trend, { color: false })).toContain('2026-09: edition 2025/26 (changed from the month before)');
    expect(trendFormats.html(trend, { color: false })).toContain('<li>2026-10: editions 2025/26 and 2026/27 (changed from the month before)</li>');
    const csv = trendFormats.csv(trend, { color: false }).split('\n');
    expect(csv.find((l) => l.startsWith('NCRS-001,2026-10,'))!.endsWith(',2026/27,true')).toBe(true);
    expect(csv.find((l) => l.startsWith('NCRS-003,2026-10,'))!.endsWith(',2025/26,false')).toBe(true);
  });
});

describe('trend formats', () => {
  const trend = computeTrend(asInputs(threeMonths()));

  it.each(Object.keys(trendFormats) as (keyof typeof trendFormats)[])('%s renders three months and the flag', (name) => {
    const out = trendFormats[name](trend, { color: false });
    for (const m of ['2026-08', '2026-09', '2026-10']) expect(out).toContain(m);
    if (name === 'json') {
      expect(JSON.parse(out).rules[0].changes[0].significant).toBe(true);
    } else if (name === 'csv') {
      expect(out).toContain('NCRS-001,2026-09,1000,950,0.95');
      expect(out.split('\n').filter((l) => l.split(',')[11] === 'true')).toHaveLength(1); // NCRS-001 2026-08 -> 09
    } else {
      expect(out).toContain('95.0% ▲');
      expect(out).toContain('α = 0.05');
    }
  });

  it('html is self-contained with one SVG line chart per series, intervals drawn, text escaped', () => {
    const reports = threeMonths();
    reports[0]!.rules[0]!.name = '<script>alert(1)</script>';
    reports[2]!.rules[0]!.name = '<script>alert(1)</script>';
    const out = trendFormats.html(computeTrend(asInputs(reports)), { color: false });
    expect(out.match(/<svg /g)).toHaveLength(2);
    expect(out).toContain('class="whisker"');
    expect(out).toContain('class="threshold"');
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('html: small multiples titled above their charts, on one y-scale, each with a reference line', () => {
    const out = trendFormats.html(computeTrend(asInputs(threeMonths())), { color: false });
    const figures = out.match(/<figure>[\s\S]*?<\/figure>/g)!;
    expect(figures).toHaveLength(2);
    for (const fig of figures) {
      expect(fig.indexOf('<figcaption>')).toBeLessThan(fig.indexOf('<svg'));
      expect(fig).toContain('class="threshold"');
    }
    const lowestTick = figures.map((fig) => /class="tick"[^>]*>([^<]+)</.exec(fig)![1]);
    expect(new Set(lowestTick).size).toBe(1);
  });
});

describe('ncrs-audit trend (CLI)', () => {
  const dir = tempDir('trend');
  const paths = threeMonths().map((r, i) => {
    const p = join(dir, `month-${i}.json`);
    writeFileSync(p, JSON.stringify(r));
    return p;
  });

  it('prints the table and writes every format to a folder', async () => {
    const term = await runCli(['trend', ...paths]);
    expect(term.exitCode).toBe(0);
    expect(term.stdout).toContain('NCRS-001');
    const out = join(dir, 'out');
    const all = await runCli(['trend', ...paths, '--format', 'json,csv,markdown,html', '--out', out]);
    expect(all.exitCode).toBe(0);
    expect(readFileSync(join(out, 'trend.html'), 'utf8')).toContain('<svg');
    expect(JSON.parse(readFileSync(join(out, 'trend.json'), 'utf8')).months).toHaveLength(3);
  });

  it('exits 2 on a file that is not a report', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    const r = await runCli(['trend', bad]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('not an ncrs-audit JSON report');
  });
});
