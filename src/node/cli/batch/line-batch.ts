import type { SplitLine } from './create-line-splitter.js';

/**
 * Lines of NDJSON packed for a worker thread: their bytes in one buffer (transferred, not copied), where
 * each ends in it, and each line's number. A line too long to keep has no bytes: its end is -1.
 */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly ends: readonly number[];
  readonly lines: readonly number[];
  /** The batch starts the input: its first line may open with a byte order mark. */
  readonly first: boolean;
}

/** Packs split lines into one buffer of their own (a line's bytes are a view into a larger chunk, which must not be sent). */
export function packLines(split: readonly SplitLine[], first: boolean): LineBatch {
  let total = 0;
  for (const line of split) if (line.kind === 'line') total += line.bytes.byteLength;
  const bytes = new Uint8Array(total);
  const ends: number[] = [];
  const lines: number[] = [];
  let at = 0;
  for (const line of split) {
    lines.push(line.line);
    if (line.kind === 'too-large') {
      ends.push(-1);
      continue;
    }
    bytes.set(line.bytes, at);
    at += line.bytes.byteLength;
    ends.push(at);
  }
  return { bytes, ends, lines, first };
}

/** The split lines of a packed batch, as views into its buffer. */
export function unpackLines(batch: LineBatch): SplitLine[] {
  const out: SplitLine[] = [];
  let start = 0;
  batch.lines.forEach((line, i) => {
    const end = batch.ends[i] ?? -1;
    if (end < 0) {
      out.push({ kind: 'too-large', line });
      return;
    }
    out.push({ kind: 'line', line, bytes: batch.bytes.subarray(start, end) });
    start = end;
  });
  return out;
}
