/** How writing went: still fine, stopped because the reader closed the pipe (EPIPE), or failed. */
export type WriterStatus = 'ok' | 'closed' | 'failed';

/** Writes whole output lines to a stream, a buffer at a time, and honours its back-pressure. */
export interface BatchWriter {
  /** Adds one or more whole lines. Returns false when the caller should `await drain()` before adding more. */
  write(text: string): boolean;
  /** Hands over what is buffered and waits until the stream wants more, or has closed or failed. */
  drain(): Promise<void>;
  /** Hands over what is buffered and waits until the stream has taken it. */
  end(): Promise<void>;
  /** Drops what is buffered and takes no more: `end()` then waits only for the write under way, whole lines. */
  abandon(): void;
  /** Whether the stream is still taking output. */
  status(): WriterStatus;
}

const BUFFER_CHARS = 64 * 1024;

/**
 * Creates a writer that gathers lines into writes of about 64 KiB (whole lines only, so a reader
 * never sees half a record) and pauses the caller whenever `stream.write` returns false, until
 * 'drain'. Memory stays bounded by the buffer and the stream's high-water mark, whatever the input.
 */
export function createBatchWriter(stream: NodeJS.WritableStream): BatchWriter {
  let buffer = '';
  let status: WriterStatus = 'ok';
  let needsDrain = false;
  let abandoned = false;
  let lastWrite: Promise<void> = Promise.resolve();
  const noteError = (error: unknown): void => {
    if (status === 'ok') status = isClosedPipe(error) ? 'closed' : 'failed';
  };

  const flush = (): void => {
    if (buffer === '' || status !== 'ok') return;
    const text = buffer;
    buffer = '';
    lastWrite = new Promise((resolve) => {
      needsDrain = !stream.write(text, (error) => {
        if (error !== null && error !== undefined) noteError(error);
        resolve();
      }) || needsDrain;
    });
  };

  return {
    write(text: string): boolean {
      if (status !== 'ok' || abandoned) return false;
      buffer += text;
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
  };
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

/** A closed pipe (`cse-screen … | head`): the reader chose to stop, which is not a failure. */
function isClosedPipe(error: unknown): boolean {
  return error !== null && typeof error === 'object' && 'code' in error && error.code === 'EPIPE';
}
