/**
 * The audit pipeline: the run setup (config -> profile -> rules -> exceptions,
 * setup.ts) -> stream every input through the filters into the evaluator -> one
 * AuditRun. Rule files and the exceptions file are loaded before any data is
 * read, so their errors stop the audit early (rules.md).
 */
import { availableParallelism } from 'node:os';
import { createEvaluator } from '../engine/index.js';
import {
  forEachRecord,
  makeRecordFilter,
  openInputs,
  ParallelFallback,
  planReading,
  type ExportReader,
  type RowEvent,
} from '../ingest/index.js';
import type { AuditRun, InputSummary } from '../model/audit-run.js';
import type { EngineResult } from '../model/engine.js';
import type { RejectedRow } from '../model/record.js';
import { attachDetails, keepDetails, type DetailsBySeq } from './details.js';
import type { LoadedRuleSet } from '../rules/index.js';
import { toolVersion } from '../version.js';
import { checkAccounting } from './accounting.js';
import { DistrictSpellings } from './district-spelling.js';
import { AUDIT_MEMORY, tuneHeap } from './memory-policy.js';
import { setupRun, type AuditSetup } from './setup.js';
import { FilterMatches } from './filter-matches.js';
import { findNotMeasured, readInputColumns } from './measurable.js';

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
  /**
   * Threads: 1 = read and evaluate on this thread only; n >= 2 = n - 1 parse
   * workers feed this thread. Default: defaultThreads(), for inputs over
   * PARALLEL_MIN_BYTES, when the built worker script is available. The report is
   * the same whatever the value (docs/performance.md).
   */
  threads?: number;
  /** Bytes per parse chunk (default DEFAULT_CHUNK_BYTES; tests use tiny chunks). */
  chunkBytes?: number;
  /** Internal: the built parse-worker script to use (tests running from sources). */
  workerScript?: URL;
  /**
   * The run as the CLI set it up (setupRun, with the config file); its profile,
   * rules and exceptions then stand for the options of the same names. Without
   * it, the options alone are the run: no config file is read.
   */
  setup?: AuditSetup;
  /** The configuration file the caller used, for the report (report.md `config`). */
  config?: { path: string; sha256: string } | null;
}

export async function runAudit(options: AuditOptions): Promise<AuditRun> {
  const now = options.now ?? (() => new Date());
  const setup =
    options.setup ??
    (await setupRun({
      through: 'run',
      cwd: options.cwd,
      config: false,
      profile: options.profile,
      rules: options.rules,
      period: options.period ?? undefined,
      exceptions: options.exceptions ?? undefined,
      asOf: options.asOf ?? undefined,
      now,
    }));
  const { profile, ruleSet, exceptions } = setup;

  const reading = planReading({
    profile: setup.settings.profile,
    cwd: options.cwd,
    threads: options.threads,
    chunkBytes: options.chunkBytes,
    workerScript: options.workerScript,
    cores: availableParallelism(),
  });
  const readers = await openInputs(options.inputs, options.cwd, profile, { chunkBytes: reading.chunkBytes });
  const notMeasured = findNotMeasured(ruleSet.rules, await readInputColumns(readers, profile), profile);

  let streamed: Streamed;
  try {
    streamed = await streamInputs(readers, options, ruleSet, (reader) => reading.batches(reader, true));
  } catch (error) {
    if (!(error instanceof ParallelFallback)) throw error;
    // Something unusual in a parallel read: redo the whole audit sequentially,
    // which gives exactly the single-threaded result (or error).
    streamed = await streamInputs(readers, options, ruleSet, (reader) => reading.batches(reader, false));
  }
  const { spellings, rejected, inputs, warnings, read, evaluated, filtered } = streamed;
  let engine = streamed.engine;
  let exceptionsOutcome: AuditRun['exceptions'];
  if (exceptions) {
    const applied = exceptions.apply(engine);
    engine = applied.engine;
    exceptionsOutcome = applied.outcome;
  }
  // Every row evaluated, rejected or filtered, and the engine's counts agree: else a bug, never a silent report.
  checkAccounting({ rows: { read, evaluated, rejected: rejected.length, filtered }, inputs, rejected, engine });

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
    notMeasured,
    config: options.config ?? null,
  };
}

interface Streamed {
  /** The evaluator's result, details attached: the evaluator itself (hundreds of MB of indexes at millions of rows) stays inside streamInputs. */
  engine: EngineResult;
  spellings: DistrictSpellings;
  rejected: RejectedRow[];
  inputs: InputSummary[];
  warnings: string[];
  read: number;
  evaluated: number;
  filtered: number;
}

/** Every input, in order, through the filters into a fresh evaluator. */
async function streamInputs(
  readers: readonly ExportReader[],
  options: AuditOptions,
  ruleSet: LoadedRuleSet,
  source: (reader: ExportReader) => AsyncIterable<RowEvent[]>,
): Promise<Streamed> {
  const matches = new FilterMatches(options.period ?? null, options.districts ?? []);
  const keep = matches.observing(makeRecordFilter({ period: options.period ?? null, districts: options.districts ?? [] }));
  const evaluator = createEvaluator(ruleSet, AUDIT_MEMORY);
  let added = 0;
  const spellings = new DistrictSpellings();
  const details: DetailsBySeq | null = options.includeDetails ? new Map() : null;
  const { read, kept, filtered, rejected, warnings, inputs } = await forEachRecord(
    readers,
    options.inputs,
    { keep, batches: source, onProgress: options.onProgress },
    (record, ref, seq) => {
      spellings.add(record.district);
      if (details) keepDetails(details, record, seq);
      evaluator.add(record, ref, seq);
      tuneHeap(++added);
    },
  );
  warnings.push(...matches.warnings());
  const engine = attachDetails(evaluator.finish(), details);
  return { engine, spellings, rejected, inputs, warnings, read, evaluated: kept, filtered };
}
