/**
 * Regular expressions for `matches:`, run by re2js (a port of RE2): matching time
 * is linear in the value whatever the pattern, so no rule can stall an audit —
 * not `(a+)+$`, not `(a|aa)+$`, not the polynomial `.*.*.*=` that no backtracking
 * checker catches. Patterns are written in JavaScript syntax (checked by the
 * native parser first, so messages stay familiar), minus what a linear-time
 * engine cannot do: backreferences and lookaround, refused with a hint.
 */
import { RE2JS } from 're2js';
import { hasNestedUnboundedRepetition } from './nested-repetition.js';
import { jsToRe2 } from './js-to-re2.js';

/** Longer than any sensible code pattern; keeps compile time small. */
export const MAX_PATTERN_LENGTH = 1000;
/** RE2 instructions (about one per character matched, e.g. `x{1000}` is 1,002): bounds the cost per character of value. */
export const MAX_PROGRAM_SIZE = 5000;

export interface WholeMatcher {
  /** The whole value matches (anchored at both ends). */
  test(value: string): boolean;
}

export type RegexResult = { ok: true; matcher: WholeMatcher } | { ok: false; message: string; hint: string };

const fail = (message: string, hint: string): RegexResult => ({ ok: false, message, hint });

export function compileWholeMatch(pattern: string, ignoreCase: boolean): RegexResult {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return fail(`the regular expression is longer than ${MAX_PATTERN_LENGTH} characters`, 'use a code list (in_list) for long lists of values');
  }
  try {
    // Checked as JavaScript, as written (docs/rule-language.md: `new RegExp(p, 'u')`): wrapped
    // in ^(?:…)$ first, `C1)|(?:Q` would pass and `[a-` would read "Range out of order".
    new RegExp(pattern, ignoreCase ? 'iu' : 'u');
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^Invalid regular expression: (?:\/.*\/[a-z]*: )?/s, '') : String(error);
    return fail(`bad regular expression: ${why}`, 'check brackets and escapes; a literal dot is \\.');
  }
  const unsupported = findUnsupported(pattern);
  if (unsupported) return fail(`${unsupported} is not supported in rule files (it cannot be matched in linear time)`, unsupportedHint(unsupported));
  // Kept although matching is linear anyway: such a pattern is a hazard wherever the rule
  // file is read by a backtracking engine, and it is almost always a mistake.
  if (hasNestedUnboundedRepetition(pattern)) {
    return fail(
      'this regular expression can take exponential time on some values (nested repetition)',
      'avoid patterns like (a+)+ or (a|a)*; repeat a simple character class instead',
    );
  }
  const translated = jsToRe2(pattern);
  if (!translated.ok) {
    return fail(`${translated.unsupported} is not supported in rule files (the linear-time engine has no equivalent)`, 'use a script or a general category, e.g. \\p{Greek} or \\p{L}');
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(`(?:${RE2JS.translateRegExp(translated.pattern)})`, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    // Only a repeat count is ours to explain; other refusals are named as RE2 gives them.
    if (/invalid repeat count/.test(why)) return fail(`bad regular expression: ${why}`, 'counted repetition is limited to {1000}; see docs/rule-language.md, "Regular expressions"');
    if (/\\p\{|\\P\{/.test(why)) return fail(`this Unicode property is not supported in rule files (${why})`, 'use a script or a general category, e.g. \\p{Greek} or \\p{L}');
    return fail(`this regular expression cannot be run in linear time (${why})`, 'see docs/rule-language.md, "Regular expressions"');
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    return fail('this regular expression is too large to run on every record', 'use fewer or smaller counted repetitions ({n}), or a code list (in_list)');
  }
  return { ok: true, matcher: { test: (value) => re.matches(value) } };
}

/**
 * Backreferences and lookaround in a pattern the native parser accepted (Unicode
 * mode, so `\1` without a group and other legacy forms are already errors).
 */
export function findUnsupported(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return 'a named backreference (\\k<…>)';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && pattern[i + 1] === '?') {
      const look = /^\?(=|!|<=|<!)/.exec(pattern.slice(i + 1, i + 4));
      if (look) return look[1]!.startsWith('<') ? `a lookbehind (?${look[1]}…)` : `a lookahead (?${look[1]}…)`;
    }
  }
  return undefined;
}

function unsupportedHint(what: string): string {
  return what.includes('backreference')
    ? 'write the repeated part out, or compare two fields with expr:'
    : 'split the check into two conditions joined with all:, any: or not:';
}
