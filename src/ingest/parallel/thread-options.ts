/**
 * Tuning knobs read from the environment by the CLI (not documented flags: the
 * defaults are right for users; these exist for benchmarks and tests).
 *   NCRS_AUDIT_THREADS=1        read and evaluate on one thread
 *   NCRS_AUDIT_THREADS=n        n - 1 parse workers feed the evaluating thread
 *   NCRS_AUDIT_CHUNK_BYTES=n    bytes per parse chunk
 */
export interface ThreadOptions {
  threads?: number;
  chunkBytes?: number;
}

export function threadOptionsFromEnv(env: Record<string, string | undefined>): ThreadOptions {
  const out: ThreadOptions = {};
  const threads = positiveInt(env.NCRS_AUDIT_THREADS);
  const chunkBytes = positiveInt(env.NCRS_AUDIT_CHUNK_BYTES);
  if (threads !== undefined) out.threads = threads;
  if (chunkBytes !== undefined) out.chunkBytes = chunkBytes;
  return out;
}

function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n >= 1 ? n : undefined;
}
