/** The report's inline stylesheet: readable on screen, A4 portrait in print, no external assets. */
export const REPORT_CSS = `
:root { --ink: #1d2a35; --muted: #5b6770; --line: #d5dbe0; --blue: #2c6fad; --dark: #17466e; --grey: #a8b3bc; --band: #e3f0df; --red: #b3261e; --green: #2e7d32; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 980px; padding: 24px 28px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.lead { color: var(--muted); margin: 0 0 16px; }
.banner { background: var(--red); color: #fff; font-weight: 700; letter-spacing: 0.08em; text-align: center; padding: 8px; margin-bottom: 16px; border-radius: 3px; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 12px 0; }
.fact { border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; }
.fact b { display: block; font-size: 20px; }
.fact span { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f2f4f6; font-weight: 600; }
table.ranking { table-layout: fixed; }
th.group { text-align: center; border-bottom: 1px solid #c9d1d8; }
.notice { background: #fff4e5; border-left: 4px solid #e08a00; padding: 6px 10px; margin: 8px 0; }
ul.changes { margin: 4px 0 6px; }
ul.changes li { margin: 2px 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11px; word-break: break-all; }
.up { color: var(--green); } .down { color: var(--red); }
.note { color: var(--muted); font-size: 12px; }
.note .hash { word-break: normal; white-space: nowrap; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px "Segoe UI", "Helvetica Neue", Arial, sans-serif; fill: var(--ink); }
.legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin: 4px 0; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -2px; }
section { break-inside: avoid-page; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  th, .fact, rect, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  @page { size: A4; margin: 14mm; }
}
`;
