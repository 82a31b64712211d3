/** Rule files: loading, layering, validation (spec/rules.md). */
import { RuleFileError, type SourceProblem } from '../errors.js';
import type { RuleInfo } from '../model/engine.js';
import { loadRuleFiles, type LoadedFile, type RuleEntry } from './load.js';
import type { CodeList } from './codelist.js';

export interface LoadedRuleSet {
  /** The rules in force, in load order (files as given, rules in file order), overrides applied. */
  rules: RuleInfo[];
  /** Every file loaded: rule files and code lists, in load order. */
  files: LoadedFile[];
  /** Internal: what the engine compiles afresh for each evaluation, and `rules test` runs. */
  readonly entries: readonly RuleEntry[];
  /** Internal: code lists loaded, by display path. */
  readonly codeLists: ReadonlyMap<string, CodeList>;
}

/**
 * Loads rule files or folders (later layer over earlier). Throws RuleFileError
 * with every problem found; nothing else is read until the rules are sound.
 */
export async function loadRuleSet(paths: string[], cwd: string): Promise<LoadedRuleSet> {
  const res = await loadRuleFiles(paths, cwd);
  if (res.problems.length) throw new RuleFileError(res.problems);
  return { rules: res.entries.map((e) => e.info), files: res.files, entries: res.entries, codeLists: res.codeLists };
}

/** Every problem in the rule files, sorted by file, line, column; [] when sound. */
export async function checkRuleFiles(paths: string[], cwd: string): Promise<SourceProblem[]> {
  return (await loadRuleFiles(paths, cwd)).problems;
}

export type { LoadedFile, RuleEntry } from './load.js';
export type { RuleExample } from './examples.js';
export type { MessagePart } from './message-template.js';
export { ruleSetFromData, type RuleData } from './from-data.js';
