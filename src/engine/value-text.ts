/** Turns YAML scalars from a rule file into the text a field is compared with. */
export function scalarText(v: string | number | boolean, ignoreCase: boolean): string {
  const s = String(v).trim();
  return ignoreCase ? s.toLowerCase() : s;
}
