/**
 * Glue between the audit and the exceptions module: load the file up front
 * (before any data is read), apply it to the engine's result at the end.
 */
import type { AuditRun } from '../../model/audit-run.js';
import type { EngineResult } from '../../model/engine.js';
import { applyExceptions, defaultAsOf, loadExceptions } from './index.js';

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
): Promise<PreparedExceptions> {
  const entries = await loadExceptions(path, cwd);
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
