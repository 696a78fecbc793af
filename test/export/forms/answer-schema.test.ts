import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toAnswerSchema } from '../../../src/export/to-answer-schema.js';
import type { Screener } from '../../../src/index.js';
import { screeningArbitrary } from '../../support/screening-arbitrary.js';
import { formScreeners, strictAjv } from './form-rulesets.js';
import { schemaArbitrary } from './schema-arbitrary.js';

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

describe.each(formScreeners())('toAnswerSchema on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const schema = toAnswerSchema(ruleset) as Schema;

  test('is a draft 2020-12 schema that Ajv2020 compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  test('uses no custom keyword: nothing starting with x-, and no $ref beside which a title would be lost', () => {
    const keys = keysOf(schema);
    expect(keys.filter((key) => key.startsWith('x-'))).toEqual([]);
    expect(keys).not.toContain('$ref');
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

  test('offers yes/no/possible/unknown with plain labels, or each score with its descriptor and then unknown', () => {
    const properties = answerProperties(schema);
    for (const indicator of ruleset.indicators) {
      const options = properties[indicator.id]?.['oneOf'];
      if (indicator.answer.kind === 'presence') {
        expect(options).toEqual([
          { const: 'yes', title: 'Yes' }, { const: 'no', title: 'No' }, { const: 'possible', title: 'Possible' }, { const: 'unknown', title: 'Not known' },
        ]);
      } else {
        expect(options).toEqual([...indicator.answer.scores.map((entry) => ({ const: entry.score, title: entry.label })), { const: 'unknown', title: 'Not known' }]);
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

  test('invariant: every screening the schema accepts is accepted by the screener (a date of birth after the assessment date excepted)', () => {
    const validate = strictAjv().compile(schema);
    let accepted = 0;
    fc.assert(fc.property(schemaArbitrary(schema), (candidate) => {
      if (!validate(candidate)) return;
      const { subject, assessedOn } = candidate as { subject: { dateOfBirth?: string }; assessedOn?: string };
      fc.pre(subject.dateOfBirth === undefined || assessedOn === undefined || subject.dateOfBirth <= assessedOn);
      accepted++;
      const parsed = screener.safeParseScreening(candidate);
      expect(parsed.success ? [] : parsed.issues).toEqual([]);
    }), { numRuns: 600 });
    expect(accepted).toBeGreaterThan(100);
  });

  test('invariant: every screening with bare answers that the screener accepts is accepted by the schema', () => {
    const validate = strictAjv().compile(schema);
    const bare = screeningArbitrary(ruleset).map((screening) => ({
      ...screening,
      answers: Object.fromEntries(Object.entries(screening.answers).map(([id, answer]) => [id, typeof answer === 'object' ? answer.value : answer])),
    }));
    fc.assert(fc.property(bare, (screening) => {
      expect(screener.safeParseScreening(screening).success).toBe(true);
      expect(validate(screening), JSON.stringify(validate.errors)).toBe(true);
    }), { numRuns: 200 });
  });

  test('refuses an answer outside the indicator\'s scale, an age with a date of birth, and a date of birth without an assessment date', () => {
    const validate = strictAjv().compile(schema);
    const [first] = ruleset.indicators;
    if (first === undefined) throw new Error('a ruleset has indicators');
    expect(validate({ subject: {}, answers: { [first.id]: 'maybe' } })).toBe(false);
    expect(validate({ subject: {}, answers: { [first.id]: first.answer.kind === 'presence' ? 1 : 'yes' } })).toBe(false);
    expect(validate({ subject: { ageYears: 14, dateOfBirth: '2012-01-01' }, assessedOn: '2026-11-28', answers: {} })).toBe(false);
    expect(validate({ subject: { dateOfBirth: '2012-01-01' }, answers: {} })).toBe(false);
    expect(validate({ subject: { dateOfBirth: '2012-01-01' }, assessedOn: '2026-11-28', answers: {} })).toBe(true);
    expect(validate({ subject: {}, answers: {}, judgement: { level: ruleset.levels[0]?.id, rationale: '   ' } })).toBe(false);
  });
});

describe('toAnswerSchema: the one rule JSON Schema cannot state', () => {
  test('a date of birth after the assessment date passes the schema and is refused by the screener with date_of_birth_after_assessment', () => {
    const [[, screener]] = formScreeners() as [[string, Screener]];
    const screening = { subject: { dateOfBirth: '2027-01-01' }, assessedOn: '2026-11-28', answers: {} };
    expect(strictAjv().compile(toAnswerSchema(screener.ruleset))(screening)).toBe(true);
    const parsed = screener.safeParseScreening(screening);
    expect(parsed.success ? [] : parsed.issues.map((issue) => issue.code)).toEqual(['date_of_birth_after_assessment']);
  });
});
