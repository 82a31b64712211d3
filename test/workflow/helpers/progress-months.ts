/**
 * Seven generated monthly reports (2026-04 baseline … 2026-10 latest) whose rates
 * are built so that each recommendation of RECOMMENDATIONS lands on one status,
 * and the recommendations file that names them (positions matter: the error
 * tests point at its lines).
 */
import type { Report } from '../../../src/report/schema.js';
import { makeReport, type RuleFigures } from './reports.js';

export const MONTHS = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

/** Per rule: records checked each month, passed at the baseline and at the latest month (straight line between). */
const PLAN: { id: string; applicable: number; from: number; to: number; months?: string[] }[] = [
  { id: 'NCRS-001', applicable: 1000, from: 900, to: 960 }, // R1: 96% ≥ 95%: met
  { id: 'NCRS-002', applicable: 1000, from: 800, to: 860 }, // R2: +6 points on 1,000 (p < 0.001), below target: improving
  { id: 'NCRS-003', applicable: 1000, from: 850, to: 870 }, // R3: below target, due 2026-06-30: overdue
  { id: 'HOCR-001', applicable: 200, from: 180, to: 182 }, // R4: +1 point on 200 (p ≈ 0.7): not improving
  { id: 'NCRS-005', applicable: 400, from: 390, to: 395, months: MONTHS.slice(0, -1) }, // R6: missing from the latest report
  { id: 'DQ-001', applicable: 500, from: 450, to: 497 }, // R7: 3 failed in the latest month: met, but 1–4 in public
];

export function progressMonths(): Report[] {
  return MONTHS.map((period, m) => {
    const rules: RuleFigures[] = PLAN.filter((p) => (p.months ?? MONTHS).includes(period)).map((p) => ({
      id: p.id,
      applicable: p.applicable,
      passed: Math.round(p.from + ((p.to - p.from) * m) / (MONTHS.length - 1)),
    }));
    return makeReport(period, rules);
  });
}

export const RECOMMENDATIONS = `source: Example inspection of a test force (2026)
baseline: "2026-04"
recommendations:
  - id: R1
    text: >
      The force should record crimes within 24 hours. More words follow here.
    due: 2027-03-31
    owner: Force Crime Registrar
    measured_by: [NCRS-001]
    actions: Recording team enlarged.
  - id: R2
    text: Crime-related incidents should be recorded or closed with a reason.
    due: 2027-03-31
    owner: Head of Contact
    measured_by: [NCRS-002]
  - id: R3
    text: Incidents closed as crimes should be linked to a crime.
    due: 2026-06-30
    owner: Force Crime Registrar
    measured_by: [NCRS-003]
  - id: R4
    text: Cancelled crimes should carry a valid reason.
    due: 2027-03-31
    owner: Force Crime Registrar
    measured_by: [HOCR-001]
  - id: R5
    text: Every recorder should be trained in the standard.
    due: 2027-03-31
    owner: Head of Learning
    measured_by: []
    actions: 1,200 of 1,650 staff trained.
  - id: R6
    text: Duplicate crimes for one victim should be avoided.
    due: 2027-03-31
    owner: Force Crime Registrar
    measured_by: [NCRS-005]
  - id: R7
    text: Every required field should be filled in.
    due: 2027-03-31
    owner: Head of Data Quality
    measured_by: [DQ-001]
`;
