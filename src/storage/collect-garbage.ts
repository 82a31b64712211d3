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
