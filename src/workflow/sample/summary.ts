import { count, plural } from '../../report/wording.js';
import type { SampleResult } from './run-sample.js';

/** What `sample` tells the auditor: the size and how it was chosen, each stratum, how to re-draw. */
export function sampleSummary(result: SampleResult, redraw: string): string[] {
  const h = result.header;
  const lines = [
    `Sample: ${count(h.sampleSize)} of ${count(h.frameSize)} records in the frame (seed ${h.seed}, ${h.allocation} allocation by ${h.strata.join(' × ')}).`,
  ];
  if (result.plan) lines.push(`Sample size: ${h.sizeRule}.`);
  else if (h.sizeRule.includes('capped')) lines.push(`Sample size: ${h.sizeRule}.`);
  const width = h.stratumTable.reduce((max, s) => Math.max(max, s.label.length), 7);
  lines.push(`  ${'Stratum'.padEnd(width)}  ${'Population'.padStart(10)}  ${'Sample'.padStart(7)}`);
  for (const s of h.stratumTable) {
    lines.push(`  ${s.label.padEnd(width)}  ${count(s.population).padStart(10)}  ${count(s.sample).padStart(7)}`);
  }
  lines.push(`Frame SHA-256: ${h.frameSha256}`);
  const rejected = result.frame.rejected.length;
  if (rejected > 0) {
    lines.push(`${count(rejected)} ${plural(rejected, 'row')} rejected and not in the frame (run \`ncrs-audit audit\` to see why).`);
  }
  for (const w of result.frame.warnings) lines.push(`warning: ${w}`);
  lines.push(`Re-draw the same sample with: ${redraw}`);
  return lines;
}
