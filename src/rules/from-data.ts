/**
 * A rule set from plain data instead of files (tests, tools): the rules are
 * written out as YAML in memory and read exactly as a rule file is, so every
 * problem is found and located the same way. Code lists are given as codes.
 */
import { stringify } from 'yaml';
import { RuleFileError, type SourceProblem } from '../errors.js';
import { parseWith } from '../yaml/index.js';
import type { LoadedRuleSet } from './index.js';
import { readRules, type LoadState } from './load.js';
import { readRuleYaml } from './rule-yaml.js';
import { ruleFileSchema } from './schema.js';
import { RULE_WORDS } from './vocabulary.js';
import { plainCodeList } from '../model/code-list.js';

export interface RuleData {
  /** Rules as a rule file's `rules:` list holds them. */
  rules: unknown[];
  /** Code lists by name, as their codes. */
  codeLists?: Readonly<Record<string, readonly string[]>>;
}

/** Throws RuleFileError (positions in the YAML written for `file`) when a rule has a problem. */
export function ruleSetFromData(data: RuleData, file = 'rules.yaml'): LoadedRuleSet {
  const text = stringify({ rules: data.rules }, { aliasDuplicateObjects: false });
  const src = readRuleYaml(text, file);
  const problems: SourceProblem[] = [...src.problems];
  const parsed = problems.length ? undefined : parseWith(ruleFileSchema, src.value, [], src, problems, RULE_WORDS);
  if (!parsed) throw new RuleFileError(problems);
  const lists = new Map(Object.entries(data.codeLists ?? {}).map(([name, codes]) => [name, plainCodeList(name, codes)]));
  const st: LoadState = { entries: [], files: [], problems, seenFiles: new Set(), codeListCache: new Map(), codeLists: new Map() };
  readRules(parsed, src, file, lists, st);
  if (problems.length) throw new RuleFileError(problems);
  return { rules: st.entries.map((e) => e.info), files: [], entries: st.entries, codeLists: new Map() };
}
