/**
 * What each operator module declares is what it does: its keys and arguments are
 * the names its schema accepts, its example loads, the hints' vocabulary and the
 * message variables come from the modules, and docs/rule-language.md is current.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { LOCAL_VARS, OPERATORS, OPERATOR_ARGS, OPERATOR_KEYS } from '../../src/operators/index.js';
import { withGeneratedParts } from '../../src/operators/docs.js';
import { VOCABULARY } from '../../src/rules/vocabulary.js';
import { ruleSetFromData } from '../../src/rules/index.js';
import { RuleFileError } from '../../src/errors.js';
import { testRule } from '../engine/condition-harness.js';

/** Every property name anywhere in a JSON schema. */
function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => propertyNames(s, out));
  else if (schema !== null && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties') for (const name of Object.keys(v as object)) out.add(name);
      propertyNames(v, out);
    }
  }
  return out;
}

describe.each(OPERATORS.map((op) => [op.name, op] as const))('operator %s', (_name, op) => {
  it('declares exactly the names its schema accepts (keys and arguments)', () => {
    const accepted = propertyNames(z.toJSONSchema(op.schema, { unrepresentable: 'any' }));
    expect([...accepted].sort()).toEqual([...new Set([...op.keys, ...Object.keys(op.args)])].sort());
  });

  it('has an example that loads as a rule', () => {
    const load = () => ruleSetFromData({ rules: [testRule(parse(op.example) as Record<string, unknown>)], codeLists: { 'outcome-types': ['1', '2'], 'not-avi-phrases': ['does not wish'] } });
    expect(load).not.toThrow();
  });

  it('has a one-line summary and its message variables described', () => {
    expect(op.summary).toMatch(/^[a-z`].*[^.]$/);
    expect(op.summary).not.toContain('\n');
    for (const meaning of Object.values(op.vars ?? {})) expect(meaning.length).toBeGreaterThan(5);
  });
});

describe('the registry', () => {
  it('feeds the hints: every key and argument is in the rule vocabulary', () => {
    for (const name of [...OPERATOR_KEYS, ...OPERATOR_ARGS]) expect(VOCABULARY).toContain(name);
  });

  it('gives rules without cross-record checks the single-record operators\' variables', () => {
    expect(LOCAL_VARS).toEqual(['missing', 'code_status', 'elapsed', 'limit', 'from', 'to']);
  });

  it('allows only declared variables in messages', () => {
    const rule = (require: string, message: string) => () => ruleSetFromData({ rules: [testRule(require, undefined, message)] });
    expect(rule('present: offence_code', 'missing {missing}')).not.toThrow();
    expect(rule('present: offence_code', 'late by {gap}')).toThrow(RuleFileError);
    expect(rule('no_earlier_duplicate: { keys: victim_id, time: reported_at, within: 1, unit: days }', 'after {gap}')).not.toThrow();
    expect(rule('no_earlier_duplicate: { keys: victim_id, time: reported_at, within: 1, unit: days }', 'missing {missing}')).toThrow(RuleFileError);
  });
});

describe('docs/rule-language.md', () => {
  it('holds the operator table and message variables generated from src/operators (run `npm run docs`)', () => {
    const page = readFileSync('docs/rule-language.md', 'utf8');
    expect(page).toBe(withGeneratedParts(page));
  });

  it('names every operator key', () => {
    const page = readFileSync('docs/rule-language.md', 'utf8');
    for (const key of OPERATOR_KEYS) expect(page).toContain(`\`${key}\``);
  });
});
