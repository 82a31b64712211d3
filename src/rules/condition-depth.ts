/**
 * A maximum nesting depth for conditions: the compiler and the evaluator recurse
 * once per level, and no honest rule needs more than a handful of all/any/not.
 * Counted iteratively over the plain value, so the check itself cannot overflow.
 */
import type { SourceProblem } from '../errors.js';
import type { YamlPath, YamlSource } from '../yaml/index.js';

export const MAX_CONDITION_DEPTH = 64;

/** The first mapping nested more than MAX_CONDITION_DEPTH deep in `applies_to` or `require`, as a problem. */
export function conditionDepthProblem(rule: { applies_to?: unknown; require?: unknown }, base: YamlPath, src: YamlSource): SourceProblem | undefined {
  for (const key of ['applies_to', 'require'] as const) {
    const path = tooDeep(rule[key], [...base, key]);
    if (path) {
      return src.problem(
        path,
        `conditions nested too deeply (more than ${MAX_CONDITION_DEPTH} levels)`,
        'a rule needs a few levels of all/any/not; split a deep condition into several rules',
      );
    }
  }
  return undefined;
}

function tooDeep(root: unknown, rootPath: YamlPath): YamlPath | undefined {
  // Mappings count as levels; lists (all: [...]) do not.
  const stack: { value: unknown; path: YamlPath; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i], depth }));
      continue;
    }
    if (depth + 1 > MAX_CONDITION_DEPTH) return path;
    for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k], depth: depth + 1 });
  }
  return undefined;
}
