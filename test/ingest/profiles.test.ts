import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '../../src/errors.js';
import { loadProfile } from '../../src/ingest/index.js';
import { defined, readFile, records, rejections } from './read-helpers.js';
import { tempDir } from '../helpers/temp-dir.js';

const EXAMPLE = 'profiles/examples/northshire-niche.yaml';
const dir = tempDir('profile');

function profileFile(text: string): string {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

async function profileError(text: string): Promise<string> {
  const path = profileFile(text);
  const error = await loadProfile(path, process.cwd()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProfileError);
  return (error as Error).message.split(path).join('P');
}

describe('shipped profiles', () => {
  it('canonical reads the spec headers and defaults to the national pack plus the West Yorkshire file', async () => {
    const profile = await loadProfile('canonical', process.cwd());
    expect(profile).toMatchObject({
      name: 'canonical',
      path: null,
      sha256: null,
      defaultRules: ['rules/ncrs', 'rules/local/west-yorkshire.yaml'],
    });
  });

  it('an unknown name is a ProfileError listing the shipped ones', async () => {
    const error = await loadProfile('westyorks', process.cwd()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).message).toBe(
      "westyorks:1:1: unknown profile 'westyorks' (hint: shipped profiles: canonical, police-uk; or give the path of a YAML profile)",
    );
  });

  it('a missing profile file is a ProfileError', async () => {
    const error = await loadProfile('./no-such-profile.yaml', process.cwd()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^\.\/no-such-profile\.yaml:1:1: profile no such file/);
  });
});

