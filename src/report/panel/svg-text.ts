/** Text helpers shared by the panel's SVG charts. */

/** A coordinate with at most two decimals and no trailing zeros. */
export function fmt(n: number): string {
  return Number(n.toFixed(2)).toString();
}

/** At most `max` characters (code points), ending with "…" when cut. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
