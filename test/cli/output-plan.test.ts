/** One output plan for every command (cli.md `--format` / `--out`), as rows. */
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/cli/format-output.js';

type F = 'terminal' | 'json' | 'csv';
const NAMES = { json: 'x.json', csv: 'x.csv' } as const;

describe('planOutputs', () => {
  it.each<{ formats: F[]; out?: string; summary: boolean; stdout: F | null; files: string[] }>([
    { formats: ['json'], summary: true, stdout: 'json', files: [] },
    { formats: ['json'], out: '-', summary: false, stdout: 'json', files: [] },
    // audit: the terminal summary beside a file; workflow commands: the file only
    { formats: ['json'], out: 'r.json', summary: true, stdout: 'terminal', files: ['json:r.json'] },
    { formats: ['json'], out: 'r.json', summary: false, stdout: null, files: ['json:r.json'] },
    { formats: ['terminal'], out: 'r.txt', summary: true, stdout: null, files: ['terminal:r.txt'] },
    // several formats: one file each in the folder
    { formats: ['json', 'csv'], out: 'out/', summary: true, stdout: 'terminal', files: ['json:out/x.json', 'csv:out/x.csv'] },
    { formats: ['json', 'csv'], out: 'out', summary: false, stdout: null, files: ['json:out/x.json', 'csv:out/x.csv'] },
    { formats: ['terminal', 'csv'], out: 'out', summary: false, stdout: 'terminal', files: ['csv:out/x.csv'] },
  ])('$formats --out $out (summary $summary)', ({ formats, out, summary, stdout, files }) => {
    const plan = planOutputs(formats, out, NAMES, { summary });
    expect(plan.stdout).toBe(stdout);
    expect(plan.files.map((f) => `${f.format}:${f.path}`)).toEqual(files);
    expect(plan.folder).toBe(formats.length > 1 ? out : null);
  });

  it.each([undefined, '-'])('several formats with --out %s are a usage error', (out) => {
    expect(() => planOutputs<F>(['json', 'csv'], out, NAMES, { summary: false })).toThrow(/several formats need --out <folder>/);
  });
});
