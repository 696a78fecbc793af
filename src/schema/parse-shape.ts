import type { RawIssue } from './raw-issue.js';
import type { ShapeCheck, ShapeMember, ShapeNode } from './shape-node.js';

/** What a parse gives: the value as the schema outputs it, and the issues found, in the order zod finds them. */
export interface ShapeParse {
  readonly value: unknown;
  readonly issues: RawIssue[];
}

type Found = RawIssue[];

/**
 * Parses plain data (guardInput's copy) by a described schema, as zod parses it by the schema the
 * description was written from: the same output, and the same raw issues in the same order, which
 * {@link fromZod} then words. test/schema/screening-shape.prop.test.ts and ruleset-shape.prop.test.ts check both against zod.
 * Where zod goes on after a problem (a length out of bounds, an unknown key) or stops (a wrong type),
 * so does this: `continue` on an issue says which.
 */
export function parseShape(node: ShapeNode, input: unknown): ShapeParse {
  const issues: Found = [];
  const value = run(node, input, issues);
  return { value, issues };
}

function run(node: ShapeNode, value: unknown, issues: Found): unknown {
  switch (node.type) {
    case 'string':
      if (typeof value === 'string') return checked(node.checks, value, issues, issues.length);
      issues.push({ code: 'invalid_type', expected: 'string', path: [] });
      return checked(node.checks, value, issues, issues.length - 1);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return checked(node.checks, value, issues, issues.length);
      issues.push({ code: 'invalid_type', expected: 'number', path: [] });
      return checked(node.checks, value, issues, issues.length - 1);
    case 'boolean':
      if (typeof value !== 'boolean') issues.push({ code: 'invalid_type', expected: 'boolean', path: [] });
      return value;
    case 'enum':
      if (!node.values.includes(value as string)) issues.push({ code: 'invalid_value', values: node.values, path: [] });
      return value;
    case 'literal':
      if (!node.values.includes(value)) issues.push({ code: 'invalid_value', values: node.values, path: [] });
      return value;
    case 'discriminated': return runDiscriminated(node.key, node.options, value, issues);
    case 'nullable': return value === null ? null : run(node.inner, value, issues);
    case 'array': {
      // A list longer than its leading maximum is refused whole, its items unread, as zod caps it.
      const cap = Array.isArray(value) ? exceededCap(node.checks, value.length) : undefined;
      if (cap !== undefined) {
        issues.push({ code: 'too_big', maximum: cap, origin: 'array', inclusive: true, path: [], continue: false });
        return value;
      }
      // A list's checks see its items' issues too (an item's number that is not whole stops its length checks).
      const from = issues.length;
      return checked(node.checks, runArray(node.element, value, issues), issues, from);
    }
    case 'union': return runUnion(node.options, value, issues);
    case 'record': return runRecord(node.keys, node.value, value, issues);
    case 'object': return runObject(node.members, node.others, value, issues);
    case 'optional': return value === undefined ? undefined : run(node.inner, value, issues);
    case 'default': {
      if (value === undefined) return copyOf(node.fallback);
      const read = run(node.inner, value, issues);
      return read === undefined ? copyOf(node.fallback) : read;
    }
  }
}

/** The first maximum among the list's leading length checks that a length of `length` exceeds. */
function exceededCap(checks: readonly ShapeCheck[], length: number): number | undefined {
  for (const check of checks) {
    if (check.check !== 'min_length' && check.check !== 'max_length') return undefined;
    if (check.check === 'max_length' && length > check.bound) return check.bound;
  }
  return undefined;
}

/** A list's items, each read; on anything but a list, the list's type issue. Gives the list read, or the value as it was. */
function runArray(element: ShapeNode, value: unknown, issues: Found): unknown {
  if (!Array.isArray(value)) {
    issues.push({ code: 'invalid_type', expected: 'array', path: [] });
    return value;
  }
  const items = value as readonly unknown[];
  const out: unknown[] = new Array<unknown>(items.length);
  for (let index = 0; index < items.length; index++) out[index] = under(index, issues, (inner) => run(element, items[index], inner));
  return out;
}

