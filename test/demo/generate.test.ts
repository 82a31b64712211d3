import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate.js';
import type { CanonicalRecord } from '../../src/model/record.js';
import { readFile, readText, records, rejections } from '../ingest/read-helpers.js';

const DEMO = 'fixtures/demo/crimes.csv';
const DISTRICTS = ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'];
const HOUR = 3_600_000;
const text = (options: Parameters<typeof generateDemo>[0]): string => [...generateDemo(options)].join('');

describe('generateDemo', () => {
  it('is deterministic: same seed, same bytes; another seed, another file', () => {
    const a = text({ seed: 7, rows: 500, month: '2026-10' });
    expect(text({ seed: 7, rows: 500, month: '2026-10' })).toBe(a);
    expect(text({ seed: 8, rows: 500, month: '2026-10' })).not.toBe(a);
  });

  it('streams in chunks and writes exactly the rows asked for', async () => {
    const chunks = [...generateDemo({ seed: 1, rows: 10_000, month: '2026-03' })];
    expect(chunks.length).toBeGreaterThan(3);
    const { events } = await readText(chunks.join(''));
    expect(events).toHaveLength(10_000);
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => [...generateDemo({ seed: 1, rows: 1, month: 'Oct 2026' })]).toThrow(RangeError);
  });

  it('the committed demo file is the output of seed 2026, 3000 rows, October 2026', () => {
    expect(readFileSync(DEMO, 'utf8')).toBe(text({ seed: 2026, rows: 3000, month: '2026-10' }));
  });
});

describe('the demo month (fixtures/demo/crimes.csv)', async () => {
  const { events } = await readFile(DEMO);
  const recs = records(events);

  it('has a few rejected rows and the rest readable', () => {
    expect(events).toHaveLength(3000);
    const rejected = rejections(events);
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    expect(rejected.length).toBeLessThanOrEqual(12);
  });

  it('reports fall in October 2026 (London), across the five districts', () => {
    const start = Date.UTC(2026, 8, 30, 23);
    const end = Date.UTC(2026, 10, 1);
    for (const r of recs) {
      expect(r.reported_at).toBeGreaterThanOrEqual(start);
      expect(r.reported_at).toBeLessThan(end);
    }
    expect(new Set(recs.map((r) => r.district).filter(Boolean))).toEqual(new Set(DISTRICTS));
  });

  it('mixes incidents, crimes and N100s, with linked crimes', () => {
    const count = (type: string) => recs.filter((r) => r.record_type === type).length;
    expect(count('incident')).toBeGreaterThan(1000);
    expect(count('crime')).toBeGreaterThan(1000);
    expect(count('n100')).toBeGreaterThan(20);
    const incidents = new Set(recs.filter((r) => r.record_type === 'incident').map((r) => r.record_id));
    expect(recs.filter((r) => r.record_type === 'crime' && incidents.has(r.incident_id)).length).toBeGreaterThan(500);
  });

  // Simple restatements of some shipped rules: each must find a few failures,
  // and together about 5% of records fail at least one.
  const crimes = recs.filter((r) => r.record_type === 'crime');
  const crimeIncidents = new Set(crimes.map((r) => r.incident_id).filter(Boolean));
  const cancelled = crimes.filter((r) => r.status === 'cancelled');
  const sexualClass = (code = '') => [17, 18, 19, 20, 21, 22, 23, 70, 71, 72, 73, 88].includes(parseInt(code, 10));
  const checks: Record<string, (r: CanonicalRecord) => boolean> = {
    'DQ-001': (r) => !r.record_id || !r.record_type || !r.reported_at || !r.district || (r.record_type === 'crime' && (!r.offence_code || !r.recorded_at)),
    'DQ-003': (r) => (r.recorded_at ?? Infinity) < (r.reported_at ?? -Infinity) || (r.closed_at ?? Infinity) < (r.reported_at ?? -Infinity) || (r.outcome_at ?? Infinity) < (r.recorded_at ?? -Infinity),
    'NCRS-001': (r) => r.record_type === 'crime' && r.recorded_at! - r.reported_at! > 24 * HOUR,
    'NCRS-002': (r) => r.record_type === 'incident' && r.crime_related === true && !crimeIncidents.has(r.record_id) && !r.closure_rationale,
    'NCRS-003': (r) => r.record_type === 'incident' && r.closure_code?.toUpperCase() === 'CRIME' && !crimeIncidents.has(r.record_id),
    'NCRS-004': (r) => r.record_type === 'n100' && !crimeIncidents.has(r.incident_id) && !r.closure_rationale,
    'HOCR-001': (r) => r.status === 'cancelled' && !['C1', 'C2', 'C3', 'C4'].includes(r.cancellation_code ?? ''),
    'HOCR-002': (r) => r.status === 'cancelled' && !['FCR', 'DDM'].includes(r.cancellation_authority ?? ''),
    'HOCR-003': (r) => r.status === 'cancelled' && !r.cancellation_rationale,
    'HOCR-004': (r) => r.record_type === 'crime' && ['105Z', '58X', '8Y', '999'].includes(r.offence_code ?? ''),
    'HOCR-005': (r) => r.record_type === 'crime' && ['23', '0', '99', '1B'].includes(r.outcome_code ?? ''),
    'HOCR-006': (r) => r.record_type === 'crime' && !!r.outcome_code && !r.outcome_at,
    'WY-001': (r) => r.record_type === 'crime' && sexualClass(r.offence_code) && (r.victim_age ?? 99) < 18 && r.flag_cse === undefined,
  };

  it.each(Object.keys(checks))('%s has some failures', (rule) => {
    expect(recs.filter(checks[rule]!).length).toBeGreaterThan(0);
  });

  it('has duplicate record ids (DQ-002) and cancellations to audit', () => {
    const ids = recs.map((r) => r.record_id);
    expect(ids.length - new Set(ids).size).toBeGreaterThan(0);
    expect(cancelled.length).toBeGreaterThan(30);
  });

  it('about 5% of records fail at least one rule', () => {
    const failing = recs.filter((r) => Object.values(checks).some((check) => check(r))).length / recs.length;
    expect(failing).toBeGreaterThan(0.03);
    expect(failing).toBeLessThan(0.09);
  });
});
