/**
 * What a reader of the review page sees first: the month in words, when it was
 * made, the rate with its interval in a neutral box (no standard to pass or
 * fail), a chart per stratum, and at most 50 problems listed.
 */
import { describe, expect, it } from 'vitest';
import { computeReview, publicResult, reviewFormats, type ReviewResult } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { crimesWorksheet, WORKED_RECORDS, WORKED_STRATA } from './helpers/crimes.js';
import { completedWorksheet, type SheetRow } from './helpers/worksheet.js';

const FORMATS = ['terminal', 'markdown', 'html'] as const;
const NOW = () => new Date('2026-11-02T09:05:31.417Z');
const render = (name: (typeof FORMATS)[number], r: ReviewResult) => reviewFormats[name](r, { color: false });
const worked = (text = crimesWorksheet(WORKED_RECORDS, WORKED_STRATA)) => computeReview([parseWorksheet(text, 'worked.csv')], { now: NOW });

/** The rendered text a reader reads (tags dropped from the HTML, entities of quotes undone). */
const readable = (name: (typeof FORMATS)[number], out: string) =>
  name === 'html' ? out.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'") : out;

describe('the month and when the review was made, near the top of every format', () => {
  const r = worked();

  it.each(FORMATS)('%s: title, month line and made line come before the headline', (name) => {
    const text = readable(name, render(name, r));
    const lines = text.split('\n').map((l) => l.replace(/^#+ |\*\*/g, '').trim()).filter(Boolean);
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    // (The HTML's <title> comes first, then the page's own heading.)
    expect(lines.slice(0, 4)).toContain('Crime recording rate, October 2026');
    expect(at('Month: October 2026 (a sample of incident records).')).toBeGreaterThan(-1);
    expect(lines[at('Made ')]).toBe('Made 2 November 2026, 09:05 UTC by ncrs-audit 0.1.0, from worksheet worked.csv.');
    expect(at('Made ')).toBeLessThan(at('We estimate that the force records 25.0 percent'));
    expect(at('Month: ')).toBeLessThan(at('Made '));
    expect(text).not.toContain('2026-11-02T09:05:31.417Z');
  });

  it.each([
    { periods: ['2026-10'], month: 'Month: October 2026 (a sample of incident records).', title: 'Crime recording rate, October 2026' },
    { periods: ['2026-10', '2026-09'], month: 'Months: September 2026, October 2026 (a sample of incident records).', title: 'Crime recording rate' },
    { periods: [null], month: 'Month: not stated (a sample of incident records drawn without --period).', title: 'Crime recording rate' },
  ])('$periods → "$month"', ({ periods, month, title }) => {
    const sheets = periods.map((period, i) => ({ ...r.worksheets[0]!, path: `w${i}.csv`, period }));
    const out = render('markdown', { ...r, worksheets: sheets });
    expect(out.split('\n')[0]).toBe(`# ${title}`);
    expect(out.split('\n')[2]).toBe(month);
  });

  it('keeps the exact time in the JSON', () => {
    expect(JSON.parse(reviewFormats.json(r, { color: false }))).toMatchObject({ generatedAt: '2026-11-02T09:05:31.417Z' });
  });
});

describe('the headline rate: with its interval, in a neutral box', () => {
  const r = worked();

  it('html: no green pass box; the rate, its interval and what it is read against', () => {
    const out = render('html', r);
    expect(out).not.toContain('class="verdict pass"');
    const box = /<div class="headline">([\s\S]*?)<\/div>/.exec(out)?.[1] ?? '';
    expect(box).toContain('We estimate that the force records 25.0 percent');
    expect(box).toContain('95% interval 6.4% to 61.9%: the force&#39;s rate is likely to lie in this range.');
    expect(box).toContain('No national standard is set for this rate; 100% would mean every crime was recorded correctly.');
  });

  it.each(FORMATS)('%s: "95% interval", never "95% CI"', (name) => {
    const out = render(name, computeReview([parseWorksheet(crimesWorksheet(WORKED_RECORDS, WORKED_STRATA), 'w.csv')], { by: ['district', 'offence-group'], recordedTotal: 1000 }));
    expect(out).toContain('95% interval');
    expect(out).not.toContain('95% CI');
  });

  it('worksheet problems, not the rate, are what is flagged in red', () => {
    const gaps = crimesWorksheet(WORKED_RECORDS, WORKED_STRATA).replace(',,Y,Y,A. Auditor,', ',,Y,,A. Auditor,');
    const out = render('html', worked(gaps));
    expect(out).toContain('<p class="verdict fail">1 problem in the worksheets (the records concerned are left out); the figures are from complete records only.</p>');
  });
});

describe('html: a chart of the rate with its 95% interval per stratum', () => {
  const out = render('html', worked());
  const svg = /<svg [\s\S]*?<\/svg>/.exec(out)?.[0] ?? '';

  it('one row per stratum in the estimate and one for all, each a dot on its interval', () => {
    expect(out.match(/<svg /g)).toHaveLength(1);
    expect(svg).toContain('<title id="by-stratum-title">Crime recording rate by stratum, with 95% intervals; dashed line: the overall rate</title>');
    expect([...svg.matchAll(/class="label"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Calderdale', 'Leeds', 'All']);
    // Calderdale 0 of 3 (Wilson 0.0%–56.1%), Leeds 5 of 5, all 25.0% (6.4%–61.9%): three dots, three intervals.
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/class="interval"/g)).toHaveLength(3);
    expect(svg).toMatch(/<desc id="by-stratum-desc">Calderdale: 0\.0% ± 28\.07 \(95% interval 0\.0%–56\.1%\); Leeds: 100\.0% ± [\d.]+ \(95% interval [\d.]+%–100\.0%\); All: 25\.0% ± 27\.73 \(95% interval 6\.4%–61\.9%\)/);
  });

  it('the overall rate is the dashed reference line, not a threshold', () => {
    expect(svg).toContain('data-reference="0.25"');
    expect(svg).toContain('>overall 25.0%</text>');
    expect(svg).not.toContain('class="threshold"');
  });

  it('the interval is drawn where the rate is: the overall dot lies inside its line', () => {
    const lines = [...svg.matchAll(/M([\d.]+) [\d.]+H([\d.]+)" class="interval"/g)];
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)"/g)];
    const [, x1, x2] = lines.at(-1)!;
    const cx = Number(dots.at(-1)![1]);
    expect(cx).toBeGreaterThan(Number(x1));
    expect(cx).toBeLessThan(Number(x2));
  });

  it('--public: a hidden stratum is a labelled row with no dot and no line, never a mark at zero', () => {
    // Airedale 25 of 30 shown; Bingley 8 of 10 (2 not recorded) hidden, and Craven (the smallest shown) with it.
    const block = (stratum: string, crimes: number, correct: number) => Array.from({ length: crimes }, (_, i) => ({ stratum, crimes: [{ correct: i < correct ? 'Y' : 'N' }] }));
    const strata = [
      { label: 'Airedale', population: 300, sample: 30 },
      { label: 'Bingley', population: 100, sample: 10 },
      { label: 'Craven', population: 120, sample: 12 },
    ];
    const full = computeReview([parseWorksheet(crimesWorksheet([...block('Airedale', 30, 25), ...block('Bingley', 10, 8), ...block('Craven', 12, 6)], strata), 'w.csv')], { now: NOW });
    const chart = /<svg [\s\S]*?<\/svg>/.exec(render('html', publicResult(full)))?.[0] ?? '';
    expect(chart.match(/data-suppressed="true">fewer than 5: not published</g)).toHaveLength(2);
    expect(chart.match(/<circle /g)).toHaveLength(2); // Airedale and all
    expect(chart.match(/class="interval"/g)).toHaveLength(2);
    expect(chart).toContain('Bingley: fewer than 5: not published');
  });

  it('with --by district on worksheets stratified by district, the strata are not shown twice', () => {
    const both = render('html', computeReview([parseWorksheet(crimesWorksheet(WORKED_RECORDS, WORKED_STRATA), 'w.csv')], { by: ['district'] }));
    expect(both).not.toContain('By stratum');
    expect(both).toContain('<h2>By district</h2>');
  });
});

describe('problems: the first 50, then "and N more"', () => {
  /** A worksheet of `n` records whose verdicts were never filled in. */
  const unfilled = (n: number) => {
    const rows: SheetRow[] = Array.from({ length: n }, (_, i) => ({ district: i % 2 ? 'Leeds' : 'Bradford', verdict: { should: '', recorded: '' } }));
    return computeReview([parseWorksheet(completedWorksheet(rows), 'team/w.csv')]);
  };
  const listed: Record<(typeof FORMATS)[number], RegExp> = {
    terminal: /^ {2}w\.csv:\d+ {2}should_be_crime is empty$/gm,
    markdown: /^\| w\.csv:\d+ \| should\\_be\\_crime is empty \|$/gm, // Markdown escapes the underscores
    html: /<tr><td>w\.csv:\d+<\/td><td>should_be_crime is empty<\/td><\/tr>/g,
  };

  it.each(FORMATS.flatMap((format) => [1, 50, 51, 686].map((missing) => ({ format, missing }))))('$format, $missing missing', ({ format, missing }) => {
    const r = unfilled(missing);
    expect(r.problems).toHaveLength(missing);
    const out = render(format, r);
    expect(out.match(listed[format]) ?? []).toHaveLength(Math.min(missing, 50));
    const more = missing > 50 ? `and ${missing - 50} more (the JSON and CSV formats list every one).` : null;
    if (more) expect(out).toContain(more);
    else expect(out).not.toMatch(/and [\d,]+ more/);
    expect(out).toContain(`${missing} ${missing === 1 ? 'problem' : 'problems'} in the worksheets`);
    // One note per stratum, not two: Bradford and (from 2 records) Leeds, every record left out.
    const notes = readable(format, out).match(/Stratum '(Bradford|Leeds)' \(population [\d,]+\): no complete record \([\d,]+ of [\d,]+ left out, a row missing or invalid\), so it is outside the estimate\./g);
    expect(notes).toHaveLength(missing > 1 ? 2 : 1);
    expect(out).not.toMatch(/: [\d,]+ of [\d,]+ records? left out/);
  });

  it('the JSON and CSV keep every problem', () => {
    const r = unfilled(686);
    expect(JSON.parse(reviewFormats.json(r, { color: false })).problems).toHaveLength(686);
    expect(reviewFormats.csv(r, { color: false }).split('\n').filter((l) => l.startsWith('problem:missing,'))).toHaveLength(686);
  });
});
