/**
 * The memory settings of the evaluator change where things are kept, never a
 * verdict: with every column of undecided records and findings spilled to disk
 * (keepBytes 0) or none (Infinity), and with or without the lookahead that lets
 * `exists` answer early, the engine gives the same counts and findings on a
 * generated export big enough to spill many blocks (>64 Ki undecided records).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, type EvaluatorOptions } from '../../src/engine/index.js';
import { AUDIT_MEMORY } from '../../src/audit/memory-policy.js';
import { forEachRecord, openInputs } from '../../src/ingest/records/read-inputs.js';
import { generateDemo } from '../../src/demo/generate.js';
import { loadProfile } from '../../src/ingest/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import type { EngineResult } from '../../src/model/engine.js';

// Edition 2026/27 keys NCRS-005 on the incident, so fewer crimes qualify: 300k rows give it >64 Ki.
const ROWS = 300_000;
let dir = '';
let file = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ncrs-memory-settings-'));
  file = join(dir, 'big.csv');
  writeFileSync(file, [...generateDemo({ seed: 7, rows: ROWS, month: '2026-10' })].join(''));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function audit(options: EvaluatorOptions): Promise<EngineResult> {
  const cwd = process.cwd();
  const profile = await loadProfile('canonical', cwd);
  const set = await loadRuleSet(['rules/ncrs', 'rules/local'], cwd);
  const evaluator = createEvaluator(set, options);
  await forEachRecord(await openInputs([file], cwd, profile), [file], { keep: null }, (r, s, seq) => evaluator.add(r, s, seq));
  return evaluator.finish();
}

describe('evaluator memory settings', () => {
  it('give the same result whether undecided records spill to disk or not, with or without lookahead', async () => {
    // The engine's defaults: nothing spilled, no lookahead.
    const baseline = await audit({});
    // Sanity: the cross-record rules have work to do and findings to report.
    const byId = new Map(baseline.rules.map((r) => [r.rule.id, r.counts]));
    expect(byId.get('NCRS-005')!.applicable).toBeGreaterThan(65_536);
    expect(byId.get('NCRS-005')!.failed).toBeGreaterThan(0);
    expect(byId.get('NCRS-002')!.failed).toBeGreaterThan(0);
    expect(baseline.findings.length).toBeGreaterThan(5_000);
    // The audit's policy (spilling past 512 KiB, lookahead 256), then everything spilled.
    expect(await audit(AUDIT_MEMORY)).toEqual(baseline);
    expect(await audit({ keepBytes: 0, lookahead: 3 })).toEqual(baseline);
  }, 60_000);
});
