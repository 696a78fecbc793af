import type { Issue } from '../schema/issue.js';
import type { PathSegment } from './format-path.js';

/**
 * Adds issues to a list, each with `under` put before its path (the line or file they came from). One at
 * a time, never spread into one call: an input within the limits can give hundreds of thousands of issues,
 * more than a call takes arguments.
 */
export function appendIssues(into: Issue[], issues: readonly Issue[], under: readonly PathSegment[] = []): void {
  for (const issue of issues) into.push(under.length === 0 ? issue : { ...issue, path: [...under, ...issue.path] });
}
