import { answerClass } from '../../src/engine/evaluate/answer-classes.js';
import type { CompiledRuleset } from '../../src/engine/compile/compiled-ruleset.js';
import type { ScreeningFacts } from '../../src/engine/read/screening-facts.js';

/** Each indicator's answer in a screening by class, one at a time: what the engine's one pass (countAnswers) must give. */
export function answerClassesOf(compiled: CompiledRuleset, facts: ScreeningFacts): number[] {
  return compiled.indicators.map((_indicator, position) => answerClass(compiled, position, facts.answers[position]));
}
