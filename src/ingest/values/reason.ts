/** Wording of rejected-row reasons, in one place (record.md "Rejected rows"). */

const MAX_QUOTED = 40;

/** A bad value as quoted in a reason: cut to 40 characters. */
export function quoteValue(value: string): string {
  return `'${value.length > MAX_QUOTED ? value.slice(0, MAX_QUOTED) : value}'`;
}

export function notA(label: string, value: string, what: string): string {
  return `${label}: ${quoteValue(value)} is not ${what}`;
}

export function notOneOf(label: string, value: string, allowed: readonly string[]): string {
  return `${label}: ${quoteValue(value)} is not one of [${allowed.map((v) => `'${v}'`).join(', ')}]`;
}

export function columnCount(found: number, expected: number): string {
  return `${found} column${found === 1 ? '' : 's'}, header has ${expected}`;
}
