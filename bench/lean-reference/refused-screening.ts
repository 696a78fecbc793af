/**
 * Thrown by the lean reference for an input it does not score: one the screening schema or the ruleset
 * refuses (`invalid`), or one it may accept that the reference does not take (`unsupported`: members given
 * as undefined, non-JSON values, very large or deep extra members of an earlier result). The message says
 * where, never what the input held.
 */
export class RefusedScreening extends Error {
  override readonly name = 'RefusedScreening';

  constructor(readonly reason: 'invalid' | 'unsupported', readonly where: string) {
    super(`the lean reference refuses this screening (${reason}): ${where}`);
  }
}
