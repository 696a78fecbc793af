import type { Ruleset, ScreeningInput } from '../../src/index.js';

type AnswerInput = ScreeningInput['answers'][string];

/** How to complete a screening around the answers a test cares about. */
export interface ScreeningOptions {
  /** Age in whole years (default 14); `null` leaves the age out. */
  readonly ageYears?: number | null;
  readonly dateOfBirth?: string;
  readonly assessedOn?: string;
  readonly attributes?: Readonly<Record<string, boolean>>;
  readonly context?: Readonly<Record<string, boolean>>;
  readonly judgement?: ScreeningInput['judgement'];
  readonly previous?: ScreeningInput['previous'];
  /** Answer every other indicator "no" (or 0) and set every other attribute and context fact to false. Default true. */
  readonly fill?: boolean;
  /** Indicator, attribute or context ids to leave out even when filling: they stay unanswered or unknown. */
  readonly omit?: readonly string[];
}

/**
 * A screening for the ruleset with the given answers. By default every other indicator is answered
 * "no" (ordinal ones 0) and every declared fact is false, so that a test sees only what it names;
 * `omit` leaves chosen answers or facts out, and `fill: false` leaves everything else out.
 */
export function screeningWith(ruleset: Ruleset, answers: Readonly<Record<string, AnswerInput>>, options: ScreeningOptions = {}): ScreeningInput {
  const fill = options.fill ?? true;
  const omitted = new Set(options.omit ?? []);
  const keep = (id: string): boolean => fill && !omitted.has(id);
  const filledAnswers: Record<string, AnswerInput> = {};
  for (const indicator of ruleset.indicators) {
    if (keep(indicator.id)) filledAnswers[indicator.id] = indicator.answer.kind === 'ordinal' ? 0 : 'no';
  }
  const falseFacts = (ids: readonly string[]): Record<string, boolean> =>
    Object.fromEntries(ids.filter(keep).map((id) => [id, false]));
  const ageYears = options.ageYears === undefined ? 14 : options.ageYears;
  return {
    ...(options.assessedOn === undefined ? {} : { assessedOn: options.assessedOn }),
    subject: {
      ...(ageYears === null ? {} : { ageYears }),
      ...(options.dateOfBirth === undefined ? {} : { dateOfBirth: options.dateOfBirth }),
      attributes: { ...falseFacts(ruleset.attributes.map((fact) => fact.id)), ...options.attributes },
    },
    answers: { ...filledAnswers, ...answers },
    context: { ...falseFacts(ruleset.contextFacts.map((fact) => fact.id)), ...options.context },
    ...(options.judgement === undefined ? {} : { judgement: options.judgement }),
    ...(options.previous === undefined ? {} : { previous: options.previous }),
  };
}
