import { describe, expect, test } from 'vitest';
import { normaliseIdentifier, safeNormaliseIdentifier } from '../../src/node/links/normalise-identifier.js';
import { pseudonymiseAssociations } from '../../src/node/links/pseudonymise-associations.js';
import { pseudonymiseIdentifier } from '../../src/node/links/pseudonymise-identifier.js';

// Identifiers are normalised as people write them, so that one number or plate written two ways links; and a
// plate or phone number holding letters of another script (a Cyrillic or Greek look-alike) is refused with an
// issue, never silently dropped to what is left (which could link two unrelated identifiers).
const KEY = new TextEncoder().encode('q8Zr2LmX0vBn4TcY7uWk1HsJ6pDf3GeA');

describe('phone numbers', () => {
  test.each([
    '+44 (0)7700 900123', '+44 (0) 7700-900-123', '+44 7700 900123', '+447700900123', '07700 900123', '07700.900.123',
    '(07700) 900123', '0044 7700 900123', '0044 (0)7700 900123', '+44 07700 900123', '+44-7700-900-123', '\uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13',
  ])('%s is +447700900123, and links with every other way of writing it', (written) => {
    expect(normaliseIdentifier('phone', written)).toBe('+447700900123');
    expect(pseudonymiseIdentifier('phone', written, KEY)).toBe(pseudonymiseIdentifier('phone', '07700 900123', KEY));
  });

  test.each([
    ['a letter O for a zero', 'O7700 9OO123'],
    ['an extension in words', '07700 900123 ext 4'],
    ['Arabic-Indic digits', '\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663'],
    ['a Cyrillic letter', '07700 900123\u0430'],
  ])('a number with %s is refused with invalid_value, quoting nothing', (_what, written) => {
    const normal = safeNormaliseIdentifier('phone', written);
    expect(normal.success).toBe(false);
    expect(!normal.success && normal.issues.map((issue) => issue.code)).toEqual(['invalid_value']);
    expect(JSON.stringify(normal)).not.toContain('7700');
    expect(normaliseIdentifier('phone', written)).toBeUndefined();
  });
});

describe('vehicle registrations', () => {
  test.each([['ab12 cde', 'AB12CDE'], ['AB12-CDE', 'AB12CDE'], ['ab.12.cde', 'AB12CDE'], ['M\u00dc AB 123', 'M\u00dcAB123']])('%s is %s', (written, normal) => {
    expect(normaliseIdentifier('vehicle', written)).toBe(normal);
  });

  test.each([
    ['Cyrillic look-alikes (A, B, C)', '\u0410\u041212 \u0421DE'],
    ['a Greek look-alike (Alpha)', '\u039112CDE'],
    ['a symbol', 'AB12\u2605CDE'],
  ])('a plate with %s is refused with invalid_value, never dropped to the Latin letters left', (_what, written) => {
    expect(safeNormaliseIdentifier('vehicle', written).success).toBe(false);
    expect(pseudonymiseIdentifier('vehicle', written, KEY)).toBeUndefined();
  });

  test('pseudonymise refuses such an entry at its identifier, saying why, and quoting nothing', () => {
    const done = pseudonymiseAssociations({ ref: 'A', associations: [{ kind: 'vehicle', identifier: '\u0410\u041212 \u0421DE' }, { kind: 'phone', identifier: 'O7700 9OO123' }] }, KEY);
    expect(done.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_value', ['associations', 0, 'identifier']],
      ['invalid_value', ['associations', 1, 'identifier']],
    ]);
    expect(done.issues[0]?.message).toMatch(/another script/);
    expect(JSON.stringify(done.issues)).not.toMatch(/7700|\u0410/);
  });
});
