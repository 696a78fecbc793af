import type { Issue } from '../schema/issue.js';

/** Keys that could reach an object's prototype: refused wherever they appear. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits on raw input, so that work per input is bounded. */
export const INPUT_LIMITS = { maxDepth: 64, maxNodes: 2_000_000 } as const;

/** A place in the input being walked; its path is rebuilt from the parent links only when an issue needs it. */
interface Place {
  readonly node: unknown;
  readonly parent: Place | undefined;
  readonly key: string | number;
  readonly depth: number;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.parent !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks raw input before it is parsed: refuses prototype keys, nesting deeper than the limit and
 * inputs with more values than the limit. Iterative, so hostile nesting cannot overflow the stack.
 */
export function guardInput(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Place[] = [{ node: input, parent: undefined, key: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const place = stack.pop() as Place;
    if (++nodes > INPUT_LIMITS.maxNodes) {
      return [{ code: 'too_large', path: [], message: `has more than ${INPUT_LIMITS.maxNodes} values` }];
    }
    const { node } = place;
    if (node === null || typeof node !== 'object') continue;
    if (place.depth >= INPUT_LIMITS.maxDepth) {
      issues.push({ code: 'too_deep', path: pathOf(place), message: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` });
      continue;
    }
    const depth = place.depth + 1;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], parent: place, key: index, depth });
      continue;
    }
    const keys = Object.keys(node);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: 'forbidden_key', path: [...pathOf(place), key], message: 'is a reserved key and is not allowed' });
        continue;
      }
      stack.push({ node: (node as Record<string, unknown>)[key], parent: place, key, depth });
    }
  }
  return issues;
}
