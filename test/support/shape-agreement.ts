import fc from 'fast-check';
import { expect } from 'vitest';
import * as z from 'zod/mini';
import { fromZod } from '../../src/issues/from-zod.js';
import { guardInput } from '../../src/issues/guard-input.js';
import { parseShape } from '../../src/schema/parse-shape.js';
import type { RawIssue } from '../../src/schema/raw-issue.js';
import type { ShapeNode } from '../../src/schema/shape-node.js';
import { hostileValue, placesOf } from './hostile-screening.js';

/** Code and path of each raw issue, with those inside a union's options: what the wording reads besides the bounds. */
function outline(issues: readonly RawIssue[]): unknown[] {
  return issues.map((issue) => issue.code === 'invalid_union'
    ? { code: issue.code, path: issue.path, errors: issue.errors.map((option) => outline(option)) }
    : { code: issue.code, path: issue.path });
}

/**
 * The contract of a schema written as data: on guardInput's plain copy of any input, parseShape by the
 * description gives what zod gives by the schema itself: the same output on success, and on failure the
 * same raw issues (codes and paths, down into union options) and the same issues once worded. Returns
 * whether zod took the input; false too for input guardInput refuses (neither parser sees it).
 */
export function agreesWithZod(schema: z.core.$ZodType, shape: ShapeNode, input: unknown): boolean {
  const guarded = guardInput(input);
  if (!guarded.success) return false;
  const plain = guarded.data;
  const ours = parseShape(shape, plain);
  const zods = z.safeParse(schema, plain);
  if (zods.success) {
    expect(ours.issues).toEqual([]);
    expect(ours.value).toStrictEqual(zods.data);
    return true;
  }
  expect(outline(ours.issues)).toEqual(outline(zods.error.issues));
  expect(fromZod(ours.issues, plain)).toEqual(fromZod(zods.error.issues, plain));
  return false;
}

/** Values that probe how zod reads a value of the wrong kind: lengths of lists and of objects, bounds, whole numbers, code points, web addresses. */
export const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.array(fc.constantFrom('a', 'high', 'last-3-months', 'x', 'Bad'), { maxLength: 250 }),
  fc.record({ length: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constant(null), fc.string(), fc.boolean()) }),
  fc.constantFrom(2 ** 60, -(2 ** 60), 0.5, -0.5, 100, 30, 0, 1, 1e21, Number.MAX_SAFE_INTEGER + 2),
  fc.nat({ max: 260 }).map((n) => 'a'.repeat(n)),
  fc.nat({ max: 120 }).map((n) => '\u{1F600}'.repeat(n)),
  fc.nat({ max: 120 }).map((n) => `${'\u{1F600}'.repeat(n)}\uD800`),
  fc.constantFrom('2024-02-29', '2023-02-29', '2026-13-01', 'possible', 'evidence', 'per-0123456789abcdef', 'sha256:00'),
  fc.constantFrom(' https://example.org/a ', 'https://exa\nmple.org', 'HTTPS://EXAMPLE.ORG', 'http:example.org', 'ftp://example.org', 'https://', 'https://[::1', 'https://a b.org', '\thttps://example.org\t'),
  fc.constantFrom({}, [], { value: 'yes', extra: 1 }, { value: 'yes', window: [] }, { value: 7.5 }, { kind: 'person' }, { id: 'x', rank: 1.5 }),
  fc.constantFrom({ kind: 'all', of: [] }, { kind: 'nope' }, { kind: 'not' }, { kind: 'any', of: [{ kind: 'answer' }] }, { kind: 'age', below: 13 }, { Bad: 1, 'last-3-months': 2 }, { kind: 'all', of: [{ kind: 'not', condition: { kind: 'x' } }] }),
);

/** A copy of a JSON value with the member or item at one place (picked by `pick`) taken out. */
export function leaveOutAt(value: unknown, pick: number): unknown {
  const places = placesOf(value).filter((path) => path.length > 0);
  const path = places[pick % Math.max(places.length, 1)];
  if (path === undefined) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(node)) node.splice(last as number, 1);
  else Reflect.deleteProperty(node, last);
  return copy;
}
