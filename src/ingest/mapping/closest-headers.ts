import { distance } from 'fastest-levenshtein';

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Pairs of (found header, expected header) that look alike, best first, so a
 * "no column maps" error can say what was probably meant.
 */
export function closestHeaders(found: readonly string[], expected: readonly string[], limit = 5): string[] {
  const pairs: { found: string; expected: string; score: number }[] = [];
  for (const header of found) {
    const a = squash(header);
    if (a === '') continue;
    let best: { expected: string; score: number } | undefined;
    for (const candidate of expected) {
      const score = likeness(a, squash(candidate));
      if (!best || score < best.score) best = { expected: candidate, score };
    }
    if (best && best.score <= 0.5) pairs.push({ found: header, ...best });
  }
  pairs.sort((x, y) => x.score - y.score);
  return pairs.slice(0, limit).map((p) => `'${p.found}' (${p.expected}?)`);
}

/** 0 (same) to 1 (nothing alike) between two squashed names. */
function likeness(a: string, b: string): number {
  // Containment counts only for real words: 'a' is inside half the field names.
  const contained = Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a));
  return contained ? 0.1 : distance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * The found header most like any of `expected` (a field's name and the headers a
 * profile reads it from), or undefined when none is close: the "not measured" hint.
 */
export function closestHeader(found: readonly string[], expected: readonly string[]): string | undefined {
  let best: { header: string; score: number } | undefined;
  for (const header of found) {
    const a = squash(header);
    if (a === '') continue;
    for (const candidate of expected) {
      const score = likeness(a, squash(candidate));
      if (score <= 0.5 && (!best || score < best.score)) best = { header: header.trim(), score };
    }
  }
  return best?.header;
}
