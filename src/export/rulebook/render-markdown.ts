import { assertNever } from '../../assert-never.js';
import { escapeMarkdown, safeHref } from './escape-markdown.js';
import type { Block, Inline, ListItem, Rich, RulebookDocument, TableRow } from './rulebook-document.js';

/** Renders a document as GitHub-flavoured Markdown, ending with a newline. Every piece of ruleset text is escaped. */
export function renderMarkdown(document: RulebookDocument): string {
  const out: string[] = [`# ${escapeMarkdown(document.title)}`];
  for (const block of document.front) out.push(renderBlock(block));
  if (document.contents && document.sections.length > 1) {
    out.push('## Contents', document.sections.map((section, i) => `${i + 1}. ${escapeMarkdown(section.title)}`).join('\n'));
  }
  for (const section of document.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) out.push(renderBlock(block));
  }
  return `${out.join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading': return `${'#'.repeat(block.depth)} ${escapeMarkdown(block.text)}`;
    case 'paragraph': return renderRich(block.content);
    case 'notice':
      return [`> **${escapeMarkdown(block.title)}**`, ...block.paragraphs.map((content) => `> ${renderRich(content)}`)].join('\n>\n');
    case 'list': return renderList(block.items, block.ordered, 0);
    // Lines of one paragraph joined by hard breaks (a trailing backslash), so that they never merge with a list above.
    case 'facts': return block.rows.map(([name, value]) => `**${escapeMarkdown(name)}:** ${renderRich(value)}`).join('\\\n');
    case 'table': return renderTable(block.caption, block.head, block.rows);
    default: return assertNever(block);
  }
}

function renderList(items: readonly ListItem[], ordered: boolean, depth: number): string {
  const indent = '    '.repeat(depth);
  return items.map((item, i) => {
    const line = `${indent}${ordered ? `${i + 1}.` : '-'} ${renderRich(item.content)}`;
    return item.items.length === 0 ? line : `${line}\n${renderList(item.items, false, depth + 1)}`;
  }).join('\n');
}

function renderTable(caption: string, head: readonly string[], rows: readonly TableRow[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  const body = rows.map((row) => {
    switch (row.kind) {
      case 'group': return line([`**${escapeMarkdown(row.text)}**`, ...head.slice(1).map(() => '')]);
      case 'row': return line(row.cells.map(renderRich));
      default: return assertNever(row);
    }
  });
  return [`*${escapeMarkdown(caption)}*`, '', line(head.map(escapeMarkdown)), line(head.map(() => '---')), ...body].join('\n');
}

function renderRich(content: Rich): string {
  return content.map(renderInline).join('');
}

function renderInline(inline: Inline): string {
  switch (inline.kind) {
    case 'text': return escapeMarkdown(inline.text);
    case 'strong': return inline.text === '' ? '' : `**${escapeMarkdown(inline.text)}**`;
    case 'code': return /^[\w.:-]+$/.test(inline.text) ? `\`${inline.text}\`` : escapeMarkdown(inline.text);
    case 'link': {
      const href = safeHref(inline.href);
      return href === undefined ? escapeMarkdown(inline.text) : `[${escapeMarkdown(inline.text)}](${href})`;
    }
    case 'swatch': return escapeMarkdown(inline.text);
    case 'break': return '<br>';
    default: return assertNever(inline);
  }
}
