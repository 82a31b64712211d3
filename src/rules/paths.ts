/** Which files a list of --rules paths means, and how each is named in reports. */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../package-root.js';

export interface RuleFileRef {
  abs: string;
  /** Shipped files relative to the package root (`rules/ncrs/recording.yaml`); user files as given. */
  display: string;
  /**
   * The folder tree the file was loaded from, which its code lists must lie in
   * (cli.md "Reading files"): the --rules folder, the folder of a --rules file,
   * or the package's rules/ folder for shipped files.
   */
  root: string;
  /** Found inside a --rules folder (not named): a code list there is a code list, not a rule file. */
  inFolder?: boolean;
}

const RULE_EXT = /\.ya?ml$/i;
/** Inside a rule folder, files under a folder of this name are code lists, not rule files. */
export const CODELISTS_FOLDER = 'codelists';

export function displayPath(abs: string, asGiven: string): string {
  const root = packageRoot();
  const shipped = join(root, 'rules') + sep;
  if (abs.startsWith(shipped)) return relative(root, abs).split(sep).join('/');
  return asGiven.split(sep).join('/');
}

/** `shipped:` names the package's own files (`shipped:rules/ncrs`), as in config files and profiles. */
export const SHIPPED_PREFIX = 'shipped:';

export function resolveRulePath(given: string, cwd: string): string {
  return given.startsWith(SHIPPED_PREFIX) ? join(packageRoot(), given.slice(SHIPPED_PREFIX.length)) : resolve(cwd, given);
}

/** A path written inside a rule file (e.g. a code list), resolved against that file; named relative to it. */
export function relatedPath(from: RuleFileRef, written: string): RuleFileRef {
  const abs = isAbsolute(written) ? written : resolve(dirname(from.abs), written);
  // An absolute path is shown as written, never glued onto the rule file's folder.
  const display = isAbsolute(written) ? written : normalize(join(dirname(from.display), written));
  return { abs, display: displayPath(abs, display), root: from.root };
}

/** The folder tree a rule path given on the command line (or in a config) loads from. */
function treeOf(abs: string, isFolder: boolean): string {
  const shipped = join(packageRoot(), 'rules');
  if (abs === shipped || abs.startsWith(shipped + sep)) return shipped;
  return isFolder ? abs : dirname(abs);
}

/** Whether `abs` (symlinks resolved) lies inside the folder tree `root` (symlinks resolved). */
export async function insideTree(abs: string, root: string): Promise<boolean> {
  const real = await realpath(abs).catch(() => resolve(abs));
  const realRoot = await realpath(root).catch(() => resolve(root));
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** A --rules path that cannot be used, and why (reported at file:1:1). */
export interface BadRulePath {
  given: string;
  message: string;
  hint: string;
}

/**
 * Expands files and folders (recursively, sorted by name, skipping `codelists/`
 * folders) into rule files; `bad`
 * collects paths that are missing, empty folders, or neither a file nor a folder
 * (a device or FIFO such as /dev/zero is never opened).
 */
export async function expandRulePaths(paths: readonly string[], cwd: string, bad: BadRulePath[]): Promise<RuleFileRef[]> {
  const out: RuleFileRef[] = [];
  for (const given of paths) {
    const abs = resolveRulePath(given, cwd);
    const st = await stat(abs).catch((error: NodeJS.ErrnoException) => error);
    if (st instanceof Error) {
      bad.push({ given, ...(await unusable(abs, st)) });
      continue;
    }
    if (st.isFile()) {
      out.push({ abs, display: displayPath(abs, given), root: treeOf(abs, false) });
      continue;
    }
    if (!st.isDirectory()) {
      bad.push({ given, message: 'not a rule file or folder (a device, FIFO or socket is never read)', hint: 'point --rules at a .yaml file or a folder of them' });
      continue;
    }
    const entries = await readdir(abs, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => error);
    if (entries instanceof Error) {
      bad.push({ given, message: `the folder cannot be read (${entries.code ?? entries.message})`, hint: 'check its permissions' });
      continue;
    }
    // Regular files, also through a symlink: a FIFO or device named *.yaml inside the folder is skipped;
    // a symlink to nothing, or a loop, is an error (never silently one rule file fewer).
    // A `codelists/` folder inside holds code lists, which rule files name; they are not rules.
    const found: string[] = [];
    for (const d of entries) {
      if (!RULE_EXT.test(d.name) || relative(abs, d.parentPath).split(sep).includes(CODELISTS_FOLDER)) continue;
      const path = join(d.parentPath, d.name);
      if (d.isFile()) found.push(path);
      else if (d.isSymbolicLink()) {
        const target = await stat(path).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) bad.push({ given: join(given, relative(abs, path)), ...(await unusable(path, target)) });
        else if (target.isFile()) found.push(path);
      }
    }
    found.sort();
    if (found.length === 0) bad.push({ given, message: 'this folder holds no rule files (*.yaml)', hint: 'point --rules at a .yaml file or a folder of them' });
    for (const f of found) out.push({ abs: f, display: displayPath(f, join(given, relative(abs, f))), root: treeOf(abs, true), inFolder: true });
  }
  return out;
}

/** Why a rule path that cannot be stat'ed is unusable: missing, a symlink to nothing, a symlink loop. */
async function unusable(abs: string, error: NodeJS.ErrnoException): Promise<{ message: string; hint: string }> {
  if (error.code === 'ELOOP') return { message: 'is a symbolic link loop', hint: 'point the link at a rule file' };
  const link = await lstat(abs).catch(() => undefined);
  if (link?.isSymbolicLink()) return { message: 'is a symbolic link to nothing (its target does not exist)', hint: 'point the link at a rule file, or remove it' };
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { message: 'no such rule file or folder', hint: 'check the --rules path' };
  return { message: `cannot be read (${error.code ?? error.message})`, hint: 'check its permissions' };
}
