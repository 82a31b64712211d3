import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProgress, parseRecommendations, progressFormats, ruleIdsOf, type ProgressResult } from '../../src/workflow/progress/index.js';
import { recommendationsTemplate } from '../../src/workflow/progress/template.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { makeReport } from './helpers/reports.js';
import { MONTHS, RECOMMENDATIONS, progressMonths } from './helpers/progress-months.js';

const dir = tempDir('progress');

const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const reports = progressMonths().map((r) => write(`report-${r.period}.json`, JSON.stringify(r)));
const recs = write('recs.yaml', RECOMMENDATIONS);
const variant = (name: string, from: string, to: string) => {
  expect(RECOMMENDATIONS).toContain(from);
  return write(name, RECOMMENDATIONS.replace(from, to));
};
const publicReport = write('public.json', JSON.stringify({ ...progressMonths()[6], public: true }));

/** A terminal table row: "│ R1 │ … │ met │ …". */
const row = (id: string, status: string, latest: string) => new RegExp(`│ ${id} +│[^\\n]*│ ${status} +│ ${latest}`);

interface CliRow {
  name: string;
  args: () => string[];
  exitCode: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
}

const ROWS: CliRow[] = [
  {
    name: 'each recommendation gets the status its rates were built for',
    args: () => ['progress', recs, ...reports],
    exitCode: 0,
    stdout: [
      row('R1', 'met', 'NCRS-001 96\\.0% \\(target 95%\\)'),
      row('R2', 'improving', 'NCRS-002 86\\.0% \\(target 95%\\)'),
      row('R3', 'overdue', 'NCRS-003 87\\.0%'),
      row('R4', 'not improving', 'HOCR-001 91\\.0%'),
      row('R5', 'not measured', 'no rule measures it'),
      row('R6', 'not measured', 'NCRS-005 not in the latest report'),
      row('R7', 'met', 'DQ-001 99\\.4%'),
      /R2 improving: NCRS-002 improved significantly since the baseline \(2026-04\)/,
      /R4 not improving: no rule improved significantly since the baseline/,
      /R6 not measured: NCRS-005 is not in the latest report \(2026-10\)/,
      /Baseline 2026-04, latest 2026-10 \(7 monthly reports/,
    ],
  },
  {
    name: 'given out of order, the months are still put in order',
    args: () => ['progress', recs, ...[...reports].reverse()],
    exitCode: 0,
    stdout: [row('R1', 'met', 'NCRS-001 96\\.0%'), /Baseline 2026-04, latest 2026-10/],
  },
  {
    name: 'without the baseline month, the earliest report stands in and the report says so',
    args: () => ['progress', recs, ...reports.slice(2)],
    exitCode: 0,
    stdout: [/No report for the baseline month 2026-04 was given: the earliest report given \(2026-06\) is used as the baseline/],
  },
  {
    name: 'public: counts 1–4 suppressed, a status resting on them is "too few records to report"',
    args: () => ['progress', recs, ...reports, '--public'],
    exitCode: 0,
    stdout: [row('R7', 'too few records to report', 'DQ-001 fewer than 5'), row('R1', 'met', 'NCRS-001 96\\.0%'), row('R2', 'improving', 'NCRS-002'), /Public version|public version/],
  },
  {
    name: 'a wrong rule id: exit 2 naming file, line and column',
    args: () => ['progress', variant('wrong-rule.yaml', 'measured_by: [NCRS-001]', 'measured_by: [NCRS-0001]'), ...reports],
    exitCode: 2,
    stderr: [/wrong-rule\.yaml:9:19: rule 'NCRS-0001' is in none of the reports given \(hint: did you mean 'NCRS-001'\?\)/],
  },
  {
    name: 'a duplicate id: exit 2 naming file, line and column',
    args: () => ['progress', variant('duplicate.yaml', '  - id: R2', '  - id: R1'), ...reports],
    exitCode: 2,
    stderr: [/duplicate\.yaml:11:9: duplicate id 'R1' \(first used on line 4\)/],
  },
  {
    name: 'a bad date: exit 2 naming file, line and column',
    args: () => ['progress', variant('bad-date.yaml', 'due: 2026-06-30', 'due: 2026-02-30'), ...reports],
    exitCode: 2,
    stderr: [/bad-date\.yaml:18:10: due must be a real date written YYYY-MM-DD/],
  },
  {
    name: 'an unknown key: exit 2 with a suggestion',
    args: () => ['progress', variant('unknown-key.yaml', '    owner: Head of Contact', '    owners: Head of Contact'), ...reports],
    exitCode: 2,
    stderr: [/unknown-key\.yaml:14:5: unknown key 'owners' \(hint: did you mean 'owner'\?\)/],
  },
  {
    name: 'a YAML syntax error: exit 2 at its position',
    args: () => ['progress', variant('syntax.yaml', 'actions: Recording team enlarged.', 'actions: Recording: enlarged.'), ...reports],
    exitCode: 2,
    stderr: [/syntax\.yaml:10:\d+: YAML syntax/],
  },
  {
    name: 'a public report as input: exit 2',
    args: () => ['progress', recs, ...reports.slice(0, 6), publicReport],
    exitCode: 2,
    stderr: [/public\.json: is a public report \(--public\): progress needs the monthly JSON reports with their counts/],
  },
  {
    name: 'two reports for one month: exit 2',
    args: () => ['progress', recs, ...reports, write('again.json', readFileSync(reports[6]!, 'utf8'))],
    exitCode: 2,
    stderr: [/two reports for 2026-10/],
  },
  {
    name: 'a missing recommendations file: exit 2',
    args: () => ['progress', join(dir, 'nope.yaml'), ...reports],
    exitCode: 2,
    stderr: [/nope\.yaml:1:1: the recommendations file does not exist/],
  },
];

describe('ncrs-audit progress (CLI)', () => {
  it.each(ROWS)('$name', async ({ args, exitCode, stdout = [], stderr = [] }) => {
    const r = await runCli(args());
    expect(r.exitCode, r.stderr).toBe(exitCode);
    for (const re of stdout) expect(r.stdout).toMatch(re);
    for (const re of stderr) expect(r.stderr).toMatch(re);
    if (exitCode === 2) expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a config file with public: true makes the page public, as it does the audit; --no-config ignores it', async () => {
    const here = tempDir('progress-config');
    writeFileSync(join(here, 'ncrs-audit.config.yaml'), 'public: true\n');
    const r = await runCli(['progress', recs, ...reports, '--format', 'json'], { cwd: here });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ public: true, file: 'recs.yaml' });
    const plain = await runCli(['progress', recs, ...reports, '--format', 'json', '--no-config'], { cwd: here });
    expect(JSON.parse(plain.stdout)).toMatchObject({ public: false });
  });

  it('writes every format into a folder', async () => {
    const out = join(dir, 'out');
    const r = await runCli(['progress', recs, ...reports, '--format', 'json,markdown,html', '--out', out]);
    expect(r.exitCode, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8')) as ProgressResult;
    expect(json.recommendations.map((x) => x.status)).toEqual(['met', 'improving', 'overdue', 'not improving', 'not measured', 'not measured', 'met']);
    expect(readFileSync(join(out, 'progress.md'), 'utf8')).toMatch(/^\| R2 \| Crime-related incidents should be recorded or closed with a reason \| Head of Contact \| 2027-03-31 \| improving \| NCRS-002 86\.0% \(target 95%\) \|$/m);
    expect(readFileSync(join(out, 'progress.html'), 'utf8')).toContain('<svg');
  });
});

