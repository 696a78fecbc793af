import { formatPath } from '../issues/format-path.js';
import type { Issue } from '../schema/issue.js';

/**
 * The note that heads a change report whose earlier ruleset fails protections that loading now proves
 * (empty when it passes them all): the earlier release can no longer screen and is read only to compare.
 */
export function renderEarlierReleaseNote(unproved: readonly Issue[]): string {
  if (unproved.length === 0) return '';
  const lines = unproved.map((issue) => `> - \`${issue.code}\` at \`${formatPath(issue.path)}\`: ${issue.message}`);
  return `> **The earlier ruleset fails protections that loading now proves**, so it can no longer be used to screen; it is read here only to compare:\n${lines.join('\n')}\n\n`;
}
