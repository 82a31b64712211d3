/**
 * A trend page names its months in words and says when it was made, in every
 * rendered format (a panel member reads the printout months later).
 */
import { describe, expect, it } from 'vitest';
import { computeTrend, trendFormats } from '../../src/workflow/trend/index.js';
import { makeReport, threeMonths } from './helpers/reports.js';

const now = () => new Date('2026-11-29T11:58:07.123Z');

describe('trend title and made line', () => {
  it.each([
    { name: 'three months', reports: threeMonths(), title: 'Compliance by month, August 2026 to October 2026', made: 'from 3 reports.' },
    { name: 'one month', reports: [threeMonths()[2]!], title: 'Compliance by month, October 2026', made: 'from 1 report.' },
    {
      name: 'a report without a period is named by its file',
      reports: [{ ...makeReport('2026-10', [{ id: 'NCRS-001', applicable: 10, passed: 10 }]), period: null }],
      title: 'Compliance by month, m0.json',
      made: 'from 1 report.',
    },
  ])('$name', ({ reports, title, made }) => {
    const trend = computeTrend(
      reports.map((report, i) => ({ path: `m${i}.json`, report })),
      { now },
    );
    expect(trend.generatedAt).toBe('2026-11-29T11:58:07.123Z');
    const rendered = {
      terminal: trendFormats.terminal(trend, { color: false }),
      markdown: trendFormats.markdown(trend, { color: false }),
      html: trendFormats.html(trend, { color: false }),
    };
    for (const [format, text] of Object.entries(rendered)) {
      expect(text, format).toContain(title);
      expect(text, format).toMatch(new RegExp(`Made 29 November 2026, 11:58 UTC by ncrs-audit \\S+, ${made.replace('.', '\\.')}`));
      expect(text, format).not.toContain('11:58:07.123');
    }
    expect(rendered.markdown.startsWith(`# ${title}\n`)).toBe(true);
    expect(rendered.html).toContain(`<h1>${title}</h1>`);
  });
});