describe('progress formats', () => {
  it('keep the force\'s line breaks in HTML and show control and bidi characters escaped', () => {
    const text = RECOMMENDATIONS.replace('actions: Recording team enlarged.', 'actions: |\n      First line.\n      Second \u202eline.');
    const loaded = progressMonths().map((report) => ({ path: `${report.period}.json`, report }));
    const result = computeProgress(parseRecommendations(text, 'recs.yaml', ruleIdsOf(loaded)), loaded, { file: 'recs.yaml', public: false });
    const html = progressFormats.html(result, { color: false });
    expect(html).toContain('<p class="actions">First line.<br>Second \\u202eline.</p>');
    expect(progressFormats.terminal(result, { color: false })).toContain('Actions: First line. Second \\u202eline.');
    expect(progressFormats.markdown(result, { color: false })).toContain('First line. Second \\\\u202eline.');
  });
});

describe('computeProgress', () => {
  const loaded = progressMonths().map((report) => ({ path: `reports/${report.period}.json`, report }));
  const file = parseRecommendations(RECOMMENDATIONS, 'recs.yaml', ruleIdsOf(loaded));
  const result = computeProgress(file, loaded, { file: 'recs.yaml', public: false });
  const rec = (id: string) => result.recommendations.find((r) => r.id === id)!;

  it('carries baseline, latest, change and its test for each rule', () => {
    const r2 = rec('R2').rules[0]!;
    expect(r2.baseline).toMatchObject({ period: '2026-04', applicable: 1000, passed: 800, rate: 0.8 });
    expect(r2.latest).toMatchObject({ period: '2026-10', passed: 860, rate: 0.86 });
    expect(r2.change!.difference).toBeCloseTo(0.06, 10);
    expect(r2.change).toMatchObject({ significant: true, direction: 'better' });
    expect(r2.change!.pValue).toBeLessThan(0.001);
    expect(rec('R4').rules[0]!.change).toMatchObject({ significant: false, direction: 'no significant change' });
    expect(r2.series.points).toHaveLength(MONTHS.length);
    expect(r2.series.threshold).toBe(0.95); // the target drawn on the chart
    // The page tests baseline against latest only: no month-to-month tests ride along.
    expect(r2.series.changes).toEqual(Array(MONTHS.length - 1).fill(null));
    expect(result.test).toMatchObject({ alpha: 0.05, sides: 2, corrected: false });
  });

  it('takes the target from the recommendation, else the rule, else 100%', () => {
    const withTarget = parseRecommendations(RECOMMENDATIONS.replace('measured_by: [NCRS-002]', 'measured_by: [NCRS-002]\n    target: 0.85'), 'recs.yaml', ruleIdsOf(loaded));
    const r = computeProgress(withTarget, loaded, { file: 'recs.yaml', public: false }).recommendations[1]!;
    expect(r).toMatchObject({ status: 'met', target: 0.85 });
    expect(r.rules[0]).toMatchObject({ target: 0.85, targetFrom: 'recommendation', met: true });
    const noThreshold = loaded.map(({ path, report }) => ({ path, report: { ...report, rules: report.rules.map((x) => ({ ...x, threshold: null })) } }));
    const r1 = computeProgress(file, noThreshold, { file: 'recs.yaml', public: false }).recommendations[0]!;
    expect(r1.rules[0]).toMatchObject({ target: 1, targetFrom: 'default', met: false });
  });

  it('orders statuses as the spec does: not measured before met, met before overdue', () => {
    // R3 is overdue; once met it is met, however late.
    const met = parseRecommendations(RECOMMENDATIONS.replace('measured_by: [NCRS-003]', 'measured_by: [NCRS-003]\n    target: 0.8'), 'recs.yaml', ruleIdsOf(loaded));
    expect(computeProgress(met, loaded, { file: 'f', public: false }).recommendations[2]!.status).toBe('met');
    // R1 (met) measured by a rule missing from the latest report too: not measured.
    const both = parseRecommendations(RECOMMENDATIONS.replace('measured_by: [NCRS-001]', 'measured_by: [NCRS-001, NCRS-005]'), 'recs.yaml', ruleIdsOf(loaded));
    expect(computeProgress(both, loaded, { file: 'f', public: false }).recommendations[0]).toMatchObject({ status: 'not measured', reason: 'NCRS-005 is not in the latest report (2026-10)' });
    // A rule that applied to nothing in the latest month: not measured.
    const empty = loaded.map((l, i) => (i === 6 ? { ...l, report: makeReport('2026-10', [{ id: 'NCRS-001', applicable: 0, passed: 0 }]) } : l));
    expect(computeProgress(file, empty, { file: 'f', public: false }).recommendations[0]).toMatchObject({ status: 'not measured', reason: 'NCRS-001 applied to no records in 2026-10' });
  });

  it('improving needs no rule significantly worse', () => {
    const worse = loaded.map(({ path, report }) => ({
      path,
      report: { ...report, rules: [...report.rules, ...makeReport(report.period, [{ id: 'HOCR-002', applicable: 1000, passed: report.period === '2026-10' ? 800 : 900 }]).rules] },
    }));
    const f = parseRecommendations(RECOMMENDATIONS.replace('measured_by: [NCRS-002]', 'measured_by: [NCRS-002, HOCR-002]'), 'recs.yaml', ruleIdsOf(worse));
    expect(computeProgress(f, worse, { file: 'f', public: false }).recommendations[1]).toMatchObject({
      status: 'not improving',
      reason: 'HOCR-002 got significantly worse since the baseline (2026-04)',
    });
  });

  it('names an edition change beside the rule; a report without editions is "before editions"', () => {
    const withEditions = loaded.map(({ path, report }) => ({
      path,
      report: { ...report, rules: report.rules.map((x) => (report.period === '2026-10' ? { ...x, edition: '2026.2' } : x)) },
    }));
    const r = computeProgress(file, withEditions, { file: 'f', public: false });
    expect(r.recommendations[0]!.rules[0]!.editionChange).toEqual({ from: null, to: '2026.2' });
    expect(result.recommendations[0]!.rules[0]!.editionChange).toBeNull();
    const nullEditions = loaded.map(({ path, report }) => ({ path, report: { ...report, rules: report.rules.map((x) => ({ ...x, edition: null })) } }));
    expect(computeProgress(file, nullEditions, { file: 'f', public: false }).recommendations[0]!.rules[0]!.editionChange).toBeNull();
    const md = progressFormats.markdown(r, { color: false });
    expect(md).toContain('rule edition changed between baseline and latest: before editions → 2026.2');
  });

  describe('public mode', () => {
    const pub = computeProgress(file, loaded, { file: 'folder/recs.yaml', public: true });
    const r7 = pub.recommendations[6]!;

    it('hides counts 1–4 and every figure resting on them', () => {
      expect(r7.status).toBe('suppressed');
      expect(r7.rules[0]!.latest).toMatchObject({ applicable: 500, passed: null, failed: null, rate: null, ci95: null, suppressed: true });
      expect(r7.rules[0]!.change).toBeNull();
      expect(r7.rules[0]!.met).toBeNull();
      expect(r7.rules[0]!.series.points[6]).toMatchObject({ passed: null, rate: null, suppressed: true });
      expect(r7.rules[0]!.series.changes[5]).toBeNull();
      // Nowhere in the result: neither the count, nor the rate, nor the status it implies.
      const text = JSON.stringify(r7);
      expect(text).not.toMatch(/"(passed|failed)":(497|3)\b/);
      expect(text).not.toContain('0.994');
      expect(r7.rules[0]!.latest!.status).toBe('suppressed');
      expect(r7.rules[0]!.series.points[6]!.status).toBeNull();
    });

    it('keeps statuses that rest on published figures, and names files without folders', () => {
      expect(pub.recommendations.slice(0, 6).map((r) => r.status)).toEqual(['met', 'improving', 'overdue', 'not improving', 'not measured', 'not measured']);
      expect(pub.file).toBe('recs.yaml');
      expect(pub.baseline.source).toBe('2026-04.json');
      expect(pub.months.every((m) => !m.source.includes('/'))).toBe(true);
      expect(pub.counts).toMatchObject({ met: 1, suppressed: 1 });
    });

    it('an overdue recommendation stays overdue while another of its rules is seen below target', () => {
      const f = parseRecommendations(RECOMMENDATIONS.replace('measured_by: [NCRS-003]', 'measured_by: [NCRS-003, DQ-001]'), 'recs.yaml', ruleIdsOf(loaded));
      const r3 = computeProgress(f, loaded, { file: 'f', public: true }).recommendations[2]!;
      expect(r3).toMatchObject({ status: 'overdue', reason: 'due 2026-06-30; NCRS-003 below target in 2026-10' });
    });
  });
});

