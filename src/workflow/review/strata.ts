/**
 * The strata of every worksheet, keyed by (frame-sha256, label) (review.md): the
 * first worksheet of a frame holds its `# stratum:` table; a later worksheet of the
 * same frame that says otherwise is listed. After the records are read, each
 * stratum's distinct records are checked against its `sample` count.
 */
import type { ParsedWorksheet } from '../worksheet/read-worksheet.js';
import type { SampledRecord } from './records.js';
import { shown } from './shown.js';
import type { ReviewProblem, ReviewStratum } from './types.js';

export interface StratumEntry {
  frame: string;
  label: string;
  population: number;
  sample: number;
  /** The first worksheet of the frame, and the line of this stratum in it. */
  file: string;
  line: number;
}

export class StrataTable {
  readonly entries: StratumEntry[] = [];
  readonly problems: ReviewProblem[] = [];
  private readonly byKey = new Map<string, StratumEntry>();

  constructor(sheets: readonly ParsedWorksheet[]) {
    const framesSeen = new Set<string>();
    for (const sheet of sheets) {
      const frame = sheet.header.frameSha256;
      const first = !framesSeen.has(frame);
      framesSeen.add(frame);
      for (const s of sheet.header.stratumTable) {
        const key = stratumKey(frame, s.label);
        const known = this.byKey.get(key);
        if (first && !known) {
          const entry = { frame, label: s.label, population: s.population, sample: s.sample, file: sheet.path, line: s.line ?? 1 };
          this.entries.push(entry);
          this.byKey.set(key, entry);
        } else if (!known || known.population !== s.population || known.sample !== s.sample) {
          this.problems.push({
            file: sheet.path,
            line: s.line ?? 1,
            column: '# stratum',
            kind: 'stratum',
            message: `stratum '${shown(s.label)}' differs from the "# stratum:" lines of ${known ? known.file : 'the first worksheet'} drawn from the same frame`,
          });
        }
      }
    }
  }

  get(frame: string, label: string): StratumEntry | undefined {
    return this.byKey.get(stratumKey(frame, label));
  }

  /** Per stratum: records found, complete, left out; and each count that differs from `sample`. */
  summarise(records: readonly SampledRecord[]): { strata: ReviewStratum[]; problems: ReviewProblem[] } {
    const counts = new Map<StratumEntry, { records: number; complete: number }>();
    for (const r of records) {
      const entry = this.get(r.frame, r.stratum);
      if (!entry) continue;
      const c = counts.get(entry) ?? { records: 0, complete: 0 };
      c.records++;
      if (r.complete) c.complete++;
      counts.set(entry, c);
    }
    const problems: ReviewProblem[] = [];
    const strata = this.entries.map((e): ReviewStratum => {
      const c = counts.get(e) ?? { records: 0, complete: 0 };
      if (e.sample > 0 && c.records !== e.sample) {
        problems.push({
          file: e.file,
          line: e.line,
          column: '# stratum',
          kind: 'count',
          message: `stratum '${shown(e.label)}' has ${c.records} distinct record${c.records === 1 ? '' : 's'} in the worksheets of this frame, but the sample drew ${e.sample}`,
        });
      }
      return {
        frameSha256: e.frame,
        label: e.label,
        population: e.population,
        sample: e.sample,
        records: c.records,
        complete: c.complete,
        leftOut: c.records - c.complete,
        outside: e.sample === 0 || c.complete === 0,
        singleRecord: c.complete === 1 && e.population > 1,
      };
    });
    return { strata, problems };
  }
}

function stratumKey(frame: string, label: string): string {
  return `${frame}\u0000${label}`;
}
