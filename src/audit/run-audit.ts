/**
 * The audit pipeline: profile -> rules (and exceptions) -> stream every input
 * through the filters into the evaluator -> one AuditRun. Rule files and the
 * exceptions file are loaded before any data is read, so their errors stop the
 * audit early (rules.md).
 */
import { isAbsolute, join } from 'node:path';
import { createEvaluator } from '../engine/index.js';
import { loadProfile, openExport, type ExportReader } from '../ingest/index.js';
import type { AuditRun, InputSummary } from '../model/audit-run.js';
import type { RejectedRow } from '../model/record.js';
import { packageRoot } from '../package-root.js';
import { loadRuleSet } from '../rules/index.js';
import { toolVersion } from '../version.js';
import { DistrictSpellings } from './district-spelling.js';
import { makeRecordFilter } from './filters.js';
import { prepareExceptions, type PreparedExceptions } from './exceptions-step.js';

export interface AuditOptions {
  inputs: string[];
  cwd: string;
  /** Profile name or path; default `canonical`. */
  profile?: string;
  /** Rule files or folders; replaces the profile's default set. */
  rules?: string[];
  period?: string | null;
  districts?: string[];
  exceptions?: string | null;
  asOf?: string | null;
  public?: boolean;
  includeDetails?: boolean;
  /** Called now and then with the number of data rows read so far. */
  onProgress?: (rowsRead: number) => void;
  /** The clock, for generatedAt and the default as-of day (tests pin it). */
  now?: () => Date;
}

export async function runAudit(options: AuditOptions): Promise<AuditRun> {
  const now = options.now ?? (() => new Date());
  const profile = await loadProfile(options.profile ?? 'canonical', options.cwd);
  const rulePaths = options.rules?.length
    ? options.rules // as given: the loader resolves them against cwd and reports them as given
    : profile.defaultRules.map((p) => join(packageRoot(), p));
  const ruleSet = await loadRuleSet(rulePaths, options.cwd);
  const exceptions: PreparedExceptions | null = options.exceptions
    ? await prepareExceptions(options.exceptions, options.cwd, options.period ?? null, options.asOf ?? null, now())
    : null;

  // Open every input before evaluating any, so a missing or broken second file
  // fails fast rather than after minutes of work.
  const readers: ExportReader[] = [];
  for (const path of options.inputs) readers.push(await openExport(resolveFrom(options.cwd, path), profile));

  const keep = makeRecordFilter({ period: options.period ?? null, districts: options.districts ?? [] });
  const evaluator = createEvaluator(ruleSet);
  const spellings = new DistrictSpellings();
  const rejected: RejectedRow[] = [];
  const inputs: InputSummary[] = [];
  const warnings: string[] = [];
  let read = 0;
  let evaluated = 0;
  let filtered = 0;
  let seq = 0;
  let nextProgress = 0;

  for (const [fileIndex, reader] of readers.entries()) {
    const file = options.inputs[fileIndex]!;
    warnings.push(...reader.warnings.map((w) => w.split(reader.path).join(file)));
    let rows = 0;
    for await (const batch of reader.batches()) {
      for (const event of batch) {
        rows++;
        if (event.kind === 'rejected') {
          rejected.push({ file, line: event.line, reason: event.reason });
          continue;
        }
        if (keep && !keep(event.record)) {
          filtered++;
          continue;
        }
        evaluated++;
        spellings.add(event.record.district);
        evaluator.add(event.record, { file, fileIndex, line: event.line }, seq++);
      }
      if (options.onProgress && read + rows >= nextProgress) {
        options.onProgress(read + rows);
        nextProgress = read + rows + 10_000;
      }
    }
    read += rows;
    inputs.push({ path: file, sha256: reader.sha256, rows });
  }
  options.onProgress?.(read);

  // Every row is evaluated, rejected or filtered; anything else is a bug, never a silent report.
  if (read !== evaluated + rejected.length + filtered) {
    throw new Error(`row accounting mismatch: read ${read} != evaluated ${evaluated} + rejected ${rejected.length} + filtered ${filtered}`);
  }

  let engine = evaluator.finish();
  let exceptionsOutcome: AuditRun['exceptions'];
  if (exceptions) {
    const applied = exceptions.apply(engine);
    engine = applied.engine;
    exceptionsOutcome = applied.outcome;
  }

  return {
    toolVersion: toolVersion(),
    generatedAt: now().toISOString(),
    period: options.period ?? null,
    districts: options.districts ?? [],
    inputs,
    profile: { name: profile.name, path: profile.path, sha256: profile.sha256 },
    ruleFiles: ruleSet.files,
    rows: { read, evaluated, rejected: rejected.length, filtered },
    rejected,
    engine,
    districtSpelling: spellings.resolve(),
    warnings,
    exceptions: exceptionsOutcome,
    options: { public: options.public ?? false, includeDetails: options.includeDetails ?? false },
  };
}

function resolveFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}
