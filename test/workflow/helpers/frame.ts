import { writeFileSync } from 'node:fs';

const DISTRICTS = ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'];

/**
 * A synthetic export of `n` rows (no real data): districts in unequal shares,
 * two thirds incidents, dates spread over October and November 2026.
 */
export function writeFrame(path: string, n: number): void {
  const lines = ['record_id,record_type,reported_at,district,closure_code,crime_related'];
  for (let i = 0; i < n; i++) {
    const district = DISTRICTS[[0, 0, 1, 2, 2, 3, 3, 3, 3, 4][i % 10]!]!;
    const type = i % 3 === 2 ? 'crime' : 'incident';
    const month = i % 4 === 3 ? '11' : '10';
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`WY-${String(i).padStart(6, '0')},${type},2026-${month}-${day}T10:00,${district},${type === 'incident' ? 'NFA' : ''},${type === 'incident' ? 'true' : ''}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
