/** The trend format registry: its keys are `trend --format` choices. */
import { trendCsv } from './csv.js';
import { fileNamesFor } from '../../../report/formats/file-names.js';
import { trendHtml } from './html.js';
import { trendJson } from './json.js';
import { trendMarkdown } from './markdown.js';
import { trendTerminal } from './terminal.js';
import type { TrendFormatter } from './types.js';

export const trendFormats = {
  terminal: trendTerminal,
  json: trendJson,
  csv: trendCsv,
  markdown: trendMarkdown,
  html: trendHtml,
} as const satisfies Record<string, TrendFormatter>;

export type TrendFormatName = keyof typeof trendFormats;

export const TREND_FILE_NAMES = fileNamesFor('trend', trendFormats);
