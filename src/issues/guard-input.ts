import type { Issue } from '../schema/issue.js';

/** Keys that could reach an object's prototype: refused wherever they appear. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits on raw input, so that work per input is bounded. */
export const INPUT_LIMITS = { maxDepth: 64, maxNodes: 2_000_000 } as const;

/**
 * Walks raw input before it is parsed: refuses prototype keys, nesting deeper than the limit and
 * inputs with more nodes than the limit. Iterative, so hostile nesting cannot overflow the stack.
 */
export function guardInput(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (++nodes > INPUT_LIMITS.maxNodes) {
      return [{ code: 'too_large', path: [], message: `has more than ${INPUT_LIMITS.maxNodes} values` }];
    }
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= INPUT_LIMITS.maxDepth) {
      issues.push({ code: 'too_deep', path, message: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` });
      continue;
    }
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], path: [...path, index] });
      continue;
    }
    const keys = Object.keys(node);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: 'forbidden_key', path: [...path, key], message: 'is a reserved key and is not allowed' });
        continue;
      }
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
