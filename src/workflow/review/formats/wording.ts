/** Words shared by the review formats. */
import { basename } from 'node:path';
import type { DistrictRow } from '../../../report/panel/panel-model.js';
import { madeBy } from '../../../report/human-date.js';
import { ciText, count, percent, periodWords, plural } from '../../../report/wording.js';
import { capped } from '../../../report/worklist.js';
import type { ReviewCell, ReviewDimension, ReviewProblem, ReviewResult } from '../types.js';

export const FEWER_THAN_5 = 'fewer than 5';
export const NO_CRIMES = 'no crimes in the sample';

/** "94.6 percent": one decimal, never rounded up to 100 or down to 0 (report/wording). */
export function ratePoints(rate: number): string {
  return percent(rate).replace('%', ' percent');
}

/** HMICFRS's "± h": half the interval's width in percentage points, to 2 decimals. */
export function plusMinus(c: ReviewCell): string {
  return c.halfWidth === null ? '—' : `± ${c.halfWidth.toFixed(2)}`;
}

/**
 * The headline in the words of HMICFRS's crime data integrity reports ("We
 * estimate that the force records 94.6 percent (with a confidence interval of
 * +/- 1.64 percent) of all reported crime"), scoped to the frame sampled.
 */
export function headline(r: ReviewResult): string {
  const o = r.overall;
  if (o.suppressed) return `Crime recording rate not published: ${FEWER_THAN_5} crimes were recorded correctly, or ${FEWER_THAN_5} were not.`;
  if (o.rate === null || o.halfWidth === null) return `Crime recording rate: ${NO_CRIMES} (no sampled record should have produced a crime).`;
  return `We estimate that the force records ${ratePoints(o.rate)} (with a confidence interval of +/- ${o.halfWidth.toFixed(2)} percent) of reported crime ${scope(r)}.`;
}

/** The months the worksheets' frames were drawn from, in words ("October 2026"); [] when none was given. */
function months(r: ReviewResult): string[] {
  const periods = [...new Set(r.worksheets.map((w) => w.period))];
  return periods.every((p) => p !== null) ? periods.sort().map((p) => periodWords(p)) : [];
}

/** The page title: "Crime recording rate, October 2026" when the sample is of one month. */
export function title(r: ReviewResult): string {
  const m = months(r);
  return m.length === 1 ? `Crime recording rate, ${m[0]}` : 'Crime recording rate';
}

/** The month audited, first thing under the title. */
export function monthLine(r: ReviewResult): string {
  const m = months(r);
  const types = [...new Set(r.worksheets.map((w) => w.recordType))];
  const what = types.length === 1 && types[0] ? `a sample of ${types[0]} records` : 'a sample of records';
  if (m.length === 0) return `Month: not stated (${what} drawn without --period).`;
  return `${m.length === 1 ? 'Month' : 'Months'}: ${m.join(', ')} (${what}).`;
}

/** When the review was made and from what, in words (the JSON keeps the exact time). */
export function madeLine(r: ReviewResult): string {
  const sheets = r.worksheets.map((w) => basename(w.path));
  const from = sheets.length === 1 ? `worksheet ${sheets[0]}` : `${sheets.length} worksheets`;
  return `${madeBy(r.generatedAt, r.tool.version)}, from ${from}.`;
}

/**
 * The rate with what it is read against: its interval, and 100% (every crime
 * recorded correctly). There is no national standard for this rate, so the page
 * shows no pass or fail colour for it.
 */
export function intervalLine(r: ReviewResult): string | null {
  const o = r.overall;
  if (o.rate === null || !o.ci95) return null;
  return `95% interval ${ciText(o.ci95, ' to ')}: the force's rate is likely to lie in this range. No national standard is set for this rate; 100% would mean every crime was recorded correctly.`;
}

/** "in October 2026 (from a sample of incident records)", from the worksheets' frames. */
function scope(r: ReviewResult): string {
  const periods = [...new Set(r.worksheets.map((w) => w.period))];
  const types = [...new Set(r.worksheets.map((w) => w.recordType))];
  const when = periods.length === 1 && periods[0] ? `in ${periodWords(periods[0])}` : 'in the period sampled';
  const what = types.length === 1 && types[0] ? `a sample of ${types[0]} records` : 'a sample of records';
  return `${when} (from ${what})`;
}

