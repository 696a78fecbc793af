import { fail, succeed, type Safe } from '../issues/safe.js';

/** What to tell the user when an optional peer of this package is not installed. */
export interface OptionalPeer {
  /** The package's name, as `npm install` takes it. */
  readonly name: string;
  /** What needs it, from the user's side: `cse-screen report --out draws its charts`. */
  readonly neededFor: string;
  /** The command that installs it. */
  readonly install: string;
}

/**
 * Loads an optional peer of this package (echarts, json-schema-to-typescript) only when a command needs it.
 * `load` imports it with a literal specifier, so bundlers keep it external. A package that is not installed
 * gives one `missing_dependency` issue saying what needs it and what to install; any other failure (an
 * install that is broken, a missing package of its own) is thrown, as the bug it is.
 */
export async function importOptional<T>(load: () => Promise<T>, peer: OptionalPeer): Promise<Safe<T>> {
  try {
    return succeed(await load());
  } catch (error) {
    if (!isNotFound(error, peer.name)) throw error;
    return fail([{ code: 'missing_dependency', path: [], message: `${peer.neededFor} with the ${peer.name} package, which is not installed: ${peer.install}` }]);
  }
}

/** Node's "cannot find package NAME" from an ES module import, or from a require in a CommonJS build. */
function isNotFound(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as NodeJS.ErrnoException;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && (error.message.includes(`'${name}'`) || error.message.includes(`'${name}/`));
}
