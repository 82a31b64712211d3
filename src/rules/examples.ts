/** Reads the examples of a rule: records that must pass, fail, or not apply. */
import type { SourceProblem } from '../errors.js';
import type { CanonicalRecord } from '../model/record.js';
import { exampleSchema, type RawRule } from './schema.js';
import { exampleRecord, type ValueProblem } from './example-record.js';
import type { YamlPath, YamlSource } from '../yaml/index.js';
import { parseWith } from '../yaml/index.js';
import { RULE_WORDS } from './vocabulary.js';

export const EXPECTATIONS = ['pass', 'fail', 'not_applicable'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export interface RuleExample {
  expect: Expectation;
  index: number;
  line: number;
  record: CanonicalRecord;
  /** Records before and after it in the input, for cross-record rules. */
  before: CanonicalRecord[];
  after: CanonicalRecord[];
  note?: string;
  message?: string;
}

export function readExamples(raw: RawRule, path: YamlPath, src: YamlSource, problems: SourceProblem[]): RuleExample[] {
  const out: RuleExample[] = [];
  for (const expect of EXPECTATIONS) {
    const list = raw.examples?.[expect] ?? [];
    list.forEach((item, index) => {
      const at: YamlPath = [...path, 'examples', expect, index];
      const line = src.locate(at).line;
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problems.push(src.problem(at, 'an example is a record: field: value lines', 'e.g. { record_type: crime, offence_code: 8N }'));
        return;
      }
      const obj = item as Record<string, unknown>;
      if (!('record' in obj)) {
        out.push({ expect, index, line, record: toRecord(obj, at, src, problems), before: [], after: [] });
        return;
      }
      const long = parseWith(exampleSchema, obj, at, src, problems, RULE_WORDS);
      if (!long) return;
      out.push({
        expect,
        index,
        line,
        record: toRecord(long.record, [...at, 'record'], src, problems),
        before: (long.before ?? []).map((r, i) => toRecord(r, [...at, 'before', i], src, problems)),
        after: (long.after ?? []).map((r, i) => toRecord(r, [...at, 'after', i], src, problems)),
        ...(long.note ? { note: long.note } : {}),
        ...(long.message ? { message: long.message } : {}),
      });
    });
  }
  return out;
}

function toRecord(raw: Record<string, unknown>, at: YamlPath, src: YamlSource, problems: SourceProblem[]): CanonicalRecord {
  const found: ValueProblem[] = [];
  // Numbers keep their written form: `outcome_code: 01` means the text '01'.
  const written = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'boolean' ? (src.sourceText([...at, k]) ?? v) : v]),
  );
  const rec = exampleRecord(written, found);
  for (const p of found) problems.push(src.problem([...at, p.key], p.message, p.hint, p.onKey));
  return rec;
}
