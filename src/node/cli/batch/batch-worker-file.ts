import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file name of the batch worker in dist/ (src/node/cli/batch/batch-worker.ts, built on its own). */
export const BATCH_WORKER_FILE = 'batch-worker.cjs';

/**
 * Where the built batch worker is: beside the running build (dist/cli-assess.cjs) or one folder up from it
 * (a chunk of dist/cli.js under dist/cli-chunks). Undefined when there is none (running from src/): the
 * batch then screens on its own thread.
 */
export function findBatchWorker(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, BATCH_WORKER_FILE), join(here, '..', BATCH_WORKER_FILE)].find((path) => existsSync(path));
}
