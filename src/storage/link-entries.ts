/**
 * What `linked` keeps for finish(): every linkable record (hashed key, input
 * position, the numbers its readers read of it) and every record whose
 * question waits (hashed key, input position, pending index, which readers
 * asked, its own numbers). Both are split into buckets by hash, so that all
 * rows of one key share a bucket, each bucket in input order; each bucket is
 * an append-only log that keeps only the block it is filling in memory (a few
 * MB in all, whatever the input) and is read back once at the end.
 */
import { RowLog } from './row-log.js';
import { SpillArea } from './spill-file.js';

/** Column offsets of a candidate row: then `linkedWidth` values. */
export const C_HASH = 0;
export const C_CHECK = 1;
export const C_SEQ = 2;
export const C_VALUES = 3;
/** Column offsets of a question row: then `ownWidth` values. */
export const Q_HASH = 0;
export const Q_CHECK = 1;
export const Q_SEQ = 2;
export const Q_PENDING = 3;
export const Q_READERS = 4;
export const Q_VALUES = 5;

export interface LinkBucket {
  /** The bucket's questions, row after row (width 5 + ownWidth). */
  questions: Float64Array;
  questionCount: number;
  /** Reads the bucket's candidates in input order, block by block (width 3 + linkedWidth). */
  candidates(each: (rows: Float64Array, count: number) => void): void;
}

export class LinkEntries {
  private readonly candidates: RowLog[];
  private readonly questions: RowLog[];
  private readonly spill: SpillArea;

  /**
   * `linkedWidth`/`ownWidth`: numbers kept per candidate / question;
   * `keepBytes`: Infinity keeps everything in memory, else filled blocks go to
   * a temporary file.
   */
  constructor(
    readonly linkedWidth: number,
    readonly ownWidth: number,
    private readonly count = 16,
    keepBytes = 0,
  ) {
    this.spill = new SpillArea(keepBytes);
    this.candidates = Array.from({ length: count }, () => new RowLog(C_VALUES + linkedWidth, this.spill));
    this.questions = Array.from({ length: count }, () => new RowLog(Q_VALUES + ownWidth, this.spill));
  }

  /** A linkable record's row (C_* layout). */
  candidate(row: ArrayLike<number>): void {
    this.candidates[row[C_HASH]! % this.count]!.push(row);
  }

  /** A waiting question's row (Q_* layout). */
  question(row: ArrayLike<number>): void {
    this.questions[row[Q_HASH]! % this.count]!.push(row);
  }

  /** Blocks on disk (for tests and measurements). */
  get spilled(): number {
    return [...this.candidates, ...this.questions].reduce((n, log) => n + log.spilled, 0);
  }

  /** Each bucket in turn (its questions in memory, its candidates streamed); the spill file is closed at the end. */
  *take(): Generator<LinkBucket> {
    for (let b = 0; b < this.count; b++) {
      const log = this.questions[b]!;
      const questionCount = log.length;
      const questions = new Float64Array(questionCount * log.width);
      let at = 0;
      log.read((rows, n) => {
        questions.set(rows.subarray(0, n * log.width), at);
        at += n * log.width;
      });
      const candidates = this.candidates[b]!;
      yield { questions, questionCount, candidates: (each) => candidates.read(each) };
    }
    this.spill.close();
  }
}
