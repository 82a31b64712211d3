/**
 * Input text (district names, record ids) reaches reports. These helpers make it
 * inert for each medium; formatters call them on every value they print.
 */

import { safeText } from '../text/safe-text.js';

/**
 * Control characters (incl. ESC and BEL: no ANSI or OSC-8 injection), C1, the
 * line/paragraph separators and bidi overrides shown as visible escapes
 * (`\x1b`, `\u202e`) in terminal output.
 */
export function terminalSafe(s: string): string {
  return safeText(s);
}

/** HTML text and attribute values; control and bidi characters shown escaped, as in the terminal. */
export function escapeHtml(s: string): string {
  return safeText(s).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * XML 1.0 text and attribute values: the five entities, and characters XML 1.0
 * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
 */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD')
      .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!)
  );
}
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A Markdown table cell: pipes and backslashes escaped, line breaks flattened,
 * characters that start Markdown/HTML syntax (`<`, `>`, `*`, `_`, `` ` ``, `[`, `]`)
 * escaped so a value renders as the text it is, and control characters shown as
 * visible escapes (a .md file is often read with `cat`: no terminal escape, bidi
 * override or line separator may survive).
 */
export function escapeMarkdown(s: string): string {
  return terminalSafe(s.replace(/\r\n?|\n/g, ' '))
    .replace(/[\\`*_[\]<>|#!~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;');
}

/**
 * A spreadsheet cell that starts with = + - @, a tab or CR would be read as a
 * formula; a leading apostrophe makes it text (OWASP CSV injection guidance).
 */
export function neutraliseCsvCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
