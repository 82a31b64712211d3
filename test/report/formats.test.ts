import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { FORMAT_NAMES, formats, type FormatContext } from '../../src/report/formats/index.js';
import { reportSchema } from '../../src/report/schema.js';
import { HOSTILE, makeEarlierRun, makeRun, makeRunWithExceptions } from './fixtures.js';

const report = buildReport(makeRun());
const publicReport = buildReport(makeRun({ options: { public: true, includeDetails: false } }));
const compare = [buildReport(makeEarlierRun('2026-09', [58, 2])), buildReport(makeEarlierRun('2026-08', [50, 10]))];
const ctx: FormatContext = { color: false, written: ['out/report.json', 'out/report.html'] };

const EXT = { terminal: 'txt', json: 'json', csv: 'csv', markdown: 'md', html: 'html', junit: 'xml' } as const;

describe('format registry', () => {
  it('offers exactly the formats of cli.md', () => {
    expect(FORMAT_NAMES).toEqual(['terminal', 'json', 'csv', 'markdown', 'html', 'junit']);
  });

  it.each(FORMAT_NAMES)('%s matches its snapshot', async (name) => {
    await expect(formats[name](report, { ...ctx, compare })).toMatchFileSnapshot(`./__snapshots__/report.${EXT[name]}`);
  });

  it.each(FORMAT_NAMES)('%s (public) matches its snapshot', async (name) => {
    await expect(formats[name](publicReport, ctx)).toMatchFileSnapshot(`./__snapshots__/report-public.${EXT[name]}`);
  });

  it.each(FORMAT_NAMES)('%s is a pure function: same input, same output', (name) => {
    expect(formats[name](report, ctx)).toBe(formats[name](buildReport(makeRun()), ctx));
  });

  it.each(FORMAT_NAMES)('%s (public) shows no record id or finding', (name) => {
    const out = formats[name](publicReport, ctx);
    for (const id of ['13/000055/26', 'INC-0007', HOSTILE.script, HOSTILE.pipes, 'HYPERLINK']) expect(out).not.toContain(id);
    expect(out).not.toContain('31h 10m');
  });
});

describe('json', () => {
  it('is exactly the report, 2-space indented, with a trailing newline', () => {
    const out = formats.json(report, ctx);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(reportSchema.parse(JSON.parse(out))).toEqual(report);
  });
});

