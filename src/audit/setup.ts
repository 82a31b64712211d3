/**
 * One run setup for every command (audit, rules list|check|test|docs, sample,
 * review, trend, diff): the config file, then the profile, the rule set and the
 * exceptions, each resolved once and the same way. So `rules check --profile f`,
 * `audit --profile f` and a config naming f all mean the same rule files, and an
 * unknown profile name stops every command alike (exit 2, naming the known ones).
 */
import { join, relative, resolve, sep } from 'node:path';
import { findConfig, loadConfig, resolveConfig, type FoundConfig, type ResolvedConfig } from '../config/index.js';
import type { SourceProblem } from '../errors.js';
import { loadProfile, periodBounds, type LoadedProfile } from '../ingest/index.js';
import { packageRoot } from '../package-root.js';
import { checkRuleFiles, loadRuleSet, type LoadedRuleSet } from '../rules/index.js';
import { prepareExceptions, type PreparedExceptions } from './exceptions/index.js';

/**
 * What a command can take from the command line or, failing that, from the config
 * file: the config's keys, with the formats as the command line gives them.
 */
export interface RunSettings extends Omit<ResolvedConfig, 'formats'> {
  /** Comma list of formats. */
  format?: string;
}

/**
 * How far a command goes: `config` (review, trend), `profile` (sample, diff),
 * `rules` (rules list|test|docs), `check` (rules check: rule-file problems are
 * returned, not thrown), `run` (audit: rules and exceptions).
 */
export type SetupStage = 'config' | 'profile' | 'rules' | 'check' | 'run';

export interface RunRequest<S extends SetupStage> extends RunSettings {
  through: S;
  cwd: string;
  /** `--config <file>`; false: `--no-config`; undefined: the nearest config file above cwd. */
  config?: string | false;
  /** `--as-of`: the day exceptions expire against (default: from the period, else today). */
  asOf?: string;
  /** The clock, for the default as-of day (tests pin it). */
  now?: () => Date;
}

export interface ConfigSetup {
  /** The config file used, or null. */
  config: FoundConfig | null;
  /** Command-line settings over the config's defaults; profile filled in (default `canonical`). */
  settings: RunSettings & { profile: string };
}

export interface ProfileSetup extends ConfigSetup {
  profile: LoadedProfile;
  /**
   * The profile's default rule set: what `--rules` and `diff ... default` replace.
   * Shipped rule sets as absolute paths (reports show them from the package root),
   * a force's own files relative to cwd, as if typed on the command line.
   */
  defaultRules: string[];
  /** The rule set in force: `settings.rules` as given, else `defaultRules`. */
  rulePaths: string[];
}

export interface RulesSetup extends ProfileSetup {
  ruleSet: LoadedRuleSet;
}

export interface CheckSetup extends ProfileSetup {
  /** Every problem in the rule files, sorted; [] when sound. */
  problems: SourceProblem[];
  /** The rule set, when there are no problems. */
  ruleSet: LoadedRuleSet | null;
}

export interface AuditSetup extends RulesSetup {
  exceptions: PreparedExceptions | null;
}

export type SetupFor<S extends SetupStage> = S extends 'config'
  ? ConfigSetup
  : S extends 'profile'
    ? ProfileSetup
    : S extends 'rules'
      ? RulesSetup
      : S extends 'check'
        ? CheckSetup
        : AuditSetup;

/**
 * Resolves a command's run in the pipeline's order: config -> profile -> rule
 * set -> exceptions, stopping after `through`. Every file is read before any
 * data, so its errors stop the command early (rules.md).
 */
export async function setupRun<S extends SetupStage>(request: RunRequest<S>): Promise<SetupFor<S>> {
  const { cwd, through } = request;
  const config = await readConfig(request.config, cwd);
  const settings = withConfig(request, config ? resolveConfig(config, cwd) : {});
  const configured: ConfigSetup = { config, settings };
  if (through === 'config') return configured as SetupFor<S>;

  if (settings.period !== undefined) periodBounds(settings.period);
  const profile = await loadProfile(settings.profile, cwd);
  const defaultRules = profile.defaultRules.map((p) => asGiven(p, cwd));
  // --rules as given: the loader resolves them against cwd and reports them as given.
  const rulePaths = settings.rules?.length ? settings.rules : defaultRules;
  const profiled: ProfileSetup = { ...configured, profile, defaultRules, rulePaths };
  if (through === 'profile') return profiled as SetupFor<S>;

  if (through === 'check') {
    const problems = await checkRuleFiles(rulePaths, cwd);
    const ruleSet = problems.length ? null : await loadRuleSet(rulePaths, cwd);
    return { ...profiled, problems, ruleSet } satisfies CheckSetup as SetupFor<S>;
  }
  const ruleSet = await loadRuleSet(rulePaths, cwd);
  if (through === 'rules') return { ...profiled, ruleSet } satisfies RulesSetup as SetupFor<S>;

  const now = request.now ?? (() => new Date());
  const exceptions = settings.exceptions
    ? await prepareExceptions(settings.exceptions, cwd, settings.period ?? null, request.asOf ?? null, now(), new Set(ruleSet.rules.map((r) => r.id)))
    : null;
  return { ...profiled, ruleSet, exceptions } satisfies AuditSetup as SetupFor<S>;
}

/**
 * A profile's rule path (relative to the package root, or absolute) as the loader
 * should be given it: so messages and reports name a force's file
 * `rules/local/x.yaml`, never by a path of this machine.
 */
function asGiven(fromRoot: string, cwd: string): string {
  const abs = resolve(packageRoot(), fromRoot);
  if (abs.startsWith(join(packageRoot(), 'rules') + sep) || abs === join(packageRoot(), 'rules')) return abs;
  return relative(cwd, abs) || '.';
}

/** The config file named, or the nearest one above cwd, or none with --no-config. */
async function readConfig(config: string | false | undefined, cwd: string): Promise<FoundConfig | null> {
  if (config === false) return null;
  return typeof config === 'string' ? loadConfig(config, cwd) : findConfig(cwd);
}

/** Command-line settings win; the config fills in what they leave out. */
function withConfig(given: RunSettings, config: ResolvedConfig): RunSettings & { profile: string } {
  const format = given.format ?? config.formats?.join(',');
  const period = given.period ?? config.period;
  return {
    profile: given.profile ?? config.profile ?? 'canonical',
    rules: given.rules ?? config.rules,
    format,
    out: given.out ?? configuredOut(config.out, format, period),
    period,
    districts: given.districts ?? config.districts,
    exceptions: given.exceptions ?? config.exceptions,
    public: given.public ?? config.public,
    includeDetails: given.includeDetails ?? config.includeDetails,
  };
}

/**
 * A configured `out` is a folder for a set of reports (cli.md): it applies only
 * when two or more formats are written, so `--format terminal` under the config
 * still prints. `{period}` becomes the month, so next month never overwrites this
 * one; without a period it stays, and the audit refuses it by name.
 */
export function configuredOut(out: string | undefined, format: string | undefined, period: string | undefined): string | undefined {
  if (out === undefined) return undefined;
  const formats = (format ?? 'terminal').split(',').filter((f) => f.trim() !== '');
  if (formats.length < 2) return undefined;
  return period === undefined ? out : out.replaceAll('{period}', period);
}
