import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toAnswerSchema } from '../../../src/export/to-answer-schema.js';
import { toFormSchema } from '../../../src/export/to-form-schema.js';
import type { Screener } from '../../../src/index.js';
import { screeningArbitrary } from '../../support/screening-arbitrary.js';
import { formScreeners, strictAjv } from './form-rulesets.js';
import { goldenCases } from './golden-cases.js';
import { schemaArbitrary } from './schema-arbitrary.js';
import { VISIBLE_CHARACTER, hasVisibleText } from '../../../src/schema/visible-text.js';

type Schema = Record<string, unknown>;

/** Every key used anywhere in a schema, at any depth. */
function keysOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(keysOf);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

function answerProperties(schema: Schema): Record<string, Schema> {
  return ((schema['properties'] as Record<string, Schema>)['answers'] as Schema)['properties'] as Record<string, Schema>;
}

/** The codes the screener gives, or [] when it accepts the screening. */
function engineCodes(screener: Screener, screening: unknown): string[] {
  const parsed = screener.safeParseScreening(screening);
  return parsed.success ? [] : parsed.issues.map((issue) => issue.code);
}

/** What JSON Schema cannot compare, and the screener alone refuses. */
const CROSS_FIELD = new Set(['date_of_birth_after_assessment', 'age_mismatch']);

describe.each(formScreeners())('toAnswerSchema on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const schema = toAnswerSchema(ruleset) as Schema;
  const schemas = { answer: schema, 'json-forms form': toFormSchema(ruleset, 'json-forms') as Schema, 'rjsf form': toFormSchema(ruleset, 'rjsf') as Schema };

  test.each(Object.entries(schemas))('the %s schema is draft 2020-12, compiles with Ajv2020 in strict mode, and has no custom keyword, $ref or default', (_kind, each) => {
    expect(each['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    // RJSF's Ajv is not strict; the union type of an ordinal answer needs allowUnionTypes in strict mode.
    expect(() => strictAjv({ allowUnionTypes: _kind === 'rjsf form' }).compile(each)).not.toThrow();
    const keys = keysOf(each);
    expect(keys.filter((key) => key.startsWith('x-'))).toEqual([]);
    expect(keys).not.toContain('$ref');
    expect(keys).not.toContain('default');
  });

  test('has one answers property per indicator, in domain order, titled with the question, described by the guidance', () => {
    const properties = answerProperties(schema);
    const domainOrder = ruleset.domains.map((domain) => domain.id);
    const expected = [...ruleset.indicators].sort((a, b) => domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain));
    expect(Object.keys(properties)).toEqual(expected.map((indicator) => indicator.id));
    for (const indicator of ruleset.indicators) {
      expect(properties[indicator.id]).toMatchObject({ title: indicator.text, description: indicator.guidance });
    }
  });

  test('offers yes/no/possible/unknown with plain labels, or each score with its descriptor and then unknown, each option typed', () => {
    const properties = answerProperties(schema);
    for (const indicator of ruleset.indicators) {
      // The value with details comes first, so that a renderer taking the first option as chosen picks no bare answer.
      const [detailed, ...options] = properties[indicator.id]?.['oneOf'] as Schema[];
      expect(detailed?.['type']).toBe('object');
      if (indicator.answer.kind === 'presence') {
        expect(options).toEqual([
          { type: 'string', const: 'yes', title: 'Yes' }, { type: 'string', const: 'no', title: 'No' },
          { type: 'string', const: 'possible', title: 'Possible' }, { type: 'string', const: 'unknown', title: 'Not known' },
        ]);
      } else {
        expect(options).toEqual([
          ...indicator.answer.scores.map((entry) => ({ type: 'integer', const: entry.score, title: entry.label })),
          { type: 'string', const: 'unknown', title: 'Not known' },
        ]);
      }
    }
  });

  test('declares exactly the ruleset\'s subject attributes and context facts as booleans, and refuses others', () => {
    const validate = strictAjv().compile(schema);
    const attributes = Object.fromEntries(ruleset.attributes.map((fact) => [fact.id, true]));
    const context = Object.fromEntries(ruleset.contextFacts.map((fact) => [fact.id, false]));
    expect(validate({ subject: { ageYears: 14, attributes }, answers: {}, context })).toBe(true);
    expect(validate({ subject: { attributes: { notDeclared: true } }, answers: {} })).toBe(false);
    expect(validate({ subject: {}, answers: {}, context: { notDeclared: true } })).toBe(false);
    expect(validate({ subject: {}, answers: { 'not-an-indicator': 'yes' } })).toBe(false);
    expect(validate({ subject: {}, answers: {}, extra: 1 })).toBe(false);
  });

  test('invariant: every screening the answer schema or a form schema accepts is accepted by the screener (what only the screener can compare excepted)', () => {
    const validate = strictAjv().compile(schema);
    for (const each of Object.values(schemas)) {
      const validateEach = strictAjv({ allowUnionTypes: true }).compile(each);
      let accepted = 0;
      fc.assert(fc.property(schemaArbitrary(each), (candidate) => {
        if (!validateEach(candidate)) return;
        accepted++;
        expect(validate(candidate)).toBe(true);
        expect(engineCodes(screener, candidate).filter((code) => !CROSS_FIELD.has(code))).toEqual([]);
      }), { numRuns: 300 });
      expect(accepted).toBeGreaterThan(20);
    }
  });

  test('invariant: every screening the screener accepts, with or without time windows, is accepted by the schema', () => {
    const validate = strictAjv().compile(schema);
    fc.assert(fc.property(screeningArbitrary(ruleset), (screening) => {
      expect(screener.safeParseScreening(screening).success).toBe(true);
      expect(validate(screening), JSON.stringify(validate.errors)).toBe(true);
    }), { numRuns: 150 });
  });
});

