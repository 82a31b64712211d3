/**
 * Reads and validates a recommendations file: YAML with positions (src/yaml),
 * the zod schema, then what zod cannot see (duplicate ids, rule ids no report
 * has). Every problem is collected and thrown at once, each as file:line:column.
 */
import { resolve } from 'node:path';
import { SourceProblemsError, type SourceProblem } from '../../errors.js';
import { closest } from '../../suggest.js';
import { MAX_RULE_FILE_BYTES, readRegularFile } from '../../rules/read-limited.js';
import { quoteValue } from '../../ingest/values/reason.js';
import { TOO_DEEP, parseWith, readYaml, type SchemaWords, type YamlSource, type YamlWords } from '../../yaml/index.js';
import { RECOMMENDATION_KEYS, recommendationsFileSchema, type RecommendationsFile } from './schema.js';

/** A recommendations file that cannot be used (exit 2). */
export class RecommendationsFileError extends SourceProblemsError {
  override readonly name = 'RecommendationsFileError';
}

const WORDS: YamlWords = {
  refusedIn: 'in a recommendations file',
  warnings: true,
  unread(p) {
    const { line, column } = p;
    if (p.kind === 'too-deep') return { line, column, message: TOO_DEEP };
    const message = `YAML syntax: ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}`;
    return p.kind === 'error' ? { line, column, message, hint: 'check indentation, colons and quotes' } : { line, column, message };
  },
};

const KEYS: SchemaWords = { vocabulary: RECOMMENDATION_KEYS, docs: 'docs/reports.md' };

/** Reads `path` (relative to `cwd`); `ruleIds` are the rule ids found in any given report. */
export async function loadRecommendations(path: string, cwd: string, ruleIds: ReadonlySet<string>): Promise<RecommendationsFile> {
  const read = await readRegularFile(resolve(cwd, path));
  if (!read.ok) {
    throw new RecommendationsFileError([
      { file: path, line: 1, column: 1, message: `the recommendations file ${read.why}`, hint: `a YAML text file under ${MAX_RULE_FILE_BYTES / (1024 * 1024)} MiB` },
    ]);
  }
  return parseRecommendations(read.bytes.toString('utf8').replace(/^\uFEFF/, ''), path, ruleIds);
}

export function parseRecommendations(text: string, file: string, ruleIds: ReadonlySet<string>): RecommendationsFile {
  const src = readYaml(text, file, WORDS);
  const problems = [...src.problems];
  let parsed: RecommendationsFile | undefined;
  if (problems.length === 0) {
    const raw = src.value ?? {}; // an empty file: every required key is missing
    parsed = parseWith(recommendationsFileSchema, raw, [], src, problems, KEYS);
  }
  if (parsed) crossCheck(parsed, src, ruleIds, problems);
  if (problems.length > 0 || !parsed) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new RecommendationsFileError(problems);
  }
  return parsed;
}

/** Duplicate ids and `measured_by` ids that no given report has. */
function crossCheck(file: RecommendationsFile, src: YamlSource, ruleIds: ReadonlySet<string>, out: SourceProblem[]): void {
  const firstLine = new Map<string, number>();
  file.recommendations.forEach((rec, i) => {
    const seen = firstLine.get(rec.id);
    if (seen !== undefined) out.push(src.problem(['recommendations', i, 'id'], `duplicate id ${quoteValue(rec.id)} (first used on line ${seen})`, 'give every recommendation its own id'));
    else firstLine.set(rec.id, src.locate(['recommendations', i, 'id']).line);
    rec.measured_by.forEach((ruleId, j) => {
      if (rec.measured_by.indexOf(ruleId) < j) {
        out.push(src.problem(['recommendations', i, 'measured_by', j], `rule ${quoteValue(ruleId)} is listed twice`, 'list each rule once'));
        return;
      }
      if (ruleIds.has(ruleId)) return;
      const guess = closest(ruleId, ruleIds);
      const hint = guess ? `did you mean '${guess}'?` : 'use the id of a rule in the monthly reports (ncrs-audit rules list)';
      out.push(src.problem(['recommendations', i, 'measured_by', j], `rule ${quoteValue(ruleId)} is in none of the reports given`, hint));
    });
  });
}
