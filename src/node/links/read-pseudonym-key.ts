import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fail, succeed, type Safe } from '../../issues/safe.js';

/** The fewest bytes a key file may hold. */
export const MIN_KEY_BYTES = 32;

/**
 * Reads the local authority's pseudonymisation key: the file's bytes, less white space at either end,
 * at least 32 bytes. Issues never quote the key.
 */
export function readPseudonymKey(path: string): Safe<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return fail([{ code: 'file_not_found', path: ['key'], message: 'the key file cannot be read' }]);
  }
  const key = Buffer.from(bytes.toString('latin1').trim(), 'latin1');
  return key.byteLength < MIN_KEY_BYTES
    ? fail([{ code: 'invalid_value', path: ['key'], message: `the key file must hold at least ${MIN_KEY_BYTES} bytes; make one with cse-screen pseudonymise --new-key FILE` }])
    : succeed(key);
}

/** Writes a new random key (32 bytes as 64 hex digits) readable by its owner only; never overwrites a file. */
export function createPseudonymKey(path: string): Safe<string> {
  try {
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    return succeed(path);
  } catch (error) {
    const exists = error !== null && typeof error === 'object' && 'code' in error && error.code === 'EEXIST';
    return fail([{ code: 'file_unreadable', path: ['key'], message: exists ? 'a file already exists there: a key is never overwritten' : 'the key file cannot be written' }]);
  }
}
