import { IANAZone } from 'luxon';

const LONDON = IANAZone.create('Europe/London');
const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/** London wall-clock fields of an instant; the zone offset is looked up once per UTC hour. */
function wallClock(ms: number): Date {
  const key = Math.floor(ms / HOUR);
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = LONDON.offset(key * HOUR) * 60_000;
    offsets.set(key, offset);
  }
  return new Date(ms + offset);
}

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The datetime spellings force systems write (record.md accepts all three). */
export type DateStyle = 'iso-t' | 'iso-space' | 'uk';

export function formatLondon(ms: number, style: DateStyle): string {
  const d = wallClock(ms);
  const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const time = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
  switch (style) {
    case 'iso-t':
      return `${date}T${time}`;
    case 'iso-space':
      return `${date} ${time}:00`;
    case 'uk':
      return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${time}`;
  }
}

/** `YYYYMMDD` of the London day an instant falls on. */
export function londonDay(ms: number): string {
  const d = wallClock(ms);
  return `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}`;
}
