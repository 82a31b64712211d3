/**
 * The regular-expression contract of docs/rule-language.md, as written (issue
 * 15, item 10): a pattern is JavaScript in Unicode mode (`new RegExp(p, 'u')`,
 * not wrapped first), anchored at both ends, run by RE2; what RE2 spells
 * differently is translated, what it cannot do is refused with a message that
 * says so — never a hint about something else.
 */
import { describe, expect, it } from 'vitest';
import { compileWholeMatch } from '../../src/operators/support/safe-regex.js';

describe('valid JavaScript patterns run', () => {
  it.each([
    ['\\p{Script=Greek}+', ['αβγ'], ['abc', '']],
    ['\\p{sc=Greek}', ['α'], ['a']],
    ['\\P{Script=Latin}', ['α', '1'], ['a']],
    ['[\\p{Script=Greek}x]+', ['αx'], ['y']],
    ['\\p{General_Category=Letter}+', ['aé'], ['1']],
    ['\\p{Letter}\\p{Nd}', ['a1'], ['11']],
    ['\\p{Lu}', ['É'], ['é']],
    ['[\\b]', ['\b'], ['b', '\\b']],
    ['a[\\b-]?', ['a', 'a\b', 'a-'], ['ab']],
  ])('%s', (pattern, yes, no) => {
    const result = compileWholeMatch(pattern, false);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    for (const v of yes) expect(result.matcher.test(v), v).toBe(true);
    for (const v of no) expect(result.matcher.test(v), v).toBe(false);
  });
});

describe('invalid or unsupported patterns are refused, with an accurate message', () => {
  it.each([
    ['C1)|(?:Q', /^bad regular expression: Unmatched '\)'$/, /check brackets/],
    ['[a-', /^bad regular expression: Unterminated character class$/, /check brackets/],
    ['\\p{Script_Extensions=Greek}', /\\p\{Script_Extensions=Greek\} is not supported/, /\\p\{Greek\}/],
    ['\\p{Alphabetic}', /\\p\{Alphabetic\} is not supported/, /\\p\{L\}/],
    ['a{1001}', /^bad regular expression: invalid repeat count/, /\{1000\}/],
  ])('%s', (pattern, message, hint) => {
    const result = compileWholeMatch(pattern, false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.hint).toMatch(hint);
  });

  it('no property or class error gets the hint about counted repetition', () => {
    for (const pattern of ['\\p{Script_Extensions=Greek}', '\\p{Alphabetic}', '[a-', 'C1)|(?:Q']) {
      const result = compileWholeMatch(pattern, false);
      expect(!result.ok && result.hint).not.toMatch(/\{1000\}/);
    }
  });
});
