import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The one-way house (docs/architecture.md): which parts of src/ each part must never
 * import. Together these leave no path back, so no cycle between parts can form.
 */
const NEVER = {
  // Leaves: plain helpers on text and files, used by every part.
  text: ['model', 'storage', 'yaml', 'operators', 'ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli', 'demo', 'files'],
  files: ['model', 'storage', 'yaml', 'operators', 'ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli', 'demo', 'text'],
  model: ['storage', 'yaml', 'operators', 'ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli', 'demo'],
  storage: ['yaml', 'operators', 'ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli'],
  yaml: ['storage', 'operators', 'ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli'],
  operators: ['ingest', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli'],
  ingest: ['operators', 'rules', 'engine', 'report', 'audit', 'workflow', 'config', 'cli'],
  rules: ['engine', 'report', 'audit', 'workflow', 'config', 'cli'],
  engine: ['report', 'audit', 'workflow', 'config', 'cli'],
  report: ['audit', 'workflow', 'cli'],
  config: ['audit', 'workflow', 'cli'],
  audit: ['workflow', 'cli'],
  workflow: ['cli'],
  demo: ['engine', 'report', 'audit', 'workflow', 'cli'],
};

const boundaries = Object.entries(NEVER).map(([part, never]) => ({
  files: [`src/${part}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?:\\.\\./)+(?:${never.join('|')})(?:/|\\.js$)`,
            message: `src/${part}/ never imports ${never.join(', ')} (docs/architecture.md)`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/data/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Math.max(...list) overflows the call stack past ~120,000 values (issue 15: 25,000 districts crashed Markdown).
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: 'no spreading into Math.max/Math.min: a long list overflows the call stack; use a loop or reduce',
        },
      ],
    },
  },
  ...boundaries,
  { files: ['bin/**', 'scripts/**'], rules: { 'no-console': 'off' } },
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly' } } },
);
