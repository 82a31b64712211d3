/**
 * Rewrites the generated parts of docs/rule-language.md (the operator table and
 * message variables) from src/operators. Run after adding or changing an operator:
 *   npm run docs
 * (docs/rules.md, the rule catalogue, is written by `ncrs-audit rules docs`.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withGeneratedParts } from '../src/operators/docs.js';
import { packageRoot } from '../src/package-root.js';

const page = join(packageRoot(), 'docs', 'rule-language.md');
const before = readFileSync(page, 'utf8');
const after = withGeneratedParts(before);
if (after === before) console.log('docs/rule-language.md is up to date');
else {
  writeFileSync(page, after);
  console.log('docs/rule-language.md rewritten');
}
