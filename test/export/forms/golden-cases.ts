import { readdirSync, readFileSync } from 'node:fs';

/** One golden case of the default ruleset, as test/cases holds it. */
export interface GoldenCase {
  readonly name: string;
  readonly screening: Record<string, unknown>;
}

/** The golden cases of the default ruleset, read from test/cases when the test runs, by file name. */
export function goldenCases(): [string, GoldenCase][] {
  const directory = new URL('../../cases/', import.meta.url);
  return readdirSync(directory).filter((name) => name.endsWith('.json')).sort()
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as GoldenCase]);
}
