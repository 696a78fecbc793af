import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../src/node/cli/exit-codes.js';
import { CANARY, linkedTieredRuleset, TOKENS } from '../report/synthetic-caseload.js';

const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

/** The fixture ruleset and a screenings file of these lines, written to a new folder. */
function files(lines: readonly string[]): { ruleset: string; screenings: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cse-links-dup-'));
  const ruleset = join(folder, 'ruleset.json');
  writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
  const screenings = join(folder, 'screenings.ndjson');
  writeFileSync(screenings, `${lines.join('\n')}\n`);
  return { ruleset, screenings };
}

const head = (ref: string) => `"ref":"${ref}","subject":{"ageYears":14,"attributes":{"learningDisability":false}}`;
const vehicle = `[{"kind":"vehicle","ref":"${TOKENS.vehicle}"}]`;

describe('cse-screen links: keys given twice', () => {
  test('refuses a screening that gives associations twice, naming the line and path, with nothing on stdout', () => {
    const { ruleset, screenings } = files([
      `{${head('A')},"answers":{"missing":"no"},"associations":${vehicle},"associations":[]}`,
      `{${head('B')},"answers":{"missing":"no"},"associations":${vehicle}}`,
    ]);
    const done = run('links', screenings, '--ruleset', ruleset);
    expect(done.status).toBe(EXIT.invalidScreening);
    expect(done.stderr).toBe('cse-screen: [1].associations duplicate_key appears more than once in the same object: which one is meant cannot be told, so the line is refused\n');
    expect(done.stdout).toBe('');
  });

  test('refuses a screening that gives its ref twice, as the last alone could merge two children', () => {
    const { ruleset, screenings } = files([`{${head('A')},"ref":"B","answers":{"missing":"no"},"associations":${vehicle}}`]);
    const done = run('links', screenings, '--ruleset', ruleset);
    expect(done.status).toBe(EXIT.invalidScreening);
    expect(done.stderr).toContain('[1].ref duplicate_key');
  });

  test('scores a screening that gives an answer twice with the last, as assess does, and warns with its line, path and a count, never the value', () => {
    const { ruleset, screenings } = files([
      `{${head('A')},"answers":{"missing":{"value":"yes","evidence":"${CANARY}"},"missing":"no"},"associations":${vehicle}}`,
      `{${head('B')},"answers":{"missing":"no"},"associations":${vehicle}}`,
    ]);
    const done = run('links', screenings, '--ruleset', ruleset);
    expect(done.status).toBe(0);
    expect(done.stderr).toBe('cse-screen: [1].answers.missing duplicate_key appears more than once in the same object; only the last is used\n'
      + 'cse-screen: (root) duplicate_key 1 screening gives a key twice outside ref and associations: each was scored with the last, as assess does\n');
    expect(done.stderr).not.toContain(CANARY);
    expect(done.stdout).toContain('groups: 1');
  });
});
