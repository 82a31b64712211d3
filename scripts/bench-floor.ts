/** The floor: csv-parse alone reading a file into objects (columns: true), one thread. */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const file = process.argv[2]!;
let rows = 0;
const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: true }));
for await (const _record of parser) rows++;
process.stdout.write(`${JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS })}\n`);
