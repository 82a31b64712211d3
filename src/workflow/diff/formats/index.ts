/** The diff format registry: its keys are `diff --format` choices. */
import { diffJson } from './json.js';
import { fileNamesFor } from '../../../report/formats/file-names.js';
import { diffMarkdown } from './markdown.js';
import { diffTerminal } from './terminal.js';
import type { DiffFormatter } from './types.js';

export const diffFormats = {
  terminal: diffTerminal,
  markdown: diffMarkdown,
  json: diffJson,
} as const satisfies Record<string, DiffFormatter>;

export type DiffFormatName = keyof typeof diffFormats;

export const DIFF_FILE_NAMES = fileNamesFor('diff', diffFormats);
