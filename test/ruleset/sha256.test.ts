import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha256Hex as nodeSha256Hex } from '../../src/node/node-sha256.js';
import { canonicalJson } from '../../src/ruleset/canonical-json.js';
import { fingerprintRuleset } from '../../src/ruleset/fingerprint-ruleset.js';
import { sha256Hex } from '../../src/ruleset/sha256.js';
import { compileRuleset } from '../../src/index.js';
import type * as NodeEntry from '../../src/node/index.js';

const defaultRuleset: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));

describe('SHA-256 in the browser core and in Node', () => {
  test('the pure implementation gives the FIPS 180-4 digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  test('both give identical digests on the default ruleset\'s canonical JSON', () => {
    const { $schema: _ignored, ...content } = compileRuleset(defaultRuleset).ruleset;
    const text = canonicalJson(content);
    expect(nodeSha256Hex(text)).toBe(sha256Hex(text));
  });

  test('both give identical digests on random text, any Unicode and lone surrogates included, at every padding boundary', () => {
    for (let length = 0; length <= 130; length++) expect(nodeSha256Hex('é'.repeat(length))).toBe(sha256Hex('é'.repeat(length)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => nodeSha256Hex(text) === sha256Hex(text)), { numRuns: 300 });
  });

  test('the built Node entry fingerprints with node:crypto and agrees with the browser core on the default ruleset', async () => {
    const node = await import(pathToFileURL('dist/node.js').href) as typeof NodeEntry;
    const loaded = node.loadDefaultRuleset();
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    expect(loaded.data.stamp.fingerprint).toBe(fingerprintRuleset(compileRuleset(defaultRuleset).ruleset));
    const importsCrypto = /from\s*"(node:)?crypto"/;
    expect(readFileSync('dist/node.js', 'utf8')).toMatch(importsCrypto);
    expect(readFileSync('dist/index.js', 'utf8')).not.toMatch(importsCrypto);
  });
});
