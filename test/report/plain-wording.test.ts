/**
 * A rule's plain-language wording lives in its rule file (`plain:`), travels on
 * the loaded rule into the JSON report, and words the panel report's headline;
 * a rule without it is worded from its name. Every shipped rule carries it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formats, type FormatContext } from '../../src/report/formats/index.js';
import { reportSchema } from '../../src/report/schema.js';
import { headline } from '../../src/report/wording.js';
import { checkRuleFiles, loadRuleSet, ruleSetFromData } from '../../src/rules/index.js';
import { formatProblem } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ruleFile } from '../helpers/rule-file.js';
import { CANONICAL_FIELDS } from '../../src/model/record.js';
import type { RuleCounts, RuleResult } from '../../src/model/engine.js';
import { makeRun } from './fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const BASE = {
  severity: 'error',
  threshold: 0.95,
  standard: 'Northshire Police local policy',
  description: 'A crime against a child (victim_age under 18) must name its victim (victim_id).',
  applies_to: { field: 'record_type', equals: 'crime' },
  require: { present: 'victim_id' },
  message: 'no victim',
};
const WORDED = { ...BASE, id: 'NS-001', name: 'safeguarding-referral-made', plain: { subject: 'crimes against children', met: '  had a safeguarding referral made\n' } };
const UNWORDED = { ...BASE, id: 'NS-002', name: 'victim-named' };

const loaded = ruleSetFromData({ rules: [WORDED, UNWORDED] });
const [worded, unworded] = loaded.rules;

function result(i: 0 | 1, applicable: number, failed: number): RuleResult {
  const counts: RuleCounts = { applicable, failed };
  const rule = loaded.rules[i]!;
  return { rule, counts, byDistrict: new Map([['leeds', counts]]), byRecordType: new Map([['crime', counts]]) };
}

function report(isPublic: boolean) {
  const run = makeRun({ engine: { rules: [result(0, 200, 12), result(1, 100, 1)], findings: [] }, options: { public: isPublic, includeDetails: false } });
  return buildReport(run);
}

/** Field names as a rendering may show them (Markdown escapes `_`); those that are plain words (district, status) are not field names to a reader. */
const FIELD_NAME = new RegExp(`\\b(${CANONICAL_FIELDS.filter((f) => f.includes('_')).map((f) => f.replace('_', '\\\\?_')).join('|')})\\b|\\bextra\\.`);

const ctx: FormatContext = { color: false, written: [] };
const WORDED_HEADLINE = '94.0% of crimes against children had a safeguarding referral made';
const FALLBACK = 'records checked by NS-002 met the rule “Victim named”';

describe('plain: on a rule', () => {
  it('is read from the rule file, trimmed, onto the loaded rule; absent without it', () => {
    expect(worded?.plain).toEqual({ subject: 'crimes against children', met: 'had a safeguarding referral made' });
    expect(unworded && 'plain' in unworded).toBe(false);
  });

  it('is carried per rule in the JSON report (public too), and absent without it', () => {
    for (const isPublic of [false, true]) {
      const json = reportSchema.parse(JSON.parse(formats.json(report(isPublic), ctx)));
      expect(json.rules[0]?.plain).toEqual({ subject: 'crimes against children', met: 'had a safeguarding referral made' });
      expect(json.rules[1]?.plain).toBeUndefined();
    }
  });

  it.each([
    ['markdown', false],
    ['markdown', true],
    ['html', false],
    ['html', true],
  ] as const)('words the %s panel report (public: %s); a rule without it falls back to its name', (format, isPublic) => {
    const out = formats[format](report(isPublic), ctx);
    expect(out).toContain(WORDED_HEADLINE);
    // Public: NS-002 (1 failed) is not published, but its headline still names what was checked.
    expect(out).toContain(isPublic ? '100 records checked by NS-002 were checked' : `99.0% of ${FALLBACK}`);
    // Field names only in the internal version (the description names them, the wording does not).
    if (isPublic) expect(out).not.toMatch(FIELD_NAME);
    else expect(out).toMatch(FIELD_NAME);
  });

  it('misspelt, it is named at file:line:column with the key it meant', async () => {
    const dir = tempDir('plain');
    writeFileSync(join(dir, 'ours.yaml'), ruleFile('    plain:\n      subjct: crimes\n      met: were recorded\n    require: { present: record_id }\n    message: m\n'));
    expect((await checkRuleFiles(['ours.yaml'], dir)).map(formatProblem)).toEqual([
      "ours.yaml:8:7: missing 'subject' (hint: add subject: …)",
      "ours.yaml:8:7: unknown key 'subjct' (hint: did you mean 'subject'?)",
    ]);
  });

  it('renders the same from a saved JSON report as from the run', () => {
    const built = report(true);
    const saved = reportSchema.parse(JSON.parse(formats.json(built, ctx)));
    for (const format of ['markdown', 'html'] as const) expect(formats[format](saved, ctx)).toBe(formats[format](built, ctx));
    expect(saved.rules.map(headline)).toEqual(built.rules.map(headline));
  });
});

