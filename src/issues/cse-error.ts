import type { Issue } from '../schema/issue.js';
import { formatIssue } from './format-issue.js';

/**
 * The one error the library throws for bad input. It carries the issues as data; its message lists
 * their paths and codes and never any value from the input.
 */
export class CseError extends Error {
  override readonly name = 'CseError';
  readonly issues: readonly [Issue, ...Issue[]];

  constructor(issues: readonly [Issue, ...Issue[]]) {
    const shown = issues.slice(0, 10).map(formatIssue).join('\n');
    const more = issues.length > 10 ? `\n… and ${issues.length - 10} more` : '';
    super(`${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${shown}${more}`);
    this.issues = issues;
  }
}
