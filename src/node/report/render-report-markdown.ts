import { escapeMarkdown } from '../../export/rulebook/escape-markdown.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import { inputNote, reportTables } from './report-tables.js';

/** The caseload report's figures as Markdown: the same sections and tables as the HTML, without charts. */
export function renderReportMarkdown(summary: CaseloadSummary): string {
  const lines = [`# Caseload report at ${summary.asOf}`, '', 'These figures support professional judgement; they do not replace it. A link between children is a prompt to cross-reference, not a finding.', ''];
  lines.push(`${escapeMarkdown(inputNote(summary))}${summary.suppressBelow === undefined ? '' : ` Counts from 1 to ${summary.suppressBelow - 1} are shown as \\<${summary.suppressBelow}.`}`, '');
  for (const section of reportTables(summary)) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '', ...section.notes.flatMap((note) => [escapeMarkdown(note), '']));
    for (const table of section.tables) {
      lines.push(`### ${escapeMarkdown(table.caption)}`, '');
      lines.push(`| ${table.head.map(escapeMarkdown).join(' | ')} |`, `|${table.head.map(() => ' --- |').join('')}`);
      for (const row of table.rows) lines.push(`| ${row.map((cell) => (cell === '' ? ' ' : escapeMarkdown(cell))).join(' | ')} |`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
