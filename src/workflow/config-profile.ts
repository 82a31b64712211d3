import { findConfig, resolveConfig } from '../config/index.js';

/**
 * The profile a workflow command uses: `--profile` when given, else the nearest
 * ncrs-audit.config.yaml's `profile`, else `canonical`.
 */
export async function profileFor(given: string | undefined, cwd: string): Promise<string> {
  if (given !== undefined) return given;
  const found = await findConfig(cwd);
  return (found && resolveConfig(found, cwd).profile) ?? 'canonical';
}
