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
table.rules th[scope=row], .id, td.result { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.recording { font-size: 1.05rem; border-left: 4px solid #1d4e89; padding: .4rem .75rem; background: #eef3fa; }
.not-met { margin: .6rem 0 1rem; }
.not-met h3 { margin: .3rem 0 .2rem; font-size: 1.05rem; }
.not-met p { margin: .2rem 0; }
.kind { font-weight: 400; font-size: .85rem; color: #4a4a4a; }
.note { border: 1px solid #6b6b6b; border-radius: 3px; padding: .3rem .6rem; margin-top: .3rem; }
.note.empty { border-style: dashed; min-height: 3.2rem; color: #4a4a4a; }
.note-label { display: block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; color: #333333; }
.glossary dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: 0; font-size: .9rem; }
.glossary dt { font-weight: 600; }
.glossary dd { margin: 0; }
.rule h3 { margin: 1rem 0 .2rem; }
.rule p { margin: .2rem 0; }
.description { font-size: .9em; color: #333333; }
table.districts { font-size: .8rem; margin-top: .2rem; }
td.dv.below { color: #8b1a1a; font-weight: 600; }
td.dv.unclear { color: #4a4a4a; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-size: .8rem; word-break: break-all; }
.status { font-weight: 600; }
.status.pass { color: #14532d; }
.status.fail { color: #8b1a1a; }
.status.na { color: #4a4a4a; }
.rule { margin-bottom: 1.5rem; }
.facts { color: #333333; font-size: .9em; }
figure { margin: .5rem 0; }
figcaption, .legend { font-size: .9em; color: #333333; }
svg.chart { display: block; width: 100%; max-width: 46rem; height: auto; font: 12px system-ui, Arial, sans-serif; }
svg .grid { stroke: #d4d4d4; stroke-width: 1; }
svg .band { fill: #f4f6f9; }
svg .interval { stroke: #1d4e89; stroke-width: 2.5; stroke-linecap: round; }
svg .dot { fill: #1d4e89; stroke: #ffffff; stroke-width: 1; }
svg .dot.below { fill: #a34700; }
svg .dot.unclear { fill: #ffffff; stroke: #1d4e89; stroke-width: 1.5; }
svg .ref { fill: #8b1a1a; font-size: 11px; }
svg .hidden-value { fill: #4a4a4a; font-style: italic; }
svg .label, svg .value, svg .tick { fill: #1a1a1a; }
svg .bar { fill: #1d4e89; }
svg .bar.below { fill: #a34700; }
svg .whisker { stroke: #000000; stroke-width: 1.5; fill: none; }
svg .axis { stroke: #4a4a4a; stroke-width: 1; fill: none; }
svg .threshold { stroke: #8b1a1a; stroke-width: 1.5; stroke-dasharray: 4 3; fill: none; }
/* Paths and reasons in the auditor's lists break anywhere rather than widen the page. */
table.worklist td { overflow-wrap: anywhere; }
/* Narrow screens: a table's rows become stacked cards, each value labelled, so the page never scrolls sideways. */
@media (max-width: 40rem) {
  main { padding: .75rem; }
  table, thead, tbody, tr, th, td, caption { display: block; width: auto; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tr { border: 1px solid #9e9e9e; margin-bottom: .5rem; }
  th, td { border: 0; text-align: left; white-space: normal; }
  td.num { text-align: left; white-space: normal; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  .glossary dl { grid-template-columns: 1fr; }
}
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13pt; margin: 1rem 0 .3rem; break-after: avoid; }
  h3 { font-size: 11pt; break-after: avoid; }
  .first-page { break-after: page; }
  h3, figure, tr, .not-met { break-inside: avoid; }
  .rule { break-inside: avoid; }
  /* On paper the chart carries the figures and verdicts; the table is for screens and screen readers. */
  table.districts { display: none; }
  .note.empty { min-height: 0; }
  figure { margin: .2rem 0; }
  svg.chart { max-width: 15cm; }
  table { margin: .3rem 0 .6rem; }
  th, td { padding: .1rem .35rem; }
  .verdict, thead th, svg .bar, svg .band, svg .dot, .recording { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
