/**
 * Progress on stderr for long audits: rows read, rows per second, elapsed time,
 * redrawn in place at most four times a second — and only when stderr is a
 * terminal, so logs and pipes never see it.
 */
import type { CliIo } from './io.js';

export interface Progress {
  update(rowsRead: number): void;
  /** Clears the progress line (call before printing the summary). */
  done(): void;
}

const INTERVAL_MS = 250;
const SILENT: Progress = { update() {}, done() {} };

export function createProgress(io: CliIo, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || io.stderr.isTTY !== true) return SILENT;
  const start = now();
  let last = start;
  let shown = false;
  return {
    update(rowsRead) {
      const t = now();
      if (t - last < INTERVAL_MS) return;
      last = t;
      shown = true;
      io.stderr.write(`\r\x1b[K${progressLine(rowsRead, t - start)}`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** "1,234,567 rows read · 98,765 rows/s · 12.5s" */
export function progressLine(rowsRead: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(rowsRead / seconds) : 0;
  return `${group(rowsRead)} rows read · ${group(rate)} rows/s · ${formatElapsed(seconds)}`;
}

function formatElapsed(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
