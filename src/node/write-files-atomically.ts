import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { systemErrorReason } from './system-error-reason.js';

/**
 * Writes files into a folder so that none is ever left half-written: each is written to a temporary
 * name first, and only when all are written are they renamed into place. A folder that cannot be
 * made or written to (read-only, not a folder, under /proc) fails at once with `file_unwritable`.
 */
export function writeFilesAtomically(folder: string, files: ReadonlyMap<string, string>): Safe<string[]> {
  const written: string[] = [];
  const temporary: string[] = [];
  try {
    makeFolders(folder);
    for (const [name, content] of files) {
      const target = join(folder, name);
      makeFolders(dirname(target));
      writeFileSync(`${target}.partial`, content);
      temporary.push(target);
    }
    for (const target of temporary) {
      renameSync(`${target}.partial`, target);
      written.push(target);
    }
    return succeed(written);
  } catch (error) {
    for (const target of temporary) rmSync(`${target}.partial`, { force: true });
    return fail([{ code: 'file_unwritable', path: [], message: `could not write to the output folder${systemErrorReason(error)}` }]);
  }
}

/**
 * Makes a folder and the missing ones above it, one at a time from the top, so that the work is
 * bounded by the path's length. (`mkdirSync` with `recursive` loops forever on some paths that can
 * never be made, such as /proc/x on Linux.) Throws the first error.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const path of missing.reverse()) mkdirSync(path);
}
