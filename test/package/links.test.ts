import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPacked } from '../support/packed-package.js';

/** The Markdown a reader opens: the README, the changelog, the security note and everything under docs/. */
function documents(): string[] {
  const under = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? under(path) : path.endsWith('.md') ? [path] : [];
  });
  return ['README.md', 'CHANGELOG.md', 'SECURITY.md', ...under('docs').filter((path) => !path.startsWith(join('docs', 'api')))];
}

/** Text outside fenced code blocks and code spans, where a bracket is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Every link target of a document that is not a web address: inline links, images and reference definitions. */
function relativeLinks(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');
  const definitions = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$/gm)].map((match) => match[1] ?? '');
  return [...inline, ...definitions].filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** The anchors GitHub gives a document's headings (lower case, punctuation dropped, spaces as hyphens, repeats numbered). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const match of prose(markdown).matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (match[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const match of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) found.add(match[1] ?? '');
  return found;
}

interface Link { readonly from: string; readonly target: string; readonly path: string; readonly fragment: string | undefined }

const links: Link[] = documents().flatMap((from) => relativeLinks(readFileSync(from, 'utf8')).map((target) => {
  const [file = '', fragment] = target.split('#');
  const path = file === '' ? from : normalize(join(dirname(from), decodeURIComponent(file)));
  return { from, target, path, fragment };
}));

describe('links in the documents', () => {
  test('there are links to check, in the README and in docs/', () => {
    expect(links.filter((link) => link.from === 'README.md').length).toBeGreaterThan(5);
    expect(links.some((link) => link.from.startsWith('docs/'))).toBe(true);
  });

  test('every relative link resolves to a file or folder of the repository, and every #anchor to a heading of its document', () => {
    const broken = links.filter((link) => {
      if (link.path.startsWith('..') || !existsSync(link.path)) return true;
      if (link.fragment === undefined || link.fragment === '' || !link.path.endsWith('.md')) return false;
      return !anchors(readFileSync(link.path, 'utf8')).has(decodeURIComponent(link.fragment));
    }).map((link) => `${link.from} -> ${link.target}`);
    expect(broken).toEqual([]);
  });

  test('the packed package holds the README, the changelog, SECURITY.md and docs/*.md, and every relative link in them resolves inside the package', () => {
    const paths = new Set(listPacked().files.map((file) => file.path));
    const packedDocuments = documents().filter((path) => paths.has(path));
    expect(packedDocuments).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'SECURITY.md', ...documents().filter((path) => /^docs\/[^/]+\.md$/.test(path))]));
    const inPackage = (path: string): boolean => paths.has(path) || [...paths].some((packed) => packed.startsWith(`${path}/`));
    const broken = links.filter((link) => packedDocuments.includes(link.from) && !inPackage(link.path)).map((link) => `${link.from} -> ${link.target}`);
    expect(broken).toEqual([]);
  }, 60_000);
});
