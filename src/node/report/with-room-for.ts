/** The typed arrays the caseload keeps its per-child and per-reference columns in. */
export type Column = Uint8Array | Uint16Array | Int32Array | Uint32Array;

/**
 * The column itself when it holds at least `length` entries, else a copy at least twice its size (so that
 * appending one entry at a time copies each entry a bounded number of times). New entries are zero.
 */
export function withRoomFor<C extends Column>(column: C, length: number): C {
  if (length <= column.length) return column;
  const Make = column.constructor as new (length: number) => C;
  const grown = new Make(Math.max(length, column.length * 2, 16));
  grown.set(column);
  return grown;
}
