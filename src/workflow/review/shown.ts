/**
 * A short excerpt of a cell for a message (cli.md): at most 40 characters, control
 * and bidi characters escaped (`\x1b`, `\u202e`) so a message cannot rewrite a terminal line.
 */
export function shown(value: string): string {
  const chars = [...value];
  const cut = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
