/**
 * A full garbage collection, when V8 allows one. After millions of records the
 * cross-record indexes are hundreds of MB of typed arrays that become garbage
 * all at once at finish(); V8 frees array buffers only when a major collection
 * runs, and its heuristics see no reason to run one, so without this they
 * would still be held while the findings and the report are built, and set the
 * audit's peak memory (docs/performance.md). `--expose-gc` is switched on just
 * long enough to fetch the collector, then off again.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/**
 * Makes V8 start a major collection when its old space has grown by `percent`
 * since the last one, instead of its default factor (up to 4x for a small live
 * heap). Streaming millions of records promotes short-lived garbage (records
 * held for the lookahead, decoded batches): with ~25 MB live, the default let
 * ~110 MB of it pile up before each collection. The setting is process-wide
 * and lasts; collections of a small live heap take a few milliseconds.
 */
export function limitHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // A V8 without the flag: its own heuristics stay.
  }
}

export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
      setFlagsFromString('--no-expose-gc');
    } catch {
      collector = null;
    }
  }
  collector?.();
}
