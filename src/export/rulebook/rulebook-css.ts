/**
 * The rulebook's only styles, inlined in the page: readable on screen, and in print each major section
 * starts a new page, tables repeat their heads, links show their address, and no meaning depends on a
 * background colour (every swatch has its rating and colour written beside it).
 */
export const RULEBOOK_CSS = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; color: #111; background: #fff; max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #111; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 1.75rem; }
h4 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 0.9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #888; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
#indicators { font-size: 0.82rem; }
#indicators th[scope="row"] { width: 20%; }
#indicators td:nth-child(2) { width: 26%; }
tr.group th { background: #f5f5f5; font-size: 1rem; border-top: 2px solid #111; }
code { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: 0.85em; overflow-wrap: break-word; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #111; vertical-align: -0.1em; margin-right: 0.35em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.notice { border: 3px solid #b00020; padding: 0.5rem 1rem; margin: 1rem 0; }
.notice-title { font-weight: 700; font-size: 1.1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
nav.toc ol { padding-left: 1.5rem; }
a { color: #0b4f9c; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  main > section { break-before: page; }
  nav.toc { break-after: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, li, dt, dd { break-inside: avoid; }
  thead { display: table-header-group; }
  thead th, #indicators { font-size: 0.82rem; }
#indicators th[scope="row"] { width: 20%; }
#indicators td:nth-child(2) { width: 26%; }
tr.group th { background: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  .notice { border-width: 2pt; }
}
`;
