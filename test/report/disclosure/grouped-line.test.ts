/** Public: the "all other districts" line holds districts and records, no result (report.md). */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/build-report.js';
import { buildPanelModel, DISTRICTS_SHOWN } from '../../../src/report/panel/panel-model.js';
import type { RuleCounts } from '../../../src/model/engine.js';
import { makeRun } from '../fixtures.js';

function manyDistricts(publicMode: boolean) {
  const base = makeRun({ options: { public: publicMode, includeDetails: false } });
  const byDistrict = new Map<string, RuleCounts>();
  // 60 districts of 20 crimes, 6 failures each: nothing small anywhere.
  for (let i = 0; i < DISTRICTS_SHOWN + 10; i++) byDistrict.set(`d${String(i).padStart(2, '0')}`, { applicable: 20, failed: 6 });
  const rule = { ...base.engine.rules[1]!, counts: { applicable: 20 * (DISTRICTS_SHOWN + 10), failed: 6 * (DISTRICTS_SHOWN + 10) }, byDistrict };
  return buildReport({ ...base, engine: { rules: [rule], findings: [] } });
}

describe('the grouped district line', () => {
  it('shows its failures in the internal report', () => {
    const rows = buildPanelModel(manyDistricts(false), undefined).national[0]!.districts;
    expect(rows.at(-1)).toMatchObject({ label: 'all other districts (10)', applicable: '200', met: '140' });
  });

  it('shows only how many districts and records it holds in the public one', () => {
    const rows = buildPanelModel(manyDistricts(true), undefined).national[0]!.districts;
    expect(rows).toHaveLength(DISTRICTS_SHOWN + 1);
    expect(rows.at(-1)).toMatchObject({ label: 'all other districts (10)', applicable: '200', met: '—', rateText: '—', rate: null, ci95: null });
    expect(rows.at(-1)!.verdictWords).toBe('10 districts, 200 records: grouped, no figures');
    expect(rows[0]).toMatchObject({ met: '14', suppressed: false }); // the districts shown keep theirs
  });
});
