/**
 * The streaming evaluator: every kept record is added once, in input order;
 * rules without cross-record checks are decided at once, the others keep a few
 * integers per undecided record and are decided at finish().
 */
import type { CanonicalRecord, SourceRef } from '../model/record.js';
import type { EngineResult, Evaluator, RuleResult, Verdict } from '../model/engine.js';
import type { CompiledRule, CompiledSet } from './compiled.js';
import { localTest, type Observer } from '../model/condition.js';
import { RuleTally } from './counts.js';
import { DeferredRun } from './deferred-run.js';
import { Lookahead } from './lookahead.js';
import { NONE, RecordKeys } from './record-keys.js';
import { shareIndexes } from './share-indexes.js';
import { KeptRecord, LiveRecord, type Subject } from './subjects.js';
import { PendingMeta } from '../storage/pending-meta.js';
import { SpillArea } from '../storage/spill-file.js';
import { FindingStore } from '../storage/finding-store.js';

export type { Verdict } from '../model/engine.js';

/**
 * What the evaluator is told. The memory settings change where things are
 * kept, never a verdict (test/slow/memory-settings-equivalence.test.ts); the
 * caller's memory policy chooses them (the audit's: src/audit/memory-policy.ts).
 * Without them nothing is held back, spilled or collected.
 */
export interface EvaluatorOptions {
  /** Called once per (rule, record) when its verdict is known (used by `rules test`). */
  onVerdict?: (ruleIndex: number, seq: number, verdict: Verdict, message?: string) => void;
  /**
   * How many records order-free indexes (`exists`) see before the rules
   * evaluate them (default 0): a question whose match is within this many rows
   * after it is answered at once instead of waiting for finish().
   */
  lookahead?: number;
  /**
   * Bytes each column of undecided records and findings keeps in memory before
   * the rest goes to a temporary file (default Infinity = never; tests use 0).
   */
  keepBytes?: number;
  /**
   * Called by finish() where large parts of the evaluator's memory have just
   * become garbage, with the number of records added: the caller may run a
   * full garbage collection there. The engine never collects on its own.
   */
  collect?: (recordsAdded: number) => void;
}

/** One rule: decided at add() (`verdict`), or through its undecided records (`deferred`). */
type Run = { rule: CompiledRule; tally: RuleTally } & (
  | { verdict: (r: CanonicalRecord) => Verdict; deferred: null }
  | { verdict: null; deferred: DeferredRun }
);

class StreamingEvaluator implements Evaluator {
  private readonly runs: Run[];
  private readonly findings: FindingStore;
  /** Input files by index, as findings name them. */
  private readonly files: string[] = [];
  private readonly keys = new RecordKeys();
  private readonly meta: PendingMeta;
  private readonly live: LiveRecord;
  /** Order-free indexes: they see each record when it is added. */
  private readonly aheadObservers: Observer[];
  /** Everything else that sees every record, in input order just before the rules: `unique` observers, other cross checks. */
  private readonly inOrderObservers: Observer[];
  private readonly lookahead: Lookahead;
  private added = 0;

  constructor(
    set: CompiledSet,
    private readonly options: EvaluatorOptions,
  ) {
    const keep = options.keepBytes ?? Infinity;
    this.meta = new PendingMeta(new SpillArea(keep));
    this.findings = new FindingStore(new SpillArea(keep));
    this.live = new LiveRecord(this.keys);
    this.runs = set.rules.map((rule) => {
      const verdict = localVerdict(rule);
      const tally = new RuleTally();
      return verdict ? { rule, tally, verdict, deferred: null } : { rule, tally, verdict, deferred: new DeferredRun(rule, this.meta.spill) };
    });
    const cross = shareIndexes(this.runs.flatMap((r) => r.deferred?.crosses ?? []));
    this.aheadObservers = cross.filter((o) => o.ahead === true);
    this.inOrderObservers = [...set.observers, ...cross.filter((o) => o.ahead !== true)];
    const size = this.aheadObservers.length > 0 ? Math.max(0, options.lookahead ?? 0) : 0;
    this.lookahead = new Lookahead(size, (r, source, seq) => this.evaluate(r, source, seq));
  }

  add(r: CanonicalRecord, source: SourceRef, seq: number): void {
    this.added++;
    for (const o of this.aheadObservers) o.observe(r, seq);
    this.lookahead.add(r, source, seq);
  }

  private evaluate(r: CanonicalRecord, source: SourceRef, seq: number): void {
    for (const o of this.inOrderObservers) o.observe(r, seq);
    this.files[source.fileIndex] = source.file;
    const subject = this.live.at(r, source, seq);
    let pending = -1;
    const runs = this.runs;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      const verdict = run.deferred === null ? run.verdict(r) : run.deferred.evaluate(r, seq);
      if (verdict !== null) {
        this.decide(i, run, verdict, subject.with(run.deferred === null ? null : run.deferred.nowVars));
        continue;
      }
      // Undecided: what its finding would need is kept once per record, whatever the number of rules waiting.
      if (pending < 0) pending = this.meta.add(r.record_id ?? null, source.fileIndex, source.line, seq, subject.spelling, subject.type);
      run.deferred!.hold(r, seq, pending);
    }
  }

  /** The one verdict branch: counts, finding and onVerdict of a (rule, record). */
  private decide(i: number, run: Run, verdict: Verdict, subject: Subject): void {
    let message: string | undefined;
    if (verdict !== 'n/a') {
      run.tally.count(this.keys.district(subject.spelling), subject.type, verdict === 'fail');
      if (verdict === 'fail') message = subject.fail(this.findings, i, run.rule);
    }
    this.options.onVerdict?.(i, subject.seq, verdict, message);
  }

  finish(): EngineResult {
    this.lookahead.drain();
    // Every record has been evaluated: the in-order observers' sets (e.g. every
    // record id, for `unique`) are no longer needed.
    for (const o of this.inOrderObservers) o.release?.();
    this.options.collect?.(this.added);
    const kept = new KeptRecord(this.meta, this.keys);
    this.runs.forEach((run, i) => {
      const d = run.deferred;
      if (d === null) return;
      d.answer();
      for (let p = 0; p < d.meta.length; p++) this.decide(i, run, d.replay(p), kept.at(d.meta.get(p), d.vars.get(p)));
      d.release();
    });
    this.meta.release();
    this.options.collect?.(this.added);
    const { keys } = this;
    const names = { ruleIds: this.runs.map((run) => run.rule.info.id), files: this.files, spellings: keys.spellings.keys, types: keys.types.keys };
    const findings = this.findings.take(names, NONE);
    const rules: RuleResult[] = this.runs.map((run) => ({
      rule: run.rule.info,
      counts: { applicable: run.tally.applicable, failed: run.tally.failed },
      byDistrict: run.tally.byDistrict(keys.districts.keys),
      byRecordType: run.tally.byRecordType(keys.types.keys),
    }));
    return { rules, findings };
  }
}

/** The verdict of a rule without cross-record checks, or null when it has some. */
function localVerdict(rule: CompiledRule): ((r: CanonicalRecord) => Verdict) | null {
  const applies = rule.appliesTo ? localTest(rule.appliesTo) : null;
  const require = localTest(rule.require);
  if ((rule.appliesTo !== null && applies === null) || require === null) return null;
  return applies === null ? (r) => (require(r) ? 'pass' : 'fail') : (r) => (!applies(r) ? 'n/a' : require(r) ? 'pass' : 'fail');
}

export function evaluate(set: CompiledSet, options: EvaluatorOptions = {}): Evaluator {
  return new StreamingEvaluator(set, options);
}
