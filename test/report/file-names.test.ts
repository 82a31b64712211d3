import { describe, expect, it } from 'vitest';
import { REPORT_FILE_NAMES } from '../../src/report/formats/index.js';
import { DIFF_FILE_NAMES } from '../../src/workflow/diff/index.js';
import { REVIEW_FILE_NAMES } from '../../src/workflow/review/index.js';
import { TREND_FILE_NAMES } from '../../src/workflow/trend/index.js';

describe('file names in an --out folder', () => {
  it.each([
    ['audit', REPORT_FILE_NAMES, { json: 'report.json', csv: 'report.csv', markdown: 'report.md', html: 'report.html', junit: 'report.junit.xml' }],
    ['review', REVIEW_FILE_NAMES, { json: 'review.json', csv: 'review.csv', markdown: 'review.md', html: 'review.html' }],
    ['trend', TREND_FILE_NAMES, { json: 'trend.json', csv: 'trend.csv', markdown: 'trend.md', html: 'trend.html' }],
    ['diff', DIFF_FILE_NAMES, { markdown: 'diff.md', json: 'diff.json' }],
  ])('%s: one per format but terminal', (_command, names, expected) => {
    expect(names).toEqual(expected);
  });
});
