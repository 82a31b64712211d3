/**
 * Generators of hostile rule files: random YAML documents, rule-shaped objects
 * with random conditions, and random mutations of the shipped rule files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { CANONICAL_FIELDS } from '../../../src/model/record.js';

/** The shipped rule files and code lists: path relative to rules/, text. */
export function shippedRuleFiles(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** Tokens that have a meaning in YAML, or in our rule language, or in JavaScript. */
const TOKENS = [
  ':', '- ', '[', ']', '{', '}', "'", '"', '#', '&a ', '*a', '!', '!!js/function ', '!!python/object:os.system ', '!foo ', '|', '>', '<<: ',
  '__proto__: ', 'constructor: ', 'prototype: ', '~', 'null', '.inf', '-1', '1e309', '0x1F', '2026-10-01', 'yes', '\t', '\n', '  ', '%YAML 1.1\n', '---\n', '...\n',
  "'(a+)+$'", "'(a|aa)+'", "'[z-a]'", 'expr: "process.exit(1)"', 'expr: "record_id[\'constructor\']"', '{field: record_id, matches: \'(x+x+)+y\'}',
  '{all: []}', '{any: []}', '{not: {not: {present: record_id}}}', '{elapsed: {from: reported_at, to: recorded_at, at_most: -5, unit: hours}}',
  '{unique: record_id}', 'in_list: nowhere', 'codelists: {x: ../../../../etc/hostname}', '{present: [__proto__]}', 'extra.__proto__',
  '\u0000', '\uFEFF', '💥',
];

const lineOps = (lines: string[]) =>
  fc.oneof(
    // delete, duplicate or swap lines
    fc.nat().map((i) => { const l = [...lines]; l.splice(i % l.length, 1); return l; }),
    fc.nat().map((i) => { const l = [...lines]; l.splice(i % l.length, 0, l[i % l.length]!); return l; }),
    fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => { const l = [...lines]; const a = i % l.length; const b = j % l.length; [l[a], l[b]] = [l[b]!, l[a]!]; return l; }),
    // re-indent a line
    fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([i, d]) => { const l = [...lines]; const k = i % l.length; l[k] = d >= 0 ? ' '.repeat(d) + l[k] : l[k]!.slice(-d); return l; }),
    // insert a token inside a line, or replace a value after a colon
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TOKENS)).map(([i, c, t]) => { const l = [...lines]; const k = i % l.length; const s = l[k]!; const at = c % (s.length + 1); l[k] = s.slice(0, at) + t + s.slice(at); return l; }),
    fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([i, t]) => { const l = [...lines]; const k = i % l.length; l[k] = l[k]!.replace(/:\s.*$/, `: ${t}`); return l; }),
  );

/** A shipped file (chosen by index) with 1–4 random mutations applied. */
export function mutatedShippedFile(files: { path: string; text: string }[]): fc.Arbitrary<{ path: string; text: string }> {
  return fc.nat({ max: files.length - 1 }).chain((i) => {
    const file = files[i]!;
    let arb: fc.Arbitrary<string[]> = fc.constant(file.text.split('\n'));
    return fc.integer({ min: 1, max: 4 }).chain((times) => {
      for (let t = 0; t < times; t++) arb = arb.chain((lines) => (lines.length ? lineOps(lines) : fc.constant(lines)));
      return arb.map((lines) => ({ path: file.path, text: lines.join('\n') }));
    });
  });
}

const field = fc.oneof(fc.constantFrom(...CANONICAL_FIELDS), fc.constantFrom('extra.LSOA code', 'extra.__proto__', '__proto__', 'constructor', 'nope'));
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const regexish = fc.array(fc.constantFrom('a', '+', '*', '(', ')', '|', '?', '.', '[', ']', '\\d', '{2,}', '^', '$', '\\1'), { maxLength: 10 }).map((p) => p.join(''));
const jexlish = fc.array(fc.constantFrom('victim_age', ' < ', '18', ' && ', ' || ', 'flag_cse', ' == ', 'null', '(', ')', '[', ']', "'constructor'", '.', 'extra', '|lower', '"x"', ' ? ', ' : '), { maxLength: 9 }).map((p) => p.join(''));

/** A condition tree in the rule vocabulary, well-formed or not. */
const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ present: field }),
    fc.record({ absent: field }),
    fc.record({ field, equals: scalar }),
    fc.record({ field, in: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ field, matches: regexish }),
    fc.record({ expr: jexlish }),
    fc.record({ elapsed: fc.record({ from: field, to: field, at_most: scalar, unit: fc.constantFrom('hours', 'days', 'weeks') }) }),
    fc.record({ all: fc.array(tie('cond'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('cond'), { maxLength: 3 }) }),
    fc.record({ not: tie('cond') }),
    fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 2 }),
  ),
})).cond;

/** A rule file whose rules have random conditions (and sometimes random keys). */
export const ruleShapedFile: fc.Arbitrary<string> = fc
  .array(
    fc.record(
      {
        id: fc.oneof(fc.constant('T-001'), fc.stringMatching(/^[A-Z]{1,4}-\d{3}$/)),
        name: fc.string({ maxLength: 10 }),
        severity: fc.constantFrom('error', 'warning', 'info', 'fatal'),
        threshold: fc.oneof(fc.double({ min: -1, max: 2 }), fc.constant(null)),
        standard: fc.string({ maxLength: 10 }),
        description: fc.string({ maxLength: 10 }),
        applies_to: condition,
        require: condition,
        message: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('{record_id}', '{closure_rationale}', '{elapsed}', '{nope}')),
      },
      { requiredKeys: ['id', 'require'] },
    ),
    { maxLength: 3 },
  )
  .map((rules) => stringify({ rules }));

/** Any YAML text: a random JS value serialised, or random characters. */
export const randomYaml: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => stringify(v) ?? ''),
  fc.anything().map((v) => { try { return stringify(v) ?? ''; } catch { return String(v); } }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 5 })), { maxLength: 20 }).map((t) => t.join('')),
);
