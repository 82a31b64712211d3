import type { Formatter } from './types.js';

/** Exactly the report object (spec/report.md), 2-space indent, trailing newline. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
