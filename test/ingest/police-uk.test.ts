import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/ingest/index.js';
import { districtFromLsoaName } from '../../src/ingest/profile/police-uk.js';
import { defined, readFile, readText, records, rejections } from './read-helpers.js';

const DIR = 'fixtures/police-uk';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.csv'));
const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

describe('police-uk profile', () => {
  it('names its default rule set', async () => {
    const profile = await loadProfile('police-uk', process.cwd());
    expect(profile).toMatchObject({ name: 'police-uk', path: null, sha256: null, defaultRules: ['rules/police-uk'] });
  });

  it('has six real monthly files to read', () => {
    expect(FILES).toHaveLength(6);
  });

  it.each(FILES)('%s reads with zero rejected rows', async (file) => {
    const { events } = await readFile(`${DIR}/${file}`, 'police-uk');
    expect(events.length).toBeGreaterThan(500);
    expect(rejections(events)).toEqual([]);
    const month = file.slice(0, 7);
    for (const record of records(events)) {
      expect(record.extra.get('Month')).toBe(month);
      expect(record.record_type).toBe(record.record_id ? 'crime' : 'incident');
    }
  });

  it('maps a crime and an anti-social behaviour row', async () => {
    const id = 'ab'.repeat(32);
    const { events } = await readText(
      `${HEADER}\n` +
        `${id},2025-10,City of London Police,City of London Police,-0.1,51.5,On or near X,E01000036,Barking and Dagenham 010B,Drugs,Under investigation,\n` +
        ',2025-11,City of London Police,City of London Police,,,No location,,,Anti-social behaviour,,\n',
      'police-uk',
    );
    const [crime, asb] = records(events);
    expect(defined(crime!)).toEqual({
      record_id: id,
      record_type: 'crime',
      reported_at: Date.UTC(2025, 8, 30, 23),
      district: 'Barking and Dagenham',
    });
    expect(Object.fromEntries(crime!.extra)).toEqual({
      'Crime ID': id,
      Month: '2025-10',
      'Reported by': 'City of London Police',
      'Falls within': 'City of London Police',
      Longitude: '-0.1',
      Latitude: '51.5',
      Location: 'On or near X',
      'LSOA code': 'E01000036',
      'LSOA name': 'Barking and Dagenham 010B',
      'Crime type': 'Drugs',
      'Last outcome category': 'Under investigation',
    });
    expect(defined(asb!)).toEqual({ record_type: 'incident', reported_at: Date.UTC(2025, 10, 1) });
    expect(asb!.extra.get('Crime type')).toBe('Anti-social behaviour');
  });

  it.each(['2025-13', '2025-7', '07/2025', '2025-07-01'])('rejects a bad Month %s', async (month) => {
    const { events } = await readText(`${HEADER}\n,${month},,,,,,,,Drugs,,\n`, 'police-uk');
    expect(rejections(events)).toEqual([{ line: 2, reason: `reported_at (Month): '${month}' is not a month (YYYY-MM)` }]);
  });

  it('refuses a canonical export, naming the headers it expected', async () => {
    const error = await readText('record_id,reported_at\nA1,2026-10-01\n', 'police-uk').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no column of the header maps to a field of profile 'police-uk'. Expected headers such as: Crime ID, Month, LSOA name/);
  });
});

describe('districtFromLsoaName', () => {
  it.each([
    ['Leeds 001A', 'Leeds'],
    ['Barking and Dagenham 010B', 'Barking and Dagenham'],
    ['City of London 001F', 'City of London'],
    ['Kingston upon Hull 012C', 'Kingston upon Hull'],
    ['Leeds', 'Leeds'],
  ])('%s -> %s', (name, district) => {
    expect(districtFromLsoaName(name)).toBe(district);
  });
});
