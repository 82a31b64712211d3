/**
 * Loads rule files (and the code lists they declare) in order, layering later
 * files over earlier ones: a later file may add rules, `disable:` a rule by id,
 * or `override:` its severity/threshold. Collects every problem before giving up.
 */
import { createHash } from 'node:crypto';
import type { SourceProblem } from '../errors.js';
import type { RuleInfo } from '../model/engine.js';
import type { YamlSource } from '../yaml/index.js';
import { readRuleYaml } from './rule-yaml.js';
import { parseWith } from '../yaml/index.js';
import { RULE_WORDS } from './vocabulary.js';
import { ruleFileSchema, ruleSchema, type RawRule, type RawRuleFile } from './schema.js';
import { parseCodeList, type CodeList } from './codelist.js';
import { expandRulePaths, insideTree, relatedPath, type BadRulePath, type RuleFileRef } from './paths.js';
import { capQuote as quoted, capQuotes } from '../text/safe-text.js';
import { MAX_RULE_FILE_BYTES, readRegularFile } from './read-limited.js';
import { conditionDepthProblem } from './condition-depth.js';
import { checkRule } from './check-rule.js';
import type { MessagePart } from './message-template.js';
import { readExamples, type RuleExample } from './examples.js';

/** One loaded rule with what is needed to compile it afresh for each evaluation. */
export interface RuleEntry {
  info: RuleInfo;
  raw: RawRule;
  ruleIndex: number;
  src: YamlSource;
  codeLists: ReadonlyMap<string, CodeList>;
  /** The message template, checked against what the rule's conditions measure. */
  message: MessagePart[];
  examples: RuleExample[];
}

export interface LoadResult {
  entries: RuleEntry[];
  files: LoadedFile[];
  codeLists: Map<string, CodeList>;
  problems: SourceProblem[];
}

/** A declared list that could not be read: it holds nothing (its problem is already reported). */
const UNREADABLE: CodeList = { name: '(unreadable)', entries: [], codes: new Set() };

