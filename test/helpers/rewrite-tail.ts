import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * Rewrites a file in place from `fraction` of its length on: same length, other
 * districts ('Leeds' -> 'Bradf'), so only the bytes change, not the size.
 */
export function rewriteTail(path: string, fraction: number): void {
  const bytes = readFileSync(path);
  const from = Math.floor(bytes.length * fraction);
  const tail = Buffer.from(bytes.subarray(from).toString('latin1').replaceAll('Leeds', 'Bradf'), 'latin1');
  const fd = openSync(path, 'r+');
  writeSync(fd, tail, 0, tail.length, from);
  closeSync(fd);
}
