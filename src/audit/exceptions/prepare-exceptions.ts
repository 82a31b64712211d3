/**
 * Glue between the audit and the exceptions module: load the file up front
 * (before any data is read), apply it to the engine's result at the end.
 */
import type { AuditRun } from '../../model/audit-run.js';
import type { EngineResult } from '../../model/engine.js';
import { ExceptionsFileError, type SourceProblem } from '../../errors.js';
import { applyExceptions, defaultAsOf } from './index.js';
import { loadLocatedExceptions } from './load-exceptions.js';

export interface PreparedExceptions {
  asOf: string;
  apply(engine: EngineResult): { engine: EngineResult; outcome: NonNullable<AuditRun['exceptions']> };
}

export async function prepareExceptions(
  path: string,
  cwd: string,
  period: string | null,
  asOf: string | null,
  today: Date,
  ruleIds?: ReadonlySet<string>,
): Promise<PreparedExceptions> {
  const { entries, lines } = await loadLocatedExceptions(path, cwd);
  if (ruleIds) {
    // An entry for a rule not in force can never apply: a typo, or a rule file left out. Never merely "unused".
    const problems: SourceProblem[] = [];
    entries.forEach((e, i) => {
      if (!ruleIds.has(e.ruleId)) problems.push({ file: path, line: lines[i]!, column: 1, message: `rule ${e.ruleId} is not a rule in force`, hint: 'check the rule id against `ncrs-audit rules list`' });
    });
    if (problems.length > 0) throw new ExceptionsFileError(problems);
  }
  const day = asOf ?? defaultAsOf(period, today);
  return {
    asOf: day,
    apply(engine) {
      const result = applyExceptions(engine, entries, day);
      return {
        engine: result.engine,
        outcome: {
          asOf: day,
          accepted: result.accepted,
          expired: result.expired,
          unused: result.unused,
          acceptedByRule: result.acceptedByRule,
        },
      };
    },
  };
}
