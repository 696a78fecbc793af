import { parentPort, workerData } from 'node:worker_threads';
import { buildCompiledRuleset } from '../../../engine/compile/build-compiled-ruleset.js';
import { createScreener } from '../../../engine/screener/create-screener.js';
import type { BatchWorkerData, BatchWorkerReply, BatchWorkerJob } from './batch-worker-messages.js';
import { screenLineBatch, screenRecordWith } from './screen-line-batch.js';

/**
 * A worker thread of `assess --batch --jobs N` (dist/batch-worker.cjs): builds the engine's form of the
 * ruleset the batch's own thread loaded and proved, checks that its fingerprint is the same, then reads,
 * screens and writes each batch of lines it is sent, replying in the order it was sent them. It never
 * reports anything from the input: a failure is its error's name only.
 */
const port = parentPort;
if (port !== null) {
  const data = workerData as BatchWorkerData;
  const compiled = buildCompiledRuleset(data.ruleset);
  if (compiled.stamp.fingerprint !== data.fingerprint) throw new Error('the ruleset a worker built differs from the batch\'s');
  const screen = screenRecordWith(createScreener(compiled), data.output, data.includeFreeText);
  port.on('message', (job: BatchWorkerJob) => {
    const reply: BatchWorkerReply = { id: job.id, ...screenLineBatch(job.batch, screen) };
    port.postMessage(reply);
  });
}
