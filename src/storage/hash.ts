/**
 * Compact keys for cross-record indexes. A key is stored as two independent
 * hashes: a 53-bit cyrb53 (fits a JS number exactly) and a 32-bit FNV-1a
 * "check". Two different keys are confused only if both collide: about
 * n²/2^86 for n keys (≈3e-13 at 5 million; hash sets keep 69 of the 85 bits:
 * n²/2^70), so indexes can hold 7-12 bytes per
 * key instead of the key text. See docs/rule-language.md, "How cross-record
 * checks scale".
 */

/** cyrb53 (public domain, bryc): a fast 53-bit string hash. */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
