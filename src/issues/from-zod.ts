import type { Issue, IssueCode } from '../schema/issue.js';
import type { RawIssue } from '../schema/raw-issue.js';

type Path = Issue['path'];

/**
 * Converts raw issues (zod's, or parseShape's in the same form) into the library's issues. Messages are
 * written here from the code and the schema's own facts (expected type, bounds, allowed values): the
 * input's values are never read.
 */
export function fromZod(issues: readonly RawIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
  const isPresent = (path: Path): boolean => hasPath(input, path);
  for (const issue of issues) convert(issue, toPath(issue.path), out, isPresent);
  return out;
}

function convert(issue: RawIssue, path: Path, out: Issue[], isPresent: (path: Path) => boolean): void {
  switch (issue.code) {
    case 'invalid_type':
      if (!isPresent(path)) out.push(make('missing_key', path, 'is required'));
      else out.push(make('invalid_type', path, `must be ${article(issue.expected)}`));
      return;
    case 'too_small':
      out.push(make('out_of_range', path, boundMessage('at least', issue.minimum, issue.origin, issue.inclusive !== false)));
      return;
    case 'too_big':
      out.push(make('out_of_range', path, boundMessage('at most', issue.maximum, issue.origin, issue.inclusive !== false)));
      return;
    case 'invalid_format':
      out.push(make('invalid_format', path, formatMessage(issue.format)));
      return;
    case 'not_multiple_of':
      out.push(make('invalid_value', path, `must be a multiple of ${issue.divisor}`));
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push(make('unknown_key', [...path, key], 'is not a recognised field here'));
      return;
    case 'invalid_union':
      convertUnion(issue, path, out, isPresent);
      return;
    case 'invalid_key':
      out.push(make('invalid_format', path, 'has a key of the wrong form'));
      return;
    case 'invalid_element':
      out.push(make('invalid_value', path, 'has an element of the wrong form'));
      return;
    case 'invalid_value':
      out.push(make('invalid_value', path, `must be ${allowed(issue.values)}`));
      return;
    case 'custom':
      out.push(make('invalid_value', path, 'is not valid here'));
      return;
    default:
      out.push(make('invalid_shape', path, 'is not valid here'));
  }
}

/** A union failed: report the branch that matched the `kind` (or the only object branch), else one shape issue. */
function convertUnion(
  issue: Extract<RawIssue, { code: 'invalid_union' }>, path: Path, out: Issue[], isPresent: (path: Path) => boolean,
): void {
  if (issue.discriminator !== undefined && issue.errors.length === 0 && path.at(-1) === issue.discriminator) {
    // A discriminated union found no branch for the `kind` given: reported on the object, naming the kinds.
    const kinds = 'options' in issue ? issue.options ?? [] : [];
    out.push(make('invalid_shape', path.slice(0, -1), kinds.length > 0
      ? `matches none of the allowed forms (${issue.discriminator} must be ${allowed(kinds)})`
      : 'matches none of the allowed forms'));
    return;
  }
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const matching = branches.filter((branch) => !branch.some((inner) => isKindMismatch(inner)));
  const best = matching.length === 1 ? matching[0] : undefined;
  if (best !== undefined) {
    for (const inner of best) convert(inner, [...path, ...toPath(inner.path)], out, isPresent);
    return;
  }
  const kinds = branches.flatMap((branch) => branch.filter(isKindMismatch).flatMap((inner) =>
    inner.code === 'invalid_value' ? inner.values : []));
  out.push(make('invalid_shape', path, kinds.length > 0
    ? `matches none of the allowed forms (kind must be ${allowed([...new Set(kinds)])})`
    : 'matches none of the allowed forms'));
}

function isKindMismatch(issue: RawIssue): boolean {
  return issue.path.length === 1 && issue.path[0] === 'kind' && (issue.code === 'invalid_value' || issue.code === 'invalid_type');
}

/** Whether the input has an own property at the path: structure only, no value is read out. */
function hasPath(input: unknown, path: Path): boolean {
  let node: unknown = input;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

function make(code: IssueCode, path: Path, message: string): Issue {
  return { code, path, message };
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function article(expected: string): string {
  const names: Record<string, string> = { int: 'a whole number', nan: 'a number', record: 'an object', object: 'an object', array: 'a list' };
  return names[expected] ?? (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);
}

function boundMessage(word: string, bound: number | bigint, origin: string, inclusive: boolean): string {
  const value = String(bound);
  switch (origin) {
    case 'string': return `must have ${word} ${value} character${value === '1' ? '' : 's'}`;
    case 'array': case 'set': return `must have ${word} ${value} item${value === '1' ? '' : 's'}`;
    default: return inclusive ? `must be ${word} ${value}` : `must be ${word === 'at least' ? 'more than' : 'less than'} ${value}`;
  }
}

function formatMessage(format: string): string {
  switch (format) {
    case 'regex': return 'does not have the required form';
    case 'date': return 'must be a date, YYYY-MM-DD';
    case 'url': return 'must be a URL';
    default: return `must be a valid ${format}`;
  }
}

function allowed(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((value) => JSON.stringify(value)).join(', ');
  return values.length === 1 ? shown : `one of ${shown}${values.length > 12 ? ', …' : ''}`;
}
