import { escapeHtml } from '../../export/rulebook/escape-html.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import { caseloadCharts, type Chart } from './charts/caseload-charts.js';
import type { ChartRenderer } from './charts/load-chart-renderer.js';
import { networkChart } from './charts/network-chart.js';
import { inputNote, reportTables, type ReportTable } from './report-tables.js';

/** How many link groups, largest first, are drawn as networks; every listed group has its tables. */
const MAX_NETWORKS = 40;

const CSS = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; color: #111; background: #fff; max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; border-bottom: 2px solid #111; margin-top: 2.5rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #888; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
figure { margin: 1rem 0; break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; }
.notice { border: 3px solid #b00020; padding: 0.5rem 1rem; margin: 1rem 0; }
@page { margin: 15mm; }
@media print { h2 { break-before: page; } table, figure { break-inside: avoid; } thead { display: table-header-group; } }`;

/**
 * The caseload report as one standalone HTML page: no scripts, no outside requests, charts as inline
 * SVG drawn by ECharts (through `render`, from loadChartRenderer), every figure also in a table, and styles that print well.
 */
export function renderReportHtml(summary: CaseloadSummary, render: ChartRenderer): string {
  return [...reportHtmlChunks(summary, render)].join('');
}

/** {@link renderReportHtml} a part at a time (a table row, a chart): written as it comes, the page is never held whole. */
export function* reportHtmlChunks(summary: CaseloadSummary, render: ChartRenderer): Generator<string> {
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Caseload report at ${escapeHtml(summary.asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Caseload report at ${escapeHtml(summary.asOf)}</h1>
<div class="notice"><p>These figures support the safeguarding lead's oversight and the strategy meeting. They do not replace professional judgement about any child. A link between children is a prompt to cross-reference, not a finding.</p></div>
<p>${escapeHtml(inputNote(summary))}${summary.suppressBelow === undefined ? '' : ` Counts from 1 to ${summary.suppressBelow - 1} are shown as &lt;${summary.suppressBelow}.`}</p>
`;
  for (const [s, section] of reportTables(summary).entries()) {
    const figures = summary.rulesets[s];
    const charts: Chart[] = figures === undefined ? [] : caseloadCharts(figures, section.id, render);
    yield `${s === 0 ? '' : '\n'}<section id="${section.id}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}\n`;
    for (const [t, table] of section.tables.entries()) {
      const chart = charts.find((candidate) => candidate.id === table.id);
      yield `${t === 0 ? '' : '\n'}${chart === undefined ? '' : figure(chart.id, chart.title, chart.svg)}`;
      yield* htmlTable(table);
    }
    const networks = section.id === 'links' && summary.links !== undefined && !summary.links.detailSuppressed
      ? summary.links.groups.slice(0, MAX_NETWORKS).map((group) => {
        const svg = networkChart(group, render);
        return svg === undefined ? '' : figure(`${group.id}-network`, `${group.id}: network of children (circles) and shared references (squares)`, svg);
      }).join('\n')
      : '';
    yield `\n${networks}\n</section>`;
  }
  yield '\n</body>\n</html>\n';
}

function figure(id: string, title: string, svg: string): string {
  return `<figure id="${escapeHtml(id)}" class="chart">\n<figcaption>${escapeHtml(title)}</figcaption>\n${svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(title)}" `)}\n</figure>\n`;
}

function* htmlTable(table: ReportTable): Generator<string> {
  const head = table.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  yield `<table id="${escapeHtml(table.id)}">\n<caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n`;
  let first = true;
  for (const row of table.rows) {
    yield `${first ? '' : '\n'}<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
    first = false;
  }
  yield '\n</tbody>\n</table>\n';
}
