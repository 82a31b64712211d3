import { safeText } from '../../text/safe-text.js';

/**
 * A short excerpt of a cell for a message (cli.md): at most 40 characters, control
 * and bidi characters escaped (`\x1b`, `\u202e`) so a message cannot rewrite a terminal line.
 */
export function shown(value: string): string {
  const chars = [...value];
  return safeText(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value);
}
