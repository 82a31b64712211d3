/** The panel report's comparison names each month's rule-pack edition and marks a rule whose edition changed. */
import { describe, expect, it } from 'vitest';
import { buildComparison, editionsLine } from '../../src/report/panel/compare.js';
import { methodsFacts } from '../../src/report/panel/methods.js';
import { makeReport } from '../workflow/helpers/reports.js';

function month(period: string, editions: (string | null)[], ruleEdition: Record<string, string | null>) {
  const r = makeReport(period, [
    { id: 'NCRS-004', applicable: 60, passed: 57 },
    { id: 'HOCR-003', applicable: 100, passed: 100 },
  ]);
  r.rulePack.files = editions.map((edition, i) => ({ path: `rules/f${i}.yaml`, sha256: 'c'.repeat(64), edition }));
  for (const rule of r.rules) rule.edition = ruleEdition[rule.id] ?? null;
  return r;
}

describe('comparison across editions', () => {
  const march = month('2027-03', ['2026/27'], { 'NCRS-004': '2026/27', 'HOCR-003': '2026/27' });
  const april = month('2027-04', ['2027/28', '2026/27'], { 'NCRS-004': '2027/28', 'HOCR-003': '2026/27' });
  const c = buildComparison(april, [march]);

  it('names the edition(s) each month used and marks the change', () => {
    expect(c.editions).toEqual([
      { month: 'March 2027', text: 'edition 2026/27', changed: false },
      { month: 'April 2027', text: 'editions 2026/27 and 2027/28', changed: true },
    ]);
    expect(editionsLine(c)).toBe('March 2027: edition 2026/27; April 2027: editions 2026/27 and 2027/28 (changed)');
  });

  it('marks only the rule whose edition changed', () => {
    expect(c.rows.find((r) => r.ruleId === 'NCRS-004')!.cells).toEqual(['95.0%', '95.0% †']);
    expect(c.rows.find((r) => r.ruleId === 'HOCR-003')!.cells).toEqual(['100.0%', '100.0%']);
  });

  it('the methods facts name the edition; a report made before editions says so', () => {
    expect(methodsFacts(april).facts).toContainEqual(['Rule pack', 'editions 2026/27 and 2027/28']);
    expect(methodsFacts(makeReport('2026-01', [])).facts).toContainEqual(['Rule pack', 'before editions']);
  });
});
