/**
 * Finding messages: text with `{placeholders}` filled from the record (identifiers
 * and codes only — free-text fields are refused so reports never leak them) and
 * from what the failing check measured (`{missing}`, `{elapsed}`, `{gap}`, …: the
 * operators' message variables). Read into parts here; the engine renders them.
 */
import { FREE_TEXT_FIELDS } from '../model/record.js';
import { isKnownField } from '../model/field-ref.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Fields still known when a cross-record rule is decided at the end of the audit. */
export const DEFERRED_FIELDS = ['record_id', 'record_type', 'district'] as const;

/** A message template: text, and placeholders by name (trimmed). */
export type MessagePart = string | { name: string };

export interface TemplateProblem {
  message: string;
  hint: string;
}

export function parseMessage(
  template: string,
  allowed: { fields: 'all' | readonly string[]; vars: readonly string[] },
  problems: TemplateProblem[],
): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index));
    const name = m[1]!.trim();
    last = m.index + m[0].length;
    parts.push({ name });
    if ((FREE_TEXT_FIELDS as readonly string[]).includes(name)) {
      problems.push({ message: `{${name}} would put free text into reports`, hint: 'messages may name identifiers and codes only' });
    } else if (allowed.vars.includes(name)) {
      continue;
    } else if (isKnownField(name)) {
      if (allowed.fields !== 'all' && !allowed.fields.includes(name)) {
        problems.push({
          message: `{${name}} is not known when a cross-record rule is decided`,
          hint: `use ${[...allowed.fields, ...allowed.vars].map((v) => `{${v}}`).join(', ')}`,
        });
      }
    } else {
      problems.push({
        message: `unknown placeholder {${name}}`,
        hint: `use a field name such as {record_id}, or ${allowed.vars.map((v) => `{${v}}`).join(', ') || 'no measured values here'}`,
      });
    }
  }
  parts.push(template.slice(last));
  return parts;
}
