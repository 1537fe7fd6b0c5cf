// The explorer's stylesheet, inlined in every page (the site is self-contained: no CDN, no fonts
// fetched). Contrast ≥ 4.5:1 throughout; tables become stacked rows below 40rem so nothing scrolls
// sideways at 390 px; focus is always visible.
export const explorerCss = `
:root { --text: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --warn-bg: #fff4d6; --warn: #6b4500; --bg-soft: #f3f5f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #c05c00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 0; z-index: 10; }
header, main, footer { max-width: 68rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; border-bottom: 1px solid var(--line); }
header .site { font-weight: 700; margin: .75rem 0; }
header .site a { text-decoration: none; color: var(--text); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: .75rem 0; padding: 0; }
footer { color: var(--muted); border-top: 1px solid var(--line); margin-top: 3rem; font-size: .9rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
code { font-size: .9em; overflow-wrap: anywhere; }
.lead { color: var(--muted); max-width: 48rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.provision { border-top: 1px solid var(--line); padding: 1rem 0; }
.key { color: var(--muted); margin: 0 0 .5rem; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .4rem; border-radius: 3px; border: 1px solid currentColor; }
.badge.illustrative { background: var(--warn-bg); color: var(--warn); }
.badge.draft { background: var(--bg-soft); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: var(--bg-soft); }
@media (min-width: 40rem) { th { white-space: nowrap; } }
.changes { margin: .25rem 0 0; padding-left: 1.25rem; }
.changes li { margin: .15rem 0; }
form.tool { background: var(--bg-soft); border-radius: 6px; padding: 1rem; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: flex-end; }
form.tool label { display: flex; flex-direction: column; font-weight: 600; gap: .25rem; }
input { font: inherit; padding: .4rem .5rem; border: 1px solid #767676; border-radius: 4px; max-width: 100%; }
button { font: inherit; padding: .45rem 1rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
.result { margin: .5rem 0 1rem; }
[hidden] { display: none !important; }
@media (max-width: 40rem) {
  table.stack thead { position: absolute; left: -9999px; }
  table.stack tr { display: block; border-bottom: 1px solid var(--line); padding: .25rem 0; }
  table.stack td { display: block; border: 0; padding: .15rem 0; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; }
}
`;
