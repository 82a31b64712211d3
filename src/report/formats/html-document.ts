/**
 * The shell every HTML output shares (panel report, review, trend): one
 * self-contained page whose CSP forbids scripts and any external resource.
 */
import { escapeHtml as h } from '../sanitise.js';
import { HTML_STYLE } from './html-style.js';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlDocument {
  title: string;
  /** Already-escaped markup for inside <main>. */
  body: string;
  /** Extra CSS after the shared style sheet. */
  style?: string;
  generator?: string;
}

export function htmlDocument({ title, body, style = '', generator }: HtmlDocument): string {
  const meta = generator ? `\n<meta name="generator" content="${h(generator)}">` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">${meta}
<title>${h(title)}</title>
<style>${HTML_STYLE}${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
