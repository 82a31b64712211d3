/**
 * The auditor's lists (issue 16): the terminal's "what to do next", the CSV
 * worklist's kinds of row, and the internal HTML and Markdown sections for
 * rejected rows and exceptions — none of it in a public report.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formats, type FormatContext } from '../../src/report/formats/index.js';
import { CSV_COLUMNS } from '../../src/report/formats/csv.js';
import type { Report, RuleReport } from '../../src/report/schema.js';
import { makeRun, makeRunWithExceptions } from './fixtures.js';

const ctx: FormatContext = { color: false, worklist: { command: 'ncrs-audit audit exports/crimes-oct.csv --format csv --out worklist.csv' } };
const report = buildReport(makeRun());
const publicOf = (r: Report): Report => buildReport(makeRun({ ...runOf(r), options: { public: true, includeDetails: false } }));
const runOf = (r: Report) => ({ rejected: r.rejected.map((x) => ({ file: x.file, line: x.line!, reason: x.reason! })), rows: r.rows });

type Spec = [id: string, severity: RuleReport['severity'], status: RuleReport['status'], failed: number];

/** The fixture's report with its rules replaced (only what the lists read matters). */
function withRules(specs: Spec[]): Report {
  const base = report.rules[0]!;
  const rules = specs.map(([id, severity, status, failed]) => ({ ...base, id, name: id.toLowerCase(), severity, status, failed, applicable: 100, passed: 100 - failed }));
  return { ...report, rules };
}

function withRejected(n: number): Report {
  const rejected = Array.from({ length: n }, (_, i) => ({ file: 'exports/crimes-oct.csv', line: 10 + i, reason: `reported_at: 'x${i}' is not a date` }));
  return { ...report, rejected, rows: { ...report.rows, rejected: n } };
}

/** The rule lines of "what to do next", as "ID severity count". */
function ruleLines(out: string): string[] {
  return out.split('\n').flatMap((l) => {
    const m = /^ {4}(\S+) +(error|warning|info) +(\d+) failing records? /.exec(l);
    return m ? [`${m[1]} ${m[2]} ${m[3]}`] : [];
  });
}

