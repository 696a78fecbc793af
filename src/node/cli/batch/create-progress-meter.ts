/** Redraws one progress line on a terminal. */
export interface ProgressMeter {
  /** Reports records done and bytes read; redraws at most every REDRAW_MS. */
  update(records: number, bytesRead: number): void;
  /** Wipes the progress line, if one was drawn, so that the summary starts on a clean line. */
  clear(): void;
}

/** How the meter learns the time and where it draws. */
export interface ProgressOptions {
  /** False for a stream that is not a terminal, or with --quiet: the meter then does nothing. */
  readonly enabled: boolean;
  /** The input's size in bytes when known (a file), for the percentage and the ETA. */
  readonly totalBytes: number | undefined;
  /** Milliseconds from a fixed start, such as `performance.now`. */
  readonly now: () => number;
}

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

/**
 * Creates a meter that draws `\r12,000 records  8,130/s  41%  ETA 9s` on the stream, at most ten
 * times a second. It holds counts only, never anything read from the input.
 */
export function createProgressMeter(stream: NodeJS.WritableStream, options: ProgressOptions): ProgressMeter {
  const started = options.now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(records: number, bytesRead: number): void {
      if (!options.enabled) return;
      const now = options.now();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      drawn = true;
      stream.write(`${CLEAR_LINE}${describe(records, bytesRead, now - started, options.totalBytes)}`);
    },
    clear(): void {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

function describe(records: number, bytesRead: number, elapsedMs: number, totalBytes: number | undefined): string {
  const seconds = elapsedMs / 1000;
  const parts = [`${records.toLocaleString('en-GB')} records`];
  if (seconds > 0) parts.push(`${Math.round(records / seconds).toLocaleString('en-GB')}/s`);
  if (totalBytes !== undefined && totalBytes > 0) {
    parts.push(`${Math.min(100, Math.floor((bytesRead / totalBytes) * 100))}%`);
    if (bytesRead > 0 && seconds > 0) parts.push(`ETA ${formatDuration((seconds * Math.max(0, totalBytes - bytesRead)) / bytesRead)}`);
  }
  return parts.join('  ');
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
