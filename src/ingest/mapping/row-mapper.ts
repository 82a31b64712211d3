import type { CanonicalRecord } from '../../model/record.js';
import { parseBoolean } from '../values/boolean.js';
import { parseDatetime, type DateFormat } from '../values/datetime.js';
import { parseEnum } from '../values/enumeration.js';
import { parseInteger } from '../values/integer.js';
import { parseYearMonth } from '../values/month.js';
import { columnCount, notA, notOneOf } from '../values/reason.js';
import { NO_EXTRA, newRecord } from './new-record.js';
import type { RowEvent } from './row-event.js';
import type { ExtraSlot, FieldSlot } from './slots.js';

/** Turns the cells of one data row into a record or a rejected row. The ingest hot path. */
export class RowMapper {
  constructor(
    readonly columnCount: number,
    private readonly fields: readonly FieldSlot[],
    private readonly extras: readonly ExtraSlot[],
    private readonly dateFormat: DateFormat,
  ) {}

  map(cells: readonly string[], line: number): RowEvent {
    if (cells.length !== this.columnCount) {
      return { kind: 'rejected', line, reason: columnCount(cells.length, this.columnCount) };
    }
    const record = newRecord(NO_EXTRA);
    const target = record as unknown as Record<string, unknown>;
    let reasons: string[] | undefined;
    for (const slot of this.fields) {
      let text = cells[slot.column]!.trim();
      if (slot.derive !== undefined) text = slot.derive(text);
      if (text === '') continue;
      if (slot.values !== undefined) {
        const renamed = slot.values.get(text.toLowerCase());
        if (renamed !== undefined) {
          text = renamed;
          if (text === '') continue;
        }
      }
      const problem = this.read(slot, text, target);
      if (problem !== undefined) (reasons ??= []).push(problem);
    }
    if (reasons !== undefined) return { kind: 'rejected', line, reason: reasons.join('; ') };
    for (const slot of this.extras) {
      const text = cells[slot.column]!.trim();
      if (text === '') continue;
      if (record.extra === NO_EXTRA) record.extra = new Map();
      record.extra.set(slot.header, text);
    }
    return { kind: 'record', record, line };
  }

  /** Stores the typed value; returns a reason when the text is not of the field's type. */
  private read(slot: FieldSlot, text: string, target: Record<string, unknown>): string | undefined {
    switch (slot.kind) {
      case 'text':
        target[slot.field] = text;
        return undefined;
      case 'datetime': {
        const ms = parseDatetime(text, this.dateFormat);
        if (Number.isNaN(ms)) return notA(slot.label, text, 'a date');
        target[slot.field] = ms;
        return undefined;
      }
      case 'year-month': {
        const ms = parseYearMonth(text);
        if (Number.isNaN(ms)) return notA(slot.label, text, 'a month (YYYY-MM)');
        target[slot.field] = ms;
        return undefined;
      }
      case 'boolean': {
        const value = parseBoolean(text);
        if (value === null) return notA(slot.label, text, 'a boolean');
        target[slot.field] = value;
        return undefined;
      }
      case 'integer': {
        const value = parseInteger(text);
        if (Number.isNaN(value)) return notA(slot.label, text, 'an integer');
        target[slot.field] = value;
        return undefined;
      }
      case 'enum': {
        const allowed = slot.allowed ?? [];
        const value = parseEnum(text, allowed);
        if (value === undefined) return notOneOf(slot.label, text, allowed);
        target[slot.field] = value;
        return undefined;
      }
    }
  }
}

export type { CanonicalRecord };
