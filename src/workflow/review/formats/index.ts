/** The review format registry: its keys are `review --format` choices. */
import { reviewCsv } from './csv.js';
import { fileNamesFor } from '../../../report/formats/file-names.js';
import { reviewHtml } from './html.js';
import { reviewJson } from './json.js';
import { reviewMarkdown } from './markdown.js';
import { reviewTerminal } from './terminal.js';
import type { ReviewFormatter } from './types.js';

export const reviewFormats = {
  terminal: reviewTerminal,
  json: reviewJson,
  csv: reviewCsv,
  markdown: reviewMarkdown,
  html: reviewHtml,
} as const satisfies Record<string, ReviewFormatter>;

export type ReviewFormatName = keyof typeof reviewFormats;

export const REVIEW_FILE_NAMES = fileNamesFor('review', reviewFormats);

export type { ReviewFormatContext, ReviewFormatter } from './types.js';
