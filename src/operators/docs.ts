/**
 * The operator sections of docs/rule-language.md, generated from the operator
 * modules (summary, example, arguments, message variables) so the page cannot
 * drift from the code. `npm run docs` rewrites them; a test fails when stale.
 */
import { parseDocument, visit } from 'yaml';
import { OPERATORS } from './registry.js';
import type { OperatorDef } from './types.js';

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** An example on one line, as written (quotes kept): `present: [a, b]`, `{ field: x, equals: y }`. */
function oneLine(example: string): string {
  if (!example.includes('\n')) return example;
  const doc = parseDocument(example);
  const top = doc.contents;
  visit(doc, {
    Map(_, n) {
      if (n !== top || n.items.length !== 1) n.flow = true;
    },
    Seq(_, n) {
      n.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 }).trim();
}

function keysOf(op: OperatorDef): string {
  return op.keys.map(code).join(op.name === 'if' ? ' / ' : ', ');
}

/** The table of operators, then their arguments. */
export function operatorTable(): string {
  const out = ['| operator | example | holds when |', '|---|---|---|'];
  for (const op of OPERATORS) out.push(`| ${keysOf(op)} | ${code(cell(oneLine(op.example)))} | ${cell(op.summary)} |`);
  out.push('', 'Their other arguments:', '', '| operator | argument | meaning |', '|---|---|---|');
  for (const op of OPERATORS) {
    for (const [arg, meaning] of Object.entries(op.args)) out.push(`| ${keysOf(op)} | ${code(arg)} | ${cell(meaning)} |`);
  }
  return out.join('\n');
}

/** What each operator measures for a message, split by when it is known. */
export function messageVariables(): string {
  const line = (op: OperatorDef) =>
    `  ${Object.entries(op.vars ?? {})
      .map(([name, meaning]) => `${code(`{${name}}`)} (${meaning})`)
      .join(', ')} — from ${code(op.name)}`;
  const local = OPERATORS.filter((op) => !op.crossRecord && op.vars);
  const cross = OPERATORS.filter((op) => op.crossRecord && op.vars);
  return [
    '- what the check measured, in rules without a cross-record check:',
    ...local.map((op) => `${line(op)};`),
    '- in rules with a cross-record check, which are decided at the end of the audit: only',
    '  `{record_id}`, `{record_type}`, `{district}`, and what the cross-record checks measured:',
    ...cross.map((op) => `${line(op)}.`),
  ].join('\n');
}

const SECTIONS: Record<string, () => string> = { operators: operatorTable, 'message-variables': messageVariables };

const begin = (name: string) => `<!-- BEGIN ${name}: generated from src/operators by \`npm run docs\`; edit the operator modules, not this part -->`;
const end = (name: string) => `<!-- END ${name} -->`;

/** The page with each generated part rewritten; throws when a part's markers are missing. */
export function withGeneratedParts(page: string): string {
  let out = page;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const b = out.indexOf(`<!-- BEGIN ${name}`);
    const e = out.indexOf(end(name));
    if (b < 0 || e < b) throw new Error(`docs: the markers of the generated part '${name}' are missing`);
    out = `${out.slice(0, b)}${begin(name)}\n${render()}\n${out.slice(e)}`;
  }
  return out;
}
