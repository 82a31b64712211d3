/**
 * A temporary name beside a report: `.<name>.<tag>.tmp`, with `<name>` cut so
 * the whole stays within 255 bytes (NAME_MAX on Linux, macOS and Windows file
 * systems), whatever the target's length or script: a legal 250-byte report
 * name must still get a legal temporary name.
 */
const NAME_MAX = 255;

export function tempName(target: string, tag: string): string {
  const fixed = Buffer.byteLength(`..${tag}.tmp`);
  // Cut whole characters (code points), never half a UTF-8 sequence.
  const chars = [...target];
  let bytes = Buffer.byteLength(target);
  while (bytes + fixed > NAME_MAX) bytes -= Buffer.byteLength(chars.pop()!);
  return `.${chars.join('')}.${tag}.tmp`;
}
