import { createHash } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../errors.js';
import { openRegular } from '../../ingest/csv/open-regular.js';
import type { FrameFilters } from '../read-frame.js';

/**
 * The sampling frame's fingerprint (cli.md): SHA-256 over the input files' bytes
 * in the order given, then one trailer line holding each file's byte length and
 * the filter options in a canonical form (districts lower-cased, de-duplicated,
 * sorted). The lengths keep `ab`+`c` and `a`+`bc` apart. Profile and strata are
 * not part of the frame: the same records are the same frame however grouped.
 */
export async function frameHash(inputs: string[], cwd: string, filters: FrameFilters): Promise<string> {
  const hash = createHash('sha256');
  const sizes: number[] = [];
  for (const input of inputs) {
    let size = 0;
    // A regular file only, opened without waiting: a FIFO is refused at once.
    const { handle } = await openRegular(isAbsolute(input) ? input : join(cwd, input)).catch((error: unknown) => {
      throw error instanceof InputError ? error.relabel(error.file ?? '', input) : error;
    });
    try {
      for await (const chunk of handle.createReadStream()) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        hash.update(bytes);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`, input);
    } finally {
      await handle.close().catch(() => undefined);
    }
    sizes.push(size);
  }
  hash.update(`\nncrs-audit-frame/1 ${JSON.stringify({ sizes, ...canonicalFilters(filters) })}`);
  return hash.digest('hex');
}

export function canonicalFilters(filters: FrameFilters): FrameFilters {
  const districts = [...new Set(filters.districts.map((d) => d.trim().toLowerCase()))].sort();
  return { period: filters.period, districts, recordType: filters.recordType?.toLowerCase() ?? null };
}
