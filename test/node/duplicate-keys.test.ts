import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { findDuplicateKeys, MAX_DUPLICATE_KEYS } from '../../src/node/find-duplicate-keys.js';
import { parseJsonText } from '../../src/node/parse-json-text.js';
import { readJsonFile } from '../../src/node/read-json-file.js';
import { recordingStream } from '../support/recording-stream.js';

// JSON.parse keeps the last of two equal keys without a word: a file read by the CLI says so, with the path.
const CANARY = 'CANARY-dup-5e1c';
const paths = (text: string): unknown[] => findDuplicateKeys(text).map((issue) => [issue.code, issue.path]);

describe('findDuplicateKeys', () => {
  test('finds a key given twice in one object, at any depth, with the path to it', () => {
    expect(paths('{"a":1,"b":{"c":[{"d":1,"d":2}]},"a":3}')).toEqual([
      ['duplicate_key', ['b', 'c', 0, 'd']],
      ['duplicate_key', ['a']],
    ]);
  });

  test('compares keys as decoded, and is not fooled by braces, quotes or commas inside strings', () => {
    expect(paths('{"a":"{\\"a\\":1,","\\u0061":2}')).toEqual([['duplicate_key', ['a']]]);
    expect(paths('{"x":["a","a"],"y":{"a":1},"z":{"a":1}}')).toEqual([]);
    expect(paths('[{"k":1},{"k":1}]')).toEqual([]);
  });

  test(`lists at most ${MAX_DUPLICATE_KEYS}, then says there are more`, () => {
    const text = `{${Array.from({ length: 100 }, () => '"k":1').join(',')}}`;
    const found = findDuplicateKeys(text);
    expect(found).toHaveLength(MAX_DUPLICATE_KEYS + 1);
    expect(found.at(-1)?.path).toEqual([]);
  });

  test('parseJsonText and readJsonFile give the data (the last value wins) and the warning, never the value', () => {
    const text = `{"answers":{"missing":"${CANARY}","missing":"yes"}}`;
    const parsed = parseJsonText(Buffer.from(text));
    expect(parsed).toMatchObject({ success: true, data: { answers: { missing: 'yes' } }, warnings: [{ code: 'duplicate_key', path: ['answers', 'missing'] }] });
    expect(JSON.stringify(parsed.warnings)).not.toContain(CANARY);
    const file = join(mkdtempSync(join(tmpdir(), 'cse-dup-')), 'screening.json');
    writeFileSync(file, text);
    expect(readJsonFile(file).warnings).toEqual(parsed.warnings);
    expect(parseJsonText(Buffer.from('{"a":1}'))).toEqual({ success: true, data: { a: 1 } });
  });
});

describe('the CLI warns of duplicate keys in the files and standard input it reads', () => {
  const run = async (argv: string[], stdin = ''): Promise<{ exit: number; stdout: string; stderr: string }> => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = { stdin: Readable.from([Buffer.from(stdin)]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
    const exit = await runCli(argv, io);
    return { exit, stdout: stdout.join(''), stderr: stderr.join('') };
  };

  test('assess from standard input says which key came twice, with its path (escaped) and never its value', async () => {
    const screening = `{"subject":{"ageYears":14},"answers":{"missing":"${CANARY}","missing":"yes","odd\u202ekey":"no","odd\u202ekey":"no"}}`;
    const done = await run(['assess', '-', '--ruleset', 'test/fixtures/tiered.json', '--format', 'json'], screening);
    expect(done.exit).toBe(1);
    expect(done.stderr).toContain('cse-screen: answers.missing duplicate_key appears more than once in the same object; only the last is used\n');
    expect(done.stderr).toContain('answers["odd\\u202ekey"] duplicate_key');
    expect(done.stderr).not.toContain(CANARY);
  });

  test('a screening file with a duplicate key is scored (exit 0) with the warning on stderr', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cse-dup-')), 'screening.json');
    writeFileSync(file, `{"subject":{"ageYears":14,"ageYears":15},"answers":{"missing":"yes"}}`);
    const done = await run(['assess', file, '--ruleset', 'test/fixtures/tiered.json', '--format', 'json']);
    expect(done.exit).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ level: { id: 'low' } });
    expect(done.stderr).toBe('cse-screen: subject.ageYears duplicate_key appears more than once in the same object; only the last is used\n');
  });

  test('ruleset validate names a duplicate key in the ruleset file', async () => {
    const text = readFileSync('test/fixtures/tiered.json', 'utf8').replace('"meta": {', '"meta": { "title": "Shadowed", ');
    const file = join(mkdtempSync(join(tmpdir(), 'cse-dup-')), 'ruleset.json');
    writeFileSync(file, text);
    const done = await run(['ruleset', 'validate', file]);
    expect(done.exit).toBe(0);
    expect(done.stderr).toBe('cse-screen: meta.title duplicate_key appears more than once in the same object; only the last is used (in the ruleset file)\n');
  });

  test.each([
    [['ruleset', 'show']],
    [['export', 'answer-schema']],
    [['links', 'examples/caseload/screenings.ndjson', '--ruleset']],
  ])('%j names a duplicate key in the ruleset file it loads', async (command) => {
    const text = readFileSync('test/fixtures/tiered.json', 'utf8').replace('"meta": {', '"meta": { "title": "Shadowed", ');
    const file = join(mkdtempSync(join(tmpdir(), 'cse-dup-')), 'ruleset.json');
    writeFileSync(file, text);
    const done = await run([...command, file]);
    expect(done.stderr).toContain('cse-screen: meta.title duplicate_key appears more than once in the same object; only the last is used (in the ruleset file)\n');
  });
});