/** What the figure is made of: crimes, records, design effect. */
export function factsLine(r: ReviewResult): string {
  const o = r.overall;
  const parts = [
    `${count(o.crimes)} ${plural(o.crimes, 'crime')} should have been recorded from ${count(o.records)} of the ${count(r.records.complete)} complete sampled ${plural(r.records.complete, 'record')}`,
  ];
  if (o.successes !== null) parts.push(`${count(o.successes)} recorded correctly`);
  if (o.designEffect !== null) parts.push(`design effect ${o.designEffect.toFixed(2)}`);
  if (o.effectiveN !== null) parts.push(`effective number of crimes ${o.effectiveN.toFixed(1)}`);
  if (r.records.leftOut > 0) parts.push(`${count(r.records.leftOut)} ${plural(r.records.leftOut, 'record')} left out (a row missing or invalid)`);
  return `${parts.join('; ')}.`;
}

/** The `recorded` / `recorded_within_24h` rates and the not-recorded estimate, when present. */
export function extraLines(r: ReviewResult): string[] {
  const lines: string[] = [];
  const rateOf = (c: ReviewCell) =>
    c.suppressed ? `not published (${FEWER_THAN_5})` : c.rate === null ? NO_CRIMES : `${percent(c.rate)} (95% interval ${ciText(c.ci95)}, ${plusMinus(c)} points)`;
  if (r.recorded) lines.push(`Recorded at all (column recorded): ${rateOf(r.recorded)}.`);
  if (r.recordedWithin24h) lines.push(`Recorded within 24 hours (column recorded_within_24h): ${rateOf(r.recordedWithin24h)}.`);
  const n = r.notRecorded;
  if (n) {
    const basis = n.basis === 'recorded' ? 'the share recorded at all (column recorded)' : 'the crime recording rate (no recorded column was filled)';
    if (n.estimate === null) {
      lines.push(`Crimes not recorded: no estimate from ${count(n.recordedTotal)} crimes recorded and ${basis}.`);
    } else {
      const hi = n.ci95?.[1] === null ? 'no upper bound' : count(Math.round(n.ci95![1]));
      const interval = n.ci95 ? ` (95% interval ${count(Math.round(n.ci95[0]))} to ${hi})` : '';
      lines.push(`Crimes not recorded: about ${count(Math.round(n.estimate))}${interval}, from ${count(n.recordedTotal)} crimes recorded and ${basis}.`);
    }
  }
  return lines;
}

export const DIMENSION_WORDS: Record<ReviewDimension, string> = { district: 'District', 'offence-group': 'Offence group (Police.uk category)' };

export const CELL_HEADINGS = ['Crimes', 'Records', 'Recorded correctly', 'Rate', '95% interval', '± points', 'Design effect'];

export function cellCells(c: ReviewCell): string[] {
  if (c.suppressed) return [count(c.crimes), count(c.records), FEWER_THAN_5, FEWER_THAN_5, '—', '—', '—'];
  return [
    count(c.crimes),
    count(c.records),
    c.successes === null ? '—' : count(c.successes),
    percent(c.rate),
    ciText(c.ci95),
    c.halfWidth === null ? '—' : c.halfWidth.toFixed(2),
    c.designEffect === null ? '—' : c.designEffect.toFixed(2),
  ];
}

/** A cell's value as the chart and its description show it: "81.7% ± 6.01". */
export function cellValue(c: ReviewCell): string {
  return c.suppressed ? `${FEWER_THAN_5}: not published` : c.rate === null ? NO_CRIMES : `${percent(c.rate)} ${plusMinus(c)}`;
}

/**
 * The strata to chart and tabulate, or null when a `--by district` section
 * already shows the same cells (the worksheets were stratified by district alone).
 */
export function strataShown(r: ReviewResult): ReviewCell[] | null {
  const sameAsDistricts = r.by.some((b) => b.dimension === 'district') && r.worksheets.every((w) => w.strata.length === 1 && w.strata[0] === 'district');
  return sameAsDistricts || r.byStratum.length === 0 ? null : r.byStratum;
}

/** How many problems a page lists before "and N more": an unfilled worksheet has hundreds. */
export const PROBLEMS_LISTED = 50;

