/**
 * docs/sampling.md's worked example is real: its worksheet, read from the page,
 * reviewed, gives the figures the page states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { ciText, count, percent } from '../../src/report/wording.js';
import { computeReview } from '../../src/workflow/review/index.js';
import { headline } from '../../src/workflow/review/formats/wording.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';

const page = readFileSync(join(packageRoot(), 'docs', 'sampling.md'), 'utf8');

function after(marker: string): string {
  const at = page.indexOf(marker);
  if (at < 0) throw new Error(`docs/sampling.md has no ${marker}`);
  return page.slice(at + marker.length);
}

const worksheet = /```csv\n([^]*?)```/.exec(after('<!-- worked-example:worksheet -->'))![1]!;
const figures = new Map(
  after('<!-- worked-example:figures -->')
    .split('\n\n')[0]!
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.split('|').map((c) => c.trim()))
    .map((cells) => [cells[1]!, cells[2]!] as const),
);

describe('docs/sampling.md worked example', () => {
  const r = computeReview([parseWorksheet(worksheet, 'worked.csv')]);
  const o = r.overall;

  it('the worksheet is complete and consistent', () => {
    expect(r.problems).toEqual([]);
    expect(r.strata.map((s) => [s.label, s.population, s.complete])).toEqual([
      ['Calderdale', 5, 1],
      ['Leeds', 4, 4],
    ]);
  });

  it.each([
    ['Headline', () => headline(r)],
    ['Crimes (Σx)', () => count(o.crimes)],
    ['Recorded correctly (Σy)', () => count(o.successes)],
    ['Records with a crime', () => count(o.records)],
    ['Complete sampled records', () => count(r.records.complete)],
    ['Rate R', () => percent(o.rate)],
    ['95% interval', () => ciText(o.ci95)],
    ['± h (points)', () => o.halfWidth!.toFixed(2)],
    ['Effective number of crimes', () => o.effectiveN!.toFixed(2)],
    ['Design effect D', () => o.designEffect!.toFixed(2)],
  ])('%s as the page states it', (figure, computed) => {
    expect(figures.get(figure)).toBe(computed());
  });
});
