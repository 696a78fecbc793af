/** Numbers distinct values 0, 1, 2, ... so that each is kept once however many children share it. */
export interface Interner<T> {
  /** The number of a value equal to this one (by its key), numbered next when it is new. */
  idOf(value: T): number;
  /** The value numbered `id`: the first of its key that was given. */
  at(id: number): T;
}

/**
 * Creates an interner that tells values apart by `keyOf`: values with the same key are one value, and the
 * first given is the one kept. Meant for the few distinct ruleset stamps, levels, dates and id lists that a
 * caseload's children carry: a child then keeps a number instead of its own copy.
 */
export function createInterner<T>(keyOf: (value: T) => string): Interner<T> {
  const ids = new Map<string, number>();
  const values: T[] = [];
  return {
    idOf(value) {
      const key = keyOf(value);
      let id = ids.get(key);
      if (id === undefined) {
        id = values.length;
        ids.set(key, id);
        values.push(value);
      }
      return id;
    },
    at: (id) => values[id] as T,
  };
}
