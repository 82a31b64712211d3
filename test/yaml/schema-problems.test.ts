/**
 * One wording for schema problems in every YAML file the tool reads: the same
 * mistake reads the same in a rule file, a profile, the config and an exceptions
 * file — file:line:column: message (hint).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { parseExceptions } from '../../src/audit/exceptions/load-exceptions.js';
import { loadProfile } from '../../src/ingest/index.js';
import { checkRuleFiles } from '../../src/rules/index.js';
import { formatProblem } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const ENTRY = '- rule: R-1\n  record_id: A1\n  justification: j\n  accepted_by: a\n  expires: 2026-12-31\n';

/** Every problem of `text` read as `kind`, as the CLI prints them (file name `f.yaml`). */
async function problems(kind: 'rules' | 'profile' | 'config' | 'exceptions', text: string): Promise<string[]> {
  const dir = tempDir('schema-words');
  const file = join(dir, 'f.yaml');
  writeFileSync(file, text);
  const lines = (e: unknown) => (e as Error).message.split('\n').map((l) => l.split(file).join('f.yaml'));
  try {
    if (kind === 'rules') return (await checkRuleFiles([file], dir)).map((p) => formatProblem({ ...p, file: 'f.yaml' }));
    if (kind === 'profile') await loadProfile(file, dir);
    if (kind === 'config') parseConfig(text, 'f.yaml');
    if (kind === 'exceptions') parseExceptions(text, 'f.yaml');
  } catch (error) {
    return lines(error);
  }
  return [];
}

describe('schema problems read the same in every kind of YAML file', () => {
  it.each([
    ['rules', 'rules: []\nrulez: []\n', "f.yaml:2:1: unknown key 'rulez' (hint: did you mean 'rules'?)"],
    ['profile', 'colums: {}\n', "f.yaml:1:1: unknown key 'colums' (hint: did you mean 'columns'?)"],
    ['config', 'formts: [json]\n', "f.yaml:1:1: unknown key 'formts' (hint: did you mean 'formats'?)"],
    ['exceptions', `${ENTRY}  expirs: x\n`, "f.yaml:6:3: unknown key 'expirs' (hint: did you mean 'expires'?)"],
  ] as const)('an unknown key in a %s file', async (kind, text, expected) => {
    expect(await problems(kind, text)).toContain(expected);
  });

  it.each([
    ['rules', 'rules:\n  - id: R-1\n    name: n\n    severity: fatal\n    standard: s\n    description: d\n    require: { present: record_id }\n    message: m\n', "f.yaml:4:15: 'fatal' is not allowed here (hint: use one of: error, warning, info)"],
    ['profile', 'dates: uk\n', "f.yaml:1:8: 'uk' is not allowed here (hint: use one of: auto, iso, day-first, month-first)"],
    ['config', 'formats: [pdf]\n', "f.yaml:1:11: 'pdf' is not allowed here (hint: use one of: terminal, json, csv, markdown, html, junit)"],
  ] as const)('a value not in the list in a %s file', async (kind, text, expected) => {
    expect(await problems(kind, text)).toContain(expected);
  });

  it.each([
    ['rules', 'rules:\n  - id: R-1\n    severity: error\n    standard: s\n    description: d\n    require: { present: record_id }\n    message: m\n', "f.yaml:2:5: missing 'name' (hint: add name: …)"],
    ['exceptions', '- rule: R-1\n  record_id: A1\n  justification: j\n  expires: 2026-12-31\n', "f.yaml:1:3: missing 'accepted_by' (hint: add accepted_by: …)"],
  ] as const)('a missing key in a %s file', async (kind, text, expected) => {
    expect(await problems(kind, text)).toContain(expected);
  });

  it('reports every unknown key of a mapping, not only the first', async () => {
    expect(await problems('config', 'formts: [json]\nperod: "2026-10"\n')).toEqual([
      "f.yaml:1:1: unknown key 'formts' (hint: did you mean 'formats'?)",
      "f.yaml:2:1: unknown key 'perod' (hint: did you mean 'period'?)",
    ]);
  });
});