describe('terminal', () => {
  it('gives the verdict, the rules, worst districts, rejected rows and where reports went', () => {
    const out = formats.terminal(report, ctx);
    expect(out).toContain('FAIL: 1 error rule failed, 1 row rejected');
    expect(out).toMatch(/NCRS-001 .*crime-recorded-within-24h .*error .*60 .*85\.0% .*73\.9%–91\.9% .*95% .*FAIL/);
    expect(out).toMatch(/HOCR-001 .* N\/A/);
    expect(out).toMatch(/Worst districts \(whole 95% interval below the threshold\):\n {2}Bradford +1 rule below: NCRS-001 70\.0% \(95% interval 48\.1%–85\.5%, threshold 95%\)/);
    expect(out).toContain('Rejected rows: 1');
    expect(out).toContain('out/report.html');
    expect(out).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
  });

  it('colours only when asked', () => {
    const out = formats.terminal(report, { color: true });
    expect(out).toMatch(/\x1b\[31m\x1b\[1mFAIL/); // eslint-disable-line no-control-regex
    expect(out).toMatch(/\x1b\[32mPASS/); // eslint-disable-line no-control-regex
  });

  it('neutralises control characters from the input', () => {
    const run = makeRun({ warnings: ['bad \x1b[2J value'] });
    expect(formats.terminal(buildReport(run), ctx)).not.toContain('\x1b');
  });

  it('marks accepted exceptions', () => {
    const out = formats.terminal(buildReport(makeRunWithExceptions()), ctx);
    expect(out).toContain('FAIL (1 accepted)');
    expect(out).toContain('Exceptions (as of 2026-10-31): 1 accepted, 1 expired, 1 unused');
  });
});

describe('csv', () => {
  const out = formats.csv(report, ctx);
  const lines = out.trimEnd().split('\n');

  it('has the rejected row, then one row per finding in report order, under a fixed header', () => {
    expect(lines[0]).toBe('rule,severity,record_id,file,line,district,record_type,message,kind,expires');
    expect(lines).toHaveLength(1 + report.rejected.length + report.findings!.length);
    expect(lines[1]).toBe(`,,,exports/crimes-oct.csv,17,,,reported_at: '31/02/2026' is not a date,rejected,`);
    expect(lines[2]).toBe('DQ-001,warning,13/000003/26,exports/crimes-oct.csv,3,,,"missing: district, recorded_at",finding,');
  });

  it('neutralises a planted =HYPERLINK formula (and quotes it properly)', () => {
    expect(out).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(lines.every((l) => !/(^|,)"?[=+\-@\t\r]/.test(l))).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['13/1/26', '13/1/26'],
  ])('record id %j comes out as %j', (recordId, cell) => {
    const r = { ...report, rejected: [], findings: [{ ...report.findings![0]!, recordId }] };
    const row = formats.csv(r, ctx).split('\n')[1]!;
    expect(row.split(',')[2]!.replace(/^"|"$/g, '')).toBe(cell);
  });

  it('is the per-rule and per-district table in public mode, with no records', () => {
    const csv = formats.csv(publicReport, ctx);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('rule,severity,district,applicable,passed,failed,rate,ci95_low,ci95_high,threshold,status,note');
    expect(lines).toContain('DQ-001,warning,(all districts),230,,,,,,,suppressed,fewer than 5 met or failed: not published');
    expect(csv).not.toMatch(/13\/0000|record_id|recordId/);
  });
});

describe('html', () => {
  const out = formats.html(report, { ...ctx, compare });

  it('escapes every planted value and contains no script or external resource', () => {
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/<[^>]*\son\w+=/i); // no event-handler attribute in any tag
    expect(out).toContain('Wake|field &lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toMatch(/(src|href)="(https?:|\/\/)/);
    expect(out).not.toContain('@import');
  });

  it('is self-contained, A4-printable and locked down by a CSP', () => {
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(out).toContain('@page { size: A4;');
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
  });

  it('is accessible: captions, header scopes, charts with title and description', () => {
    expect(out.match(/<svg [^>]*role="img"/g)).toHaveLength(5);
    expect(out.match(/<title id="rule-[\w-]+-chart-title">/g)).toHaveLength(5);
    expect(out).toContain('aria-labelledby="rule-NCRS-001-chart-title rule-NCRS-001-chart-desc"');
    expect(out).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    expect(out.match(/<caption[ >]/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('states headlines in plain English and compares with earlier months', () => {
    expect(out).toContain("85.0% of crimes were recorded within 24 hours (95% interval 73.9%–91.9%); the force&#39;s audit threshold is 95%.");
    expect(out).not.toMatch(/national standard/i);
    expect(out).toContain('Compared with earlier months');
    expect(out).toMatch(/August 2026.*September 2026.*October 2026/s);
    expect(out).toContain('Wilson score interval with z = 1.959964');
    expect(out).toContain(report.inputs[0]!.sha256);
  });

  it('public mode says so, lists suppressed rules as too few to report, never "<5"', () => {
    const pub = formats.html(publicReport, ctx);
    expect(pub).toContain('Public version.');
    // Never "<5" in a Rate column: it reads as "under 5%" (report.md).
    expect(pub).toContain('<td class="num" data-label="Rate">fewer than 5</td>');
    expect(pub).toContain('<h3 id="too-few">Too few records to report</h3>');
    expect(pub).not.toContain('&lt;5');
    expect(pub).toMatch(/of the \d+ rules? with enough records to report, \d+ (was|were) not met; \d+ had too few records to report/i);
  });
});

describe('markdown', () => {
  const out = formats.markdown(report, { ...ctx, compare });

  it('escapes pipes and HTML in table cells so no table breaks', () => {
    expect(out).toContain('| Wake\\|field \\<img src=x onerror=alert(1)\\> | 5 | 5 | 100.0% |');
    // every table row has the same number of unescaped pipes as its header
    for (const block of out.split('\n\n').filter((b) => b.startsWith('| '))) {
      const rows = block.split('\n');
      const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (const r of rows) expect(pipes(r)).toBe(pipes(rows[0]!));
    }
  });

  it('has headlines, a section per rule, district charts, comparison and methods', () => {
    expect(out).toContain("85.0% of crimes were recorded within 24 hours (95% interval 73.9%–91.9%); the force's audit threshold is 95%.");
    expect(out).not.toMatch(/national standard/i);
    for (const id of ['NCRS-001', 'NCRS-003', 'HOCR-001', 'HOCR-004', 'DQ-001', 'WY-001']) expect(out).toContain(`### ${id}: `);
    expect(out).toContain('Bradford   ███████████████████├');
    expect(out).toContain('## Compared with earlier months');
    expect(out).toContain('| NCRS-001 | 80.0% | 96.6% | 85.0% | -11.6 points |');
    expect(out).toContain('## Methods');
  });
});

describe('junit', () => {
  const out = formats.junit(report, ctx);

  it('has one suite per rule file and one case per rule', () => {
    expect(out.match(/<testsuite /g)).toHaveLength(4);
    expect(out.match(/<testcase /g)).toHaveLength(6);
    expect(out).toContain('<testsuite name="rules/ncrs/recording.yaml" tests="2" failures="1" errors="0" skipped="0"');
    expect(out).toContain('<testsuites name="ncrs-audit" tests="6" failures="2" errors="0" skipped="1"');
  });

  it('fails failing rules, marks warnings, skips n/a, lists the first findings escaped', () => {
    expect(out).toMatch(/<testcase name="NCRS-001 crime-recorded-within-24h"[^>]*>[\s\S]*?<failure type="error" message="error: 9 of 60 failed/);
    expect(out).toMatch(/<testcase name="DQ-001 required-fields-present \[warning\]"[\s\S]*?<failure type="warning"/);
    expect(out).toMatch(/<testcase name="HOCR-001 cancellation-code-valid"[\s\S]*?<skipped message="n\/a/);
    expect(out).not.toMatch(/<testcase name="NCRS-003[^"]*"[^>]*>(?:(?!<\/testcase>)[\s\S])*<failure/);
    expect(out).toContain('exports/crimes-oct.csv:9 &lt;script&gt;alert(1)&lt;/script&gt;: recorded 25h 0m');
    expect(out).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    expect(out).not.toContain('<script');
    expect(out).toMatch(/message="error: 9 of 60 failed[^"]*; first findings: exports\/crimes-oct\.csv:9 &lt;script&gt;/);
  });

  it('shows at most 10 findings per rule', () => {
    const many = { ...report, findings: Array.from({ length: 25 }, (_, i) => ({ ...report.findings![1]!, line: i + 1 })) };
    const rule = many.rules.map((r) => (r.id === 'NCRS-001' ? { ...r, failed: 25 } : r));
    const xml = formats.junit({ ...many, rules: rule }, ctx);
    const failure = xml.match(/<failure type="error"[^>]*>([\s\S]*?)<\/failure>/)![1]!;
    expect(failure.split('\n').filter((l) => l.startsWith('exports/'))).toHaveLength(10);
    expect(failure).toContain('… and 15 more');
  });
});

describe('any schema-valid report renders', () => {
  // e.g. an earlier month's JSON given to --compare: only the spec's required fields.
  const minimal = reportSchema.parse({
    ...report,
    rules: report.rules.map(({ description: _d, standard: _s, file: _f, line: _l, ...r }) => r),
    findings: undefined,
    filters: undefined,
    public: undefined,
    breakdowns: { district: [], record_type: [] },
    period: null,
  });

  it.each(FORMAT_NAMES)('%s', (name) => {
    const out = formats[name](minimal, ctx);
    expect(out.length).toBeGreaterThan(50);
    expect(out).not.toContain('undefined');
    expect(out).not.toContain('NaN');
  });

  it.each(FORMAT_NAMES)('%s never prints undefined or NaN for the fixture', (name) => {
    for (const r of [report, publicReport, buildReport(makeRunWithExceptions())]) {
      const out = formats[name](r, { ...ctx, compare });
      expect(out).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });
});
