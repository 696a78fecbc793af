/** Marks a switch as exhaustive: the compiler fails when a case is missing, and it throws if reached at run time. */
export function assertNever(value: never): never {
  throw new TypeError(`Unexpected case: ${typeof value}`);
}
