import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readFile, readText, tempFile } from './read-helpers.js';

async function failure(content: string | Buffer): Promise<InputError> {
  const path = tempFile(content, 'broken.csv');
  const error = await readFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('broken files stop with InputError naming file and line (record.md)', () => {
  it.each([
    ['an unterminated quoted field', 'record_id,closure_rationale\nA1,ok\nA2,"never closed\nA3,x\n', 3, /unterminated quoted field/],
    ['an unterminated quote after blank lines and CRLF', 'record_id,closure_rationale\r\nA1,ok\r\n\r\nA2,"x\r\n', 4, /unterminated/],
    ['a record over 1 MiB', `record_id,closure_rationale\nA1,ok\nA2,"${'x'.repeat((1 << 20) + 10)}"\n`, 3, /larger than 1 MiB/],
    ['more than 1,000 header columns', `${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',')},record_id\n`, 1, /1002 columns; at most 1000/],
    ['duplicate headers after trim and case-folding', 'record_id,District, district \nA1,x,y\n', 1, /duplicate header: columns 2 and 3 are both 'district'/],
    ['a header with no canonical column', 'Crime Ref,Type,Date Reported\nA1,crime,2026-10-01\n', 1, /no column of the header maps to a field of profile 'canonical'/],
    ['a header only', 'record_id,record_type\n', 1, /has a header but no data rows/],
    ['a header and blank lines only', 'record_id,record_type\r\n\r\n\n   \n', 1, /has a header but no data rows/],
  ] as const)('%s', async (_name, content, line, message) => {
    const error = await failure(content);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
    expect(error.file).toMatch(/broken\.csv$/);
    expect(error.message.startsWith(`${error.file}:${line}: `)).toBe(true);
  });

  it('says which headers were expected and which found ones look close', async () => {
    const error = await failure('RecordID,Record Type,Reported,Officer\nA1,crime,2026-10-01,x\n');
    expect(error.message).toContain('Expected headers such as: record_id, record_type, incident_id');
    expect(error.message).toContain("'RecordID' (record_id?)");
    expect(error.message).toContain("'Record Type' (record_type?)");
    expect(error.message).not.toContain("'Officer'");
  });

  it.each([
    ['a zip or xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'a zip archive or .xlsx workbook'],
    ['a gzip file', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), 'a gzip archive'],
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'a PDF document'],
    ['UTF-16 text', Buffer.from('\uFEFFrecord_id\n', 'utf16le'), 'UTF-16 text (save it as UTF-8)'],
    ['control bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65))), 'binary data'],
  ])('a binary file: %s', async (_name, bytes, what) => {
    const error = await failure(bytes);
    expect(error.message).toBe(`${error.file}: is not CSV text: it looks like ${what}`);
  });

  it('a NUL inside a text field is data, not a binary file', async () => {
    const { events } = await readText('record_id,closure_rationale,district\nA1,a\u0000b,Leeds\n');
    expect(events).toMatchObject([{ kind: 'record', record: { closure_rationale: 'a\u0000b' } }]);
  });

  it('an empty file', async () => {
    const error = await failure('');
    expect(error.message).toMatch(/broken\.csv: is empty/);
  });

  it('a file holding only a BOM', async () => {
    const error = await failure('\uFEFF');
    expect(error.message).toMatch(/has no header and no data rows/);
  });

  it('a missing file', async () => {
    const error = await readFile('/nonexistent/dir/export.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('/nonexistent/dir/export.csv: no such file');
  });

  it('a folder', async () => {
    const dir = tempFile('', 'placeholder') + '-dir';
    mkdirSync(dir);
    const error = await readFile(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${dir}: is a folder, not a CSV file`);
  });

  it('ragged rows are rejected rows, not a broken file', async () => {
    const { events } = await readText('record_id,district\nA1\nA2,Leeds,extra\nA3,Leeds\n');
    expect(events.map((e) => e.kind)).toEqual(['rejected', 'rejected', 'record']);
  });
});
