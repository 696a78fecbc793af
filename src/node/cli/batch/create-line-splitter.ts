/** A line of bytes without its LF (a CR before it is kept), or a line too long to keep, by its 1-based number. */
export type SplitLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly line: number };

/** Splits bytes fed in chunks into LF-terminated lines. */
export interface LineSplitter {
  /** Reads the next chunk and returns the lines it completes. */
  push(chunk: Uint8Array): readonly SplitLine[];
  /** Ends the input and returns the last line if it has no LF. */
  end(): readonly SplitLine[];
}

const LF = 10;

/**
 * Creates a splitter that cuts bytes at each LF, whatever the chunk boundaries. A line longer than
 * `maxBytes` is not held in memory: its bytes are dropped as they arrive and it is returned as
 * `too-large`, so that one runaway line cannot exhaust memory.
 */
export function createLineSplitter(maxBytes: number): LineSplitter {
  let parts: Uint8Array[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 1;

  const take = (tail: Uint8Array): SplitLine => {
    const number = line++;
    if (overflow || pendingBytes + tail.byteLength > maxBytes) {
      parts = [];
      pendingBytes = 0;
      overflow = false;
      return { kind: 'too-large', line: number };
    }
    const bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    pendingBytes = 0;
    return { kind: 'line', line: number, bytes };
  };

  return {
    push(chunk: Uint8Array): readonly SplitLine[] {
      const lines: SplitLine[] = [];
      let start = 0;
      for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, start)) {
        lines.push(take(chunk.subarray(start, at)));
        start = at + 1;
      }
      if (start < chunk.byteLength && !overflow) {
        const rest = chunk.subarray(start);
        pendingBytes += rest.byteLength;
        if (pendingBytes > maxBytes) {
          overflow = true;
          parts = [];
        } else {
          parts.push(rest);
        }
      }
      return lines;
    },
    end(): readonly SplitLine[] {
      return overflow || pendingBytes > 0 ? [take(new Uint8Array(0))] : [];
    },
  };
}
