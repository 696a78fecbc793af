import { Worker } from 'node:worker_threads';
import type { BatchWorkerData, BatchWorkerJob, BatchWorkerReply } from './batch-worker-messages.js';
import type { LineBatch } from './line-batch.js';
import type { ScreenedLines } from './screen-line-batch.js';

/** Worker threads that screen batches of lines; replies come back as promises, to be awaited in the order sent. */
export interface WorkerPool {
  /** Sends a batch to the next worker in turn. The promise rejects with {@link BatchWorkerFailed} if that worker fails. */
  screen(batch: LineBatch): Promise<ScreenedLines>;
  /** Stops every worker, whatever it was doing. */
  close(): Promise<void>;
}

/**
 * A batch worker failed or stopped: the batch cannot go on. Carries no message from the worker, which could
 * quote the input; only Node's own code when the thread could not start or ran out of memory
 * (`ERR_WORKER_OUT_OF_MEMORY`, `ERR_WORKER_INIT_FAILED`, ...), which is the machine's doing, not a bug.
 */
export class BatchWorkerFailed extends Error {
  override readonly name = 'BatchWorkerFailed';
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/** The most heap (old generation, MiB) a batch worker may use: a worker that needs more fails with ERR_WORKER_OUT_OF_MEMORY. */
export const WORKER_HEAP_MB = 512;

interface Pending {
  readonly resolve: (lines: ScreenedLines) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts `jobs` workers from `workerFile` (dist/batch-worker.cjs), each given `data` and at most `heapMb`
 * of heap. Batches go to the workers in turn; each worker answers its own in the order it got them. A worker
 * that fails or exits rejects every batch it still held, and every batch sent after.
 */
export function createWorkerPool(jobs: number, workerFile: string, data: BatchWorkerData, heapMb = WORKER_HEAP_MB): WorkerPool {
  let nextId = 0;
  let closed = false;
  const workers = Array.from({ length: jobs }, () => {
    const pending = new Map<number, Pending>();
    const worker = new Worker(workerFile, { workerData: data, stdout: false, stderr: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let failed = false;
    let failure = new BatchWorkerFailed('a batch worker stopped');
    const failAll = (error?: unknown): void => {
      if (!failed) failure = new BatchWorkerFailed('a batch worker stopped', workerErrorCode(error));
      failed = true;
      for (const job of pending.values()) job.reject(failure);
      pending.clear();
    };
    // The worker's own stderr (an uncaught error's message, which could quote input) is never passed on.
    worker.stderr.resume();
    worker.on('message', (reply: BatchWorkerReply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      job?.resolve({ text: reply.text, read: reply.read, scored: reply.scored, failed: reply.failed });
    });
    worker.on('error', failAll);
    worker.on('exit', () => {
      if (!closed) failAll();
    });
    return {
      worker,
      send: (batch: LineBatch): Promise<ScreenedLines> => new Promise((resolve, reject) => {
        if (failed || closed) {
          reject(failed ? failure : new BatchWorkerFailed('a batch worker stopped'));
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const job: BatchWorkerJob = { id, batch };
        worker.postMessage(job, [batch.bytes.buffer as ArrayBuffer]);
      }),
    };
  });
  let turn = 0;
  return {
    screen(batch: LineBatch): Promise<ScreenedLines> {
      const slot = workers[turn++ % workers.length];
      const screened = slot === undefined ? Promise.reject(new BatchWorkerFailed('no batch worker')) : slot.send(batch);
      // The caller awaits replies in order and may stop before the last: a failure is never left unhandled meanwhile.
      screened.catch(() => undefined);
      return screened;
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/** Node's code for a worker that could not start or ran out of memory (ERR_WORKER_...), and nothing else the error carries. */
function workerErrorCode(error: unknown): string | undefined {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^ERR_WORKER_[A-Z_]{2,40}$/.test(code) ? code : undefined;
}
