import type { Issue } from '../schema/issue.js';
import { fail, succeed, type Safe } from './safe.js';

/** Keys that could reach an object's prototype: refused wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits on raw input, so that work per input is bounded. */
export const INPUT_LIMITS = { maxDepth: 64, maxNodes: 2_000_000 } as const;

/** A place in the input being walked; its path is rebuilt from the parent links only when an issue needs it. */
interface Place {
  readonly node: unknown;
  readonly parent: Place | undefined;
  readonly key: string | number;
  readonly depth: number;
  /** Where the copy of this node goes. */
  readonly into: Record<string | number, unknown>;
}

/** What one object or array holds, read once. */
type Children = readonly (readonly [string | number, unknown])[];

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.parent !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks raw input before it is parsed and returns a plain copy of it, or every issue found: refuses
 * prototype keys, nesting deeper than the limit, inputs with more values than the limit, and values
 * that cannot be read (a getter or a Proxy that throws). Every property is read exactly once, here,
 * so what is parsed afterwards is plain data that cannot throw or change between reads. Iterative,
 * so hostile nesting cannot overflow the stack.
 */
export function guardInput(input: unknown): Safe<unknown> {
  const issues: Issue[] = [];
  const root: Record<string | number, unknown> = {};
  const stack: Place[] = [{ node: input, parent: undefined, key: '', depth: 0, into: root }];
  let nodes = 0;
  while (stack.length > 0) {
    const place = stack.pop() as Place;
    if (++nodes > INPUT_LIMITS.maxNodes) return fail([tooLarge()]);
    const { node } = place;
    if (node === null || typeof node !== 'object') {
      place.into[place.key] = node;
      continue;
    }
    if (place.depth >= INPUT_LIMITS.maxDepth) {
      issues.push({ code: 'too_deep', path: pathOf(place), message: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` });
      continue;
    }
    const read = readChildren(node, INPUT_LIMITS.maxNodes - nodes);
    if (read === 'too_large') return fail([tooLarge()]);
    if (read === 'unreadable') {
      issues.push({ code: 'unreadable_input', path: pathOf(place), message: 'could not be read: a getter or proxy threw; give plain data' });
      continue;
    }
    const copy: Record<string | number, unknown> = read.array ? [] as unknown as Record<number, unknown> : {};
    place.into[place.key] = copy;
    const depth = place.depth + 1;
    for (let index = read.children.length - 1; index >= 0; index--) {
      const [key, value] = read.children[index] as Children[number];
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: 'forbidden_key', path: [...pathOf(place), key], message: 'is a reserved key and is not allowed' });
        continue;
      }
      stack.push({ node: value, parent: place, key, depth, into: copy });
    }
  }
  return issues.length > 0 ? fail(issues) : succeed(root['']);
}

/** The children of an object or array, each read once; or why they could not be. */
function readChildren(node: object, room: number): { array: boolean; children: Children } | 'too_large' | 'unreadable' {
  try {
    if (Array.isArray(node)) {
      const length = node.length;
      if (length > room) return 'too_large';
      const children: [number, unknown][] = [];
      for (let index = 0; index < length; index++) children.push([index, node[index]]);
      return { array: true, children };
    }
    const keys = Object.keys(node);
    if (keys.length > room) return 'too_large';
    const record = node as Record<string, unknown>;
    // A forbidden key is reported, never read: reading `__proto__` would give the prototype.
    return { array: false, children: keys.map((key) => [key, FORBIDDEN_KEYS.has(key) ? undefined : record[key]] as const) };
  } catch {
    // The thrown value is never looked at: it could carry the input's values.
    return 'unreadable';
  }
}

function tooLarge(): Issue {
  return { code: 'too_large', path: [], message: `has more than ${INPUT_LIMITS.maxNodes} values` };
}
