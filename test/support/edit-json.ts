/** A path into JSON data, as issues report it. */
export type JsonPath = readonly (string | number)[];

/**
 * A copy of `value` with the node at `path` replaced by what `update` returns for it; returning
 * `REMOVE` deletes the node (an array element is spliced out). The original is never changed.
 */
export function updateAt<T>(value: T, path: JsonPath, update: (current: unknown) => unknown): T {
  const copy = structuredClone(value);
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  if (key === undefined) throw new Error('updateAt needs a non-empty path');
  let parent: unknown = copy;
  for (const segment of parentPath) {
    parent = childOf(parent, segment);
  }
  if (parent === null || typeof parent !== 'object') throw new Error(`no object at ${parentPath.join('.')}`);
  const container = parent as Record<string | number, unknown>;
  const next = update(container[key]);
  if (next === REMOVE) {
    if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
    else Reflect.deleteProperty(container, key);
  } else {
    container[key] = next;
  }
  return copy;
}

/** A copy of `value` with the node at `path` set to `next`. */
export function setAt<T>(value: T, path: JsonPath, next: unknown): T {
  return updateAt(value, path, () => next);
}

/** A copy of `value` without the node at `path`. */
export function removeAt<T>(value: T, path: JsonPath): T {
  return updateAt(value, path, () => REMOVE);
}

/** What an update returns to delete the node. */
export const REMOVE: unique symbol = Symbol('remove');

function childOf(node: unknown, segment: string | number): unknown {
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
    throw new Error(`no node at ${String(segment)}`);
  }
  return (node as Record<string | number, unknown>)[segment];
}