describe('terminal: what to do next', () => {
  it.each<{ name: string; rules: Spec[]; listed: string[]; more: number }>([
    { name: 'the fixture: the error rule before the warning', rules: report.rules.map((r) => [r.id, r.severity, r.status, r.failed ?? 0]), listed: ['NCRS-001 error 9', 'DQ-001 warning 3'], more: 0 },
    {
      name: 'a warning with more failures still comes after every error rule',
      rules: [['W-1', 'warning', 'fail', 50], ['E-1', 'error', 'fail', 2], ['E-2', 'error', 'pass', 1]],
      listed: ['E-1 error 2', 'W-1 warning 50'],
      more: 0,
    },
    {
      name: 'most failing first within a group, ties in report order',
      rules: [['E-1', 'error', 'fail', 3], ['E-2', 'error', 'fail', 30], ['E-3', 'error', 'fail', 3], ['W-1', 'warning', 'fail', 1], ['W-2', 'warning', 'fail', 4]],
      listed: ['E-2 error 30', 'E-1 error 3', 'E-3 error 3', 'W-2 warning 4', 'W-1 warning 1'],
      more: 0,
    },
    {
      name: 'seven not met: the worst five, then "and 2 more"',
      rules: [1, 2, 3, 4, 5, 6].map<Spec>((n) => [`E-${n}`, 'error', 'fail', n]).concat([['W-1', 'warning', 'fail', 99]]),
      listed: ['E-6 error 6', 'E-5 error 5', 'E-4 error 4', 'E-3 error 3', 'E-2 error 2'],
      more: 2,
    },
    {
      name: 'info rules, passes, n/a and not measured are not listed',
      rules: [['I-1', 'info', 'fail', 8], ['E-1', 'error', 'pass', 0], ['E-2', 'error', 'n/a', 0], ['E-3', 'error', 'not measured', 0], ['W-1', 'warning', 'fail', 1]],
      listed: ['W-1 warning 1'],
      more: 0,
    },
  ])('$name', ({ rules, listed, more }) => {
    const out = formats.terminal(withRules(rules), ctx);
    expect(ruleLines(out)).toEqual(listed);
    if (more > 0) expect(out).toContain(`    and ${more} more — see the table above`);
    else expect(out).not.toMatch(/and \d+ more — see the table above/);
  });

  it.each([
    { rejected: 0, listed: 0 },
    { rejected: 1, listed: 1 },
    { rejected: 5, listed: 5 },
    { rejected: 6, listed: 5 },
    { rejected: 12, listed: 5 },
  ])('$rejected rejected rows: $listed listed with file:line and reason, "and N more" only past 5', ({ rejected, listed }) => {
    const out = formats.terminal(withRejected(rejected), ctx);
    const lines = out.split('\n').filter((l) => l.startsWith('    exports/crimes-oct.csv:'));
    expect(lines).toEqual(Array.from({ length: listed }, (_, i) => `    exports/crimes-oct.csv:${10 + i}  reported_at: 'x${i}' is not a date`));
    const more = out.match(/ and (\d+) more — every one is in the worklist/g) ?? [];
    expect(more).toEqual(rejected > 5 ? [` and ${rejected - 5} more — every one is in the worklist`] : []);
    expect(out.includes('Rejected rows (not audited')).toBe(rejected > 0);
  });

  it.each<{ name: string; worklist: FormatContext['worklist']; line: string | null }>([
    { name: 'the command that writes it', worklist: ctx.worklist, line: '    ncrs-audit audit exports/crimes-oct.csv --format csv --out worklist.csv' },
    { name: 'the CSV this run wrote', worklist: { written: 'reports/2026-10/report.csv' }, line: '  The worklist (one row per failing record, rejected row and accepted finding): reports/2026-10/report.csv' },
    { name: 'nothing when the CLI gave no pointer', worklist: undefined, line: null },
  ])('points at the worklist: $name', ({ worklist, line }) => {
    const out = formats.terminal(report, { color: false, worklist });
    if (line) expect(out.split('\n')).toContain(line);
    else expect(out).not.toContain('The worklist');
  });

  it('comes last, after the counts and the reports written', () => {
    const out = formats.terminal(report, { ...ctx, written: ['out/report.json'] });
    expect(out.indexOf('What to do next:')).toBeGreaterThan(out.indexOf('Reports written:'));
  });

  it('is absent when there is nothing to do', () => {
    const clean = { ...withRules([['E-1', 'error', 'pass', 0]]), rejected: [], findings: [], rows: { ...report.rows, rejected: 0 } };
    expect(formats.terminal(clean, ctx)).not.toContain('What to do next');
  });

  it('is absent from a public report, which has no lines or reasons', () => {
    const out = formats.terminal(publicOf(withRejected(7)), ctx);
    expect(out).not.toContain('What to do next');
    expect(out).not.toMatch(/crimes-oct\.csv:\d+|is not a date|--format csv/);
    expect(out).toContain('Rejected rows: 7 (unreadable rows; their lines and reasons are in the internal report only)');
  });
});

