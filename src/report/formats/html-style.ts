/** The panel report's stylesheet: screen and A4 print, colours chosen for WCAG AA contrast. */
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #ffffff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1d4e89; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
.meta { color: #4a4a4a; margin: 0; }
.notice { border-left: 4px solid #1d4e89; background: #eef3fa; padding: .5rem .75rem; }
.verdict { font-weight: 700; font-size: 1.1rem; padding: .6rem .8rem; border-radius: 4px; }
.verdict.pass { background: #e6f4ea; color: #14532d; }
.verdict.fail { background: #fdecea; color: #7f1d1d; }
ul.headlines li { margin: .3rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #9e9e9e; padding: .25rem .45rem; vertical-align: top; }
thead th { background: #e8edf3; }
th[scope=row] { font-weight: 600; text-align: left; }
table.rules th[scope=row] { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-size: .8rem; word-break: break-all; }
.status { font-weight: 600; }
.status.pass { color: #14532d; }
.status.fail { color: #8b1a1a; }
.status.na { color: #4a4a4a; }
.rule { margin-bottom: 1.5rem; }
.facts { color: #333333; font-size: .95rem; }
figure { margin: .5rem 0; }
figcaption, .legend { font-size: .9rem; color: #333333; }
svg.chart { width: 100%; max-width: 46rem; height: auto; font: 12px system-ui, Arial, sans-serif; }
svg .label, svg .value, svg .tick { fill: #1a1a1a; }
svg .bar { fill: #1d4e89; }
svg .bar.below { fill: #a34700; }
svg .whisker { stroke: #000000; stroke-width: 1.5; fill: none; }
svg .axis { stroke: #4a4a4a; stroke-width: 1; fill: none; }
svg .threshold { stroke: #8b1a1a; stroke-width: 1.5; stroke-dasharray: 4 3; fill: none; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, figure, tr { break-inside: avoid; }
  .rule { break-inside: avoid-page; }
  .verdict, thead th, svg .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
