import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, succeed, type Safe } from '../issues/safe.js';

/**
 * Writes files into a folder so that none is ever left half-written: each is written to a temporary
 * name first, and only when all are written are they renamed into place.
 */
export function writeFilesAtomically(folder: string, files: ReadonlyMap<string, string>): Safe<string[]> {
  const written: string[] = [];
  const temporary: string[] = [];
  try {
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of files) {
      const target = join(folder, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.partial`, content);
      temporary.push(target);
    }
    for (const target of temporary) {
      renameSync(`${target}.partial`, target);
      written.push(target);
    }
    return succeed(written);
  } catch {
    for (const target of temporary) rmSync(`${target}.partial`, { force: true });
    return fail([{ code: 'file_unreadable', path: [], message: 'could not write to the output folder' }]);
  }
}
