import type { Phrase } from './phrase-condition.js';

/**
 * A format-neutral document: the rulebook and the change review are built once as these blocks and
 * rendered to Markdown or HTML, so that both formats carry the same content. All text is plain: each
 * renderer escapes it for its own format.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'swatch'; readonly colour: string; readonly text: string }
  | { readonly kind: 'break' };

/** A run of inline content. */
export type Rich = readonly Inline[];

/** A list item, with an optional nested list. */
export interface ListItem {
  readonly content: Rich;
  readonly items: readonly ListItem[];
}

/** A table row: a group heading spanning the table, or a row whose first cell is its header. */
export type TableRow =
  | { readonly kind: 'group'; readonly text: string }
  | { readonly kind: 'row'; readonly cells: readonly Rich[] };

/** A block of the document. */
export type Block =
  | { readonly kind: 'heading'; readonly depth: 3 | 4; readonly id: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly content: Rich }
  | { readonly kind: 'notice'; readonly title: string; readonly paragraphs: readonly Rich[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [string, Rich])[] }
  | { readonly kind: 'table'; readonly id: string; readonly caption: string; readonly head: readonly string[]; readonly rows: readonly TableRow[] };

/** A major section: it starts a new page in print and has an entry in the contents. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A whole document: its title, what goes before the contents, and its sections. */
export interface RulebookDocument {
  readonly title: string;
  /** Whether to list the sections in a table of contents. */
  readonly contents: boolean;
  readonly front: readonly Block[];
  readonly sections: readonly Section[];
}

/** Plain text as inline content. */
export const text = (value: string): Inline => ({ kind: 'text', text: value });
/** Emphasised text. */
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
/** An identifier, shown in a fixed-width font. */
export const code = (value: string): Inline => ({ kind: 'code', text: value });
/** A paragraph of plain text. */
export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
/** A list of plain-text items. */
export const bullets = (items: readonly string[], ordered = false): Block =>
  ({ kind: 'list', ordered, items: items.map((item) => ({ content: [text(item)], items: [] })) });

/** A phrase (a sentence with nested lists) as a list item. */
export function phraseItem(phrase: Phrase): ListItem {
  return { content: [text(phrase.text)], items: phrase.items.map(phraseItem) };
}

/** Ids for headings and anchors: lower case letters, digits and hyphens, with a prefix. */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/**
 * A list item from text that `flattenPhrase` produced: the first line is the item, and lines
 * starting “- ” (indented two spaces per level) become its nested items.
 */
export function textItem(value: string, prefix: readonly Inline[] = []): ListItem {
  const [head = '', ...rest] = value.split('\n');
  const root: { content: Rich; items: ListItem[] } = { content: [...prefix, text(head)], items: [] };
  const stack: { content: Rich; items: ListItem[] }[] = [root];
  for (const line of rest) {
    const match = /^( *)- (.*)$/.exec(line);
    const depth = match === null ? 0 : (match[1] ?? '').length / 2;
    const item = { content: [text(match === null ? line : match[2] ?? '')], items: [] as ListItem[] };
    stack.length = Math.min(stack.length, depth + 1);
    (stack[stack.length - 1] ?? root).items.push(item);
    stack.push(item);
  }
  return root;
}
