import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KnownError } from '../../src/errors.js';
import { CANONICAL_FIELDS, FIELD_KINDS, type CanonicalField, type CanonicalRecord } from '../../src/model/record.js';
import { readText, records } from './read-helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SETTINGS = { seed: 20261025, numRuns: RUNS };

/** Text with no surrounding whitespace (the spec trims it) and not empty (empty = absent). */
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== '');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const anyCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
    [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''),
  );

/** One canonical field: [value the reader must produce, how it is written in the CSV]. */
function fieldArb(field: CanonicalField): fc.Arbitrary<[unknown, string]> {
  switch (FIELD_KINDS[field]) {
    case 'text':
      return text.map((t) => [t, t]);
    case 'integer':
      return fc.nat({ max: 130 }).map((n) => [n, String(n)]);
    case 'boolean':
      return fc.constantFrom<[boolean, string]>([true, 'true'], [false, 'FALSE'], [true, 'y'], [false, 'No'], [true, '1'], [false, '0']);
    case 'datetime':
      return fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => [ms, new Date(ms).toISOString()]);
    case 'enum': {
      const values = field === 'record_type' ? ['crime', 'incident', 'n100'] : ['cancelled', 'recorded'];
      return fc.constantFrom(...values).chain((v) => anyCase(v).map((w): [unknown, string] => [v, w]));
    }
  }
}

const extraHeaders = fc.uniqueArray(
  text.filter((h) => !(CANONICAL_FIELDS as string[]).includes(h.toLowerCase())),
  { maxLength: 3, selector: (h) => h.toLowerCase() },
);

const exportArb = extraHeaders.chain((extras) =>
  fc.record({
    extras: fc.constant(extras),
    // Two columns at least: a one-column row with an empty cell is a blank line, which the spec skips.
    order: fc.shuffledSubarray([...CANONICAL_FIELDS], { minLength: 2 }),
    rows: fc.array(
      fc.record({
        fields: fc.record(Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, optional(fieldArb(f))])) as Record<CanonicalField, fc.Arbitrary<[unknown, string] | undefined>>),
        extra: fc.array(optional(text), { minLength: extras.length, maxLength: extras.length }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  }),
);

describe('property: what a CSV writer writes, the reader reads back', () => {
  it('records with arbitrary text round-trip through csv-stringify', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ extras, order, rows, crlf, bom }) => {
        const header = [...order, ...extras];
        const body = rows.map((row) => [...order.map((f) => row.fields[f]?.[1] ?? ''), ...row.extra.map((v) => v ?? '')]);
        // An explicit record_delimiter stops csv-stringify quoting fields with line
        // breaks unless asked (quote_record_delimiter); its default writer quotes them.
        const csv = stringify([header, ...body], crlf ? { record_delimiter: 'windows', quote_record_delimiter: true } : {});
        const { events } = await readText((bom ? '\uFEFF' : '') + csv);
        const expected = rows.map((row) => {
          const record: Partial<CanonicalRecord> = {};
          for (const f of order) {
            const cell = row.fields[f];
            if (cell) (record as Record<string, unknown>)[f] = cell[0];
          }
          const extra = new Map<string, string>();
          extras.forEach((h, i) => row.extra[i] !== undefined && extra.set(h, row.extra[i]!));
          return { ...record, extra };
        });
        const got = records(events).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
        expect(events.every((e) => e.kind === 'record')).toBe(true);
        expect(got).toEqual(expected);
      }),
      SETTINGS,
    );
  });
});

/** Anything the reader may do with bad input: rows (records or rejected) or a known error. Never a crash. */
async function survives(content: Buffer | string): Promise<void> {
  try {
    const { events } = await readText(content);
    for (const e of events) {
      expect(e.line).toBeGreaterThanOrEqual(2);
      if (e.kind === 'rejected') expect(e.reason.length).toBeGreaterThan(0);
    }
  } catch (error) {
    if (!(error instanceof KnownError)) throw error;
  }
}

describe('property: arbitrary input never crashes the reader', () => {
  it('arbitrary bytes end in rows or a known input error', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => survives(Buffer.from(bytes))), SETTINGS);
  });

  it('CSV-like noise after a valid header ends in rows or a known input error', async () => {
    const noise = fc.string({
      unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', '\r\n', ' ', '2026-10-03', '31/02/2026', 'crime', 'y', '\uFEFF', 'é', '\u0000'),
      maxLength: 200,
    });
    await fc.assert(
      fc.asyncProperty(noise, (body) => survives(`record_id,record_type,reported_at,crime_related,victim_age\n${body}`)),
      SETTINGS,
    );
  });

  it('arbitrary bytes after a valid header end in rows or a known input error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        survives(Buffer.concat([Buffer.from('record_id,reported_at,victim_age\n'), Buffer.from(bytes)])),
      ),
      SETTINGS,
    );
  });
});
