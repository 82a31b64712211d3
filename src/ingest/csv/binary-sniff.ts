/**
 * Is this the start of a binary file rather than CSV text? A known file
 * signature (spreadsheet, archive, PDF, image, UTF-16 text), or many control
 * bytes. One NUL in a text field does not make a file binary; a zip does.
 */
const SIGNATURES: readonly (readonly [string, number[]])[] = [
  ['a zip archive or .xlsx workbook', [0x50, 0x4b, 0x03, 0x04]],
  ['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['UTF-16 text (save it as UTF-8)', [0xff, 0xfe]],
  ['UTF-16 text (save it as UTF-8)', [0xfe, 0xff]],
];

export const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;

/** What the bytes look like when they are not text; undefined for text. */
export function sniffBinary(head: Buffer): string | undefined {
  for (const [what, bytes] of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return what;
  }
  const sample = head.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE ? 'binary data' : undefined;
}
