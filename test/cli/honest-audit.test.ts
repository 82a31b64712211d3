/**
 * Issue 14's cases as CLI rows: an audit never claims what it did not measure
 * (rules.md "Status"), an audit of nothing fails and names the filter values
 * that matched nothing, a config file is named wherever it comes from and is
 * not looked for above the project's `.git`, and public reports give no small
 * number away (report.md `--public`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const CLEAN = resolve('fixtures/security/clean.csv');
const tmp = tempDir('honest');

/** clean.csv as another force exports it: recorded_at and incident_id under their own names. */
const renamed = join(tmp, 'other-force.csv');
writeFileSync(renamed, readFileSync(CLEAN, 'utf8').replace('incident_id,', 'Incident Ref,').replace('recorded_at,', 'Date Recorded,'));

// A config two folders up from the working folder, and a project (with .git) below it.
const outer = join(tmp, 'outer');
const work = join(outer, 'a', 'b');
mkdirSync(work, { recursive: true });
writeFileSync(join(outer, 'ncrs-audit.config.yaml'), 'districts: [Leeds]\n');
// A "config" that is a folder: refused, never skipped over.
const odd = join(tmp, 'odd');
mkdirSync(join(odd, 'ncrs-audit.config.yaml'), { recursive: true });
const project = join(tmp, 'outer', 'project');
mkdirSync(join(project, '.git'), { recursive: true });
mkdirSync(join(project, 'sub'), { recursive: true });

interface Row {
  name: string;
  args: string[];
  cwd?: string;
  exitCode: 0 | 1 | 2;
  stdout?: RegExp[];
  stderr?: RegExp | '';
  json?: (report: Record<string, unknown> & { rules: Record<string, unknown>[] }) => void;
}

const rule = (report: { rules: Record<string, unknown>[] }, id: string) => report.rules.find((r) => r.id === id)!;

