/**
 * Disclosure control for published counts (report.md `--public`), shared by the
 * audit report, `--compare`, `trend` and `review`. Pure: counts in, which cells
 * to hide out.
 *
 * Primary: a cell whose `failed` or `passed` is 1–4 is hidden (small numbers can
 * identify people). Secondary: within one total and one dimension (a rule's
 * districts, a rule's record types, a review's strata), more entries are hidden,
 * smallest `applicable` first, until no hidden value follows from the total by
 * subtraction (docs/decisions.md, "Disclosure control").
 */

/** Counts 1–4 are small enough to identify people. */
export const SMALLEST_PUBLISHED = 5;

export function isSmallCount(n: number): boolean {
  return n >= 1 && n < SMALLEST_PUBLISHED;
}

export interface CellCounts {
  applicable: number;
  failed: number;
}

/** Primary suppression: `failed` or `passed` between 1 and 4. */
export function isPrimarySuppressed(cell: CellCounts): boolean {
  return isSmallCount(cell.failed) || isSmallCount(cell.applicable - cell.failed);
}

/**
 * Which entries of one dimension to hide, given the total they add up to.
 * Starts from the primary cells; while exactly one entry is hidden, or (the
 * total being published) the hidden entries' failed or passed add up to fewer
 * than 5 (0 included: a sum of 0 gives every hidden entry away), hides the
 * shown entry with the smallest `applicable` (ties: the earlier entry).
 * A side whose total is 0 is not counted: every entry's is 0 by definition, and
 * hiding entries could not change that.
 */
export function suppressDimension(total: CellCounts, entries: readonly CellCounts[]): boolean[] {
  const hidden = entries.map(isPrimarySuppressed);
  const totalShown = !isPrimarySuppressed(total);
  const totalPassed = total.applicable - total.failed;
  const order = entries.map((_, i) => i).sort((a, b) => entries[a]!.applicable - entries[b]!.applicable || a - b);
  const needsMore = (): boolean => {
    let k = 0;
    let failed = 0;
    let passed = 0;
    entries.forEach((e, i) => {
      if (!hidden[i]) return;
      k++;
      failed += e.failed;
      passed += e.applicable - e.failed;
    });
    if (k === 0) return false;
    if (k === 1) return true;
    if (!totalShown) return false;
    return (total.failed > 0 && failed < SMALLEST_PUBLISHED) || (totalPassed > 0 && passed < SMALLEST_PUBLISHED);
  };
  while (needsMore()) {
    const next = order.find((i) => !hidden[i]);
    if (next === undefined) break;
    hidden[next] = true;
  }
  return hidden;
}
