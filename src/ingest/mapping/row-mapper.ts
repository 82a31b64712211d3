import type { CanonicalRecord } from '../../model/record.js';
import type { DateFormat } from '../values/datetime.js';
import { parseValue } from '../values/parse-value.js';
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
    const value = parseValue(slot.kind, text, this.dateFormat, slot.allowed);
    if (value === undefined) return reason(slot, text);
    target[slot.field] = value;
    return undefined;
  }
}

/** Why the text is not of the slot's kind, worded for the rejected-rows list. */
function reason(slot: FieldSlot, text: string): string {
  switch (slot.kind) {
    case 'datetime':
      return notA(slot.label, text, 'a date');
    case 'year-month':
      return notA(slot.label, text, 'a month (YYYY-MM)');
    case 'boolean':
      return notA(slot.label, text, 'a boolean');
    case 'integer':
      return notA(slot.label, text, 'an integer');
    case 'enum':
      return notOneOf(slot.label, text, slot.allowed ?? []);
    case 'text':
      throw new Error('unreachable: text is always a value');
  }
}

export type { CanonicalRecord };
