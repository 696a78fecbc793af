import type { Screening } from '../../schema/screening.js';
import { ageInYears } from '../../screening/age-in-years.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { normalizeAnswer } from './normalize-answer.js';
import type { NormalizedAnswer, ScreeningFacts } from './screening-facts.js';

/** The facts the engine reads from a checked screening: answers by indicator position, age, attributes and context. */
export function factsOf(screening: Screening, compiled: CompiledRuleset): ScreeningFacts {
  const answers: (NormalizedAnswer | undefined)[] = compiled.blanks.answers.slice();
  for (const [id, answer] of Object.entries(screening.answers)) {
    const position = compiled.positions.get(id);
    if (position !== undefined) answers[position] = normalizeAnswer(answer);
  }
  return factsWithAnswers(screening, answers);
}

/** The facts of a checked screening whose answers are already in the engine's form. */
export function factsWithAnswers(screening: Omit<Screening, 'answers'>, answers: readonly (NormalizedAnswer | undefined)[]): ScreeningFacts {
  const { ageYears, dateOfBirth, attributes } = screening.subject;
  const age = ageYears ?? (dateOfBirth !== undefined && screening.assessedOn !== undefined ? ageInYears(dateOfBirth, screening.assessedOn) : undefined);
  return {
    answers,
    age,
    attributes: new Map(Object.entries(attributes)),
    context: new Map(Object.entries(screening.context)),
  };
}
