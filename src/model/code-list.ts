/** A code list as rules and operators read it (loaded by rules/codelist.ts). */

/** One code; `from` (in force from that day) and `until` (no longer in force from that day) are ISO days. */
export interface CodeEntry {
  code: string;
  description?: string;
  from?: string;
  until?: string;
}

export interface CodeList {
  name: string;
  /** The counting year the list follows, e.g. 2026/27. */
  edition?: string;
  source?: string;
  /** Codes as written, in file order, with their descriptions and days in force. */
  entries: CodeEntry[];
  /** Lower-cased codes: code comparisons ignore case (record.md). */
  codes: ReadonlySet<string>;
}

/** A list made of bare codes (rule sets built from data, tests). */
export function plainCodeList(name: string, codes: readonly string[]): CodeList {
  return { name, entries: codes.map((code) => ({ code })), codes: new Set(codes.map((c) => c.toLowerCase())) };
}
