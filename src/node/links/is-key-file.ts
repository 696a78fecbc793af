import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';

/**
 * Whether a file already at `path` is, or may be, a pseudonymisation key, which no output may ever replace:
 * a regular file named `*.key`, or one that holds what `pseudonymise --new-key` writes (64 hex digits and a
 * line end), or the very file `keyPath` names. False when nothing is there. Reads at most 200 bytes.
 */
export function isKeyFile(path: string, keyPath?: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return false;
    if (keyPath !== undefined && isSameFile(stat, keyPath)) return true;
    if (/\.key$/i.test(path)) return true;
    if (stat.size > 200) return false;
    const head = Buffer.alloc(200);
    const length = readSync(fd, head, 0, head.length, 0);
    return /^\s*[0-9a-fA-F]{64}\s*$/.test(head.subarray(0, length).toString('latin1'));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

function isSameFile(stat: { readonly dev: number; readonly ino: number }, other: string): boolean {
  try {
    const fd = openSync(other, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const theirs = fstatSync(fd);
      return theirs.dev === stat.dev && theirs.ino === stat.ino;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
