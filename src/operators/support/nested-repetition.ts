/**
 * Finds an unbounded repetition inside another unbounded repetition — `(a+)+`,
 * `(\d*)*`, `(x|y+)+` — the shape that backtracks exponentially in ordinary
 * regex engines. Bounded repetition such as the optional group in `\d+(\.\d+)?`
 * is fine. (safe-regex2 counts every repetition, so it refused such everyday
 * patterns; matching here is linear anyway, this only keeps rule files portable.)
 */
import retModule, { type Token, type Tokens } from 'ret';

// ret is CommonJS: its module.exports is the tokenizer function, with `types` on it.
const tokenizer = retModule as unknown as (pattern: string) => Tokens;
const { types } = retModule;

export function hasNestedUnboundedRepetition(pattern: string): boolean {
  let root: Tokens;
  try {
    root = tokenizer(pattern);
  } catch {
    return false; // the native and RE2 parsers report syntax errors
  }
  // Iterative walk: (token, unbounded repetitions around it).
  const stack: [Token | Tokens, number][] = [[root, 0]];
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case types.REPETITION: {
        const unbounded = token.max === Infinity || token.max > 1000 ? 1 : 0;
        if (depth + unbounded > 1) return true;
        stack.push([token.value, depth + unbounded]);
        break;
      }
      case types.ROOT:
      case types.GROUP:
        for (const child of token.stack ?? []) stack.push([child, depth]);
        for (const option of token.options ?? []) for (const child of option) stack.push([child, depth]);
        break;
      default:
        break;
    }
  }
  return false;
}
