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

/** A batch worker failed or stopped: the batch cannot go on. Carries no message from the worker, which could quote the input. */
export class BatchWorkerFailed extends Error {
  override readonly name = 'BatchWorkerFailed';
}

interface Pending {
  readonly resolve: (lines: ScreenedLines) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts `jobs` workers from `workerFile` (dist/batch-worker.cjs), each given `data`. Batches go to the
 * workers in turn; each worker answers its own in the order it got them. A worker that fails or exits
 * rejects every batch it still held, and every batch sent after.
 */
export function createWorkerPool(jobs: number, workerFile: string, data: BatchWorkerData): WorkerPool {
  let nextId = 0;
  let closed = false;
  const workers = Array.from({ length: jobs }, () => {
    const pending = new Map<number, Pending>();
    const worker = new Worker(workerFile, { workerData: data, stdout: false, stderr: true });
    let failed = false;
    const failAll = (): void => {
      failed = true;
      for (const job of pending.values()) job.reject(new BatchWorkerFailed('a batch worker stopped'));
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
          reject(new BatchWorkerFailed('a batch worker stopped'));
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
