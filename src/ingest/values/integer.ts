const DIGITS = /^\d+$/;

/** A non-negative integer written with digits only; NaN otherwise (or when too large to hold exactly). */
export function parseInteger(text: string): number {
  if (!DIGITS.test(text)) return NaN;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : NaN;
}
