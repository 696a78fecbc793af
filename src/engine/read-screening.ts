import type { CompiledRuleset } from './compiled-ruleset.js';
import type { NormalizedAnswer, ScreeningFacts } from './screening-facts.js';
import { failOr, type Safe } from '../issues/safe.js';
import type { Screening } from '../schema/screening.js';
import { ageInYears } from '../screening/age-in-years.js';
import { checkScreening } from './check-screening.js';
import { safeParseScreening } from '../screening/parse-screening.js';

/** A screening that passed every check, with the facts the engine reads from it. */
export interface ReadScreening {
  readonly screening: Screening;
  readonly facts: ScreeningFacts;
}

/** Validates unknown input as a screening for this ruleset (shape, then meaning) and extracts its facts. */
export function readScreening(input: unknown, compiled: CompiledRuleset): Safe<ReadScreening> {
  const parsed = safeParseScreening(input);
  if (!parsed.success) return parsed;
  const screening = parsed.data;
  return failOr(checkScreening(screening, compiled), () => ({ screening, facts: factsOf(screening, compiled) }));
}

function factsOf(screening: Screening, compiled: CompiledRuleset): ScreeningFacts {
  const answers: (NormalizedAnswer | undefined)[] = new Array<NormalizedAnswer | undefined>(compiled.indicators.length).fill(undefined);
  for (const [id, answer] of Object.entries(screening.answers)) {
    const position = compiled.positions.get(id);
    if (position === undefined) continue;
    const detail = typeof answer === 'object' ? answer : undefined;
    const value = typeof answer === 'object' ? answer.value : answer;
    const window = detail?.window;
    answers[position] = {
      value,
      code: typeof value === 'string' ? value : undefined,
      score: typeof value === 'number' ? value : undefined,
      windows: window === undefined ? undefined : typeof window === 'string' ? [window] : [...new Set(window)],
      evidence: detail?.evidence,
    };
  }
  const { ageYears, dateOfBirth, attributes } = screening.subject;
  const age = ageYears ?? (dateOfBirth !== undefined && screening.assessedOn !== undefined ? ageInYears(dateOfBirth, screening.assessedOn) : undefined);
  return {
    answers,
    age,
    attributes: new Map(Object.entries(attributes)),
    context: new Map(Object.entries(screening.context)),
  };
}
