import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The flags that open a new file for writing only if nothing at all is at its name: not a file, not a
 * symlink (O_CREAT with O_EXCL never follows one; O_NOFOLLOW says so twice).
 */
export const CREATE_EXCLUSIVELY = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * A name beside `target`, in the same folder (so that a rename moves it into place in one step), that no
 * other user can predict: a dot, the target's name (cut short) and 18 random hex digits. Open it with
 * CREATE_EXCLUSIVELY: a file or symlink planted at a fixed name such as `OUT.partial` is never written through.
 */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target).slice(0, 80)}.${randomBytes(9).toString('hex')}.partial`);
}
