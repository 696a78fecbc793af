import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSOCIATION_REF_CODEC } from '../../src/node/links/association-ref-codec.js';
import { createIdColumn } from '../../src/node/report/create-id-column.js';
import { createStringIndex } from '../../src/node/report/create-string-index.js';

describe('createStringIndex', () => {
  test('numbers strings in the order first added, finds them again and gives each back as it was', () => {
    const index = createStringIndex();
    expect(['C1', 'line 7', 'C1', 'Zoë ✓', '', 'C2'].map((text) => index.add(text))).toEqual([0, 1, 0, 2, 3, 4]);
    expect(index.size).toBe(5);
    expect([index.find('Zoë ✓'), index.find('C3')]).toEqual([2, -1]);
    expect([0, 1, 2, 3, 4].map((id) => index.textOf(id))).toEqual(['C1', 'line 7', 'Zoë ✓', '', 'C2']);
  });

  test('holds 200,000 strings across many buffers, and a string longer than a buffer, without losing one', () => {
    const index = createStringIndex();
    const long = 'x'.repeat(3 << 20);
    for (let i = 0; i < 200_000; i++) index.add(`child-${i}-${'k'.repeat(i % 40)}`);
    expect(index.add(long)).toBe(200_000);
    expect(index.add('after')).toBe(200_001);
    expect(index.textOf(123_456)).toBe(`child-123456-${'k'.repeat(123_456 % 40)}`);
    expect(index.find(`child-199999-${'k'.repeat(199_999 % 40)}`)).toBe(199_999);
    expect(index.textOf(200_000)).toBe(long);
    expect(index.textOf(200_001)).toBe('after');
  });

  test('invariant: behaves as a map from string to the number of distinct strings added before it', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 300 }), (texts) => {
      const index = createStringIndex();
      const model = new Map<string, number>();
      for (const text of texts) {
        if (!model.has(text)) model.set(text, model.size);
        expect(index.add(text)).toBe(model.get(text));
      }
      for (const [text, id] of model) {
        expect(index.find(text)).toBe(id);
        expect(index.textOf(id)).toBe(text);
      }
    }));
  });
});

describe('ASSOCIATION_REF_CODEC', () => {
  const ref = fc.tuple(fc.constantFrom('per', 'veh', 'pla', 'tel', 'acc'), fc.stringMatching(/^[0-9a-f]{16,64}$/)).map(([prefix, digits]) => `${prefix}-${digits}`);

  test('keeps a ref as pseudonymise writes it in one byte and half its hex digits', () => {
    const bytes = Buffer.alloc(200);
    expect(ASSOCIATION_REF_CODEC.encode('veh-5eed27000000000000000000000000000000000a', bytes)).toBe(21);
    expect(ASSOCIATION_REF_CODEC.encode('per-0123456789abcdef0', bytes)).toBe(10);
  });

  test('invariant: every string comes back as it was given, refs of any length and other strings alike', () => {
    fc.assert(fc.property(fc.array(fc.oneof(ref, fc.string({ unit: 'binary' }), fc.constantFrom('veh-ABCDEF0123456789', 'per-', 'tel-0')), { maxLength: 200 }), (texts) => {
      const index = createStringIndex(ASSOCIATION_REF_CODEC);
      const ids = texts.map((text) => index.add(text));
      texts.forEach((text, i) => {
        expect(index.textOf(ids[i] as number)).toBe(text);
        expect(index.find(text)).toBe(ids[i]);
      });
      expect(index.size).toBe(new Set(texts).size);
    }));
  });
});

describe('createIdColumn', () => {
  test('gives 0 where nothing was set, and keeps numbers of one, two and four bytes as it widens', () => {
    const column = createIdColumn();
    column.set(5, 200);
    column.set(5000, 7);
    expect([column.at(5), column.at(6), column.at(5000), column.at(1_000_000)]).toEqual([200, 0, 7, 0]);
    column.set(6, 70_000);
    column.set(7, 300);
    expect([column.at(5), column.at(6), column.at(7), column.at(5000)]).toEqual([200, 70_000, 300, 7]);
  });
});
