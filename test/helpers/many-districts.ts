/** An export with one crime per district (issue 15, item 5): the shape that broke Markdown and bloated HTML. */
import { writeFileSync } from 'node:fs';

export function writeManyDistricts(path: string, districts: number): void {
  const lines = ['record_id,record_type,reported_at,recorded_at,district,offence_code,status'];
  for (let i = 0; i < districts; i++) {
    // Every 7th is recorded late, so rates vary; district names sort apart from sizes.
    const recorded = i % 7 === 0 ? '2026-10-09 10:00' : '2026-10-01 10:00';
    lines.push(`CR-${i},crime,2026-10-01 09:00,${recorded},District ${String(i).padStart(6, '0')},8N,recorded`);
  }
  // A few large districts, so "largest by records checked" has something to choose.
  for (let j = 0; j < 60; j++) for (let k = 0; k <= j % 5; k++) lines.push(`BIG-${j}-${k},crime,2026-10-01 09:00,2026-10-01 10:00,Big ${j},8N,recorded`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}
