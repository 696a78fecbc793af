import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fail, succeed, type Safe } from '../../../issues/safe.js';
import type { Issue } from '../../../schema/issue.js';
import type { CliIo } from '../cli-io.js';

/** Where a batch is read from: its chunks, and its size in bytes when it is a file. */
export interface BatchSource {
  readonly chunks: AsyncIterable<unknown>;
  readonly size: number | undefined;
}

const CHUNK_BYTES = 512 * 1024;

/**
 * Opens a batch: standard input for `-`, else the file. Reading is lazy, so the input is pulled only
 * as fast as results are written. A file that cannot be opened is `file_not_found` or
 * `file_unreadable`; the message names neither the file nor its content.
 */
export async function openBatchSource(source: string, stdin: CliIo['stdin']): Promise<Safe<BatchSource>> {
  if (source === '-') return succeed({ chunks: stdin, size: sizeOfStdin(stdin) });
  try {
    const handle = await open(source, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      return fail([{ code: 'file_unreadable', path: [], message: 'is a folder, not a file' }]);
    }
    return succeed({ chunks: handle.createReadStream({ highWaterMark: CHUNK_BYTES }), size: stat.isFile() ? stat.size : undefined });
  } catch (error) {
    return fail([openIssue(error)]);
  }
}

/** The size of standard input when it is redirected from a file (`< big.ndjson`); unknown for a pipe. */
function sizeOfStdin(stdin: CliIo['stdin']): number | undefined {
  if (!('fd' in stdin) || typeof stdin.fd !== 'number') return undefined;
  try {
    const stat = fstatSync(stdin.fd);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

function openIssue(error: unknown): Issue {
  const code = error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && /^E[A-Z0-9]{1,20}$/.test(error.code)
    ? error.code
    : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'file_not_found', path: [], message: 'names a file that does not exist' };
  if (code === 'EISDIR') return { code: 'file_unreadable', path: [], message: 'is a folder, not a file' };
  return { code: 'file_unreadable', path: [], message: `names a file that cannot be read${code === undefined ? '' : ` (${code})`}` };
}
