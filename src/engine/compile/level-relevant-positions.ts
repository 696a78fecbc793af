import type { CompiledCondition, CompiledRule, CompiledScore } from './compiled-ruleset.js';

/**
 * The indicator positions that can move the level: those read by a rule that decides the level, or by a
 * score that has bands. An unknown answer on one of them leaves the level open, so it must bring actions.
 */
export function levelRelevantPositions(indicatorCount: number, rules: readonly CompiledRule[], scores: readonly CompiledScore[]): boolean[] {
  const relevant = new Array<boolean>(indicatorCount).fill(false);
  const mark = (positions: readonly number[]): void => {
    for (const position of positions) if (position >= 0) relevant[position] = true;
  };
  const visit = (condition: CompiledCondition): void => {
    switch (condition.kind) {
      case 'all': case 'any': case 'at-least': condition.of.forEach(visit); return;
      case 'not': visit(condition.condition); return;
      case 'answer': mark([condition.position]); return;
      case 'count': mark(condition.positions); return;
      default: return;
    }
  };
  for (const rule of rules) if (rule.decidesLevel) visit(rule.when);
  for (const score of scores) {
    if (score.bands.length === 0) continue;
    for (const term of score.terms) if (term.kind !== 'attribute') mark(term.positions);
  }
  return relevant;
}
