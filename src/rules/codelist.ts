/**
 * Code lists: `name`, `source` (where the codes come from) and `codes` (each a
 * code, or `code:` with `description:` and anything else worth keeping). Read
 * with the YAML failsafe schema so every code stays text: '01' is not '1'.
 */
import type { SourceProblem } from '../errors.js';
import { codeListSchema } from './schema.js';
import { readRuleYaml } from './rule-yaml.js';
import { parseWith } from '../yaml/index.js';
import { RULE_WORDS } from './vocabulary.js';

export interface CodeList {
  name: string;
  source?: string;
  /** Codes as written, in file order, with their descriptions. */
  entries: { code: string; description?: string }[];
  /** Lower-cased codes: code comparisons ignore case (record.md). */
  codes: ReadonlySet<string>;
}

export function parseCodeList(text: string, file: string, problems: SourceProblem[]): CodeList | undefined {
  const src = readRuleYaml(text, file, { failsafe: true });
  problems.push(...src.problems);
  if (src.problems.length) return undefined;
  const data = parseWith(codeListSchema, src.value, [], src, problems, RULE_WORDS);
  if (!data) return undefined;
  const codes = new Set<string>();
  const entries: CodeList['entries'] = [];
  let ok = true;
  data.codes.forEach((c, i) => {
    const entry = typeof c === 'string' ? { code: c } : { code: c.code, ...(c.description ? { description: c.description } : {}) };
    const key = entry.code.toLowerCase();
    if (codes.has(key)) {
      ok = false;
      problems.push(src.problem(['codes', i], `code '${entry.code}' is listed twice`, 'codes compare ignoring case; keep one'));
    }
    codes.add(key);
    entries.push(entry);
  });
  if (!ok) return undefined;
  return { name: data.name, ...(data.source ? { source: data.source } : {}), entries, codes };
}
