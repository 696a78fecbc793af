import { Writable } from 'node:stream';

/** A writable stream that records every chunk written to it, as text, into the given array. */
export function recordingStream(into: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback): void {
      into.push(String(chunk));
      callback();
    },
  });
}
