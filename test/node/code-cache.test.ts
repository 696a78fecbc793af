import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { Module } from 'node:module';
import { afterAll, describe, expect, test } from 'vitest';
import { CODE_CACHE_SUBJECT, codeCacheHeader, codeCachePathOf, readCodeCache, runWithCodeCache, type CodeCacheSubject } from '../../src/node/cli/code-cache.js';

const scratch = mkdtempSync(join(tmpdir(), 'cse-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SOURCE = `#!/usr/bin/env node
'use strict';
const { basename } = require('node:path');
module.exports.ok = true;
globalThis.codeCacheTestSeen = { file: basename(__filename), folder: __dirname, sameExports: exports === module.exports && module.exports.ok };
globalThis.codeCacheTestRan = (globalThis.codeCacheTestRan ?? 0) + 1;
`;

function writeFile(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

function ran(): number {
  return (globalThis as { codeCacheTestRan?: number }).codeCacheTestRan ?? 0;
}

describe('the V8 code cache of the bin\'s assess build', () => {
  test('runs a CommonJS file as require would: its #! line, require, module, exports, __filename and __dirname', () => {
    const file = writeFile('plain.cjs', SOURCE);
    const before = ran();
    runWithCodeCache(file);
    expect(ran()).toBe(before + 1);
    expect((globalThis as { codeCacheTestSeen?: unknown }).codeCacheTestSeen).toEqual({ file: 'plain.cjs', folder: scratch, sameExports: true });
  });

  test('hands V8 only a cache made from exactly this text by this Node', () => {
    const file = writeFile('cached.cjs', SOURCE);
    expect(readCodeCache(file, SOURCE)).toBeUndefined();
    const data = new Script(Module.wrap(`//${SOURCE.slice(2)}`), { filename: file }).createCachedData();
    writeFileSync(codeCachePathOf(file), Buffer.concat([codeCacheHeader(SOURCE), data]));
    expect(readCodeCache(file, SOURCE)?.equals(data)).toBe(true);
    expect(readCodeCache(file, `${SOURCE} `)).toBeUndefined();
    writeFileSync(codeCachePathOf(file), Buffer.concat([codeCacheHeader(`${SOURCE}// an earlier build\n`), data]));
    expect(readCodeCache(file, SOURCE)).toBeUndefined();
  });

  test('a cache V8 refuses (made from other code under this header) leaves the file compiled as usual, and run', () => {
    const file = writeFile('refused.cjs', SOURCE);
    writeFileSync(codeCachePathOf(file), Buffer.concat([codeCacheHeader(SOURCE), Buffer.from('not a code cache at all, only bytes')]));
    const before = ran();
    runWithCodeCache(file);
    expect(ran()).toBe(before + 1);
    const subject = (globalThis as Record<symbol, CodeCacheSubject | undefined>)[CODE_CACHE_SUBJECT];
    expect(subject?.file).toBe(file);
    expect(subject?.script.cachedDataRejected).toBe(true);
  });
});
