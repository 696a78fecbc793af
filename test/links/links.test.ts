import { describe, expect, test } from 'vitest';
import { compileRuleset, safeCompileRuleset } from '../../src/index.js';
import { AssociationSchema } from '../../src/schema/association.js';
import { createLinkFinder } from '../../src/node/links/create-link-finder.js';
import { normaliseIdentifier } from '../../src/node/links/normalise-identifier.js';
import { pseudonymiseAssociations } from '../../src/node/links/pseudonymise-associations.js';
import { pseudonymiseIdentifier } from '../../src/node/links/pseudonymise-identifier.js';
import { linkedTieredRuleset, syntheticScreenings, TOKENS } from '../report/synthetic-caseload.js';

const KEY = new TextEncoder().encode('0123456789abcdef0123456789abcdef-test-key');
const OTHER_KEY = new TextEncoder().encode('fedcba9876543210fedcba9876543210-test-key');
const ref = (kind: 'per' | 'veh' | 'pla', n: number) => `${kind}-${n.toString(16).padStart(32, '0')}`;

describe('createLinkFinder', () => {
  test('joins a chain A–B–C through two different references into one group, and lists only shared references', () => {
    const finder = createLinkFinder();
    finder.add('A', [{ kind: 'vehicle', ref: ref('veh', 1) }, { kind: 'place', ref: ref('pla', 9) }]);
    finder.add('B', [{ kind: 'vehicle', ref: ref('veh', 1) }, { kind: 'person', ref: ref('per', 2) }]);
    finder.add('C', [{ kind: 'person', ref: ref('per', 2) }]);
    finder.add('D', [{ kind: 'person', ref: ref('per', 3) }]);
    expect(finder.groups()).toEqual([{
      children: ['A', 'B', 'C'],
      references: [{ token: ref('veh', 1), kind: 'vehicle', children: [0, 1] }, { token: ref('per', 2), kind: 'person', children: [1, 2] }],
    }]);
    expect(finder.counts()).toEqual({ childrenWithAssociations: 4, references: 4, sharedReferences: 2 });
  });

  test('a reference held by one child only, even twice, links nobody', () => {
    const finder = createLinkFinder();
    finder.add('A', [{ kind: 'place', ref: ref('pla', 1) }]);
    finder.add('A', [{ kind: 'place', ref: ref('pla', 1) }]);
    finder.add('B', [{ kind: 'place', ref: ref('pla', 2) }]);
    expect(finder.groups()).toEqual([]);
  });

  test('gives the same groups in the same order for the same input (largest first)', () => {
    const build = () => {
      const finder = createLinkFinder();
      finder.add('X', [{ kind: 'person', ref: ref('per', 5) }]);
      finder.add('Y', [{ kind: 'person', ref: ref('per', 5) }]);
      for (const child of ['P', 'Q', 'R']) finder.add(child, [{ kind: 'vehicle', ref: ref('veh', 6) }]);
      return finder.groups();
    };
    expect(build()).toEqual(build());
    expect(build().map((group) => group.children)).toEqual([['P', 'Q', 'R'], ['X', 'Y']]);
  });
});

describe('pseudonymiseIdentifier', () => {
  test('normalises vehicle registrations, phone numbers and handles before hashing', () => {
    expect(normaliseIdentifier('vehicle', ' ab12-cde ')).toBe('AB12CDE');
    expect(normaliseIdentifier('phone', '07700 900123')).toBe('+447700900123');
    expect(normaliseIdentifier('phone', '+44 (0)7700-900123')).toBe('+447700900123');
    expect(normaliseIdentifier('phone', '0044 7700 900123')).toBe('+447700900123');
    expect(normaliseIdentifier('online-account', '@Some_Handle')).toBe('some_handle');
    expect(pseudonymiseIdentifier('vehicle', 'AB12 CDE', KEY)).toBe(pseudonymiseIdentifier('vehicle', 'ab12cde', KEY));
    expect(pseudonymiseIdentifier('phone', '07700 900123', KEY)).toBe(pseudonymiseIdentifier('phone', '+447700900123', KEY));
  });

  test('gives a prefixed ref of the key id and 32 hex digits that depends on the key and the kind, and that the association schema accepts', () => {
    const token = pseudonymiseIdentifier('vehicle', 'AB12CDE', KEY);
    expect(token).toMatch(/^veh-[0-9a-f]{40}$/);
    expect(pseudonymiseIdentifier('vehicle', 'AB12CDE', OTHER_KEY)).not.toBe(token);
    expect(pseudonymiseIdentifier('place', 'AB12CDE', KEY)?.slice(4)).not.toBe(token?.slice(4));
    expect(AssociationSchema.safeParse({ kind: 'vehicle', ref: token }).success).toBe(true);
    expect(pseudonymiseIdentifier('vehicle', ' - ', KEY)).toBeUndefined();
  });

  test('replaces identifiers in a screening, and reports a bad entry by path without its value', () => {
    const done = pseudonymiseAssociations({ ref: 'A', associations: [{ kind: 'vehicle', identifier: 'AB12 CDE', role: 'transport' }] }, KEY);
    expect(done.issues).toEqual([]);
    expect(JSON.stringify(done.screening)).not.toContain('AB12');
    const bad = pseudonymiseAssociations({ associations: [{ kind: 'car', identifier: 'SECRET-NAME' }] }, KEY);
    expect(bad.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', ['associations', 0, 'kind']]]);
    expect(JSON.stringify(bad.issues)).not.toContain('SECRET');
  });
});

describe('associations in screenings and rulesets', () => {
  test('a ref must be a pseudonymous token: a name, number plate or phone number does not pass', () => {
    for (const ref of ['John Smith', 'AB12CDE', '07700900123', 'veh-AB12CDE', 'veh-0123', `${TOKENS.vehicle} `]) {
      expect(AssociationSchema.safeParse({ kind: 'vehicle', ref }).success).toBe(false);
    }
    expect(AssociationSchema.safeParse({ kind: 'vehicle', ref: TOKENS.vehicle, role: 'a free text role' }).success).toBe(false);
  });

  test('scoring ignores associations: the result is the same with or without them and never carries them', () => {
    const screener = compileRuleset(linkedTieredRuleset());
    const withLinks = syntheticScreenings()[1] as Record<string, unknown>;
    const { associations: _dropped, ...without } = withLinks;
    const scored = screener.screen(withLinks);
    expect(scored).toEqual(screener.screen(without));
    expect(JSON.stringify(scored)).not.toMatch(/veh-|per-/);
  });

  test('a link policy must name steps the ruleset defines', () => {
    const compiled = safeCompileRuleset({ ...linkedTieredRuleset(), links: { sharedReferenceSteps: ['strategy', 'no-such-step'] } });
    expect(compiled.success).toBe(false);
    expect(!compiled.success && compiled.issues.map((issue) => [issue.code, issue.path])).toEqual([['unknown_reference', ['links', 'sharedReferenceSteps', 1]]]);
  });
});
