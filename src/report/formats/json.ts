import { randomUUID } from 'node:crypto';
import type { Report } from '../schema.js';
import type { Formatter } from './types.js';

/** Findings per yielded chunk: keeps chunks around 100 KB. */
const BATCH = 250;

/**
 * Exactly the report object (spec/report.md), 2-space indent, trailing newline —
 * byte for byte `JSON.stringify(report, null, 2)` — yielded in pieces so that a
 * report with hundreds of thousands of findings is never one giant string.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const findings = report.findings;
  if (!findings || findings.length === 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  // Stringify everything but the findings, with a marker where they go (same key position).
  const marker = JSON.stringify(`findings-${randomUUID()}`);
  const shell = JSON.stringify({ ...report, findings: JSON.parse(marker) as string }, null, 2);
  const at = shell.indexOf(marker);
  yield `${shell.slice(0, at)}[\n`;
  for (let start = 0; start < findings.length; start += BATCH) {
    const end = Math.min(start + BATCH, findings.length);
    let chunk = '';
    for (let i = start; i < end; i++) {
      chunk += `    ${JSON.stringify(findings[i], null, 2).replace(/\n/g, '\n    ')}${i === findings.length - 1 ? '\n' : ',\n'}`;
    }
    yield chunk;
  }
  yield `  ]${shell.slice(at + marker.length)}\n`;
}

export const formatJson: Formatter = (report) => [...jsonChunks(report)].join('');
