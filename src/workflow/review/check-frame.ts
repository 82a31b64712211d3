import { InputError } from '../../errors.js';
import type { FrameFilters } from '../read-frame.js';
import { canonicalFilters, frameHash } from '../sample/frame-hash.js';
import type { ParsedWorksheet } from '../worksheet/read-worksheet.js';

/**
 * `review --frame`: re-computes the frame's SHA-256 from the inputs and filter
 * options given, and refuses (InputError, exit 2) a worksheet drawn from another
 * frame. Returns the paths verified.
 */
export async function checkFrames(sheets: readonly ParsedWorksheet[], inputs: string[], cwd: string, filters: FrameFilters): Promise<Set<string>> {
  const actual = await frameHash(inputs, cwd, filters);
  const verified = new Set<string>();
  for (const sheet of sheets) {
    const h = sheet.header;
    if (h.frameSha256 === actual) {
      verified.add(sheet.path);
      continue;
    }
    const given = canonicalFilters(filters);
    throw new InputError(
      `this worksheet was not drawn from the frame given with --frame: it records frame SHA-256 ${h.frameSha256 || '(none)'}, ` +
        `the inputs and filters given hash to ${actual}. ` +
        `It was drawn from ${JSON.stringify(h.inputs)} with ${describe(h.period, h.districts, h.recordType)}; ` +
        `--frame was given ${JSON.stringify(inputs)} with ${describe(given.period, given.districts, given.recordType)}. ` +
        'Pass the same files (unchanged, in the same order) and the same --period, --district and --record-type.',
      sheet.path,
    );
  }
  return verified;
}

function describe(period: string | null, districts: string[], recordType: string | null): string {
  const parts = [
    period ? `--period ${period}` : 'no --period',
    districts.length ? districts.map((d) => `--district ${JSON.stringify(d)}`).join(' ') : 'no --district',
    recordType ? `--record-type ${recordType}` : 'no --record-type',
  ];
  return parts.join(', ');
}
