import { loadProfile, openExport } from '../../src/ingest/index.js';
import { createEvaluator } from '../../src/engine/index.js';
import type { LoadedRuleSet } from '../../src/rules/index.js';
import type { EngineResult } from '../../src/model/engine.js';

/** Streams export files through ingest and the engine, as `audit` does (no filters). */
export async function auditFiles(files: string[], profileName: string, rules: LoadedRuleSet): Promise<{ result: EngineResult; rejected: number; evaluated: number }> {
  const profile = await loadProfile(profileName, process.cwd());
  const ev = createEvaluator(rules);
  let seq = 0;
  let rejected = 0;
  for (const [fileIndex, file] of files.entries()) {
    const reader = await openExport(file, profile);
    for await (const batch of reader.batches()) {
      for (const e of batch) {
        if (e.kind === 'rejected') rejected++;
        else ev.add(e.record, { file, fileIndex, line: e.line }, seq++);
      }
    }
  }
  return { result: ev.finish(), rejected, evaluated: seq };
}
