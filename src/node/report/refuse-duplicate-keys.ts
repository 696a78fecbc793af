import type { Issue } from '../../schema/issue.js';

/**
 * The `duplicate_key` warnings of an NDJSON line (see readNdjsonRecords) as the issues that refuse it,
 * each at `[...prefix, line, ...path]`: a command that would act on the last of a key given twice (and so
 * drop the other for good, or count it wrongly) refuses the line instead. Paths only, never a value.
 */
export function refuseDuplicateKeys(warnings: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  return warnings.map((warning) => ({
    code: warning.code,
    path: [...prefix, ...warning.path],
    message: warning.code === 'duplicate_key' && warning.path.length > 0
      ? 'appears more than once in the same object: which one is meant cannot be told, so the line is refused'
      : warning.message,
  }));
}

/**
 * Whether a line's `duplicate_key` warnings touch one of the top-level members a command reads itself
 * (or are too many to list, path `[]`): such a line is refused with {@link refuseDuplicateKeys}.
 */
export function duplicateTouches(warnings: readonly Issue[] | undefined, members: ReadonlySet<string>): boolean {
  return warnings?.some((warning) => {
    const first = warning.path[0];
    return first === undefined || (typeof first === 'string' && members.has(first));
  }) ?? false;
}