describe('csv worklist: one kind column', () => {
  const run = makeRunWithExceptions();
  run.notMeasured = new Map([['HOCR-001', { missingFields: ['cancelled_at'], closestHeaders: {} }]]);
  run.rejected = [{ file: 'exports/crimes-oct.csv', line: 17, reason: '=cmd|x: reported_at is not a date' }];
  run.exceptions!.accepted[0]!.message = '@SUM(A1) recorded late';
  const withAll = buildReport(run);
  const csv = formats.csv(withAll, ctx);
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  it('keeps the original eight columns in order, then kind and expires', () => {
    expect(csv.split('\n')[0]).toBe('rule,severity,record_id,file,line,district,record_type,message,kind,expires');
    expect(CSV_COLUMNS.slice(0, 8)).toEqual(['rule', 'severity', 'record_id', 'file', 'line', 'district', 'record_type', 'message']);
  });

  it('has not measured, rejected, finding and accepted rows, in that order', () => {
    const kinds = rows.map((r) => r.kind);
    expect(kinds).toEqual(['not measured', 'rejected', ...withAll.findings!.map(() => 'finding'), 'accepted']);
  });

  it.each([
    { kind: 'not measured', expected: { rule: 'HOCR-001', severity: 'error', record_id: '', file: '', line: '', expires: '' } },
    // A formula in a rejected reason is neutralised like every other cell.
    { kind: 'rejected', expected: { rule: '', record_id: '', file: 'exports/crimes-oct.csv', line: '17', message: "'=cmd|x: reported_at is not a date", expires: '' } },
    {
      kind: 'accepted',
      expected: { rule: 'NCRS-001', severity: 'error', record_id: '13/000099/26', file: 'exports/crimes-oct.csv', line: '99', district: 'Leeds', record_type: 'crime', message: "'@SUM(A1) recorded late", expires: '2026-12-31' },
    },
  ])('a $kind row carries what the auditor needs', ({ kind, expected }) => {
    const row = rows.find((r) => r.kind === kind)!;
    expect(row).toMatchObject(expected);
  });

  it('a finding row is as before, with kind finding and no expiry', () => {
    const row = rows.find((r) => r.kind === 'finding' && r.record_id === '13/000055/26')!;
    expect(row).toEqual({ rule: 'NCRS-001', severity: 'error', record_id: '13/000055/26', file: 'exports/crimes-oct.csv', line: '55', district: 'Bradford', record_type: 'crime', message: 'recorded 26h 5m after the report (limit 24h)', kind: 'finding', expires: '' });
  });

  it('no cell of any kind starts with = + - @', () => {
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('the public CSV stays the per-rule and per-district table: no kind, no rows of records', () => {
    const out = formats.csv(buildReport({ ...run, options: { public: true, includeDetails: false } }), ctx);
    expect(out.split('\n')[0]).toBe('rule,severity,district,applicable,passed,failed,rate,ci95_low,ci95_high,threshold,status,note');
    expect(out).not.toMatch(/rejected|accepted|13\/000099\/26|is not a date|2026-12-31/);
  });
});

describe('html and markdown: rejected rows and exceptions apart', () => {
  const withEx = buildReport(makeRunWithExceptions());
  const hostile = { ...withRejected(1), rejected: [{ file: 'exports/crimes-oct.csv', line: 17, reason: "district: '<script>x</script>|y' is not allowed" }] };

  it.each([
    { format: 'html' as const, has: ['<h2 id="rejected-rows">Rejected rows</h2>', '<h2 id="exceptions">Accepted exceptions</h2>', '>exports/crimes-oct.csv:99<', '>Delay agreed with the FCR<', '>2026-12-31<', '13/000098/26', '13/000097/26', 'Judged as of 2026-10-31.'] },
    { format: 'markdown' as const, has: ['## Rejected rows', '## Accepted exceptions', '| NCRS-001 | 13/000099/26 | exports/crimes-oct.csv:99 | Delay agreed with the FCR | FCR | 2026-12-31 |', '### Expired entries', '| NCRS-001 | 13/000098/26 | Delay agreed with the FCR | FCR | 2026-09-30 |', '### Unused entries', '13/000097/26'] },
  ])('$format: both sections internally, neither in public', ({ format, has }) => {
    const internal = formats[format](withEx, ctx);
    for (const text of has) expect(internal).toContain(text);
    expect(internal).toContain('exports/crimes-oct.csv:17');
    const pub = formats[format](buildReport({ ...makeRunWithExceptions(), options: { public: true, includeDetails: false } }), ctx);
    // (The methods' facts may count exceptions; no section lists them.)
    for (const text of ['## Rejected rows', '## Accepted exceptions', 'id="rejected-rows"', 'id="exceptions"', 'Delay agreed with the FCR', 'FCR |', '>FCR<', 'crimes-oct.csv:17', 'is not a date', '13/000097/26']) expect(pub).not.toContain(text);
  });

  it.each([
    { format: 'html' as const, row: /<tr><td data-label="Row">exports\/crimes-oct\.csv:\d+<\/td>/g },
    { format: 'markdown' as const, row: /^\| exports\/crimes-oct\.csv:\d+ \|/gm },
  ])('$format caps the rejected rows at 200, then says how many more and where', ({ format, row }) => {
    for (const [n, listed] of [[200, 200], [201, 200], [250, 200]] as const) {
      const out = formats[format](withRejected(n), ctx);
      expect(out.match(row)).toHaveLength(listed);
      expect((out.match(/and (\d+) more — see the CSV worklist/g) ?? []).length).toBe(n > 200 ? 1 : 0);
      if (n > 200) expect(out).toContain(`and ${n - 200} more — see the CSV worklist`);
    }
  });

  it('escapes a planted reason: HTML entities, Markdown pipes', () => {
    const html = formats.html(hostile, ctx);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;|y');
    expect(html).not.toContain('<script>x');
    const md = formats.markdown(hostile, ctx);
    expect(md).toMatch(/\| exports\/crimes-oct\.csv:17 \| district: '.*\\\|y' is not allowed \|/);
  });

  it('says so when no row was rejected, and has no exceptions section without --exceptions', () => {
    const none = { ...report, rejected: [], rows: { ...report.rows, rejected: 0 } };
    expect(formats.markdown(none, ctx)).toContain('## Rejected rows\n\nNone: every row was read.');
    expect(formats.html(none, ctx)).not.toContain('Accepted exceptions');
  });
});
