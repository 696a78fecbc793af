import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { isKeyFile } from './links/is-key-file.js';
import { printableText } from './printable-text.js';
import { systemErrorReason } from './system-error-reason.js';
import { CREATE_EXCLUSIVELY, tempPathBeside } from './temp-path-beside.js';

/** Who may read the files written: `private` (case data: 0600 files, new folders 0700) or `shared` (0644 and 0755, less the umask). */
export type FileAccess = 'private' | 'shared';

const MODES: Readonly<Record<FileAccess, { readonly file: number; readonly folder: number }>> = {
  private: { file: 0o600, folder: 0o700 },
  shared: { file: 0o666, folder: 0o777 },
};

/** What a file holds: its text, or a function that gives it in parts, each written as it comes (see writeParts). */
export type FileContent = string | (() => Iterable<string>);

/**
 * Writes files into a folder so that none is ever left half-written, and none is written through a link:
 * each is written, made printable (see printableText), to a new file under a name no one can predict,
 * created exclusively with the access asked for, and flushed to disk; only when all are written are they
 * renamed into place. A name that holds a key file is never replaced. On any failure (a folder that cannot
 * be made or written to, a full disk) every temporary file is removed and the outcome is `file_unwritable`,
 * with nothing written: earlier files at those names are left as they were.
 */
export function writeFilesAtomically(folder: string, files: ReadonlyMap<string, FileContent>, access: FileAccess = 'shared'): Safe<string[]> {
  const modes = MODES[access];
  const written: string[] = [];
  const temporary: { readonly path: string; readonly target: string }[] = [];
  try {
    makeFolders(folder, modes.folder);
    for (const name of files.keys()) {
      const target = join(folder, name);
      if (isKeyFile(target)) {
        return fail([{ code: 'file_unwritable', path: [], message: 'an output would replace a key file: a key is never overwritten; write to another place' }]);
      }
    }
    for (const [name, content] of files) {
      const target = join(folder, name);
      makeFolders(dirname(target), modes.folder);
      const path = tempPathBeside(target);
      const fd = openSync(path, CREATE_EXCLUSIVELY, modes.file);
      // Listed before a byte is written, so that a write cut short is removed too.
      temporary.push({ path, target });
      try {
        if (typeof content === 'string') writeWhole(fd, printableText(content));
        else writeParts(fd, content());
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const { path, target } of temporary) {
      renameSync(path, target);
      written.push(target);
    }
    return succeed(written);
  } catch (error) {
    for (const { path } of temporary) rmSync(path, { force: true });
    return fail([{ code: 'file_unwritable', path: [], message: `could not write to the output folder${systemErrorReason(error)}; nothing was written` }]);
  }
}

/** Writes every byte of the text, however many writes it takes; a write that takes nothing is a full disk. */
function writeWhole(fd: number, text: string): void {
  writeBytes(fd, Buffer.from(text, 'utf8'));
}

/** Writes every byte, however many writes it takes; a write that takes nothing is a full disk. */
function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength;) {
    const wrote = writeSync(fd, bytes, at);
    if (wrote <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    at += wrote;
  }
}

/** How much text is gathered from the parts before it is made printable and written: small, so that parts die young. */
const WRITE_AT = 1 << 16;

/**
 * Writes the parts of a text as printableText would write the whole, about 64 KiB at a time through one buffer,
 * so that a long report is never held whole: text is cut only after a character that printableText reads alone
 * (never after a carriage return, which it keeps raw before a line feed, nor inside a surrogate pair).
 */
function writeParts(fd: number, parts: Iterable<string>): void {
  let buffer = Buffer.allocUnsafeSlow(WRITE_AT * 4);
  let pending = '';
  const flush = (): void => {
    const text = printableText(pending);
    if (text.length * 3 > buffer.length) buffer = Buffer.allocUnsafeSlow(text.length * 3);
    writeBytes(fd, buffer.subarray(0, buffer.write(text, 0, 'utf8')));
    pending = '';
  };
  for (const part of parts) {
    if (part === '') continue;
    pending += part;
    // The part's last character is the text's: read from the part, never from the text gathered (which would flatten it).
    const last = part.charCodeAt(part.length - 1);
    if (pending.length >= WRITE_AT && last !== 13 && (last < 0xd800 || last > 0xdbff)) flush();
  }
  flush();
}

/**
 * Makes a folder and the missing ones above it, one at a time from the top, so that the work is
 * bounded by the path's length. (`mkdirSync` with `recursive` loops forever on some paths that can
 * never be made, such as /proc/x on Linux.) Throws the first error.
 */
function makeFolders(folder: string, mode: number): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const path of missing.reverse()) mkdirSync(path, { mode });
}
