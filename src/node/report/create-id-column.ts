/** A growing column of small whole numbers (such as what an Interner numbers), one per child. */
export interface IdColumn {
  /** The number at `index`: 0 where none was set. */
  at(index: number): number;
  set(index: number, value: number): void;
}

/**
 * Creates an empty column that takes one byte a number while every number fits in one, and widens to two,
 * then four, only when a larger one is set: a caseload's few levels or ruleset versions take a byte a child.
 */
export function createIdColumn(): IdColumn {
  let values: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(1024);
  let most = 0xff;
  return {
    at: (index) => values[index] ?? 0,
    set(index, value) {
      if (value > most || index >= values.length) {
        const wide = value > 0xffff || most > 0xffff ? Uint32Array : value > most || most > 0xff ? Uint16Array : Uint8Array;
        const grown = new wide(index >= values.length ? Math.max(index + 1, values.length * 2) : values.length);
        grown.set(values);
        values = grown;
        most = wide === Uint32Array ? 0xffffffff : wide === Uint16Array ? 0xffff : 0xff;
      }
      values[index] = value;
    },
  };
}
