/** Rule files and code lists are read only if regular and under the cap (src/files/read-regular.ts). */
import { FILE_LIMITS } from '../files/limits.js';
import { readRegularFile as readRegular, type LimitedRead } from '../files/read-regular.js';

export type { LimitedRead };

/** Far more than any real rule file or code list needs (the shipped pack is under 100 KiB). */
export const MAX_RULE_FILE_BYTES = FILE_LIMITS.ruleFile;

export function readRegularFile(abs: string, maxBytes: number = MAX_RULE_FILE_BYTES): Promise<LimitedRead> {
  return readRegular(abs, maxBytes);
}