describe('recommendations file', () => {
  it.each([
    ['empty file', '', /recs\.yaml:1:1: missing 'source'/],
    ['baseline not a month', RECOMMENDATIONS.replace('baseline: "2026-04"', 'baseline: "April"'), /recs\.yaml:2:11: baseline must be a month written YYYY-MM/],
    ['target above 1', RECOMMENDATIONS.replace('measured_by: [NCRS-002]', 'measured_by: [NCRS-002]\n    target: 95'), /recs\.yaml:16:13: target is a rate from 0 to 1/],
    ['no recommendations', 'source: x\nbaseline: "2026-04"\nrecommendations: []\n', /recs\.yaml:3:18: the list is empty/],
    ['a rule listed twice', RECOMMENDATIONS.replace('measured_by: [NCRS-002]', 'measured_by: [NCRS-002, NCRS-002]'), /recs\.yaml:15:29: rule 'NCRS-002' is listed twice/],
    ['an alias', RECOMMENDATIONS.replace('owner: Head of Contact', 'owner: &o Head of Contact'), /anchor &o is not allowed in a recommendations file/],
  ])('%s', (_name, text, problem) => {
    const ids = new Set(['NCRS-001', 'NCRS-002', 'NCRS-003', 'NCRS-005', 'HOCR-001', 'DQ-001']);
    expect(() => parseRecommendations(text, 'recs.yaml', ids)).toThrow(problem);
  });

  it('the template init writes and the shipped demo example are valid', async () => {
    const ids = new Set(['NCRS-001', 'NCRS-002', 'HOCR-001', 'HOCR-002', 'HOCR-003', 'WY-001']);
    expect(parseRecommendations(recommendationsTemplate('northshire'), 'recommendations.yaml', ids).recommendations).toHaveLength(1);
    const initDir = tempDir('progress-init');
    expect((await runCli(['init', '--name', 'northshire'], { cwd: initDir })).stdout).toContain('created recommendations.yaml');
    expect(readFileSync(join(initDir, 'recommendations.yaml'), 'utf8')).toBe(recommendationsTemplate('northshire'));
    const demo = readFileSync(join(process.cwd(), 'fixtures/demo/recommendations.yaml'), 'utf8');
    const parsed = parseRecommendations(demo, 'recommendations.yaml', ids);
    expect(parsed.recommendations.length).toBeGreaterThanOrEqual(4);
    expect(parsed.source).toMatch(/example/i);
  });
});

describe('progress pages say when they were made', () => {
  const loaded = progressMonths().map((report) => ({ path: `reports/${report.period}.json`, report }));
  const file = parseRecommendations(RECOMMENDATIONS, 'recs.yaml', ruleIdsOf(loaded));
  const result = computeProgress(file, loaded, { file: 'recs.yaml', public: false, now: () => new Date('2026-11-29T11:58:07.123Z') });

  it.each(['terminal', 'markdown', 'html'] as const)('%s', (format) => {
    expect(result.generatedAt).toBe('2026-11-29T11:58:07.123Z');
    const text = progressFormats[format](result, { color: false });
    expect(text).toMatch(/Made 29 November 2026, 11:58 UTC by ncrs-audit \S+\./);
    expect(text).not.toContain('11:58:07.123');
  });
});
