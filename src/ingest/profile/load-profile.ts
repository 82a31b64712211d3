import { ProfileError } from '../../errors.js';
import { canonicalProfile } from './canonical.js';
import { policeUkProfile } from './police-uk.js';
import type { LoadedProfile } from './types.js';
import { loadYamlProfile } from './yaml-profile.js';

/** Profiles shipped in the code, by name. */
export const SHIPPED_PROFILES: Record<string, () => LoadedProfile> = {
  canonical: canonicalProfile,
  'police-uk': policeUkProfile,
};

/**
 * A shipped profile by name (`canonical`, `police-uk`), or a YAML profile file
 * (path relative to `cwd`). Throws ProfileError (file:line:column) when unusable.
 */
export async function loadProfile(nameOrPath: string, cwd: string): Promise<LoadedProfile> {
  const shipped = SHIPPED_PROFILES[nameOrPath];
  if (shipped) return shipped();
  if (!/[./\\]/.test(nameOrPath)) {
    throw new ProfileError([
      {
        file: nameOrPath,
        line: 1,
        column: 1,
        message: `unknown profile '${nameOrPath}'`,
        hint: `shipped profiles: ${Object.keys(SHIPPED_PROFILES).join(', ')}; or give the path of a YAML profile`,
      },
    ]);
  }
  return loadYamlProfile(nameOrPath, cwd);
}