/**
 * The first option that takes the value without an issue gives it. Otherwise, when exactly one option
 * went on to the end (its issues all let it continue), its issues are the union's; else one union issue
 * holds every option's issues.
 */
function runUnion(options: readonly ShapeNode[], value: unknown, issues: Found): unknown {
  const tried: { value: unknown; issues: Found }[] = [];
  for (const option of options) {
    const inner: Found = [];
    const read = run(option, value, inner);
    if (inner.length === 0) return read;
    tried.push({ value: read, issues: inner });
  }
  const wentOn = tried.filter((attempt) => !stopped(attempt.issues, 0));
  if (wentOn.length === 1) {
    const [only] = wentOn as [typeof wentOn[number]];
    for (const issue of only.issues) issues.push(issue);
    return only.value;
  }
  issues.push({ code: 'invalid_union', errors: tried.map((attempt) => attempt.issues), path: [] });
  return value;
}

/** The option named by the value's member `key` reads it; a value that names none is refused at that member. */
function runDiscriminated(key: string, options: readonly (readonly [unknown, ShapeNode])[], value: unknown, issues: Found): unknown {
  if (!isObject(value)) {
    issues.push({ code: 'invalid_type', expected: 'object', path: [] });
    return value;
  }
  const tag = value[key];
  const option = options.find(([named]) => named === tag);
  if (option !== undefined) return run(option[1], value, issues);
  issues.push({ code: 'invalid_union', errors: [], discriminator: key, options: options.map(([named]) => named), path: [key] });
  return value;
}

function runRecord(keys: ShapeNode | undefined, node: ShapeNode, value: unknown, issues: Found): unknown {
  if (!isObject(value)) {
    issues.push({ code: 'invalid_type', expected: 'record', path: [] });
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (keys !== undefined && parseShape(keys, key).issues.length > 0) {
      issues.push({ code: 'invalid_key', path: [key] });
      continue;
    }
    out[key] = under(key, issues, (inner) => run(node, value[key], inner));
  }
  return out;
}

function runObject(members: readonly ShapeMember[], others: 'refuse' | 'keep', value: unknown, issues: Found): unknown {
  if (!isObject(value)) {
    issues.push({ code: 'invalid_type', expected: 'object', path: [] });
    return value;
  }
  const out: Record<string, unknown> = {};
  const own = memberKeys(members);
  for (const { key, node } of members) {
    const present = key in value;
    const inner: Found = [];
    const read = run(node, value[key], inner);
    // A member that may be left out and is: nothing to say, nothing written (but a fallback).
    if (!present && node.type === 'optional') continue;
    // One at a time, not spread: a record of many bad entries gives more issues than a call takes arguments.
    for (const issue of inner) issues.push(prefixed(key, issue));
    if (read !== undefined || present) out[key] = read;
  }
  const unknown: string[] = [];
  for (const key in value) {
    if (own.has(key)) continue;
    if (others === 'refuse') unknown.push(key);
    else out[key] = value[key];
  }
  if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], continue: true });
  return out;
}

/**
 * Runs a value's checks as zod runs them after its type: each length check whenever the value has a
 * length (even one of the wrong type), every other check only while no issue since `from` has stopped
 * the value; a length check is skipped once an issue stopped it outright (a number that is not whole).
 */
function checked(checks: readonly ShapeCheck[], given: unknown, issues: Found, from: number): unknown {
  let value = given;
  for (const check of checks) {
    if (check.check === 'min_length' || check.check === 'max_length') {
      if (value === null || value === undefined || (value as { length?: unknown }).length === undefined || explicitlyStopped(issues, from)) continue;
      lengthCheck(check.check, check.bound, value, issues);
    } else if (!stopped(issues, from)) {
      value = otherCheck(check, value as number & string, issues);
    }
  }
  return value;
}

