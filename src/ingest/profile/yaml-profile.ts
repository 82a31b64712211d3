import { createHash } from 'node:crypto';
import { basename, dirname, extname, resolve } from 'node:path';
import { ProfileError, type SourceProblem } from '../../errors.js';
import { FILE_LIMITS } from '../../files/limits.js';
import { readRegularFile } from '../../files/read-regular.js';
import { packageRoot } from '../../package-root.js';
import { parseWith, readYaml, type SchemaWords, type YamlWords } from '../../yaml/index.js';
import { PROFILE_KEYS, profileFileSchema, type ProfileFile } from './yaml-schema.js';
import { checkProfile, resolveRules, toMapping } from './yaml-mapping.js';
import type { LoadedProfile } from './types.js';

/** Far more than any real profile needs (the example is under 2 KiB). */
const MAX_PROFILE_BYTES = FILE_LIMITS.profile;

/** YAML syntax worded as in rule files (src/rules/rule-yaml.ts); absurd nesting at 1:1. */
const PROFILE_YAML: YamlWords = {
  refusedIn: 'in a profile',
  warnings: false,
  unread: (p) =>
    p.kind === 'too-deep'
      ? { line: 1, column: 1, message: 'YAML nested too deeply to read', hint: 'a profile is a few flat mappings' }
      : {
          line: p.line,
          column: p.column,
          message: `YAML syntax: ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}`,
          hint: 'check indentation, colons and quotes',
        },
};

/** A profile's keys and the page describing them, for hints. */
const PROFILE_WORDS: SchemaWords = { vocabulary: PROFILE_KEYS, docs: 'docs/profiles.md' };

/** A force's own profile from a YAML file (docs/profiles.md); every problem as file:line:column. */
export async function loadYamlProfile(nameOrPath: string, cwd: string): Promise<LoadedProfile> {
  const path = resolve(cwd, nameOrPath);
  // Only a regular file of sensible size: a FIFO or /dev/zero would never end.
  const read = await readRegularFile(path, MAX_PROFILE_BYTES);
  if (!read.ok) {
    const why = read.missing ? 'no such file' : read.why;
    throw new ProfileError([
      { file: nameOrPath, line: 1, column: 1, message: `profile ${why}`, hint: 'shipped profiles: canonical, police-uk' },
    ]);
  }
  const bytes = read.bytes;
  const src = readYaml(bytes.toString('utf8'), nameOrPath, PROFILE_YAML);
  if (src.problems.length > 0) throw new ProfileError(src.problems);

  const problems: SourceProblem[] = [];
  const parsed = parseWith(profileFileSchema, src.value ?? {}, [], src, problems, PROFILE_WORDS);
  if (parsed === undefined) throw new ProfileError(problems);
  const file: ProfileFile = parsed;
  const at = (path: PropertyKey[], key = false) => ({ file: nameOrPath, ...src.locate(path, key) });
  const semantic = checkProfile(file, at);
  const { rules, problems: ruleProblems } = resolveRules(file.rules, dirname(path), packageRoot(), at);
  if (semantic.length + ruleProblems.length > 0) throw new ProfileError([...semantic, ...ruleProblems]);

  return {
    name: file.name ?? basename(path, extname(path)),
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    defaultRules: rules,
    mapping: toMapping(file),
  };
}
