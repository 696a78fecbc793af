import { readdirSync, readFileSync } from 'node:fs';

/** The documents whose code blocks the tests run: the README and every docs/*.md. */
export const DOCUMENTS: readonly string[] = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

/** A fenced code block of a Markdown document, as a reader copies it. */
export interface DocBlock {
  /** The document, such as "docs/forms.md". */
  readonly document: string;
  /** Its place (from 1) among the document's blocks of the languages asked for. */
  readonly index: number;
  /** The fence's language, such as "ts". */
  readonly language: string;
  /** The code, without the indent of a fence inside a list item. */
  readonly code: string;
  /** The HTML comment alone on the line just before the fence, such as "<!-- illustrative -->", if there is one. */
  readonly marker: string | undefined;
}

/**
 * The fenced blocks of the documents in the given languages (a fence may be indented, as in a list item;
 * it closes at a fence of the same indent). Reads line by line, so that a fence inside another block of
 * any language is never taken for a block.
 */
export function readDocBlocks(documents: readonly string[], languages: readonly string[]): DocBlock[] {
  return documents.flatMap((document) => {
    const found: DocBlock[] = [];
    const lines = readFileSync(document, 'utf8').split('\n');
    for (let line = 0; line < lines.length; line += 1) {
      const open = /^( *)```(\S*)$/.exec(lines[line] ?? '');
      if (open === null) continue;
      const [, indent = '', language = ''] = open;
      const close = lines.findIndex((text, at) => at > line && text === `${indent}\`\`\``);
      if (close === -1) throw new Error(`${document}:${String(line + 1)}: a fence that never closes`);
      if (languages.includes(language)) {
        const code = lines.slice(line + 1, close).map((text) => (text.startsWith(indent) ? text.slice(indent.length) : text.trimStart())).join('\n');
        const before = (lines[line - 1] ?? '').trim();
        found.push({ document, index: found.length + 1, language, code: `${code}\n`, marker: /^<!--.*-->$/.test(before) ? before : undefined });
      }
      line = close;
    }
    return found;
  });
}
