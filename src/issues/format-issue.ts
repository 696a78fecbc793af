import type { Issue } from '../schema/issue.js';
import { escapeUnprintable } from './escape-unprintable.js';
import { formatPath } from './format-path.js';

/** Renders an issue as one line: `path code message`, with nothing in it that a terminal would act on (see formatPath). */
export function formatIssue(issue: Issue): string {
  return `${formatPath(issue.path)} ${escapeUnprintable(issue.code)} ${escapeUnprintable(issue.message)}`;
}
