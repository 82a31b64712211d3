import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ProfileError, type SourceProblem } from '../../errors.js';
import { packageRoot } from '../../package-root.js';
import { profileFileSchema, type ProfileFile } from './yaml-schema.js';
import { locate } from './yaml-locate.js';
import { checkProfile, resolveRules, toMapping } from './yaml-mapping.js';
import type { LoadedProfile } from './types.js';

/** A force's own profile from a YAML file (docs/profiles.md); every problem as file:line:column. */
export async function loadYamlProfile(nameOrPath: string, cwd: string): Promise<LoadedProfile> {
  const path = resolve(cwd, nameOrPath);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`;
    throw new ProfileError([
      { file: nameOrPath, line: 1, column: 1, message: `profile ${why}`, hint: 'shipped profiles: canonical, police-uk' },
    ]);
  }
  const source = bytes.toString('utf8');
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
  const problems: SourceProblem[] = doc.errors.map((e) => ({
    file: nameOrPath,
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) throw new ProfileError(problems);

  const parsed = profileFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new ProfileError(
      parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
        return { file: nameOrPath, ...locate(doc, counter, path, unknownKey !== undefined), ...describe(issue) };
      }),
    );
  }
  const file: ProfileFile = parsed.data;
  const at = (path: PropertyKey[], key = false) => ({ file: nameOrPath, ...locate(doc, counter, path, key) });
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
