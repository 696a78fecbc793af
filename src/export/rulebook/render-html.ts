import { assertNever } from '../../assert-never.js';
import { safeHref } from './escape-markdown.js';
import { escapeHtml } from './escape-html.js';
import { RULEBOOK_CSS } from './rulebook-css.js';
import type { Block, Inline, ListItem, Rich, RulebookDocument, TableRow } from './rulebook-document.js';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Renders a document as one standalone HTML page: inline CSS only, no scripts, no external assets,
 * a table of contents, semantic tables, and every piece of ruleset text escaped.
 */
export function renderHtml(document: RulebookDocument): string {
  const title = escapeHtml(document.title);
  const contents = !document.contents || document.sections.length <= 1 ? '' : [
    '<nav class="toc" aria-labelledby="contents-title">',
    '<h2 id="contents-title">Contents</h2>',
    `<ol>${document.sections.map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ].join('\n');
  const sections = document.sections.map((section) => [
    `<section id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(section.id)}-title">`,
    `<h2 id="${escapeHtml(section.id)}-title">${escapeHtml(section.title)}</h2>`,
    ...section.blocks.map(renderBlock),
    '</section>',
  ].join('\n'));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${RULEBOOK_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    ...document.front.map(renderBlock),
    '</header>',
    contents,
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading': return `<h${block.depth} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.depth}>`;
    case 'paragraph': return `<p>${renderRich(block.content)}</p>`;
    case 'notice':
      return `<aside class="notice" role="note">\n<p class="notice-title">${escapeHtml(block.title)}</p>\n${block.paragraphs.map((content) => `<p>${renderRich(content)}</p>`).join('\n')}\n</aside>`;
    case 'list': return renderList(block.items, block.ordered);
    case 'facts': return `<dl class="facts">\n${block.rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${renderRich(value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': return renderTable(block.id, block.caption, block.head, block.rows);
    default: return assertNever(block);
  }
}

function renderList(items: readonly ListItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const entries = items.map((item) => `<li>${renderRich(item.content)}${item.items.length === 0 ? '' : `\n${renderList(item.items, false)}\n`}</li>`);
  return `<${tag}>\n${entries.join('\n')}\n</${tag}>`;
}

function renderTable(id: string, caption: string, head: readonly string[], rows: readonly TableRow[]): string {
  const out: string[] = [
    `<table id="${escapeHtml(id)}">`,
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
  ];
  let open = false;
  for (const row of rows) {
    switch (row.kind) {
      case 'group':
        if (open) out.push('</tbody>');
        out.push('<tbody>', `<tr class="group"><th scope="rowgroup" colspan="${head.length}">${escapeHtml(row.text)}</th></tr>`);
        open = true;
        break;
      case 'row': {
        if (!open) { out.push('<tbody>'); open = true; }
        const [first = [], ...rest] = row.cells;
        out.push(`<tr><th scope="row">${renderRich(first)}</th>${rest.map((cell) => `<td>${renderRich(cell)}</td>`).join('')}</tr>`);
        break;
      }
      default:
        assertNever(row);
    }
  }
  if (open) out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

function renderRich(content: Rich): string {
  return content.map(renderInline).join('');
}

function renderInline(inline: Inline): string {
  switch (inline.kind) {
    case 'text': return escapeHtml(inline.text);
    case 'strong': return `<strong>${escapeHtml(inline.text)}</strong>`;
    case 'code': return `<code>${escapeHtml(inline.text)}</code>`;
    case 'link': {
      const href = safeHref(inline.href);
      return href === undefined ? escapeHtml(inline.text) : `<a href="${escapeHtml(href)}">${escapeHtml(inline.text)}</a>`;
    }
    case 'swatch':
      return COLOUR.test(inline.colour)
        ? `<span class="swatch" style="background-color: ${inline.colour}" aria-hidden="true"></span>${escapeHtml(inline.text)}`
        : escapeHtml(inline.text);
    case 'break': return '<br>';
    default: return assertNever(inline);
  }
}
