import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, parseConfig, resolveConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';
import { loadProfile } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/package-root.js';
import { checkRuleFiles } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('ncrs-audit init', () => {
  it('scaffolds a config, a local rule file and a profile that the real loaders accept', async () => {
    const dir = tempDir('init');
    const r = await runCli(['init', '--name', 'northshire'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('created ncrs-audit.config.yaml');
    expect(r.stdout).toContain('created rules/local/northshire.yaml');
    expect(r.stdout).toContain('created profiles/northshire.yaml');

    const found = await findConfig(join(dir));
    expect(found?.config).toMatchObject({ profile: 'profiles/northshire.yaml', formats: ['terminal', 'json', 'csv', 'html'], out: 'reports/{period}' });
    const profile = await loadProfile('profiles/northshire.yaml', dir);
    expect(profile.name).toBe('northshire');
    expect(await checkRuleFiles([join(packageRoot(), 'rules', 'ncrs'), 'rules/local/northshire.yaml'], dir)).toEqual([]);
    expect(readFileSync(join(dir, 'rules/local/northshire.yaml'), 'utf8')).toContain('#   - id: N-001');

    // The scaffolded profile runs a real audit with the national pack plus the (empty) local file.
    const audit = await runCli(['audit', join(process.cwd(), 'fixtures/conformance/sample-2026-27-export.csv'), '--profile', 'profiles/northshire.yaml', '--format', 'json', '--out', '-'], { cwd: dir });
    // The config found is named (report.md `config`), and recorded in the report.
    expect(audit.stderr).toBe('ncrs-audit: using config ncrs-audit.config.yaml\n');
    const report = JSON.parse(audit.stdout) as { rules: { id: string }[]; profile: { name: string }; config: { path: string; sha256: string } };
    expect(report.config).toEqual({ path: 'ncrs-audit.config.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(report.profile.name).toBe('northshire');
    expect(report.rules.map((r) => r.id)).toContain('NCRS-001');
    expect(report.rules.map((r) => r.id)).not.toContain('WY-001');
  });

  it('refuses to overwrite anything (exit 2) and leaves the files as they were', async () => {
    const dir = tempDir('init');
    mkdirSync(join(dir, 'profiles'));
    writeFileSync(join(dir, 'profiles', 'my-force.yaml'), 'mine\n');
    const r = await runCli(['init'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('refusing to overwrite profiles/my-force.yaml');
    expect(readFileSync(join(dir, 'profiles', 'my-force.yaml'), 'utf8')).toBe('mine\n');
    expect(await findConfig(dir).then((f) => f?.path.startsWith(dir) ?? false)).toBe(false);
  });

  it('rejects a force name that is not a file-name slug', async () => {
    const r = await runCli(['init', '--name', '../evil'], { cwd: tempDir('init') });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("--name '../evil'");
  });
});

describe('config', () => {
  it('is found by searching upwards, and its paths resolve from the config folder', async () => {
    const dir = tempDir('config');
    writeFileSync(
      join(dir, 'ncrs-audit.config.yaml'),
      'profile: profiles/x.yaml\nrules: [shipped:rules/ncrs, rules/local/x.yaml]\nformats: [json]\nout: reports\nexceptions: exceptions.yaml\nperiod: "2026-10"\ninclude_details: false\n',
    );
    const deep = join(dir, 'months', '2026-10');
    mkdirSync(deep, { recursive: true });
    const found = await findConfig(deep);
    expect(found?.path).toBe(join(dir, 'ncrs-audit.config.yaml'));
    expect(resolveConfig(found!, deep)).toEqual({
      profile: '../../profiles/x.yaml',
      rules: [join(packageRoot(), 'rules/ncrs'), '../../rules/local/x.yaml'],
      formats: ['json'],
      out: '../../reports',
      exceptions: '../../exceptions.yaml',
      period: '2026-10',
      includeDetails: false,
    });
    expect(resolveConfig(found!, dir).profile).toBe('profiles/x.yaml');
  });

  it('is null when there is none up to the root', async () => {
    expect(await findConfig('/')).toBeNull();
  });

  it.each([
    { text: 'formats: [terminal, pdf]\n', problem: "c.yaml:1:21: 'pdf' is not allowed here (hint: use one of: terminal, json," },
    { text: 'profile: canonical\nperod: "2026-10"\n', problem: "c.yaml:2:1: unknown key 'perod' (hint: did you mean 'period'?)" },
    { text: 'period: 2026-13\n', problem: 'c.yaml:1:9: period must be a month written YYYY-MM' },
    { text: 'public: maybe\n', problem: 'c.yaml:1:9: public must be true or false' },
    { text: 'rules: x\n  - y\n', problem: 'c.yaml:' },
    { text: 'profile: canonical\nformats: [json, csv\n', problem: 'c.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]' },
    { text: 'profile: canonical\nperiod: "2026-10\n', problem: 'c.yaml:3:1: Missing closing "quote' },
    { text: 'profile: canonical\nformats:\n  - json\n  - csv: 1\n   - x\n', problem: 'c.yaml:5:4: All sequence items must start at the same column' },
  ])('reports $problem', ({ text, problem }) => {
    let error: unknown;
    try {
      parseConfig(text, 'c.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(problem);
  });
});
