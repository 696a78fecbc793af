/**
 * Waits for `promise`, or for `signal` to abort, whichever comes first ('interrupted'); rejects as `promise`
 * does. Nothing is left behind once it settles: `Promise.race([promise, whenAborted])` against one promise
 * that lives as long as the batch would add a reaction to that promise at every call, each keeping its
 * result (a chunk of input, a batch of output) alive until the end: memory growing with the input.
 */
export function untilInterrupted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'interrupted'> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    // The promise is not waited for; a failure it ends in is not left unhandled.
    promise.catch(() => undefined);
    return Promise.resolve('interrupted');
  }
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve('interrupted');
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
  });
}
