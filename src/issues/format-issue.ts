import type { Issue } from '../schema/issue.js';
import { formatPath } from './format-path.js';

/** Renders an issue as one line: `path code message`. */
export function formatIssue(issue: Issue): string {
  return `${formatPath(issue.path)} ${issue.code} ${issue.message}`;
}
