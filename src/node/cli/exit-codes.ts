/** The exit codes of `cse-screen`: stable, documented in `--help`, and tested against the built binary. */
export const EXIT = {
  /** The command did what was asked. */
  ok: 0,
  /** The screening could not be read or is not valid for the ruleset. */
  invalidScreening: 1,
  /** The command line is wrong: unknown command or option, missing argument, bad value. */
  usage: 2,
  /** The ruleset could not be found, read or parsed, or is not valid. */
  invalidRuleset: 3,
  /** An optional package the command needs is not installed (sysexits EX_UNAVAILABLE): the message says which to install. */
  missingDependency: 69,
  /** A bug: something failed that should not (sysexits EX_SOFTWARE). */
  internal: 70,
  /** Worker threads for `--jobs` could not start (sysexits EX_OSERR): run again with `--jobs 1`. */
  workersUnavailable: 71,
  /** The output could not be written (sysexits EX_IOERR). */
  ioError: 74,
  /** A batch stopped by SIGINT (128 + 2), its output ending on a whole record. */
  interrupted: 130,
  /** A batch stopped because its reader closed standard output (EPIPE, as SIGPIPE would: 128 + 13), its output ending on a whole record. */
  outputClosed: 141,
  /** A batch stopped by SIGTERM (128 + 15), its output ending on a whole record. */
  terminated: 143,
} as const;

/** One of the exit codes in EXIT. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