describe('the example force profile (profiles/examples/northshire-niche.yaml)', () => {
  it('loads with its name, hash and rule set', async () => {
    const profile = await loadProfile(EXAMPLE, process.cwd());
    expect(profile.name).toBe('northshire-niche');
    expect(profile.path).toBe(join(process.cwd(), EXAMPLE));
    expect(profile.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(profile.defaultRules).toEqual(['rules/ncrs', 'rules/local/west-yorkshire.yaml']);
  });

  it('maps its export onto canonical records', async () => {
    const { events } = await readFile('fixtures/ingest/northshire-export.csv', EXAMPLE);
    const [incident, crime, cancelled, n100] = records(events);
    expect(defined(incident!)).toEqual({
      record_id: 'NS-INC-0001',
      record_type: 'incident',
      reported_at: Date.UTC(2026, 9, 3, 13, 5),
      closed_at: Date.UTC(2026, 9, 4, 8),
      district: 'Leeds',
      crime_related: true,
      closure_code: 'CRIME',
    });
    expect(Object.fromEntries(incident!.extra)).toEqual({ 'Officer Team': 'Response A' });
    expect(defined(crime!)).toMatchObject({ record_type: 'crime', incident_id: 'NS-INC-0001', status: 'recorded', victim_age: 34, flag_domestic_abuse: true });
    expect(crime!.flag_cse).toBeUndefined(); // "Not Assessed" maps to absent
    expect(defined(cancelled!)).toMatchObject({ record_type: 'crime', status: 'cancelled', cancellation_authority: 'FCR', cancellation_code: 'C2' });
    expect(cancelled!.recorded_at! - cancelled!.reported_at!).toBe(25 * 3_600_000);
    expect(defined(n100!)).toMatchObject({ record_type: 'n100', reported_at: Date.UTC(2026, 9, 5, 8, 15), closure_code: 'NCR' });
  });

  it('rejects rows in its own terms, naming field and header', async () => {
    const { events } = await readFile('fixtures/ingest/northshire-export.csv', EXAMPLE);
    expect(rejections(events)).toEqual([
      { line: 6, reason: "reported_at (Date Reported): '2026-10-07T10:00' is not a date" },
      {
        line: 7,
        reason:
          "reported_at (Date Reported): '31/09/2026 10:00' is not a date; victim_age (Victim Age): 'abc' is not an integer; " +
          "status (Crime Status): 'Live' is not one of ['cancelled', 'recorded']",
      },
    ]);
  });
});

describe('YAML profile errors are file:line:column', () => {
  it.each([
    ['YAML syntax', 'columns:\n  a: record_id\n   b: x\n', /^P:2:6: YAML syntax: nested mappings are not allowed in compact mappings \(hint: check indentation, colons and quotes\)$/m],
    ['an unknown top-level key', 'name: x\ncolumn:\n  a: record_id\n', /^P:2:1: unknown key 'column' \(hint: did you mean 'columns'\?\)$/],
    ['an unknown canonical field', 'columns:\n  Ref: record_id\n  Type: recordtype\n', /^P:3:9: 'recordtype' is not allowed here \(hint: did you mean 'record_type'\?\)$/],
    ['a bad dates value', 'dates: uk\n', /^P:1:8: 'uk' is not allowed here \(hint: use one of: auto, iso, day-first, month-first\)$/],
    ['two columns for one field', 'columns:\n  Ref: record_id\n  Crime Ref: record_id\n', /^P:3:3: 'Crime Ref' and 'Ref' both map to record_id/],
    ['a value map target outside the enumeration', 'values:\n  record_type:\n    Crime: crimes\n', /^P:3:12: values\.record_type: 'Crime' -> 'crimes' is not one of crime, incident, n100/],
    ['a value map target that is not a boolean', 'values:\n  flag_cse:\n    Assessed: perhaps\n', /^P:3:15: values\.flag_cse: 'Assessed' -> 'perhaps' is not a boolean/],
    ['a value map for an unknown field', 'values:\n  recordtype:\n    Crime: crime\n', /^P:2:3: .*recordtype/],
    ['a missing rule path', 'rules:\n  - ./nope.yaml\n', /^P:2:5: rule path '.\/nope.yaml' does not exist \(hint: paths are relative to the profile file\)/],
    ['a shipped path outside rules/', 'rules:\n  - shipped:../etc\n', /^P:2:5: 'shipped:..\/etc' is not a shipped rule set/],
    ['a duplicate key', 'columns:\n  Ref: record_id\n  Ref: incident_id\n', /^P:3:3: YAML syntax: map keys must be unique \(hint: check indentation, colons and quotes\)$/],
    ['columns not a map', 'columns: [a, b]\n', /^P:1:10: expected a mapping \(key: value lines\)$/],
  ])('%s', async (_name, text, expected) => {
    expect(await profileError(text)).toMatch(expected);
  });

  it.each([
    ['a duplicate key', 'columns:\n  Ref: record_id\n  Ref: incident_id\n', 'P:3:3: YAML syntax: map keys must be unique'],
    ['an unclosed flow sequence', 'columns:\n  Ref: record_id\nrules: [a, b\n', 'P:4:1: YAML syntax: flow sequence in block collection must be sufficiently indented and end with a ]'],
  ])('YAML syntax (%s) reads as in rule files: the position once, in front', async (_name, text, expected) => {
    expect(await profileError(text)).toBe(`${expected} (hint: check indentation, colons and quotes)`);
  });

  it('reports every problem, one per line', async () => {
    const message = await profileError('dates: uk\ncolumns:\n  Ref: nope\n');
    expect(message.split('\n')).toHaveLength(2);
  });

  it('an empty file is a valid profile equal to canonical headers', async () => {
    const profile = await loadProfile(profileFile(''), process.cwd());
    expect(profile.mapping.columns.get('record_id')).toEqual([{ field: 'record_id', header: 'record_id' }]);
  });

  it('resolves relative rule paths against the profile file', async () => {
    writeFileSync(join(dir, 'local-rules.yaml'), 'rules: []\n');
    const profile = await loadProfile(profileFile('rules:\n  - shipped:rules/ncrs\n  - ./local-rules.yaml\n'), process.cwd());
    expect(profile.defaultRules[0]).toBe('rules/ncrs');
    expect(join(process.cwd(), profile.defaultRules[1]!)).toBe(join(dir, 'local-rules.yaml'));
  });
});
