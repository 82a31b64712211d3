/**
 * Every YAML file the tool reads is data, never code (src/yaml/guard.ts): the
 * config file and the exceptions file refuse what rule files and profiles refuse —
 * tags, anchors and aliases, merge keys, prototype keys — each at its line and
 * column, and a plain file still loads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { ConfigError, ExceptionsFileError, type SourceProblemsError } from '../../src/errors.js';
import { parseExceptions } from '../../src/audit/exceptions/index.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';
import { runCli } from '../helpers/run-cli.js';

const TAG = 'remove the tag; write plain values';
const FULL = 'write the value out in full';

/** [case, file text, the error's message exactly] */
const CONFIG: [string, string, string][] = [
  ['a local tag', 'profile: !local canonical\n', `c.yaml:1:10: YAML tag !local is not allowed in the config file (hint: ${TAG})`],
  ['a !!js/function tag', 'formats: [json]\nout: !!js/function "function () {}"\n', `c.yaml:2:6: YAML tag !!js/function is not allowed in the config file (hint: ${TAG})`],
  ['an explicit !!str tag', 'period: !!str 2026-10\n', `c.yaml:1:9: YAML tag !!str is not allowed in the config file (hint: ${TAG})`],
  ['a tag on a block list', 'rules: !!seq\n  - rules/ncrs\n', `c.yaml:1:8: YAML tag !!seq is not allowed in the config file (hint: ${TAG})`],
  ['an anchor', 'out: &o reports\n', `c.yaml:1:9: anchor &o is not allowed in the config file (hint: ${FULL})`],
  [
    'an alias (and its anchor)',
    'out: &o reports\nexceptions: *o\n',
    `c.yaml:1:9: anchor &o is not allowed in the config file (hint: ${FULL})\nc.yaml:2:13: alias *o is not allowed in the config file (hint: ${FULL})`,
  ],
  ['a merge key', 'formats: [json]\n<<: { public: true }\n', 'c.yaml:2:1: YAML merge keys (<<) are not allowed in the config file (hint: write every key out in full)'],
  ['a __proto__ key', 'public: true\n__proto__: { polluted: true }\n', "c.yaml:2:1: '__proto__' is not allowed as a key (hint: rename the key)"],
  ['a quoted "__proto__" key in a list', 'districts:\n  - { "__proto__": { polluted: true } }\n', "c.yaml:2:7: '__proto__' is not allowed as a key (hint: rename the key)"],
  ['a constructor key', 'formats:\n  constructor: json\n', "c.yaml:2:3: 'constructor' is not allowed as a key (hint: rename the key)"],
];

const ENTRY = '- rule: NCRS-001\n  record_id: A1\n  justification: victim declined\n  accepted_by: FCR J. Smith\n  expires: 2026-12-31\n';

const EXCEPTIONS: [string, string, string][] = [
  ['a local tag', ENTRY.replace('justification: ', 'justification: !urgent '), `x.yaml:3:18: YAML tag !urgent is not allowed in an exceptions file (hint: ${TAG})`],
  ['a !!python/object tag', ENTRY.replace('record_id: A1', 'record_id: !!python/object:os.system A1'), `x.yaml:2:14: YAML tag !!python/object:os.system is not allowed in an exceptions file (hint: ${TAG})`],
  ['an explicit !!str tag', ENTRY.replace('expires: ', 'expires: !!str '), `x.yaml:5:12: YAML tag !!str is not allowed in an exceptions file (hint: ${TAG})`],
  ['an anchor', ENTRY.replace('accepted_by: ', 'accepted_by: &fcr '), `x.yaml:4:21: anchor &fcr is not allowed in an exceptions file (hint: ${FULL})`],
  [
    'an alias (and its anchor)',
    `${ENTRY.replace('accepted_by: ', 'accepted_by: &fcr ')}${ENTRY.replace('A1', 'A2').replace('accepted_by: FCR J. Smith', 'accepted_by: *fcr')}`,
    `x.yaml:4:21: anchor &fcr is not allowed in an exceptions file (hint: ${FULL})\nx.yaml:9:16: alias *fcr is not allowed in an exceptions file (hint: ${FULL})`,
  ],
  [
    'a merge key',
    `${ENTRY}- <<: { rule: NCRS-001, justification: j, accepted_by: a, expires: 2026-12-31 }\n  record_id: A2\n`,
    'x.yaml:6:3: YAML merge keys (<<) are not allowed in an exceptions file (hint: write every key out in full)',
  ],
  ['a __proto__ key', `${ENTRY}  __proto__: { polluted: true }\n`, "x.yaml:6:3: '__proto__' is not allowed as a key (hint: rename the key)"],
  ['a top-level __proto__ key', `exceptions:\n  ${ENTRY.trimEnd().split('\n').join('\n  ')}\n__proto__: {}\n`, "x.yaml:7:1: '__proto__' is not allowed as a key (hint: rename the key)"],
  ['a prototype key', `${ENTRY}  prototype: x\n`, "x.yaml:6:3: 'prototype' is not allowed as a key (hint: rename the key)"],
];

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function refusal(parse: () => unknown): SourceProblemsError {
  try {
    parse();
  } catch (error) {
    return error as SourceProblemsError;
  }
  throw new Error('not refused');
}

describe('the config file is data, never code', () => {
  it.each(CONFIG)('%s', (_name, text, message) => {
    const error = refusal(() => parseConfig(text, 'c.yaml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(message);
  });

  it('a plain config still loads', () => {
    const text = 'profile: canonical\nrules: [shipped:rules/ncrs]\nformats: [terminal, json]\nout: reports\nperiod: "2026-10"\ndistricts: [Leeds]\nexceptions: exceptions.yaml\npublic: false\ninclude_details: true\n';
    expect(parseConfig(text, 'c.yaml')).toEqual({
      profile: 'canonical',
      rules: ['shipped:rules/ncrs'],
      formats: ['terminal', 'json'],
      out: 'reports',
      period: '2026-10',
      districts: ['Leeds'],
      exceptions: 'exceptions.yaml',
      public: false,
      include_details: true,
    });
  });
});

describe('the exceptions file is data, never code', () => {
  it.each(EXCEPTIONS)('%s', (_name, text, message) => {
    const error = refusal(() => parseExceptions(text, 'x.yaml'));
    expect(error).toBeInstanceOf(ExceptionsFileError);
    expect(error.message).toBe(message);
  });

  it('a plain exceptions file still loads, text kept as written (& and ! inside values are fine)', () => {
    const text = ENTRY.replace('victim declined', 'victim declined & moved away!') + ENTRY.replace('A1', '013');
    expect(parseExceptions(text, 'x.yaml').map((e) => [e.recordId, e.justification])).toEqual([
      ['A1', 'victim declined & moved away!'],
      ['013', 'victim declined'],
    ]);
  });
});

describe('through the CLI: exit 2, one located message', () => {
  const { dir, cleanup } = scratchDir('yaml-refusals');
  afterAll(cleanup);
  const csv = join(process.cwd(), 'fixtures/security/clean.csv');

  it.each([
    ['--config', 'c.yaml', CONFIG[0]![1], /c\.yaml:1:10: YAML tag !local is not allowed in the config file/],
    ['--exceptions', 'x.yaml', EXCEPTIONS[4]![1], /x\.yaml:4:21: anchor &fcr is not allowed in an exceptions file/],
  ])('%s', async (option, name, text, stderr) => {
    writeFileSync(join(dir, name), text);
    const run = await runCli(['audit', csv, option, name], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(stderr);
  });
});
