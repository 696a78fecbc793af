/**
 * Side-by-side timing in one process: every contender runs a pass over its screenings in each
 * repetition, in an order that rotates from one repetition to the next, after warm-up passes.
 * A pass returns a number derived from its results, so that no work can be optimised away.
 */
import { performance } from 'node:perf_hooks';

/** One thing to time: `pass` screens `count` screenings once. */
export interface Contender {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly warmups: number;
  readonly pass: () => number | Promise<number>;
}

/** Microseconds per screening in each repetition, and their median. */
export interface Timing {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly samples: readonly number[];
  readonly median: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Times each contender `repetitions` times, interleaved, and returns microseconds per screening. */
export async function measureSideBySide(contenders: readonly Contender[], repetitions: number, log: (line: string) => void): Promise<{ timings: Timing[]; sink: number }> {
  let sink = 0;
  for (const contender of contenders) {
    for (let w = 0; w < contender.warmups; w++) sink += await contender.pass();
  }
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.key, []]));
  for (let rep = 0; rep < repetitions; rep++) {
    const order = contenders.map((_, i) => contenders[(i + rep) % contenders.length] as Contender);
    for (const contender of order) {
      const start = performance.now();
      sink += await contender.pass();
      const micros = ((performance.now() - start) * 1000) / contender.count;
      samples.get(contender.key)?.push(micros);
    }
    log(`  repetition ${rep + 1}/${repetitions}: ${order.map((c) => `${c.key} ${format(samples.get(c.key)?.at(-1) ?? 0)} µs`).join(', ')}`);
  }
  const timings = contenders.map((contender) => {
    const list = samples.get(contender.key) ?? [];
    return { key: contender.key, name: contender.name, count: contender.count, samples: list, median: median(list) };
  });
  return { timings, sink };
}

/** A number of microseconds with three significant digits. */
export function format(micros: number): string {
  return micros >= 100 ? micros.toFixed(0) : micros >= 10 ? micros.toFixed(1) : micros.toFixed(2);
}
