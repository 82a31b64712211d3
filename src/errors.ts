/**
 * Known errors: a user mistake or bad input, never a bug. The CLI prints their
 * message (no stack trace) and exits 2. Anything else is an internal error.
 */
import { capQuotes } from './text/safe-text.js';

export class KnownError extends Error {
  override readonly name: string = 'KnownError';
}

/** Bad command-line arguments or options. */
export class UsageError extends KnownError {
  override readonly name = 'UsageError';
}

/** One problem in a rule file, code list or profile, located as file:line:column. */
export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export function formatProblem(p: SourceProblem): string {
  // Quoted content (a key, a value) is cut to 40 characters: a message never recites a file.
  return `${p.file}:${p.line}:${p.column}: ${capQuotes(p.message)}${p.hint ? ` (hint: ${capQuotes(p.hint)})` : ''}`;
}

/** A file of ours (rules, profile, exceptions, config) that cannot be used: one line per problem. */
export class SourceProblemsError extends KnownError {
  override readonly name: string = 'SourceProblemsError';
  constructor(readonly problems: SourceProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** A rule file (or code list) that cannot be used; carries every problem found. */
export class RuleFileError extends SourceProblemsError {
  override readonly name = 'RuleFileError';
}

/** A profile file that cannot be used. */
export class ProfileError extends SourceProblemsError {
  override readonly name = 'ProfileError';
}

/** An input file that cannot be read or is structurally broken (record.md, "Broken files"). */
export class InputError extends KnownError {
  override readonly name = 'InputError';
  constructor(
    readonly detail: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line !== undefined ? `:${line}` : ''}: ${detail}` : detail);
  }

  /** The same error naming the file as the user wrote it (the reader sees resolved paths). */
  relabel(from: string, to: string): InputError {
    return this.file === from ? new InputError(this.detail.split(from).join(to), to, this.line) : this;
  }
}

/** An exceptions file (`--exceptions`) that cannot be used; carries every problem found. */
export class ExceptionsFileError extends SourceProblemsError {
  override readonly name = 'ExceptionsFileError';
}

/** An `ncrs-audit.config.yaml` that cannot be used; carries every problem found. */
export class ConfigError extends SourceProblemsError {
  override readonly name = 'ConfigError';
}
