import { writeFileAtomic } from '../write-reports.js';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { safeText } from '../../text/safe-text.js';
import Table from 'cli-table3';
import { formatProblem } from '../../errors.js';
import type { CliContext } from '../io.js';
import { setupRun } from '../../audit/setup.js';
import { runExamples, type ExampleResult } from '../../engine/index.js';
import { rulesCatalogue } from '../../rules/docs.js';
import { TABLE_STYLE } from '../../report/formats/table-style.js';
import { collect, withConfigOptions } from '../options.js';

interface SetOptions {
  rules?: string[];
  profile?: string;
  config?: string | false;
}

function withSetOptions(cmd: Command): Command {
  cmd
    .option('--rules <path>', 'rule file or folder (shipped:rules/... = the package’s own); repeatable; replaces the default set (later files layer over earlier ones)', collect)
    .option('--profile <name|path>', "whose default rule set to use when --rules is not given (default: the config file's, else canonical)");
  return withConfigOptions(cmd);
}

/** The rule set exactly as `audit` would use it with the same options and config. */
function ruleSetup<S extends 'rules' | 'check'>(through: S, o: SetOptions, cwd: string) {
  return setupRun({ through, cwd, config: o.config, profile: o.profile, rules: o.rules });
}

/** `rules list | check | test | docs` (spec/cli.md). */
export function registerRules(program: Command, ctx: CliContext): void {
  const rules = program.command('rules').description('list, check, test and document rule files');
  const { io } = ctx;

  withSetOptions(rules.command('list').description('the rules in force: id, severity, threshold, name, file:line')).action(async (o: SetOptions) => {
    const { ruleSet: set } = await ruleSetup('rules', o, io.cwd);
    const table = new Table({ head: ['id', 'severity', 'threshold', 'name', 'file:line'], style: TABLE_STYLE,
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const r of set.rules) table.push([r.id, r.severity, r.threshold === null ? '-' : String(r.threshold), safeText(r.name), safeText(`${r.file}:${r.line}`)]);
    io.stdout.write(`${table.toString()}\n`);
  });

  withSetOptions(rules.command('check').description('validate rule files; every error names file:line:column')).action(async (o: SetOptions) => {
    const { problems, ruleSet: set } = await ruleSetup('check', o, io.cwd);
    for (const p of problems) io.stdout.write(`${safeText(formatProblem(p))}\n`);
    if (!set) {
      io.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the rule files\n`);
      ctx.exitCode = 1;
      return;
    }
    io.stdout.write(`${set.rules.length} rules in ${set.files.length} files: no problems\n`);
  });

  withSetOptions(rules.command('test').description('run the examples written inside the rule files')).action(async (o: SetOptions) => {
    const { ruleSet: set } = await ruleSetup('rules', o, io.cwd);
    const run = runExamples(set);
    const failed = run.results.filter((r) => !r.ok);
    for (const f of failed) io.stdout.write(describeFailure(f));
    for (const id of run.untested) io.stdout.write(`warning: ${id} has no examples\n`);
    const rulesTested = new Set(run.results.map((r) => r.ruleId)).size;
    io.stdout.write(`${run.results.length - failed.length} of ${run.results.length} examples passed (${rulesTested} rules)\n`);
    if (failed.length) ctx.exitCode = 1;
  });

  withSetOptions(rules.command('docs').description('write a Markdown catalogue of the rules'))
    .option('--out <file>', 'file to write (default: stdout)')
    .action(async (o: SetOptions & { out?: string }) => {
      const { ruleSet: set } = await ruleSetup('rules', o, io.cwd);
      const md = rulesCatalogue(set);
      if (!o.out || o.out === '-') io.stdout.write(md);
      else await writeFileAtomic(resolve(io.cwd, o.out), md, o.out);
    });
}

function describeFailure(f: ExampleResult): string {
  const expected = f.expect === 'not_applicable' ? 'n/a' : f.expect;
  const lines = [`✗ ${f.ruleId} ${f.expect.replace('_', ' ')} example ${f.index + 1} (${f.file}:${f.line})${f.note ? `: ${f.note}` : ''}`];
  if (f.actual !== expected) lines.push(`  - expected: ${expected}`, `  + actual:   ${f.actual}`);
  if (f.expectedMessage !== undefined && f.expectedMessage !== f.actualMessage) {
    lines.push(`  - expected message: ${f.expectedMessage}`, `  + actual message:   ${f.actualMessage ?? '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}
