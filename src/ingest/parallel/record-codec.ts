/**
 * Row events <-> a few transferable typed arrays, so parse workers can hand
 * records to the main thread without structured-cloning objects (which costs
 * more than parsing them). Numbers go as float64, booleans and enums as int8,
 * text as UTF-8 bytes with lengths; strings are rebuilt fresh on the main thread
 * (no slices of a big shared string that would keep it alive).
 */
import { ENUM_VALUES, FIELD_KINDS, type CanonicalField, type CanonicalRecord } from '../../model/record.js';
import type { RowEvent } from '../mapping/row-event.js';
import { NO_EXTRA, newRecord } from '../mapping/new-record.js';

const FIELDS = Object.keys(FIELD_KINDS) as CanonicalField[];
const TEXT = FIELDS.filter((f) => FIELD_KINDS[f] === 'text');
const NUM = FIELDS.filter((f) => FIELD_KINDS[f] === 'datetime' || FIELD_KINDS[f] === 'integer');
const BOOL = FIELDS.filter((f) => FIELD_KINDS[f] === 'boolean');
const ENUMS = ['record_type', 'status'] as const;

export interface EncodedBatch {
  count: number;
  /** 1 = record, 0 = rejected row. */
  kinds: Uint8Array;
  lines: Int32Array;
  /** NUM.length per record; NaN = absent. */
  nums: Float64Array;
  /** BOOL.length + ENUMS.length per record; -1 = absent. */
  small: Int8Array;
  /** Per record: number of `extra` entries. */
  extras: Uint16Array;
  /** Byte length of each text item (-1 = absent): TEXT per record, then key/value per extra entry. */
  lens: Int32Array;
  text: Uint8Array;
  /** True when every text byte is ASCII (decoded as latin1: faster, same strings). */
  ascii: boolean;
  reasons: string[];
}

/** The transferable buffers of a batch (for postMessage's transfer list). */
export function transferables(b: EncodedBatch): ArrayBuffer[] {
  return [b.kinds, b.lines, b.nums, b.small, b.extras, b.lens, b.text].map((a) => a.buffer as ArrayBuffer);
}

export function encodeBatch(events: readonly RowEvent[]): EncodedBatch {
  const n = events.length;
  const kinds = new Uint8Array(n);
  const lines = new Int32Array(n);
  const nums = new Float64Array(n * NUM.length);
  const small = new Int8Array(n * (BOOL.length + ENUMS.length));
  const extras = new Uint16Array(n);
  const lens: number[] = [];
  const reasons: string[] = [];
  let text = Buffer.allocUnsafeSlow(64 * 1024);
  let used = 0;
  let ascii = true;
  const put = (s: string | undefined): void => {
    if (s === undefined) return void lens.push(-1);
    if (used + s.length * 3 > text.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(text.length * 2, used + s.length * 3));
      text.copy(next, 0, 0, used);
      text = next;
    }
    const wrote = text.write(s, used, 'utf8');
    if (ascii && wrote !== s.length) ascii = false;
    used += wrote;
    lens.push(wrote);
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    lines[i] = e.line;
    if (e.kind === 'rejected') {
      reasons.push(e.reason);
      continue;
    }
    kinds[i] = 1;
    const r = e.record as unknown as Record<string, unknown>;
    for (let k = 0; k < NUM.length; k++) nums[i * NUM.length + k] = (r[NUM[k]!] as number | undefined) ?? NaN;
    const s0 = i * (BOOL.length + ENUMS.length);
    for (let k = 0; k < BOOL.length; k++) {
      const v = r[BOOL[k]!] as boolean | undefined;
      small[s0 + k] = v === undefined ? -1 : v ? 1 : 0;
    }
    for (let k = 0; k < ENUMS.length; k++) {
      const v = r[ENUMS[k]!] as string | undefined;
      small[s0 + BOOL.length + k] = v === undefined ? -1 : ENUM_VALUES[ENUMS[k]!].indexOf(v);
    }
    for (let k = 0; k < TEXT.length; k++) put(r[TEXT[k]!] as string | undefined);
    extras[i] = e.record.extra.size;
    for (const [key, value] of e.record.extra) {
      put(key);
      put(value);
    }
  }
  // Copy into an exact-size buffer: the transfer should not carry the slack.
  const exact = new Uint8Array(used);
  exact.set(text.subarray(0, used));
  return { count: n, kinds, lines, nums, small, extras, lens: Int32Array.from(lens), text: exact, ascii, reasons };
}

type Slice = (start: number, end: number) => string;

export function decodeBatch(b: EncodedBatch): RowEvent[] {
  const out: RowEvent[] = new Array<RowEvent>(b.count);
  const buf = Buffer.from(b.text.buffer, b.text.byteOffset, b.text.byteLength) as Buffer & { latin1Slice: Slice; utf8Slice: Slice };
  const slice: Slice = b.ascii ? buf.latin1Slice.bind(buf) : buf.utf8Slice.bind(buf);
  const { nums, small, lens } = b;
  const smallWidth = BOOL.length + ENUMS.length;
  let pos = 0;
  let item = 0;
  let reason = 0;
  const take = (): string | undefined => {
    const len = lens[item++]!;
    if (len < 0) return undefined;
    const s = slice(pos, pos + len);
    pos += len;
    return s;
  };
  for (let i = 0; i < b.count; i++) {
    const line = b.lines[i]!;
    if (b.kinds[i] === 0) {
      out[i] = { kind: 'rejected', line, reason: b.reasons[reason++]! };
      continue;
    }
    const count = b.extras[i]!;
    const record = newRecord(count > 0 ? new Map() : NO_EXTRA);
    const r = record as unknown as Record<string, unknown>;
    for (let k = 0; k < NUM.length; k++) {
      const v = nums[i * NUM.length + k]!;
      if (!Number.isNaN(v)) r[NUM[k]!] = v;
    }
    const s0 = i * smallWidth;
    for (let k = 0; k < BOOL.length; k++) {
      const v = small[s0 + k]!;
      if (v >= 0) r[BOOL[k]!] = v === 1;
    }
    for (let k = 0; k < ENUMS.length; k++) {
      const v = small[s0 + BOOL.length + k]!;
      if (v >= 0) r[ENUMS[k]!] = ENUM_VALUES[ENUMS[k]!][v];
    }
    for (let k = 0; k < TEXT.length; k++) {
      const s = take();
      if (s !== undefined) r[TEXT[k]!] = s;
    }
    for (let x = count; x > 0; x--) record.extra.set(take()!, take()!);
    out[i] = { kind: 'record', record: record as CanonicalRecord, line };
  }
  return out;
}
