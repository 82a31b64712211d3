/**
 * A cell's text read as a value of its field's kind: the one reading of a value,
 * for export rows (mapping/row-mapper.ts) and for rule examples, so an example
 * means exactly what the same cell in a CSV means.
 */
import type { FieldKind } from '../../model/record.js';
import { parseBoolean } from './boolean.js';
import { parseDatetime, type DateFormat } from './datetime.js';
import { parseEnum } from './enumeration.js';
import { parseInteger } from './integer.js';
import { parseYearMonth } from './month.js';

/** The kinds a column can be read as: a field's kind, or a month column standing for a datetime. */
export type ValueKind = FieldKind | 'year-month';

/** The value, or undefined when `text` (trimmed, not empty) is not of this kind; enumerations come back lower-case. */
export function parseValue(kind: ValueKind, text: string, dateFormat: DateFormat = 'auto', allowed: readonly string[] = []): string | number | boolean | undefined {
  switch (kind) {
    case 'text':
      return text;
    case 'datetime': {
      const ms = parseDatetime(text, dateFormat);
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'year-month': {
      const ms = parseYearMonth(text);
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'boolean':
      return parseBoolean(text) ?? undefined;
    case 'integer': {
      const n = parseInteger(text);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'enum':
      return parseEnum(text, allowed);
  }
}
