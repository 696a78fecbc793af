import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_RULESET_ID, isRulesetPath, listBundledRulesets, loadDefaultRuleset, loadRulesetFile, resolveRuleset } from '../../src/node/index.js';
import { locateJsonError } from '../../src/node/locate-json-error.js';
import { parseJsonText } from '../../src/node/parse-json-text.js';
import { readJsonFile } from '../../src/node/read-json-file.js';
import { MAX_JSON_BYTES } from '../../src/node/json-size-limit.js';

const CANARY = 'CANARY-7f3a91';
const TIERED = 'test/fixtures/tiered.json';
const scratch = mkdtempSync(join(tmpdir(), 'cse-node-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('locateJsonError', () => {
  test.each(['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true}', ' \n[ false ] \n'])('finds no error in valid JSON %j', (text) => {
    expect(locateJsonError(text)).toBeUndefined();
  });

  test.each([
    ['{', 1, 2], ['{"a" 1}', 1, 6], ['[1,]', 1, 4], ['{"a":1,}', 1, 8], ['[01]', 1, 3], ['[1.]', 1, 4], ['"\\x"', 1, 3],
    ['{\n  "a": tru\n}', 2, 11], ['[1] 2', 1, 5], ['', 1, 1], ['{"a":"line\nbreak"}', 1, 11], ["{'a':1}", 1, 2],
  ])('locates the first error in %j at line %i, column %i', (text, line, column) => {
    expect(locateJsonError(text)).toEqual({ line, column });
  });

  test('agrees with JSON.parse on whether text is valid', () => {
    const agrees = (text: string): boolean => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      return (locateJsonError(text) === undefined) === valid;
    };
    fc.assert(fc.property(fc.json(), agrees));
    fc.assert(fc.property(fc.json().map((text) => text.slice(0, Math.floor(text.length / 2))), agrees));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 0123-.eE+tfnul\n'.split('')), maxLength: 20 }), agrees), { numRuns: 2000 });
  });

  test('survives deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(locateJsonError(deep)).toEqual({ line: 1, column: 200_000 });
  });
});

describe('parseJsonText', () => {
  test('parses UTF-8 JSON and drops a byte order mark', () => {
    expect(parseJsonText(bytes('\uFEFF{"a":1}'))).toEqual({ success: true, data: { a: 1 } });
  });

  test('reports a syntax error by line and column, never quoting the text', () => {
    const parsed = parseJsonText(bytes(`{\n "a": ${CANARY}\n}`));
    expect(parsed).toEqual({ success: false, issues: [{ code: 'invalid_json', path: [], message: 'is not valid JSON: syntax error at line 2, column 7' }] });
  });

  test('reports empty input and bytes that are not UTF-8 as invalid_json', () => {
    expect(parseJsonText(bytes('  \n'))).toMatchObject({ success: false, issues: [{ code: 'invalid_json', message: 'is empty: expected JSON' }] });
    expect(parseJsonText(new Uint8Array([0x22, 0xc3, 0x28, 0x22]))).toMatchObject({ success: false, issues: [{ code: 'invalid_json', message: 'is not UTF-8 text' }] });
  });
});

describe('readJsonFile', () => {
  test('reports a missing file as file_not_found and a folder as file_unreadable', () => {
    expect(readJsonFile(join(scratch, 'missing.json'))).toMatchObject({ success: false, issues: [{ code: 'file_not_found', path: [] }] });
    expect(readJsonFile(scratch)).toMatchObject({ success: false, issues: [{ code: 'file_unreadable', path: [] }] });
  });

  test('refuses a file larger than MAX_JSON_BYTES as too_large', () => {
    const path = join(scratch, 'large.json');
    writeFileSync(path, `"${'x'.repeat(MAX_JSON_BYTES)}"`);
    expect(readJsonFile(path)).toMatchObject({ success: false, issues: [{ code: 'too_large', path: [] }] });
  });
});

describe('loadRulesetFile', () => {
  test('compiles a valid ruleset file into a screener', () => {
    const loaded = loadRulesetFile(TIERED);
    expect(loaded.success && loaded.data.stamp.id).toBe('fixture-tiered');
  });

  test('returns invalid_json with line and column, and no text of the file, for a file that is not JSON', () => {
    const path = join(scratch, 'not-json.json');
    writeFileSync(path, `{\n  "meta": { "title": "${CANARY}" },\n  ${CANARY}\n}`);
    const loaded = loadRulesetFile(path);
    expect(loaded).toEqual({ success: false, issues: [{ code: 'invalid_json', path: [], message: 'is not valid JSON: syntax error at line 3, column 3' }] });
  });

  test('returns the ruleset issues for a file that is JSON but not a valid ruleset', () => {
    const path = join(scratch, 'not-ruleset.json');
    writeFileSync(path, JSON.stringify({ format: 'cse-screening/ruleset@1', meta: CANARY }));
    const loaded = loadRulesetFile(path);
    expect(loaded.success).toBe(false);
    expect(JSON.stringify(loaded)).not.toContain(CANARY);
  });
});

describe('bundled rulesets', () => {
  test('lists the default ruleset among the bundled ones, found by walking up to the package root', () => {
    const listed = listBundledRulesets();
    expect(listed.success && listed.data.map((entry) => entry.id)).toContain(DEFAULT_RULESET_ID);
  });

  test('loadDefaultRuleset loads the ruleset whose id is DEFAULT_RULESET_ID', () => {
    const loaded = loadDefaultRuleset();
    expect(loaded.success && loaded.data.ruleset.meta.id).toBe(DEFAULT_RULESET_ID);
  });

  test('treats an argument with a slash or ending in .json as a path, anything else as a bundled id', () => {
    expect([TIERED, './x', 'x.json', 'brighton-hove-cse', 'x'].map(isRulesetPath)).toEqual([true, true, true, false, false]);
    const byPath = resolveRuleset(TIERED);
    expect(byPath.success && byPath.data.stamp.id).toBe('fixture-tiered');
    const byId = resolveRuleset(DEFAULT_RULESET_ID);
    expect(byId.success && byId.data.stamp.id).toBe(DEFAULT_RULESET_ID);
  });

  test('reports an id that no bundled ruleset has as file_not_found', () => {
    expect(resolveRuleset('no-such-ruleset')).toMatchObject({ success: false, issues: [{ code: 'file_not_found', path: [] }] });
  });
});
