/** The format registry: its keys are the `--format` choices. */
import { csvChunks, formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson, jsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatTerminal } from './terminal.js';
import type { Report } from '../schema.js';
import type { FormatContext, Formatter } from './types.js';
import { fileNamesFor } from './file-names.js';

export const formats = {
  terminal: formatTerminal,
  json: formatJson,
  csv: formatCsv,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formats;

/**
 * Formats that can also be produced piece by piece (the same bytes), so the CLI
 * can stream large worklists to disk instead of building one huge string.
 */
export const chunkedFormats: Partial<Record<FormatName, (report: Report, ctx: FormatContext) => Iterable<string>>> = {
  json: jsonChunks,
  csv: csvChunks,
};
export const FORMAT_NAMES = Object.keys(formats) as FormatName[];

/** File name of each format inside an --out folder (cli.md). */
export const REPORT_FILE_NAMES = fileNamesFor('report', formats);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

export type { FormatContext, Formatter } from './types.js';
