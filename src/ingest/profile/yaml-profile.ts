import { createHash } from 'node:crypto';
import { basename, dirname, extname, resolve } from 'node:path';
import type { z } from 'zod';
import { ProfileError } from '../../errors.js';
import { FILE_LIMITS } from '../../files/limits.js';
import { readRegularFile } from '../../files/read-regular.js';
import { packageRoot } from '../../package-root.js';
import { readYaml, type YamlWords } from '../../yaml/index.js';
import { profileFileSchema, type ProfileFile } from './yaml-schema.js';
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

  const parsed = profileFileSchema.safeParse(src.value ?? {});
  if (!parsed.success) {
    throw new ProfileError(
      parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
        return { file: nameOrPath, ...src.locate(path, unknownKey !== undefined), ...describe(issue) };
      }),
    );
  }
  const file: ProfileFile = parsed.data;
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

/** One zod issue in words a force analyst can act on. */
function describe(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  const where = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        message: `unknown key '${issue.keys.join("', '")}'${where ? ` in ${where}` : ''}`,
        hint: where === '' ? 'allowed keys: name, description, dates, rules, columns, values' : undefined,
      };
    case 'invalid_value':
      return {
        message: `${where}: not one of the allowed values`,
        hint: issue.values.length > 8 ? 'a canonical field name, see docs/profiles.md' : issue.values.join(', '),
      };
    case 'invalid_key':
      return { message: `${where}: '${String(issue.path.at(-1) ?? '')}' is not a canonical field`, hint: 'see docs/profiles.md' };
    case 'invalid_type':
      return { message: `${where || 'profile'}: expected ${issue.expected}` };
    default:
      return { message: `${where || 'profile'}: ${issue.message}` };
  }
}