/** A file the rules loaded (rule file or code list) and the edition it states (null: none). */
export interface LoadedFile {
  path: string;
  sha256: string;
  edition: string | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export async function loadRuleFiles(paths: readonly string[], cwd: string): Promise<LoadResult> {
  const problems: SourceProblem[] = [];
  const bad: BadRulePath[] = [];
  const refs = await expandRulePaths(paths, cwd, bad);
  for (const b of bad) problems.push({ file: b.given, line: 1, column: 1, message: b.message, hint: b.hint });

  const entries: RuleEntry[] = [];
  const files: LoadResult['files'] = [];
  const seenFiles = new Set<string>();
  const codeListCache = new Map<string, CodeList | undefined>();
  const codeLists = new Map<string, CodeList>();
  for (const ref of refs) {
    if (seenFiles.has(ref.abs)) continue;
    seenFiles.add(ref.abs);
    const read = await readRegularFile(ref.abs);
    if (!read.ok) {
      problems.push({ file: ref.display, line: 1, column: 1, message: `the rule file ${read.why}`, hint: `a rule file is a YAML text file under ${MAX_RULE_FILE_BYTES / (1024 * 1024)} MiB` });
      continue;
    }
    // A code list kept in a rules folder (beside the rule files that use it) is read as a code list when used.
    if (ref.inFolder && looksLikeCodeList(read.bytes)) {
      seenFiles.delete(ref.abs);
      continue;
    }
    const file: LoadedFile = { path: ref.display, sha256: sha256(read.bytes), edition: null };
    files.push(file);
    const st = { entries, files, problems, seenFiles, codeListCache, codeLists };
    try {
      await loadOne(ref, read.bytes, st, file);
    } catch (error) {
      // Backstop: the depth limits should make a stack overflow impossible; never let one escape as an internal error.
      if (!(error instanceof RangeError)) throw error;
      problems.push({ file: ref.display, line: 1, column: 1, message: 'nested too deeply to read', hint: 'split deep conditions into several rules' });
    }
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  // Quoted content (a key, a value) is cut to 40 characters: a message never recites a file.
  for (const p of problems) p.message = capQuotes(p.message);
  return { entries, files, codeLists, problems: capPerFile(dedupe(problems)) };
}

/** Top-level `codes:` and no top-level `rules:`: the shape of a code list, not a rule file. */
function looksLikeCodeList(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  return /^codes\s*:/m.test(text) && !/^rules\s*:/m.test(text);
}

export interface LoadState {
  entries: RuleEntry[];
  files: LoadResult['files'];
  problems: SourceProblem[];
  seenFiles: Set<string>;
  codeListCache: Map<string, CodeList | undefined>;
  codeLists: Map<string, CodeList>;
}

async function loadOne(ref: RuleFileRef, bytes: Buffer, st: LoadState, loaded: LoadedFile): Promise<void> {
  const src = readRuleYaml(bytes.toString('utf8'), ref.display);
  st.problems.push(...src.problems);
  if (src.problems.length) return;
  if (src.value === null || src.value === undefined) {
    st.problems.push({ file: ref.display, line: 1, column: 1, message: 'the rule file is empty', hint: 'start with rules: and a list of rules' });
    return;
  }
  const file = parseWith(ruleFileSchema, src.value, [], src, st.problems, RULE_WORDS);
  if (!file) return;
  loaded.edition = file.edition ?? null;

  const lists = new Map<string, CodeList>();
  for (const [name, written] of Object.entries(file.codelists ?? {})) {
    const cl = relatedPath(ref, written);
    // Confined to the rule file's folder tree: a rule file cannot make the tool read /etc/shadow or /proc.
    if (!(await insideTree(cl.abs, ref.root))) {
      st.problems.push(src.problem(['codelists', name], `code list ${quoted(written)} is outside the folder tree the rule file was loaded from`, 'keep code lists beside the rule files, and give --rules the folder holding both'));
      lists.set(name, UNREADABLE);
      continue;
    }
    if (!st.codeListCache.has(cl.abs)) {
      const read = await readRegularFile(cl.abs);
      if (!read.ok) {
        st.problems.push(
          read.why === 'does not exist'
            ? src.problem(['codelists', name], `code list file not found: ${quoted(written)}`, 'paths are relative to this rule file, e.g. ../codelists/outcome-types.yaml')
            : src.problem(['codelists', name], `code list ${quoted(written)} ${read.why}`, `a code list is a YAML text file under ${MAX_RULE_FILE_BYTES / (1024 * 1024)} MiB`),
        );
        st.codeListCache.set(cl.abs, undefined);
        lists.set(name, UNREADABLE);
        continue;
      }
      const clBytes = read.bytes;
      const parsed = parseCodeList(clBytes.toString('utf8'), cl.display, st.problems);
      if (!st.seenFiles.has(cl.abs)) {
        st.seenFiles.add(cl.abs);
        st.files.push({ path: cl.display, sha256: sha256(clBytes), edition: parsed?.edition ?? null });
      }
      st.codeListCache.set(cl.abs, parsed);
      if (parsed) st.codeLists.set(cl.display, parsed);
    }
    const parsed = st.codeListCache.get(cl.abs);
    // A declared list that could not be read is already a problem: no second "no code list named" for it.
    lists.set(name, parsed ?? UNREADABLE);
  }

  readRules(file, src, ref.display, lists, st);
}

/** Applies a file's layering, then checks and adds its rules (code lists already read). */
export function readRules(file: RawRuleFile, src: YamlSource, display: string, lists: ReadonlyMap<string, CodeList>, st: LoadState): void {
  applyLayering(file, src, st);

  const ids = new Map(st.entries.map((e) => [e.info.id, e]));
  (file.rules ?? []).forEach((rawRule, i) => {
    const raw = parseWith(ruleSchema, rawRule, ['rules', i], src, st.problems, RULE_WORDS);
    if (!raw) {
      // A bad threshold or severity must not hide the rule's other errors: check its conditions too.
      checkSalvaged(rawRule, ['rules', i], src, lists, st.problems);
      return;
    }
    const tooDeep = conditionDepthProblem(raw, ['rules', i], src);
    if (tooDeep) {
      st.problems.push(tooDeep);
      return;
    }
    const line = src.locate(['rules', i, 'id']).line;
    const earlier = ids.get(raw.id);
    if (earlier) {
      st.problems.push(
        src.problem(['rules', i, 'id'], `duplicate rule id ${raw.id} (already defined at ${earlier.info.file}:${earlier.info.line})`, 'to change a loaded rule use override: or disable: it; or disable: it first to replace it'),
      );
      return;
    }
    const info: RuleInfo = {
      id: raw.id,
      name: raw.name,
      severity: raw.severity,
      threshold: raw.threshold ?? null,
      description: raw.description.trim(),
      standard: raw.standard,
      file: display,
      line,
      edition: file.edition ?? null,
      ...(raw.plain ? { plain: { subject: raw.plain.subject, met: raw.plain.met } } : {}),
    };
    const checked = checkRule(raw, ['rules', i], { src, codeLists: lists, problems: st.problems });
    const examples = readExamples(raw, ['rules', i], src, st.problems);
    if (!checked) return;
    info.needs = checked.needs;
    const entry: RuleEntry = { info, raw, ruleIndex: i, src, codeLists: lists, message: checked.message, examples };
    ids.set(raw.id, entry);
    st.entries.push(entry);
  });
}

/** The conditions (and message) of a rule whose other fields failed validation, checked for their own errors. */
function checkSalvaged(rawRule: unknown, path: (string | number)[], src: YamlSource, lists: ReadonlyMap<string, CodeList>, problems: SourceProblem[]): void {
  if (typeof rawRule !== 'object' || rawRule === null || !('require' in rawRule)) return;
  const r = rawRule as Record<string, unknown>;
  if (r.require === undefined || r.require === null) return;
  const salvage = {
    id: 'X-0', name: 'x', severity: 'error', standard: 'x', description: 'x',
    message: typeof r.message === 'string' && r.message.trim() !== '' ? r.message : 'x',
    require: r.require,
    ...(r.applies_to !== undefined ? { applies_to: r.applies_to } : {}),
  } as RawRule;
  const tooDeep = conditionDepthProblem(salvage, path, src);
  if (tooDeep) return void problems.push(tooDeep);
  checkRule(salvage, path, { src, codeLists: lists, problems });
}

/** Most problems reported per file: every error in one run, but never a flood (a file of 10,000 broken rules). */
export const MAX_PROBLEMS_PER_FILE = 100;

function capPerFile(problems: SourceProblem[]): SourceProblem[] {
  const counts = new Map<string, number>();
  const out: SourceProblem[] = [];
  for (const p of problems) {
    const n = (counts.get(p.file) ?? 0) + 1;
    counts.set(p.file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) out.push(p);
  }
  for (const [file, n] of counts) {
    if (n > MAX_PROBLEMS_PER_FILE) {
      const last = out.filter((p) => p.file === file).at(-1)!;
      out.splice(out.indexOf(last) + 1, 0, { file, line: last.line, column: last.column, message: `${n - MAX_PROBLEMS_PER_FILE} more problems in this file not shown`, hint: 'fix these first' });
    }
  }
  return out;
}

function applyLayering(file: { disable?: (string | { id: string })[]; override?: Record<string, { severity?: RuleInfo['severity']; threshold?: number | null }> }, src: YamlSource, st: LoadState): void {
  (file.disable ?? []).forEach((d, i) => {
    const id = typeof d === 'string' ? d : d.id;
    const at = st.entries.findIndex((e) => e.info.id === id);
    if (at < 0) {
      st.problems.push(src.problem(['disable', i], `no rule ${id} is loaded before this file`, knownIds(st)));
      return;
    }
    st.entries.splice(at, 1);
  });
  for (const [id, change] of Object.entries(file.override ?? {})) {
    const entry = st.entries.find((e) => e.info.id === id);
    if (!entry) {
      st.problems.push(src.problem(['override', id], `no rule ${id} is loaded before this file`, knownIds(st), true));
      continue;
    }
    entry.info = {
      ...entry.info,
      ...(change.severity !== undefined ? { severity: change.severity } : {}),
      ...(change.threshold !== undefined ? { threshold: change.threshold } : {}),
    };
  }
}

function knownIds(st: LoadState): string {
  const ids = st.entries.map((e) => e.info.id);
  return ids.length ? `loaded rules: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}; list the shipped pack before this file` : 'load the file that defines it first';
}

/** One report per problem: a salvaged rule may meet a problem the schema already named. */
function dedupe(problems: SourceProblem[]): SourceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
