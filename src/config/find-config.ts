import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { FILE_LIMITS } from '../files/limits.js';
import { readRegularFile } from '../files/read-regular.js';
import { packageRoot } from '../package-root.js';
import { CONFIG_WORDS, configSchema, type ConfigFile } from './schema.js';
import { parseYamlWith } from './validated-yaml.js';

export const CONFIG_FILE_NAME = 'ncrs-audit.config.yaml';

export interface FoundConfig {
  /** Absolute path of the config file. */
  path: string;
  /** Its folder: relative paths inside it are relative to this. */
  dir: string;
  /** As written (validated). */
  config: ConfigFile;
  /** SHA-256 of the file's bytes (report.md `config`). */
  sha256: string;
}

/** What a report records of the config a run used: as shown from `cwd`, and its hash. */
export function configProvenance(found: FoundConfig, cwd: string): { path: string; sha256: string } {
  return { path: relative(resolve(cwd), found.path) || found.path, sha256: found.sha256 };
}

/**
 * Looks for `ncrs-audit.config.yaml` in `cwd` and every folder above it, up to
 * and including the first folder holding `.git` (the project's root: a config
 * above it belongs to someone else; report.md). The nearest wins. Null when
 * there is none. A config that is there but invalid, or not a regular file, is
 * a ConfigError (exit 2), never silently ignored.
 */
export async function findConfig(cwd: string): Promise<FoundConfig | null> {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const bytes = await readConfigBytes(candidate, candidate, true);
    if (bytes !== null) return { path: candidate, dir, config: parseConfig(bytes.toString('utf8'), candidate), sha256: sha256Of(bytes) };
    // The project's root (a folder holding .git) is the last folder searched.
    if (await exists(join(dir, '.git'))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads one config file (e.g. from a `--config` option). */
export async function loadConfig(path: string, cwd: string): Promise<FoundConfig> {
  const abs = resolve(cwd, path);
  const bytes = (await readConfigBytes(abs, path, false))!;
  return { path: abs, dir: dirname(abs), config: parseConfig(bytes.toString('utf8'), abs), sha256: sha256Of(bytes) };
}

/**
 * A config file's bytes: a regular file under the cap only (a FIFO or device,
 * found or named, is exit 2 at once, never waited on). When searching, a
 * missing or unreadable candidate is simply not there (null).
 */
async function readConfigBytes(abs: string, shown: string, searching: boolean): Promise<Buffer | null> {
  const read = await readRegularFile(abs, FILE_LIMITS.config);
  if (read.ok) return read.bytes;
  if (searching && (read.missing || read.why.includes('permission denied'))) return null;
  throw new ConfigError([{ file: shown, line: 1, column: 1, message: `cannot read the config file: ${read.missing ? 'no such file' : `it ${read.why}`}` }]);
}

export function parseConfig(text: string, file: string): ConfigFile {
  if (text.trim() === '') return {};
  const { value, problems } = parseYamlWith(text.replace(/^\uFEFF/, ''), file, configSchema, { refusedIn: 'in the config file', words: CONFIG_WORDS });
  if (!value) throw new ConfigError(problems);
  return value;
}

/** Config defaults with every path made usable from `cwd` (relative to it where possible). */
export interface ResolvedConfig {
  /** Profile name or path (relative to cwd). */
  profile?: string;
  /** Rule files or folders; replaces the profile's default set. */
  rules?: string[];
  formats?: string[];
  out?: string;
  period?: string;
  districts?: string[];
  exceptions?: string;
  public?: boolean;
  includeDetails?: boolean;
}

/**
 * Paths in the config are relative to the config file; `shipped:rules/...`
 * names the package's own rules. Returns them relative to `cwd` (shipped ones
 * absolute, which reports show relative to the package root).
 */
export function resolveConfig(found: FoundConfig, cwd: string): ResolvedConfig {
  const c = found.config;
  const fromConfig = (p: string): string => {
    if (p.startsWith('shipped:')) return join(packageRoot(), p.slice('shipped:'.length));
    const abs = isAbsolute(p) ? p : join(found.dir, p);
    return relative(cwd, abs) || '.';
  };
  const profile = c.profile === undefined ? undefined : /[./\\]/.test(c.profile) ? fromConfig(c.profile) : c.profile;
  return {
    ...(profile !== undefined && { profile }),
    ...(c.rules && { rules: c.rules.map(fromConfig) }),
    ...(c.formats && { formats: c.formats }),
    ...(c.out !== undefined && { out: fromConfig(c.out) }),
    ...(c.period !== undefined && { period: c.period }),
    ...(c.districts && { districts: c.districts }),
    ...(c.exceptions !== undefined && { exceptions: fromConfig(c.exceptions) }),
    ...(c.public !== undefined && { public: c.public }),
    ...(c.include_details !== undefined && { includeDetails: c.include_details }),
  };
}