/** The first PROBLEMS_LISTED problems, and the sentence for the rest (null when none is left out). */
export function problemsListed(r: ReviewResult): { listed: ReviewProblem[]; more: string | null } {
  const { items, more } = capped(r.problems, PROBLEMS_LISTED);
  return { listed: items, more: more > 0 ? `and ${count(more)} more (the JSON and CSV formats list every one).` : null };
}

/** Where a problem is: the worksheet's name (no folders: pages travel) and line. */
export function problemWhere(p: ReviewProblem): string {
  return `${basename(p.file)}:${p.line}`;
}

/** A domain as a chart row (the panel report's bar charts draw rate and interval). */
export function chartRow(c: ReviewCell): DistrictRow {
  return {
    key: c.key,
    label: c.key === '(all)' ? 'All' : c.key,
    applicable: count(c.crimes),
    met: c.successes === null ? '—' : count(c.successes),
    rate: c.rate,
    rateText: c.suppressed ? FEWER_THAN_5 : c.rate === null ? NO_CRIMES : `${percent(c.rate)} ${plusMinus(c)}`,
    ci95: c.ci95,
    ciText: ciText(c.ci95),
    suppressed: c.suppressed === true,
    verdict: null,
    verdictWords: '',
  };
}

/** Strata the reader must know about: outside the estimate, one record, records left out. */
export function strataNotes(r: ReviewResult): string[] {
  const notes: string[] = [];
  for (const s of r.strata) {
    const name = `Stratum '${s.label}' (population ${count(s.population)})`;
    if (s.sample === 0) notes.push(`${name}: no record sampled, so it is outside the estimate.`);
    else if (s.complete === 0) {
      // One line, not two, for each stratum of an unfilled worksheet.
      notes.push(`${name}: no complete record (${count(s.leftOut)} of ${count(s.records)} left out, a row missing or invalid), so it is outside the estimate.`);
      continue;
    } else if (s.singleRecord) notes.push(`${name}: one record stands for ${count(s.population)}; its variance is taken from that record alone.`);
    if (s.leftOut > 0) notes.push(`${name}: ${count(s.leftOut)} of ${count(s.records)} ${plural(s.records, 'record')} left out (a row missing or invalid).`);
  }
  return notes;
}

/**
 * The methods note: what is counted, and why the interval is wider than one that
 * treats every crime as an independent draw.
 */
export function methodsParagraphs(r: ReviewResult): string[] {
  const deff = r.overall.designEffect;
  const paragraphs = [
    'What is counted: crimes, as HMICFRS counts them. Each sampled record is read by an auditor, who lists every crime it should have produced ' +
      '(one incident can disclose several offences, or have several victims). The rate is the share of those crimes that were recorded and correctly classified. ' +
      'A record that disclosed no crime still counts as sampled.',
    'How it is estimated: each crime carries the weight of its stratum (the records in the stratum over the records sampled from it), and the rate is ' +
      'the weighted crimes recorded correctly over the weighted crimes that should have been recorded.',
    'Why the interval is wider than a naive one: the crimes of one record are not independent. An incident that was never looked at loses all of its crimes at once, ' +
      'so the sample holds fewer independent pieces of evidence than it holds crimes. The interval therefore treats each sampled record, not each crime, as the unit ' +
      '(variance by linearisation, stratum by stratum), and converts that variance into an effective number of crimes for a Wilson interval. ' +
      designEffectWords(deff),
    `"± h" is half the width of the 95% interval in percentage points (z = ${r.method.z}), as HMICFRS prints it.`,
  ];
  if (r.public) paragraphs.push(`Figures from ${FEWER_THAN_5} crimes recorded correctly (or not) are not published, nor figures that would let them be worked out.`);
  return paragraphs;
}

function designEffectWords(deff: number | null): string {
  if (deff === null) return 'The design effect cannot be computed when the rate is 0% or 100%, or there are no crimes.';
  const d = deff.toFixed(2);
  return deff < 1
    ? `Here the design effect is ${d}, below 1: stratification gained more than the clustering of crimes cost, so the interval is narrower than a naive one this time.`
    : `Here the design effect is ${d}: the variance is ${d} times what the same number of independent crimes would give.`;
}

export function problemsHeading(r: ReviewResult): string {
  return `${r.problemCount} ${plural(r.problemCount, 'problem')} in the worksheets (the records concerned are left out)`;
}
