import { fail, succeed, type Safe } from '../../issues/safe.js';

/** How a command prints its result: text for people, JSON for programs. */
export type OutputFormat = 'text' | 'json';

/** Reads the value of `--format`; text when it is absent. The value given is never echoed. */
export function readOutputFormat(value: string | undefined): Safe<OutputFormat> {
  if (value === undefined || value === 'text') return succeed('text');
  if (value === 'json') return succeed('json');
  return fail([{ code: 'usage', path: [], message: '--format must be text or json' }]);
}
