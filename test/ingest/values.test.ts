import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../src/ingest/values/boolean.js';
import { parseEnum } from '../../src/ingest/values/enumeration.js';
import { parseInteger } from '../../src/ingest/values/integer.js';
import { parseYearMonth } from '../../src/ingest/values/month.js';
import { columnCount, notA, quoteValue } from '../../src/ingest/values/reason.js';

describe('parseBoolean', () => {
  it.each([
    ['true', true], ['TRUE', true], ['True', true], ['tRuE', true], ['yes', true], ['YeS', true],
    ['y', true], ['Y', true], ['1', true],
    ['false', false], ['FALSE', false], ['fAlSe', false], ['no', false], ['NO', false], ['n', false],
    ['N', false], ['0', false],
    ['maybe', null], ['t', null], ['f', null], ['2', null], ['01', null], ['yess', null], ['true!', null],
  ])('%s -> %s', (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });
});

describe('parseInteger', () => {
  it.each([
    ['0', 0], ['7', 7], ['42', 42], ['007', 7], ['120', 120],
    ['abc', NaN], ['12y', NaN], ['-3', NaN], ['+3', NaN], ['3.0', NaN], ['1e3', NaN], ['1 2', NaN],
    ['99999999999999999999', NaN],
  ])('%s -> %s', (text, expected) => {
    expect(parseInteger(text)).toBe(expected);
  });
});

describe('parseEnum', () => {
  const types = ['crime', 'incident', 'n100'] as const;
  it.each([
    ['crime', 'crime'], ['CRIME', 'crime'], ['Incident', 'incident'], ['N100', 'n100'],
    ['fish', undefined], ['crimes', undefined], ['n 100', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(parseEnum(text, types)).toBe(expected);
  });
});

describe('parseYearMonth (police.uk Month)', () => {
  it.each([
    ['2025-07', Date.UTC(2025, 5, 30, 23)],
    ['2025-12', Date.UTC(2025, 11, 1)],
    ['2025-13', NaN], ['2025-00', NaN], ['2025-7', NaN], ['2025-07-01', NaN], ['July 2025', NaN],
  ])('%s', (text, expected) => {
    expect(parseYearMonth(text)).toBe(expected);
  });
});

describe('reason wording', () => {
  it('quotes values cut to 40 characters', () => {
    expect(quoteValue('x'.repeat(50))).toBe(`'${'x'.repeat(40)}'`);
    expect(notA('reported_at', '31/02/2026', 'a date')).toBe("reported_at: '31/02/2026' is not a date");
  });
  it('counts columns', () => {
    expect(columnCount(24, 23)).toBe('24 columns, header has 23');
    expect(columnCount(1, 23)).toBe('1 column, header has 23');
  });
});
