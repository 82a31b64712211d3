/** The progress format registry: its keys are `progress --format` choices. */
import { fileNamesFor } from '../../../report/formats/file-names.js';
import { progressHtml } from './html.js';
import { progressJson } from './json.js';
import { progressMarkdown } from './markdown.js';
import { progressTerminal } from './terminal.js';
import type { ProgressFormatter } from './types.js';

export const progressFormats = {
  terminal: progressTerminal,
  json: progressJson,
  markdown: progressMarkdown,
  html: progressHtml,
} as const satisfies Record<string, ProgressFormatter>;

export type ProgressFormatName = keyof typeof progressFormats;

export const PROGRESS_FILE_NAMES = fileNamesFor('progress', progressFormats);
