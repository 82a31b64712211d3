/**
 * A district's verdict judged on its interval, not its point rate: with a few
 * records a point rate below the threshold (2 of 7, 71%, interval 36–92%) says
 * nothing. Below: the whole interval is under the threshold; meets: the whole
 * interval is at or above it; otherwise the district is too small to tell.
 * Without a threshold every record must meet the rule, so "met" means no record
 * failed. (The rule's own status stays the point-rate status of rules.md.)
 */
export type DistrictVerdict = 'meets' | 'below' | 'unclear';

export const DISTRICT_VERDICT_WORDS: Record<DistrictVerdict, string> = {
  meets: 'Meets',
  below: 'Below',
  unclear: 'Cannot say at this size',
};

export function districtVerdict(
  cell: { failed?: number | null; rate?: number | null; ci95?: [number, number] | null; suppressed?: boolean },
  threshold: number | null,
): DistrictVerdict | null {
  if (cell.suppressed || cell.rate === null || cell.rate === undefined) return null;
  if (threshold === null) return cell.failed === 0 ? 'meets' : 'below';
  const ci = cell.ci95;
  if (!ci) return cell.rate >= threshold ? 'meets' : 'below';
  if (ci[1] < threshold) return 'below';
  if (ci[0] >= threshold) return 'meets';
  return 'unclear';
}

/** The words in a district table; without a threshold "met by every record" / "not met". */
export function districtVerdictWords(verdict: DistrictVerdict | null, threshold: number | null, suppressed: boolean): string {
  if (suppressed) return 'Fewer than 5: not published';
  if (verdict === null) return '—';
  if (threshold === null) return verdict === 'meets' ? 'Met by every record' : 'Not met by every record';
  return DISTRICT_VERDICT_WORDS[verdict];
}
