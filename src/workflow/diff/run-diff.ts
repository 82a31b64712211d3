/**
 * `diff`: the same records through two rule sets in one read of the input (one
 * reader feeding two evaluators), then which (rule, record) verdicts moved.
 */
import { AUDIT_MEMORY } from '../../audit/memory-policy.js';
import { createEvaluator } from '../../engine/index.js';
import { setupRun, type ProfileSetup } from '../../audit/setup.js';
import type { EngineResult, RuleResult } from '../../model/engine.js';
import { ruleStatus } from '../../report/stats/status.js';
import { loadRuleSet, type LoadedRuleSet } from '../../rules/index.js';
import { toolVersion } from '../../version.js';
import { readFrame } from '../read-frame.js';
import type { DiffChange, DiffResult, DiffRule, DiffRuleSide } from './types.js';
import { VERDICT_OF, VerdictStore } from './verdict-store.js';

export interface DiffOptions {
  inputs: string[];
  cwd: string;
  /** Rule files or folders; `default` names the profile's default set (cli.md). */
  base: string[];
  head: string[];
  /** Profile name or path; default `canonical`. */
  profile?: string;
  /** The run as the CLI set it up (with the config file); its profile then stands for `profile`. */
  setup?: ProfileSetup;
  period?: string | null;
  districts?: string[];
}

/** `--base default` / `--head default`: the profile's default rule set. */
export const DEFAULT_SET = 'default';

export async function runDiff(options: DiffOptions): Promise<DiffResult> {
  const setup = options.setup ?? (await setupRun({ through: 'profile', cwd: options.cwd, config: false, profile: options.profile }));
  const { profile } = setup;
  const named = (paths: string[]): string[] => paths.flatMap((p) => (p === DEFAULT_SET ? setup.defaultRules : [p]));
  // Both rule sets are checked before any data is read (rules.md).
  const baseSet = await loadRuleSet(named(options.base), options.cwd);
  const headSet = await loadRuleSet(named(options.head), options.cwd);
  const baseVerdicts = new VerdictStore(baseSet.rules.length);
  const headVerdicts = new VerdictStore(headSet.rules.length);
  const baseEval = createEvaluator(baseSet, { ...AUDIT_MEMORY, onVerdict: (rule, seq, v) => baseVerdicts.set(rule, seq, v) });
  const headEval = createEvaluator(headSet, { ...AUDIT_MEMORY, onVerdict: (rule, seq, v) => headVerdicts.set(rule, seq, v) });

  // Enough to name a changed record: its id and where it is.
  const ids: (string | undefined)[] = [];
  const fileOf: number[] = [];
  const lineOf: number[] = [];
  const filters = { period: options.period ?? null, districts: options.districts ?? [], recordType: null };
  const frame = await readFrame(options.inputs, options.cwd, profile, filters, (record, source, seq) => {
    baseEval.add(record, source, seq);
    headEval.add(record, source, seq);
    ids[seq] = record.record_id;
    fileOf[seq] = source.fileIndex;
    lineOf[seq] = source.line;
  });
  const baseResult = baseEval.finish();
  const headResult = headEval.finish();

  const rules: DiffRule[] = [];
  const changes: DiffChange[] = [];
  for (const id of ruleIds(baseSet, headSet)) {
    const b = baseSet.rules.findIndex((r) => r.id === id);
    const h = headSet.rules.findIndex((r) => r.id === id);
    let newlyFailing = 0;
    let newlyPassing = 0;
    let scopeChanged = 0;
    for (let seq = 0; seq < frame.kept; seq++) {
      const from = b < 0 ? 0 : baseVerdicts.get(b, seq);
      const to = h < 0 ? 0 : headVerdicts.get(h, seq);
      if (from === to) continue;
      const fromV = VERDICT_OF[from]!;
      const toV = VERDICT_OF[to]!;
      if (toV === 'fail') newlyFailing++;
      else if (fromV === 'fail') newlyPassing++;
      else {
        scopeChanged++;
        continue;
      }
      const fileIndex = fileOf[seq]!;
      changes.push({ ruleId: id, recordId: ids[seq] ?? null, file: options.inputs[fileIndex]!, line: lineOf[seq]!, from: fromV, to: toV });
    }
    const base = b < 0 ? null : side(baseResult, b);
    const head = h < 0 ? null : side(headResult, h);
    rules.push({ id, change: changeKind(base, head, newlyFailing + newlyPassing + scopeChanged), base, head, newlyFailing, newlyPassing, scopeChanged });
  }
  const order = new Map(options.inputs.map((p, i) => [p, i]));
  changes.sort((x, y) => order.get(x.file)! - order.get(y.file)! || x.line - y.line || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));

  return {
    schemaVersion: 1,
    kind: 'ncrs-audit-diff',
    tool: { name: 'ncrs-audit', version: toolVersion() },
    inputs: frame.inputs,
    filters: { period: filters.period, districts: filters.districts },
    rows: { read: frame.read, evaluated: frame.kept, rejected: frame.rejected.length, filtered: frame.filtered },
    base: { files: baseSet.files },
    head: { files: headSet.files },
    rules,
    changes,
    changed: changes.length > 0,
  };
}

/** Base order first, then rules only the head has, in head order. */
function ruleIds(base: LoadedRuleSet, head: LoadedRuleSet): string[] {
  const ids = base.rules.map((r) => r.id);
  for (const r of head.rules) if (!ids.includes(r.id)) ids.push(r.id);
  return ids;
}

function side(engine: EngineResult, index: number): DiffRuleSide {
  const r: RuleResult = engine.rules[index]!;
  const { applicable, failed } = r.counts;
  return {
    name: r.rule.name,
    severity: r.rule.severity,
    threshold: r.rule.threshold,
    applicable,
    failed,
    rate: applicable === 0 ? null : (applicable - failed) / applicable,
    status: ruleStatus(applicable, failed, r.rule.threshold),
  };
}

function changeKind(base: DiffRuleSide | null, head: DiffRuleSide | null, moved: number): DiffRule['change'] {
  if (!base) return 'added';
  if (!head) return 'removed';
  const same =
    moved === 0 &&
    base.severity === head.severity &&
    base.threshold === head.threshold &&
    base.name === head.name &&
    base.applicable === head.applicable &&
    base.failed === head.failed;
  return same ? 'same' : 'modified';
}
