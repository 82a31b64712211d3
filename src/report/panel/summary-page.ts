/**
 * The first page of the panel report, readable alone (cli.md, issue 16): rules
 * not measured first, then the month's crime recording rate when `--review` gave
 * one, then each rule not met in plain words with the registrar's response from
 * `--notes` (or an empty, labelled space for it), then a short glossary.
 */
import type { PanelExtras } from '../formats/types.js';
import { ciText, percent, periodWords } from '../wording.js';
import type { PanelModel, RulePanel } from './panel-model.js';

export interface NotMet {
  rule: RulePanel;
  /** The registrar's text, or null: the page leaves a labelled space for it. */
  note: string | null;
}

export interface SummaryPage {
  notMeasured: RulePanel[];
  recording: string | null;
  notMet: NotMet[];
}

/** Rules whose required fields were in no input (status added by the disclosure work). */
export function isNotMeasured(r: RulePanel): boolean {
  return r.status === 'not measured';
}

export function summaryPage(m: PanelModel, period: string | null, extras: PanelExtras | undefined): SummaryPage {
  const all = [...m.national, ...m.quality];
  const notes = extras?.notes ?? {};
  return {
    notMeasured: all.filter(isNotMeasured),
    recording: extras?.recording ? recordingSentence(extras.recording, period) : null,
    notMet: all.filter((r) => r.status === 'fail').map((rule) => ({ rule, note: notes[rule.id] ?? null })),
  };
}

function recordingSentence(r: NonNullable<PanelExtras['recording']>, period: string | null): string {
  const month = periodWords(period);
  if (r.suppressed || r.rate === null) {
    return `Crime recording rate, ${month}: not published (fewer than 5 crimes on one side of the sample of ${r.crimes}).`;
  }
  return `Crime recording rate, ${month}: ${percent(r.rate)} of the crimes that auditors found in a sample of ${r.crimes} were recorded correctly (95% interval ${ciText(r.ci95)}).`;
}

export const NOTE_LABEL = 'Force Crime Registrar’s response';
export const NOTE_EMPTY = 'No response given (supply one with --notes).';

/** Four terms a panel member meets on every page. */
export const GLOSSARY: [string, string][] = [
  ['Rate', 'Of the records a rule applies to, the share that met it.'],
  ['95% interval', 'The range the rate would likely fall in if the same recording practice produced another month of records: narrow with many records, wide with few.'],
  ['Threshold', 'The share of records the force requires to meet a rule. A rule without one must be met by every record.'],
  ['Suppressed', 'In the public version, figures where fewer than 5 records met or failed a rule are not published, so that no one can be identified.'],
];
