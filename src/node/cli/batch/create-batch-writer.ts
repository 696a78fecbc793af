import { fstatSync, ftruncateSync, writeSync } from 'node:fs';

/** How writing went: still fine, stopped because the reader closed the pipe (EPIPE), or failed. */
export type WriterStatus = 'ok' | 'closed' | 'failed';

/** Writes whole output lines to a stream, a buffer at a time, and honours its back-pressure. */
export interface BatchWriter {
  /**
   * Adds whole lines: `records` of them hold a record each (the others, such as a CSV header, count as none).
   * Returns false when the caller should `await drain()` before adding more.
   */
  write(text: string, records: number): boolean;
  /** Hands over what is buffered and waits until the stream wants more, or has closed or failed. */
  drain(): Promise<void>;
  /** Hands over what is buffered and waits until the stream has taken it. */
  end(): Promise<void>;
  /** Drops what is buffered and takes no more: `end()` then waits only for the write under way, whole lines. */
  abandon(): void;
  /** Whether the stream is still taking output. */
  status(): WriterStatus;
  /** How many records the stream has taken whole. */
  written(): number;
  /** The system's code of the error that stopped the output (such as EPIPE or ENOSPC), when it has one. */
  errorCode(): string | undefined;
}

const BUFFER_CHARS = 64 * 1024;

/**
 * Creates a writer that gathers lines into writes of about 64 KiB (whole lines only, so a reader
 * never sees half a record) and pauses the caller whenever `stream.write` returns false, until
 * 'drain'. Memory stays bounded by the buffer and the stream's high-water mark, whatever the input.
 * When the stream is a regular file (`> results.ndjson`), it is written directly, every byte of each
 * write, and if a write fails (a full disk) the file is cut back to the end of the last whole write:
 * it never ends in half a record.
 */
export function createBatchWriter(stream: NodeJS.WritableStream): BatchWriter {
  let linesWritten = 0;
  let otherLines = 0;
  const file = regularFileOf(stream, (lines) => {
    linesWritten += lines;
  });
  let buffer = '';
  let status: WriterStatus = 'ok';
  let errorCode: string | undefined;
  let needsDrain = false;
  let abandoned = false;
  let lastWrite: Promise<void> = Promise.resolve();
  const noteError = (error: unknown): void => {
    if (status !== 'ok') return;
    status = isClosedPipe(error) ? 'closed' : 'failed';
    errorCode = codeOf(error);
  };

  const flush = (): void => {
    if (buffer === '' || status !== 'ok') return;
    const text = buffer;
    buffer = '';
    if (file !== undefined) {
      try {
        file.write(text);
      } catch (error) {
        noteError(error);
      }
      return;
    }
    lastWrite = new Promise((resolve) => {
      needsDrain = !stream.write(text, (error) => {
        if (error !== null && error !== undefined) noteError(error);
        else linesWritten += countLines(text);
        resolve();
      }) || needsDrain;
    });
  };

  return {
    write(text: string, records: number): boolean {
      if (status !== 'ok' || abandoned) return false;
      buffer += text;
      if (records === 0) otherLines += countLines(text);
      if (buffer.length < BUFFER_CHARS) return true;
      flush();
      return !needsDrain && status === 'ok';
    },
    async drain(): Promise<void> {
      flush();
      if (needsDrain && status === 'ok') {
        const outcome = await drained(stream);
        if (outcome !== 'drain') noteError(outcome === 'close' ? closedPipe : outcome.error);
      }
      needsDrain = false;
    },
    async end(): Promise<void> {
      flush();
      await lastWrite;
    },
    abandon(): void {
      abandoned = true;
      buffer = '';
    },
    status: () => status,
    written: () => Math.max(0, linesWritten - otherLines),
    errorCode: () => errorCode,
  };
}

/**
 * The stream's file, when it is a regular file: a writer that writes a text in pieces of whole lines, about
 * 64 KiB each, every byte of each however many writes it takes, and tells `wrote` the lines of each piece
 * written. When a write fails it cuts the file back to the end of the last whole piece, then throws.
 */
function regularFileOf(stream: NodeJS.WritableStream, wrote: (lines: number) => void): { readonly write: (text: string) => void } | undefined {
  const fd = 'fd' in stream && typeof stream.fd === 'number' ? stream.fd : undefined;
  if (fd === undefined) return undefined;
  let end: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    // Where this batch's output starts: 0 after `>`, the end of the file after `>>`.
    end = stat.size;
  } catch {
    return undefined;
  }
  return {
    write(text: string): void {
      try {
        for (let from = 0; from < text.length;) {
          const cut = text.lastIndexOf('\n', from + BUFFER_CHARS - 1);
          const to = cut < from ? text.length : cut + 1;
          const piece = text.slice(from, to);
          const bytes = Buffer.from(piece, 'utf8');
          for (let at = 0; at < bytes.byteLength;) {
            const taken = writeSync(fd, bytes, at);
            if (taken <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
            at += taken;
          }
          end += bytes.byteLength;
          wrote(countLines(piece));
          from = to;
        }
      } catch (error) {
        try {
          if (fstatSync(fd).size > end) ftruncateSync(fd, end);
        } catch {
          // The file cannot be cut back: the error below still stops the batch.
        }
        throw error;
      }
    },
  };
}

/** How many line ends a text holds. */
function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Waits for 'drain', or for the stream to fail or close, so that a dead stream never hangs the
 * batch. A stream closed while output was still waiting counts as a closed pipe.
 */
function drained(stream: NodeJS.WritableStream): Promise<'drain' | 'close' | { readonly error: unknown }> {
  return new Promise((resolve) => {
    const settle = (outcome: 'drain' | 'close' | { readonly error: unknown }): void => {
      stream.removeListener('drain', onDrain);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
      resolve(outcome);
    };
    const onDrain = (): void => settle('drain');
    const onError = (error: unknown): void => settle({ error });
    const onClose = (): void => settle('close');
    stream.once('drain', onDrain);
    stream.once('error', onError);
    stream.once('close', onClose);
  });
}

const closedPipe = { code: 'EPIPE' };

/** A closed pipe (`cse-screen … | head`): the reader chose to stop the batch. */
function isClosedPipe(error: unknown): boolean {
  return codeOf(error) === 'EPIPE';
}

/** The system's error code, only when it looks like one (never an error's message). */
function codeOf(error: unknown): string | undefined {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^E[A-Z]{2,15}$/.test(code) ? code : undefined;
}
