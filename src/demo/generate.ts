import { stringify } from 'csv-stringify/sync';
import { londonWallClockToEpoch } from '../ingest/values/london-time.js';
import { CANONICAL_FIELDS } from '../model/record.js';
import { EpisodeMaker, toCells, type Row } from './episodes.js';
import { Rand } from './rand.js';

export interface DemoOptions {
  /** Same seed, same file. */
  seed: number;
  /** Data rows to write (the header is extra). */
  rows: number;
  /** `YYYY-MM`: the month the reports fall in. */
  month: string;
}

const ROWS_PER_CHUNK = 2000;
/** About one data row in this many is unreadable (rejected): a bad date, a ragged row... */
const REJECT_EVERY = 700;

/**
 * A deterministic canonical export of one month across the five West Yorkshire
 * districts, as CSV text chunks: header first, then rows in report order. It
 * streams (constant memory), so the benchmark can write millions of rows.
 */
export function* generateDemo(options: DemoOptions): Generator<string> {
  const match = /^(\d{4})-(\d{2})$/.exec(options.month);
  if (!match) throw new RangeError(`month must be YYYY-MM, got '${options.month}'`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const start = londonWallClockToEpoch(Date.UTC(year, month - 1, 1));
  const length = londonWallClockToEpoch(Date.UTC(year, month, 1)) - start;
  const rand = new Rand(options.seed);
  const maker = new EpisodeMaker(rand, year);

  yield stringify([CANONICAL_FIELDS]);
  let written = 0;
  let chunk: string[][] = [];
  while (written < options.rows) {
    // Episodes are spread evenly over the month by how far through the file we are.
    const reported = start + Math.floor(((written + rand.float()) / options.rows) * length);
    for (const row of maker.make(reported)) {
      if (written >= options.rows) break;
      chunk.push(rand.int(1, REJECT_EVERY) === 1 ? unreadable(row, rand) : toCells(row));
      written++;
    }
    if (chunk.length >= ROWS_PER_CHUNK) {
      yield stringify(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield stringify(chunk);
}

/** Damage one row the way exports get damaged, so the demo shows rejected rows. */
function unreadable(row: Row, rand: Rand): string[] {
  const damaged: Row = { ...row };
  switch (rand.int(0, 4)) {
    case 0:
      damaged.reported_at = '31/09/2026 10:00';
      break;
    case 1:
      damaged.victim_age = 'unknown';
      break;
    case 2:
      damaged.record_type = 'crim';
      break;
    case 3:
      damaged.crime_related = 'maybe';
      break;
    default:
      return [...toCells(row), ''];
  }
  return toCells(damaged);
}
