import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { installPacked } from '../support/packed-package.js';

// The README's TypeScript, as a user copies it: each ```ts block is a file of a new project that installs
// the packed package. The blocks are type-checked together (strict, nodenext) and then each is run with tsx.
const blocks = [...readFileSync('README.md', 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
const fileOf = (index: number): string => `readme-${index + 1}.ts`;

let project = '';
beforeAll(() => {
  project = installPacked('cse-readme-');
  writeFileSync(join(project, 'package.json'), '{ "name": "readme", "private": true, "type": "module" }\n');
  mkdirSync(join(project, 'node_modules', '@types'));
  symlinkSync(resolve('node_modules/@types/node'), join(project, 'node_modules', '@types', 'node'), 'dir');
  blocks.forEach((code, index) => writeFileSync(join(project, fileOf(index)), code));
}, 120_000);
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('the README code', () => {
  test('shows each entry of the package in TypeScript: cse-screening, cse-screening/node and cse-screening/precompiled', () => {
    for (const entry of ["'cse-screening'", "'cse-screening/node'", "'cse-screening/precompiled'"]) {
      expect(blocks.some((code) => code.includes(`from ${entry}`))).toBe(true);
    }
  });

  test('compiles against the installed package, strict, with every check the project itself uses', () => {
    const compilerOptions = {
      strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noImplicitReturns: true, verbatimModuleSyntax: true,
      module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: ['node'], resolveJsonModule: true, noEmit: true,
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: blocks.map((_, index) => fileOf(index)) }, null, 2));
    const run = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);

  test.each(blocks.map((_, index) => [fileOf(index)]))('%s runs and prints without error', (file) => {
    const run = spawnSync(resolve('node_modules/.bin/tsx'), [file], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
  }, 90_000);
});
