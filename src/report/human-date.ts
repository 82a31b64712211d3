/**
 * Dates as people read them: "29 November 2026, 08:46 UTC", never raw ISO with
 * milliseconds. Written by hand (UTC fields only) so the output does not depend on
 * the ICU data Node was built with; the JSON keeps the exact timestamp.
 */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function humanDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${humanDate(iso)}, ${hh}:${mm} UTC`;
}

/**
 * Who made a page and when, for every page that travels (review, trend,
 * progress): "Made 29 November 2026, 11:58 UTC by ncrs-audit 0.1.0".
 */
export function madeBy(generatedAt: string, version: string): string {
  return `Made ${humanDateTime(generatedAt)} by ncrs-audit ${version}`;
}

export function humanDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
