/** (b): the real CLI audit, full shipped pack, JSON report to a temp file; prints its exit code and peak RSS. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';

const file = process.argv[2]!;
const dir = mkdtempSync(join(tmpdir(), 'ncrs-bench-'));
const sink = { write: () => true };
const exitCode = await main(['audit', file, '--format', 'json', '--out', join(dir, 'report.json'), '--quiet'], {
  stdout: sink,
  stderr: { write: (s: string) => process.stderr.write(s) },
  // Only the tuning knobs pass through (docs/performance.md): NCRS_AUDIT_THREADS, NCRS_AUDIT_CHUNK_BYTES.
  env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('NCRS_AUDIT_'))),
  cwd: process.cwd(),
});
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ exitCode, maxRssKb: process.resourceUsage().maxRSS })}\n`);
