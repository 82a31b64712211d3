import { IANAZone } from 'luxon';

/**
 * Europe/London wall-clock time -> epoch ms, with the spec's DST rules
 * (record.md): an hour that happens twice is its first (BST) occurrence; an hour
 * that never happens moves forward by one hour.
 *
 * Why the cache: this is the ingest hot path (several datetimes per row, millions
 * of rows). luxon knows the zone rules; we ask it once per distinct local hour.
 */
const LONDON = IANAZone.create('Europe/London');
const HOUR = 3_600_000;
const MINUTE = 60_000;
const CACHE_LIMIT = 200_000;
const offsetByLocalHour = new Map<number, number>();

function zoneOffsetMs(instant: number): number {
  return LONDON.offset(instant) * MINUTE;
}

/** Offset (ms) to subtract from a local wall-clock time, read as if it were UTC. */
function resolveOffset(localHourStart: number): number {
  // The offsets in force a day either side bracket any transition in between.
  const before = zoneOffsetMs(localHourStart - 24 * HOUR);
  const after = zoneOffsetMs(localHourStart + 24 * HOUR);
  const candidates = before === after ? [before] : [Math.max(before, after), Math.min(before, after)];
  for (const offset of candidates) {
    // Valid when the instant it gives really shows this wall-clock hour in London.
    if (zoneOffsetMs(localHourStart - offset) === offset) return offset;
  }
  // No valid offset: the hour was skipped (spring forward). Reading it with the
  // offset in force before the gap moves it forward by the gap (one hour).
  return before;
}

/**
 * Epoch ms of a London wall-clock time given as `Date.UTC(...)` of its fields.
 * Assumes transitions fall on whole hours (true for Europe/London since 1972).
 */
export function londonWallClockToEpoch(localAsUtc: number): number {
  const hourKey = Math.floor(localAsUtc / HOUR);
  let offset = offsetByLocalHour.get(hourKey);
  if (offset === undefined) {
    if (offsetByLocalHour.size >= CACHE_LIMIT) offsetByLocalHour.clear();
    offset = resolveOffset(hourKey * HOUR);
    offsetByLocalHour.set(hourKey, offset);
  }
  return localAsUtc - offset;
}
