import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ENUM_VALUES, FIELD_KINDS, type CanonicalField } from '../../model/record.js';
import type { SourceProblem } from '../../errors.js';
import { parseBoolean } from '../values/boolean.js';
import { parseInteger } from '../values/integer.js';
import { identityColumns } from './canonical.js';
import { normaliseHeader, type FieldSource, type ProfileMapping } from './types.js';
import type { ProfileFile } from './yaml-schema.js';

type At = (path: PropertyKey[], key?: boolean) => Pick<SourceProblem, 'file' | 'line' | 'column'>;

export const SHIPPED_PREFIX = 'shipped:';
const SHIPPED_HINT = 'shipped rule sets: shipped:rules/ncrs, shipped:rules/local/west-yorkshire.yaml, shipped:rules/police-uk';

/** Checks zod cannot express: one column per field, value-map targets of the right type. */
export function checkProfile(file: ProfileFile, at: At): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const byField = new Map<string, string>();
  const byHeader = new Map<string, string>();
  for (const [header, field] of Object.entries(file.columns)) {
    const other = byField.get(field);
    if (other !== undefined) {
      problems.push({ ...at(['columns', header], true), message: `'${header}' and '${other}' both map to ${field}` });
    }
    byField.set(field, header);
    const twin = byHeader.get(normaliseHeader(header));
    if (twin !== undefined) {
      problems.push({ ...at(['columns', header], true), message: `'${header}' and '${twin}' are the same header (case and spaces are ignored)` });
    }
    byHeader.set(normaliseHeader(header), header);
  }
  for (const [field, map] of Object.entries(file.values)) {
    for (const [from, to] of Object.entries(map ?? {})) {
      const problem = badTarget(field as CanonicalField, to);
      if (problem) problems.push({ ...at(['values', field, from]), message: `values.${field}: '${from}' -> ${problem}` });
    }
  }
  return problems;
}

function badTarget(field: CanonicalField, to: string): string | undefined {
  if (to === '') return undefined; // maps to "absent"
  if (field === 'record_type' || field === 'status') {
    const allowed = ENUM_VALUES[field];
    return allowed.includes(to.toLowerCase()) ? undefined : `'${to}' is not one of ${allowed.join(', ')}`;
  }
  const kind = FIELD_KINDS[field];
  if (kind === 'boolean' && parseBoolean(to) === null) return `'${to}' is not a boolean`;
  if (kind === 'integer' && Number.isNaN(parseInteger(to))) return `'${to}' is not an integer`;
  return undefined;
}

/**
 * Profile rule entries -> paths for LoadedProfile.defaultRules (relative to the
 * package root, which `join(packageRoot(), p)` and `resolve` both read back).
 */
export function resolveRules(
  entries: string[] | undefined,
  profileDir: string,
  root: string,
  at: At,
): { rules: string[]; problems: SourceProblem[] } {
  if (entries === undefined) return { rules: ['rules/ncrs', 'rules/local/west-yorkshire.yaml'], problems: [] };
  const rules: string[] = [];
  const problems: SourceProblem[] = [];
  entries.forEach((entry, i) => {
    if (entry.startsWith(SHIPPED_PREFIX)) {
      // The package's own rule sets: checked by the rule loader, which knows them best.
      const inPackage = entry.slice(SHIPPED_PREFIX.length);
      if (!/^rules(\/|$)/.test(inPackage) || inPackage.split('/').includes('..')) {
        problems.push({ ...at(['rules', i]), message: `'${entry}' is not a shipped rule set`, hint: SHIPPED_HINT });
      } else {
        rules.push(inPackage);
      }
      return;
    }
    const absolute = resolve(profileDir, entry);
    if (!existsSync(absolute)) {
      problems.push({ ...at(['rules', i]), message: `rule path '${entry}' does not exist`, hint: 'paths are relative to the profile file' });
      return;
    }
    const fromRoot = relative(root, absolute);
    rules.push(isAbsolute(fromRoot) ? absolute : fromRoot.split('\\').join('/'));
  });
  return { rules, problems };
}

/** The validated file as the reader's mapping: canonical headers, overridden by the profile's columns. */
export function toMapping(file: ProfileFile): ProfileMapping {
  const columns: Map<string, FieldSource[]> = identityColumns();
  // A field the profile maps comes from the profile's column, not from its canonical name.
  for (const field of Object.values(file.columns)) columns.delete(field);
  for (const [header, field] of Object.entries(file.columns)) {
    columns.set(normaliseHeader(header), [{ field: field as CanonicalField, header: header.trim() }]);
  }
  const values = new Map<CanonicalField, Map<string, string>>();
  for (const [field, map] of Object.entries(file.values)) {
    values.set(field as CanonicalField, new Map(Object.entries(map ?? {}).map(([from, to]) => [normaliseHeader(from), to.trim()])));
  }
  return { columns, values, dateFormat: file.dates, keepMappedInExtra: false };
}
