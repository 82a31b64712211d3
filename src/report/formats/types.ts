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
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
