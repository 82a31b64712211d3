import { Z95 } from '../../report/stats/wilson.js';
import { toolVersion } from '../../version.js';
import { weightedRate } from '../stats/weighted-rate.js';
import type { ParsedWorksheet } from '../worksheet/read-worksheet.js';
import type { ReviewCell, ReviewProblem, ReviewResult } from './types.js';
import { readVerdict } from './verdicts.js';

interface Observation {
  district: string;
  success: boolean;
  weight: number;
}

const NONE = '(none)';

/**
 * The crime recording rate from completed worksheets: among rows with
 * should_be_crime = Y, the share with recorded_correctly = Y, overall and per
 * district. Under equal allocation each row is weighted by its stratum's
 * population / sample size (docs/sampling.md); otherwise every row counts once.
 * Missing, invalid and duplicated rows are listed and never counted.
 */
export function computeReview(sheets: readonly ParsedWorksheet[], verified: ReadonlySet<string> = new Set()): ReviewResult {
  const weighted = sheets.some((s) => s.header.allocation === 'equal');
  const problems: ReviewProblem[] = [];
  const observations: Observation[] = [];
  const seen = new Set<string>();
  const spellings = new Map<string, Map<string, number>>();
  let total = 0;
  let notCrime = 0;

  for (const sheet of sheets) {
    const strata = new Map(sheet.header.stratumTable.map((s) => [s.label, s]));
    for (const row of sheet.rows) {
      total++;
      const cell = (c: string) => row.cells.get(c) ?? '';
      const at = { file: sheet.path, line: row.line };
      const id = `${sheet.header.frameSha256}\u0000${cell('file')}\u0000${cell('line')}`;
      if (cell('file') !== '' && cell('line') !== '') {
        if (seen.has(id)) {
          problems.push({ ...at, column: 'line', kind: 'duplicate', message: `${cell('file')}:${cell('line')} is already in an earlier row of this sample` });
          continue;
        }
        seen.add(id);
      }
      const verdict = readVerdict(cell('should_be_crime'), cell('recorded_correctly'));
      if (verdict.kind === 'problem') {
        for (const p of verdict.problems) problems.push({ ...at, column: p.column, kind: p.kind, message: p.message });
        continue;
      }
      if (verdict.kind === 'not-crime') {
        notCrime++;
        continue;
      }
      let weight = 1;
      if (weighted) {
        const stratum = strata.get(cell('stratum'));
        if (!stratum || stratum.sample === 0) {
          problems.push({ ...at, column: 'stratum', kind: 'stratum', message: 'stratum is not one of the worksheet\'s "# stratum:" lines, so the row cannot be weighted' });
          continue;
        }
        weight = stratum.population / stratum.sample;
      }
      const spelled = cell('district').trim() || NONE;
      const district = spelled.toLowerCase();
      const counts = spellings.get(district) ?? new Map<string, number>();
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
      spellings.set(district, counts);
      observations.push({ district, success: verdict.recorded, weight });
    }
  }

  problems.sort((a, b) => sheetOrder(sheets, a.file) - sheetOrder(sheets, b.file) || a.line - b.line);
  const districts = [...spellings.keys()].sort().map((d) =>
    cell(mostFrequent(spellings.get(d)!), observations.filter((o) => o.district === d)),
  );
  const missing = problems.filter((p) => p.kind === 'missing').length;
  return {
    schemaVersion: 1,
    kind: 'ncrs-audit-review',
    tool: { name: 'ncrs-audit', version: toolVersion() },
    worksheets: sheets.map((s) => ({
      path: s.path,
      frameSha256: s.header.frameSha256,
      seed: s.header.seed,
      allocation: s.header.allocation,
      strata: s.header.strata,
      frameSize: s.header.frameSize,
      sampleSize: s.header.sampleSize,
      rows: s.rows.length,
      ...(verified.has(s.path) ? { frameVerified: true } : {}),
    })),
    method: {
      weighting: weighted ? 'stratum' : 'none',
      interval: weighted
        ? 'Wilson score interval on the Kish effective sample size, stratum weights = population / sample'
        : 'Wilson score interval',
      z: Z95,
    },
    rows: {
      total,
      counted: observations.length + notCrime,
      notCrime,
      shouldBeCrime: observations.length,
      missing,
      invalid: problems.length - missing,
    },
    overall: cell('(all)', observations),
    districts,
    problems,
    status: problems.length > 0 ? 'fail' : 'pass',
  };
}

function cell(key: string, observations: Observation[]): ReviewCell {
  const estimate = weightedRate(observations);
  return {
    key,
    shouldBeCrime: estimate.n,
    recorded: estimate.successes,
    rate: estimate.rate,
    ci95: estimate.ci95,
    effectiveN: estimate.effectiveN,
    weighted: estimate.weighted,
  };
}

function sheetOrder(sheets: readonly ParsedWorksheet[], path: string): number {
  return sheets.findIndex((s) => s.path === path);
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
