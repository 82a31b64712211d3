import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { completedWorksheet } from './helpers/worksheet.js';

describe('worksheet write → read', () => {
  const text = completedWorksheet([
    { district: '=HYPERLINK("x")', verdict: { should: 'Y', recorded: 'Y' } },
    { district: 'Leeds', verdict: { should: 'N', recorded: '' } },
  ]);

  it('keeps the header and neutralises formula cells, read back verbatim', () => {
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    const sheet = parseWorksheet(text, 'w.csv');
    expect(sheet.header).toMatchObject({ seed: 42, allocation: 'proportional', period: '2026-10', recordType: 'incident', frameSha256: 'a'.repeat(64) });
    expect(sheet.header.stratumTable).toEqual([
      { label: '=HYPERLINK("x")', population: 10, sample: 1, line: 17 },
      { label: 'Leeds', population: 10, sample: 1, line: 18 },
    ]);
    expect(sheet.rows.map((r) => r.cells.get('district'))).toEqual(['=HYPERLINK("x")', 'Leeds']);
    // 18 '#' lines (2 strata), the column header on line 19, data from line 20.
    expect(sheet.rows.map((r) => r.line)).toEqual([20, 21]);
  });

  it('survives a spreadsheet re-save: BOM, CRLF, quoted and comma-padded # lines, blank rows', () => {
    const resaved =
      '\uFEFF' +
      text
        .split('\n')
        .map((l) => (l.startsWith('# stratum') ? `"${l.replace(/"/g, '""')}",,,` : l.startsWith('#') ? `${l},,,,` : l))
        .join('\r\n')
        .replace('record_id,', ',,,,\r\nrecord_id,')
        .replace(/\r\n$/, '\r\n,,,,,,\r\n');
    const sheet = parseWorksheet(resaved, 'w.csv');
    expect(sheet.header.stratumTable.map((s) => s.label)).toEqual(['=HYPERLINK("x")', 'Leeds']);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[0]!.line).toBe(21);
    expect(sheet.rows[1]!.cells.get('should_be_crime')).toBe('N');
  });

  it.each([
    { name: 'a CSV that is not a worksheet', text: 'a,b\n1,2\n', message: 'not an ncrs-audit worksheet' },
    { name: 'a worksheet without verdict columns', text: '# ncrs-audit worksheet (format 1)\nrecord_id\nX\n', message: 'no should_be_crime or recorded_correctly column' },
    { name: 'a mangled stratum line', text: '# ncrs-audit worksheet (format 1)\n# stratum: Leeds 5\nshould_be_crime,recorded_correctly\n', message: 'w.csv:2:' },
  ])('refuses $name (InputError)', ({ text: bad, message }) => {
    expect(() => parseWorksheet(bad, 'w.csv')).toThrow(InputError);
    expect(() => parseWorksheet(bad, 'w.csv')).toThrow(message);
  });
});
