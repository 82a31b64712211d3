/**
 * Writes the shipped demo month, fixtures/demo/crimes.csv (October 2026, five
 * West Yorkshire districts). Deterministic: re-running gives the same bytes.
 *   npm run build && npm run demo:generate [-- --rows N --seed S --month YYYY-MM --out FILE]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateDemo } from '../src/demo/generate.js';
import { packageRoot } from '../src/package-root.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '2026' },
    month: { type: 'string', default: '2026-10' },
    out: { type: 'string', default: join(packageRoot(), 'fixtures/demo/crimes.csv') },
  },
});

const out = values.out;
mkdirSync(dirname(out), { recursive: true });
const file = createWriteStream(out);
for (const chunk of generateDemo({ seed: Number(values.seed), rows: Number(values.rows), month: values.month })) {
  if (!file.write(chunk)) await once(file, 'drain');
}
file.end();
await once(file, 'finish');
console.log(`wrote ${values.rows} rows to ${out}`);
