import type { readScreeningFast as readScreeningInOneWalk } from './read-screening-fast.js';

/**
 * What browsers get in place of src/engine/read/read-screening-fast.ts (the package's `browser` map): no
 * one-walk reader, so every screening is read the full way (guardInput, the screening's description,
 * checkScreening, factsOf), which gives the same screening, the same result and the same issues. A form
 * screens one child at a time, where the one-walk reader saves microseconds; leaving it and the reader
 * generated for it out takes about 2 kB gzip off each browser bundle (bench/RESULTS.md). Node, and any bundler that does not
 * read the map, keep the one-walk reader.
 */
export const readScreeningFast: typeof readScreeningInOneWalk = () => undefined;