const ROWS: Row[] = [
  {
    name: 'renamed headers: national rules not measured, with the missing fields and a --profile hint (exit 1)',
    args: ['audit', renamed, '--no-config'],
    exitCode: 1,
    stdout: [/^FAIL: \d+ error rules not measured \(try --profile\)/m, /NCRS-001 needs recorded_at, which no input maps \(closest header: 'Date Recorded' for recorded_at\); map the export's columns with --profile/, /NOT MEASURED/],
  },
  {
    name: 'renamed headers in JSON: counts null, missingFields, closest headers',
    args: ['audit', renamed, '--no-config', '--format', 'json'],
    exitCode: 1,
    json: (r) => {
      expect(rule(r, 'NCRS-001')).toMatchObject({ status: 'not measured', applicable: null, failed: null, passed: null, rate: null, ci95: null, missingFields: ['recorded_at'], closestHeaders: { recorded_at: 'Date Recorded' } });
      expect(rule(r, 'NCRS-003')).toMatchObject({ status: 'not measured', missingFields: ['incident_id'] });
      expect(rule(r, 'HOCR-004')).toMatchObject({ status: 'pass' }); // what can be measured still is
      expect(r.status).toBe('fail');
      expect((r.findings as { ruleId: string }[]).some((f) => f.ruleId === 'NCRS-001')).toBe(false);
    },
  },
  {
    name: 'renamed headers in JUnit: a not-measured error rule is a failure naming its fields',
    args: ['audit', renamed, '--no-config', '--format', 'junit'],
    exitCode: 1,
    stdout: [/<failure type="error" message="not measured: needs recorded_at, which no input maps/],
  },
  {
    name: 'renamed headers in the CSV worklist: a row per rule not measured',
    args: ['audit', renamed, '--no-config', '--format', 'csv'],
    exitCode: 1,
    stdout: [/^NCRS-001,error,,,,,,"not measured: needs recorded_at, which no input maps/m],
  },
  {
    name: 'renamed headers in Markdown: no claim that the force met its standards',
    args: ['audit', renamed, '--no-config', '--format', 'markdown'],
    exitCode: 1,
    stdout: [/recording rules were not measured, because a field they need is in none of the input files/, /Not measured: this rule needs recorded\\_at/],
  },
  {
    name: '--district Leds: an audit of nothing fails and names the closest district',
    args: ['audit', CLEAN, '--no-config', '--district', 'Leds'],
    exitCode: 1,
    stdout: [/no record has district 'Leds' \(closest: Leeds\)/, /no record was evaluated/],
  },
  {
    name: '--period with no data: fails and names the closest month',
    args: ['audit', CLEAN, '--no-config', '--period', '2027-01'],
    exitCode: 1,
    stdout: [/no record was reported in 2027-01 \(closest: 2026-10\)/],
  },
  {
    name: 'a filter that matches still passes',
    args: ['audit', CLEAN, '--no-config', '--district', 'leeds'],
    exitCode: 0,
    stdout: [/^PASS: /m],
  },
  {
    name: 'a config two folders up is used, named on stderr and in the JSON',
    args: ['audit', CLEAN, '--format', 'json'],
    cwd: work,
    exitCode: 0,
    stderr: /^ncrs-audit: using config \.\.\/\.\.\/ncrs-audit\.config\.yaml\n$/,
    json: (r) => {
      expect(r.config).toEqual({ path: '../../ncrs-audit.config.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(r.filters).toEqual({ period: null, districts: ['Leeds'] }); // the config applied
    },
  },
  {
    name: '--quiet: the config is used but not announced',
    args: ['audit', CLEAN, '--format', 'json', '--quiet'],
    cwd: work,
    exitCode: 0,
    stderr: '',
  },
  {
    name: '--no-config refuses it',
    args: ['audit', CLEAN, '--format', 'json', '--no-config'],
    cwd: work,
    exitCode: 0,
    stderr: '',
    json: (r) => {
      expect(r.config).toBeNull();
      expect(r.filters).toEqual({ period: null, districts: [] });
    },
  },
  {
    name: 'the search stops at the folder holding .git: a config above it is not used',
    args: ['audit', CLEAN, '--format', 'json'],
    cwd: join(project, 'sub'),
    exitCode: 0,
    stderr: '',
    json: (r) => {
      expect(r.config).toBeNull();
      expect(r.filters).toEqual({ period: null, districts: [] });
    },
  },
  {
    name: 'a config found that is not a regular file is exit 2',
    args: ['audit', CLEAN, '--format', 'json'],
    cwd: odd,
    exitCode: 2,
    stderr: /ncrs-audit\.config\.yaml:1:1: cannot read the config file: it is a folder/,
  },
];

describe('ncrs-audit audit: honest results (issue 14)', () => {
  it.each(ROWS)('$name', async (row) => {
    const run = await runCli(row.args, { cwd: row.cwd ?? process.cwd() });
    expect(run.exitCode, run.stderr).toBe(row.exitCode);
    for (const re of row.stdout ?? []) expect(run.stdout).toMatch(re);
    if (row.stderr === '') expect(run.stderr).toBe('');
    else if (row.stderr) expect(run.stderr).toMatch(row.stderr);
    if (row.json) row.json(JSON.parse(run.stdout));
  });
});

describe('--public across commands (report.md)', () => {
  const full = join(tmp, 'full.json');
  const pub = join(tmp, 'public.json');

  it('audit --public: suppressed rules listed as too few to report, nothing that names a record', async () => {
    expect((await runCli(['audit', CLEAN, '--no-config', '--format', 'json', '--out', full])).exitCode).toBe(0);
    const run = await runCli(['audit', CLEAN, '--no-config', '--public', '--format', 'json', '--out', pub]);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(pub, 'utf8')) as { rules: { id: string; status: string; failed: number | null }[]; findings?: unknown; inputs: { path: string }[] };
    expect(report.findings).toBeUndefined();
    expect(report.rules.find((r) => r.id === 'NCRS-001')).toMatchObject({ status: 'suppressed', failed: null });
    expect(report.inputs[0]!.path).toBe('clean.csv'); // no folders
    const terminal = await runCli(['audit', CLEAN, '--no-config', '--public']);
    expect(terminal.stdout).toMatch(/^Too few records to report \(fewer than 5 met or failed\): .*NCRS-001/m);
    expect(terminal.stdout).not.toMatch(/<5|CR-1|INC-1/);
  });

  it('audit --public --compare: earlier months are suppressed too', async () => {
    const run = await runCli(['audit', CLEAN, '--no-config', '--public', '--compare', full, '--format', 'markdown']);
    const table = run.stdout.slice(run.stdout.indexOf('## Compared with earlier months'));
    expect(table).toMatch(/\| NCRS-001 \| not published \| not published \|/);
    expect(table).not.toMatch(/\d+\.\d%/);
  });

  it('trend refuses a public report (exit 2) and publishes with --public', async () => {
    const refused = await runCli(['trend', pub]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/public\.json: is a public report \(--public\); trend needs the full JSON reports/);
    const trend = await runCli(['trend', full, '--public', '--format', 'json']);
    expect(trend.exitCode).toBe(0);
    const result = JSON.parse(trend.stdout) as { public: boolean; rules: { id: string; points: { suppressed: boolean; passed: number | null }[] }[] };
    expect(result.public).toBe(true);
    expect(result.rules.find((r) => r.id === 'NCRS-001')!.points[0]).toMatchObject({ suppressed: true, passed: null });
  });
});
