import { getEventListeners } from 'node:events';
import { describe, expect, test } from 'vitest';
import { untilInterrupted } from '../../src/node/cli/batch/until-interrupted.js';

// The batch waits for each chunk, reply and drain "or a signal": nothing may pile up on the signal, or every
// chunk of input would stay in memory until the batch ends (a caseload of 100,000 lines held some 1.7 GB).
describe('untilInterrupted', () => {
  test('leaves no listener on the signal once the promise settles, however many times it is called', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 1000; i++) {
      await expect(untilInterrupted(Promise.resolve(i), controller.signal)).resolves.toBe(i);
      await expect(untilInterrupted(Promise.reject(new Error('failed')), controller.signal)).rejects.toThrow('failed');
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  test('gives "interrupted" when the signal aborts first, or has already, and leaves a later failure handled', async () => {
    const controller = new AbortController();
    let fail: (error: Error) => void = () => undefined;
    const pending = new Promise<number>((_resolve, reject) => { fail = reject; });
    const waited = untilInterrupted(pending, controller.signal);
    controller.abort();
    await expect(waited).resolves.toBe('interrupted');
    await expect(untilInterrupted(new Promise(() => undefined), controller.signal)).resolves.toBe('interrupted');
    fail(new Error('after the signal'));
    await expect(untilInterrupted(Promise.resolve(1), undefined)).resolves.toBe(1);
  });
});
