import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Issue } from '../../schema/issue.js';
import { systemErrorReason } from '../system-error-reason.js';
import { CREATE_EXCLUSIVELY, tempPathBeside } from '../temp-path-beside.js';

/** The fewest bytes a key file may hold. */
export const MIN_KEY_BYTES = 32;

/** The fewest distinct byte values a key may hold: a key made by `--new-key` (64 hex digits) holds 16, or very nearly. */
const MIN_DISTINCT_BYTES = 8;

/**
 * Reads the local authority's pseudonymisation key: the file's bytes, less white space at either end.
 * Refused, with `invalid_value` at `key` and a message that never quotes the key: a file that others may
 * read or write (any group or other permission: chmod 600 it), a key of fewer than 32 bytes, and a weak
 * key (fewer than 8 distinct byte values, or a block of 16 bytes or fewer repeated, such as 32 × `a`).
 */
export function readPseudonymKey(path: string): Safe<Uint8Array> {
  let bytes: Buffer;
  let mode: number;
  try {
    const fd = openSync(path, constants.O_RDONLY);
    try {
      mode = fstatSync(fd).mode;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return fail([{ code: 'file_not_found', path: ['key'], message: 'the key file cannot be read' }]);
  }
  if ((mode & 0o077) !== 0) {
    return fail([invalidKey(`the key file can be read or changed by other users (mode ${(mode & 0o777).toString(8).padStart(4, '0')}): make it its owner's only with chmod 600, and make a new key if others may have read it`)]);
  }
  const key = Buffer.from(bytes.toString('latin1').trim(), 'latin1');
  if (key.byteLength < MIN_KEY_BYTES) return fail([invalidKey(`the key file must hold at least ${MIN_KEY_BYTES} bytes; make one with cse-screen pseudonymise --new-key FILE`)]);
  if (isWeak(key)) return fail([invalidKey('the key is weak (too few different bytes, or a short pattern repeated): refs made with it could be recomputed by guessing it; make one with cse-screen pseudonymise --new-key FILE')]);
  return succeed(key);
}

/**
 * Writes a new random key (32 bytes as 64 hex digits and a line end) readable by its owner only (0600),
 * whole or not at all: written and flushed under a name no one can predict, then linked to `path`, which
 * fails if anything is already there (a key is never overwritten). Nothing is left behind on failure.
 */
export function createPseudonymKey(path: string): Safe<string> {
  const temporary = tempPathBeside(path);
  let created = false;
  try {
    const fd = openSync(temporary, CREATE_EXCLUSIVELY, 0o600);
    created = true;
    try {
      const text = Buffer.from(`${randomBytes(32).toString('hex')}\n`, 'latin1');
      if (writeSync(fd, text) !== text.byteLength) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temporary, path);
    return succeed(path);
  } catch (error) {
    const exists = error !== null && typeof error === 'object' && 'code' in error && error.code === 'EEXIST' && created;
    return fail([{
      code: 'file_unwritable',
      path: ['key'],
      message: exists ? 'a file already exists there: a key is never overwritten' : `the key file cannot be written${systemErrorReason(error)}; nothing was written`,
    }]);
  } finally {
    if (created) rmSync(temporary, { force: true });
  }
}

function invalidKey(message: string): Issue {
  return { code: 'invalid_value', path: ['key'], message };
}

/** Too few distinct bytes, or the whole key one block of at most 16 bytes repeated. */
function isWeak(key: Uint8Array): boolean {
  if (new Set(key).size < MIN_DISTINCT_BYTES) return true;
  for (let period = 1; period <= 16; period++) {
    let repeats = true;
    for (let i = period; i < key.length && repeats; i++) repeats = key[i] === key[i - period];
    if (repeats) return true;
  }
  return false;
}
