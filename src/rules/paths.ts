/** Which files a list of --rules paths means, and how each is named in reports. */
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../package-root.js';

export interface RuleFileRef {
  abs: string;
  /** Shipped files relative to the package root (`rules/ncrs/recording.yaml`); user files as given. */
  display: string;
}

const RULE_EXT = /\.ya?ml$/i;

export function displayPath(abs: string, asGiven: string): string {
  const root = packageRoot();
  const shipped = join(root, 'rules') + sep;
  if (abs.startsWith(shipped)) return relative(root, abs).split(sep).join('/');
  return asGiven.split(sep).join('/');
}

/** A path written inside a rule file (e.g. a code list), resolved against that file. */
export function relatedPath(from: RuleFileRef, written: string): RuleFileRef {
  const abs = isAbsolute(written) ? written : resolve(dirname(from.abs), written);
  return { abs, display: displayPath(abs, normalize(join(dirname(from.display), written))) };
}

/** Expands files and folders (recursively, sorted by name) into rule files; `missing` collects bad paths. */
export async function expandRulePaths(paths: readonly string[], cwd: string, missing: string[], empty: string[]): Promise<RuleFileRef[]> {
  const out: RuleFileRef[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    const st = await stat(abs).catch(() => undefined);
    if (!st) {
      missing.push(given);
      continue;
    }
    if (st.isFile()) {
      out.push({ abs, display: displayPath(abs, given) });
      continue;
    }
    const found = (await readdir(abs, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && RULE_EXT.test(d.name))
      .map((d) => join(d.parentPath, d.name))
      .sort();
    if (found.length === 0) empty.push(given);
    for (const f of found) out.push({ abs: f, display: displayPath(f, join(given, relative(abs, f))) });
  }
  return out;
}