describe('toAnswerSchema accepts exactly what the screener accepts (default ruleset)', () => {
  const screener = formScreeners().find(([name]) => name === 'brighton-hove-cse')?.[1] as Screener;
  const validate = strictAjv().compile(toAnswerSchema(screener.ruleset));

  test.each(goldenCases())('golden case %s: the schema and the screener both accept it', (_file, golden) => {
    expect(validate(golden.screening), JSON.stringify(validate.errors?.map((error) => error.instancePath))).toBe(true);
    expect(engineCodes(screener, golden.screening)).toEqual([]);
  });

  const base = { assessedOn: '2026-11-28', subject: { ageYears: 14, attributes: {} }, context: {} };
  const accepted: [string, unknown][] = [
    ['a single time window', { ...base, answers: { 'staying-out-late': { value: 'yes', window: 'last-3-months' } } }],
    ['several time windows', { ...base, answers: { 'staying-out-late': { value: 'possible', window: ['last-3-months', 'over-12-months-ago'] } } }],
    ['basis and evidence', { ...base, answers: { 'sexual-assault': { value: 'yes', basis: 'professional-concern', evidence: 'told by a friend' } } }],
    ['a value with no details', { ...base, answers: { 'self-harm': { value: 'unknown' } } }],
    ['a rationale in a script outside the Basic Multilingual Plane, after a zero-width space', { ...base, answers: {}, judgement: { level: 'medium', rationale: '\u200B\u{1D4B2}\u{1D4BD}\u{1D4CE}' } }],
    ['a judgement agreed by a second person', { ...base, answers: { 'self-harm': 'yes' }, judgement: { level: 'medium', rationale: 'why', by: 'A', agreedBy: { role: 'team-manager', name: 'B' } } }],
    ['a date of birth with the date of assessment', { assessedOn: '2026-11-28', subject: { dateOfBirth: '2012-03-01' }, answers: {} }],
    ['an age that agrees with the date of birth', { assessedOn: '2026-11-28', subject: { ageYears: 14, dateOfBirth: '2012-03-01' }, answers: {} }],
    ['a ruleset stamp, a reference and a $schema', { $schema: 'x', ref: 'case-1', ruleset: { id: screener.ruleset.meta.id }, subject: {}, answers: {} }],
    ['associations by pseudonymous reference', { subject: {}, answers: {}, associations: [{ kind: 'vehicle', ref: 'veh-5d41402abc4b2a76b9719d911017c592', role: 'transport' }] }],
  ];
  const refused: [string, unknown][] = [
    ['an answer outside the scale', { ...base, answers: { 'self-harm': 'maybe' } }],
    ['a score on a presence indicator', { ...base, answers: { 'self-harm': 1 } }],
    ['a time window the ruleset does not have', { ...base, answers: { 'self-harm': { value: 'yes', window: 'last-week' } } }],
    ['an empty list of time windows', { ...base, answers: { 'self-harm': { value: 'yes', window: [] } } }],
    ['details without a value', { ...base, answers: { 'self-harm': { window: 'last-3-months' } } }],
    ['an unknown basis', { ...base, answers: { 'self-harm': { value: 'yes', basis: 'rumour' } } }],
    ['an unknown member of an answer', { ...base, answers: { 'self-harm': { value: 'yes', when: 'now' } } }],
    ['a judgement without a rationale', { ...base, answers: {}, judgement: { level: 'medium' } }],
    ['a blank rationale', { ...base, answers: {}, judgement: { level: 'medium', rationale: '  ' } }],
    ['a rationale of zero-width and other invisible characters only', { ...base, answers: {}, judgement: { level: 'medium', rationale: '\u200B\u200D\u00AD\u2060\uFEFF\u202E \u3164' } }],
    ['a level the ruleset does not have', { ...base, answers: {}, judgement: { level: 'severe', rationale: 'why' } }],
    ['an agreement without a role', { ...base, answers: {}, judgement: { level: 'medium', rationale: 'why', agreedBy: { name: 'B' } } }],
    ['a role that is not a kebab-case id', { ...base, answers: {}, judgement: { level: 'medium', rationale: 'why', agreedBy: { role: 'Team Manager' } } }],
    ['a date of birth without the date of assessment', { subject: { dateOfBirth: '2012-03-01' }, answers: {} }],
    ['a date that is not YYYY-MM-DD', { assessedOn: '28/11/2026', subject: {}, answers: {} }],
    ['an age out of range', { subject: { ageYears: 31 }, answers: {} }],
    ['a fact that is not a boolean', { subject: {}, answers: {}, context: { immediateDanger: 'yes' } }],
    ['no answers member', { subject: {} }],
    ['another ruleset', { ruleset: { id: 'other-ruleset' }, subject: {}, answers: {} }],
    ['an association that is not a pseudonymous reference', { subject: {}, answers: {}, associations: [{ kind: 'vehicle', ref: 'AB12 CDE' }] }],
  ];

  test.each(accepted)('accepts %s, as the screener does', (_what, screening) => {
    expect(validate(screening), JSON.stringify(validate.errors)).toBe(true);
    expect(engineCodes(screener, screening)).toEqual([]);
  });

  test.each(refused)('refuses %s, as the screener does', (_what, screening) => {
    expect(validate(screening)).toBe(false);
    expect(engineCodes(screener, screening)).not.toEqual([]);
  });

  test('the two rules JSON Schema cannot state are the screener\'s: a date of birth after the assessment, an age that disagrees with the date of birth', () => {
    const later = { subject: { dateOfBirth: '2027-01-01' }, assessedOn: '2026-11-28', answers: {} };
    const disagrees = { subject: { ageYears: 15, dateOfBirth: '2012-03-01' }, assessedOn: '2026-11-28', answers: {} };
    expect([validate(later), validate(disagrees)]).toEqual([true, true]);
    expect([engineCodes(screener, later), engineCodes(screener, disagrees)]).toEqual([['date_of_birth_after_assessment'], ['age_mismatch']]);
  });
});

describe('what counts as a visible character in a rationale', () => {
  test('the screener and the exported pattern agree on every character of the Basic Multilingual Plane', () => {
    const pattern = new RegExp(VISIBLE_CHARACTER);
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      expect(hasVisibleText(text), `U+${unit.toString(16)}`).toBe(pattern.test(text));
    }
    expect(hasVisibleText('\u200B\u200D\u00AD ')).toBe(false);
    expect(hasVisibleText('\u200Bwhy')).toBe(true);
  });
});
