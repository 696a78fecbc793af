import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DOCUMENTS, readDocBlocks, type DocBlock } from '../support/doc-blocks.js';
import { installPacked } from '../support/packed-package.js';

// The TypeScript and JavaScript of the README and docs/*.md, as a user copies it: each block is a file of a new
// project that installs the packed package. The blocks are type-checked strictly, and each is then run with tsx.
// A block that needs a browser or React (a form renderer) has the marker below on the line before its fence
// (README, "Work on cse-screening"): it is type-checked for a browser app (DOM, JSX, bundler resolution), not run.
const TYPECHECK_ONLY = '<!-- typecheck-only -->';
const EXTENSIONS: Readonly<Record<string, string>> = { ts: 'ts', typescript: 'ts', tsx: 'tsx', mts: 'mts', js: 'js', javascript: 'js', jsx: 'jsx', mjs: 'mjs' };
const BROWSER = /\bfrom '(?:react|react-dom|@jsonforms\/[\w-]+|@rjsf\/[\w-]+|lforms)[/']|\b(?:window|document|LForms)\b/;

const blocks = readDocBlocks(DOCUMENTS, Object.keys(EXTENSIONS));
const browserOnly = blocks.filter((block) => block.marker === TYPECHECK_ONLY);
const runnable = blocks.filter((block) => block.marker !== TYPECHECK_ONLY);
const nameOf = (block: DocBlock): string => `${block.document} block ${String(block.index)}`;
const fileOf = (block: DocBlock): string =>
  `${block.document.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${String(block.index)}.${EXTENSIONS[block.language] ?? block.language}`;

// The packages the blocks import besides this one (a form renderer, React, Ajv), linked from the repository's
// node_modules with their types, as the user's app would install them.
const imported = new Set(blocks.flatMap((block) => [...block.code.matchAll(/(?:from|import) '([^.'][^']*)'/g)].map((match) => match[1] ?? '')));
if (blocks.some((block) => /x$/.test(block.language))) imported.add('react/jsx-runtime');
const packages = [...new Set([...imported].filter((name) => !name.startsWith('node:') && !/^cse-screening(?:\/|$)/.test(name))
  .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/')))];

const STRICT = {
  strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noImplicitReturns: true, noImplicitOverride: true,
  noFallthroughCasesInSwitch: true, verbatimModuleSyntax: true, resolveJsonModule: true, allowJs: true, checkJs: true, noEmit: true,
};
const PROJECTS = [
  { name: 'Node (nodenext)', config: 'tsconfig.node.json', files: runnable,
    compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: ['node'] } },
  { name: 'a browser app (bundler, DOM, JSX)', config: 'tsconfig.browser.json', files: browserOnly,
    compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], jsx: 'react-jsx',
      // The renderers' own declarations (MUI's, JSON Forms') do not pass exactOptionalPropertyTypes: not ours to
      // check. Ours are, in the Node project above; the blocks themselves are checked in full.
      skipLibCheck: true } },
] as const;

let project = '';
beforeAll(() => {
  project = installPacked('cse-doc-code-');
  writeFileSync(join(project, 'package.json'), '{ "name": "doc-code", "private": true, "type": "module" }\n');
  const link = (name: string): void => {
    if (existsSync(join(project, 'node_modules', name)) || !existsSync(resolve('node_modules', name))) return;
    mkdirSync(dirname(join(project, 'node_modules', name)), { recursive: true });
    symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name), 'dir');
  };
  link('@types/node');
  for (const name of packages) {
    if (!existsSync(resolve('node_modules', name))) throw new Error(`a doc block imports ${name}, which the repository does not install`);
    link(name);
    link(`@types/${name.replace(/^@(.*)\//, '$1__')}`);
  }
  for (const block of blocks) writeFileSync(join(project, fileOf(block)), block.code);
}, 120_000);
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('the code of the README and docs', () => {
  test('shows each entry of the package in TypeScript in the README: cse-screening, cse-screening/node and cse-screening/precompiled', () => {
    const readme = blocks.filter((block) => block.document === 'README.md');
    for (const entry of ["'cse-screening'", "'cse-screening/node'", "'cse-screening/precompiled'"]) {
      expect(readme.some((block) => block.code.includes(`from ${entry}`))).toBe(true);
    }
  });

  test('is found in the docs too, and only a block that needs a browser or React is marked typecheck-only', () => {
    expect(blocks.filter((block) => block.document !== 'README.md').length).toBeGreaterThanOrEqual(6);
    for (const block of blocks) expect([undefined, TYPECHECK_ONLY], `${nameOf(block)}: its marker`).toContain(block.marker);
    for (const block of browserOnly) expect(/x$/.test(block.language) || BROWSER.test(block.code), `${nameOf(block)} needs a browser`).toBe(true);
    // JSX is never run here: a block holding it is a tsx (or jsx) block, so that it compiles as JSX.
    for (const block of blocks.filter((each) => !/x$/.test(each.language))) expect(block.code, nameOf(block)).not.toMatch(/^\s*<[A-Z]/m);
  });

  test.each(PROJECTS.map((each) => [each.name, each] as const))('compiles against the installed package as code of %s, strict, with the checks the project itself uses', (_, each) => {
    expect(each.files.length).toBeGreaterThan(0);
    writeFileSync(join(project, each.config), JSON.stringify({ compilerOptions: each.compilerOptions, files: each.files.map(fileOf) }, null, 2));
    const run = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', each.config], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);

  test.each(runnable.map((block) => [nameOf(block), fileOf(block)]))('%s (%s) runs under Node and prints without error', (_, file) => {
    const run = spawnSync(resolve('node_modules/.bin/tsx'), [file], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
  }, 90_000);
});