/** Every YAML file under rules/ holding `rules:` (rule files; code lists hold `codes:`). */
function shippedRuleFiles(dir = 'rules'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return shippedRuleFiles(path);
    return e.name.endsWith('.yaml') && /^rules\s*:/m.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

describe('shipped rules', () => {
  const files = shippedRuleFiles();
  const rules = files.flatMap((file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { rules?: { id: string; plain?: { subject?: unknown; met?: unknown } }[] };
    return (doc.rules ?? []).map((r) => ({ where: `${relative('.', file)} ${r.id}`, plain: r.plain }));
  });

  it('are found: the 2026/27 pack, police.uk, the local file and the first edition', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(rules.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rules.map((r) => [r.where, r.plain] as const))('%s has plain: subject and met, naming no field', (_where, plain) => {
    expect(typeof plain?.subject).toBe('string');
    expect(typeof plain?.met).toBe('string');
    // The public reads these words (issue 16): no field names, no extra.<header>.
    const words = `${String(plain?.subject)} ${String(plain?.met)}`;
    expect(words).not.toMatch(FIELD_NAME);
    expect(words).not.toContain('_');
  });
});

describe('the demo month with the shipped pack', () => {
  const DEMO = join(process.cwd(), 'fixtures/demo/crimes.csv');
  it.each([
    ['markdown', true],
    ['markdown', false],
    ['html', true],
    ['html', false],
  ] as const)('%s (public: %s) words the rules from their files; field names only in the internal version', async (format, isPublic) => {
    const r = await runCli(['audit', DEMO, '--no-config', '--format', format, ...(isPublic ? ['--public'] : [])]);
    expect(r.stdout).toMatch(/\d+\.\d% of crimes were recorded within 24 hours \(95% interval/);
    expect(r.stdout).toContain('crime-related incidents were linked to a crime record or had a reason recorded for not recording one');
    expect(r.stdout).not.toContain('records checked by');
    if (isPublic) expect(r.stdout).not.toMatch(FIELD_NAME);
    else expect(r.stdout).toMatch(FIELD_NAME);
  });
});

describe('each edition words its own meaning (rules.md "Changes from the first edition")', () => {
  it.each([
    // 2025/26: any crime on the incident resolves an N100; duplicates within 24 hours per victim and offence.
    ['rules/editions/2025-26', 'NCRS-004', 'were linked to a crime or had a reason recorded for not recording one'],
    ['rules/editions/2025-26', 'NCRS-005', 'were not a second record of the same offence against the same victim within 24 hours'],
    // 2026/27: a rape crime; keyed on the incident.
    ['rules/ncrs', 'NCRS-004', 'were linked to a rape crime or had a reason recorded for not recording one'],
    ['rules/ncrs', 'NCRS-005', 'were not a second record of the same offence against the same victim from the same incident'],
  ])('%s %s: %s', async (pack, id, met) => {
    const set = await loadRuleSet([pack], process.cwd());
    expect(set.rules.find((r) => r.id === id)?.plain?.met).toBe(met);
  });
});
