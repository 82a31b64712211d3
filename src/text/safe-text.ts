/**
 * Control and bidirectional-formatting characters shown as visible escapes
 * (`\x1b`, `\u202e`), so text quoted from a file (a header, a value, a file
 * name) can neither drive the terminal (ANSI/OSC sequences, BEL) nor reorder
 * what the reader sees (Trojan Source, CVE-2021-42574). Covered: C0 and DEL, C1,
 * the line and paragraph separators U+2028/U+2029, and the bidi marks,
 * embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–E, U+2066–9).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value (a file name, a header, a cell): every unsafe character escaped, line breaks included. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, escapeOne);
}

/** A whole message of one or more lines: the same, but its own line breaks kept. */
export function safeMessage(s: string): string {
  return s.replace(UNSAFE_BUT_NEWLINE, escapeOne);
}

/** Whether `s` holds a character safeText would escape. */
export function hasUnsafe(s: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s);
}

/** Most characters of a file's content a message may quote (cli.md "Reading files"). */
export const QUOTE_MAX = 40;

/** A value from a file, cut to QUOTE_MAX characters (whole code points) with an ellipsis. */
export function capQuote(s: string): string {
  const chars = [...s];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : s;
}

/** Every '…'-quoted stretch of a message cut to QUOTE_MAX characters. */
export function capQuotes(message: string): string {
  // Quotes pair left to right: every pair is consumed, so the text between two quoted values is never taken for one.
  return message.replace(/'([^'\n]*)'/g, (_, inner: string) => `'${capQuote(inner)}'`);
}
