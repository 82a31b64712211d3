/**
 * Booleans as record.md spells them: true/false, yes/no, y/n, 1/0, any case.
 * Returns null when the (trimmed, non-empty) text is none of these.
 */
export function parseBoolean(text: string): boolean | null {
  switch (text) {
    // Common spellings first, without allocating a lower-cased copy.
    case 'true': case 'yes': case 'y': case '1': case 'TRUE': case 'Y': case 'YES': case 'True': case 'Yes':
      return true;
    case 'false': case 'no': case 'n': case '0': case 'FALSE': case 'N': case 'NO': case 'False': case 'No':
      return false;
  }
  if (text.length > 5) return null;
  switch (text.toLowerCase()) {
    case 'true': case 'yes': case 'y':
      return true;
    case 'false': case 'no': case 'n':
      return false;
    default:
      return null;
  }
}
