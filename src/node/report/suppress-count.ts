import type { Count } from '../../schema/caseload-summary.js';

/** A count as a report shows it: `<N` for 1 to N-1 when small counts are suppressed; zero and larger counts as they are. */
export function suppressCount(count: number, below: number | undefined): Count {
  return below !== undefined && count > 0 && count < below ? `<${below}` : count;
}
