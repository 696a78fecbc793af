import { escapeMarkdown } from '../../export/rulebook/escape-markdown.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import { inputNote, reportTables } from './report-tables.js';

/** The caseload report's figures as Markdown: the same sections and tables as the HTML, without charts. */
export function renderReportMarkdown(summary: CaseloadSummary): string {
  return [...reportMarkdownChunks(summary)].join('');
}

/** {@link renderReportMarkdown} a line at a time: written as it comes, the Markdown is never held whole. */
export function* reportMarkdownChunks(summary: CaseloadSummary): Generator<string> {
  yield* joinedLines(markdownLines(summary));
}

function* markdownLines(summary: CaseloadSummary): Generator<string> {
  yield* [`# Caseload report at ${summary.asOf}`, '', 'These figures support professional judgement; they do not replace it. A link between children is a prompt to cross-reference, not a finding.', ''];
  yield* [`${escapeMarkdown(inputNote(summary))}${summary.suppressBelow === undefined ? '' : ` Counts from 1 to ${summary.suppressBelow - 1} are shown as \\<${summary.suppressBelow}.`}`, ''];
  for (const section of reportTables(summary)) {
    yield* [`## ${escapeMarkdown(section.title)}`, '', ...section.notes.flatMap((note) => [escapeMarkdown(note), ''])];
    for (const table of section.tables) {
      yield* [`### ${escapeMarkdown(table.caption)}`, ''];
      yield* [`| ${table.head.map(escapeMarkdown).join(' | ')} |`, `|${table.head.map(() => ' --- |').join('')}`];
      for (const row of table.rows) yield `| ${row.map((cell) => (cell === '' ? ' ' : escapeMarkdown(cell))).join(' | ')} |`;
      yield '';
    }
  }
}

/**
 * `lines.join('\n').trimEnd() + '\n'`, a line at a time: the text from the last line with more than white space
 * on it is held back, so that white space at the very end is trimmed as it would be from the whole.
 */
function* joinedLines(lines: Iterable<string>): Generator<string> {
  let tail: string | undefined;
  for (const line of lines) {
    if (tail === undefined) tail = line;
    else if (/\S/.test(line)) {
      yield tail;
      tail = `\n${line}`;
    } else tail += `\n${line}`;
  }
  yield `${(tail ?? '').trimEnd()}\n`;
}
