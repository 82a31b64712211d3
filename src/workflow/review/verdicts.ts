import { shown } from './shown.js';

/**
 * One worksheet row's verdict. `should_be_crime` empty, or Y with
 * `recorded_correctly` empty, is missing; anything but Y/N (any case) is invalid.
 * Neither is ever counted.
 */
export type Verdict = { kind: 'not-crime' } | { kind: 'crime'; recorded: boolean } | { kind: 'problem'; problems: VerdictProblem[] };

export interface VerdictProblem {
  column: 'should_be_crime' | 'recorded_correctly';
  kind: 'missing' | 'invalid';
  message: string;
}

export function readVerdict(shouldBeCrime: string, recordedCorrectly: string): Verdict {
  const should = yesNo(shouldBeCrime);
  const recorded = yesNo(recordedCorrectly);
  const problems: VerdictProblem[] = [];
  if (should === 'empty') problems.push({ column: 'should_be_crime', kind: 'missing', message: 'should_be_crime is empty' });
  else if (should === 'invalid') problems.push(invalid('should_be_crime', shouldBeCrime));
  if (recorded === 'invalid') problems.push(invalid('recorded_correctly', recordedCorrectly));
  else if (should === 'Y' && recorded === 'empty') {
    problems.push({ column: 'recorded_correctly', kind: 'missing', message: 'recorded_correctly is empty but should_be_crime is Y' });
  }
  if (problems.length > 0) return { kind: 'problem', problems };
  return should === 'N' ? { kind: 'not-crime' } : { kind: 'crime', recorded: recorded === 'Y' };
}

/** Y or N in any case, surrounding spaces ignored. */
export function yesNo(value: string): 'Y' | 'N' | 'empty' | 'invalid' {
  const v = value.trim().toUpperCase();
  if (v === '') return 'empty';
  return v === 'Y' || v === 'N' ? v : 'invalid';
}

function invalid(column: VerdictProblem['column'], value: string): VerdictProblem {
  return { column, kind: 'invalid', message: `${column} must be Y or N, not '${shown(value.trim())}'` };
}
