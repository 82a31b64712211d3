import { describe, expect, it } from 'vitest';
import { hasNestedUnboundedRepetition } from '../../src/operators/support/nested-repetition.js';
import { compileWholeMatch } from '../../src/operators/support/safe-regex.js';

describe('nested unbounded repetition (refused in rule files)', () => {
  it.each([
    ['(a+)+$', true],
    ['(\\d*)*', true],
    ['(x|y+)+', true],
    ['((ab)+c)*', true],
    ['(a{2,})+', true],
    ['\\d+(\\.\\d+)?', false],
    ['[0-9]+(/[0-9]+)?', false],
    ['^[A-Z]{2}\\d+$', false],
    ['(ab){1,3}', false],
    ['(?:[a-f0-9]{2}){32}', false],
    ['.*.*.*=', false], // polynomial, not nested: safe because matching is linear (re2js)
  ])('%s -> %s', (pattern, nested) => {
    expect(hasNestedUnboundedRepetition(pattern)).toBe(nested);
    expect(compileWholeMatch(pattern, false).ok).toBe(!nested);
  });
});
