/**
 * Code lists: `name`, `edition`, `source` (where the codes come from) and `codes`
 * (each a code, or `code:` with `description:`, the days it is in force —
 * `from:` / `until:` — and anything else worth keeping). Read with the YAML
 * failsafe schema so every code stays text: '01' is not '1'.
 */
import type { SourceProblem } from '../errors.js';
import { codeListSchema } from './schema.js';
import type { CodeEntry, CodeList } from '../model/code-list.js';
import { readRuleYaml } from './rule-yaml.js';
import { parseWith } from '../yaml/index.js';
import { RULE_WORDS } from './vocabulary.js';

export type { CodeEntry, CodeList } from '../model/code-list.js';

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
    const entry: CodeEntry =
      typeof c === 'string'
        ? { code: c }
        : { code: c.code, ...(c.description ? { description: c.description } : {}), ...(c.from ? { from: c.from } : {}), ...(c.until ? { until: c.until } : {}) };
    if (entry.from !== undefined && entry.until !== undefined && entry.until <= entry.from) {
      ok = false;
      problems.push(src.problem(['codes', i, 'until'], `code '${entry.code}' is in force until ${entry.until}, not after its from day ${entry.from}`, 'until is the first day the code is no longer in force: it comes after from'));
    }
    const key = entry.code.toLowerCase();
    if (codes.has(key)) {
      ok = false;
      problems.push(src.problem(['codes', i], `code '${entry.code}' is listed twice`, 'codes compare ignoring case; keep one'));
    }
    codes.add(key);
    entries.push(entry);
  });
  if (!ok) return undefined;
  return { name: data.name, ...(data.edition ? { edition: data.edition } : {}), ...(data.source ? { source: data.source } : {}), entries, codes };
}
