/** The streams the CLI reads and writes, injected so that `runCli` can be tested in process. */
export interface CliIo {
  /** Where a screening is read from when the file is `-`, or not given and this is not a terminal. */
  readonly stdin: AsyncIterable<unknown> & { readonly isTTY?: boolean | undefined };
  /** Where results go, in one write once they are complete. */
  readonly stdout: NodeJS.WritableStream;
  /** Where issues go, one line each. */
  readonly stderr: NodeJS.WritableStream;
  /**
   * Aborted, with the signal's name ('SIGINT' or 'SIGTERM') as its reason, when the process is asked
   * to stop: a batch then stops after a whole record and exits 130 or 143.
   */
  readonly interrupt?: AbortSignal;
}
