import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Where the V8 code cache of a built CommonJS file sits: beside it. */
export function codeCachePathOf(file: string): string {
  return `${file}.v8-cache`;
}

/**
 * The 32 bytes that open a code cache: SHA-256 of this Node's version and architecture and of the file's
 * exact text. A cache made from other text (a later build) or by another Node is never handed to V8.
 */
export function codeCacheHeader(source: string): Buffer {
  return createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest();
}

/** The cached data for this text, or undefined when there is no cache or it was made from anything else. */
export function readCodeCache(file: string, source: string): Buffer | undefined {
  return readCodeCacheUnder(file, codeCacheHeader(source));
}

/** The cached data after this header, or undefined when there is no cache or it opens with another. */
function readCodeCacheUnder(file: string, header: Buffer): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(codeCachePathOf(file));
  } catch {
    return undefined;
  }
  return cache.length > header.length && cache.subarray(0, header.length).equals(header) ? cache.subarray(header.length) : undefined;
}

/** What the build reads to write the cache after a run (see tsup.config.ts): the script, its file and header. */
export interface CodeCacheSubject {
  readonly file: string;
  readonly header: Buffer;
  readonly script: Script;
}

/** The global key under which runWithCodeCache leaves its {@link CodeCacheSubject}. */
export const CODE_CACHE_SUBJECT = Symbol.for('cse-screening/code-cache-subject');

/**
 * Runs a CommonJS file as require would (the same module wrapper, require, module, __filename, __dirname),
 * compiled with its V8 code cache when the cache was made from exactly this text by this Node: V8 then
 * skips parsing and compiling what the cache holds. Without a usable cache it compiles as usual; V8 itself
 * refuses a cache made with other flags. The build makes the cache after one assessment (tsup.config.ts).
 */
export function runWithCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  // Hashed once (the file is ~350 KB): the header both opens the cache and goes to the build that writes it.
  const header = codeCacheHeader(source);
  const cachedData = readCodeCacheUnder(file, header);
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  const script = new Script(Module.wrap(body), { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  (globalThis as Record<symbol, unknown>)[CODE_CACHE_SUBJECT] = { file, header, script } satisfies CodeCacheSubject;
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const module = new Module(file);
  module.filename = file;
  compiled.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}
