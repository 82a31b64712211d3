import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerAudit } from './audit.js';
import { registerRules } from './rules.js';
import { registerSample } from './sample.js';
import { registerReview } from './review.js';
import { registerTrend } from './trend.js';
import { registerDiff } from './diff.js';
import { registerInit } from './init.js';
import { registerProgress } from './progress.js';

/** Every sub-command registers itself; one file per command. */
export function registerCommands(program: Command, ctx: CliContext): void {
  registerAudit(program, ctx);
  registerRules(program, ctx);
  registerSample(program, ctx);
  registerReview(program, ctx);
  registerTrend(program, ctx);
  registerDiff(program, ctx);
  registerProgress(program, ctx);
  registerInit(program, ctx);
}
