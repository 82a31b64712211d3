/**
 * Breakdown keys group districts case-insensitively and show the most frequent
 * spelling (report.md). Ties go to the alphabetically first spelling, so the
 * choice never depends on input order.
 */
export class DistrictSpellings {
  private readonly counts = new Map<string, Map<string, number>>();

  add(district: string | undefined): void {
    if (district === undefined) return;
    const key = district.toLowerCase();
    let spellings = this.counts.get(key);
    if (!spellings) this.counts.set(key, (spellings = new Map()));
    spellings.set(district, (spellings.get(district) ?? 0) + 1);
  }

  /** Lower-cased district -> its display spelling. */
  resolve(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, spellings] of this.counts) {
      let best = '';
      let bestCount = -1;
      for (const [spelling, count] of spellings) {
        if (count > bestCount || (count === bestCount && spelling < best)) {
          best = spelling;
          bestCount = count;
        }
      }
      out.set(key, best);
    }
    return out;
  }
}
