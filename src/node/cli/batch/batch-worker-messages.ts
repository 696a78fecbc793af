import type { Ruleset } from '../../../schema/ruleset.js';
import type { BatchOutput } from './batch-output.js';
import type { LineBatch } from './line-batch.js';
import type { ScreenedLines } from './screen-line-batch.js';

/** What a batch worker starts with: the ruleset as parsed and proved by the batch's own thread, its fingerprint, and what to write. */
export interface BatchWorkerData {
  readonly ruleset: Ruleset;
  readonly fingerprint: string;
  readonly output: BatchOutput;
  readonly includeFreeText: boolean;
}

/** A batch of lines sent to a worker, numbered so that its reply can be matched. */
export interface BatchWorkerJob {
  readonly id: number;
  readonly batch: LineBatch;
}

/** A worker's reply: the output lines of one job. */
export interface BatchWorkerReply extends ScreenedLines {
  readonly id: number;
}
