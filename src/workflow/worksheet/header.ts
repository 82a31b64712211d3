/**
 * The worksheet's leading `#` lines: everything needed to re-draw the sample
 * and to weight its verdicts. One `key: value` per line; values that could hold
 * any character (paths, labels) are JSON strings. The worksheet holds no clock
 * time, so the same seed and frame give a byte-identical file.
 */
import type { Allocation } from '../sample/allocate.js';
import { WORKSHEET_FORMAT, WORKSHEET_MAGIC } from './columns.js';

export interface WorksheetStratum {
  label: string;
  population: number;
  sample: number;
  /** Where its `# stratum:` line is, when read from a file. */
  line?: number;
}

export interface WorksheetHeader {
  format: number;
  toolVersion: string;
  seed: number;
  frameSha256: string;
  inputs: string[];
  profile: string;
  period: string | null;
  districts: string[];
  recordType: string | null;
  strata: string[];
  allocation: Allocation;
  frameSize: number;
  sampleSize: number;
  /** How the size was chosen, in words (e.g. the margin calculation). */
  sizeRule: string;
  stratumTable: WorksheetStratum[];
}

export function headerLines(h: WorksheetHeader): string[] {
  return [
    `# ${WORKSHEET_MAGIC} (format ${h.format})`,
    '# Fill in should_be_crime (Y/N); when it is Y, recorded_correctly (Y/N); auditor; notes. One row per crime, see docs/sampling.md.',
    '# Keep the lines starting with # unchanged: they let anyone re-draw and weight this sample.',
    `# tool: ncrs-audit ${h.toolVersion}`,
    `# seed: ${h.seed}`,
    `# frame-sha256: ${h.frameSha256}`,
    `# inputs: ${JSON.stringify(h.inputs)}`,
    `# profile: ${JSON.stringify(h.profile)}`,
    `# period: ${h.period ?? '(all)'}`,
    `# districts: ${JSON.stringify(h.districts)}`,
    `# record-type: ${h.recordType ?? '(all)'}`,
    `# strata: ${h.strata.join(',')}`,
    `# allocation: ${h.allocation}`,
    `# frame-size: ${h.frameSize}`,
    `# sample-size: ${h.sampleSize}`,
    `# size-rule: ${h.sizeRule}`,
    ...h.stratumTable.map((s) => `# stratum: ${JSON.stringify(s.label)} population=${s.population} sample=${s.sample}`),
  ];
}

/** Parses the `#` lines (without the `#`); throws a message (no location) when one is unusable. */
export function parseHeader(lines: { text: string; line: number }[]): { header: WorksheetHeader; problems: { line: number; message: string }[] } {
  const problems: { line: number; message: string }[] = [];
  const h: WorksheetHeader = {
    format: 0,
    toolVersion: '',
    seed: Number.NaN,
    frameSha256: '',
    inputs: [],
    profile: 'canonical',
    period: null,
    districts: [],
    recordType: null,
    strata: [],
    allocation: 'proportional',
    frameSize: 0,
    sampleSize: 0,
    sizeRule: '',
    stratumTable: [],
  };
  for (const { text, line } of lines) {
    const magic = new RegExp(`^${WORKSHEET_MAGIC} \\(format (\\d+)\\)$`).exec(text);
    if (magic) {
      h.format = Number(magic[1]);
      continue;
    }
    const m = /^([a-z0-9-]+):\s?(.*)$/.exec(text);
    if (!m) continue; // prose lines
    const [, key, value] = m as unknown as [string, string, string];
    try {
      assign(h, key, value.trim(), line);
    } catch (error) {
      problems.push({ line, message: `'${key}': ${(error as Error).message}` });
    }
  }
  if (h.format === 0) problems.push({ line: 1, message: `not an ncrs-audit worksheet (no '# ${WORKSHEET_MAGIC}' line)` });
  else if (h.format > WORKSHEET_FORMAT) problems.push({ line: 1, message: `worksheet format ${h.format} is newer than this tool reads (${WORKSHEET_FORMAT})` });
  return { header: h, problems };
}

function assign(h: WorksheetHeader, key: string, value: string, line: number): void {
  switch (key) {
    case 'tool':
      h.toolVersion = value.replace(/^ncrs-audit /, '');
      return;
    case 'seed':
      h.seed = int(value);
      return;
    case 'frame-sha256':
      if (!/^[0-9a-f]{64}$/.test(value)) throw new Error('not a SHA-256');
      h.frameSha256 = value;
      return;
    case 'inputs':
      h.inputs = stringArray(value);
      return;
    case 'profile':
      h.profile = jsonString(value);
      return;
    case 'period':
      h.period = value === '(all)' ? null : value;
      return;
    case 'districts':
      h.districts = stringArray(value);
      return;
    case 'record-type':
      h.recordType = value === '(all)' ? null : value;
      return;
    case 'strata':
      h.strata = value.split(',').filter(Boolean);
      return;
    case 'allocation':
      if (value !== 'proportional' && value !== 'equal') throw new Error(`unknown allocation '${value}'`);
      h.allocation = value;
      return;
    case 'frame-size':
      h.frameSize = int(value);
      return;
    case 'sample-size':
      h.sampleSize = int(value);
      return;
    case 'size-rule':
      h.sizeRule = value;
      return;
    case 'stratum': {
      const m = /^("(?:[^"\\]|\\.)*") population=(\d+) sample=(\d+)$/.exec(value);
      if (!m) throw new Error('expected "label" population=N sample=n');
      h.stratumTable.push({ label: jsonString(m[1]!), population: Number(m[2]), sample: Number(m[3]), line });
      return;
    }
    default:
      return; // unknown keys are for humans or later versions
  }
}

function int(value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`'${value}' is not a whole number`);
  return Number(value);
}

function jsonString(value: string): string {
  const parsed: unknown = JSON.parse(value);
  if (typeof parsed !== 'string') throw new Error('expected a quoted string');
  return parsed;
}

function stringArray(value: string): string[] {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) throw new Error('expected a list of quoted strings');
  return parsed;
}
