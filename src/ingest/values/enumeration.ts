/**
 * An enumeration value compared case-insensitively and returned in its
 * canonical (lower-case) spelling; undefined when not allowed.
 */
export function parseEnum<T extends string>(text: string, allowed: readonly T[]): T | undefined {
  for (const value of allowed) if (value === text) return value;
  const lower = text.toLowerCase();
  for (const value of allowed) if (value === lower) return value;
  return undefined;
}
