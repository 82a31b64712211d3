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
}

/**
 * Looks for `ncrs-audit.config.yaml` in `cwd` and every folder above it; the
 * nearest wins. Null when there is none. A config that is there but invalid
 * is a ConfigError (file:line:column, exit 2), never silently ignored.
 */
export async function findConfig(cwd: string): Promise<FoundConfig | null> {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const text = await readConfigText(candidate, candidate, true);
    if (text !== null) return { path: candidate, dir, config: parseConfig(text, candidate) };
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads one config file (e.g. from a `--config` option). */
export async function loadConfig(path: string, cwd: string): Promise<FoundConfig> {
  const abs = resolve(cwd, path);
  const text = (await readConfigText(abs, path, false))!;
  return { path: abs, dir: dirname(abs), config: parseConfig(text, abs) };
}

/**
 * A config file's text: a regular file under the cap only (a FIFO or device,
 * found or named, is exit 2 at once, never waited on). When searching, a
 * missing or unreadable candidate is simply not there (null).
 */
async function readConfigText(abs: string, shown: string, searching: boolean): Promise<string | null> {
  const read = await readRegularFile(abs, FILE_LIMITS.config);
  if (read.ok) return read.bytes.toString('utf8');
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
  profile?: string;
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