function lengthCheck(check: 'min_length' | 'max_length', bound: number, value: unknown, issues: Found): void {
  const units = (value as { length: unknown }).length;
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  if (check === 'max_length') {
    const length = typeof value === 'string' && (units as number) > bound ? codePoints(value) : units;
    if (!((length as number) <= bound)) issues.push({ code: 'too_big', maximum: bound, origin, inclusive: true, path: [], continue: true });
    return;
  }
  const length = typeof value === 'string' && (units as number) >= bound && (units as number) < bound * 2 ? codePoints(value) : units;
  if (!((length as number) >= bound)) issues.push({ code: 'too_small', minimum: bound, origin, inclusive: true, path: [], continue: true });
}

/** Runs one check that is not a length; gives the value as it goes on (a web address trimmed, the rest as they were). */
function otherCheck(check: Exclude<ShapeCheck, { check: 'min_length' | 'max_length' }>, value: number & string, issues: Found): unknown {
  switch (check.check) {
    case 'pattern':
      check.pattern.lastIndex = 0;
      if (!check.pattern.test(value)) issues.push({ code: 'invalid_format', format: check.format, path: [], continue: true });
      return value;
    case 'url': return checkedUrl(check.protocol, value, issues);
    case 'safe_integer':
      if (!Number.isInteger(value)) issues.push({ code: 'invalid_type', expected: 'int', path: [], continue: false });
      else if (!Number.isSafeInteger(value)) {
        issues.push(value > 0
          ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, path: [], continue: true }
          : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, path: [], continue: true });
      }
      return value;
    case 'minimum':
      if (!(check.inclusive ? value >= check.bound : value > check.bound)) issues.push({ code: 'too_small', minimum: check.bound, origin: 'number', inclusive: check.inclusive, path: [], continue: true });
      return value;
    case 'maximum':
      if (!(check.inclusive ? value <= check.bound : value < check.bound)) issues.push({ code: 'too_big', maximum: check.bound, origin: 'number', inclusive: check.inclusive, path: [], continue: true });
      return value;
  }
}

/**
 * A web address, read as zod reads z.url({ protocol }): trimmed, it must start with http:// or https://
 * (either case), the platform's URL parser must read it, and its protocol must match. It goes on trimmed,
 * without tabs and line breaks (which the parser drops too).
 */
function checkedUrl(protocol: RegExp, value: string, issues: Found): unknown {
  const trimmed = value.trim();
  const url = /^https?:\/\//i.test(trimmed) ? parseUrl(trimmed) : undefined;
  if (url === undefined) {
    issues.push({ code: 'invalid_format', format: 'url', path: [], continue: true });
    return value;
  }
  protocol.lastIndex = 0;
  if (!protocol.test(url.protocol.endsWith(':') ? url.protocol.slice(0, -1) : url.protocol)) issues.push({ code: 'invalid_format', format: 'url', path: [], continue: true });
  return trimmed.replace(/[\t\n\r]/g, '');
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Whether an issue since `from` stopped the value (any issue that does not let it continue). */
function stopped(issues: Found, from: number): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

/** Whether an issue since `from` stopped the value outright (one that says it does not continue). */
function explicitlyStopped(issues: Found, from: number): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]?.continue === false) return true;
  return false;
}

/** Runs `read` for the child at `key`, and adds its issues with the key put before their paths. */
function under(key: string | number, issues: Found, read: (inner: Found) => unknown): unknown {
  const inner: Found = [];
  const value = read(inner);
  for (const issue of inner) issues.push(prefixed(key, issue));
  return value;
}

function prefixed(key: string | number, issue: RawIssue): RawIssue {
  return { ...issue, path: [key, ...issue.path] };
}

const MEMBER_KEYS = new WeakMap<readonly ShapeMember[], ReadonlySet<string>>();

/** The keys of an object's members, worked out once for each description rather than for every object read. */
function memberKeys(members: readonly ShapeMember[]): ReadonlySet<string> {
  let keys = MEMBER_KEYS.get(members);
  if (keys === undefined) {
    keys = new Set(members.map((member) => member.key));
    MEMBER_KEYS.set(members, keys);
  }
  return keys;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return [...value as unknown[]];
  return isObject(value) ? { ...value } : value;
}

/** A string's length in Unicode code points, as zod measures strings. */
function codePoints(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
