import fc from 'fast-check';
import type { Ruleset, ScreeningInput } from '../../src/index.js';

type AnswerInput = ScreeningInput['answers'][string];

/** Any answer an indicator's scale allows, with or without windows; undefined means unanswered. */
export function answerArbitrary(indicator: Ruleset['indicators'][number]): fc.Arbitrary<AnswerInput | undefined> {
  if (indicator.answer.kind === 'ordinal') {
    const max = indicator.answer.scores.length - 1;
    return fc.oneof(fc.constant(undefined), fc.constant('unknown' as const), fc.integer({ min: 0, max }));
  }
  const code = fc.constantFrom('yes' as const, 'no' as const, 'possible' as const, 'unknown' as const);
  const windows = indicator.answer.windows;
  if (windows.length === 0) return fc.oneof(fc.constant(undefined), code);
  return fc.oneof(
    fc.constant(undefined),
    code,
    fc.record({ value: code, window: fc.subarray(windows, { minLength: 1 }) }),
  );
}

/** A valid screening for the ruleset: random answers (some unanswered), age, attributes and context facts. */
export function screeningArbitrary(ruleset: Ruleset, options: { age?: fc.Arbitrary<number | undefined> } = {}): fc.Arbitrary<ScreeningInput> {
  const answers = fc.tuple(...ruleset.indicators.map(answerArbitrary)).map((values) => {
    const out: Record<string, AnswerInput> = {};
    ruleset.indicators.forEach((indicator, i) => {
      const value = values[i];
      if (value !== undefined) out[indicator.id] = value;
    });
    return out;
  });
  const facts = (ids: readonly string[]) => fc.tuple(...ids.map(() => fc.option(fc.boolean(), { nil: undefined }))).map((values) => {
    const out: Record<string, boolean> = {};
    ids.forEach((id, i) => { const value = values[i]; if (value !== undefined) out[id] = value; });
    return out;
  });
  const age = options.age ?? fc.option(fc.integer({ min: 8, max: 19 }), { nil: undefined, freq: 8 });
  return fc.record({
    age,
    attributes: facts(ruleset.attributes.map((fact) => fact.id)),
    context: facts(ruleset.contextFacts.map((fact) => fact.id)),
    answers,
  }).map(({ age: years, attributes, context, answers: given }) => ({
    assessedOn: '2026-11-28',
    subject: { ...(years === undefined ? {} : { ageYears: years }), attributes },
    answers: given,
    context,
  }));
}
