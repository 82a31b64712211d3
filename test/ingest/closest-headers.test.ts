import { describe, expect, it } from 'vitest';
import { closestHeaders } from '../../src/ingest/mapping/closest-headers.js';

const EXPECTED = ['record_id', 'record_type', 'reported_at', 'district', 'flag_domestic_abuse'];

describe('closest headers (hint when no column maps)', () => {
  it.each([
    [['Record ID', 'Rec Type'], ["'Record ID' (record_id?)"]],
    [['Date Reported', 'Districts'], ["'Districts' (district?)"]],
    [['a', 'b', 'c'], []],
    [['xyz'], []],
  ])('%j -> %j', (found, hints) => {
    expect(closestHeaders(found, EXPECTED)).toEqual(expect.arrayContaining(hints));
    if (hints.length === 0) expect(closestHeaders(found, EXPECTED)).toEqual([]);
  });
});
