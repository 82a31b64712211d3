import type { Report } from '../schema.js';

/** What a formatter may know besides the report. Everything else is in the report. */
export interface FormatContext {
  /** ANSI colour (terminal only); the CLI decides from --no-color, NO_COLOR and TTY. */
  color: boolean;
  /** Earlier months' reports (--compare), in any order; the panel report sorts them by period. */
  compare?: Report[];
  /** Paths of the report files written by this run, for the terminal summary. */
  written?: string[];
  /** --include-details was given (free text may appear). */
  includeDetails?: boolean;
  /** What leads the panel page besides the report: --review and --notes (cli.md). */
  panel?: PanelExtras;
  /** Where the CSV worklist is, or the command that writes it (the terminal's "what to do next"). */
  worklist?: WorklistPointer;
}

/** The CLI knows how the run was invoked; the report does not. */
export type WorklistPointer = { written: string } | { command: string };

/** The month's crime recording rate from `review` (its month equals the report's). */
export interface RecordingRate {
  rate: number | null;
  ci95: [number, number] | null;
  /** Crimes in the sample behind the rate. */
  crimes: number;
  suppressed: boolean;
}

export interface PanelExtras {
  recording?: RecordingRate;
  /** The registrar's text per rule id (--notes). */
  notes?: Record<string, string>;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
