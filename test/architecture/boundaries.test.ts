/**
 * The linter keeps the house one-way (eslint.config.js, docs/architecture.md): a file
 * that imports a part it must never import fails `npm run lint`.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, importPath: string): Promise<string[]> {
  const code = `import { x } from '${importPath}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('forbidden imports fail the lint', () => {
  it.each([
    { file: 'src/ingest/csv/fixture.ts', imports: '../../engine/evaluator.js', forbidden: true },
    { file: 'src/ingest/fixture.ts', imports: '../report/build-report.js', forbidden: true },
    { file: 'src/ingest/fixture.ts', imports: '../audit/run-audit.js', forbidden: true },
    { file: 'src/ingest/fixture.ts', imports: '../cli/main.js', forbidden: true },
    { file: 'src/rules/fixture.ts', imports: '../engine/index.js', forbidden: true },
    { file: 'src/engine/fixture.ts', imports: '../report/formats/json.js', forbidden: true },
    { file: 'src/engine/fixture.ts', imports: '../audit/run-audit.js', forbidden: true },
    { file: 'src/engine/fixture.ts', imports: '../cli/io.js', forbidden: true },
    { file: 'src/report/formats/fixture.ts', imports: '../../cli/io.js', forbidden: true },
    { file: 'src/workflow/trend/fixture.ts', imports: '../../cli/main.js', forbidden: true },
    { file: 'src/operators/fixture.ts', imports: '../rules/index.js', forbidden: true },
    { file: 'src/operators/fixture.ts', imports: '../engine/index.js', forbidden: true },
    { file: 'src/audit/fixture.ts', imports: '../workflow/index.js', forbidden: true },
    { file: 'src/model/fixture.ts', imports: '../storage/hash.js', forbidden: true },
    // The arrows that hold: the same kind of import in the allowed direction.
    { file: 'src/engine/fixture.ts', imports: '../rules/index.js', forbidden: false },
    { file: 'src/engine/fixture.ts', imports: '../storage/columns.js', forbidden: false },
    { file: 'src/workflow/fixture.ts', imports: '../audit/run-audit.js', forbidden: false },
    { file: 'src/cli/fixture.ts', imports: '../workflow/index.js', forbidden: false },
    { file: 'src/model/fixture.ts', imports: './engine.js', forbidden: false },
  ])('$file importing $imports: forbidden $forbidden', async ({ file, imports, forbidden }) => {
    const errors = await boundaryErrors(file, imports);
    if (forbidden) expect(errors.join('\n')).toMatch(/never imports .*docs\/architecture\.md/);
    else expect(errors).toEqual([]);
  });
});
